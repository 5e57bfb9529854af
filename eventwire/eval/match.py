"""When a coded event or actor counts as a gold one: the comparison rules of docs/evaluation.md ("Our own gold").

Codes compare at sector level (first six letters: PAKGOV = PAKGOVxxx, PAK != PAKGOV, PSEREBHMS = PSEREB) or
at country level (first three); a gold code may list alternatives ("JPNSPY|JPNGOV"), "*" accepts anything
and null accepts only null. A symmetric gold event (met, talks, clashed) also accepts the reversed dyad.
"""

from __future__ import annotations

from functools import cache

SECTOR, COUNTRY = 6, 3
# Non-state prefixes of CAMEO/Phoenix codes besides ISO 3166 countries (KSV/XKX: Kosovo).
PREFIXES = {"IGO", "NGO", "IMG", "MNC", "KSV", "XKX"}


@cache
def countries() -> frozenset[str]:
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.countries} | PREFIXES)


def code_ok(gold: str | None, pred: str | None, n: int) -> bool:
    if gold == "*":
        return True
    if gold is None or pred is None:
        return gold is None and pred is None
    return any(pred[:n] == g[:n] for g in gold.split("|"))


def root_ok(gold: str, pred: str) -> bool:
    return gold == "*" or pred in gold.split("|")


def event_ok(g: dict, p: dict, n: int) -> bool:
    if not root_ok(g["root"], p["root"]):
        return False
    if code_ok(g["source"], p["source"], n) and code_ok(g["target"], p["target"], n):
        return True
    return bool(g.get("symmetric")) and code_ok(g["source"], p["target"], n) and code_ok(g["target"], p["source"], n)


def pairs(golds: list[dict], preds: list[dict], n: int) -> dict[int, int]:
    """A maximum one-to-one matching {gold index: pred index}; required gold events are matched first, so an
    optional one never takes a coded event a required one could have had."""
    found: dict[int, int] = {}  # pred -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(preds):
            if pi in seen or not event_ok(golds[gi], p, n):
                continue
            seen.add(pi)
            if pi not in found or augment(found[pi], seen):
                found[pi] = gi
                return True
        return False

    for optional in (False, True):
        for gi, g in enumerate(golds):
            if bool(g.get("optional")) == optional:
                augment(gi, set())
    return {gi: pi for pi, gi in found.items()}


def date_ok(gold: str, pred: dict) -> bool:
    """Gold YYYY / YYYY-MM / YYYY-MM-DD needs that date at that precision: 'next month' is never a day."""
    got, prec = pred.get("date") or "", pred.get("date_precision")
    if prec == "unknown" or not got:
        return False
    if len(gold) == 4:
        return prec == "year" and got[:4] == gold
    if len(gold) == 7:
        return prec == "month" and got[:7] == gold
    return prec not in ("year", "month") and got[:10] == gold


def not_event_hit(ne: dict, p: dict) -> bool:
    """A stored fact that a not-asserted gold event describes: same root, and neither side names another
    country (a coded side without a country does not disagree), in either direction."""
    if not root_ok(ne["root"], p["root"]):
        return False

    def agrees(g: str | None, c: str | None) -> bool:
        return g in (None, "*") or not c or c[:3] not in countries() or code_ok(g, c, COUNTRY)

    return (agrees(ne["source"], p["source"]) and agrees(ne["target"], p["target"])) or \
        (agrees(ne["source"], p["target"]) and agrees(ne["target"], p["source"]))


def best_actor(start: int, end: int, actors: list[dict]) -> dict | None:
    """The coded actor whose span overlaps the gold mention most (of equals, the tightest), or None."""
    best, most = None, 0
    for a in actors:
        overlap = min(end, a["end"]) - max(start, a["start"])
        if overlap > most or (overlap == most > 0 and a["end"] - a["start"] < best["end"] - best["start"]):
            best, most = a, overlap
    return best
