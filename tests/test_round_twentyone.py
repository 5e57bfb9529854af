"""Session 24 (docs/evaluation.md, round twenty-one): a force's posts stand for the force, and what was not done
reaches no one. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads as _dyads


def test_an_attack_on_an_army_camp_or_police_station_is_on_that_force(code):
    """The post takes its sector from the word before it and its country from the clause, as a sector noun does."""
    rec = code("Militants attacked an army camp in northern Mali on Tuesday.", "2026-05-01")
    assert ("MLIREB", "180", "MLIMIL") in _dyads(rec)
    rec = code("Rebels stormed a military base near Goma.", "2026-05-01")
    assert ("CODREB", "190", "CODMIL") in _dyads(rec)
    rec = code("Rebels shelled army positions near Goma.", "2026-05-01")
    assert [d for d in _dyads(rec, "19") if d[2] == "CODMIL"]
    rec = code("Gunmen attacked a police checkpoint in Kano on Sunday.", "2026-05-01")
    assert ("NGAREB", "180", "NGACOP") in _dyads(rec)


def test_a_refugee_camp_is_a_place_not_a_force(code):
    """A camp of refugees is no party: a strike near one has no source named by it."""
    rec = code("The African Union called on Chad and Sudan on Thursday to pull their forces back from their shared "
               "border, after a drone strike near a refugee camp outside the Chadian town of Adre killed at least 11 "
               "people, four of them Sudanese refugees, earlier this week.", "2026-05-01")
    assert not [d for d in _dyads(rec) if d[0] and d[0].endswith("REF")]


def test_what_was_not_done_is_no_target(code):
    """'patrolled the border zone without finding any rebel camp': the camp is not what was patrolled."""
    rec = code("Bissau said its soldiers had patrolled the border zone earlier this month without finding any rebel "
               "camp.", "2026-05-01")
    assert _dyads(rec, "15") and not [d for d in _dyads(rec, "15") if d[2] and "REB" in d[2]]


def test_a_states_army_base_does_not_make_it_one_of_both_sides(code):
    """'Both sides' are the two states the article is about; a third state's army base named in passing does not
    crowd one of them out."""
    text = ("Tajikistan and Uzbekistan traded accusations over the Rogun dam on Monday. Tajikistan said Uzbekistan had "
            "cut water to its farms. Uzbekistan said Tajikistan had broken the 2023 water protocol. Tajikistan "
            "recalled its envoy. Russia keeps its largest foreign army base in Tajikistan. Kazakhstan's foreign "
            "ministry urged both sides to avoid steps that could damage regional trade.")
    rec = code(text, "2026-05-01")
    assert {"TJK", "UZB"} <= {d[2] for d in _dyads(rec, "02") if d[0] == "KAZGOV"}


def test_his_country_is_the_state_of_whoever_his_names(code):
    """'Araghchi said his country would not negotiate': Iran, not a thing called "his country"."""
    rec = code("Iranian Foreign Minister Abbas Araghchi said his country would not negotiate with Washington under "
               "pressure.", "2026-05-01")
    assert ("IRN", "120", "USAGOV") in _dyads(rec)


def test_a_ban_not_to_be_lifted_refuses_whom_it_falls_on(code):
    """'would not lift its ban on Polish meat' refuses Poland (12x); not supporting a veto of Ukraine's bid refuses no
    Ukrainian."""
    rec = code("Russia said it would not lift its ban on Polish meat.", "2026-05-01")
    assert ("RUS", "120", "POL") in _dyads(rec)
    rec = code("Poland said it would not support any veto of Ukraine's accession talks.", "2026-05-01")
    assert not [d for d in _dyads(rec, "12") if d[2] == "UKR"]


def test_tear_gas_fired_to_disperse_marchers_is_repression_of_the_marchers(code):
    """Crowd-control weapons are how, not whom: the purpose clause names the target, and the act is 175 even with
    rubber bullets named beside the gas."""
    rec = code("Police in Maputo fired tear gas and rubber bullets on Monday to disperse the marchers.", "2026-05-01")
    assert ("MOZCOP", "175", "MOZCVL") in _dyads(rec) and not _dyads(rec, "19")
    rec = code("Riot police dispersed the opposition supporters in Tbilisi on Monday.", "2026-05-01")
    assert ("GEOCOP", "175", "GEOOPP") in _dyads(rec)


def test_gas_used_as_a_weapon_of_policy_is_no_tear_gas(code):
    """'using gas as a weapon' (supplies cut) is no crowd control."""
    rec = code("Moldova's president said Moscow was using gas as a weapon against its neighbours.", "2026-05-01")
    assert not _dyads(rec, "17")


def test_bombers_and_fighters_named_as_aircraft_are_an_air_force(code):
    """'H-6 bombers', 'strategic bombers', 'scrambled fighters' are warplanes (MIL); suicide bombers stay militants."""

    def codes(text):
        return {a["text"]: a["code"] for a in code(text, "2026-05-01")["actors"]}

    assert codes("China flew H-6 bombers through the Bashi Channel on Wednesday.")["H-6 bombers"] == "MIL"
    assert codes("Russian strategic bombers flew over the Baltic Sea.")["Russian strategic bombers"] == "RUSMIL"
    assert codes("Japan scrambled fighters on Tuesday after Chinese drones flew near Yonaguni.")["fighters"] == "MIL"
    assert codes("Suicide bombers attacked a market in Maiduguri on Monday.")["Suicide bombers"].endswith("REB")


def test_monitors_deployed_show_no_force(code):
    """An unarmed monitoring mission sent with the host's consent is no show of force (15x), as troops are."""
    rec = code("The European Union deployed a civilian monitoring mission to Armenia's border regions in 2023.",
               "2026-05-01")
    assert not _dyads(rec, "15")
    rec = code("Russia deployed thousands of troops to the border with Ukraine on Monday.", "2026-05-01")
    assert [d for d in _dyads(rec, "15") if d[0] == "RUS"]


