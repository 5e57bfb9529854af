import json

from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main

ENGLISH = "The minister said on Monday that the two governments had agreed to hold talks in the capital next week."

TEXT = "Japan praised South Korea on Tuesday for its restraint, officials said."


def test_code_jsonl_from_stdin_and_table():
    r = CliRunner().invoke(main, ["code", "-", "--format", "jsonl"],
                           input=json.dumps({"id": "a1", "text": TEXT, "date": "2024-05-02"}) + "\n")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert rec["id"] == "a1" and any(e["root"] == "05" for e in rec["events"])
    r = CliRunner().invoke(main, ["code", "-", "--format", "table"], input=json.dumps({"id": "a1", "text": TEXT}) + "\n")
    assert r.exit_code == 0 and "praised" in r.stdout


def test_bad_input_reported_in_one_line_and_skipped(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_bytes(b"\x00\x00binary")
    r = CliRunner().invoke(main, ["code", str(bad), str(good)])
    assert r.exit_code == 1  # something was refused: the good article is still coded, the exit code tells
    assert f"skipped {bad}: binary file" in r.stderr and "refused 1 (1 binary)" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_ingest_then_query_events_quotes_actors(tmp_path):
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", db])
    assert r.exit_code == 0 and "stored 12 articles" in r.stdout
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", db])
    assert "stored 0 articles" in r.stdout and "12 already stored, skipped" in r.stdout
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", db, "--force"])
    assert "stored 12 articles" in r.stdout
    r = runner.invoke(main, ["events", "--db", db, "--dyad", "CHN-PAK", "--format", "json"])
    rows = json.loads(r.stdout)
    assert rows and all({row["source_country"], row["target_country"]} == {"CHN", "PAK"} for row in rows)
    r = runner.invoke(main, ["events", "--db", db, "--root", "04", "--format", "csv"])
    assert r.stdout.startswith("id,") and len(r.stdout.splitlines()) > 1
    r = runner.invoke(main, ["quotes", "--db", db, "--actor", "Lavrov", "--format", "json"])
    assert json.loads(r.stdout)[0]["speaker_name"] == "Sergei Lavrov"
    r = runner.invoke(main, ["actors", "--db", db, "--search", "Asim Munir", "--format", "json"])
    assert json.loads(r.stdout)[0]["articles"] == 2


def test_demo_writes_report(tmp_path):
    out = tmp_path / "demo.html"
    r = CliRunner().invoke(main, ["demo", "--out", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "events by CAMEO root" in r.stdout and "top dyads" in r.stdout and str(out.resolve()) in r.stdout.replace("\n", "")
    assert "<svg" in html and "class='trigger'" in html and "Kallas" in html


def _counts(db):
    from eventwire.store import connect

    with connect(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes")}


def test_interrupted_ingest_resumes_without_duplicates(tmp_path):
    src = sorted(data.path("sample").glob("*.txt"))
    runner = CliRunner()
    full, resumed = str(tmp_path / "full.duckdb"), str(tmp_path / "resumed.duckdb")
    assert runner.invoke(main, ["ingest", str(data.path("sample")), "--db", full]).exit_code == 0
    runner.invoke(main, ["ingest", *map(str, src[:5]), "--db", resumed])  # the run "interrupted" after 5 files
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", resumed])
    assert "stored 7 articles" in r.stdout and "5 already stored" in r.stdout
    assert _counts(resumed) == _counts(full)


def test_changed_text_replaces_the_article(tmp_path):
    p = tmp_path / "a.jsonl"
    db = str(tmp_path / "x.duckdb")
    p.write_text(json.dumps({"id": "a1", "text": ENGLISH + " China condemned Japan.", "date": "2021-03-04"}) + "\n")
    CliRunner().invoke(main, ["ingest", str(p), "--db", db])
    p.write_text(json.dumps({"id": "a1", "text": ENGLISH + " China praised Japan.", "date": "2021-03-04"}) + "\n")
    r = CliRunner().invoke(main, ["ingest", str(p), "--db", db])
    assert "stored 1 articles" in r.stdout and _counts(db)["articles"] == 1


def test_code_with_two_processes_matches_one(tmp_path):
    one = CliRunner().invoke(main, ["code", str(data.path("sample")), "--format", "jsonl"])
    two = CliRunner().invoke(main, ["code", str(data.path("sample")), "--format", "jsonl", "--processes", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    recs = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(recs) == 12 and sum(len(r["events"]) for r in recs) > 0
    assert one.stdout == two.stdout  # same records, same order: a record depends on its article alone


def test_a_command_that_stores_ends_without_leak_reports(tmp_path):
    """The pipeline freezes the garbage collector over what it loaded; at exit that must be undone, or DuckDB's
    bindings print every object of a connection opened before as leaked (an ingest ends with a page of noise)."""
    import subprocess
    import sys

    src = sorted(data.path("sample").glob("*.txt"))[0]
    r = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", str(src), "--db", str(tmp_path / "s.duckdb")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-800:]
    assert "leaked" not in r.stderr and "nanobind" not in r.stderr
