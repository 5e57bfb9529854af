"""The JSON API (eventwire/server) on a store of records we write here: every endpoint, its filters, pagination,
404s and bad parameters (one JSON error shape, never a stack trace). No spaCy: the server never needs it to read."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from eventwire.records import actor, span  # noqa: E402
from eventwire.server import create_app  # noqa: E402
from eventwire.store import connect, write_batch  # noqa: E402

# (source text, name, code, verb, target text, name, code, CAMEO, QuadClass, Goldstein, PLOVER, negated)
S = {
    "meet": ("US officials", "United States", "USAGOV", "met", "Pakistani officials", "Pakistan", "PAKGOV", "040", 1, 1.0,
             "CONSULT", False),
    "meet_back": ("Pakistani officials", "Pakistan", "PAKGOV", "met", "US officials", "United States", "USAGOV", "040",
                  1, 1.0, "CONSULT", False),
    "accuse": ("Pakistan", "Pakistan", "PAK", "accused", "India", "India", "IND", "112", 3, -2.0, "ACCUSE", False),
    "attack": ("India", "India", "IND", "did not attack", "Pakistan", "Pakistan", "PAK", "190", 4, -10.0, "ASSAULT",
               True),
    "praise": ("Washington", "United States", "USAGOV", "praised", "Islamabad", "Pakistan", "PAKGOV", "051", 1, 3.4,
               None, False),
    "host": ("India", "India", "INDGOV", "hosted", "Japan", "Japan", "JPNGOV", "042", 1, 1.9, "CONSULT", False),
}


def article(aid: str, date: str, kinds: list[str], quote: str | None = None) -> dict:
    """A record whose text is one sentence per event, with every span's offsets right."""
    text, events, actors = "", [], []
    for i, kind in enumerate(kinds):
        st, sn, sc, verb, tt, tn, tc, code, quad, gold, plover, neg = S[kind]
        start = len(text)
        sentence = f"{st} {verb} {tt}. "
        text += sentence
        src = actor(text, start, start + len(st), sn, sc)
        v0 = start + len(st) + 1
        t0 = v0 + len(verb) + 1
        tgt = actor(text, t0, t0 + len(tt), tn, tc)
        actors += [src, tgt]
        events.append({"id": f"{aid}-e{i}", "sentence_index": i, "sentence": sentence, "trigger": span(text, v0, v0 + len(verb)),
                       "source": src, "target": tgt, "code": code, "root": code[:2], "quad_class": quad,
                       "goldstein": gold, "plover": {"type": plover, "mode": None}, "date": date,
                       "date_precision": "publication", "location": None, "negated": neg, "modality": "asserted",
                       "reported_by": None, "rule": f"verb:{verb.split()[-1]}"})
    quotes = []
    if quote:
        start = len(text) + 1
        text += f"\"{quote}\" Sherman said."
        speaker = actor(text, len(text) - 13, len(text) - 6, "Wendy Sherman", "USAGOV")
        actors.append(speaker)
        quotes.append({"id": f"{aid}-q0", "kind": "direct", "speaker": speaker,
                       "cue": span(text, len(text) - 5, len(text) - 1), "content": span(text, start, start + len(quote)),
                       "relayed_by": [{"text": "Dawn", "name": "Dawn"}]})
    return {"id": aid, "title": f"Article {aid}", "date": date, "outlet": "Wire", "url": None, "text": text,
            "actors": actors, "events": events, "quotes": quotes}


RECORDS = [
    article("a1", "2021-10-08", ["meet", "meet_back"], quote="We agreed to work together"),
    article("a2", "2021-10-09", ["accuse", "attack"]),
    article("a3", "2021-10-10", ["host"]),
    *[article(f"p{n:02d}", f"2021-11-{n:02d}", ["praise"]) for n in range(1, 13)],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("server") / "store.duckdb")
    with connect(path) as con:
        write_batch(con, json.loads(json.dumps(RECORDS)))
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def ok(client, url: str, **kw) -> dict | list:
    r = client.get(url, **kw)
    assert r.status_code == 200, r.text
    return r.json()


def bad(client, url: str, status: int = 400) -> str:
    r = client.get(url)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status and "Traceback" not in r.text
    return body["error"]


