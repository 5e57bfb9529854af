"""Session 19 (docs/evaluation.md, round sixteen): an answer to a charge, protest or move that the coder did not
code as an act is aimed at whoever of another country spoke just before; "reinforced its commitment" is no
military act. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import said as _said

DATE = "2026-03-04"
PROTEST = """Iran holds drill near Azerbaijan border

Published: 2026-03-04

BAKU, March 4 (Caspian Wire) - Iran's army began a large military exercise near the Azerbaijani border on Monday.

Azerbaijan's foreign ministry spokesman, Aykhan Hajizada, said the Iranian ambassador had been handed a note expressing "serious concern" about the drill. "Such exercises do not serve good-neighbourly relations," he said.

Iran rejected the protest. Foreign Ministry spokesman Esmaeil Baghaei said the exercise was routine.
"""


def _rejections(rec: dict) -> list[tuple]:
    return [(e["source"]["code"], (e["target"] or {}).get("country")) for e in _said(rec, "12")]


def test_a_protest_answered_was_made_by_who_spoke_just_before(code):
    """"Iran rejected the protest" (the note of concern itself is coded as no act): Azerbaijan's spokesman spoke
    just before, so Azerbaijan made it (analysts judged 19 rejections of "the protest" with no target PARTLY)."""
    rec = code(PROTEST, DATE)
    rejected = [e for e in _said(rec, "12") if e["trigger"]["text"] == "rejected"]
    assert [(e["source"]["country"], e["target"]["country"]) for e in rejected] == [("IRN", "AZE")]
    assert rejected[0]["rule"]["target"] == "the maker of the answered charge: who spoke just before"


def test_no_speaker_before_no_target(code):
    rec = code(PROTEST.replace("""Azerbaijan's foreign ministry spokesman, Aykhan Hajizada, said the Iranian ambassador had been handed a note expressing "serious concern" about the drill. "Such exercises do not serve good-neighbourly relations," he said.

""", ""), DATE)
    assert ("IRNGOV", None) in _rejections(rec) or ("IRN", None) in _rejections(rec)
    assert not [t for _, t in _rejections(rec) if t]


def test_a_fellow_critic_is_not_the_maker_of_the_move(code):
    """"Barrot condemned Tehran ... Cooper said the move was reckless": the French minister who spoke just before
    aimed his words at Iran; he made no move, so the British criticism gets no French target (80th article)."""
    text = PROTEST.replace("Iran rejected the protest. Foreign Ministry spokesman Esmaeil Baghaei said the exercise was routine.",
                           "French Foreign Minister Jean Martel condemned Iran on Tuesday, saying the drill was dangerous. "
                           "British Foreign Secretary Ann Hollis said the move was reckless.")
    text = text.replace("""Azerbaijan's foreign ministry spokesman, Aykhan Hajizada, said the Iranian ambassador had been handed a note expressing "serious concern" about the drill. "Such exercises do not serve good-neighbourly relations," he said.

