"""Mentions -> merged events, incrementally. A mention's event is (block, date anchor, place) from keys.py; when
mentions come or go, only the vaguer mentions of the same block whose window holds a changed day are anchored
again, and only the events touched are re-aggregated (GDELT's counts: mentions, articles, outlets)."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from datetime import date

from eventwire.crossdoc import keys, lookup

MENTION_COLS = ["event_id", "mention_id", "article_id", "block", "anchor", "place", "date", "date_precision", "day",
                "lo", "hi", "bucket", "sentence_index"]
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
                    "sentence_index": e["sentence_index"],
                    "place": keys.place(m), "date": _as_date(m["date"]),
                    "date_precision": m["date_precision"], "lo": win[0] if win else None,
                    "hi": win[1] if win else None,
                    "day": win[0] if win and m["date_precision"] == "day" else None})
    return out


def _as_date(v) -> date | None:
    return None if v is None else v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def update(con, added: list[dict], removed_articles: list[str]) -> set[str]:
    """Remove the mentions of `removed_articles`, add `added` rows, re-anchor what they affect, re-aggregate the
    events touched. Returns the ids of the events touched. Stored mentions are read by their indexed bucket
    (keys.bucket): only the vaguer mentions whose window may hold a changed day, and the exact days their
    windows reach."""
    removed_events: set[str] = set()
    changed_days: dict[str, set[date]] = defaultdict(set)
    if removed_articles:  # an article written again (changed text, --force): rare, so read by article
        for ev, blk, day in con.execute(
                "SELECT event_id, block, day FROM event_mentions WHERE article_id IN (SELECT unnest(?))",
                [removed_articles]).fetchall():
            removed_events.add(ev)
            if day is not None:
                changed_days[blk].add(_as_date(day))
        con.execute("DELETE FROM event_mentions WHERE article_id IN (SELECT unnest(?))", [removed_articles])
    for m in added:
        m["bucket"] = keys.bucket(m["block"], m["day"], m["lo"])
        if m["day"] is not None:
            changed_days[m["block"]].add(_as_date(m["day"]))
    stored: dict[str, set[date]] = defaultdict(set)  # block -> days of its stored day-precise mentions
    months: set[str] = set()  # the month buckets read into `stored`
    _stored_days(con, [(b, d, d) for b, days in changed_days.items() for d in days] + _spans(added), stored, months)
    # a day that another stored mention of its block still holds changes no anchor: only days that came or went
    changed = {b: {d for d in days if d not in stored[b]} for b, days in changed_days.items()}
    # the vaguer mentions already stored whose window holds such a day: anchored again
    reach = sorted({k for b, days in changed.items() for d in days for k in keys.reach(b, d)})
    again, rowid = [], {}
    for r in lookup.rows(con, "event_mentions", "bucket", reach, ", ".join(MENTION_COLS) + ", rowid"):
        m = dict(zip(MENTION_COLS, r[:-1], strict=True))
        if m["day"] is None and any(m["lo"] <= d <= m["hi"] for d in changed[m["block"]]):
            again.append(m)
            rowid[m["mention_id"]] = r[-1]
    was = {m["mention_id"]: m["event_id"] for m in again}
    _stored_days(con, _spans(again), stored, months)  # exact days only: the vaguer rows can stay until moved
    anchors = {b: set(days) for b, days in stored.items()}
    for m in added:
        if m["day"] is not None:
            anchors.setdefault(m["block"], set()).add(_as_date(m["day"]))
    for m in added + again:
        m["anchor"] = keys.anchor({"article_id": m["article_id"], "date": m["date"],
                                   "date_precision": m["date_precision"]}, anchors.get(m["block"], set()))
        m["event_id"] = keys.event_id(m["block"], m["anchor"], m["place"])
    # only the mentions whose event changed are rewritten (most keep their anchor): less churn in the table
    moved = [m for m in again if m["event_id"] != was[m["mention_id"]]]
    if moved:  # by row id: DuckDB reads only the row groups that hold them
        con.execute("DELETE FROM event_mentions WHERE list_contains(?, rowid)", [[rowid[m["mention_id"]] for m in moved]])
    todo = added + moved
    touched = removed_events | {was[m["mention_id"]] for m in moved} | {m["event_id"] for m in todo}
    if todo:
        with _registered(con, "crossdoc_batch", [{c: m[c] for c in MENTION_COLS} for m in todo],
                         {c: "date" if c in ("date", "day", "lo", "hi") else "int" if c == "sentence_index"
                          else "string" for c in MENTION_COLS}):
            con.execute(f"INSERT INTO event_mentions ({', '.join(MENTION_COLS)}) SELECT * FROM crossdoc_batch")
    # events that lost mentions (removed, moved away) were stored: only the others can be new
    lost = removed_events | {was[m["mention_id"]] for m in moved}
    aggregate(con, sorted(touched), {m["mention_id"] for m in added if m["event_id"] not in lost})
    return touched


def _spans(mentions: list[dict]) -> list[tuple[str, date, date]]:
    """(block, lo, hi) of the vaguer mentions' windows: where the exact days they can anchor on lie."""
    return [(m["block"], _as_date(m["lo"]), _as_date(m["hi"])) for m in mentions
            if m["day"] is None and m["lo"] is not None]


