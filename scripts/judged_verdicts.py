"""Tally an analyst's verdicts (tests/data/judged/verdicts_*.jsonl) over the facts eventwire stores today.

    .venv/bin/python scripts/judged_verdicts.py                 # shipped confidence threshold
    EVENTWIRE_MIN_CONFIDENCE=0 .venv/bin/python scripts/judged_verdicts.py   # every fact, no gate

A stored fact takes the verdict the analyst gave the fact of the same article, sentence and CAMEO code (the same
trigger first; each verdict once) when they judged it; a fact they never saw counts as unjudged (it needs a new
pass, not a guess).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events import confidence  # noqa: E402
from eventwire.ingest import txt  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

JUDGED = ROOT / "tests" / "data" / "judged"


def read_verdicts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def judges(v: dict, name: str, e: dict) -> bool:
    """Does verdict `v` judge event `e` of article `name` as coded today: the same sentence, dyad, code and date
    (a verdict on another date or party judged another fact)."""
    return (v["article"], v["sentence_index"], v["source"], v["code"], v["target"], v["date"]) == (
        name, e["sentence_index"], (e["source"] or {}).get("code"), e["code"], (e["target"] or {}).get("code"),
        e["date"])


def coded_articles(pipe: Pipeline, verdicts: list[dict]) -> Iterator[tuple[str, dict]]:
    """(name, record) for each judged article, read as `eventwire code FILE` reads it (title, 'Published:' date)."""
    for name in sorted({v["article"] for v in verdicts}):
        path = JUDGED / f"{name}.txt"
        art = txt.parse(path.read_text(encoding="utf-8"), str(path), None, id=name)
        yield name, next(pipe.code([art]))


def main() -> None:
    pipe, model = Pipeline(), confidence.model()
    for vfile in sorted(JUDGED.glob("verdicts_*.jsonl")):
        verdicts = read_verdicts(vfile)
        tally: Counter = Counter()
        used: set[int] = set()  # each verdict judges one stored fact
        for name, rec in coded_articles(pipe, verdicts):
            fold = model["fold_of_row"].get(name)
            if fold is not None:  # judged articles that trained the gate are gated by the fold that left them out
                confidence.weigh(rec["events"], True, weights=model["folds"][str(fold)])
            for e in rec["events"]:
                if e["negated"] or e["modality"] != "asserted":
                    continue
                same = [i for i, v in enumerate(verdicts) if i not in used and judges(v, name, e)]
                same.sort(key=lambda i: verdicts[i].get("trigger") != e["trigger"]["text"])  # same trigger first
                if same:
                    used.add(same[0])
                tally[verdicts[same[0]]["verdict"] if same else "UNJUDGED"] += 1
        total = sum(tally.values())
        print(f"{vfile.name}: {total} stored facts: " + ", ".join(f"{k} {n}" for k, n in sorted(tally.items()))
              + (f"; right {tally['RIGHT'] / total:.1%}" if total else ""))


if __name__ == "__main__":
    main()
