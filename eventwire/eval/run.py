"""`eventwire eval PATH`: a PLV-format TSV scores PLOVER types; a PolNeAR directory scores attribution spans."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.eval import plover, polnear


def run_eval(path: str, split: str | None = None, limit: int = 0, model: str | None = None, folds: int = 0) -> dict:
    from eventwire.pipeline import Pipeline

    pipe = Pipeline(model=model)
    p = Path(path)
    if p.is_file():
        result = plover.score(pipe, p, folds)
        click.echo(plover.report(result))
    else:
        root = p / split if split else p
        result = polnear.score(pipe, root, limit=limit)
        click.echo(polnear.report(result))
    return result
