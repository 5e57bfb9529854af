"""Exports: GDELT Event + Mentions tables, PLOVER JSON and every table as JSON Lines/CSV/Parquet, read back the way
users read them (pandas with GDELT's names and types, DuckDB, a JSON Schema)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main
from eventwire.errors import EventwireError
from eventwire.export.gdelt import (
    GDELT_COLUMNS,
    GDELT_DTYPES,
    MENTION_COLUMNS,
    MENTION_DTYPES,
    actor_name,
    clean,
    code_parts,
    global_id,
)
from eventwire.store import connect, query_events, write_batch

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """The sample corpus ingested through the CLI, as a user would."""
    path = str(tmp_path_factory.mktemp("export") / "s.duckdb")
    r = CliRunner().invoke(main, ["ingest", str(data.path("sample")), "--db", path])
    assert r.exit_code == 0, r.output
    return path


@pytest.fixture(scope="module")
def facts(db) -> list[dict]:
    """Asserted events as coded, one per mention."""
    with connect(db, read_only=True) as con:
        rows = query_events(con)
    assert rows
    return rows


@pytest.fixture(scope="module")
def merged(db) -> list[dict]:
    """Asserted events merged across articles, with their mentions: GDELT's Event rows."""
    from eventwire.store.crossdoc import query_merged_events

    with connect(db, read_only=True) as con:
        return query_merged_events(con)


def _export(db: str, out: Path, *args: str) -> None:
    r = CliRunner().invoke(main, ["export", "--db", db, "--out", str(out), *args])
    assert r.exit_code == 0, r.output


def _read(path: Path, **kw):
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""], **kw)


