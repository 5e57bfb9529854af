"""Findings of the analysts' third and fourth passes (docs/judged-articles.md), with texts written for these tests:
a dateline is no actor and a mediator's capital gives no one its country; a country that clearly leads the story
does; a body's staff or chair is the body; a named other side makes co-subjects allies."""

from __future__ import annotations

import pytest

from tests.conftest import events_of

MEDIATED = """Talks in Geneva

Published: 2025-03-14

GENEVA, March 14 (Wire) - Armenia and Azerbaijan resumed border talks in Geneva on Thursday.
Armenian officials accused Azerbaijan of moving troops. Azerbaijan denied the claim.
Armenia said Azerbaijani forces had shelled a village. The army said it was ready to respond.
"""

LEADING = """Flooding

Published: 2025-03-14

NAIROBI, March 14 (Wire) - Ethiopia's government asked donors for aid on Thursday.
Ethiopian officials said the floods had displaced thousands. Ethiopia's prime minister visited Gambela.
Somalia's president called his Ethiopian counterpart. Somali officials said Somalia would send help.
Kenya offered trucks. Ethiopia thanked Kenya. The army delivered food to the region.
"""


def _actor(rec, text):
    return next(a for a in rec["actors"] if a["text"] == text)


def test_a_dateline_is_no_actor_and_a_host_capital_codes_no_one(code):
    rec = code(MEDIATED, "2025-03-14")
    assert not [a for a in rec["actors"] if a["text"].startswith("GENEVA")]
    army = _actor(rec, "The army")
    assert army["country"] != "CHE"  # Switzerland hosts the talks; whose army this is the story does not settle


def test_the_country_that_clearly_leads_the_story_gives_sector_actors_theirs(code):
    rec = code(LEADING, "2025-03-14")
    army = _actor(rec, "The army")
    # Ethiopia is named most, though not in most mentions; the story is filed from Nairobi
    assert army["code"] == "ETHMIL" and army["context"] == "country the article names most"


def test_a_bodys_staff_and_chair_are_the_body(code):
    rec = code("Three U.N. employees were detained by Houthi rebels on Monday. "
               "The African Union chairman condemned the detentions.", "2025-06-20")
    assert any(e["target"] and e["target"]["code"] == "IGOUNO" and e["root"] == "17" for e in events_of(rec, facts=False))
    assert _actor(rec, "The African Union chairman")["code"] == "IGOAFRAU"


def test_co_subjects_with_a_named_other_side_are_allies(code):
    rec = code("Malian troops and Russian mercenaries clashed with JNIM fighters near Timbuktu on Sunday.", "2025-06-20")
    pairs = {(e["source"]["country"], (e["target"] or {}).get("code")) for e in events_of(rec, "19")}
    assert pairs and all(t != "MLIMIL" and not (t or "").startswith("RUS") for _, t in pairs), pairs
    rec = code("India and Pakistan clashed along the border.", "2025-06-20")
    assert any(e["target"] for e in events_of(rec, "19"))  # no other side named: each other


def test_a_place_in_a_clause_about_something_else_gives_no_country(code):
    rec = code("Police said they had questioned the owner of a company registered in the United Arab Emirates.",
               "2025-06-20")
    assert _actor(rec, "Police")["country"] != "ARE"
    rec = code("Farm groups asked the government to help farmers find new markets in Japan.", "2025-06-20")
    assert _actor(rec, "the government")["country"] != "JPN"
    rec = code("Police in Lagos fired tear gas at protesters on Monday.", "2025-06-20")  # the clause's own place
    assert _actor(rec, "protesters")["code"] == "NGACVL"


@pytest.mark.parametrize("sentence, mention, expected", [
    ("The governor of Mombasa said floods had cut the highway.", "The governor", "KENGOV"),  # a place of its own
    ("Fishermen near Chittagong said the storm had sunk dozens of boats.", "Fishermen", "BGDAGR"),
    ("Police in Peru's capital arrested dozens of protesters.", "Police", "PERCOP"),
    ("Niger's junta expelled the French ambassador.", "Niger's junta", "NERMIL"),  # a sector-only name's country
    ("Algeria denied that its border guards had fired on migrants.", "its border guards", "DZACOP"),
])
def test_an_actors_own_words_give_its_country(code, sentence, mention, expected):
    assert _actor(code(sentence, "2025-06-20"), mention)["code"] == expected


def test_an_electoral_body_is_government_and_ends_before_what_it_is_accused_of(code):
    rec = code("Opposition leaders in Lima accused the electoral commission of rigging the count.", "2025-06-20")
    assert _actor(rec, "the electoral commission")["code"] == "PERGOV"
    assert any(e["target"]["code"] == "PERGOV" for e in events_of(rec, "11"))


