"""PETRARCH-format dictionaries for --actors/--verbs, read into eventwire's own entries and patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import needs_shared

from eventwire.actors.petrarch import is_petrarch, read_entries
from eventwire.events.petrarch import read_patterns
from eventwire.records import Article

ACTORS = """# a PETRARCH actor file
FROBNITZ_LIBERATION_FRONT_ [AFGREBFLF] # our test group
+FLF_

ZORBA_QUILLFEATHER_  # a leader
\t[ZZZELI 990101-151231]
\t[FRAGOV >160101]
+Z._QUILLFEATHER_
UN_ [IGOUNO]
U.N._

!PERSON! = MAN, MEN
CATTLE!PERSON! [~AGR]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
BAD_DATE_ [USAGOV 9008223]
"""

VERBS = """####### SYNONYM SETS #######

&TREATY
+TREATY
+PACT

####### VERB PATTERNS #######

---  SNUB   [125]  ---
SNUB {SNUBS SNUBBED SNUBBING}
COLD_SHOULDER
- * &TREATY                                 [057]   # SNUB
- * (TO {PEACE TALKS})                     [042:043]
- &MILITARY * ENEMY                         [190]
- * NOTHING                                 [---]

---  FROWN   [---]  ---
FROWN
- * (AT)                                    [111]
"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return p


def test_actor_file_blocks_synonyms_dates_and_agents(tmp_path, capsys):
    p = _write(tmp_path, "x.actors.txt", ACTORS.replace("ZORBA", "ZÖRBA"), encoding="latin-1")
    assert is_petrarch(p)
    got = {(e.text, e.code, e.start, e.end, e.kind) for e in read_entries(p)}
    assert ("Frobnitz Liberation Front", "AFGREBFLF", "", "", "user") in got
    assert ("FLF", "AFGREBFLF", "", "", "user") in got  # a synonym; a short name stays upper case
    assert ("Z. Quillfeather", "ZZZELI", "1999-01-01", "2015-12-31", "user") in got
    assert ("Zörba Quillfeather", "FRAGOV", "2016-01-01", "", "user") in got  # Latin-1 read, >date = from
    assert ("U.N.", "IGOUNO", "", "", "user") in got  # a name without a code shares the block before's
    assert {("Cattleman", "AGR"), ("Cattlemen", "AGR"), ("Chambers Of Commerce", "BUS")} <= {
        (t, c) for t, c, _s, _e, k in got if k == "sector"}
    assert not any(t == "Bad Date" for t, *_ in got)
    assert "skipped 1 codes with bad dates (line 15 first)" in capsys.readouterr().err


def test_our_tsv_is_not_taken_for_petrarch(tmp_path):
    from eventwire import data

    assert not is_petrarch(data.path("actors/named.tsv"))
    assert not is_petrarch(_write(tmp_path, "a.tsv", "Frobnitz Front\tAFGREB\n"))


def test_verb_file_patterns_share_the_block_and_skip_what_cannot_be_said(tmp_path, capsys):
    p = _write(tmp_path, "v.txt", VERBS)
    pats = {(x.lemma, x.objects, x.particles, x.code) for x in read_patterns(p)}
    assert ("snub", frozenset(), (), "125") in pats  # the block's code for its verb
    assert ("snub", frozenset({"treaty", "pact"}), (), "057") in pats  # a synonym set as objects
    assert ("snub", frozenset(), ("to",), "042") in pats  # a paired code keeps the source's
    assert ("frown", frozenset(), ("at",), "111") in pats and not any(x[0] == "frown" and not x[2] for x in pats)
    assert not any(x[3] == "190" for x in pats)  # a subject constraint eventwire cannot express
    assert not any(x[0] == "cold_shoulder" for x in pats)
    assert "skipped 2 verb patterns" in capsys.readouterr().err
    assert read_patterns(p)[0].source == f"{p}:9"  # explanations cite file and line (the block gave the code)


def test_petrarch_dictionaries_code_articles(tmp_path):
    from eventwire.pipeline import Pipeline

    actors = _write(tmp_path, "x.actors.txt", ACTORS)
    verbs = _write(tmp_path, "v.txt", VERBS)
    pipe = Pipeline(actors=(str(actors),), verbs=(str(verbs),))
    text = "The Frobnitz Liberation Front snubbed Pakistan on Monday."
    rec = next(pipe.code([Article(id="p1", text=text, date="2020-03-02")]))
    ev = [(e["source"]["code"], e["code"], (e["target"] or {}).get("code")) for e in rec["events"]]
    assert ("AFGREBFLF", "125", "PAK") in ev, rec["events"]


def test_bad_petrarch_file_is_one_clear_error(tmp_path):
    from eventwire.errors import EventwireError

    p = _write(tmp_path, "empty.actors.txt", "# nothing\n[USAGOV]\n")
    with pytest.raises(EventwireError, match="no PETRARCH entries"):
        read_entries(p)


