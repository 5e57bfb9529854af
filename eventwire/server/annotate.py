"""An article's text as HTML with its actors, event triggers and quotes marked: overlapping marks (an actor inside a
quote) are cut into segments, each listing every mark that covers it, so hovering shows all of them."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from eventwire.events.ontology import lookup


def _who(a: dict | None) -> str:
    if not a:
        return "-"
    name = a.get("name") or a["text"]
    return f"{name} [{a.get('code') or 'uncoded'}]" + (f" (“{a['text']}”)" if a.get("name") and
                                                         a["text"] != a["name"] else "")


def _cameo_name(code: str) -> str:
    try:
        return lookup(code).name
    except (KeyError, ValueError):
        return ""


def rule_text(rule) -> str:
    """The coder's `rule` (a string, or which pattern and which argument links fired) on one line."""
    if isinstance(rule, dict):
        return " · ".join(f"{k}: {v}" for k, v in rule.items() if v)
    return str(rule)


def event_tip(e: dict) -> list[str]:
    fact = "negated" if e["negated"] else ("asserted" if e["modality"] == "asserted" else e["modality"])
    plover = " / ".join(x for x in (e["plover"]["type"], e["plover"]["mode"]) if x) or "-"
    lines = [f"event {e['code']} {_cameo_name(e['code'])}", f"PLOVER {plover} · QuadClass {e['quad_class']} · "
             f"Goldstein {e['goldstein']}", f"{_who(e['source'])} → {_who(e['target'])}",
             f"date {e['date'] or 'unknown'} ({e['date_precision']}) · {fact}"]
    if e.get("location"):
        lines.append(f"where {e['location']['name']}")
    if e.get("reported_by"):
        lines.append(f"reported by {_who(e['reported_by'])}")
    if e.get("rule"):
        lines.append(f"rule {rule_text(e['rule'])}")
    return lines


def quote_tip(q: dict) -> list[str]:
    lines = [f"{q['kind']} quote", f"speaker {_who(q['speaker'])}"]
    if q.get("cue"):
        lines.append(f"cue “{q['cue']['text']}”")
    if q.get("relayed_by"):
        lines.append("relayed by " + " → ".join(r.get("name") or r["text"] for r in q["relayed_by"]))
    return lines


def actor_tip(a: dict) -> list[str]:
    lines = [f"actor {a.get('name') or '(unresolved)'} [{a.get('code') or 'uncoded'}]"]
    if a.get("rule"):
        lines.append(f"rule {rule_text(a['rule'])}")
    return lines


def marks(rec: dict) -> tuple[list[tuple[int, int, str, str]], dict[str, dict]]:
    """(start, end, kind, mark id) for every span, and mark id -> {kind, lines} for the hover box."""
    spans, tips = [], {}
    for i, a in enumerate(rec.get("actors", [])):
        spans.append((a["start"], a["end"], "actor", f"a{i}"))
        tips[f"a{i}"] = {"kind": "actor", "lines": actor_tip(a)}
    for i, e in enumerate(rec.get("events", [])):
        spans.append((e["trigger"]["start"], e["trigger"]["end"], "trigger", f"e{i}"))
        tips[f"e{i}"] = {"kind": "event", "lines": event_tip(e), "id": e["id"]}
    for i, q in enumerate(rec.get("quotes", [])):
        spans.append((q["content"]["start"], q["content"]["end"], "quote", f"q{i}"))
        if q.get("cue"):
            spans.append((q["cue"]["start"], q["cue"]["end"], "cue", f"q{i}"))
        tips[f"q{i}"] = {"kind": "quote", "lines": quote_tip(q)}
    return spans, tips


def annotate(rec: dict) -> tuple[Markup, dict[str, dict]]:
    """The article text with `<span class="hl hl-KIND…" data-m="ids">` around every marked segment."""
    text = rec.get("text") or ""
    spans, tips = marks(rec)
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text)} | {s[0] for s in spans} | {s[1] for s in spans})
    event_ids = {f"e{i}": e["id"] for i, e in enumerate(rec.get("events", []))}
    anchored: set[str] = set()
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        cover = [s for s in spans if s[0] <= lo and hi <= s[1]]
        piece = escape(text[lo:hi])
        if not cover:
            out.append(piece)
            continue
        kinds = " ".join(sorted({f"hl-{s[2]}" for s in cover}))
        ids = " ".join(dict.fromkeys(s[3] for s in cover))
        anchor = ""
        for s in cover:  # the first segment of a trigger is where an events row links to
            if s[2] == "trigger" and s[3] not in anchored:
                anchored.add(s[3])
                anchor = f' id="e-{escape(event_ids[s[3]])}"'
                break
        out.append(f'<span class="hl {kinds}" data-m="{ids}"{anchor}>{piece}</span>')
    return Markup("".join(out)), tips
