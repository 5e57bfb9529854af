"""When and where an event happened: the temporal expression and place of its own clause ("on Wednesday",
"one day after", "at Kabul airport"), resolved against the publication date and an offline gazetteer. A clause
without a time of its own takes the time of the act it is part of (a participle, a purpose, a conjunct, what a
dated report says); a time told of another act (an embedded gerund, a noun's own "2014", a coming strike under a
past call) is not the event's; a coming act's bare weekday or month-day is the next one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.actors.recognize import named_document
from eventwire.dates import anaphoric, duration, is_span, resolve, shift
from eventwire.dates.resolve import MONTHS, WEEKDAYS
from eventwire.events.modality import modality_of, ongoing
from eventwire.events.syntax import clause_tokens, factive_object, measure_taken, phrase, pobjs
from eventwire.events.words import (
    DECIDING,
    FACTIVE,
    FUTURE_AUX,
    LOC_PREPS,
    PLACE_NOUNS,
    SPEECH,
    SUBJ,
    VERBAL_ACTS,
)
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places import locate_in
from eventwire.places.locative import located
from eventwire.records import doc_ents, doc_sents, once

OCCASIONS = {"in", "during", "amid", "at"}  # "killed in a raid that ...": the raid is when the killing was
NAMED_DAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r"|yesterday|today|tonight|tomorrow)\b", re.I)
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
PROMISING = {"warn", "threaten", "vow", "pledge", "promise", "offer", "agree"}  # telling what one will do
TELLING = SPEECH | PROMISING  # verbs that tell what was said or promised
VAGUE_LATER = re.compile(r"\b(?:days|weeks|months|years|decades)\s+(?:later|afterwards)\b")  # "weeks later"
SAME_PERIOD = {"the same month": "month", "that month": "month", "later that month": "month",
               "the same year": "year", "that year": "year", "later that year": "year"}  # told from the last date
MONTH_OF_THAT_YEAR = re.compile(r"(" + "|".join(MONTHS) + r") of (?:that|the same) year")
COARSENESS = {"publication": 1, "day": 1, "week": 2, "month": 3, "year": 4}
SHARING_MARKS = {"after", "following", "when", "while", "as", "before"}  # "X in July after Y struck": July
SEQUENCE_MARKS = {"after", "following", "before"}  # "X on Monday after Y struck": Y's day is not said
LATER = {"later", "subsequently", "afterwards", "afterward"}  # after the act it is joined to: its year at most
# "who has previously called for closer ties": an act of some earlier time, not of the day of the news
BEFORE_NOW = {"previously", "repeatedly", "frequently", "often", "formerly"}


def event_date(doc, trigger, pubdate) -> tuple[str | None, str]:
    """The date of the trigger's own clause, else of its governing verb, else relative to another dated event,
    else the date of the clause it belongs to, else the publication date (precision "publication")."""
    if (protesting := _protested(trigger)) is not None:  # "summoned the ambassador on Tuesday to protest against a
        # drill": the drill's day is not Tuesday; "to protest the detention of traders on Monday" is that Monday's
        return clause_date(doc, trigger, pubdate, False) or clause_date(doc, protesting, pubdate, False) or \
            _year_of(trigger) or (None, "unknown")
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX"):
        verb = trigger.head
    elif trigger.pos_ == "NOUN" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head  # "killed in a suicide attack": the attack's time is the killing's
    if long_held(verb):
        return None, "unknown"
    future = (to_come(verb) or verb is not trigger and to_come(trigger)) and not (
        verb is not trigger and factive_object(trigger))  # what is protested is past
    found = _relative_date(doc, verb, pubdate) or (verb.dep_ == "conj" and _relative_date(doc, verb.head, pubdate)) \
        or clause_date(doc, trigger, pubdate, future) or (
        verb is not trigger and clause_date(doc, verb, pubdate, future)) or _utterance_date(doc, verb, pubdate) or \
        _year_of(trigger) or \
        _soon_after(doc, verb, pubdate) or _at_that_time(doc, verb, pubdate) or _lede_act(doc, verb, pubdate) or \
        _shared_date(doc, verb, pubdate, future) or _conjunct_date(doc, verb, pubdate, future)
    if found:
        return found
    rel = verb if verb.dep_ in ("relcl", "acl") else verb.head if verb.dep_ == "conj" and verb.head.dep_ in (
        "relcl", "acl") else None  # "until December 2023, when Egypt declared ... and blamed": both that month
    if rel is not None:  # "on August 26, the day 170 Afghans were killed": the day the clause describes
        anchor = rel.head
        for ent in doc_ents(doc):
            if ent.label_ == "DATE" and any(ent.start <= t.i < ent.end for t in (anchor, anchor.head)):
                day, precision = resolve(ent.text, pubdate, future)
                if day:
                    return day, precision
        if anchor.pos_ == "NOUN" and _year_of(anchor):  # "the 2019 bombing that killed 22 cadets"
            return _year_of(anchor)
        occasion = anchor.head
        if anchor.dep_ == "pobj" and occasion.lower_ in OCCASIONS and occasion.head.pos_ in ("VERB", "AUX"):
            # "was elected in May 2024 in a vote the opposition boycotted": the vote is the election's occasion
            found = clause_date(doc, occasion.head, pubdate, to_come(occasion.head), frozenset(
                subtree_indices(anchor)))
            if found:
                return found
    if _earlier(verb):  # "a week after Tehran launched its attack": before the news, but when is unsaid
        return None, "unknown"
    if verb.dep_ == "relcl" and (verb.tag_ in ("VBD", "VBZ", "VBP") or _past(verb) and not any(
            c.dep_ == "mark" for c in verb.children)):  # "a statement that Kenya had asked": what it said
        return None, "unknown"  # "the name our two countries signed", "Hungary, which backs Montenegro", "the
        # Houthis, who had seized the capital": background
    return (pubdate, "publication") if pubdate else (None, "unknown")


def _protested(trigger):
    """The verb of disapproval an act is named as the object of ("to protest against a joint drill", "condemned the
    detention"), else None: the act came before the words, on a day only the words' own clause may tell (161st pass:
    the drill given the day of the summons protesting it)."""
    if trigger.pos_ != "NOUN":
        return None
    head = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("against", "over") else \
        trigger.head if trigger.dep_ == "dobj" else None
    return head if head is not None and head.lemma_.lower() in FACTIVE else None


def said_date(doc, trigger, pubdate) -> tuple[str | None, str]:
    """When an intent or threat was told ("said on Thursday he would travel next week": Thursday, not next week):
    the trigger's own date when it is the telling ("warned on Monday that ..."), else the date of the verb of
    saying it hangs from, else the publication date (the article tells it)."""
    if not to_come(trigger) and trigger.pos_ in ("VERB", "AUX"):
        found = clause_date(doc, trigger, pubdate, False)
        if found:
            return found
    v = trigger
    for _ in range(4):
        if v.head.i == v.i or v.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp"):
            break  # "acomp": "said last month that she was ready to meet Kim" (ready -> was -> said)
        v = v.head
        if v.lemma_.lower() in TELLING and not to_come(v):
            found = clause_date(doc, v, pubdate, False, frozenset(subtree_indices(trigger)))
            if found:
                return found
            break
    return (pubdate, "publication") if pubdate else (None, "unknown")


TOLD = "the day it was told"


def _act_verb(trigger):
    """The verb an event noun is the object of ("launched an attack"), else the trigger."""
    return trigger.head if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else trigger


def _own_date(doc, trigger, verb, pubdate) -> bool:
    """Does the act's own clause (or a date relative to another act) name its time?"""
    return bool(_relative_date(doc, verb, pubdate) or clause_date(doc, trigger, pubdate, False) or (
        verb is not trigger and clause_date(doc, verb, pubdate, False)))


