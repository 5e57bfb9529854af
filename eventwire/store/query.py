"""Queries over the store, shared by the CLI, the demo report and exports. Facts only by default:
negated and hypothetical events are left out unless `include_all`."""

from __future__ import annotations

FACTS = "NOT negated AND modality = 'asserted'"  # what aggregates and exports count unless asked for all


def _filters(dyad=None, actor=None, root=None, since=None, until=None, include_all=False,
             plover=None, story=None) -> tuple[str, list]:
    where, args = [], []
    if not include_all:
        where.append(FACTS)
    if dyad:
        a, _, b = dyad.upper().partition("-")
        where.append("((left(source_code, 3) = ? AND left(target_code, 3) = ?) OR "
                     "(left(source_code, 3) = ? AND left(target_code, 3) = ?))")
        args += [a, b, b, a]
    if actor:
        where.append("(source_code ILIKE ? OR target_code ILIKE ? OR source_name ILIKE ? "
                     "OR target_name ILIKE ?)")
        args += [f"{actor}%", f"{actor}%", f"%{actor}%", f"%{actor}%"]
    if root:
        where.append("root = ?")
        args.append(f"{int(root):02d}")
    if plover:
        where.append("plover_type = ?")
        args.append(plover.upper())
    if since:
        where.append("date >= ?")
        args.append(since)
    if until:
        where.append("date <= ?")
        args.append(until)
    if story:  # a merged event with a mention in the story's articles; a mention (events table) in one of them
        where.append("(id IN (SELECT x.event_id FROM event_mentions x JOIN crossdoc_articles c USING (article_id) "
                     "WHERE c.story_id = ?) OR article_id IN (SELECT article_id FROM crossdoc_articles "
                     "WHERE story_id = ?))")
        args += [story, story]
    return (" WHERE " + " AND ".join(where)) if where else "", args


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _page(limit: int | None, offset: int) -> str:
    """LIMIT/OFFSET for one page (the server's pagination); every paged query orders by a unique key last, so
    pages never repeat or skip a row."""
    return "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"


def query_events(con, limit: int | None = None, offset: int = 0, **kw) -> list[dict]:
    where, args = _filters(**kw)
    return _dicts(con.execute(f"SELECT * FROM events{where} ORDER BY date, article_id, sentence_index, id"
                              + _page(limit, offset), args))


def count_events(con, **kw) -> int:
    where, args = _filters(**kw)
    return con.execute(f"SELECT count(*) FROM events{where}", args).fetchone()[0]


def quad_by_date(con, **kw) -> list[tuple]:
    """(date, QuadClass, events) for dated merged events matching the filters of `query_events`: the timeline."""
    from eventwire.store.crossdoc import ensure_crossdoc

    ensure_crossdoc(con)
    where, args = _filters(**kw)
    where = (where + " AND " if where else " WHERE ") + "date IS NOT NULL"
    return con.execute(f"SELECT date, quad_class, count(*) FROM merged_events{where} GROUP BY ALL ORDER BY ALL",
                       args).fetchall()


def dyad_balance(con, limit: int = 10, **kw) -> list[dict]:
    """The most active dyads of merged events (either direction, first three letters of each code, as the `dyad`
    filter matches) with their cooperative and conflictual event counts."""
    from eventwire.store.crossdoc import ensure_crossdoc

    ensure_crossdoc(con)
    where, args = _filters(**kw)
    pair = ("least(left(source_code, 3), left(target_code, 3)) AS a, "
            "greatest(left(source_code, 3), left(target_code, 3)) AS b")
    where = (where + " AND " if where else " WHERE ") + "source_code IS NOT NULL AND target_code IS NOT NULL"
    return _dicts(con.execute(
        f"SELECT {pair}, count(*) AS events, count(*) FILTER (quad_class <= 2) AS cooperation, "
        f"count(*) FILTER (quad_class >= 3) AS conflict, round(sum(goldstein), 1) AS goldstein "
        f"FROM merged_events{where} GROUP BY a, b HAVING a <> b ORDER BY events DESC, a, b LIMIT {int(limit)}", args))


