"""Session 23 (docs/evaluation.md, round twenty): where refuge is sought, aid flown in, people let go, bodies of two
states, and what an intent shared by co-subjects is aimed at. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads as _dyads


def test_refuge_is_sought_from_the_country_it_is_sought_in(code):
    """Refugees who seek refuge or asylum in Chad ask Chad; a place named elsewhere in the clause is not asked."""
    rec = code("About 5,000 Sudanese refugees have sought refuge in Chad since the fighting began.", "2026-03-05")
    assert ("SDNREF", "023", "TCD") in _dyads(rec)
    rec = code("Hundreds of Eritreans sought asylum in Israel last year.", "2026-03-05")
    assert ("ERI", "020", "ISR") in _dyads(rec)


def test_aid_flown_or_airlifted_in_reaches_the_place_it_goes_to(code):
    """Medicine flown into Afghanistan is aid to Afghanistan; a plane flown somewhere, or goods ferried by a
    smuggler, is no aid."""
    rec = code("The charity flew 13 tonnes of medicine into Afghanistan on Tuesday.", "2026-03-05")
    assert [d for d in _dyads(rec, "07") if d[2] == "AFG"]
    rec = code("The World Food Programme airlifted emergency supplies to Sudan.", "2026-03-05")
    assert ("IGOUNOWFP", "073", "SDN") in _dyads(rec)
    rec = code("The pilot flew the plane into Kabul.", "2026-03-05")
    assert not _dyads(rec, "07")
    rec = code("The boatman was killed as he ferried sacks of rice across the river to Malaysia.", "2026-03-05")
    assert not _dyads(rec, "07")


def test_people_let_go_are_released(code):
    """'let free', 'let go', 'allowed to go free': a release (0841), not a permission (080)."""
    rec = code("Police let the protesters go after questioning on Monday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "0841"]
    rec = code("The junta allowed the detained journalists to go free.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "0841"] and not [d for d in _dyads(rec) if d[1] == "080"]
    rec = code("The government let the deadline pass.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "0841"]


def test_the_armies_of_two_states_are_both_states_forces(code):
    """'The armies of Brazil and Argentina' are two actors, BRAMIL and ARGMIL, and their joint war games are
    military cooperation between them."""
    rec = code("The armies of Brazil and Argentina performed joint war games in October.", "2026-03-05")
    codes = {a["code"] for a in rec["actors"] if a["text"].startswith("The armies")}
    assert codes == {"BRAMIL", "ARGMIL"}
    assert ("BRAMIL", "062", "ARGMIL") in _dyads(rec)
    rec = code("The navies of Japan and India held a joint drill.", "2026-03-05")
    assert ("JPNMIL", "062", "INDMIL") in _dyads(rec)


def test_an_intent_shared_by_co_subjects_is_aimed_at_whom_the_act_reaches(code):
    """'France and Italy agreed to send aid to Libya': both to Libya, not France to Italy; lifting a ban on
    Egyptian goods is aimed at Egypt. Talks on Gibraltar, a highway between two towns, a pipeline to Turkey and
    their own forces leave the co-subjects each other's partners."""
    rec = code("France and Italy agreed to send aid to Libya.", "2026-03-05")
    assert {("FRA", "030", "LBY"), ("ITA", "030", "LBY")} <= set(_dyads(rec))
    assert ("FRA", "030", "ITA") not in _dyads(rec)
    rec = code("Bahrain and Kuwait have agreed to lift a ban on imports of Egyptian agricultural products.", "2026-03-05")
    assert {("BHR", "030", "EGY"), ("KWT", "030", "EGY")} <= set(_dyads(rec))
    rec = code("Britain and the EU agreed to hold talks on Gibraltar.", "2026-03-05")
    assert ("GBR", "030", "IGOEUREEC") in _dyads(rec) and not [d for d in _dyads(rec) if d[2] == "GIB"]
    rec = code("Azerbaijan and Georgia agreed to build the Baku-Tbilisi-Ceyhan oil pipeline and a parallel gas line to "
               "Turkey.", "2026-03-05")
    assert ("AZE", "030", "GEO") in _dyads(rec) and not [d for d in _dyads(rec) if d[2] == "TUR"]
    rec = code("Ethiopia and Eritrea agreed to pull their forces back from the border.", "2026-03-05")
    assert ("ETH", "030", "ERI") in _dyads(rec)


