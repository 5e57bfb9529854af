"""Where a text names places it happens in: names in locative phrases ("in Islamabad", "at Kabul airport").
Kept per Doc; the actor context pass and the event coder both read it."""

from __future__ import annotations

from eventwire.records import doc_ents, once

LOC_PREPS = {"in", "at", "near", "outside", "inside"}
# words that make a capitalised name a body of water ("the Gulf of Guinea", "Lake Chad"): no state's ground
WATERS = {"sea", "strait", "straits", "gulf", "ocean", "river", "bay", "lake", "channel", "canal", "sound", "shoal"}
# a street's or square's name that holds a country's word is no act of that country ("Spanish Square" in Mostar)
STREETS = {"square", "street", "avenue", "boulevard", "road", "bridge", "park", "gate", "quarter"}
# the same words written before the name ("Avenida Republica de Chile", "Rue de Tunis"), and a neighbourhood's
# "Little" ("Little India" in Kuala Lumpur)
STREETS_BEFORE = {"avenida", "calle", "rua", "plaza", "praca", "praça", "paseo", "avenue", "rue", "boulevard", "via",
                  "piazza", "jalan", "ulitsa", "little"}
# gatherings whose "in PLACE" is a venue: where it meets, not whose it is ("talks in Brussels" have no Belgian side)
GATHERINGS = {"talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations", "dialogue",
              "consultation", "consultations", "forum", "session", "ceremony"}


def located(doc) -> list[tuple[int, str]]:
    """(anchor token, text) of place names in locative phrases, in text order."""
    def build(d):
        found = []
        for ent in doc_ents(d):
            if ent.label_ in ("GPE", "LOC", "FAC") and not _in_a_street_name(d, ent.start, ent.end):
                root = ent.root
                anchor = root.head if root.dep_ == "compound" else root
                if anchor.dep_ == "pobj" and anchor.head.lower_ in LOC_PREPS:
                    found.append((anchor.i, ent.text))
        return found
    return once(doc, "located", build)


def _in_a_street_name(doc, start: int, end: int) -> bool:
    """Is the name the tagger found part of a street's or a neighbourhood's ("Little India", "Avenida Espana",
    "Liberia Road")? The tagger leaves the street's word out of the entity."""
    before, after = doc[start - 1] if start else None, doc[end] if end < len(doc) else None
    return before is not None and before.lower_ in STREETS_BEFORE and before.text[:1].isupper() or \
        after is not None and after.lower_ in STREETS and after.text[:1].isupper()
