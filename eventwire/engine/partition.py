"""The functions Spark runs on its workers. They live in the installed package (a function defined in a
script or test module is not importable on workers) and cache the pipeline at module level, so a reused
Python worker loads the model once rather than once per partition."""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventwire.records import Article
from eventwire.store.rows import arrow_schema, arrow_table, table_rows

_PIPE = None

RECORD_COLUMNS = ["id", "record"]


def _pipeline(opts: str):
    global _PIPE
    if _PIPE is None:
        from eventwire.engine.local import single_thread_env

        single_thread_env()
        from eventwire.pipeline import Pipeline

        o = json.loads(opts)
        _PIPE = Pipeline(model=o["model"], actors=tuple(o["actors"]), verbs=tuple(o["verbs"]))
    return _PIPE


def code_batches(opts: str, batches: Iterator) -> Iterator:
    """mapInArrow: article rows -> (id, record JSON with its text), the same records `eventwire code` prints."""
    import pyarrow as pa

    pipe = _pipeline(opts)
    for batch in batches:
        arts = [Article(**row) for row in batch.to_pylist()]
        out = [{"id": r["id"], "record": json.dumps(r, ensure_ascii=False)} for r in pipe.code(arts, with_text=True)]
        yield pa.RecordBatch.from_pylist(out, schema=arrow_schema(RECORD_COLUMNS))


def table_batches(table: str, batches: Iterator) -> Iterator:
    """mapInArrow: record rows -> rows of one store table, built by the same code as the DuckDB writer."""
    for batch in batches:
        records = [json.loads(r) for r in batch.column("record").to_pylist()]
        yield from arrow_table(table, table_rows(records)[table]).to_batches()
