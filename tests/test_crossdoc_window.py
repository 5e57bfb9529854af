"""The cross-article stage's candidate windows are bounded, so its work and memory stay flat over a long stream:
a new batch reads only the recent part of the stage's tables (DuckDB skips older row groups) and brings into
Python only the articles of its story window, however long the history."""

from __future__ import annotations

import json

import duckdb
import pytest
from test_crossdoc import SHARED_TEXT, article, build, corpus, dump

import eventwire.crossdoc.stories as stories
from eventwire.errors import StoreError
from eventwire.store import connect, write_batch
from eventwire.store.db import SCHEMA

HISTORY = 400_000  # rows of older history per table: several of DuckDB's row groups (122,880 rows)


class Scans:
    """A connection that records, per query, the rows each table scan read (DuckDB's own profile)."""

    def __init__(self, con):
        self.con, self.read = con, []
        con.execute("PRAGMA enable_profiling = 'no_output'")

    def _record(self, sql: str) -> None:
        def walk(node):
            table = (node.get("extra_info") or {}).get("Table")
            if table:
                self.read.append((table.split(".")[-1], node.get("rows_scanned", 0), sql))
            for child in node.get("children", []):
                walk(child)

        for node in json.loads(self.con.get_profiling_information(format="json")).get("operator", []):
            walk(node)

    def execute(self, sql, *args):
        out = self.con.execute(sql, *args)
        self._record(sql)
        return out

    def sql(self, sql, **kw):
        rel = self.con.sql(sql, **kw)
        outer = self

        class Rel:
            def to_arrow_table(self):
                t = rel.to_arrow_table()
                outer._record(sql)
                return t

        return Rel()

    def __getattr__(self, name):
        return getattr(self.con, name)


def test_crossdoc_window_reads_only_recent_row_groups():
    con = duckdb.connect(":memory:")
    con.execute(SCHEMA)
    # two years of older statements and dyads (2019-2020), written straight into the stage's tables
    con.execute(f"INSERT INTO crossdoc_quotes SELECT 'old-q' || i, 'old-' || (i // 40), DATE '2019-01-01' + "
                f"(i // 600)::INT, 'someone', ['AFGGOVTAL'], 0, 'denied', ['taliban', 'seek', 'retribution'] "
                f"FROM range({HISTORY}) r(i)")
    con.execute(f"INSERT INTO crossdoc_dyads SELECT 'PAK-USA', 'old-' || (i // 40), DATE '2019-01-01' + "
                f"(i // 600)::INT FROM range({HISTORY}) r(i)")
    scans = Scans(con)
    write_batch(scans, corpus())
    read = {t: max(n for table, n, _ in scans.read if table == t) for t in ("crossdoc_quotes", "crossdoc_dyads")}
    assert all(0 < n < HISTORY / 3 for n in read.values()), read  # the history lies outside every window
    assert dump(con) == dump(build([corpus()]))  # and changes nothing


def test_crossdoc_window_brings_only_its_days_into_python(monkeypatch):
    """Sixty articles on one dyad in the same words, ten days apart: each is compared with the few within
    STORY_DAYS, not with all that came before, and they still chain into one story whatever the order."""
    seen = []
    similar = stories._similar

    def spy(con, n, o, new, lo, hi):
        seen.append(len(set(o.to_pylist()) - set(new)))
        return similar(con, n, o, new, lo, hi)

    monkeypatch.setattr(stories, "_similar", spy)
    from datetime import date, timedelta

    recs = [article(f"s{i:02d}", (date(2020, 1, 1) + timedelta(days=10 * i)).isoformat(), f"Outlet {i % 7}",
                    [(0, "USAGOV", "PAKGOV", "040", (date(2020, 1, 1) + timedelta(days=10 * i)).isoformat())],
                    i, text=SHARED_TEXT + f" Report number {i}.") for i in range(60)]
    con = build([[r] for r in recs])
    reach = 2 * stories.STORY_DAYS // 10
    assert seen and max(seen) <= reach < len(recs) // 2
    (story,) = {s for (s,) in con.execute("SELECT story_id FROM crossdoc_articles").fetchall()}
    assert story == "s00"
    assert dump(build([[r] for r in reversed(recs)])) == dump(con)


def test_crossdoc_window_duckdb_cache_capped_by_setting(tmp_path, monkeypatch):
    """DuckDB's buffer cache is the part of a long ingest's memory that grows with the store: the setting caps it,
    and a value DuckDB cannot read is one line naming the setting."""
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "300MB")
    with connect(str(tmp_path / "a.duckdb")) as con:
        write_batch(con, corpus())
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        assert limit.endswith("MiB") and 280 < float(limit.split()[0]) < 290  # 300 MB in MiB
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "lots")
    with pytest.raises(StoreError, match="EVENTWIRE_DUCKDB_MEMORY='lots'"), connect(str(tmp_path / "a.duckdb")):
        pass
    monkeypatch.delenv("EVENTWIRE_DUCKDB_MEMORY")
    with connect(str(tmp_path / "a.duckdb"), read_only=True) as con:  # the store is intact
        assert con.execute("SELECT count(*) FROM merged_events").fetchone()[0] > 0
