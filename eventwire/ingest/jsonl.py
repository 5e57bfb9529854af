"""JSON Lines: one article per line; `text` required; `id`, `title`, `date`, `url`, `outlet` optional.
The same object reader serves the Python API's dicts, so both agree on every field."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.errors import InputError
from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article, content_id

META = ("title", "outlet", "url")


def parse_lines(lines: Iterable[str], source: str, date: str | None, on_error=None) -> Iterator[Article]:
    seen = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{source}:{n}"
        try:
            yield parse_record(line, where, date)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
    if not seen:
        raise InputError(source, "no JSON lines to read", "empty")


def parse_record(line: str, where: str, date: str | None) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:  # "Unterminated string starting at" already ends in "at"
        at = "" if exc.msg.endswith(" at") else " at"
        raise InputError(where, f"malformed JSON ({exc.msg}{at} column {exc.colno})", "malformed JSON") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply to be an article", "malformed JSON") from None
    return parse_object(obj, where, date)


def _scalar(obj: dict, key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(where, f"'{key}' must be a string, not {type(value).__name__}", "bad field")
    return str(value)


def parse_object(obj: object, where: str, date: str | None) -> Article:
    """An article from a JSON object; without `id` it gets the content hash (docs/records.md)."""
    if not isinstance(obj, dict):
        raise InputError(where, "each line must be a JSON object", "malformed JSON")
    if "text" not in obj or obj["text"] is None:
        raise InputError(where, "missing required field 'text'", "no text")
    text, lang = check_text(obj["text"], where)
    meta = {k: _scalar(obj, k, where) for k in (*META, "id", "date")}
    published = pubdate.parse_iso(meta["date"], where) if meta["date"] else None
    published = published or pubdate.from_text(text) or date
    return Article(id=meta["id"] or content_id(text), text=text, title=meta["title"], date=published,
                   outlet=meta["outlet"], url=meta["url"], source=where, language=lang)
