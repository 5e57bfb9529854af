"""Mentions -> merged events, incrementally. A mention's event is (block, date anchor, place) from keys.py; when
mentions come or go, only the vaguer mentions of the same block whose window holds a changed day are anchored
again, and only the events touched are re-aggregated (GDELT's counts: mentions, articles, outlets).

Every read is bounded to what can match (docs/crossdoc.md): a mention whose dates lie within NEAR_DAYS of its
article's publication date ('near', almost all of them) is found by that date, written into the SQL as constants,
so DuckDB reads only the row groups of those days (articles arrive roughly in date order); the others ('far': a
history, a plan, a year) are also kept in crossdoc_far, a small table read whole. A mention keeps its article's
date, outlet and sentence, so the counts need no join with events or articles; a merged event's fields come
from the batch's own records, from its stored row when its first mention stays, else from the first mention's
stored record, read by its date. A stored merged event is found by id within its `seen` date (its latest
mention's article date, known from the mentions it had), not through an index: DuckDB loads a whole index to
write to it, so an index on ids that grow with the store would make memory grow with it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date, timedelta

from eventwire.crossdoc import keys

MENTION_COLS = ["event_id", "mention_id", "article_id", "block", "anchor", "place", "date", "date_precision", "day",
                "lo", "hi", "pub", "outlet", "sentence_index", "fact"]
TYPES = {c: "date" if c in ("date", "day", "lo", "hi", "pub") else "int" if c == "sentence_index" else
         "bool" if c == "fact" else "string" for c in MENTION_COLS}
EVENT_COLS = ["article_id", "sentence_index", "sentence", "trigger", "source_text", "source_name", "source_code",
              "source_country", "target_text", "target_name", "target_code", "target_country", "code", "root",
              "quad_class", "goldstein", "plover_type", "plover_mode", "date", "date_precision", "location", "lat",
              "lon", "negated", "modality", "reported_by", "trigger_start", "trigger_end"]
COUNTS = ["num_mentions", "num_articles", "num_sources"]
DATE = EVENT_COLS.index("date")  # date_precision follows
AGG_COLS = ["event_id", "mention_id", "article_id", "date", "date_precision", "day", "pub", "outlet", "sentence_index",
            "fact"]  # fact: which mention's fields the event shows (_order)
# an article's outlet, else its web host, else the article itself: what num_sources counts
OUTLET = ("coalesce(nullif(a.outlet, ''), nullif(regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/:]+)', 1), ''), "
          "'article:' || a.id)")
HOST = re.compile(r"^[a-z]+://(?:www\.)?([^/:]+)")  # OUTLET's host, in Python
NEAR_DAYS = 31  # a mention whose window lies this close to its article's date is found by that date
NEAR = f"m.lo >= m.pub - {NEAR_DAYS} AND m.hi <= m.pub + {NEAR_DAYS}"


def outlet(rec: dict) -> str:
    """OUTLET for one record."""
    if rec.get("outlet"):
        return rec["outlet"]
    host = HOST.match(rec.get("url") or "")
    return host.group(1) if host else "article:" + rec["id"]


def mention_rows(rec: dict) -> list[dict]:
    """One row per coded event of a record: what keys.py needs to place it, and what the counts need."""
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
                    "day": win[0] if win and m["date_precision"] == "day" else None,
                    "pub": _as_date(rec.get("date")), "outlet": outlet(rec), "sentence_index": e["sentence_index"],
                    "fact": not e["negated"] and e["modality"] == "asserted"})
    return out


def _as_date(v) -> date | None:
    return None if v is None else v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def far(m: dict) -> bool:
    """A dated mention that is not near its article's date (or whose article has none): kept in crossdoc_far."""
    lo, hi, pub = _as_date(m["lo"]), _as_date(m["hi"]), _as_date(m["pub"])
    return lo is not None and not (pub is not None and lo >= pub - timedelta(NEAR_DAYS)
                                   and hi <= pub + timedelta(NEAR_DAYS))


def _pubs(spans: Iterable[tuple[date, date]], reach: int = NEAR_DAYS) -> str:
    """SQL: the article date of a mention lies within `reach` days of one of these spans."""
    return keys.within("m.pub", spans, reach)


def _read(con, sql: str, spans: Iterable[tuple[date, date]], params: list | None = None) -> list[tuple]:
    """`sql` (a SELECT over `TABLE m` with NEARBY in its WHERE) over the near mentions whose windows can touch
    `spans`, and over crossdoc_far; the two are disjoint."""
    spans = list(spans)
    rows = con.execute(sql.replace("TABLE", "event_mentions").replace("NEARBY", f"{NEAR} AND {_pubs(spans)}"),
                       params or []).fetchall() if spans else []
    return rows + con.execute(sql.replace("TABLE", "crossdoc_far").replace("NEARBY", "true"), params or []).fetchall()


