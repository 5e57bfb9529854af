"""`eventwire.frames(records)`: records as pandas DataFrames, one per store table, with the store's columns
(docs/records.md, "Store tables"), built by the same code as the store rows so notebooks and the store agree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.errors import EventwireError


@dataclass(frozen=True)
class Frames:
    """events, actors, quotes and articles of the records (pandas DataFrames; `date` columns are datetimes)."""

    events: Any
    actors: Any
    quotes: Any
    articles: Any


def frames(records: list[dict] | dict) -> Frames:
    """DataFrames of `eventwire.code(...)` output: one row per event, actor mention, quote and article."""
    try:
        import pandas as pd
    except ImportError:
        raise EventwireError("eventwire.frames needs pandas: pip install 'eventwire[pandas]'") from None
    from eventwire.store.rows import COLUMNS, arrow_table, table_rows  # here: `import eventwire` stays light

    recs = [records] if isinstance(records, dict) else list(records)
    rows = table_rows(recs)
    out = {}
    for table in COLUMNS:
        df = arrow_table(table, rows[table]).to_pandas()
        if table == "articles":
            df = df.drop(columns=["record", "content_hash", "text", "source"], errors="ignore")
        if "date" in df:
            df["date"] = pd.to_datetime(df["date"])
        out[table] = df
    return Frames(**out)
