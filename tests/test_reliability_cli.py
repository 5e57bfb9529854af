"""Mistaken command lines: each gets a clear message and a non-zero exit, never a traceback or a silent exit 0
(docs/reliability.md lists them with what each prints)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main

SAMPLE = sorted(data.path("sample").glob("*.txt"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    db = folder / "s.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(SAMPLE[0]), str(SAMPLE[1]), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    (folder / "notes.txt").write_text("not a database", encoding="utf-8")
    (folder / "a-file").write_text("x", encoding="utf-8")
    (folder / "empty").mkdir()
    return folder


# (command line with {db} and {dir} placeholders, exit code, words the message must hold)
MISTAKES = [
    ("events --db {db} --root abc", 2, "'abc' is not a CAMEO root"),
    ("events --db {db} --root 190", 2, "'190' is not a CAMEO root"),
    ("events --db {db} --since yesterday", 2, "'yesterday' is not a date"),
    ("events --db {db} --until 2025-13-01", 2, "'2025-13-01' is not a date"),
    ("quotes --db {db} --since yesterday", 2, "'yesterday' is not a date"),
    ("quotes --db {db} --until 9/7/2025", 2, "'9/7/2025' is not a date"),
    ("events --db {db} --dyad USA", 2, "two country codes joined by a dash"),
    ("events --db {db} --dyad USA-", 2, "two country codes joined by a dash"),
    ("events --db {db} --dyad TAL-USA", 0, "no event has country TAL"),
    ("events --db {db} --since 2030-01-01", 0, "no event matches these filters; the store holds"),
    ("events --db {db} --actor Nobody --root 19", 0, "no event matches these filters"),
    ("events --db {db} --limit 0", 2, "--limit"),
    ("events --db {db} --format xml", 2, "'xml' is not one of"),
    ("events --db {dir}/missing.duckdb", 1, "no such database"),
    ("events --db {dir}/notes.txt", 1, "not a valid DuckDB database"),
    ("actors --db {dir}/empty", 1, "not an eventwire Parquet directory"),
    ("ingest {dir}/missing.txt --db {dir}/new.duckdb", 1, "no such file or folder"),
    ("ingest https://example.org/news --db {dir}/new.duckdb", 1, "URLs are not fetched"),
    ("ingest {dir}/empty --db {dir}/new.duckdb", 1, "no readable files in this folder"),
    ("ingest " + str(SAMPLE[0]) + " --db {dir}/new.duckdb --date 09/07/2025", 2, "'09/07/2025' is not a date"),
    ("code " + str(SAMPLE[0]) + " --date yesterday", 2, "'yesterday' is not a date"),
    ("ingest " + str(SAMPLE[0]) + " --db {dir}/no/such/folder/x.duckdb", 1, "cannot open database"),
    ("ingest " + str(SAMPLE[0]) + " --processes 0", 2, "--processes"),
    ("ingest " + str(SAMPLE[0]) + " --engine spark", 2, "--engine spark needs --out"),
    ("ingest " + str(SAMPLE[0]) + " --actors {dir}/missing.tsv", 2, "does not exist"),
    ("code", 2, "Missing argument"),
    ("evnets --db {db}", 2, "No such command"),
    ("export --db {db} --format xml --out {dir}/x", 2, "'xml' is not one of"),
    ("export --db {db} --format csv", 2, "Missing option '--out'"),
    ("export --db {db} --format csv --out {dir}/a-file", 1, "is a file"),
    ("eval " + str(SAMPLE[0]), 2, "eval scores a PLOVER .tsv"),
    ("eval {dir}/missing.tsv", 2, "does not exist"),
]


@pytest.mark.slow
@pytest.mark.parametrize("line,code,words", MISTAKES, ids=[m[0].split(" --db")[0][:40] for m in MISTAKES])
def test_mistaken_command_line_gets_one_clear_message(store, line, code, words):
    args = [a.format(db=store / "s.duckdb", dir=store) for a in line.split()]
    r = CliRunner().invoke(main, args)
    out = r.stdout + r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in out
    assert r.exit_code == code and words in out, out
    if r.exit_code == 1:  # an eventwire error: one line, prefixed (and one for the run when nothing was read)
        errors = [line for line in r.stderr.splitlines() if line.startswith("eventwire: ")]
        assert words in errors[0] and len(errors) <= 2
    assert not (store / "new.duckdb").exists()


def test_there_are_twenty_mistakes():
    assert len(MISTAKES) >= 20


@pytest.mark.slow
def test_export_paths_with_an_apostrophe(store, tmp_path):
    """Every value reaching DuckDB is bound or quoted: an apostrophe in --out or --db is just a character."""
    odd = tmp_path / "O'Brien's exports"
    db = tmp_path / "it's.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(SAMPLE[0]), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    for fmt in ("parquet", "csv", "jsonl", "gdelt"):
        r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "--out", str(odd / fmt)])
        assert r.exit_code == 0 and any((odd / fmt).iterdir()), r.output
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--actor", "O'Brien", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []


@pytest.mark.slow
def test_piped_tables_are_never_cut_and_limit_says_so(store):
    r = CliRunner().invoke(main, ["quotes", "--db", str(store / "s.duckdb")])
    assert r.exit_code == 0
    longest = max(r.stdout.splitlines(), key=len)
    assert len(longest) > 100 and "…" not in r.stdout  # CliRunner is a pipe: no 80-column wrap, no cut
    r = CliRunner().invoke(main, ["quotes", "--db", str(store / "s.duckdb"), "--limit", "1", "--format", "json"])
    assert len(json.loads(r.stdout)) == 1 and "showing 1 of" in r.stderr


@pytest.mark.slow
def test_progress_shows_total_and_rate_on_a_terminal_only(tmp_path, monkeypatch):
    import io

    from rich.console import Console

    import eventwire.cli as cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "_console", lambda: Console(file=screen, force_terminal=True, width=120))
    r = CliRunner().invoke(main, ["ingest", str(SAMPLE[0]), str(SAMPLE[1]), "--db", str(tmp_path / "x.duckdb")])
    assert r.exit_code == 0 and "2/2" in screen.getvalue()  # the total is known before coding starts
    screen.truncate(0)
    r = CliRunner().invoke(main, ["ingest", str(SAMPLE[2]), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert r.exit_code == 0 and screen.getvalue() == "" and "read 1" not in r.stderr
