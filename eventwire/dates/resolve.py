"""'on Wednesday', 'last month', 'August 26', 'Friday's' -> (ISO date, precision), never guessed without a base.

Common news forms are handled here directly (fast, predictable); anything else goes to dateparser
(English only, past preferred unless the clause is future). A span ("20 years", "within 60 days", "for weeks")
says how long, not when: it is never a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MON = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"sept": 9}


def _month(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return _MON.get(w[:4] if w.startswith("sept") else w[:3]) if w[:3] in _MON else None


@lru_cache(maxsize=4096)
def resolve(expr: str, base: str | None, future: bool = False) -> tuple[str | None, str]:
    """Return (date, precision); precision is day|week|month|year, or unknown when it cannot be resolved."""
    if not base:
        return None, "unknown"
    b = date.fromisoformat(base)
    e = re.sub(r"['’]s\b", "", expr.lower()).strip(" .,")
    if is_span(e) or re.fullmatch(r"\d{1,3}", e):  # "Father Imre Szalai, 54,": an age the tagger took for a date
        return None, "unknown"
    e = _PREFIX.sub("", e)
    head, comma, rest = e.partition(", ")
    if comma and re.fullmatch(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|"
                              r"years?)(?: later| earlier| before| after)?", rest):
        return resolve(head, base, future)  # "on August 15, two weeks before ...": the tagger joined a gap to the day
    day_part = re.fullmatch(r"(.+?),? (?:morning|afternoon|evening|night)", e)
    if day_part and day_part[1] not in ("this", "last"):  # "Saturday night", "late on Tuesday evening": that day
        return resolve(day_part[1], base, future)
    if e in ("weekend", "last weekend", "this weekend", "next weekend"):  # its Saturday, at week precision
        back = (b.weekday() - 5) % 7  # days since Saturday
        if e == "next weekend" or (future and e != "last weekend" and back > 1):
            return (b + timedelta(days=(5 - b.weekday()) % 7)).isoformat(), "week"
        return (b - timedelta(days=back + (7 if e == "last weekend" and back <= 1 else 0))).isoformat(), "week"
    if e in ("today", "tonight", "this morning", "this afternoon", "this evening", "this week", "earlier this week",
             "later this week"):
        return b.isoformat(), "day" if "week" not in e else "week"
    if e in ("yesterday", "last night"):
        return (b - timedelta(days=1)).isoformat(), "day"
    if e == "tomorrow":
        return (b + timedelta(days=1)).isoformat(), "day"
    m = re.fullmatch(r"(" + "|".join(WEEKDAYS) + r") (last|next) week", e)
    if m:  # "Thursday last week": that weekday of the week before
        monday = b - timedelta(days=b.weekday()) + timedelta(days=7 if m[2] == "next" else -7)
        return (monday + timedelta(days=WEEKDAYS.index(m[1]))).isoformat(), "day"
    m = re.fullmatch(r"(last |next |this )?(" + "|".join(WEEKDAYS) + r")", e)
    if m:
        target = WEEKDAYS.index(m[2])
        delta = (b.weekday() - target) % 7
        if m[1] != "last " and (future or m[1] == "next "):  # "will meet on Friday" in Friday's paper is today
            return (b + timedelta(days=(target - b.weekday()) % 7 or (7 if m[1] == "next " else 0))).isoformat(), "day"
        if m[1] == "last " and delta == 0:
            delta = 7
        return (b - timedelta(days=delta)).isoformat(), "day"
    if e in ("last week", "past week"):
        return (b - timedelta(days=7)).isoformat(), "week"
    if e in ("next week",):
        return (b + timedelta(days=7)).isoformat(), "week"
    if e in ("last month", "past month"):
        first = b.replace(day=1) - timedelta(days=1)
        return first.replace(day=1).isoformat(), "month"
    if e in ("this month", "earlier this month", "later this month"):
        return b.replace(day=1).isoformat(), "month"
    if e in ("next month",):  # a month, never a day: "is due to travel next month"
        return (b.replace(day=28) + timedelta(days=4)).replace(day=1).isoformat(), "month"
    if e in ("last year", "past year"):
        return date(b.year - 1, 1, 1).isoformat(), "year"
    if e in ("this year", "earlier this year", "later this year"):
        return date(b.year, 1, 1).isoformat(), "year"
    if e in ("next year",):
        return date(b.year + 1, 1, 1).isoformat(), "year"
    m = re.fullmatch(r"(.+) (ago|earlier|before)", e)
    span = duration(m[1]) if m else None
    if span:
        return (b - span[0]).isoformat(), span[1]
    m = re.fullmatch(r"([a-z]+\.? \d{1,2})\s*(?:-|–|and|to)\s*\d{1,2}(,? \d{4})?", e)
    if m and _month(m[1].split()[0]):  # "March 5-6", "May 5 and 6": the days from the first, at week precision
        day = resolve(m[1] + (m[2] or ""), base, future)[0]
        return (day, "week") if day else (None, "unknown")
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", e) or re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?:,? (\d{4}))?", e)
    if m:
        a, d_, y = (m[1], m[2], m[3]) if not m[1].isdigit() else (m[2], m[1], m[3])
        mon = _month(a)
        if mon:
            try:
                d = date(int(y) if y else b.year, mon, int(d_))
                if not y and not future and d > b + timedelta(days=1):
                    d = d.replace(year=d.year - 1)  # "February 29" may not exist a year earlier
                elif not y and future and d < b:  # "will meet again on July 15": the coming one
                    d = d.replace(year=d.year + 1)
            except ValueError:
                return None, "unknown"
            return d.isoformat(), "day"
    m = re.fullmatch(r"([a-z]+) (last|this|next) year", e)
    if m and _month(m[1]) and len(m[1]) >= 3:  # "July last year": that year's July
        return date(b.year + {"last": -1, "this": 0, "next": 1}[m[2]], _month(m[1]), 1).isoformat(), "month"
    m = re.fullmatch(r"(last|next) ([a-z]+)", e)
    if m and _month(m[2]) and len(m[2]) >= 3:  # "last June": the latest June before the paper's month
        mon = _month(m[2])
        y = b.year - (mon >= b.month) if m[1] == "last" else b.year + (mon <= b.month)
        return date(y, mon, 1).isoformat(), "month"
    m = re.fullmatch(r"([a-z]+)(?: (\d{4}))?", e)
    if m and _month(m[1]) and len(m[1]) >= 3:
        y = int(m[2]) if m[2] else b.year
        if not m[2] and not future and _month(m[1]) > b.month:
            y -= 1
        elif not m[2] and future and _month(m[1]) < b.month:
            y += 1
        return date(y, _month(m[1]), 1).isoformat(), "month"
    m = re.fullmatch(r"(?:in )?(1[89]\d\d|20\d\d)", e)
    if m:
        return date(int(m[1]), 1, 1).isoformat(), "year"
    if re.search(r"\b(1[89]\d0|20\d0)s\b|\bdecade|\bcentury|\bera\b", e):
        return None, "unknown"  # "the 1990s": no day or year to give, and never the publication date
    return _dateparser(e, base, future)


_PREFIX = re.compile(r"^(?:mid-|(?:on|in|at|by|during|since|from|until|over|early|late|mid|this past|the|"
                     r"(?:start|beginning|end|middle) of)\s+)+")
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|" \
         r"hundreds|dozens|several|few|a few|many|some|a couple of|a number of|(?:\w+ )?and a half)"
_SPAN = re.compile(r"(?:(?:for|within|over|during|in|up to|about|around|nearly|almost|more than|less than|at least|"
                   r"some|all|the|next|past|last|first|final|coming|following|previous|another|further)\s+)*"
                   rf"(?:{_COUNT}[\s-]+(?:of\s+)?)?(?:hour|day|week|month|year|decade)s?(?:[\s-]+(?:long|old))?")


def is_span(expr: str) -> bool:
    """'20 years', 'within 60 days', 'for weeks', 'the past two years': how long, not when. 'Last year',
    'this week' and 'the year' are points (no count, no plural), so they stay dates."""
    e = expr.lower().strip(" .,")
    if not _SPAN.fullmatch(e):
        return False
    return bool(re.search(rf"\b{_COUNT}[\s-]+(?:of\s+)?(?:hour|day|week|month|year|decade)|"
                          r"(?:hour|day|week|month|year|decade)s\b|^(?:for|within|over|during)\b", e))


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "a couple of": 2}  # not "several": a date is never guessed


def duration(expr: str) -> tuple[timedelta, str] | None:
    """'one day', 'two weeks', '48 hours' -> (length, precision of a date shifted by it)."""
    m = re.fullmatch(r"(\d+|a couple of|[a-z]+) (hour|day|week|month|year)s?", expr.lower().strip(" .,"))
    n = m and (_NUMBERS.get(m[1]) or (int(m[1]) if m[1].isdigit() else None))
    if not n:
        return None
    unit = m[2]
    if unit == "hour":
        return timedelta(days=round(n / 24)), "day"
    return timedelta(days={"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n), unit


_ANAPHORIC = {"that day": 0, "the same day": 0, "later that day": 0, "later in the day": 0,
              "earlier in the day": 0, "earlier that day": 0, "that morning": 0, "that evening": 0, "that night": 0,
              "the next day": 1, "the following day": 1, "the day after": 1, "the previous day": -1,
              "the day before": -1}


def anaphoric(expr: str) -> int | None:
    """'later that day', 'the next day', 'two days later': days counted from the day the story last named
    (the caller finds it), or None when the expression is not told from another day."""
    e = re.sub(r"['’]s\b", "", expr.lower()).strip(" .,")
    if e in _ANAPHORIC:
        return _ANAPHORIC[e]
    m = re.fullmatch(r"(.+) (later|afterwards|after that)", e)
    span = duration(m[1]) if m else None
    return span[0].days if span and span[1] == "day" else None


def shift(day: str, expr: str, after: bool) -> str | None:
    """The date `expr` after (or before) `day`: 'one day after' Friday's meetings is Thursday."""
    span = duration(expr)
    if span is None or not day:
        return None
    d = date.fromisoformat(day)
    return (d + span[0] if after else d - span[0]).isoformat()


def _dateparser(expr: str, base: str, future: bool) -> tuple[str | None, str]:
    if not re.search(r"\d|day|week|month|year|" + "|".join(m[:3] for m in MONTHS), expr) or re.fullmatch(
            r"\d{4}\s*[-–/]\s*(?:\d{2}|\d{4})", expr):  # "2021-22" is a season, not June 22
        return None, "unknown"
    from datetime import datetime

    import dateparser

    settings = {"RELATIVE_BASE": datetime.fromisoformat(base), "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        d = dateparser.parse(expr, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None, "unknown"
    if d is None or (not future and d.date() > date.fromisoformat(base)):
        return None, "unknown"
    return d.date().isoformat(), "day"
