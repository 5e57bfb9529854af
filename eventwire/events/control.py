"""Who acts in a clause the parser leaves without a subject of its own: the one told to act ("prompting the Cyprus
government to accuse Turkey"), or the teller of a past-tense clause the parser hung on a bare verb ("said the
government could not protect fishermen, and called on X"). The event coder asks these before climbing to the main
clause's subject, which is the usual answer and the wrong one here."""

from __future__ import annotations

from eventwire.events.modality import base
from eventwire.events.syntax import actorish
from eventwire.events.words import CAUSING, SUBJECT_CONTROL, VEHICLES


def controller(verb, found):
    """The object of a causative or telling verb is who acts in its infinitive ('pushed India to expel'); not a
    purpose ('called X to protest': the caller's) nor a promise ('promised Kenya to build': the promiser's)."""
    if not (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and base(verb.head) in CAUSING) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.i < verb.head.i or \
            base(verb.head) in SUBJECT_CONTROL | VEHICLES:
        return None
    told = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return told if told is not None and actorish(told, found) else None


def past_teller(bare, found):
    """A past tense is no conjunct of a bare verb: it goes on from the nearest past-tense clause above whose
    subject is someone."""
    w = bare
    for _ in range(4):
        if w.head.i == w.i:
            return None
        w = w.head
        s = next((c for c in w.children if c.dep_ == "nsubj"), None)
        if w.tag_ == "VBD" and s is not None and actorish(s, found):
            return s
    return None
