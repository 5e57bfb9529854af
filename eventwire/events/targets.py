"""Candidate targets of a verb event, nearest first; the coder picks the first that could be an actor."""

from __future__ import annotations

from eventwire.events.lexicon import Pattern
from eventwire.events.syntax import (
    apart,
    clause_tokens,
    named_place,
    nearest_arguments,
    pobjs,
    reduced_passive,
    shares_passive,
)
from eventwire.events.words import (
    FORCE_ROOTS,
    HOSTILE_MEASURES,
    INFORMING,
    LOC_PREPS,
    ROUTE_PREPS,
    ROUTING,
    TARGET_PREPS,
    TOPIC_VERBS,
)
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places.locative import GATHERINGS

# a demand for these is made of whoever holds the people it names
HOLDERS_OF = {"release", "return", "handover", "extradition"}
# acts of words, offers and talks: their venue is not their addressee ("offers talks in Libreville")
WORDS_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
TALKS_CODES = {"040", "041", "044", "045", "046"}  # but a visit's place is whom it visits (042, 043)
MEETINGS = {"meet", "gather", "convene", "negotiate", "talk", "hold", "attend", "resume", "sit"}  # their place is a venue
# refusing to give someone up refuses whoever asked for him: "refused to hand over the blogger to Tajikistan"
GIVING_UP = {"hand", "extradite", "deport", "transfer", "return", "send", "surrender", "give"}
# verbs that give a thing to someone: "returned 12 skulls that date back to A.D. 640 to Peru"
GIVING = {"return", "give", "hand", "send", "deliver", "donate", "transfer", "ship", "supply", "provide", "sell"}
HANDED_TO = GIVING | {"extradite", "lend", "loan", "pay"}  # an intended act whose "to" names its recipient


# a handover another state asks for: "blocked the extradition of three activists" refuses whoever asked for them
# (a deportation or a return is the state's own decision, asked for by no one)
ASKED_FOR = {"extradite", "hand", "surrender", "extradition", "handover", "hand-over"}
# sectors of people handed over (not a state's own organs: "refused to hand over the soldiers" is no request)
HANDED = {"ACT", "OPP", "MED", "CVL", "REF", "JUD", "BUS", "EDU", "LAB", "REL", "HLH", "AGR", "ELI", "CRM", None}


def asker(trigger, tgt: dict | None, code: str) -> dict | None:
    """Whom a refused handover answers when no state is named as its recipient: the government of the people's own
    country, which asked for them ("Ghana's High Court refused to extradite three Togolese activists" answers
    Togo; judged PARTLY with the activists as the target, 182nd pass). None when that does not apply."""
    if code[:2] != "12" or not tgt or not tgt.get("country") or tgt.get("group") or tgt.get("sector") not in HANDED:
        return None
    gives = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_.lower() in ASKED_FOR]
    if not gives or any(True for g in gives for h in [g, *(c for c in g.children if c.dep_ == "dobj")]
                        for _ in pobjs(h, {"to"})):
        return None  # "refused to hand over the blogger to Tajikistan": the recipient is named
    handed = [o for g in gives for o in ([c for c in g.children if c.dep_ == "dobj"] if g.pos_ == "VERB" else
                                        pobjs(g, {"of"}))]
    if not any(tgt["start"] <= t.idx < tgt["end"] for o in handed for t in (o, *o.conjuncts)):
        return None  # the target is not who is handed over ("refused to hand over arms in the country's camp")
    return {**tgt, "code": tgt["country"] + "GOV", "sector": "GOV",
            "how": f"the state that asked for them: {tgt.get('how') or tgt['text']}"}