def update(con, records: list[dict], removed_articles: list[str]) -> set[str]:
    """Remove the mentions of `removed_articles`, add those of `records`, re-anchor what they affect, re-aggregate
    the events touched. Returns the ids of the events touched."""
    added = [m for r in records for m in mention_rows(r)]
    touched: dict[str, str] = {}  # event id -> its anchor
    left: list[tuple[str, dict]] = []  # (event it left, mention): what the events were before
    changed_days: dict[str, set[date]] = defaultdict(set)
    cols = ", ".join(MENTION_COLS)
    if removed_articles:  # articles written again or become copies (rare): read by article
        for m in _dicts(con.execute(f"SELECT {cols} FROM event_mentions WHERE article_id IN (SELECT unnest(?))",
                                    [removed_articles]).fetchall()):
            touched[m["event_id"]] = m["anchor"]
            left.append((m["event_id"], m))
            if m["day"] is not None:
                changed_days[m["block"]].add(_as_date(m["day"]))
        for table in ("event_mentions", "crossdoc_far"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [removed_articles])
    for m in added:
        if m["day"] is not None:
            changed_days[m["block"]].add(_as_date(m["day"]))
    # the vaguer mentions already stored whose window holds a day that came or went: anchored again
    changed = [{"block": b, "day": d} for b, days in changed_days.items() for d in sorted(days)]
    again = []
    if changed:
        with _registered(con, "crossdoc_changed", changed, {"block": "string", "day": "date"}):
            again = _dicts(_read(con, f"SELECT DISTINCT {', '.join('m.' + c for c in MENTION_COLS)} FROM TABLE m "
                                 "JOIN crossdoc_changed c ON m.block = c.block AND m.lo <= c.day AND m.hi >= c.day "
                                 "WHERE m.day IS NULL AND NEARBY", [(c["day"], c["day"]) for c in changed]))
    was = {m["mention_id"]: (m["event_id"], m["anchor"]) for m in again}
    anchors = _days(con, added, added + again)  # reads exact days only: the vaguer rows can stay until moved
    for m in added + again:
        m["anchor"] = keys.anchor({"article_id": m["article_id"], "date": m["date"],
                                   "date_precision": m["date_precision"]}, anchors.get(m["block"], set()))
        m["event_id"] = keys.event_id(m["block"], m["anchor"], m["place"])
    # only the mentions whose event changed are rewritten (most keep their anchor): less churn in the table
    moved = [m for m in again if m["event_id"] != was[m["mention_id"]][0]]
    if moved:
        ids = [m["mention_id"] for m in moved]
        own = _pubs({(m["pub"], m["pub"]) for m in moved if m["pub"]}, 0)
        con.execute(f"DELETE FROM event_mentions m WHERE ({own} OR m.pub IS NULL) AND mention_id IN "
                    "(SELECT unnest(?))", [ids])
        con.execute("DELETE FROM crossdoc_far WHERE mention_id IN (SELECT unnest(?))", [ids])
        for m in moved:
            old_event, old_anchor = was[m["mention_id"]]
            touched[old_event] = old_anchor
            left.append((old_event, m))
    todo = added + moved
    touched.update({m["event_id"]: m["anchor"] for m in todo})
    if todo:
        for table, rows in (("event_mentions", todo), ("crossdoc_far", [m for m in todo if far(m)])):
            if rows:
                with _registered(con, "crossdoc_batch", [{c: m[c] for c in MENTION_COLS} for m in rows], TYPES):
                    con.execute(f"INSERT INTO {table} ({cols}) SELECT * FROM crossdoc_batch")
    aggregate(con, touched, todo, left, {(r["id"], e["id"]): e for r in records for e in r["events"]})
    return set(touched)


def _days(con, added: list[dict], todo: list[dict]) -> dict[str, set[date]]:
    """Per block, the exact days (stored and new) that the vaguer mentions in `todo` can reach."""
    need = sorted({(m["block"], _as_date(m["lo"]), _as_date(m["hi"])) for m in todo
                   if m["day"] is None and m["lo"] is not None})
    out: dict[str, set[date]] = defaultdict(set)
    if need:
        rows = [{"block": b, "lo": lo, "hi": hi} for b, lo, hi in need]
        with _registered(con, "crossdoc_need", rows, {"block": "string", "lo": "date", "hi": "date"}):
            for blk, day in _read(con, "SELECT DISTINCT m.block, m.day FROM TABLE m JOIN crossdoc_need n ON "
                                  "m.block = n.block AND m.day BETWEEN n.lo AND n.hi WHERE NEARBY",
                                  [(lo, hi) for _, lo, hi in need]):
                out[blk].add(_as_date(day))
    for m in added:
        if m["day"] is not None:
            out[m["block"]].add(_as_date(m["day"]))
    return out


