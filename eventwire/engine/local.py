"""Coding on one machine: in this process, or with N processes: this one and N-1 workers. On Linux the workers
are forked once this process has loaded the pipeline, so they share the model's memory and never load it (the
load is 0.7 s of CPU that a second core would otherwise spend before coding anything); elsewhere they are spawned
and load their own beside this one.

Work is cut into chunks by size in words, not by article count, so N processes share any input evenly
(seventeen long reports are not one chunk of sixteen and one of one) and a chunk never holds more than about
CHUNK_WORDS words, except a single longer article, which travels alone. Chunks are cut as they are taken, from
articles read ahead: a worker holds its next chunk while it codes one (handed over by the pool's result thread;
never a long article queued behind another), this process codes the next one whenever it is not reading or handing out records, and once the input
is all read the chunks shrink towards MIN_WORDS, so every process ends at about the same time. The read-ahead,
the records waiting for an earlier chunk and the chunks in flight are bounded, so memory stays flat however long
the stream is; records come back in input order.

Each process runs with one BLAS/OpenMP thread (set before numpy loads): measured here, two processes that
each used several threads ran slower than one. Workers ignore Ctrl-C (the parent stops them) and exit quietly
when the parent dies. People learnt in earlier articles are remembered per process, so with N > 1 a short
name may be recognised a little less often across articles.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial

from eventwire.records import Article

CHUNK_WORDS = 2000  # words per chunk: ~0.5 s of coding
MIN_WORDS = 250  # the smallest chunk the input's last words are cut into
BATCH_WORDS = 20000  # words handed to the parser at once in this process: bounds the Docs held in memory
BATCH_ARTICLES = 256  # articles handed to the parser at once (spaCy's own default batch for one-line items)
MAX_ARTICLES = 128  # articles per chunk whatever their size (one-line items)
QUEUED = 2  # chunks given to each worker at once: the next is already in its pipe when it ends one (it waited
# for this process's result thread to hand one over: 10% of its time on one-line items)
WAITING = 16  # chunks' worth of words per process held for an earlier article still in a worker, at most
_PIPE = None  # the worker's pipeline: loaded once by _init, or its parent's kept by _adopt after a fork


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
    """A spawned pool worker: it loads its own pipeline."""
    _as_worker()
    _init(model, actors, verbs)


def _adopt(pipe) -> None:
    """A forked pool worker: it keeps the pipeline its parent had loaded (shared memory, no load)."""
    global _PIPE
    _as_worker()
    _PIPE = pipe


def _as_worker() -> None:
    """Ctrl-C is the parent's to handle, and a dead parent ends the worker without a traceback (otherwise its
    next result meets a closed pipe and prints BrokenPipeError)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = mp.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


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
    from eventwire.pipeline import Pipeline

    def load() -> Pipeline:
        return Pipeline(model=model, actors=tuple(actors), verbs=tuple(verbs))

    if sys.platform.startswith("linux"):
        # workers forked once this process's pipeline is loaded share its memory and skip their own load (0.7 s
        # of CPU each): the model and tables are loaded once per run. Nothing is printed yet, and a forked
        # worker runs only the coder (never the store or the cross-article stage's libraries).
        pipe = load()
        pipe.warm()  # first-use tables loaded once, before the fork, not once per worker
        sys.stdout.flush()
        sys.stderr.flush()
        ctx, init, args, get = mp.get_context("fork"), _adopt, (pipe,), lambda: pipe
    else:  # elsewhere fork is unsafe or unavailable: a clean interpreter per worker, loading beside this one
        ctx, init, args, get = mp.get_context("spawn"), _init_worker, (model, tuple(actors), tuple(verbs)), load
    with ctx.Pool(processes - 1, initializer=init, initargs=args) as pool:
        yield from _Run(pool, articles, processes, with_text, chunk_words).records(get)


