"""Session 26 (docs/evaluation.md, round twenty-three): what a sanction freezes stands for its owner, a group's own
people are the group's, an unnamed office-holder named again is the same one, and a country's name at the head of a
force's name is that country's force. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads, events_of


def _actor(rec: dict, text: str) -> dict:
    return next(a for a in rec["actors"] if a["text"] == text)


def test_assets_frozen_stand_for_their_owner(code):
    """'froze Nicaraguan bank accounts' sanctions Nicaragua (163), as 'the assets of X' already did."""
    assert ("USAGOV", "163", "NIC") in dyads(code("Washington froze Nicaraguan bank accounts.", "2026-05-01"))
    assert ("GBR", "163", "RUS") in dyads(code("Britain froze Russian assets on Monday.", "2026-05-01"))
    assert ("USA", "163", "IRN") in dyads(code("The United States froze Iranian assets worth $2 billion.", "2026-05-01"))
    # a thing that stands for no one is still no party
    assert not [d for d in dyads(code("The United States froze the aid programme on Monday.", "2026-05-01"))
                if d[1] == "163" and d[2]]


def test_armed_groups_missing_from_the_dictionaries_are_coded(code):
    rec = code("Colombia's government and the Gulf Clan signed a peace accord in Doha on Monday.", "2026-10-21")
    assert ("COLGOV", "057", "COLCRMAGC") in dyads(rec)
    rec = code("Ethiopia's army clashed with the Oromo Liberation Army near Nekemte on Sunday.", "2026-10-21")
    assert ("ETHMIL", "190", "ETHREBOLA") in dyads(rec)
    rec = code("The Balochistan Liberation Army attacked a convoy of Chinese engineers near Gwadar.", "2026-10-21")
    assert [d for d in dyads(rec) if d[0] == "PAKREBBLA"]


def test_a_groups_own_people_are_the_group(code):
    """'the group's fighters' after the Gulf Clan are its fighters, not fighters of the place the sentence is in."""
    rec = code("BOGOTA, Oct 21 (Wire) - The Gulf Clan signed an accord with the government on Tuesday.\n\n"
               "Under the deal the group's fighters will move into zones in Uraba, officials said.\n\n"
               "Washington refused to drop its extradition requests for the group's leaders.", "2026-10-21")
    assert _actor(rec, "the group's fighters")["code"] == "COLCRMAGC"
    assert _actor(rec, "the group's leaders")["code"] == "COLCRMAGC"


def test_an_unnamed_office_holder_named_again_is_the_same_one(code):
    """'a State Department spokesman said ... The spokesman added' is the same American, not a guess from the dateline;
    'the ambassador' after 'Chad's ambassador' is Chad's."""
    rec = code("BOGOTA, Oct 21 (Wire) - Colombia signed an accord with the Gulf Clan on Tuesday.\n\n"
               "Washington will keep its extradition requests, a State Department spokesman said.\n\n"
               "The spokesman said the United States would keep pressing Bogota to hand over the commanders.",
               "2026-10-21")
    assert _actor(rec, "The spokesman")["code"] == "USAGOV"
    rec = code("BANGUI, Jul 14 (Wire) - The Central African Republic expelled Chad's ambassador on Tuesday.\n\n"
               "The foreign minister said the ambassador had been told to leave within 72 hours.", "2026-07-14")
    assert _actor(rec, "the ambassador")["code"] == "TCDGOV"


def test_a_countrys_name_at_the_head_of_a_forces_name_is_that_countrys_force(code):
    """'the Uganda People's Defence Force' is Uganda's army, not Myanmar's People's Defence Force; the Myanmar group
    keeps its code, and a possessive country ("Uganda's ADF") names where a group is, not whose it is."""
    rec = code("The Uganda People's Defence Force deployed troops in Kampala on Sunday.", "2026-01-19")
    assert _actor(rec, "The Uganda People's Defence Force")["code"] == "UGAMIL"
    rec = code("Myanmar's People's Defence Force attacked a junta base on Sunday.", "2026-01-19")
    assert _actor(rec, "Myanmar's People's Defence Force")["code"] == "MMRREBPDF"
    rec = code("Uganda's ADF attacked a village in Ituri on Sunday.", "2026-01-19")
    assert _actor(rec, "Uganda's ADF")["code"] == "CODREBADF"


