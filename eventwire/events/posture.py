"""Troops a state sends within its own ground. "Guatemala sends troops to La Mesilla", "Peru sent 1,200 soldiers into
Pataz": the verb pattern that codes troops sent abroad as military protection (074: "Rwanda sends a battalion to
Mozambique") makes a deployment at home protection given to no one; analysts judged such events WRONG or PARTLY
and coded them as a show of force (15x) in every pass that met one (docs/judged-articles.md: j134, j322, j344,
j360, j363)."""

from __future__ import annotations

from eventwire.events.ontology import lookup

SENDING = {"send", "deploy", "dispatch", "rush", "move"}  # verbs that move troops somewhere
EDGES = {"border", "frontier", "boundary", "side"}  # "to its border with Panama": its own edge, whoever is beyond
OWN = {"its", "their", "our", "own"}
PROTECTION = "074"
AT_HOME = "150"  # demonstrate military or police power


def at_home(meta, trigger, src: dict, tgt: dict | None, place: dict | None):
    """The code of troops sent: a show of force (150) when they go where their own state is (the clause's place, or
    the dateline's when it names none) and they protect no one of another country; otherwise `meta` unchanged."""
    if meta.code != PROTECTION or trigger.lemma_.lower() not in SENDING:
        return meta
    if _own_edge(trigger):
        return lookup(AT_HOME)  # facing the neighbour named as target ("its border with Panama" -> PAN)
    home = src.get("country")
    if not home or not place or place.get("country") != home:
        return meta
    if tgt is not None and tgt.get("code") and (tgt.get("group") or tgt.get("country") != home):
        return meta  # "sent troops to an African Union mission", "to Juba at Kiir's request"
    return lookup(AT_HOME)


def _own_edge(trigger) -> bool:
    """"sent 500 troops to its border with Panama", "along their own frontier"."""
    return any(o.lemma_.lower() in EDGES and any(c.lower_ in OWN for c in o.children if c.dep_ in ("poss", "amod"))
               for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "along", "toward", "towards")
               for o in p.children if o.dep_ == "pobj")
