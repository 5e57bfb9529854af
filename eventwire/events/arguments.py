"""From an argument's head token to the actors it names. An argument is always a whole actor mention: the
mention whose head it is, a pronoun's antecedent, a named place standing for its country, or the actor
found inside the phrase ("dozens of Russian websites" -> Russia, "the coup in Gabon" -> Gabon); a phrase
with no actor in it keeps its text, uncoded. Never a token cut out of a name ("New" of "New Orleans")."""

from __future__ import annotations

from eventwire.actors.context import DIPLOMATS, STATE_ORGANS, arbitral
from eventwire.actors.recognize import POSTS, RELATIONAL
from eventwire.events.pairs import pair_of, pair_phrase
from eventwire.events.syntax import actorish, antecedent, leads_clause, named_venue, phrase, reporting_subject
from eventwire.events.words import ACTS, HOSTILE_MEASURES, PLACE_NOUNS
from eventwire.places import big_city, is_region, locate_in
from eventwire.places.locative import GATHERINGS
from eventwire.records import actor, doc_ents, doc_text, join_code, once, split_code

# prepositions through which a phrase still speaks of its owner or place ("districts of Odesa", "a ban on
# imports of British beef", "the coup in Gabon"); not "by" (an agent), "with" (a partner) or time words
INNER_PREPS = {"of", "in", "on", "at", "near", "inside", "from", "to", "into", "across"}
# modifiers and complements searched inside a phrase, nearest first
INNER_DEPS = {"poss", "amod", "compound", "nmod", "prep", "pobj", "appos", "npadvmod", "nummod", "quantmod"}
PLACE_TYPES = ("GPE", "LOC", "FAC")
MAX_DEPTH = 4
OWNER_STEPS = {"poss", "amod", "compound", "nmod", "nummod", "quantmod", "pobj", "appos", "npadvmod", "prep:of",
               "acl", "agent"}
OWNING = {"own", "control", "run", "operate", "charter", "flag"}  # "a ship owned by X" is X's
# what an actor has or does that stands for the actor when named as an argument
OWNED_THINGS = ACTS | {"effort", "efforts", "policies", "role", "stance", "position", "programme", "program",
                       "initiative", "bid", "decisions", "interests", "visit", "trip", "tour", "actions", "conduct",
                       "behaviour", "behavior", "response", "approach", "plans", "record", "invasion", "occupation"}
# places that belong to a sector: "a military base", "a police station", "an army post"
FACILITIES = POSTS | {"academy", "ministry", "office"}


def entity_span(tok):
    """The named entity a token belongs to, if any (kept per Doc)."""
    by_token = once(tok.doc, "entity_of_token", lambda d: {t: e for e in doc_ents(d) for t in range(e.start, e.end)})
    return by_token.get(tok.i)


WHERE_PREPS = {"from", "to", "into"}  # (not a venue's "in": "signed the protocol in Dushanbe")


def place_actor(doc, lo: int, hi: int, tok) -> dict | None:
    """A named place standing for its country ("shelled Kharkiv", "the coup in Gabon")."""
    text = doc_text(doc)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    named_place = tok.ent_type_ in PLACE_TYPES
    # "recalled its ambassador from Accra": a one-word city the tagger took for a person, or for an organisation
    # where only a place can stand (after "from" or "to")
    taken = ("PERSON", "") + (("ORG",) if tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS else ())
    if not named_place and not (tok.pos_ == "PROPN" and hi - lo == 1 and tok.ent_type_ in taken):
        return None
    place = locate_in(doc, text[start:end]) if named_place else big_city(tok.text)
    if place and place["country"] and not (tok.dep_ == "nsubj" and is_region(place)):  # ("Puntland demanded":
        # a region's own government, not the state's)
        return actor(text, start, end, name=place["name"], code=place["country"])
    return None


def _span_of(tok) -> tuple[int, int]:
    """The phrase range, widened to the whole name when the head sits inside a named entity."""
    lo, hi = phrase(tok)
    ent = entity_span(tok)
    if ent is not None and ent.label_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
        lo, hi = min(lo, ent.start), max(hi, ent.end)
    return lo, hi


def inner_actor(head, found) -> tuple[dict, str] | None:
    """The nearest coded actor inside a phrase that is not itself an actor, and the path that reached it.
    A relational noun's owner is the other party ("the Kremlin's critics" are not the Kremlin)."""
    frontier = [(c, _step(c)) for c in _inner(head)]
    for _ in range(MAX_DEPTH):
        nxt = []
        level = [(a, path) for tok, path in frontier for a in found.heads.get(tok.i, []) if a.get("code")
                 and not (_where(path) and not (a.get("country") or a.get("group") or a.get("name")))]
        if level:  # "Yemen's Houthi movement": the group named beside its country is the actor
            return next(((a, p) for a, p in level if a.get("group")), level[0])
        for tok, path in frontier:
            if (tok.ent_type_ in PLACE_TYPES or tok.pos_ == "PROPN") and not (  # "districts of Kherson", however
                    tok.dep_ == "compound" and tok.ent_type_ != "GPE" and not big_city(tok.text)):  # tagged; but "an
                # Eni drillship" names a firm, not a hamlet of that name
                lo, hi = _span_of(tok)
                place = place_actor(tok.doc, lo, hi, tok) or _named_in_place_noun(tok, lo, hi)
                if place is not None:
                    return place, path + ">place"
            nxt += [(c, f"{path}>{_step(c)}") for c in _inner(tok)]
        frontier = nxt
    return None


