"""How much does actor recognition add to the spaCy pipeline alone? (issue: at most 10%)

    .venv/bin/python benchmarks/actors.py [--articles 400] [--rounds 3]

Both passes run in this one process on the same texts; rounds alternate to even out noise, and the ratio
uses the fastest round of each (absolute times depend on the machine, the ratio much less).
"""

from __future__ import annotations

import argparse
import time

from corpus import articles, words

from eventwire.actors import ActorFinder, get_lexicon
from eventwire.nlp.load import load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    nlp, finder = load(), ActorFinder(get_lexicon())
    arts = list(articles(a.articles))
    texts = [x.text for x in arts]
    spacy_t, actor_t = [], []
    for _ in range(a.rounds):
        t = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        spacy_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        memory: dict = {}
        for doc, art in zip(docs, arts, strict=True):
            finder.find(doc, art.date, memory)
        actor_t.append(time.perf_counter() - t)
    s, r = min(spacy_t), min(actor_t)
    print(f"{len(arts)} articles, {words(arts)} words, best of {a.rounds} rounds")
    print(f"spaCy pipeline alone: {s:.2f} s   actor recognition on its Docs: {r:.2f} s")
    print(f"actors add {100 * r / s:.1f}% to the spaCy pipeline (goal <= 10%)")


if __name__ == "__main__":
    main()