def date_rule(doc, trigger, precision: str, pubdate) -> str | None:
    """How the day of a day-dated act was found, when not from its own words: a stance held for years (`HELD`),
    the day the verb reporting it was said (`TOLD`), the day of another subject's act it is joined to (`JOINED`).
    The gate weighs it, and another mention may give the act its own day (events/coreport.py)."""
    if long_held(trigger):
        return HELD
    if precision != "day":
        return None
    verb = _act_verb(trigger)
    if _own_date(doc, trigger, verb, pubdate):
        return None
    return TOLD if _told_by(doc, verb, pubdate) else JOINED if _joined_to(doc, verb, pubdate) else None


def _told_by(doc, verb, pubdate) -> bool:
    """Does the act hang from a dated verb of saying ("has revoked the visas, officials said on Thursday"; "..., his
    lawyer said on Wednesday, as the U.N. office urged Astana")? Then it happened on or before that day."""
    v = verb
    for _ in range(3):  # what was said, or another clause with its own subject ("..., and Nepal summoned"), not the
        if v.head.i == v.i or not (v.dep_ == "ccomp" or v.dep_ in ("conj", "advcl") and any(  # telling's participle
                c.dep_ in SUBJ for c in v.children)):  # ("said ..., warning that")
            return False
        v = v.head
        if v.lemma_.lower() in SPEECH:
            return bool(clause_date(doc, v, pubdate, False, frozenset(subtree_indices(verb))))
    return False


