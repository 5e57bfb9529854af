"""What the thirty-fifth and thirty-sixth blind analyst passes found in stored facts (docs/judged-articles.md): an
act told as what came before a dated one given that one's day, 'Brussels' coded as Belgium's government, and "as
agreed by EU governments" read as an agreement of the main clause's subjects. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import events_of

ARTICLE = """Ghana accuses Togo of shelling border village; Nigeria hosts talks

Published: 2025-05-08

ABUJA, May 8 (Wire) - Nigeria brought Ghanaian and Togolese officials together in Abuja on Thursday after Accra \
accused Lome of shelling a village near the border, the foreign ministry said.

Ghana's foreign minister said the talks were useful.
"""


def test_an_act_told_as_before_a_dated_one_has_no_day_in_lead_or_headline(code):
    rec = code(ARTICLE, "2025-05-08")
    accusations = [e for e in rec["events"] if e["root"] == "11" and e["source"]["country"] == "GHA"]
    assert {e["sentence_index"] for e in accusations} >= {0, 3}  # the headline and the lead tell it
    assert all(e["date_precision"] == "unknown" and e["date"] is None for e in accusations)
    assert not [e for e in events_of(rec) if e["root"] == "11"]  # so neither is stored as today's fact


def test_a_headline_act_keeps_the_day_the_lead_gives_it(code):
    told = ARTICLE.replace("after Accra accused Lome of shelling a village near the border, the foreign ministry said",
                           "two days after Ghana's foreign ministry said on Tuesday that Togolese troops had shelled "
                           "a village.\n\nGhana accused Togo on Tuesday of shelling the village")
    rec = code(told, "2025-05-08")
    heads = [e for e in rec["events"] if e["root"] == "11" and e["sentence_index"] == 0]
    assert heads and all(e["date"] == "2025-05-06" for e in heads)


def test_brussels_is_the_european_union(code):
    rec = code("Brussels urged Serbia and Kosovo to return to talks on Monday.", "2025-05-08")
    urged = [e for e in rec["events"] if e["trigger"]["text"] == "urged"]
    assert urged and {e["source"]["code"] for e in urged} == {"IGOEUREEC"}


def test_a_venue_in_brussels_is_still_no_party(code):
    rec = code("Serbia's president met Kosovo's prime minister in Brussels on Monday.", "2025-05-08")
    assert [(e["source"]["code"], e["target"]["code"]) for e in events_of(rec, "04")] == [("SRBGOV", "XKXGOV")]


def test_as_agreed_by_someone_else_is_their_agreement(code):
    rec = code("The Commission expected Slovakia and Hungary to keep cutting their oil imports, as agreed by EU "
               "governments last year.", "2025-05-08")
    agreed = [e for e in rec["events"] if e["trigger"]["text"] == "agreed"]
    assert all(e["source"] is None or e["source"]["country"] not in ("SVK", "HUN") for e in agreed)
    assert not [e for e in events_of(rec) if e["source"]["country"] == "SVK" and e["target"]["country"] == "HUN"]
