"""The functions Spark runs on its workers. They live in the installed package (a function defined in a
script or test module is not importable on workers) and use the process's cached pipeline, so a reused
Python worker loads the model once rather than once per partition."""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventwire.engine.local import worker_pipeline
from eventwire.records import Article
from eventwire.store.rows import arrow_schema, arrow_table, table_rows

RECORD_COLUMNS = ["id", "record"]


def code_batches(opts: str, batches: Iterator) -> Iterator:
    """mapInArrow: article rows -> (id, record JSON with its text), the same records `eventwire code` prints."""
    import pyarrow as pa

    o = json.loads(opts)
    pipe = worker_pipeline(o["model"], o["actors"], o["verbs"])
    for batch in batches:
        arts = [Article(**row) for row in batch.to_pylist()]
        out = [{"id": r["id"], "record": json.dumps(r, ensure_ascii=False)} for r in pipe.code(arts, with_text=True)]
        yield pa.RecordBatch.from_pylist(out, schema=arrow_schema(RECORD_COLUMNS))


def table_batches(table: str, batches: Iterator) -> Iterator:
    """mapInArrow: record rows -> rows of one store table, built by the same code as the DuckDB writer."""
    for batch in batches:
        records = [json.loads(r) for r in batch.column("record").to_pylist()]
        yield from arrow_table(table, table_rows(records)[table]).to_batches()
