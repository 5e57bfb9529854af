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


def test_taking_over_a_named_town_is_force(code):
    """190, as PLV_train's annotators code "the Iraqi army took over Kirkuk" (ASSAULT; 192 maps to COERCE)."""
    rec = code("Rebel fighters took over Goma on Sunday after a day of shelling.", "2025-05-08")
    assert [e["code"] for e in rec["events"] if e["trigger"]["text"] == "took"] == ["190"]


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


HELD = """Guinean soldiers detain Sierra Leonean farmers

Published: 2025-08-14

FREETOWN, Aug 14 (Wire) - Sierra Leone lodged a protest with Guinea on Thursday after Guinean soldiers detained \
five Sierra Leonean farmers near the border.

The farmers were seized on Tuesday morning as they crossed the river, local officials said.

Foreign Minister Timothy Kabba summoned Guinea's ambassador and handed him a note demanding the release of the men.
"""


def test_an_act_told_again_without_its_doer_gives_its_day(code):
    rec = code(HELD, "2025-08-14")
    detained = [e for e in rec["events"] if e["trigger"]["text"] == "detained" and e["sentence_index"] == 3]
    assert [(e["date"], e["date_precision"]) for e in detained] == [("2025-08-12", "day")]


def test_a_note_demanding_is_its_senders_demand_on_the_holder(code):
    rec = code(HELD, "2025-08-14")
    demands = [e for e in rec["events"] if e["code"] == "1053"]
    assert demands and all(e["source"]["code"] == "SLEGOV" for e in demands)
    assert {e["target"]["code"] for e in demands} == {"GINMIL"}
    assert demands[0]["rule"]["target"] == "the holder of those whose release is demanded"


def test_farm_work_and_going_home_are_no_events(code):
    rec = code("The farmers were afraid to return to their fields, which their families have worked for decades.",
               "2025-05-08")
    assert not rec["events"]
    rec = code("Russia returned 90 prisoners to Ukraine on Friday.", "2025-05-08")
    assert [e["code"] for e in events_of(rec)] == ["084"]


def test_a_patrol_to_come_is_a_plan_not_a_threat(code):
    rec = code("Spanish officers will continue to patrol the bay, the ministry said.", "2025-05-08")
    assert not [e for e in events_of(rec) if e["root"] in ("13", "15")]


def test_not_sending_troops_to_an_area_rejects_no_one(code):
    rec = code("He said Sierra Leone would not send troops to the area.", "2025-05-08")
    assert not events_of(rec)
    rec = code("Kabul will not begin talks with Islamabad, the spokesman said.", "2025-05-08")
    assert [e["code"] for e in events_of(rec)] == ["120"]


def test_officers_of_a_named_body_are_its_country(code):
    rec = code("Fishermen were detained by officers of Mozambique's Police of the Republic of Mozambique on Monday.",
               "2025-05-08")
    officers = [a for a in rec["actors"] if a["text"] == "officers"]
    assert [(a["code"], a["context"]) for a in officers] == [("MOZCOP", "the body it belongs to")]


def test_declaring_anothers_notice_invalid_is_a_rejection(code):
    rec = code("Greece declared the Turkish notice invalid on Thursday.", "2025-05-08")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("120", "TUR")]


def test_what_was_previously_done_is_not_todays(code):
    rec = code("Senegal's prime minister has previously called for closer ties with Gambia.", "2025-05-08")
    assert [(e["date"], e["date_precision"]) for e in rec["events"]] == [(None, "unknown")]


def test_working_together_is_cooperation(code):
    rec = code("Washington and Mexico City are working together on the border.", "2025-05-08")
    assert {e["code"] for e in events_of(rec)} == {"060"}


def test_un_missions_and_the_mano_river_union_are_coded(code):
    rec = code("UNDOF asked Israel for access, and the Mano River Union offered talks to Guinea.", "2025-05-08")
    codes = {a["text"]: a["code"] for a in rec["actors"]}
    assert codes["UNDOF"] == "IGOUNO" and codes["the Mano River Union"] == "IGOWAF"


def test_striking_a_tone_is_no_attack(code):
    rec = code("Moscow struck a calmer tone on Thursday.", "2025-05-08")
    assert not rec["events"]


def test_arriving_from_a_country_is_no_visit_to_it(code):
    rec = code("Migrants arrived from Russia on foot.", "2025-05-08")
    assert not [e for e in rec["events"] if (e["target"] or {}).get("code") == "RUS"]
    rec = code("The Indian prime minister arrived in Dhaka from Delhi on Monday.", "2025-05-08")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("042", "BGD")]


def test_both_sides_are_the_two_states_just_named(code):
    rec = code("After Honduras and El Salvador traded accusations on Monday, Nicaragua urged both sides to calm down.",
               "2025-05-08")
    urged = [e for e in rec["events"] if e["trigger"]["text"] == "urged"]
    assert sorted((e["source"]["code"], e["target"]["code"]) for e in urged) == [("NIC", "HND"), ("NIC", "SLV")]
    assert urged[0]["rule"]["target"].endswith("(pair)")


