"""The cross-article stage's candidate windows are bounded, so its work and memory stay flat over a long stream:
a new batch reads only the recent part of the stage's tables (DuckDB skips older row groups) and brings into
Python only the articles of its story window, however long the history."""

from __future__ import annotations

import json

import duckdb
import pytest
from test_crossdoc import SHARED_TEXT, TABLES, article, build, corpus, dump

import eventwire.crossdoc.stories as stories
from eventwire.errors import StoreError
from eventwire.store import connect, write_batch
from eventwire.store.db import SCHEMA

HISTORY = 400_000  # rows of older history per table: several of DuckDB's row groups (122,880 rows)


class Fetched:
    """A statement's rows, already read."""

    def __init__(self, rows):
        self.rows = rows or []

    def fetchall(self):
        return self.rows

    def fetchone(self):
        return self.rows[0] if self.rows else None


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
        # a SELECT's result streams: its scans are profiled whole only once it is read to the end
        cur = self.con.execute(sql, *args)
        try:
            rows = cur.fetchall()
        except duckdb.Error:  # a statement without a result
            rows = []
        self._record(sql)
        return Fetched(rows)

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


def test_crossdoc_window_store_opened_to_write_is_capped_by_default(tmp_path, monkeypatch):
    """Without the setting, a store opened to write gets the cap a long ingest was measured to need (so its memory
    levels off) and spills beside the store; readers keep DuckDB's default."""
    from eventwire.store import db

    monkeypatch.delenv("EVENTWIRE_DUCKDB_MEMORY", raising=False)

    def setting(con, name):
        return con.execute(f"SELECT current_setting('{name}')").fetchone()[0]

    capped = duckdb.connect(":memory:")
    capped.execute(f"SET memory_limit = '{db.WRITE_MEMORY}'")
    with connect(str(tmp_path / "w.duckdb")) as con:
        write_batch(con, corpus())
        assert setting(con, "memory_limit") == setting(capped, "memory_limit")
        assert setting(con, "temp_directory") == f"{tmp_path / 'w.duckdb'}.tmp"
    with connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert setting(con, "memory_limit") == setting(duckdb.connect(":memory:"), "memory_limit")


