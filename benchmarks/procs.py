"""Whole-process timing shared by the benchmarks: the `eventwire` command and a spaCy-alone process on one file.

Both run with one BLAS/OpenMP thread (what `eventwire` sets for itself), output to /dev/null, and are timed
from outside, so interpreter start, imports and the model load count, as they do for a user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from eventwire.nlp.load import model_name
from eventwire.records import Article

BIN = Path(sys.executable).parent
SPACY_ALONE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2], exclude=["senter"])
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for _doc in nlp.pipe(texts):
    pass
"""


def env(pythonpath: str | None = None) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=pythonpath) if pythonpath else dict(os.environ)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        e.setdefault(var, "1")
    return e


def write_jsonl(arts: Iterable[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "date": a.date}) + "\n")
    return path


def timed(cmd: list[str], pythonpath: str | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MiB) of one command and its workers; stops if it fails.
    CPU time is the steadier figure on a shared machine; wall time is what a user waits."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(pythonpath))
    err = proc.stderr.read() if proc.stderr else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode(errors='replace')[-2000:]}")
    return secs, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def spacy_process(src: Path) -> list[str]:
    return [sys.executable, "-c", SPACY_ALONE, str(src), model_name()]


def eventwire(*args: str) -> list[str]:
    return [str(BIN / "eventwire"), *args]
