"""What the eighty-ninth and ninetieth blind analyst passes found (docs/judged-articles.md): the World Trade
Organization named in full not recognised (the lead of a story withheld), "put tariffs on" coded as putting forces
on alert because "in force" sat in a clause of the object, a habit ("rarely criticise") stored as an act, and
"between the two countries" read as two other states. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import events_of


def test_international_bodies_named_in_full_are_actors(code):
    rec = code("Peru asked the World Trade Organization on Monday to rule on Chile's fruit levies.", "2025-04-16")
    asks = events_of(rec, "02")
    assert [(e["source"]["code"], e["target"]["code"]) for e in asks] == [("PER", "IGOWTO")]
    rec = code("The World Trade Organisation criticised the levies on Tuesday.", "2025-04-16")
    assert "IGOWTO" in {a["code"] for a in rec["actors"]}
    rec = code("The Central Intelligence Agency and the Federal Bureau of Investigation briefed senators.", "2025-04-16")
    assert {"USASPY", "USACOP"} <= {a["code"] for a in rec["actors"]}


def test_duties_put_or_imposed_on_a_country_are_sanctions_not_an_alert(code):
    rec = code("In May 2024 Ankara put 30% tariffs on Greek olive oil and 10% on feta, measures that remain in "
               "force.", "2025-04-16")
    assert [(e["code"], e["source"]["code"], e["target"]["code"]) for e in events_of(rec) if e["target"]] == [
        ("163", "TURGOV", "GRC")]
    assert not [e for e in rec["events"] if e["root"] == "15"]  # the clause of "measures" is no object of "put"
    rec = code("Seoul imposed anti-dumping duties on Japanese steel on Friday.", "2025-04-16")
    assert [(e["code"], e["source"]["code"], e["target"]["code"]) for e in events_of(rec)] == [
        ("163", "KORGOV", "JPN")]
    rec = code("Cairo put its army on alert along the border on Friday.", "2025-04-16")
    assert [e["code"] for e in events_of(rec)] == ["152"]  # the forces' pattern still holds


def test_a_bare_mass_noun_is_no_body_of_people(code):
    rec = code("The rules remain in force. Police used force to clear the square. The force fired on the crowd.",
               "2025-04-16")
    forces = [a for a in rec["actors"] if a["text"].lower().endswith("force")]
    assert [a["text"] for a in forces] == ["The force"]  # "in force", "used force" name nobody
    rec = code("Jordan shared intelligence with Iraq on Monday.", "2025-04-16")
    assert not [a for a in rec["actors"] if a["text"] == "intelligence"]


def test_a_habit_told_with_rarely_or_seldom_is_no_act(code):
    rec = code("The protest was unusual for Vietnam's generals, who rarely criticise Beijing in public.", "2025-04-16")
    crit = [e for e in rec["events"] if e["trigger"]["text"] == "criticise"]
    assert crit and not events_of(rec)  # coded, as a habit: no fact
    assert crit[0]["modality"] == "habitual"
    rec = code("Oslo seldom summons foreign envoys.", "2025-04-16")
    assert not events_of(rec)
    rec = code("Oslo summoned the Russian envoy on Monday.", "2025-04-16")
    assert [e["code"] for e in events_of(rec)] == ["114"]


ARTICLE = """Vilnius and Warsaw trade barbs over rail link

Published: 2025-04-16

VILNIUS, April 16 (Wire) - Lithuania accused Poland on Wednesday of delaying a rail link, and Poland rejected the \
charge. Lithuanian officials said Poland had missed two deadlines. Polish officials said Lithuania had changed the \
route. Lithuania's transport minister said talks would resume. Poland's minister said Poland wanted a deal, and \
Germany offered to help.

In 2023, Lithuanian Prime Minister Ingrida Simonyte suspended the joint commission between the two countries after \
a row over transit fees.
"""


def test_the_subjects_own_country_is_one_of_the_two_countries_between_which_it_acts(code):
    rec = code(ARTICLE, "2025-04-16")
    susp = [e for e in rec["events"] if e["trigger"]["text"] == "suspended"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in susp] == [("LTUGOV", "POL")]
    assert not [e for e in rec["events"] if e["source"] and e["target"]
                and e["source"]["country"] == e["target"]["country"] and not e["negated"]
                and e["modality"] == "asserted"]  # never a state acting on itself as a fact


def test_a_flow_cut_off_is_aimed_at_its_owner(code):
    rec = code("Algeria has stopped Moroccan cargo flights from landing at its airports.", "2025-04-16")
    assert [(e["code"], e["source"]["code"], e["target"]["code"]) for e in events_of(rec)] == [("160", "DZA", "MAR")]
    rec = code("Kenya suspended Ugandan imports on Monday.", "2025-04-16")
    assert [(e["source"]["code"], e["target"]["code"]) for e in events_of(rec)] == [("KEN", "UGA")]
    rec = code("Poland recalled its ambassador from Budapest on Thursday.", "2025-04-16")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("161", "HUN")]  # not its own "its"


def test_an_offer_of_talks_is_not_aimed_at_the_venues_country(code):
    rec = code("ECOWAS offers talks in Accra as Mali and Niger trade charges", "2026-02-19")
    offers = [e for e in rec["events"] if e["code"] == "036"]
    assert offers and all((e["target"] or {}).get("code") != "GHA" for e in offers)
    rec = code("The Ghanaian president visited Abuja on Monday.", "2026-02-19")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("042", "NGA")]  # a visit's place is whom


def test_a_past_time_inside_what_was_agreed_is_when_it_was_agreed(code):
    rec = code("Officials said the patrols were the first since the two countries agreed to end the standoff in "
               "2024. Peru and Chile met on Monday. Peru and Chile signed a deal in Lima.", "2025-06-12")
    agreed = [e for e in rec["events"] if e["trigger"]["text"] == "agreed"]
    assert agreed and all(e["date"] == "2024-01-01" and e["date_precision"] == "year" for e in agreed)
    rec = code("Iran agreed on Monday to halt enrichment in March.", "2025-02-12")
    assert [e["date"] for e in rec["events"] if e["trigger"]["text"] == "agreed"] == ["2025-02-10"]  # not a future


ARTICLE_010 = """Armenia's parliament moves towards EU