JOINED = "the day of another subject's act it is joined to"


def _joined_to(doc, verb, pubdate) -> bool:
    """Is the act a conjunct with its own subject of a dated act ("overran a post on Sunday, killing nine soldiers,
    and Cameroon's government accused Chad")? A reaction joined to the news it answers may come days later."""
    if verb.dep_ != "conj" or not any(c.dep_ in SUBJ for c in verb.children) or verb.head.lemma_.lower() in SPEECH:
        return False
    return bool(clause_date(doc, verb.head, pubdate, False, frozenset(subtree_indices(verb))))


HELD = "a stance held for years: no one day"


REPEATED = {"repeated", "numerous", "multiple"}  # not "several", "many": "had beaten several protesters" is one day
SPANS = {"year", "month", "decade", "week"}  # "had complained for years", "have pressed for two decades"
OUTSET = {"start", "beginning", "outset"}  # "had backed the talks from the start"


def long_held(verb) -> bool:
    """'has long urged Pakistan to act', 'have since complained', 'had complained for years', 'had backed the talks
    from the start': a stance kept or acts repeated for years, of no one day (and no day a nearby dated act has:
    the rule marks it so). Kept per Doc: the event's date and its date rule both ask."""
    held = once(verb.doc, "long_held", lambda d: {})
    if verb.i not in held:
        held[verb.i] = _long_held(verb)
    return held[verb.i]


def _long_held(verb) -> bool:
    doc = verb.doc
    cols = columns(doc)
    dep, low, kids, head = cols.dep, cols.lower, cols.kids, cols.head  # by index: no Token built per child
    v = verb.i
    if cols.pos[v] == "NOUN" and cols.pos[head[v]] in ("VERB", "AUX"):
        v = head[v]

    def lemma_in(i: int, words: set[str]) -> bool:  # Token.lemma_ as it is (the columns' is lower-cased)
        return cols.lemma[i] in words and doc[i].lemma_ in words

    def perfect(k: int) -> bool:  # "have since", "had ignored"
        return any(dep[c] == "aux" and lemma_in(c, {"have"}) for c in kids[k])

    def since_then(c: int) -> bool:  # "long", "since", "for years", "from the start"
        return dep[c] == "advmod" and low[c] in ("long", "since") or dep[c] == "prep" and (
            low[c] == "for" and any(dep[o] == "pobj" and cols.tag[o] == "NNS" and lemma_in(o, SPANS) for o in kids[c]) or
            low[c] == "from" and any(dep[o] == "pobj" and lemma_in(o, OUTSET) for o in kids[c]))

    kept = any(since_then(c) for c in kids[v]) or any(  # "had backed the talks from the start" (the parse may hang
        dep[g] == "prep" and low[g] == "from" and since_then(g)  # it on the object)
        for d in kids[v] if dep[d] == "dobj" for g in kids[d])
    if kept:
        return perfect(v)  # "have since": since then
    # "had ignored repeated requests to let ...": a string of requests, of no one day
    for k in (v, head[v]) if dep[v] == "xcomp" else (v,):
        if any(dep[c] == "dobj" and cols.tag[c] == "NNS" and any(dep[a] == "amod" and low[a] in REPEATED for a in kids[c])
               for c in kids[k]) and perfect(k):
            return True
    return False


def to_come(verb) -> bool:
    """Is the act still to come ('will meet', 'is expected to visit', 'plans to sign', 'could strike')? Then a
    bare 'Friday' or 'July 15' is the next one, not the last. Kept per Doc: each event asks for several verbs."""
    cache = once(verb.doc, "future", lambda d: {})
    if verb.i not in cache:
        cache[verb.i] = _coming(verb)
    return cache[verb.i]


