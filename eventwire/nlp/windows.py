"""Long articles in bounded pieces. The parser's memory grows with the text it is given, and some coding steps
compare every mention with every other, so an article over WINDOW characters is parsed and coded window by
window (paragraph-aligned) and the windows' records are merged into one whose offsets are the article's own:
time and memory stay linear in its length. People named in one window are still known in the next (the
pipeline's memory of names); a pronoun is resolved within its window."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire.records import Article

WINDOW = 20_000  # characters per window: long enough for any paragraph, small enough to keep memory flat
PARSE_CHARS = 100_000  # characters of one long article's windows handed to the parser at once


@dataclass
class Piece:
    """What one Doc is: the whole `article`, or window `k` of `n` of it starting at character `start`
    (`part` is then the window as an article of its own, with id "ID#k")."""

    article: Article
    part: Article
    k: int = 0
    n: int = 1
    start: int = 0


def cut(text: str, size: int = WINDOW) -> list[str]:
    """Consecutive slices of `text` (joined they give `text` back), each at most `size` characters, ending
    after a line break where one falls in the window's second half, else after a sentence end or a space."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        half = start + size // 2
        at = text.rfind("\n", half, end)
        if at < 0:
            at = max(text.rfind(". ", half, end), text.rfind(" ", half, end))
        end = at + 1 if at >= 0 else end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def pipe_pieces(nlp, articles: Iterable[Article], batch_size: int, size: int = WINDOW) -> Iterator[tuple[Doc, Piece]]:
    """(Doc, Piece) in input order, windows of one article consecutive. Short articles go to the parser
    `batch_size` at a time; a long article's windows PARSE_CHARS' worth at a time, so memory stays flat."""
    short: list[Article] = []

    def flush() -> Iterator[tuple[Doc, Piece]]:
        batch = short[:]
        short.clear()
        yield from nlp.pipe(((a.text, Piece(a, a)) for a in batch), as_tuples=True, batch_size=batch_size)

    for art in articles:
        if len(art.text) <= size:
            short.append(art)
            if len(short) >= batch_size:
                yield from flush()
            continue
        yield from flush()
        parts, start, pieces = cut(art.text, size), 0, []
        for k, text in enumerate(parts):
            pieces.append((text, Piece(art, replace(art, id=f"{art.id}#{k}", text=text), k, len(parts), start)))
            start += len(text)
        yield from nlp.pipe(pieces, as_tuples=True, batch_size=max(1, PARSE_CHARS // size))
    yield from flush()


def _shift(value, chars: int, seen: set[int]) -> None:
    """Every span ({text, start, end}) moved by `chars`, in place, however deep in the record; a span shared
    by two places (an actor mention that is also an event's source) moves once."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            value["start"] += chars
            value["end"] += chars
        for v in value.values():
            _shift(v, chars, seen)
    elif isinstance(value, list):
        for v in value:
            _shift(v, chars, seen)


def merge(article: Article, parts: list[tuple[dict, Piece, int]]) -> dict:
    """One record from the windows' (record, piece, sentences in the window), in article coordinates."""
    merged = {"id": article.id, "title": article.title, "date": article.date, "outlet": article.outlet,
              "url": article.url, "actors": [], "events": [], "quotes": []}
    sentences = 0
    for rec, piece, count in parts:
        _shift(rec, piece.start, set())
        for e in rec["events"]:
            e["sentence_index"] += sentences
        for key in ("actors", "events", "quotes"):
            merged[key] += rec[key]
        sentences += count
    return merged
