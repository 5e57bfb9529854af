"""Rich tables of one coded article, for `eventwire code --format table`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _actor(a: dict | None) -> str:
    if not a:
        return ""
    return f"{a.get('name') or a['text']} [{a.get('code') or '-'}]"


def print_record(rec: dict, console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"{rec['title'] or rec['id']}  ({rec['date'] or 'date unknown'})")
    ev = Table("source", "code", "PLOVER", "target", "date", "where", "trigger", "fact", title="events")
    for e in rec["events"]:
        fact = "no" if e["negated"] else ("yes" if e["modality"] == "asserted" else e["modality"])
        ev.add_row(_actor(e["source"]), e["code"], e["plover"]["type"] or "", _actor(e["target"]), e["date"] or "",
                   (e["location"] or {}).get("name") or "", e["trigger"]["text"], fact)
    console.print(ev)
    qt = Table("speaker", "kind", "cue", "content", "relayed by", title="quotes")
    for q in rec["quotes"]:
        qt.add_row(_actor(q["speaker"]), q["kind"], (q["cue"] or {}).get("text") or "", q["content"]["text"][:120],
                   ", ".join(r.get("name") or r["text"] for r in q["relayed_by"]))
    console.print(qt)
    people = Table("mention", "name", "code", title="actors")
    for a in rec["actors"]:
        if a["name"] or a["code"]:
            people.add_row(a["text"][:50], a["name"] or "", a["code"] or "")
    console.print(people)
