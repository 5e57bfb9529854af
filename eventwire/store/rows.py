"""Records -> table rows, in the column order of schema.sql. Shared by the DuckDB writer and the Spark engine,
so both stores hold exactly the same rows."""

from __future__ import annotations

import json

from eventwire.records import content_id

COLUMNS = {
    "articles": ["id", "title", "date", "outlet", "url", "text", "record", "content_hash", "source",
                 "language"],
    "events": ["id", "article_id", "sentence_index", "sentence", "trigger", "source_text", "source_name",
               "source_code", "source_country", "target_text", "target_name", "target_code", "target_country",
               "code", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "date", "date_precision",
               "location", "lat", "lon", "negated", "modality", "reported_by", "trigger_start", "trigger_end"],
    "quotes": ["id", "article_id", "kind", "speaker_text", "speaker_name", "speaker_code", "cue", "content",
               "content_start", "content_end", "relayed_by"],
    "actors": ["article_id", "text", "start_char", "end_char", "name", "code", "country", "sector", "grp"],
}


def _a(a: dict | None, key: str):
    return a.get(key) if a else None


def table_rows(records: list[dict]) -> dict[str, list[list]]:
    """Rows per table for these records (each record with its article text under "text", if known)."""
    return {
        "articles": [[r["id"], r["title"], r["date"], r["outlet"], r["url"], r.get("text"),
                      json.dumps({k: v for k, v in r.items() if k not in ("text", "source")}, ensure_ascii=False),
                      content_id(r["text"]) if r.get("text") is not None else None, r.get("source"),
                      r.get("language")]
                     for r in records],
        "events": event_rows(records),
        "quotes": [[q["id"], r["id"], q["kind"], q["speaker"]["text"], q["speaker"]["name"], q["speaker"]["code"],
                    _a(q["cue"], "text"), q["content"]["text"], q["content"]["start"], q["content"]["end"],
                    json.dumps([x.get("name") or x["text"] for x in q["relayed_by"]], ensure_ascii=False)]
                   for r in records for q in r["quotes"]],
        "actors": [[r["id"], a["text"], a["start"], a["end"], a["name"], a["code"], a["country"], a["sector"],
                    a["group"]] for r in records for a in r["actors"]],
    }


def event_rows(records: list[dict]) -> list[list]:
    """The events table's rows for these records (also what a merged event shows of its first mention)."""
    return [[e["id"], r["id"], e["sentence_index"], e["sentence"], e["trigger"]["text"],
             e["source"]["text"], e["source"]["name"], e["source"]["code"], e["source"]["country"],
             _a(e["target"], "text"), _a(e["target"], "name"), _a(e["target"], "code"),
             _a(e["target"], "country"), e["code"], e["root"], e["quad_class"], e["goldstein"],
             e["plover"]["type"], e["plover"]["mode"], e["date"], e["date_precision"],
             _a(e["location"], "name"), _a(e["location"], "lat"), _a(e["location"], "lon"), e["negated"],
             e["modality"], _a(e["reported_by"], "name") or _a(e["reported_by"], "text"),
             e["trigger"]["start"], e["trigger"]["end"]]
            for r in records for e in r["events"]]


INTS = {"sentence_index", "quad_class", "content_start", "content_end", "start_char", "end_char", "trigger_start",
        "trigger_end"}
FLOATS = {"goldstein", "lat", "lon"}
BOOLS = {"negated"}


def arrow_type(column: str):
    import pyarrow as pa

    return pa.int64() if column in INTS else pa.float64() if column in FLOATS else \
        pa.bool_() if column in BOOLS else pa.string()


def arrow_schema(columns: list[str]):
    import pyarrow as pa

    return pa.schema([(c, arrow_type(c)) for c in columns])


def arrow_table(table: str, rows: list[list]):
    """Rows of one table as an Arrow table (dates as ISO strings): how both writers hand rows over in bulk."""
    import pyarrow as pa

    cols = COLUMNS[table]
    data = list(zip(*rows, strict=True)) if rows else [[] for _ in cols]
    arrays = [[None if v is None else str(v) for v in col] if c == "date" else list(col)
              for c, col in zip(cols, data, strict=True)]
    return pa.table(arrays, schema=arrow_schema(cols))
