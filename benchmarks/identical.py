"""Speed changes must not change output: `eventwire code --format jsonl` on the sample corpus, the gold sentences,
the judged articles and 20,000 words of each benchmark shape, saved once and compared byte for byte later.

    .venv/bin/python benchmarks/identical.py save DIR      # before a change (or at the commit to compare with)
    .venv/bin/python benchmarks/identical.py compare DIR   # after it: exit 1 naming every input whose output moved

`compare` also runs the shapes with `--processes 2` and checks they print what one process printed. The
records carry no timings, so nothing is masked. Run it with PYTHONPATH set to the tree under test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import SHAPES, shape_articles
from procs import env, eventwire, write_jsonl

ROOT = Path(__file__).resolve().parent.parent


def inputs(tmp: Path) -> dict[str, list[str]]:
    """name -> the paths `eventwire code` reads for it."""
    found = {
        "sample": [str(ROOT / "eventwire" / "data" / "sample")],
        "gold-sentences": [str(ROOT / "tests" / "data" / "gold" / "sentences.jsonl")],
        "judged": sorted(str(p) for p in (ROOT / "tests" / "data" / "judged").glob("j*.txt")),
    }
    for shape in SHAPES:
        found[shape] = [str(write_jsonl(shape_articles(shape, 20000), tmp / f"{shape}.jsonl"))]
    return found


def code(paths: list[str], *extra: str) -> bytes:
    proc = subprocess.run(eventwire("code", *paths, "--format", "jsonl", "--quiet", *extra), capture_output=True,
                          env=env())
    if proc.returncode not in (0, 1):  # 1: some input refused, which the output records too
        sys.exit(f"eventwire code {' '.join(paths)} failed:\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "compare"))
    ap.add_argument("dir", type=Path)
    a = ap.parse_args()
    a.dir.mkdir(parents=True, exist_ok=True)
    moved = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, paths in inputs(Path(tmp)).items():
            out = code(paths)
            n = out.count(b"\n")
            ref = a.dir / f"{name}.jsonl"
            if a.mode == "save":
                ref.write_bytes(out)
                print(f"{name}: {n} records saved", flush=True)
                continue
            same = ref.read_bytes() == out
            line = f"{name}: {n} records, {'identical' if same else 'DIFFERENT'}"
            if not same:
                moved.append(name)
                (a.dir / f"{name}.new.jsonl").write_bytes(out)
            if name in SHAPES:
                two = code(paths, "--processes", "2")
                line += f"; --processes 2 {'identical' if two == out else 'DIFFERENT'}"
                if two != out:
                    moved.append(f"{name} --processes 2")
            print(line, flush=True)
    if moved:
        sys.exit(f"output moved: {', '.join(moved)} (new outputs beside the saved ones in {a.dir})")


if __name__ == "__main__":
    main()