def _coming(verb) -> bool:
    cols = columns(verb.doc)
    if any(cols.dep[c] == "aux" and cols.lower[c] in FUTURE_AUX for c in cols.kids[verb.i]) or (
            verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP")):
        return True  # "will meet", "is to host"
    mood = modality_of(verb)[1]
    return mood in ("announced", "intended") or mood == "hypothetical" and verb.tag_ == "VB"


def _past(verb) -> bool:
    """Told as done: 'called', 'had called', 'was called' (a date after publication is then another act's)."""
    cols = columns(verb.doc)
    dep, tag, kids = cols.dep, cols.tag, cols.kids[verb.i]
    return tag[verb.i] == "VBD" or any(dep[c] in ("aux", "auxpass") and tag[c] == "VBD" for c in kids) or (
        tag[verb.i] == "VBN" and any(dep[c] == "aux" and cols.lemma[c] == "have" and verb.doc[c].lemma_ == "have"
                                     for c in kids))


def _year_of(noun) -> tuple[str, str] | None:
    """'the 2019 car bombing': a year written into the event's own noun phrase."""
    text = columns(noun.doc).text
    for c in noun.lefts if noun.pos_ == "NOUN" else ():
        for k in subtree_indices(c):  # (a Token only for a four-digit word)
            if len(text[k]) == 4 and text[k].isdigit() and 1900 <= int(text[k]) <= 2099 and noun.doc[k].like_num:
                return f"{text[k]}-01-01", "year"
    return None


def _shared_date(doc, verb, pubdate, future, depth: int = 3) -> tuple[str, str] | None:
    """A clause that is part of another act takes that act's date: a conjoined verb ('visited Bannu on Sunday
    and met the governor'), a participle ('attacked the base on Saturday, killing 30 soldiers'), a purpose
    ('telephoned on Tuesday to protest'), a verb it continues ('began shelling'), what a dated report says
    ('said in a report last year that troops were fighting'), an act 'after' or 'when' another one. An act still
    to come takes no past governor's date ('agreed on Monday to withdraw', 'met X on Monday and will visit Y')."""
    head = verb.head
    if depth == 0 or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    ahead = to_come(head)
    if not _shares(verb, future, ahead):
        teller = head.head  # "said on Tuesday that it would expose him ..., and called on Kazakhstan": the call was
        if ahead and verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and \
                teller.lemma_.lower() in SPEECH and not any(c.dep_ in SUBJ for c in verb.children):
            # made when it was said, not when what it foresees happens (a conjunct with its own subject is another
            # sentence the parser joined: "..., and members of Congress wrote")
            return clause_date(doc, teller, pubdate, False, frozenset(subtree_indices(head)))
        return None
    # "had documented 40 arrests since 2023 and called on Uganda": a span's start is no day of a conjoined act
    since = {k for p in head.children if p.dep_ == "prep" and p.lower_ == "since" and not _then(p) for k in subtree_indices(p)}
    found = clause_date(doc, head, pubdate, ahead, frozenset(since | set(subtree_indices(verb)))) or _shared_date(
        doc, head, pubdate, ahead, depth - 1)
    if found and found[1] == "day" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in verb.children):
        return None  # a month or a year holds both acts; a day holds the later one only
    if found and found[1] in ("day", "week", "month") and any(
            c.dep_ == "advmod" and c.lower_ in LATER and not list(c.children) for c in verb.children):
        return _coarsen(found[0], "year"), "year"  # "withdrew ... last September, and the Treasury later imposed"
    return found


def _then(prep) -> bool:
    """'since 2019, when Bukele expelled the diplomats': the time a span began is the time of what followed 'when'."""
    doc, end = prep.doc, prep.right_edge.i
    return any(t.lower_ == "when" for t in doc[end + 1:end + 3])


def _conjunct_date(doc, verb, pubdate, future) -> tuple[str, str] | None:
    """'killed two engineers and wounded four other people on Sunday': a time told after the last of two past acts
    with one subject is both acts' time."""
    if verb.tag_ != "VBD" or any(c.dep_ == "prep" and c.lower_ in ("after", "before", "during", "following")
                                 for c in verb.children):
        return None  # "suspended Guinea after the coup ... but lifted the measures in February 2024": its own time
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VBD" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in conj.children) and not any(
                c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*verb.children, *conj.children)):
            return clause_date(doc, conj, pubdate, future)  # (a turn, "but", is another time)
    return None


def _coarsen(day: str, unit: str) -> str:
    """A day's date at a month's or a year's precision (any other unit keeps the day)."""
    return {"month": day[:7] + "-01", "year": day[:4] + "-01-01"}.get(unit, day)


