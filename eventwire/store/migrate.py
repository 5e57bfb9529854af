"""Stores written before the cross-article tables lost their growing indexes (docs/crossdoc.md, "Cost and memory"):
DuckDB loads a whole ART index to write to it, so merged_events' primary key and the band keys' index made a long
ingest's memory grow with the store. Such a store is rewritten once, in one transaction, when opened to write."""

from __future__ import annotations

from eventwire.store.db import SCHEMA

OLD = "merged_events_keyed"


def drop_growing_keys(con) -> bool:
    """Recreate merged_events without its primary key (each event's `seen` from its mentions) and date the band
    keys by their article; nothing when the store has no such key. Returns whether it migrated."""
    if not con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'merged_events' "
                       "AND constraint_type = 'PRIMARY KEY'").fetchone()[0]:
        return False
    start = SCHEMA.index("CREATE TABLE IF NOT EXISTS merged_events")
    create = SCHEMA[start:SCHEMA.index(";", start)]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"ALTER TABLE merged_events RENAME TO {OLD}")
        con.execute(create)
        cols = [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
                                          "ORDER BY column_index", [OLD]).fetchall() if c != "seen"]
        con.execute(f"INSERT INTO merged_events ({', '.join(cols)}, seen) SELECT {', '.join('o.' + c for c in cols)}, "
                    f"s.seen FROM {OLD} o LEFT JOIN (SELECT event_id, max(pub) AS seen FROM event_mentions "
                    "GROUP BY event_id) s ON s.event_id = o.id")
        con.execute(f"DROP TABLE {OLD}")
        con.execute("UPDATE crossdoc_bands b SET date = c.date FROM crossdoc_articles c "
                    "WHERE c.article_id = b.article_id AND b.date IS NULL")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True
