"""Session 26 (docs/evaluation.md, round twenty-three): what a sanction freezes stands for its owner, a group's own
people are the group's, an unnamed office-holder named again is the same one, and a country's name at the head of a
force's name is that country's force. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads


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