def _shares(verb, future: bool, head_future: bool) -> bool:
    """Does this clause happen when its governing verb does?"""
    dep, kids = verb.dep_, list(verb.children)
    marks = {c.lower_ for c in kids if c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in ("when", "while")} - {
        "that"}  # "said it had X, and that forces had Y"; "flared in August when X accused": "when" as an adverb
    if dep in ("advcl", "conj") and marks:  # the parser may join "…, a day after X struck" as a conjunct
        return bool(marks & SHARING_MARKS)
    if dep == "advcl":  # a purpose is done by its governor's act, a participle is part of it
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        return to or verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
    if dep == "xcomp" and verb.head.lemma_.lower() in DECIDING and not head_future and measure_taken(verb):
        return True  # "agreed on Monday to widen sanctions": decided, so taken, that day (not "to withdraw")
    if future and not head_future:
        return False
    if ongoing(verb):
        return False  # "signed a treaty in 1994 and cooperate closely": today's habit, not 1994's
    if head_future and dep == "conj" and verb.tag_ == "VBD":
        return False  # "said it would convene a meeting next week and urged Juba to ...": the urging is done now
    return dep in ("conj", "xcomp") or dep == "ccomp" and verb.head.lemma_.lower() in SPEECH


LEDE_REACH = 3  # sentences after the lede that may tell its act again


def _lede_act(doc, verb, pubdate) -> tuple[str, str] | None:
    """'Greece's parliament voted late on Wednesday to refer X to a court ... Lawmakers voted 164 to 121 to indict
    him': an undated past act under the same main verb as the dated lede, a few sentences on, is the lede's act."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    if root.tag_ != "VBD" or root.lemma_.lower() in SPEECH or not pubdate:
        return None

    def build(d) -> tuple[int, str, tuple[str, str]] | None:
        sents = doc_sents(d)
        for k, sent in enumerate(sents[:4]):  # after the headline (its own sentences) and the dateline
            lede = sent.root
            found = clause_date(d, lede, pubdate, False) if lede.tag_ == "VBD" else None
            if found and found[1] == "day":
                return k, lede.lemma_.lower(), found
        return None
    lede = once(doc, "lede_act", build)
    if lede is None or root.lemma_.lower() != lede[1]:
        return None
    sents = doc_sents(doc)
    k = next((n for n, s in enumerate(sents) if s.start <= root.i < s.end), -1)
    return lede[2] if lede[0] < k <= lede[0] + LEDE_REACH else None


def _soon_after(doc, verb, pubdate) -> tuple[str, str] | None:
    """'arrested the fans after fighting broke out during Saturday night's match': an act told only as following an
    occasion of the last few days took place then (the news is about that night, not the day it is filed); an
    older occasion leaves the act undated, as the publication day would be wrong."""
    after = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")), None)
    if after is None or not pubdate:
        return None
    inside = set(subtree_indices(after))
    for root, text, _label in _dates(doc):
        if root in inside and NAMED_DAY.search(text):
            day, precision = resolve(text, pubdate, False)
            if day and precision == "day" and day <= pubdate:
                recent = date.fromisoformat(day) >= date.fromisoformat(pubdate) - timedelta(days=3)
                return (day, "day") if recent else (None, "unknown")
    return None


def _in_times_past(verb) -> bool:
    """"have in the past accused", "has for years accused", "in recent years": no one day's act."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]  # "have in the past accused": the tagger hangs it there
    for p in [*verb.children, *(g for a in auxes for g in a.children)]:
        if p.dep_ == "prep" and p.lower_ in ("in", "over", "for"):
            for o in p.children:
                if o.dep_ != "pobj" or any(c.dep_ == "nummod" for c in o.children):
                    continue  # "for two years" is a span, not a past of many occasions
                mods = {c.lower_ for c in o.children if c.dep_ in ("det", "amod")}
                if o.lower_ == "past" and mods <= {"the"} or o.lower_ in ("years", "decades") and (
                        p.lower_ == "for" and not mods or mods & {"recent", "past", "the"}):
                    return True
    return False