def test_gdelt_events_and_mentions_read_by_pandas_with_gdelt_names_and_types(db, facts, merged, tmp_path):
    _export(db, tmp_path, "--format", "gdelt", "--header")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any("events" in n for n in names) and any("mentions" in n for n in names)
    ev = _read(tmp_path / "events.tsv", dtype=GDELT_DTYPES)
    mn = _read(tmp_path / "mentions.tsv", dtype=MENTION_DTYPES)
    assert list(ev.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert list(mn.columns) == MENTION_COLUMNS and len(MENTION_COLUMNS) == 16
    assert str(ev["GlobalEventID"].dtype) == "Int64" and str(ev["EventCode"].dtype) == "string"
    assert str(ev["GoldsteinScale"].dtype) == "float64" and str(mn["ActionCharOffset"].dtype) == "Int64"
    # one line per event and per mention (every fact, and a withheld mention of a fact's event): none broke
    assert len(ev) == len(merged) and len(mn) == sum(e["num_mentions"] for e in merged) >= len(facts)
    assert set(ev["GlobalEventID"]) == {global_id(e["id"]) for e in merged}
    joined = ev.merge(mn, on="GlobalEventID", how="inner")
    assert len(joined) == len(mn) and set(joined["GlobalEventID"]) == set(ev["GlobalEventID"])
    per_event = mn.groupby("GlobalEventID").size()
    assert ev.set_index("GlobalEventID")["NumMentions"].sort_index().tolist() == per_event.sort_index().tolist()
    assert (ev["EventRootCode"] == ev["EventCode"].str[:2]).all() and ev["QuadClass"].isin([1, 2, 3, 4]).all()


def test_gdelt_fields_hold_what_gdelt_users_expect(db, facts, merged, tmp_path):
    _export(db, tmp_path, "--format", "gdelt")
    lines = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]  # no header by default
    assert len(rows) == len(merged)
    article_ids = {e["article_id"] for e in facts}
    for row in rows:
        assert row["SOURCEURL"].endswith(".txt") and Path(row["SOURCEURL"]).name.startswith(tuple("01"))
        assert row["SOURCEURL"] not in article_ids
        assert len(row["Day"]) == 8 and row["Day"][:6] == row["MonthYear"] and len(row["DATEADDED"]) == 14
        if not row["Actor1Code"]:
            assert not row["Actor1Name"]
        if not row["Actor2Code"]:
            assert not row["Actor2Name"]
    assert not any("TEAR GAS" in (r["Actor1Name"], r["Actor2Name"]) for r in rows)  # an uncoded phrase
    by_code = {(r["Actor1Code"], r["Actor2Code"], r["EventCode"]): r for r in rows}
    talks = by_code[("USAGOV", "PAKGOV", "040")]
    assert talks["Actor1CountryCode"] == "USA" and talks["Actor1Type1Code"] == "GOV"
    assert talks["Actor1Geo_Type"] == "1" and talks["Actor1Geo_CountryCode"] == "US"  # FIPS, as GDELT
    assert talks["ActionGeo_Type"] == "4" and talks["ActionGeo_Fullname"] == "Islamabad, Pakistan"
    assert talks["ActionGeo_CountryCode"] == "PK" and float(talks["ActionGeo_Lat"]) == pytest.approx(33.72, 0.01)
    taliban = next(r for r in rows if r["Actor2Code"] == "AFGGOVTAL")  # a group: its code in KnownGroupCode
    assert taliban["Actor2KnownGroupCode"] == "TAL" and taliban["Actor2CountryCode"] == "AFG"
    assert "TALIBAN" in taliban["Actor2Name"]
    mentions = (tmp_path / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    first = dict(zip(MENTION_COLUMNS, mentions[0].split("\t"), strict=True))
    assert first["MentionType"] == "2" and first["MentionIdentifier"] == rows[0]["SOURCEURL"]  # a file: citation


def test_mention_offsets_point_at_the_event_in_its_article(db, facts, merged, tmp_path):
    _export(db, tmp_path, "--format", "gdelt", "--header")
    mn = _read(tmp_path / "mentions.tsv", dtype=MENTION_DTYPES)
    with connect(db, read_only=True) as con:
        texts = dict(con.execute("SELECT id, text FROM articles").fetchall())
        sources = dict(con.execute("SELECT id, source FROM articles").fetchall())
    event_of = {m["mention_id"]: global_id(r["id"]) for r in merged for m in r["mentions"]}
    for e in facts:
        m = mn[(mn["GlobalEventID"] == event_of[e["id"]]) & (mn["ActionCharOffset"] == e["trigger_start"])
               & (mn["MentionIdentifier"] == sources[e["article_id"]])].iloc[0]
        text = texts[e["article_id"]]
        assert m["MentionDocLen"] == len(text) and m["SentenceID"] == e["sentence_index"] + 1
        assert text[m["ActionCharOffset"]:].startswith(e["trigger"])
        assert text[m["Actor1CharOffset"]:].startswith(e["source_text"])


def test_round_trip_keeps_every_asserted_event(db, facts, tmp_path):
    import duckdb

    ids = {e["id"] for e in facts}
    for fmt in ("jsonl", "csv", "parquet"):
        _export(db, tmp_path / fmt, "--format", fmt)
        assert {f"{t}.{fmt}" for t in ("articles", "events", "quotes", "actors")} <= {
            p.name for p in (tmp_path / fmt).iterdir()}
    back = {
        "jsonl": pd.read_json(tmp_path / "jsonl" / "events.jsonl", lines=True, dtype={"id": str}),
        "csv": pd.read_csv(tmp_path / "csv" / "events.csv", dtype={"id": str, "code": str}),
        "parquet": duckdb.connect().execute(
            f"SELECT * FROM read_parquet('{tmp_path / 'parquet' / 'events.parquet'}')").df(),
    }
    for fmt, df in back.items():
        assert set(df["id"]) == ids, fmt
        assert df["modality"].eq("asserted").all() and not df["negated"].any(), fmt
    stored = {e["id"]: e for e in facts}
    for row in back["csv"].to_dict("records"):
        assert row["code"] == stored[row["id"]]["code"] and row["sentence"] == stored[row["id"]]["sentence"]
    _export(db, tmp_path / "all", "--format", "jsonl", "--all")
    assert len(pd.read_json(tmp_path / "all" / "events.jsonl", lines=True)) > len(facts)


def test_plover_export_validates_against_the_plover_schema(db, merged, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")

    _export(db, tmp_path, "--format", "plover")
    schema = json.loads(data.path("schema/plover.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    recs = [json.loads(line) for line in (tmp_path / "events.plover.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == sum(1 for e in merged if e["plover_type"])
    for rec in recs:
        jsonschema.validate(rec, schema)
    talks = next(r for r in recs if r["cameo_code"] == "040" and r["recipient"][0].get("code") == "PAK")
    assert talks["event"] == ["CONSULT"] and talks["source"][0]["code"] == "USA"
    assert talks["event_loc"]["cc3"] == "PAK" and talks["event_loc"]["country code"] == "PK"
    assert talks["context"] == ["diplomatic"] if "context" in talks else True
    start, end = talks["text_info"]["start"], talks["text_info"]["end"]
    with connect(db, read_only=True) as con:
        text = con.execute("SELECT text FROM articles WHERE source = ?", [talks["cite_info"]["citation"]]).fetchone()[0]
    assert text[start:end] == talks["text"]
    broken = dict(recs[0], event=["CHAT"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_plover_contexts_cover_known_codes():
    from eventwire.events.ontology import codes
    from eventwire.export.plover import context_of, contexts

    assert contexts() and all(c[:3] in codes() and c.isdigit() for c in contexts())  # crosswalk codes are CAMEO's
    assert context_of("0312") == ["military"] and context_of("0871") == context_of("087")


def _record(title_name: str, url: str | None) -> dict:
    """A hand-made record (no model): a name that kept a title's blank line, an uncoded target phrase."""
    text = f"{title_name}\n\nPolice fired tear gas in Belgrade."
    src = {"text": title_name, "start": 0, "end": len(title_name), "name": title_name, "code": "SRBGOV",
           "country": "SRB", "sector": "GOV", "group": None}
    i = text.index("Police")
    police = {"text": "Police", "start": i, "end": i + 6, "name": None, "code": "COP", "country": None,
              "sector": "COP", "group": None}
    gas = {"text": "tear gas", "start": text.index("tear"), "end": text.index("tear") + 8, "name": None,
           "code": None, "country": None, "sector": None, "group": None}
    ev = {"id": "00000000000000a1", "sentence_index": 1, "sentence": "Police fired tear gas in Belgrade.",
          "trigger": {"text": "fired", "start": i + 7, "end": i + 12}, "source": police, "target": gas,
          "code": "1711", "root": "17", "quad_class": 4, "goldstein": -9.2,
          "plover": {"type": "COERCE", "mode": None}, "date": None, "date_precision": "unknown",
          "location": {"name": "Belgrade", "country": "SRB", "lat": 44.80401, "lon": 20.46513},
          "negated": False, "modality": "asserted", "reported_by": None}
    ev2 = dict(ev, id="00000000000000a2", source=src, sentence_index=0, sentence=text[:len(title_name) + 2],
               trigger={"text": title_name.split()[0], "start": 0, "end": 4}, target=police)
    return {"id": "art1", "title": title_name, "date": None, "outlet": None, "url": url, "actors": [src, police, gas],
            "events": [ev, ev2], "quotes": [], "text": text, "source": "in/art1.txt"}


def test_no_field_holds_a_tab_or_newline_and_dates_are_always_filled(tmp_path):
    from eventwire.export import export_gdelt

    name = "Serbian\tgovernment\n\n"
    db = str(tmp_path / "h.duckdb")
    with connect(db) as con:
        write_batch(con, [_record(name, "https://www.example.org/news/1")])
    with connect(db, read_only=True) as con:
        assert export_gdelt(con, str(tmp_path / "out")) == 2
    for table, width in (("events", 61), ("mentions", 16)):
        lines = (tmp_path / "out" / f"{table}.tsv").read_text(encoding="utf-8").split("\n")
        assert lines[-1] == "" and all(len(line.split("\t")) == width for line in lines[:-1])
    rows = [dict(zip(GDELT_COLUMNS, x.split("\t"), strict=True))
            for x in (tmp_path / "out" / "events.tsv").read_text(encoding="utf-8").splitlines()]
    police = next(r for r in rows if r["Actor1Code"] == "COP")
    assert police["Actor1Name"] == "POLICE" and police["Actor2Name"] == "" and police["Actor1Type1Code"] == "COP"
    assert police["Day"] == police["DATEADDED"][:8]  # no event or publication date: the day it was added
    assert police["SOURCEURL"] == "https://www.example.org/news/1"
    assert any(r["Actor1Name"] == "SERBIAN GOVERNMENT" for r in rows)
    m = dict(zip(MENTION_COLUMNS, (tmp_path / "out" / "mentions.tsv").read_text().splitlines()[0].split("\t"),
                 strict=True))
    assert m["MentionType"] == "1" and m["MentionSourceName"] == "example.org"


def test_export_into_an_existing_file_is_refused(tmp_path):
    from eventwire.export import export

    target = tmp_path / "events.tsv"
    target.write_text("keep me")
    with connect(":memory:") as con, pytest.raises(EventwireError, match="events.tsv: is a file"):
        export(con, "gdelt", str(target))
    assert target.read_text() == "keep me"
    with connect(":memory:") as con, pytest.raises(EventwireError, match="unknown export format 'xml'"):
        export(con, "xml", str(tmp_path / "x"))


@pytest.mark.parametrize(("code", "parts"), [
    ("AFGGOVTAL", ("AFG", ["GOV"], "TAL")), ("IGOUNOIAE", ("", ["IGO"], "IAE")), ("REBISI", ("", ["REB"], "ISI")),
    ("USA", ("USA", [], "")), ("SDNMILRSF", ("SDN", ["MIL"], "RSF")), (None, ("", [], "")),
])
def test_code_parts(code, parts):
    assert code_parts(code) == parts


def test_root_events_are_in_the_headline_or_lead_paragraph(db, tmp_path):
    from eventwire.export.mentions import _lead_end

    text = "Talks held\n\nPakistan hosted talks. India objected.\nLater, China spoke."
    assert text[:_lead_end(text, "Talks held")] == "Talks held\n\nPakistan hosted talks. India objected."
    assert _lead_end("One paragraph.", None) == len("One paragraph.")
    _export(db, tmp_path, "--format", "gdelt", "--header")
    ev = _read(tmp_path / "events.tsv", dtype=GDELT_DTYPES)
    assert set(ev["IsRootEvent"]) == {0, 1}


def test_actor_names_and_clean_fields():
    assert actor_name({"code": None, "name": None, "text": "tear gas"}) == ""
    assert actor_name({"code": "COP", "name": None, "text": "the police"}) == "POLICE"
    assert actor_name({"code": "USAGOV", "name": "Marco\n\nRubio", "text": "Mr Rubio"}) == "MARCO RUBIO"
    assert clean("a\tb\r\nc  ") == "a b c" and clean(None) == ""


def test_exports_read_no_spacy():
    import subprocess
    import sys

    code = "import sys, eventwire.export; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_a_store_older_than_merged_events_still_exports_one_event_per_mention(tmp_path, capsys):
    from eventwire.export import export_gdelt

    db = str(tmp_path / "old.duckdb")
    with connect(db) as con:
        write_batch(con, [_record("Serbian government", None)])
        for table in ("crossdoc_articles", "crossdoc_bands", "crossdoc_dyads", "event_mentions", "merged_events"):
            con.execute(f"DROP TABLE {table}")  # as a store written before the cross-article stage
    with connect(db, read_only=True) as con:
        assert export_gdelt(con, str(tmp_path / "out")) == 2
    assert "predates merged events" in capsys.readouterr().err
    mentions = (tmp_path / "out" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert len(mentions) == 2 and all(m.split("\t")[5] == "in/art1.txt" for m in mentions)


def test_paged_reading_gives_the_same_tables(db, tmp_path, monkeypatch):
    import eventwire.export.mentions as mentions

    _export(db, tmp_path / "one", "--format", "gdelt")
    monkeypatch.setattr(mentions, "PAGE", 7)  # many pages, one of them short
    _export(db, tmp_path / "paged", "--format", "gdelt")
    for name in ("events.tsv", "mentions.tsv"):
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "paged" / name).read_text()
