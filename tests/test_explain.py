"""eventwire explain: the reasoning behind every code, as JSON for tools and text for people."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.explain import explain
from eventwire.records import Article


@pytest.fixture(scope="module")
def explained(pipe):
    text = ("India blamed Pakistan for the bombing on Tuesday. Police in Lagos fired tear gas at protesters. "
            "Biden called the deal a framework.")  # naming, neither a call nor a judgement
    return explain(pipe, Article(id="x", text=text, date="2024-03-06"))


def test_each_sentence_has_its_parse_actors_triggers_and_events(explained):
    assert [s["index"] for s in explained] == [0, 1, 2]
    first = explained[0]
    assert first["parse"][0][1] == "India" and first["parse"][1][4] in ("ROOT", "ccomp")
    assert {a["code"] for a in first["actors"]} >= {"IND", "PAK"}
    assert all(a["how"].startswith("dictionary: country") for a in first["actors"] if a["code"] in ("IND", "PAK"))
    blamed = [t for t in first["triggers"] if t["trigger"] == "blamed"]
    assert blamed and blamed[0]["chosen"] and blamed[0]["chosen"] in blamed[0]["tried"]
    ev = first["events"][0]
    assert (ev["source"]["code"], ev["code"], ev["target"]["code"]) == ("IND", "112", "PAK")


def test_it_shows_the_candidates_considered_and_the_one_chosen(explained):
    args = explained[1]["arguments"]
    fired = [a for a in args if a["trigger"] == "fired"]
    assert fired and "protesters" in fired[0]["chose"] and len(fired[0]["candidates"]) >= 2
    assert "country from context" in explained[1]["actors"][0]["how"]


def test_it_says_why_a_sense_is_no_event(explained):
    called = [t for t in explained[2]["triggers"] if t["trigger"] == "called"]
    assert called and "no event" in called[0]["skipped"] and not explained[2]["events"]


def test_every_seed_event_names_a_rule_that_exists(pipe):
    from tests.conftest import SEEDS

    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is absent: the seed articles live beside the repository, not in a user's clone")
    from eventwire import data

    lines = {name: data.path(f"lexicons/{name}").read_text(encoding="utf-8").splitlines()
             for name in ("verbs.tsv", "nouns.tsv")}
    for path in sorted(SEEDS.glob("*.txt")):
        rec = next(pipe.code([Article(id=path.stem, text=path.read_text(encoding="utf-8"), date="2021-10-08")]))
        for e in rec["events"]:
            trigger = e["rule"]["trigger"]
            if trigger.startswith("construction:"):
                continue
            name, rest = trigger.split(":", 1)
            number, entry = rest.split(" ", 1)
            assert lines[name][int(number) - 1].split("\t")[0].split()[0] == entry.strip("'").split()[0], trigger


def test_cli_json_and_text(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["explain", "Turkey condemned the shelling of Odesa.", "--date", "2024-03-06",
                               "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data[0]["events"] and data[0]["events"][0]["rule"]["trigger"]
    res = runner.invoke(main, ["explain", "Turkey condemned the shelling of Odesa.", "--date", "2024-03-06"])
    event = next(line for line in res.output.splitlines() if "EVENT" in line)
    assert "[fact, 2024-03-06, confidence 0." in event  # the learned confidence beside the verdict
    f = tmp_path / "a.txt"
    f.write_text("Turkey condemned the shelling of Odesa. Greece welcomed the deal.\n", encoding="utf-8")
    res = runner.invoke(main, ["explain", str(f), "--sentence", "1", "--date", "2024-03-06"])
    assert res.exit_code == 0 and "Greece" in res.output and "Odesa" not in res.output.split("\n")[0]
    res = runner.invoke(main, ["explain", str(f), "--sentence", "9"])
    assert res.exit_code == 1 and "no sentence 9" in res.output


def test_every_actor_says_how_its_code_was_reached(code):
    rec = code("Pakistan's Foreign Minister Shah Mahmood Qureshi arrived. The minister met the police in Lagos. "
               "He praised them.", "2021-08-26")
    hows = {a["text"]: a["how"] for a in rec["actors"]}
    assert all(hows.values()), hows
    assert "(2018-08-20 to 2022-04-10)" in hows["Pakistan's Foreign Minister Shah Mahmood Qureshi"]
    assert hows["The minister"].startswith("coreference: refers to Shah Mahmood Qureshi")
    assert "country from context" in hows["the police"]
    for e in rec["events"]:
        assert e["source"]["how"] and (e["target"] is None or e["target"].get("how") is not None)


@pytest.mark.parametrize("sentence, trigger", [
    ("Russian forces shelled residential districts of Odesa.", "shelled"),
    ("China agreed to lift a ban on imports of Norwegian salmon.", "agreed"),
    ("The Kremlin accused Nancy Pelosi of provocation.", "accused"),
    ("Washington warned Beijing against supplying weapons to Russia.", "warned"),
    ("Kenya's parliament ratified the trade agreement with Ethiopia.", "ratified"),
    ("Police in Lagos fired tear gas at protesters.", "fired"),
])
def test_explain_shows_candidates_for_each_construction(pipe, sentence, trigger):
    s = explain(pipe, Article(id="c", text=sentence, date="2024-03-06"))[0]
    chosen = [t for t in s["triggers"] if t["trigger"] == trigger]
    args = [a for a in s["arguments"] if a["trigger"] == trigger]
    assert chosen and chosen[0]["chosen"] and args and args[0]["candidates"] and set(args[0]["chose"]) <= set(
        args[0]["candidates"]) | {a["text"] for a in s["actors"]} | {w[1] for w in s["parse"]}
