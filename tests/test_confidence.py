"""events/confidence.py: every event carries a learned confidence; in an article, facts below the threshold are
kept as `uncertain`, not counted as facts. Also the two fixes the third analyst pass asked for that feed it:
future words in reported speech are not yet done, and titled people get a country from context."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.events import confidence
from eventwire.records import Article, content_id
from tests.conftest import events_of

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = """Ministers meet over border dispute

Published: 2025-06-12

KIGALI, June 12 (Wire) - Rwanda's foreign minister met his Ugandan counterpart in Kigali on Wednesday to discuss
the reopening of the Gatuna border post, officials said.
The two ministers signed an agreement on cross-border trade, according to a joint statement.
Uganda's president praised the talks on Thursday.
"""


def _event(**over) -> dict:
    e = {"root": "19", "code": "190", "quad_class": 4, "sentence": "Rebels attacked a village.", "sentence_index": 2,
         "trigger": {"text": "attacked"}, "negated": False, "modality": "asserted", "reported_by": None,
         "date_precision": "day",
         "source": {"text": "Rebels", "code": "REB", "country": None, "sector": "REB", "group": None, "how": "sector noun"},
         "target": {"text": "a village", "code": None, "country": None, "sector": None, "group": None},
         "rule": {"trigger": "verbs.tsv:1 'attack'", "source": "nsubj (mention)", "target": "dobj (thing)",
                  "clause": "ROOT"}}
    e.update(over)
    return e


NAMED = {"source": {"text": "Sudan's army", "code": "SDNMIL", "country": "SDN", "sector": "MIL", "group": None},
         "target": {"text": "the RSF", "code": "SDNREB", "country": "SDN", "sector": "REB", "group": None}}


def test_a_fact_names_each_party_in_its_own_words():
    """A party that is a guess (country from the article around it, or no code at all) keeps the event out of the
    facts whatever its score; a place the actor's own words name ("police in Lagos") is its own words."""
    high = {"bias": 9.0}
    police = {"text": "Police", "code": "NGACOP", "country": "NGA", "sector": "COP", "group": None}
    cases = {
        "named": (_event(**NAMED), None),
        "no target": (_event(source=NAMED["source"], target=None), None),
        "own place": (_event(source={**police, "context": "a place its own words name"}, target=NAMED["target"]), None),
        "dateline": (_event(source={**police, "context": "dateline"}, target=NAMED["target"]),
                     "the source's country comes from context (dateline)"),
        "uncoded": (_event(source=NAMED["source"], target={"text": "a depot", "code": None}),
                    "the target 'a depot' is no coded actor"),
        "one actor twice": (_event(root="04", code="040", source=NAMED["source"], target=NAMED["source"]),
                            "source and target are both SDNMIL: in an article, mostly one actor read twice"),
        "state on itself": (_event(root="01", code="018", source={"text": "Ambassador Khan", "code": "PAKGOV",
                                                                  "country": "PAK", "sector": "GOV"},
                                   target={"text": "Pakistani facilities", "code": "PAK", "country": "PAK",
                                           "sector": None}),
                            "a state (PAKGOV, PAK) acting on itself: a target read from its own words"),
        "arrest within": (_event(root="17", code="173", source=NAMED["source"], target=NAMED["source"]), None),
        "bare role": (_event(source=NAMED["source"], target={"text": "the minister", "code": "GOV", "sector": "GOV"}),
                      "the target 'the minister' (GOV) names no country"),
    }
    for name, (e, why) in cases.items():
        confidence.weigh([e], article=True, weights=high, threshold=0.5)
        assert e["rule"].get("withheld") == why, name
        assert e["modality"] == ("uncertain" if why else "asserted"), name
        one = _event(**{k: v for k, v in e.items() if k != "confidence"})
        confidence.weigh([one], article=True, weights=high, threshold=0.0)  # 0: the gate is off
        assert one["modality"] == "asserted" and "withheld" not in one["rule"], name
    headline = _event(source={**police, "context": "dateline"})
    confidence.weigh([headline], article=False, weights=high, threshold=0.5)  # one-sentence items: never gated
    assert headline["modality"] == "asserted"


def test_features_read_how_each_argument_was_reached():
    f = confidence.features(_event(), 3)
    assert f["t_way=thing"] == 1 and f["s_way=mention"] == 1 and f["clause=ROOT"] == 1
    assert "t_coded" not in f and f["target_uncoded_root=19"] == 1
    f2 = confidence.features(_event(rule={"trigger": "x", "source": "^conj>nsubj (mention)",
                                          "target": "xcomp>prep:from>pobj (inside:prep:of>pobj)",
                                          "clause": "advcl:after+had"}), 1)
    assert f2["t_clausal"] == 1 and f2["t_prep"] == 1 and f2["s_up"] == 1 and f2["s_conj"] == 1
    assert f2["clause_mark=after"] == 1 and f2["pluperfect"] == 1 and f2["t_len=<=3"] == 1


