"""Why each code: for every sentence, the parse, the actors and how each was coded, every candidate trigger with
the patterns tried, the arguments considered and chosen, the pairs refused and why, and the events stored
with their rule. The CLI prints it (`eventwire explain`); the record's own `rule` fields say the same per event."""

from __future__ import annotations

from eventwire.events.words import CONDITION_MARKS, FUTURE_AUX, HYPOTHETICAL_AUX
from eventwire.records import Article, doc_sents


def explain(pipe, art: Article, sentence: int | None = None) -> list[dict]:
    """One dict per sentence (or only sentence `sentence`), from the same pipeline the CLI codes with."""
    doc = pipe.nlp(art.text)
    pipe.events.trace = trace = []
    try:
        rec = pipe.record(doc, art)
    finally:
        pipe.events.trace = None
    out = []
    for i, sent in enumerate(doc_sents(doc)):
        if sentence is not None and i != sentence:
            continue
        lo, hi = sent.start_char, sent.end_char
        inside = [t for t in trace if lo <= t.get("at", -1) < hi]
        out.append({
            "index": i,
            "text": sent.text,
            "parse": [[t.i - sent.start, t.text, t.lemma_, t.pos_, t.dep_, t.head.i - sent.start] for t in sent],
            "actors": [a for a in rec["actors"] if lo <= a["start"] < hi],
            "triggers": [t for t in inside if "tried" in t],
            "arguments": [t for t in inside if "candidates" in t],
            "refused": [t for t in inside if "refused" in t],
            "events": [e for e in rec["events"] if e["sentence_index"] == i],
            "cues": [{"word": t.text, "role": t.dep_} for t in sent if t.dep_ == "neg" or (
                t.dep_ in ("aux", "mark") and t.lower_ in CUES)],
        })
    return out


# the words modality.py reads as mood: auxiliaries of possibility and future, marks of condition
CUES = HYPOTHETICAL_AUX | FUTURE_AUX | CONDITION_MARKS


def render(sentences: list[dict]) -> str:
    """A compact text view for the terminal."""
    lines = []
    for s in sentences:
        lines.append(f"[{s['index']}] {s['text']}")
        lines.append("  parse: " + " ".join(f"{w}/{dep}>{head}" for _, w, _, _, dep, head in s["parse"]))
        for a in s["actors"]:
            lines.append(f"  actor  {a['text']!r} -> {a['code'] or '-'}  ({a['how']})")
        for t in s["triggers"]:
            verdict = f"chose {t['chosen']}" if t["chosen"] else "no pattern chosen"
            lines.append(f"  trigger {t['trigger']!r}: tried {len(t['tried'])} pattern(s); {verdict}"
                         + (f"; skipped: {t['skipped']}" if t.get("skipped") else ""))
        for t in s["arguments"]:
            lines.append(f"  target of {t['trigger']!r}: candidates {t['candidates']} -> chose {t['chose']}")
        for t in s["refused"]:
            lines.append(f"  refused {t['source']!r} {t['code']} {t['target']!r}: {t['refused']}")
        for c in s["cues"]:
            lines.append(f"  cue    {c['word']!r} ({c['role']})")
        for e in s["events"]:
            src, tgt = e["source"], e["target"] or {}
            fact = "fact" if not e["negated"] and e["modality"] == "asserted" else \
                ("negated" if e["negated"] else e["modality"])
            lines.append(f"  EVENT  {src['code'] or src['text']} {e['code']} {tgt.get('code') or tgt.get('text') or '-'}"
                         f" [{fact}, {e['date'] or 'undated'}, confidence {e.get('confidence', '-')}]"
                         f" rule: {e['rule']['trigger']}; source {e['rule']['source']};"
                         f" target {e['rule']['target']}"
                         + (f"; withheld: {e['rule']['withheld']}" if e["rule"].get("withheld") else ""))
    return "\n".join(lines)
