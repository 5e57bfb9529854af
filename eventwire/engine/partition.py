"""The functions Spark runs on its workers. They live in the installed package (a function defined in a
script or test module is not importable on workers) and cache the pipeline at module level, so a reused
Python worker loads the model once rather than once per partition."""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventwire.records import Article
from eventwire.store.rows import COLUMNS, table_rows

_PIPE = None
INTS = {"sentence_index", "quad_class", "content_start", "content_end", "start_char", "end_char"}
FLOATS = {"goldstein", "lat", "lon"}
BOOLS = {"negated"}


def arrow_type(column: str):
    import pyarrow as pa

    return pa.int64() if column in INTS else pa.float64() if column in FLOATS else \
        pa.bool_() if column in BOOLS else pa.string()


def arrow_schema(columns: list[str]):
    import pyarrow as pa

    return pa.schema([(c, arrow_type(c)) for c in columns])


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
    import pyarrow as pa

    cols = COLUMNS[table]
    for batch in batches:
        records = [json.loads(r) for r in batch.column("record").to_pylist()]
        rows = [dict(zip(cols, row, strict=True)) for row in table_rows(records)[table]]
        for row in rows:
            if table == "events" or table == "articles":
                row["date"] = str(row["date"]) if row["date"] is not None else None
        yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema(cols))
