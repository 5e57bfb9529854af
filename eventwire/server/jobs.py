"""POST /api/ingest: uploads are saved to a temporary folder and coded in a background thread by the shared
ingestion function, through the server's own hold on the store; progress at /api/ingest/{job}."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from eventwire.server.api import get, require_token, warm_dyads

router = APIRouter(prefix="/api", tags=["ingest"])
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json", "text/plain")
MAX_BYTES = 200 * 1024 * 1024


def _safe_name(name: str | None, n: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name or "").name).strip("._") or f"upload-{n}.txt"
    return f"{n:04d}-{stem}"


async def _save_uploads(request: Request, folder: Path) -> list[str]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    saved: list[str] = []
    if kind == "multipart/form-data":
        form = await request.form()
        for n, item in enumerate(form.getlist("file")):
            if isinstance(item, str):
                raise HTTPException(400, "the 'file' field must be a file upload")
            target = folder / _safe_name(item.filename, n)
            target.write_bytes(await item.read())
            saved.append(item.filename or target.name)
        if not saved:
            raise HTTPException(400, "no file in the upload: send one or more files in the form field 'file'")
    elif kind in JSONL_TYPES:
        body = await request.body()
        if not body.strip():
            raise HTTPException(400, "empty body: send JSONL (one article object per line) or a file upload")
        (folder / "0000-body.jsonl").write_bytes(body)
        saved.append("body.jsonl")
    else:
        raise HTTPException(415, f"unsupported content type {kind or 'none'!r}: send multipart/form-data with "
                                 f"'file' fields, or a JSONL body (application/x-ndjson)")
    if sum(p.stat().st_size for p in folder.iterdir()) > MAX_BYTES:
        raise HTTPException(413, f"upload larger than {MAX_BYTES // 2**20} MiB; split it")
    return saved


@router.post("/ingest", status_code=202, dependencies=[Depends(require_token)])
async def ingest(request: Request, date_: Annotated[date | None, Query(alias="date", description="publication date "
                 "for inputs that carry none")] = None, force: bool = False) -> JSONResponse:
    """Code and store uploaded articles (.txt, .html, .jsonl files, or a JSONL body). Needs the server's token."""
    folder = Path(tempfile.mkdtemp(prefix="eventwire-upload-"))
    try:
        files = await _save_uploads(request, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    job = {"id": uuid.uuid4().hex[:12], "status": "queued", "files": files, "read": 0, "coded": 0, "stored": 0,
           "skipped": 0, "events": 0, "quotes": 0, "refused": [], "summary": None, "error": None,
           "submitted": time.time(), "finished": None}
    request.app.state.jobs[job["id"]] = job
    args = (request.app.state, job, folder, date_.isoformat() if date_ else None, force)
    threading.Thread(target=_run, args=args, name=f"ingest-{job['id']}", daemon=True).start()
    return JSONResponse({"job": job["id"], "status": "queued", "url": f"/api/ingest/{job['id']}"}, status_code=202)


@get("/ingest/{job_id}")
def ingest_status(request: Request, job_id: str) -> dict:
    """Where an ingest job stands: queued, running, done (with counts) or failed (with the reason)."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id!r}")
    return job


def _run(state, job: dict, folder: Path, date_: str | None, force: bool) -> None:
    from eventwire.ingest.run import ingest_paths  # the run the CLI makes: spaCy is loaded here only

    def progress(report) -> None:
        job.update(read=report.read, coded=report.coded, stored=report.stored, skipped=report.skipped,
                   events=report.events, quotes=report.quotes)

    def refused(exc) -> None:  # one line per bad input, its upload name instead of the temporary path
        job["refused"].append(str(exc).replace(str(folder) + "/", "").split("-", 1)[-1])

    store = state.store
    try:
        with store.write():  # one ingest at a time; what readers cached before it is dropped after it
            job["status"] = "running"
            report = ingest_paths([str(folder)], store.db, date_, force=force, on_error=refused, progress=progress)
        state.event_rows.warm(then=lambda: warm_dyads(store))
        progress(report)
        job.update(status="done" if report.read else "failed", summary=report.summary(),
                   error=None if report.read else "no article could be read from the upload")
    except Exception as exc:  # noqa: BLE001 - a job reports its failure instead of dying silently
        job.update(status="failed", error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    finally:
        job["finished"] = time.time()
        shutil.rmtree(folder, ignore_errors=True)
