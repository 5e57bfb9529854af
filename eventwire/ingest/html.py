"""HTML through trafilatura: main text, title, date, site name and URL. Markup trafilatura cannot walk
(nested thousands deep, past lxml's depth limit) falls back to the text of its paragraphs and headings."""

from __future__ import annotations

from html.parser import HTMLParser

from eventwire.errors import InputError
from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id

# markup per page: trafilatura's time grows faster than the page (about 10 s per million characters of dense
# markup here), and no news article needs more; measured in docs/reliability.md
MAX_HTML = 2_000_000


class _Text(HTMLParser):
    """Visible text with a line break at every block element; no tree, so no depth limit."""

    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "article", "section"}
    HIDDEN = {"head", "script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def plain_text(content: str) -> str:
    parser = _Text()
    parser.feed(content)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def parse(content: str, source: str, date: str | None, id: str | None = None) -> Article:
    import trafilatura

    if "<" not in content:
        raise InputError(source, "not HTML (no tags); save it as .txt", "malformed HTML")
    if len(content) > MAX_HTML:
        raise InputError(source, f"HTML page is {len(content) / 1e6:.1f} million characters, over the "
                                 f"{MAX_HTML // 1_000_000} million limit for one page; save the article text as .txt",
                         "too long")
    try:  # htmldate's extensive search and the fallback extractors take minutes on pages of many megabytes
        doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False,
                                         fast=len(content) > 500_000,
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:  # trafilatura raises many kinds on broken or deeply nested markup
        doc = None
    if doc is None or not (doc.text or "").strip():
        text, title, found, outlet, url = plain_text(content), None, None, None, None
        if not text.strip():
            raise InputError(source, "no article text found in the HTML", "no text")
    else:
        text, title, found, outlet, url = doc.text, doc.title, doc.date, doc.sitename, doc.url
    text, lang = check_text(text, source)
    published = pubdate.parse_iso(found, source) if found else None
    published = published or pubdate.from_text(text) or date
    return Article(id=id or content_id(text), text=text, title=title, date=published, outlet=outlet, url=url, source=source,
                   language=lang)
