"""Write a batch of records in one transaction; an article ingested again replaces its rows."""

from __future__ import annotations

from eventwire.crossdoc import update_crossdoc
from eventwire.store.rows import COLUMNS, arrow_table, table_rows


def write_batch(con, records: list[dict]) -> int:
    if not records:
        return 0
    ids = [r["id"] for r in records]
    rows = table_rows(records)
    con.execute("BEGIN TRANSACTION")
    try:
        for table, col in (("events", "article_id"), ("quotes", "article_id"), ("actors", "article_id"),
                           ("articles", "id")):
            con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?))", [ids])
        for table, cols in COLUMNS.items():
            if rows[table]:  # in bulk through Arrow: row-by-row executemany is far slower in DuckDB
                con.register("eventwire_batch", arrow_table(table, rows[table]))
                con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM eventwire_batch")
                con.unregister("eventwire_batch")
        update_crossdoc(con, records)  # the cross-article stage, in the same transaction (docs/crossdoc.md)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(records)


def stored_versions(con, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """id -> (content hash, ISO date) for those of `ids` already stored: a resumed ingest skips an article only
    when both match, so a changed text or a new --date recodes it."""
    if not ids:
        return {}
    rows = con.execute("SELECT id, content_hash, CAST(date AS VARCHAR) FROM articles WHERE id IN (SELECT unnest(?))",
                       [ids]).fetchall()
    return {i: (h, d) for i, h, d in rows}
