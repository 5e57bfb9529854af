"""Parallel coding on one machine: N worker processes, each loading the model once, fed through a bounded
window of chunks so memory stays flat however long the input stream is; records come back in input order.

Each worker runs with one BLAS/OpenMP thread (set before numpy loads): measured here, two processes that
each used several threads ran slower than one. People learnt in earlier articles are remembered per
worker, so with N > 1 a short name may be recognised a little less often across articles.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from eventwire.records import Article

CHUNK = 16  # articles per task: big enough to batch the parser, small enough to keep workers busy
_PIPE = None  # the worker's pipeline, loaded once by _init


def _init(model, actors, verbs) -> None:
    """Load the pipeline once per process (the pool's initializer, or the first call in this process)."""
    global _PIPE
    from eventwire.pipeline import Pipeline

    _PIPE = Pipeline(model=model, actors=tuple(actors), verbs=tuple(verbs))


def _code_chunk(articles: list[Article], with_text: bool) -> list[dict]:
    assert _PIPE is not None, "worker not initialised"
    return list(_PIPE.code(articles, with_text=with_text))


def single_thread_env() -> None:
    """One BLAS/OpenMP thread per process unless the user chose otherwise; must run before numpy loads."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def code_parallel(articles: Iterable[Article], processes: int, model=None, actors=(), verbs=(),
                  with_text: bool = False, chunk: int = CHUNK) -> Iterator[dict]:
    """Records for `articles` in input order; processes <= 1 codes in this process."""
    if processes <= 1:
        from eventwire.pipeline import Pipeline

        yield from Pipeline(model=model, actors=tuple(actors), verbs=tuple(verbs)).code(articles, with_text=with_text)
        return
    single_thread_env()
    ctx = mp.get_context("spawn")  # a clean interpreter per worker: no inherited threads or locks
    it = iter(articles)
    with ctx.Pool(processes, initializer=_init, initargs=(model, tuple(actors), tuple(verbs))) as pool:
        window: deque = deque()
        while True:
            while len(window) < 2 * processes:  # the bounded queue: at most 2 chunks per worker in flight
                part = list(islice(it, chunk))
                if not part:
                    break
                window.append(pool.apply_async(_code_chunk, (part, with_text)))
            if not window:
                return
            yield from window.popleft().get()


def worker_pipeline(model=None, actors=(), verbs=()):
    """This process's pipeline, loaded on first use: what a Spark worker calls for each partition."""
    if _PIPE is None:
        single_thread_env()
        _init(model, actors, verbs)
    return _PIPE
