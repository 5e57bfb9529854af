"""eventwire/nlp/columns.py: a Doc's attributes read as lists equal what its Tokens say, and are read once."""

from __future__ import annotations

from pathlib import Path

from eventwire.nlp.columns import columns

JUDGED = sorted((Path(__file__).parent / "data" / "judged").glob("j*.txt"))
TEXTS = [
    "Italy's defence minister met his Greek counterpart in New Orleans on Wednesday.",
    "RUBIO: We discussed   the ceasefire.\n\nDAR: We did not, and I'm   sure of that.",
    "“We will not resign,” the Sudanese army chief said, according to state TV; Abiy Ahmed's cease-fire held.",
    "",
    *(p.read_text(encoding="utf-8") for p in JUDGED[:3]),
]


def test_columns_equal_the_tokens_attributes(pipe):
    seen = 0
    for doc in pipe.nlp.pipe(TEXTS):
        cols = columns(doc)
        assert len(cols.text) == len(doc)
        for t in doc:
            got = (cols.text[t.i], cols.lower[t.i], cols.lemma[t.i], cols.pos[t.i], cols.dep[t.i],
                   cols.ent_type[t.i], cols.ent_iob[t.i], cols.punct[t.i], cols.alpha[t.i])
            assert got == (t.text, t.lower_, t.lemma_.lower(), t.pos_, t.dep_, t.ent_type_, t.ent_iob_, t.is_punct,
                           t.is_alpha), t.text
            seen += 1
    assert seen > 1000  # the judged articles were read, not just the short texts


def test_the_tree_by_index_equals_the_tokens(pipe):
    for doc in pipe.nlp.pipe(TEXTS):
        cols = columns(doc)
        for t in doc:
            got = (cols.tag[t.i], cols.head[t.i], cols.kids[t.i], cols.sent_start[t.i], cols.sent_end[t.i])
            assert got == (t.tag_, t.head.i, [c.i for c in t.children], t.sent.start, t.sent.end), t.text


def test_columns_are_read_once_per_doc(pipe):
    doc = pipe.nlp("Pakistan accused India of violating the ceasefire.")
    assert columns(doc) is columns(doc)


def test_the_string_tables_are_bounded(pipe, monkeypatch):
    from eventwire.nlp import columns as C

    monkeypatch.setattr(C, "KEPT", 3)
    doc = pipe.nlp("Pakistan accused India of violating the ceasefire on Tuesday.")
    C._read(doc)
    assert len(C._STRINGS) > 3
    again = C._read(pipe.nlp("Kenya and Somalia signed a deal."))  # over the bound: emptied first, then filled
    kept = set(C._STRINGS.values())
    assert "Kenya" in kept and "Pakistan" not in kept and again.text[0] == "Kenya"


def test_subtree_indices_follow_the_tokens_subtree(pipe):
    from eventwire.nlp.columns import subtree_indices

    for doc in pipe.nlp.pipe(TEXTS):
        for t in doc:
            assert subtree_indices(t) == [s.i for s in t.subtree], t.text
