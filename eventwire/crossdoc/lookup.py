"""Index look-ups: every per-batch read of the stage goes through a key the store indexes (schema.sql), so it
touches the rows it can match however long the history, not whole columns. DuckDB uses an index only when the
key's test is the scan's one filter, so these queries have no other condition; callers narrow the (few) rows."""

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


def arrow(con, table: str, col: str, values: list, cols: str = "*"):
    """As rows(), as an Arrow table (to register for a join, or read column by column)."""
    return con.sql(f"SELECT {cols} FROM {table} WHERE {where(col)}", params=[sorted(set(values))]).to_arrow_table()


def delete(con, table: str, col: str, values: list) -> None:
    if values:
        con.execute(f"DELETE FROM {table} WHERE {where(col)}", [sorted(set(values))])
