"""Command line: parse options, call the functions below, print. No coding logic lives here."""

from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager

import click

from eventwire.errors import EventwireError, InputError

DB = "eventwire.duckdb"


def _err(msg: str) -> None:
    click.echo(f"eventwire: {msg}", err=True)



def _skipped(exc: InputError) -> None:
    _err(f"skipped {exc}")


def _iso(ctx, param, value: str | None) -> str | None:
    """A date option as YYYY-MM-DD, or one line saying so (not a silent run that matches nothing)."""
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date: use YYYY-MM-DD, e.g. 2025-07-09") from None


class _Main(click.Group):
    """Every command's EventwireError or OSError is one line and exit 1; a closed pipe ends quietly."""

    def invoke(self, ctx):
        import os

        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            _err(str(exc))
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError as exc:
            _err(f"{exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}")
        ctx.exit(1)


model_opt = click.option("--model", default=None, help="spaCy pipeline (default: EVENTWIRE_MODEL or the pinned small English model)")
actors_opt = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                          help="extra actor dictionary: name<TAB>code[<TAB>from<TAB>to], or a PETRARCH .actors/agents file")
verbs_opt = click.option("--verbs", "verbs", multiple=True, type=click.Path(exists=True, dir_okay=False),
                         help="extra verb patterns: pattern<TAB>CAMEO code, or a PETRARCH verb dictionary")
date_opt = click.option("--date", default=None, callback=_iso,
                        help="publication date (YYYY-MM-DD) for inputs that carry none")
strict_opt = click.option("--strict", is_flag=True, help="a bad input stops the run before anything is coded or stored")
quiet_opt = click.option("--quiet", is_flag=True, help="no progress bar and no run summary (errors are still printed)")


@click.group(cls=_Main)
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: who did what to whom, when and where, and who said what, from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@date_opt
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
@model_opt
@actors_opt
@verbs_opt
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64),
              help="worker processes (each loads the model once)")
@strict_opt
@quiet_opt
def code(paths, date, fmt, model, actors, verbs, processes, strict, quiet):
    """Code articles and print one record per article (PATH: .txt, .html, .jsonl, a directory, or - for stdin).
    Exits 1 when an input was refused or none was read."""
    from eventwire.ingest.run import Report, code_paths

    _QUICK_EXIT.append(True)  # it writes only to stdout and stderr
    report = Report()
    records = code_paths(paths, date, model=model, actors=actors, verbs=verbs, processes=processes, strict=strict,
                         on_error=_skipped, report=report)
    if fmt == "jsonl":
        for rec in records:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        from eventwire.views import print_record

        for rec in records:
            print_record(rec)
    _finish(report, quiet)


def _finish(report, quiet: bool, nothing: str = "") -> None:
    """The run summary on stderr (stdout is the data), then exit 1 if anything was refused or nothing read."""
    if report.read == 0:
        _err(f"nothing read: no readable article in the given paths{nothing}")
    elif not quiet:
        _err(report.summary())
    if report.failed:
        sys.exit(1)


processes_opt = click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64),
                             help="worker processes (each loads the model once)")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DB, show_default=True, help="DuckDB file")
@date_opt
@model_opt
@actors_opt
@verbs_opt
@processes_opt
@click.option("--batch", default=64, show_default=True, help="articles per transaction")
@click.option("--force", is_flag=True, help="recode articles already stored with the same text")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL (--engine spark)")
@click.option("--out", default=None, help="Parquet output directory (--engine spark)")
@strict_opt
@quiet_opt
def ingest(paths, db, date, model, actors, verbs, processes, batch, force, engine, master, out, strict, quiet):
    """Code articles and store them. Re-running skips articles stored with the same text and date (an interrupted
    run finishes where it stopped); an article whose text or --date changed replaces its earlier rows. A file's id
    is its path, a JSONL line's its `id` (docs/records.md). Exits 1 when an input was refused or none was read."""
    if engine == "spark":
        from eventwire.engine.spark import run_spark

        if not out:
            raise click.UsageError("--engine spark needs --out DIR (Parquet, partitioned by event date)")
        n = run_spark(paths, out, master=master, date=date, model=model, actors=actors, verbs=verbs,
                      partitions=processes if processes > 1 else None)
        click.echo(f"wrote {n} articles to {out} (Parquet; query with eventwire events --db {out})")
        return
    from eventwire.ingest.run import ingest_paths as run_ingest

    with _progress(paths, quiet) as progress:
        report = run_ingest(paths, db, date, model=model, actors=actors, verbs=verbs, batch=batch,
                            processes=processes, force=force, strict=strict, on_error=_skipped, progress=progress)
    if report.read:
        click.echo(f"stored {report.stored} articles in {db}"
                   + (f" ({report.skipped} already stored, skipped)" if report.skipped else ""))
    _finish(report, quiet, f"; no database written to {db}")


