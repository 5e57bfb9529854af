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

VILNIUS, April 16 (Wire) - Lithuania accused Poland on Wednesday of delaying a rail link, and Poland rejected the
charge. Lithuanian officials said Poland had missed two deadlines. Polish officials said Lithuania had changed the
route. Lithuania's transport minister said talks would resume. Poland's minister said Poland wanted a deal, and
Germany offered to help.

In 2023, Lithuanian Prime Minister Ingrida Simonyte suspended the joint commission between the two countries after
a row over transit fees.
"""


def test_the_subjects_own_country_is_one_of_the_two_countries_between_which_it_acts(code):
    rec = code(ARTICLE, "2025-04-16")
    susp = [e for e in rec["events"] if e["trigger"]["text"] == "suspended"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in susp] == [("LTUGOV", "POL")]
    assert not [e for e in rec["events"] if e["source"] and e["target"]
                and e["source"]["country"] == e["target"]["country"] and not e["negated"]
                and e["modality"] == "asserted"]  # never a state acting on itself as a fact