def test_a_senate_president_is_a_legislator(code):
    """'the Czech Senate president' and a parliament's speaker head a chamber (LEG), not the government."""

    def codes(text):
        return {a["text"]: a["code"] for a in code(text, "2026-05-01")["actors"]}

    assert codes("The Czech Senate president visited Taipei in 2020.")["The Czech Senate president"] == "CZELEG"
    assert codes("Japan's parliament speaker met the delegation.")["Japan's parliament speaker"] == "JPNLEG"


def test_the_inspector_general_of_police_is_in_no_polish_town(code):
    """'Police' after 'of' in a title is the body, not the Polish town of Police: no POL for anyone."""
    rec = code("The Inspector General of Police, Peter Wanjala, said the camp had been attacked twice this year.",
               "2026-05-01")
    assert not [a for a in rec["actors"] if (a["code"] or "").startswith("POL")]


def test_an_agreement_named_between_two_states_is_no_signing(code):
    """'under the investment treaty between Spain and Mexico' names a standing agreement (no 057 told); 'an 1890
    treaty between Britain and Germany' was signed in 1890."""
    rec = code("The company said it would seek international arbitration under the investment treaty between Spain and "
               "Mexico.", "2026-05-01")
    assert not _dyads(rec, "05")
    rec = code("Namibia bases that claim on an 1890 treaty between Britain and Germany.", "2026-05-01")
    assert ("GBR", "057", "DEU") in _dyads(rec)


def test_stones_thrown_at_police_are_a_riot_and_stun_grenades_repress(code):
    """A crowd's stones and bottles thrown at police are a riot (145) against the police; stun grenades or pepper
    spray used to push back protesters are repression (175) of the protesters, not of the grenades."""
    rec = code("Protesters threw bottles and stones at police in Yerevan on Tuesday night.", "2026-05-01")
    assert ("ARMCVL", "145", "ARMCOP") in _dyads(rec)
    rec = code("Riot police in Yerevan used stun grenades to push back the protesters on Tuesday night.", "2026-05-01")
    assert [d for d in _dyads(rec, "17") if d[2] == "ARMCVL"]
    rec = code("Police in Belgrade used pepper spray against students on Monday.", "2026-05-01")
    assert [d for d in _dyads(rec, "17") if d[2] == "SRBEDU"]


def test_what_is_discussed_is_no_party_to_the_talks(code):
    """'will discuss Serbia', 'discussed the importance of holding the Taliban accountable': topics, not partners;
    'discussed the case with Prime Minister Bolojan': the partner is the 'with'."""
    rec = code("EU foreign ministers will discuss Serbia at a meeting next month, diplomats said.", "2026-05-01")
    assert not [d for d in _dyads(rec) if d[2] == "SRB"]
    rec = code('Ms Sherman said: "We discussed the importance of holding the Taliban accountable."', "2026-05-01")
    assert not [d for d in _dyads(rec, "04") if d[2] and "TAL" in d[2]]
    rec = code("Romania's President Nicusor Dan discussed the case with Prime Minister Ilie Bolojan on Monday.",
               "2026-05-01")
    assert [d for d in _dyads(rec, "04") if d[2] == "ROUGOV"]


def test_a_hearing_on_a_country_is_no_meeting_with_it(code):
    """'call the prime minister to a hearing on Greenland': Greenland is the topic, not the other party; but 'hosted
    talks on South Sudan' are with its parties."""
    rec = code("Danish lawmakers said they would call the prime minister to a parliamentary hearing on Greenland next "
               "week.", "2026-05-01")
    assert not [d for d in _dyads(rec) if d[2] == "GRL"]
    rec = code("Kenya hosted the Tumaini talks on South Sudan in 2024.", "2026-05-01")
    assert [d for d in _dyads(rec, "04") if d[2] == "SSD"]


def test_erbil_stands_for_the_kurdistan_regional_government(code):
    """'Erbil blames militias' is the KRG (IRQGOV, as the Phoenix dictionaries code it), as 'Islamabad' is Pakistan's
    government; 'in Erbil' stays a place."""
    rec = code("Erbil blamed militias near Tuz Khurmatu for the attack on Monday.", "2026-05-01")
    assert ("IRQGOV", "112", "UAF") in _dyads(rec)
    rec = code("Gunmen attacked a checkpoint in Erbil on Monday.", "2026-05-01")
    assert not [a for a in rec["actors"] if a["text"] == "Erbil" and a["code"] == "IRQGOV"]


def test_a_round_of_talks_that_ends_breaks_nothing_off(code):
    """'ended a third round of indirect talks in Muscat': the round closed as planned, no 16x (and no Oman)."""
    rec = code("American and Iranian negotiators ended a third round of indirect talks in Muscat on Sunday without "
               "agreement.", "2026-05-01")
    assert not _dyads(rec, "16")


def test_co_subjects_are_none_of_both_sides(code):
    """'France, Germany and Britain urged both sides': the two sides are the article's two parties, never two of
    the three who urged."""
    text = ("American and Iranian negotiators held talks in Muscat on Sunday. The United States said Iran must stop "
            "enrichment. Iran said the United States must lift sanctions first. Iran and the United States will meet "
            "again next month. France, Germany and Britain urged both sides to stay at the table.")
    rec = code(text, "2026-05-01")
    urged = [d for d in _dyads(rec, "02") if d[0] in ("FRA", "DEU", "GBR")]
    assert urged and not [d for d in urged if d[2] in ("FRA", "DEU", "GBR")]
