"""How long do exports take on a stored corpus? Each format written from the same store, best of N rounds.

    .venv/bin/python benchmarks/export.py --db STORE.duckdb [--rounds 3]

Build the store first (`eventwire ingest FILES --db STORE.duckdb`). Times include reading the store and writing
the files; the first round also pays for loading the gazetteer (kept for the later rounds, as in one process).
"""

from __future__ import annotations

import argparse
import tempfile
import time

from eventwire.export import FORMATS, export
from eventwire.store import connect


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    with connect(a.db, read_only=True) as con, tempfile.TemporaryDirectory() as tmp:
        events, mentions = con.execute("SELECT (SELECT count(*) FROM merged_events), (SELECT count(*) FROM events)"
                                       ).fetchone()
        print(f"{a.db}: {events} merged events, {mentions} coded events (all, before the facts filter)")
        for fmt in FORMATS:
            best, n = float("inf"), 0
            for r in range(a.rounds):
                t = time.perf_counter()
                n = export(con, fmt, f"{tmp}/{fmt}{r}")
                best = min(best, time.perf_counter() - t)
            print(f"{fmt:8} {n:6} rows  best {best:6.2f} s  {n / best:8.0f} rows/s")


if __name__ == "__main__":
    main()
