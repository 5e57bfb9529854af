"""Time on long inputs (docs/reliability.md): the paragraph component alone, then whole coding in windows.

    .venv/bin/python scripts/measure_long_inputs.py
Lines are 'Line N.'; long articles repeat the bundled sample's articles to the given length."""

from __future__ import annotations

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


def main() -> None:
    blank = spacy.blank("en")
    blank.max_length = 10**8
    print("| input | characters | eventwire_paragraphs alone (s) |\n|---|---|---|")
    for n in (5_000, 10_000, 100_000):
        doc = blank(lines(n))
        t0 = time.perf_counter()
        paragraphs(doc)
        print(f"| {n:,} lines | {len(doc.text):,} | {time.perf_counter() - t0:.2f} |")
    pipe = Pipeline()
    print("\n| input | characters | whole coding (s) | events |\n|---|---|---|---|")
    for name, text in (("5,000 lines", lines(5_000)), ("10,000 lines", lines(10_000)),
                       ("sample x 100,000 chars", article(100_000)), ("sample x 400,000 chars", article(400_000)),
                       ("sample x 900,000 chars", article(900_000))):
        t0 = time.perf_counter()
        rec = next(pipe.code([Article(id="x", text=text)]))
        print(f"| {name} | {len(text):,} | {time.perf_counter() - t0:.1f} | {len(rec['events'])} |", flush=True)


if __name__ == "__main__":
    main()
