"""The cross-article commands, run through click on a store of hand-written records, as the issue's output
contract states them; and on a Parquet directory like the Spark engine's."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_crossdoc import corpus

from eventwire.cli import main
from eventwire.store import connect, write_batch


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("crossdoc") / "x.duckdb")
    with connect(path) as con:
        write_batch(con, corpus())
    return path


def run(*args) -> str:
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture(scope="module")
def parquet(db, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark") / "parquet"
    with connect(db, read_only=True) as con:
        for table in ("articles", "events", "quotes", "actors"):
            (out / table).mkdir(parents=True)
            con.execute(f"COPY (SELECT * FROM {table}) TO '{out / table / 'part-0.parquet'}' (FORMAT parquet)")
    return str(out)


def test_crossdoc_cli_events_json_are_merged_with_counts_and_mentions(db):
    rows = json.loads(run("events", "--db", db, "--format", "json"))
    assert isinstance(rows, list) and rows
    for e in rows:
        assert all(isinstance(e[k], int) for k in ("num_mentions", "num_articles", "num_sources"))
        assert len(e["mentions"]) == e["num_mentions"]
        assert all({"article_id", "sentence_index", "start", "end"} <= set(m) for m in e["mentions"])
        assert {"source_code", "target_code", "code", "goldstein", "date", "trigger"} <= set(e)
    meeting = [e for e in rows if e["date"] == "2021-08-26" and e["root"] == "04"]
    assert [(e["num_mentions"], e["num_articles"], e["num_sources"]) for e in meeting] == [(3, 2, 2)]
    csv = run("events", "--db", db, "--format", "csv")
    assert csv.startswith("id,") and "num_sources" in csv.splitlines()[0] and "2021-08-26" in csv


def test_crossdoc_cli_stories_disputes_dyad(db):
    stories = json.loads(run("stories", "--db", db, "--format", "json"))
    assert all({"id", "articles", "outlets"} <= set(s) for s in stories)
    assert any(set(s["articles"]) == {"a", "a-copy", "b"} for s in stories)
    (d,) = json.loads(run("disputes", "--db", db, "--format", "json"))
    for side in ("a", "b"):
        assert {"speaker", "content", "article_id"} <= set(d[side])
    assert d["a"]["speaker"]["name"] == "Asad Majeed Khan" and d["b"]["speaker"]["name"] == "Ervin Massinga"
    assert "Massinga" in run("disputes", "--db", db)
    rows = json.loads(run("dyad", "USA", "PAK", "--db", db, "--by", "month", "--format", "json"))
    assert rows and all({"period", "source", "target", "count", "goldstein_sum", "quad1", "quad2", "quad3",
                         "quad4"} <= set(r) for r in rows)
    assert sum(r["count"] for r in rows) == 3
    days = json.loads(run("dyad", "USA", "PAK", "--db", db, "--by", "day", "--format", "json"))
    assert [r["period"] for r in days] == ["2021-08-26", "2021-08-27"]


def test_crossdoc_cli_network_and_timeline(db):
    g = json.loads(run("network", "--db", db))
    assert {"USAGOV", "PAKGOV", "REBISI"} <= {n["id"] for n in g["nodes"]}
    edge = next(e for e in g["links"] if (e["source"], e["target"]) == ("USAGOV", "PAKGOV"))
    assert edge["weight"] == 3
    assert not json.loads(run("network", "--db", db, "--until", "2021-08-25"))["links"]
    xml = run("network", "--db", db, "--format", "graphml")
    assert xml.startswith("<graphml") and "USAGOV" in xml
    rows = json.loads(run("timeline", "--db", db, "--story", "a", "--format", "json"))
    assert rows and rows[0]["sources"] == ["Dawn", "The National"]
    assert all(r["source_code"] == "REBISI" for r in json.loads(run("timeline", "--db", db, "--actor", "REBISI",
                                                                    "--format", "json")))


def test_crossdoc_cli_reads_a_parquet_directory_as_the_store(db, parquet):
    for args in (["events", "--format", "json"], ["stories", "--format", "json"], ["disputes", "--format", "json"],
                 ["dyad", "USA", "PAK", "--format", "json"], ["timeline", "--format", "json"]):
        assert json.loads(run(*args, "--db", parquet)) == json.loads(run(*args, "--db", db)), args
    assert json.loads(run("network", "--db", parquet)) == json.loads(run("network", "--db", db))


def test_crossdoc_cli_store_before_the_stage_is_caught_up(tmp_path):
    path = str(tmp_path / "old.duckdb")
    recs = corpus()
    with connect(path) as con:
        write_batch(con, recs)
        for t in ("crossdoc_articles", "crossdoc_bands", "crossdoc_dyads", "event_mentions", "merged_events",
                  "disputes"):
            con.execute(f"DELETE FROM {t}")
    r = CliRunner().invoke(main, ["events", "--db", path])  # read-only: told how to build them, in one line
    assert r.exit_code == 1 and "predates merged events" in r.output + str(r.exception)
    with connect(path) as con:
        write_batch(con, recs[:1])
    assert len(json.loads(run("stories", "--db", path, "--format", "json"))) == 3