def test_crossdoc_window_batch_reads_none_of_a_far_history(tmp_path, monkeypatch):
    """A year and more of older history in the very blocks the batch codes (same sides and codes; day- and
    year-precise mentions, their merged events, coded events, articles, stories and band keys; ids spread like
    real ones, so no min/max statistics can skip them): no statement of a batch reads those rows (an index, or
    a bound by date: near-duplicates, stories, disputes, and the mentions merged, re-anchored and counted),
    except crossdoc_far, which holds only the mentions dated far from their article (here the year-precise
    ones) and is read whole; the batch's tables come out as in an empty store (docs/crossdoc.md)."""
    import eventwire.store.write as write

    recs = corpus()
    blocks = [b for (b,) in build([recs]).execute("SELECT DISTINCT block FROM event_mentions ORDER BY 1").fetchall()]
    n = HISTORY // 2
    old = "md5('a' || ({}))"  # an older article's id, from its number
    with connect(str(tmp_path / "s.duckdb")) as con:
        con.execute(f"""INSERT INTO event_mentions (event_id, mention_id, article_id, block, anchor, place, date,
                            date_precision, day, lo, hi)
            SELECT md5('e' || (i // 3)), md5('m' || i), {old.format('i // 20')}, b, '', '', d,
                   CASE WHEN i % 4 = 0 THEN 'year' ELSE 'day' END, CASE WHEN i % 4 = 0 THEN NULL ELSE d END,
                   CASE WHEN i % 4 = 0 THEN date_trunc('year', d) ELSE d END,
                   CASE WHEN i % 4 = 0 THEN last_day(date_trunc('year', d) + INTERVAL 11 MONTH) ELSE d END
            FROM (SELECT i, (?::VARCHAR[])[1 + i % {len(blocks)}] AS b,
                         (DATE '2019-01-01' + (i // 1000)::INT)::DATE AS d FROM range({n}) r(i))""", [blocks])
        con.execute(f"INSERT INTO events (id, article_id, sentence_index, root, date) SELECT md5('m' || i), "
                    f"{old.format('i // 20')}, i % 20, '04', DATE '2019-01-01' + (i // 1000)::INT FROM range({n}) r(i)")
        con.execute(f"INSERT INTO merged_events (id, article_id, num_mentions, seen) SELECT md5('e' || i), "
                    f"{old.format('i // 7')}, 3, DATE '2019-01-01' + (i // 333)::INT FROM range({n // 3}) r(i)")
        con.execute(f"INSERT INTO articles (id, date) SELECT {old.format('i')}, DATE '2019-01-01' + (i // 50)::INT "
                    f"FROM range({n // 20}) r(i)")
        # story candidates are read by a date bound: DuckDB skips the history's row groups (two and more)
        con.execute(f"INSERT INTO crossdoc_articles (article_id, date, story_id) SELECT {old.format('i')}, "
                    f"DATE '2019-01-01' + (i // 500)::INT, {old.format('i // 100')} FROM range({HISTORY // 2}) r(i)")
        con.execute(f"INSERT INTO crossdoc_bands SELECT (hash(i) >> 1)::BIGINT * (1 - 2 * (i % 2)), "
                    f"{old.format('i // 16')}, DATE '2019-01-01' + (i // 800)::INT FROM range({n}) r(i)")
        write_batch(con, recs[:1])  # the first batch of a connection also counts the articles the stage placed
    seen: list[tuple[str, int, str]] = []
    stage = write.update_crossdoc

    def watched(con, records):
        scans = Scans(con)
        stage(scans, records)
        seen.extend(scans.read)

    monkeypatch.setattr(write, "update_crossdoc", watched)
    with connect(str(tmp_path / "s.duckdb")) as con:
        write_batch(con, recs[:1])
        seen.clear()
        write_batch(con, recs[1:])
        windowed = {"crossdoc_bands", "crossdoc_articles", "crossdoc_dyads", "crossdoc_quotes", "event_mentions",
                    "events", "merged_events", "articles"}
        read = [(t, rows, sql[:80]) for t, rows, sql in seen if t in windowed and rows >= HISTORY // 40]
        assert not read, read
        assert {t for t, _, _ in seen} >= {"crossdoc_bands", "crossdoc_articles", "crossdoc_dyads", "event_mentions",
                                           "merged_events"}
        far = con.execute("SELECT count(*), count(*) FILTER (date_precision = 'year') FROM crossdoc_far").fetchone()
        assert far[0] == far[1] == n // 4  # a store written before mentions kept their article's date: filled in
        ids = sorted(r["id"] for r in recs)
        mine = {t: con.execute(f"SELECT * {'EXCLUDE (minhash, terms, weights) ' if t == 'crossdoc_articles' else ''}"
                               f"FROM {t} WHERE list_contains(?, article_id) ORDER BY ALL", [ids]).fetchall()
                for t in TABLES}
    assert mine == dump(build([recs]))


def test_crossdoc_window_copies_found_within_their_days_whatever_the_order():
    """Band keys are read within neardup.DAYS of an article's date (no index): a re-post inside the window is a copy,
    one beyond it stands alone, a chain of re-posts each inside the window is one group named after the earliest,
    an undated copy matches undated articles only; the same for every order and batching."""
    from datetime import date, timedelta

    import eventwire.crossdoc.neardup as neardup

    def on(aid, day, text=SHARED_TEXT):
        d = None if day is None else (date(2021, 1, 1) + timedelta(days=day)).isoformat()
        return article(aid, d, f"Outlet {aid}", [], 1, text=text)

    w = neardup.DAYS
    other = SHARED_TEXT.replace("Pakistan", "India").replace("Islamabad", "Delhi") + " Another wire."
    recs = [on("a0", 0), on("a1", w), on("a2", 2 * w),  # a1 within reach of both, a0 and a2 not of each other
            on("b0", 0, other), on("b1", w + 1, other),  # just beyond the window: two originals
            on("u0", None, other), on("u1", None, other)]  # undated: copies of each other, not of b0
    expect = {"a0": None, "a1": "a0", "a2": "a0", "b0": None, "b1": None, "u0": None, "u1": "u0"}
    for order in (recs, recs[::-1], [recs[2], recs[0], recs[4], recs[6], recs[1], recs[3], recs[5]]):
        for batches in ([order], [[r] for r in order]):
            con = build(batches)
            got = dict(con.execute("SELECT article_id, duplicate_of FROM crossdoc_articles").fetchall())
            assert got == expect, (order, got)
