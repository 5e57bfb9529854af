"""Where a text names places it happens in: names in locative phrases ("in Islamabad", "at Kabul airport").
Kept per Doc; the actor context pass and the event coder both read it."""

from __future__ import annotations

from eventwire.records import doc_ents, once

LOC_PREPS = {"in", "at", "near", "outside", "inside"}
# words that make a capitalised name a body of water ("the Gulf of Guinea", "Lake Chad"): no state's ground
WATERS = {"sea", "strait", "straits", "gulf", "ocean", "river", "bay", "lake", "channel", "canal", "sound", "shoal"}
# a street's or square's name that holds a country's word is no act of that country ("Spanish Square" in Mostar)
STREETS = {"square", "street", "avenue", "boulevard", "road", "bridge", "park", "gate", "quarter"}
# gatherings whose "in PLACE" is a venue: where it meets, not whose it is ("talks in Brussels" have no Belgian side)
GATHERINGS = {"talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations", "dialogue",
              "consultation", "consultations", "forum", "session", "ceremony"}


def located(doc) -> list[tuple[int, str]]:
    """(anchor token, text) of place names in locative phrases, in text order."""
    def build(d):
        found = []
        for ent in doc_ents(d):
            if ent.label_ in ("GPE", "LOC", "FAC"):
                root = ent.root
                anchor = root.head if root.dep_ == "compound" else root
                if anchor.dep_ == "pobj" and anchor.head.lower_ in LOC_PREPS:
                    found.append((anchor.i, ent.text))
        return found
    return once(doc, "located", build)
