"""--processes 2 vs 1 on every input shape (issue 14 goal: >= 1.8x on >= 40k words, 2 cores), in one run.

    .venv/bin/python benchmarks/scaling.py [--shape news ...] [--words 40000] [--rounds 2]

Whole processes, as a user runs them: `eventwire code FILE.jsonl --processes 1` and `--processes 2`, alternating,
timed from outside with start-up included; the best round of each counts. With `--processes 2` this process codes
beside one worker forked once its pipeline is loaded. CPU times give a figure the machine's other jobs hardly
move: "on two free cores" is one process's CPU time over the time two free cores would take: the start-up
alone (measured as `eventwire code` on one sentence), then the rest of the two processes' CPU shared evenly, as
the engine shares it (each process takes its next chunk when it is free, so on a busy machine the split printed
only shows which process the scheduler favoured; each one's CPU is sampled from /proc). A few long reports
cannot be shared evenly: there the busier process's share of the words bounds it further. The load average
before each round is printed with it.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from corpus import SHAPES, shape_articles, words
from procs import env, eventwire, write_jsonl

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (f := _stat(int(entry))) and int(f[1]) == pid:
            kids.append(int(entry))
    return kids


def run(cmd: list[str]) -> tuple[float, float, float, float]:
    """(wall s, this command's CPU s, its own process's CPU s, its busiest child's CPU s), children sampled every
    50 ms (the busiest child's last sample can miss its final 50 ms)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    kids: dict[int, float] = {}
    while proc.poll() is None:
        for kid in _children(proc.pid):
            if f := _stat(kid):
                kids[kid] = (int(f[11]) + int(f[12])) / TICK
        time.sleep(0.05)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr.read().decode(errors='replace')[-2000:]}")
    total = _reaped_cpu()  # poll() reaped it
    busiest = max(kids.values(), default=0.0)
    return wall, total, total - sum(kids.values()), busiest


_LAST = [0.0]


def _reaped_cpu() -> float:
    """CPU seconds of the command just reaped (RUSAGE_CHILDREN grows by it and by the workers it reaped)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    now = r.ru_utime + r.ru_stime
    spent, _LAST[0] = now - _LAST[0], now
    return spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", action="append", choices=(*SHAPES, "all"), help="repeatable; default: all")
    ap.add_argument("--words", type=int, default=40000, help="words per shape")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    _reaped_cpu()
    with tempfile.TemporaryDirectory() as tmp:
        one = write_jsonl(list(shape_articles("sentences", 10))[:1], Path(tmp) / "one.jsonl")
        start = min(run(eventwire("code", str(one)))[1] for _ in range(3))  # start-up CPU: before any fork
        print(f"start-up (eventwire code on one sentence, CPU, best of 3): {start:.2f} s", flush=True)
        for shape in SHAPES if not a.shape or "all" in a.shape else a.shape:
            arts = list(shape_articles(shape, a.words))
            src = write_jsonl(arts, Path(tmp) / f"{shape}.jsonl")
            best: dict[int, tuple] = {}
            loads = []
            for _ in range(a.rounds):
                for p in (1, 2):
                    loads.append(os.getloadavg()[0])
                    r = run(eventwire("code", str(src), "--processes", str(p)))
                    if p not in best or r[0] < best[p][0]:
                        best[p] = r
            (w1, c1, _o1, _k1), (w2, c2, parent, worker) = best[1], best[2]
            free = start + (c2 - start) / 2  # start-up alone, then the rest shared evenly by two cores
            print(f"{shape:12s} {len(arts):5d} articles {words(arts):6d} words | 1 process {w1:5.1f} s, "
                  f"2 processes {w2:5.1f} s: {w1 / w2:.2f}x | CPU: 1 process {c1:5.1f} s; 2 processes {c2:5.1f} s "
                  f"(this one {parent:4.1f}, worker {worker:4.1f}): on two free cores {c1 / free:.2f}x | load "
                  f"{min(loads):.1f}-{max(loads):.1f}", flush=True)
    print("goal: 2 processes >= 1.8x one process on inputs of >= 40k words")


if __name__ == "__main__":
    main()
