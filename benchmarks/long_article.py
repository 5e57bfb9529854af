"""One long article at 5,000, 10,000 and 20,000 words (issue 14 goals: time linear in length, memory < 1 GiB).

    .venv/bin/python benchmarks/long_article.py [--sizes 5000 10000 20000]

Each size runs in a fresh process that loads the pipeline, then codes the single article (timed apart from
the load) and reports its own peak resident memory, so one size's memory never hides in another's. spaCy
alone on the same text is timed in that process too, for reference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from corpus import shape_articles
from procs import env

CHILD = r"""
import json, resource, sys, time
import spacy
from eventwire.engine import code_parallel
from eventwire.nlp.load import model_name
from eventwire.records import Article
text = sys.stdin.read()
art = Article(id="long", text=text, date="2025-03-04")
warm = "\n\n".join(text.split("\n\n")[:10])
list(code_parallel([Article(id="warm", text=warm, date="2025-03-04")], 1))  # load tables and caches first
t = time.perf_counter()
rec = next(code_parallel([art], 1))
ew = time.perf_counter() - t
nlp = spacy.load(model_name(), exclude=["senter"])
t = time.perf_counter()
nlp(text)
sp = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"eventwire": ew, "spacy": sp, "rss": rss, "events": len(rec["events"])}))
"""


def article_text(n_words: int) -> str:
    """The first paragraphs of the generated long reports, `n_words` words in all (cut at a paragraph)."""
    paras: list[str] = []
    total = 0
    for art in shape_articles("long", n_words * 2):
        for p in art.text.split("\n\n"):
            if total >= n_words:
                return "\n\n".join(paras)
            paras.append(p)
            total += len(p.split())
    return "\n\n".join(paras)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000])
    a = ap.parse_args()
    base = None
    for n in a.sizes:
        text = article_text(n)
        words, paras = len(text.split()), text.count("\n\n") + 1
        r = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True, text=True, env=env())
        if r.returncode != 0:
            raise SystemExit(r.stderr[-2000:])
        res = json.loads(r.stdout.strip().splitlines()[-1])
        per = res["eventwire"] / words * 1000
        base = base or per
        print(f"{words:6d} words, {paras:4d} paragraphs: eventwire {res['eventwire']:6.2f} s "
              f"({per:.3f} s per 1,000 words, {per / base:.2f}x the first size's rate), spaCy alone "
              f"{res['spacy']:6.2f} s, {res['events']} events, peak RSS {res['rss']:.0f} MiB", flush=True)
    print("linear time: the per-1,000-word rate stays flat as the article grows; goal: memory < 1024 MiB")


if __name__ == "__main__":
    main()
