"""One cached loader for the package's data files, so every table is read once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("eventwire") / "data"))


def path(name: str) -> Path:
    return DATA / name


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, skipping '#' comments, blank lines and a header starting with its first column."""
    return tuple(read_tsv(DATA / name))


def read_tsv(p: Path) -> list[tuple[str, ...]]:
    return [row for _, row in numbered_tsv(p)]


def numbered_tsv(p: Path) -> list[tuple[int, tuple[str, ...]]]:
    """(line number, row) pairs, so a rule read from a file can say where it stands."""
    out = []
    with open(p, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            row = line.rstrip("\r\n").split("\t")
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            out.append((n, tuple(c.strip() for c in row)))
    return out


@cache
def schema() -> dict:
    return json.loads((DATA / "schema" / "record.schema.json").read_text(encoding="utf-8"))
