"""Session 18, from the blind passes from the 156th (docs/judged-articles.md): refusing to give a person up is
refused to whoever asked for him, not to the person. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import events_of
from tests.conftest import said as _said


def test_refusing_to_hand_someone_over_refuses_the_state_that_asked(code):
    rec = code("A court in Almaty on Monday refused to hand over an exiled Uzbek journalist to Uzbekistan.", "2026-04-06")
    assert [(e["source"]["code"], e["target"]["code"]) for e in _said(rec, "12")] == [("KAZJUD", "UZB")]
    rec = code("Kenya refused to extradite the two Ugandan activists to Kampala.", "2026-04-06")
    assert [e["target"]["country"] for e in _said(rec, "12")] == ["UGA"]
    # refusing to hand over documents to a commission: no state asked, the commission is refused
    rec = code("The ministry refused to hand over the records to the UN Human Rights Council.", "2026-04-06")
    assert [e["target"]["code"][:6] for e in _said(rec, "12")] == ["IGOUNO"]


def test_a_state_named_after_in_is_that_state_not_a_town_of_one_of_its_words(code):
    """"police in the neighbouring Republic of Congo" had been made US police: the gazetteer has a town called
    Republic (Missouri); the dictionary had named the state there (157th pass)."""
    rec = code("Police in the neighbouring Republic of Congo detained 40 traders on Friday.", "2026-11-28")
    assert [e["source"]["code"] for e in _said(rec, "17")] == ["COGCOP"]


def test_rounding_up_a_count_of_people_is_an_arrest(code):
    """"rounded up thousands of its citizens" (157th pass, the story's main act, not coded): a count of people is
    people; "dozens of Russian diplomats" expelled stay diplomats (166), not deportees (174)."""
    rec = code("Police in Harare rounded up thousands of Malawian traders on Friday.", "2026-11-28")
    assert [(e["source"]["code"], e["code"], e["target"]["country"]) for e in _said(rec, "17")] == \
        [("ZWECOP", "173", "MWI")]
    rec = code("Police in Harare rounded up support for the march on Friday.", "2026-11-28")
    assert not _said(rec, "17")
    rec = code("Prague expelled dozens of Russian diplomats on Monday.", "2026-11-28")
    assert [e["code"] for e in _said(rec, "16")] == ["166"]


def test_a_denial_answers_whoever_made_the_charge(code):
    """"Moscow denied any role" after Estonia's charge (157th pass: the denial of the headline was not coded; nine of
    ten earlier denials with no target were judged PARTLY or WRONG): the accuser is the target. A charge only
    reported as a habit is none, and with no charge told the denial keeps no target."""
    rec = code("Estonia accused Russia of the cyber attack on Monday. Moscow denied any role in the attack.",
               "2026-08-05")
    denials = [e for e in _said(rec, "01") if e["code"] == "016"]
    assert [(e["source"]["code"], e["target"]["country"]) for e in denials] == [("RUSGOV", "EST")]
    assert denials[0]["rule"]["target"] == "the maker of the charge denied"
    rec = code("Moscow denied any role in the attack.", "2026-08-05")
    assert [(e["target"] or {}).get("code") for e in _said(rec, "01") if e["code"] == "016"] == [None]


def test_a_threat_joined_to_a_condition_is_the_speakers_own_act(code):
    """"Moscow would take measures if the men were not released and threatened to restrict the work of Finnish
    diplomats" (158th pass: the threat stored negated and hypothetical): the tagger read "threatened" as a passive
    joined to "were not released"; with an infinitive of its own it is her act, neither negated nor conditional."""
    rec = code("She said Moscow would take appropriate measures if the men were not released and threatened to "
               "restrict the work of Finnish diplomats in St Petersburg.", "2026-02-24")
    threats = [e for e in rec["events"] if e["trigger"]["text"] == "threatened"]
    assert threats and all(not e["negated"] and e["modality"] in ("asserted", "uncertain") for e in threats)
    rec = code("The talks will resume if the hostages are freed and returned to their families.", "2026-02-24")
    assert all(e["modality"] != "asserted" or e["negated"] for e in rec["events"])


def test_a_government_named_only_in_what_a_minister_says_is_not_his(code):
    """"The Netherlands summoned Venezuela's ambassador. Foreign Minister Pieter Haverkamp said the exercise was
    routine and that Caracas had been informed" (158th pass: Haverkamp made Venezuela's): the government he speaks
    of may be the other side's; no country from it. A minister acting on a government is still not theirs."""
    rec = code("The Netherlands summoned Venezuela's ambassador on Wednesday. Foreign Minister Pieter Haverkamp said "
               "the exercise was routine and that Caracas had been informed last month.", "2026-03-11")
    assert [a["code"] for a in rec["actors"] if a["text"] == "Foreign Minister Pieter Haverkamp"] != ["VENGOV"]
    rec = code("The Netherlands summoned Venezuela's ambassador on Wednesday. Foreign Minister Pieter Haverkamp "
               "urged Caracas to reopen the routes.", "2026-03-11")
    assert [a["code"] for a in rec["actors"] if a["text"] == "Foreign Minister Pieter Haverkamp"] != ["VENGOV"]


