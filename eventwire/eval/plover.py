"""PLOVER type on marked source-target pairs (PLV_train format).

A pair counts when some asserted event in its sentence has a source whose words overlap the marked
source and a target whose words overlap the marked target; that event's PLOVER type is the prediction
(YIELD also accepts CONCEDE and RETREAT); no such event is a miss (NONE). Score: macro-F1 over gold types.
"""

from __future__ import annotations

import csv
import re
import statistics
import zlib
from pathlib import Path

from eventwire.records import Article

STOP = {"the", "a", "an", "of", "and"}


def words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", (s or "").lower().replace("’", "'"))) - STOP


def asserted(e: dict) -> bool:
    return not e.get("negated") and e.get("modality", "asserted") in ("asserted", None, "")


def predict(events: list[dict], source: str, target: str) -> str:
    for e in events:
        if asserted(e) and words((e.get("source") or {}).get("text")) & words(source) and \
                words((e.get("target") or {}).get("text")) & words(target):
            return ((e.get("plover") or {}).get("type") or "NONE").upper()
    return "NONE"


def macro_f1(pairs: list[tuple[str, str]], labels: list[str]) -> tuple[float, dict[str, float]]:
    per = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in pairs)
        fp = sum(g != lab and p == lab for g, p in pairs)
        fn = sum(g == lab and p != lab for g, p in pairs)
        per[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(per.values()) / len(per), per


def read_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def fold_of(sentence: str, folds: int) -> int:
    """A fixed fold per sentence (all its rows together), the same on every machine and run."""
    return zlib.crc32(sentence.encode("utf-8")) % folds


def score(pipe, path: Path, folds: int = 0) -> dict:
    rows = read_rows(path)
    sents: dict[str, str] = {}
    for r in rows:
        sents.setdefault(r["sentence"], f"p{len(sents)}")
    arts = [Article(id=i, text=s, date="2000-01-01") for s, i in sents.items()]
    out = {rec["id"]: rec for rec in pipe.code(arts)}
    preds = [predict(out[sents[r["sentence"]]]["events"], r["source"], r["target"]) for r in rows]
    res = score_pairs(rows, preds)
    res["folds"] = []
    for k in range(folds):
        idx = [i for i, r in enumerate(rows) if fold_of(r["sentence"], folds) == k]
        part = score_pairs([rows[i] for i in idx], [preds[i] for i in idx])
        res["folds"].append({"rows": len(idx), "macro_f1": part["macro_f1"], "found": part["found"]})
    return res


def score_pairs(rows: list[dict], preds: list[str]) -> dict:
    pairs = []
    for r, pred in zip(rows, preds, strict=True):
        gold = r["gold_root"]
        if gold == "YIELD" and pred in ("CONCEDE", "RETREAT"):
            pred = gold
        pairs.append((gold, pred))
    labels = sorted({g for g, _ in pairs})
    f1, per = macro_f1(pairs, labels)
    return {"pairs": pairs, "labels": labels, "macro_f1": f1, "per_type": per,
            "accuracy": sum(g == p for g, p in pairs) / len(pairs),
            "found": sum(p != "NONE" for _, p in pairs) / len(pairs)}


def report(res: dict) -> str:
    labels = res["labels"] + ["NONE"]
    lines = ["gold \\ predicted  " + " ".join(f"{lab[:5]:>5s}" for lab in labels)]
    for g in res["labels"]:
        row = [sum(1 for a, b in res["pairs"] if a == g and b == p) for p in labels]
        lines.append(f"{g:17s} " + " ".join(f"{v:5d}" for v in row) + f"   F1 {res['per_type'][g]:.2f}")
    lines.append(f"{len(res['pairs'])} pairs; pair found (any type) {res['found']:.2f}")
    lines.append(f"PLOVER type: accuracy {res['accuracy']:.3f} macro-F1 {res['macro_f1']:.3f}")
    for k, f in enumerate(res.get("folds", [])):
        lines.append(f"fold {k}: {f['rows']} pairs, macro-F1 {f['macro_f1']:.3f}, pair found {f['found']:.2f}")
    if len(res.get("folds", [])) > 1:
        fs = [f["macro_f1"] for f in res["folds"]]
        lines.append(f"folds: macro-F1 mean {statistics.mean(fs):.3f}, sd {statistics.stdev(fs):.3f}")
    return "\n".join(lines)
