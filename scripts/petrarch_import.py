"""Carry the PETRARCH/Phoenix dictionaries' facts into eventwire's own data files (run by hand; output committed).

    .venv/bin/pip install -e '.[petrarch-import]'     # wordfreq: which single words are ordinary English
    .venv/bin/python scripts/petrarch_import.py [DIR [OUT]]  # DIR: the dictionaries (../shared/reference/petrarch)

Reads the files through eventwire's own PETRARCH readers (eventwire/actors/petrarch.py, events/petrarch.py) and
keeps only what is safe to match in ordinary news text (precision first; docs/ontologies.md lists the rules):
groups and IGOs by multiword name or distinctive acronym, agents we lack, people with dated roles, and verb
patterns that translate exactly. Our hand-written tables are loaded above these files and win on conflict.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire import data  # noqa: E402
from eventwire.actors.lexicon import Entry  # noqa: E402
from eventwire.actors.petrarch import read_entries  # noqa: E402
from eventwire.events.petrarch import read_patterns  # noqa: E402
from eventwire.records import SECTORS  # noqa: E402

SOURCE = ("PETRARCH/Phoenix dictionaries (Open Event Data Alliance), UniversalPetrarch data/dictionaries/ "
          "at commit 067552d (June 2019), MIT licence")
# CAMEO's regional and transnational first chunks (CAMEO codebook, actor codes); countries are ISO 3166 alpha-3
REGIONS = {"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF",
           "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "IGO", "NGO", "IMG", "MNC"}
PLACE_WORDS = {"river", "sea", "lake", "mountain", "mountains", "island", "islands", "gulf", "strait", "bay", "ocean",
               "valley", "desert", "province", "city", "district", "region", "airport", "port", "street", "square",
               "bridge", "canal", "mount", "county", "state", "republic", "peninsula", "coast"}
FUNCTION_WORDS = {"of", "for", "the", "and", "in", "a", "an", "to", "on", "s", "'s"}
COMMON = 3.3  # wordfreq Zipf frequency from which a word counts as ordinary English (or a frequent name)
ORG_WORDS = {  # a multiword IGO/NGO name holds one of these; names without one are people (kept only when dated)
    "organization", "organisation", "council", "fund", "bank", "agency", "commission", "union", "association",
    "committee", "court", "programme", "program", "office", "institute", "league", "forum", "federation",
    "alliance", "society", "foundation", "network", "movement", "mission", "tribunal", "conference", "community",
    "secretariat", "parliament", "assembly", "cooperation", "nations", "watch", "international", "cross",
    "crescent", "centre", "center", "board", "authority", "group", "initiative", "partnership", "coalition",
    "project", "service", "services", "corps", "force", "forces", "treaty", "pact", "campaign", "trust",
    "council's", "secretary", "general", "ministers", "summit", "states", "countries", "development", "relief",
    "rights", "aid", "health", "action", "without", "frontieres", "amnesty", "peace", "peacekeepers",
}


# Single words read by eye after the rules above (docs/ontologies.md): three-letter acronyms are kept only when
# they name the group in news ("JEM" is also Sudan's Justice and Equality Movement, "PLA" China's army, "ICAC"
# Hong Kong's anti-graft body); longer ones are dropped when they are words, places or another body's name.
ACRONYMS3 = {"PKK", "ELN", "AUC", "RUF", "PLO", "PUK", "KLA", "UDA", "KKK", "MQM", "LVF", "HPG", "KGK", "LEJ"}
REVIEWED_DROP = {"ICAC", "MACHETE", "MAVERICKS", "EMETIC", "YAHWEH", "HISBA", "UZBEKISTAN", "BOOGEYMEN", "UNSCR", "ISAR",
                 # people's names the name lists miss (a surname alone must not become a group)
                 "NASRALLAH", "HAMBALI", "DULMATIN", "ZARKASIH", "ZULKARNAEN", "SUNGKAR", "JANJALANI", "ISNILON",
                 "THORIQUDIN", "SALAUDDIN", "AULAQI", "AWLAQI", "AL-AWLAKI", "BA'ASYIR", "EYAL", "AMIT",
                 "HAMMARSKJOLD", "HAMMARSKJOLD)", "SUBROTO", "TANTIWITTAYAPITAK"}


# Agent nouns that are no actor in news or name another one ("royal court" is no court, "naval" no noun, a
# "carrier" mostly an airline, "deputy" mostly a deputy minister), read by eye; weapons and vehicles are dropped by
# their words below (an attack's weapon is not its actor).
AGENTS_DROP = {
    "royal court", "deputy", "chamber", "carrier", "naval", "retired", "actor", "vip", "religion", "revolt",
    "uprising", "rebellion", "insurgency", "insurgence", "low level insurgency", "armed insurgency", "ethnic insurgency",
    "governance", "settlement", "village", "small town", "community", "neighborhood", "neighbourhood", "population",
    "customer", "waiter", "waitress", "producer", "boss", "monger", "bargainer", "blog", "magazine", "television", "tv",
    "telecom", "publication", "gazette", "internet site", "web site", "website", "aerospace", "airline", "airway",
    "industry", "tourism industry", "representatives", "assemblage", "assemblies", "echelon", "phalanx", "chancery",
    "consistory", "conservatory", "schoolhouse", "mob", "rabble", "captain", "operative", "counsel", "counselor",
    "counsellor", "advocate", "delegate", "engineer", "scientist", "economist", "historian", "writer", "spokesmen",
    "spokeswomen", "naturalized", "illegal immigrant", "illegal migrant", "a cabinet meeting", "intelligence activity",
    "intelligence information", "intelligence operation", "security check", "military presence", "military rule",
    "military led", "military machine", "war machine", "fighting position", "mortar position", "semi - official",
    "state - owned", "polity", "kingdom", "the court", "tenant", "landlord", "investor", "employee", "staff member",
    "regulator", "exile", "employer", "trader", "merchant", "native", "victim", "victims", "passenger", "commentator",
    # first names and surnames that precede a name as if a title ("Hunter Biden", "Prince Harry", "Mother Teresa")
    "dean", "prince", "mother", "hunter", "fisher", "granger", "cropper", "tourer", "oiler",
}
VEHICLE_WORDS = {  # last words of agent phrases that name a thing or a place"missile", "jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters", "drone", "drones",
                 "ship", "vessel", "tank", "boat", "cruiser", "destroyer", "frigate", "corvette", "battleship", "bomber",
                 "bombers", "gunship", "tanker", "supertanker", "freighter", "airliner", "jetliner", "containership",
                 "humvee", "hmmwv", "mig", "kfir", "apache", "raptor", "hornet", "osprey", "typhoon", "uav", "vehicle",
                 "gun", "facility", "base", "barracks", "building", "battlewagon", "warship", "fighter", "dragonfly",
                 "chinook", "reaper", "predator", "poseidon", "orion", "nighthawk", "tomcat", "harrier", "jumbojet",
                 "system", "craft", "trainer", "unit", "in", "at", "for", "to", "of", "with",
                 # places an act is aimed at or sends someone to, not actors ("sentenced to prison")
                 "prison", "jail", "hospital", "school", "university", "college", "kindergarten", "kindergarden",
                 "monastery", "sanatorium", "sanitarium", "sanatarium", "infirmary", "preschool", "palace",
                 "institution", "post", "district", "house", "embassy", "consulate", "camp", "chancellery"}


def zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        sys.exit("petrarch_import: needs wordfreq (pip install -e '.[petrarch-import]')")
    return zipf_frequency(word.lower(), "en")


def valid_code(code: str) -> bool:
    """A code made of CAMEO chunks: a country or region/transnational code (or a sector), then 3-letter chunks."""
    if not code or len(code) % 3 or not re.fullmatch(r"[A-Z]+", code):
        return False
    first = code[:3]
    return first in REGIONS or first in SECTORS or bool(pycountry.countries.get(alpha_3=first))


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/]+", text) if w]


def letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def person_words(*entry_lists: list[Entry]) -> set[str]:
    """Every word of a dated multiword name and of our leaders: first names and surnames, not group names."""
    out = set()
    for entries in entry_lists:
        for e in entries:
            if (e.start or e.end) and " " in e.text:
                out |= {w.lower() for w in e.text.split() if letters(w) >= 3}
    for row in data.rows("actors/leaders.tsv"):
        out |= {w.lower() for w in row[0].split()}
    return out


def forms(text: str) -> list[str]:
    """'Aden Abyan Islamic Army (Aaia)' -> the name and its acronym, written as acronyms are ('AAIA')."""
    out = [re.sub(r"\s*\([^)]*\)\s*", " ", text).strip().strip("-")]
    out += [m.upper() for m in re.findall(r"\(([^)]*)\)", text)]
    return [f for f in out if f]


def surname_of(word: str, name: str) -> bool:
    """'Nasrallah' in the block of 'Hassan Nasrallah': a person's surname, not a group's name."""
    last = name.split()[-1].lower() if " " in name else ""
    return bool(last) and word.lower() in {last, last.removeprefix("al-"), "al-" + last}


def safe_name(text: str, names: set[str]) -> str | None:
    """The name as it should be matched, or None when it is not safe in ordinary text.

    One word: written as an acronym (upper case, which eventwire matches case-sensitively) unless it is an
    'al-' name; dropped when ordinary English, a person's name, or shorter than 3 letters. Several words:
    dropped when its one or two content words are ordinary English ('Popular Front', 'Army of God' match common
    prose; 'Human Rights Watch' is a name).
    """
    if letters(text) < 3 or not re.search(r"[A-Za-z]", text):
        return None
    parts = text.split()
    if len(parts) == 1:
        pieces = [w for w in words(text) if w.isalpha()]
        if any(w.lower() in names for w in pieces) or text.lower() in names:
            return None
        if text.lower().startswith(("al-", "ash-", "as-", "an-")) and len(pieces) == 2:
            return text if zipf(pieces[1]) < COMMON and text.upper() not in REVIEWED_DROP else None
        if any(zipf(w) >= COMMON for w in pieces if len(w) >= 3) or zipf(text) >= COMMON:
            return None
        if len([w for w in pieces if len(w) >= 4]) >= 2:  # 'Lashkar-e-Taiba': a name, written as news writes it
            return text
        upper = text.upper()
        if upper in REVIEWED_DROP or letters(upper) == 3 and upper not in ACRONYMS3:
            return None
        return upper
    content = [w for w in words(text) if w.isalpha() and w.lower() not in FUNCTION_WORDS]
    if len(content) <= 2 and all(zipf(w) >= COMMON for w in content):
        return None
    return text


def unambiguous(rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """Drop undated aliases that the source gives two different codes (which one a text means is unknown)."""
    codes: dict[str, set[str]] = {}
    for text, code, start, end, _ in rows:
        if not start and not end:
            codes.setdefault(text.lower(), set()).add(code)
    seen, out = set(), []
    for r in rows:
        key = (r[0].lower(), r[1], r[2], r[3])
        if key in seen or (not r[2] and not r[3] and len(codes[r[0].lower()]) > 1):
            continue
        seen.add(key)
        out.append(r)
    return out


def groups(entries: list[Entry], names: set[str], igo: bool) -> tuple[list[tuple], Counter]:
    """Named groups (or IGOs/NGOs) safe to match: codes that parse, names per safe_name."""
    rows, why = [], Counter()
    for e in entries:
        if not valid_code(e.code):
            why["code is no CAMEO code"] += 1
            continue
        if igo and not e.code.startswith(("IGO", "NGO")):
            why["not an IGO or NGO (companies, media, people's other roles)"] += 1
            continue
        for form in forms(e.text):
            text = safe_name(form, names)
            if text is None or " " not in text and surname_of(text, e.name):
                why["ordinary word, person's name or too short"] += 1
                continue
            if igo and " " in text and not set(text.lower().split()) & ORG_WORDS:
                why["a person (no organisation word): people file"] += 1
                continue
            rows.append((text, e.code, e.start, e.end, forms(e.name)[0]))
    return unambiguous(rows), why


def people(entries: list[Entry]) -> tuple[list[tuple], Counter]:
    """People with dated roles (multiword names; a role only inside its dates). An open-ended role ('>001026') is
    dropped: the dictionaries stop in 2019 and many such roles had ended long before (Gbagbo's in 2011)."""
    rows, why = [], Counter()
    for e in entries:
        if not e.start or not e.end:
            why["no dated role (no range, or open-ended)"] += 1
        elif e.start > e.end:
            why["dates reversed"] += 1
        elif len([w for w in e.text.split() if letters(w) >= 2]) < 2:
            why["single word"] += 1
        elif not valid_code(e.code):
            why["code is no CAMEO code"] += 1
        elif set(e.text.lower().split()) & PLACE_WORDS:
            why["a place, not a person"] += 1
        else:
            rows.append((e.text, e.code, e.start, e.end, e.name))
    return unambiguous(rows), why


def agents(entries: list[Entry], ours: dict[str, str]) -> tuple[list[tuple], Counter]:
    """Sector nouns we lack, as eventwire matches them (spaCy's tokens, lower case); the first sector chunk."""
    import spacy

    tok = spacy.blank("en").tokenizer
    rows, why, seen = [], Counter(), set(ours)
    for e in entries:
        phrase = " ".join(t.lower_ for t in tok(e.text))
        sector = e.code[:3]
        if sector not in SECTORS or len(e.code) % 3:
            why["code is no sector we code"] += 1
        elif len(phrase.split()) > 3:
            why["longer than 3 words (never looked up)"] += 1
        elif phrase in ours or _singular(phrase) in ours:
            why["we have the noun (ours kept)"] += 1
        elif len(phrase.split()) > 1 and {phrase.split()[-1], _singular(phrase.split()[-1])} & set(ours):
            why["its head is a noun we have (ours and our compound rule decide)"] += 1
        elif phrase in AGENTS_DROP or not re.fullmatch(r"[a-z][a-z .'-]*", phrase) or phrase.split()[-1] in VEHICLE_WORDS or re.search(r"\d", phrase):
            why["no actor in news (reviewed list, weapons, vehicles)"] += 1
        elif any(zipf(w) == 0 for w in phrase.split() if w.isalpha()):
            why["a stem or misspelling ('minist', 'offical')"] += 1
        elif phrase in seen:
            why["repeated"] += 1
        else:
            seen.add(phrase)
            rows.append((phrase, sector))
    return rows, why


def _singular(phrase: str) -> str:
    """'spokesmen' -> 'spokesman', 'ministries' -> 'ministry', 'farmers' -> 'farmer': our singular wins over a plural."""
    for end, sub in (("men", "man"), ("women", "woman"), ("ies", "y"), ("s", "")):
        if phrase.endswith(end):
            return phrase[: -len(end)] + sub
    return phrase


CLOSED = {"off", "out", "up", "down", "ahead", "back", "away", "over", "in", "on", "about", "around", "through", "forward",
          "together", "apart", "aside", "along", "it", "him", "her", "them", "this", "that", "investigate"}
EXACT = re.compile(r"^\s*(?:[A-Z]+_?|&[A-Z_]+)?\s*(?:\(\s*[A-Z]+\s*\))?\s*$")  # '* OBJECT (PREP)': said exactly


def verbs(path: Path) -> tuple[list[tuple[str, str]], Counter]:
    """Verb patterns read by events/petrarch.py whose lemma and constraints eventwire says exactly.

    Exact: '- * WORD|&SET (PREP) [code]' (the reader also shortens longer patterns to their head words; those are
    dropped). A verb alone is dropped too: its code is its block's, shared by a whole synset, and measured it
    coded far more false events than true ones (docs/ontologies.md). `[---]` patterns become our no-event code; the reader skips
    them, so its code step is widened here (a block's own `[---]` only says the verb alone has no code).
    """
    from eventwire.events import petrarch as reader
    from eventwire.events.lexicon import NO_EVENT

    lines = reader.read_text(path).splitlines()
    code_of = reader._code
    reader._code = lambda text: NO_EVENT if text.strip() == "---" else code_of(text)
    try:
        patterns = read_patterns(path)
    finally:
        reader._code = code_of
    ours = {(p.lemma, p.objects, p.particles) for p in _our_patterns()}
    found: dict[tuple, set[str]] = {}
    texts: dict[tuple, str] = {}
    why = Counter()
    for p in patterns:
        raw = lines[int(p.source.rsplit(":", 1)[1]) - 1].split("#", 1)[0].strip()
        key = (p.lemma, p.objects, p.particles)
        if raw.startswith("---") or not p.objects and not p.particles:
            why["a verb alone (a synset's code is not every member's sense: 'engage' is no firefight)"] += 1
            continue
        if not p.objects:
            why["a preposition alone (a synset's members share it: 'come to' 040, 'want into' 192)"] += 1
            continue
        if not EXACT.match(raw.partition("*")[2].rpartition("[")[0]):
            why["not said exactly (longer phrase, noun after a preposition)"] += 1
            continue
        if key in ours:
            why["we have the pattern (ours kept)"] += 1
            continue
        if p.objects & CLOSED:
            why["a particle read as an object"] += 1
            continue
        found.setdefault(key, set()).add(p.code)
        texts[key] = " ".join([p.lemma] + ["+" + "|".join(sorted(p.objects))] * bool(p.objects) + list(p.particles))
    rows = []
    for key, codes in found.items():
        if len(codes) > 1:
            why["two codes for one pattern"] += 1
        else:
            rows.append((texts[key], codes.pop()))
    return rows, why


def _our_patterns():
    from eventwire.events.lexicon import _load

    return _load(data.numbered_tsv(data.path("lexicons/verbs.tsv")), "verbs.tsv")


LOWER = FUNCTION_WORDS | {"de", "del", "des", "du", "la", "le", "el", "al", "ul", "ud", "ur", "e", "i", "y", "da",
                          "di", "van", "von", "bin", "ibn", "at", "by", "with", "against", "from"}


def tokenized(rows: list[tuple]) -> list[tuple]:
    """Names as spaCy's tokens joined by spaces ('al - Qaeda'): the lexicon then splits them instead of tokenizing
    tens of thousands of names at every start. Particles are written in lower case, as news writes them ('Forces of
    Colombia', 'Lashkar-e-Taiba'): a capitalised word of a name matches only a capitalised word."""
    import spacy

    tok = spacy.blank("en").tokenizer

    def name(text: str) -> str:
        words = [t.text for t in tok(text)]
        if text.isupper():  # an acronym form ('AL-QA'IDA') stays as written
            return " ".join(words)
        return " ".join(w.lower() if w.lower() in LOWER else w for w in words)

    return [(name(r[0]),) + tuple(r[1:]) for r in rows]


def write(out: Path, name: str, origin: str, what: str, columns: str, rows: list[tuple]) -> None:
    path = out / name
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [f"# {what}", f"# Source: {origin} of the {SOURCE}.",
            "# Generated by scripts/petrarch_import.py (do not edit by hand); loaded under our own tables, which win.",
            f"# {columns}"]
    body = ["\t".join(r) for r in sorted(set(rows), key=lambda r: (r[0].lower(), r))]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"{name}: {len(body)} rows")


