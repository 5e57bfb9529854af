"""One event, one date, within an article. A headline or lead tells an act without its day ("Niger arrests three
customs officers", "has arrested"); a later sentence often tells the same act with it ("were seized on
Saturday"). Analysts found such facts stored at the publication day wrong (docs/judged-articles.md, background
and date): an act the article dates elsewhere takes that date. Same act = the same CAMEO code and the same actor codes
on both sides (a looser match joined two beatings months apart); when the article gives it two different dates,
it keeps the publication day (no guess)."""

from __future__ import annotations

DATED = ("day", "week", "month", "year")  # precisions told by the text itself


def _key(e: dict) -> tuple:
    return e["code"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code")


def date_from_other_mentions(events: list[dict]) -> None:
    """Give each event dated only by publication the date the article tells for the same act elsewhere."""
    told: dict[tuple, set[tuple[str, str]]] = {}
    for e in events:
        if e.get("date_precision") in DATED and not e.get("negated") and _key(e)[1] and _key(e)[2]:
            told.setdefault(_key(e), set()).add((e["date"], e["date_precision"]))
    for e in events:
        if e.get("date_precision") != "publication":
            continue
        dates = told.get(_key(e), set())
        if len(dates) == 1:
            (day, precision), = dates
            e["date"], e["date_precision"] = day, precision
            (e.setdefault("rule", {}))["date"] = "another mention of the same act"
