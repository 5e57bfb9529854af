"""HTML pages: server-rendered from the same store queries as the API; charts get their data as JSON in the page
and are drawn by the vendored ECharts (static/app.js)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from eventwire.server import api
from eventwire.server.annotate import annotate
from eventwire.store import crossdoc, query

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["fromjson"] = lambda s: json.loads(s) if s else []  # quotes' relay chains are stored as JSON
PAGE = 50


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    from eventwire.server.app import VENDOR

    return templates.TemplateResponse(request, name, {"vendor": VENDOR, **jsonable_encoder(context)},
                                      status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def pager(request: Request, total: int, offset: int) -> dict:
    """Links to the previous and next page, keeping the other parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def link(off: int) -> str:
        return "?" + urlencode(params | ({"offset": off} if off else {}))
    return {"total": total, "first": offset + 1 if total else 0, "last": min(offset + PAGE, total),
            "prev": link(max(offset - PAGE, 0)) if offset > 0 else None,
            "next": link(offset + PAGE) if offset + PAGE < total else None}


@router.get("/")
def overview(request: Request) -> HTMLResponse:
    with api.store(request).read() as cur:
        s = query.summary(cur)
        latest = query.query_articles(cur, limit=10)
        balance = query.dyad_balance(cur, limit=12)
        actors = query.count_actors(cur)
        merged = crossdoc.count_merged_events(cur)
    return render(request, "overview.html", s=s, latest=latest, balance=balance, actors=actors, merged=merged)


Text = Annotated[str | None, Query(max_length=100)]
# Pages take the API's own parameter types, so a bad filter gets the same one-line message (as a page);
# forms leave empty fields out (static/app.js).


@router.get("/events")
def events_page(request: Request, dyad: api.Dyad = None, actor: api.Actor = None, root: api.Root = None,
                plover: api.Plover = None, since: api.Since = None, until: api.Until = None, story: api.Story = None,
                include_all: api.All = False, offset: api.Offset = 0) -> HTMLResponse:
    f = {"dyad": dyad, "actor": actor, "root": root, "plover": plover, "since": since, "until": until, "story": story}
    data = api.events(request, **f, include_all=include_all, limit=PAGE, offset=offset)
    return render(request, "events.html", f=f | {"all": include_all}, rows=data["items"],
                  pager=pager(request, data["total"], offset))


@router.get("/timeline")
def timeline_page(request: Request, dyad: api.Dyad = None, actor: api.Actor = None, root: api.Root = None,
                  plover: api.Plover = None, since: api.Since = None, until: api.Until = None) -> HTMLResponse:
    f = {"dyad": dyad, "actor": actor, "root": root, "plover": plover, "since": since, "until": until}
    return render(request, "timeline.html", f=f, rows=api.timeline(request, **f))


@router.get("/articles")
def articles_page(request: Request, search: Text = None, offset: api.Offset = 0) -> HTMLResponse:
    data = api.articles(request, search=search or None, limit=PAGE, offset=offset)
    return render(request, "articles.html", search=search or "", rows=data["items"],
                  pager=pager(request, data["total"], offset))


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str) -> HTMLResponse:
    rec = api.article(request, article_id)
    body, tips = annotate(rec)
    return render(request, "article.html", rec={k: v for k, v in rec.items() if k != "text"}, body=body, tips=tips)


@router.get("/quotes")
def quotes_page(request: Request, speaker: Text = None, offset: api.Offset = 0) -> HTMLResponse:
    data = api.quotes(request, speaker=speaker or None, since=None, until=None, limit=PAGE, offset=offset)
    return render(request, "quotes.html", speaker=speaker or "", rows=data["items"],
                  pager=pager(request, data["total"], offset))


@router.get("/actors")
def actors_page(request: Request, search: Text = None, offset: api.Offset = 0) -> HTMLResponse:
    data = api.actors(request, search=search or None, limit=PAGE, offset=offset)
    return render(request, "actors.html", search=search or "", rows=data["items"],
                  pager=pager(request, data["total"], offset))



@router.get("/dyads")
def dyads_page(request: Request) -> HTMLResponse:
    return render(request, "dyads.html", a=None, b=None, by="month", series=None, balance=api.dyads(request, 20))


@router.get("/dyads/go")
def dyads_form(a: api.Code3Query, b: api.Code3Query, by: api.Period = "month") -> RedirectResponse:
    return RedirectResponse(f"/dyads/{a.upper()}/{b.upper()}?by={by}", status_code=303)


@router.get("/dyads/{a}/{b}")
def dyad_page(request: Request, a: api.Code3, b: api.Code3, by: api.Period = "month") -> HTMLResponse:
    d = api.dyad(request, a, b, by)
    return render(request, "dyads.html", a=d["a"], b=d["b"], by=by, series=d["series"],
                  balance=api.dyads(request, 20))


@router.get("/network")
def network_page(request: Request, since: api.Since = None, until: api.Until = None) -> HTMLResponse:
    return render(request, "network.html", since=since, until=until, graph=api.network(request, since, until))


@router.get("/stories")
def stories_page(request: Request) -> HTMLResponse:
    return render(request, "stories.html", stories=api.stories(request))


@router.get("/disputes")
def disputes_page(request: Request) -> HTMLResponse:
    return render(request, "disputes.html", disputes=api.disputes(request))
