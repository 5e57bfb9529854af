"""Session 20 (docs/evaluation.md, round seventeen): peacekeepers moved are protection given, not a visit or a
show of force; people expelled from a state with no doer named are expelled by that state; a person named out of
every office the dictionaries date keeps the country of those offices. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads as _dyads
from tests.conftest import events_of


def test_peacekeepers_arriving_give_protection_not_a_visit(code):
    rec = code("A first company of Ghanaian peacekeepers arrived in Bangui on Tuesday.", "2026-05-14")
    assert [(s, c[:3], t) for s, c, t in _dyads(rec)] == [("GHAMIL", "074", "CAF")]


def test_soldiers_arriving_are_no_peacekeeping(code):
    """The recode needs peacekeepers: a minister arriving stays a visit."""
    rec = code("Ghana's foreign minister arrived in Bangui on Tuesday.", "2026-05-14")
    assert [c for _, c, _ in _dyads(rec)] == ["042"]


def test_a_deployment_on_a_peacekeeping_mission_is_protection(code):
    rec = code("Senegal on Monday announced the deployment of 300 troops to Gambia on a peacekeeping mission.",
               "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(rec)] == [("SEN", "074", "GMB")]


def test_a_deployment_without_peacekeeping_stays_a_show_of_force(code):
    rec = code("Senegal on Monday announced the deployment of 300 troops to the Gambian border.", "2026-05-14")
    assert "074" not in [c for _, c, _ in _dyads(rec)]


def test_expelled_from_a_state_with_no_doer_named(code):
    rec = code("Three Estonian diplomats were expelled from Belarus on Friday.", "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(rec)] == [("BLR", "166", "ESTGOV")]


def test_expelled_from_a_party_names_no_state(code):
    rec = code("Three Estonian lawmakers were expelled from the party on Friday.", "2026-05-14")
    assert not _dyads(rec, "16")


def test_a_leader_out_of_office_keeps_his_country(code):
    """Emmerson Mnangagwa's dictionary terms start in 2005; in an article of 2001 he is still Zimbabwe's, and his
    title gives the role."""
    rec = code("Zambia's foreign minister met President Emmerson Mnangagwa in Lusaka on Monday.", "2001-03-14")
    people = [a for a in rec["actors"] if "Mnangagwa" in a["text"]]
    assert people and people[0]["code"] == "ZWEGOV"
    rec = code("Zambia's foreign minister met Emmerson Mnangagwa in Lusaka on Monday.", "2001-03-14")
    assert [a["code"] for a in rec["actors"] if "Mnangagwa" in a["text"]] == ["ZWE"]


def test_a_ban_on_goods_is_an_embargo(code):
    """Judges marked every import ban coded 172 (administrative sanction) as a word-sense error: 163."""
    rec = code("Ghana banned imports of Ivorian cocoa on Monday.", "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(rec, "16")] == [("GHA", "163", "CIV")]
    rec = code("Ghana bans Togolese poultry over bird flu.", "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(rec, "16")] == [("GHA", "163", "TGO")]


def test_a_ban_on_parties_stays_an_administrative_sanction(code):
    rec = code("Chad's Supreme Court banned two opposition parties on Monday.", "2026-05-14")
    assert [c for _, c, _ in _dyads(rec)] == ["172"]


def test_a_drill_alone_is_a_show_of_force_and_a_joint_one_cooperation(code):
    alone = code("Spain staged a naval landing drill on the disputed islands on Monday.", "2026-05-14")
    assert [c for _, c, _ in _dyads(alone)] == ["150"]
    joint = code("Morocco held a naval exercise with Spain on Monday.", "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(joint)] == [("MAR", "062", "ESP")]
    joint = code("Morocco and Mauritania began a joint military exercise on Monday.", "2026-05-14")
    assert ("MAR", "062", "MRT") in _dyads(joint)


def test_a_state_protest_told_as_a_noun_is_disapproval(code):
    rec = code("Ghana deported 40 Togolese in March, a step that drew a sharp protest from Togo.", "2026-05-14")
    assert [c for s, c, _ in _dyads(rec) if s == "TGO"] == ["111"]


def test_seizing_on_a_row_is_no_seizure(code):
    rec = code("Mauritius seized on the row to revive its claim to the island.", "2026-05-14")
    assert not _dyads(rec, "17")
    rec = code("Pirates seized a Greek tanker on its way to Oman.", "2026-05-14")
    assert [c[:2] for _, c, _ in _dyads(rec)] == ["17"]


def test_help_given_in_response_to_a_rival_is_not_given_to_it(code):
    rec = code("Japan and India announced they would help rebuild the port, in what was seen as a response to "
               "China's growing presence.", "2026-05-14")
    assert all(t != "CHN" for _, _, t in _dyads(rec))
    rec = code("Workers staged a sit-in in response to the Ghanaian government's decision.", "2026-05-14")
    assert [t for _, c, t in _dyads(rec, "14")] == ["GHAGOV"]


def test_a_place_captured_is_occupied_not_arrested(code):
    rec = code("Rebels captured Bunia on Sunday after a week of fighting.", "2026-05-14")
    assert [c for _, c, _ in _dyads(rec, "19")] == ["192"]
    assert not _dyads(rec, "17")
    rec = code("Police captured the gang's leader on Sunday.", "2026-05-14")
    assert [c for _, c, _ in _dyads(rec)] == ["173"]


def test_an_embargo_not_renewed_is_no_embargo(code):
    rec = code("The Security Council failed to renew the arms embargo on Eritrea on Monday.", "2026-05-14")
    assert [e["negated"] for e in events_of(rec, "16", facts=False)] == [True]


def test_a_protested_act_stands_for_its_doer_named_by_an_adjective(code):
    """"Pakistan called the Iranian strike reckless" (j92, judged RIGHT once its target was Iran)."""
    rec = code("Comoros protested the French drill on Monday.", "2026-05-14")
    assert ("COM", "111", "FRA") in _dyads(rec)
    rec = code("Kenya condemned the terrorist attack on Monday.", "2026-05-14")
    assert all(t is None or t[:3] != "KEN" for s, _, t in _dyads(rec, "11"))


def test_a_square_named_after_a_country_is_no_act_of_it(code):
    """"protesters block Spanish Square" in Mostar (179th pass: a blockade aimed at Spain)."""
    rec = code("Protesters blocked Spanish Square in Mostar on Monday.", "2026-05-14")
    assert all(t is None or t[:3] != "ESP" for _, _, t in _dyads(rec))
    rec = code("Vietnam criticised the China Road and Bridge Corporation on Monday.", "2026-05-14")
    assert any(a["code"] and a["code"].startswith("CHN") for a in rec["actors"] if "Road" in a["text"])


def test_a_regional_demonym_names_its_country(code):
    """"two Sicilian trawlers" are Italian (178th pass)."""
    rec = code("The Tunisian navy seized two Sicilian trawlers on Sunday.", "2026-05-14")
    assert [(s, c[:2], t) for s, c, t in _dyads(rec)] == [("TUNMIL", "17", "ITA")]


def test_civilians_who_strike_walk_out(code):
    rec = code("Kyrgyz truckers went on strike on Monday. Kyrgyz truckers strike over Chinese rule.", "2026-05-14")
    assert "190" not in [c for _, c, _ in _dyads(rec)]
    assert "143" in [c for _, c, _ in _dyads(rec)]
    rec = code("Protesters struck a police officer in Bishkek on Monday.", "2026-05-14")
    assert [c for _, c, _ in _dyads(rec)] == ["145"]  # no walkout: a crowd's force, a riot (round nineteen)
    rec = code("Downing Street rejected the proposal on Monday.", "2026-05-14")
    assert [s for s, _, _ in _dyads(rec)] == ["GBRGOV"]  # a seat named "Street" is still the seat


ENVOY = """Ukraine expels Hungarian diplomat

