"""Disputed accounts: a statement that says another is wrong ("has seen reports to the contrary", "denies it
supports…") is paired, within its article, with the nearest statement by another speaker about the same actors;
across articles published within DAYS of each other, with every statement by another speaker about the same
actors whose words are close (CLOSE). Both rules look at a pair and its article only, never at what arrived
before, so the pairs are the same whatever order articles arrive in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from eventwire import data

REACH = 1500  # characters: the disputed statement is this close to the one disputing it
DAYS = 7  # across articles: published this close
CLOSE = 0.2  # across articles: cosine of the two statements' words (stop words aside)
SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")


@cache
def markers() -> tuple[re.Pattern, frozenset[str]]:
    rows = data.rows("lexicons/disputes.tsv")
    content = [p for k, p in rows if k == "content"]
    cues = frozenset(p for k, p in rows if k == "cue")
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in content) + r")\b"), cues


def disputing(q: dict) -> str | None:
    """'content' when the quote says something is wrong (it answers what came before), 'cue' when its verb
    denies or rejects (the claim may come before or after), else None."""
    phrase, cues = markers()
    if phrase.search(q["content"]["text"].lower()):
        return "content"
    cue = (q.get("cue") or {}).get("text") or ""
    return "cue" if set(cue.lower().split()) & cues else None


def _speaker(q: dict) -> str:
    s = q["speaker"]
    return (s.get("name") or s.get("text") or "").lower()


def _sentence(ends: list[int], text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around [start, end), from the text's sentence ends."""
    i = bisect_right(ends, start) - 1
    j = bisect_left(ends, end)
    return (ends[i] if i >= 0 else 0), (ends[j] if j < len(ends) else len(text))


def _topic(rec: dict, q: dict, ends: list[int]) -> set[str]:
    """Codes of the actors named in the quote's sentence, its speaker's own mention aside."""
    text = rec.get("text") or ""
    s = q["speaker"]
    lo, hi = _sentence(ends, text, min(s["start"], q["content"]["start"]), q["content"]["end"]) if text else \
        (q["content"]["start"], q["content"]["end"])
    return {a["code"] for a in rec["actors"] if a["code"] and lo <= a["start"] and a["end"] <= hi
            and not (a["start"] == s["start"] and a["end"] == s["end"])}


def find_disputes(rec: dict) -> list[tuple[str, str, str]]:
    """(earlier quote id, later quote id, reason) for each disputing quote and the statement it disputes."""
    quotes = sorted(rec["quotes"], key=lambda q: (q["content"]["start"], q["id"]))
    kinds = [disputing(q) if _speaker(q) else None for q in quotes]
    if not any(kinds):
        return []
    ends = [m.end() for m in SENTENCE_END.finditer(rec.get("text") or "")]
    topics = {q["id"]: _topic(rec, q, ends) for q in quotes}
    out = set()
    for q, kind in zip(quotes, kinds, strict=True):
        if not kind:
            continue
        topic = topics[q["id"]]
        best = None
        for o in quotes:
            dist = q["content"]["start"] - o["content"]["start"]
            if o is q or abs(dist) > REACH or (kind == "content" and dist <= 0):
                continue
            if not _speaker(o) or _speaker(o) == _speaker(q) or not topic & topics[o["id"]]:
                continue
            if best is None or (abs(dist), o["content"]["start"]) < best[0]:
                best = ((abs(dist), o["content"]["start"]), o)
        if best:
            a, b = sorted((q, best[1]), key=lambda x: x["content"]["start"])
            reason = f"{_speaker(q)}: " + ("says the contrary" if kind == "content" else q["cue"]["text"])
            out.add((a["id"], b["id"], reason))
    return sorted(out)


def quote_rows(rec: dict) -> list[dict]:
    """What the cross-article rule needs of each attributed quote that names an actor besides its speaker."""
    if not rec["quotes"] or not rec.get("date"):
        return []
    ends = [m.end() for m in SENTENCE_END.finditer(rec.get("text") or "")]
    out = []
    for q in rec["quotes"]:
        topics = _topic(rec, q, ends)
        if _speaker(q) and topics:
            kind = disputing(q)
            out.append({"quote_id": q["id"], "article_id": rec["id"], "date": rec["date"], "speaker": _speaker(q),
                        "topics": sorted(topics), "start": q["content"]["start"], "text": q["content"]["text"],
                        "disputing": None if not kind else "says the contrary" if kind == "content"
                        else q["cue"]["text"]})
    return out


def across(con, ids: list[str]) -> list[list]:
    """Dispute rows (owner article, a, a_article, b, b_article, reason) between the quotes of articles `ids` and
    those of other stored articles; crossdoc_quotes already holds both."""
    from eventwire.crossdoc.stories import cosines

    cols = "quote_id, article_id, date, speaker, start, disputing, terms, weights"
    pairs = con.execute(
        f"SELECT {', '.join('n.' + c for c in cols.split(', '))}, {', '.join('o.' + c for c in cols.split(', '))} "
        f"FROM crossdoc_quotes n JOIN crossdoc_quotes o ON o.date BETWEEN n.date - {DAYS} AND n.date + {DAYS} "
        "AND o.article_id <> n.article_id AND o.speaker <> n.speaker "
        "AND (n.disputing IS NOT NULL OR o.disputing IS NOT NULL) AND list_has_any(n.topics, o.topics) "
        "WHERE n.article_id IN (SELECT unnest(?))", [ids]).fetchall()
    if not pairs:
        return []
    width = len(cols.split(", "))
    sides = [(p[:width], p[width:]) for p in pairs]
    vecs = {x[0]: (x[6], x[7]) for pair in sides for x in pair}
    out = set()
    for (n, o), cos in zip(sides, cosines([(n[0], o[0]) for n, o in sides], vecs), strict=True):
        if cos < CLOSE:
            continue
        a, b = sorted((n, o), key=lambda x: (x[2], x[1], x[4], x[0]))
        who = n if n[5] else o
        out.add((b[1], a[0], a[1], b[0], b[1], f"{who[3]}: {who[5]}"))
    return [list(r) for r in sorted(out)]
