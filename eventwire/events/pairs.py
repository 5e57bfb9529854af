"""Who "both sides", "the two countries" and "the two neighbours" are. Analysts code such a phrase as the two states
it stands for ("Nicaragua urged both sides to calm down": NIC 020 HND and NIC 020 SLV; "the two sides agreed to set
up a liaison cell": each with the other), and judged it PARTLY or WRONG each time the coder left it a thing (fifty-
third to fifty-eighth passes). The pair is the one the text names: exactly two countries among the actors before
the phrase in its sentence, else in its own clause ("the two countries agreed to a declaration signed by Mitsotakis
and Erdogan"); else the article's two leading countries when they clearly lead. Not the pair of the sentence before:
"Turkey and Russia traded accusations. Romania and Bulgaria called for calm. NATO urged both countries to talk".
Only actors named by their own words count (not a country context gave). Anything less clear stays a thing (a missed
actor beats a wrong one)."""

from __future__ import annotations

from collections import Counter

from eventwire.actors.context import clause_verb
from eventwire.actors.recognize import POSTS
from eventwire.events.syntax import clause_tokens
from eventwire.records import actor, doc_sents, doc_text, mention_head

PAIR_NOUNS = {"side", "country", "neighbour", "neighbor", "government", "nation", "capital"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}
LEAD_MIN = 3  # mentions each of the article's two leading countries needs to stand for "both sides"


def pair_phrase(h) -> bool:
    """'both sides', 'the two countries', 'both governments' as an argument (not 'on both sides of the border')."""
    if h.lower_ == "two" and h.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the"
                                                                     for c in h.children):
        return True  # "met his Turkish counterpart, and the two agreed to resume talks"
    if h.lemma_.lower() not in PAIR_NOUNS or h.tag_ != "NNS":
        return False
    dual = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") or c.lower_ == "two" and c.dep_ == "nummod"
               for c in h.children)
    to_whom = h.dep_ == "pobj" and h.head.lower_ in ("to", "with", "between")
    return dual and (h.dep_ in ARGUMENT_DEPS or to_whom)


def pair_of(doc, h, found) -> list[dict]:
    """The two state actors the phrase stands for, spanning its text, or none."""
    countries = _pair_countries(doc, h, found)
    if len(countries) != 2:
        return []
    countries -= _actor_side(h, found)  # the subject's own side of "between the two countries" is no target
    lo, hi = min(t.i for t in h.subtree), max(t.i for t in h.subtree) + 1
    text, start, end = doc_text(doc), doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    return [actor(text, start, end, code=_code(c, h, found)) for c in sorted(countries)]


def _code(country: str, h, found) -> str:
    """The side as the text named it: its government when "both governments" says so or the last mention of that
    country before the phrase was its government ("Wang Yi met Lee ... the two sides agreed"), else the country."""
    said = [a for a in found.mentions if a.get("country") == country and a["start"] < h.idx and not a.get("context")]
    if h.lemma_.lower() == "government" or said and said[-1].get("sector") == "GOV":
        return country + "GOV"
    return country


def _pair_countries(doc, h, found) -> set[str]:
    named = [a for a in found.mentions if a.get("country") and not a.get("context")  # by their own words, and a
             and getattr(mention_head(doc, a), "lemma_", "").lower() not in POSTS]  # state, not its "army base"
    sent = next(s for s in doc_sents(doc) if s.start <= h.i < s.end)
    actor_side = _actor_side(h, found)  # "Nicaragua urged both sides": not one of them
    before = {a["country"] for a in named if sent.start_char <= a["start"] < h.idx} - actor_side
    own = _own_clause(h)
    clause = {a["country"] for a in named if sent.start_char <= a["start"] < sent.end_char
              and getattr(mention_head(doc, a), "i", -1) in own}
    for here in (before, clause - actor_side):
        if len(here) == 2:
            return here
    if h.dep_ == "pobj" and h.head.lower_ == "between" and actor_side & (lead := _leaders(named, set())):
        return lead  # "Fiala suspended the consultations between the two countries": his own and the other
    return _leaders(named, actor_side)


def _leaders(named: list[dict], besides: set[str]) -> set[str]:
    """The article's two leading countries (besides those given) when they clearly lead, else none."""
    top = Counter(a["country"] for a in named if a["country"] not in besides).most_common(3)
    if len(top) >= 2 and top[1][1] >= LEAD_MIN and (len(top) == 2 or top[2][1] * 2 <= top[1][1]):
        return {top[0][0], top[1][0]}
    return set()


def _actor_side(h, found) -> set[str]:
    """The countries of the subject (all its conjuncts) of the verb the phrase is an object of: "France, Germany and
    Britain urged both sides" are none of the two."""
    if h.dep_ in ("nsubj", "nsubjpass"):
        return set()
    verb = h.doc[clause_verb(h)]
    return {a["country"] for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)
            for a in found.heads.get(t.i, []) if a.get("country")}


def _own_clause(h) -> set[int]:
    """The tokens of the clause the phrase is an argument of, with the participles that describe its act
    ("agreed to a declaration, signed by Mitsotakis and Erdogan"), not its coordinated or subordinate clauses
    ("signed a treaty in 2014, but Russia has never ratified it")."""
    doc = h.doc
    own = set(clause_tokens(doc[clause_verb(h)]))
    return own | {t.i for i in own for c in doc[i].children if c.dep_ == "acl" for t in c.subtree}