def _quote_filters(speaker=None, since=None, until=None) -> tuple[str, list]:
    where, args = [], []
    if speaker:
        where.append("(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ? OR q.speaker_code ILIKE ?)")
        args += [f"%{speaker}%", f"%{speaker}%", f"{speaker}%"]
    if since:
        where.append("a.date >= ?")
        args.append(since)
    if until:
        where.append("a.date <= ?")
        args.append(until)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def query_quotes(con, speaker: str | None = None, since=None, until=None, limit: int | None = None,
                 offset: int = 0) -> list[dict]:
    where, args = _quote_filters(speaker, since, until)
    return _dicts(con.execute("SELECT q.*, a.date FROM quotes q JOIN articles a ON a.id = q.article_id" + where
                              + " ORDER BY a.date, q.article_id, q.content_start, q.id" + _page(limit, offset), args))


def count_quotes(con, speaker: str | None = None, since=None, until=None) -> int:
    where, args = _quote_filters(speaker, since, until)
    return con.execute("SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id" + where,
                       args).fetchone()[0]


ARTICLE_LIST = ("SELECT a.id, a.title, a.date, a.outlet, a.url, "
                "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
                "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a")


def query_articles(con, search: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Articles newest first, with their event and quote counts (not their text)."""
    where, args = (" WHERE a.title ILIKE ? OR a.id = ?", [f"%{search}%", search]) if search else ("", [])
    return _dicts(con.execute(ARTICLE_LIST + where + " ORDER BY a.date DESC NULLS LAST, a.id" + _page(limit, offset),
                              args))


def count_articles(con, search: str | None = None) -> int:
    where, args = (" WHERE title ILIKE ? OR id = ?", [f"%{search}%", search]) if search else ("", [])
    return con.execute("SELECT count(*) FROM articles" + where, args).fetchone()[0]


def get_article(con, article_id: str) -> dict | None:
    """The stored record (actors, events, quotes with offsets) with its text, or None."""
    import json

    row = con.execute("SELECT record, text FROM articles WHERE id = ?", [article_id]).fetchone()
    return None if row is None else json.loads(row[0]) | {"text": row[1]}


def summary(con) -> dict:
    """What the demo prints: counts, events by root, top dyads with Goldstein sums, top speakers."""
    facts = FACTS
    return {
        "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
        "events": con.execute(f"SELECT count(*) FROM events WHERE {facts}").fetchone()[0],
        "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0],
        "roots": con.execute(f"SELECT root, count(*) FROM events WHERE {facts} GROUP BY root ORDER BY root").fetchall(),
        "dyads": con.execute(
            f"SELECT coalesce(source_country, source_code) s, coalesce(target_country, target_code) t, count(*) n, "
            f"round(sum(goldstein), 1) g "
            f"FROM events WHERE {facts} AND source_code IS NOT NULL AND target_code IS NOT NULL "
            f"AND s <> t GROUP BY s, t ORDER BY n DESC, g LIMIT 10").fetchall(),
        "speakers": con.execute(
            "SELECT coalesce(speaker_name, speaker_text) s, any_value(speaker_code), count(*) n FROM quotes "
            "WHERE speaker_name IS NOT NULL GROUP BY s ORDER BY n DESC, s LIMIT 10").fetchall(),
        "timeline": con.execute(
            f"SELECT date, quad_class, count(*) FROM events WHERE {facts} AND date IS NOT NULL "
            f"GROUP BY date, quad_class ORDER BY date").fetchall(),
    }


def _actor_filter(search: str | None) -> tuple[str, list]:
    return (" WHERE name ILIKE ? OR aliases ILIKE ? OR code ILIKE ?", [f"%{search}%"] * 3) if search else ("", [])


def actor_registry(con, search: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
    where, args = _actor_filter(search)
    return _dicts(con.execute("SELECT * FROM actor_registry" + where + " ORDER BY articles DESC, name"
                              + _page(limit, offset), args))


def count_actors(con, search: str | None = None) -> int:
    where, args = _actor_filter(search)
    return con.execute("SELECT count(*) FROM actor_registry" + where, args).fetchone()[0]


def known_countries(con, codes: list[str]) -> set[str]:
    """Those of `codes` some stored event has as its source or target country (for a hint when none matches)."""
    rows = con.execute("SELECT DISTINCT c FROM (SELECT source_country c FROM events UNION ALL "
                       "SELECT target_country FROM events) WHERE c IN (SELECT unnest(?))", [codes]).fetchall()
    return {r[0] for r in rows}


def event_span(con) -> tuple[int, object, object]:
    """(events, first date, last date) in the store, for a hint when a query matches nothing."""
    return con.execute("SELECT count(*), min(date), max(date) FROM events").fetchone()