Published: 2025-04-16

YEREVAN, April 16 (Wire) - Armenia's parliament passed a law last year declaring the start of a process to join \
the European Union, officials said on Wednesday. Armenia summoned Russia's ambassador on Wednesday over \
the remarks. Russia's foreign ministry criticised Armenia on Tuesday.
"""


def test_a_bare_statement_is_withheld_in_an_article(code):
    rec = code(ARTICLE_010, "2025-04-16")
    bare = [e for e in rec["events"] if e["code"] == "010"]
    assert bare and all(e["modality"] == "uncertain" and "bare statement" in e["rule"]["withheld"] for e in bare)
    assert ("114", "RUSGOV") in {(e["code"], e["target"]["code"]) for e in events_of(rec)}  # the rest stay


def test_a_protested_detention_took_place_and_the_protest_is_aimed_at_the_detainers(code):
    rec = code("Ghana summoned Togo's ambassador on Thursday to protest the detention of 12 Ghanaian traders by "
               "Togolese gendarmes on Monday.", "2026-02-19")
    held = [e for e in rec["events"] if e["code"] == "173"]
    assert [(e["source"]["code"], e["target"]["code"], e["modality"], e["date"]) for e in held] == [
        ("TGOCOP", "GHABUS", "asserted", "2026-02-16")]  # Monday before, not the Monday after
    protest = [e for e in rec["events"] if e["trigger"]["text"] == "protest"]
    assert protest and protest[0]["target"]["code"] == "TGOCOP"  # not the Ghanaian traders


def test_one_record_per_demand_however_many_things_it_names(code):
    text = ("Ghana summoned Togo's ambassador on Thursday to protest the arrest of 12 Ghanaian fishermen by Togolese "
            "marine police, and demanded their immediate release and the return of their boats and nets.")
    rec = code(text, "2026-02-19")
    demands = [(e["trigger"]["start"], e["code"], e["target"]["code"]) for e in rec["events"]
               if e["trigger"]["text"] == "demanded"]
    assert demands and len(demands) == len(set(demands))


def test_a_place_a_met_person_is_said_to_be_in_is_no_party_to_the_meeting(code):
    rec = code("Kenya's envoy said he had met the bloc's security commissioner in Addis Ababa on Tuesday.", "2025-11-12")
    assert not [e for e in rec["events"] if e["root"] == "04" and (e["target"] or {}).get("code") == "ETH"]
    rec = code("Poland condemned the coup in Gabon.", "2025-11-12")
    assert [e["target"]["code"] for e in events_of(rec)] == ["GAB"]  # what words are about stays


def test_refugees_arriving_are_no_visit(code):
    rec = code("Hundreds of Sudanese refugees arrived in the Egyptian town of Aswan this week.", "2025-11-12")
    assert not [e for e in rec["events"] if e["root"] == "04"]
    rec = code("Sudan's foreign minister arrived in Cairo on Monday.", "2025-11-12")
    assert [(e["code"], e["target"]["code"]) for e in events_of(rec)] == [("042", "EGY")]


def test_a_pronoun_carrying_on_a_dated_statement_takes_its_date(code):
    rec = code("Peru's foreign ministry released a statement on Wednesday night saying that flights remained suspended. "
               "It accused the Bolivian government of staging a media show.", "2025-10-09")
    assert [(e["code"], e["date"]) for e in events_of(rec)] == [("112", "2025-10-08")]
    rec = code("Peru's foreign ministry said the border stayed closed. It accused Bolivia of lying.", "2025-10-09")
    assert [e["date"] for e in events_of(rec)] == ["2025-10-09"]  # no time told: the publication day


MOVE = """Armenia ends Russian rail concession

Published: 2026-04-22

YEREVAN, April 22 (Wire) - Armenia suspended the Russian Railways concession on Tuesday, officials said. \\
Moscow called the move reckless on Wednesday. Armenia's opposition party called the move reckless too. \\
Russia said it had not planned any measures against Armenia.
"""


def test_the_move_a_state_calls_reckless_is_the_one_taken_against_it(code):
    rec = code(MOVE, "2026-04-22")
    called = [(e["source"]["code"], e["code"], (e["target"] or {}).get("code")) for e in rec["events"]
              if e["trigger"]["text"] == "called"]
    assert ("RUSGOV", "111", "ARM") in called
    assert not [c for c in called if c[0].endswith("OPP") and c[2] == "RUS"]  # a home critic: its own government's


def test_an_act_someone_is_told_or_ordered_to_do_is_not_done(code):
    rec = code("Washington told Kyiv on Monday to consult Warsaw before further work.", "2026-03-12")
    consult = [e for e in rec["events"] if e["trigger"]["text"] == "consult"]
    assert consult and consult[0]["modality"] == "intended"
    rec = code("The general ordered the troops to withdraw from Goma.", "2026-03-12")
    assert not [e for e in events_of(rec) if e["trigger"]["text"] == "withdraw"]
    rec = code("Zelensky told reporters that Ukraine had consulted Poland on Monday.", "2026-03-12")
    assert [e["modality"] for e in rec["events"] if e["trigger"]["text"] == "consulted"] == ["asserted"]  # told as done
