"""How often a party's country is right, by how context gave it, from the analysts' verdicts.

    .venv/bin/python scripts/context_verdicts.py            # every judged article, gate off, today's coder

Each asserted event of a judged article (tests/data/judged) that a verdict judges, for each party whose country came
from context (`context`: the dateline, the place of the sentence, the government the sentence names ...): right when
the analyst did not list that side among the wrong fields. One row per (context, sector) with the counts; this is
what showed the dateline wrong for armed forces 66 times in 110 (docs/evaluation.md, round nineteen).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from judged_verdicts import JUDGED, coded_articles, judges, read_verdicts  # noqa: E402


def tally(judged: list[tuple[str, dict, list[dict]]]) -> Counter:
    """(context, sector, "right"|"wrong") -> parties, over (article, record, its verdicts)."""
    out: Counter = Counter()
    for name, rec, verdicts in judged:
        for e in rec["events"]:
            if e["negated"] or e["modality"] not in ("asserted", "uncertain"):
                continue
            v = next((v for v in verdicts if judges(v, name, e)), None)
            if v is None:
                continue
            for side in ("source", "target"):
                party = e[side] or {}
                if party.get("context"):
                    out[(party["context"], party.get("sector"), "wrong" if side in v["wrong_fields"] else "right")] += 1
    return out


def main() -> None:
    from eventwire.pipeline import Pipeline

    os.environ["EVENTWIRE_MIN_CONFIDENCE"] = "0"
    verdicts = [v for f in sorted(JUDGED.glob("verdicts_*.jsonl")) for v in read_verdicts(f)]
    by_article: dict[str, list[dict]] = {}
    for v in verdicts:
        by_article.setdefault(v["article"], []).append(v)
    counts = tally([(name, rec, by_article[name]) for name, rec in coded_articles(Pipeline(), verdicts)])
    rows = sorted({k[:2] for k in counts}, key=lambda k: -(counts[(*k, "right")] + counts[(*k, "wrong")]))
    print(f"{'context':45s} {'sector':6s} {'right':>5s} {'wrong':>5s}")
    for context, sector in rows:
        print(f"{context[:45]:45s} {sector or '-':6s} {counts[(context, sector, 'right')]:5d} "
              f"{counts[(context, sector, 'wrong')]:5d}")


if __name__ == "__main__":
    main()
