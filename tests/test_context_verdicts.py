"""scripts/context_verdicts.py: parties whose country came from context, tallied right or wrong by the verdicts."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT


def script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("context_verdicts", ROOT / "scripts" / "context_verdicts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _event(src: dict, tgt: dict | None, **kw) -> dict:
    return {"sentence_index": 2, "source": src, "target": tgt, "code": "190", "date": "2026-01-01", "negated": False,
            "modality": "uncertain", **kw}


def test_a_context_party_is_wrong_when_its_side_is_a_wrong_field():
    cv = script()
    army = {"code": "KENMIL", "sector": "MIL", "context": "dateline"}
    town = {"code": "KEN", "sector": None}
    verdict = {"article": "j1", "sentence_index": 2, "source": "KENMIL", "code": "190", "target": "KEN",
               "date": "2026-01-01", "wrong_fields": ["source"]}
    counts = cv.tally([("j1", {"events": [_event(army, town)]}, [verdict])])
    assert counts == {("dateline", "MIL", "wrong"): 1}
    verdict["wrong_fields"] = []
    assert cv.tally([("j1", {"events": [_event(army, town)]}, [verdict])]) == {("dateline", "MIL", "right"): 1}


def test_unjudged_negated_and_contextless_events_count_nothing():
    cv = script()
    army = {"code": "KENMIL", "sector": "MIL", "context": "dateline"}
    verdict = {"article": "j1", "sentence_index": 2, "source": "KENMIL", "code": "190", "target": None,
               "date": "2026-01-01", "wrong_fields": []}
    assert not cv.tally([("j1", {"events": [_event(army, None, negated=True)]}, [verdict])])
    assert not cv.tally([("j1", {"events": [_event(army, None, date="2026-02-02")]}, [verdict])])
    assert not cv.tally([("j1", {"events": [_event({"code": "KEN"}, None)]}, [{**verdict, "source": "KEN"}])])


def test_withheld_counts_only_context_withholdings_above_the_threshold():
    cv = script()
    army = {"code": "KENMIL", "sector": "MIL", "context": "dateline"}
    verdict = {"article": "j1", "sentence_index": 2, "source": "KENMIL", "code": "190", "target": None,
               "date": "2026-01-01", "verdict": "RIGHT", "wrong_fields": []}
    why = {"withheld": "the source's country comes from context (dateline)"}
    kept = _event(army, None, confidence=0.9, rule=why)
    low = _event(army, None, confidence=0.5, rule=why)
    other = _event(army, None, confidence=0.9, rule={"withheld": "the target 'x' is no coded actor"})
    counts = cv.withheld([("j1", {"events": [kept, low, other]}, [verdict])], 0.82)
    assert counts == {("dateline", "RIGHT"): 1}
