"""Dispatch on the file type; every failure is an InputError naming the file, reported and skipped by callers."""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest import html, jsonl, pubdate, txt
from eventwire.records import Article

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": txt.parse, ".html": html.parse, ".htm": html.parse, ".jsonl": None, ".ndjson": None}
KINDS = ", ".join(SUFFIXES)


def path_id(path: Path) -> str:
    """A file's article id: a hash of its absolute path, so an edited file replaces its rows (docs/records.md)."""
    return hashlib.sha1(f"file:{path.resolve()}".encode()).hexdigest()[:16]


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under `folder`, sorted, following symlinked folders once each (a link loop ends)."""
    seen: set[str] = set()
    found = []
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        found += [Path(root) / f for f in files if Path(f).suffix.lower() in SUFFIXES]
    yield from sorted(found)


def expand(paths: list[str]) -> Iterator[Path | str]:
    """Input files in order; a URL, a missing path or a folder with nothing readable is an InputError."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        if "://" in p:
            raise InputError(p, "URLs are not fetched: save the page as .html and pass the file", "missing")
        path = Path(p)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                raise InputError(p, f"no readable files in this folder ({KINDS})", "missing")
            yield from files
        elif not path.exists():
            raise InputError(p, "no such file or folder", "missing")
        else:
            yield path


def read_paths(paths: list[str], date: str | None = None, on_error=None) -> Iterator[Article]:
    """Yield articles in input order. `on_error(InputError)` is called for a bad input, which is skipped;
    without it the error is raised. A `date` that is not YYYY-MM-DD is raised at once, whatever on_error."""
    date = pubdate.parse_iso(date, "--date") if date else None
    for p in _each(paths, on_error):
        try:
            if p == "-":
                yield from jsonl.parse_lines(sys.stdin, "<stdin>", date, on_error)
                continue
            yield from read_file(p, date, on_error)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def _each(paths: list[str], on_error) -> Iterator[Path | str]:
    for p in paths:
        try:
            yield from expand([p])
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is one line saying what to do."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "broken UTF-16: re-encode the file as UTF-8", "encoding") from None
    head = raw[:8192]
    if b"\x00" in head:
        if len(head) > 16 and head.count(b"\x00") * 3 > len(head):
            odd = head[1::2].count(b"\x00") > head[0::2].count(b"\x00")
            raise InputError(name, f"looks like UTF-16{'LE' if odd else 'BE'} without a byte-order mark: "
                                   "re-encode the file as UTF-8", "encoding")
        raise InputError(name, "binary file (NUL bytes), not text", "binary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 (byte {exc.start}): re-encode the file as UTF-8", "encoding") from None


def read_file(path: Path, date: str | None, on_error=None) -> Iterator[Article]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(name, f"unsupported file type '{suffix}' (use {KINDS})", "unsupported type")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file is {size // 1_048_576} MiB, over the {MAX_BYTES // 1_048_576} MiB limit",
                             "too long")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})", "unreadable") from None
    if not raw.strip():
        raise InputError(name, "empty file", "empty")
    content = decode(raw, name)
    if suffix in (".jsonl", ".ndjson"):
        yield from jsonl.parse_lines(content.split("\n"), name, date, on_error)
    else:
        yield SUFFIXES[suffix](content, name, date, path_id(path))


def count_inputs(paths: list[str]) -> int | None:
    """How many articles the inputs hold at most (files, plus non-blank JSONL lines), for a progress total;
    None when reading stdin. Unreadable inputs are counted as one and reported later by the reader."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            files = list(expand([p]))
        except InputError:
            continue
        for f in files:
            if isinstance(f, Path) and f.suffix.lower() in (".jsonl", ".ndjson"):
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
