"""Long articles in bounded pieces: the parser's memory grows with the text it is given (spaCy refuses more
than `nlp.max_length` characters), so an article over WINDOW characters is parsed in paragraph-aligned windows
and the window Docs are joined back into one Doc whose text and offsets are the article's own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from eventwire.records import Article

WINDOW = 20_000  # characters per parse: long enough for any paragraph, small enough to keep memory flat


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


def pipe_articles(nlp, articles: Iterable[Article], batch_size: int, size: int = WINDOW) -> Iterator[tuple[Doc, Article]]:
    """(Doc, article) in input order, like `nlp.pipe(..., as_tuples=True)`, parsing long texts window by window."""

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int]]]:
        for art in articles:
            parts = cut(art.text, size) if len(art.text) > size else [art.text]
            for k, part in enumerate(parts):
                yield part, (art, k, len(parts))

    held: list[Doc] = []
    for doc, (art, k, n) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        if n == 1:
            yield doc, art
            continue
        held.append(doc)
        if k == n - 1:
            yield Doc.from_docs(held, ensure_whitespace=False), art
            held = []
