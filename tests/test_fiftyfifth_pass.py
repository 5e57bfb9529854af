"""What the fifty-third and fifty-fourth blind analyst passes found (docs/judged-articles.md): guards taking over
a crossing coded as fighting Turkey, a high commissioner coded as a bare country, an organisation's secretary
general and a Honduran fisherman given the dateline's country, and "who asked not to be named" coded as an
appeal. Every sentence here is ours."""

from __future__ import annotations

from eventwire.events.lexicon import parse_pattern
from tests.conftest import events_of


def test_taking_over_a_post_is_no_fight(code):
    rec = code("Georgian guards took over the Sadakhlo crossing point on the Armenian frontier in March.", "2025-05-08")
    assert not [e for e in rec["events"] if e["root"] in ("19", "18", "20")]


def test_taking_over_a_named_town_is_occupying_it(code):
    rec = code("Rebel fighters took over Goma on Sunday after a day of shelling.", "2025-05-08")
    assert [e["code"] for e in rec["events"] if e["trigger"]["text"] == "took"] == ["192"]


def test_taking_a_state_to_court_over_a_border_stays_a_court_case(code):
    rec = code("Gabon took Equatorial Guinea to the International Court of Justice over the islands in 2021.",
               "2025-05-08")
    assert [e["code"] for e in rec["events"] if e["trigger"]["text"] == "took"] == ["115"]


def test_asking_not_to_be_named_is_no_appeal(code):
    rec = code("A Lithuanian diplomat, who asked not to be named, said Minsk had not replied.", "2025-05-08")
    assert not [e for e in rec["events"] if e["trigger"]["text"] == "asked"]
    rec = code("Lithuania asked Belarus to release the drivers.", "2025-05-08")
    assert [e["code"] for e in rec["events"] if e["trigger"]["text"] == "asked"]  # an appeal still is one


def test_a_complement_constraint_is_part_of_a_pattern():
    p = parse_pattern("ask >name|identify", "---", "t:1")
    assert p.clausal and p.complements == {"name", "identify"}
    assert p.specificity() > parse_pattern("ask >", "020", "t:2").specificity()
    assert ">identify|name" in p.rule()


def test_a_high_commissioner_is_his_government(code):
    rec = code("Zambia summoned Malawi's high commissioner on Tuesday over the seized trucks.", "2025-05-08")
    assert [(e["source"]["code"], e["target"]["code"]) for e in events_of(rec, "11")] == [("ZMB", "MWIGOV")]


DATELINE = """Sri Lanka signs port deal

Published: 2025-11-11

COLOMBO, Nov 11 (Wire) - Sri Lanka signed a port deal on Tuesday, officials said. Sri Lanka's cabinet approved it.
Sri Lanka's president spoke about it in Colombo.

High Commissioner Arvind Bhatia met President Anura Kumara Dissanayake on Tuesday.
"""


def test_an_envoy_whose_state_nothing_names_is_not_his_hosts(code):
    rec = code(DATELINE, "2025-11-11")
    met = [e for e in rec["events"] if e["trigger"]["text"] == "met"]
    assert met and all(e["source"]["country"] != "LKA" for e in met)


BYSTANDER = """Honduras protests after Belize detains fishermen; Guatemala hosts ministers

Published: 2026-04-08

GUATEMALA CITY, April 8 (Wire) - Honduras and Belize traded accusations on Wednesday over the detention of nine \
Honduran fishermen near cayes both countries claim, as their foreign ministers met in the Guatemalan capital.

Belize said the Honduran boats broke its reserve rules. Honduras said Belize had no right to hold them. Belize \
rejected that, and Honduras repeated it.

"Our fishermen were arrested by a foreign force," a cooperative leader told reporters.

SICA's secretary general urged members to settle the matter.
"""


def test_a_bystanders_dateline_gives_no_one_its_country(code):
    rec = code(BYSTANDER, "2026-04-08")
    actors = {a["text"]: a for a in rec["actors"]}
    assert actors["a cooperative leader"].get("country") != "GTM"
    assert actors["SICA's secretary general"].get("country") is None  # an organisation's, of no one state


def test_what_an_act_is_called_names_no_target(code):
    rec = code("The Arab League called the blockade a violation of Qatar's sovereignty on Monday.", "2025-05-08")
    called = [e for e in rec["events"] if e["trigger"]["text"] == "called"]
    assert called and all((e["target"] or {}).get("country") != "QAT" for e in called)


def test_an_agreement_about_a_third_party_is_between_its_makers(code):
    rec = code("Spain and Morocco reached an agreement on Western Sahara's fisheries in May 2024.", "2025-05-08")
    pairs = {(e["source"]["code"], (e["target"] or {}).get("code")) for e in events_of(rec, "05")}
    assert pairs and all(t in ("ESP", "MAR") for _, t in pairs)


SEIZURE = """Iran seizes Emirati dhow

Published: 2026-07-09

ABU DHABI, July 9 (Wire) - Iranian coast guard boats seized an Emirati dhow near Abu Musa on Monday.

Kuwait's foreign ministry condemned the seizure on Wednesday.
"""


def test_words_about_an_act_are_aimed_at_who_did_it(code):
    rec = code(SEIZURE, "2026-07-09")
    condemned = [e for e in rec["events"] if e["trigger"]["text"] == "condemned"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in condemned] == [("KWTGOV", "IRN")]
    assert condemned[0]["rule"]["target"] == "the doer of the answered act"