def test_funds_released_are_aid_not_a_release_of_people(code):
    """'released 3 million euros in emergency funding' gives aid (070), not a prisoner release (084)."""
    rec = code("The European Commission said it had released 3 million euros in emergency funding for Iran.",
               "2026-05-14")
    assert ("IGOEUREEC", "070", "IRN") in dyads(rec)
    assert not dyads(rec, "08")
    assert dyads(code("Iran released two French citizens on Monday.", "2026-05-14"), "08")  # people still are


def test_a_quake_is_no_ones_agent_however_it_is_parsed(code):
    """'The magnitude 6.8 quake struck near the border, according to the USGS': no attack, on the USGS or anyone."""
    rec = code("The magnitude 6.8 quake struck near the Iraqi border, according to the U.S. Geological Survey.",
               "2026-05-14")
    assert not dyads(rec, "19")


def test_an_act_called_for_has_not_happened(code):
    """'called for Arakawa's release' is a demand (020), not a release; the call itself stays a fact."""
    rec = code("The U.S. ambassador called for Arakawa's release on Thursday.", "2026-09-24")
    assert not dyads(rec, "08")
    assert dyads(rec, "02")
    rec = code("Beijing announced the release of two Japanese nationals on Thursday.", "2026-09-24")
    assert dyads(rec, "08")  # a release announced took place


def test_pakistans_and_ugandas_forces_by_name(code):
    rec = code("Troops of the Frontier Corps arrived from a nearby camp after the attack in Gwadar.", "2026-03-11")
    assert [a for a in rec["actors"] if a["code"] == "PAKMIL"]
    rec = code("The UPDF deployed armoured vehicles in Kampala on Sunday.", "2026-01-19")
    assert [a for a in rec["actors"] if a["code"] == "UGAMIL"]


def test_the_day_a_later_sentence_says_the_act_took_place(code):
    """'attacked a convoy ..., officials said on Wednesday. The attack began late on Tuesday': Tuesday, for the attack
    and its killings, not the day it was reported."""
    rec = code("GWADAR, Mar 11 (Wire) - Separatist gunmen attacked a convoy near Gwadar port, killing four Chinese "
               "nationals, officials said on Wednesday.\n\nThe attack began late on Tuesday when a truck rammed the last "
               "vehicle of the convoy, a police official said.", "2026-03-11")
    force = [e for e in rec["events"] if e["root"] in ("18", "19") and "gunmen attacked" in e["sentence"]]
    assert force and all(e["date"] == "2026-03-10" for e in force)
    rec = code("GWADAR, Mar 11 (Wire) - Separatist gunmen attacked a convoy near Gwadar port, officials said on "
               "Wednesday.\n\nThe talks began on Monday in Islamabad.", "2026-03-11")
    assert [e["date"] for e in rec["events"] if e["root"] == "18"] == ["2026-03-11"]  # another act's start


def test_a_request_turned_down_rejects_who_made_it_and_what_it_asked_is_not_done(code):
    """'Panama declined a Colombian request to host talks': Panama rejects Colombia (120); no one hosted anything."""
    rec = code("Panama declined a Colombian request to host a new round of talks.", "2026-10-21")
    assert ("PAN", "120", "COL") in dyads(rec)
    assert not dyads(rec, "04")


def test_every_party_of_a_joined_phrase_inside_the_argument(code):
    """'accepted rescue teams from Turkey and Qatar': both sent them, not only the first named."""
    rec = code("Iran accepted rescue teams from Turkey and Qatar on Wednesday.", "2026-05-14")
    assert {("IRN", "083", "TUR"), ("IRN", "083", "QAT")} <= set(dyads(rec))


def test_rescuers_and_doctors_sent_are_humanitarian_aid(code):
    rec = code("Iraq sent ambulances and doctors to Iran on Thursday.", "2026-05-14")
    assert ("IRQ", "073", "IRN") in dyads(rec)
    rec = code("The ministry sent a team of investigators to Iran on Thursday.", "2026-05-14")
    assert not dyads(rec, "07")  # a team of anyone is no aid


def test_the_two_who_just_met_are_the_pair(code):
    """'met his Turkish counterpart on Tuesday, and the two agreed to resume talks': Greece and Turkey agreed."""
    rec = code("Greek Foreign Minister Yannis Alexiou met his Turkish counterpart on Tuesday, and the two agreed to "
               "resume talks next month.", "2026-07-08")
    assert ("GRCGOV", "030", "TURGOV") in dyads(rec)


