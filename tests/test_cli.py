import json

from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main

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
    assert r.exit_code == 0
    assert f"skipped {bad}: binary file" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_ingest_then_query_events_quotes_actors(tmp_path):
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", db])
    assert r.exit_code == 0 and "stored 12 articles" in r.stdout
    r = runner.invoke(main, ["ingest", str(data.path("sample")), "--db", db])
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
