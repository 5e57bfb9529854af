"""Train the learned guess (eventwire/events/guess.py) on PLV_train and write its weights.

    .venv/bin/python scripts/train_guess.py            # writes eventwire/data/models/guess.json.gz
    .venv/bin/python scripts/train_guess.py --check    # retrains and fails if the shipped weights differ

Rows: ../shared/dev/plover/PLV_train.tsv (the issue names it as training data; nothing of it is shipped but weights
and the crc32 of each training sentence, which says which fold's weights guess a sentence the model saw). Every
(subject, verb, argument) candidate of a sentence is labelled with the PLOVER type of the marked pair whose source
and target words it overlaps (the scorer's rule, eval/plover.py), else NONE. Five folds by eval/plover.py
`fold_of`: fold k's weights never saw fold k's sentences. THRESHOLD was chosen on the cross-validated macro-F1 of
folds 1-4 (0.2 and 0.3 tied there; 0.3 guesses a fifth less); fold 0, the fold kept unread, played no part.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.eval import plover  # noqa: E402
from eventwire.events import guess  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "dev" / "plover" / "PLV_train.tsv"
OUT = ROOT / "eventwire" / guess.MODEL
C, THRESHOLD, DIGITS = 1.0, 0.3, 4


def candidates(rows: list[dict]) -> list[tuple[str, dict, str]]:
    """(sentence, features, label) for every candidate of every sentence, coded with the guess switched off."""
    texts = list(dict.fromkeys(r["sentence"] for r in rows))
    pipe = Pipeline()
    pipe.events.guessing, pipe.events.collect = False, []
    for _rec in pipe.code([Article(id=str(i), text=t, date="2000-01-01") for i, t in enumerate(texts)]):
        pass
    marked = defaultdict(list)
    for r in rows:
        marked[r["sentence"]].append(r)
    out = []
    for art_id, s_text, t_text, f in pipe.events.collect:
        sentence = texts[int(art_id)]
        label = next((r["gold_root"] for r in marked[sentence] if plover.words(s_text) & plover.words(r["source"])
                      and plover.words(t_text) & plover.words(r["target"])), "NONE")
        out.append((sentence, f, label))
    return out


def fit(data: list[tuple[str, dict, str]]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([f for _, f, _ in data])
    m = LogisticRegression(C=C, max_iter=5000).fit(x, [y for _, _, y in data])
    coef = {name: [round(float(m.coef_[k][j]), DIGITS) for k in range(len(m.classes_))]
            for name, j in sorted(vec.vocabulary_.items())}
    return {"classes": [str(c) for c in m.classes_], "intercept": [round(float(b), DIGITS) for b in m.intercept_],
            "coef": {n: row for n, row in coef.items() if any(row)}, "threshold": THRESHOLD}


def train() -> dict:
    rows = plover.read_rows(DATA)
    data = candidates(rows)
    folds = {str(k): fit([d for d in data if plover.fold_of(d[0], guess.FOLDS) != k]) for k in range(guess.FOLDS)}
    trained = sorted({zlib.crc32(r["sentence"].encode("utf-8")) for r in rows})
    return {"source": "PLV_train.tsv (scripts/train_guess.py)", "candidates": len(data),
            "labelled": sum(y != "NONE" for _, _, y in data), "all": fit(data), "folds": folds, "trained": trained}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if the shipped weights differ from a retrain")
    a = ap.parse_args()
    if not DATA.is_file():
        sys.exit(f"train_guess: {DATA} is missing (the development data sits beside the project)")
    model = train()
    if a.check:
        with gzip.open(OUT, "rt", encoding="utf-8") as f:
            shipped = json.load(f)
        if shipped != json.loads(json.dumps(model)):
            sys.exit("train_guess: the shipped weights differ from a retrain: run scripts/train_guess.py")
        print("train_guess: the shipped weights match a retrain")
        return
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(json.dumps(model, separators=(",", ":")).encode("utf-8"))  # mtime 0: the same bytes every retrain
    print(f"train_guess: {model['candidates']} candidates ({model['labelled']} labelled) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
