"""eventwire vs the spaCy pipeline alone on the same texts, in one run (issue goal: eventwire >= 0.85x).

    .venv/bin/python benchmarks/throughput.py [--articles 400] [--rounds 2]

"spaCy alone" is nlp.pipe over the texts with the model eventwire loads; "eventwire" is Pipeline.code over the
same articles (parse + actors + events + quotes + dates + places). Rounds alternate; best round of each counts.
"""

from __future__ import annotations

import argparse
import time

from corpus import articles, words

from eventwire.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    pipe = Pipeline()
    arts = list(articles(a.articles))
    texts = [x.text for x in arts]
    n_words = words(arts)
    list(pipe.code(arts[:20]))  # warm up caches (gazetteer, dateparser) outside the timed runs
    best_spacy = best_ew = float("inf")
    for _ in range(a.rounds):
        t = time.perf_counter()
        for _doc in pipe.nlp.pipe(texts, batch_size=32):
            pass
        best_spacy = min(best_spacy, time.perf_counter() - t)
        pipe.memory.clear()
        t = time.perf_counter()
        for _rec in pipe.code(arts):
            pass
        best_ew = min(best_ew, time.perf_counter() - t)
    print(f"{len(arts)} articles, {n_words} words, best of {a.rounds} rounds")
    for name, secs in (("spaCy alone", best_spacy), ("eventwire", best_ew)):
        print(f"{name:12s} {n_words / secs:8.0f} words/s {len(arts) / secs:7.1f} articles/s")
    print(f"eventwire / spaCy alone: {best_spacy / best_ew:.2f}x (goal >= 0.85x)")


if __name__ == "__main__":
    main()
