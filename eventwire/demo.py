"""`eventwire demo`: ingest the bundled sample corpus into a temporary store, summarise, write an HTML report."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eventwire import data
from eventwire.events.ontology import lookup


def run_demo(out: str, model: str | None = None, console: Console | None = None) -> dict:
    from eventwire.ingest.run import ingest_paths
    from eventwire.report import write_report
    from eventwire.store import connect, summary

    console = console or Console()
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.duckdb")
        ingest_paths([str(data.path("sample"))], db, model=model)
        with connect(db, read_only=True) as con:
            s = summary(con)
            write_report(con, out)
    console.print(f"[bold]eventwire demo[/bold]: {s['articles']} articles, {s['events']} events (facts), "
                  f"{s['quotes']} quotes in {time.time() - t0:.1f}s")
    roots = Table("root", "name", "events", title="events by CAMEO root")
    for root, n in s["roots"]:
        roots.add_row(root, lookup(root).name, str(n))
    console.print(roots)
    dyads = Table("source", "target", "events", "Goldstein sum", title="top dyads")
    for a, b, n, g in s["dyads"]:
        dyads.add_row(a, b, str(n), str(g))
    console.print(dyads)
    speakers = Table("speaker", "code", "quotes", title="top speakers")
    for name, code, n in s["speakers"]:
        speakers.add_row(name, code or "", str(n))
    console.print(speakers)
    console.print(f"report written to [bold]{Path(out).resolve()}[/bold]")
    return s
