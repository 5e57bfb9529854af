"""Our own gold, as JSONL: one sentence per line, or one article per line beside `articles/ID.txt`.

A sentence line: {"id", "date", "text", "events": [EVENT], "actors": [{"text", "code"}], "not_events": [NOT],
"not_actors": [TEXT]}; an article line: {"id", "date", "events": [EVENT + "sentence"], "not_events": [...]}
and its text in `articles/<id>.txt` read as `eventwire code` reads it. EVENT is {"source", "root", "code"?,
"target", "date", "symmetric"?, "optional"?}; NOT is an event a naive coder would store but the text does not
assert ({"source", "root", "target", "kind": negated|hypothetical|intended|sense|dictionary|argument}).
Codes may list alternatives ("JPNSPY|JPNGOV"); "*" accepts anything. Format and conventions: docs/evaluation.md.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from eventwire.errors import InputError
from eventwire.records import Article

NOT_KINDS = {"negated", "hypothetical", "intended", "sense", "dictionary", "argument"}
ACTOR_CODE = re.compile(r"^[A-Z]{3,}$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def read(path: Path) -> list[dict]:
    """Gold rows in file order; a line that is not a JSON object with an id is an InputError naming the file."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("events"), list):
            raise InputError(str(path), f"line {n}: a gold line needs an id and an events list")
        rows.append(row)
    if not rows:
        raise InputError(str(path), "no gold lines")
    return rows


def is_articles(rows: list[dict]) -> bool:
    return all("text" not in r for r in rows)


def articles(path: Path, rows: list[dict]) -> list[Article]:
    """The Article each row scores: its text, or its .txt file read the way `eventwire code` reads it."""
    if not is_articles(rows):
        return [Article(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    from eventwire.ingest.read import read_file

    out = []
    for r in rows:
        f = path.parent / "articles" / f"{r['id']}.txt"
        art = next(read_file(f, None))  # the text's own date, as `eventwire code FILE` finds it
        out.append(Article(id=r["id"], text=art.text, title=art.title, date=art.date))
    return out


def _check_date(value, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str) or not DATE.match(value):
        return [f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"]
    try:
        date.fromisoformat(value + "-01" * (2 - value.count("-")))
    except ValueError:
        return [f"{where}: date {value!r} does not exist"]
    return []


def _check_actor(value, where: str, countries: set[str], nullable: bool) -> list[str]:
    if value is None:
        return [] if nullable else [f"{where}: code missing"]
    bad = [a for a in str(value).split("|") if a != "*" and not (ACTOR_CODE.match(a) and a[:3] in countries)]
    return [f"{where}: actor code {a!r} does not start with a country (ISO 3166) or IGO/NGO/IMG/MNC" for a in bad]


def _check_root(e: dict, where: str, cameo: set[str]) -> list[str]:
    out = [f"{where}: root {r!r} is not a CAMEO root" for r in str(e.get("root")).split("|")
           if r != "*" and not (len(r) == 2 and r in cameo)]
    if e.get("code") and e["code"] not in cameo:
        out.append(f"{where}: code {e['code']!r} is not in data/cameo/codes.tsv")
    elif e.get("code") and e.get("root") and e["code"][:2] not in str(e["root"]).split("|"):
        out.append(f"{where}: code {e['code']} is not under root {e['root']}")
    return out


def validate(path: Path, rows: list[dict]) -> list[str]:
    """Every problem in the gold: unknown CAMEO codes, malformed actor codes or dates, mentions or snippets
    missing from their text, article files absent."""
    from eventwire.eval.match import countries as known
    from eventwire.events.ontology import codes

    cameo, countries = set(codes()), set(known())
    problems: list[str] = []
    arts = {a.id: a for a in articles(path, rows)}
    texts = {i: a.text for i, a in arts.items()}
    problems += [f"{i}: the text's own date {a.date} is not the gold date {r.get('date')}"
                 for r in rows for i, a in [(r["id"], arts[r["id"]])] if r.get("date") and a.date != r["date"]]
    for r in rows:
        rid, text = r["id"], texts[r["id"]]
        problems += _check_date(r.get("date"), rid)
        for i, e in enumerate(r["events"] + r.get("not_events", [])):
            where = f"{rid} event {i}"
            problems += _check_root(e, where, cameo)
            problems += _check_actor(e.get("source"), where + " source", countries, False)
            problems += _check_actor(e.get("target"), where + " target", countries, True)
            problems += _check_date(e.get("date"), where)
            if "kind" in e and e["kind"] not in NOT_KINDS:
                problems.append(f"{where}: kind {e['kind']!r} is not one of {sorted(NOT_KINDS)}")
            if "sentence" in e and text.count(e["sentence"]) != 1:
                problems.append(f"{where}: sentence snippet {e['sentence']!r} is not once in the text")
        for a in r.get("actors", []):
            problems += _check_actor(a.get("code"), f"{rid} actor {a.get('text')!r}", countries, False)
            if a.get("text") not in text:
                problems.append(f"{rid}: actor mention {a.get('text')!r} is not in the text")
        problems += [f"{rid}: not_actor {t!r} is not in the text" for t in r.get("not_actors", []) if t not in text]
    return problems
