"""Index look-ups for a batch's few keys (article, story and copy ids of crossdoc_articles): they read the
rows that match, not whole columns. Merged events and near-duplicate band keys have no index (its memory would
grow with the store): they are read within date bounds (merge._merged, crossdoc._stored_bands). DuckDB uses
an index only when the key's test is the scan's one filter, so these queries have no other condition; callers
narrow the (few) rows. Reads over mentions and events stay date-bounded scans: there DuckDB's per-key cost lost
to them (docs/crossdoc.md)."""

from __future__ import annotations


def where(col: str) -> str:
    """The filter DuckDB answers from the index on `col` (a list bound as the query's first parameter): unlike
    `IN (SELECT unnest(?))`, which reads the whole column, and cheaper to plan than a literal IN list."""
    return f"list_contains(?, {col})"


def rows(con, table: str, col: str, values: list, cols: str = "*") -> list[tuple]:
    """The rows of `table` whose `col` is one of `values`."""
    if not values:
        return []
    return con.execute(f"SELECT {cols} FROM {table} WHERE {where(col)}", [sorted(set(values))]).fetchall()
