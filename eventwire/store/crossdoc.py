"""Queries over the cross-article tables (docs/crossdoc.md): merged events with their mentions, stories,
disputes, dyad series, the actor network's edges and timelines. The CLI, the web API and exports call these
same functions. Facts only by default, as in query.py."""

from __future__ import annotations

from eventwire.errors import StoreError
from eventwire.store.query import FACTS, _dicts, _filters, _page

PERIODS = ("day", "week", "month", "year")
OUTLET = ("coalesce(nullif(a.outlet, ''), nullif(regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/:]+)', 1), ''), "
          "'article:' || a.id)")
READ_ONLY = ("this store predates merged events: ingest any new article into it (or one already stored, with "
             "--force) to build them")
COPIES = "(SELECT article_id FROM crossdoc_articles WHERE duplicate_of IS NOT NULL)"


def ensure_crossdoc(con) -> None:
    """Place stored articles the cross-article stage has not seen: a Parquet directory read into memory, or a
    store written before the stage existed (which must then be opened for writing once)."""
    stored, seen = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM crossdoc_articles)"
                               ).fetchone()
    if stored == seen:  # the stage keeps one row per stored article: equal counts say nothing is missing, cheaply
        return
    from eventwire.crossdoc import backfill

    try:
        con.execute("BEGIN TRANSACTION")
    except Exception:
        raise StoreError(READ_ONLY) from None
    try:
        backfill(con)
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        if "read-only" in str(exc).lower():
            raise StoreError(READ_ONLY) from None
        raise


EVENT_ORDER = " ORDER BY date, article_id, sentence_index, id"


def query_merged_events(con, limit: int | None = None, offset: int = 0, mentions: bool = True,
                        ids: list[str] | None = None, **kw) -> list[dict]:
    """Merged events (one per real-world event) with num_mentions, num_articles, num_sources and, unless
    `mentions=False`, their mentions; filters as query.query_events, or the events `ids` (a page of
    `merged_event_ids`: the server pages through a cached id list instead of sorting the table per page)."""
    if ids is not None:  # ids from merged_event_ids: the tables were brought up to date then
        where, args = " WHERE id IN (SELECT unnest(?))", [ids]
    else:
        ensure_crossdoc(con)
        where, args = _filters(**kw)
    rows = _events(con.execute(f"SELECT * FROM merged_events{where}{EVENT_ORDER}" + _page(limit, offset), args))
    if mentions:
        found = event_mentions(con, [r["id"] for r in rows])
        for r in rows:
            r["mentions"] = found.get(r["id"], [])
    return rows


def _events(cursor) -> list[dict]:
    """Merged event rows as records: `seen` (where the stage finds a row, crossdoc/merge.py) is not a field."""
    rows = _dicts(cursor)
    for r in rows:
        r.pop("seen", None)
    return rows


def merged_event_ids(con, placed: bool = False, **kw) -> list[str]:
    """Ids of the merged events `query_merged_events` lists for these filters, in its order. `placed`: the caller
    brought the cross-article tables up to date already (the server does on opening and with each ingest)."""
    if not placed:
        ensure_crossdoc(con)
    where, args = _filters(**kw)
    return [r[0] for r in con.execute(f"SELECT id FROM merged_events{where}{EVENT_ORDER}", args).fetchall()]


def count_merged_events(con, **kw) -> int:
    ensure_crossdoc(con)
    where, args = _filters(**kw)
    return con.execute(f"SELECT count(*) FROM merged_events{where}", args).fetchone()[0]


def event_mentions(con, event_ids: list[str]) -> dict[str, list[dict]]:
    """event id -> its mentions: article, sentence, trigger offsets, outlet, URL, publication date."""
    out: dict[str, list[dict]] = {}
    if not event_ids:
        return out
    for r in _dicts(con.execute(
            f"SELECT x.event_id, x.mention_id, x.article_id, e.sentence_index, e.trigger_start AS start, "
            f"e.trigger_end AS \"end\", e.trigger, {OUTLET} AS outlet, a.url, a.date AS published "
            "FROM event_mentions x JOIN events e ON e.id = x.mention_id AND e.article_id = x.article_id "
            "JOIN articles a ON a.id = x.article_id WHERE x.event_id IN (SELECT unnest(?)) "
            "ORDER BY a.date NULLS LAST, x.article_id, e.sentence_index, x.mention_id", [event_ids])):
        out.setdefault(r.pop("event_id"), []).append(r)
    return out