def _earlier(verb) -> bool:
    """Is this act told as what came before another ("after X attacked", "since the war began"), or as done
    before, unsaid when ("has previously called for")?"""
    if any(c.dep_ == "advmod" and c.lower_ in BEFORE_NOW for c in verb.children) or _in_times_past(verb):
        return True
    v = verb
    for _ in range(3):
        if v.dep_ in ("advcl", "conj") and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "following")
                                               for c in v.children):
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
            place = locate_in(doc, text)
            if place:
                return place
    for t in _place_nouns(doc):  # "near the border town of Zalambessa": named, if not in the gazetteer
        if t.i in clause:
            name = next((o for o in pobjs(t, {"of"}) if o.pos_ == "PROPN"), None)
            if name is not None:
                lo, hi = phrase(name)
                text = doc[lo:hi].text
                return locate_in(doc, text) or {"name": text, "country": None, "lat": None, "lon": None}
    return None


def _place_nouns(doc) -> list:
    """'in the town of X' heads."""
    return once(doc, "place_nouns", lambda d: [
        t for t in d if t.dep_ == "pobj" and t.lemma_.lower() in PLACE_NOUNS and t.head.lower_ in LOC_PREPS])


def _dates(doc) -> list[tuple[int, str, str]]:
    """(root token, text, label) of DATE entities, and of TIME ones that name a day ("Saturday night"); "later in"
    stays with "the day" it counts from."""
    def text(e) -> str:
        if e.start < 2:
            return e.text
        before = doc[e.start - 2]  # the two words before, as their span's text would read (no Span built)
        two = (before.text_with_ws + doc[e.start - 1].text).lower()
        return doc[e.start - 2:e.end].text if two in ("later in", "earlier in") else e.text
    def build(d) -> list[tuple[int, str, str]]:
        out = [(e.root.i, text(e), e.label_) for e in doc_ents(d) if e.label_ == "DATE" or (
            e.label_ == "TIME" and NAMED_DAY.search(e.text))]
        cols = columns(d)
        for i in (i for i, w in enumerate(cols.lower) if w == "day"):  # "later in the day" the recogniser missed
            t = d[i]
            if not t.ent_type_:
                span = text(d[t.left_edge.i:t.i + 1])
                if anaphoric(span) is not None:
                    out.append((t.i, span, "DATE"))
        for i in (i for i, dep in enumerate(cols.dep) if dep == "npadvmod"):  # "last June", "a month after" it missed too
            t = d[i]
            if not t.ent_type_ and (t.lower_ in MONTHS or t.lower_ in TIME_UNITS and any(
                    c.dep_ in ("det", "nummod", "amod") for c in t.lefts)):
                out.append((t.i, d[t.left_edge.i:t.i + 1].text, "DATE"))
        return sorted(out)
    return once(doc, "dates", build)


def _recent(doc, i: int) -> list:
    """The sentence of token `i` and the two before it: how far back "later that day" or "at the time" looks."""
    sents = doc_sents(doc)
    k = next((n for n, s in enumerate(sents) if s.start <= i < s.end), 0)
    return sents[max(0, k - 2):k + 1]


def _at_that_time(doc, verb, pubdate) -> tuple[str, str] | None:
    """'In 2019 Kazakhstan held trucks for weeks. Kyrgyz officials at the time accused Astana': the time last named,
    in its sentence or the two before, at that date's own precision."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # the parser may hang it there
    if not pubdate or not any(c.dep_ == "prep" and c.lower_ == "at" and any(
            g.lemma_ == "time" and any(d.lower_ in ("the", "that") for d in g.children) for g in c.children)
            for h in holders for c in h.children):
        return None
    for sent in reversed(_recent(doc, verb.i)):  # the nearest sentence first, and in it its main clause's date
        named = [(_depth(doc[r]), t) for r, t, _ in _dates(doc) if sent.start <= r < min(sent.end, verb.i)
                 and anaphoric(t) is None]
        for _, t in sorted(named, key=lambda x: x[0]):
            day, precision = resolve(t, pubdate)
            if day:
                return day, precision
    return None


def _depth(tok) -> int:
    """How far a word hangs below its sentence's root: "In 2019 ..., in a row that followed X in 2015": 2019."""
    n = 0
    while tok.head.i != tok.i and n < 20:
        tok, n = tok.head, n + 1
    return n


