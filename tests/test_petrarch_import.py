"""The PETRARCH/Phoenix facts we ship (scripts/petrarch_import.py): safe rows, loaded under our own tables."""

from __future__ import annotations

import importlib.util
import re

import pytest
from conftest import ROOT, needs_shared

from eventwire import data
from eventwire.actors import lexicon as actors
from eventwire.events import lexicon as events
from eventwire.records import split_code

FILES = ["actors/phoenix_groups.tsv", "actors/phoenix_igos.tsv", "actors/phoenix_people.tsv",
         "actors/phoenix_agents.tsv", "lexicons/phoenix_verbs.tsv"]


def script():
    spec = importlib.util.spec_from_file_location("petrarch_import", ROOT / "scripts" / "petrarch_import.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def layers(monkeypatch):
    """set(layers): rebuild both lexicons with those PETRARCH layers; the cached defaults come back afterwards."""
    def use(value: str):
        monkeypatch.setenv("EVENTWIRE_PHOENIX", value)
        actors._build_lexicon.cache_clear()
        events.get_event_lexicon.cache_clear()
        return actors.get_lexicon(), events.get_event_lexicon()

    yield use
    monkeypatch.undo()
    actors._build_lexicon.cache_clear()
    events.get_event_lexicon.cache_clear()


@pytest.mark.parametrize("name", FILES)
def test_shipped_file_cites_its_source_and_every_row_is_sound(name):
    head = data.path(name).read_text(encoding="utf-8").split("\n", 4)[:4]
    assert any("067552d" in h and "MIT" in h and "PETRARCH" in h for h in head)
    rows = data.rows(name)
    assert len(rows) > 300
    valid = script().valid_code
    for row in rows:
        if name.endswith("verbs.tsv"):
            events.parse_pattern(row[0], row[1], name)  # raises on an unknown code
        elif name.endswith("agents.tsv"):
            assert row[1] in {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "CVL", "BUS", "SPY", "REF",
                              "EDU", "PTY", "REL", "NGO", "CRM", "HLH", "LAB", "AGR", "ELI", "UAF", "IMG"}, row
        else:
            assert valid(row[1]), row
            assert sum(c.isalpha() for c in row[0]) >= 3, row


def test_named_rows_are_safe_in_ordinary_text():
    single = [r for n in FILES[:2] for r in data.rows(n) if " " not in r[0]]
    # one word: an acronym matched only as written in capitals, or an 'al-' name; never a person's surname
    assert all(r[0].isupper() or r[0].lower().startswith(("al-", "ash-", "as-", "an-")) for r in single)
    texts = {r[0] for n in FILES[:2] for r in data.rows(n)}
    assert {"PKK", "FARC", "EZLN", "LTTE", "PFLP"} <= texts
    assert not {"NASRALLAH", "ZAWAHIRI", "YOUTH", "ZERO", "TIGERS", "JEM", "PLA"} & texts
    assert "Revolutionary Armed Forces of Colombia" in texts and "Lashkar - e - Toiba" in texts
    people = data.rows("actors/phoenix_people.tsv")
    assert all(r[2] and r[3] and r[2] <= r[3] and " " in r[0] for r in people)


def test_imported_layers_match_under_ours(layers):
    lex, _ = layers("all")
    assert lex.lookup(["EZLN"], "2015-01-01").code == "MEXREB"
    assert lex.lookup(["ezln"], "2015-01-01") is None  # an acronym only in capitals
    assert lex.lookup(["KACH"], "2015-01-01").code == "MEAREB"
    assert lex.lookup(["Kach"], "2015-01-01") is None  # a minister named Kach is not the group
    assert lex.lookup("Revolutionary Armed Forces of Colombia".split(), "2015-01-01").code == "COLREB"
    assert lex.lookup(["Hamas"], "2024-01-01").code == next(r[1] for r in data.rows("actors/named.tsv")
                                                           if r[0] == "Hamas")  # ours wins
    moratinos = "Miguel Angel Moratinos".split()
    assert lex.lookup(moratinos, "2005-03-01").code == "ESPGOV"
    # a role only inside its dates; outside them the person is still of the roles' country, with no role
    assert lex.lookup(moratinos, "2023-03-01").code == "ESP"
    assert lex.sector("charge d'affaires") == "GOV" and lex.sector("sharecropper") == "AGR"
    ours = {r[0].lower(): r[1] for r in data.rows("actors/sectors.tsv")}
    assert all(lex.sector(noun) == code for noun, code in ours.items())  # never changes a noun we have
    assert lex.sector("royal court") != "JUD"


def test_layers_switch_off(layers):
    lex, ev = layers("off")
    assert lex.lookup(["EZLN"], "2015-01-01") is None and lex.sector("sharecropper") is None
    assert "ostracize" not in ev.verbs
    lex, ev = layers("verbs")
    assert lex.lookup(["EZLN"], "2015-01-01") is None
    ours = {p.lemma for p in events._load(data.numbered_tsv(data.path("lexicons/verbs.tsv")), "verbs.tsv")}
    imported = [p for ps in ev.verbs.values() for p in ps if p.source.startswith("phoenix_verbs.tsv")]
    assert imported and not {p.lemma for p in imported} & ours  # a verb we list keeps only our senses
    assert any(p.lemma == "ostracize" for p in imported)


def test_script_rules():
    pytest.importorskip("wordfreq", reason="the import script's word frequencies: pip install -e '.[petrarch-import]'")
    s = script()
    names = {"nasrallah", "hassan"}
    assert s.safe_name("Farc", names) == "FARC"
    assert s.safe_name("Youth", names) is None and s.safe_name("Nasrallah", names) is None
    assert s.safe_name("Popular Front", names) is None and s.safe_name("Army Of God", names) is None
    assert s.safe_name("Human Rights Watch", names) == "Human Rights Watch"
    assert s.safe_name("JEM", names) is None and s.safe_name("PKK", names) == "PKK"
    assert s.forms("Aden Abyan Islamic Army (Aaia)") == ["Aden Abyan Islamic Army", "AAIA"]
    assert s.valid_code("PSEREBHMS") and s.valid_code("IMGMUSALQ") and not s.valid_code("KKLREB")
    assert s.surname_of("Nasrallah", "Hassan Nasrallah") and not s.surname_of("FARC", "Farc")


def test_script_reads_the_reference_dictionaries(tmp_path):
    pytest.importorskip("wordfreq", reason="the import script's word frequencies: pip install -e '.[petrarch-import]'")
    src = needs_shared("reference/petrarch")
    script().main(src, tmp_path)
    for name in FILES:
        made = (tmp_path / name).read_text(encoding="utf-8")
        assert "067552d" in made and len(made.splitlines()) > 300
    groups = {r[0]: r[1] for r in data.read_tsv(tmp_path / "actors/phoenix_groups.tsv")}
    assert groups["PKK"] == "TURREB" and re.fullmatch(r"[A-Z]+", groups["FARC"])


def test_surname_is_no_group(code):
    rec = code("Interior Minister Yusuf Kach met Israeli officials in Ankara on Monday.", "2012-05-08")
    assert not any((a["code"] or "").endswith("REB") for a in rec["actors"])


def test_coded_from_imported_group(code):
    rec = code("The Revolutionary Armed Forces of Colombia attacked a police station in Cauca on Monday.",
               "2012-05-08")
    assert any(split_code(a["code"])[:2] == ("COL", "REB") for a in rec["actors"] if a["text"].startswith("The Rev"))
