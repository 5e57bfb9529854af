"""Short-lived DuckDB connections; a lock held by another process becomes one clear message."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from eventwire.errors import StoreError

SCHEMA = (Path(__file__).parent / "schema.sql").read_text()


@contextmanager
def connect(path: str, read_only: bool = False):
    import duckdb

    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database; run 'eventwire ingest FILES --db {path}' first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{path}: the database is open in another eventwire process; wait for it to finish "
                             f"or use another --db") from None
        raise StoreError(f"{path}: cannot open database ({str(exc).splitlines()[0]})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a DuckDB database ({str(exc).splitlines()[0]})") from None
    try:
        if not read_only:
            con.execute(SCHEMA)
        yield con
    finally:
        con.close()
