import pytest
from conftest import events_of

from eventwire.events.lexicon import get_event_lexicon
from eventwire.events.ontology import codes, lookup


def dyads(rec, root=None, facts=True):
    return {((e["source"]["code"] or e["source"]["text"]), e["root"], (e["target"] or {}).get("code") or
             (e["target"] or {}).get("text")) for e in events_of(rec, root, facts)}


@pytest.mark.parametrize("sentence,src,root,tgt", [
    ("France condemned Belarus on Monday.", "FRA", "11", "BLR"),
    ("A Red Cross convoy was attacked by rebels.", "REB", "18", "NGOIRC"),
    ("The US imposed sanctions on Iran.", "USA", "16", "IRN"),
    ("Pakistan called on India to release the prisoners.", "PAK", "02", "IND"),
    ("China held talks with Russia in Beijing.", "CHN", "04", "RUS"),
    ("Japan praised South Korea for its restraint.", "JPN", "05", "KOR"),
    ("Hezbollah threatened to shell Haifa.", "LBNREBHEZ", "13", "ISR"),
    ("Germany sent humanitarian aid to Ukraine.", "DEU", "07", "UKR"),
    ("Egypt restored diplomatic relations with Qatar.", "EGY", "05", "QAT"),
    ("Israel put its troops on high alert.", "ISR", "15", None),
])
def test_verb_events(code, sentence, src, root, tgt):
    found = dyads(code(sentence))
    assert any(s == src and r == root and (tgt is None or (t and (t == tgt or tgt in t))) for s, r, t in found), found


def test_coordinated_sources_and_targets_make_one_event_per_pair(code):
    rec = code("France and Germany condemned Belarus.")
    assert {("FRA", "11", "BLR"), ("DEU", "11", "BLR")} <= dyads(rec)
    rec = code("Russia threatened Sweden and Finland.")
    assert {("RUS", "13", "SWE"), ("RUS", "13", "FIN")} <= dyads(rec)


def test_nominal_events(code):
    rec = code("Ms Sherman's visit to India came a day later. ", "2021-10-08")
    assert any(e["code"] == "042" and e["target"] and e["target"]["code"] == "IND" for e in rec["events"])
    rec = code("About 170 Afghans were killed in a suicide attack on Kabul airport by ISIS.")
    assert any(e["code"] == "1831" and e["source"]["code"] == "REBISI" for e in rec["events"])


def test_reported_event_keeps_the_reporter(code):
    rec = code("Ukrainian officials said Russian forces shelled Kharkiv.")
    (e,) = [e for e in rec["events"] if e["root"] == "19"]
    assert e["source"]["code"] == "RUSMIL" and e["reported_by"]["code"] == "UKRGOV"


def test_said_it_will_attack_is_a_threat(code):
    rec = code("Iran said it will attack Israel.")
    assert any(e["root"] == "13" for e in events_of(rec)) and not events_of(rec, "18")


@pytest.mark.parametrize("sentence", [
    "Islamabad denies it supports the Afghan Taliban.",
    "Pakistan did not praise India.",
    "Russia could invade Ukraine.",
    "If Iran attacks Israel, the US will respond.",
    "North Korea has no plans to attack South Korea.",
])
def test_negated_and_hypothetical_events_are_not_facts(code, sentence):
    rec = code(sentence)
    assert not [e for e in events_of(rec) if e["root"] in ("05", "18", "19")], rec["events"]


def test_symmetric_meeting_has_one_record(code):
    rec = code("US and Pakistani officials met in Islamabad.")
    meets = [e for e in rec["events"] if e["root"] == "04"]
    assert len(meets) == 1 and {meets[0]["source"]["code"], meets[0]["target"]["code"]} == {"USAGOV", "PAKGOV"}


def test_event_date_and_place_from_its_clause(code):
    rec = code("The meeting between Massinga and Ambassador Khan took place on August 26. "
               "China held talks with Russia in Beijing on Wednesday.", "2021-10-08")
    talks = [e for e in rec["events"] if e["trigger"]["text"] == "held"][0]
    assert talks["date"] == "2021-10-06" and talks["date_precision"] == "day"
    assert talks["location"]["name"] == "Beijing" and talks["location"]["country"] == "CHN"


def test_ontology_tables():
    table = codes()
    assert len(table) >= 300
    assert lookup("042").plover_type == "CONSULT" and lookup("042").quad_class == 1
    assert lookup("190").goldstein == -10.0 and lookup("190").quad_class == 4
    lex = get_event_lexicon()
    per_root = {}
    for pats in lex.verbs.values():
        for p in pats:
            per_root[p.code[:2]] = per_root.get(p.code[:2], 0) + 1
    assert all(per_root.get(f"{r:02d}", 0) >= 5 for r in range(1, 21)), per_root


def test_user_verbs_override(tmp_path, pipe):
    from eventwire.events.lexicon import get_event_lexicon

    p = tmp_path / "verbs.tsv"
    p.write_text("snub\t125\n", encoding="utf-8")
    assert get_event_lexicon((str(p),)).verbs["snub"][0].code == "125"
