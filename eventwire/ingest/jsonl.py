"""JSON Lines: one article per line; `id` and `text` required; `title`, `date`, `url`, `outlet` optional."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.errors import InputError
from eventwire.ingest import pubdate
from eventwire.ingest.check import check_text
from eventwire.records import Article


def parse_lines(lines: Iterable[str], source: str, date: str | None, on_error=None) -> Iterator[Article]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield parse_record(line, where, date)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def parse_record(line: str, where: str, date: str | None) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(where, "each line must be a JSON object")
    missing = [k for k in ("id", "text") if not obj.get(k)]
    if missing:
        raise InputError(where, f"missing required field(s) {', '.join(missing)}")
    if not isinstance(obj["text"], str):
        raise InputError(where, "'text' must be a string")
    text = check_text(obj["text"], where)
    published = pubdate.parse_iso(obj["date"], where) if obj.get("date") else None
    published = published or pubdate.from_text(text) or (pubdate.parse_iso(date, "--date") if date else None)
    return Article(
        id=str(obj["id"]), text=text, title=obj.get("title"), date=published, outlet=obj.get("outlet"),
        url=obj.get("url"), source=where,
    )
