"""Stories: articles about one story are linked when they share a dyad within STORY_DAYS and their texts are
similar (cosine of hashed term vectors, scikit-learn); a story is a connected group of linked articles, named
after its earliest article. Links only ever join groups, so the stories are the same whatever the order.

The vectors are term frequencies without corpus IDF: an IDF learnt from what was ingested so far would make
one pair's similarity depend on which articles came first."""

from __future__ import annotations

from datetime import date
from functools import cache

STORY_DAYS = 45  # how far apart two articles of one story may be published
SIMILAR = 0.4  # cosine at or above which two articles sharing a dyad tell one story


@cache
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=2**20, stop_words="english", alternate_sign=False, norm="l2")


def vectors(texts: list[str]) -> list[tuple[list[int], list[float]]]:
    """Sparse unit vectors (term ids, weights), as the store keeps them."""
    x = _vectorizer().transform(texts).tocsr()
    return [(x.indices[x.indptr[i]:x.indptr[i + 1]].tolist(), x.data[x.indptr[i]:x.indptr[i + 1]].tolist())
            for i in range(x.shape[0])]


def cosines(pairs: list[tuple[str, str]], vecs: dict[str, tuple[list[int], list[float]]]) -> list[float]:
    """Cosine of each pair's unit vectors: one sparse product of the left articles by the right ones (scipy),
    then a lookup per pair."""
    if not pairs:
        return []
    import numpy as np

    left = sorted({a for a, _ in pairs})
    right = sorted({b for _, b in pairs})
    lpos = {n: i for i, n in enumerate(left)}
    rpos = {n: i for i, n in enumerate(right)}
    sims = (_matrix(left, vecs) @ _matrix(right, vecs).T).toarray()
    return sims[np.array([lpos[a] for a, _ in pairs]), np.array([rpos[b] for _, b in pairs])].tolist()


def _matrix(names: list[str], vecs: dict[str, tuple[list[int], list[float]]]):
    import numpy as np
    from scipy.sparse import csr_matrix

    parts = [vecs[n] for n in names]
    indptr = np.concatenate([[0], np.cumsum([len(p[0]) for p in parts])])
    idx = np.concatenate([np.asarray(p[0], dtype=np.int64) for p in parts]) if parts else []
    val = np.concatenate([np.asarray(p[1], dtype=np.float64) for p in parts]) if parts else []
    return csr_matrix((val, idx, indptr), shape=(len(names), 2**20))


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
    """Give the articles in `new` (id -> {date, vector}) their story, joining every story they link to."""
    ids = sorted(new)
    pairs = con.execute(
        "SELECT DISTINCT n.article_id, o.article_id FROM crossdoc_dyads n JOIN crossdoc_dyads o USING (dyad) "
        "WHERE n.article_id IN (SELECT unnest(?)) AND o.article_id <> n.article_id "
        f"AND abs(date_diff('day', n.date, o.date)) <= {STORY_DAYS}", [ids]).fetchall()
    others = sorted({o for _, o in pairs if o not in new} | {d for d in dup_of.values() if d and d not in new})
    stored = {}
    if others:  # through Arrow: thousands of term lists as Python lists would cost more than the comparison
        t = con.sql("SELECT article_id, terms, weights, story_id FROM crossdoc_articles "
                    "WHERE article_id IN (SELECT unnest(?)) AND story_id IS NOT NULL", params=[others]).to_arrow_table()
        terms, weights = t.column("terms").combine_chunks(), t.column("weights").combine_chunks()
        offsets = terms.offsets.to_numpy()
        flat_t, flat_w = terms.values.to_numpy(), weights.values.to_numpy()
        for i, (aid, story) in enumerate(zip(t.column("article_id").to_pylist(), t.column("story_id").to_pylist(),
                                             strict=True)):
            lo, hi = offsets[i], offsets[i + 1]
            stored[aid] = {"vector": (flat_t[lo:hi], flat_w[lo:hi]), "story": story}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def node(aid: str) -> str:
        return ("s:" + stored[aid]["story"]) if aid in stored else aid

    for aid in ids:
        find(aid)
    known = [(n, o) for n, o in pairs if o in new or o in stored]
    vecs = {a: v["vector"] for a, v in stored.items()} | {a: v["vector"] for a, v in new.items()}
    edges = {(n, node(o)) for (n, o), cos in zip(known, cosines(known, vecs), strict=True) if cos >= SIMILAR}
    for n, o in edges:  # one union per story reached, not per article in it
        parent[find(n)] = find(o)
    for aid, d in dup_of.items():  # a copy belongs to its original's story
        if d and (d in new or d in stored):
            parent[find(aid)] = find(node(d))
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    for members in groups.values():
        olds = [m[2:] for m in members if m.startswith("s:")]
        fresh = [m for m in members if not m.startswith("s:")]
        first = _earliest(con, olds, [(new[a]["date"], a) for a in fresh])
        if olds:
            con.execute("UPDATE crossdoc_articles SET story_id = ? WHERE story_id IN (SELECT unnest(?))",
                        [first, olds])
        con.execute("UPDATE crossdoc_articles SET story_id = ? WHERE article_id IN (SELECT unnest(?))",
                    [first, fresh])


def rebuild(con, story_ids: list[str]) -> None:
    """Cluster the remaining articles of these stories afresh (after an article in them was rewritten)."""
    if not story_ids:
        return
    rows = con.execute("SELECT article_id, date, terms, weights, duplicate_of FROM crossdoc_articles "
                       "WHERE story_id IN (SELECT unnest(?))", [story_ids]).fetchall()
    if rows:
        con.execute("UPDATE crossdoc_articles SET story_id = article_id WHERE story_id IN (SELECT unnest(?))",
                    [story_ids])
        link(con, {a: {"date": d, "vector": (t, w)} for a, d, t, w, _ in rows}, {a: dup for a, *_, dup in rows})


def _earliest(con, stories: list[str], fresh: list[tuple]) -> str:
    """The story's name: its earliest article (undated last, then by id)."""
    cands = list(fresh)
    if stories:
        cands += con.execute("SELECT date, article_id FROM crossdoc_articles WHERE story_id IN (SELECT unnest(?)) "
                             "ORDER BY date NULLS LAST, article_id LIMIT 1", [stories]).fetchall()
    return min(cands, key=lambda c: (c[0] is None, _day(c[0]), c[1]))[1]


def _day(v) -> date:
    return date.min if v is None else v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


