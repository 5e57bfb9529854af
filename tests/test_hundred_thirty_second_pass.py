"""What the hundred-and-thirty-first and later blind analyst passes found (docs/judged-articles.md): one assembly
coded as two states' legislatures ("the parliament of Bosnia's Serb-run Republika Srpska": Bosnia's and Serbia's),
an international envoy coded as the government of the country he serves, and an adjective read as an act because
the parse took the verb before it for an auxiliary ("puts disputed land"); the 132nd-133rd: a rebel group's
commanders coded as a state's army ("commanders of the ELN": COLMILELN), and Kosovo's Serbian List party coded as
Serbia; arrests told as following "Saturday night's match" dated to the publication day; Colombia's defence
minister Pedro Sanchez coded as Spain's prime minister, his namesake in the leaders table; the 134th-135th: "sent
another company of soldiers to the border" aimed at the company (a business), trawlers "owned by Chinese firms"
with no owner; the 136th-137th: "Lawmakers voted 164 to 121 to indict" him, the lede's Wednesday vote told
again, dated to the publication day; "Italian-Thai Development", a firm, coded
as Italy and Thailand. Every sentence here is
ours."""

from __future__ import annotations

from tests.conftest import said as _said


def _codes(rec: dict, side: str, root: str | None = None) -> set:
    return {(e[side] or {}).get("code") for e in _said(rec, root)}


def test_a_state_named_as_owner_outranks_a_peoples_adjective(code):
    rec = code("The parliament of Bosnia's Serb-run Republika Srpska voted on Wednesday to reject the court's ruling.",
               "2024-09-19")
    assert _codes(rec, "source", "12") == {"BIHLEG"}
    rec = code("Moldova's Russian-speaking region of Gagauzia accused Chisinau of a blockade on Monday.", "2024-09-19")
    assert {(c or "")[:3] for c in _codes(rec, "source", "11")} == {"MDA"}


def test_countries_named_side_by_side_keep_their_own_actors(code):
    rec = code("Russian and Chinese warships fired on Japanese boats on Monday.", "2024-09-19")
    assert {(c or "")[:3] for c in _codes(rec, "source", "19")} >= {"RUS", "CHN"}
    rec = code("Russia's and China's envoys met Pakistan's foreign minister on Monday.", "2024-09-19")
    assert {(c or "")[:3] for c in _codes(rec, "source", "04")} == {"RUS", "CHN"}


def test_an_international_envoy_is_no_states_government(code):
    rec = code("Lawmakers in Banja Luka voted on Wednesday to reject a decree by the country's international envoy.",
               "2024-09-19")
    assert _said(rec, "12") and not any((c or "").endswith("GOV") for c in _codes(rec, "target", "12"))
    rec = code("The international envoy met Bosnian Prime Minister Borjana Kristo on Monday.", "2024-09-19")
    assert _codes(rec, "source", "04") == {"IGO"}


def test_an_adjective_after_a_misread_auxiliary_is_no_act(code):
    rec = code("Lawmakers voted late on Wednesday to reject a decree by the envoy that puts disputed public land under "
               "state control.", "2024-09-19")
    assert _said(rec, "12") and not _said(rec, "11")
    rec = code("Police have arrested the men, and the men were detained by soldiers.", "2024-09-19")
    assert len(_said(rec, "17")) == 2  # real auxiliaries stay


def test_ranks_of_an_armed_group_are_the_group(code):
    rec = code("Ecuador's president on Thursday accused commanders of the ELN of ordering the ambush.", "2025-04-24")
    assert _codes(rec, "target", "11") == {"COLREBELN"}
    rec = code("BOGOTA, April 24 (Wire) - Colombian President Gustavo Petro on Thursday accused commanders of the National "
               "Liberation Army (ELN) of ordering the bomb attack.", "2025-04-24")
    assert _codes(rec, "target", "11") == {"COLREBELN"}
    rec = code("Leaders of Hamas met Iranian officials in Doha on Monday.", "2025-04-24")
    assert _codes(rec, "source", "04") == {"PSEREBHMS"}
    rec = code("Soldiers of the Colombian army clashed with ELN fighters on Monday.", "2025-04-24")
    assert {(c or "")[:6] for c in _codes(rec, "source", "19")} == {"COLMIL"}  # a state's own force stays


def test_kosovos_serbian_list_is_a_kosovo_party(code):
    rec = code("Prime Minister Albin Kurti on Monday blamed the attack on the Serbian List, the main party of Kosovo's "
               "Serbs.", "2024-04-17")
    assert _codes(rec, "target", "11") == {"XKXPTY"}