def test_published_dictionaries_read():
    ref = needs_shared("reference/petrarch")
    intl = read_entries(ref / "Phoenix.International.actors.txt")
    assert any(e.text == "Ban Ki-Moon" and e.code == "IGOUNO" and e.start == "2007-01-01" for e in intl)
    countries = read_entries(ref / "Phoenix.Countries.actors.txt")
    assert any(e.text == "Afghanistan" and e.code == "AFG" for e in countries) and len(countries) > 30_000
    agents = read_entries(ref / "Phoenix.agents.txt")
    assert {e.kind for e in agents} == {"sector"} and any(e.text == "Diplomat" and e.code == "GOV" for e in agents)
    verbs = read_patterns(ref / "CAMEO.2.0.txt")
    assert any(v.lemma == "ratify" and v.code == "057" for v in verbs) and len(verbs) > 10_000


XML = """<Validation>
<Sentences>
<Sentence date="20200101" id="T-01" category="DEMO">
<EventCoding sourcecode="JPN" targetcode="KOR" eventcode="051">
<Text>
Japan praised South Korea on Tuesday
for its restraint.
</Text>
<Parse>(ROOT (S (NP (NNP Japan))))</Parse>
</Sentence>
<Sentence date="20200101" id="T-02" category="DEMO">
<EventCoding sourcecode="PAK" targetcode="IND" eventcode="190">
<Text>Pakistani troops attacked Indian positions in Kashmir.</Text>
</Sentence>
<Sentence date="20200101" id="T-03" category="DEMO">
<EventCoding noevents="True">
<Text>The weather was fine in Paris.</Text>
</Sentence>
<!-- <Sentence date="20200101" id="T-X" category="DEMO"><Text>Commented out.</Text></Sentence> -->
<Sentence date="20200101" id="T-04" category="DEMO">
<Skip>
<EventCoding sourcecode="USA" targetcode="CHN" eventcode="040">
<Text>Skipped sentence.</Text>
</Sentence>
<Sentence date="20200101" id="T-05" category="DEMO">
<Stop></Stop>
<Text>Nothing after a Stop record is read.</Text>
</Sentence>
<Sentence date="20200101" id="T-06" category="DEMO">
<EventCoding sourcecode="USA" targetcode="CHN" eventcode="040"></EventCoding>
<Text>Never read.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_xml_reads_codings_and_skips(tmp_path):
    from eventwire.eval.petrarch_xml import read

    golds = read(_write(tmp_path, "v.xml", XML))
    assert [g.id for g in golds] == ["T-01", "T-02", "T-03"]
    assert golds[0].text == "Japan praised South Korea on Tuesday for its restraint." and golds[0].date == "2020-01-01"
    assert golds[0].events == [("JPN", "KOR", "051")] and golds[2].events == []


def test_petrarch_xml_scores_dyad_root_and_full_code():
    from eventwire.eval.petrarch_xml import Gold, score_records

    def rec(*events):
        return {"events": [{"source": {"code": s}, "target": {"code": t} if t else None, "code": c,
                            "negated": False, "modality": "asserted"} for s, t, c in events]}

    golds = [Gold("a", None, "x", [("JPN", "KOR", "051")]), Gold("b", None, "y", [("PAK", "IND", "190")]),
             Gold("c", None, "z", [])]
    res = score_records(golds, [rec(("JPN", "KOR", "051")), rec(("PAKMIL", "IND", "193")), rec(("FRA", None, "010"))])
    assert res["full"] == {"precision": round(1 / 3, 3), "recall": 0.5, "f1": 0.4, "matched": 1}
    assert res["dyad_root"]["matched"] == 2 and res["dyad_root"]["recall"] == 1.0  # PAKMIL ~ PAK, 193 ~ 19
    assert [m["id"] for m in res["misses"]] == ["b", "c"] and res["misses"][0]["missed"] == [("PAK", "IND", "190")]


def test_eval_command_on_petrarch_xml_lists_misses(tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import main

    p = _write(tmp_path, "v.xml", XML)
    r = CliRunner().invoke(main, ["eval", str(p), "-v"])
    assert r.exit_code == 0, r.output
    assert "PETRARCH validation: 3 sentences, 2 gold events" in r.stdout
    assert "dyad + root" in r.stdout and "full code" in r.stdout
    assert "T-02: Pakistani troops attacked Indian positions in Kashmir." in r.stdout  # PAKMIL 180 != PAK 190
    assert "missed PAK IND 190" in r.stdout and "T-01" not in r.stdout
    bad = _write(tmp_path, "bad.xml", '<Sentence id="X-1" date="2020"><Text>Hi.</Text></Sentence>')
    r = CliRunner().invoke(main, ["eval", str(bad)])
    assert r.exit_code == 1 and "bad.xml: sentence X-1: date '2020' is not YYYYMMDD" in r.output
