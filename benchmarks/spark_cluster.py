"""Spark standalone on 127.0.0.1 (one master, one worker) vs the embedded engine, with the cluster's start-up
and the job's fixed cost stated apart (issue 14).

    .venv/bin/python benchmarks/spark_cluster.py [--words 40000] [--port 7077] [--cores 2]

Steps, each timed: start the master and the worker until it registers; spark-submit the ingest job on one
article (the fixed cost: driver JVM, executor, Python workers and model loads, four Parquet writes); the same
on the whole input; `eventwire ingest --processes 2` on the same file into DuckDB. The job's Parquet is then
checked against the local store (same events, articles and quotes). The cluster is stopped by process id.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import zipfile
from pathlib import Path

from corpus import shape_articles, words
from procs import eventwire, timed, write_jsonl

from eventwire.engine import standalone
from eventwire.store import connect, query_events


def rows(where: str) -> tuple[list, dict]:
    with connect(where, read_only=True) as con:
        ev = sorted((e["id"], e["code"], e["source_code"], e["target_code"], str(e["date"]))
                    for e in query_events(con, include_all=True))
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes")}
    return ev, counts


def submit(url: str, src: Path, out: Path, work: Path, python: Path, partitions: int, archive: Path) -> float:
    t = time.perf_counter()
    r = standalone.submit_ingest(url, [str(src)], str(out), work, python, partitions=partitions, archive=archive)
    if r.returncode != 0:
        raise SystemExit(f"spark-submit failed:\n{r.stderr[-3000:]}")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=40000)
    ap.add_argument("--shape", default="news")
    ap.add_argument("--port", type=int, default=7077)
    ap.add_argument("--cores", type=int, default=2)
    a = ap.parse_args()
    arts = list(shape_articles(a.shape, a.words))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = write_jsonl(arts, base / "in.jsonl")
        one = write_jsonl(arts[:1], base / "one.jsonl")
        work = base / "spark"
        python = standalone.dependencies_python(work)
        archive = standalone.package_archive(base)  # one snapshot of the code for the cluster and the local run
        with zipfile.ZipFile(archive) as z:
            z.extractall(base / "snapshot")
        t = time.perf_counter()
        with standalone.cluster(work, port=a.port, cores=a.cores) as url:
            up = time.perf_counter() - t
            fixed = submit(url, one, base / "one-out", work, python, 1, archive)
            job = submit(url, src, base / "out", work, python, 4 * a.cores, archive)
        cmd = eventwire("ingest", str(src), "--db", str(base / "local.duckdb"), "--processes", "2")
        local = timed(cmd, pythonpath=str(base / "snapshot"))[0]
        same = rows(str(base / "out")) == rows(str(base / "local.duckdb"))
    print(f"{a.shape}: {len(arts)} articles, {words(arts)} words; worker with {a.cores} cores")
    print(f"cluster start (master + worker registered): {up:5.1f} s")
    print(f"spark-submit, one article (fixed cost):     {fixed:5.1f} s")
    print(f"spark-submit, all articles:                 {job:5.1f} s ({words(arts) / job:5.0f} words/s)")
    print(f"eventwire ingest --processes 2 (DuckDB):    {local:5.1f} s ({words(arts) / local:5.0f} words/s)")
    print(f"Spark job / embedded: {job / local:.2f}x; Parquet equals the local store: {same}")


if __name__ == "__main__":
    main()
