"""Session 27 (docs/evaluation.md, round twenty-four). Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads


def test_us_commands_abroad_are_the_us_military(code):
    """'The U.S. Forces Japan commander' is an American officer: the host country in the command's name makes no
    second, Japanese, source."""
    rec = code("The U.S. Forces Japan commander met Japan's defence minister in Tokyo on Monday.", "2026-05-01")
    assert [a["code"] for a in rec["actors"] if "commander" in a["text"]] == ["USAMIL"]
    assert not [d for d in dyads(rec) if d[0] == "JPNMIL"]
    rec = code("AFRICOM said it carried out an air strike against al-Shabaab near Jilib on Monday.", "2026-05-01")
    assert ("USAMIL", "190", "SOMREBSHB") in dyads(rec)
    rec = code("U.S. Central Command said its forces struck a Houthi radar site on Tuesday.", "2026-05-01")
    assert [d for d in dyads(rec) if d[0] == "USAMIL" and d[1].startswith("19")]


def test_regions_of_one_country_are_places():
    """States and provinces (ISO 3166-2) locate to their country, without coordinates; a region name two
    countries share (Punjab) or that is a common word (Unity, Sahel) locates nowhere, and a town's own name
    keeps its coordinates."""
    from eventwire.places import locate

    assert locate("Zamfara state")["country"] == "NGA"
    assert locate("Cabo Delgado province")["country"] == "MOZ"
    assert locate("North Kivu")["country"] == "COD"  # our English name for Nord-Kivu
    assert locate("Borno")["country"] == "NGA"  # not Borna in Saxony, whose old name it is
    assert locate("Balochistan")["lat"] is None
    assert locate("Punjab") is None and locate("Unity") is None and locate("Sahel") is None
    assert locate("Kaduna")["lat"] is not None


def test_a_region_gives_armed_men_and_their_victims_a_country(code):
    """'Gunmen killed 12 villagers in Zamfara state' is Nigeria's: the region names the country."""
    rec = code("Gunmen killed 12 villagers in Zamfara state on Sunday, police said.", "2026-05-01")
    assert ("NGAREB", "1823", "NGACVL") in dyads(rec)
    rec = code("Police in Sindh arrested 30 protesters on Sunday.", "2026-05-01")
    assert ("PAKCOP", "173", "PAKCVL") in dyads(rec)


def test_a_region_is_where_not_who(code):
    """'Puntland demanded' is a regional government, not Somalia; 'the Red Sea' is water, not Sudan's state of
    that name; a region acted on stands for its country ('an arms embargo on Darfur' falls on Sudan)."""
    from eventwire.places import locate

    rec = code("Puntland demanded the release of the crew on Monday.", "2026-05-01")
    assert not [d for d in dyads(rec) if d[0] == "SOM"]
    assert locate("the Red Sea") is None and locate("Far North") is None
    rec = code("The Security Council imposed an arms embargo on Darfur on Monday.", "2026-05-01")
    assert ("IGOUNO", "163", "SDN") in dyads(rec)


def test_gdelt_geography_of_a_region():
    """A region is a GDELT state match (type 5, 2 in the US) with its country's FIPS code and no point."""
    from eventwire.export.geo import place_geo

    assert place_geo({"name": "Zamfara", "country": "NGA", "lat": None, "lon": None})[:3] == [5, "Zamfara, Nigeria",
                                                                                            "NI"]
    assert place_geo({"name": "Texas", "country": "USA", "lat": None, "lon": None})[0] == 2
    assert place_geo({"name": "Nigeria", "country": "NGA", "lat": None, "lon": None})[0] == 1


def test_an_attack_dated_by_its_report_takes_the_day_told_next(code):
    """A lead dated only by its report ('..., the government said on Thursday') and the next sentence's own day for
    the same attack ('stormed the post ... on Tuesday'): the killings happened on Tuesday."""
    rec = code("NIAMEY, Jun 5 (Wire) - Islamist militants killed nine Nigerien soldiers in a raid on an army post near "
               "the border, the government said on Thursday.\n\n"
               "Dozens of gunmen on motorbikes stormed the post near Ayorou shortly after midnight on Tuesday, a "
               "spokesman said.", "2026-06-05")
    kill = [e for e in rec["events"] if e["code"] == "1823" and e["sentence_index"] == 1]
    assert kill and all(e["date"] == "2026-06-02" for e in kill)


def test_barring_a_politician_is_a_ban(code):
    """A court disqualifying a party leader bans a politician (1722); barring ministers or candidates is an
    administrative sanction (172); rain barring a road is no act."""
    rec = code("Thailand's Constitutional Court disqualified the opposition leader on Wednesday.", "2026-05-01")
    assert [d for d in dyads(rec) if d[0] == "THAJUD" and d[1] == "1722"]
    rec = code("Israel barred two Spanish ministers from entering the country on Monday.", "2026-05-01")
    assert ("ISR", "172", "ESPGOV") in dyads(rec)
    assert not dyads(code("Heavy rain barred the road to the village on Monday.", "2026-05-01"))


