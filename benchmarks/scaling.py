"""Scaling from 1 to 2 worker processes (issue goal: >= 1.7x), on the same articles in one run.

    .venv/bin/python benchmarks/scaling.py [--articles 600]

Both runs go through eventwire.engine.code_parallel (the path `--processes N` takes). Model loading is timed
apart: "start" is until the first record, "steady" the rest, so the ratio reflects coding, not start-up.
"""

from __future__ import annotations

import argparse
import time

from corpus import articles

from eventwire.engine import code_parallel


def run(n: int, processes: int) -> tuple[float, float]:
    t0 = time.perf_counter()
    first = None
    for i, _rec in enumerate(code_parallel(articles(n), processes)):
        if i == 0:
            first = time.perf_counter()
    end = time.perf_counter()
    return first - t0, end - first


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=600)
    a = ap.parse_args()
    res = {p: run(a.articles, p) for p in (1, 2)}
    for p, (start, steady) in res.items():
        print(f"{p} process(es): start {start:5.1f} s, then {a.articles - 1} articles in {steady:6.1f} s "
              f"({(a.articles - 1) / steady:5.1f} articles/s)")
    print(f"speed-up 1 -> 2 processes (steady state): {res[1][1] / res[2][1]:.2f}x (goal >= 1.7x); "
          f"end to end: {sum(res[1]) / sum(res[2]):.2f}x")


if __name__ == "__main__":
    main()
