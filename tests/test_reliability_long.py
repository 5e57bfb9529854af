"""Long inputs: time linear in length (no hang), offsets in article coordinates."""

from __future__ import annotations

import time

import pytest
import spacy

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
