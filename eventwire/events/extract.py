"""Code events from the parse: a verb or event noun from the lexicon, its source and target phrases, and
one record per source-target pair. Negation and modality live in modality.py, date and place in
setting.py, the order in which a verb's possible targets are tried in targets.py."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span

from eventwire.actors.context import DIPLOMATS
from eventwire.actors.recognize import Found
from eventwire.events.arguments import PLACE_TYPES, coded, known_party, resolve
from eventwire.events.control import controller, past_teller
from eventwire.events.coreport import BEGAN, date_from_retelling
from eventwire.events.lexicon import NO_EVENT, EventLexicon, Pattern
from eventwire.events.modality import base, denied, modality_of, ongoing, reporter_of, scheduled, standing
from eventwire.events.ontology import lookup, settle
from eventwire.events.pairs import pair_phrase
from eventwire.events.posture import DRILLS, announced_drill, at_home, drill_alone, peacekeeping
from eventwire.events.precision import refusal
from eventwire.events.replies import ACTS_BY_NOUN, MOVES
from eventwire.events.setting import date_rule, event_date, event_place, said_date
from eventwire.events.syntax import (
    actor_like,
    actorish,
    antecedent,
    argument_of,
    clause_of,
    clause_tokens,
    conjoined_subject,
    counted,
    cut_off,
    dep_path,
    distinct,
    factive_object,
    in_response,
    in_setting,
    measure_taken,
    named_as,
    named_place,
    named_venue,
    names_people,
    no_act_of_states,
    noun_arguments,
    own_forces,
    pobjs,
    reduced_passive,
    self_owned,
    shares_passive,
    stray_agents,
    subject_taken_as_object,
    with_possessors,
)
from eventwire.events.targets import (
    HELP_ROOTS,
    OWNERS,
    TALKS_CODES,
    WORDS_ROOTS,
    asker,
    forum,
    promised_to,
    served,
    target_candidates,
)
from eventwire.events.tellers import continued_statement_date, following_statement_date
from eventwire.events.words import (
    ACTS,
    ADDRESSEES,
    ADVERB_PARTICLES,
    ARMED_FORMS,
    ARMED_SECTORS,
    ASKING,
    BEGUN,
    BLAME,
    CEASING,
    CIVIL_FORMS,
    CIVIL_SECTORS,
    CONTAINERS,
    CRITICISED_EXTRA,
    CROWD_CONTROL,
    CROWDS,
    CURRENCY,
    DECIDING,
    DETENTIONS,
    DOCUMENTS,
    FIXED_OBJECTS,
    FLOWS,
    FORCE_ROOTS,
    FORCES,
    FORUM_CODES,
    FUTURE_AUX,
    GIVING_ROOTS,
    GOODS,
    HARMS,
    HOLDINGS,
    HOSTILE_INTENT,
    HOSTILE_MEASURES,
    HYPOTHETICAL_AUX,
    INFORMING,
    JOINT_AIMS,
    LIGHT,
    LISTING,
    LISTS,
    LOC_PREPS,
    MEANS_ROOTS,
    MEASURES,
    MUTUAL_ROOTS,
    NATURE,
    NEVER_TARGETS,
    NOT_HELD,
    NOT_MUTUAL,
    NOT_YET_ACTS,
    OBLIGATION,
    ON_DUTY,
    PERMIT,
    PLACE_BOUND_ROOTS,
    PRIVATE_SECTORS,
    PRIVATE_TRAVELLERS,
    PROPOSALS,
    PROTESTED,
    QUANTITY_PARTICLES,
    REFUSING,
    REPORTERS,
    RESULTS,
    RESULTS_OF_FORCE,
    RIOT,
    RIOTERS,
    SCHEDULED,
    SENT_OUT,
    SILENCE,
    SPEECH,
    STATE_PROTEST,
    SUBJ,
    SUMMONED,
    SYMBOLS,
    SYMMETRIC,
    TAKE_PART,
    TARGET_PREPS,
    TOLD_THINGS,
    UNDERGO,
    UNDONE,
    VEHICLES,
    VERBAL_ACTS,
    VISIT,
    WEAPONS,
    WRONGS,
)
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places import locate
from eventwire.records import doc_sents, doc_text, event_id, join_code, mention_head, span


@dataclass
class Sentence:
    """What every rule needs to know about the sentence being coded, and where its events go."""

    doc: Doc
    span: Span
    index: int
    found: Found
    article_id: str
    pubdate: str | None
    dateline: dict | None
    events: list[dict]
    seen: set[tuple]
    retold: list[tuple[int, str, str, str]]  # (sentence, root, patient, day) of acts told again without a doer

    @cached_property
    def text(self) -> str:
        """The sentence's text, built from its tokens once, not once per event."""
        return self.span.text


def _decided(verb, code: str, modality: str) -> str:
    """"EU ministers agreed to widen sanctions": the decision is the measure (16x), no threat of one."""
    if modality == "announced" and code[:2] == "16" and verb.dep_ == "xcomp" and base(verb.head) in DECIDING:
        return "asserted"
    return modality


def _in_a_name(cols, i: int, start: int) -> bool:
    """A capitalised word inside an organisation's or a law's name is no act: "the Committee to Protect
    Journalists", "the Catholic Bishops Conference of Papua New Guinea" (but a sentence's first word may be
    capitalised for being first)."""
    return cols.ent_iob[i] == "I" and cols.ent_type[i] in ("ORG", "LAW", "WORK_OF_ART") and i > start and \
        cols.text[i][:1].isupper()


BORDERS = {"border", "frontier", "boundary"}


def _names_a_border(tok) -> bool:
    """'the German border': the word is the neighbour a border is named by, no party to what happens at it."""
    return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in BORDERS


def _at_a_border(head, found) -> bool:
    """Is the only actor an argument names the neighbour a border is named after ("a bridge on the German border")?"""
    if _names_a_border(head):
        return True
    if not any(t.lemma_.lower() in BORDERS for t in head.subtree):
        return False
    found_as = [way for _a, way in resolve(head.doc, head, found)]
    return bool(found_as) and all(way.startswith("inside:") for way in found_as)


def _venue(head, found) -> bool:
    """Is the only actor an argument names a place it is said to be in or at: the place itself ("resumed talks in
    Kuala Lumpur") or a place inside the phrase ("met the commission's commissioner in Addis Ababa")?"""
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "at") and (
            head.ent_type_ in ("GPE", "LOC", "FAC") or locate(head.text) is not None):
        return True
    found_as = [way for _a, way in resolve(head.doc, head, found)]
    return bool(found_as) and all(way.startswith(("inside:prep:in>", "inside:prep:at>")) and way.endswith("place")
                                  for way in found_as)


MODAL_AUX = FUTURE_AUX | HYPOTHETICAL_AUX  # "will", "would", "could": an act not told as done
BLAMED_FOR = ACTS | HARMS | WRONGS  # what "responsible for" blames when it is for it

CRITICISED = MOVES | set(ACTS_BY_NOUN) | CRITICISED_EXTRA  # acts whose doer "said it was illegal" criticises


