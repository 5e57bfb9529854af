"""A learned choice among an event's candidate targets, over the rules' own choice.

The rules list what a verb could act on (its object, its "to"/"with"/"against" phrases, whom its
complement acts on, the place standing for a country, ...) and pick one. The ranker scores each
candidate from parse features, the rules' pick among them, and picks the best: a conditional logit
(softmax over one trigger's candidates) with L2, fitted by `fit` on gold source-target pairs. The
package ships the weights (data/models/targets.json); `eventwire eval FILE --folds K` measures it
on rows it was not fitted on.
"""

from __future__ import annotations

import json
import math
import random
from functools import cache
from pathlib import Path

from eventwire.events.words import ACTS, HUMAN, LOC_PREPS, NEVER_TARGETS

MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "targets.json"


def _path(verb, cand) -> str:
    """Dependency labels from the candidate up to the trigger ('pobj<prep:to'), 'far' past four steps."""
    steps, t = [], cand
    for _ in range(4):
        if t.i == verb.i:
            return "<".join(steps) or "self"
        steps.append(f"{t.dep_}:{t.lower_}" if t.dep_ in ("prep", "agent", "dative") else t.dep_)
        if t.head.i == t.i:
            break
        t = t.head
    return "far"


def features(verb, cand, rank: int, rule: bool, code: str, found, passive: bool) -> list[str]:
    root = code[:2]
    via = cand.head.lower_ if cand.dep_ == "pobj" else cand.dep_
    lemma = cand.lemma_.lower()
    coded = cand.i in found.heads and any(a.get("code") for a in found.heads[cand.i])
    kind = "actor" if cand.i in found.heads else cand.ent_type_ or ("human" if lemma in HUMAN else cand.pos_)
    out = [
        f"rank:{min(rank, 5)}", f"via:{via}", f"path:{_path(verb, cand)}", f"kind:{kind}", f"coded:{coded}",
        f"root:{root}|via:{via}", f"root:{root}|kind:{kind}", f"verb:{verb.lemma_.lower()}|via:{via}",
        f"side:{'before' if cand.i < verb.i else 'after'}", f"passive:{passive}|via:{via}", f"lemma:{lemma}",
    ]
    if rule:
        out += ["rule", f"rule|root:{root}"]
    if lemma in ACTS or lemma in NEVER_TARGETS:
        out.append("act")
    if cand.dep_ == "pobj" and cand.head.lower_ in LOC_PREPS:
        out.append(f"place|kind:{kind}")
    if cand.dep_ == "poss" or any(c.dep_ == "poss" for c in cand.children):
        out.append("possessive")
    return out


class Ranker:
    def __init__(self, weights: dict[str, float]) -> None:
        self.w = weights

    def score(self, feats: list[str]) -> float:
        return sum(self.w.get(f, 0.0) for f in feats)

    def best(self, groups: list[list[str]]) -> int:
        """Index of the best-scoring candidate; ties keep the earlier (rule order)."""
        scores = [self.score(f) for f in groups]
        return max(range(len(scores)), key=lambda i: (scores[i], -i))


@cache
def shipped() -> Ranker | None:
    if not MODEL.exists():
        return None
    return Ranker(json.loads(MODEL.read_text(encoding="utf-8"))["weights"])


def fit(groups: list[tuple[list[list[str]], set[int]]], epochs: int = 30, rate: float = 0.05,
        l2: float = 1e-2, seed: int = 0) -> dict[str, float]:
    """Maximise the probability of the gold candidates within each group (SGD with AdaGrad steps)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(groups)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for gi in order:
            cands, gold = groups[gi]
            scores = [sum(w.get(f, 0.0) for f in fs) for fs in cands]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            z = sum(exp)
            zg = sum(exp[i] for i in gold)
            grad: dict[str, float] = {}
            for i, fs in enumerate(cands):  # d(-log P(gold))/dw = E_all[f] - E_gold[f]
                p_all = exp[i] / z
                p_gold = exp[i] / zg if i in gold else 0.0
                for f in fs:
                    grad[f] = grad.get(f, 0.0) + p_all - p_gold
            for f, g in grad.items():
                g += l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + g * g
                w[f] = w.get(f, 0.0) - rate * g / math.sqrt(g2[f] + 1e-8)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-4}
