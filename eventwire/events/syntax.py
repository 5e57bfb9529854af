"""Where things are in spaCy's parse: clause extents, phrase ranges, prepositional objects, argument
search, and whether a phrase head could be an actor. Plain functions shared by the event coder."""

from __future__ import annotations

from eventwire.actors import get_lexicon
from eventwire.events.words import (
    FACTIVE,
    FORCES,
    HUMAN,
    IMPOSING,
    JUDGING,
    LAND_JOINS,
    MEASURES,
    PARTNERED,
    RESPONSES,
    SETTING_PREPS,
    SPEECH,
    SUBJ,
)
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places import locate
from eventwire.places.locative import GATHERINGS
from eventwire.records import doc_ents, once

CLAUSE_DEPS = ("ccomp", "relcl", "advcl", "conj", "parataxis", "acl")


def clause_tokens(head) -> frozenset[int]:
    """Tokens of a verb's own clause: its subtree minus embedded clauses that have their own verb (kept per
    Doc: every event asks for its trigger's clause several times)."""
    cache = once(head.doc, "clauses", lambda d: {})
    if head.i not in cache:
        cache[head.i] = frozenset(_clause(head))
    return cache[head.i]


def _clause(head) -> set[int]:
    doc = head.doc
    cols = columns(doc)
    dep, pos, kids = cols.dep, cols.pos, cols.kids
    out = set()
    stack = [head.i]
    while stack:
        t = stack.pop()
        out.add(t)
        for c in kids[t]:
            if dep[c] in CLAUSE_DEPS and (
                    pos[c] in ("VERB", "AUX") or apart(doc[c])):  # "Thousands march in Dhaka ...; Delhi defends patrol"
                continue
            if dep[c] == "conj" and pos[t] in ("VERB", "AUX"):
                continue  # "call for talks and Egypt sides with Athens": a verb's conjunct, read as a noun, is a clause
            stack.append(c)
    return out


def phrase(h) -> tuple[int, int]:
    lo = min([h.i] + [c.left_edge.i for c in h.lefts if c.dep_ not in ("punct", "cc", "conj", "appos")])
    hi = h.i
    for c in h.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ == "of"):
            hi = max(hi, c.right_edge.i)
        else:
            break
    doc = h.doc
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    return lo, hi + 1


def apart(clause) -> bool:
    """A semicolon between a clause and the verb it hangs from makes two statements the parser joined ("Guyana
    accuses Suriname ...; OAS urges restraint": the accusation is not what the OAS urges)."""
    head = clause.head
    lo, hi = (clause.right_edge.i, head.i) if clause.i < head.i else (head.i, clause.left_edge.i)
    return any(t.text == ";" for t in clause.doc[lo + 1:hi])


def pobjs(head, preps: set[str], dep: str = "prep"):
    doc = head.doc
    cols = columns(doc)
    deps, kids = cols.dep, cols.kids
    for c in kids[head.i]:
        if deps[c] in (dep, "prt", "dative") and cols.lower[c] in preps:
            yield from (doc[g] for g in kids[c] if deps[g] == "pobj")


def factive_object(noun) -> bool:
    """'to protest the detention of traders': an act a verb of disapproval takes as its object took place, and
    before the words about it, whatever the mood of those words."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in FACTIVE


def stray_agents(verb) -> list:
    """'to protest the detention of traders by gendarmes': the parser hangs the object act's "by" phrase on the
    active verb, which has no agent of its own; those are the object act's doers."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [o for o in pobjs(verb, {"by"}) if o.pos_ in ("NOUN", "PROPN")]


SUBORDINATORS = {"after", "before", "since", "until", "once", "when", "while", "as"}


