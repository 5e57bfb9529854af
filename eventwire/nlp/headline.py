"""Headlines are written in the present tense, and the small English model reads many of their verbs as plural
nouns: "Bangladesh summons Myanmar envoy after ...", "Yemen's government halts Omani cargo ..." parse with
"summons" and "halts" as nouns, and no event is coded from the line that names the story's main act (no event at all
from 7 of 16 such headlines of the judged articles). The past tense is unambiguous to the model, so the headline
is parsed a second time with each such word in it ("summoned", "halted"), and that parse is taken over for the
headline's tokens (the same tokens: one word stands for one) when it makes each of them a verb with a subject and
keeps every verb of the first parse a verb. The headline takes the second parse's tree; the words changed take
its tags and lemmas but keep their own text and present tense; every other word keeps its tags (a name read as a
common noun in the second parse stays a name). Nothing else of the Doc changes."""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import DEP, HEAD
from spacy.language import Language

from eventwire import data

# nouns far more often than verbs after a noun in a headline ("border talks", "security forces")
NOUNS = {"talks", "forces", "arms", "ties", "relations", "rights", "news", "series", "means", "species", "headquarters",
         "sides", "years", "days", "weeks", "months", "hours", "times", "lines", "parts", "ranks"}
SUBJECT_TAGS = {"NNP", "NNPS", "NN", "NNS", "PRP"}
FINITE = {"ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis"}
TREE = [DEP, HEAD]
MAX_WORDS = 40
PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@Language.factory("eventwire_headline")
def make_headline(nlp: Language, name: str):
    return HeadlineParse(nlp)


class HeadlineParse:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc):
        end = headline_end(doc)
        if not end:
            return doc
        words = [t for t in doc[:end] if _may_be_verb(t)]
        if not words:
            return doc
        text = doc[:end].text
        for t in reversed(words):  # from the end, so earlier offsets hold
            lo = t.idx - doc[0].idx
            text = text[:lo] + past(t.text) + text[lo + len(t.text):]
        second = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:  # the tagger, parser and lemmas again; no entities, no recursion
            if name not in ("ner", "eventwire_headline"):
                second = proc(second)
        if len(second) != end or not _better(doc, second, {t.i for t in words}):
            return doc
        arr = doc.to_array(TREE)
        arr[:end] = second.to_array(TREE)
        doc.from_array(TREE, arr)
        for t in words:  # the other words keep their tags: a name stays a proper noun
            tok, new = doc[t.i], second[t.i]
            tok.pos_, tok.lemma_ = new.pos_, new.lemma_
            tok.tag_ = "VBZ" if new.tag_ in ("VBD", "VBN") else new.tag_  # its own form is the present tense
            tok.set_morph(PRESENT if new.tag_ in ("VBD", "VBN") else str(new.morph))
        return doc


def headline_end(doc) -> int:
    """The number of tokens of the Doc's first line when it is a headline: a line of its own, at most MAX_WORDS
    words, not ending as a sentence does; 0 otherwise."""
    for t in doc[:MAX_WORDS + 1]:
        if "\n" in t.whitespace_ or (t.is_space and "\n" in t.text):
            first = doc[:t.i + 1 - t.is_space]
            return 0 if not len(first) or re.search(r"[.!?\"”]$", first.text.strip()) else first.end
    return 0


def _subject_like(t) -> bool:
    """A noun, or a headline's first word read as a verb ("Belize protests after ...": "Belize" a verb)."""
    return t.tag_ in SUBJECT_TAGS or (t.i == 0 and t.is_title and t.pos_ == "VERB")


@cache
def coded_verbs() -> frozenset[str]:
    """The verbs the event patterns name (data/lexicons/verbs.tsv): only a word that would code an act is worth a
    second parse ("trade accusations" is no verb "accusation")."""
    return frozenset(r[0].split()[0].lower() for _, r in data.numbered_tsv(data.path("lexicons/verbs.tsv")))


def _may_be_verb(t) -> bool:
    """A plural noun right after a noun that could be a coded verb in the present tense ("Bangladesh summons")."""
    low = t.lower_
    if t.tag_ != "NNS" or t.i == 0 or not t.is_lower or low in NOUNS or not _subject_like(t.nbor(-1)):
        return False
    stems = {low[:-3] + "y"} if low.endswith("ies") else {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
    return bool(stems & coded_verbs()) and not low.endswith("ss")


def past(word: str) -> str:
    """A regular past tense of a third-person present form ("summons" -> "summoned", "closes" -> "closed"); an
    irregular verb's is misspelt ("sends" -> "sended"), and the model still reads the suffix as a past tense."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "ied"
    if word.endswith(("shes", "ches", "xes", "zes", "sses")):
        return word[:-2] + "ed"
    base = word[:-1]
    return base + ("d" if base.endswith("e") else "ed")


def _better(first, second, replaced: set[int]) -> bool:
    """Does the second parse make every replaced word a finite verb with a subject (its own or, for a verb joined
    by "and", its head's) and keep each verb of the first parse a verb?"""
    for i in replaced:
        t = second[i]
        if not t.tag_.startswith("VB") or t.dep_ not in FINITE:
            return False
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or (
            t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children))
        if not subject:
            return False
    return all(second[t.i].tag_.startswith("VB") for t in first[:len(second)] if t.tag_.startswith("VB")
               and t.i not in replaced and not (t.i == 0 and t.is_title))
