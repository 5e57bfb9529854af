"""How often a party's country is right, by how context gave it, from the analysts' verdicts.

    .venv/bin/python scripts/context_verdicts.py            # every judged article, gate off, today's coder
    .venv/bin/python scripts/context_verdicts.py --withheld # facts the score would store but a context withholds

Each asserted event of a judged article (tests/data/judged) that a verdict judges, for each party whose country came
from context (`context`: the dateline, the place of the sentence, the government the sentence names ...): right when
the analyst did not list that side among the wrong fields. One row per (context, sector) with the counts; this is
what showed the dateline wrong for armed forces 66 times in 110 (docs/evaluation.md, round nineteen). With
`--withheld`: the verdicts of events the confidence score would keep but that are withheld because a party's country
came from context, by that context: what storing them would add.
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


def withheld(judged: list[tuple[str, dict, list[dict]]], threshold: float) -> Counter:
    """(context named in rule.withheld, verdict) -> events at or above `threshold` withheld for a context country."""
    out: Counter = Counter()
    for name, rec, verdicts in judged:
        for e in rec["events"]:
            why = (e.get("rule") or {}).get("withheld") or ""
            if e["negated"] or e["modality"] != "uncertain" or "context" not in why or e["confidence"] < threshold:
                continue
            v = next((v for v in verdicts if judges(v, name, e)), None)
            if v is not None:
                out[(why.rsplit("(", 1)[-1].rstrip(")"), v["verdict"])] += 1
    return out


def main() -> None:
    from eventwire.events import confidence
    from eventwire.pipeline import Pipeline

    held = "--withheld" in sys.argv
    os.environ["EVENTWIRE_MIN_CONFIDENCE"] = "" if held else "0"
    verdicts = [v for f in sorted(JUDGED.glob("verdicts_*.jsonl")) for v in read_verdicts(f)]
    by_article: dict[str, list[dict]] = {}
    for v in verdicts:
        by_article.setdefault(v["article"], []).append(v)
    judged = [(name, rec, by_article[name]) for name, rec in coded_articles(Pipeline(), verdicts)]
    if held:
        model = confidence.model()
        for name, rec, _ in judged:  # each article scored by the weights of the fold that left it out
            fold = model["fold_of_row"].get(name)
            if fold is not None:
                confidence.weigh(rec["events"], True, weights=model["folds"][str(fold)])
        counts = withheld(judged, model["threshold"])
        for context in sorted({k[0] for k in counts}):
            n = {v: counts[(context, v)] for v in ("RIGHT", "PARTLY", "WRONG")}
            print(f"{context[:45]:45s} RIGHT {n['RIGHT']:4d} PARTLY {n['PARTLY']:4d} WRONG {n['WRONG']:4d} "
                  f"right {n['RIGHT'] / max(1, sum(n.values())):.0%}")
        return
    counts = tally(judged)
    rows = sorted({k[:2] for k in counts}, key=lambda k: -(counts[(*k, "right")] + counts[(*k, "wrong")]))
    print(f"{'context':45s} {'sector':6s} {'right':>5s} {'wrong':>5s}")
    for context, sector in rows:
        print(f"{context[:45]:45s} {sector or '-':6s} {counts[(context, sector, 'right')]:5d} "
              f"{counts[(context, sector, 'wrong')]:5d}")


if __name__ == "__main__":
    main()
