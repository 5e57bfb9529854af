"""Stories: articles about one story are linked when they share a dyad within STORY_DAYS and their texts are
similar (cosine of hashed term vectors, scikit-learn); a story is a connected group of linked articles, named
after its earliest article. Links only ever join groups, so the stories are the same whatever the order.

The vectors are term frequencies without corpus IDF: an IDF learnt from what was ingested so far would make
one pair's similarity depend on which articles came first."""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwire.crossdoc import keys, lookup

STORY_DAYS = 45  # how far apart two articles of one story may be published
SIMILAR = 0.4  # cosine at or above which two articles sharing a dyad tell one story


@cache
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=2**20, stop_words="english", alternate_sign=False, norm="l2")


def vectors(texts: list[str]) -> list[tuple]:
    """Sparse unit vectors (term ids, weights), as the store keeps them: numpy slices, which Arrow takes whole
    (as Python lists they cost more than the rest of the insert)."""
    import numpy as np

    x = _vectorizer().transform(texts).tocsr()
    w = x.data.astype(np.float32)  # as stored (FLOAT[]): a pair scores the same whether its articles came together
    return [(x.indices[x.indptr[i]:x.indptr[i + 1]], w[x.indptr[i]:x.indptr[i + 1]]) for i in range(x.shape[0])]


def _matrix(parts: list[tuple]):
    """Sparse rows (scipy) from (term ids, weights) pairs."""
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr = np.concatenate([[0], np.cumsum([len(p[0]) for p in parts])])
    idx = np.concatenate([np.asarray(p[0], dtype=np.int64) for p in parts]) if parts else []
    val = np.concatenate([np.asarray(p[1], dtype=np.float64) for p in parts]) if parts else []
    return csr_matrix((val, idx, indptr), shape=(len(parts), 2**20))


def dyads(rec: dict) -> set[str]:
    """Country pairs (either direction) of the article's asserted events: what two articles must share."""
    out = set()
    for e in rec["events"]:
        if e["negated"] or e["modality"] != "asserted" or not e["target"]:
            continue
        a, b = e["source"]["country"], e["target"]["country"]
        if a and b and a != b:
            out.add("-".join(sorted((a, b))))
    return out


def link(con, new: dict[str, dict], dup_of: dict[str, str | None]) -> None:
    """Give the articles in `new` (id -> {date, vector}) their story, joining every story they link to.
    Candidates are read within STORY_DAYS of the new articles' dates, written as constants so DuckDB reads only
    those days' row groups; the pairs' cosines are one sparse product and one vectorised look-up."""
    ids = sorted(new)
    days = sorted(str(v["date"])[:10] for v in new.values() if v["date"])
    links: set[tuple[str, str]] = set()
    if days:  # an undated article shares no window with any other
        lo, hi = keys.day_sql(days[0]), keys.day_sql(days[-1])
        t = con.sql(
            "SELECT DISTINCT n.article_id AS n, o.article_id AS o FROM crossdoc_dyads n JOIN crossdoc_dyads o "
            f"USING (dyad) WHERE n.date BETWEEN {lo} AND {hi} AND o.date BETWEEN {lo} - {STORY_DAYS} AND "
            f"{hi} + {STORY_DAYS} AND n.article_id IN (SELECT unnest(?)) AND o.article_id <> n.article_id "
            f"AND abs(date_diff('day', n.date, o.date)) <= {STORY_DAYS}", params=[ids]).to_arrow_table()
        links = _similar(con, t.column("n").combine_chunks(), t.column("o").combine_chunks(), new, lo, hi)
    originals = sorted({d for d in dup_of.values() if d and d not in new})
    placed = {a: sid for a, sid in lookup.rows(con, "crossdoc_articles", "article_id", originals, "article_id, story_id")
              if sid is not None}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid in ids:  # nodes: "a:" + a new article, "s:" + a stored story (an id may itself start with "s:")
        find("a:" + aid)
    for n, o in links:  # one union per story reached, not per article in it
        parent[find(n)] = find(o)
    for aid, d in dup_of.items():  # a copy belongs to its original's story
        if d and (d in new or d in placed):
            parent[find("a:" + aid)] = find("a:" + d if d in new else "s:" + placed[d])
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    for members in groups.values():
        olds = [m[2:] for m in members if m.startswith("s:")]
        fresh = [m[2:] for m in members if m.startswith("a:")]
        first = _earliest(con, olds, [(new[a]["date"], a) for a in fresh])
        if olds and olds != [first]:  # stories joined: all their articles take the earliest one's name
            con.execute(f"UPDATE crossdoc_articles SET story_id = ? WHERE {lookup.where('story_id')}", [first, olds])
        con.execute(f"UPDATE crossdoc_articles SET story_id = ? WHERE {lookup.where('article_id')}", [first, fresh])


