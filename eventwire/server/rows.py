"""Merged events as the API serves them, kept as JSON by id until the next write: a page is a slice of a filter's
cached id list (Store.cached) plus these rows, so reading a page costs no query once its rows have been read.
Rows come from crossdoc.query_merged_events, the CLI's query; a background walk reads them in at start."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict

from eventwire.store import crossdoc

ROWS = 100_000  # merged events kept (about 1 KB each); past that the least recently read go first
WALK = 2_000  # events read per query by the start-up walk


def dumps(obj) -> bytes:
    return json.dumps(obj, default=str, ensure_ascii=False, separators=(",", ":")).encode()


class EventRows:
    def __init__(self, store) -> None:
        self.store = store
        self._rows: OrderedDict[str, bytes] = OrderedDict()
        self._gen = store.generation
        self._lock = threading.Lock()
        self.warming = False  # a background walk is reading events (and then id lists) in

    def __len__(self) -> int:
        return len(self._rows)

    def peek(self, ids: list[str]) -> list[bytes] | None:
        """The events `ids` as JSON if all are kept, else None (without querying)."""
        found = self._known(ids)
        return [found[i] for i in ids] if len(found) == len(set(ids)) else None

    def get(self, ids: list[str]) -> list[dict]:
        """The events `ids`, in that order, with their mentions."""
        found = self._known(ids)
        missing = [i for i in ids if i not in found]
        if missing:
            found |= self._read(missing)
        return [json.loads(found[i]) for i in ids if i in found]

    def _known(self, ids: list[str]) -> dict[str, bytes]:
        with self._lock:
            if self._gen != self.store.generation:  # written since: every kept row may be stale
                self._rows.clear()
                self._gen = self.store.generation
            out = {}
            for i in ids:
                if (row := self._rows.get(i)) is not None:
                    self._rows.move_to_end(i)
                    out[i] = row
            return out

    def _read(self, ids: list[str]) -> dict[str, bytes]:
        gen = self.store.generation
        with self.store.read() as cur:
            got = {r["id"]: dumps(r) for r in crossdoc.query_merged_events(cur, ids=ids)}
        with self._lock:
            if gen == self._gen == self.store.generation:
                self._rows.update(got)
                while len(self._rows) > ROWS:
                    self._rows.popitem(last=False)
        return got

    def warm(self, then=None) -> threading.Thread:
        """Read events in, newest store generation only, up to ROWS, in a background thread; then call `then`."""
        def walk() -> None:
            gen = self.store.generation
            self.warming = True
            try:
                ids = self.store.cached(("event-ids-all",), lambda c: crossdoc.merged_event_ids(
                    c, placed=self.store.placed, include_all=True))
                for start in range(0, min(len(ids), ROWS), WALK):
                    if self.store.generation != gen or not self.store.is_open:
                        return
                    self._read(ids[start:start + WALK])
                if then is not None and self.store.generation == gen:
                    then()
            except Exception:  # noqa: BLE001 - warming is an optimisation; requests read what they need
                return
            finally:
                self.warming = False

        self.warming = True  # from now, so a health check right after start sees it
        t = threading.Thread(target=walk, name="eventwire-warm", daemon=True)
        t.start()
        return t
