"""The record contract (docs/records.md, data/schema/record.schema.json): plain dicts built here only."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

SECTORS = {
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "CVL", "BUS", "SPY", "REF", "EDU", "ACT",
    "PTY", "REL", "IGO", "NGO", "CRM", "HLH", "LAB", "AGR", "ELI", "UAF", "IMG", "SET",
}


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date of publication, or None when unknown
    outlet: str | None = None
    url: str | None = None
    source: str = "-"  # where it was read from, for messages
    language: str | None = None  # ISO 639-1 code when the text is long enough to tell, else None
    extra: dict = field(default_factory=dict)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def content_id(text: str) -> str:
    """Same article text (up to whitespace and Unicode form) -> same id."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


def span(text: str, start: int, end: int) -> dict:
    return {"text": text[start:end], "start": start, "end": end}


@lru_cache(maxsize=4096)  # every actor record splits its code, and the codes are a few hundred
def split_code(code: str | None) -> tuple[str | None, str | None, str | None]:
    """'AFGGOVTAL' -> ('AFG', 'GOV', 'TAL'); 'REBISI' -> (None, 'REB', 'ISI'); 'IGOUNO' -> (None, 'IGO', None)."""
    if not code:
        return None, None, None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = None
    if chunks[0] not in SECTORS:
        country = chunks.pop(0)
    sector = chunks.pop(0) if chunks and chunks[0] in SECTORS else None
    if sector in ("IGO", "NGO"):
        return None, sector, None
    group = chunks[0] if chunks and chunks[0] not in SECTORS else None
    return country, sector, group


def country_or_code(a: dict | None) -> str | None:
    """The state an actor stands for, else its code (an IGO or a group): the side an act is between."""
    return (a or {}).get("country") or (a or {}).get("code")


def join_code(country: str | None, sector: str | None, group: str | None) -> str | None:
    code = "".join(c for c in (country, sector, group) if c)
    return code or None


def actor(text: str, start: int, end: int, name: str | None = None, code: str | None = None) -> dict:
    country, sector, group = split_code(code)
    return {
        "text": text[start:end], "start": start, "end": end, "name": name, "code": code,
        "country": country, "sector": sector, "group": group,
    }


def mention_head(doc, a: dict):
    """The token heading an actor mention's phrase (None when its offsets cut a token); kept per Doc by offsets,
    for every rule asks it of the same mentions."""
    heads = once(doc, "mention_heads", lambda d: {})
    key = (a["start"], a["end"])
    if key not in heads:
        span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
        heads[key] = span.root.i if span is not None else None
    i = heads[key]
    return doc[i] if i is not None else None


def event_id(article_id: str, sentence_index: int, trigger_start: int, src: dict | None, tgt: dict | None) -> str:
    # codes too: "Indian and Pakistani troops" is one phrase (one start) naming two actors
    key = f"{article_id}|{sentence_index}|{trigger_start}|" + "|".join(
        f"{(a or {}).get('start')}:{(a or {}).get('code')}" for a in (src, tgt))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


_NAMES: dict[str, str] = {}  # key -> "eventwire_" + key, one string each: its hash is computed once, not per ask


def once(doc, key: str, build):
    """`build(doc)`, computed on first use and kept on the Doc: spaCy rebuilds text, entities, sentences
    and every derived view from all tokens on each access, and the coders ask many times per Doc."""
    cache = doc.user_data
    name = _NAMES.get(key) or _NAMES.setdefault(key, "eventwire_" + key)
    try:
        return cache[name]  # asked ~70 times per sentence: one lookup when it is there
    except KeyError:
        pass
    value = cache[name] = build(doc)
    return value


def doc_text(doc) -> str:
    return once(doc, "text", lambda d: d.text)


def doc_ents(doc) -> tuple:
    return once(doc, "ents", lambda d: tuple(d.ents))


def doc_sents(doc) -> list:
    return once(doc, "sents", lambda d: list(d.sents))