def subject_taken_as_object(verb):
    """'Castro acted after the U.S. ambassador criticised a meeting', 'Hanoi welcomes ruling as UNHCR and Washington
    urge Thailand': the parser reads 'after the ambassador' as a phrase of the main clause and leaves the finite verb
    without a subject; the noun that phrase ends on, just before the verb, is that verb's own subject (never the
    main clause's)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and doc[k].is_punct:
        k -= 1
    t = doc[k]
    while t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i < verb.i and t.head.i != t.i:
        t = t.head  # "the then U.S. ambassador, Laura Dogu," "UNHCR and Washington": the phrase's head
    if t.dep_ == "pobj" and t.head.lower_ in SUBORDINATORS and t.head.dep_ == "prep":
        return t
    return None


COUNTS = {"thousand", "hundred", "dozen", "score", "million", "group", "number"}  # "thousands of its citizens"


def counted(tok):
    """'thousands of its citizens' -> 'citizens': what a count counts, else the word itself."""
    if tok.lemma_.lower() in COUNTS:
        return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), tok)
    return tok


def names_people(tok) -> bool:
    """Does this object name people ("seized the crew", "questioned three lorry drivers", "detained two soldiers",
    "thousands of its citizens"), not property or a place ("seized the capital Sanaa", read as a person)? A plural
    sector noun is people."""
    if (inner := counted(tok)) is not tok:
        return names_people(inner)
    if tok.lemma_.lower() in HUMAN or tok.ent_type_ in ("PERSON", "NORP") and not (
            tok.pos_ == "PROPN" and locate(tok.text)):
        return True
    if tok.tag_ != "NNS":
        return False
    lex = get_lexicon()
    compound = " ".join([t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_])
    return bool(lex.sector(compound) or lex.sector(tok.lower_))


def actorish(tok, found) -> bool:
    """Could this phrase head be an actor (a who, not a what)?"""
    if tok.i in found.heads or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PROPN":  # a name, unless it names an event, law or work ("the Gulf War")
        return tok.ent_type_ not in ("EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "DATE", "TIME", "MONEY")
    return tok.lemma_.lower() in HUMAN or tok.lower_ in HUMAN or bool(
        get_lexicon().sector(tok.lemma_.lower()))


def actor_like(a: dict) -> bool:
    return bool(a.get("code") or a.get("name"))


def distinct(acts: list[dict]) -> bool:
    return len({(a["code"], a["start"]) for a in acts}) > 1


def conjoined_subject(verb) -> list:
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if subj is None:
        return []
    return [subj, *subj.conjuncts] if subj.conjuncts else [t for t in subj.children if t.dep_ == "conj"] + [subj]


def own_forces(tok) -> bool:
    """'mobilized the army', 'mobilised its men': the actor's own forces are the means, not the target."""
    return tok.lemma_.lower() in FORCES and not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                                    for c in tok.children)


def self_owned(tok) -> bool:
    """'agreed to extend their peacekeeping mission in X': the actor's own mission is not whom it acts on
    (but 'met his counterpart', 'arrested his rival': a person is someone else)."""
    cols = columns(tok.doc)
    return cols.lemma[tok.i] not in HUMAN and cols.ent_type[tok.i] != "PERSON" and any(
        cols.dep[c] == "poss" and cols.lower[c] in ("its", "their", "our", "his", "her") for c in cols.kids[tok.i])


def breadth_first(roots, inside=lambda t: True):
    """Tokens from `roots` down, nearest first; a token not `inside` is skipped with everything below it."""
    frontier = list(roots)
    while frontier:
        nxt = []
        for t in frontier:
            if inside(t):
                yield t
                nxt.extend(t.children)
        frontier = nxt


def nearest_arguments(verb, clause: set[int]):
    """Nouns that are objects anywhere in the verb's clause or its purpose clauses (not its subject), breadth
    first from the verb."""
    subj = {k for c in verb.children if c.dep_ in SUBJ or c.dep_ == "agent" for k in subtree_indices(c)}  # nor its doer
    # nor the deed it answers: "sentenced two agents for selling land in the north", "arrested two men for spying
    # for Russia": the parties of the ground named by "for"/"over" + a gerund are not whom the act falls on
    subj |= {k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over") and
             any(g.dep_ == "pcomp" for g in c.children) for k in subtree_indices(c)}
    for c in verb.children:
        if c.dep_ == "advcl" and any(a.lower_ in ("to", "until", "unless") and a.dep_ in ("aux", "mark")
                                     for a in c.children):  # "to help X", "until X ratifies"
            clause = clause | set(subtree_indices(c))
    for t in breadth_first(verb.children, lambda t: t.i not in subj and t.i in clause):
        if t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "dative", "attr") and t.pos_ in ("NOUN", "PROPN") and not (
                t.dep_ == "pobj" and t.head.lower_ in ("as", "like", "than")):  # a role or a likeness, no party
            yield t


def noun_arguments(noun):
    """Who an event noun is about, nearest first (breadth first through its phrase): possessors, objects of
    prepositions ("release of Temer", "links with 21 countries") and subjects of its clauses ("claims that
    two servicemen abused")."""
    for t in breadth_first(noun.children):
        if (t.dep_ == "poss" and t.pos_ != "PRON") or (
                t.dep_ in ("pobj", "nsubj", "nsubjpass") and t.ent_type_ not in ("DATE", "TIME", "MONEY")):
            yield t


def reporting_subject(pron):
    """The subject of the speech verb whose reported clause this pronoun is the subject of, if any."""
    v = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in ("it", "they", "he", "she", "we"):
        return None
    while v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH:
        return None
    subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


