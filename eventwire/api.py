"""The notebook API: `eventwire.code(text_or_articles, date=...)` returns the records the CLI prints, read by
the CLI's own readers: a string as a .txt file (title line, dateline, 'Published:' line), a dict as a JSONL line."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.ingest import jsonl, pubdate, txt
from eventwire.ingest.check import check_text
from eventwire.records import Article


def read(item: str | Article | dict, where: str, date: str | None) -> Article:
    """One input as the CLI would read it; an InputError names `where` (e.g. 'item 3')."""
    if isinstance(item, Article):
        item.text, item.language = check_text(item.text, where)
        item.date = pubdate.parse_iso(item.date, where) if item.date else date
        return item
    if isinstance(item, str):
        return txt.parse(item, where, date)
    return jsonl.parse_object(item, where, date)


def code(texts: str | Article | dict | Iterable[str | Article | dict], date: str | None = None,
         model: str | None = None) -> list[dict]:
    """Code one text/article or many; dicts take the JSONL fields (id, text, title, date, url, outlet)."""
    from eventwire.pipeline import Pipeline

    date = pubdate.parse_iso(date, "date") if date else None
    items = [texts] if isinstance(texts, str | Article | dict) else list(texts)
    articles = [read(item, f"item {n}", date) for n, item in enumerate(items)]
    return list(Pipeline(model=model).code(articles))
