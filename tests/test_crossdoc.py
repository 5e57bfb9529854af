"""The cross-article stage on records we write by hand (no model): events merged across mentions with GDELT's
counts, near-duplicates, stories, disputes, and the same tables whatever the order of ingest."""

from __future__ import annotations

import random

import pytest

from eventwire.store import write_batch
from eventwire.store.crossdoc import (
    dyad_series,
    network_edges,
    query_disputes,
    query_merged_events,
    query_stories,
    timeline,
)
from eventwire.store.db import SCHEMA

WORDS = ("river harbour council budget railway farmers drought election court border trade vaccine festival "
         "bridge storm tariff museum school strike pipeline treaty harvest refinery canal").split()
TABLES = {"merged_events": "id", "event_mentions": "mention_id", "crossdoc_articles": "article_id",
          "disputes": "a"}


def actor(code, text=None, start=0, name=None):
    country = code[:3] if code and code[:3] not in ("REB", "IGO") else None
    return {"text": text or code, "start": start, "end": start + len(text or code), "name": name, "code": code,
            "country": country, "sector": code[3:6] or None if code else None, "group": None}


def event(aid, n, src, tgt, code, date, precision="day", place=None, negated=False, start=None):
    import hashlib

    start = n * 10 if start is None else start
    return {"id": hashlib.sha1(f"{aid}|{n}|{src}|{tgt}".encode()).hexdigest()[:16], "sentence_index": n,
            "sentence": f"sentence {n}", "trigger": {"text": "met", "start": start, "end": start + 3},
            "source": actor(src), "target": actor(tgt) if tgt else None, "code": code, "root": code[:2],
            "quad_class": 1, "goldstein": 1.0, "plover": {"type": "CONSULT", "mode": None}, "date": date,
            "date_precision": precision, "location": {"name": place[0], "country": place[1], "lat": None,
                                                      "lon": None} if place else None,
            "negated": negated, "modality": "asserted", "reported_by": None}


def article(aid, date, outlet, events, seed, title=None, text=None, quotes=(), actors=()):
    rng = random.Random(seed)
    body = text or " ".join(rng.choice(WORDS) for _ in range(120))
    return {"id": aid, "title": title or f"Report {aid}", "date": date, "outlet": outlet, "url": None,
            "text": body, "actors": list(actors), "events": [event(aid, *e) for e in events], "quotes": list(quotes)}


SHARED_TEXT = ("United States and Pakistan officials met in Islamabad for talks on Afghanistan border security "
               "and counterterrorism cooperation after the Taliban takeover, diplomats said on the day. ") * 4


