"""Peak memory over a long stream (issue goal: flat): ingest N generated articles into a temporary DuckDB
store, as `eventwire ingest` does, printing the resident memory of this process (which holds the store) and
of each worker every --every articles.

    .venv/bin/python benchmarks/memory.py [--articles 20000] [--every 2000] [--processes 1]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import tempfile
import time
from pathlib import Path

from corpus import articles

from eventwire.engine import code_parallel
from eventwire.store import connect, write_batch


def rss_mb(pid: str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def workers() -> str:
    kids = [rss_mb(str(p.pid)) for p in mp.active_children()]
    return " ".join(f"{k:6.1f}" for k in kids) or "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--every", type=int, default=2000)
    ap.add_argument("--processes", type=int, default=1)
    a = ap.parse_args()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, connect(str(Path(tmp) / "bench.duckdb")) as con:
        pending, n = [], 0
        for rec in code_parallel(articles(a.articles), a.processes, with_text=True):
            pending.append(rec)
            n += 1
            if len(pending) >= 64:
                write_batch(con, pending)
                pending = []
            if n % a.every == 0:
                print(f"{n:6d} articles  RSS main {rss_mb():7.1f} MB, workers {workers()} MB  "
                      f"{time.perf_counter() - t0:7.0f} s", flush=True)
        write_batch(con, pending)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {peak:.0f} MB; largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