def test_server_health_counts_the_store(client):
    h = ok(client, "/api/health")
    assert (h["articles"], h["events"], h["quotes"], h["writable"]) == (15, 16, 1, False)  # the negated attack left out


def test_server_articles_newest_first_paged_and_searchable(client):
    page = ok(client, "/api/articles?limit=5&offset=0")
    assert page["total"] == 15 and len(page["items"]) == 5
    assert page["items"][0]["id"] == "p12" and page["items"][0]["events"] == 1
    assert ok(client, "/api/articles?limit=5&offset=14")["items"][0]["id"] == "a1"
    found = ok(client, "/api/articles?search=article a2")
    assert [a["id"] for a in found["items"]] == ["a2"] and found["total"] == 1


def test_server_article_carries_text_and_offsets(client):
    rec = ok(client, "/api/articles/a1")
    text = rec["text"]
    for e in rec["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"] == "met"
        assert text[e["source"]["start"]:e["source"]["end"]] == e["source"]["text"]
    q = rec["quotes"][0]
    assert text[q["content"]["start"]:q["content"]["end"]] == "We agreed to work together"
    assert "no article" in bad(client, "/api/articles/nope", 404)


def mention_ids(page: dict) -> list[str]:
    return sorted(m["mention_id"] for e in page["items"] for m in e["mentions"])


def test_server_events_by_dyad_carry_sentence_and_offsets(client, db):
    page = ok(client, "/api/events?dyad=USA-PAK&limit=100")
    assert page["total"] == 13  # both directions: one meeting (two mentions, merged) and twelve praises
    texts = {a["id"]: a["text"] for a in RECORDS}
    for e in page["items"]:
        assert {e["source_code"][:3], e["target_code"][:3]} == {"USA", "PAK"}
        assert texts[e["article_id"]][e["trigger_start"]:e["trigger_end"]] == e["trigger"] in e["sentence"]
        assert e["num_mentions"] == len(e["mentions"]) >= 1
        for m in e["mentions"]:
            assert texts[m["article_id"]][m["start"]:m["end"]] == m["trigger"]
    assert mention_ids(page)[:2] == ["a1-e0", "a1-e1"]
    from click.testing import CliRunner

    from eventwire.cli import main

    cli = CliRunner().invoke(main, ["events", "--db", db, "--dyad", "USA-PAK", "--format", "json"])
    assert cli.exit_code == 0, cli.output  # the CLI's query function gives the same events, in the same order
    assert [e["id"] for e in json.loads(cli.output)] == [e["id"] for e in page["items"]]


@pytest.mark.parametrize(("query", "ids"), [
    ("actor=IND", ["a2-e0", "a3-e0"]),
    ("actor=IND&all=true", ["a2-e0", "a2-e1", "a3-e0"]),
    ("root=4", ["a1-e0", "a1-e1", "a3-e0"]),
    ("root=04&dyad=PAK-USA", ["a1-e0", "a1-e1"]),
    ("story=a2", ["a2-e0"]),
    ("plover=accuse", ["a2-e0"]),
    ("since=2021-10-09&until=2021-10-10", ["a2-e0", "a3-e0"]),
    ("dyad=JPN-IND", ["a3-e0"]),
    ("dyad=USA-IND", []),
])
def test_server_events_filters(client, query, ids):
    page = ok(client, f"/api/events?{query}")
    assert mention_ids(page) == ids and page["total"] == len(page["items"])


def test_server_events_pages_cover_all_once(client):
    seen, offset = [], 0
    while True:
        page = ok(client, f"/api/events?limit=3&offset={offset}")
        assert page["limit"] == 3 and page["offset"] == offset and page["total"] == 15
        if not page["items"]:
            break
        seen += [e["id"] for e in page["items"]]
        offset += 3
    assert len(seen) == len(set(seen)) == 15