def corpus() -> list[dict]:
    """Four outlets on one US-Pakistan meeting (one copy), a second meeting a day later, a clash, a dispute."""
    a = article("a", "2021-08-26", "Dawn", [(0, "USAGOV", "PAKGOV", "040", "2021-08-26"),
                                            (1, "PAKGOV", "USAGOV", "040", "2021-08-26", "publication")],
                1, text=SHARED_TEXT + "Khan met Massinga.")
    b = article("b", "2021-08-28", "The National", [(0, "PAKGOV", "USAGOV", "040", "2021-08-26", "day",
                                                     ("Washington", "USA"))], 2,
                text=SHARED_TEXT + "Massinga and Khan held a meeting in Washington on Thursday.")
    copy = dict(a, id="a-copy", outlet="Reposts", date="2021-08-29", text=a["text"] + " Reposted.",
                events=[event("a-copy", *e) for e in [(0, "USAGOV", "PAKGOV", "040", "2021-08-26")]])
    c = article("c", "2021-08-28", "Dawn", [(0, "USAGOV", "PAKGOV", "040", "2021-08-27"),
                                            (1, "USAGOV", "PAKGOV", "040", "2021-08-28", "publication"),
                                            (2, "USAGOV", "PAKGOV", "040", "2021-08-27", "day", ("Doha", "QAT"))], 3)
    text = "Khan told reporters the Taliban did not seek retribution. Massinga said he has seen reports to the " \
           "contrary about the Taliban."

    def at(part, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(part, i + 1)
        return {"text": part, "start": i, "end": i + len(part)}

    quotes = [{"id": "q1", "kind": "indirect", "speaker": actor("PAKGOV", "Khan", 0, "Asad Majeed Khan"),
               "cue": at("told"), "content": at("the Taliban did not seek retribution"), "relayed_by": []},
              {"id": "q2", "kind": "indirect", "speaker": actor("USAGOV", "Massinga", at("Massinga")["start"],
                                                               "Ervin Massinga"),
               "cue": at("said"), "content": at("he has seen reports to the contrary about the Taliban"),
               "relayed_by": []}]
    acts = [actor("AFGGOVTAL", "Taliban", at("Taliban")["start"], "Taliban"),
            actor("AFGGOVTAL", "Taliban", at("Taliban", 1)["start"], "Taliban")]
    d = article("d", "2021-08-30", "Politico", [(0, "REBISI", "AFG", "190", "2021-08-29")], 4, text=text,
                quotes=quotes, actors=acts)
    return [a, b, copy, c, d]


def build(batches: list[list[dict]]):
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(SCHEMA)
    for batch in batches:
        write_batch(con, [dict(r) for r in batch])
    return con


def dump(con) -> dict:
    return {t: con.execute(f"SELECT * EXCLUDE ({'minhash, terms, weights' if t == 'crossdoc_articles' else 'x'})"
                           .replace(" EXCLUDE (x)", "") + f" FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def by_date(con, day):
    return [e for e in query_merged_events(con, include_all=True) if str(e["date"]) == day]


def test_crossdoc_one_meeting_counted_once_with_its_sources():
    con = build([corpus()])
    meeting = [e for e in by_date(con, "2021-08-26") if e["root"] == "04"]
    assert len(meeting) == 1
    m = meeting[0]
    # a's day mention and its own undated mention, b's reversed account (dateline in a party's capital)
    assert (m["num_mentions"], m["num_articles"], m["num_sources"]) == (3, 2, 2)
    assert {(x["article_id"], x["sentence_index"]) for x in m["mentions"]} == {("a", 0), ("a", 1), ("b", 0)}
    assert all(isinstance(x["start"], int) and x["end"] == x["start"] + 3 for x in m["mentions"])


def test_crossdoc_days_do_not_chain_and_third_country_splits():
    con = build([corpus()])
    next_day = [e for e in by_date(con, "2021-08-27") if e["root"] == "04"]
    # c's meeting on the 27th (with c's undated mention) is another event; the one in Doha another again
    assert sorted((e["num_mentions"], e["location"]) for e in next_day) == [(1, "Doha"), (2, None)]


def test_crossdoc_copy_adds_nothing_and_hands_over_to_its_original():
    recs = corpus()
    con = build([recs])
    dup = con.execute("SELECT duplicate_of FROM crossdoc_articles WHERE article_id = 'a-copy'").fetchone()[0]
    assert dup == "a"
    assert not con.execute("SELECT count(*) FROM event_mentions WHERE article_id = 'a-copy'").fetchone()[0]
    # the copy first: it stands alone, then gives way when the original arrives
    con2 = build([[recs[2]]])
    assert con2.execute("SELECT count(*) FROM event_mentions WHERE article_id = 'a-copy'").fetchone()[0] == 1
    write_batch(con2, [recs[0], recs[1], recs[3], recs[4]])
    assert dump(con2) == dump(con)


@pytest.mark.parametrize("seed", range(6))
def test_crossdoc_every_order_and_batching_gives_the_same_tables(seed):
    recs = corpus()
    expected = dump(build([recs]))
    rng = random.Random(seed)
    order = recs[:]
    rng.shuffle(order)
    cut = sorted(rng.sample(range(1, len(order)), 2))
    batches = [order[: cut[0]], order[cut[0] : cut[1]], order[cut[1] :]]
    con = build(batches)
    assert dump(con) == expected
    write_batch(con, [dict(r) for r in order])  # re-ingesting changes nothing
    assert dump(con) == expected


def test_crossdoc_stories_group_the_meeting_coverage():
    con = build([corpus()])
    stories = {s["id"]: s for s in query_stories(con)}
    assert set(stories["a"]["articles"]) == {"a", "a-copy", "b"}
    assert stories["a"]["outlets"] == ["Dawn", "Reposts", "The National"]
    assert stories["a"]["title"] == "Report a"
    assert "c" not in stories["a"]["articles"]  # other words: another story, though the same dyad


def test_crossdoc_disputes_pair_the_contrary_statement():
    con = build([corpus()])
    (d,) = query_disputes(con)
    assert (d["a"]["id"], d["b"]["id"]) == ("q1", "q2")
    assert d["a"]["speaker"]["name"] == "Asad Majeed Khan" and d["b"]["article_id"] == "d"
    assert "contrary" in d["b"]["content"]["text"]


def test_crossdoc_dyad_series_network_and_timeline():
    con = build([corpus()])
    rows = dyad_series(con, "usa", "pak", "month")
    assert {(r["source"], r["target"]) for r in rows} == {("USA", "PAK")}
    # the 26th (two outlets; the copy adds nothing), the 27th, the 27th in Doha
    assert sum(r["count"] for r in rows) == 3 and rows[0]["quad1"] == 3 and rows[0]["period"] == "2021-08-01"
    assert rows[0]["plover"] == {"CONSULT": 3}
    edges = {(e["source"], e["target"]): e for e in network_edges(con)}
    assert edges[("USAGOV", "PAKGOV")]["events"] == 3 and ("REBISI", "AFG") in edges
    line = timeline(con, story="a")
    assert [str(e["date"]) for e in line] == sorted(str(e["date"]) for e in line)
    assert line[0]["sources"] == ["Dawn", "The National"]
    assert all(e["source_code"].startswith("REB") for e in timeline(con, actor="REB"))


def test_crossdoc_rewritten_original_leaves_its_copy_standing_alone():
    recs = corpus()
    con = build([recs])
    changed = dict(recs[0], text="An entirely different report about a harbour festival. " * 20, events=[])
    write_batch(con, [changed])
    rows = dict(con.execute("SELECT article_id, duplicate_of FROM crossdoc_articles").fetchall())
    assert rows["a-copy"] is None and rows["a"] is None
    # the copy's mention now counts in the meeting, in place of the rewritten article's
    (m,) = [e for e in by_date(con, "2021-08-26") if e["root"] == "04"]
    assert {x["article_id"] for x in m["mentions"]} == {"a-copy", "b"} and m["num_sources"] == 2
    assert dump(con) == dump(build([[changed, *recs[1:]]]))


def statement(aid, date, outlet, speaker, code, content, cue="said", seed=9):
    """An article whose one quote, by `speaker`, names the Taliban."""
    text = f"{speaker} {cue} {content}."
    at = text.index(content)
    q = {"id": f"{aid}-q", "kind": "indirect", "speaker": actor(code, speaker, 0, speaker),
         "cue": {"text": cue, "start": len(speaker) + 1, "end": len(speaker) + 1 + len(cue)},
         "content": {"text": content, "start": at, "end": at + len(content)}, "relayed_by": []}
    tal = text.index("Taliban")
    return article(aid, date, outlet, [], seed, text=text, quotes=[q],
                   actors=[actor("AFGGOVTAL", "Taliban", tal, "Taliban")])


def test_crossdoc_disputes_across_outlets_within_days():
    claim = statement("e", "2021-09-01", "Dawn", "Asad Majeed Khan", "PAKGOV",
                      "the Taliban did not seek retribution against former officials")
    counter = statement("f", "2021-09-03", "Politico", "Ervin Massinga", "USAGOV",
                        "there are reports to the contrary: the Taliban seek retribution against former officials")
    late = statement("g", "2021-10-30", "Reuters", "Ned Price", "USAGOV",
                     "reports say the Taliban did not seek retribution against former officials, which is false")
    other = statement("h", "2021-09-02", "AP", "Zabihullah Mujahid", "AFGGOVTAL",
                      "the Taliban will reopen schools for girls and the markets of Kabul next spring")
    recs = [claim, counter, late, other]
    con = build([recs])
    pairs = [(d["a"]["id"], d["b"]["id"]) for d in query_disputes(con)]
    assert pairs == [("e-q", "f-q")]  # not a month later, nor about another matter
    assert dump(build([[counter], [other, late], [claim]])) == dump(con)
    write_batch(con, [dict(counter, text=counter["text"] + " ", quotes=[])])  # the counter-claim withdrawn
    assert not query_disputes(con)
