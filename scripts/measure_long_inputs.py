"""Time on long inputs (docs/reliability.md): the paragraph component alone and many short lines coded whole,
or (--chars N, one process per size so the peak memory is that article's) one long article coded in windows.

    .venv/bin/python scripts/measure_long_inputs.py
    for n in 100000 400000 900000; do .venv/bin/python scripts/measure_long_inputs.py --chars $n; done
Lines are 'Line N.'; long articles repeat the bundled sample's articles to the given length."""

from __future__ import annotations

import resource
import sys
import time

import spacy

from eventwire import data
from eventwire.nlp.load import paragraphs
from eventwire.pipeline import Pipeline
from eventwire.records import Article


def lines(n: int) -> str:
    return "\n".join(f"Line {i}." for i in range(n))


def article(chars: int) -> str:
    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(data.path("sample").glob("*.txt")))
    return "\n\n".join([sample] * (chars // len(sample) + 1))[:chars]


def code(pipe: Pipeline, name: str, text: str) -> None:
    t0 = time.perf_counter()
    rec = next(pipe.code([Article(id="x", text=text)]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| {name} | {len(text):,} | {time.perf_counter() - t0:.1f} | {peak:,.0f} | {len(rec['events'])} |", flush=True)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--chars":
        code(Pipeline(), "sample repeated", article(int(sys.argv[2])))
        return
    blank = spacy.blank("en")
    blank.max_length = 10**8
    print("| input | characters | eventwire_paragraphs alone (s) |\n|---|---|---|")
    for n in (5_000, 10_000, 100_000):
        doc = blank(lines(n))
        t0 = time.perf_counter()
        paragraphs(doc)
        print(f"| {n:,} lines | {len(doc.text):,} | {time.perf_counter() - t0:.2f} |")
    pipe = Pipeline()
    print("\n| input | characters | whole coding (s) | peak memory so far (MB) | events |\n|---|---|---|---|---|")
    for n in (5_000, 10_000):
        code(pipe, f"{n:,} lines", lines(n))


if __name__ == "__main__":
    main()
