"""One act, one date, within an article. A headline or lead tells an act without its day ("Niger arrests three
customs officers", "has arrested") and a later sentence tells it with one ("were seized on Saturday"); a sentence
goes on about an exchange the sentence before dated ("Rutte spoke with Erdogan on Wednesday. Rutte praised
Turkey's response"). Analysts found such facts stored at the publication day wrong (docs/judged-articles.md,
background/date). So an act of the first paragraphs dated only by publication takes the date the article tells for
the same act (same CAMEO code, same countries on both sides, told with a day at most two weeks before publication;
the root alone joined two beatings months apart, and further down an undated act of the same kind is more often
background), else the date of an act of the same source on the
same country one or two sentences before. Two candidate dates: no guess."""

from __future__ import annotations

from datetime import date

NEWS_DAYS = 14  # how far before publication a headline's act may be told with its day ("seized on Saturday")
LEAD = 8  # the headline, date line and first paragraphs: where an act is told, then told again with its day


def _country(a: dict | None) -> str | None:
    return (a or {}).get("country") or (a or {}).get("code")


def _news(e: dict, pub: str | None) -> bool:
    """Dated to a day or week within NEWS_DAYS before publication: a headline's act is the news, not the 2008 clash
    of the same two armies told further down."""
    day = e.get("date")
    if not day or e.get("date_precision") not in ("day", "week") or not pub:
        return False
    gap = (date.fromisoformat(pub[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= NEWS_DAYS


def _key(e: dict) -> tuple:
    return e["code"], _country(e.get("source")), _country(e.get("target"))


def date_from_other_mentions(events: list[dict], pub: str | None) -> None:
    """Give each event dated only by publication the date the article tells for the same act elsewhere."""
    told: dict[tuple, set[tuple[str, str]]] = {}
    for e in events:
        if not e.get("negated") and _key(e)[1] and _key(e)[2] and _news(e, pub):
            told.setdefault(_key(e), set()).add((e["date"], e["date_precision"]))
    for e in events:
        if e.get("date_precision") != "publication" or e["sentence_index"] > LEAD:
            continue  # further down, an undated act of the same kind is more often background than a repeat
        dates = told.get(_key(e), set())
        if len(dates) == 1:
            (day, precision), = dates
            e["date"], e["date_precision"] = day, precision
            (e.setdefault("rule", {}))["date"] = "another mention of the same act"
    _date_from_the_sentence_before(events)


def _date_from_the_sentence_before(events: list[dict]) -> None:
    exchanges: dict[tuple, set[tuple[str, str]]] = {}
    for e in events:
        s, t = e.get("source") or {}, e.get("target") or {}
        if e.get("date_precision") == "day" and not e.get("negated") and s.get("code") and _country(t):
            exchanges.setdefault((e["sentence_index"], s["code"], _country(t)), set()).add((e["date"], "day"))
    for e in events:
        s, t = e.get("source") or {}, e.get("target") or {}
        if e.get("date_precision") != "publication" or not s.get("code"):
            continue
        dates = next((d for back in (1, 2) if (d := exchanges.get((e["sentence_index"] - back, s["code"], _country(t))))),
                     set())  # the sentence before, or the one before it ("..., his office said." may stand apart)
        if len(dates) == 1:
            (day, precision), = dates
            e["date"], e["date_precision"] = day, precision
            (e.setdefault("rule", {}))["date"] = "the exchange the sentence before dated"