Published: 2026-05-14

KYIV, May 14 (Dnipro Wire) - Foreign Minister Petro Hnatiuk told reporters in Kyiv that Hungary's charge d'affaires had been summoned to the ministry on Thursday.

Slovakia's ambassador, Jan Kral, was summoned to the foreign ministry on Thursday afternoon, a Ukrainian official said.

The Moldovan ambassador was summoned on Thursday.
"""


def test_an_envoy_summoned_in_the_passive_was_summoned_by_who_tells_it(code):
    rec = code(ENVOY, "2026-05-14")
    summons = sorted((s, t) for s, c, t in _dyads(rec, "11") if c == "114")
    assert summons == [("UKRGOV", "HUNGOV"), ("UKRGOV", "SVKGOV")]  # the Moldovan envoy: no one tells who did


def test_not_taking_part_is_no_act_and_freezing_ties_is_one(code):
    rec = code("Beijing was not taking part in the drill on Monday.", "2026-05-14")
    assert not _dyads(rec)
    rec = code("Sudan's government said it would not take part in talks with Chad.", "2026-05-14")
    assert "040" not in [c for _, c, _ in _dyads(rec)]
    rec = code("Tripoli froze joint patrols with Malta on Thursday.", "2026-05-14")
    assert [(s, c, t) for s, c, t in _dyads(rec)] == [("LBYGOV", "160", "MLT")]
