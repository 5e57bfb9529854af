"""The dated table of office holders (eventwire/data/actors/leaders.tsv) stays well formed and consistent.

A surname alone resolves through this table by the article date, so one bad line (a swapped date, a typo in a
code, one person under two countries at once) silently miscodes every story that names that person.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventwire import data
from eventwire.actors import lexicon

TABLE = data.DATA / "actors/leaders.tsv"
# CAMEO roles a person in this table may hold (government, military, legislature, judiciary, rebels, ...)
ROLES = {"GOV", "MIL", "LEG", "JUD", "REB", "OPP", "PTY", "COP", "SPY", "GOVTAL", "REBTAL"}


def _lines() -> list[tuple[int, list[str]]]:
    out = []
    for n, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((n, line.split("\t")))
    return out


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _known_codes() -> tuple[set[str], set[str]]:
    countries = {e.code for e in lexicon.builtin_entries() if e.kind == "country"}
    named = {r[1] for name in ("actors/named.tsv", "actors/phoenix_igos.tsv") for r in data.rows(name) if len(r) > 1}
    return countries, named


def test_leaders_lines_well_formed():
    bad = []
    for n, cols in _lines():
        if len(cols) != 5 or not cols[0] or not cols[1] or not cols[4] or cols != [c.strip() for c in cols]:
            bad.append((n, "columns"))
            continue
        for d in cols[2:4]:
            if d and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                bad.append((n, d))
        try:
            start, end = _day(cols[2]), _day(cols[3])
        except ValueError:
            bad.append((n, "date"))
            continue
        if start and end and start > end:
            bad.append((n, "from after to"))
    seen: dict[tuple[str, ...], int] = {}
    for n, cols in _lines():
        if tuple(cols) in seen:
            bad.append((n, f"repeats line {seen[tuple(cols)]}"))
        seen.setdefault(tuple(cols), n)
    assert not bad


def test_leaders_codes_known():
    """A code is a country's (ISO3 as the lexicon knows it) with a CAMEO role, or one named.tsv/the IGOs use."""
    countries, named = _known_codes()
    assert {"USA", "XKX", "TWN", "PSE", "KOR", "COD"} <= countries and {"IGOUNO", "IGOOAS"} <= named
    unknown = [(n, c[1]) for n, c in _lines()
               if c[1] not in named and not (c[1][:3] in countries and c[1][3:] in ROLES)]
    assert not unknown


def _overlap(a: list[str], b: list[str]) -> bool:
    lo, hi = dt.date.min, dt.date.max
    return (_day(a[2]) or lo) <= (_day(b[3]) or hi) and (_day(b[2]) or lo) <= (_day(a[3]) or hi)


def test_leaders_one_code_at_a_time():
    """A name (alias or canonical) never holds two codes at once: the surname lookup could not choose."""
    by_text: dict[str, list[tuple[int, list[str]]]] = {}
    for n, cols in _lines():
        by_text.setdefault(cols[0].lower(), []).append((n, cols))
    clashes = [(n, m) for rows in by_text.values() for i, (n, a) in enumerate(rows) for m, b in rows[i + 1:]
               if a[1] != b[1] and _overlap(a, b)]
    assert not clashes


@pytest.mark.parametrize("name, day, code", [
    ("Emmanuel Macron", "2024-05-01", "FRAGOV"),
    ("Alar Karis", "2024-05-01", "ESTGOV"),
    ("Gabriel Boric", "2023-03-01", "CHLGOV"),
    ("Sadyr Japarov", "2023-03-01", "KGZGOV"),
    ("Alexander Stubb", "2025-01-01", "FINGOV"),
])
def test_leaders_cover_countries_in_the_news(name, day, code):
    hits = [c for _, c in _lines() if c[0] == name and (not c[2] or c[2] <= day) and (not c[3] or day <= c[3])]
    assert [c[1] for c in hits] == [code]
