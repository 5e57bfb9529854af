"""`eventwire eval PATH`: a PLV-format TSV scores PLOVER types; a PolNeAR directory scores attribution spans;
a .jsonl file is our own gold (event triples, actor countries, dates)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventwire.eval import petrarch_xml, plover, polnear, triples


def run_eval(path: str, split: str | None = None, limit: int = 0, model: str | None = None, folds: int = 0,
             verbose: bool = False, fmt: str = "text") -> dict:
    from eventwire.pipeline import Pipeline

    p = Path(path)
    if p.is_file() and p.suffix.lower() == ".jsonl":
        from eventwire.errors import InputError
        from eventwire.eval import gold

        problems = gold.validate(p, gold.read(p))  # bad gold fails in one line, before the model loads
        if problems:
            raise InputError(str(p), f"{len(problems)} gold problem(s), first: {problems[0]}")
        result = triples.score(Pipeline(model=model), p)
        click.echo(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else
                   triples.report(result, verbose))
        return result
    if petrarch_xml.is_petrarch_xml(p):
        petrarch_xml.read(p)  # a malformed validation file fails before the model loads
        result = petrarch_xml.score(Pipeline(model=model), p)
        click.echo(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else
                   petrarch_xml.report(result, verbose))
        return result
    pipe = Pipeline(model=model)
    if p.is_file():
        result = plover.score(pipe, p, folds)
        click.echo(plover.report(result))
    else:
        root = p / split if split else p
        result = polnear.score(pipe, root, limit=limit)
        click.echo(polnear.report(result))
    return result
