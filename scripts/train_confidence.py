"""Train the event confidence model (eventwire/events/confidence.py) from our own gold and write its weights.

    .venv/bin/python scripts/train_confidence.py            # writes eventwire/data/models/confidence.json
    .venv/bin/python scripts/train_confidence.py --check    # retrains and fails if the shipped weights differ

Training rows: tests/data/gold/sentences.jsonl and articles_dev.jsonl (written by us, analyst conventions), and the
third analyst's verdicts on j5-j7 (tests/data/judged). Never articles_test.jsonl nor j8-j10 (kept to measure the
model), nor ../shared data. Each coded fact is labelled right when our
scorer (eventwire/eval/triples.py) counts it right or as an optional gold event, wrong otherwise. Five folds by
crc32(row id) give the cross-validated figures stored with the weights, and per-fold weights that `eventwire eval`
uses for the rows the shipped weights were trained on, so no figure comes from rows a model saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.eval import gold, triples  # noqa: E402
from eventwire.events import confidence  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

TRAIN = ("tests/data/gold/sentences.jsonl", "tests/data/gold/articles_dev.jsonl")
VERDICTS = ("tests/data/judged/verdicts_j5-j7.jsonl",)  # j8-j10 stay blind: they measure the model
OUT = ROOT / "eventwire" / confidence.MODEL
C, THRESHOLD, MIN_SENTENCES, FOLDS = 0.3, 0.5, 3, 5


def fold_of(row_id: str) -> int:
    return zlib.crc32(row_id.encode("utf-8")) % FOLDS


def examples(pipe: Pipeline) -> list[tuple[str, dict[str, float], int]]:
    """(row id, features, label) for every fact the coder stores, gate off."""
    out = []
    for rel in TRAIN:
        path = ROOT / rel
        rows = gold.read(path)
        arts = gold.articles(path, rows)
        for row, art, rec in zip(rows, arts, pipe.code(arts), strict=True):
            events = rec["events"]
            for e in events:
                if not confidence.gated(e):
                    continue
                res = triples.score_records([row], [{**rec, "text": art.text, "events": [e]}])
                right = res["right"][1] == 0 or res["right"][0] == 1  # unscored = an optional gold event
                out.append((row["id"], confidence.features(e, len(events)), int(right)))
    return out + judged(pipe)


def judged(pipe: Pipeline) -> list[tuple[str, dict[str, float], int]]:
    """An analyst's verdicts on whole articles (tests/data/judged): a fact coded today exactly as the analyst saw
    it (sentence, source, code, target, date) takes their verdict; RIGHT is right, PARTLY and WRONG are not."""
    from judged_verdicts import coded_articles, read_verdicts  # beside this script

    out = []
    for rel in VERDICTS:
        verdicts = read_verdicts(ROOT / rel)
        for name, rec in coded_articles(pipe, verdicts):
            for e in rec["events"]:
                seen = (e["sentence_index"], (e["source"] or {}).get("code"), e["code"],
                        (e["target"] or {}).get("code"), e["date"])
                v = next((v for v in verdicts if v["article"] == name and (
                    v["sentence_index"], v["source"], v["code"], v["target"], v["date"]) == seen), None)
                if v is not None and confidence.gated(e):
                    out.append((name, confidence.features(e, len(rec["events"])), int(v["verdict"] == "RIGHT")))
    return out


def fit(data: list[tuple[str, dict[str, float], int]]) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([f for _, f, _ in data])
    m = LogisticRegression(C=C, max_iter=5000).fit(X, [y for _, _, y in data])
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), m.coef_[0], strict=True) if abs(w) >= 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(m.intercept_[0]), 4)
    return weights


def cross_validate(data: list) -> tuple[dict[str, dict[str, float]], dict]:
    from sklearn.metrics import roc_auc_score

    folds, scored = {}, []
    for k in range(FOLDS):
        w = fit([d for d in data if fold_of(d[0]) != k])
        folds[str(k)] = w
        scored += [(confidence.probability_of(f, w), y) for rid, f, y in data if fold_of(rid) == k]
    kept = [y for p, y in scored if p >= THRESHOLD]
    right = sum(y for _, y in scored)
    figures = {"facts": len(scored), "right": right, "auc": round(roc_auc_score([y for _, y in scored],
                                                                               [p for p, _ in scored]), 3),
               "precision_before": round(right / len(scored), 3),
               "precision_kept": round(sum(kept) / len(kept), 3) if kept else 0.0,
               "kept": len(kept), "right_kept": round(sum(kept) / right, 3) if right else 0.0}
    return folds, figures


def train() -> dict:
    pipe = Pipeline(min_confidence=0.0)
    data = examples(pipe)
    folds, figures = cross_validate(data)
    import sklearn

    return {
        "about": "Event confidence weights (logistic regression) made by scripts/train_confidence.py from "
                 "eventwire's own gold; see eventwire/events/confidence.py and docs/evaluation.md.",
        "trained_on": list(TRAIN + VERDICTS), "sklearn": sklearn.__version__, "C": C,
        "threshold": THRESHOLD, "min_sentences": MIN_SENTENCES,
        "cross_validated": figures,
        "fold_of_row": {rid: fold_of(rid) for rid in sorted({d[0] for d in data})},
        "weights": fit(data), "folds": folds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if retraining changes the shipped weights")
    a = ap.parse_args()
    new = train()
    print(json.dumps(new["cross_validated"]))
    text = json.dumps(new, indent=1, sort_keys=True) + "\n"
    if a.check:
        old = json.loads(OUT.read_text(encoding="utf-8"))
        drift = max(abs(old["weights"].get(k, 0) - new["weights"].get(k, 0)) for k in old["weights"] | new["weights"])
        if drift > 0.01:
            sys.exit(f"{OUT}: shipped weights differ from a retrain by up to {drift:.3f}: run {Path(__file__).name}")
        print(f"{OUT.name} matches a retrain (largest difference {drift:.4f})")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
