import json

import pytest

from eventwire.errors import StoreError
from eventwire.store import connect, query_events, query_quotes, summary, write_batch
from eventwire.store.query import actor_registry

TEXT = ("Pakistan's Foreign Minister Shah Mahmood Qureshi met US Deputy Secretary of State Wendy Sherman in "
        "Islamabad on Friday. \"We discussed the importance of stability,\" Ms Sherman said. "
        "Islamabad denies it supports the Afghan Taliban.")


@pytest.fixture()
def rec(code):
    r = code(TEXT)
    r["text"] = TEXT
    return r


def test_ingest_twice_replaces_never_duplicates(tmp_path, rec):
    db = str(tmp_path / "t.duckdb")
    for _ in range(2):
        with connect(db) as con:
            write_batch(con, [json.loads(json.dumps(rec))])
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert n_events == len(rec["events"])


def test_queries_filter_facts_dyads_and_dates(tmp_path, rec):
    db = str(tmp_path / "t.duckdb")
    with connect(db) as con:
        write_batch(con, [rec])
    with connect(db, read_only=True) as con:
        facts = query_events(con)
        assert facts and all(not e["negated"] for e in facts)
        assert len(query_events(con, include_all=True)) > len(facts)  # the denied support stays out by default
        assert query_events(con, dyad="USA-PAK", root="04")
        assert not query_events(con, dyad="USA-PAK", since="2030-01-01")
        assert query_quotes(con, speaker="Sherman")
        assert summary(con)["articles"] == 1
        assert any(r["name"] == "Wendy Sherman" for r in actor_registry(con, "Sherman"))


def test_failed_batch_leaves_stored_data_intact(tmp_path, rec):
    db = str(tmp_path / "t.duckdb")
    with connect(db) as con:
        write_batch(con, [rec])
    broken = dict(rec, id="other", events=[{"id": "x"}])
    with connect(db) as con, pytest.raises(KeyError):
        write_batch(con, [broken])
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_missing_or_foreign_database_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        with connect(str(tmp_path / "none.duckdb"), read_only=True):
            pass
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    with pytest.raises(StoreError):
        with connect(str(bad)):
            pass


def test_exports_leave_negated_events_out_unless_asked(tmp_path, rec):
    from eventwire.export import export_gdelt, export_parquet

    db = str(tmp_path / "t.duckdb")
    with connect(db) as con:
        write_batch(con, [rec])
    facts = sum(1 for e in rec["events"] if not e["negated"] and e["modality"] == "asserted")
    assert facts < len(rec["events"])  # the article's denial is stored, but is no fact
    with connect(db, read_only=True) as con:
        assert export_gdelt(con, str(tmp_path / "f.tsv")) == facts
        assert export_gdelt(con, str(tmp_path / "a.tsv"), include_all=True) == len(rec["events"])
        assert export_parquet(con, str(tmp_path / "pq")) == facts
