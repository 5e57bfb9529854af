"""PLOVER/POLECAT-style JSON Lines: one record per event with a PLOVER type, under the field names of the PLOVER
specification's "JSON Data Fields" chapter (id, date, source, recipient, event, mode, context, event_loc, ...).

The records validate against data/schema/plover.schema.json. Fields beyond the specification carry eventwire's
own detail under names of their own (cameo_code, sentence offsets in text_info), as the specification allows.
"""

from __future__ import annotations

import json
from functools import cache

from eventwire import __version__, data
from eventwire.export import geo
from eventwire.export.gdelt import code_parts, event_day, out_dir
from eventwire.export.mentions import Reported, event_mentions

CODEBOOK = "CAMEO 2.0 via the CAMEO-to-PLOVER crosswalk (PLOVER manual draft 0.8, 2021)"


@cache
def contexts() -> dict[str, list[str]]:
    """CAMEO code -> PLOVER contexts (data/cameo/plover_context.tsv)."""
    return {r[0]: r[1].split("|") for r in data.rows("cameo/plover_context.tsv") if r[0] != "code"}


def context_of(code: str) -> list[str]:
    table = contexts()
    while code not in table and len(code) > 2:
        code = code[:-1]
    return table.get(code, [])


def actor(a: dict) -> dict:
    """A PLOVER actor object: top-level code (country, else the code's first chunk: IGO, REB), sector, text, name."""
    country, types, group = code_parts(a.get("code"))
    out = {"code": country or (a["code"][:3] if a.get("code") else None), "sector": "".join(types[:2]) or None,
           "actor_text": a["text"] or "", "identifier_text": a.get("name"), "cameo_code": a.get("code")}
    if group:
        out["group"] = group
    return {k: v for k, v in out.items() if v is not None}


def location(loc: dict | None) -> dict | None:
    """A PLOVER location object (GeoNames field names, plus cc3)."""
    if not loc or not loc.get("name"):
        return None
    out: dict = {"name": loc["name"]}
    c = geo.country(loc.get("country"))
    if c:
        out.update({"country code": c["iso2"], "cc3": loc["country"]})
    if loc.get("lat") is not None:
        out.update({"latitude": loc["lat"], "longitude": loc["lon"]})
        hit = geo.city(loc["name"], loc.get("country"), loc["lat"], loc["lon"])
        if hit:
            out.update({"geonameid": hit["geonameid"], "admin1 code": hit["admin1"]})
    return out


def plover_record(r: Reported, include_all: bool = False) -> dict | None:
    """The PLOVER record of one event; None for CAMEO statements (01x), which PLOVER drops."""
    e, row, m = r.event, r.row, r.mentions[0]
    if not row["plover_type"]:
        return None
    rec: dict = {
        "id": row["id"], "date": event_day(r).isoformat(), "source": [actor(r.actor("source") or {"text": ""})],
        "event": [row["plover_type"]], "quad_code": row["quad_class"], "event_scale": row["goldstein"],
        "event_text": [e["trigger"]["text"]], "text": e["sentence"].strip(),
        "text_info": {"sequence": e["sentence_index"], "start": m.sentence_start, "end": m.sentence_end,
                      "event_start": e["trigger"]["start"], "event_end": e["trigger"]["end"]},
        "cite_info": {k: v for k, v in {"url": m.identifier if m.is_url else None,
                                        "citation": None if m.is_url else m.identifier, "title": m.title,
                                        "publication": m.source_name or None, "language": "en",
                                        "coder": f"eventwire {__version__}", "codebook": CODEBOOK}.items() if v},
        "coder": f"eventwire {__version__}", "coded_date": m.added.date().isoformat(),
        "coded_time": m.added.strftime("%H:%M:%SZ"), "cameo_code": row["code"],
    }
    if target := r.actor("target"):
        rec["recipient"] = [actor(target)]
    if row["plover_mode"]:
        rec["mode"] = [row["plover_mode"]]
    if ctx := context_of(row["code"]):
        rec["context"] = ctx
    if loc := location(r.place()):
        rec["event_loc"] = loc
    if include_all:
        rec.update({"negated": row["negated"], "modality": row["modality"]})
    return rec


def export_plover(con, out: str, include_all: bool = False) -> int:
    """Write DIR/events.plover.jsonl; returns the number of records (events with a PLOVER type)."""
    n = 0
    with open(out_dir(out) / "events.plover.jsonl", "w", encoding="utf-8") as f:
        for r in event_mentions(con, include_all):
            rec = plover_record(r, include_all)
            if rec:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n
