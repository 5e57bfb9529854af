"""Mentions -> merged events, incrementally. A mention's event is (block, date anchor, place) from keys.py; when
mentions come or go, only the vaguer mentions of the same block whose window holds a changed day are anchored
again, and only the events touched are re-aggregated (GDELT's counts: mentions, articles, outlets)."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from datetime import date

from eventwire.crossdoc import keys

MENTION_COLS = ["event_id", "mention_id", "article_id", "block", "anchor", "place", "date", "date_precision", "day",
                "lo", "hi"]
EVENT_COLS = ["article_id", "sentence_index", "sentence", "trigger", "source_text", "source_name", "source_code",
              "source_country", "target_text", "target_name", "target_code", "target_country", "code", "root",
              "quad_class", "goldstein", "plover_type", "plover_mode", "date", "date_precision", "location", "lat",
              "lon", "negated", "modality", "reported_by", "trigger_start", "trigger_end"]
# an article's outlet, else its web host, else the article itself: what num_sources counts
OUTLET = ("coalesce(nullif(a.outlet, ''), nullif(regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/:]+)', 1), ''), "
          "'article:' || a.id)")


def mention_rows(rec: dict) -> list[dict]:
    """One row per coded event of a record: what keys.py needs to place it."""
    out = []
    for e in rec["events"]:
        m = {"mention_id": e["id"], "article_id": rec["id"], "source_code": e["source"]["code"],
             "target_code": (e["target"] or {}).get("code"), "code": e["code"], "root": e["root"],
             "negated": e["negated"], "modality": e["modality"], "date": e["date"],
             "date_precision": e["date_precision"], "location_country": (e["location"] or {}).get("country")}
        win = keys.window(m["date"], m["date_precision"])
        out.append({"mention_id": m["mention_id"], "article_id": rec["id"], "block": keys.block(m),
                    "place": keys.place(m), "date": _as_date(m["date"]),
                    "date_precision": m["date_precision"], "lo": win[0] if win else None,
                    "hi": win[1] if win else None,
                    "day": win[0] if win and m["date_precision"] == "day" else None})
    return out


def _as_date(v) -> date | None:
    return None if v is None else v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def update(con, added: list[dict], removed_articles: list[str]) -> set[str]:
    """Remove the mentions of `removed_articles`, add `added` rows, re-anchor what they affect, re-aggregate the
    events touched. Returns the ids of the events touched."""
    touched: set[str] = set()
    changed_days: dict[str, set[date]] = defaultdict(set)
    if removed_articles:
        for ev, blk, day in con.execute(
                "SELECT event_id, block, day FROM event_mentions WHERE article_id IN (SELECT unnest(?))",
                [removed_articles]).fetchall():
            touched.add(ev)
            if day is not None:
                changed_days[blk].add(_as_date(day))
        con.execute("DELETE FROM event_mentions WHERE article_id IN (SELECT unnest(?))", [removed_articles])
    for m in added:
        if m["day"] is not None:
            changed_days[m["block"]].add(_as_date(m["day"]))
    # the vaguer mentions already stored whose window holds a day that came or went: anchored again
    changed = [{"block": b, "day": d} for b, days in changed_days.items() for d in sorted(days)]
    again = []
    if changed:  # the bounds, written as constants, let DuckDB skip row groups of other dates
        lo, hi = keys.day_sql(min(c["day"] for c in changed)), keys.day_sql(max(c["day"] for c in changed))
        bounds = f"m.day IS NULL AND m.hi >= {lo} AND m.lo <= {hi}"
        with _registered(con, "crossdoc_changed", changed, {"block": "string", "day": "date"}):
            rows = con.execute(
                f"SELECT DISTINCT {', '.join('m.' + c for c in MENTION_COLS)} FROM event_mentions m "
                f"JOIN crossdoc_changed c ON m.block = c.block AND m.lo <= c.day AND m.hi >= c.day WHERE {bounds}"
            ).fetchall()
        again = [dict(zip(MENTION_COLS, r, strict=True)) for r in rows]
    was = {m["mention_id"]: m["event_id"] for m in again}
    anchors = _days(con, added, added + again)  # reads exact days only: the vaguer rows can stay until moved
    for m in added + again:
        m["anchor"] = keys.anchor({"article_id": m["article_id"], "date": m["date"],
                                   "date_precision": m["date_precision"]}, anchors.get(m["block"], set()))
        m["event_id"] = keys.event_id(m["block"], m["anchor"], m["place"])
    # only the mentions whose event changed are rewritten (most keep their anchor): less churn in the table
    moved = [m for m in again if m["event_id"] != was[m["mention_id"]]]
    if moved:
        con.execute(f"DELETE FROM event_mentions m WHERE {bounds} AND mention_id IN (SELECT unnest(?))",
                    [[m["mention_id"] for m in moved]])
    todo = added + moved
    touched |= {was[m["mention_id"]] for m in moved} | {m["event_id"] for m in todo}
    if todo:
        with _registered(con, "crossdoc_batch", [{c: m[c] for c in MENTION_COLS} for m in todo],
                         {c: "date" if c in ("date", "day", "lo", "hi") else "string" for c in MENTION_COLS}):
            con.execute(f"INSERT INTO event_mentions ({', '.join(MENTION_COLS)}) SELECT * FROM crossdoc_batch")
    aggregate(con, sorted(touched))
    return touched


def _days(con, added: list[dict], todo: list[dict]) -> dict[str, set[date]]:
    """Per block, the exact days (stored and new) that the vaguer mentions in `todo` can reach."""
    need: dict[str, list[date]] = {}
    for m in todo:
        if m["day"] is None and m["lo"] is not None:
            lo, hi = _as_date(m["lo"]), _as_date(m["hi"])
            cur = need.get(m["block"])
            need[m["block"]] = [min(lo, cur[0]), max(hi, cur[1])] if cur else [lo, hi]
    out: dict[str, set[date]] = defaultdict(set)
    if need:
        rows = [{"block": b, "lo": lo, "hi": hi} for b, (lo, hi) in need.items()]
        lo, hi = keys.day_sql(min(r["lo"] for r in rows)), keys.day_sql(max(r["hi"] for r in rows))
        with _registered(con, "crossdoc_need", rows, {"block": "string", "lo": "date", "hi": "date"}):
            for blk, day in con.execute(
                    "SELECT DISTINCT m.block, m.day FROM event_mentions m JOIN crossdoc_need n ON m.block = n.block "
                    f"AND m.day BETWEEN n.lo AND n.hi WHERE m.day BETWEEN {lo} AND {hi}").fetchall():
                out[blk].add(_as_date(day))
    for m in added:
        if m["day"] is not None:
            out[m["block"]].add(_as_date(m["day"]))
    return out


@contextmanager
def _registered(con, name: str, rows: list[dict], types: dict[str, str]):
    """Python rows as a table DuckDB can join, for one query (one join instead of a query per block)."""
    import pyarrow as pa

    con.register(name, pa.Table.from_pylist(rows, schema=pa.schema(
        [(c, pa.date32() if t == "date" else pa.string()) for c, t in types.items()])))
    try:
        yield
    finally:
        con.unregister(name)


def aggregate(con, event_ids: list[str]) -> None:
    """Rebuild these merged events from their mentions: fields of the earliest article's first mention, the
    day they are anchored on, and the counts. Two steps, so that DuckDB reads (and caches) only the key columns
    of `events`, then the whole rows of the first mentions alone, their articles named as constants."""
    if not event_ids:
        return
    from eventwire.store.db import literal

    con.execute("DELETE FROM merged_events WHERE id IN (SELECT unnest(?))", [event_ids])
    first = con.sql(f"""
        WITH m AS (
            SELECT x.event_id, x.day, x.article_id, x.mention_id, {OUTLET} AS outlet_key,
                   row_number() OVER (PARTITION BY x.event_id
                                      ORDER BY a.date NULLS LAST, e.article_id, e.sentence_index, e.id) AS rn
            FROM event_mentions x JOIN events e ON e.id = x.mention_id AND e.article_id = x.article_id
            JOIN articles a ON a.id = x.article_id
            WHERE x.event_id IN (SELECT unnest(?)))
        SELECT event_id, any_value(article_id) FILTER (rn = 1) AS article_id,
               any_value(mention_id) FILTER (rn = 1) AS mention_id, max(day) AS day, count(*) AS n,
               count(DISTINCT article_id) AS na, count(DISTINCT outlet_key) AS ns
        FROM m GROUP BY event_id""", params=[event_ids]).to_arrow_table()
    if not first.num_rows:
        return
    articles = ", ".join(literal(a) for a in sorted(set(first.column("article_id").to_pylist())))
    picked = ", ".join("coalesce(f.day, m.date) AS date" if c == "date" else
                       "CASE WHEN f.day IS NULL THEN m.date_precision ELSE 'day' END AS date_precision"
                       if c == "date_precision" else f"m.{c}" for c in EVENT_COLS)
    con.register("crossdoc_first", first)
    try:
        con.execute(f"""
            INSERT INTO merged_events (id, {", ".join(EVENT_COLS)}, num_mentions, num_articles, num_sources)
            SELECT f.event_id, {picked}, f.n, f.na, f.ns FROM crossdoc_first f
            JOIN events m ON m.id = f.mention_id AND m.article_id = f.article_id
            WHERE m.article_id IN ({articles})""")
    finally:
        con.unregister("crossdoc_first")
