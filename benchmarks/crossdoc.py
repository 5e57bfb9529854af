"""What the cross-article stage adds to ingest, and its memory, over a long stream (issue 11 goal: <= 10% of
ingest time, memory flat).

    .venv/bin/python benchmarks/crossdoc.py [--coded 300] [--articles 20000] [--every 2000]

Coding 20,000 articles takes the machine's two cores for many minutes, so the script codes `--coded` news
articles once (benchmarks/corpus.py, timed: the per-article coding cost), then replays them as a stream of
`--articles` records: each copy gets its own id, a publication date spread over a year (event dates moved with
it) and a word of its own every 15 words (so copies are not near-duplicates of each other: the stage does its
full work on each). The stream is written into a fresh store by the ingest's own `write_batch` in batches of
64, timing the stage inside it. Times are CPU seconds of this process (DuckDB's threads included), so other
work on the machine does not blur the ratio. Resident memory is printed every --every records.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from corpus import shape_articles
from memory import rss_mb

import eventwire.store.write as write
from eventwire.engine import code_parallel
from eventwire.store import connect

BATCH = 64


def templates(n: int) -> tuple[list[dict], float]:
    """`n` coded news records and the coding seconds per article (one process, model loaded beforehand)."""
    arts = []
    for a in shape_articles("news", 10**9):
        arts.append(a)
        if len(arts) == n + 5:
            break
    list(code_parallel(arts[:5], 1))  # load the model and tables outside the timing
    t = time.process_time()
    recs = list(code_parallel(arts[5:], 1, with_text=True))
    return recs, (time.process_time() - t) / n


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


def write_stream(recs: list[dict], n: int, every: int) -> tuple[float, float]:
    """(CPU seconds writing the stream with the stage, CPU seconds of the stage alone)."""
    stage, spent = write.update_crossdoc, [0.0]

    def timed_stage(con, records):
        t = time.process_time()
        stage(con, records)
        spent[0] += time.process_time() - t

    write.update_crossdoc = timed_stage
    try:
        with tempfile.TemporaryDirectory() as tmp, connect(str(Path(tmp) / "bench.duckdb")) as con:
            t, pending, done = time.process_time(), [], 0
            for r in stream(recs, n):
                pending.append(r)
                if len(pending) == BATCH:
                    write.write_batch(con, pending)
                    done += len(pending)
                    pending = []
                    if done % every < BATCH:
                        print(f"  {done:6d} records  RSS {rss_mb():7.1f} MB  CPU: writing {time.process_time() - t:7.1f} s, "
                              f"of which the stage {spent[0]:7.1f} s", flush=True)
            write.write_batch(con, pending)
            return time.process_time() - t, spent[0]
    finally:
        write.update_crossdoc = stage


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coded", type=int, default=300)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--every", type=int, default=2000)
    a = ap.parse_args()
    recs, coding = templates(a.coded)
    print(f"coding: {coding * 1000:.1f} ms CPU per article ({a.coded} news articles, one process)")
    n = a.articles
    total, stage = write_stream(recs, n, a.every)
    print(f"{n} records: writing {total:.1f} s CPU, of which the cross-article stage {stage:.1f} s "
          f"({stage / n * 1000:.2f} ms per article)")
    ingest = coding + total / n  # per article: coding, then writing with the stage
    print(f"ingest {ingest * 1000:.1f} ms CPU per article; the stage is {100 * (stage / n) / ingest:.1f}% of it "
          f"(goal <= 10%)")
    print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
