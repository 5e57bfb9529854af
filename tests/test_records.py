"""Every record validates against the shipped schema and every span's text is text[start:end]."""

import json

import jsonschema
import pytest
from conftest import SEEDS, needs_shared

from eventwire import data
from eventwire.ingest import read_paths


def spans(rec):
    yield from rec["actors"]
    for e in rec["events"]:
        yield e["trigger"]
        yield e["source"]
        if e["target"]:
            yield e["target"]
        if e["reported_by"]:
            yield e["reported_by"]
    for q in rec["quotes"]:
        yield q["speaker"]
        yield q["content"]
        if q["cue"]:
            yield q["cue"]
        yield from q["relayed_by"]


def check(rec, text):
    jsonschema.validate(rec, data.schema())
    for s in spans(rec):
        assert text[s["start"]:s["end"]] == s["text"], s


def test_sample_corpus_records_are_valid(pipe):
    arts = list(read_paths([str(data.path("sample"))]))
    assert len(arts) >= 12 and all(a.date for a in arts)
    for art, rec in zip(arts, pipe.code(arts), strict=True):
        check(rec, art.text)
        json.dumps(rec)


def test_seed_records_are_valid(pipe):
    needs_shared("seeds")
    arts = list(read_paths([str(SEEDS)], date="2021-10-08"))
    for art, rec in zip(arts, pipe.code(arts), strict=True):
        check(rec, art.text)


def test_schema_rejects_a_broken_record():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "actors": []}, data.schema())


def test_no_duplicate_quotes_or_events(pipe):
    from eventwire import data
    from eventwire.ingest import read_paths

    for rec in pipe.code(read_paths([str(data.path("sample"))])):
        for kind in ("quotes", "events"):
            ids = [x["id"] for x in rec[kind]]
            assert len(ids) == len(set(ids)), (rec["id"], kind)


def test_one_phrase_naming_two_actors_gives_two_event_ids(code):
    rec = code("US and Pakistani officials held talks with Iran.")
    ids = [e["id"] for e in rec["events"]]
    assert len(ids) >= 2 and len(ids) == len(set(ids)), rec["events"]


def test_lemma_fixes_for_the_lexicons(pipe):
    doc = pipe.nlp("Workers staged a protest.")
    assert doc[1].lemma_ == "stage"