def target_candidates(verb, pat: Pattern, passive: bool):
    """What a verb could act on, in order of syntactic closeness: the pattern's own prepositions, the
    indirect object, the direct object and its owner, whom its complement acts on, then any argument. Whom a
    hostile object falls on is no target of words about it: "condemned the attack on a church", "backed sanctions
    on Georgian officials" (the attack and the sanctions are what is condemned or backed)."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    hostile = dobj is not None and dobj.lemma_.lower() in HOSTILE_MEASURES - set(pat.objects) and \
        pat.code[:2] not in FORCE_ROOTS  # not the act itself ("impose +sanction", "launch +attack")
    words = pat.code[:2] in WORDS_ROOTS or pat.code[:3] in TALKS_CODES
    # "called the seizure a violation of the UAE's sovereignty": what the act is called names its victim, not
    # whom the words are aimed at
    named = {k for c in verb.children if c.dep_ == "oprd" for k in subtree_indices(c)} if pat.predicate else set()
    # "accused 'certain circles' of trying to derail the process between Baku and Yerevan": the accused is the
    # object, named or not; the charge's own parties are not
    accused = set(subtree_indices(dobj)) if dobj is not None and pat.code[:3] == "112" and not passive else None
    # help "for" or "to" someone: a country it comes "from" is its origin ("finance planes from Spain for Chile")
    recipient = pat.code[:2] in ("03", "07") and any(
        next(pobjs(h, {"for", "to"}), None) is not None for h in (verb, dobj) if h is not None)
    # "will discuss Serbia", "discussed the importance of holding the Taliban accountable": what is talked about,
    # not whom with (that is the "with" phrase)
    topic = set(subtree_indices(dobj)) - {k for w in pobjs(dobj, {"with"}) for k in subtree_indices(w)} \
        if dobj is not None and verb.lemma_.lower() in TOPIC_VERBS else set()  # ("discussed the case with X": X)
    cols = columns(verb.doc)
    head, dep, low, lemma = cols.head, cols.dep, cols.lower, cols.lemma  # by index: a Token only for what is yielded
    for c in _candidates(verb, pat, passive):
        if c.i in named or c.i in topic or accused is not None and c.i not in accused:
            continue
        if pat.code[:2] != "14" and _through(c, verb):  # (a march "through Chisinau" is aimed at who governs it)
            continue  # "offers aid through Fiji", "a message through Qatar's embassy": the way, not whom it reaches
        if _through(c, verb, SHORTFALLS):
            continue  # "patrolled the border without finding any rebel camp": what was not done reaches no one
        d, h = dep[c.i], head[c.i]
        if pat.code[:3] == "042" and d == "pobj" and low[h] == "from":
            continue  # "migrants arrived from Russia": whence, not whom they visit
        if pat.code[:2] in ("02", "10") and d == "nsubjpass" and h != verb.i:
            continue  # "called for the Israeli diplomat to be expelled": whom it is done to, not who is asked
        if hostile and d == "pobj" and low[h] in ("on", "against") and head[h] == dobj.i:
            continue
        if d == "pobj" and low[h] in ("on", "about", "over") and (
                lemma[head[h]] in GATHERINGS or pat.code[:3] == INFORMING):
            continue  # "hosted a conference on Sudan", "handed over information on the burial sites of Azerbaijani
            # soldiers": what it was about, not who came or who was told
        if d == "pobj" and low[h] in ROUTE_PREPS and head[h] != verb.i and lemma[head[h]] in ROUTING:
            continue  # "help move shipments onward to Kuwait": where the goods go, not whom the help is for
        if recipient and d == "pobj" and low[h] == "from":
            continue  # "would finance planes from Spain for Chile": where the help comes from, not whom it is for
        if words and d == "pobj" and low[h] in LOC_PREPS and named_place(c) and not (
                dep[head[h]] == "xcomp" and head[head[h]] == verb.i and lemma[head[h]] not in MEETINGS):
            continue  # "condemned the expulsions at a session in Washington", "rejected any link to the missiles at
            # Kumamoto" (a town the parser does not tag): a venue is no addressee; but "agreed to lay down arms in
            # Lebanon": where the act agreed to is done (not "agreed to meet in Washington")
        yield c


NOT_PLACES = set(TARGET_PREPS) - LOC_PREPS  # target prepositions that name no place
CHANNELS = {"through", "via"}
SHORTFALLS = {"without"}


def _through(tok, verb, preps=CHANNELS) -> bool:
    """Is `tok` reached from `verb` through a phrase of one of `preps` ("through", "via")?"""
    cols = columns(tok.doc)
    head = cols.head
    t = tok.i
    while t != verb.i and head[t] != t:
        if cols.dep[t] == "prep" and cols.lower[t] in preps:
            return True
        t = head[t]
    return False


def _recipients_in(dobj):
    """"returned a pendant engraved with the image of Peter the Great to Russian authorities": the parser hangs
    the recipient on a word inside the thing given; the last "to" in it, after the thing's own words, is whose."""
    from eventwire.actors import get_lexicon

    if dobj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or get_lexicon().sector(dobj.lemma_.lower()):
        return  # "handed the Iranian envoy a note": the object is whom it was given to
    tos = [t for t in dobj.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != dobj.i]
    if tos:
        yield from (o for o in tos[-1].children if o.dep_ == "pobj")


