"""What the cross-article stage adds to ingest, and its memory, over a long stream (issue 11 goal: <= 10% of
ingest time in every part of the stream, memory flat).

    .venv/bin/python benchmarks/crossdoc.py [--coded 300] [--articles 20000] [--parts 4] [--tracemalloc]
                                            [--memory-limit 512MB] [--cache FILE] [--statements]

Coding 20,000 articles takes the machine's two cores for many minutes, so the script codes `--coded` news
articles once (benchmarks/corpus.py, timed: the per-article coding cost; `--cache FILE` keeps them and that
cost for the next run), then replays them as a stream of `--articles` records: each copy gets its own id, a
publication date spread over a year (event dates moved with it) and a word of its own every 15 words (so copies
are not near-duplicates of each other: the stage does its full work on each). The stream is written into a
fresh store by the ingest's own `write_batch` in batches of 64, timing the stage inside it. Times are CPU
seconds of this process (DuckDB's threads included), so other work on the machine does not blur the ratio.

At the end of each of `--parts` equal parts it prints the part's share (the stage's CPU over coding plus
writing), resident memory, DuckDB's own memory (`duckdb_memory()`: its buffer cache and hash tables) and, with
`--tracemalloc`, Python's heap and the source lines whose allocations grew most since the first part (tracing
slows Python, so its time shares are not the figure). `--memory-limit` is passed to DuckDB's `memory_limit`
(the store's `connect` sets eventwire's default otherwise). Each part's line ends with the machine's load average
(other work shares the cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

from corpus import shape_articles
from memory import rss_mb

import eventwire.store.write as write
from eventwire.engine import code_parallel
from eventwire.store import connect

BATCH = 64


def templates(n: int, cache: str | None) -> tuple[list[dict], float]:
    """`n` coded news records and the coding seconds per article (one process, model loaded beforehand)."""
    if cache and Path(cache).exists():
        kept = json.loads(Path(cache).read_text())
        if len(kept["records"]) == n:
            return kept["records"], kept["coding"]
    arts = []
    for a in shape_articles("news", 10**9):
        arts.append(a)
        if len(arts) == n + 5:
            break
    list(code_parallel(arts[:5], 1))  # load the model and tables outside the timing
    t = time.process_time()
    recs = list(code_parallel(arts[5:], 1, with_text=True))
    coding = (time.process_time() - t) / n
    if cache:
        Path(cache).write_text(json.dumps({"records": recs, "coding": coding}, default=str))
    return json.loads(json.dumps(recs, default=str)), coding


def shifted(d, days: int):
    return None if d is None else (date.fromisoformat(str(d)[:10]) + timedelta(days=days)).isoformat()


def stream(recs: list[dict], n: int):
    words = sorted({w for r in recs[:20] for w in r["text"].split() if w.isalpha()})
    for i in range(n):
        r = dict(recs[i % len(recs)])
        rng = random.Random(i)
        base = date(2025, 1, 1) + timedelta(days=(i * 365) // n)
        days = (base - date.fromisoformat(str(r["date"])[:10])).days if r["date"] else 0
        toks = r["text"].split(" ")
        r["text"] = " ".join(t + (" " + rng.choice(words) if k % 15 == 14 else "") for k, t in enumerate(toks))
        r["id"], r["date"] = f"stream-{i}", base.isoformat()
        r["events"] = [dict(e, id=f"{e['id']}-{i}", date=shifted(e["date"], days)) for e in r["events"]]
        r["quotes"] = [dict(q, id=f"{q['id']}-{i}") for q in r["quotes"]]
        yield r


def duckdb_mb(con) -> tuple[float, str]:
    """DuckDB's own memory (MB) and its three largest tags."""
    rows = con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory() ORDER BY 2 DESC").fetchall()
    top = ", ".join(f"{t} {b / 2**20:.0f}" for t, b in rows[:3] if b)
    return sum(b for _, b in rows) / 2**20, top


def malloc_mb() -> str:
    """glibc's heap: bytes in use by C and Python objects, and bytes freed but kept by the allocator."""
    try:
        import ctypes

        class Info(ctypes.Structure):
            _fields_ = [(f, ctypes.c_size_t) for f in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                        "fsmblks", "uordblks", "fordblks", "keepcost")]

        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = Info
        m = libc.mallinfo2()
        return f"malloc in use {(m.uordblks + m.hblkhd) / 2**20:.0f} MB, kept free {m.fordblks / 2**20:.0f} MB"
    except (OSError, AttributeError):
        return "malloc n/a"


