"""Publication dates: from metadata, else a dateline or 'Updated: October 8th 2021, 10:08 PM' line in the text."""

from __future__ import annotations

import re
from datetime import date

from eventwire.errors import InputError

MONTHS = "january february march april may june july august september october november december".split()
_MON = "|".join(m[:3] + f"(?:{m[3:]})?" for m in MONTHS) + "|sept"
# an optional dateline place first: "KYIV, July 9, 2025 —", "THE HAGUE, Netherlands, 3 March 2025 -"
PLACE = r"(?:[A-Z][A-Za-z.'’ -]{1,40},\s+(?:[A-Z][A-Za-z.'’ -]{1,30},\s+)?)?"
LINE = re.compile(
    rf"^\s*(?:(?:updated|published|posted|last updated)\s*:?\s*)?{PLACE}(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:(?P<m1>{_MON})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MON})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))",
    re.I,
)
KEYWORD = re.compile(r"^\s*(updated|published|posted|last updated)\b", re.I)
DASH = re.compile(r"\s*(?:--|—|–|-)\s")  # a long first line counts only as a dateline: "KYIV, July 9, 2025 — ..."


def parse_iso(value: str, source: str) -> str:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(source, f"date '{value}' is not ISO 8601 (YYYY-MM-DD)", "bad date") from None


def from_text(text: str) -> str | None:
    """A date line at the top (dateline) or the bottom ('Updated: ...') of the text."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    candidates = [ln for ln in lines if KEYWORD.match(ln)] + lines[:3] + lines[-2:]
    for ln in candidates:
        m = LINE.match(ln)
        if not m or (len(ln) > 80 and not KEYWORD.match(ln) and not DASH.match(ln, m.end())):
            continue
        if m["iso"]:
            try:
                return date.fromisoformat(m["iso"]).isoformat()
            except ValueError:
                continue
        mon, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
        month = next(i for i, name in enumerate(MONTHS, 1) if mon.lower()[:3] == name[:3])
        try:
            return date(int(year), month, int(day)).isoformat()
        except ValueError:
            continue
    return None
