"""eventwire.frames(records): the notebook view has the store's columns and rows."""

from __future__ import annotations

import sys

import pytest

from eventwire import frames
from eventwire.errors import EventwireError
from eventwire.store import connect, write_batch
from eventwire.store.rows import COLUMNS

pd = pytest.importorskip("pandas")

TEXTS = ["Japan praised South Korea on Tuesday for its restraint, officials said.",
         "Police fired tear gas at protesters in Belgrade. \"We will not stop,\" a student leader said."]


@pytest.fixture(scope="module")
def recs(code):
    return [code(t) for t in TEXTS]


def test_frames_have_the_store_columns_and_one_row_per_record_item(recs):
    f = frames(recs)
    assert list(f.events.columns) == COLUMNS["events"] and list(f.actors.columns) == COLUMNS["actors"]
    assert list(f.quotes.columns) == COLUMNS["quotes"]
    assert len(f.events) == sum(len(r["events"]) for r in recs) > 0
    assert len(f.actors) == sum(len(r["actors"]) for r in recs) and len(f.quotes) == sum(len(r["quotes"]) for r in recs)
    assert list(f.articles["id"]) == [r["id"] for r in recs] and "record" not in f.articles
    assert str(f.events["date"].dtype).startswith("datetime64") and str(f.events["goldstein"].dtype) == "float64"
    praise = f.events[(f.events["source_code"] == "JPN") & (f.events["target_code"] == "KOR")]
    assert not praise.empty and praise["root"].iloc[0] == "05"


def test_frames_match_what_the_store_holds(recs, tmp_path):
    db = str(tmp_path / "f.duckdb")
    with connect(db) as con:
        write_batch(con, [dict(r, text=t) for r, t in zip(recs, TEXTS, strict=True)])
    with connect(db, read_only=True) as con:
        stored = con.execute("SELECT * FROM events ORDER BY id").df()
    mine = frames(recs).events.sort_values("id").reset_index(drop=True)
    assert mine["id"].tolist() == stored["id"].tolist()
    assert mine["code"].tolist() == stored["code"].tolist() and mine["negated"].tolist() == stored["negated"].tolist()
    assert (mine["date"] == pd.to_datetime(stored["date"])).all()


def test_frames_without_pandas_says_how_to_install(recs, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(EventwireError, match=r"eventwire\[pandas\]"):
        frames(recs)
