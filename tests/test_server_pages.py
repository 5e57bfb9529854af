"""The dashboard's HTML pages and the article annotation, on the API tests' hand-written store."""

from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from eventwire.server import create_app  # noqa: E402
from eventwire.server.annotate import annotate  # noqa: E402
from tests.test_server_api import RECORDS, db  # noqa: E402,F401  (the same store fixture)

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(db):  # noqa: F811
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def page(client, url: str) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def chart_data(html: str, name: str):
    m = re.search(rf'<script type="application/json" id="{name}-data">(.*?)</script>', html, re.S)
    assert m, f"no {name} data in the page"
    return json.loads(m.group(1))


def test_pages_overview_counts_latest_and_dyad_bars(client):
    html = page(client, "/")
    assert re.search(r"<b>15</b> articles", html) and re.search(r"<b>15</b> events <small>\(facts, from 16 mentions", html)
    assert 'href="/articles/p12"' in html
    assert chart_data(html, "balance")[0] == {"a": "PAK", "b": "USA", "events": 13, "cooperation": 13, "conflict": 0,
                                              "goldstein": 41.8}
    assert "/static/vendor/echarts-6.1.0/echarts.min.js" in html


def test_pages_events_filter_and_link_to_sentence(client):
    html = page(client, "/events?dyad=IND-JPN")
    assert "1–1 of 1" in html and 'href="/articles/a3#e-a3-e0"' in html
    assert "India hosted Japan." in html
    assert "1–15 of 15" in page(client, "/events")
    story = page(client, "/events?story=a2")  # a story's events, as the stories page links them
    assert "1–1 of 1" in story and "Pakistan accused India." in story and 'name="story" value="a2"' in story  # 16 facts, the meeting's two mentions merged


def test_pages_events_paginate_keeping_filters(client, monkeypatch):
    from eventwire.server import pages

    monkeypatch.setattr(pages, "PAGE", 4)
    html = page(client, "/events?actor=Pakistan&offset=4")
    assert "5–8 of 14" in html  # the negated attack and India-Japan left out; the meeting merged
    assert 'href="?actor=Pakistan" rel="prev"' in html and 'href="?actor=Pakistan&amp;offset=8" rel="next"' in html


def test_pages_bad_filter_is_a_page_with_one_message(client):
    r = client.get("/events?root=abc", headers=HTML)
    assert r.status_code == 400 and "bad parameter: root" in r.text and "Traceback" not in r.text
    r = client.get("/articles/nope", headers=HTML)
    assert r.status_code == 404 and "no article with id" in r.text


def test_pages_timeline_data_follows_filters(client):
    rows = chart_data(page(client, "/timeline?dyad=IND-PAK"), "timeline")
    assert rows == [{"date": "2021-10-09", "quad_class": 3, "events": 1}]


def test_pages_article_highlights_actors_triggers_and_quotes(client):
    html = page(client, "/articles/a1")
    assert html.count("hl-trigger") >= 3 and "hl-actor" in html and "hl-quote" in html and "hl-cue" in html
    assert 'id="e-a1-e0"' in html and 'id="e-a1-e1"' in html  # where each event row links to
    tips = chart_data(html, "tips")
    kinds = {t["kind"] for t in tips.values()}
    assert kinds == {"actor", "event", "quote"}
    event = next(t for t in tips.values() if t.get("id") == "a1-e0")
    assert any("040" in line for line in event["lines"]) and "rule verb:met" in event["lines"]
    assert any("United States [USAGOV]" in line and "Pakistan [PAKGOV]" in line for line in event["lines"])
    quote = next(t for t in tips.values() if t["kind"] == "quote")
    assert "speaker Wendy Sherman [USAGOV] (“Sherman”)" in quote["lines"] and "relayed by Dawn" in quote["lines"]


def test_pages_quotes_search_and_actors(client):
    html = page(client, "/quotes?speaker=sherman")
    assert "We agreed to work together" in html and "Dawn" in html
    assert "nothing matches" in page(client, "/quotes?speaker=nobody")
    assert "1–1 of 1" in page(client, "/actors?search=japan")


def test_pages_dyad_chart_data_and_table(client):
    html = page(client, "/dyads/PAK/USA?by=month")
    d = chart_data(html, "dyad")
    assert (d["a"], d["b"]) == ("PAK", "USA") and [r["count"] for r in d["series"]] == [1, 12]
    assert "USA → PAK" in html and 'href="/events?dyad=PAK-USA"' in html
    r = client.get("/dyads/go?a=usa&b=pak&by=week", headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyads/USA/PAK?by=week"
    assert 'href="/dyads/PAK/USA"' in page(client, "/dyads")
    assert client.get("/dyads/PAKI/USA", headers=HTML).status_code == 400


def test_pages_network_stories_disputes(client):
    g = chart_data(page(client, "/network?since=2021-11-01"), "network")
    assert [(e["source"], e["target"], e["weight"]) for e in g["links"]] == [("USAGOV", "PAKGOV", 12)]
    html = page(client, "/stories")
    assert 'href="/events?story=' in html and "Article a2" in html
    assert "No disputed accounts found." in page(client, "/disputes")


def test_annotate_nests_actors_inside_quotes():
    rec = json.loads(json.dumps(RECORDS[0]))
    html, tips = annotate(rec)
    text = re.sub(r"<[^>]+>", "", str(html))
    assert text == rec["text"].replace('"', "&quot;")  # every character kept, once, in order
    speaker = re.search(r'<span class="hl ([^"]+)" data-m="([^"]+)">Sherman</span>', str(html))
    assert speaker and "hl-actor" in speaker.group(1)
    inside = re.search(r'<span class="hl hl-quote" data-m="q0">We agreed', str(html))
    assert inside, "the quote's content is marked"


def test_annotate_escapes_html_in_text():
    rec = {"text": "<b>x</b> met y", "actors": [], "quotes": [], "events": []}
    html, _ = annotate(rec)
    assert str(html) == "&lt;b&gt;x&lt;/b&gt; met y"
