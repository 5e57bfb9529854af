"""eventwire/nlp/attributes.py and lemmas.py: the attribute ruler by look-ups and the lemmatizer asked once per word
set exactly what spaCy's own components set."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from eventwire.nlp.attributes import FastAttributes, compile_rules

TEXTS = [
    "Italy's defence minister met his Greek counterpart in New Orleans on Wednesday.",
    "I can't say whether they'd come, y'all know it ain't over, nothin' is.",
    "RUBIO: We discussed   the ceasefire.\n\nDAR: We did not, and I'm   sure of that.",
    "Pakistan accused India of violating the ceasefire, officials said, though India denied it.",
    "The ministers were meeting; troops had staged drills, and the talks' outcomes remained unclear to analysts.",
    "",
]


def _attrs(doc) -> list[tuple]:
    return [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in doc]


OURS_THEIRS = (("eventwire_attributes", "attribute_ruler"), ("eventwire_rule_lemmas", "lemmatizer"))


@pytest.mark.parametrize("swap", [OURS_THEIRS[:1], OURS_THEIRS[1:], OURS_THEIRS])
def test_the_pipeline_runs_the_fast_components_and_tokens_get_what_spacys_give(pipe, swap):
    """eventwire_attributes and eventwire_rule_lemmas (nlp/lemmas.py) against spaCy's ruler and lemmatizer."""
    nlp = pipe.nlp
    for ours, theirs in OURS_THEIRS:
        assert ours in nlp.pipe_names and theirs in nlp.disabled
    fast = [_attrs(d) for d in nlp.pipe(TEXTS)]
    for ours, theirs in swap:
        nlp.disable_pipe(ours)
        nlp.enable_pipe(theirs)
    try:
        slow = [_attrs(d) for d in nlp.pipe(TEXTS)]
    finally:  # the session's pipeline as it was
        for ours, theirs in swap:
            nlp.disable_pipe(theirs)
            nlp.enable_pipe(ours)
    assert fast == slow
    assert any(a[0] == "AUX" for a in fast[1]) and any(a[3] for a in fast[0])  # POS and MORPH were set


def _ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}, "LOWER": {"NOT_IN": ["is"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing", "POS": "PRON"}},
    {"patterns": [[{"LOWER": "ca"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "not"}, "index": -1},
    {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "PROPN"}},  # a later rule wins for POS only
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
]


def test_rules_with_sets_exclusions_expressions_and_runs_apply_as_spacy_applies_them():
    nlp, ruler = _ruler(PATTERNS)
    rules = compile_rules(ruler)
    assert rules is not None
    words = ["Talks", "ca", "n't", "start", ",", "nothin'", "is", "said", "or", "planned", " ", "talks"]
    tags = ["NN", "MD", "RB", "VB", ",", "NN", "VBZ", "VBD", "CC", "VBN", "_SP", "NNS"]

    def doc() -> Doc:
        return Doc(nlp.vocab, words=words, tags=tags, heads=[3] * 3 + [3] * 9, deps=["x"] * 12)

    fast, slow = FastAttributes(rules)(doc()), ruler(doc())
    got = fast.to_array([POS, TAG, LEMMA, MORPH, DEP]).tolist()
    assert got == slow.to_array([POS, TAG, LEMMA, MORPH, DEP]).tolist()
    assert [t.pos_ for t in fast][:1] == ["PROPN"] and str(fast[0].morph) == "Number=Sing"
    assert fast[2].lemma_ == "not" and fast[5].lemma_ == "nothing" and fast[7].pos_ == "VERB"
    assert fast[6].pos_ == "" and fast[10].dep_ == "dep"


@pytest.mark.parametrize("spec", [{"LOWER": "a", "OP": "+"}, {"LENGTH": {">=": 3}}, {"ORTH": "a"}])
def test_a_rule_only_the_matcher_can_apply_keeps_spacys_ruler(spec):
    _nlp, ruler = _ruler([{"patterns": [[spec]], "attrs": {"POS": "NOUN"}}])
    assert compile_rules(ruler) is None
