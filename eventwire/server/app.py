"""`eventwire serve`: the FastAPI application over one store: JSON under /api/, HTML pages elsewhere.

Every answer comes from the store's query functions (eventwire/store/query.py), the ones the CLI uses.
Errors have one shape, `{"ok": false, "status": N, "error": "one line"}`, and never carry a stack trace.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventwire.errors import EventwireError
from eventwire.server.rows import EventRows
from eventwire.server.store import Store

STATIC = Path(__file__).parent / "static"
VENDOR = {"echarts": "vendor/echarts-6.1.0/echarts.min.js",  # scripts/build_static.sh puts them there
          "swagger_js": "vendor/swagger-ui-dist-5.35.0/swagger-ui-bundle.js",
          "swagger_css": "vendor/swagger-ui-dist-5.35.0/swagger-ui.css"}
log = logging.getLogger("eventwire.server")


def create_app(db: str, token: str | None = None, url: str = "http://127.0.0.1:8000") -> FastAPI:
    """The app for store `db` (DuckDB file or Spark Parquet directory); writable only when a token is set."""
    from eventwire import __version__
    from eventwire.server import api, jobs, pages

    store = Store(db, writable=bool(token))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        store.open(url)  # `serve` has opened it already, to fail before listening; tests open it here
        app.state.event_rows.warm(then=lambda: api.warm_dyads(store))
        try:
            yield
        finally:  # here, not after uvicorn returns: uvicorn re-raises SIGTERM once the app has shut down
            store.close()

    app = FastAPI(title="eventwire", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
                  description="Political events, actors and quotes coded from news, each traceable to its sentence.")
    app.state.store = store
    app.state.token = token
    app.state.jobs = {}
    app.state.event_rows = EventRows(store)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(jobs.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:  # FastAPI's default page loads Swagger UI from a CDN; ours ships in the package
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/" + VENDOR["swagger_js"],
                                   swagger_css_url="/static/" + VENDOR["swagger_css"],
                                   swagger_favicon_url="/static/favicon.svg")

    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_parameter)
    app.add_exception_handler(EventwireError, _eventwire_error)
    app.add_exception_handler(Exception, _internal_error)
    return app


def error(request: Request, status: int, message: str):
    """JSON under /api/ (and for clients that ask for it), a small HTML page elsewhere."""
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status)
    from eventwire.server.pages import error_page

    return error_page(request, status, message)


async def _http_error(request: Request, exc: HTTPException):
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such page: {request.url.path}"
    return error(request, exc.status_code, message)


async def _bad_parameter(request: Request, exc: RequestValidationError):
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}" + (f" (got {e['input']!r})" if "input" in e and
                                                              not isinstance(e["input"], dict | list) else ""))
    return error(request, 400, "bad parameter: " + "; ".join(parts))


async def _eventwire_error(request: Request, exc: EventwireError):
    return error(request, 400, str(exc))


async def _internal_error(request: Request, exc: Exception):
    log.exception("error serving %s", request.url.path)  # the trace goes to the server log, never to the client
    return error(request, 500, f"internal error ({type(exc).__name__}); see the server log")
