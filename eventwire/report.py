"""A self-contained HTML report over the store: timeline, dyad chart, actor network, annotated articles.

Pure HTML and inline SVG, no scripts or network: it opens offline and prints as it looks.
"""

from __future__ import annotations

import json
import math
from html import escape
from pathlib import Path

from eventwire.store.query import summary

QUAD_COLOURS = {1: "#2e7d32", 2: "#66bb6a", 3: "#ef6c00", 4: "#c62828"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}svg{background:#fafafa}
.actor{background:#e3f2fd;border-radius:3px}.trigger{background:#ffe082;font-weight:600}
.quote{border-bottom:2px solid #8e24aa}.legend span{display:inline-block;margin-right:1em}
article{border:1px solid #eee;padding:.5em 1em;margin:1em 0;white-space:pre-wrap}
table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}"""


def write_report(con, out: str) -> Path:
    s = summary(con)
    records = [json.loads(r[0]) | {"text": r[1]} for r in
               con.execute("SELECT record, text FROM articles ORDER BY date, id").fetchall()]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>eventwire report</title>",
        f"<style>{CSS}</style></head><body><h1>eventwire report</h1>",
        f"<p>{s['articles']} articles, {s['events']} events (facts only: negated and hypothetical left out), "
        f"{s['quotes']} quotes.</p>",
        "<h2>Timeline</h2>", timeline(s["timeline"]), legend(),
        "<h2>Dyads: cooperation and conflict</h2>", dyad_chart(s["dyads"]),
        "<h2>Actor network</h2>", network(s["dyads"]),
        "<h2>Articles</h2>", *(annotated(r) for r in records),
        "</body></html>",
    ]
    path = Path(out)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def legend() -> str:
    return "<p class='legend'>" + "".join(
        f"<span><svg width='12' height='12'><rect width='12' height='12' fill='{c}'/></svg> {QUAD_NAMES[q]}</span>"
        for q, c in QUAD_COLOURS.items()) + "</p>"


def timeline(rows) -> str:
    days = sorted({str(d) for d, _, _ in rows})
    if not days:
        return "<p>No dated events.</p>"
    counts: dict[str, dict[int, int]] = {d: {} for d in days}
    for d, q, n in rows:
        counts[str(d)][q] = n
    peak = max(sum(v.values()) for v in counts.values())
    w, h, bar = 1000, 220, max(8, min(60, 900 // len(days)))
    out = [f"<svg width='{w}' height='{h + 40}' role='img' aria-label='events per day'>"]
    for i, d in enumerate(days):
        x, y = 40 + i * (bar + 6), h
        for q in (1, 2, 3, 4):
            n = counts[d].get(q, 0)
            hh = n / peak * (h - 20)
            y -= hh
            if n:
                out.append(f"<rect x='{x}' y='{y:.1f}' width='{bar}' height='{hh:.1f}' fill='{QUAD_COLOURS[q]}'>"
                           f"<title>{d}: {n} {QUAD_NAMES[q]}</title></rect>")
        out.append(f"<text x='{x}' y='{h + 14}' font-size='9' transform='rotate(30 {x} {h + 14})'>{d[5:]}</text>")
    out.append("</svg>")
    return "".join(out)


def dyad_chart(dyads) -> str:
    if not dyads:
        return "<p>No coded dyads.</p>"
    peak = max(abs(g) for *_, g in dyads) or 1
    out = [f"<svg width='1000' height='{24 * len(dyads) + 10}' role='img' aria-label='Goldstein sum by dyad'>"]
    for i, (a, b, n, g) in enumerate(dyads):
        y, width = 5 + 24 * i, abs(g) / peak * 380
        x = 500 if g >= 0 else 500 - width
        colour = QUAD_COLOURS[1] if g >= 0 else QUAD_COLOURS[4]
        out.append(f"<text x='10' y='{y + 14}'>{escape(a)} → {escape(b)} ({n})</text>"
                   f"<rect x='{x:.1f}' y='{y}' width='{max(width, 1):.1f}' height='18' fill='{colour}'>"
                   f"<title>Goldstein sum {g}</title></rect><text x='{(x + width + 4) if g >= 0 else x - 40:.1f}' "
                   f"y='{y + 14}' font-size='11'>{g}</text>")
    out.append("<line x1='500' x2='500' y1='0' y2='100%' stroke='#999'/></svg>")
    return "".join(out)


def network(dyads) -> str:
    nodes = sorted({a for a, *_ in dyads} | {b for _, b, *_ in dyads})
    if not nodes:
        return "<p>No coded dyads.</p>"
    cx, cy, r = 300, 230, 180
    pos = {n: (cx + r * math.cos(2 * math.pi * i / len(nodes)), cy + r * math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    out = ["<svg width='600' height='460' role='img' aria-label='actor network'>"]
    for a, b, n, g in dyads:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        colour = QUAD_COLOURS[1] if g >= 0 else QUAD_COLOURS[4]
        out.append(f"<line x1='{x1:.0f}' y1='{y1:.0f}' x2='{x2:.0f}' y2='{y2:.0f}' stroke='{colour}' "
                   f"stroke-width='{1 + n}' opacity='.6'><title>{a}→{b}: {n} events, Goldstein {g}</title></line>")
    for n, (x, y) in pos.items():
        out.append(f"<circle cx='{x:.0f}' cy='{y:.0f}' r='18' fill='#1565c0'/><text x='{x:.0f}' y='{y + 4:.0f}' "
                   f"fill='white' font-size='10' text-anchor='middle'>{escape(n)}</text>")
    out.append("</svg>")
    return "".join(out)


def annotated(rec: dict) -> str:
    """The article text with actors, event triggers and quote contents marked, and its events listed."""
    text = rec.get("text") or ""
    marks: list[tuple[int, int, str, str]] = []
    for e in rec["events"]:
        t = e["trigger"]
        marks.append((t["start"], t["end"], "trigger", f"{e['code']} {e['plover']['type'] or ''}"))
    for a in rec["actors"]:
        marks.append((a["start"], a["end"], "actor", f"{a['name'] or ''} {a['code'] or ''}"))
    for q in rec["quotes"]:
        c = q["content"]
        marks.append((c["start"], c["end"], "quote", f"{q['speaker'].get('name') or q['speaker']['text']}"))
    body = _mark(text, marks) if text else ""
    rows = "".join(
        f"<tr><td>{e['date'] or ''}</td><td>{escape(_who(e['source']))}</td><td>{e['code']}</td>"
        f"<td>{escape(_who(e['target']))}</td><td>{escape(e['trigger']['text'])}</td>"
        f"<td>{'' if not e['negated'] and e['modality'] == 'asserted' else 'not a fact'}</td></tr>" for e in rec["events"])
    return (f"<h3>{escape(rec['title'] or rec['id'])} <small>{rec['date'] or ''}</small></h3>"
            f"<article>{body}</article><table><tr><th>date</th><th>source</th><th>CAMEO</th><th>target</th>"
            f"<th>trigger</th><th></th></tr>{rows}</table>")


def _who(a: dict | None) -> str:
    return "" if not a else f"{a.get('name') or a['text']} [{a.get('code') or '-'}]"


def _mark(text: str, marks) -> str:
    """Wrap non-overlapping marked spans (earliest, longest first) in <span>s with a tooltip."""
    out, pos = [], 0
    for s, e, cls, tip in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        if s < pos or e > len(text):
            continue
        out.append(escape(text[pos:s]))
        out.append(f"<span class='{cls}' title='{escape(tip.strip())}'>{escape(text[s:e])}</span>")
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)