def _order(m: dict) -> tuple:
    """Which mention's fields a merged event shows: a fact before a withheld mention of it (keys.STATED), then the
    earliest article's (undated last), then the first sentence, then by id."""
    pub, sentence = _as_date(m["pub"]), m["sentence_index"]
    return (m.get("fact") is False, pub is None, pub or date.min, m["article_id"], sentence is None, sentence or 0,
            m["mention_id"])


def aggregate(con, touched: dict[str, str], todo: list[dict], left: list[tuple[str, dict]],
              batch: dict[tuple[str, str], dict]) -> None:
    """Rebuild these merged events (id -> anchor) from their mentions: the counts, and the fields of the first
    mention (`batch`: the coded events of the records written now, by (article, mention id)). `todo` are the
    mentions that joined an event now and `left` those that left one, which say what each event was before."""
    if not touched:
        return
    now: dict[str, list[dict]] = defaultdict(list)
    dated = sorted(e for e, a in touched.items() if not a.startswith("article:"))
    if dated:  # an event's near mentions were published within NEAR_DAYS of its anchor's day
        spans = {(d, d) for d in (date.fromisoformat(touched[e].rsplit(":", 1)[-1]) for e in dated)}
        for r in _read(con, f"SELECT {', '.join('m.' + c for c in AGG_COLS)} FROM TABLE m WHERE NEARBY "
                       "AND m.event_id IN (SELECT unnest(?))", spans, [dated]):
            now[r[0]].append(dict(zip(AGG_COLS, r, strict=True)))
    for m in todo:  # an undated anchor is one article's, all of whose mentions came now
        if m["anchor"].startswith("article:"):
            now[m["event_id"]].append(m)
    joined = {(m["event_id"], m["mention_id"], m["article_id"]) for m in todo}
    before: dict[str, list[dict]] = defaultdict(list)
    for e, ms in now.items():
        before[e] = [m for m in ms if (e, m["mention_id"], m["article_id"]) not in joined]
    for e, m in left:
        before[e].append(m)
    existed = sorted(e for e in touched if before.get(e))
    firsts = {e: min(ms, key=_order) for e, ms in now.items()}
    stay = [e for e, f in firsts.items() if (f["article_id"], f["mention_id"]) not in batch and before.get(e)
            and _key(min(before[e], key=_order)) == _key(f)]
    seen = {e: _seen(before[e]) for e in existed}  # what each stored row's `seen` is: where to find it
    kept = {r[0]: list(r[1:]) for r in _merged(con, f"SELECT id, {', '.join(EVENT_COLS)} FROM merged_events",
                                               {e: seen[e] for e in stay})}
    stored = _stored_rows(con, [f for e, f in firsts.items() if _key(f) not in batch and e not in kept])
    _merged(con, "DELETE FROM merged_events", seen)
    rows = []
    for e in sorted(firsts):
        ms, f = now[e], firsts[e]
        fields = kept[e] if e in kept else _event_row(f["article_id"], batch[_key(f)]) if _key(f) in batch \
            else stored[_key(f)]
        # dated by the day its mentions are anchored on, when one of them is exact (a vaguer mention may anchor on
        # the day of an exact one placed elsewhere), else as its first mention
        day = max((m["day"] for m in ms if m["day"]), default=None)
        fields[DATE], fields[DATE + 1] = (day, "day") if day else (f["date"], f["date_precision"])
        rows.append([e, *fields, len(ms), len({m["article_id"] for m in ms}), len({m["outlet"] for m in ms}),
                     _seen(ms)])
    if rows:
        _insert_merged(con, rows)


def _seen(mentions: list[dict]) -> date | None:
    """A merged event's `seen`: its latest mention's article date. An event is rewritten whenever a mention joins
    or leaves it, so this follows the order rows are written in (articles arrive roughly by date), and the mentions
    that were there before a batch say where the stored row is."""
    return max((_as_date(m["pub"]) for m in mentions if m["pub"] is not None), default=None)


def _merged(con, statement: str, seen: dict[str, date | None]) -> list[tuple]:
    """`statement` (a SELECT or DELETE over merged_events) on these events (id -> seen), bounded by their `seen`
    written as constants: DuckDB reads only those days' row groups, with no index on the id (whose memory would
    grow with the store)."""
    out: list[tuple] = []
    dated = sorted(e for e, d in seen.items() if d is not None)
    for bound, ids in ((keys.within("seen", {(seen[e], seen[e]) for e in dated}), dated),
                       ("seen IS NULL", sorted(e for e, d in seen.items() if d is None))):
        if ids:
            out += con.execute(f"{statement} WHERE {bound} AND id IN (SELECT unnest(?))", [ids]).fetchall()
    return out