def test_an_act_said_to_be_illegal_is_criticised(code):
    """"Bishkek said the sanctions were unfounded" (159th pass: the headline's rejection coded nowhere), "said the
    boarding was illegal": words that make "called it ..." a criticism make "said it was ..." one too, aimed at
    whoever did the act. Talks said to be useful, or the weather said to be dangerous, are no criticism."""
    rec = code("Ankara said Greece's deployment was \"provocative\". He said the talks were useful. The minister said "
               "the weather was dangerous.", "2026-08-13")
    assert [(e["source"]["code"], e["target"]["country"]) for e in _said(rec, "11")] == [("TURGOV", "GRC")]
    rec = code("Washington imposed sanctions on two Kyrgyz banks on Wednesday. Kyrgyzstan's Cabinet said on Thursday "
               "that the sanctions were \"unfounded\".", "2026-08-13")
    assert [(e["source"]["country"], e["target"]["country"]) for e in _said(rec, "11")] == [("KGZ", "USA")]


def test_who_is_said_to_be_something_does_not_make_the_speakers_charge(code):
    """"Volkova said the men were 'ordinary tourists' and accused Helsinki of staging 'spy mania'" (158th pass: the
    men made the accusers): the parse hangs "accused" on what was said; the speaker accuses. But "the bloc was ready
    to provide a venue and urged both sides": the bloc's readiness is its own act, not a description."""
    rec = code("Foreign ministry spokeswoman Irina Volkova said in Moscow that the men were \"ordinary tourists\" and "
               "accused Helsinki of staging \"spy mania\".", "2026-02-24")
    assert [e["source"]["text"] for e in _said(rec, "11")] == ["Foreign ministry spokeswoman Irina Volkova"]


def test_what_aid_goes_through_is_not_whom_it_is_for(code):
    """"Beijing offers rival aid through Fiji", "would send emergency supplies through its embassy in Fiji" (160th
    pass: Fiji stored as the recipient): a "through" or "via" phrase is the way, not the target. A march through a
    capital is still aimed at who governs it."""
    rec = code("Japan said it would send emergency supplies through its embassy in Fiji.", "2026-03-05")
    assert not [e for e in rec["events"] if (e["target"] or {}).get("country") == "FJI"]
    rec = code("Thousands of demonstrators marched through Chisinau on Sunday.", "2026-03-05")
    assert [(e["target"] or {}).get("country") for e in _said(rec, "14")] == ["MDA"]


def test_an_act_protested_is_not_dated_by_the_protest(code):
    """"Russia summoned Finland's ambassador on Tuesday to protest against a joint Finnish-Swedish emergency drill"
    (161st pass: the drill given Tuesday; it began on Monday): what is protested came before, on a day unsaid here."""
    rec = code("Russia summoned Finland's ambassador on Tuesday to protest against a joint Finnish-Swedish military "
               "drill on the Aland islands.", "2026-11-03")
    summons = [e for e in rec["events"] if e["code"].startswith("11")]
    drills = [e for e in rec["events"] if e["trigger"]["text"] == "drill"]
    assert summons and all(e["date"] == "2026-11-03" for e in summons)
    assert drills and all(e["date"] != "2026-11-03" for e in drills)


def test_pledging_money_is_an_offer_of_aid(code):
    """"Taiwan pledged $30 million on Thursday to help Tuvalu rebuild" (160th pass: the story's main act stored only
    as the intended help): a pledge of money or aid is itself an act, 033, aimed at whom it helps."""
    rec = code("Taiwan pledged $30 million on Wednesday to help Tuvalu rebuild homes and water tanks.", "2026-03-05")
    assert [(e["source"]["code"], e["code"], e["target"]["code"], e["date"]) for e in events_of(rec, "03")
            if e["modality"] == "asserted"] == [("TWN", "033", "TUV", "2026-03-04")]


def test_what_came_before_a_dated_exchange_does_not_take_its_day(code):
    """"Saudi Arabia pledged $400 million to Yemen's government on Tuesday. The package was announced after al-Alimi
    met Saudi Defence Minister Khalid bin Salman in Riyadh": the meeting came before, on a day unsaid."""
    rec = code("Saudi Arabia pledged $400 million to Yemen's government on Tuesday. The package was announced after "
               "Rashad al-Alimi, head of Yemen's Presidential Leadership Council, met Saudi Defence Minister Khalid "
               "bin Salman in Riyadh.", "2025-08-20")
    met = [e for e in rec["events"] if e["trigger"]["text"] == "met"]
    assert met and all(e["date_precision"] != "day" for e in met)


