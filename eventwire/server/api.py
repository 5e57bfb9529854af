"""JSON endpoints under /api/. Each is a thin call of a store query function; pages are `{total, limit, offset,
items}` so a client can walk them."""

from __future__ import annotations

import functools
import hmac
import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from eventwire.store import crossdoc, query

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=1000, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Since = Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")]
Until = Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")]
Dyad = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$", description="two codes, e.g. USA-PAK (either "
                                   "direction)")]
Actor = Annotated[str | None, Query(max_length=100, description="actor code prefix or name")]
Root = Annotated[str | None, Query(pattern=r"^(0?[1-9]|1[0-9]|20)$", description="CAMEO root, 01-20")]
Plover = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,30}$", description="PLOVER event type, e.g. CONSULT")]
All = Annotated[bool, Query(alias="all", description="include negated and hypothetical events")]
Story = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="a story id (/api/stories)")]
Code3 = Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="three-letter code, e.g. USA")]
Code3Query = Annotated[str, Query(pattern=r"^[A-Za-z]{3}$", description="three-letter code, e.g. USA")]
Period = Annotated[str, Query(pattern=r"^(day|week|month|year)$", description="day, week, month or year")]


class FastJSON(JSONResponse):
    """Rows straight to JSON (dates as ISO strings): FastAPI's generic encoder costs more than the query."""

    def render(self, content) -> bytes:
        return json.dumps(content, default=str, ensure_ascii=False, separators=(",", ":")).encode()


def get(path: str, cached=None):
    """Register `fn` as GET `path` answering FastJSON, and leave `fn` itself a plain function the pages call.
    With `cached` (same parameters, None when it would have to query), an answer already in memory is given on the
    event loop, and only a miss goes to a worker thread."""
    def register(fn):
        if cached is None:
            @functools.wraps(fn)
            def handler(*args, **kwargs):
                return FastJSON(fn(*args, **kwargs))
        else:
            @functools.wraps(fn)
            async def handler(*args, **kwargs):
                if (hit := cached(*args, **kwargs)) is not None:
                    return hit
                return FastJSON(await run_in_threadpool(fn, *args, **kwargs))

        router.get(path, response_model=None)(handler)
        return fn
    return register


def store(request: Request):
    return request.app.state.store


def page(request: Request, key: tuple, count_of, items_of, limit: int, offset: int) -> dict:
    """One page of items and the total, counted once per store generation for the same filters."""
    st = store(request)
    total = st.cached(key, count_of)
    with st.read() as cur:
        items = items_of(cur)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def event_filters(dyad, actor, root, plover, since, until, include_all, story=None) -> dict:
    return {"dyad": dyad, "actor": actor, "root": root, "plover": plover, "since": since, "until": until,
            "include_all": include_all, "story": story}


@get("/health")
def health(request: Request) -> dict:
    st = store(request)
    with st.read() as cur:
        s = query.summary(cur)
    return {"ok": True, "db": st.db, "writable": st.writable, "articles": s["articles"], "events": s["events"],
            "quotes": s["quotes"], "cached_events": len(request.app.state.event_rows),
            "warming": request.app.state.event_rows.warming}


@get("/articles")
def articles(request: Request, search: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 50,
             offset: Offset = 0) -> dict:
    """Articles, newest first, with event and quote counts."""
    return page(request, ("articles", search), lambda c: query.count_articles(c, search),
                lambda c: query.query_articles(c, search, limit, offset), limit, offset)


@get("/articles/{article_id}")
def article(request: Request, article_id: str) -> dict:
    """The article's text with its actors, events and quotes, each with character offsets into the text."""
    with store(request).read() as cur:
        rec = query.get_article(cur, article_id)
    if rec is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return rec


def events_key(kw: dict) -> tuple:
    """One cache key per set of events: USA-PAK and pak-usa select the same ones."""
    dyad = "-".join(sorted(kw["dyad"].upper().split("-"))) if kw["dyad"] else None
    return ("event-ids", *(kw | {"dyad": dyad}).values())


def events_in_memory(request: Request, dyad=None, actor=None, root=None, plover=None, since=None, until=None,
                     story=None, include_all=False, limit=50, offset=0) -> Response | None:
    """The answer of /api/events when its ids and rows are all cached (spliced from the kept JSON), else None."""
    ids = store(request).peek(events_key(event_filters(dyad, actor, root, plover, since, until, include_all, story)))
    if ids is None:
        return None
    items = request.app.state.event_rows.peek(ids[offset:offset + limit])
    if items is None:
        return None
    head = f'{{"total":{len(ids)},"limit":{limit},"offset":{offset},"items":['.encode()
    return Response(head + b",".join(items) + b"]}", media_type="application/json")