def test_weigh_gates_facts_in_articles_only():
    low = {"bias": -5.0}
    events = [_event(), _event(negated=True), _event(code="010", root="01"), _event(modality="intended")]
    confidence.weigh(events, article=True, weights=low, threshold=0.5)
    assert all(0 <= e["confidence"] <= 1 for e in events)
    assert [e["modality"] for e in events] == ["uncertain", "asserted", "uncertain", "intended"]
    assert events[1]["negated"]  # a negated event is not gated: it is no fact either way
    assert events[2]["rule"]["withheld"] == confidence.BARE  # a bare statement is no fact in an article
    confidence.weigh(events[2:3], article=True, weights=low, threshold=0)
    assert events[2]["modality"] == "asserted"  # the gate off restores it
    assert events[0]["rule"]["withheld"] == "the source 'Rebels' (REB) names no country"
    named = [_event(source=NAMED["source"], target=NAMED["target"])]
    confidence.weigh(named, article=True, weights=low, threshold=0.5)
    assert named[0]["modality"] == "uncertain" and named[0]["rule"]["withheld"].startswith("confidence 0.01 below")
    confidence.weigh(named, article=True, weights={"bias": 5.0}, threshold=0.5)  # re-weighing restores a fact
    assert named[0]["modality"] == "asserted" and "withheld" not in named[0]["rule"]
    one = [_event()]
    confidence.weigh(one, article=False, weights=low, threshold=0.5)
    assert one[0]["modality"] == "asserted" and one[0]["confidence"] < 0.5


def test_shipped_model_says_what_it_was_trained_on():
    m = confidence.model()
    assert m["weights"] and 0 < m["threshold"] < 1 and m["min_sentences"] >= 2
    assert sorted(m["folds"]) == [str(k) for k in range(5)]
    assert all(path.startswith(("tests/data/gold/", "tests/data/judged/verdicts_")) and "test" not in Path(path).name
               for path in m["trained_on"])
    test_ids = {json.loads(line)["id"] for name in ("articles_test.jsonl", "articles_b_test.jsonl")
                for line in (ROOT / "tests/data/gold" / name).open()}
    assert len(test_ids) == 10 and m["fold_of_row"] and not set(m["fold_of_row"]) & test_ids  # held out: never trained
    cv = m["cross_validated"]
    assert 0 < cv["kept"] <= cv["facts"] and 0.5 < cv["auc"] <= 1
    assert cv["threshold"] == m["threshold"] and cv["article_precision_kept"] >= cv["article_precision_before"]
    assert cv["article_precision_kept"] >= 0.94  # the rule: a fact stored from an article is wrong 1 time in 17 at most


def test_shipped_weights_match_a_retrain():
    """Stale weights (features changed, model not retrained) fail here: rerun scripts/train_confidence.py."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts/train_confidence.py"), "--check"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-500:] + r.stdout[-500:]


@pytest.fixture(scope="module")
def article_with(pipe):
    from eventwire.pipeline import Pipeline

    def run(threshold: float | None) -> dict:
        p = pipe if threshold is None else Pipeline(min_confidence=threshold)
        return next(p.code([Article(id=content_id(ARTICLE), text=ARTICLE, date="2025-06-12")]))

    return run


def test_threshold_decides_what_is_a_fact(article_with):
    everything, nothing = article_with(0.0), article_with(1.0)
    gated = [e for e in everything["events"] if confidence.gated(e)]
    assert gated and all(e["modality"] == "asserted" for e in gated)
    assert all(e["modality"] == "uncertain" for e in nothing["events"] if confidence.gated(e))
    assert all(0 <= e["confidence"] <= 1 for e in article_with(None)["events"])


def test_one_sentence_items_are_never_gated(code):
    rec = code("Rwanda's foreign minister met his Ugandan counterpart in Kigali on Wednesday.", "2025-06-12")
    assert rec["events"] and all(e["modality"] != "uncertain" for e in rec["events"])


def test_a_future_word_in_reported_speech_is_not_yet_done(code):
    rec = code("The opposition leader said his party would challenge the result in court.", "2026-04-15")
    assert not [e for e in events_of(rec) if e["root"] == "11"]
    assert [e for e in events_of(rec, facts=False) if e["root"] == "11" and e["modality"] == "intended"]
    # an intent to cooperate or a threat is itself a fact said now
    assert events_of(code("Kenya said it would send troops to Haiti.", "2024-05-01"), facts=True)


def test_titled_people_and_their_short_names(code):
    text = ("Benin vote\n\nPublished: 2026-04-15\n\nCOTONOU, April 15 (Wire) - Outgoing President Patrice Talon "
            "congratulated Romuald Wadagni on Tuesday. Finnish President Alexander Stubb criticised Russia on Monday. "
            "Stubb said he had spoken to the Estonian prime minister.")
    rec = code(text, "2026-04-15")
    by_text = {a["text"]: a["code"] for a in rec["actors"]}
    assert by_text["Outgoing President Patrice Talon"] == "BENGOV"  # the dateline gives a titled person a country
    assert by_text["Stubb"] == "FINGOV"  # the short name is the person named in full before


def test_threshold_from_the_environment(monkeypatch):
    from eventwire.pipeline import _env_confidence

    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "0.25")
    assert _env_confidence() == 0.25
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "")
    assert _env_confidence() is None
    for bad in ("high", "1.5"):
        monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", bad)
        with pytest.raises(SystemExit, match="EVENTWIRE_MIN_CONFIDENCE"):
            _env_confidence()


def test_the_shipped_threshold_is_the_one_blind_passes_measured():
    """The gate stores at the threshold blind passes measured (scripts/train_confidence.py BLIND_THRESHOLD), and the
    cross-validated rule's own choice is still reported beside it."""
    text = (ROOT / "scripts/train_confidence.py").read_text(encoding="utf-8")
    blind = float(text.split("BLIND_THRESHOLD = ")[1].split()[0])
    m = confidence.model()
    assert m["threshold"] == blind == m["cross_validated"]["threshold"]
    assert 0.5 <= m["cross_validated"]["rule_threshold"] <= 0.95