def query_stories(con, story: str | None = None, top: int = 3) -> list[dict]:
    """Stories, largest first: id, title (of the earliest article), articles (ids, copies included), outlets,
    first and last date, top dyads and events (asserted merged events)."""
    ensure_crossdoc(con)
    where, args = ("WHERE c.story_id = ?", [story]) if story else ("", [])
    stories = _dicts(con.execute(
        f"SELECT c.story_id AS id, any_value(a.title) FILTER (a.id = c.story_id) AS title, "
        f"list(a.id ORDER BY a.date NULLS LAST, a.id) AS articles, list(DISTINCT {OUTLET} ORDER BY {OUTLET}) "
        f"AS outlets, min(a.date) AS first, max(a.date) AS last, count(*) FILTER (c.duplicate_of IS NOT NULL) "
        f"AS copies FROM crossdoc_articles c JOIN articles a ON a.id = c.article_id {where} "
        f"GROUP BY c.story_id ORDER BY count(*) DESC, first NULLS LAST, id", args))
    for s in stories:
        ev = _dicts(con.execute(
            f"SELECT id, date, source_code, code, target_code, trigger, num_sources FROM merged_events "
            f"WHERE {FACTS} AND id IN (SELECT x.event_id FROM event_mentions x JOIN crossdoc_articles c "
            f"USING (article_id) WHERE c.story_id = ?) ORDER BY num_mentions DESC, date, id", [s["id"]]))
        dyads: dict[str, int] = {}
        for e in ev:
            if e["source_code"] and e["target_code"]:
                k = f"{e['source_code']}->{e['target_code']}"
                dyads[k] = dyads.get(k, 0) + 1
        s["events"] = len(ev)
        s["top_dyads"] = [k for k, _ in sorted(dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
        s["top_events"] = ev[:top]
    return stories


def query_disputes(con) -> list[dict]:
    """Pairs of statements that contradict each other, each side a quote record (docs/records.md) with its
    article; copies of an article add none."""
    ensure_crossdoc(con)
    pairs = con.execute(f"SELECT a, a_article, b, b_article, reason FROM disputes WHERE a_article NOT IN {COPIES} "
                        f"AND b_article NOT IN {COPIES} ORDER BY article_id, a, b").fetchall()
    ids = sorted({q for a, _, b, _, _ in pairs for q in (a, b)})
    quotes = {q["id"]: q for q in _quote_records(con, ids)}
    return [{"a": quotes[a], "b": quotes[b], "reason": reason} for a, _, b, _, reason in pairs
            if a in quotes and b in quotes]


def _quote_records(con, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    rows = _dicts(con.execute(
        "SELECT q.*, a.title, a.date, a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.id IN (SELECT unnest(?))", [ids]))
    import json

    return [{"id": r["id"], "kind": r["kind"], "article_id": r["article_id"],
             "speaker": {"text": r["speaker_text"], "name": r["speaker_name"], "code": r["speaker_code"]},
             "cue": {"text": r["cue"]} if r["cue"] else None,
             "content": {"text": r["content"], "start": r["content_start"], "end": r["content_end"]},
             "relayed_by": json.loads(r["relayed_by"] or "[]"),
             "article": {"title": r["title"], "date": r["date"], "outlet": r["outlet"]}} for r in rows]


def dyad_series(con, a: str, b: str, by: str = "month") -> list[dict]:
    """Per period and direction between two countries: merged asserted events by QuadClass and PLOVER type,
    Goldstein sum and mean."""
    if by not in PERIODS:
        raise StoreError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    ensure_crossdoc(con)
    a, b = a.upper()[:3], b.upper()[:3]
    rows = _dicts(con.execute(
        f"SELECT strftime(date_trunc('{by}', date), '%Y-%m-%d') AS period, left(source_code, 3) AS source, "
        f"left(target_code, 3) AS target, count(*) AS count, round(sum(goldstein), 2) AS goldstein_sum, "
        f"round(avg(goldstein), 2) AS goldstein_mean, "
        + ", ".join(f"count(*) FILTER (quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f", list(plover_type) FILTER (plover_type IS NOT NULL) AS plover FROM merged_events WHERE {FACTS} "
        "AND date IS NOT NULL AND ((left(source_code, 3) = ? AND left(target_code, 3) = ?) OR "
        "(left(source_code, 3) = ? AND left(target_code, 3) = ?)) GROUP BY ALL ORDER BY period, source",
        [a, b, b, a]))
    for r in rows:
        types: dict[str, int] = {}
        for t in r["plover"] or []:
            types[t] = types.get(t, 0) + 1
        r["plover"] = dict(sorted(types.items()))
    return rows


def network_edges(con, since: str | None = None, until: str | None = None) -> list[dict]:
    """Directed actor-to-actor edges of merged asserted events: events, Goldstein sum, QuadClass counts."""
    ensure_crossdoc(con)
    where, args = _filters(since=since, until=until)
    where += " AND source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code"
    return _dicts(con.execute(
        "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "round(sum(goldstein), 2) AS goldstein, sum(num_mentions) AS mentions, "
        + ", ".join(f"count(*) FILTER (quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f" FROM merged_events{where} GROUP BY ALL ORDER BY events DESC, source, target", args))


def timeline(con, story: str | None = None, actor: str | None = None, include_all: bool = False) -> list[dict]:
    """Dated merged events in order, each with its sources (outlets) and mentions; for one story or actor."""
    ensure_crossdoc(con)
    where, args = _filters(actor=actor, include_all=include_all)
    where += " AND date IS NOT NULL"
    if story:
        where += (" AND id IN (SELECT x.event_id FROM event_mentions x JOIN crossdoc_articles c USING (article_id) "
                  "WHERE c.story_id = ?)")
        args.append(story)
    rows = _events(con.execute(f"SELECT * FROM merged_events{where} ORDER BY date, id", args))
    found = event_mentions(con, [r["id"] for r in rows])
    for r in rows:
        r["mentions"] = found.get(r["id"], [])
        r["sources"] = sorted({m["outlet"] for m in r["mentions"]})
    return rows