def test_warships_are_the_military(code):
    rec = code("A Russian submarine fired a missile at a Ukrainian port on Monday.", "2026-05-01")
    assert [a["code"] for a in rec["actors"] if a["text"] == "A Russian submarine"] == ["RUSMIL"]


def test_political_parties_are_their_countrys(code):
    """A party named is its country's PTY (parties.tsv), not a rebel group or a demonym's state; 'the opposition'
    before it makes it OPP and its lawmakers are LEG; a bank that shares an acronym is a bank."""
    def source(text):
        return [d[0] for d in dyads(code(text, "2026-05-01"))][:1]

    assert source("The BNP accused the Awami League of rigging the vote on Monday.") == ["BGDPTY"]
    assert source("The ruling African National Congress expelled two lawmakers on Monday.") == ["ZAFPTY"]
    assert source("Pheu Thai rejected the court ruling on Monday.") == ["THAPTY"]
    assert source("Sinn Fein accused the government of complacency on Monday.") == ["IRLPTY"]
    assert source("Opposition People Power Party lawmakers demanded an inquiry on Monday.") == ["KORLEG"]
    rec = code("Police detained at least 12 supporters of the main opposition party Chadema on Tuesday.", "2026-05-01")
    assert ("COP", "173", "TZAOPP") in dyads(rec)
    rec = code("BNP Paribas cut its forecast on Monday.", "2026-05-01")
    assert not [a for a in rec["actors"] if a["code"] == "BGDPTY"]


def test_people_counted_are_civilians(code):
    """'about 140 people' detained and '12 people' killed are civilians of the place (CVL), not an uncoded number;
    'people familiar with the matter' and 'the Ukrainian people' are no civilians counted."""
    rec = code("Police detained hundreds of people in Kampala on Sunday.", "2026-05-01")
    assert ("UGACOP", "173", "UGACVL") in dyads(rec)
    rec = code("Gunmen killed 12 people in Zamfara state on Sunday.", "2026-05-01")
    assert ("NGAREB", "1823", "NGACVL") in dyads(rec)
    rec = code("People familiar with the matter said the talks had failed.", "2026-05-01")
    assert not [a for a in rec["actors"] if a["code"] and a["code"].endswith("CVL")]


def test_a_day_after_reads_the_day_up_the_conjuncts(code):
    """'X on Thursday ordered A to leave and suspended B, a day after Y imposed sanctions': the parser hangs 'after'
    on the second verb, which shares Thursday with the first; the sanctions are Wednesday's."""
    rec = code("Mexico on Thursday ordered four Peruvian diplomats to leave the country and suspended visa services, "
               "a day after Lima imposed sanctions on two Mexican officials.", "2026-05-07")
    assert [e["date"] for e in rec["events"] if e["code"] == "163"] == ["2026-05-06"]


def test_shot_dead_is_a_killing(code):
    """'shot dead a police officer' kills (1823), whether the parser hangs 'dead' on the verb or on the object;
    'shot at' a patrol stays small-arms fire (19x)."""
    rec = code("Gunmen shot dead a police officer in Kandahar on Tuesday.", "2026-05-01")
    assert ("AFGREB", "1823", "AFGCOP") in dyads(rec)
    rec = code("Police shot dead two protesters in Nairobi on Tuesday.", "2026-05-01")
    assert ("KENCOP", "1823", "KENCVL") in dyads(rec)
    rec = code("Gunmen shot at a police patrol in Kandahar on Tuesday.", "2026-05-01")
    assert not [d for d in dyads(rec) if d[1] == "1823"]


def test_people_in_the_city_of_a_town_are_its_countrys(code):
    """'at least 43 people in the southern city of Kandahar': the place is the people's own words (stored), not the
    sentence's context (withheld)."""
    rec = code("KABUL, Mar 11 (Wire) - Police detained at least 43 people in the southern city of Kandahar on Tuesday, "
               "officials said.\n\nThe government said the protest had not been authorised.", "2026-03-11")
    people = [a for a in rec["actors"] if a["text"] == "at least 43 people"]
    assert people and people[0]["code"] == "AFGCVL" and "own words" in people[0]["how"]


def test_whose_names_the_body_it_belongs_to(code):
    """'Moldova, whose foreign ministry summoned the Russian ambassador': the ministry is Moldova's own (stored), not a
    guess from the government the sentence names (withheld); 'Niger, whose military government pulled out' is Niger's."""
    rec = code("CHISINAU, Sep 21 (Wire) - The vote drew complaints from Moldova, whose foreign ministry summoned the "
               "Russian ambassador last week.\n\nCameroon said it would stay in the force.", "2026-09-21")
    ministry = [a for a in rec["actors"] if a["text"] == "whose foreign ministry"]
    assert ministry and ministry[0]["code"] == "MDAGOV" and ministry[0]["context"] == "the body it belongs to"
    rec = code("Niger, whose military government pulled its troops out of the force in March, did not reply.",
               "2026-05-01")
    assert [a["code"] for a in rec["actors"] if a["text"] == "whose military government"] == ["NERGOV"]
