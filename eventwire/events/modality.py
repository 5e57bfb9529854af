"""Whether an event is a fact: negation ("did not attend", "has no plans to attack"), modality ("could
invade", "if", "will meet"), denial ("denies it supports") and who reported it ("officials said ...")."""

from __future__ import annotations

from eventwire.dates.resolve import WEEKDAYS
from eventwire.events.syntax import apart, shares_passive
from eventwire.events.words import (
    ASSEMBLING,
    AVOIDING,
    CEASING,
    CHARGES,
    CONDITION_MARKS,
    DENIAL,
    DIRECTIVES,
    FUTURE_AUX,
    HABIT_ADVERBS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_GOVERNORS,
    INTENT_GOVERNORS,
    MEANING,
    MODAL_NOUNS,
    PERMIT_GOVERNORS,
    PREVENTING,
    REFUSALS,
    RESULTS,
    SCHEDULED,
    SPEECH,
    STANCE_ROOTS,
    VEHICLES,
    WHILE_MARKS,
    WILLING,
    WISHES,
)
from eventwire.nlp.columns import columns
from eventwire.records import once

NOBODY = {"none", "nobody", "neither", "nothing"}  # subjects that deny the act of anyone
GOVERNING_AUX = HYPOTHETICAL_AUX | {"would"}  # "a pact that would let their forces train"


def _active_after_passive(v) -> bool:
    """"would act if the men were not released and threatened to restrict ...": a participle with an object or an
    infinitive of its own, joined to a passive, is the speaker's own past act the tagger read as a passive."""
    cols = columns(v.doc)
    dep, kids = cols.dep, cols.kids
    return cols.tag[v.i] == "VBN" and any(dep[c] in ("dobj", "xcomp") for c in kids[v.i]) and any(
        dep[c] == "auxpass" for c in kids[cols.head[v.i]])


def modality_of(verb) -> tuple[bool, str]:
    """(negated, modality) of the verb's act; kept per Doc: an event asks it of its verb, of the verb's governors and
    of whether the act is still to come."""
    moods = once(verb.doc, "modality", lambda d: {})
    if verb.i not in moods:
        moods[verb.i] = _modality_of(verb)
    return moods[verb.i]