@contextmanager
def _progress(paths, quiet: bool):
    """A progress bar with total, rate and time left, on a terminal only (nothing on a pipe or with --quiet)."""
    console = _console()
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from eventwire.ingest.read import count_inputs

    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        task = bar.add_task("coding", total=count_inputs(list(paths)), rate="")

        def update(report) -> None:
            speed = bar.tasks[0].speed
            bar.update(task, completed=report.coded + report.skipped + sum(report.refused.values()),
                       rate=f"{speed:.1f} articles/s" if speed else "")

        yield update


def _console():
    from rich.console import Console

    return Console(stderr=True)


def _emit_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()) if rows else columns)
        w.writeheader()
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        cut = 60 if console.is_terminal else None  # piped: every character, no wrapping at 80 columns
        if not console.is_terminal:
            console = Console(width=100_000)
        t = Table(*columns, show_lines=False)
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c))[:cut] for c in columns])
        console.print(t)


fmt_opt = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
since_opt = click.option("--since", callback=_iso, help="YYYY-MM-DD")
until_opt = click.option("--until", callback=_iso, help="YYYY-MM-DD")
limit_opt = click.option("--limit", type=click.IntRange(min=1), default=None, help="show at most N rows")


def _limited(rows: list[dict], limit: int | None) -> list[dict]:
    if limit is not None and len(rows) > limit:
        _err(f"showing {limit} of {len(rows)} rows (--limit)")
        return rows[:limit]
    return rows


def _root(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 20:
        raise click.BadParameter(f"'{value}' is not a CAMEO root: use 01 to 20, e.g. 04 (consult)")
    return f"{int(value):02d}"


def _dyad(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    a, dash, b = value.upper().partition("-")
    if not dash or not a.isalpha() or not b.isalpha():
        raise click.BadParameter(f"'{value}' is not a dyad: use two country codes joined by a dash, e.g. USA-PAK")
    return f"{a}-{b}"


def _hint_span(con) -> None:
    """No event for the filters: say what the store does hold, so an empty answer is not taken for a fact."""
    from eventwire.store.query import event_span

    n, first, last = event_span(con)
    _err(f"no event matches these filters; the store holds {n} events" + (f" dated {first} to {last}" if first else ""))


def _hint_dyad(con, dyad: str) -> None:
    """No event for the dyad: say which side the store has never seen as a country (a group, a typo)."""
    from eventwire.store.query import known_countries

    codes = dyad.split("-")
    unknown = [c for c in codes if c not in known_countries(con, codes)]
    if unknown:
        _err(f"no event has country {' or '.join(unknown)}: --dyad takes three-letter country codes (USA-PAK); "
             "for a group or a sector use --actor")


@main.command()
@click.option("--db", default=DB, show_default=True)
@click.option("--dyad", callback=_dyad, help="two country codes, e.g. USA-PAK (either direction)")
@click.option("--actor", help="actor code prefix or name")
@click.option("--root", callback=_root, help="CAMEO root code, 01-20, e.g. 04")
@since_opt
@until_opt
@click.option("--all", "include_all", is_flag=True, help="include negated and hypothetical events")
@fmt_opt
@limit_opt
def events(db, dyad, actor, root, since, until, include_all, fmt, limit):
    """Query stored events: one row per real-world event, merged across its mentions (docs/crossdoc.md)."""
    from eventwire.store import connect
    from eventwire.store.crossdoc import query_merged_events

    with connect(db, read_only=True) as con:
        rows = query_merged_events(con, dyad=dyad, actor=actor, root=root, since=since, until=until,
                                   include_all=include_all, mentions=fmt == "json")
        if not rows and dyad:
            _hint_dyad(con, dyad)
        elif not rows and (actor or root or since or until):
            _hint_span(con)
    rows = _limited(rows, limit)
    _emit_rows(rows, fmt, ["date", "source_code", "source_name", "code", "target_code", "target_name", "goldstein",
                           "trigger", "location", "num_sources"])


@main.command()
@click.option("--db", default=DB, show_default=True)
@click.option("--actor", "speaker", help="speaker name, text or code prefix")
@since_opt
@until_opt
@fmt_opt
@limit_opt
def quotes(db, speaker, since, until, fmt, limit):
    """Query stored quotes."""
    from eventwire.store import connect, query_quotes

    with connect(db, read_only=True) as con:
        rows = query_quotes(con, speaker=speaker, since=since, until=until)
    _emit_rows(_limited(rows, limit), fmt, ["date", "kind", "speaker_name", "speaker_code", "cue", "content"])


@main.command()
@click.option("--db", default=DB, show_default=True)
@click.option("--search", default=None, help="text in a name, alias or code")
@fmt_opt
@limit_opt
def actors(db, search, fmt, limit):
    """List the actor registry: canonical name, code, aliases, first and last seen, article count."""
    from eventwire.store import connect
    from eventwire.store.query import actor_registry

    with connect(db, read_only=True) as con:
        rows = actor_registry(con, search)
    _emit_rows(_limited(rows, limit), fmt, ["name", "code", "aliases", "first_seen", "last_seen", "articles"])


@main.command()
@click.option("--db", default=DB, show_default=True, help="DuckDB file or the Spark engine's Parquet directory")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "jsonl", "csv", "parquet"]), required=True,
              help="gdelt: GDELT 2.0 events.tsv + mentions.tsv; plover: PLOVER JSON Lines; jsonl|csv|parquet: one "
                   "file per table")
