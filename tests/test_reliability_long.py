"""Long inputs: time linear in length (no hang), offsets in article coordinates."""

from __future__ import annotations

import time

import pytest
import spacy
from test_records import check

from eventwire.nlp.load import paragraphs


@pytest.mark.parametrize("lines", [5_000, 10_000, 100_000])
def test_paragraphs_component_is_linear_in_lines(lines):
    nlp = spacy.blank("en")
    nlp.max_length = 10**8
    doc = nlp("\n".join(f"Line {i}." for i in range(lines)))
    t0 = time.perf_counter()
    paragraphs(doc)
    assert time.perf_counter() - t0 < 30  # was quadratic: 10,000 lines took a minute
    starts = [t.i for t in doc if t.is_sent_start]
    assert len(starts) == lines and doc[starts[-1]].text == "Line"


def test_cut_gives_back_the_text_in_bounded_paragraph_aligned_pieces():
    from eventwire.nlp.windows import cut

    text = "".join(f"Paragraph {i} says the talks went on.\n\n" for i in range(2000)) + "x" * 5000 + " tail"
    pieces = cut(text, 1000)
    assert "".join(pieces) == text and all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-8])  # paragraph-aligned where paragraphs exist


@pytest.mark.slow
def test_long_article_is_coded_in_windows_with_article_offsets(pipe):
    from eventwire import data
    from eventwire.nlp.windows import WINDOW
    from eventwire.records import Article

    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(data.path("sample").glob("*.txt")))
    text = "\n\n".join([sample] * (3 * WINDOW // len(sample) + 1))
    assert len(text) > 3 * WINDOW
    rec = next(pipe.code([Article(id="long", text=text, date="2025-01-01")]))
    check({k: v for k, v in rec.items() if k != "language"}, text)  # schema, and every span slices the text
    assert max(e["trigger"]["start"] for e in rec["events"]) > 2 * WINDOW  # the last window is coded too
    assert len({e["id"] for e in rec["events"]}) == len(rec["events"])
    sentence = {e["sentence_index"]: e["sentence"] for e in rec["events"]}
    assert len(sentence) > 1 and max(sentence) > 100  # sentence indexes count from the article's start


@pytest.mark.slow
def test_ten_thousand_short_lines_are_coded_without_hanging(pipe, lines=10_000):
    from eventwire.records import Article

    text = "\n".join(f"Line {i}." for i in range(lines))
    t0 = time.perf_counter()
    rec = next(pipe.code([Article(id="lines", text=text)]))
    assert time.perf_counter() - t0 < 120 and rec["id"] == "lines"  # no hang; figures in docs/reliability.md
