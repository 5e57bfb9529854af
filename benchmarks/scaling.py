"""--processes 2 vs 1 on every input shape (issue 14 goal: >= 1.8x on >= 40k words, 2 cores), in one run.

    .venv/bin/python benchmarks/scaling.py [--shape news ...] [--words 40000] [--no-processes]

In-process: eventwire.engine.code_parallel (the path `--processes N` takes) end to end, and "steady": that time
less the same mode's start-up (workers spawned, models and tables loaded) measured on one news article.
Whole processes:
`eventwire code FILE.jsonl --processes N`, timed from outside, start-up included.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import tempfile
import time
from pathlib import Path

from corpus import SHAPES, shape_articles, words
from procs import eventwire, timed, write_jsonl

from eventwire.engine import code_parallel
from eventwire.records import Article


def run(arts, processes: int) -> float:
    t = time.perf_counter()
    for _rec in code_parallel(arts, processes):
        pass
    return time.perf_counter() - t


def balance(arts) -> tuple[list[float], float]:
    """Each worker's CPU seconds with --processes 2, and the speed-up they allow when both cores are free
    (total / busiest): how evenly the work was split, whatever else loads the machine."""
    cpu: dict[int, float] = {}
    for _rec in code_parallel(arts, 2):
        for child in mp.active_children():
            cpu[child.pid] = _cpu_seconds(child.pid) or cpu.get(child.pid, 0.0)
    busy = sorted(cpu.values(), reverse=True)[:2]
    return busy, sum(busy) / busy[0]


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", action="append", choices=SHAPES, help="repeatable; default: all four")
    ap.add_argument("--words", type=int, default=40000, help="words per shape")
    ap.add_argument("--no-processes", action="store_true", help="skip the whole-process comparison")
    ap.add_argument("--balance", action="store_true", help="only each worker's CPU time with 2 processes (how "
                    "evenly the work is split; meaningful on a busy machine, where wall-time speed-ups are not)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for shape in a.shape or SHAPES:
            arts = list(shape_articles(shape, a.words))
            if a.balance:
                load = min(balance([Article(id="s", text="Pakistan met India.")])[0])  # start-up CPU per worker
                busy, ideal = balance(arts)
                coding = [b - load for b in busy]
                print(f"{shape:12s} {len(arts):5d} articles {words(arts):6d} words | --processes 2 workers' CPU "
                      f"{busy[0]:5.1f} s and {busy[-1]:5.1f} s ({load:.1f} s of it start-up each): the split "
                      f"allows {ideal:.2f}x with start-up, {sum(coding) / coding[0]:.2f}x without", flush=True)
                continue
            warm = [next(shape_articles("news", 1, seed=99))]  # a dated article naming places: every table loads
            start = {p: run(warm, p) for p in (1, 2)}
            one, two = run(arts, 1), run(arts, 2)
            line = (f"{shape:12s} {len(arts):5d} articles {words(arts):6d} words | in-process: 1 process {one:5.1f} s "
                    f"(start {start[1]:3.1f}), 2 processes {two:5.1f} s (start {start[2]:3.1f}): end to end "
                    f"{one / two:.2f}x, steady {(one - start[1]) / (two - start[2]):.2f}x")
            if not a.no_processes:
                src = write_jsonl(arts, Path(tmp) / f"{shape}.jsonl")
                p1 = timed(eventwire("code", str(src), "--processes", "1"))[0]
                p2 = timed(eventwire("code", str(src), "--processes", "2"))[0]
                line += f" | eventwire code: {p1:5.1f} s vs {p2:5.1f} s, {p1 / p2:.2f}x"
            print(line, flush=True)
    print("goal: 2 processes >= 1.8x one process on inputs of >= 40k words")


if __name__ == "__main__":
    main()