def test_a_body_named_again_is_the_one_named_before(code):
    """'A Paris criminal court ... The court issued a warrant': France's court; with two countries' courts in reach,
    no guess."""
    rec = code("LONDON, Feb 13 (Wire) - A Paris criminal court on Friday jailed two French arms brokers.\n\n"
               "The court also issued an arrest warrant for a Kazakh pilot.", "2026-02-13")
    assert _actor(rec, "The court")["code"] == "FRAJUD" and not _actor(rec, "The court").get("context")
    rec = code("PARIS, Feb 13 (Wire) - A Paris court jailed a broker, and a Brussels court freed his partner.\n\n"
               "The court also issued an arrest warrant for a Kazakh pilot.", "2026-02-13")
    assert _actor(rec, "The court").get("context")  # no coreference: at most a guess from context


def test_an_intent_to_harm_is_a_threat_and_a_planned_protest_no_act_yet(code):
    """'planned to attack Israeli towns' threatens force (138), never an intent to cooperate (030); 'planned to rally'
    is no act yet; 'pledged not to use force' is an intent to keep the peace (03x)."""
    rec = code("Hamas said it planned to attack Israeli towns.", "2026-05-01")
    assert ("PSEREBHMS", "138", "ISR") in dyads(rec) and not dyads(rec, "03")
    assert not dyads(code("Exile groups in Los Angeles said they planned to rally outside the Iranian consulate.",
                          "2026-05-01"), "03")
    rec = code("Guyana's president and Venezuela's president pledged not to threaten or use force against each other.",
               "2026-05-01")
    assert dyads(rec, "03") and not dyads(rec, "13")
    assert ("KEN", "030", "HTI") in dyads(code("Kenya pledged to send troops to Haiti.", "2026-05-01"))


def test_sport_training_and_admissions_are_no_political_acts(code):
    """A match won 2-1 is no assault; players training at a camp are no military cooperation; prosecutors who
    conceded a point yield nothing; looking at cooling towers investigates nothing."""
    assert not dyads(code("Iran beat the United States 2-1 in Lyon in 1998.", "2026-05-22"))
    assert dyads(code("Soldiers beat protesters with batons in Harare on Monday.", "2026-05-22"), "18")
    assert not dyads(code("The Iranian players were continuing to train at a camp in Antalya, Turkey.", "2026-05-22"))
    assert dyads(code("Turkish officers trained Somali soldiers at a base in Mogadishu.", "2026-05-22"), "06")
    assert not dyads(code("French prosecutors conceded the Kazakh pilot was unlikely to be handed over.", "2026-02-13"),
                     "08")
    assert not dyads(code('"We look at those cooling towers every morning," a Ukrainian pensioner said.', "2026-07-09"))


def test_a_participle_beside_a_future_act_shares_its_mood(code):
    """'would send a note this week asking Barbados to delay': the request is not made yet; after a refusal ('would
    not hand him over, prompting Washington to revoke visas') the result did happen."""
    rec = code("Haiti's foreign minister said the government would send a note to Bridgetown this week asking "
               "Barbados to delay the transfer.", "2026-08-26")
    assert not [e for e in events_of(rec) if e["trigger"]["text"] == "asking"]
    rec = code("Honduras said on Thursday it would not hand over a former police commander, prompting Washington to "
               "revoke the visas of two senior Honduran officials.", "2026-03-20")
    assert [e for e in events_of(rec) if e["trigger"]["text"] == "revoke"]


def test_israels_security_agency_by_name(code):
    rec = code("Israel's defence minister refused a request by the Shin Bet to detain the third suspect.", "2026-10-20")
    assert [a for a in rec["actors"] if a["code"] == "ISRSPY"]


def test_a_present_tense_trip_with_its_weekday_is_a_plan(code):
    """'Karaman travels on Wednesday to Alexandria' in an article's body is scheduled, not a visit made last
    Wednesday; the same present tense in a headline tells what was done."""
    rec = code("Turkey and Egypt sign accords in Cairo\n\nPublished: 2026-03-24\n\nCAIRO, Mar 24 (Wire) - Turkish "
               "President Karaman met Egypt's president in Cairo on Tuesday.\n\nKaraman travels on Wednesday to "
               "Alexandria, where he will visit a Turkish-owned plant.", "2026-03-24")
    assert not [e for e in events_of(rec) if e["trigger"]["text"] == "travels"]
    assert [e for e in rec["events"] if e["trigger"]["text"] == "travels" and e["modality"] == "intended"]
    assert [e for e in events_of(rec) if e["trigger"]["text"] == "sign"]
