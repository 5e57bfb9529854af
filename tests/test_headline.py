"""A headline's present-tense verbs the small model reads as plural nouns ("Bangladesh summons Myanmar envoy")
are parsed again in the past tense (eventwire/nlp/headline.py). Every headline here is ours."""

from __future__ import annotations

import pytest

from eventwire.nlp.headline import headline_end, past
from eventwire.nlp.load import load

BODY = "\n\nPublished: 2026-03-04\n\nDHAKA, March 4 (Delta Wire) - Officials said more talks were planned.\n"


@pytest.fixture(scope="module")
def nlp():
    return load()


def test_a_summons_in_a_headline_is_a_verb(nlp, code):
    """The headline alone names the act here; before the second parse it coded nothing (7 of 16 such judged
    headlines coded no event)."""
    doc = nlp("Bangladesh summons Myanmar envoy after border guard killed by fire from across Naf river" + BODY)
    summons = doc[1]
    assert (summons.tag_, summons.pos_, summons.lemma_, summons.dep_) == ("VBZ", "VERB", "summon", "ROOT")
    assert summons.text == "summons" and str(summons.morph.get("Tense")) == "['Pres']"
    rec = code("Bangladesh summons Myanmar envoy after border guard killed by fire from across Naf river" + BODY,
               "2026-03-04")
    head = [e for e in rec["events"] if e["sentence_index"] == 0 and e["code"] == "114"]
    assert [(e["source"]["country"], e["target"]["code"]) for e in head] == [("BGD", "MMRGOV")]


def test_a_noun_stays_a_noun(nlp):
    """"trade accusations": no pattern names a verb "accusation", so nothing is parsed again; a name keeps its tag
    whatever the second parse makes of it."""
    doc = nlp("Tanzania and Malawi trade accusations at Maputo talks" + BODY)
    assert doc[4].tag_ == "NNS"
    doc = nlp("South Africa protests after U.S. bars its officials; Brazil and AU back Ramaphosa" + BODY)
    assert doc[2].tag_ == "VBZ" and doc[2].lemma_ == "protest"
    assert [t.tag_ for t in doc if t.text == "Ramaphosa"] == ["NNP"]


def test_only_a_headline_is_parsed_again(nlp):
    """A first line that ends as a sentence ends, a one-line text, and the body are left as the model read them."""
    assert headline_end(nlp("Bangladesh summons envoys." + BODY)) == 0
    assert headline_end(nlp("Bangladesh summons Myanmar envoy")) == 0
    doc = nlp("Bangladesh summons Myanmar envoy" + BODY)
    assert headline_end(doc) == 4
    assert all(t.tag_ != "VBZ" or t.i < 4 or t.lower_ != "summons" for t in doc)


def test_past_tense_forms():
    assert [past(w) for w in ("summons", "closes", "halts", "pushes", "denies", "bars")] == \
        ["summoned", "closed", "halted", "pushed", "denied", "bared"]


def test_a_first_word_read_as_a_verb_is_the_subject(nlp):
    """"Belize protests after ...": the model made "Belize" the verb and "protests" its object."""
    doc = nlp("Belize protests after Guatemalan navy turns back its coast guard" + BODY)
    assert (doc[1].tag_, doc[1].lemma_, doc[0].dep_) == ("VBZ", "protest", "nsubj")
