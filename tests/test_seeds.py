"""The seed articles end to end through the CLI, as `eventwire code ../shared/seeds/*.txt` prints them."""

import json
from functools import cache

from click.testing import CliRunner
from conftest import SEEDS, needs_shared

from eventwire.cli import main


def seed_records():
    needs_shared("seeds")
    return _records()


@cache
def _records():
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
    quoted = {q["speaker"]["name"] for q in quotes if q["kind"] in ("direct", "mixed")}
    assert {"Victoria Nuland", "Asad Majeed Khan", "Ervin Massinga", "Wendy Sherman", "Antony Blinken",
            "Michael Kugleman"} <= quoted
    relays = {tuple(r["name"] for r in q["relayed_by"]) for q in quotes}
    assert ("Dawn", "Politico") in relays
    assert not any(e["root"] == "05" and e["trigger"]["text"] == "supports" for e in events)


PEOPLE = {"Ashraf Ghani": "AFGGOV", "Victoria Nuland": "USAGOV", "Asad Majeed Khan": "PAKGOV",
          "Ervin Massinga": "USAGOV", "Antony Blinken": "USAGOV", "Wendy Sherman": "USAGOV",
          "Shah Mahmood Qureshi": "PAKGOV", "Moeed Yusuf": "PAKGOV", "Joe Biden": "USAGOV",
          "Narendra Modi": "INDGOV", "Michael Kugleman": "USAEDU"}  # the article spells him both ways


def test_seed_people_coded_and_resolved_on_later_mentions():
    found = {(a["text"], a["name"], a["code"]) for r in seed_records() for a in r["actors"]}
    for name, code in PEOPLE.items():
        assert any(n == name and c == code for _t, n, c in found), name
    for later, name in [("Khan", "Asad Majeed Khan"), ("Ambassador Khan", "Asad Majeed Khan"),
                        ("Mr. Massinga", "Ervin Massinga"), ("Ms Sherman", "Wendy Sherman"), ("she", "Wendy Sherman"),
                        ("Mr Qureshi", "Shah Mahmood Qureshi"), ("Mr Yusuf", "Moeed Yusuf"),
                        ("Mr Blinken", "Antony Blinken"), ("Mr Kugelman", "Michael Kugleman"),
                        ("Mr Biden", "Joe Biden")]:
        assert (later, name, PEOPLE[name]) in found, later


def _facts(recs):
    return [e for r in recs for e in r["events"] if not e["negated"] and e["modality"] == "asserted"]


def _scored(recs):
    """Facts, and events the gate withheld for their score alone (not for a rule)."""
    return [e for r in recs for e in r["events"] if not e["negated"] and (e["modality"] == "asserted" or (
        e["modality"] == "uncertain" and (e["rule"].get("withheld") or "").startswith("confidence")))]


def _has(events, src, root, tgt, date=None):
    return any(e["source"]["code"] == src and e["root"] == root and (e["target"] or {}).get("code") == tgt
               and (date is None or e["date"] == date) for e in events)


def test_seed_events_an_analyst_would_code():
    events = _facts(seed_records())
    stored = [e for r in seed_records() for e in r["events"] if not e["negated"] and e["modality"] in (
        "asserted", "uncertain")]  # a fact, or kept by the gate as uncertain with its reason (the article never
    # says when, or the gate's threshold, which aims at 90% right on cross-validated facts: docs/evaluation.md)
    assert _has(stored, "USAGOV", "10", "PAK")  # the Biden administration pressing Pakistan
    assert _has(stored, "USAGOV", "11", "REBISI")  # US officials blame ISIS
    assert _has(stored, "USAGOV", "04", "PAKGOV", "2021-08-26")  # Massinga meets Ambassador Khan
    # "seized power on August 15, two weeks before": coded with its day; the gate scores it 0.81, at its threshold
    # (0.81-0.82 as it is retrained), so it may be stored or withheld as uncertain
    assert _has(stored, "AFGGOVTAL", "19", "AFG", "2021-08-15")
    # the airport attack by ISIS: its killings are coded with their day, and the bombing of "Kabul airport" (a
    # facility standing for Afghanistan) too; told inside a clause about the meeting, the gate keeps them uncertain
    assert _has(stored, "REBISI", "18", "USAMIL", "2021-08-26") and _has(stored, "REBISI", "18", "AFG", "2021-08-26")
    assert any(e["code"] == "1831" and e["source"]["code"] == "REBISI" and e["date"] == "2021-08-26"
               and "Kabul airport" in e["target"]["text"] and (e["modality"] == "asserted" or e["rule"].get("withheld"))
               for r in seed_records() for e in r["events"])
    # Sherman in India, the day before: its score sits on the gate's threshold (0.85 as it is retrained), so it is
    # a fact or withheld for its score alone, never for a rule
    assert _has(_scored(seed_records()), "USAGOV", "04", "IND", "2021-10-07")
    assert _has(events, "USAGOV", "04", "PAKGOV")  # ... and in Islamabad
    assert _has(events, "INDGOV", "04", "USAGOV", "2021-09-01")  # Modi's White House visit, last month
    assert _has(events, "USAGOV", "05", "PAK")  # gratitude for Pakistan's role


def test_seed_praise_and_relative_dates():
    events = _facts(seed_records())
    # "On Wednesday, ... Nuland included Pakistan in a list of countries that provided 'critical support'"
    assert _has(events, "USAGOV", "05", "PAK", "2021-10-06")
    # "Friday's meetings came one day after Ms Sherman visited Pakistan's arch-rival India" (at the threshold)
    assert _has(_scored(seed_records()), "USAGOV", "04", "IND", "2021-10-07")
