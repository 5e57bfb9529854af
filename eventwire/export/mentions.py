"""Stored events with the article mentions behind them: what the GDELT and PLOVER exports read.

GDELT keeps one Event row per event and one Mentions row per article that reports it. Until events are merged
across articles, each stored event has exactly one mention, its own article (`per_article`); `event_mentions`
is the one place that decides, so reading merged events instead is a one-line change there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

from eventwire.store.query import query_events

CHUNK = 500  # articles read per query: event details stay small, article texts are dropped chunk by chunk


@dataclass(frozen=True)
class Mention:
    """One article's report of an event, with the offsets GDELT's Mentions table carries (-1 when absent)."""

    article_id: str
    identifier: str  # the article's URL, else the file path (or file:line) it was read from
    is_url: bool
    source_name: str  # outlet, else the URL's host, else ""
    title: str | None
    added: datetime  # when the article's row was added to the store (UTC)
    published: str | None
    doc_len: int
    sentence_index: int
    sentence_start: int
    sentence_end: int
    actor1_offset: int
    actor2_offset: int
    action_offset: int
    in_raw_text: bool  # both actors found inside the event's sentence (no coreference or context needed)


@dataclass(frozen=True)
class Reported:
    """A stored event row, its full record (actors, place) and its mentions, earliest first."""

    row: dict
    event: dict
    mentions: list[Mention]


def event_mentions(con, include_all: bool = False) -> Iterator[Reported]:
    """Every exported event with its mentions (facts only unless include_all)."""
    return per_article(con, include_all)


def per_article(con, include_all: bool = False) -> Iterator[Reported]:
    rows = query_events(con, include_all=include_all)
    details = _details(con, list(dict.fromkeys(r["article_id"] for r in rows)))
    for row in rows:
        found = details.get(row["id"])
        if found:
            yield Reported(row, found[0], [found[1]])


def _details(con, article_ids: list[str]) -> dict[str, tuple[dict, Mention]]:
    """event id -> (event record, its mention), read a chunk of articles at a time."""
    have = {d[0] for d in con.execute("SELECT * FROM articles LIMIT 0").description}
    source = "source" if "source" in have else "NULL"
    added = "added" if "added" in have else "NULL"
    now = datetime.now(UTC).replace(tzinfo=None)  # a store without `added` (Spark Parquet): the export time
    out: dict[str, tuple[dict, Mention]] = {}
    it = iter(article_ids)
    while chunk := list(islice(it, CHUNK)):
        cur = con.execute(f"SELECT id, url, {source}, outlet, title, CAST(date AS VARCHAR), {added}, text, record "
                          f"FROM articles WHERE id IN (SELECT unnest(?))", [chunk])
        for aid, url, path, outlet, title, published, when, text, record in cur.fetchall():
            text = text or ""
            for e in json.loads(record).get("events", []):
                out[e["id"]] = (e, _mention(e, aid, url, path, outlet, title, published, when or now, text))
    return out


def _mention(e: dict, aid, url, path, outlet, title, published, added, text: str) -> Mention:
    sentence = e["sentence"]
    start = _sentence_start(text, sentence, e["trigger"]["start"])
    if start >= 0:  # offsets of the sentence without the whitespace around it
        start += len(sentence) - len(sentence.lstrip())
    end = start + len(sentence.strip()) if start >= 0 else -1
    spans = [a for a in (e["source"], e.get("target")) if a]
    inside = start >= 0 and all(start <= a["start"] and a["end"] <= end for a in spans)
    return Mention(aid, url or path or "", bool(url), outlet or _host(url), title, added, published, len(text),
                   e["sentence_index"], start, end, e["source"]["start"], (e.get("target") or {}).get("start", -1),
                   e["trigger"]["start"], inside)


def _sentence_start(text: str, sentence: str, trigger: int) -> int:
    """Where the event's sentence starts in the article: the occurrence holding the trigger; -1 if none does."""
    at = text.find(sentence)
    while at >= 0:
        if at <= trigger < at + len(sentence):
            return at
        at = text.find(sentence, at + 1)
    return -1


def _host(url: str | None) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