@pytest.mark.parametrize(("url", "names"), [
    ("/api/events?root=abc", "root"), ("/api/events?root=21", "root"), ("/api/events?limit=0", "limit"),
    ("/api/events?limit=5000", "limit"), ("/api/events?offset=-1", "offset"), ("/api/events?since=yesterday", "since"),
    ("/api/events?dyad=USA", "dyad"), ("/api/events?all=maybe", "all"), ("/api/quotes?until=2021-13-01", "until"),
    ("/api/articles?limit=x", "limit"), ("/api/actors?offset=abc", "offset"), ("/api/dyads/US/PAK", "a"),
    ("/api/dyads/USA/PAK?by=hour", "by"), ("/api/network?since=2021", "since"), ("/api/events?story=a%20b", "story"),
])
def test_server_bad_parameters_are_one_clear_400(client, url, names):
    message = bad(client, url)
    assert message.startswith("bad parameter: ") and names in message


def test_server_unknown_paths_are_404_json(client):
    assert "no such page" in bad(client, "/api/nothing", 404)
    assert "no ingest job" in bad(client, "/api/ingest/nope", 404)


def test_server_quotes_by_speaker(client):
    page = ok(client, "/api/quotes?speaker=sherman")
    assert page["total"] == 1 and page["items"][0]["content"] == "We agreed to work together"
    assert json.loads(page["items"][0]["relayed_by"]) == ["Dawn"]
    assert ok(client, "/api/quotes?speaker=khan")["total"] == 0
    assert ok(client, "/api/quotes?since=2021-10-09")["total"] == 0


def test_server_actors_registry(client):
    page = ok(client, "/api/actors?search=paki")
    assert [a["name"] for a in page["items"]] == ["Pakistan"] and page["items"][0]["articles"] == 14
    assert ok(client, "/api/actors?limit=2")["total"] == 5


def test_server_timeline_and_dyad_balance(client):
    rows = ok(client, "/api/timeline?actor=IND")
    assert rows == [{"date": "2021-10-09", "quad_class": 3, "events": 1},
                    {"date": "2021-10-10", "quad_class": 1, "events": 1}]
    top = ok(client, "/api/dyads?limit=2")
    assert top[0] == {"a": "PAK", "b": "USA", "events": 13, "cooperation": 13, "conflict": 0, "goldstein": 41.8}
    assert top[1]["events"] == 1 and len(top) == 2


def test_server_dyad_series_both_directions(client):
    d = ok(client, "/api/dyads/pak/usa?by=day")
    assert (d["a"], d["b"], d["by"]) == ("PAK", "USA", "day")
    first = d["series"][0]
    assert (first["period"], first["count"], first["quad1"]) == ("2021-10-08", 1, 1)  # the meeting, merged once
    assert sum(r["count"] for r in d["series"]) == 13 and {r["source"] for r in d["series"]} == {"USA"}
    by_month = ok(client, "/api/dyads/USA/PAK")["series"]
    assert [(r["period"], r["count"]) for r in by_month] == [("2021-10-01", 1), ("2021-11-01", 12)]
    assert ok(client, "/api/dyads/USA/IND")["series"] == []


def test_server_network_as_the_cli_gives_it(client):
    g = ok(client, "/api/network")
    assert {n["id"] for n in g["nodes"]} == {"USAGOV", "PAKGOV", "PAK", "IND", "INDGOV", "JPNGOV"}
    edge = next(e for e in g["links"] if (e["source"], e["target"]) == ("USAGOV", "PAKGOV"))
    assert edge["weight"] == 13 and edge["quad1"] == 13
    assert ok(client, "/api/network?since=2021-11-01")["links"][0]["weight"] == 12


def test_server_stories_and_disputes(client):
    stories = ok(client, "/api/stories")
    assert stories and all({"id", "articles", "outlets"} <= s.keys() for s in stories)
    assert sorted(a for s in stories for a in s["articles"]) == sorted(r["id"] for r in RECORDS)
    one = ok(client, f"/api/stories/{stories[0]['id']}")
    assert one["articles"] == stories[0]["articles"]
    assert "no story" in bad(client, "/api/stories/nope", 404)
    assert ok(client, "/api/disputes") == []  # no contradicting statements in these records


def test_server_internal_error_is_json_without_trace(client, monkeypatch):
    from eventwire.store import query

    def boom(*a, **k):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(query, "count_quotes", boom)
    r = client.get("/api/quotes?speaker=unseen-key")
    assert r.status_code == 500 and r.json()["ok"] is False
    assert "secret detail" not in r.text and "Traceback" not in r.text