def report(name: str, why: Counter) -> None:
    for reason, n in why.most_common():
        print(f"  {name}: dropped {n}: {reason}")


def conflicts(entries: list[Entry]) -> list[str]:
    """Our named.tsv aliases that the groups file codes differently (not just less specifically), before any
    filtering: the group codes must be the dictionaries' own."""
    theirs: dict[str, set[str]] = {}
    for e in entries:
        for form in forms(e.text):
            theirs.setdefault(form.lower(), set()).add(e.code)
    out = []
    for row in data.rows("actors/named.tsv"):
        for code in sorted(theirs.get(row[0].lower(), ())):
            if not row[1].startswith(code) and not code.startswith(row[1]):
                out.append(f"{row[0]}: ours {row[1]}, Phoenix {code}")
    return out


def main(src: Path, out: Path = data.DATA) -> None:
    """Write the five files under `out` (the package's data directory; tests write elsewhere and compare)."""
    countries = read_entries(src / "Phoenix.Countries.actors.txt")
    intl = read_entries(src / "Phoenix.International.actors.txt")
    names = person_words(countries, intl)
    mns = read_entries(src / "Phoenix.MilNonState.actors.txt")
    g, why = groups(mns, names, igo=False)
    write(out, "actors/phoenix_groups.tsv", "Phoenix.MilNonState.actors.txt", "Armed and non-state groups.",
          "text (spaCy tokens)\tcode\tfrom\tto\tname", tokenized(g))
    report("groups", why)
    print("\n".join("  conflict: " + c for c in conflicts(mns)))
    i, why = groups(intl, names, igo=True)
    write(out, "actors/phoenix_igos.tsv", "Phoenix.International.actors.txt", "International organisations and NGOs.",
          "text (spaCy tokens)\tcode\tfrom\tto\tname", tokenized(i))
    report("igos", why)
    p, why = people(countries + [e for e in intl if " " in e.text and not set(e.text.lower().split()) & ORG_WORDS])
    write(out, "actors/phoenix_people.tsv", "Phoenix.Countries.actors.txt and Phoenix.International.actors.txt",
          "People in dated roles (a person is coded with a role only inside its dates).",
          "text (spaCy tokens)\tcode\tfrom\tto\tname", tokenized(p))
    report("people", why)
    ours = {r[0].lower(): r[1] for r in data.rows("actors/sectors.tsv")}
    a, why = agents(read_entries(src / "Phoenix.agents.txt"), ours)
    write(out, "actors/phoenix_agents.tsv", "Phoenix.agents.txt", "Sector nouns (agents) that our sectors.tsv lacks.",
          "noun (spaCy tokens, lower case)\tsector", a)
    report("agents", why)
    v, why = verbs(src / "CAMEO.2.0.txt")
    write(out, "lexicons/phoenix_verbs.tsv", "CAMEO.2.0.txt", "Verb patterns (syntax as verbs.tsv).", "pattern\tcode", v)
    report("verbs", why)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "petrarch",
         Path(sys.argv[2]) if len(sys.argv) > 2 else data.DATA)