def report(con, done: int, part: dict, coding: float, first) -> None:
    n = done - part["start"]
    write_s, stage_s = time.process_time() - part["t"], part["stage"]
    share = 100 * stage_s / (coding * n + write_s)
    duck, tags = duckdb_mb(con)
    line = (f"  {part['start']:6d}-{done:6d}: stage {1000 * stage_s / n:5.2f} ms/article, "
            f"{share:4.1f}% of ingest | RSS {rss_mb():6.0f} MB, DuckDB {duck:5.0f} MB ({tags}), "
            f"load {os.getloadavg()[0]:.1f}")
    import pyarrow as pa

    line += (f", Arrow {pa.total_allocated_bytes() / 2**20:.0f} MB, {malloc_mb()}, Python objects "
             f"{sys.getallocatedblocks() / 1e6:.2f} M")
    if tracemalloc.is_tracing():
        line += f", Python heap {tracemalloc.get_traced_memory()[0] / 2**20:5.1f} MB"
    print(line, flush=True)
    if tracemalloc.is_tracing() and first:
        stats = tracemalloc.take_snapshot().compare_to(first, "lineno")
        for s in stats[:5]:
            print(f"      {s.size_diff / 2**20:+7.2f} MB {s.traceback}", flush=True)


class Statements:
    """The stage's connection, timing each statement (CPU, DuckDB's threads included) under its text with the
    constants taken out: which statements' cost grows with the store (`--statements`)."""

    CONST = re.compile(r"DATE '[^']*'|'[^']*'|\b\d+\b")

    def __init__(self, con, spent: dict):
        self.con, self.spent = con, spent

    def _add(self, sql: str, t: float) -> None:
        key = " ".join(self.CONST.sub("?", sql).split())[:110]
        self.spent[key] = self.spent.get(key, 0.0) + time.process_time() - t

    def execute(self, sql, *args):
        t = time.process_time()
        out = self.con.execute(sql, *args)
        self._add(sql, t)
        return out

    def sql(self, sql, **kw):
        rel, outer = self.con.sql(sql, **kw), self

        class Rel:
            def to_arrow_table(self):
                t = time.process_time()
                out = rel.to_arrow_table()
                outer._add(sql, t)
                return out

        return Rel()

    def __getattr__(self, name):
        return getattr(self.con, name)


def top_statements(now: dict, before: dict, n: int, k: int = 8) -> None:
    """The part's costliest statements, in ms per article."""
    diff = sorted(((v - before.get(s, 0.0), s) for s, v in now.items()), reverse=True)
    for v, s in diff[:k]:
        print(f"      {1000 * v / n:6.2f} ms  {s}", flush=True)


def write_stream(recs: list[dict], n: int, parts: int, coding: float, limit: str | None,
                 stop: int, statements: bool = False) -> tuple[float, float]:
    """(CPU seconds writing the stream with the stage, CPU seconds of the stage alone)."""
    stage, spent, by_sql = write.update_crossdoc, [0.0], {}

    def timed_stage(con, records):
        t = time.process_time()
        stage(Statements(con, by_sql) if statements else con, records)
        spent[0] += time.process_time() - t

    write.update_crossdoc = timed_stage
    size = -(-n // parts)
    try:
        with tempfile.TemporaryDirectory() as tmp, connect(str(Path(tmp) / "bench.duckdb")) as con:
            if limit:
                con.execute(f"SET memory_limit = '{limit}'")
            print("DuckDB memory_limit", con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
            t0 = time.process_time()
            part = {"start": 0, "t": t0, "stage": 0.0, "sql": {}}
            pending, done, first = [], 0, None
            for r in islice(stream(recs, n), stop):
                pending.append(r)
                if len(pending) == BATCH or done + len(pending) == stop or (done + len(pending)) % size == 0:
                    before = spent[0]
                    write.write_batch(con, pending)
                    part["stage"] += spent[0] - before
                    done += len(pending)
                    pending = []
                    if done % size == 0 or done == stop:
                        report(con, done, part, coding, first)
                        if statements:
                            top_statements(by_sql, part["sql"], done - part["start"])
                        if tracemalloc.is_tracing() and first is None:
                            first = tracemalloc.take_snapshot()
                        part = {"start": done, "t": time.process_time(), "stage": 0.0, "sql": dict(by_sql)}
            return time.process_time() - t0, spent[0]
    finally:
        write.update_crossdoc = stage


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coded", type=int, default=300)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--parts", type=int, default=4)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--memory-limit")
    ap.add_argument("--cache")
    ap.add_argument("--stop", type=int, help="stop after this many records (a quicker look at the same stream)")
    ap.add_argument("--statements", action="store_true", help="per part, the stage's costliest SQL statements")
    a = ap.parse_args()
    recs, coding = templates(a.coded, a.cache)
    print(f"coding: {coding * 1000:.1f} ms CPU per article ({a.coded} news articles, one process)")
    if a.tracemalloc:
        tracemalloc.start()
    total, stage = write_stream(recs, a.articles, a.parts, coding, a.memory_limit, a.stop or a.articles,
                                a.statements)
    n = a.stop or a.articles
    print(f"{n} records: writing {total:.1f} s CPU, of which the cross-article stage {stage:.1f} s "
          f"({stage / n * 1000:.2f} ms per article)")
    ingest = coding + total / n  # per article: coding, then writing with the stage
    print(f"ingest {ingest * 1000:.1f} ms CPU per article; the stage is {100 * (stage / n) / ingest:.1f}% of it "
          f"(goal <= 10%)")
    print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
