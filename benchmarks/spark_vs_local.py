"""Spark local[2] vs the embedded engine (2 processes) on the same articles, Spark start-up reported apart.

    .venv/bin/python benchmarks/spark_vs_local.py [--articles 2000]

Both write the same tables: the embedded engine into DuckDB, Spark into Parquet partitioned by event date.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from corpus import articles
from procs import eventwire, timed

from eventwire.engine.spark import run_spark, session


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for art in articles(a.articles):
                f.write(json.dumps({"id": art.id, "text": art.text, "date": art.date}) + "\n")
        local = timed(eventwire("ingest", str(src), "--db", str(Path(tmp) / "local.duckdb"), "--processes", "2"))[0]
        t = time.perf_counter()
        spark = session("local[2]")
        spark.range(1).count()
        start = time.perf_counter() - t
        t = time.perf_counter()
        run_spark([str(src)], str(Path(tmp) / "parquet"), partitions=2, spark=spark)
        job = time.perf_counter() - t
        spark.stop()
    print(f"{a.articles} articles")
    print(f"eventwire ingest --processes 2 (whole process): {local:6.1f} s")
    print(f"Spark local[2]: session start {start:5.1f} s, job {job:6.1f} s (incl. model loads on workers)")
    print(f"Spark job / embedded: {job / local:.2f}x")


if __name__ == "__main__":
    main()
