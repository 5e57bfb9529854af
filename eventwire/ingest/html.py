"""HTML through trafilatura: main text, title, date, site name and URL."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id


def parse(content: str, source: str, date: str | None) -> Article:
    import trafilatura

    if "<" not in content:
        raise InputError(source, "not HTML (no tags); save it as .txt")
    try:
        doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"malformed HTML ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(source, "no article text found in the HTML")
    text = check_text(doc.text, source)
    published = None
    if doc.date:
        published = pubdate.parse_iso(doc.date, source)
    published = published or pubdate.from_text(text) or (pubdate.parse_iso(date, "--date") if date else None)
    return Article(
        id=content_id(text), text=text, title=doc.title, date=published, outlet=doc.sitename, url=doc.url, source=source
    )
