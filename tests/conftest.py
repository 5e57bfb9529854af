"""Shared fixtures: one model load per session; gold data from ../shared only where it exists."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def needs_shared(sub: str) -> Path:
    p = SHARED / sub
    if not p.exists():
        pytest.skip(f"{p} is absent: development data lives beside the repository, not in a user's clone")
    return p


@pytest.fixture(scope="session")
def pipe():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code(pipe):
    """code(text, date) -> record, through the same pipeline as the CLI."""
    from eventwire.records import Article, content_id

    def run(text: str, date: str | None = "2021-10-08") -> dict:
        return next(pipe.code([Article(id=content_id(text), text=text, date=date)]))

    return run


def events_of(rec: dict, root: str | None = None, facts: bool = True) -> list[dict]:
    out = [e for e in rec["events"] if root is None or e["root"] == root]
    if facts:
        out = [e for e in out if not e["negated"] and e["modality"] == "asserted"]
    return out


def said(rec: dict, root: str | None = None) -> list[dict]:
    """Asserted events, whether the gate kept them or withheld them as uncertain."""
    return [e for e in events_of(rec, root, facts=False) if not e["negated"] and e["modality"] in ("asserted", "uncertain")]


def dyads(rec: dict, root: str | None = None) -> list[tuple]:
    """(source code, CAMEO code, target code) of every asserted event, kept or withheld."""
    return [((e["source"] or {}).get("code"), e["code"], (e["target"] or {}).get("code")) for e in said(rec, root)]
