"""The store as the server holds it: one DuckDB connection for the server's lifetime (DuckDB admits one process per
file), a cursor per request, writes serialised, and a marker beside the file so a blocked CLI says where to go."""

from __future__ import annotations

import json
import os
import threading
import time
from collections import OrderedDict
from contextlib import ExitStack, contextmanager
from pathlib import Path

from eventwire.errors import StoreError
from eventwire.store.crossdoc import ensure_crossdoc
from eventwire.store.db import connect, serve_marker

CACHED = 1_000_000  # event ids kept over all cached filter sets (about 60 MB); a count or total weighs one


def _weight(value) -> int:
    return len(value) if isinstance(value, list) else 1


class Store:
    def __init__(self, db: str, writable: bool) -> None:
        self.db = db
        self.writable = writable and not Path(db).is_dir()  # the Spark engine's Parquet output is read-only
        self.generation = 0  # bumped by every write: cached counts older than it are stale
        self.write_lock = threading.Lock()
        self._stack = ExitStack()
        self._con = None
        self._cache: OrderedDict = OrderedDict()
        self._cache_lock = threading.Lock()
        self._weight = 0
        self.placed = False  # the cross-article tables are up to date
        self._marker: Path | None = None
        self._closing = False

    @property
    def is_open(self) -> bool:
        return self._con is not None and not self._closing

    def open(self, url: str) -> None:
        if self.is_open:
            return
        self._con = self._stack.enter_context(connect(self.db, read_only=not self.writable))
        try:  # once, before any reader: a Parquet directory builds its merged events in memory here
            with self.read() as cur:  # a cursor, closed after: an open result would hold a transaction
                ensure_crossdoc(cur)
            self.placed = True  # queries need not check again: every later write is an ingest of this server
        except StoreError:
            pass  # a read-only store from before merged events: its event pages answer with the reason
        if not Path(self.db).is_dir() and self.db != ":memory:":
            self._marker = serve_marker(self.db)
            self._marker.write_text(json.dumps({"url": url, "pid": os.getpid(), "writable": self.writable}))

    def close(self) -> None:
        """Stop lending cursors, then close once the background reads in flight have finished (up to 30 s)."""
        import duckdb

        self._closing = True
        if self._marker:
            self._marker.unlink(missing_ok=True)
        for _ in range(600):
            try:
                if self._con is not None:
                    self._con.close()
                break
            except duckdb.ResourceInUseException:  # a warming walk's query is still running
                time.sleep(0.05)
        self._stack.close()
        self._con = None
        self._closing = False

    @contextmanager
    def read(self):
        """A cursor of the one connection: DuckDB runs cursors in parallel threads and each sees committed data."""
        if not self.is_open:
            raise StoreError(f"{self.db}: the server is shutting down")
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def write(self):
        with self.write_lock, self.read() as cur:
            try:
                yield cur
            finally:
                self.generation += 1
                with self._cache_lock:
                    self._cache.clear()
                    self._weight = 0

    def peek(self, key: tuple):
        """What `cached` holds for `key` at this generation, or None."""
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is None or hit[0] != self.generation:
                return None
            self._cache.move_to_end(key)
            return hit[1]

    def cached(self, key: tuple, compute):
        """`compute(cursor)` once per store generation (a filter's ordered event ids stay valid until the next
        write); the most recently used are kept, up to CACHED ids in all."""
        gen = self.generation
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == gen:
                self._cache.move_to_end(key)
                return hit[1]
        with self.read() as cur:
            value = compute(cur)
        with self._cache_lock:
            if (old := self._cache.pop(key, None)) is not None:
                self._weight -= _weight(old[1])
            self._cache[key] = (gen, value)
            self._weight += _weight(value)
            while self._weight > CACHED and len(self._cache) > 1:
                self._weight -= _weight(self._cache.popitem(last=False)[1][1])
        return value