def test_server_openapi_and_offline_docs(client):
    spec = ok(client, "/openapi.json")
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/actors",
                 "/api/health", "/api/ingest", "/api/ingest/{job_id}", "/api/timeline"):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-dist" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/echarts-6.1.0/echarts.min.js").status_code == 200


def test_server_read_only_refuses_ingest(client):
    r = client.post("/api/ingest", content=b'{"text": "x"}', headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]


def test_server_parquet_directory_is_served_read_only(tmp_path, db):
    out = tmp_path / "parquet"
    with connect(db, read_only=True) as con:
        for table in ("articles", "events", "quotes", "actors"):
            (out / table).mkdir(parents=True)
            con.execute(f"COPY (SELECT * FROM {table}) TO '{out / table / 'part-0.parquet'}' (FORMAT parquet)")
    with TestClient(create_app(str(out), token="t")) as c:
        assert c.get("/api/health").json()["writable"] is False
        assert c.get("/api/events?dyad=USA-PAK").json()["total"] == 13
        r = c.post("/api/ingest", content=b"{}", headers={"content-type": "application/x-ndjson",
                                                          "authorization": "Bearer t"})
        assert r.status_code == 403


def test_server_cached_pages_refresh_after_a_write(tmp_path):
    path = str(tmp_path / "w.duckdb")
    with connect(path) as con:
        write_batch(con, json.loads(json.dumps(RECORDS[:3])))
    with TestClient(create_app(path, token="t")) as c:
        before = c.get("/api/events?dyad=IND-JPN").json()
        assert before["total"] == 1 and before["items"][0]["num_mentions"] == 1
        st = c.app.state.store
        with st.write() as cur:  # what an ingest job does, in-process
            write_batch(cur, [article("b1", "2021-10-10", ["host"])])
        after = c.get("/api/events?dyad=IND-JPN").json()
        assert after["total"] == 1 and after["items"][0]["num_mentions"] == 2  # the same hosting, two articles
        assert after["items"][0]["num_articles"] == 2


def test_server_events_from_memory_answer_as_from_the_store(client):
    from eventwire.server.api import events_in_memory

    first = client.get("/api/events?dyad=PAK-USA&limit=5&offset=2")
    assert first.status_code == 200
    request = type("R", (), {"app": client.app})()
    kept = events_in_memory(request, dyad="USA-PAK", limit=5, offset=2)  # the other spelling, same key
    assert kept is not None, "the page's ids and rows are kept after one read"
    assert json.loads(kept.body) == first.json() == client.get("/api/events?dyad=PAK-USA&limit=5&offset=2").json()


def test_server_store_from_before_merged_events_says_so(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with connect(path) as con:
        write_batch(con, json.loads(json.dumps(RECORDS[:2])))
        con.execute("DELETE FROM crossdoc_articles")  # as a store written before the cross-article stage
    with TestClient(create_app(path)) as c:  # read-only: the stage cannot catch up
        r = c.get("/api/events")
        assert r.status_code == 400 and "predates merged events" in r.json()["error"]
        assert c.get("/api/articles").json()["total"] == 2  # the rest is served


@pytest.mark.parametrize(("headers", "body", "files", "status", "says"), [
    ({}, b'{"text": "x"}', None, 401, "token"),
    ({"authorization": "Bearer wrong"}, b'{"text": "x"}', None, 401, "token"),
    ({"authorization": "Bearer t", "content-type": "application/x-ndjson"}, b"  \n", None, 400, "empty body"),
    ({"authorization": "Bearer t", "content-type": "image/png"}, b"x", None, 415, "unsupported content type"),
    ({"authorization": "Bearer t"}, None, {"other": ("a.txt", b"x")}, 400, "no file in the upload"),
])
def test_server_ingest_refuses_bad_requests_before_any_job(tmp_path, headers, body, files, status, says):
    path = str(tmp_path / "i.duckdb")
    with connect(path) as con:
        write_batch(con, json.loads(json.dumps(RECORDS[:1])))
    with TestClient(create_app(path, token="t")) as c:
        r = c.post("/api/ingest?date=2021-10-10", content=body, files=files, headers=headers)
        assert r.status_code == status and says in r.json()["error"], r.text
        assert c.app.state.jobs == {}
        assert c.post("/api/ingest?date=yesterday", headers=headers).status_code in (400, 401)
