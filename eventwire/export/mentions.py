"""Stored events with the article mentions behind them: what the GDELT and PLOVER exports read.

GDELT keeps one Event row per event and one Mentions row per article that reports it: the store's merged events
(eventwire/crossdoc) with their mentions (`merged`). `per_article` is the view without merging, each coded event its
own single mention; `event_mentions` is the one place that chooses.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

from eventwire.store.query import query_events

CHUNK = 500  # articles read per query: event details stay small, article texts are dropped chunk by chunk
PAGE = 5000  # event rows read per query


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
    in_lead: bool  # the trigger is in the headline or the lead paragraph (GDELT's IsRootEvent)


@dataclass(frozen=True)
class Reported:
    """An event row (its `id` is the exported event id), the record of its representative mention (actors, place)
    and its mentions, earliest first."""

    row: dict
    event: dict
    mentions: list[Mention]

    def actor(self, role: str) -> dict | None:
        """The row's source or target (text, name, code, country); None when the event has none."""
        a = {k: self.row.get(f"{role}_{k}") for k in ("text", "name", "code", "country")}
        return a if a["text"] or a["code"] else None

    def place(self) -> dict | None:
        """The row's place, with the country its representative mention's record gives it."""
        if not self.row.get("location"):
            return None
        loc = self.event.get("location") or {}
        return {"name": self.row["location"], "lat": self.row.get("lat"), "lon": self.row.get("lon"),
                "country": loc.get("country") if loc.get("name") == self.row["location"] else None}


def event_mentions(con, include_all: bool = False) -> Iterator[Reported]:
    """Every exported event with its mentions (facts only unless include_all). A store written before events were
    merged, and opened read-only, cannot merge them now: its events are exported one mention each, and said so."""
    import duckdb

    from eventwire.errors import StoreError

    try:
        return merged(con, include_all)
    except (StoreError, duckdb.CatalogException):
        print("eventwire: this store predates merged events: exporting each coded event as its own single mention "
              "(ingest into the store once to merge them)", file=sys.stderr)
        return per_article(con, include_all)


def merged(con, include_all: bool = False) -> Iterator[Reported]:
    """Merged events, each with the mentions that make it (near-copies of an article add none); offsets and the
    place's country come from its representative mention, the one the merged row was built from."""
    from eventwire.store.crossdoc import query_merged_events

    def page(offset: int) -> list[dict]:
        return query_merged_events(con, limit=PAGE, offset=offset, include_all=include_all)

    def reported(rows: list[dict]) -> Iterator[Reported]:
        details = _details(con, list(dict.fromkeys(m["article_id"] for r in rows for m in r["mentions"])))
        for row in rows:
            found = [details[m["mention_id"]] for m in row["mentions"] if m["mention_id"] in details]
            if found:
                rep = next((f for f in found if f[1].article_id == row["article_id"]
                            and f[0]["sentence_index"] == row["sentence_index"]), found[0])
                yield Reported(row, rep[0], [f[1] for f in found])

    return _pages(page(0), page, reported)  # the first page now: a store that cannot merge fails here


def per_article(con, include_all: bool = False) -> Iterator[Reported]:
    """Each coded event as its own single mention."""
    def page(offset: int) -> list[dict]:
        return query_events(con, limit=PAGE, offset=offset, include_all=include_all)

    def reported(rows: list[dict]) -> Iterator[Reported]:
        details = _details(con, list(dict.fromkeys(r["article_id"] for r in rows)))
        for row in rows:
            if found := details.get(row["id"]):
                yield Reported(row, found[0], [found[1]])

    return _pages(page(0), page, reported)


def _pages(rows: list[dict], page, reported) -> Iterator[Reported]:
    """Page after page of event rows (memory stays flat however large the store)."""
    offset = 0
    while rows:
        yield from reported(rows)
        offset += PAGE
        rows = page(offset) if len(rows) == PAGE else []


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
                   e["trigger"]["start"], inside, e["trigger"]["start"] < _lead_end(text, title))


def _lead_end(text: str, title: str | None) -> int:
    """Where the lead paragraph ends: the first line that is not the title (news text, and trafilatura's, keeps
    one paragraph per line)."""
    at = 0
    for m in re.finditer(r"\n", text + "\n"):
        if text[at:m.start()].strip() and text[at:m.start()].strip() != (title or "").strip():
            return m.start()
        at = m.end()
    return len(text)


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