def _similar(con, n, o, new: dict[str, dict], lo: str, hi: str) -> set[tuple[str, str]]:
    """(new article, node it links to) for the candidate pairs n[i]-o[i] (Arrow string arrays) whose cosine
    reaches SIMILAR; a node is 'a:' + a new article or 's:' + a stored article's story. Pairs stay arrays of
    indices (Arrow's dictionary encoding), so thousands of candidates cost no Python loop."""
    import numpy as np

    if not len(n):
        return set()
    n, o = n.dictionary_encode(), o.dictionary_encode()
    left, right = n.dictionary.to_pylist(), o.dictionary.to_pylist()
    li, ri = n.indices.to_numpy(), o.indices.to_numpy()
    stored = sorted(set(right) - set(new))
    vecs, story = {a: v["vector"] for a, v in new.items()}, {}
    if stored:  # through Arrow: thousands of term lists as Python lists would cost more than the comparison
        t = con.sql("SELECT article_id, story_id, terms, weights FROM crossdoc_articles WHERE date BETWEEN "
                    f"{lo} - {STORY_DAYS} AND {hi} + {STORY_DAYS} AND story_id IS NOT NULL "
                    "AND article_id IN (SELECT unnest(?))", params=[stored]).to_arrow_table()
        terms, weights = t.column("terms").combine_chunks(), t.column("weights").combine_chunks()
        offsets, flat_t, flat_w = terms.offsets.to_numpy(), terms.values.to_numpy(), weights.values.to_numpy()
        for i, (aid, sid) in enumerate(zip(t.column("article_id").to_pylist(), t.column("story_id").to_pylist(),
                                           strict=True)):
            vecs[aid], story[aid] = (flat_t[offsets[i]:offsets[i + 1]], flat_w[offsets[i]:offsets[i + 1]]), sid
    none = ([], [])  # a stored article with no story yet is no candidate: cosine 0
    # right x left, then turned: scipy multiplies CSR by CSR, so only the small left side is transposed
    sims = (_matrix([vecs.get(a, none) for a in right]) @ _matrix([vecs[a] for a in left]).T).toarray().T
    keep = sims[li, ri] >= SIMILAR
    nodes = sorted({"a:" + a if a in new else "s:" + story[a] for a in right if a in vecs})
    pos = {x: i for i, x in enumerate(nodes)}
    node_of = np.array([pos["a:" + a if a in new else "s:" + story[a]] if a in vecs else -1 for a in right],
                       dtype=np.int64)
    found = np.unique(li[keep].astype(np.int64) * len(nodes) + node_of[ri[keep]])
    return {("a:" + left[k // len(nodes)], nodes[k % len(nodes)]) for k in found.tolist()}


def rebuild(con, story_ids: list[str]) -> None:
    """Cluster the remaining articles of these stories afresh (after an article in them was rewritten)."""
    if not story_ids:
        return
    rows = lookup.rows(con, "crossdoc_articles", "story_id", story_ids, "article_id, date, terms, weights, duplicate_of")
    if rows:
        con.execute(f"UPDATE crossdoc_articles SET story_id = article_id WHERE {lookup.where('story_id')}",
                    [story_ids])
        link(con, {a: {"date": d, "vector": (t, w)} for a, d, t, w, _ in rows}, {a: dup for a, *_, dup in rows})


def _earliest(con, stories: list[str], fresh: list[tuple]) -> str:
    """The story's name: its earliest article (undated last, then by id). A stored story is named after its own
    earliest article, so that article's row stands for the story (one look-up, however large the story)."""
    cands = list(fresh) + lookup.rows(con, "crossdoc_articles", "article_id", stories, "date, article_id")
    return min(cands, key=lambda c: (c[0] is None, _day(c[0]), c[1]))[1]


def _day(v) -> date:
    return date.min if v is None else v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


