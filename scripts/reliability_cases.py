"""Print the table of docs/reliability.md: every bad input of tests/ and every mistaken command line, with the
line eventwire prints and its exit code.  Run: .venv/bin/python scripts/reliability_cases.py > /tmp/cases.md"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_reliability import BAD, READ, make_big  # noqa: E402
from test_reliability_cli import MISTAKES, SAMPLE  # noqa: E402

from eventwire.cli import main  # noqa: E402
from eventwire.ingest.run import Report, read_articles  # noqa: E402


def row(path: Path, shown: str) -> str:
    errors: list = []
    arts = list(read_articles([str(path)], None, Report(), on_error=errors.append))
    said = "; ".join(str(e).replace(str(path), "FILE") for e in errors) or "—"
    kept = f"{len(arts)} read" if arts else "refused"
    return f"| `{shown}` | {kept} | {said.replace('|', '/')} |"


def main_() -> None:
    print("| input | result | line printed (FILE = the input's path) |\n|---|---|---|")
    for p in sorted(BAD.iterdir()):
        print(row(p, p.name))
    with tempfile.TemporaryDirectory() as tmp:
        for name in make_big(Path(tmp)):
            print(row(Path(tmp) / name, name + " (made by the test)"))
    print("\n| command line | exit | message |\n|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        CliRunner().invoke(main, ["ingest", str(SAMPLE[0]), str(SAMPLE[1]), "--db", str(t / "s.duckdb"), "--quiet"])
        (t / "notes.txt").write_text("x")
        (t / "a-file").write_text("x")
        (t / "empty").mkdir()
        for line, _code, _words in MISTAKES:
            args = [a.format(db=t / "s.duckdb", dir=t) for a in line.split()]
            r = CliRunner().invoke(main, args)
            msg = [x for x in (r.stderr + r.stdout).splitlines() if x.startswith(("eventwire:", "Error:"))]
            shown = line.replace(str(ROOT) + "/", "").replace("{db}", "s.duckdb").replace("{dir}/", "")
            print(f"| `eventwire {shown}` | {r.exit_code} | {' / '.join(msg).replace(str(t) + '/', '')} |")
    assert len(READ)


if __name__ == "__main__":
    main_()