@click.option("--out", required=True, help="output directory")
@click.option("--all", "include_all", is_flag=True, help="include negated and hypothetical events")
@click.option("--header", is_flag=True, help="gdelt: a first line of GDELT column names")
def export(db, fmt, out, include_all, header):
    """Export stored events for other tools (docs/exports.md)."""
    from eventwire.export import export as run_export
    from eventwire.store import connect

    with connect(db, read_only=True) as con:
        n = run_export(con, fmt, out, include_all, header)
    click.echo(f"exported {n} {'PLOVER records' if fmt == 'plover' else 'events'} to {out}")


@main.command()
@click.option("--out", default="eventwire-demo.html", show_default=True, help="where to write the HTML report")
@model_opt
@click.option("--serve", "serve_", is_flag=True, help="then serve the dashboard on the demo store (see `serve`)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="port for --serve")
def demo(out, model, serve_, port):
    """Ingest the bundled sample corpus into a temporary store, print a summary, write an HTML report."""
    from eventwire.demo import run_demo

    run_demo(out, model)
    if serve_:
        import tempfile

        from eventwire.server import demo_store, serve

        with tempfile.TemporaryDirectory() as tmp:
            serve(demo_store(tmp), port=port, echo=click.echo)


@main.command()
@click.argument("text_or_file")
@date_opt
@click.option("--sentence", "sentence", type=click.IntRange(0), default=None, help="only sentence N (0-based)")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@model_opt
def explain(text_or_file, date, sentence, fmt, model):
    """Show why each code: parse, actors and how each was coded, triggers and the patterns tried, the target
    candidates and the one chosen, refused pairs and why, and the stored events with their rule."""
    from pathlib import Path

    from eventwire.explain import explain as explain_article
    from eventwire.explain import render
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article, content_id

    p = Path(text_or_file)
    if p.is_file():
        from eventwire.ingest.read import read_file

        art = next(read_file(p, date), None)
        if art is None:
            raise EventwireError(f"{p}: no article to explain")
    else:
        art = Article(id=content_id(text_or_file), text=text_or_file, date=date)
    sentences = explain_article(Pipeline(model), art, sentence)
    if sentence is not None and not sentences:
        raise EventwireError(f"{text_or_file[:60]}: there is no sentence {sentence}")
    click.echo(json.dumps(sentences, ensure_ascii=False, indent=1) if fmt == "json" else render(sentences))


@main.command(name="eval")
@click.argument("path", type=click.Path(exists=True))
@click.option("--split", default=None, help="PolNeAR split under PATH (dev or train), when PATH is the corpus root")
@click.option("--limit", default=0, help="first N articles only (PolNeAR)")
@click.option("--folds", default=0, help="also score N fixed folds of the sentences (PLOVER): the spread, and a "
              "fold kept unread while rules change")
@click.option("-v", "--verbose", is_flag=True, help="list every false positive, miss and wrong actor (JSONL gold, PETRARCH XML)")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="JSONL gold: report format")
@model_opt
def eval_cmd(path, split, limit, folds, verbose, fmt, model):
    """Score against gold data: a PLOVER TSV (PLV format), a PolNeAR directory (brat .ann), our JSONL gold
    (sentences, or articles beside an articles/ directory), or PETRARCH validation XML."""
    from pathlib import Path

    from eventwire.eval import run_eval

    if Path(path).is_file() and Path(path).suffix.lower() not in (".tsv", ".jsonl", ".xml"):
        raise click.BadParameter(f"{path}: eval scores a PLOVER .tsv, a gold .jsonl, a PETRARCH .xml or a PolNeAR "
                                 "folder; to code articles use 'eventwire code'", param_hint="PATH")
    run_eval(path, split=split, limit=limit, model=model, folds=folds, verbose=verbose, fmt=fmt)