def _stored_rows(con, mentions: list[dict]) -> dict[tuple[str, str], list]:
    """The events rows of these stored mentions, read by their dates (as constants: DuckDB reads the date column
    whole, the other columns only where a date matches)."""
    if not mentions:
        return {}
    days = sorted({_as_date(m["date"]) for m in mentions if m["date"] is not None})
    on = _pubs([(d, d) for d in days], 0).replace("m.pub", "e.date")
    if any(m["date"] is None for m in mentions):
        on = f"({on} OR e.date IS NULL)"
    with _registered(con, "crossdoc_first", [{"article_id": m["article_id"], "mention_id": m["mention_id"]}
                                             for m in mentions], {"article_id": "string", "mention_id": "string"}):
        rows = con.execute(f"SELECT e.id, {', '.join('e.' + c for c in EVENT_COLS)} FROM events e JOIN crossdoc_first f "
                           f"ON e.id = f.mention_id AND e.article_id = f.article_id WHERE {on}").fetchall()
    return {(r[1], r[0]): list(r[1:]) for r in rows}


def _key(m: dict) -> tuple[str, str]:
    return m["article_id"], m["mention_id"]


def _event_row(article_id: str, event: dict) -> list:
    """The values of EVENT_COLS for a coded event, as the writer puts them in the events table."""
    from eventwire.store.rows import COLUMNS, event_rows

    assert COLUMNS["events"][1:] == EVENT_COLS
    return event_rows([{"id": article_id, "events": [event]}])[0][1:]


def _insert_merged(con, rows: list[list]) -> None:
    import pyarrow as pa

    from eventwire.store.rows import arrow_type

    cols = ["id", *EVENT_COLS, *COUNTS, "seen"]
    data = list(zip(*rows, strict=True))
    arrays = [[None if v is None else str(v)[:10] for v in col] if c == "date" else list(col)
              for c, col in zip(cols, data, strict=True)]
    types = [pa.int64() if c in COUNTS else pa.string() if c == "id" else pa.date32() if c == "seen" else
             arrow_type(c) for c in cols]
    con.register("crossdoc_merged", pa.table(arrays, schema=pa.schema(list(zip(cols, types, strict=True)))))
    try:
        con.execute(f"INSERT INTO merged_events ({', '.join(cols)}) SELECT * FROM crossdoc_merged")
    finally:
        con.unregister("crossdoc_merged")


def migrate(con) -> None:
    """A store written before mentions kept their article's date, outlet, sentence and factuality: filled in once,
    and its far mentions listed."""
    if not con.execute("SELECT count(*) FROM event_mentions WHERE outlet IS NULL OR fact IS NULL").fetchone()[0]:
        return
    con.execute(f"UPDATE event_mentions x SET pub = a.date, outlet = {OUTLET}, sentence_index = e.sentence_index, "
                "fact = coalesce(NOT e.negated AND e.modality = 'asserted', false) FROM events e, articles a "
                "WHERE e.id = x.mention_id AND e.article_id = x.article_id AND a.id = x.article_id "
                "AND (x.outlet IS NULL OR x.fact IS NULL)")
    con.execute("UPDATE merged_events SET seen = s.seen FROM (SELECT event_id, max(pub) AS seen FROM event_mentions "
                "GROUP BY event_id) s WHERE s.event_id = merged_events.id")
    con.execute("DELETE FROM crossdoc_far")
    con.execute(f"INSERT INTO crossdoc_far ({', '.join(MENTION_COLS)}) SELECT {', '.join(MENTION_COLS)} FROM event_mentions m "
                f"WHERE m.lo IS NOT NULL AND NOT coalesce({NEAR}, false)")


def _dicts(rows: list[tuple]) -> list[dict]:
    return [dict(zip(MENTION_COLS, r, strict=True)) for r in rows]


@contextmanager
def _registered(con, name: str, rows: list[dict], types: dict[str, str]):
    """Python rows as a table DuckDB can join, for one query (one join instead of a query per block)."""
    import pyarrow as pa

    kinds = {"date": pa.date32(), "int": pa.int64(), "string": pa.string(), "bool": pa.bool_()}
    con.register(name, pa.Table.from_pylist(rows, schema=pa.schema([(c, kinds[t]) for c, t in types.items()])))
    try:
        yield
    finally:
        con.unregister(name)
