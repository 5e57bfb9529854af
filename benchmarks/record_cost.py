"""What eventwire adds to spaCy's parse, per shape: the texts are parsed once, then `Pipeline.record` (actors,
events, quotes, dates, places, confidence) codes the parsed Docs; CPU time of each, one BLAS thread.

    .venv/bin/python benchmarks/record_cost.py [--shape sentences ...] [--words 20000] [--profile 25]

`--profile N` adds cProfile's N most expensive functions (cumulative) of the record step: where to look next.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time

from corpus import SHAPES, shape_articles, words
from threadpoolctl import threadpool_limits

from eventwire.nlp.windows import pipe_pieces
from eventwire.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", action="append", choices=(*SHAPES, "all"), help="repeatable; default: all")
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--profile", type=int, default=0, help="print this many functions of the record step")
    a = ap.parse_args()
    pipe = Pipeline()
    for shape in SHAPES if not a.shape or "all" in a.shape else a.shape:
        arts = list(shape_articles(shape, a.words))
        list(pipe.code(arts[:5]))  # first-use tables outside the timing
        load = os.getloadavg()[0]
        with threadpool_limits(1):
            t = time.process_time()
            pieces = list(pipe_pieces(pipe.nlp, arts, 256))
            parse = time.process_time() - t
            prof = cProfile.Profile() if a.profile else None
            t = time.process_time()
            if prof:
                prof.enable()
            for doc, piece in pieces:
                pipe.record(doc, piece.part)
            if prof:
                prof.disable()
            record = time.process_time() - t
        print(f"{shape:12s} {len(arts):5d} articles {words(arts):6d} words | parse {parse:5.2f} s, record {record:5.2f} s "
              f"({record / parse:.0%} of the parse){' (profiled)' if prof else ''} | load {load:.1f}", flush=True)
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(a.profile)


if __name__ == "__main__":
    main()