""", "")
    rec = code(text, DATE)
    british = [e for e in _said(rec, "11") if e["source"]["country"] == "GBR"]
    assert british and all((e["target"] or {}).get("country") != "FRA" for e in british)


def test_an_answer_spoken_by_another_side_takes_no_speaker_before(code):
    """When someone of another country speaks in the answering sentence itself, its source is in doubt: no target
    is guessed from who spoke before ("A State Department spokesman said ... that France had freed a man and called
    the move reckless")."""
    text = PROTEST.replace("Iran rejected the protest.",
                           "A Turkish diplomat said Iran rejected the protest.")
    rec = code(text, DATE)
    assert _rejections(rec) == [("IRN", None)]


def test_reinforcing_a_commitment_is_no_military_act(code):
    rec = code("Germany has reinforced its commitment to Syrian refugees with a contribution of 56 million euros.", DATE)
    assert not _said(rec, "15")
    rec = code("Russia reinforced its troops along the Ukrainian border on Monday.", DATE)
    assert [e["code"] for e in _said(rec, "15")] == ["152"]


def test_troops_sent_within_their_own_state_are_a_show_of_force_not_protection(code):
    """"Peru sent 1,200 soldiers into Pataz" (j438), "sends troops to its border with Panama": a deployment at home
    (15x), facing the neighbour when one is named; troops sent abroad or to a mission stay protection (074)."""
    story = "Peru sends troops\n\nPublished: 2026-05-06\n\nLIMA, May 6 (Andes Wire) - {}\n"
    rec = code(story.format("Peru sent about 1,200 soldiers into the mining province of Pataz on Tuesday."), "2026-05-06")
    assert [e["code"] for e in _said(rec) if e["trigger"]["text"] == "sent"] == ["150"]
    rec = code("Colombia sent 500 troops to its border with Panama on Monday.", "2026-05-06")
    assert [(e["code"], (e["target"] or {}).get("code")) for e in _said(rec) if e["trigger"]["text"] == "sent"] == \
        [("150", "PAN")]
    rec = code(story.format("Rwanda sent an extra battalion of troops to Mozambique on Tuesday."), "2026-05-06")
    assert [(e["code"], e["target"]["code"]) for e in _said(rec) if e["trigger"]["text"] == "sent"] == [("074", "MOZ")]
    rec = code(story.format("Peru sent 200 soldiers to the United Nations mission in Lebanon on Tuesday."), "2026-05-06")
    assert [e["code"] for e in _said(rec) if e["trigger"]["text"] == "sent"] == ["074"]


def test_a_count_of_others_is_more_of_the_people_named_before(code):
    """"killing a Nigerian fisherman and detaining 31 others" (j501, 168th pass: the detention withheld with the
    target '31 others'): the others are more Nigerian fishermen. A count after a summons, or after a thing coded
    to a country, stays a count."""
    rec = code("Cameroonian gendarmes raided two fishing settlements on Sunday, killing a Nigerian fisherman and "
               "detaining 31 others.", "2026-06-09")
    held = [e for e in _said(rec, "17") if e["code"] == "173"]
    assert [(e["target"]["code"], e["rule"]["target"]) for e in held] == \
        [("NGAAGR", "a count of more people of the kind named just before")]
    rec = code("The coast guard seized Haiti-bound guns off Portland on Sunday and arrested four.", "2026-06-09")
    assert all((e["target"] or {}).get("code") is None for e in _said(rec, "17") if e["code"] == "173")


def test_a_state_protesting_after_an_act_protests_to_its_doer(code):
    """"Kazakhstan protests after Russia halts grain train" (the headline of a story whose main act it is, coded as
    nothing: a state protesting at no one named was refused): the clause after it names whom the protest is aimed
    at. People protesting in the street stay a demonstration."""
    rec = code("Kazakhstan protested on Monday after Russia halted a grain train at the border.", "2026-04-08")
    assert [(e["source"]["code"], e["code"], e["target"]["code"]) for e in _said(rec, "11")] == [("KAZ", "114", "RUS")]
    rec = code("Farmers protested in Almaty on Tuesday after Russia halted a grain train at the border.", "2026-04-08")
    assert not _said(rec, "11")
    rec = code("Kazakhstan protested on Monday after its own train was halted at the border.", "2026-04-08")
    assert not _said(rec, "11")


def test_the_republic_of_a_state_is_that_state_not_a_town_called_republic(code):
    """"working on the territory of the Republic of Kazakhstan" made Kazakhstan's ministry American (170th pass:
    a Missouri town called Republic): the place is the state named after "of"."""
    rec = code('The Foreign Ministry said the engineers were working "on the territory of the Republic of Kazakhstan" '
               "when Chinese border guards detained them.", "2026-07-08")
    ministry = [a for a in rec["actors"] if a["text"] == "The Foreign Ministry"]
    assert [a["country"] for a in ministry] == ["KAZ"]


def test_where_goods_are_moved_is_no_one_helped(code):
    """"ready to help move some shipments onward to Kuwait" (171st pass: an offer aimed at Kuwait, the shipments'
    destination): the route of goods carried is where, not whom the help is for. Aid sent to a state still goes
    to that state."""
    rec = code("Iraq's trade ministry said on Friday it was ready to help move some shipments onward to Kuwait.",
               "2026-11-20")
    assert all((e["target"] or {}).get("country") != "KWT" for e in _said(rec))
    rec = code("Iraq's trade ministry said on Friday it would help send food aid to Kuwait.", "2026-11-20")
    assert "KWT" in {(e["target"] or {}).get("country") for e in _said(rec)}


def test_a_place_named_before_a_sector_noun_is_its_country(code):
    """"Lagos police" in a story datelined elsewhere (170th pass: Rio Grande do Sul police and Xinjiang border
    guards given the dateline's country): a town named just before the noun places the actor, when the story
    names that town's country; a person's name before the noun does not, nor a town of a country the story
    never names ("the ruling Morena party" is no Indian party)."""
    story = "Nigeria protests\n\nPublished: 2026-07-08\n\nACCRA, July 8 (Gulf Wire) - {}\n"
    rec = code(story.format("Lagos police arrested 12 Ghanaian traders on Monday, Nigeria's police said."), "2026-07-08")
    assert [a["code"] for a in rec["actors"] if a["text"] == "Lagos police"] == ["NGACOP"]
    rec = code(story.replace("Nigeria protests", "Traders held").format("Lagos police arrested 12 Ghanaian traders on Monday."),
               "2026-07-08")
    assert [a["country"] for a in rec["actors"] if a["text"] == "Lagos police"] != ["NGA"]


def test_people_told_again_by_a_plain_noun_give_the_act_its_day(code):
    """"detained 17 Honduran coffee pickers ... the workers were seized before dawn on Sunday" (172nd pass: the
    detention that starts the story withheld as placed at no time the article names): the workers are the pickers,
    told again without the doer, and their day is the detention's."""
    story = ("Honduras protests\n\nPublished: 2026-02-17\n\nTEGUCIGALPA, February 17 (Isthmus Wire) - Honduras summoned "
             "Nicaragua's ambassador on Tuesday after Nicaraguan soldiers detained 17 Honduran coffee pickers near the "
             "border.\n\nForeign Minister Rebeca Ulloa said the {} were seized before dawn on Sunday on a farm.\n")
    rec = code(story.format("workers"), "2026-02-17")
    held = [e for e in _said(rec, "17") if e["trigger"]["text"] == "detained"]
    assert [(e["date"], e["rule"].get("date")) for e in held] == [("2026-02-15", "the act told again without its doer")]
    rec = code(story.format("trucks"), "2026-02-17")
    assert [e["date"] for e in _said(rec, "17") if e["trigger"]["text"] == "detained"] == [None]


def test_a_shooting_told_again_as_a_killing_takes_its_day(code):
    """"troops shot dead a Thai boatman ... The boatman was killed late on Monday" (173rd pass: the killing behind
    the story withheld as placed at no time): a shooting told again as a killing is one act of force."""
    rec = code("Thai protest\n\nPublished: 2026-10-28\n\nBANGKOK, October 28 (Wire) - Thailand summoned Malaysia's "
               "ambassador on Wednesday after Malaysian border troops shot dead a Thai boatman on the Golok river.\n\n"
               "The boatman was killed late on Monday as he ferried rice across the river, Thai police said.\n",
               "2026-10-28")
    shot = [e for e in _said(rec, "18") if e["trigger"]["text"] == "shot"]  # "shot dead" kills (round twenty-four)
    assert [(e["date"], e["rule"].get("date")) for e in shot] == [("2026-10-26", "the act told again without its doer")]


def test_an_unnamed_spokesman_after_an_organisation_spoke_is_its_own(code):
    """"The European Commission said it would not take sides. A spokesman in Brussels said ..." (175th pass: the
    appeal stored twice as Belgium's government's): he speaks for the Commission. A spokesman whose own words
    name another organisation is not given the first one's code."""
    text = ("The European Commission said it would not take sides. A spokesman in Brussels said the dispute was a "
            "bilateral matter and urged both governments to find an amicable solution.")
    rec = code(text, "2026-09-03")
    assert [a["code"] for a in rec["actors"] if a["text"] == "A spokesman"] == ["IGOEUREEC"]
    rec = code(text.replace("A spokesman in Brussels", "An IOM spokesman in Brussels"), "2026-09-03")
    assert all(a["code"] != "IGOEUREEC" for a in rec["actors"] if "IOM" in a["text"])
