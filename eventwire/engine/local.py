"""Coding on one machine: in this process or in N worker processes, each loading the model once.

Work is cut into chunks by size in words, not by article count, so N processes share any input evenly
(seventeen long reports are not one chunk of sixteen and one of one) and a chunk never holds more than about
CHUNK_WORDS words, except a single longer article, which travels alone. At most two chunks per worker are in
flight, so memory stays flat however long the stream is; records come back in input order.

Each worker runs with one BLAS/OpenMP thread (set before numpy loads): measured here, two processes that
each used several threads ran slower than one. Workers ignore Ctrl-C (the parent stops them) and exit quietly
when the parent dies. People learnt in earlier articles are remembered per worker, so with N > 1 a short
name may be recognised a little less often across articles.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from eventwire.records import Article

CHUNK_WORDS = 2000  # words per worker task: ~0.5 s of coding, small enough that the last task ends the run evenly
BATCH_WORDS = 20000  # words handed to the parser at once in this process: bounds the Docs held in memory
BATCH_ARTICLES = 256  # articles handed to the parser at once (spaCy's own default batch for one-line items)
MAX_ARTICLES = 128  # articles per worker task whatever their size (one-line items)
_PIPE = None  # the worker's pipeline, loaded once by _init


def chunks(articles: Iterable[Article], words: int = CHUNK_WORDS, most: int = MAX_ARTICLES) -> Iterator[list[Article]]:
    """Consecutive runs of articles of at most `words` words (or `most` articles); a longer article is alone."""
    part: list[Article] = []
    size = 0
    for art in articles:
        n = len(art.text.split())
        if part and (size + n > words or len(part) >= most):
            yield part
            part, size = [], 0
        part.append(art)
        size += n
    if part:
        yield part


def _init(model, actors, verbs) -> None:
    """Load the pipeline once per process (the pool's initializer, or the first call in this process)."""
    global _PIPE
    from eventwire.pipeline import Pipeline

    _PIPE = Pipeline(model=model, actors=tuple(actors), verbs=tuple(verbs))


def _init_worker(model, actors, verbs) -> None:
    """A pool worker: Ctrl-C is the parent's to handle, and a dead parent ends the worker without a traceback
    (otherwise its next result meets a closed pipe and prints BrokenPipeError)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = mp.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _init(model, actors, verbs)


def _exit_with(parent) -> None:
    parent.join()  # returns when the parent process ends, however it ended
    os._exit(0)


def _code_chunk(articles: list[Article], with_text: bool) -> list[dict]:
    assert _PIPE is not None, "worker not initialised"
    return list(_PIPE.code(articles, batch_size=len(articles), with_text=with_text))


def single_thread_env() -> None:
    """One BLAS/OpenMP thread per process unless the user chose otherwise; must run before numpy loads."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def code_parallel(articles: Iterable[Article], processes: int, model=None, actors=(), verbs=(),
                  with_text: bool = False, chunk_words: int = CHUNK_WORDS) -> Iterator[dict]:
    """Records for `articles` in input order; processes <= 1 codes in this process."""
    if processes <= 1:
        from eventwire.pipeline import Pipeline

        pipe = Pipeline(model=model, actors=tuple(actors), verbs=tuple(verbs))
        for part in chunks(articles, BATCH_WORDS, BATCH_ARTICLES):
            yield from pipe.code(part, batch_size=len(part), with_text=with_text)
        return
    single_thread_env()
    ctx = mp.get_context("spawn")  # a clean interpreter per worker: no inherited threads or locks
    parts = chunks(articles, chunk_words)
    with ctx.Pool(processes, initializer=_init_worker, initargs=(model, tuple(actors), tuple(verbs))) as pool:
        window: deque = deque()  # results in input order; at most 2 chunks per worker in flight
        while True:
            fresh = list(islice(parts, 2 * processes - len(window)))
            # largest first, so a run of a few long articles ends on a short one rather than one worker alone
            order = sorted(range(len(fresh)), key=lambda i: -sum(len(a.text) for a in fresh[i]))
            submitted = {i: pool.apply_async(_code_chunk, (fresh[i], with_text)) for i in order}
            window.extend(submitted[i] for i in range(len(fresh)))
            if not window:
                return
            yield from window.popleft().get()


def worker_pipeline(model=None, actors=(), verbs=()):
    """This process's pipeline, loaded on first use: what a Spark worker calls for each partition."""
    if _PIPE is None:
        single_thread_env()
        _init(model, actors, verbs)
    return _PIPE
