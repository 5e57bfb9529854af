"""The day of words told across sentences: a statement dated in one sentence and carried on in the next ("The
ministry released a statement on Wednesday night ... It accused ..."), words told again at once by the same
teller with a day ("... accused Singapore of interfering. In a statement late on Tuesday, junta spokesman X said"),
and the same person named again after a dated meeting. Only the teller's identity links the sentences."""

from __future__ import annotations

from eventwire.events.setting import clause_date, to_come
from eventwire.events.words import SPEECH, STATEMENT_VERBS, VERBAL_ACTS
from eventwire.records import mention_head


def continued_statement_date(doc, subj, antecedent: dict | None, pubdate) -> tuple[str | None, str] | None:
    """"The ministry released a statement on Wednesday night ... It accused the government of ...": a pronoun
    subject carrying on the telling of the sentence just before takes that telling's date; so does the same
    person named again ("Jiang met Naqvi on Tuesday and told him ... Jiang asked Pakistan to ...")."""
    if subj.pos_ == "PROPN" and subj.sent.start > 0:
        return _renamed_teller_date(doc, subj, pubdate)
    if antecedent is None or subj.pos_ != "PRON":
        return None
    head = mention_head(doc, antecedent)
    if head is None or head.sent.end != subj.sent.start or head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.lemma_.lower() not in SPEECH | STATEMENT_VERBS or to_come(verb):
        return None
    return clause_date(doc, verb, pubdate, False)


QUOTE_MARKS = {'"', "“", "”"}
RELAYING = {"report"}  # "..., state news agency SUNA reported": who passes words on, not who said them
# nouns of one person: their words are told again by that person, not by the office they serve
ONE_PERSON = {"minister", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "president", "envoy",
              "ambassador", "secretary", "chief", "commander", "leader", "premier", "chancellor"}


def following_statement_date(doc, subj, actors: list[dict], actors_of, pubdate) -> tuple[str | None, str] | None:
    """"Myanmar's military government accused Singapore of interfering. In a statement late on Tuesday, junta
    spokesman X said ..."; "Delorme accused the Comorian government ... 'quote,' Delorme told France Inter on Sunday":
    words said with no day of their own, told again at once by the same teller with one, were said that day. The
    teller must be the same: the same name, a pronoun, or a mention of the same actor or of no other country."""
    now = subj.head
    if now.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in now.children) or subj.sent.end >= len(doc) or \
            now.lemma_.lower() not in VERBAL_ACTS - {"summon"}:  # words only: a summons is a meeting of its own day
        return None
    countries = {a.get("country") for a in actors} - {None}
    codes = {a.get("code") for a in actors} - {None}
    after = doc[subj.sent.end].sent  # the next sentence, or the one after it when a quote splits in two
    speech = [t for t in after if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH - RELAYING]
    later = doc[after.end].sent if after.end < len(doc) and not speech and after[0].text in QUOTE_MARKS else None
    person = subj.lower_ in ("he", "she") or subj.lemma_.lower() in ONE_PERSON or any(
        t.ent_type_ == "PERSON" for t in (subj, *(c for c in subj.children if c.dep_ in ("appos", "compound"))))
    for verb in (*after, *(later or ())):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH - RELAYING or to_come(verb):
            continue
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is None:
            continue
        tellers = actors_of(teller)
        if person:  # a minister's words told again by the same minister, not by his ministry
            same = teller.text == subj.text or teller.lower_ in ("he", "she")
        else:  # a government's words told by its spokesman or ministry (not by a news agency relaying them)
            same = teller.text == subj.text or teller.lower_ in ("it", "they") or bool(tellers) and all(
                a.get("sector") != "MED" and (a.get("code") in codes or (
                    a.get("country") in countries if a.get("country") else a.get("sector") in ("GOV", "MIL")))
                for a in tellers)
        if same:
            dated = clause_date(doc, verb, pubdate, False)
            if dated is not None and dated[1] == "day":
                return dated
    return None


def _renamed_teller_date(doc, subj, pubdate) -> tuple[str | None, str] | None:
    now = subj.head
    if now.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in now.children):
        return None  # "Jiang has long urged": not the same occasion
    before = doc[subj.sent.start - 1].sent
    for verb in before:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH | STATEMENT_VERBS | {"meet"} or to_come(verb):
            continue
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is not None and any(t.text == subj.text for t in teller.subtree):
            dated = clause_date(doc, verb, pubdate, False)
            if dated is not None and dated[1] != "publication":
                return dated
    return None