class EventCoder:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self._critical: frozenset[str] | None = None
        self.trace: list[dict] | None = None  # set to a list to record every decision (eventwire explain)

    def _note(self, **what) -> None:
        if self.trace is not None:  # callers on hot paths test it first, so building `what` costs nothing
            self.trace.append(what)

    def code(self, doc, found, article_id: str, pubdate: str | None, dateline: dict | None) -> list[dict]:
        events: list[dict] = []
        seen: set[tuple] = set()
        retold: list[tuple[int, str, str, str]] = []
        cols = columns(doc)
        pos = cols.pos
        for s_i, sent in enumerate(doc_sents(doc)):
            ctx = Sentence(doc, sent, s_i, found, article_id, pubdate, dateline, events, seen, retold)
            for i in range(sent.start, sent.end):
                if pos[i] not in ("VERB", "AUX", "NOUN", "PROPN") or _in_a_name(cols, i, sent.start) or \
                        not self._may_trigger(cols, i):
                    continue  # no trigger: no Token built
                tok = doc[i]
                try:
                    self._trigger(ctx, tok)
                except Exception as exc:  # one word the rules trip on never costs the article its other events
                    print(f"eventwire: {article_id}: sentence {s_i}, '{tok.text}' skipped ({type(exc).__name__}: "
                          f"{exc})", file=sys.stderr)
        date_from_retelling(events, retold)
        return events

    def _may_trigger(self, cols, i: int) -> bool:
        """Could the word pass `_trigger`'s first tests: a verb of the lexicon or of the constructions, or an event
        noun's head (or the end of "cease-fire")? Read from the columns, so most words build no Token."""
        lemma = cols.lemma[i]
        if cols.pos[i] in ("VERB", "AUX") or cols.pos[i] == "NOUN" and cols.dep[i] == "ROOT" and cols.tag[i] == "VBP":
            return lemma in SPEECH or lemma in LISTING or lemma in BEGUN or lemma == "take" or \
                lemma in self.lex.verbs or cols.lower[i] in self.lex.verbs
        return lemma in self.lex.noun_heads or i >= 2 and cols.text[i - 1] == "-"

    @staticmethod
    def _began(ctx: Sentence, verb) -> None:
        """"The attack began late on Tuesday": the day an act told before (and dated by its report) happened."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ACTS_BY_NOUN or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
            return
        day, precision = event_date(ctx.doc, verb, ctx.pubdate)
        if precision == "day" and day:
            ctx.retold.extend((ctx.index, root, BEGAN, day) for root in ACTS_BY_NOUN[subj.lemma_.lower()])

    def _trigger(self, ctx: Sentence, tok) -> None:
        """The events a verb or noun of the sentence codes, added to ctx.events."""
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "VBP"):
            lemma = tok.lemma_.lower()
            if lemma in SPEECH:
                self._demand(ctx, tok)
                self._called(ctx, tok)
            if lemma in LISTING:
                self._listing(ctx, tok)
            if lemma in BEGUN or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children):
                self._began(ctx, tok)
            pats = self.lex.verbs.get(lemma) or self.lex.verbs.get(tok.lower_)
            if pats and not self._controlled(tok):
                pat = self._best(tok, pats)
                carried = self._light(tok) if pat is not None else None
                # "launched an attack" is the verb's; "launched a scathing attack" the noun's own entry
                light = carried is not None and (pat.objects == frozenset() or " " in (self._noun_key(carried) or ""))
                why = "no pattern's constraints hold" if pat is None else "an adjective: the parse took the " \
                    "verb before it for an auxiliary" if _false_auxiliary(tok) else "a pattern says this sense is no " \
                    "event" if pat.code == NO_EVENT else "its object noun is the event" if light else \
                    "a call carrying a purpose: the purpose is the event" if self._vehicle(tok) else \
                    "a result of the act it follows, not an act of its own" if _result(tok) else \
                    "a question put to the speaker, not an appeal" if _put_to(tok) else None
                if self.trace is not None:
                    self._note(sentence=ctx.index, trigger=tok.text, at=tok.idx, tried=[p.rule() for p in pats],
                               chosen=pat.rule() if pat else None, skipped=why)
                if why is None:
                    self._emit_verb(ctx, tok, pat)
            elif pats and self.trace is not None:
                self._note(sentence=ctx.index, trigger=tok.text, at=tok.idx, tried=[p.rule() for p in pats],
                           chosen=None, skipped="its governing verb codes the event")
        elif tok.pos_ in ("NOUN", "PROPN") and self._noun_code(tok):
            self._emit_noun(ctx, tok)

    # ---- verbs -----------------------------------------------------------------------------------
    def _controlled(self, verb) -> bool:
        """'threatened to shell' / 'agreed to open': the governing lexicon verb codes the event."""
        if verb.dep_ in ("xcomp",) and verb.head.pos_ in ("VERB", "AUX"):
            gov = verb.head.lemma_.lower()
            return gov in self.lex.verbs and any(p.clausal or not p.objects for p in self.lex.verbs[gov]) and \
                not self._vehicle(verb.head)  # "called Erdogan to apologize": the apology is the event
        return False

    def _demand(self, ctx: Sentence, verb) -> None:
        """'Russia says Israel must end attacks': a speaker saying another actor must act makes a demand;
        'officials said Taliban militants were responsible': saying who is to blame accuses them."""
        found = ctx.found
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for comp in (c for c in verb.children if c.dep_ == "ccomp"):
            must = any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in comp.children)
            blame = comp.lemma_ == "be" and any(
                c.lower_ in BLAME and c.dep_ in ("acomp", "prep", "attr") and self._blamed_for(c) or (
                    c.lower_ == "blame" and c.dep_ == "xcomp") for c in comp.children)
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            # "Seoul said Pyongyang had broken the armistice": a party's charge, not a source's attribution
            # ("..., regional officials said"): the speaker is a known actor and speaks first
            charged = speaker is not None and not (must or blame) and subj is not None and verb.i < comp.i and \
                self._hostile_act(comp) and self._adversaries(found.heads.get(speaker.i, []), found.heads.get(subj.i, []))
            if (must or blame or charged) and speaker is not None and subj is not None and subj.pos_ != "PRON" and \
                    actorish(subj, found):
                negated, modality = modality_of(verb)
                negated = negated or any(c.dep_ == "neg" for c in comp.children)
                rule = "construction: speaker says X must act" if must else "construction: speaker blames X" if \
                    blame else "construction: speaker says X did a hostile act"
                self._emit(ctx, verb, "100" if must else "112", speaker, [subj], negated, modality, None, rule)

    def _called(self, ctx: Sentence, verb) -> None:
        """"Athens said the boarding was illegal", "said Greece's deployment was 'provocative'": an act said to be
        what "called it illegal" would call it is criticised (111) as the call is; whose act it was the replies
        stage finds when the sentence does not say (events/replies.py)."""
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        words = self._criticisms()
        for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            pred = next((c for c in comp.children if c.dep_ in ("acomp", "attr")), None)
            if speaker is None or subj is None or pred is None or pred.lemma_.lower() not in words or \
                    not (self._noun_code(subj) or subj.lemma_.lower() in CRITICISED) or not actorish(speaker, ctx.found):
                continue
            negated, modality = modality_of(verb)
            negated = negated or any(c.dep_ == "neg" for c in comp.children)
            self._emit(ctx, verb, "111", speaker, [subj], negated, modality, None,
                       "construction: speaker says an act was what 'called it ...' calls it")

    def _criticisms(self) -> frozenset[str]:
        """The words that make "called X ..." a criticism (verbs.tsv's 'call ... =' 111 entries)."""
        if self._critical is None:
            self._critical = frozenset(o for p in self.lex.verbs.get("call", []) if p.predicate and p.code == "111"
                                       for o in p.objects)
        return self._critical

    @staticmethod
    def _own_forces(subj, doer, found):
        """When the one who will act is the speaker's own side, the object of the act is the one threatened."""
        mine = {a.get("country") for a in found.heads.get(subj.i, [])} if subj is not None else set()
        theirs = {a.get("country") for a in found.heads.get(doer.i, [])}
        if not mine or None in mine or not mine & theirs:
            return None
        act = doer.head
        return next((c for c in act.children if c.dep_ == "dobj"), None) or next(pobjs(act, {"on", "against", "at"}), None)

    @staticmethod
    def _adversaries(speakers: list[dict], doers: list[dict]) -> bool:
        """A charge is made by a known party against another ("Seoul said Pyongyang..."), not by a state about
        its own forces ("the ministry said its forces had hit a hangar")."""
        if not any(a.get("country") or a.get("group") for a in speakers) or all(
                a.get("sector") in REPORTERS for a in speakers):
            return False  # "the Abidjan newspaper reported that the authorities had arrested": news, no charge
        organs = (None, "GOV", "MIL", "COP", "SPY", "JUD")  # "police said officers had arrested nine men": its own
        own = {a.get("country") for a in speakers if a.get("sector") in organs}
        return not any(d.get("country") in own and d.get("sector") in organs for d in doers)

    def _hostile_act(self, verb) -> bool:
        """'Seoul said Pyongyang had broken the armistice': a reported act of material conflict, told as done."""
        pats = self.lex.verbs.get(verb.lemma_.lower())
        pat = self._best(verb, pats) if pats else None
        if pat is None or pat.code == NO_EVENT or lookup(pat.code).quad_class != 4:
            return False
        return not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)

    def _blamed_for(self, word) -> bool:
        """'responsible for the attack' blames; 'responsible for security' does not: what it is for must be
        a harm, or unsaid ('said the Taliban were responsible')."""
        preps = [word] if word.dep_ == "prep" else [c for c in word.children if c.dep_ == "prep"]  # "behind X"
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        return not objs or any(o.lemma_.lower() in BLAMED_FOR or self._hostile(o) for o in objs)

    def _hostile(self, noun) -> bool:
        """An event noun of conflict ("the attack", "the blockade"), not of cooperation ("the talks")."""
        hit = self._noun_code(noun)
        return hit is not None and lookup(hit[0]).quad_class >= 3

    def _listing(self, ctx: Sentence, verb) -> None:
        """'Nuland included Pakistan in a list of countries that provided support': a judgement of Pakistan,
        praise when the listed deed cooperates, accusation when it conflicts."""
        found = ctx.found
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        listed = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if listed is None or not actorish(listed, found):
            return
        groups = list(pobjs(verb, {"in", "among", "on", "as"}))
        groups += [o for g in groups if g.lemma_.lower() in LISTS for o in pobjs(g, {"of"})]
        deed = next((c for g in groups for c in g.children if c.dep_ == "relcl"), None)
        if deed is None:
            return
        pats = self.lex.verbs.get(deed.lemma_.lower())
        pat = self._best(deed, pats) if pats else None
        noun = self._light(deed)  # "provided critical support": the noun names the deed
        done = pat.code if pat is not None else self._noun_code(noun)[0] if noun is not None else None
        if done is None:
            return
        harmful = any(t.lemma_.lower() in HARMS for c in deed.children if c.dep_ in ("dobj", "prep") for t in c.subtree)
        if harmful or lookup(done).quad_class in (3, 4):
            code = "112"
        elif done[:2] in ("05", "06", "07"):  # helped, supported, cooperated; attending a meeting is no merit
            code = "051"
        else:
            return
        negated, modality = modality_of(verb)
        self._emit(ctx, verb, code, self._subject(verb, passive, found), [listed], negated, modality, reporter_of(verb, found),
                   "construction: listed among those who did a deed")

    def _vehicle(self, verb) -> bool:
        """'called Morrison to congratulate him': the call only carries the act its purpose clause codes."""
        kids = list(verb.children)
        return verb.lemma_.lower() in VEHICLES and any(c.dep_ in ("dobj", "oprd") for c in kids) and any(
            c.dep_ in ("xcomp", "advcl") and (c.lemma_.lower() in self.lex.verbs or self._light(c) is not None)
            for c in kids)

    @staticmethod
    def _reached(verb, found):
        """'called Erdogan to apologize': whom the call reached is whom its purpose acts on."""
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in VEHICLES:
            return next((c for c in verb.head.children if c.dep_ in ("dobj", "oprd") and actorish(c, found)), None)
        return None

    def _light(self, verb):
        """'announced the release of', 'launched an attack on', 'began a new round of exercises': the event
        noun, not the verb, is the event."""
        if verb.lemma_.lower() not in LIGHT:
            return None
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in CONTAINERS:
                c = next(pobjs(c, {"of"}), c)
            if c.dep_ in ("dobj", "pobj") and self._noun_code(c):
                return c
        return None

    def _best(self, verb, pats: list[Pattern]) -> Pattern | None:
        cols = columns(verb.doc)
        dep, low, ck = cols.dep, cols.lower, cols.kids  # a child's children tested by index: no Token for them
        kids = list(verb.children)
        if shares_passive(verb):  # "was detained and questioned": questioned the one detained
            kids += [c for c in verb.head.children if dep[c.i] == "nsubjpass"]
        objs = {cols.lemma[c.i] for c in kids if dep[c.i] in ("dobj", "nsubjpass", "attr", "oprd")}
        objs |= {cols.lemma[a.i] for c in kids if dep[c.i] == "dobj" and (a := antecedent(c)) is not None}  # "the
        # corridor that Israeli forces seized": what "that" stands for
        objs |= {"$goods" for c in kids if dep[c.i] == "dobj" and (a := antecedent(c)) is not None and cols.lemma[a.i] in GOODS}
        objs |= {low[c.i] for c in kids if dep[c.i] in ("dobj", "nsubjpass")}
        objs |= {"*"} if any(dep[c.i] in ("dobj", "nsubjpass") or dep[c.i] == "npadvmod" and cols.pos[c.i] == "NOUN" and
                             cols.ent_type[c.i] not in ("DATE", "TIME") for c in kids) else set()  # "+*": any object
        # (an object after a date is read as an adverbial: "returned to Brazil last Wednesday 21 frogs")
        for c in kids:  # "express ... condolences", "hold talks": compounds and conjuncts count, not a clause of
            if dep[c.i] == "dobj":  # the object's own ("measures that remain in force")
                clause = clause_tokens(c)
                words = [k for k in subtree_indices(c) if k in clause]
                objs |= {cols.lemma[k] for k in words if cols.pos[k] in ("NOUN", "ADJ")}
                objs |= {"$money" for k in words if cols.ent_type[k] == "MONEY" or cols.lemma[k] in CURRENCY}
                objs |= {"$goods" for k in words if cols.lemma[k] in GOODS or low[k] in GOODS}
        for c in kids:  # "seized the crew", "who were seized": a person, not property (antecedent of "who")
            o = antecedent(c) if dep[c.i] == "nsubjpass" and antecedent(c) is not None else c
            if dep[c.i] in ("dobj", "nsubjpass") and names_people(o):
                objs.add("$person")
            named = dep[c.i] == "dobj" and named_place(c)
            if (named or dep[c.i] == "dobj" and cols.ent_type[c.i] == "FAC") and sum(dep[k.i] == "dobj" for k in kids) == 1:
                objs.add("$site")  # "captured Mosul": a named place, whatever the verb's particles (not the misparsed
                # "seizes Grand Manan lobster traps", two objects)
            if named and any(dep[k.i] == "prt" and k.i < c.i for k in kids):
                objs.add("$place")  # "took over Kirkuk", "Goma" (not "took Kenya to court over the line")
        parts = {low[c.i] for c in kids if dep[c.i] in ("prt", "prep", "agent")  # "called X on Wednesday" is no "call on"
                 and not any(cols.ent_type[g] in ("DATE", "TIME") for g in ck[c.i])}
        parts |= {low[c.i] for c in kids if dep[c.i] in ("advmod", "oprd", "acomp") and low[c.i] in RESULTS_OF_FORCE}
        parts |= {low[c.i] for c in kids if dep[c.i] == "advmod" and low[c.i] in ADVERB_PARTICLES}  # "work together"
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None  # "handed over 40 tonnes of rice": the
        if after is not None and after.dep_ == "quantmod" and after.lower_ in QUANTITY_PARTICLES:  # parser's "over 40"
            parts.add(after.lower_)
        # "called for the government to release them": the parser hangs "for" on the clause, as a mark
        parts |= {low[g] for c in kids if dep[c.i] == "advcl" for g in ck[c.i] if dep[g] == "mark" and low[g] == "for"}
        has_dobj = any(dep[c.i] == "dobj" for c in kids)  # "seized a jet at Nadi Airport": where, not what was seized
        objs |= {cols.lemma[g] for c in kids if dep[c.i] == "prep" for g in ck[c.i] if dep[g] == "pobj" and not (
            has_dobj and low[c.i] in LOC_PREPS and (low[c.i] != "in" or cols.pos[g] == "PROPN" or
                                                    cols.ent_type[g] in PLACE_TYPES))}
        # "on alert", "engaged rebels in a firefight"
        # "found X guilty", "declared the officials persona non grata" (the parser's clause of no verb)
        objs |= {cols.lemma[c.i] for c in kids if dep[c.i] == "ccomp" and cols.pos[c.i] not in ("VERB", "AUX")}
        # "called Bolivia's troop move reckless" parsed as a small clause; a headline's "calls move reckless" with
        # "move" read as a verb: a complement with no subject, no "to" and an adjective
        small = [c for c in kids if dep[c.i] == "ccomp" and cols.pos[c.i] == "NOUN" or dep[c.i] in ("ccomp", "xcomp") and not any(
            dep[k] in ("nsubj", "nsubjpass", "aux", "mark") for k in ck[c.i])]
        objs |= {cols.lemma[g] for c in small for g in ck[c.i] if dep[g] == "acomp"}
        after = " ".join(cols.lower[verb.i + 1 : min(cols.sent_end[verb.i], verb.i + 16)])  # past an appositive
        objs |= {word for phrase, word in FIXED_OBJECTS.items() if phrase in after}  # however the tagger read it
        clausal = any(dep[c.i] in ("xcomp", "ccomp") for c in kids) or any(  # "pushed Pakistan to act", read as a
            dep[c.i] == "advcl" and c.i > verb.i and any(dep[a] == "aux" and low[a] == "to" for a in ck[c.i])
            for c in kids) and any(dep[c.i] == "dobj" for c in kids)  # purpose clause after the one pushed
        # "called the deal historic", "which Manila calls Ayungin Shoal" (two objects): naming, not calling
        predicate = any(dep[c.i] == "oprd" for c in kids) or sum(dep[c.i] == "dobj" for c in kids) > 1 or any(
            (dep[g] in ("acomp", "oprd") or dep[g] == "amod" and dep[c.i] == "dobj") and g > c.i  # "the move reckless"
            for c in kids if dep[c.i] == "dobj" and cols.pos[c.i] == "NOUN" or c in small for g in ck[c.i]) or any(
            dep[a] == "appos" and any(verb.doc[q].is_quote for q in ck[a]) for c in kids if dep[c.i] == "dobj"
            for a in ck[c.i])  # 'called the accusation "a reckless lie"': a quoted name for it
        dobj = next((c for c in kids if dep[c.i] == "dobj"), None)
        # "called Britain's ambassador a very stupid guy", "called Netanyahu a terrorist": the name given, read as
        # an appositive or an object predicate, and the words that judge it
        names = [a for a in (dobj.children if dobj is not None else ()) if dep[a.i] == "appos" and a.i > dobj.i and any(
            low[d.i] in ("a", "an") for d in a.children if dep[d.i] == "det") and (
                not verb.doc[a.left_edge.i - 1].is_punct or verb.doc[a.left_edge.i - 1].is_quote)
                 ] + [c for c in kids if dep[c.i] == "oprd"]  # not "called Xi, a longtime acquaintance, on Tuesday"
        if names and not (dobj is not None and dobj.tag_ in ("WP", "WDT")):  # "what she called dangerous manoeuvres":
            predicate = True  # a phrase quoted from someone, often not the clause's subject
            objs |= {w.lemma_.lower() for a in names for w in (a, *a.children) if w is a or w.dep_ == "amod"}
        last = verb.doc[verb.right_edge.i - 1] if verb.right_edge.is_punct else verb.right_edge
        if dobj is not None and last.i > dobj.i and last.dep_ == "dobj" and last.head.i != verb.i and any(
                low[d] in ("a", "an") for d in ck[last.i]):  # "called Italy's decision to summon the
            objs.add(last.lemma_.lower())  # ambassador an overreaction": the parser gave the name to "summon"
            predicate = True
        if dobj is not None and last.i > dobj.i + 1 and last.tag_ == "JJ" and last.lemma_.lower() in {
                o for p in pats if p.predicate for o in p.objects}:  # "called the trade deal with the European
            objs.add(last.lemma_.lower())  # Union historic": the judgement read as part of the partner's name
            predicate = True
        ok = []
        for p in pats:
            if p.objects and not (p.objects & objs):
                continue
            if p.particles and not all(x in parts for x in p.particles):
                continue
            if p.clausal and not clausal or p.predicate and not predicate:
                continue
            if p.complements and not any(dep[c.i] in ("xcomp", "ccomp") and cols.lemma[c.i] in p.complements
                                         for c in kids):
                continue
            if p.needs_act and not any(dep[c.i] in ("xcomp", "ccomp") and (
                    cols.lemma[c.i] in self.lex.verbs or self._light(c) is not None) for c in kids):
                continue
            ok.append(p)
        if not ok:
            return None
        # a preferred target preposition that is absent makes a pattern less fitting, not more
        return max(ok, key=lambda p: (p.specificity() - bool(p.target_preps and not set(p.target_preps) & parts),
                                      not (p.target_preps and not set(p.target_preps) & parts)))

    def _hostile_intent(self, verb, pat):
        """"vowed to attack", "planned to rally": an intent is to cooperate (03x) only when what is intended is no
        conflict; force intended is a threat of force (138), repression 137, cutting ties 131, words or protest
        intended are no act yet (None), and harm forsworn ("pledged not to use force") is an intent to cooperate."""
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        pats = self.lex.verbs.get(comp.lemma_.lower()) if comp is not None else None
        best = self._best(comp, pats) if pats else None
        if best is None or best.code == NO_EVENT:
            return pat
        root = best.code[:2]
        if any(c.dep_ == "neg" for c in comp.children):
            return pat  # "pledged not to threaten or use force": an intent to keep the peace
        if root in NOT_YET_ACTS:
            return None
        return replace(pat, code=HOSTILE_INTENT[root]) if root in HOSTILE_INTENT else pat

    def _emit_verb(self, ctx: Sentence, verb, pat) -> None:
        found = ctx.found
        if self._shortened_passive(verb):
            return  # "Sheinbaum, asked about the duties, said": she was asked
        if pat.code[:2] == "03" and base(verb) in DECIDING and any(
                measure_taken(c) for c in verb.children if c.dep_ == "xcomp"):
            return  # "EU ministers agreed to widen sanctions on Iran": the sanctions are the act, no intent towards Iran
        # "researchers detained by Tanzanian police": a participle with its doer is a passive of the noun it follows
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            reduced_passive(verb) and actorish(verb.head, found)) or (  # not "a ceasefire brokered by X and Y"
            verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)) or (  # "as
            # agreed by X"; and a participle joined to a passive: "activists were detained and deported from ..."
            shares_passive(verb))
        if pat.code[:2] == "05" and passive and reduced_passive(verb):
            return  # "police supported by the mission raided", "rebels backed by Rwanda": how they act, no praise
        if no_act_of_states(verb, passive):
            return  # "the border triangle where Libya, Sudan and Egypt meet", "citizens sheltering in churches"
        if pat.code[:2] in FORCE_ROOTS and _scored(verb):
            return  # "Iran beat the United States 2-1 in Lyon": a match won, no assault
        if pat.code[:2] == "03" and base(verb) != "agree":
            pat = self._hostile_intent(verb, pat)
            if pat is None:
                return
        subj = self._subject(verb, passive, found)
        targets = self._targets(verb, pat, passive, found)
        if subj is None and not targets:
            return
        if subj is None and passive and pat.code != NO_EVENT:  # "The farmers were seized on Tuesday morning"
            day, precision = event_date(ctx.doc, verb, ctx.pubdate)
            if precision == "day" and targets[0].dep_ == "nsubjpass":
                ctx.retold.append((ctx.index, pat.code[:2], targets[0].lower_, day))
        code = pat.code
        negated, modality = modality_of(verb)
        modality = _decided(verb, code, modality)
        failed = _failed(verb)
        negated = negated or failed
        pending = any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)  # "has not yet accepted"
        permits = verb.lemma_.lower() in PERMIT and pat.code[:3] != INFORMING  # "did not give permission" refuses
        code, negated, modality = settle(code, negated, modality, refused=permits and not pending
                                         or failed and verb.lemma_.lower() not in JOINT_AIMS,
                                         aimed=subj is None or self._aimed(verb, pat, targets, ctx))
        if negated and modality == "asserted" and code[:2] in GIVING_ROOTS and verb.dep_ == "xcomp" and \
                base(verb.head) in CEASING and not any(c.dep_ == "neg" for c in [*verb.children, *verb.head.children]):
            code, negated = GIVING_ROOTS[code[:2]], False  # "stopped supplying gas to Moldova": a cut, not no supply
        if code[:3] == "012" and targets and actorish(targets[0], found) and any(
                c.dep_ == "ccomp" and any(a.lower_ in MODAL_AUX for a in c.children)
                for c in verb.children):
            code = "130"  # "warned the envoy that his government would expel him" is a threat
            own = self._own_forces(subj, targets[0], found)
            if own is not None:  # "Turkey warned that its jets could strike PKK positions": the PKK is threatened
                targets = [own]
        if code[:2] in FORCE_ROOTS and any(o.lemma_.lower() in MEASURES for o in pobjs(verb, {"with"})):
            code = "163"  # "hit Mexican pork with duties", "slapped X with sanctions": a measure, not force
        if (alone := announced_drill(code, pat.code, verb, subj)) is not None:
            code, modality = alone
        if modality == "asserted" and (standing(verb, code) or ongoing(verb)):
            modality = "habitual"
        if modality == "asserted" and ctx.index > 0 and scheduled(verb):
            modality = "intended"  # "travels on Wednesday to Alexandria" (a headline's present tells what was done)
        if code[:2] == "12" and base(verb) in REFUSING and any(c.dep_ == "xcomp" and (base(c) in SILENCE or any(
                o.dep_ == "dobj" and o.lemma_.lower() in TOLD_THINGS for o in c.children)) for c in verb.children):
            code = "011"  # "declined to comment on the charges", "declined to give details": no comment, not a
            # rejection of anyone
        reporter = reporter_of(verb, found)
        if denied(verb):
            negated = True
        code = self._state_disapproves(code, subj, found)
        self._emit(ctx, verb, code, subj, targets, negated, modality, reporter, pat.rule(), pat.code)

    @staticmethod
    def _shortened_passive(verb) -> bool:
        """'X, asked about Y, said ...': the parser makes X the asker and leaves the later verb without a
        subject; a participle set off by commas right after its noun, or opening the sentence, is a passive said
        of it."""
        doc = verb.doc
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        later = verb.head
        if verb.tag_ == "VBN" and verb.dep_ == "advcl" and later.i > verb.i and (
                verb.i == columns(doc).sent_start[verb.i] or doc[verb.i - 1].is_punct) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark") for c in verb.children):
            return True  # "Asked about Ankara's statement, Peskov said": a fronted participle tells what he underwent
        return verb.tag_ in ("VBD", "VBN") and subj is not None and subj.i == verb.i - 2 and \
            doc[verb.i - 1].text == "," and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
            later.i > verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children)

    def _state_disapproves(self, code: str, subj, found) -> str:
        """A state protests in words, not in the street: "Canada's foreign minister telephoned to protest the
        killing" disapproves (111), it does not demonstrate (140)."""
        return "111" if code in ("140", "141") and self._state(subj, found) else code

    @staticmethod
    def _state(tok, found) -> bool:
        """Is this a state or its government speaking, not a crowd?"""
        acts = found.heads.get(tok.i, []) if tok is not None else []
        return bool(acts) and all(a.get("country") and a.get("sector") in (None, "GOV", "LEG") for a in acts)

    def _wielder(self, subj, found):
        """"Rockets fired by Hamas hit Sderot", "a car bombing by the Islamic State killed 75": a weapon or an attack
        acts for whoever its own words name as firing or making it, when that one is a known party ("shells fired by
        unknown gunmen" stay no one's)."""
        attack = self._noun_code(subj)
        if subj.lemma_.lower() not in WEAPONS and not (attack and attack[0][:2] in ("18", "19", "20")):
            return None  # (not "protests led by the Church helped to end ...": a crowd's deed is no weapon)
        for c in subj.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":  # "fired by", "launched by"
                agent = next((a for a in c.children if a.dep_ == "agent"), None)
                if agent is not None:
                    return known_party(next((g for g in agent.children if g.dep_ == "pobj"), None), found)
            if c.dep_ == "prep" and c.lower_ == "by":
                return known_party(next((g for g in c.children if g.dep_ == "pobj"), None), found)
        return None

    def _subject(self, verb, passive: bool, found):
        if passive:
            for c in verb.children:
                if c.dep_ == "agent":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
            if base(verb) in SENT_OUT:  # "two inspectors were expelled from North Korea": the state they leave
                return next((o for o in pobjs(verb, {"from"}) if o.ent_type_ == "GPE"), None)
            if base(verb) in SUMMONED:
                return self._summoner(verb, found)
            return None
        v, own = verb, True
        for _ in range(4):
            s = next((c for c in v.children if c.dep_ in SUBJ or (  # "Modi is expected to meet Putin"
                v is not verb and c.dep_ == "nsubjpass" and (v.lower_ in SCHEDULED or v.i == verb.head.i and
                                                             verb.dep_ == "xcomp"))), None)  # "was recorded discussing"
            if s is not None:
                if any(c.dep_ == "dobj" for c in s.children):
                    return None  # "Chad hosts refugees who fled after X killed": a verb the parser made a subject
                if v is not verb and base(verb) in VERBAL_ACTS and v.dep_ == "ccomp" and base(v.head) in SPEECH and (
                        not actorish(s, found) or v.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and not any(
                            g.dep_ == "xcomp" for g in c.children) for c in v.children)):  # not "was ready to"
                    # "Zakharova said the ruling was internal and accused the West": the parser hung "accused" on
                    # what was said; the ruling accuses no one, the speaker does; nor do "the men" she said "were
                    # ordinary tourists" (158th pass): what is said to be something is described, not acting
                    teller = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
                    if teller is not None and actorish(teller, found):
                        return teller
                if s.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                    return v.head if actorish(v.head, found) else None
                return self._wielder(s, found) or s
            if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head  # "Russia is willing to withdraw": the subject of "is"
            elif v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
                stray = self._stray_subject(v, found) if v.dep_ == "conj" else subject_taken_as_object(v) or (
                    controller(v, found) if own else None)  # the verb's own infinitive, or its conjunct's
                if stray is not None:
                    return stray
                if v.dep_ == "ccomp" or v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP") and any(
                        c.dep_ == "mark" for c in v.children):
                    break  # "after both rejected the result": a finite clause's subject is its own, never the main one
                if v.dep_ == "conj" and cut_off(v):
                    break  # "voted ... in the region, where drone strikes and fighting have killed hundreds": the
                    # parser's conjunct of the main verb, past a relative clause, is that clause's, not the council's
                if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ == "VB":
                    teller = past_teller(v.head, found)
                    if teller is not None:
                        return teller
                own = own and v.dep_ == "conj"
                v = v.head
            elif v.dep_ == "relcl":  # "the gunmen who killed": the gunmen; "an academy that killed": no one
                return v.head if actorish(v.head, found) else None
            elif v.dep_ == "acl" and v.tag_ != "VBN":
                issuer = v.head.head  # "Amnesty put out a report accusing the army": the report's author acts
                if v.head.lemma_.lower() in DOCUMENTS and v.head.dep_ == "dobj" and issuer.pos_ == "VERB":
                    v = issuer
                    continue
                if pair_phrase(v.head):
                    return None  # "had written to both governments offering to convene": the parser's, not theirs
                # "reiterated its commitment to support X", "Pakistan's effort to push the Taliban": the owner acts
                return next((c for c in v.head.children if c.dep_ == "poss"), v.head)
            else:
                break
        # headline or nominal subject: "Senior US and Pakistani officials meet"
        return _fronted_subject(verb)

    @staticmethod
    def _summoner(verb, found):
        """Who summoned an envoy told in the passive with no doer: the state official who tells it ("Foreign
        Minister Sybiha said Hungary's charge d'affaires had been summoned", "the ambassador was summoned on
        Thursday, a Panamanian official said"), when he is of another state than the envoy."""
        envoy = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "ccomp" and base(verb.head) in SPEECH:
            speech = verb.head
        else:
            speech = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and base(c) in SPEECH), None)
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        if speaker is None or envoy is None:
            return None
        said_by = [a for a in found.heads.get(speaker.i, []) if a.get("country") and a.get("sector") in (None, "GOV")]
        summoned = {a.get("country") for a in found.heads.get(envoy.i, [])}
        return speaker if said_by and said_by[0]["country"] not in summoned else None

    @staticmethod
    def _stray_subject(verb, found):
        """'X released six detainees on Thursday and Armenia freed four soldiers': the parser hung 'Armenia' on
        'Thursday'; a finite conjunct whose word before 'and'-clause is an actor left as another phrase's conjunct
        has that actor as its own subject, not the first clause's."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
            return None
        before = verb.doc[verb.i - 1]
        if before.dep_ == "conj" and (before.i in found.heads or before.pos_ in ("NOUN", "PROPN")) and \
                before.head.i != verb.head.i and any(c.dep_ == "cc" for c in before.head.children):
            return before  # an actor or not ("set up a crisis desk and the company's chairman flew"): its own
        return None

    def _targets(self, verb, pat: Pattern, passive: bool, found) -> list:
        chosen = self._pick_targets(verb, pat, passive, found)
        if pat.code[:2] in HELP_ROOTS:
            chosen = [served(c, found) or c for c in chosen]
        if self.trace is not None:
            cands = list(dict.fromkeys(c.text for c in target_candidates(verb, pat, passive)))
            self._note(trigger=verb.text, at=verb.idx, candidates=cands, chose=[c.text for c in chosen])
        return chosen

    def _pick_targets(self, verb, pat: Pattern, passive: bool, found) -> list:
        """The most likely target: the first actor-like candidate in order of syntactic closeness, else the
        first candidate ("established ties with Seychelles" -> Seychelles, not "ties")."""
        reached = self._reached(verb, found)
        if reached is not None:
            return [reached]
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is not None and pat.code[:2] == "05" and dobj.lemma_.lower() in DETENTIONS | HOSTILE_MEASURES - pat.objects:
            return []  # "defended the detention of a priest": the act is what is defended, not its victim
        if dobj is not None and pat.code[:2] == "04" and dobj.lemma_.lower() in pat.objects and actorish(dobj, found):
            return [dobj]  # "received the Chinese foreign minister in Abuja", "welcomed his counterpart to Paris": the
            # guest the pattern names is the other party, not an act like "talks", and not the place
        if dobj is not None and dobj.tag_ not in ("WP", "WDT") and any(  # not "whom Zagreb had banned from ..."
                p.dep_ == "prep" and p.lower_ in ("against", "from") and any(g.dep_ == "pcomp" for g in p.children)
                for p in verb.children):
            # "warned state institutions against using Chinese suppliers", "barred X from doing": the one warned or
            # barred, never the object of what they would do
            return [dobj]
        named = [o for p in pat.particles + pat.target_preps for o in pobjs(verb, {p})]
        if named and actorish(named[0], found):
            return named[:1]  # "blamed the attack on the ISIS group": the pattern's preposition names the target
        if dobj is not None and pat.code[:2] in ("11", "12", "14") and (act := dobj.lemma_.lower()) in self.lex.noun_heads and act not in pat.objects:
            # "criticised Meloni's trip to Washington", "Madagascar protests French drill": a disapproved act stands
            # for whoever did it
            doer = next((c for c in dobj.children if c.dep_ == "poss" and c.pos_ != "PRON" and actorish(c, found) or (
                c.dep_ in ("amod", "compound") and c.i in found.heads)), None)
            if doer is not None and pat.code[:2] in ("11", "14"):
                return [doer]
            # "cancelled a planned visit to Montevideo", "rejected talks with X": whom the refused event was with
            towards = {"to", "with"} if dobj.lemma_.lower() in HOSTILE_MEASURES else {"to", "with", "against", "on"}
            partner = next((o for o in pobjs(dobj, towards) if actorish(o, found)), None)  # not an attack's victim
            if partner is not None:
                return [partner]
        if dobj is not None and pat.code[:2] in ("11", "12", "14") and dobj.lemma_.lower() in (ACTS | DETENTIONS) - pat.objects:
            # "condemned an attack by farmers" -> the farmers; "condemned the terrorist attack" -> the attack;
            # "protest the detention of traders by gendarmes", "by" hung on the active verb -> the gendarmes
            agent = [c for c in dobj.children if c.dep_ == "poss" and c.pos_ != "PRON"] + list(pobjs(dobj, {"by", "from"}))
            if not passive:
                agent += stray_agents(verb)
            for acl in (c for c in dobj.children if c.dep_ == "acl"):  # "an appeal filed by X"
                agent += [o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            preps = {p for q in self.lex.verbs.get(verb.lemma_.lower(), []) for p in q.target_preps}
            agent += [o for o in pobjs(dobj, preps) if actorish(o, found)]  # "blamed the attack on ISIS"
            return agent[:1] or [dobj]
        if dobj is not None and dobj.pos_ == "PRON" and dobj.i not in found.heads and dobj.lower_ in ADDRESSEES:
            return []  # "urged it to allow convoys from Chad": the one addressed is unknown, not someone further on
        acts = {o for o in pat.objects if o in self.lex.noun_heads} | NEVER_TARGETS  # "launch +attack": the act
        if dobj is not None and pat.code[:2] in FORCE_ROOTS and not passive and not own_forces(dobj) and \
                dobj.ent_type_ not in ("DATE", "TIME", "MONEY") and dobj.lemma_.lower() not in acts:
            if dobj.lemma_.lower() in WEAPONS or not actorish(dobj, found) and not coded(dobj.doc, dobj, found):
                # "fired tear gas at students", "fired rockets at the Israeli town of Sderot": not the weapon;
                # "struck targets across southern Lebanon": where it landed stands for whom; "fired tear gas to
                # disperse the marchers": whom the purpose clause acts on
                aimed = [o for o in pobjs(verb, {"at", "on", "upon", "against", "into"})] + [
                    o for o in pobjs(dobj, {"at", "against"})] + [  # "used pepper spray against students"
                    o for x in verb.children if x.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in x.children)
                    for o in x.children if o.dep_ == "dobj"] + [
                    o for o in pobjs(verb, LOC_PREPS | {"across", "throughout"}) if o.ent_type_ in ("GPE", "LOC")]
                hit = next((o for o in aimed if actorish(o, found) or coded(o.doc, o, found)), None)
                if hit is not None:
                    return [hit]
            partner = next((o for o in pobjs(dobj, {"with"}) if actorish(o, found)), None)
            # "stormed a police headquarters": force lands on its object, whatever it is; but "closed its border
            # with Haiti": on whoever is on the other side of it; "fired artillery at its islands": not the gun
            if partner is None and dobj.lemma_.lower() in WEAPONS | CROWD_CONTROL and not any(
                    c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and not any(
                    way.startswith("inside") for _a, way in resolve(dobj.doc, dobj, found)):
                return []  # ("shot down Russian drones": the drones are the other side's force; "fired missiles
                # at Israel": where they were aimed, found inside the phrase)
            return [partner if partner is not None else dobj]
        # candidates are filtered lazily: the search stops at the first actor, before the clause-wide walks
        cooperative = pat.code != NO_EVENT and lookup(pat.code).quad_class in (1, 2)
        cands = (c for c in target_candidates(verb, pat, passive)
                 if c.ent_type_ not in ("DATE", "TIME", "MONEY") and not (pat.code[:2] in MEANS_ROOTS and own_forces(c))
                 and not in_setting(c, verb)  # "put the army on alert after a shooting near Kosovo": not Kosovo
                 and not (cooperative and in_response(c, verb))
                 and not (pat.code[:3] in FORUM_CODES and forum(c, found))
                 and not named_as(c, verb))
        # "withdrew together with Burkina Faso and Niger": partners in the act, not its target
        cols = columns(verb.doc)
        cands = (c for c in cands if not _jointly(cols, c.i))
        if pat.code in SYMMETRIC or len(conjoined_subject(verb)) > 1:
            # "US and Pakistani officials met in Islamabad": a place, not a party to the meeting
            cands = (c for c in cands if not (cols.dep[c.i] == "pobj" and cols.lower[cols.head[c.i]] in LOC_PREPS))
        # the nearest actor; failing that, an actor named inside a thing ("agreed to lift a ban on imports of
        # British beef" -> Britain); the thing itself only when no candidate names one
        the_act = pat.objects | NEVER_TARGETS  # "held talks in Islamabad": the talks are the act, not a party
        first = []
        for c in with_possessors(cands):
            # "hold talks": the act; "took Kenya to the International Court": the venue's name (but an object's
            # compound names its owner: "enforcing United Nations sanctions")
            if c.lemma_.lower() in the_act or (c.dep_ == "compound" and c.head.dep_ == "pobj" and
                                                 c.head.lemma_.lower() in the_act) or (c.dep_ == "dobj" and any(
                    o.lemma_.lower() in pat.objects for o in pobjs(c, {"of"}))):  # "sent a company of soldiers"
                owner = next((k for k in c.children if k.dep_ in ("amod", "poss") and k.pos_ != "PRON"
                              and actorish(k, found)), None) or next((  # "the Saudi-led campaign"
                    g for k in c.children if k.dep_ == "amod" and k.lower_ in ("led", "backed")
                    for g in k.children if g.dep_ in ("npadvmod", "compound") and actorish(g, found)), None)
                if owner is not None and c.dep_ == "dobj" and (c.lemma_.lower() in FLOWS | SYMBOLS | HOLDINGS or (
                        pat.code[:2] == "12" and c.lemma_.lower() in PROPOSALS) or (
                        pat.code[:2] == "06" and c.lemma_.lower() not in DRILLS and known_party(owner, found))):
                    return [owner]  # "stopped Russian cargo flights": the flow cut off is the owner's; "declined a
                    # Colombian request": who made it; "burned the Macedonian flag": whom the flag stands for;
                    # "supported the Saudi-led campaign": whose campaign
                continue
            if pat.code[:3] in TALKS_CODES and _venue(c, found):
                continue  # "met the commission's commissioner in Addis Ababa": where they met, not whom
            if pat.code[:2] == "14" and _at_a_border(c, found):
                continue  # "farmers blocked a bridge on the German border": where they protested, not at whom
            if not self_owned(c) and (actorish(c, found) or coded(c.doc, c, found)):
                return [c]
            first = first or [c]
        return first

    # ---- nouns -----------------------------------------------------------------------------------
    def _emit_noun(self, ctx: Sentence, noun) -> None:
        found = ctx.found
        code, of_role = self._noun_code(noun)  # type: ignore[misc]  # the caller checked it is an event noun
        left = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of") else noun.head
        if code[:2] in ("03", "04", "05") and base(left) in NOT_HELD and noun.dep_ in ("dobj", "pobj"):
            return  # "withdrew its delegation from a meeting", "boycotted the talks": no meeting took place with them
        holder = noun.head.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.dep_ == "dobj" else noun.head  # "suspended part of its aid": the verb holds it
        if (noun.dep_ == "dobj" or holder.i != noun.head.i) and " " not in (self._noun_key(noun) or "") and any(
                noun.lemma_.lower() in p.objects or noun.lower_ in p.objects
                for p in self.lex.verbs.get(holder.lemma_.lower(), [])):
            return  # "held talks": the verb pattern already codes this event (not "a scathing attack": the noun's)
        src = tgt = between = of_source = None
        for c in noun.children:
            if c.dep_ == "poss" and c.tag_ != "PRP$" or (c.dep_ == "poss" and c.i in found.heads):
                if c.ent_type_ in ("DATE", "TIME"):
                    continue
                src = c
            elif c.dep_ in ("compound", "amod") and c.i in found.heads and code[:2] in ("16",) and tgt is None:
                tgt = c  # "Iran sanctions", "Russian embargo": who is sanctioned
            elif c.dep_ in ("compound", "amod") and c.i in found.heads and src is None and not named_venue(c):
                src = c  # "the Vienna talks" are held there, not by Vienna
            elif c.dep_ == "prep":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is None or obj.ent_type_ in ("DATE", "TIME"):
                    continue
                if c.lower_ == "by" or (c.lower_ == "from" and src is None and code[:2] != "08"):
                    src = obj  # "criticism from the U.N.", "aid from Japan"
                elif c.lower_ == "of":
                    if obj.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
                        continue  # "the release of $1.2 billion ... to Egypt": what, not whom
                    if of_role == "source" and src is None:  # "its withdrawal of troops": its, not troops
                        src = of_source = obj
                    elif of_role == "target":
                        tgt = obj
                elif c.lower_ == "between":
                    conj = [g for g in obj.conjuncts]
                    between = (obj, conj[0] if conj else None)
                    src, tgt = between
                elif c.lower_ in ("to", "on", "with", "against", "into", "in", "for") and tgt is None or (
                        c.lower_ == "from" and code[:2] == "08" and tgt is None):  # "withdrawal from Iraq"
                    if c.lower_ == "in" and code[:2] not in PLACE_BOUND_ROOTS:
                        continue
                    tgt = obj
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in CONTAINERS else noun
        carried = self._light(holder.head) if holder.dep_ == "dobj" else None
        light = holder.head if carried is not None and carried.i == noun.i else None
        first = noun.head  # "expressed its rejection and strong condemnation of X": the light verb carries both
        if light is None and noun.dep_ == "conj" and first.dep_ == "dobj" and self._noun_code(first) and (
                carried := self._light(first.head)) is not None and carried.i == first.i:
            light = first.head
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in LIGHT:
            light = noun.head  # "the war game was staged by U.S. marines and Jordanian forces"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") and noun.head.head.lemma_.lower() in TAKE_PART:
            light = noun.head.head  # "troops participate in peacekeeping operations", "went on a visit"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lower_ == "part" and \
                noun.head.head.head.lemma_.lower() == "take":
            light = noun.head.head.head  # "Beijing was not taking part in the drill"
        if light is not None:  # "Iran announced the release of two nationals": the light verb's subject acts
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in light.children)
            if between is not None:  # "Putin launched a mediation effort between India and Pakistan"
                src, tgt = None, between[0]
            # the light verb's subject acts: "Erdogan reiterated Turkey's support for the GNA", "Nigeria announced
            # the deployment of 230 troops"; the possessor or "of" phrase only when the verb has no subject
            src = self._subject(light, passive, found) or (None if src is of_source else src)
            if tgt is None or not actorish(tgt, found):
                tgt = self._reached(light, found) or tgt  # "called Bashir to express support"
            if tgt is None:
                tgt = next((c for c in light.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)  # "gave Putin a deadline"
            if tgt is None:
                tgt = next((o for o in pobjs(light, set(TARGET_PREPS) - LOC_PREPS) if actorish(o, found)), None)
            undated = [o for o in pobjs(light, {"in", "on", "against"}) if o.ent_type_ not in ("DATE", "TIME")]
            if tgt is None and code[:2] in PLACE_BOUND_ROOTS:  # "imposed a curfew in parts of the province"
                tgt = next((o for o in undated if o.head.lower_ in ("in", "on")), None)
            if tgt is None:  # "carried out strikes against Hamas targets": what the act lands on
                tgt = next((o for o in undated if o.head.lower_ in ("against", "on")), None)
            if tgt is None:  # "ordered the release of Temer", "the tanker's release", "its demand that the US ease"
                tgt = next((a for a in noun_arguments(noun) if actorish(a, found) and (src is None or a.i != src.i)
                            and not (code[:3] in TALKS_CODES and _venue(a, found))), None)  # "talks in Doha"
        if code[:3] == "057" and light is None and between is not None and not any(
                t.ent_type_ == "DATE" for t in noun.subtree):
            return  # "under the investment treaty between Spain and Mexico", "a secret deal between X and Y": an
            # agreement named, no signing told (but "an 1890 treaty between Britain and Germany" was signed then)
        landed = [o for h in (noun, light) if h is not None for o in pobjs(h, {"on", "against"})
                  if o.ent_type_ not in ("DATE", "TIME")]  # "began a strike on Monday" lands on no one
        if noun.lemma_.lower() == "strike" and landed:
            code, tgt = "190", tgt or landed[0]  # "a strike on X" is an attack; "a strike" alone a work stoppage
        elif code == "143" and src is not None and src.dep_ in ("amod", "compound", "poss") and found.heads.get(src.i) \
                and not list(src.conjuncts) and all(a.get("country") and a.get("sector") in (None, "MIL")
                                                    for a in found.heads[src.i]):  # (not "Israeli and U.S. strikes")
            code = "190"  # "an Israeli strike in the south": a state or its army strikes with weapons, not by walking out
        if code[:2] == "13" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGO | {"pose"}:
            return  # "faced a growing threat from jihadists", "poses a threat": a danger described, no threat made
        if tgt is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGO:
            tgt = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)  # who faces the criticism
        if src is None and noun.i in found.heads and any(a.get("code") for a in found.heads[noun.i]):
            src = noun  # "a Taliban attack on X": the phrase the attack heads names who made it
        if tgt is not None and not actorish(tgt, found) and code[:2] not in FORCE_ROOTS:
            # "suspension of air links with 21 countries": whom it is about, past the thing it is about
            tgt = next((a for a in noun_arguments(noun) if actorish(a, found) and (src is None or a.i != src.i)), tgt)
        if src is None and noun.dep_ == "dobj":  # "to protest the detention of traders by gendarmes"
            src = next(iter(stray_agents(noun.head)), None)
        if src is None and noun.dep_ == "pobj":  # "killed in a suicide attack on X by ISIS"
            verb = noun.head.head
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            src = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if src is None or (tgt is None and code[:2] not in ("04",)):
            if src is None or src.i not in found.heads:
                return
        if src is not None and not actorish(src, found) and (tgt is None or not actorish(tgt, found)) and light is None:
            return
        negated, modality = False, "asserted"
        gov = light if light is not None and noun.dep_ == "pobj" and light.lemma_.lower() in TAKE_PART else noun.head
        if gov.pos_ in ("VERB", "AUX"):
            negated, modality = modality_of(gov)
            modality = _decided(gov, code, modality)
            if modality == "announced" and noun.dep_ in ("nsubj", "nsubjpass"):
                modality = "hypothetical"  # "a blockade of Taiwan would disrupt supplies": what would follow
            code, negated, modality = settle(code, negated, modality)  # "will not begin talks": as for verbs
            negated = negated or (noun.dep_ == "dobj" and base(gov) in CEASING)  # "halted its shelling"
            negated = negated or _failed(gov)  # "failed to renew the embargo"
            if factive_object(noun):
                negated, modality = False, "asserted"  # "to protest the detention of traders": it took place
        if modality == "asserted" and any(c.dep_ in ("amod", "compound") and c.lower_ in UNDONE for c in noun.lefts):
            modality = "intended"  # "to protest against a planned trade agreement": not signed yet
        asked_by = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
            noun.head if noun.dep_ == "dobj" else None
        if modality == "asserted" and asked_by is not None and asked_by.lemma_.lower() in ASKING:
            modality = "intended"  # "called for Arakawa's release", "demanded talks": asked for, not done
        code = self._state_disapproves(code, src, found)  # "a step that drew a sharp protest from Peru"
        key = self._noun_key(noun)
        self._emit(ctx, noun, code, src, [tgt] if tgt is not None else [], negated, modality, None,
                   f"{self.lex.noun_sources.get(key, 'nouns')} '{key}'")

    def _noun_code(self, noun) -> tuple[str, str] | None:
        key = self._noun_key(noun)
        return self.lex.nouns[key] if key else None

    def _noun_key(self, noun) -> str | None:
        """'suicide attack', 'hunger strike', 'war games': a modifier + noun entry beats the noun alone."""
        cols = columns(noun.doc)
        i, lower, dep = noun.i, cols.lower, cols.dep
        lemma = cols.lemma[i]
        if i >= 2 and cols.text[i - 1] == "-":  # "cease-fire" is three tokens
            key = f"{lower[i - 2]}-{lower[i]}"
            if key in self.lex.nouns:
                return key
        if lemma not in self.lex.noun_heads:
            return None
        kids = cols.kids[i]
        for c in kids:  # "his call for a new government": a demand, not a telephone call
            if c > i and dep[c] == "prep" and f"{lemma} @{lower[c]}" in self.lex.nouns:
                return f"{lemma} @{lower[c]}"
        for c in kids:
            if c < i and dep[c] in ("compound", "amod"):
                for key in (f"{cols.lemma[c]} {lemma}", f"{lower[c]} {lemma}"):
                    if key in self.lex.nouns:
                        return key
        return lemma if lemma in self.lex.nouns else None

    @staticmethod
    def _aimed(verb, pat, targets, ctx: Sentence) -> bool:
        """Is an act announced as not to happen aimed at someone: an actor, or one its object names ("will not lift
        its ban on Polish meat" refuses Poland), unless the object is a hostile measure the act is no part of ("would
        not support any veto of Ukraine's bid" refuses no Ukrainian)."""
        if any(actorish(t, ctx.found) for t in targets):
            return True
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is not None and dobj.lemma_.lower() in HOSTILE_MEASURES - set(pat.objects):
            return False
        return any(coded(ctx.doc, t, ctx.found) for t in targets)

    # ---- shared ----------------------------------------------------------------------------------
    def _emit(self, ctx: Sentence, trigger, code, subj, targets, negated, modality, reporter, rule: str,
              mutual_code: str | None = None) -> None:
        """`rule` names the lexicon entry or construction that coded the event. `mutual_code`: the code whose
        nature decides whether co-subjects act on each other, when the event was recoded ("failed to reach
        agreement" is a rejection between the two who failed)."""
        doc, found = ctx.doc, ctx.found
        how: dict[int, str] = {}  # id(actor) -> how it was reached from the trigger, for the record's rule
        ways: dict[int, str] = {}  # id(actor) -> what it is: mention, antecedent, place, inside:..., phrase, thing

        def expand(head) -> list[dict]:
            out = []
            for a, way in resolve(doc, head, found):
                how.setdefault(id(a), f"{dep_path(trigger, head)} ({way})")
                ways.setdefault(id(a), way)
                out.append(a)
            return out

        sources = expand(subj) if subj is not None else []
        mc = mutual_code or code
        # "Hamas fired rockets": the weapon is how, not whom (it is fired at someone, or at no one named); "blocked a
        # bridge on the German border": a protest at a border is not aimed at the neighbour
        tgts = [a for t in targets for a in expand(t) if not (ways.get(id(a)) == "thing" and t.lemma_.lower() in WEAPONS)
                and not (code[:2] == "14" and (h := mention_head(doc, a)) is not None and _names_a_border(h))]
        if not sources and len(tgts) >= 2 and code in SYMMETRIC:
            sources, tgts = tgts[:1], tgts[1:]
        # the one who acts is an actor: "a missile strike destroyed a printing house" names no one (an event or
        # a mishap is no source; its agent, when named inside it, is); nature is no one's agent
        subjects = [subj] if subj is not None else []
        subjects += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c is not subj]
        if any(t.lemma_.lower() in NATURE for s in subjects for t in (s, *s.lefts) if t is s or t.dep_ == "compound"):
            return  # "floods", "Hurricane Rafael", "the magnitude 6.8 quake" (parsed as two subjects)
        sources = [s for s in sources if actor_like(s) or ways.get(id(s)) not in ("phrase", "thing") or (
            subj is not None and (noun := subj.lemma_.lower()) not in self.lex.noun_heads and noun not in WRONGS
            and noun not in WEAPONS)]
        if not sources:
            return
        if code == VISIT and all(_private(doc, s) for s in sources):
            self._note(sentence=ctx.index, trigger=trigger.text, at=trigger.idx, code=code, source=sources[0]["text"],
                       target=None, refused="private people's journey: no state's visit")
            return
        if not tgts and trigger.lemma_.lower() in PROTESTED and all(_statelike(s) for s in sources):
            # "Kazakhstan protested after Russia halted a grain train": a state's protest is aimed at the doer of
            # the act it protests, told in the clause after it (analysts: the story's main act, not coded)
            doers = [a for t in _protested_doers(trigger) for a in expand(t)
                     if a.get("code") and a.get("country") not in {s.get("country") for s in sources}]
            if doers:
                tgts, code = doers, STATE_PROTEST
        at_object = any(t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "at", "upon", "into")
                        for t in targets)  # "Israeli and U.S. strikes on its nuclear sites": allies, not rivals
        rivals = code[:2] in FORCE_ROOTS and not at_object and len({a["country"] for a in sources if a.get("country")}) > 1
        if len(sources) >= 2 and distinct(sources) and (_reciprocal(trigger) or mc not in SYMMETRIC and _clash(trigger)):
            # "Rwanda and Burundi released 23 detainees to each other": each acts on the other
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif len(sources) >= 2 and distinct(sources) and (
                mc[:2] in MUTUAL_ROOTS and mc[:3] not in NOT_MUTUAL or mc in SYMMETRIC or rivals) and not (
                code[:2] in FORCE_ROOTS and at_object):  # "X and Y hit Z": allies; "X and Y fired": each other
            # "India and Pakistan agreed to a cease-fire": co-subjects act on each other, one record per pair;
            # but "Spain, Ireland and Norway recognised a Palestinian state": together on the one they act on
            direct = [a for t in targets if argument_of(t, trigger) for a in expand(t)]
            direct += [a for t in targets if promised_to(t, trigger, mc) for a in expand(t) if a.get("country") and
                       ways.get(id(a)) not in ("place", "thing", "phrase") and a["country"] not in {s.get("country") for s in sources}
                       and not (ways.get(id(a), "").startswith("inside:") and not ways[id(a)].startswith(OWNERS))]
            direct = [t for t in direct if actor_like(t) and all(t["code"] != s["code"] for s in sources)
                      and ("prep:on" not in how.get(id(t), "") or how.get(id(t), "").startswith("xcomp>") and not
                           ways.get(id(t), "").startswith(("inside:prep:on", "inside:prep:about")))]  # "an agreement on Gibraltar's
            # relationship" between Britain and the EU: what it is about, not a third party to it
            # "the army and allied militias clashed with M23": a named other side makes co-subjects allies
            other_side = any(t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in ("with", "against"))
                             for t in targets if argument_of(t, trigger))
            pairs = [(s, t) for s in sources for t in direct] if direct and (other_side or mc not in SYMMETRIC) else \
                [(sources[0], t) for t in sources[1:]] + [(s, t) for s in sources for t in direct]
        elif not tgts:
            pairs = [(s, None) for s in sources]
        else:
            pairs = [(s, t) for s in sources for t in tgts if not (t["start"] == s["start"] and t["code"] == s["code"])]
        if mutual_code and code[:2] in ("03", "13") and mutual_code[:2] != code[:2]:
            day, precision = said_date(doc, trigger, ctx.pubdate)  # an intent or threat is dated when it is told
        else:
            day, precision = event_date(doc, trigger, ctx.pubdate)
        if precision == "publication" and subj is not None and code[:2] in WORDS_ROOTS:
            day, precision = continued_statement_date(doc, subj, found.antecedents.get(subj.i), ctx.pubdate) or \
                following_statement_date(doc, subj, sources, lambda t: found.heads.get(t.i) or (
                    [found.antecedents[t.i]] if t.i in found.antecedents else []), ctx.pubdate) or (day, precision)
        dated_by = date_rule(doc, trigger, precision, ctx.pubdate)
        place = event_place(doc, trigger) or ctx.dateline
        code = _form_by_doer(trigger, code, sources)
        coded_as = lookup(code)
        for src, tgt in pairs:
            key = (trigger.i, src["start"], src["code"], tgt and tgt["start"], tgt and tgt["code"])
            if key in ctx.seen:
                continue
            # "ordered 1.7 million Afghans to leave": a deportation, not an expelled mission
            meta = coded_as
            if coded_as.code == "166":  # made to leave: people are deported, armed men told to withdraw
                meta = lookup("174") if _people_sent_away(doc, tgt) or _person_sent(trigger) else lookup("1056") if \
                    _armed(doc, tgt) else meta
            src = _armed_dissidents(doc, src, meta)
            meta = at_home(peacekeeping(meta, trigger), trigger, src, tgt, place)
            meta = drill_alone(meta, trigger, partnered=any(tgt is s for s in sources))
            if (asked := asker(trigger, tgt, meta.code)) is not None:
                how[id(asked)] = how.get(id(tgt), "") + " (whose state asked)"
                tgt = asked
            refused = refusal(src, tgt, meta.code[:2], ways.get(id(tgt), ""))
            if refused:
                self._note(sentence=ctx.index, trigger=trigger.text, at=trigger.idx, code=meta.code,
                           source=src["text"], target=tgt and tgt["text"], refused=refused)
                continue
            ctx.seen.add(key)
            ctx.events.append({
                "id": event_id(ctx.article_id, ctx.index, trigger.idx, src, tgt),
                "sentence_index": ctx.index,
                "sentence": ctx.text,
                "trigger": span(doc_text(doc), trigger.idx, trigger.idx + len(trigger.text)),
                "source": src, "target": tgt,
                "code": meta.code, "root": meta.code[:2], "quad_class": meta.quad_class,
                "goldstein": meta.goldstein,
                "plover": {"type": meta.plover_type, "mode": meta.plover_mode},
                "date": day, "date_precision": precision,
                "location": place,
                "negated": bool(negated), "modality": modality,
                "reported_by": reporter,
                "rule": {"trigger": rule, "source": how.get(id(src), "co-subject"),
                         "target": how.get(id(tgt), "co-subject") if tgt is not None else None,
                         "clause": clause_of(trigger)} | ({"date": dated_by} if dated_by else {}),
            })


