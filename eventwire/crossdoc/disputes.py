"""Disputed accounts: a statement that says another is wrong ("has seen reports to the contrary", "denies it
supports…") is paired, within its article, with the nearest statement by another speaker about the same actors;
across articles published within DAYS of each other, with every statement by another speaker about the same
actors that shares SHARED content words. Both rules look at a pair and its article only, never at what arrived
before, so the pairs are the same whatever order articles arrive in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from eventwire import data
from eventwire.crossdoc import keys

REACH = 1500  # characters: the disputed statement is this close to the one disputing it
DAYS = 3  # across articles: published this close
SHARED = 3  # across articles: content words the two statements share (stop words aside)
CONTENT_WORD = re.compile(r"[a-z]{4,}")
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
    actors, starts = _by_start(rec)
    return {a["code"] for a in actors[bisect_left(starts, lo):bisect_right(starts, hi)] if a["code"]
            and a["end"] <= hi and not (a["start"] == s["start"] and a["end"] == s["end"])}


def _topics(rec: dict) -> dict[str, set[str]]:
    """Quote id -> its topic (kept on the record: both rules ask for every quote's)."""
    if "_topics" not in rec:
        ends = [m.end() for m in SENTENCE_END.finditer(rec.get("text") or "")]
        rec["_topics"] = {q["id"]: _topic(rec, q, ends) for q in rec["quotes"]}
    return rec["_topics"]


def _by_start(rec: dict) -> tuple[list[dict], list[int]]:
    """The record's actor mentions in text order, with their starts (kept on the record: asked once per quote)."""
    if "_by_start" not in rec:
        actors = sorted(rec["actors"], key=lambda a: a["start"])
        rec["_by_start"] = (actors, [a["start"] for a in actors])
    return rec["_by_start"]


def find_disputes(rec: dict) -> list[tuple[str, str, str]]:
    """(earlier quote id, later quote id, reason) for each disputing quote and the statement it disputes."""
    quotes = sorted(rec["quotes"], key=lambda q: (q["content"]["start"], q["id"]))
    kinds = [disputing(q) if _speaker(q) else None for q in quotes]
    if not any(kinds):
        return []
    topics = _topics(rec)
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
    out = []
    for q in rec["quotes"]:
        topics = _topics(rec)[q["id"]]
        if _speaker(q) and topics:
            kind = disputing(q)
            out.append({"quote_id": q["id"], "article_id": rec["id"], "date": rec["date"], "speaker": _speaker(q),
                        "topics": sorted(topics), "start": q["content"]["start"], "words": words(q["content"]["text"]),
                        "disputing": None if not kind else "says the contrary" if kind == "content"
                        else q["cue"]["text"]})
    return out


def across(con, quotes: list[dict]) -> None:
    """Store the disputes between `quotes` (quote_rows of the articles just placed) and those of other stored
    articles (crossdoc_quotes already holds both). Candidates come from one join on shared words driven from the
    disputing side, so the work follows the few disputing statements; each pair is written once, earlier
    statement first, owned by the later one's article. Both sides are read through date bounds written as
    constants, so DuckDB skips the row groups of other days (the work stays flat as the store grows)."""
    if not quotes:
        return
    ids = sorted({q["article_id"] for q in quotes})
    lo, hi = keys.day_sql(min(q["date"] for q in quotes)), keys.day_sql(max(q["date"] for q in quotes))
    key = "strftime({0}.date, '%Y-%m-%d') || {0}.article_id || lpad({0}.start::VARCHAR, 10, '0') || {0}.quote_id"
    con.execute(f"""
        INSERT INTO disputes (article_id, a, a_article, b, b_article, reason)
        WITH n AS (SELECT * FROM crossdoc_quotes WHERE date BETWEEN {lo} AND {hi} AND article_id IN (SELECT unnest(?))),
        o AS (SELECT * FROM crossdoc_quotes WHERE date BETWEEN {lo} - {DAYS} AND {hi} + {DAYS}),
        nw AS (SELECT quote_id, article_id, speaker, disputing IS NOT NULL AS d, unnest(words) AS w FROM n),
        ow AS (SELECT quote_id, article_id, speaker, disputing IS NOT NULL AS d, unnest(words) AS w FROM o),
        p AS (SELECT nq, na, oq, oa FROM (
                SELECT nw.quote_id nq, nw.article_id na, ow.quote_id oq, ow.article_id oa
                FROM nw JOIN ow ON nw.w = ow.w AND nw.d AND nw.speaker <> ow.speaker
                UNION ALL
                SELECT nw.quote_id, nw.article_id, ow.quote_id, ow.article_id
                FROM nw JOIN ow ON nw.w = ow.w AND ow.d AND NOT nw.d AND nw.speaker <> ow.speaker)
              WHERE na <> oa GROUP BY ALL HAVING count(*) >= {SHARED}),
        pairs AS (
            SELECT n.quote_id nq, n.article_id na, o.quote_id oq, o.article_id oa, {key.format('n')} < {key.format('o')}
                   AS first, n.speaker || ': ' || n.disputing AS nr, o.speaker || ': ' || o.disputing AS orr
            FROM p JOIN n ON n.quote_id = p.nq AND n.article_id = p.na
            JOIN o ON o.quote_id = p.oq AND o.article_id = p.oa
            WHERE o.speaker <> n.speaker AND o.date BETWEEN n.date - {DAYS} AND n.date + {DAYS}
              AND list_has_any(n.topics, o.topics))
        SELECT DISTINCT CASE WHEN first THEN oa ELSE na END, CASE WHEN first THEN nq ELSE oq END,
               CASE WHEN first THEN na ELSE oa END, CASE WHEN first THEN oq ELSE nq END,
               CASE WHEN first THEN oa ELSE na END,
               CASE WHEN first THEN coalesce(orr, nr) ELSE coalesce(nr, orr) END  -- the later one's, if disputing
        FROM pairs""", [ids])


def words(text: str) -> list[str]:
    """The statement's content words: what two statements on one matter share."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return sorted({w for w in CONTENT_WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS})
