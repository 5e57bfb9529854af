"""Train the event confidence model (eventwire/events/confidence.py) from our own gold and write its weights.

    .venv/bin/python scripts/train_confidence.py            # writes eventwire/data/models/confidence.json
    .venv/bin/python scripts/train_confidence.py --check    # retrains and fails if the shipped weights differ

Training rows: tests/data/gold/sentences.jsonl and articles_dev.jsonl (written by us, analyst conventions), and the
analysts' verdicts on j5-j721 (tests/data/judged). Never articles_test.jsonl nor articles_b_test.jsonl (kept to
measure the model), nor ../shared data. In articles only grounded facts train it (events/confidence.py `ungrounded`:
the others are withheld whatever the model says). Each coded fact is labelled right when our
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

TRAIN = ("tests/data/gold/sentences.jsonl", "tests/data/gold/articles_dev.jsonl", "tests/data/gold/articles_b_dev.jsonl")
# each pass was judged blind, reported, then read to fix what it found: no longer blind, so it trains (the next
# pass, written after the last retrain, is the blind measure)
VERDICTS = tuple(f"tests/data/judged/verdicts_{r}.jsonl" for r in (
    "j5-j7", "j8-j10", "j11-j13", "j14-j16", "j17-j19", "j20-j22", "j23-j25", "j26-j28", "j29-j31", "j32-j34", "j35-j37",
    "j38-j40", "j41-j43", "j44-j46", "j47-j49", "j50-j52", "j53-j55", "j56-j58", "j59-j61", "j62-j64", "j65-j67",
    "j68-j70", "j71-j73", "j74-j76", "j77-j79", "j80-j82", "j83-j85", "j86-j88", "j89-j91",
    "j92-j94", "j95-j97", "j98-j100", "j101-j103", "j104-j106", "j107-j109", "j110-j112", "j113-j115", "j116-j118", "j119-j121", "j122-j124", "j125-j127", "j128-j130", "j131-j133", "j134-j136", "j137-j139", "j140-j142", "j143-j145", "j146-j148", "j149-j151", "j152-j154", "j155-j157", "j158-j160", "j161-j163", "j164-j166", "j167-j169", "j170-j172", "j173-j175", "j176-j178", "j179-j181", "j182-j184", "j185-j187", "j188-j190", "j191-j193", "j194-j196", "j197-j199", "j200-j202", "j203-j205", "j206-j208", "j209-j211", "j212-j214", "j215-j217", "j218-j220", "j227-j229", "j230-j232", "j221-j223", "j224-j226", "j233-j235", "j236-j238", "j239-j241", "j242-j244", "j245-j247", "j248-j250", "j251-j253", "j254-j256", "j257-j259",
    "j260-j262", "j263-j265", "j266-j268", "j269-j271", "j272-j274", "j275-j277", "j278-j280", "j281-j283",
    "j284-j286", "j287-j289", "j290-j292", "j293-j295", "j296-j298", "j299-j301", "j302-j304", "j305-j307", "j308-j310", "j311-j313", "j314-j316", "j317-j319", "j320-j322", "j323-j325", "j326-j328", "j329-j331", "j332-j334", "j335-j337", "j338-j340", "j341-j343", "j344-j346",
    "j347-j349", "j350-j352", "j353-j355", "j356-j358", "j359-j361", "j362-j364", "j365-j367", "j368-j370", "j371-j373", "j374-j376", "j377-j379", "j380-j382", "j383-j385", "j386-j388", "j389-j391", "j392-j394", "j395-j397", "j398-j400", "j401-j403", "j404-j406", "j407-j409", "j410-j412", "j413-j415", "j416-j418", "j419-j421", "j422-j424", "j425-j427", "j428-j430", "j431-j433", "j434-j436", "j437-j439", "j440-j442", "j443-j445", "j446-j448", "j449-j451", "j452-j454", "j455-j457", "j458-j460", "j461-j463", "j464-j466", "j467-j469", "j470-j472", "j473-j475", "j476-j478", "j479-j481", "j482-j484", "j485-j487", "j488-j490", "j491-j493", "j494-j496", "j497-j499", "j500-j502", "j503-j505", "j506-j508", "j509-j511", "j512-j514", "j515-j517", "j518-j520", "j521-j523", "j524-j526", "j527-j529", "j530-j532", "j533-j535", "j536-j538", "j539-j541", "j542-j544", "j545-j547", "j548-j550", "j551-j553", "j554-j556", "j557-j559", "j560-j562", "j563-j565", "j566-j568", "j569-j571", "j572-j574", "j575-j577", "j578-j580", "j581-j583", "j584-j586", "j587-j589", "j590-j592", "j593-j595", "j596-j598", "j599-j601", "j602-j604", "j605-j607", "j608-j610", "j611-j613", "j614-j616", "j617-j619", "j620-j622", "j623-j625", "j626-j628", "j629-j631", "j632-j634", "j635-j637", "j638-j640", "j641-j643", "j644-j646", "j647-j649", "j650-j652", "j653-j655", "j656-j658", "j659-j661", "j662-j664", "j665-j667", "j667-j667", "j668-j670", "j671-j673",
    "j674-j676", "j677-j679", "j680-j682", "j683-j685", "j686-j688", "j689-j691", "j692-j694", "j695-j697",
    "j698-j700", "j701-j703", "j704-j706", "j707-j709", "j710-j712", "j713-j715", "j716-j718", "j719-j721"))
OUT = ROOT / "eventwire" / confidence.MODEL
C, MIN_SENTENCES, FOLDS = 0.3, 3, 5
# the gate's threshold: the lowest of these at which cross-validated article facts are right PRECISION of the time.
# 0.95, not the 0.85 the issue asks of stored facts: the articles nobody had read land under the cross-validated
# figure (twelve blind passes at a 0.90 rule: 117/141 = 0.83; passes 198th-211th at a 0.94 rule: 69/89 = 0.78),
# because a verdict trains only while the coder still codes the fact as judged, and the facts fixed since (mostly
# wrong ones) drop out; the rule aims above by that gap. Passes 190th-211th re-read at each stored fact's own
# confidence (with 212th-213th): 0.84 right at 0.83 and up, 0.869 at 0.87 and up (docs/evaluation.md round twenty-two)
THRESHOLDS, PRECISION = tuple(t / 100 for t in range(50, 96)), 0.95  # every hundredth: no step skips past the rule
# The shipped threshold, since session 26, is the one blind passes measured rather than this rule: the rule moved
# between 0.85 and 0.86 as its cross-validated figure at 0.85 came and went at 0.949 and 0.951 (the seeds' visit to
# India scores 0.851), while blind passes 190th-228th re-read at the confidence each fact was given were right 0.869
# of the time at 0.85 and up (0.922 over the last seventeen passes) and 0.837 at 0.80 (scripts/blind_threshold.py;
# docs/evaluation.md round twenty-three). The rule's own threshold is still reported ("rule_threshold").
BLIND_THRESHOLD = 0.85


def fold_of(row_id: str) -> int:
    return zlib.crc32(row_id.encode("utf-8")) % FOLDS


Row = tuple[str, dict[str, float], int, bool]  # row id, features, right?, from an article?


def examples(pipe: Pipeline) -> list[Row]:
    """One row for every fact the coder stores, gate off."""
    out = []
    for rel in TRAIN:
        path = ROOT / rel
        rows = gold.read(path)
        arts = gold.articles(path, rows)
        for row, art, rec in zip(rows, arts, pipe.code(arts), strict=True):
            events = rec["events"]
            for e in events:
                if not confidence.gated(e) or (gold.is_articles(rows) and confidence.ungrounded(e)):
                    continue
                res = triples.score_records([row], [{**rec, "text": art.text, "events": [e]}])
                right = res["right"][1] == 0 or res["right"][0] == 1  # unscored = an optional gold event
                out.append((row["id"], confidence.features(e, len(events)), int(right), gold.is_articles(rows)))
    return out + judged(pipe)


def judged(pipe: Pipeline) -> list[Row]:
    """An analyst's verdicts on whole articles (tests/data/judged): a fact coded today exactly as the analyst saw
    it (sentence, source, code, target, date) takes their verdict; RIGHT is right, PARTLY and WRONG are not."""
    from judged_verdicts import coded_articles, judges, read_verdicts  # beside this script

    out = []
    for rel in VERDICTS:
        verdicts = read_verdicts(ROOT / rel)
        for name, rec in coded_articles(pipe, verdicts):
            for e in rec["events"]:
                v = next((v for v in verdicts if judges(v, name, e)), None)
                if v is not None and confidence.gated(e) and not confidence.ungrounded(e):
                    out.append((name, confidence.features(e, len(rec["events"])), int(v["verdict"] == "RIGHT"), True))
    return out


def fit(data: list[Row]) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([d[1] for d in data])
    m = LogisticRegression(C=C, max_iter=5000).fit(X, [d[2] for d in data])
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), m.coef_[0], strict=True) if abs(w) >= 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(m.intercept_[0]), 4)
    return weights


def cross_validate(data: list[Row]) -> tuple[dict[str, dict[str, float]], dict]:
    from sklearn.metrics import roc_auc_score

    folds, scored = {}, []
    for k in range(FOLDS):
        w = fit([d for d in data if fold_of(d[0]) != k])
        folds[str(k)] = w
        scored += [(confidence.probability_of(f, w), y, art) for rid, f, y, art in data if fold_of(rid) == k]
    articles = [(p, y) for p, y, art in scored if art]

    def share(rows: list[tuple[float, int]], t: float) -> float:
        kept = [y for p, y in rows if p >= t]
        return round(sum(kept) / len(kept), 3) if kept else 0.0

    rule_threshold = next((t for t in THRESHOLDS if share(articles, t) >= PRECISION), THRESHOLDS[-1])
    threshold = BLIND_THRESHOLD
    kept = [y for p, y, _ in scored if p >= threshold]
    right = sum(y for _, y, _ in scored)
    right_articles = sum(y for _, y in articles)
    figures = {"facts": len(scored), "right": right, "auc": round(roc_auc_score([y for _, y, _ in scored],
                                                                               [p for p, _, _ in scored]), 3),
               "threshold": threshold, "rule_threshold": rule_threshold,
               "precision_before": round(right / len(scored), 3),
               "precision_kept": round(sum(kept) / len(kept), 3) if kept else 0.0,
               "kept": len(kept), "right_kept": round(sum(kept) / right, 3) if right else 0.0,
               "article_facts": len(articles), "article_precision_before": share(articles, 0.0),
               "article_precision_kept": share(articles, threshold),
               "article_right_kept": round(sum(y for p, y in articles if p >= threshold) / right_articles, 3)
               if right_articles else 0.0}
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
        "threshold": figures["threshold"], "min_sentences": MIN_SENTENCES,
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