def test_pronouns_follow_their_antecedents_country_and_bodies_own_their_people(code):
    text = ("Tariffs\n\nPublished: 2025-06-20\n\nMEXICO CITY, June 20 (Wire) - Economy Minister Marcelo Ebrard met "
            "business leaders on Monday. He said in Geneva that Mexico would file a complaint.")
    assert _actor(code(text, "2025-06-20"), "He")["code"] == "MEXGOV"  # not Swiss: Geneva is where he spoke
    rec = code("The M23 movement seized the town of Uvira on Monday. Its spokesman said the fighters would stay.",
               "2025-06-20")
    assert _actor(rec, "Its spokesman")["code"] == "CODREBM23"


def test_a_name_inside_a_longer_name_is_not_that_name(code):
    rec = code("The National Bureau of Investigation arrested two suspects in Manila.", "2025-06-20")
    assert not [a for a in rec["actors"] if a["code"] == "AREMED"]  # not the newspaper The National


PARTY_DATELINE = """Border shooting

Published: 2025-03-14

BANGKOK, March 14 (Wire) - Thailand summoned Cambodia's ambassador on Friday after a shooting at the border.
Cambodia denied the charge. Cambodian officials said Cambodia wanted calm, and Cambodia's defence ministry agreed.
Cambodia's prime minister spoke too. Cambodia's interior ministry blamed smugglers. Cambodia's army agreed.
Thai officials disagreed. Thailand's army chief visited the area.
Thailand's foreign minister called the charge baseless. Vietnam and Laos urged restraint.
The border police said the shots came from the east.
"""


def test_a_dateline_country_acting_at_the_top_of_the_story_is_a_party_not_a_host(code):
    rec = code(PARTY_DATELINE, "2025-03-14")
    assert _actor(rec, "The border police")["code"] == "THACOP"  # not Cambodia's, though Cambodia is named more


def test_an_envoy_does_not_take_the_government_he_meets(code):
    rec = code("Pakistan's army chief met US official Ervin Massinga and Ambassador Khan in Washington.", "2021-10-08")
    khan = next(a for a in rec["actors"] if a["text"] == "Ambassador Khan")
    assert khan["country"] != "USA"
    assert not any(e["root"] == "04" and e["source"]["code"] == (e["target"] or {}).get("code")
                   for e in events_of(rec))  # no one meets himself


@pytest.mark.parametrize("sentence, text, country", [
    ("Togo's junta released three journalists it had detained in March.", "three journalists", "TGO"),
    ("Peru's interior minister vowed to find the gunmen who killed four miners in Puno.", "four miners", "PER"),
    # the one country named is the victims' or a place in a side clause: nothing says whose
    ("Kurdish separatists released a video showing two Japanese engineers they abducted.", "Kurdish separatists",
     None),
])
def test_an_item_that_names_one_state_gives_its_sector_actors_that_country(code, sentence, text, country):
    assert _actor(code(sentence, "2025-06-20"), text)["country"] == country


def test_a_place_one_leaves_is_not_where_the_sentence_happens(code):
    rec = code("Ghana's president said the police would not be withdrawn from Haiti.", "2025-06-20")
    assert _actor(rec, "the police")["country"] != "HTI"


def test_family_name_first_and_a_counterpart_is_the_other_side(code):
    rec = code("Chinese Foreign Minister Wang Yi met South Korean President Lee Jae-myung in Seoul on Wednesday. "
               "Wang arrived on Tuesday and held talks with his counterpart Cho Hyun. Lee visited Beijing in January.",
               "2026-03-18")
    assert _actor(rec, "Wang")["code"] == "CHNGOV" and _actor(rec, "Lee")["code"] == "KORGOV"
    assert _actor(rec, "his counterpart")["country"] != "CHN" and _actor(rec, "Cho Hyun")["country"] != "CHN"


def test_a_gatherings_venue_and_an_ethnic_adjective_give_no_country(code):
    rec = code("The EU summoned the two leaders to talks in Brussels.", "2026-05-28")
    assert _actor(rec, "the two leaders")["country"] != "BEL"
    rec = code("Ethnic Serbs protested against Kosovo's government.", "2026-05-28")
    assert not any(a["country"] == "SRB" for a in rec["actors"])


def test_both_countries_names_no_one_by_guess(code):
    """Blind analysts found 'both countries' / 'both governments' resolved to the wrong pair 3 times in 2 passes
    (docs/judged-articles.md, eighth and ninth): where the text leaves the pair open it stays uncoded (events/pairs.py
    names it only from its own sentence or the article's two clearly leading countries)."""
    rec = code("Turkey and Russia traded accusations. Romania and Bulgaria called for calm. NATO urged both "
               "countries to talk.", "2026-09-24")
    assert not [e for e in events_of(rec, "02") if e["source"]["code"] == "IGOWSTNAT" and e["target"]["code"]]
