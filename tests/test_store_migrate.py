"""A store written before the cross-article tables lost their growing indexes (merged_events' primary key, the
band keys' index) opens, is rewritten once without them, and goes on giving the tables a new store gives."""

from __future__ import annotations

import pytest
from test_crossdoc import TABLES, build, corpus, dump

from eventwire.errors import StoreError
from eventwire.store import connect, write_batch
from eventwire.store.db import SCHEMA


def keyed(con) -> tuple[int, int]:
    """(primary keys on merged_events, indexes on crossdoc_bands)."""
    return con.execute("SELECT (SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'merged_events' AND "
                       "constraint_type = 'PRIMARY KEY'), (SELECT count(*) FROM duckdb_indexes() "
                       "WHERE table_name = 'crossdoc_bands')").fetchone()


def make_old(con) -> None:
    """The shape the previous version wrote: merged_events keyed by id without `seen`, band keys indexed, undated."""
    start = SCHEMA.index("CREATE TABLE IF NOT EXISTS merged_events")
    create = SCHEMA[start:SCHEMA.index(";", start)].replace("id VARCHAR,", "id VARCHAR PRIMARY KEY,", 1)
    con.execute("CREATE TABLE old AS SELECT * EXCLUDE (seen) FROM merged_events")
    con.execute("DROP TABLE merged_events")
    con.execute(create.replace(", seen DATE", "").replace("IF NOT EXISTS ", ""))
    con.execute("INSERT INTO merged_events SELECT * FROM old")
    con.execute("DROP TABLE old")
    con.execute("ALTER TABLE crossdoc_bands DROP COLUMN date")
    con.execute("CREATE INDEX crossdoc_bands_key ON crossdoc_bands (key)")


def test_store_migrate_drops_growing_keys_and_keeps_every_table(tmp_path):
    recs = corpus()
    path = str(tmp_path / "old.duckdb")
    with connect(path) as con:
        write_batch(con, recs[:3])
        assert keyed(con) == (0, 0)  # a new store has neither
        make_old(con)
        assert keyed(con) == (1, 1)
    with connect(path, read_only=True) as con:  # a reader opens it as it is
        assert keyed(con) == (1, 1)
        assert con.execute("SELECT count(*) FROM merged_events").fetchone()[0] > 0
    with connect(path) as con:  # opened to write: migrated in one go, before any batch
        assert keyed(con) == (0, 0)
        seen = con.execute("SELECT id, seen FROM merged_events ORDER BY id").fetchall()
        assert seen == con.execute("SELECT event_id, max(pub) FROM event_mentions GROUP BY 1 ORDER BY 1").fetchall()
        assert con.execute("SELECT count(*) FILTER (date IS NULL), count(*) FROM crossdoc_bands").fetchone()[0] == 0
        write_batch(con, recs[3:])
        write_batch(con, recs[:1])  # re-ingest changes nothing
        got = dump(con)
        bands = con.execute("SELECT * FROM crossdoc_bands ORDER BY ALL").fetchall()
        merged = con.execute("SELECT * FROM merged_events ORDER BY ALL").fetchall()
    fresh = build([recs])
    assert got == dump(fresh)
    assert bands == fresh.execute("SELECT * FROM crossdoc_bands ORDER BY ALL").fetchall()
    assert merged == fresh.execute("SELECT * FROM merged_events ORDER BY ALL").fetchall()  # `seen` included


def test_store_migrate_failure_leaves_the_old_store(tmp_path, monkeypatch):
    """The rewrite is one transaction: if it fails, the store keeps its old tables and data."""
    import eventwire.store.migrate as migrate

    path = str(tmp_path / "old.duckdb")
    with connect(path) as con:
        write_batch(con, corpus())
        make_old(con)
        before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    monkeypatch.setattr(migrate, "SCHEMA", migrate.SCHEMA.replace("seen DATE", "seen DATE, broken"))
    with pytest.raises(StoreError, match=r"old\.duckdb: could not rewrite the cross-article tables"), \
            connect(path):
        pass
    monkeypatch.undo()
    with connect(path, read_only=True) as con:
        assert keyed(con) == (1, 0)  # the band keys' index goes with the schema; nothing reads it
        assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} == before
