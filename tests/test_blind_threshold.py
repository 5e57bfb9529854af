"""scripts/blind_threshold.py, its pure parts: pass headings, Wilson interval, AUC, verdict-event matching."""

from __future__ import annotations

import importlib.util
import math
from collections import Counter

import pytest
from conftest import ROOT


def script():
    spec = importlib.util.spec_from_file_location("blind_threshold", ROOT / "scripts" / "blind_threshold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bt = script()

DOC = """# Judged articles

## Third analyst pass: three articles nobody here had seen (commit 65aca21, 2026-11-30)
## Fifth analyst pass (blind, final): j11–j13 (commit a27cf4d, 2026-11-30)
text that mentions ## 7th analyst pass (blind): j1–j2 (commit 0000000, 2026-11-30)
## Hundred-and-twentieth analyst pass (blind): j356–j358 (commit 91de0ae, 2026-12-01)
### 121st analyst pass (blind): j359-j361 (commit 72e5684, 2026-12-01)
## Hundred-and-twenty-first analyst pass (blind): j359-j361 (commit 72e5684, 2026-12-01)
## 182nd analyst pass (blind): j542–j544 (commit 789923e, 2026-12-02)
## 183rd analyst pass (blind): j545–j547 (commit 789923e, 2026-12-02)
"""


def test_headings_word_and_numeric_ordinals():
    passes = bt.parse_passes(DOC)
    assert [(p["name"], p["first"], p["last"], p["commit"]) for p in passes] == [
        ("Fifth", 11, 13, "a27cf4d"),
        ("Hundred-and-twentieth", 356, 358, "91de0ae"),
        ("Hundred-and-twenty-first", 359, 361, "72e5684"),
        ("182nd", 542, 544, "789923e"),
        ("183rd", 545, 547, "789923e")]
    assert passes[1]["articles"] == ["j356", "j357", "j358"]
    assert passes[1]["verdicts"] == "tests/data/judged/verdicts_j356-j358.jsonl"


def test_select_by_name_and_commit_order():
    passes = bt.parse_passes(DOC)
    assert [p["name"] for p in bt.select(passes, "hundred-and-twentieth", None)] == [
        "Hundred-and-twentieth", "Hundred-and-twenty-first", "182nd", "183rd"]
    assert [p["name"] for p in bt.select(passes, "Hundred-and-twenty-first", "182nd")] == [
        "Hundred-and-twenty-first", "182nd"]
    with pytest.raises(SystemExit):
        bt.select(passes, "184th", None)
    with pytest.raises(SystemExit):
        bt.select(passes, "183rd", "182nd")
    assert bt.articles_by_commit(bt.select(passes, "182nd", None)) == {
        "789923e": ["j542", "j543", "j544", "j545", "j546", "j547"]}


def test_wilson():
    lo, hi = bt.wilson(8, 10)
    assert (round(lo, 4), round(hi, 4)) == (0.4902, 0.9433)
    lo, hi = bt.wilson(5, 10)
    assert lo == pytest.approx(1 - hi)
    assert bt.wilson(0, 10)[0] == pytest.approx(0)
    assert all(map(math.isnan, bt.wilson(0, 0)))


def facts(*rows: tuple[float, str, str]) -> list[dict]:
    return [{"conf": c, "verdict": v, "commit": commit} for c, v, commit in rows]


def test_auc():
    assert bt.auc(facts((0.9, "RIGHT", "a"), (0.6, "RIGHT", "a"), (0.7, "WRONG", "a"), (0.1, "PARTLY", "a"))) == 0.75
    assert bt.auc(facts((0.5, "RIGHT", "a"), (0.5, "WRONG", "a"))) == 0.5
    assert bt.auc(facts((0.2, "RIGHT", "a"), (0.8, "PARTLY", "a"))) == 0.0
    assert math.isnan(bt.auc(facts((0.2, "RIGHT", "a"))))


def test_auc_within_commit_counts_only_pairs_of_one_model():
    fs = facts((0.9, "RIGHT", "a"), (0.8, "WRONG", "a"), (0.3, "RIGHT", "b"), (0.2, "WRONG", "b"))
    assert bt.auc(fs) == 0.75
    assert bt.auc_within_commit(fs) == 1.0


EVENT = {"sentence_index": 3, "source": {"text": "Moscow", "code": "RUSGOV"}, "code": "130", "target": None,
         "date": "2026-10-14", "trigger": {"text": "threatens"}, "confidence": 0.9}
VERDICT = {"article": "j545", "sentence_index": 3, "trigger": "threatens", "source": "RUSGOV", "code": "130",
           "target": None, "date": "2026-10-14", "verdict": "RIGHT"}


def test_verdict_matches_its_event_on_every_field():
    assert bt.event_key("j545", EVENT) == bt.verdict_key(VERDICT)
    assert bt.event_key("j546", EVENT) != bt.verdict_key(VERDICT)
    for field, other in (("sentence_index", 4), ("source", "RUS"), ("code", "131"), ("target", "LTU"),
                         ("date", "2026-10-15")):
        assert bt.event_key("j545", EVENT) != bt.verdict_key(VERDICT | {field: other}), field


def test_pick_prefers_the_verdicts_trigger_and_uses_each_event_once():
    other = EVENT | {"trigger": {"text": "warns"}, "confidence": 0.4}
    cands = [(other, other), (EVENT, EVENT)]
    stats: Counter = Counter()
    assert bt.pick(cands, VERDICT, stats) == (EVENT, EVENT)
    assert cands == [(other, other)]
    assert stats["duplicates_with_different_confidence"] == 1
    assert bt.pick(cands, VERDICT, stats) == (other, other)
    assert cands == []
