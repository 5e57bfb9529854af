"""The cross-article stage, between the coder and the views: near-duplicate articles, mentions merged into
events (GDELT's num_mentions / num_articles / num_sources), stories and disputed accounts. It reads stored
records (never spaCy Docs) and runs inside the store's write transaction (store/write.py), so the cross-article
tables always agree with the articles stored. docs/crossdoc.md says how each part decides."""

from __future__ import annotations

import json

from eventwire.crossdoc import disputes, keys, lookup, merge, neardup, stories

CHUNK = 256  # articles brought up to date at a time when a store predates this stage


def update_crossdoc(con, records: list[dict], catch_up: bool = True) -> None:
    """Bring the cross-article tables up to date after `records` were written (or rewritten); with `catch_up`,
    also place stored articles the stage has never seen."""
    recs = {r["id"]: _plain(r) for r in records}
    ids = sorted(recs)
    if not ids:
        return
    first = catch_up and not con.execute("SELECT getvariable('eventwire_crossdoc_placed')").fetchone()[0]
    if first:  # once per connection: a store from an earlier version is brought up to date
        merge.migrate(con)
    # an article written again is placed afresh, and so are the copies that pointed at it; a new article has
    # nothing to take away, so the common case skips the deletes (each a scan of a table that grows with the store)
    placed = [r[0] for r in lookup.rows(con, "crossdoc_articles", "article_id", ids, "article_id")]
    redo: list[str] = []
    if placed:
        copies = sorted({r[0] for r in lookup.rows(con, "crossdoc_articles", "duplicate_of", placed, "article_id")}
                        - set(ids))
        recs.update(_records(con, copies))
        redo = sorted({*placed, *copies})
        old_stories = [r[0] for r in con.execute("SELECT DISTINCT story_id FROM crossdoc_articles WHERE article_id "
                                                 "IN (SELECT unnest(?)) ORDER BY 1", [redo]).fetchall()]
        for table in ("crossdoc_articles", "crossdoc_bands", "crossdoc_dyads", "crossdoc_quotes"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [redo])
        con.execute("DELETE FROM disputes WHERE a_article IN (SELECT unnest(?)) OR b_article IN (SELECT unnest(?))",
                    [redo, redo])
        stories.rebuild(con, old_stories)  # what was linked through a rewritten article may come apart
    recs = dict(sorted(recs.items()))
    sigs = {i: neardup.signature(_text(r)) for i, r in recs.items()}
    dup_of, flipped = _duplicates(con, recs, sigs)
    vecs = dict(zip(recs, stories.vectors([_text(r) for r in recs.values()]), strict=True))
    _insert(con, "crossdoc_articles", ["article_id", "date", "duplicate_of", "minhash", "terms", "weights"],
            [[i, r.get("date"), dup_of.get(i), sigs[i].tobytes(), vecs[i][0], vecs[i][1]] for i, r in recs.items()])
    _insert(con, "crossdoc_dyads", ["dyad", "article_id", "date"],
            [[d, i, r.get("date")] for i, r in recs.items() for d in sorted(stories.dyads(r))])
    # mentions: copies add none; an article that became a copy takes its mentions away, and one that stopped
    # being a copy brings them back
    now_copies = [a for a, d in flipped.items() if d]
    back = _records(con, [a for a, d in flipped.items() if d is None])
    merge.update(con, [r for r in [*recs.values(), *back.values()] if not dup_of.get(r["id"])], redo + now_copies)
    stories.link(con, {i: {"date": r.get("date"), "vector": vecs[i]} for i, r in recs.items()}, dup_of)
    _insert(con, "disputes", ["article_id", "a", "a_article", "b", "b_article", "reason"],
            [[i, a, i, b, i, why] for i, r in recs.items() for a, b, why in disputes.find_disputes(r)])
    quotes = [q for r in recs.values() for q in disputes.quote_rows(r)]
    if quotes:
        cols = ["quote_id", "article_id", "date", "speaker", "topics", "start", "disputing", "words"]
        _insert(con, "crossdoc_quotes", cols, [[q[c] for c in cols] for q in quotes])
        disputes.across(con, quotes)
    if first and _unplaced(con):  # a store written before this stage: its earlier articles are placed now
        backfill(con)


def _unplaced(con) -> bool:
    """Whether stored articles lack their place (a store written before this stage). Counted once per connection
    (each count reads every row): an article written afterwards is placed in its own transaction."""
    stored, seen = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM crossdoc_articles)"
                               ).fetchone()
    con.execute("SET VARIABLE eventwire_crossdoc_placed = true")  # after this batch (and any backfill), all are
    return stored > seen


def backfill(con) -> int:
    """Place stored articles the stage has not seen (a store written before it existed, or the Spark engine's
    Parquet tables read into memory). Returns how many."""
    missing = [r[0] for r in con.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM crossdoc_articles) ORDER BY id").fetchall()]
    for i in range(0, len(missing), CHUNK):
        update_crossdoc(con, list(_records(con, missing[i : i + CHUNK]).values()), catch_up=False)
    return len(missing)