def _candidates(verb, pat: Pattern, passive: bool):
    kids = list(verb.children)
    if passive:
        yield from (c for c in kids if c.dep_ == "nsubjpass")
        if reduced_passive(verb):
            yield verb.head  # "researchers detained by police": the researchers
        if shares_passive(verb):  # "two journalists were arrested and charged with espionage": the journalists
            yield from (c for c in verb.head.children if c.dep_ == "nsubjpass")
    dobj = next((c for c in kids if c.dep_ == "dobj"), None) or next(  # "called Bolivia's move reckless" as a
        (c for c in kids if c.dep_ == "ccomp" and c.pos_ == "NOUN"), None)  # small clause: its noun is the object
    xcomps = [c for c in kids if c.dep_ in ("xcomp", "ccomp") and not apart(c) or (  # and purpose clauses: "gave X to promote"
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    holders = [verb] + ([dobj] if dobj is not None else []) + xcomps
    for p in pat.particles + pat.target_preps:  # required/preferred prepositions first
        for h in holders:
            yield from pobjs(h, {p})
    if dobj is not None and dobj.lemma_.lower() in HOLDERS_OF:  # "demanded the release of six men detained by X"
        yield from (g for o in pobjs(dobj, {"of"}) for a in o.children if reduced_passive(a)
                    for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj")
    yield from (c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP")  # "handed him a request for X": him
    if dobj is not None and dobj.lemma_.lower() in pat.objects:  # "reiterated Turkey's support for the GNA"
        yield from pobjs(dobj, {"for", "to", "with", "on", "against", "of", "between"})  # "hosted talks between X and Y"
    yield from pobjs(verb, {"to"})  # "lent $1 billion to Indonesia to aid ...": the verb's own "to"
    if dobj is not None and verb.lemma_.lower() in GIVING and not any(True for _ in pobjs(verb, {"to"})):
        yield from _recipients_in(dobj)
    if dobj is not None:
        yield dobj
    yield from pobjs(verb, {"with"})  # after the object: "supported the police with intelligence"
    if dobj is not None:
        yield from (c for c in dobj.children if c.dep_ == "poss" and c.pos_ != "PRON")
    for x in xcomps:  # "urged X to ...", "demanded that X resign", "agreed to allow UN workers ..."
        if x.dep_ in ("ccomp", "advcl"):  # "demanded that X resign", "called for the government to release"
            yield from (c for c in x.children if c.dep_ == "nsubj")
        if x.dep_ in ("xcomp", "advcl"):  # "agreed to offer aid to X": whom the complement acts on
            yield from (c for c in x.children if c.dep_ == "dative")
            yield from (g for c in x.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                        if g.dep_ == "nsubj")  # "refused to allow the plane to land"
            objs = [c for c in x.children if c.dep_ == "dobj"]
            if pat.code[:2] == "12" and x.lemma_.lower() in GIVING_UP:
                yield from (t for h in [x, *objs] for t in pobjs(h, {"to"}))
            yield from pobjs(x, {"to", "with", "into", "from", "against", "on"})
            yield from objs
            for o in objs:  # "agreed to lift a ban on imports of British beef"
                yield from pobjs(o, {"to", "on", "of", "for", "against", "into"})
            yield from pobjs(x, NOT_PLACES)
    yield from pobjs(verb, NOT_PLACES)
    if dobj is not None:
        yield from pobjs(dobj, NOT_PLACES | {"of", "by"})
    clause = clause_tokens(verb)  # "mobilized troops for a battle against X"
    cols = columns(verb.doc)
    yield from (verb.doc[k] for k in subtree_indices(verb) if cols.dep[k] == "pobj" and cols.lower[cols.head[k]] == "against"
                and k in clause)
    for h in holders:  # then the place where it happened stands for its country ("agreed ... in Berlin")
        yield from (o for o in pobjs(h, LOC_PREPS) if o.ent_type_ in ("GPE", "LOC"))
    yield from nearest_arguments(verb, clause)  # last: any argument in the clause, nearest first


MISSIONS = {"force", "mission", "operation", "contingent", "presence", "deployment"}
HELP_ROOTS = {"03", "06", "07"}  # intent to help, material cooperation, aid


def served(tok, found):
    """"sent troops to the UN peacekeeping force in South Sudan": help given to an international mission goes to the
    country the mission serves, named by its "in" (not to a state's own force: "the French force in Mali" is
    France's)."""
    if tok.lemma_.lower() not in MISSIONS or any(a.get("country") for a in found.heads.get(tok.i, [])):
        return None
    return next((o for o in pobjs(tok, {"in"}) if o.ent_type_ in ("GPE", "LOC")), None)


def forum(tok, found) -> bool:
    """'filed a complaint with the U.N. Security Council': where a complaint is lodged, not whom it is about."""
    acts = found.heads.get(tok.i, [])
    return tok.dep_ == "pobj" and tok.head.lower_ in ("with", "before") and bool(acts) and all(
        (a.get("code") or "").startswith("IGO") or a.get("sector") == "JUD" for a in acts)


OWNERS = ("inside:amod", "inside:poss", "inside:compound", "inside:prep:of")  # whose (not where to) within a phrase


def promised_to(tok, trigger, code: str) -> bool:
    """"France and Italy agreed to send aid to Libya", "Bahrain and Kuwait agreed to lift a ban on Egyptian
    products": an intent shared by co-subjects is aimed at whom the intended act reaches (its object or recipient),
    not at each other. Only its own object, its recipient, or whom a ban or sanction it lifts is on: not a partner
    ("with EU help"), a place, their own forces, or where a pipeline goes."""
    if code[:2] != "03":
        return False
    prep, holder = tok.head, tok.head.head
    for x in trigger.children:
        if x.dep_ == "xcomp" and (tok.head.i == x.i and tok.dep_ == "dobj" or prep.dep_ == "prep" and (
                holder.i == x.i and (prep.lower_ in ("on", "against") or prep.lower_ in ("to", "into", "for") and
                                     x.lemma_.lower() in HANDED_TO) or
                holder.dep_ == "dobj" and holder.head.i == x.i and prep.lower_ in ("on", "against"))):
            return True
    return False
