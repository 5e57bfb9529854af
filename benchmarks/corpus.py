"""Synthetic benchmark articles from text we wrote: the bundled sample corpus and the sentence templates below.

Four shapes (issue 14), each a seeded generator so memory stays flat and runs repeat exactly:
- `sentences`: one-sentence items (headlines and PLOVER-style event sentences);
- `news`: ordinary news, 400-900 words in paragraphs of one to three sentences, dateline first;
- `long`: long reports, 5,000-20,000 words in 100+ paragraphs of two to four sentences;
- `transcripts`: many short turns ("RUBIO: We discussed ..."), 1,000-3,000 words.
Half the sentences are the sample corpus's, half come from the templates, so actors, events and quotes are
about as dense as in the wire copy eventwire is built for. `articles(n)` is the older stream (three sample
articles recombined) that actors.py and memory.py read.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache

from eventwire import data
from eventwire.ingest import read_paths
from eventwire.records import Article

SHAPES = ("sentences", "news", "long", "transcripts")

ACTORS = [
    "The United States", "Pakistan", "India", "China", "Russia", "Ukraine", "Iran", "Israel", "Turkey", "Germany",
    "France", "Japan", "Egypt", "the European Union", "NATO", "the United Nations", "the Taliban", "Hamas",
    "Pakistani officials", "Indian troops", "Chinese diplomats", "Russian forces", "Ukrainian officials",
    "Iranian negotiators", "Afghan police", "Turkish President Recep Tayyip Erdogan", "French President Emmanuel Macron",
    "German Chancellor Friedrich Merz", "Prime Minister Shehbaz Sharif", "Foreign Minister Ishaq Dar",
    "Secretary of State Marco Rubio", "opposition lawmakers", "protesters", "the army", "police in Lahore",
]
ACTS = [
    "met {B} in {P} to discuss border security", "accused {B} of supporting militants",
    "praised {B} for its help with refugees", "imposed new sanctions on {B}", "threatened to attack {B}",
    "signed a trade agreement with {B}", "called on {B} to release the detained journalists",
    "rejected a proposal from {B}", "agreed to resume talks with {B}", "condemned the attack on {B}",
    "pledged $500 million in aid to {B}", "expelled two diplomats from {B}", "hosted a delegation from {B}",
    "warned {B} against further escalation", "denied that it had shelled {B}", "demanded an apology from {B}",
    "held joint military exercises with {B}", "criticised {B} over the detention of activists",
    "offered to mediate between {B} and its neighbours", "arrested 12 people suspected of links to {B}",
]
PLACES = ["Islamabad", "New Delhi", "Beijing", "Kabul", "Geneva", "Doha", "Ankara", "Brussels", "Kyiv", "Cairo"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "on March 4", ""]
SAY = ["said", "told reporters", "said in a statement", "told parliament"]
SPEAKERS = ["RUBIO", "DAR", "MODERATOR", "SHARIF", "REPORTER", "MACRON", "ERDOGAN", "SPOKESPERSON"]


@cache
def _sample_sentences() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(headlines, body sentences) of the bundled sample corpus, datelines and 'Published:' lines left out."""
    heads, body = [], []
    for art in read_paths([str(data.path("sample"))]):
        lines = [ln.strip() for ln in art.text.split("\n") if ln.strip()]
        heads.append(lines[0])
        for ln in lines[1:]:
            if not ln.startswith("Published"):
                body.append(ln.split(" — ", 1)[-1])
    return tuple(heads), tuple(body)


def sentence(rng: random.Random) -> str:
    """One sentence: a sample-corpus sentence or a template filled with actors, an act, a place and a day."""
    if rng.random() < 0.5:
        return rng.choice(_sample_sentences()[1])
    a, b = rng.sample(ACTORS, 2)
    act = rng.choice(ACTS).format(B=b, P=rng.choice(PLACES))
    s = f"{a} {act} {rng.choice(DAYS)}".strip()
    s = s[0].upper() + s[1:]
    if rng.random() < 0.3:
        return f'"{s}," {rng.choice(ACTORS[18:34])} {rng.choice(SAY)}.'
    return s + "."


def _paragraphs(rng: random.Random, words: int, per: tuple[int, int], min_paras: int = 1) -> list[str]:
    paras: list[str] = []
    n = 0
    while n < words or len(paras) < min_paras:
        p = " ".join(sentence(rng) for _ in range(rng.randint(*per)))
        paras.append(p)
        n += len(p.split())
    return paras


def make(shape: str, i: int, rng: random.Random) -> Article:
    day = f"2025-03-{rng.randint(1, 28):02d}"
    aid = f"{shape}-{i}"
    if shape == "sentences":
        pool = _sample_sentences()[0] if rng.random() < 0.2 else None
        return Article(id=aid, text=rng.choice(pool) if pool else sentence(rng), date=day)
    if shape == "news":
        paras = _paragraphs(rng, rng.randint(400, 900), (1, 3))
        text = f"{rng.choice(PLACES).upper()} — " + "\n\n".join(paras)
        return Article(id=aid, text=text, title=rng.choice(_sample_sentences()[0]), date=day)
    if shape == "long":
        paras = _paragraphs(rng, rng.randint(5000, 20000), (2, 4), min_paras=100)
        return Article(id=aid, text="\n\n".join(paras), title="Report", date=day)
    if shape == "transcripts":
        total, turns = rng.randint(1000, 3000), []
        n = 0
        while n < total:
            turn = f"{rng.choice(SPEAKERS)}: " + " ".join(sentence(rng) for _ in range(rng.randint(1, 2)))
            turns.append(turn)
            n += len(turn.split())
        return Article(id=aid, text="\n".join(turns), title="Transcript", date=day)
    raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")


def shape_articles(shape: str, words: int, seed: int = 0) -> Iterator[Article]:
    """Articles of one shape until at least `words` words in all."""
    rng, n, i = random.Random(f"{shape}-{seed}"), 0, 0
    while n < words:
        art = make(shape, i, rng)
        n += len(art.text.split())
        i += 1
        yield art


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
