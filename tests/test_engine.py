"""Engines: the Spark engine writes the same rows as the local store (local[2], a few articles)."""

import importlib.util
import shutil

import pytest

from eventwire import data
from eventwire.store import connect, query_events


def _needs_spark():
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark is not installed (optional extra: pip install 'eventwire[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on PATH: Spark needs Java 17")


def test_spark_local_writes_the_same_events_as_the_local_store(tmp_path):
    _needs_spark()
    from eventwire.cli import ingest_paths
    from eventwire.engine.spark import run_spark

    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(data.path("sample").glob("*.txt"))[:4]:
        shutil.copy(p, src / p.name)
    out = tmp_path / "parquet"
    assert run_spark([str(src)], str(out), master="local[2]", partitions=2) == 4
    assert any(p.name.startswith("date=") for p in (out / "events").iterdir())  # partitioned by event date
    db = str(tmp_path / "local.duckdb")
    ingest_paths([str(src)], db, None, quiet=True)
    with connect(str(out), read_only=True) as con:
        spark_rows = sorted((r["id"], r["code"], r["source_code"], str(r["date"])) for r in query_events(con))
    with connect(db, read_only=True) as con:
        local_rows = sorted((r["id"], r["code"], r["source_code"], str(r["date"])) for r in query_events(con))
    assert spark_rows and spark_rows == local_rows


def test_parquet_directory_is_read_only(tmp_path):
    from eventwire.errors import StoreError

    (tmp_path / "events").mkdir()
    with pytest.raises(StoreError, match="read-only"):
        with connect(str(tmp_path)):
            pass
    with pytest.raises(StoreError, match="not an eventwire Parquet directory"):
        with connect(str(tmp_path), read_only=True):
            pass