@main.command()
@click.option("--db", default=DB, show_default=True, help="DuckDB file or the Spark engine's Parquet directory")
@click.option("--host", default="127.0.0.1", show_default=True, help="interface to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="EVENTWIRE_TOKEN", default=None,
              help="bearer token that allows POST /api/ingest (default: EVENTWIRE_TOKEN); read-only without one")
def serve(db, host, port, token):
    """Serve the web dashboard and JSON API (/api/, docs at /docs). The server holds the store while it runs:
    ingest through POST /api/ingest."""
    from eventwire.server import serve as serve_store

    serve_store(db, host, port, token, echo=click.echo)


db_opt = click.option("--db", default=DB, show_default=True, help="DuckDB file or the Spark engine's Parquet directory")


@main.command()
@db_opt
@fmt_opt
def stories(db, fmt):
    """Stories: articles about one story, clustered as they arrive (docs/crossdoc.md)."""
    from eventwire.store import connect
    from eventwire.store.crossdoc import query_stories

    with connect(db, read_only=True) as con:
        rows = query_stories(con)
    _emit_rows(rows, fmt, ["id", "title", "first", "last", "articles", "outlets", "top_dyads", "events"])


@main.command()
@db_opt
@fmt_opt
def disputes(db, fmt):
    """Disputed accounts: statements by different speakers that contradict each other, with their articles."""
    from eventwire.store import connect
    from eventwire.store.crossdoc import query_disputes

    with connect(db, read_only=True) as con:
        rows = query_disputes(con)
    if fmt != "json":
        rows = [{f"{k}_{f}": v for k in ("a", "b") for f, v in (
            ("speaker", r[k]["speaker"]["name"] or r[k]["speaker"]["text"]), ("article", r[k]["article_id"]),
            ("content", r[k]["content"]["text"]))} for r in rows]
    _emit_rows(rows, fmt, ["a_speaker", "a_content", "b_speaker", "b_content", "a_article"])


@main.command()
@click.argument("a")
@click.argument("b")
@db_opt
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@fmt_opt
def dyad(a, b, db, by, fmt):
    """Relations between two countries over time (A B: country codes, e.g. USA PAK): merged asserted events per
    period and direction by QuadClass and PLOVER type, with Goldstein sum and mean."""
    from eventwire.store import connect
    from eventwire.store.crossdoc import dyad_series

    with connect(db, read_only=True) as con:
        rows = dyad_series(con, a, b, by)
    _emit_rows(rows, fmt, ["period", "source", "target", "count", "quad1", "quad2", "quad3", "quad4",
                           "goldstein_sum", "goldstein_mean", "plover"])


@main.command()
@db_opt
@click.option("--since", help="YYYY-MM-DD")
@click.option("--until", help="YYYY-MM-DD")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True)
def network(db, since, until, fmt):
    """The weighted, directed actor graph of merged asserted events (JSON node-link or GraphML)."""
    from eventwire.crossdoc.network import graph, serialize
    from eventwire.store import connect
    from eventwire.store.crossdoc import network_edges

    with connect(db, read_only=True) as con:
        edges = network_edges(con, since, until)
    click.echo(serialize(graph(edges), fmt))


@main.command()
@db_opt
@click.option("--story", help="a story id (eventwire stories)")
@click.option("--actor", help="actor code prefix or name")
@click.option("--all", "include_all", is_flag=True, help="include negated and hypothetical events")
@fmt_opt
def timeline(db, story, actor, include_all, fmt):
    """Dated merged events in order, each with its sources."""
    from eventwire.store import connect
    from eventwire.store.crossdoc import timeline as query_timeline

    with connect(db, read_only=True) as con:
        rows = query_timeline(con, story=story, actor=actor, include_all=include_all)
    _emit_rows(rows, fmt, ["date", "source_code", "code", "target_code", "trigger", "num_mentions", "sources"])


def run() -> None:
    from eventwire.engine.local import single_thread_env
    from eventwire.nlp.lazy import defer_spacy_cli

    single_thread_env()
    defer_spacy_cli()  # spaCy's own CLI is a third of `import spacy`; imported only if something uses it
    try:
        main(standalone_mode=True)
    except EventwireError as exc:
        _err(str(exc))
        sys.exit(1)
    except SystemExit as done:
        if not _QUICK_EXIT:
            raise
        _quick_exit(done.code)


_QUICK_EXIT = []  # set by commands that hold nothing to close: their process may end without Python's teardown


def _quick_exit(code) -> None:
    """End without the interpreter's teardown, which frees the model object by object (0.2 s of CPU, a tenth of
    `eventwire code` on one sentence): everything is printed and nothing is left open."""
    import os

    if isinstance(code, str):
        _err(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # a closed pipe ends quietly, as everywhere else
        pass
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)


if __name__ == "__main__":
    run()
