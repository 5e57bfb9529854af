"""Pure functions that decide which mentions can be one event: a block key (who did what to whom, asserted or
not), a date window that widens with the date's precision, a date anchor chosen from the block's exactly dated
mentions, and a place key. Everything is a function of the mention and the set of anchors it can reach, never
of arrival order, so the merged events are the same whatever order articles come in."""

from __future__ import annotations

import calendar
import hashlib
from datetime import date, timedelta

from eventwire.records import split_code

# CAMEO codes whose two sides play the same part (consult, negotiate, sign, fight): "A meets B" is "B meets A".
SYMMETRIC_ROOTS = {"04", "19"}
SYMMETRIC_CODES = {"057", "062", "063", "064"}
NOT_SYMMETRIC = {"042", "043", "045"}  # a visit has a visitor and a host; a mediator is not a party
# a mention the confidence gate withheld tells the same thing as a fact: it joins the fact's event as a further
# mention ("held difficult talks" beside the headline's "holds talks"); the event shows a fact mention's fields
# when it has one (merge._order), so the event stays a fact
STATED = {"uncertain": "asserted"}
PUBLICATION_DAYS = 3  # an undated event in the news happened up to three days before publication


def side(code: str | None) -> str:
    """An actor at country+sector level ('USAGOV' for Massinga and Sherman alike). A state and its government
    are one side ('Pakistan' and 'Pakistani officials' held the same talks); a group without a home state keeps
    its group ('REBISI'), so all rebels are not one actor."""
    if not code:
        return "-"
    country, sector, group = split_code(code)
    if country:
        return country + ("" if sector in (None, "GOV") else sector)
    return code if group else (sector or code)


def symmetric(code: str | None) -> bool:
    code = code or ""
    return code not in NOT_SYMMETRIC and (code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES)


def block(m: dict) -> str:
    """Mentions in one block may be one event: same sides, same CAMEO root, same factuality. A mention with no
    coded source stays within its article (it cannot be matched to another outlet's account)."""
    src, tgt = side(m["source_code"]), side(m["target_code"])
    if symmetric(m["code"]) and tgt < src:
        src, tgt = tgt, src
    scope = m["article_id"] if src == "-" else ""
    return "|".join((scope, "neg" if m["negated"] else "", STATED.get(m["modality"], m["modality"] or ""), src, tgt,
                     m["root"] or ""))


def window(day: str | None, precision: str | None) -> tuple[date, date] | None:
    """The dates the event may have happened on, or None when unknown (the article carries no date)."""
    if not day or precision in (None, "unknown"):
        return None
    d = date.fromisoformat(str(day)[:10])
    if precision == "day":
        return d, d
    if precision == "publication":
        return d - timedelta(days=PUBLICATION_DAYS), d
    if precision == "week":
        return d - timedelta(days=3), d + timedelta(days=3)
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def anchor(m: dict, days: set[date]) -> str:
    """A day-precise mention anchors on its day. A vaguer one joins the block's exactly dated mention nearest its
    own date within its window (ties: the earlier day); with none in reach it anchors on its own date and
    precision; undated, on its article alone."""
    win = window(m["date"], m["date_precision"])
    if win is None:
        return "article:" + m["article_id"]
    lo, hi = win
    if lo == hi and m["date_precision"] == "day":
        return lo.isoformat()
    d = date.fromisoformat(str(m["date"])[:10])
    reach = [x for x in days if lo <= x <= hi]
    if reach:
        return min(reach, key=lambda x: (abs((x - d).days), x)).isoformat()
    return f"{m['date_precision']}:{d.isoformat()}"


def place(m: dict) -> str:
    """Only a place in a third country tells two accounts apart: a US-Pakistan meeting placed in Islamabad by one
    outlet (its dateline) and Washington by another may be one meeting; one in Doha is another."""
    country = m.get("location_country")
    parties = {(m["source_code"] or "")[:3], (m["target_code"] or "")[:3]}
    return "" if not country or country in parties else country


def day_sql(day) -> str:
    """A date as a SQL constant: bounds written into a query (not bound as parameters) let DuckDB skip whole row
    groups by their min/max, which is what keeps the date-windowed look-ups flat as the store grows."""
    return f"DATE '{date.fromisoformat(str(day)[:10]).isoformat()}'"


def within(col: str, spans, reach: int = 0) -> str:
    """SQL: `col` lies within `reach` days of one of these (lo, hi) date spans, merged, as constants DuckDB prunes
    row groups by; 'false' for no span."""
    merged: list[list[date]] = []
    for lo, hi in sorted(spans):
        lo, hi = lo - timedelta(reach), hi + timedelta(reach)
        if merged and lo <= merged[-1][1] + timedelta(1):
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return "(" + " OR ".join(f"{col} BETWEEN {day_sql(a)} AND {day_sql(b)}" for a, b in merged) + ")" \
        if merged else "false"


def event_id(block_key: str, anchor_key: str, place_key: str) -> str:
    return hashlib.sha1(f"{block_key}#{anchor_key}#{place_key}".encode()).hexdigest()[:16]
