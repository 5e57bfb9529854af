"""A synthetic article stream for benchmarks, recombined from the bundled sample corpus (which we wrote).

Each article joins the paragraphs of three sample articles in a seeded random order, so texts vary in length
and content while staying the kind of news eventwire is built for. It is a generator: memory stays flat.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from eventwire import data
from eventwire.ingest import read_paths
from eventwire.records import Article


def paragraphs() -> list[list[str]]:
    arts = list(read_paths([str(data.path("sample"))]))
    return [[p for p in a.text.split("\n") if p.strip()] for a in arts]


def articles(n: int, seed: int = 0) -> Iterator[Article]:
    paras, rng = paragraphs(), random.Random(seed)
    for i in range(n):
        picked = [p for art in rng.sample(paras, 3) for p in art[1:]]  # skip each dateline/title line
        rng.shuffle(picked)
        day = f"2025-03-{rng.randint(1, 28):02d}"
        yield Article(id=f"bench-{seed}-{i}", text="\n\n".join(picked), date=day)


def words(arts: list[Article]) -> int:
    return sum(len(a.text.split()) for a in arts)
