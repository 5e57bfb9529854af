"""The notebook API: `eventwire.code(text_or_articles, date=...)` returns the records the CLI prints."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id


def code(texts: str | Article | dict | Iterable[str | Article | dict], date: str | None = None, model: str | None = None) -> list[dict]:
    """Code one text/article or many; dicts take the JSONL fields (id, text, title, date, url, outlet)."""
    from eventwire.pipeline import Pipeline

    items = [texts] if isinstance(texts, str | Article | dict) else list(texts)
    articles = []
    for n, item in enumerate(items):
        if isinstance(item, Article):
            articles.append(item)
            continue
        obj = {"text": item} if isinstance(item, str) else dict(item)
        text = check_text(obj.get("text", ""), f"item {n}")
        articles.append(Article(id=str(obj.get("id") or content_id(text)), text=text, title=obj.get("title"),
                                date=obj.get("date") or date, url=obj.get("url"), outlet=obj.get("outlet")))
    return list(Pipeline(model=model).code(articles))
