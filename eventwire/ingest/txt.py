"""Plain text: UTF-8; a first line followed by a blank line is the title."""

from __future__ import annotations

from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id


def parse(content: str, source: str, date: str | None) -> Article:
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, source)
    lines = text.split("\n")
    title = None
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 300:
        title = lines[0].strip()
    published = pubdate.from_text(text) or (pubdate.parse_iso(date, "--date") if date else None)
    return Article(id=content_id(text), text=text, title=title, date=published, source=source)