def _conjoined(doc, found, a: dict) -> list[dict]:
    """Actors of the later conjuncts of the phrase that names `a` ("rescue teams from Turkey and Qatar": Qatar too)."""
    tok = next((doc[i] for i, acts in found.heads.items() if any(b is a for b in acts)), None)
    if tok is None:
        return []
    return [b for c in tok.conjuncts if c.i > tok.i for b in found.heads.get(c.i, []) if b.get("code")]


def _where(path: str) -> bool:
    """Reached through a place preposition: "the use of French in courts" is where it is used, and a bare sector
    there ("courts", "schools") is no party to it (a named place or a country's body still is: "the coup in
    Gabon", "police in Lagos")."""
    return any(step in ("prep:in", "prep:at", "prep:inside", "prep:near") for step in path.split(">"))


def _named_in_place_noun(tok, lo: int, hi: int) -> dict | None:
    """'residential districts of Kherson', 'the town of Sderot': a name a place noun introduces is a place,
    whatever the tagger called it and however small."""
    holder = tok.head.head if tok.dep_ == "pobj" else None
    if holder is None or holder.lemma_.lower() not in PLACE_NOUNS:
        return None
    doc = tok.doc
    place = locate_in(doc, doc[lo:hi].text)
    if place and place.get("country"):
        return actor(doc_text(doc), doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), name=place["name"],
                     code=place["country"])
    return None


def _owner_path(path: str) -> bool:
    """Reached through modifiers and 'of' only: the actor owns or makes up the phrase, which stays whole."""
    return all(step in OWNER_STEPS for step in path.split(">") if step != "place")


def _inner(tok) -> list:
    """Children to search inside a phrase; a relational noun's owner is the other party, not it, and a gathering's
    place is its venue ("talks in Brussels", "the Geneva meeting" are with no Belgian or Swiss), and a hearing's
    subject only its topic ("a hearing on Greenland" faces no Greenlander; but "talks on South Sudan" are its
    parties')."""
    relational, venue = tok.lemma_.lower() in RELATIONAL, tok.lemma_.lower() in GATHERINGS
    return [c for c in tok.children if _descend(c) and not (relational and (c.dep_ == "poss" or c.lower_ == "of"))
            and not (venue and c.lower_ in ("in", "at") or named_venue(c))
            and not (tok.lemma_.lower() in HEARINGS and c.lower_ in ("on", "about", "over", "into"))]


def _step(tok) -> str:
    return f"prep:{tok.lower_}" if tok.dep_ == "prep" else tok.dep_


def _descend(tok) -> bool:
    if tok.dep_ in ("acl", "agent"):  # "trawlers owned by Chinese firms": the owner, past the participle
        verb = tok if tok.dep_ == "acl" else tok.head
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in OWNING
    return tok.dep_ in INNER_DEPS and (tok.dep_ != "prep" or tok.lower_ in INNER_PREPS) and tok.pos_ != "PRON"


HEARINGS = {"hearing", "debate", "inquiry"}  # deliberations whose "on" is a topic
HOMELANDS = {"country", "nation", "homeland"}  # "his country": a person's state
WHOLE = {"IGO", "NGO"}  # codes whose letters after the sector name the body, not a group of a country


def owned(doc, lo: int, hi: int, base: dict | None, inner: dict) -> dict:
    """The whole phrase as the actor, coded from what it says of itself (its sector) and of its owner or place
    (country, group): "Hundreds of Georgians" -> GEO, "opposition leaders in Chad's capital" -> TCDOPP."""
    c, s, g = split_code(inner.get("code"))
    bc, bs, bg = split_code((base or {}).get("code"))
    if s in WHOLE and not (base or {}).get("code"):
        code = inner.get("code")  # "two U.N. employees" are the UN's (IGOUNO), not a bare IGO
    elif g and s not in STATE_ORGANS and not bc:
        code = inner["code"]  # "commanders of the ELN" are the ELN (a rebel group), not a state's army
    elif bs in WHOLE:
        code, inner = base["code"], {}  # "the country's international envoy" serves no one state
    else:
        code = join_code(bc or c, bs or _facility_sector(doc, lo, hi) or s, bg or g)
    text = doc_text(doc)
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    if c and not bc and (code or "").startswith(c):  # "300,000 people in northeast Nigeria": the span holds the
        end = max(end, inner.get("end") or end)  # words its country came from, not "300,000 people" alone
    return actor(text, doc[lo].idx, end, name=(base or {}).get("name") or inner.get("name"), code=code)