def _jointly(cols, i: int) -> bool:
    """Is token `i` the object of a "with" said of partners ("together with", "along with", "jointly with")?"""
    w = cols.head[i]
    low = cols.lower
    return low[w] == "with" and any(low[t] in ("together", "along", "jointly", "alongside")
                                    for t in (*cols.kids[w], *cols.kids[cols.head[w]]))


def _fronted_subject(verb):
    """"On a visit to Zimbabwe, South African President Cyril Ramaphosa voiced ...": the parser joined the subject
    to the fronted phrase's last name, after a comma; the name just before the verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or verb.dep_ != "ROOT":
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "conj" or before.pos_ != "PROPN" or any(c.dep_ == "cc" for c in before.head.children):
        return None
    fronted = any(a.dep_ == "prep" and a.head.i == verb.i and a.i < before.i for a in before.ancestors)
    comma = any(t.text == "," for t in verb.doc[before.head.i + 1:before.left_edge.i + 1])
    return before if fronted and comma else None


def _private(doc, a: dict) -> bool:
    """Is this actor private people, whose journeys are no state's visit?"""
    head = mention_head(doc, a)
    return a.get("sector") in PRIVATE_SECTORS or head is not None and head.lower_ in PRIVATE_TRAVELLERS


def _form_by_doer(trigger, code: str, sources: list[dict]) -> str:
    """The form an act takes by who does it. People who hold no state power protest: "Polish farmers blockaded the
    crossings" (144), "truckers strike" (143: a verb's own civil form is its intransitive use), "protesters set fire
    to tyres" (a riot, 145, only for a crowd: not "villagers clashed with herders"); armed forces fight: "its forces
    carried out strikes" (190, no walkout)."""
    if not sources:
        return code
    lemma = trigger.lemma_.lower()
    intransitive = not any(c.dep_ == "dobj" for c in trigger.children)
    form = (CIVIL_FORMS.get((lemma, code)) if intransitive else None) or CIVIL_FORMS.get(code)
    if form == RIOT and not all(s.get("sector") in CROWDS or RIOTERS & set(s["text"].lower().split()) for s in sources):
        form = None
    if form and all(s.get("sector") in CIVIL_SECTORS for s in sources):
        return form
    armed = ARMED_FORMS.get((lemma, code))
    return armed if armed and all(s.get("sector") in ARMED_SECTORS for s in sources) else code


SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")  # a match's score ("2-1"), not a date or a range


def _scored(verb) -> bool:
    """A match's score just after the verb ("beat the United States 2-1", "won 3 - 0"): a game, not a fight."""
    text = columns(verb.doc).text
    end = min(columns(verb.doc).sent_end[verb.i], verb.i + 8)  # the parser splits "2-1" into three tokens
    return any(SCORE.match("".join(text[i:min(i + 3, end)])) or SCORE.match(text[i]) for i in range(verb.i + 1, end))


def _failed(verb) -> bool:
    """'failed to reach', 'failed to renew': the act did not happen."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _result(verb) -> bool:
    """"refused to let the ferry dock, forcing the vessel to sail back": a participle telling what the act it follows
    made happen is that act's outcome (analysts judged such 100s the refusal twice), not a second demand."""
    return verb.lemma_.lower() in RESULTS and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in SUBJ or c.dep_ == "aux" for c in verb.children) and verb.i > verb.head.i


def _person_sent(verb) -> bool:
    """"expelled to Brazil a man accused of running cocaine shipments": a private person sent away is deported,
    whichever party the target is; an envoy or a soldier stays an expulsion or a withdrawal."""
    obj = next((counted(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    envoys = ON_DUTY | DIPLOMATS  # "a Russian embassy employee", "dozens of Russian diplomats"
    return obj is not None and names_people(obj) and obj.lemma_.lower() not in envoys | FORCES - {"man"} and not any(
        t.lemma_.lower() in envoys for t in obj.lefts)


def _put_to(verb) -> bool:
    """"Asked whether money had changed hands, he said ...", "Asked about Ankara's statement, Peskov said": the
    speaker was asked, by reporters; no one appealed to anyone (judged WRONG as 020 in three passes)."""
    return verb.lemma_.lower() == "ask" and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.i < verb.head.i and \
        not any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)  # "asked by X"


def _statelike(a: dict) -> bool:
    """A state or its government: who protests officially, not in the street."""
    return bool(a.get("country")) and a.get("sector") in (None, "GOV") and not a.get("group")


def _protested_doers(trigger) -> list:
    """The subjects of the clauses "after ...", "as ...", "when ..." that tell what a protest answers."""
    return [s for c in trigger.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "as", "when")
                                                                     for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def _armed_dissidents(doc, src: dict, meta) -> dict:
    """"Colombian dissidents free three oil workers", "dissidents of the former FARC attacked a base": dissidents who
    fight or hold hostages are an armed group (REB), not an opposition (the 161st and an earlier pass)."""
    head = mention_head(doc, src) if src.get("sector") == "OPP" else None
    if head is None or head.lemma_.lower() != "dissident" or not (meta.quad_class == 4 or meta.code[:3] == "084"):
        return src
    return {**src, "sector": "REB", "code": join_code(src.get("country"), "REB", src.get("group"))}


def _people_sent_away(doc, tgt: dict | None) -> bool:
    """Are those made to leave private people ("1.7 million Afghans", "migrant workers"), not a state's mission?"""
    if tgt is None or tgt.get("group"):
        return False
    if tgt.get("sector") in ("REF", "LAB", "BUS", "AGR"):
        return True  # (aid workers, CVL, are an aid agency's staff: its expulsion stays 166)
    head = mention_head(doc, tgt)
    return not tgt.get("sector") and head is not None and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


AUXILIARIES = {"be", "have", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
               "to", "ought", "need", "dare", "'s", "'ve", "'d", "'ll"}


def _false_auxiliary(verb) -> bool:
    """'a decree that puts disputed land under state control': the parse made 'puts' the auxiliary of 'disputed'."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() not in AUXILIARIES
                                      for c in verb.children)


def _armed(doc, tgt: dict | None) -> bool:
    """Are those told to leave irregular fighters ("ordered the armed groups to leave the refinery"): a demand that
    they pull back, not an expulsion (a state's troops ordered out of a country are expelled)?"""
    if tgt is None:
        return False
    if tgt.get("sector") in ("REB", "UAF", "INS") or "REB" in (tgt.get("code") or "")[3:]:
        return True
    head = mention_head(doc, tgt)
    return head is not None and not tgt.get("code") and head.tag_ == "NNS" and (
        head.lemma_.lower() in ("group", "militia", "fighter", "gunman", "rebel") or any(c.lower_ == "armed" for c in head.lefts))


def _clash(verb) -> bool:
    """'Italy and France clashed at a meeting': with each other (a war of words; armed clashes are one record)."""
    return verb.lemma_.lower() == "clash" and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children)


def _reciprocal(verb) -> bool:
    """'to each other', 'with one another', 'traded accusations', 'exchanged fire': the co-subjects are each other's
    counterparts."""
    if verb.lemma_.lower() in ("trade", "exchange", "swap") and any(c.dep_ == "dobj" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in g.children)
               for g in objects)
