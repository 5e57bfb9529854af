"""Tally an analyst's verdicts (tests/data/judged/verdicts_*.jsonl) over the facts eventwire stores today.

    .venv/bin/python scripts/judged_verdicts.py                 # shipped confidence threshold
    EVENTWIRE_MIN_CONFIDENCE=0 .venv/bin/python scripts/judged_verdicts.py   # every fact, no gate

A stored fact takes the verdict the analyst gave the fact of the same article, sentence and CAMEO code (the same
trigger first; each verdict once) when they judged it; a fact they never saw counts as unjudged (it needs a new
pass, not a guess).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402

JUDGED = ROOT / "tests" / "data" / "judged"


def main() -> None:
    pipe = Pipeline()
    for vfile in sorted(JUDGED.glob("verdicts_*.jsonl")):
        verdicts = [json.loads(line) for line in vfile.open(encoding="utf-8") if line.strip()]
        tally: Counter = Counter()
        used: set[int] = set()  # each verdict judges one stored fact
        for name in sorted({v["article"] for v in verdicts}):
            text = (JUDGED / f"{name}.txt").read_text(encoding="utf-8")
            date = re.search(r"Published: (\d{4}-\d\d-\d\d)", text)
            rec = next(pipe.code([Article(id=name, text=text, date=date.group(1) if date else None)]))
            for e in rec["events"]:
                if e["negated"] or e["modality"] != "asserted":
                    continue
                same = [i for i, v in enumerate(verdicts) if i not in used and v["article"] == name
                        and v["sentence_index"] == e["sentence_index"] and v["code"] == e["code"]]
                same.sort(key=lambda i: verdicts[i].get("trigger") != e["trigger"]["text"])  # same trigger first
                if same:
                    used.add(same[0])
                tally[verdicts[same[0]]["verdict"] if same else "UNJUDGED"] += 1
        total = sum(tally.values())
        print(f"{vfile.name}: {total} stored facts: " + ", ".join(f"{k} {n}" for k, n in sorted(tally.items()))
              + (f"; right {tally['RIGHT'] / total:.1%}" if total else ""))


if __name__ == "__main__":
    main()
