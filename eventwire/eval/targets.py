"""Fit the target ranker on PLV-format rows, and measure it by k-fold cross-validation.

Each verb the coder reads lists its admissible targets (`EventCoder.trace`); a row whose marked source
matches the verb's subject makes a training group whose gold members match the marked target. Folds
split sentences, so a sentence's rows never sit on both sides.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

from eventwire.eval.plover import predict, read_rows, score_pairs, words
from eventwire.events.ranker import Ranker, fit
from eventwire.records import Article


def _traces(pipe, sentences: list[str]) -> dict[str, list]:
    out = {}
    pipe.events.trace = []
    try:
        arts = [Article(id=str(i), text=s, date="2000-01-01") for i, s in enumerate(sentences)]
        for rec, sent in zip(pipe.code(arts), sentences, strict=True):
            out[sent] = pipe.events.trace
            pipe.events.trace = []
            del rec
    finally:
        pipe.events.trace = None
    return out


def groups(rows: list[dict], traces: dict[str, list]) -> list[tuple[list[list[str]], set[int]]]:
    out = []
    for r in rows:
        src, tgt = words(r["source"]), words(r["target"])
        for subj, texts, feats in traces.get(r["sentence"], []):
            gold = {i for i, t in enumerate(texts) if words(t) & tgt}
            if words(subj) & src and gold and len(texts) >= 2:
                out.append((feats, gold))
    return out


def train(pipe, path: Path, out: Path) -> dict:
    rows = read_rows(path)
    traces = _traces(pipe, sorted({r["sentence"] for r in rows}))
    g = groups(rows, traces)
    weights = fit(g)
    meta = {"trained_on": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "rows": len(rows),
            "groups": len(g), "model": "conditional logit over candidate targets (eventwire.events.ranker)",
            "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(meta, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def fold_of(sentence: str, k: int) -> int:
    return zlib.crc32(sentence.encode("utf-8")) % k


def crossval(pipe, path: Path, k: int = 5) -> dict:
    """Each fold coded with weights fitted on the other folds only."""
    rows = read_rows(path)
    sentences = sorted({r["sentence"] for r in rows})
    saved = pipe.events.ranker
    pipe.events.ranker = None
    traces = _traces(pipe, sentences)
    preds: dict[int, str] = {}
    try:
        for fold in range(k):
            train_rows = [r for r in rows if fold_of(r["sentence"], k) != fold]
            pipe.events.ranker = Ranker(fit(groups(train_rows, traces)))
            test = [s for s in sentences if fold_of(s, k) == fold]
            arts = [Article(id=str(i), text=s, date="2000-01-01") for i, s in enumerate(test)]
            events = {s: rec["events"] for s, rec in zip(test, pipe.code(arts), strict=True)}
            for i, r in enumerate(rows):
                if fold_of(r["sentence"], k) == fold:
                    preds[i] = predict(events[r["sentence"]], r["source"], r["target"])
    finally:
        pipe.events.ranker = saved
    return score_pairs(rows, [preds[i] for i in range(len(rows))])