def _told_from(doc, root: int, text: str, pubdate) -> tuple[str, str] | None:
    """'later that day', 'two days later': counted from the last day named before it, in its sentence or the two
    before ("detained 11 people on Wednesday. A court released two of them later in the day")."""
    days = anaphoric(text)
    low = re.sub(r"\s+", " ", text.lower().strip(" .,"))
    unit = SAME_PERIOD.get(low)
    month = MONTH_OF_THAT_YEAR.fullmatch(low)  # "December of that year": that year's December
    if month:
        unit = "year"
    if days is None and unit is None or not pubdate:
        return None
    recent = _recent(doc, root)
    first = recent[0].start if recent else 0
    for r, t, _ in reversed(_dates(doc)):
        if first <= r < root and anaphoric(t) is None and t.lower().strip(" .,") not in SAME_PERIOD:
            day, precision = resolve(t, pubdate)
            if day and month and COARSENESS.get(precision, 9) <= COARSENESS["year"]:
                return f"{day[:4]}-{MONTHS.index(month[1]) + 1:02d}-01", "month"
            if day and unit is not None and COARSENESS.get(precision, 9) <= COARSENESS[unit]:
                # "drones breached its airspace in September 2025. Poland shot some down the same month"
                return _coarsen(day, unit), unit
            if day and precision == "day" and days is not None:
                return (date.fromisoformat(day) + timedelta(days=days)).isoformat(), "day"
    return None


def clause_date(doc, head, pubdate, future, skip: frozenset[int] = frozenset()) -> tuple[str | None, str] | None:
    """The clause's own date; a date the clause names but that cannot be resolved ("in the 1990s") makes the
    event undated rather than dated to the publication day. A date inside an embedded act ('accused X of
    shelling the town last week', 'condemned Tuesday's attack') is that act's; so is a future date under a past
    verb ('called for a strike next week'). Kept per Doc: the event's date and its date rule ask the same."""
    dated = once(doc, "clause_dates", lambda d: {})
    key = (head.i, pubdate, future, skip)
    if key not in dated:
        dated[key] = _clause_date(doc, head, pubdate, future, skip)
    return dated[key]


def _clause_date(doc, head, pubdate, future, skip: frozenset[int]) -> tuple[str | None, str] | None:
    clause = clause_tokens(head) | _tellings(head)
    unresolved = None
    past = not future and _past(head)
    for root, text, label in _dates(doc):
        if root not in clause or root in skip or not _governs(doc[root], head) or named_document(doc[root].head):
            continue  # "under the 1954 Caracas Convention": the treaty's name, not the act's date
        day, precision = _told_from(doc, root, text, pubdate) or resolve(text, pubdate, future)
        if day and not (past and pubdate and day > pubdate):
            return day, precision
        if pubdate and label == "DATE" and not day and _names_a_time(text):
            unresolved = (None, "unknown")
    return unresolved


def _governs(tok, head) -> bool:
    """Is `head` the act a date token is told of, with no other verb or event noun in between?"""
    doc = tok.doc
    cols = columns(doc)
    up, dep, pos, low, ent = cols.head, cols.dep, cols.pos, cols.lower, cols.ent_type  # by index: no Token per step
    h = head.i
    t = tok.i
    while t != h:
        noun = up[t]
        if t < noun and pos[noun] == "NOUN" and noun != h and dep[t] in (
                "nummod", "compound", "amod", "poss", "nmod") and ent[noun] not in ("DATE", "TIME") and not (
                dep[noun] == "pobj" and low[up[noun]] in OCCASIONS and up[up[noun]] == h):
            return False  # "condemned Tuesday's attack": the attack's time; but "killed in Tuesday's attack"
        if dep[t] == "pobj" and low[up[t]] == "since" and pos[t] == "NOUN" and ent[t] not in ("DATE", "TIME"):
            return False  # "his third visit since the fall of Assad in December": the fall's month, not the visit's
        t = up[t]
        if t != h and pos[t] in ("VERB", "AUX") and _telling_of(doc[t], head):
            continue  # "rejected it in a statement released late on Wednesday", "Speaking on Monday, X said"
        if t != h and pos[t] in ("VERB", "AUX") and not (
                dep[t] == "xcomp" and up[t] == h and _past(head) and dep[tok.i] == "pobj" and low[up[tok.i]] in (
                    "on", "in")):  # but "ordered the diplomat to leave the country on Wednesday": the order's day;
            return False  # "agreed to end the standoff in 2024": the agreement's year (a past time, checked after)
        if up[t] == t:
            return t == h
    return True


# the occasions words are said on: their day is the day of what was said in them
UTTERANCES = {"statement", "interview", "speech", "letter", "post", "briefing", "remarks", "address", "communique",
              "message", "video", "broadcast", "tweet", "conference"}
SPEAKING = {"speak", "talk", "address", "write", "brief", "appear"}  # "Speaking in Paris on Monday, Marchal said"
SPOKEN = SPEECH | VERBAL_ACTS  # verbs whose words a speaker's participle tells how were told