def _records(con, ids: list[str]) -> dict[str, dict]:
    """Stored records by id, with their text (copies placed again, or a store older than the stage)."""
    out = {}
    if ids:
        for aid, rec, text, day in sorted(lookup.rows(con, "articles", "id", ids, "id, record, text, date")):
            r = json.loads(rec) if isinstance(rec, str) else rec
            out[aid] = _plain(dict(r, id=aid, text=text, date=day))
    return out


def _plain(rec: dict) -> dict:
    """The fields the stage reads, with the publication date as ISO text whatever it came as."""
    return {"id": rec["id"], "title": rec.get("title"), "text": rec.get("text"), "outlet": rec.get("outlet"),
            "url": rec.get("url"),
            "date": str(rec["date"])[:10] if rec.get("date") else None, "events": rec.get("events") or [],
            "quotes": rec.get("quotes") or [], "actors": rec.get("actors") or []}


def _text(rec: dict) -> str:
    return "\n".join(x for x in (rec.get("title"), rec.get("text")) if x)


def _duplicates(con, recs: dict[str, dict], sigs: dict) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(duplicate_of for the new articles, new duplicate_of of stored articles whose status changed). Near-copies
    form groups; a group's original is its earliest article (undated last, then by id)."""
    day = {i: merge._as_date(r.get("date")) for i, r in recs.items()}
    rows = [[k, i, day[i]] for i, s in sigs.items() for k in neardup.bands(s)]
    # articles sharing a band key: the batch's own, and stored ones published within neardup.DAYS (read before
    # this batch's keys are written, so they are not read back)
    sharing: dict[int, set[str]] = {}
    for k, i, d in rows + _stored_bands(con, rows):
        sharing.setdefault(k, set()).add(i)
        day[i] = d
    _insert(con, "crossdoc_bands", ["key", "article_id", "date"], rows)
    cands = {(n, o) for group in sharing.values() for n in group if n in recs for o in group
             if o != n and neardup.close(day[n], day[o])}
    stored = {a: (sig, dup) for a, sig, dup in lookup.rows(con, "crossdoc_articles", "article_id",
                                                          [o for _, o in cands if o not in recs],
                                                          "article_id, minhash, duplicate_of")}
    pairs = [(n, o, *stored.get(o, (None, None))) for n, o in sorted(cands)]
    parent: dict[str, str] = {i: i for i in recs}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n, o, sig, dup in pairs:
        if o in recs:
            if neardup.similarity(sigs[n], sigs[o]) >= neardup.THRESHOLD:
                parent[find(n)] = find(o)
        elif sig is not None and neardup.similarity(sigs[n], sig) >= neardup.THRESHOLD:
            parent[find(n)] = find("g:" + (dup or o))
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    dup_of: dict[str, str | None] = {}
    flipped: dict[str, str | None] = {}
    for members in groups.values():
        fresh = [(recs[m].get("date"), m) for m in members if not m.startswith("g:")]
        originals = [m[2:] for m in members if m.startswith("g:")]
        stored = sorted({*lookup.rows(con, "crossdoc_articles", "article_id", originals, "date, article_id, duplicate_of"),
                         *lookup.rows(con, "crossdoc_articles", "duplicate_of", originals, "date, article_id, duplicate_of")},
                        key=lambda r: r[1])
        first = min(fresh + [(d, a) for d, a, _ in stored], key=lambda c: (c[0] is None, stories._day(c[0]), c[1]))[1]
        for _, a in fresh:
            dup_of[a] = None if a == first else first
        for _, a, was in stored:
            now = None if a == first else first
            if now != was:
                con.execute("UPDATE crossdoc_articles SET duplicate_of = ? WHERE article_id = ?", [now, a])
                if (now is None) != (was is None):
                    flipped[a] = now
    return dup_of, flipped


def _stored_bands(con, rows: list[list]) -> list[tuple]:
    """(key, article, date) of stored articles sharing one of these band keys (rows: key, article, date) within
    neardup.DAYS of a dated article's date (constants: DuckDB reads only those row groups), or undated when an
    undated article asks."""
    keys_ = sorted({k for k, _, _ in rows})
    dated = {(d, d) for _, _, d in rows if d is not None}
    bounds = [keys.within("date", dated, neardup.DAYS)] if dated else []
    if any(d is None for _, _, d in rows):
        bounds.append("date IS NULL")
    return [r for bound in bounds for r in con.execute(
        f"SELECT key, article_id, date FROM crossdoc_bands WHERE {bound} AND key IN (SELECT unnest(?))", [keys_]
    ).fetchall()]


def _insert(con, table: str, cols: list[str], rows: list[list]) -> None:
    """In bulk through Arrow (DuckDB's executemany goes row by row)."""
    if rows:
        import pyarrow as pa

        con.register("crossdoc_rows", pa.table(list(zip(*rows, strict=True)), names=cols))
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM crossdoc_rows")
        con.unregister("crossdoc_rows")