class _Feed:
    """Articles read ahead, cut into chunks as they are taken (by this process or, from the pool's result
    thread, for a worker). An article of a chunk's size or more is taken largest first, so a few long reports end
    on a short one rather than one process alone; shorter ones go in runs, in order. Once the input is all read
    the chunks get smaller, so the run ends evenly."""

    def __init__(self, articles: Iterable[Article], processes: int, chunk_words: int, lock) -> None:
        self.source = iter(articles)
        self.ahead: deque[tuple[int, Article, int]] = deque()  # (number in the input, article, words)
        self.words = 0  # words in `ahead`
        self.count = 0  # articles read
        self.read_all = False
        self.processes, self.chunk_words, self.lock = processes, chunk_words, lock

    def read(self, words: int) -> None:
        """Read until `words` words and two articles per process are ahead, or the input ends (this process
        only: readers are not shared). Texts are small beside their Docs: reading ahead costs little memory."""
        while not self.read_all and (self.words < words or len(self.ahead) < 2 * self.processes):
            art = next(self.source, None)
            with self.lock:
                if art is None:
                    self.read_all = True
                else:
                    n = len(art.text.split())
                    self.ahead.append((self.count, art, n))
                    self.words += n
                    self.count += 1

    def take(self, lone: bool = True) -> tuple[list[int], list[Article], int] | None:
        """(the articles' numbers, the next chunk, its words), or None when nothing is read ahead (or, unless
        `lone`, when the next chunk would be one long article: one queued behind another would wait there while
        another process is free)."""
        with self.lock:
            if not self.ahead:
                return None
            size = self.chunk_words
            if self.read_all:
                size = min(size, max(MIN_WORDS, self.words // (2 * self.processes)))
            largest = max(self.ahead, key=lambda item: item[2])
            if largest[2] >= size and not lone:
                return None
            if largest[2] >= size:
                self.ahead.remove(largest)
                picked = [largest]
            else:
                picked = []
                words = 0
                while self.ahead and len(picked) < MAX_ARTICLES and not (
                        picked and words + self.ahead[0][2] > size):
                    picked.append(self.ahead.popleft())
                    words += picked[-1][2]
            words = sum(n for _i, _a, n in picked)
            self.words -= words
            return [i for i, _a, _n in picked], [a for _i, a, _n in picked], words


class _Run:
    """One run with workers: they are kept busy from the pool's result thread; this process reads ahead, codes
    chunks itself in between and yields every record in input order."""

    def __init__(self, pool, articles: Iterable[Article], processes: int, with_text: bool, chunk_words: int) -> None:
        self.pool, self.workers, self.with_text = pool, processes - 1, with_text
        self.cond = threading.Condition()
        self.feed = _Feed(articles, processes, chunk_words, self.cond)
        self.ahead_words = 2 * processes * chunk_words  # enough for the workers while this process codes a chunk
        self.busy = 0  # chunks in workers
        self.done: dict[int, tuple[dict, int]] = {}  # article number -> (record, words), until its turn
        self.done_words = 0
        self.held_words = WAITING * chunk_words * processes
        self.error: BaseException | None = None

    def hand_out(self) -> None:
        """Give every idle worker a chunk (from this thread, or the result thread when a worker finishes)."""
        while True:
            with self.cond:
                if self.busy >= QUEUED * self.workers or self.error is not None:
                    return
                job = self.feed.take(lone=self.busy < self.workers)
                if job is None:
                    return
                self.busy += 1
            numbers, part, _words = job
            try:
                self.pool.apply_async(_code_chunk, (part, self.with_text),
                                      callback=partial(self._finished, numbers, part), error_callback=self._failed)
            except ValueError:  # the pool is stopping (Ctrl-C or an error in this process): the run is over
                return

    def _keep(self, numbers: list[int], part: list[Article], recs: list[dict]) -> None:
        for i, art, rec in zip(numbers, part, recs, strict=True):  # one record per article, in its order
            n = len(art.text.split())
            self.done[i] = (rec, n)
            self.done_words += n

    def _finished(self, numbers: list[int], part: list[Article], recs: list[dict]) -> None:
        with self.cond:
            self._keep(numbers, part, recs)
            self.busy -= 1
            self.cond.notify_all()
        self.hand_out()

    def _failed(self, exc: BaseException) -> None:
        with self.cond:
            self.error = exc
            self.cond.notify_all()

    def records(self, pipeline) -> Iterator[dict]:
        """Every record in input order; `pipeline()` gives this process's (loaded while spawned workers load)."""
        self.feed.read(self.feed.chunk_words * self.workers)  # just the workers' first chunks: the model comes first
        self.hand_out()  # queued while the workers start
        pipe = pipeline()
        out = 0  # the next article to yield
        while True:
            with self.cond:
                if self.error is not None:
                    raise self.error
                item = self.done.pop(out, None)
                if item is not None:
                    self.done_words -= item[1]
            if item is not None:
                out += 1
                yield item[0]
                continue
            self.feed.read(self.ahead_words)
            self.hand_out()
            job = self.feed.take() if self.done_words < self.held_words else None
            if job is not None:
                numbers, part, words = job
                self.feed.read(self.ahead_words + words * self.workers)  # the workers' share while this one runs
                self.hand_out()
                coded = list(pipe.code(part, batch_size=len(part), with_text=self.with_text))
                with self.cond:
                    self._keep(numbers, part, coded)
                continue
            with self.cond:
                if self.feed.read_all and not self.feed.ahead and self.busy == 0 and out not in self.done:
                    if out < self.feed.count:
                        raise RuntimeError(f"the record of article {out} was lost")  # a bug, never a silent gap
                    return
                if out not in self.done and self.error is None:
                    self.cond.wait(0.5)


def worker_pipeline(model=None, actors=(), verbs=()):
    """This process's pipeline, loaded on first use: what a Spark worker calls for each partition."""
    if _PIPE is None:
        single_thread_env()
        _init(model, actors, verbs)
    return _PIPE
