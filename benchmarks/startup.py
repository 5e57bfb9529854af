"""Start-up: `eventwire code` on one sentence vs a Python process that only loads spaCy and the model (issue 14
goal: within 0.3 s).

    .venv/bin/python benchmarks/startup.py [--rounds 7]

Rounds alternate the two commands; medians and minima of wall and CPU time are printed (CPU time and minima
are the steadiest figures on a busy machine). Both run with one BLAS/OpenMP thread (benchmarks/procs.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from procs import eventwire, timed

from eventwire.nlp.load import model_name

LOAD_SPACY = "import sys, spacy; spacy.load(sys.argv[1], exclude=['senter'])"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--place", action="store_true", help="a sentence naming a place (the gazetteer loads too)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        where = " in Islamabad" if a.place else ""
        one.write_text(f"Pakistan accused India of violating the ceasefire{where} on Monday.\n", encoding="utf-8")
        spacy_t, ew_t = [], []
        loads = [os.getloadavg()[0]]
        for _ in range(a.rounds):
            spacy_t.append(timed([sys.executable, "-c", LOAD_SPACY, model_name()]))
            ew_t.append(timed(eventwire("code", str(one))))
    for i, kind in ((0, "wall"), (1, "CPU")):
        s, e = [t[i] for t in spacy_t], [t[i] for t in ew_t]
        print(f"{kind:4s} load spaCy + model: median {statistics.median(s):.2f} s, min {min(s):.2f} s; "
              f"eventwire code: median {statistics.median(e):.2f} s, min {min(e):.2f} s; difference median "
              f"{statistics.median(e) - statistics.median(s):+.2f} s, min {min(e) - min(s):+.2f} s")
    loads.append(os.getloadavg()[0])
    print(f"({a.rounds} runs of each, alternating, load {min(loads):.1f}-{max(loads):.1f}; goal: within 0.30 s)")


if __name__ == "__main__":
    main()
