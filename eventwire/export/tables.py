"""Every store table as one file per table: Parquet, JSON Lines or CSV (with a header), written by DuckDB.

Events are facts only unless `include_all`; JSON Lines and CSV articles leave out `record` (the whole record
again, as JSON; Parquet keeps it).
"""

from __future__ import annotations

from eventwire.export.gdelt import out_dir
from eventwire.store.query import FACTS

TABLES = ("articles", "events", "quotes", "actors")
OPTIONS = {"parquet": "FORMAT PARQUET", "jsonl": "FORMAT JSON", "csv": "FORMAT CSV, HEADER"}


def export_tables(con, out: str, fmt: str, include_all: bool = False) -> int:
    """Write DIR/<table>.<fmt> for each table; returns the number of events written."""
    base = out_dir(out)
    facts = "" if include_all else f" WHERE {FACTS}"
    for table in TABLES:
        select = {"articles": "SELECT * FROM articles" if fmt == "parquet" else "SELECT * EXCLUDE (record) FROM articles",
                  "events": f"SELECT * FROM events{facts} ORDER BY date, article_id, sentence_index, id"}.get(
            table, f"SELECT * FROM {table}")
        path = str(base / f"{table}.{fmt}").replace("'", "''")
        con.execute(f"COPY ({select}) TO '{path}' ({OPTIONS[fmt]})")
    return con.execute(f"SELECT count(*) FROM events{facts}").fetchone()[0]


def export_parquet(con, out: str, include_all: bool = False) -> int:
    return export_tables(con, out, "parquet", include_all)
