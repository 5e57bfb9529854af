"""Apache Spark engine: the same article -> records function per partition (mapInArrow), written as Parquet
tables (articles, events partitioned by event date, quotes, actors) that `eventwire events --db DIR` and DuckDB
read. Runs in local[N] here and on a cluster with spark-submit (docs/performance.md)."""

from __future__ import annotations

import json
import os
import sys
from functools import partial
from pathlib import Path

from eventwire.engine.local import single_thread_env
from eventwire.errors import EventwireError

ARTICLE_COLUMNS = ["id", "title", "date", "outlet", "url", "text", "source"]
ARROW_BATCH = 500  # rows per Arrow batch: small batches keep CPU-heavy NLP tasks balanced


def session(master: str):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EventwireError("the Spark engine needs the optional extra: pip install 'eventwire[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    single_thread_env()
    return (SparkSession.builder.master(master).appName("eventwire")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH))
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate())


def run_spark(paths, out: str, master: str = "local[2]", date=None, model=None, actors=(), verbs=(),
              partitions: int | None = None, spark=None) -> int:
    """Code the articles under `paths` on Spark and write Parquet tables under `out`; returns articles written."""
    from eventwire.engine.partition import RECORD_COLUMNS, code_batches, table_batches
    from eventwire.ingest import read_paths
    from eventwire.store.rows import COLUMNS, arrow_schema

    spark = spark or session(master)
    rows = [[getattr(a, c) for c in ARTICLE_COLUMNS] for a in read_paths(list(paths), date=date)]
    if not rows:
        raise EventwireError("no readable articles in the given paths")
    df = spark.createDataFrame(rows, schema=", ".join(f"{c} string" for c in ARTICLE_COLUMNS))
    df = df.repartition(partitions or spark.sparkContext.defaultParallelism)
    opts = json.dumps({"model": model, "actors": list(actors), "verbs": list(verbs)})
    base = Path(out)
    from pyspark import StorageLevel

    # coded once, kept (memory, spilling to disk) while each table is derived from it
    records = df.mapInArrow(partial(code_batches, opts), _ddl(RECORD_COLUMNS, arrow_schema))
    records = records.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table, cols in COLUMNS.items():
            part = records.mapInArrow(partial(table_batches, table), _ddl(cols, arrow_schema))
            writer = part.write.mode("overwrite")
            if table == "events":
                writer = writer.partitionBy("date")
            writer.parquet(str(base / table))
        return records.count()
    finally:
        records.unpersist()


def _ddl(columns: list[str], arrow_schema) -> str:
    kinds = {"int64": "bigint", "double": "double", "bool": "boolean", "string": "string"}
    return ", ".join(f"`{f.name}` {kinds[str(f.type)]}" for f in arrow_schema(columns))
