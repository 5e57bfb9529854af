"""eventwire vs spaCy alone, per input shape, in one run (issue 14 goals: >= 0.85x in-process, >= 0.80x as
whole processes on >= 40k words).

    .venv/bin/python benchmarks/throughput.py [--shape news --shape long ...] [--words 40000] [--rounds 2]

In-process: "spaCy alone" is nlp.pipe over the texts with the plain pinned model (no eventwire components);
"eventwire" is code_parallel(articles, 1), the path `eventwire code` takes (eventwire's own components, actors,
events, quotes, dates, places). Rounds alternate; the best round of each counts.
Whole processes: `eventwire code FILE.jsonl` vs a Python process that loads spaCy and pipes the same texts
(benchmarks/procs.py), both timed from outside, start-up included. Every ratio is given in wall time and, in
brackets, in CPU time (one thread each), which the machine's other jobs move far less.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import spacy
from corpus import SHAPES, shape_articles, words
from procs import eventwire, spacy_process, timed, write_jsonl
from threadpoolctl import threadpool_limits

from eventwire.engine import code_parallel
from eventwire.nlp.load import model_name


def in_process(arts, rounds: int) -> tuple[float, float, float, float]:
    """(best spaCy-alone seconds, best eventwire seconds, the same in CPU seconds) over `rounds` alternating
    rounds. CPU time (one thread each) is what other jobs on the machine move least."""
    nlp = spacy.load(model_name(), exclude=["senter"])
    texts = [a.text for a in arts]
    list(nlp.pipe(texts[:5]))
    list(code_parallel(arts[:5], 1))  # load eventwire's model and tables, warm caches, outside the timing
    best = [float("inf")] * 4
    with threadpool_limits(1):  # one BLAS thread, as `eventwire` runs: CPU time is then one core's work
        for _ in range(rounds):
            _round(nlp, texts, arts, best)
    return best[0], best[1], best[2], best[3]


def _round(nlp, texts, arts, best: list[float]) -> None:
    for k, run in ((0, lambda: nlp.pipe(texts)), (1, lambda: code_parallel(arts, 1))):
        t, c = time.perf_counter(), time.process_time()
        for _item in run():
            pass
        best[k] = min(best[k], time.perf_counter() - t)
        best[k + 2] = min(best[k + 2], time.process_time() - c)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", action="append", choices=(*SHAPES, "all"), help="repeatable; default: all")
    ap.add_argument("--words", type=int, default=40000, help="words per shape")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-processes", action="store_true", help="skip the whole-process comparison")
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape in SHAPES if not a.shape or "all" in a.shape else a.shape:
            arts = list(shape_articles(shape, a.words))
            n = words(arts)
            load = os.getloadavg()[0]
            s, e, cs, ce = in_process(arts, a.rounds)
            row = [shape, len(arts), n, n / s, n / e, s / e, cs / ce]
            if not a.no_processes:
                src = write_jsonl(arts, Path(tmp) / f"{shape}.jsonl")
                ps = timed(spacy_process(src))
                pe = timed(eventwire("code", str(src)))
                row += [ps[0], pe[0], ps[0] / pe[0], ps[1] / pe[1]]
            rows.append(row)
            print(f"{_line(row)} | load {load:.1f}-{os.getloadavg()[0]:.1f}", flush=True)
    print("in-process goal >= 0.85x; whole processes goal >= 0.80x (start-up included)")


def _line(r: list) -> str:
    s = (f"{r[0]:12s} {r[1]:5d} articles {r[2]:6d} words | in-process: spaCy {r[3]:6.0f} w/s, eventwire "
         f"{r[4]:6.0f} w/s, {r[5]:.2f}x (CPU {r[6]:.2f}x)")
    if len(r) > 7:
        s += f" | processes: spaCy {r[7]:5.1f} s, eventwire code {r[8]:5.1f} s, {r[9]:.2f}x (CPU {r[10]:.2f}x)"
    return s


if __name__ == "__main__":
    main()