def _modality_of(verb) -> tuple[bool, str]:
    doc = verb.doc
    cols = columns(doc)
    dep, low, kids = cols.dep, cols.lower, cols.kids  # the tree by index: no Token built for a child tested
    own = kids[verb.i]
    negated = any(dep[c] == "neg" for c in own) or any(  # "neither delegation spoke", "no one came"
        dep[c] in ("nsubj", "nsubjpass") and (low[c] in NOBODY or any(
            dep[d] == "det" and low[d] in ("neither", "no") for d in kids[c]))
        for c in own)  # "none of them had been charged by Tuesday"
    if negated and any(dep[c] == "aux" and cols.tag[c] == "VBD" for c in own) and any(
            dep[c] == "prep" and low[c] == "until" and any(t.ent_type_ == "DATE" for t in doc[c].subtree)
            for c in own):
        negated = False  # "did not restore full relations until April 2023": they were restored then
    v = verb
    modality = "asserted"
    chain = [verb]
    while (v.dep_ in ("xcomp", "conj") or _participle_of(v)) and v.head.i != v.i:
        if v.dep_ == "conj" and (v.tag_ in ("VBD", "VBZ") or v.tag_ == "VBP" and v.head.tag_ != "VB" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or _active_after_passive(v)):
            # "would not free the staff and accused the UN", "France has not banned the group, and Algerian
            # officials have demanded": a finite conjunct, or one with its own subject, has its own mood; but
            # "is expected to arrive and then travel": a 'present' beside a bare infinitive is one too
            break
        v = v.head
        chain.append(v)
    for w in chain:
        for c in kids[w.i]:
            if dep[c] == "neg" and w.i != verb.i and dep[w.i] != "conj":
                negated = True
            if dep[c] == "aux":
                if low[c] in HYPOTHETICAL_AUX:
                    modality = "hypothetical"
                elif low[c] in FUTURE_AUX and modality == "asserted":
                    modality = "announced"
            if dep[c] == "mark" and low[c] in CONDITION_MARKS:
                modality = "hypothetical"
        if dep[w.i] == "advcl" and any(dep[c] == "mark" and low[c] in CONDITION_MARKS for c in kids[w.i]):
            modality = "hypothetical"
    if any(dep[c] == "dobj" and any(low[d] == "no" and dep[d] in ("det", "neg") for d in kids[c]) for c in own):
        negated = True  # "reached no agreement"
    gov = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
    if gov is not None and gov.lemma_.lower() in HYPOTHETICAL_GOVERNORS and verb.dep_ == "ccomp" and gov.lemma_ in ("fear", "worry"):
        modality = "hypothetical"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(dep[c] == "aux" and low[c] == "to" for c in own):
        modality = "intended"  # "Qatar is to host talks": scheduled, not done
    elif verb.dep_ == "xcomp" and verb.head.lower_ in SCHEDULED and (verb.head.pos_ == "ADJ" or any(
            c.dep_ == "auxpass" for c in verb.head.children)):
        modality = "intended"  # "is due to travel", "is expected to meet": planned or forecast, not done
    elif verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in WILLING and modality == "asserted":
        modality = "announced"  # "is willing to withdraw" states an intention
    if gov is not None and verb.dep_ == "xcomp" and base(gov) in INTENT_GOVERNORS and modality == "asserted" \
            and gov.lower_ not in SCHEDULED:
        modality = "announced" if base(gov) not in ("want", "hope", "wish", "seek", "try", "expect", "mean",
                                                    "design") else "intended"
    if gov is not None and verb.dep_ == "xcomp" and base(gov) in CEASING | AVOIDING:
        negated = True  # "agreed to stop bombing Houthi targets": no bombing is told
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and base(verb.head.head) in AVOIDING:
        negated = True  # "refrained from criticising Kabul"
    if gov is not None and verb.dep_ == "xcomp" and gov.lemma_.lower() in ("have",) and any(
            c.lower_ == "no" for c in gov.subtree):
        negated = True
    if verb.dep_ == "xcomp" and gov is not None and any(c.lower_ == "no" for c in gov.children if c.dep_ in ("det", "neg")):
        negated = True
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and (any(c.lower_ == "no" for c in verb.head.children) or
                                                            verb.head.lemma_.lower() in REFUSALS):
        negated = True  # "has no plans to attack", "its refusal to back the war"
    elif verb.dep_ == "acl" and verb.head.dep_ == "dobj" and (any(c.dep_ == "neg" for c in verb.head.head.children)
                                                             or base(verb.head.head) in PREVENTING):
        negated = True  # "did not sign / blocked the statement condemning X": no one condemned through it
    elif verb.dep_ == "acl" and verb.head.lemma_.lower() in MODAL_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and modality == "asserted":
        modality = "hypothetical"  # "its right to defend itself", "a plan to attack": a possibility, not a deed
    if gov is not None and verb.dep_ in ("xcomp", "ccomp") and base(gov) in PERMIT_GOVERNORS and \
            modality == "asserted":
        modality = "intended"  # "rules that allow it to detain foreigners": permitted, not done
    if verb.dep_ == "advcl" and any(dep[c] == "aux" and low[c] == "to" for c in own) and \
            not (verb.head.lemma_.lower() in VEHICLES and any(c.dep_ == "dobj" for c in verb.head.children)) and \
            verb.head.lemma_.lower() not in ASSEMBLING and \
            modality == "asserted":
        modality = "intended"  # "deployed troops to fight traffickers": a purpose, not a deed
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and modality == "asserted" and not any(
            dep[c] in ("aux", "auxpass") for c in own):
        modality = "habitual"  # "the United States, which holds regular exercises with India": a habit described
    rel = verb.head if shares_passive(verb) else verb
    if rel.dep_ == "relcl" and modality == "asserted" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in rel.children):
        modality = "habitual"  # "the government, which is based in Aden and backed by Riyadh": a standing state

    if modality == "asserted" and any(dep[c] == "advmod" and low[c] in HABIT_ADVERBS for c in own) and \
            not any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree):
        modality = "habitual"  # "usually expels diplomats", "has repeatedly accused Russia" (not "... in 2024")
    subjects = [c for c in own if dep[c] in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":  # "any group that threatens Turkey": the relative's antecedent is the subject
        subjects.append(cols.head[verb.i])
    if any(any(low[d] == "any" and dep[d] == "det" for d in kids[c]) for c in subjects) and modality == "asserted":
        modality = "hypothetical"  # "any group that threatens Turkey": no one in particular
    if modality == "announced" and verb.dep_ == "ccomp" and base(verb.head) in WISHES and any(
            dep[c] == "nsubj" for c in own):
        modality = "intended"  # "farmers hoped the two sides would talk soon": a wish, not the sides' intent
    for up in _governors(verb):  # "a pact that would let their forces train": the governor's mood reaches down
        ups = kids[up.i]
        if any(dep[c] == "aux" and low[c] in GOVERNING_AUX for c in ups) or any(
                dep[c] == "mark" and low[c] in CONDITION_MARKS for c in ups):
            modality = "hypothetical" if modality == "asserted" else modality
        elif (base(up) in WISHES or base(up) == "call" and any(  # "called on X to", not "On Monday, X called"
                dep[c] == "prep" and low[c] in ("for", "on", "upon") and c == up.i + 1 for c in ups)
                or base(up) in DIRECTIVES and any(dep[c] == "dobj" for c in ups)) \
                and modality == "asserted":
            modality = "intended"  # "officials want China to cancel the debt": wanted, not done
    if modality == "asserted" and verb.dep_ == "conj" and (verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.head.tag_ == "VB") \
            and verb.head.i != verb.i and not any(
            dep[c] in ("nsubj", "nsubjpass") or dep[c] == "aux" and low[c] != "to" for c in own):
        modality = modality_of(verb.head)[1]  # "allows police to train officers and assist": both are allowed;
        # "called on all sides to stop fighting and to protect civilians": both are asked
    subj = next((doc[c] for c in own if dep[c] == "nsubj"), verb)
    meaning = verb.head if verb.dep_ == "ccomp" and base(verb.head) in MEANING else \
        verb.doc[subj.left_edge.i - 1] if subj.left_edge.i else verb
    if meaning.i != verb.i and base(meaning) in MEANING and any(c.dep_ == "neg" for c in meaning.children):
        modality = "hypothetical"  # "the wording did not mean Indonesia recognised China's claims" (however parsed):
        # an act said not to follow from another, not told as done (nor refused)
    if modality == "asserted" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and any(
            dep[c] == "mark" and low[c] in WHILE_MARKS for c in own) and not _as_it_happened(verb):
        held = modality_of(verb.head)[1]  # "asking Turkey to keep oil flowing while the two governments negotiate":
        if held != "asserted":  # the negotiation is part of what is asked, not told as under way
            modality = "intended" if held == "announced" else held
    return negated, modality


def _governors(verb):
    """Verbs above a complement clause, up to the first verb of saying (what a speaker says stays asserted)."""
    v = verb
    while v.dep_ in ("ccomp", "xcomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") and not apart(v):
        below, v = v, v.head
        if v.lemma_.lower() in SPEECH and not (below.dep_ == "xcomp" and base(v) in DIRECTIVES):
            return  # but "told Kyiv to consult Warsaw" directs, it tells nothing done
        yield v


def _participle_of(verb) -> bool:
    """"would send a note this week asking Barbados to delay": a bare participle told beside a verb shares its mood."""
    cols = columns(verb.doc)
    return cols.dep[verb.i] == "advcl" and cols.tag[verb.i] == "VBG" and cols.lemma[verb.i] not in RESULTS and not any(
        cols.dep[c] in ("nsubj", "nsubjpass", "mark", "aux") for c in cols.kids[verb.i]) and not modality_of(verb.head)[0]
    # (not after a refusal: "would not hand him over, prompting X to", "had not agreed ..., denying a report")


def _as_it_happened(verb) -> bool:
    """"said she would challenge the result, as police detained 58 people": a past tense after a bare "as" is told
    as done beside the intent; "would withdraw once / as soon as the force arrived" is the intent's own time."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return verb.tag_ == "VBD" and "as" in marks and "soon" not in marks


def denied(verb) -> bool:
    """'denies it supports X'. A denial that already has its object ("..., a charge Islamabad denies") denies
    that, not the clause the parser hung on it; so does one the parser gave the charge as subject ("..., a charge
    Phnom Penh rejected"). And "reports that X had closed its border proved false": what the report said."""
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("oprd", "acomp", "attr") and c.lower_ in DISPROVED for c in verb.head.head.children):
        return True
    deny = verb.head
    if verb.i < deny.i and ";" in columns(verb.doc).text[verb.right_edge.i + 1 : deny.i]:
        return False  # a headline's "Niger shuts crossing; Abuja denies harbouring saboteurs": two clauses
    return verb.dep_ == "ccomp" and deny.lemma_.lower() in DENIAL and not (verb.i < deny.i and any(
        c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CHARGES for c in deny.children))


DISPROVED = {"false", "untrue", "unfounded", "baseless", "groundless", "wrong", "inaccurate", "incorrect", "fake"}


def reporter_of(verb, found) -> dict | None:
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH:
        return None
    speaker = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.i in found.heads:
        return found.heads[speaker.i][0]
    return None


def base(verb) -> str:
    """The verb's lemma, mended where the tagger's lemma is another word ("hopes", "hoped" -> "hop")."""
    cols = columns(verb.doc)
    lemma, low = cols.lemma[verb.i], cols.lower[verb.i]
    if lemma in GOVERNING_VERBS:
        return lemma
    for ending in ("s", "d", "ed"):  # "hopes" -> "hope", "hoped" -> "hope", "wanted" -> "want"
        if low.endswith(ending) and low[: -len(ending)] in GOVERNING_VERBS:
            return low[: -len(ending)]
    if low.endswith("ing"):  # "hoping" -> "hope" (tagged "hop"), "planning" -> "plan"
        stem = low[:-3]
        for guess in (stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem):
            if guess in GOVERNING_VERBS:
                return guess
    return lemma


GOVERNING_VERBS = INTENT_GOVERNORS | WISHES | PERMIT_GOVERNORS | HYPOTHETICAL_GOVERNORS


def standing(verb, code: str) -> bool:
    """'the United States, which has backed Guyana': a position held, described in a relative clause in the
    present perfect with no date, is no act of the day (but "Oman, which has hosted talks" tells acts)."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and code[:2] in STANCE_ROOTS and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and not any(
        t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def scheduled(verb) -> bool:
    """'Karaman travels on Wednesday to Alexandria': a present simple with a weekday of its own, in the body of an
    article (not a headline's present), tells a plan, not a visit made."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        t.lower_ in WEEKDAYS for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def ongoing(verb) -> bool:
    """'signed a peace treaty in 1994 and cooperate closely on security': a present-tense conjunct of a past act
    tells what is done now and always, not on the past act's day."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP") and verb.head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
