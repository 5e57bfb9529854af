"""eventwire/nlp/matmul.py: the pipeline's layers multiply with numpy, and parse as they do with BLIS."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from thinc.api import NumpyOps

from eventwire.nlp.load import model_name
from eventwire.nlp.matmul import MatmulOps, use_numpy_matmul

JUDGED = sorted((Path(__file__).parent / "data" / "judged").glob("j*.txt"))
TEXTS = [
    "Italy's defence minister met his Greek counterpart in New Orleans on Wednesday.",
    "RUBIO: We discussed the ceasefire.\n\nDAR: We did not, and I'm sure of that.",
    "Pakistan accused India of violating the ceasefire, officials said, though India denied it.",
    *(p.read_text(encoding="utf-8") for p in JUDGED[:4]),
]


def _layers(nlp) -> list:
    return [n for _name, proc in nlp.pipeline if hasattr(getattr(proc, "model", None), "walk") for n in proc.model.walk()]


def _parse(nlp) -> list[tuple]:
    return [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start) for d in nlp.pipe(TEXTS) for t in d]


@pytest.fixture(scope="module")
def plain():
    return spacy.load(model_name(), exclude=["senter"])


def test_the_loaded_pipeline_multiplies_with_numpy(pipe):
    layers = _layers(pipe.nlp)
    assert layers and all(isinstance(n.ops, MatmulOps) for n in layers)


def test_numpy_products_parse_as_blis_ones(plain):
    with_blis = _parse(plain)
    assert all(type(n.ops) is NumpyOps for n in _layers(plain))
    assert use_numpy_matmul(plain)
    assert all(isinstance(n.ops, MatmulOps) for n in _layers(plain))
    assert _parse(plain) == with_blis
    assert len(with_blis) > 1000


def test_eventwire_matmul_blis_keeps_spacys_own(monkeypatch):
    nlp = spacy.load(model_name(), exclude=["senter"])
    monkeypatch.setenv("EVENTWIRE_MATMUL", "blis")
    assert not use_numpy_matmul(nlp)
    assert all(type(n.ops) is NumpyOps for n in _layers(nlp))


def test_matmul_ops_gemm_transposes_and_writes_out():
    ops = MatmulOps()
    x = ops.xp.arange(6, dtype="f").reshape(2, 3)
    y = ops.xp.arange(12, dtype="f").reshape(3, 4)
    assert (ops.gemm(x, y) == x @ y).all()
    assert (ops.gemm(x.T.copy(), y, trans1=True) == x @ y).all()
    assert (ops.gemm(x, y.T.copy(), trans2=True) == x @ y).all()
    out = ops.alloc2f(2, 4)
    assert ops.gemm(x, y, out=out) is out and (out == x @ y).all()
