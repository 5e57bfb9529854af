"""How each actor's code was reached, in words a user can check: the dictionary entry (with its dates) that
matched, the antecedent of a pronoun or description, the context that gave a sector actor its country, or
the sector noun alone. Written into every actor record as `how`."""

from __future__ import annotations

from eventwire.actors.coref import PRONOUNS
from eventwire.records import doc_text


def annotate(doc, found) -> None:
    """Set `how` on every mention of the article, in place (events share these dicts)."""
    resolved = {id(m) for tok in found.antecedents for m in found.heads.get(tok, [])}  # pronouns, descriptions
    for a in found.mentions:
        a["how"] = how(doc, a, found.match, id(a) in resolved)


def how(doc, a: dict, match: dict, resolved: bool = False) -> str:
    text = doc_text(doc)[a["start"]:a["end"]].lower()
    if text in PRONOUNS or resolved:
        return f"coreference: refers to {a.get('name') or a.get('code') or 'an earlier mention'}"
    span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
    entries = {match[i][2] for i in range(span.start, span.end) if i in match} if span is not None else set()
    parts = [f"{e.kind} '{e.text}' -> {e.code}" + (f" ({e.start or '…'} to {e.end or '…'})" if e.start or e.end else "")
             for e in sorted(entries, key=lambda e: e.text)]
    said = "dictionary: " + "; ".join(parts) if parts else ""
    if said and a.get("sector") and not any(a["sector"] in e.code for e in entries):
        said += f"; {a['sector']} from the words of the phrase"  # "Pakistan's ambassador": country + title
    if a.get("context"):
        said = (said + "; " if said else "sector noun; ") + f"country from context: {a['context']}"
    if said:
        return said
    if a.get("name") and not a.get("code"):
        return "a person or name the dictionaries do not know"
    return "sector noun" if a.get("sector") else "uncoded"