NAMED_AFTER_PLACES = {"agreement", "accord", "accords", "treaty", "declaration", "protocol", "process", "format",
                      "summit", "talks", "communique", "charter", "convention", "framework", "deal", "agenda"}
NAMED_AFTER_VENUES = GATHERINGS | NAMED_AFTER_PLACES  # a town named on them is where they met


def named_venue(tok) -> bool:
    """'the Geneva meeting', 'the Minsk agreement': a town named on a gathering or an accord is where it met, no
    party to it (but "the Iran talks" name a state that takes part)."""
    if tok.dep_ != "compound" or tok.head.lemma_.lower() not in NAMED_AFTER_VENUES or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False  # "European Union accession talks": a body, not the town called Union
    place = locate(next((e.text for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), tok.text))
    return place is not None and place.get("lat") is not None  # a town has a position; a state's name has none


def with_possessors(cands):
    """Each candidate, then its possessor or owner: "gratitude for Pakistan's role" -> role, then Pakistan; a
    place that names an agreement or a meeting is not its owner ("signed the Pretoria agreement with the TPLF")."""
    for c in cands:
        yield c
        doc = c.doc
        cols = columns(doc)
        dep, ent = cols.dep, cols.ent_type
        named = cols.lemma[c.i] in NAMED_AFTER_PLACES
        yield from (doc[p] for p in cols.kids[c.i] if dep[p] == "poss" and cols.pos[p] != "PRON" or (  # "a US resolution"
            dep[p] == "compound" and ent[p] in ("GPE", "NORP", "ORG") and not (named and ent[p] == "GPE")
            and not named_venue(doc[p])))




def in_setting(tok, verb) -> bool:
    """Is the token inside a phrase that sets the act's time or circumstance ("after a shooting near Kosovo")?
    A partner named in it stays one: "called off the strike after the agreement with the government"."""
    cols = columns(tok.doc)
    head, dep, lower = cols.head, cols.dep, cols.lower
    t = tok.i
    partner = False
    for _ in range(12):
        if t == verb.i or head[t] == t:
            return False
        if dep[t] == "prep" and lower[t] in ("with", "between") and cols.lemma[head[t]] in PARTNERED:
            partner = True
        if dep[t] == "prep" and lower[t] in SETTING_PREPS:
            return not partner
        t = head[t]
    return False


def in_response(tok, verb) -> bool:
    """Is the token inside "in (what was seen as) a response to X"? Help or praise given in answer to X is not
    given to X ("would help redevelop it, in what was seen as a response to China's presence"); a protest or an
    attack in answer to X usually is aimed at X, so callers ask this only of cooperative acts."""
    cols = columns(tok.doc)
    head = cols.head
    t = tok.i
    for _ in range(12):
        if t == verb.i or head[t] == t:
            return False
        if cols.dep[t] == "pobj" and cols.lemma[t] in RESPONSES and cols.lower[head[t]] in ("in", "as"):
            return True
        t = head[t]
    return False




def antecedent(tok):
    """The noun a relative pronoun stands for ("seven crew members, who were seized": members), else None."""
    if (tok.tag_ in ("WDT", "WP") or tok.lower_ in ("who", "which", "that")) and tok.head.dep_ == "relcl" and \
            tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head
    return None


def reduced_passive(verb) -> bool:
    """'six researchers detained by Tanzanian marine police': a past participle after its noun, with its doer named."""
    cols = columns(verb.doc)
    return cols.dep[verb.i] == "acl" and cols.tag[verb.i] == "VBN" and any(cols.dep[c] == "agent" for c in cols.kids[verb.i])


