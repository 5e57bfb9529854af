"""Dispatch on the file type; every failure is an InputError naming the file, reported and skipped by callers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest import html, jsonl, txt
from eventwire.records import Article

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": txt.parse, ".html": html.parse, ".htm": html.parse, ".jsonl": None, ".ndjson": None}


def expand(paths: list[str]) -> Iterator[Path | str]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_paths(paths: list[str], date: str | None = None, on_error=None) -> Iterator[Article]:
    """Yield articles in input order. `on_error(InputError)` is called for a bad input, which is skipped;
    without it the error is raised."""
    for p in expand(paths):
        try:
            if p == "-":
                yield from jsonl.parse_lines(sys.stdin, "<stdin>", date, on_error)
                continue
            yield from read_file(p, date, on_error)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def read_file(path: Path, date: str | None, on_error=None) -> Iterator[Article]:
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(name, f"unsupported file type '{suffix}' (use .txt, .html, .htm, .jsonl, .ndjson)")
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "empty file")
    if size > MAX_BYTES:
        raise InputError(name, f"file is {size // 1_048_576} MiB, over the {MAX_BYTES // 1_048_576} MiB limit")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 (byte {exc.start}): re-encode the file as UTF-8") from None
    if suffix in (".jsonl", ".ndjson"):
        yield from jsonl.parse_lines(content.splitlines(), name, date, on_error)
    else:
        yield SUFFIXES[suffix](content, name, date)
