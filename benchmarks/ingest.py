"""`eventwire ingest` end to end (read -> code -> DuckDB, with the cross-article stage) vs a spaCy-alone process
on the same file (issue 14 goal: >= 0.75x on ordinary news).

    .venv/bin/python benchmarks/ingest.py [--shape news] [--words 40000] [--rounds 2]

Both are whole processes timed from outside (benchmarks/procs.py); each round ingests into a fresh store.
The best round of each counts, in wall time and in CPU time (DuckDB's threads included), which the machine's
other jobs move far less.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from corpus import SHAPES, shape_articles, words
from procs import eventwire, spacy_process, timed, write_jsonl


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", choices=SHAPES, default="news")
    ap.add_argument("--words", type=int, default=40000)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    arts = list(shape_articles(a.shape, a.words))
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(arts, Path(tmp) / "in.jsonl")
        sp = ew = (float("inf"), float("inf"))  # best (wall, CPU) seconds
        for i in range(a.rounds):
            t = timed(spacy_process(src))
            sp = (min(sp[0], t[0]), min(sp[1], t[1]))
            t = timed(eventwire("ingest", str(src), "--db", str(Path(tmp) / f"s{i}.duckdb")))
            ew = (min(ew[0], t[0]), min(ew[1], t[1]))
    n = words(arts)
    loads.append(os.getloadavg()[0])
    print(f"{a.shape}: {len(arts)} articles, {n} words, best of {a.rounds}, load {min(loads):.1f}-{max(loads):.1f}")
    print(f"spaCy alone (process)      {sp[0]:6.1f} s {n / sp[0]:6.0f} words/s   CPU {sp[1]:6.1f} s")
    print(f"eventwire ingest (process) {ew[0]:6.1f} s {n / ew[0]:6.0f} words/s   CPU {ew[1]:6.1f} s")
    print(f"eventwire ingest / spaCy alone: {sp[0] / ew[0]:.2f}x wall, {sp[1] / ew[1]:.2f}x CPU (goal >= 0.75x)")


if __name__ == "__main__":
    main()