def warm_dyads(st, most: int = 2_000) -> None:
    """The id lists of the most active dyads (the overview's bars, the dyad pages' links), read ahead."""
    with st.read() as cur:
        pairs = query.dyad_balance(cur, limit=most, include_all=True)
    for p in pairs:
        if not st.is_open:
            return
        for all_ in (False, True):
            kw = event_filters(f"{p['a']}-{p['b']}", None, None, None, None, None, all_)
            st.cached(events_key(kw), lambda c, kw=kw: crossdoc.merged_event_ids(c, placed=st.placed, **kw))


@get("/events", cached=events_in_memory)
def events(request: Request, dyad: Dyad = None, actor: Actor = None, root: Root = None, plover: Plover = None,
           since: Since = None, until: Until = None, story: Story = None, include_all: All = False,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    """Events as `eventwire events` lists them: one per real-world event (facts only unless all=true), its sentence
    and trigger offsets, num_mentions/num_articles/num_sources, and every mention (article, sentence, offsets)."""
    kw = event_filters(dyad, actor, root, plover, since, until, include_all, story)
    st = store(request)
    ids = st.cached(events_key(kw), lambda c: crossdoc.merged_event_ids(c, placed=st.placed, **kw))
    items = request.app.state.event_rows.get(ids[offset:offset + limit])
    return {"total": len(ids), "limit": limit, "offset": offset, "items": items}


@get("/timeline")
def timeline(request: Request, dyad: Dyad = None, actor: Actor = None, root: Root = None, plover: Plover = None,
             since: Since = None, until: Until = None, story: Story = None) -> list[dict]:
    """Dated events per day and QuadClass, with the filters of /api/events."""
    kw = event_filters(dyad, actor, root, plover, since, until, False, story)
    with store(request).read() as cur:
        rows = query.quad_by_date(cur, **kw)
    return [{"date": d, "quad_class": q, "events": n} for d, q, n in rows]


@get("/dyads")
def dyads(request: Request, limit: Limit = 10, since: Since = None, until: Until = None) -> list[dict]:
    """The most active dyads with cooperative and conflictual event counts."""
    with store(request).read() as cur:
        return query.dyad_balance(cur, limit=limit, since=since, until=until)


@get("/quotes")
def quotes(request: Request, speaker: Annotated[str | None, Query(max_length=100)] = None, since: Since = None,
           until: Until = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Quotes with speaker, cue, content offsets and relay chain; `speaker` matches name, text or code prefix."""
    return page(request, ("quotes", speaker, since, until), lambda c: query.count_quotes(c, speaker, since, until),
                lambda c: query.query_quotes(c, speaker, since, until, limit, offset), limit, offset)


@get("/actors")
def actors(request: Request, search: Annotated[str | None, Query(max_length=100)] = None, limit: Limit = 50,
           offset: Offset = 0) -> dict:
    """The actor registry: canonical name, code, aliases, first and last seen, article count."""
    return page(request, ("actors", search), lambda c: query.count_actors(c, search),
                lambda c: query.actor_registry(c, search, limit, offset), limit, offset)


@get("/dyads/{a}/{b}")
def dyad(request: Request, a: Code3, b: Code3, by: Period = "month") -> dict:
    """Both directions between two countries per period (as `eventwire dyad A B --by`): counts by QuadClass and
    PLOVER type, Goldstein sum and mean."""
    with store(request).read() as cur:
        rows = crossdoc.dyad_series(cur, a, b, by)
    return {"a": a.upper(), "b": b.upper(), "by": by, "series": rows}


@get("/network")
def network(request: Request, since: Since = None, until: Until = None) -> dict:
    """The directed actor graph (as `eventwire network --format json`): node-link JSON, edges under "links"."""
    from eventwire.crossdoc.network import graph, serialize

    with store(request).read() as cur:
        edges = crossdoc.network_edges(cur, since, until)
    return json.loads(serialize(graph(edges), "json"))


@get("/stories")
def stories(request: Request) -> list[dict]:
    """Stories, largest first: id, title, articles, outlets, dates, top dyads and events (`eventwire stories`)."""
    with store(request).read() as cur:
        return crossdoc.query_stories(cur)


@get("/stories/{story_id}")
def story(request: Request, story_id: str) -> dict:
    with store(request).read() as cur:
        found = crossdoc.query_stories(cur, story=story_id)
    if not found:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return found[0]


@get("/disputes")
def disputes(request: Request) -> list[dict]:
    """Pairs of statements that contradict each other, each a quote record with its article (`eventwire disputes`)."""
    with store(request).read() as cur:
        return crossdoc.query_disputes(cur)


def require_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only; start it with --token (or EVENTWIRE_TOKEN) to ingest")
    if not store(request).writable:
        raise HTTPException(403, f"{store(request).db} is a Parquet directory from the Spark engine: read-only")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")
