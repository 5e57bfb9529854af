"""Train the learned event type for one-sentence items (eventwire/events/unseen.py) and write its weights.

    .venv/bin/python scripts/train_types.py            # writes eventwire/data/models/types.json.gz
    .venv/bin/python scripts/train_types.py --check    # retrains and fails if the shipped weights differ

Training rows: ../shared/dev/plover/PLV_train.tsv (codebook sentences with a gold PLOVER type per marked pair; the
issue allows training on it). Features come from the sentence's parse as the pipeline makes it, so a row is typed at
run time exactly as here. Folds are `eventwire eval --folds 5`'s (crc32 of the sentence); the file keeps one weight
set per fold and which fold held each sentence, so coding a training sentence uses the model that left it out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.eval.plover import fold_of, read_rows, words  # noqa: E402
from eventwire.events import unseen  # noqa: E402
from eventwire.records import doc_sents  # noqa: E402

PLV = ROOT.parent / "shared" / "dev" / "plover" / "PLV_train.tsv"
OUT = ROOT / "eventwire" / unseen.MODEL
C, FOLDS, THRESHOLD, KEEP = 0.5, 5, 0.35, 0.01


def examples(nlp, rows: list[dict]) -> list[tuple[str, dict[str, float], str]]:
    """(sentence, features, gold type) per row, from the sentence of the item that holds its marked pair."""
    docs = dict(zip(sorted({r["sentence"] for r in rows}), nlp.pipe(sorted({r["sentence"] for r in rows})),
                    strict=True))
    out = []
    for r in rows:
        marked = words(r["source"]) | words(r["target"])
        sent = max(doc_sents(docs[r["sentence"]]), key=lambda s: len(words(s.text) & marked))
        found = unseen.parties(sent)
        if found is not None:
            out.append((r["sentence"], unseen.features(sent, found[0], found[2]), r["gold_root"]))
    return out


def fit(data: list[tuple[str, dict[str, float], str]], classes: list[str]) -> dict[str, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([f for _, f, _ in data])
    m = LogisticRegression(C=C, max_iter=5000).fit(X, [classes.index(y) for *_, y in data])
    out: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        row = {str(int(k)): round(float(m.coef_[i][j]), 3) for i, k in enumerate(m.classes_)
               if abs(m.coef_[i][j]) >= KEEP}
        if row:
            out[name] = row
    bias = out.setdefault("bias", {})
    for i, k in enumerate(m.classes_):
        bias[str(int(k))] = round(bias.get(str(int(k)), 0.0) + float(m.intercept_[i]), 3)
    return out


def train(path: Path) -> dict:
    import sklearn

    from eventwire.nlp.load import load

    rows = read_rows(path)
    data = examples(load(), rows)
    classes = sorted({y for *_, y in data})
    return {
        "about": "Learned PLOVER type for one-sentence items (eventwire/events/unseen.py), multinomial logistic "
                 "regression made by scripts/train_types.py from PLV_train; see docs/evaluation.md.",
        "trained_on": "PLV_train.tsv", "rows": len(data), "sklearn": sklearn.__version__, "C": C,
        "threshold": THRESHOLD, "classes": classes,
        "fold_of": {unseen.key(s): fold_of(s, FOLDS) for s in sorted({s for s, _, _ in data})},
        "weights": fit(data, classes),
        "folds": {str(k): fit([d for d in data if fold_of(d[0], FOLDS) != k], classes) for k in range(FOLDS)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plv", type=Path, default=PLV, help="PLV_train.tsv")
    ap.add_argument("--check", action="store_true", help="fail if retraining changes the shipped weights")
    a = ap.parse_args()
    if not a.plv.exists():
        sys.exit(f"{a.plv}: not found (the development data lives beside the project, in ../shared/dev)")
    new = train(a.plv)
    if a.check:
        with gzip.open(OUT, "rt", encoding="utf-8") as fh:
            old = json.load(fh)
        drift = max((abs(old["weights"].get(f, {}).get(k, 0) - new["weights"].get(f, {}).get(k, 0))
                     for f in old["weights"].keys() | new["weights"].keys()
                     for k in (old["weights"].get(f, {}).keys() | new["weights"].get(f, {}).keys())), default=0.0)
        if drift > 0.01:
            sys.exit(f"{OUT}: shipped weights differ from a retrain by up to {drift:.3f}: run {Path(__file__).name}")
        print(f"{OUT.name} matches a retrain (largest difference {drift:.4f})")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write((json.dumps(new, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB, {new['rows']} rows)")


if __name__ == "__main__":
    main()
