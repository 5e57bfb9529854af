"""What the hundred-and-thirty-eighth to hundred-and-forty-sixth blind analyst passes found (docs/judged-articles.md):
"Asked about Ankara's statement, Peskov said" stored as Russia appealing to Turkey (he was the one asked); a
company's chairman flying to Libya given to the Turkish embassy of the clause before ("set up a crisis desk and the
company's chairman flew"); the Nepali Congress, a party, coded as Nepal's legislature; "in March" read as the
English town of March, making Niger's and Somalia's governments British; a decree that "fired the commander" and a
minister who "shot down suggestions" coded as shootings; the 143rd-144th: the Inter-American Court coded as the
U.S. judiciary, navies in the Gulf of Guinea coded as Guinea's, "fired two site supervisors" still a shooting,
"questioned two local agents" criticism, "hosted a podcast" a visit hosted; the 145th-146th: "said on Tuesday that
returning him would expose him to torture, and called on Kazakhstan" dated the publication day. Every sentence here
is ours."""

from __future__ import annotations

from tests.conftest import said as _said


def _codes(rec: dict, side: str, root: str | None = None) -> set:
    return {(e[side] or {}).get("code") for e in _said(rec, root)}


def test_a_fronted_participle_tells_what_the_subject_underwent(code):
    rec = code("Asked about Ankara's statement, Kremlin spokesman Dmitry Peskov said on Thursday that Russia rejected "
               "foreign interference.", "2024-05-16")
    assert not _said(rec, "02")  # he was asked; he asked no one
    assert _codes(rec, "source", "12") == {"RUS"}  # what he said is still coded
    rec = code("Kremlin spokesman Dmitry Peskov asked Ankara on Thursday to stay out of the case.", "2024-05-16")
    assert _codes(rec, "source", "02") == {"RUSGOV"}  # an asker who asks is still one


def test_a_conjunct_noun_before_its_own_verb_is_that_verbs_subject(code):
    rec = code("The Turkish embassy in Tripoli set up a crisis desk and the company's chairman flew to Libya on "
               "Tuesday.", "2025-02-11")
    assert "TURGOV" not in _codes(rec, "source", "04")  # the embassy did not fly
    rec = code("Azerbaijan released six detainees on Thursday and Armenia freed four soldiers.", "2025-02-11")
    assert {(c or "")[:3] for c in _codes(rec, "source", "08")} == {"AZE", "ARM"}


def test_parties_named_congress_are_parties_not_legislatures(code):
    rec = code("The Nepali Congress threatened on Wednesday to quit the coalition government in Kathmandu.", "2025-03-12")
    assert _codes(rec, "source", "13") == {"NPLPTY"}
    rec = code("Peru's Congress voted on Wednesday to censure the interior minister.", "2025-03-12")
    assert "PERPTY" not in _codes(rec, "source")


def test_a_month_is_no_place(code):
    rec = code("Puntland, which declared itself autonomous in 1998, cut ties with the federal government in March 2024.",
               "2026-02-10")
    assert not any("GBR" in (c or "") for side in ("source", "target") for c in _codes(rec, side))  # March, England
    rec = code("The army, which withdrew its troops from the force in March, did not reply.", "2025-09-16")
    assert not any("GBR" in (c or "") for c in _codes(rec, "source"))


def test_firing_a_person_and_shooting_down_an_idea_are_no_shootings(code):
    rec = code("Late on Monday, a presidential decree in Yaounde fired the commander of the operational sector.",
               "2025-09-16")
    assert not _said(rec, "19")
    rec = code("Uzbek Deputy Foreign Minister Sherzod Nazarov shot down suggestions that Tashkent might close the bridge.",
               "2025-04-24")
    assert not _said(rec, "19")
    rec = code("Soldiers fired on protesters in Yaounde on Monday.", "2025-09-16")
    assert _said(rec, "19")  # firing on people still is


def test_a_private_jet_seized_at_an_airport_is_property_of_no_army(code):
    rec = code("Fiji police seized a private jet at Nadi International Airport on Tuesday night.", "2025-08-17")
    assert _said(rec, "17") and not _said(rec, "19")  # confiscated, not an airport occupied
    assert not any("MIL" in (c or "") for c in _codes(rec, "target"))
    rec = code("Israeli fighter jets struck a camp in Gaza on Tuesday.", "2025-08-17")
    assert _codes(rec, "source", "19") == {"ISRMIL"}  # "fighter jets" are no rebel fighters
    rec = code("Rebels seized the airport in Goma on Tuesday.", "2025-08-17")
    assert _said(rec, "19")  # an airport seized still is


def test_a_ruling_houses_name_alone_is_no_prince(code):
    rec = code("Sabah police arrest five men off Semporna\n\nKUALA LUMPUR, Aug 20 (Wire) - Police said so on Tuesday.",
               "2025-08-20")
    assert not any("KWT" in (a["code"] or "") for a in rec["actors"])  # Sabah is a Malaysian state
    rec = code("Emir Sheikh Mishal al-Ahmad al-Sabah met Qatar's foreign minister on Tuesday.", "2025-08-20")
    assert _codes(rec, "source", "04") == {"KWTGOV"}  # the full name still names him


def test_a_protest_note_fired_off_is_a_complaint(code):
    rec = code("Peru's foreign ministry fired off a protest note to Bolivia's government on Thursday.", "2025-06-27")
    assert _said(rec, "11") and not _said(rec, "19")


def test_an_inter_american_court_is_the_oas_not_the_united_states(code):
    rec = code("The Inter-American Court of Human Rights criticised Peru's government on Monday.", "2025-09-24")
    assert _codes(rec, "source", "11") == {"IGOOAS"}


def test_navies_in_a_gulf_named_after_a_state_are_not_that_states(code):
    rec = code("ACCRA, Jan 28 (Wire) - Ghana's and Nigeria's navies met in Lagos on Monday. Their navies cooperate "
               "against piracy in the Gulf of Guinea under a regional pact.", "2026-01-28")
    assert not any("GIN" in (a["code"] or "") for a in rec["actors"])


def test_firing_a_manager_questioning_agents_and_hosting_a_podcast(code):
    rec = code("Sidra Build fired two site supervisors on Monday, and Rahmon fired the head of the mining inspectorate.",
               "2025-08-07")
    assert not _said(rec, "19")
    rec = code("Dominica police questioned two local agents on Tuesday.", "2025-07-16")
    assert not _said(rec, "11") and _said(rec, "09")  # questioning people is an investigation, not criticism
    rec = code("Antigua's prime minister hosted a podcast on Tuesday.", "2025-07-16")
    assert not _said(rec, "04")
    rec = code("Troops fired on the general and his aides on Monday.", "2025-08-07")
    assert _said(rec, "19")  # firing on people still is


def test_an_appeal_joined_to_what_a_statement_foresees_is_dated_by_the_statement(code):
    rec = code("KAMPALA, Oct 8 (Wire) - The U.N. said on Tuesday that returning him would expose him to torture, and "
               "called on Kenya to release him.", "2025-10-08")
    assert {e["date"] for e in _said(rec, "02")} == {"2025-10-07"}  # the call was made on Tuesday, not today