def test_an_act_soon_after_a_named_day_took_place_then(code):
    rec = code("Police detained two Ghanaian fans after fighting broke out during Saturday night's match in Lome, "
               "officials said on Monday.", "2026-04-06")
    assert {e["date"] for e in _said(rec, "17")} == {"2026-04-04"}
    rec = code("Police arrested ten Ghanaian fans after last Tuesday's bombing.", "2026-04-06")  # six days before
    assert {(e["date"], e["date_precision"]) for e in _said(rec, "17")} == {(None, "unknown")}
    rec = code("Police arrested ten Ghanaian fans after the match on Monday.", "2026-04-06")
    assert {e["date"] for e in _said(rec, "17")} == {"2026-04-06"}


def test_a_minister_who_shares_a_leaders_name_is_his_namesake(code):
    rec = code("BOGOTA, April 24 (Wire) - Defence Minister Pedro Sanchez met ELN negotiators on Monday. Sanchez accused "
               "Venezuela on Tuesday of sheltering the rebels.", "2025-04-24")
    assert {(e["source"] or {}).get("code", "")[:3] for e in _said(rec)} == {"COL"}
    rec = code("Colombian Defence Minister Pedro Sanchez met ELN negotiators on Monday.", "2025-04-24")
    assert _codes(rec, "source", "04") == {"COLGOV"}
    rec = code("MADRID, April 24 (Wire) - Prime Minister Pedro Sanchez met Moroccan Foreign Minister Nasser Bourita on "
               "Monday. Sanchez accused Russia on Tuesday of lying.", "2025-04-24")
    assert {(e["source"] or {}).get("code") for e in _said(rec)} == {"ESPGOV"}
    rec = code("Defence Minister Israel Katz met U.S. envoy Steve Witkoff on Monday.", "2025-04-24")
    assert _codes(rec, "source", "04") == {"ISRMIL"}  # the table's own defence minister


def test_a_unit_of_the_force_sent_is_no_target(code):
    rec = code("Pretoria sent another company of soldiers to the border on Tuesday.", "2023-07-25")
    assert _codes(rec, "target", "07") <= {None}
    rec = code("Pretoria sent a company of soldiers to Lesotho on Tuesday.", "2023-07-25")
    assert {(c or "")[:3] for c in _codes(rec, "target", "07")} == {"LSO"}


def test_each_act_a_light_verb_carries_is_coded(code):
    rec = code("The OIC expressed its total rejection and strong condemnation of the Israeli Prime Minister's "
               "declaration on Sunday.", "2023-07-25")
    assert {e["code"][:2] for e in _said(rec)} >= {"12", "11"}
    assert {(e["source"] or {}).get("code") for e in _said(rec)} == {"IGOMOSOIC"}


def test_a_thing_owned_by_an_actor_stands_for_its_owner(code):
    rec = code("Senegal revoked the licences of 14 trawlers owned by Chinese firms on Thursday.", "2024-07-18")
    assert {(c or "")[:3] for c in _codes(rec, "target", "16")} == {"CHN"}
    rec = code("In 2020, a monitoring project funded by the United States accused China of holding back water.",
               "2024-07-18")
    assert "USA" not in {(c or "")[:3] for c in _codes(rec, "source", "11")}  # a funder does not act


def test_the_ledes_act_told_again_keeps_its_day(code):
    text = ("ATHENS, Feb 26 (Wire) - Greece's parliament voted late on Wednesday to refer a former minister to a "
            "special court over a rail crash.\n\nLawmakers voted 164 to 121 to indict Kostas Karamanlis on a charge "
            "of breach of duty, rejecting an opposition motion.\n\nThe opposition accused the government of a "
            "cover-up.")
    rec = code(text, "2026-02-26")
    dates = {e["trigger"]["text"]: e["date"] for e in _said(rec)}
    assert dates.get("indict") == "2026-02-25"
    assert dates.get("accused") != "2026-02-25"  # another verb: not the lede's act


def test_a_firm_named_after_two_nations_is_neither_state(code):
    rec = code("Italian-Thai Development denied wrongdoing on Monday and accused investigators of bias.", "2025-08-14")
    assert not {(c or "")[:3] for c in _codes(rec, "source")} & {"ITA", "THA"}
    rec = code("The Joint Norwegian-Russian Fisheries Commission criticised Britain on Monday.", "2025-08-14")
    assert {(c or "")[:3] for c in _codes(rec, "source", "11")} == {"NOR", "RUS"}  # a joint body of both states
