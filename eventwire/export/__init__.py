"""Exports that existing tools read: GDELT 2.0 Event + Mentions tables, PLOVER JSON, and every store table as
Parquet, JSON Lines or CSV. Exports read the store only (never spaCy); see docs/exports.md."""

from eventwire.errors import EventwireError
from eventwire.export.gdelt import GDELT_COLUMNS, MENTION_COLUMNS, export_gdelt
from eventwire.export.plover import export_plover
from eventwire.export.tables import export_parquet, export_tables

FORMATS = ("gdelt", "plover", "parquet", "jsonl", "csv")


def export(con, fmt: str, out: str, include_all: bool = False, header: bool = False) -> int:
    """Write the `fmt` export under the directory `out`; returns the number of events (records for plover)."""
    if fmt not in FORMATS:
        raise EventwireError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "gdelt":
        return export_gdelt(con, out, include_all, header)
    if fmt == "plover":
        return export_plover(con, out, include_all)
    return export_tables(con, out, fmt, include_all)


__all__ = ["FORMATS", "GDELT_COLUMNS", "MENTION_COLUMNS", "export", "export_gdelt", "export_parquet",
           "export_plover", "export_tables"]
