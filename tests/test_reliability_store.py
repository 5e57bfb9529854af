"""What is stored survives: kill -9 mid-run and resume equals a clean run (also with --processes 2); stable ids
replace an edited file's rows; a new --date recodes; a held store is one clear line; the API reads as the CLI."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main
from eventwire.errors import InputError

SAMPLE = sorted(data.path("sample").glob("*.txt"))
TABLES = ("articles", "events", "quotes", "actors")


def counts(db: Path) -> dict[str, int]:
    from eventwire.store import connect

    with connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def corpus(tmp_path: Path, copies: int = 1) -> Path:
    folder = tmp_path / "corpus"
    for k in range(copies):
        (folder / str(k)).mkdir(parents=True)
        for p in SAMPLE:
            shutil.copy(p, folder / str(k) / p.name)
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *args]


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The sample ingested without interruption (no article of it needs a person learnt in an earlier one, so
    a run resumed part-way codes each article as a clean run does)."""
    tmp = tmp_path_factory.mktemp("clean")
    folder = corpus(tmp)
    assert CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp / "c.duckdb"), "--quiet"]).exit_code == 0
    return folder, counts(tmp / "c.duckdb")


@pytest.mark.slow
@pytest.mark.parametrize("processes", ["1", "2"])
def test_kill_9_mid_ingest_then_resume_equals_a_clean_run(tmp_path, clean_run, processes):
    folder, clean = clean_run
    killed = tmp_path / "killed.duckdb"
    args = ["ingest", str(folder), "--db", str(killed), "--batch", "1", "--quiet", "--processes", processes]
    proc = subprocess.Popen(_cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    wal = Path(str(killed) + ".wal")
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and not (wal.exists() and wal.stat().st_size > 30_000):
        time.sleep(0.02)  # a batch or two committed (the schema's log is checkpointed away at once)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, as a kill -9 of the whole run
    proc.wait()
    out = subprocess.run(_cli(*args), capture_output=True, text=True, timeout=300)  # the same run, resumed
    assert out.returncode == 0 and "already stored" in out.stdout, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    assert counts(killed) == clean


@pytest.mark.slow
def test_a_store_held_by_another_process_is_one_clear_line(tmp_path):
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = CliRunner().invoke(main, ["ingest", str(SAMPLE[0]), "--db", str(db)])
        lines = [line for line in r.stderr.splitlines() if line.startswith("eventwire: ")]
        assert r.exit_code == 1 and len(lines) == 1 and "open in another eventwire process" in lines[0], r.output
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_an_edited_file_replaces_its_rows_and_a_new_date_recodes(tmp_path):
    from eventwire.store import connect

    p = tmp_path / "article.txt"
    db = tmp_path / "x.duckdb"
    p.write_text("Talks\n\nChina condemned Japan on Tuesday over the dispute, officials said.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(p), "--db", str(db), "--date", "2025-01-01"]).exit_code == 0
    p.write_text("Talks\n\nChina praised Japan on Tuesday for its help, officials said.\n", encoding="utf-8")
    r = runner.invoke(main, ["ingest", str(p), "--db", str(db), "--date", "2025-01-01"])
    assert "stored 1 articles" in r.stdout and counts(db)["articles"] == 1
    r = runner.invoke(main, ["ingest", str(p), "--db", str(db), "--date", "2025-01-01"])
    assert "stored 0 articles" in r.stdout and "1 already stored" in r.stdout
    r = runner.invoke(main, ["ingest", str(p), "--db", str(db), "--date", "2025-02-02"])
    assert "stored 1 articles" in r.stdout
    with connect(str(db), read_only=True) as con:
        assert con.execute("SELECT CAST(date AS VARCHAR), language FROM articles").fetchall() == [("2025-02-02", "en")]
        assert {row[0] for row in con.execute("SELECT trigger FROM events").fetchall()} == {"praised"}


TEXT = ("Talks agreed\n\nPublished: March 3, 2025\n\nISLAMABAD — Pakistan and the United States agreed on Monday to "
        "hold talks on border security, officials said.\n")


def _comparable(rec: dict) -> dict:
    return {"title": rec["title"], "date": rec["date"], "language": rec["language"],
            "events": [(e["code"], e["source"]["code"], (e["target"] or {}).get("code"), e["trigger"]["start"])
                       for e in rec["events"]],
            "quotes": [(q["speaker"]["text"], q["content"]["start"]) for q in rec["quotes"]]}


@pytest.mark.slow
def test_the_api_and_the_cli_read_the_same_text_the_same_way(tmp_path):
    import eventwire

    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(main, ["code", str(p)])
    cli = json.loads(r.stdout)
    (api,) = eventwire.code(TEXT)
    assert cli["title"] == "Talks agreed" and cli["date"] == "2025-03-03" and cli["events"]
    assert _comparable(api) == _comparable(cli)
    (from_dict,) = eventwire.code({"id": 0, "text": TEXT, "title": 5})
    assert from_dict["id"] == "0" and from_dict["title"] == "5" and from_dict["date"] == "2025-03-03"


def test_the_api_refuses_what_the_cli_refuses():
    import eventwire

    with pytest.raises(InputError, match="date 'yesterday' is not ISO 8601"):
        eventwire.code("Some text about talks.", date="yesterday")
    with pytest.raises(InputError, match="item 1: text is French"):
        eventwire.code(["Talks were held.", "Le gouvernement français a annoncé mardi de nouvelles sanctions contre "
                                            "la Russie après l'attaque de la nuit, a déclaré le ministre."])