def _utterance_date(doc, verb, pubdate) -> tuple[str | None, str] | None:
    """"released a statement on Sunday urging Kyrgyz authorities to ...": words told as what a dated statement
    says were said when it was."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in UTTERANCES or not _past(noun.head) and noun.head.tag_ != "VBD":
        return None
    skip = frozenset(subtree_indices(verb))
    return clause_date(doc, noun, pubdate, False, skip) or (
        noun.head.pos_ in ("VERB", "AUX") and clause_date(doc, noun.head, pubdate, False, skip)) or None


def _tellings(head) -> frozenset[int]:
    """Tokens of the clauses that only tell how `head`'s words were told (`_telling_of`); kept per Doc."""
    cache = once(head.doc, "tellings", lambda d: {})
    if head.i not in cache:
        cache[head.i] = _find_tellings(head)
    return cache[head.i]


def _find_tellings(head) -> frozenset[int]:
    doc = head.doc
    cols = columns(doc)
    kids = cols.kids
    near = []  # the head's own participles, and those of the nouns its prepositions take ("in a statement released")
    for c in kids[head.i]:
        near.append(c)
        near += [v for g in kids[c] if cols.dep[g] == "pobj" for v in kids[g]]
    return frozenset(k for v in near if cols.pos[v] in ("VERB", "AUX") and _telling_of(doc[v], head)
                     for k in subtree_indices(doc[v]))


def _telling_of(verb, head) -> bool:
    """Is `verb` only how `head`'s words were told: a statement's participle ("in a statement released late on
    Wednesday") or a speaker's ("Speaking to reporters on Monday, he said")?"""
    noun = verb.head
    if verb.dep_ == "acl" and noun.lemma_.lower() in UTTERANCES and noun.dep_ == "pobj" and \
            noun.head.lower_ in OCCASIONS and noun.head.head.i == head.i:
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == head.i and \
        verb.lemma_.lower() in SPEAKING and head.lemma_.lower() in SPOKEN


def _names_a_time(text: str) -> bool:
    """A past or future time, not a duration or an age ("for two years", "the 15-year-old")."""
    low = text.lower()
    if is_span(low):
        return False
    return any(c.isdigit() for c in low) and not any(w in low for w in ("old", "long", " for ")) or any(
        w in low for w in ("decade", "century", "era", "ago", "last", "next", "earlier")) or bool(
        VAGUE_LATER.search(low))


def _relative_date(doc, verb, pubdate) -> tuple[str, str] | None:
    """'Friday's meetings came one day after Ms Sherman visited India': the visit is dated from the meetings."""
    cols = columns(doc)
    if cols.dep[verb.i] not in ("advcl", "conj"):
        return None
    mark = next((doc[c] for c in cols.kids[verb.i] if cols.dep[c] == "mark" and cols.lower[c] in ("after", "before")), None)
    if mark is None:
        return None
    found = next(((r, text) for r, text, label in _dates(doc) if label == "DATE" and doc[r].dep_ == "npadvmod"
                  and doc[r].head.i in (verb.i, verb.head.i, mark.i)), None)
    if found is None:
        return None
    root, gap = found
    head, skip = verb.head, frozenset(range(doc[root].left_edge.i, root + 1))
    anchor = clause_date(doc, head, pubdate, to_come(head), skip) or next(  # "Friday's meetings came": the meetings'
        (d for c in head.children if c.dep_ == "nsubj" and (d := clause_date(doc, c, pubdate, False, skip))), None)
    up = head
    while anchor is None and up.dep_ in ("conj", "xcomp") and up.head.i != up.i:  # "India on Thursday ordered X
        up = up.head  # to leave and suspended visas, a day after Ottawa imposed sanctions": the verbs share Thursday
        anchor = clause_date(doc, up, pubdate, to_come(up), skip)
    if anchor is None and head.tag_ in ("VBZ", "VBP") and pubdate:
        anchor = (pubdate, "day")  # "the swap comes a month after Oman brokered a truce": told from the news
    day = anchor and anchor[0] and shift(anchor[0], gap, after=mark.lower_ == "before")  # an undated anchor: none
    if not day:
        return None
    span = duration(gap)  # "a month after" a day is that month, not a day
    coarse = max((anchor[1], span[1] if span else "day"), key=lambda p: COARSENESS.get(p, 0))
    return _coarsen(day, coarse), coarse
