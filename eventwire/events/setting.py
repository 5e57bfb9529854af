"""When and where an event happened: the temporal expression and place of its own clause ("on Wednesday",
"one day after", "at Kabul airport"), resolved against the publication date and an offline gazetteer."""

from __future__ import annotations

from eventwire.dates import resolve, shift
from eventwire.events.syntax import clause_tokens, phrase, pobjs
from eventwire.events.words import FUTURE_AUX, LOC_PREPS, PLACE_NOUNS
from eventwire.places import locate
from eventwire.places.locative import located
from eventwire.records import doc_ents, once


def event_date(doc, trigger, pubdate) -> tuple[str | None, str]:
    """The date of the trigger's own clause, else of its governing verb, else relative to another dated event,
    else the publication date (precision "publication")."""
    future = any(c.lower_ in FUTURE_AUX for c in trigger.children if c.dep_ == "aux")
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX"):
        verb = trigger.head
    elif trigger.pos_ == "NOUN" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head  # "killed in a suicide attack": the attack's time is the killing's
    found = _relative_date(doc, verb, pubdate, future) or _clause_date(doc, trigger, pubdate, future) or (
        verb is not trigger and _clause_date(doc, verb, pubdate, future)) or _year_of(trigger) or \
        _shared_date(doc, verb, pubdate, future)
    if found:
        return found
    if verb.dep_ == "relcl":  # "on August 26, the day 170 Afghans were killed": the day the clause describes
        anchor = verb.head
        for ent in doc_ents(doc):
            if ent.label_ == "DATE" and any(ent.start <= t.i < ent.end for t in (anchor, anchor.head)):
                day, precision = resolve(ent.text, pubdate, future)
                if day:
                    return day, precision
    if _earlier(verb):  # "a week after Tehran launched its attack": before the news, but when is unsaid
        return None, "unknown"
    return (pubdate, "publication") if pubdate else (None, "unknown")


def _year_of(noun) -> tuple[str, str] | None:
    """'the 2019 car bombing': a year written into the event's own noun phrase."""
    for c in noun.lefts if noun.pos_ == "NOUN" else ():
        for t in c.subtree:
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2099:
                return f"{t.text}-01-01", "year"
    return None


def _shared_date(doc, verb, pubdate, future) -> tuple[str, str] | None:
    """'visited Bannu on Sunday and met the governor': a conjoined verb shares its first verb's date."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _clause_date(doc, verb.head, pubdate, future, frozenset(t.i for t in verb.subtree))
    return None


def _earlier(verb) -> bool:
    """Is this act told as what came before another ("after X attacked", "since the war began")?"""
    v = verb
    for _ in range(3):
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "following") for c in v.children):
            return True
        if v.dep_ == "pobj" and v.head.lower_ in ("after", "since", "following"):
            return True
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def event_place(doc, trigger) -> dict | None:
    """A located place in a locative phrase of the trigger's clause; the caller falls back to the dateline."""
    clause = clause_tokens(trigger)
    for anchor, text in located(doc):
        if anchor in clause:
            place = locate(text)
            if place:
                return place
    for t in _place_nouns(doc):  # "near the border town of Zalambessa": named, if not in the gazetteer
        if t.i in clause:
            name = next((o for o in pobjs(t, {"of"}) if o.pos_ == "PROPN"), None)
            if name is not None:
                lo, hi = phrase(name)
                text = doc[lo:hi].text
                return locate(text) or {"name": text, "country": None, "lat": None, "lon": None}
    return None


def _place_nouns(doc) -> list:
    """'in the town of X' heads."""
    return once(doc, "place_nouns", lambda d: [
        t for t in d if t.dep_ == "pobj" and t.lemma_.lower() in PLACE_NOUNS and t.head.lower_ in LOC_PREPS])


def _dates(doc) -> list[tuple[int, str]]:
    """(root token, text) of DATE entities."""
    return once(doc, "dates", lambda d: [(e.root.i, e.text) for e in doc_ents(d) if e.label_ == "DATE"])


def _clause_date(doc, head, pubdate, future, skip: frozenset[int] = frozenset()) -> tuple[str | None, str] | None:
    """The clause's own date; a date the clause names but that cannot be resolved ("in the 1990s") makes the
    event undated rather than dated to the publication day."""
    clause = clause_tokens(head)
    unresolved = None
    for root, text in _dates(doc):
        if root in clause and root not in skip:
            day, precision = resolve(text, pubdate, future)
            if day:
                return day, precision
            if pubdate and _names_a_time(text):
                unresolved = (None, "unknown")
    return unresolved


def _names_a_time(text: str) -> bool:
    """A past or future time, not a duration or an age ("for two years", "the 15-year-old")."""
    low = text.lower()
    return any(c.isdigit() for c in low) and not any(w in low for w in ("old", "long", " for ")) or any(
        w in low for w in ("decade", "century", "era", "ago", "last", "next", "earlier"))


def _relative_date(doc, verb, pubdate, future) -> tuple[str, str] | None:
    """'Friday's meetings came one day after Ms Sherman visited India': the visit is dated from the meetings."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if verb.dep_ != "advcl" or mark is None:
        return None
    gap = next((e for e in doc_ents(doc) if e.label_ == "DATE" and e.root.dep_ == "npadvmod"
                and e.root.head.i in (verb.i, verb.head.i, mark.i)), None)
    if gap is None:
        return None
    anchor = _clause_date(doc, verb.head, pubdate, future, frozenset(range(gap.start, gap.end)))
    day = anchor and shift(anchor[0], gap.text, after=mark.lower_ == "before")
    return (day, anchor[1]) if day else None