def test_a_city_named_of_a_country_is_not_that_country(code):
    """"told reporters that Port of Spain had produced no evidence" (160th pass: Venezuela's minister and guards made
    Spanish): Port of Spain is Trinidad's capital; the tagger's "Spain" inside it places nothing in Spain."""
    rec = code("Venezuela's Interior Minister Diosdado Castillo told reporters that Port of Spain had produced no "
               "evidence.", "2026-05-08")
    assert not [a for a in rec["actors"] if a.get("country") == "ESP"], rec["actors"]


def test_dissidents_who_hold_hostages_are_an_armed_group(code):
    """"Colombian dissidents free three Ecuadorian oil workers" (161st pass: made an opposition, COLOPP): dissidents
    who fight or free hostages are rebels; dissidents who meet an envoy stay an opposition."""
    rec = code("Colombian dissidents freed three Ecuadorian oil workers on Friday. Cuban dissidents met the US envoy "
               "on Friday.", "2026-09-26")
    assert {(e["code"], e["source"]["code"]) for e in events_of(rec)} >= {("0841", "COLREB")}
    assert [e["source"]["code"] for e in events_of(rec, "04")] == ["CUBOPP"]


def test_an_official_right_after_a_states_answer_speaks_for_it(code):
    """"Chad rejected the accusation. Foreign Minister Mahamat Issa said ..." in a story filed from Bangui (161st
    pass: the Chadian minister made the Central African Republic's from the dateline). Only after an answer: after
    "Russia summoned the envoy" a minister is not thereby Russia's."""
    text = ("BANGUI, July 14 (Wire) - The Central African Republic expelled Chad's ambassador on Monday. Chad rejected "
            "the accusation. Foreign Minister Mahamat Issa said no Chadian soldier had crossed the border.")
    rec = code(text, "2026-07-14")
    assert [a["code"] for a in rec["actors"] if a["text"] == "Foreign Minister Mahamat Issa"] == ["TCDGOV"]
    rec = code(text.replace("Chad rejected the accusation.", "Chad held talks with Sudan."), "2026-07-14")
    assert [a["code"] for a in rec["actors"] if a["text"] == "Foreign Minister Mahamat Issa"] != ["TCDGOV"]


def test_what_was_ignored_was_not_done(code):
    """"Washington had ignored repeated requests to let the case be handled in Haiti" (162nd pass: stored as the
    United States yielding to Haiti, 080): what is ignored is not done (here: a refusal), and a string of repeated
    requests has no one day (not the "January" of the warrant in the clause before)."""
    rec = code("Fleurant said a Haitian court had issued a warrant for Delatour in January and that Washington had "
               "ignored repeated requests to let the case be handled in Haiti.", "2026-08-26")
    lets = [e for e in rec["events"] if e["trigger"]["text"] == "let"]
    assert lets and all(e["code"][:2] != "08" or e["negated"] for e in lets)
    assert all(e["date_precision"] == "unknown" for e in lets if not e["negated"])
    rec = code("Police had beaten several protesters in Marivan on Monday.", "2026-08-26")
    assert {e["date"] for e in events_of(rec, "18")} == {"2026-08-24"}


def test_a_question_put_to_a_speaker_is_no_appeal(code):
    """"Asked whether money had changed hands, he said ..." (judged WRONG as 020 in three passes): the speaker was
    asked, by reporters. "Asked by Turkey to help, Qatar sent aid" is Turkey's request."""
    rec = code("Bangladesh's foreign adviser Touhid Karim spoke to reporters in Dhaka. Asked whether money had changed "
               "hands, he said the government \"has not paid and does not pay ransom to criminals\".", "2026-10-20")
    assert not events_of(rec, "02", facts=False)
    rec = code("Asked by Turkey to help, Qatar sent aid.", "2026-10-20")
    assert [e["source"]["code"] for e in events_of(rec, "02", facts=False)] == ["TUR"]


def test_the_day_a_protest_gives_to_what_it_protests_is_its_own_clauses(code):
    """"summoned Togo's ambassador on Thursday to protest the detention of 12 traders on Monday": Monday, told in the
    protest's own clause, is the detention's; the summons' Thursday is not (see the 161st pass above)."""
    rec = code("Ghana summoned Togo's ambassador on Thursday to protest the detention of 12 Ghanaian traders by "
               "Togolese police on Monday.", "2026-02-19")
    assert {e["date"] for e in rec["events"] if e["code"] == "173"} == {"2026-02-16"}


def test_a_hyphenated_territory_the_tagger_calls_a_person_is_no_person(code):
    """"police on the French side, known as Saint-Martin" (167th pass: 'Saint-Martin' read as a person, Ireland's
    Micheal Martin, and the gendarmes made Irish police)."""
    rec = code("Gendarmes began stopping cars on Monday, two days after police on the French side, known as "
               "Saint-Martin, arrested three men.", "2026-05-08")
    assert not [a for a in rec["actors"] if (a.get("country") or "") == "IRL"], rec["actors"]
