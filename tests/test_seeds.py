"""The seed articles end to end through the CLI, as `eventwire code ../shared/seeds/*.txt` prints them."""

import json

from click.testing import CliRunner
from conftest import SEEDS, needs_shared

from eventwire.cli import main


def seed_records():
    needs_shared("seeds")
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    res = CliRunner().invoke(main, ["code", *files, "--date", "2021-10-08", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_seed_events_and_quotes():
    recs = seed_records()
    events = [e for r in recs for e in r["events"] if not e["negated"] and e["modality"] == "asserted"]
    quotes = [q for r in recs for q in r["quotes"]]
    assert any(e["root"] == "04" and {e["source"]["country"], (e["target"] or {}).get("country")} == {"USA", "PAK"}
               for e in events)
    assert any(e["root"] == "05" and (e["target"] or {}).get("country") == "PAK" for e in events)
    named = {q["speaker"]["name"] for q in quotes if q["speaker"]["name"]}
    assert {"Wendy Sherman", "Antony Blinken", "Asad Majeed Khan"} <= named
    assert not any(e["root"] == "05" and e["trigger"]["text"] == "supports" for e in events)
