"""Does a growing DuckDB primary-key index stay inside the memory limit? (issue 11: "memory stays flat")

The store keeps its records and the cross-article stage its merged events and near-duplicate band keys in indexed
tables (store/schema.sql); their ART indexes grow with the store (about 1.6 MB per 1,000 articles in
benchmarks/crossdoc.py's stream). This inserts keys shaped like eventwire's ids (16 hex characters) in steps into a
table with a primary key under a small memory_limit, checkpointing after each step as a long ingest does, and
prints resident memory and DuckDB's accounting until a write fails. If the index were paged like table blocks the
writes would go on at flat memory; the step where a write fails says how many keys the limit holds.

    ../.venv/bin/python art_memory.py [--keys 3000000] [--steps 60] [--limit 64MB] [--bounded]

--bounded writes the same keys the way the cross-article stage now keeps merged events and band keys (issue 11):
no key, a date column that follows the order rows are written in, and after each step the stage's work on the
latest rows: a few thousand ids read, deleted and written again by id within their dates (store/schema.sql,
crossdoc/merge.py `_merged`).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import duckdb

KEY = "printf('%016x', hash(i + ?))"  # 16 hex characters, as event and article ids are


def rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return -1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keys", type=int, default=3_000_000)
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--limit", default="64MB")
    ap.add_argument("--bounded", action="store_true", help="no index: look-ups bounded by a date column")
    a = ap.parse_args()
    step = a.keys // a.steps
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "art.duckdb"))
        con.execute(f"SET memory_limit='{a.limit}'")
        if a.bounded:
            con.execute("CREATE TABLE t (id VARCHAR, v INTEGER, seen DATE)")
        else:
            con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, v INTEGER)")
        moved = 0
        for k in range(a.steps):
            try:
                if a.bounded:  # step k is day k; then the stage's read, delete and rewrite of 2,000 recent events
                    day = f"DATE '2020-01-01' + {k}"
                    con.execute(f"INSERT INTO t SELECT {KEY}, i, {day} FROM range(?) r(i)", [k * step, step])
                    ids = [r[0] for r in con.execute("SELECT printf('%016x', hash(g)) FROM range(?, ?) r(g)",
                                                     [max(0, k * step - 1000), k * step + 1000]).fetchall()]
                    where = f"WHERE seen BETWEEN {day} - 1 AND {day} AND id IN (SELECT unnest(?))"
                    con.execute("BEGIN TRANSACTION")
                    got = con.execute(f"SELECT id, v + 1, seen FROM t {where}", [ids]).fetchall()
                    con.execute(f"DELETE FROM t {where}", [ids])
                    moved = len(got)
                    con.execute("INSERT INTO t SELECT unnest(?), unnest(?), unnest(?)",
                                [list(col) for col in zip(*got, strict=True)])
                    con.execute("COMMIT")
                else:
                    con.execute(f"INSERT INTO t SELECT {KEY}, i FROM range(?) r(i)", [k * step, step])
                con.execute("CHECKPOINT")
            except duckdb.Error as exc:
                print(f"write of keys {k * step:,}-{(k + 1) * step:,} failed under memory_limit {a.limit}: "
                      f"{str(exc).splitlines()[0]}")
                return
            tags = con.execute("SELECT tag, memory_usage_bytes // 1048576 FROM duckdb_memory() "
                               "WHERE memory_usage_bytes >= 1048576 ORDER BY tag").fetchall()
            if k % 5 == 4:
                print(f"{(k + 1) * step:>10,} keys: RSS {rss_mb():4d} MB, DuckDB {dict(tags)} MB"
                      + (f", {moved:,} rows read and rewritten by id" if a.bounded else ""), flush=True)
        print(f"all {a.keys:,} keys written under memory_limit {a.limit}")


if __name__ == "__main__":
    main()