def test_the_two_countries_are_those_of_their_own_clause(code):
    rec = code("Estonia accused Russia of moving buoys. Russia said Estonia had provoked it. Estonia rejected that. "
               "The two countries signed a border treaty in 2014, but Russia has never ratified it since its "
               "invasion of Ukraine.", "2025-05-08")
    signed = [e for e in rec["events"] if e["trigger"]["text"] == "signed"]
    assert signed and {e["source"]["code"] for e in signed} | {e["target"]["code"] for e in signed} == {"EST", "RUS"}


def test_both_sides_with_no_clear_pair_stay_a_thing(code):
    rec = code("Peru, Chile and Bolivia met on Monday. Brazil urged both sides to calm down.", "2025-05-08")
    urged = [e for e in rec["events"] if e["trigger"]["text"] == "urged"]
    assert all(not (e["target"] or {}).get("code") for e in urged)


def test_a_country_name_is_the_country_not_a_town_named_after_it():
    from eventwire.places import locate

    assert locate("Lebanon")["country"] == "LBN" and locate("Jordan")["country"] == "JOR"


def test_foreign_nationals_are_not_of_the_place(code):
    rec = code("Cyprus had evacuated foreign nationals from Lebanon last year.", "2025-05-08")
    assert not {a.get("country") for a in rec["actors"] if a["text"] == "foreign nationals"} - {None}


def test_farmers_blockading_a_crossing_are_protesting(code):
    rec = code("Polish farmers blockaded border crossings with Ukraine in late 2023.", "2025-05-08")
    assert [e["code"] for e in rec["events"]] == ["144"]
    rec = code("Senegalese truckers blockaded the bridge on Thursday.", "2025-05-08")
    assert [(e["code"], e["source"]["code"]) for e in rec["events"]] == [("144", "SENLAB")]


def test_seizing_a_corridor_is_occupying_it(code):
    rec = code("The corridor, which Israeli forces seized in May 2024, is closed.", "2025-05-08")
    assert [e["code"] for e in rec["events"] if e["trigger"]["text"] == "seized"] == ["192"]


def test_whom_an_appeal_wants_acted_on_is_not_whom_it_asks(code):
    rec = code("Several members of parliament called for the Turkish diplomat to be expelled.", "2025-05-08")
    assert all((e["target"] or {}).get("country") != "TUR" for e in rec["events"])


def test_latin_american_is_a_region_not_the_united_states(code):
    rec = code("Brazil called for an emergency meeting of the Community of Latin American and Caribbean States.",
               "2025-05-08")
    assert not [a for a in rec["actors"] if a.get("country") == "USA"]
    assert [e["target"]["code"] for e in rec["events"]] == ["IGOLAM"]


def test_withdrawing_a_certification_reduces_relations(code):
    rec = code("Last September, Washington withdrew its certification of Colombia as a partner.", "2025-05-08")
    assert [(e["code"], e["target"]["code"]) for e in rec["events"]] == [("160", "COL")]


def test_a_later_act_has_only_the_year_of_the_one_before(code):
    rec = code("Last September, Washington withdrew its certification of Colombia, and the U.S. Treasury later "
               "imposed sanctions on Colombia's president.", "2026-02-17")
    later = [e for e in rec["events"] if e["trigger"]["text"] == "imposed"]
    assert [(e["date"], e["date_precision"]) for e in later] == [("2025-01-01", "year")]


def test_who_was_recorded_doing_something_did_it(code):
    rec = code("Croatia withdrew from the case after a Slovenian judge was recorded discussing it with a Hungarian "
               "official.", "2025-05-08")
    talks = [e for e in rec["events"] if e["trigger"]["text"] == "discussing"]
    assert talks and all(e["source"]["country"] == "SVN" for e in talks)


def test_a_body_agreeing_sanctions_imposes_them(code):
    rec = code("European Union foreign ministers agreed on Monday to widen sanctions on Iran.", "2024-04-23")
    assert [e["code"] for e in events_of(rec) if e["root"] in ("13", "16")] == ["163"]


def test_ordering_a_diplomat_out_is_an_expulsion_on_the_days_order(code):
    rec = code("Montenegro ordered a senior Serbian diplomat to leave the country on Wednesday, officials said on "
               "Thursday.", "2025-11-20")
    assert [(e["code"], e["date"]) for e in events_of(rec)] == [("166", "2025-11-19")]


def test_persona_non_grata_after_an_appositive_is_an_expulsion(code):
    rec = code("The ministry declared a counsellor at the Serbian embassy, Dragan Vesovic, persona non grata.",
               "2025-11-20")
    assert [e["code"] for e in events_of(rec)] == ["166"]


def test_a_treaty_named_after_a_city_and_year_is_no_actor_or_date(code):
    rec = code("Mexico granted the former minister asylum under the 1954 Caracas Convention.", "2026-11-19")
    assert not [a for a in rec["actors"] if a.get("country") == "VEN"]
    assert all(e["date"] != "1954-01-01" for e in rec["events"])


def test_calling_a_move_reckless_is_criticism_whatever_the_parse(code):
    rec = code("Paraguayan Senator Marcelo Duarte Villalba called Bolivia's troop move reckless.", "2025-05-08")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("111", "BOL")]


def test_an_undated_act_in_a_relative_clause_is_background(code):
    rec = code("Spain rejected the deal that Morocco signed with Mauritania.", "2025-05-08")
    signed = [e for e in rec["events"] if e["trigger"]["text"] == "signed"]
    assert signed and all(e["date"] is None and e["date_precision"] == "unknown" for e in signed)
