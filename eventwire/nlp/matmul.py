"""The loaded pipeline's layers multiply matrices with numpy instead of BLIS.

spaCy's networks multiply through thinc's `NumpyOps.gemm`, which calls BLIS. BLIS chooses its kernel by CPU model,
and on a CPU it does not know it falls back to a generic reference kernel: on this machine's AMD EPYC that
kernel took half of the parse (`bli_sgemm_generic_ref`). numpy's OpenBLAS picks a tuned kernel for any x86 or
ARM CPU it runs on. The products are the same float32 products summed in another order; over the benchmark
shapes, the judged articles and the development articles every tag, parse and entity was the same
(docs/performance.md). `EVENTWIRE_MATMUL=blis` keeps spaCy's own multiplication.
"""

from __future__ import annotations

import os

import numpy
from thinc.api import NumpyOps


class MatmulOps(NumpyOps):
    """thinc's CPU operations, with matrix products by numpy."""

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        x = x.T if trans1 else x
        y = y.T if trans2 else y
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_numpy_matmul(nlp) -> bool:
    """Give every layer of `nlp`'s trained components numpy's matrix product (unless EVENTWIRE_MATMUL=blis, or
    the layers run on other operations than thinc's CPU ones, such as a GPU's). True when it did."""
    if os.environ.get("EVENTWIRE_MATMUL", "").strip().lower() == "blis":
        return False
    layers = [node for _name, proc in nlp.pipeline if hasattr(getattr(proc, "model", None), "walk")
              for node in proc.model.walk()]
    if not layers or any(type(node.ops) is not NumpyOps for node in layers):
        return False
    ops = MatmulOps()
    for node in layers:
        node.ops = ops
    return True
