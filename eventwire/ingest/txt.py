"""Plain text: a first line followed by a blank line is the title; the date from a dateline or 'Published:' line."""

from __future__ import annotations

from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id


def parse(content: str, source: str, date: str | None, id: str | None = None) -> Article:
    """`id` defaults to the content hash (the API's plain strings); files pass their path id."""
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    text, lang = check_text(text, source)
    lines = text.split("\n")
    title = None
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 300:
        title = lines[0].strip()
    published = pubdate.from_text(text) or date
    return Article(id=id or content_id(text), text=text, title=title, date=published, source=source, language=lang)
