"""Language: English is never refused (short ledes included), other languages are named and refused, and each
article's language is recorded (docs/reliability.md has the measurement behind the choice of pycld2)."""

from __future__ import annotations

import csv

import pytest
from conftest import needs_shared

from eventwire.errors import InputError
from eventwire.ingest.check import check_text, language

CREDIT_SUISSE = ("Belgian prosecutors have launched an investigation into whether Swiss bank Credit Suisse helped "
                 "some 2,650 Belgians hide their accounts from tax authorities.")


@pytest.mark.parametrize("text", [CREDIT_SUISSE, "Talks.", "Putin met Erdogan in Ankara.",
                                  "Punjab government imposed blockades in Lahore, Rawalpindi, Multan and Faisalabad."])
def test_english_is_never_refused(text):
    _, lang = check_text(text, "a.txt")
    assert lang in ("en", None)


def test_a_lede_sentence_is_recorded_as_english():
    assert check_text(CREDIT_SUISSE, "a.txt")[1] == "en"


@pytest.mark.parametrize("text,name", [
    ("Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie après l'attaque.", "French"),
    ("El gobierno de México anunció el martes nuevas medidas para frenar la violencia en la frontera.", "Spanish"),
    ("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt, sagte der Minister.", "German"),
])
def test_other_languages_are_named_and_refused(text, name):
    with pytest.raises(InputError, match=f"a.txt: text is {name} "):
        check_text(text, "a.txt")


def test_every_english_sentence_of_the_plover_data_is_kept():
    tsv = needs_shared("dev/plover/PLV_train.tsv")
    with open(tsv, encoding="utf-8") as f:
        sentences = [row["sentence"] for row in csv.DictReader(f, delimiter="\t")]
    refused = [s for s in sentences if language(s)[0] not in ("en", None)]
    assert len(sentences) > 1000 and refused == []