def leads_clause(tok) -> bool:
    """'warned of retaliation and China offered to host talks': the parser made 'China' a conjunct of the object,
    but the finite verb right after it, which has no subject of its own, is what China did."""
    if tok.head.dep_ in ("nsubj", "nsubjpass") or tok.right_edge.i + 1 >= len(tok.doc):
        return False  # "Jordan and Britain have agreed": co-subjects
    nxt = tok.doc[tok.right_edge.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    # "with the UAE backing separatists and Riyadh supporting the government": a participle after it as well
    absolute = nxt.tag_ == "VBG" and nxt.dep_ in ("pcomp", "advcl", "conj")
    return (nxt.tag_ in ("VBD", "VBZ", "VBP") or absolute) and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def argument_of(tok, trigger) -> bool:
    """A direct argument of the trigger: its object, or the object of one of its own prepositions (not one
    that sets the time or the circumstance: "meet after the Taliban takeover")."""
    if tok.head.dep_ == "prep" and tok.head.lower_ in SETTING_PREPS:
        return False
    if tok.head.i == trigger.i or (tok.head.head.i == trigger.i and tok.head.dep_ in ("prep", "dative")):
        return True
    obj = tok.head.head  # "held talks with Iran": the object's own partner
    return tok.head.dep_ == "prep" and obj.dep_ == "dobj" and obj.head.i == trigger.i


def dep_path(trigger, tok) -> str:
    """How a token hangs from a trigger, for the record's `rule`: 'nsubj', 'prep:to>pobj', '^xcomp>nsubj'."""
    if tok.i == trigger.i:
        return "trigger"
    cols = columns(tok.doc)
    head, dep = cols.head, cols.dep
    ancestors = {tok.i}
    a = tok.i
    for _ in range(len(head)):  # Token.ancestors: up the heads to the root
        if head[a] == a:
            break
        a = head[a]
        ancestors.add(a)
    up, t = [], trigger.i
    while t not in ancestors and head[t] != t:
        up.append("^" + dep[t])
        t = head[t]
    if t not in ancestors:
        return "elsewhere"
    down, u = [], tok.i
    while u != t:
        down.append(f"{dep[u]}:{cols.lower[u]}" if dep[u] in ("prep", "agent") else dep[u])
        u = head[u]
    return ">".join(up + down[::-1]) or "trigger"


def clause_of(trigger) -> str:
    """Where the trigger sits: its relation to its head, the word introducing its clause and a perfect
    ("advcl:after+had", "ROOT+has"), so a reader (and the confidence model) sees a background clause as one."""
    mark = next((c.lower_ for c in trigger.children if c.dep_ == "mark"), "")
    have = [c.tag_ for c in trigger.children if c.dep_ == "aux" and c.lemma_ == "have"]
    perfect = "+had" if "VBD" in have else "+has" if have else ""  # "has mediated": a past not yet dated
    now = "+now" if trigger.tag_ in ("VBZ", "VBP") or trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in trigger.children) else ""  # "is pressuring": ongoing
    return trigger.dep_ + (":" + mark if mark else "") + perfect + now


def measure_taken(verb) -> bool:
    """'(agreed) to widen sanctions', 'to impose duties': the clause puts a measure on someone."""
    return verb.lemma_.lower() in IMPOSING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEASURES for c in verb.children)


def cut_off(conj) -> bool:
    """A finite conjunct ("have killed") with no "and" of its own verb before it and a relative clause in between:
    the parser has joined a relative clause's verb to the main one."""
    head = conj.head
    if any(c.dep_ == "cc" and head.i < c.i < conj.i for c in head.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "are", "is", "were", "was") for c in conj.children):
        return False
    return any(t.dep_ == "relcl" and head.i < t.i < conj.i for t in head.doc[head.i:conj.i])


def named_as(tok, verb) -> bool:
    """Inside a judging verb's own "as" phrase: what something is described as, not whom ("described the strikes
    as a violation of Iraqi sovereignty": not Iraq); "recognising the village as part of Sierra Leone" still names
    whose it is."""
    if verb.lemma_.lower() not in JUDGING:
        return False
    cols = columns(tok.doc)
    head = cols.head
    t = tok.i
    while t != verb.i and head[t] != t:
        if cols.dep[t] == "prep" and cols.lower[t] == "as" and head[t] == verb.i:
            return True
        t = head[t]
    return False


def no_act_of_states(verb, passive: bool) -> bool:
    """Verbs of acts used of land or of people on the move: "the border triangle where Libya, Sudan and Egypt meet"
    (borders meeting, judged no such event in j598), "hundreds of their citizens sheltering in police stations"
    (taking shelter, not giving asylum: the sheltered were made the givers in j597)."""
    lemma = verb.lemma_.lower()
    if lemma == "meet" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in LAND_JOINS and any(
            c.lower_ == "where" for c in verb.children):
        return True
    return lemma == "shelter" and not passive and not any(c.dep_ == "dobj" for c in verb.children)


def shares_passive(verb) -> bool:
    """A participle joined to a passive with nothing of its own is passive too: "activists were detained and
    deported" (not "the men were released and threatened to restrict ...", a participle with an object)."""
    cols = columns(verb.doc)
    dep, kids, head = cols.dep, cols.kids, cols.head[verb.i]
    return dep[verb.i] == "conj" and cols.tag[verb.i] == "VBN" and head != verb.i and any(
        dep[c] == "auxpass" for c in kids[head]) and not any(
        dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "xcomp", "ccomp") for c in kids[verb.i])


def named_place(tok) -> bool:
    """A place named by its own name: tagged as one, or a proper noun the gazetteer knows ("Kumamoto", which the
    parser leaves untagged)."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.pos_ == "PROPN" and locate(tok.text) is not None
