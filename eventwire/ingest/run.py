"""A run over inputs: read, refuse the bad ones in one line each, code, store, and count what happened.
Shared by the CLI, the demo and the web server, so each reports the same things the same way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from eventwire.errors import InputError
from eventwire.ingest.read import read_paths
from eventwire.records import Article, content_id


@dataclass
class Report:
    """What a run did: the run summary the CLI prints and the exit code it chooses."""

    read: int = 0  # articles read and accepted
    coded: int = 0
    stored: int = 0
    skipped: int = 0  # already stored with the same text and date
    events: int = 0
    quotes: int = 0
    undated: int = 0  # articles without a publication date
    undated_sources: list[str] = field(default_factory=list)  # the first few of them, for the summary
    refused: Counter = field(default_factory=Counter)  # reason -> count

    @property
    def failed(self) -> bool:
        """Anything refused, or nothing read at all: the exit code is then non-zero."""
        return bool(self.refused) or self.read == 0

    def count(self, rec: dict) -> None:
        self.coded += 1
        self.events += len(rec["events"])
        self.quotes += len(rec["quotes"])

    def summary(self) -> str:
        parts = [f"read {self.read}", f"coded {self.coded}"]
        if self.skipped:
            parts.append(f"{self.skipped} already stored, skipped")
        if self.refused:
            why = ", ".join(f"{n} {reason}" for reason, n in self.refused.most_common())
            parts.append(f"refused {sum(self.refused.values())} ({why})")
        parts.append(f"{self.events} events, {self.quotes} quotes")
        if self.undated:
            shown = ", ".join(self.undated_sources) + (" ..." if self.undated > len(self.undated_sources) else "")
            parts.append(f"{self.undated} without a publication date (give --date): {shown}")
        return "; ".join(parts)


OnError = Callable[[InputError], None]


def read_articles(paths: Iterable[str], date: str | None, report: Report, on_error: OnError | None = None,
                  strict: bool = False) -> Iterator[Article]:
    """Articles of the run in input order: bad inputs and repeated ids are counted, passed to `on_error` and
    skipped; with `strict` every input is read first and the first bad one is raised, before any is coded."""

    def refuse(exc: InputError) -> None:
        report.refused[exc.reason] += 1
        if on_error is not None:
            on_error(exc)

    def accepted() -> Iterator[Article]:
        first_seen: dict[str, str] = {}
        for art in read_paths(list(paths), date=date, on_error=None if strict else refuse):
            if art.id in first_seen:
                exc = InputError(art.source, f"id '{art.id}' was already read from {first_seen[art.id]} in this run; "
                                             "give each article its own id", "duplicate id")
                if strict:
                    raise exc
                refuse(exc)
                continue
            first_seen[art.id] = art.source
            report.read += 1
            if art.date is None:
                report.undated += 1
                if len(report.undated_sources) < 3:
                    report.undated_sources.append(art.source)
            yield art

    return iter(list(accepted())) if strict else accepted()


def _unstored(con, articles: Iterable[Article], report: Report, window: int = 256) -> Iterator[Article]:
    """Articles not yet stored with the same text and date, checked a window at a time (memory stays flat)."""
    from eventwire.store.write import stored_versions

    it = iter(articles)
    while part := list(islice(it, window)):
        known = stored_versions(con, [a.id for a in part])
        for a in part:
            if known.get(a.id) == (content_id(a.text), a.date):
                report.skipped += 1
            else:
                yield a


def ingest_paths(paths: Iterable[str], db: str, date: str | None = None, *, model: str | None = None,
                 actors: tuple = (), verbs: tuple = (), batch: int = 64, processes: int = 1, force: bool = False,
                 strict: bool = False, on_error: OnError | None = None,
                 progress: Callable[[Report], None] | None = None) -> Report:
    """Read, code and store; the database is created only once an article has been read."""
    from eventwire.engine import code_parallel
    from eventwire.store import connect, write_batch

    report = Report()
    articles = read_articles(paths, date, report, on_error, strict)
    first = next(articles, None)
    if first is None:
        return report
    with connect(db) as con:
        todo = chain([first], articles)
        if not force:
            todo = _unstored(con, todo, report)
        pending: list[dict] = []
        for rec in code_parallel(todo, processes, model, actors, verbs, with_text=True):
            report.count(rec)
            pending.append(rec)
            if len(pending) >= batch:
                report.stored += write_batch(con, pending)
                pending = []
            if progress is not None:
                progress(report)
        report.stored += write_batch(con, pending)
    return report


def code_paths(paths: Iterable[str], date: str | None = None, *, model: str | None = None, actors: tuple = (),
               verbs: tuple = (), processes: int = 1, strict: bool = False, on_error: OnError | None = None,
               report: Report | None = None) -> Iterator[dict]:
    """Records for the inputs, in order, without a store (`eventwire code`); counts go to `report`."""
    from eventwire.engine import code_parallel

    report = report if report is not None else Report()
    for rec in code_parallel(read_articles(paths, date, report, on_error, strict), processes, model, actors, verbs):
        report.count(rec)
        yield rec