def test_a_person_called_names_is_criticised_not_phoned(code):
    """'called Britain's ambassador a very stupid guy' and 'called Netanyahu a terrorist' name a person with an
    insult (111); a plain call to a person is still a call (041), and a phrase quoted as someone's ('what she
    called dangerous manoeuvres') is not the subject's criticism."""
    rec = code("US President Donald Trump on Tuesday called Britain's ambassador a very stupid guy.", "2026-03-05")
    assert ("USAGOV", "111", "GBRGOV") in _dyads(rec) and not [d for d in _dyads(rec) if d[1] == "041"]
    rec = code("Venezuelan President Nicolas Maduro called the Colombian president a liar.", "2026-03-05")
    assert ("VENGOV", "111", "COLGOV") in _dyads(rec)
    rec = code("Venezuelan President Nicolas Maduro called the Colombian president on Monday.", "2026-03-05")
    assert ("VENGOV", "041", "COLGOV") in _dyads(rec)
    rec = code("The Philippine envoy said the Chinese ambassador was handed a note protesting what she called dangerous "
               "manoeuvres inside the Philippine zone.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "111" and (d[0] or "").startswith("CHN")]


def test_a_judgement_read_into_a_partners_name_is_no_call(code):
    """'called the trade deal with the European Union historic': the parser hangs 'historic' inside the partner's
    name; the sentence judges the deal, it is no phone call (041) to the EU."""
    rec = code("Brazil's foreign minister called the trade deal with the European Union historic.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "041"]
    rec = code("Brazil's foreign minister called his Argentine counterpart on Monday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "041"]


def test_an_attack_made_in_a_press_conference_is_words(code):
    """A president who 'attacked the judges in her morning press conference' criticised them (111); gunmen who
    attacked a police station used force."""
    rec = code("Mexico's president attacked the judges in her morning press conference.", "2026-03-05")
    assert ("MEXGOV", "111", "MEXJUD") in _dyads(rec) and not [d for d in _dyads(rec) if d[1][:2] == "18"]
    rec = code("Gunmen attacked a police station in Kano on Tuesday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1][:2] in ("18", "19")]


def test_a_game_won_is_no_beating(code):
    """'beat Equatorial Guinea two goals to nil' is football, not an assault (182)."""
    rec = code("The Guinea-Bissau national football team beat Equatorial Guinea two goals to nil in Abidjan.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1][:2] == "18"]
    rec = code("Police beat protesters with batons in Harare on Tuesday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1][:2] == "18"]


def test_news_outlets_blocked_or_banned_is_a_restriction_of_freedoms(code):
    """Blocking or banning websites, channels or newspapers is censorship (1721), aimed at whose outlets they are;
    protesters blocking a road still obstruct passage (144)."""
    rec = code("Russia blocked two Latvian television channels on Friday.", "2026-03-05")
    assert ("RUS", "1721", "LVA") in _dyads(rec)
    rec = code("China banned three Taiwanese newspapers.", "2026-03-05")
    assert ("CHN", "1721", "TWNMED") in _dyads(rec)
    rec = code("Moscow blocked access to dozens of Lithuanian news websites on Thursday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "1721"] and not [d for d in _dyads(rec) if d[1][:2] == "14"]
    rec = code("Farmers blocked the road to the airport with tractors.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1][:2] == "14"]


def test_an_outcome_handed_to_someone_is_no_handover(code):
    """Voters who 'handed the left alliance the most seats' made no judicial handover (063); a state handing over
    suspects did."""
    rec = code("French voters handed the left alliance the most seats on Sunday.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1][:2] == "06"]
    rec = code("Kenya handed the suspects over to Uganda.", "2026-03-05")
    assert ("KEN", "063", "UGA") in _dyads(rec)


def test_a_guest_received_is_the_other_party_not_the_place(code):
    """'received the Chinese foreign minister in Abuja', 'welcomed his Brazilian counterpart to Paris': the guest
    is the target of the hosting (043), not the town, which the coder refuses as a target."""
    rec = code("Nigeria's president received the Chinese foreign minister in Abuja on Monday.", "2026-03-05")
    assert ("NGAGOV", "043", "CHNGOV") in _dyads(rec)
    rec = code("The French president welcomed his Brazilian counterpart to Paris for a two-day state visit.", "2026-03-05")
    assert ("FRAGOV", "043", "BRAGOV") in _dyads(rec)


def test_a_weapon_or_attack_acts_for_whoever_fired_or_made_it(code):
    """'Rockets fired by Hamas hit Sderot', 'a car bombing by the Islamic State killed 75 displaced people': the
    one named as firing or making it is the source; protests led by a church are no weapon of the church."""
    rec = code("Rockets fired by Hamas hit the Israeli town of Sderot on Monday.", "2026-03-05")
    assert ("PSEREBHMS", "190", "ISR") in _dyads(rec)
    rec = code("The missiles fired by the Israeli military struck an arms depot of the Syrian army after midnight.",
               "2026-03-05")
    assert ("ISRMIL", "190", "SYRMIL") in _dyads(rec)
    rec = code("A car bombing by the Islamic State group killed at least 75 displaced people in eastern Syria.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[0] == "REBISI" and d[1][:2] == "18"]
    rec = code("Mass protests led by the Serbian Orthodox Church helped to end three decades of rule by the Democratic "
               "Party.", "2026-03-05")
    assert not [d for d in _dyads(rec) if (d[0] or "").startswith("SRB")]


def test_a_flag_burned_is_a_protest_at_whom_it_stands_for(code):
    """'burned the Macedonian flag', 'burned Israeli and American flags': a demonstration (141) aimed at the
    flag's country; cars burned by rioters are no such protest."""
    rec = code("Protesters in the eastern Kosovan town of Gjilan burned the Macedonian flag.", "2026-03-05")
    assert ("XKXCVL", "141", "MKD") in _dyads(rec)
    rec = code("Crowds in Tehran burned Israeli and American flags.", "2026-03-05")
    assert {("IRNCVL", "141", "ISR"), ("IRNCVL", "141", "USA")} <= set(_dyads(rec))
    rec = code("Rioters burned cars in the suburbs of Paris.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "141"]


def test_joining_someone_for_a_meeting_is_meeting_them(code):
    """'joined Iran's foreign minister for a meeting' is a meeting (040) with him."""
    rec = code("US Secretary of State Rex Tillerson joined Iranian Foreign Minister Mohammad Javad Zarif for a first meeting "
               "with partners.", "2026-03-05")
    assert ("USAGOV", "040", "IRNGOV") in _dyads(rec)


def test_the_european_courts_are_their_institutions_not_a_country(code):
    """The European Court of Human Rights is the Council of Europe's court (IGOEURCOEJUD), never the judiciary of
    the country it rules on; the EU's court is the EU's."""
    rec = code("The European Court of Human Rights ordered Turkey to release the former co-mayor.", "2026-03-05")
    assert ("IGOEURCOEJUD", "100", "TUR") in _dyads(rec)
    rec = code("The Strasbourg court said Turkey had violated her rights.", "2026-03-05")
    assert {a["code"] for a in rec["actors"] if a["text"] == "The Strasbourg court"} == {"IGOEURCOEJUD"}
    rec = code("The EU's top court ruled against Hungary.", "2026-03-05")
    assert "IGOEUREECJUD" in {a["code"] for a in rec["actors"]}


def test_a_judgement_given_with_as_or_as_a_label_is_criticism_of_the_doer(code):
    """'described the U.S. strikes as a violation of Iraqi sovereignty' criticises the United States (111), not Iraq
    (the 'as' phrase is the judgement); 'branded the prime minister a traitor' and 'called the attack "a terrorist
    act"' are criticism too; 'recognising the village as part of Sierra Leone' still names whose it is."""
    rec = code("Iraq's foreign ministry described the U.S. strikes as a violation of Iraqi sovereignty.", "2026-03-05")
    assert ("IRQGOV", "111", "USA") in _dyads(rec) and not [d for d in _dyads(rec) if d[2] == "IRQ"]
    rec = code("Iraq's foreign ministry condemned the Turkish strikes as a violation of Iraqi sovereignty.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[2] == "IRQ"]
    rec = code("The opposition branded the prime minister a traitor.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "111"]
    rec = code('Government spokesman Basim al-Ubaidi called the Erbil attack "a terrorist act that harms Iraq\'s '
               'reputation".', "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "111"] and not [d for d in _dyads(rec) if d[1] == "041"]


def test_a_warning_of_hunger_is_no_threat_and_a_vote_share_no_concession(code):
    """'warned of hunger' is a pessimistic comment (012), not a threat (13x); 'warned Ukraine of retaliation' is a
    threat; 'results gave Ngakosso 71.4 percent' is no act."""
    rec = code("The World Food Programme warned of hunger in Upper Nile on Tuesday.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1][:2] == "13"]
    rec = code("The U.S. embassy updated its travel advice on Wednesday, warning of a heightened risk of kidnapping in "
               "north-central Nigeria.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1][:2] == "13"]
    rec = code("Russia warned Ukraine of retaliation.", "2026-03-05")
    assert ("RUS", "130", "UKR") in _dyads(rec)
    rec = code("Provisional results gave Ngakosso 71.4 percent of the vote.", "2026-03-05")
    assert not _dyads(rec)


def test_support_given_to_fighting_is_military_cooperation_with_whose_fight_it_is(code):
    """'supporting the South Sudanese army's operations' and 'supported the Saudi-led campaign in Yemen' are military
    cooperation (062) with the army and Saudi Arabia, not words (051) and not Yemen; drills around Taiwan stay aimed
    at Taiwan."""
    rec = code("Ugandan troops have been supporting the South Sudanese army's operations along the Nile.", "2026-03-05")
    assert ("UGAMIL", "062", "SSDMIL") in _dyads(rec)
    rec = code("The United States supported the Saudi-led campaign in Yemen.", "2026-03-05")
    assert ("USA", "062", "SAU") in _dyads(rec)
    rec = code("France supports the peace plan drawn up by Qatar.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "062"]


def test_a_person_renaming_an_international_envoy_acts_for_the_organisation(code):
    """'The U.N. envoy, Norwegian diplomat Henrik Solvang': he speaks for the U.N., not for Norway, and so does 'he'
    after; a state's ambassador named in apposition stays the state's."""
    rec = code("The U.N. secretary-general's personal envoy, Norwegian diplomat Henrik Solvang, told reporters on Monday "
               "that he planned to invite the parties back to Geneva in April.", "2026-03-05")
    codes = {a["text"]: a["code"] for a in rec["actors"]}
    assert codes["Norwegian diplomat Henrik Solvang"] == "IGOUNO" and codes["he"] == "IGOUNO"
    rec = code("Pakistan's ambassador to the United Nations, Munir Akram, met the Indian envoy.", "2026-03-05")
    assert {a["text"]: a["code"] for a in rec["actors"]}["Munir Akram"] == "PAKGOV"


def test_aid_groups_and_charities_are_ngos_and_opposition_supporters_the_opposition(code):
    """'Aid groups', 'charities', 'NGOs' are the NGO sector (no country of their own from the dateline); 'opposition
    supporters' are the opposition of the place they are in."""
    rec = code("Aid groups rejected the charge on Tuesday.", "2026-03-05")
    assert {a["code"] for a in rec["actors"] if a["text"] == "Aid groups"} == {"NGO"}
    rec = code("Police in Cotonou arrested dozens of opposition supporters on Monday.", "2026-03-05")
    assert ("BENCOP", "173", "BENOPP") in _dyads(rec)


def test_a_relative_clauses_verb_joined_to_the_main_one_keeps_no_borrowed_subject(code):
    """'The council voted ... in Amhara, where drone strikes and fighting have killed hundreds of civilians': the
    parser joins 'killed' to 'voted'; the council killed no one. A real conjunct keeps the subject."""
    rec = code("The U.N. Human Rights Council voted on Thursday to create an independent commission to investigate alleged "
               "abuses in Ethiopia's Amhara region, where government drone strikes and fighting with Fano militias have "
               "killed hundreds of civilians this year.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[0] == "IGOUNO" and d[1][:2] in ("18", "19")]
    rec = code("Kenyan police arrested 12 people in Nairobi and have charged three of them.", "2026-03-05")
    assert len([d for d in _dyads(rec) if d[0] == "KENCOP"]) == 2


def test_all_parties_to_a_dispute_are_no_political_party(code):
    """'urged all parties to exercise restraint', 'both parties denied': the sides of a dispute, not a political
    party (PTY) of the speaker's country; 'urged all parties to accept the election results' still means the
    parties that ran."""
    rec = code("China's foreign ministry urged all parties to exercise restraint.", "2026-03-05")
    assert not [a for a in rec["actors"] if (a["code"] or "").endswith("PTY")]
    rec = code("The observers urged all parties in Zambia to accept the election results.", "2026-03-05")
    assert [a for a in rec["actors"] if a["text"].startswith("all parties") and (a["code"] or "").endswith("PTY")]


def test_coordinating_policy_is_diplomatic_and_coordinated_strikes_military(code):
    """'closely coordinating with South Korea' is diplomatic cooperation (050); coordinated air strikes are
    military cooperation (062)."""
    rec = code("Japan said it was closely coordinating with South Korea.", "2026-03-05")
    assert ("JPN", "050", "KOR") in _dyads(rec)
    rec = code("Kenya coordinated air strikes with Somalia against al-Shabaab.", "2026-03-05")
    assert ("KEN", "062", "SOM") in _dyads(rec)


def test_borders_meeting_and_people_taking_shelter_are_no_acts(code):
    """'the border triangle where Libya, Sudan and Egypt meet' is geography, no meeting (040); citizens 'sheltering
    in police stations' take shelter, they give no asylum (075); a state sheltering a fugitive does."""
    rec = code("The refugees were trucked to the border triangle where Libya, Sudan and Egypt meet.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1][:2] == "04"]
    rec = code("Malawi said hundreds of its citizens were sheltering in police stations and churches.", "2026-03-05")
    assert not [d for d in _dyads(rec) if d[1] == "075"]
    rec = code("Mexico sheltered the fugitive former vice president in its embassy.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "075" and d[0] == "MEX"]


def test_declining_to_give_details_is_no_comment(code):
    """'declined to give details of the search' is a refusal to comment (011), not a rejection of anyone (12x);
    refusing to give suspects to a state still rejects it."""
    rec = code("Nigeria's foreign minister declined to give details of the search on Tuesday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "011"] and not [d for d in _dyads(rec) if d[1][:2] == "12"]
    rec = code("Ghana refused to give Togo the suspects.", "2026-03-05")
    assert ("GHA", "120", "TGO") in _dyads(rec)


def test_a_stance_towards_a_people_is_no_nationality(code):
    """'the pro-Russian Vazrazhdane party' is a Bulgarian party (judged wrong as RUSPTY in the 202nd pass);
    'pro-Iranian militias' and 'anti-American protesters' are not Iranian or American; 'Russian troops' are."""
    for sentence, wrong in (("The pro-Russian Vazrazhdane party called the expulsions a provocation.", "RUS"),
                            ("Pro-Iranian militias attacked the base on Monday.", "IRN"),
                            ("Anti-American protesters marched in Baghdad.", "USA")):
        assert not [a for a in code(sentence, "2026-03-05")["actors"] if (a["code"] or "").startswith(wrong)]
    rec = code("Russian troops attacked the town.", "2026-03-05")
    assert "RUSMIL" in {a["code"] for a in rec["actors"]}


def test_co_subjects_of_no_known_country_are_no_rivals(code):
    """'pro-Indonesian militias and the Indonesian military killed about 1,400 people': allies acting together on
    the people, not each other's targets because one of them has no country; Armenian and Azerbaijani forces that
    clashed still fight each other."""
    rec = code("In 1999, pro-Indonesian militias and the Indonesian military killed about 1,400 people in East Timor.",
               "2026-03-05")
    assert not [d for d in _dyads(rec) if d[2] == "IDNMIL"]
    rec = code("Armenian and Azerbaijani forces clashed overnight.", "2026-03-05")
    assert ("ARMMIL", "190", "AZEMIL") in _dyads(rec)


def test_peacekeepers_who_pull_out_are_withdrawn_peacekeepers(code):
    """'The last U.N. peacekeepers pulled out of their base in Bunia' is CAMEO 1661 (withdraw peacekeepers), not a
    de-escalation (087); an army that pulls out of a town still de-escalates."""
    rec = code("The last U.N. peacekeepers in Ituri pulled out of their base in Bunia on Tuesday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "1661"] and not [d for d in _dyads(rec) if d[1] == "087"]
    rec = code("Israeli troops pulled out of Gaza on Monday.", "2026-03-05")
    assert [d for d in _dyads(rec) if d[1] == "087"]