def _stored_days(con, spans: list[tuple[str, date, date]], into: dict[str, set[date]], months: set[str]) -> None:
    """Add to `into` (block -> days) the days of the stored day-precise mentions in every month the spans cover,
    each month bucket read once (`months` holds those already read). Days outside a span are harmless: an
    anchor is only chosen inside its own window (keys.anchor)."""
    todo = sorted({k for b, lo, hi in spans for k in keys.months(b, lo, hi)} - months)
    months.update(todo)
    for blk, day in lookup.rows(con, "event_mentions", "bucket", todo, "block, day"):
        into[blk].add(_as_date(day))


@contextmanager
def _registered(con, name: str, rows: list[dict], types: dict[str, str]):
    """Python rows as a table DuckDB can join, for one query (one join instead of a query per block)."""
    import pyarrow as pa

    con.register(name, pa.Table.from_pylist(rows, schema=pa.schema(
        [(c, {"date": pa.date32(), "int": pa.int32()}.get(t, pa.string())) for c, t in types.items()])))
    try:
        yield
    finally:
        con.unregister(name)


def aggregate(con, event_ids: list[str], new: set[str] = frozenset()) -> None:
    """Rebuild these merged events from their mentions: fields of the earliest article's first mention, the
    day they are anchored on, and the counts. Each table is read through its index (the events' mentions, their
    articles, then the first mentions' coded rows alone), so the work follows the events touched, not the store.
    An event whose mentions are all `new` (added to no stored event) was not stored before: nothing to delete."""
    if not event_ids:
        return
    mentions = lookup.arrow(con, "event_mentions", "event_id", event_ids,
                            "event_id, day, article_id, mention_id, sentence_index")
    fresh = set(event_ids)
    for ev, mid in zip(mentions.column("event_id").to_pylist(), mentions.column("mention_id").to_pylist(),
                       strict=True):
        if mid not in new:
            fresh.discard(ev)
    fresh &= set(mentions.column("event_id").to_pylist())  # an event with no mention left is deleted
    lookup.delete(con, "merged_events", "id", [e for e in event_ids if e not in fresh])
    if not mentions.num_rows:
        return
    articles = lookup.arrow(con, "articles", "id", mentions.column("article_id").to_pylist(), "id, date, outlet, url")
    con.register("crossdoc_m", mentions)
    con.register("crossdoc_a", articles)
    try:
        first = con.sql(f"""
            WITH m AS (
                SELECT x.event_id, x.day, x.article_id, x.mention_id, {OUTLET} AS outlet_key,
                       row_number() OVER (PARTITION BY x.event_id ORDER BY a.date NULLS LAST, x.article_id,
                                          x.sentence_index, x.mention_id) AS rn
                FROM crossdoc_m x JOIN crossdoc_a a ON a.id = x.article_id)
            SELECT event_id, any_value(article_id) FILTER (rn = 1) AS article_id,
                   any_value(mention_id) FILTER (rn = 1) AS mention_id, max(day) AS day, count(*) AS n,
                   count(DISTINCT article_id) AS na, count(DISTINCT outlet_key) AS ns
            FROM m GROUP BY event_id""").to_arrow_table()
    finally:
        con.unregister("crossdoc_m")
        con.unregister("crossdoc_a")
    rows = lookup.arrow(con, "events", "id", first.column("mention_id").to_pylist())
    picked = ", ".join("coalesce(f.day, m.date) AS date" if c == "date" else
                       "CASE WHEN f.day IS NULL THEN m.date_precision ELSE 'day' END AS date_precision"
                       if c == "date_precision" else f"m.{c}" for c in EVENT_COLS)
    con.register("crossdoc_first", first)
    con.register("crossdoc_e", rows)
    try:
        con.execute(f"""
            INSERT INTO merged_events (id, {", ".join(EVENT_COLS)}, num_mentions, num_articles, num_sources)
            SELECT f.event_id, {picked}, f.n, f.na, f.ns FROM crossdoc_first f
            JOIN crossdoc_e m ON m.id = f.mention_id AND m.article_id = f.article_id""")
    finally:
        con.unregister("crossdoc_first")
        con.unregister("crossdoc_e")
