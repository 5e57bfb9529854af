"""The web dashboard and JSON API (`eventwire serve`): FastAPI on uvicorn, reading through eventwire.store.query."""

from __future__ import annotations

from eventwire.server.app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, echo=print) -> None:
    """Hold the store and serve it until interrupted; a store that cannot be opened fails before listening."""
    import uvicorn

    shown = "localhost" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}"
    app = create_app(db, token=token, url=url)
    app.state.store.open(url)
    try:
        mode = "read-write: POST /api/ingest with the token" if app.state.store.writable else "read-only"
        echo(f"eventwire: serving {db} at {url} ({mode}); API docs at {url}/docs; Ctrl-C stops")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        app.state.store.close()


def demo_store(folder: str) -> str:
    """The bundled sample corpus ingested into FOLDER/demo.duckdb (what `eventwire demo --serve` serves)."""
    from pathlib import Path

    from eventwire import data
    from eventwire.ingest.run import ingest_paths

    db = str(Path(folder) / "demo.duckdb")
    ingest_paths([str(data.path("sample"))], db)
    return db