def _facility_sector(doc, lo: int, hi: int) -> str | None:
    """'a military base in southern Somalia', 'a police station': whose the place is, by the word before it."""
    from eventwire.actors import get_lexicon

    lex = get_lexicon()
    for t in doc[lo:hi]:
        if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in FACILITIES:
            s = lex.sector(t.lower_) or lex.sector(t.lemma_.lower())
            if s:
                return s
    return None


def resolve(doc, head, found) -> list[tuple[dict, str]]:
    """Actors for an argument head and its later conjuncts ('France and Germany'), each with how it was found."""
    out = []
    for h in [head] + [c for c in head.conjuncts if c.i > head.i and not leads_clause(c)]:
        if h.pos_ == "PRON" and h.i in found.antecedents:  # "it launched airstrikes": name who did it
            out.append((found.antecedents[h.i], "antecedent"))
            continue
        if antecedent(h) is not None:
            out.extend(resolve(doc, antecedent(h), found))  # "seven crew members, who were seized by ...": them
            continue
        if pair_phrase(h) and (pair := pair_of(doc, h, found)):  # "urged both sides", "the two countries agreed"
            out.extend((a, "pair") for a in pair)
            continue
        acts = found.heads.get(h.i, [])
        if any(a.get("country") or a.get("group") or a.get("name") for a in acts):
            out.extend((a, "mention") for a in acts)
            continue
        if h.pos_ == "PRON" and h.lower_ not in ("who", "which"):
            speaker = reporting_subject(h)  # "Farc has said it will release": it = Farc
            if speaker is not None:
                out.extend((a, "speaker") for a, _ in resolve(doc, speaker, found))
            continue
        if not acts and h.pos_ not in ("NOUN", "PROPN", "NUM") and h.ent_type_ == "":
            continue
        lo, hi = _span_of(h)
        place = None if acts else place_actor(doc, lo, hi, h)
        if place is not None:
            out.append((place, "place"))
            continue
        inner = inner_actor(h, found)
        if not acts and (home := _homeland(h, found)):
            # "Araghchi said his country would not negotiate": the state of whoever "his" is, not his office
            out.append((actor(doc_text(doc), doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), code=home),
                        "inside:poss"))
            continue
        if inner is not None and inner[1] == "poss" and not acts and h.lemma_.lower() in OWNED_THINGS:
            # "defended Germany's decision", "criticised Macron's visit": the owner is the actor
            out.append((inner[0], "inside:poss"))
        elif inner is not None and acts and inner[1].endswith("place") and (h.lemma_.lower() in DIPLOMATS or arbitral(h)):  # nor is "an arbitration court in Paris" France's
            out.extend((a, "mention") for a in acts)  # "Western embassies in Podgorica" are not Montenegro's
        elif inner is not None and (acts or actorish(h, found) or _owner_path(inner[1]) or _facility_sector(doc, lo, hi)):
            # "three Hamas fighters", "dozens of Russian websites", "police in Lagos": the phrase is the actor
            if acts:  # the mention's own extent ("three Hamas fighters"), not the head's phrase
                lo, hi = _token_range(doc, acts[0]["start"], acts[0]["end"])
            a = owned(doc, lo, hi, acts[0] if acts else None, inner[0])
            out.append((a, "inside:" + inner[1]))
        elif inner is not None:  # "the coup in Gabon": the actor the thing is about, as it is named
            if h.lemma_.lower() in HOSTILE_MEASURES and inner[1].split(">")[0] in ("prep:on", "prep:against"):
                # "condemned the attack on a church", "backed sanctions on Iran": the one it falls on is no party
                # to the act done about it; the measure itself is what was condemned or backed
                text = doc_text(doc)
                out.append((actor(text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)), "thing"))
            else:
                out.append((inner[0], "inside:" + inner[1]))
                out.extend((a, "inside:" + inner[1]) for a in _conjoined(doc, found, inner[0]))
        elif acts:
            out.extend((a, "mention") for a in acts)
        else:
            text = doc_text(doc)
            way = "phrase" if actorish(h, found) else "thing"  # "Gulen", "DHS" vs "the initiative", "a decision"
            out.append((actor(text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)), way))
    return out


def _homeland(h, found) -> str | None:
    """The country of the person a possessive pronoun names, for "his country", "her nation"."""
    if h.lemma_.lower() not in HOMELANDS or h.tag_ != "NN":
        return None
    owner = next((c for c in h.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    acts = found.heads.get(owner.i, []) if owner is not None else []
    return split_code(acts[0].get("code"))[0] if acts else None


def _token_range(doc, start: int, end: int) -> tuple[int, int]:
    """Token range of a character span (a mention's offsets)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, len(doc))


def coded(doc, head, found) -> bool:
    """Does this argument name a coded actor (itself, its antecedent, its place or the actor inside it)?"""
    return any(a.get("code") for a, _ in resolve(doc, head, found))


def known_party(tok, found):
    """`tok` when it names a party with a country or a group, else None."""
    if tok is None:
        return None
    known = any(a.get("country") or a.get("group") for a, _way in resolve(tok.doc, tok, found))
    return tok if known else None
