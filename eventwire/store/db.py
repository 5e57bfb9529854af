"""Short-lived DuckDB connections; a lock held by another process becomes one clear message."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from eventwire.errors import StoreError

SCHEMA = (Path(__file__).parent / "schema.sql").read_text()


@contextmanager
def connect(path: str, read_only: bool = False):
    import duckdb

    if Path(path).is_dir():
        if not read_only:
            raise StoreError(f"{path}: a Parquet directory from the Spark engine is read-only; use a DuckDB file")
        con = duckdb.connect(":memory:")
        try:
            _parquet_views(con, Path(path))
            yield con
        finally:
            con.close()
        return
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database; run 'eventwire ingest FILES --db {path}' first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            if note := served_note(path):
                raise StoreError(f"{path}: {note}") from None
            raise StoreError(f"{path}: the database is open in another eventwire process; wait for it to finish "
                             f"or use another --db") from None
        raise StoreError(f"{path}: cannot open database ({str(exc).splitlines()[0]})") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a DuckDB database ({str(exc).splitlines()[0]})") from None
    try:
        set_memory_limit(con, path, read_only)
        # the cross-article stage reads through indexes (crossdoc/lookup.py); past DuckDB's default of 2,048
        # matching rows it would read whole columns instead
        con.execute("SET index_scan_max_count = 1000000")
        if not read_only:
            con.execute(SCHEMA)
            from eventwire.store.migrate import drop_growing_keys

            try:
                drop_growing_keys(con)
            except duckdb.Error as exc:  # the store keeps its old tables (one transaction): the caller closes it
                raise StoreError(f"{path}: could not rewrite the cross-article tables without their growing indexes "
                                 f"({str(exc).splitlines()[0]})") from None
            # the schema's DDL goes to the file, not the write-ahead log: replaying it after a kill -9 needs
            # extensions (ICU for the `added` default) that DuckDB would try to download, so the store would not open
            try:
                con.execute("CHECKPOINT")
            except duckdb.TransactionException:
                pass  # another connection of this process (eventwire serve's) is busy; it checkpointed on opening
        yield con
    finally:
        con.close()


# DuckDB's memory for a store opened to write: the smallest cap measured to carry a 20,000-article ingest (256 MB
# failed at a checkpoint), under which DuckDB's cache levels off (docs/performance.md); DuckDB's own default, 80%
# of RAM, lets it grow with the store
WRITE_MEMORY = "512MB"


def set_memory_limit(con, path: str = ":memory:", read_only: bool = True) -> None:
    """DuckDB's memory for this store: EVENTWIRE_DUCKDB_MEMORY (e.g. 2GB) when set; else WRITE_MEMORY for a
    store file opened to write, so a long ingest levels off. A reader keeps DuckDB's own default (80% of RAM)
    and lives as long as its command (docs/crossdoc.md)."""
    import os

    import duckdb

    if limit := os.environ.get("EVENTWIRE_DUCKDB_MEMORY", "").strip():
        try:
            con.execute(f"SET memory_limit = {literal(limit)}")
        except duckdb.Error as exc:  # the caller closes the connection
            raise StoreError(f"EVENTWIRE_DUCKDB_MEMORY={limit!r}: not a memory size ({str(exc).splitlines()[0]})"
                             ) from None
    elif not read_only and path != ":memory:":  # what does not fit spills to DuckDB's `<store>.tmp` directory
        con.execute(f"SET memory_limit = '{WRITE_MEMORY}'")


def serve_marker(path: str) -> Path:
    """Beside a store held by `eventwire serve`: where it listens, so a blocked command can say how to go through it."""
    return Path(f"{path}.serving")


def served_note(path: str) -> str | None:
    """How to reach a store that a live `eventwire serve` holds, or None (no marker, or its server is gone)."""
    import json
    import os

    try:
        info = json.loads(serve_marker(path).read_text())
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    url = info["url"]
    if info.get("writable"):
        return (f"held by 'eventwire serve' at {url}; read it at {url}/api/ and ingest through it: "
                f"curl -H 'Authorization: Bearer $EVENTWIRE_TOKEN' -F file=@ARTICLE {url}/api/ingest")
    return (f"held by 'eventwire serve' at {url} (read-only); read it at {url}/api/, or restart the server with "
            f"--token and POST files to {url}/api/ingest")


def literal(value: object) -> str:
    """A value as a quoted SQL string, for the few places DuckDB takes no bound parameter (views, COPY TO):
    a path with an apostrophe stays a path."""
    return "'" + str(value).replace("'", "''") + "'"


def _parquet_views(con, base: Path) -> None:
    """The Spark engine's Parquet tables as the store's tables, so every query and export reads them."""
    missing = [t for t in ("articles", "events", "quotes", "actors") if not (base / t).is_dir()]
    if missing:
        raise StoreError(f"{base}: not an eventwire Parquet directory (no {', '.join(missing)})")
    for table in ("articles", "quotes", "actors"):
        cast = " REPLACE (CAST(date AS DATE) AS date)" if table == "articles" else ""
        con.execute(f"CREATE VIEW {table} AS SELECT *{cast} FROM read_parquet({literal(base / table / '*.parquet')})")
    con.execute(f"CREATE VIEW events AS SELECT * REPLACE (TRY_CAST(date AS DATE) AS date) FROM "
                f"read_parquet({literal(base / 'events' / '**' / '*.parquet')}, hive_partitioning = true)")
    view = SCHEMA[SCHEMA.index("CREATE OR REPLACE VIEW actor_registry"):]
    con.execute(view)
