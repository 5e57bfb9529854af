"""Queries over the store, shared by the CLI, the demo report and exports. Facts only by default:
negated and hypothetical events are left out unless `include_all`."""

from __future__ import annotations

FACTS = "NOT negated AND modality = 'asserted'"  # what aggregates and exports count unless asked for all


def _filters(dyad=None, actor=None, root=None, since=None, until=None, include_all=False) -> tuple[str, list]:
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
    if since:
        where.append("date >= ?")
        args.append(since)
    if until:
        where.append("date <= ?")
        args.append(until)
    return (" WHERE " + " AND ".join(where)) if where else "", args


def query_events(con, **kw) -> list[dict]:
    where, args = _filters(**kw)
    cur = con.execute(f"SELECT * FROM events{where} ORDER BY date, article_id, sentence_index", args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def query_quotes(con, speaker: str | None = None, since=None, until=None) -> list[dict]:
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
    sql = ("SELECT q.*, a.date FROM quotes q JOIN articles a ON a.id = q.article_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.date, q.article_id, q.content_start")
    cur = con.execute(sql, args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


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


def actor_registry(con, search: str | None = None) -> list[dict]:
    sql, args = "SELECT * FROM actor_registry", []
    if search:
        sql += " WHERE name ILIKE ? OR aliases ILIKE ? OR code ILIKE ?"
        args = [f"%{search}%"] * 3
    cur = con.execute(sql + " ORDER BY articles DESC, name", args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
