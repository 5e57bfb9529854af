"""Blind precision of stored facts against the confidence-gate threshold, pass by pass.

Why: the gate's own figures (confidence.json: cross-validated AUC and precision) are measured on the judged articles
the model was trained on, and overstate what the blind analyst passes see. This script measures precision on facts
each commit's model never saw: for every blind pass in docs/judged-articles.md it codes the pass's articles with the
pass's own commit, gate off and gate on, pairs each verdict with the event it judged, and tabulates precision
(RIGHT / facts kept), the share of RIGHT kept and 95% Wilson intervals for thresholds 0.50-0.95 and for each commit's
own threshold, with the AUC (pooled, and over pairs scored by one commit's model only).

    .venv/bin/python scripts/blind_threshold.py [--from-pass NAME] [--to-pass NAME] [--work DIR] [--split-at N]
                                                [--strict] [--md FILE]

NAME is a pass as its heading spells it ("Hundred-and-twentieth", "183rd"). Each commit is unpacked into
WORK/<commit>/ (`git archive`) and coded with this interpreter and PYTHONPATH=WORK/<commit>: WORK/<commit>.jsonl
(EVENTWIRE_MIN_CONFIDENCE=0) and WORK/<commit>.on.jsonl (the commit's own gate), stderr in <commit>.off.err and
<commit>.on.err, the articles coded in WORK/commits.txt ("<commit> jA jB ..."). A rerun reuses them and only
re-tabulates. Passes whose first article is >= --split-at form group (a), the earlier ones group (b).

A "blind fact" is a judged event that is a fact gate off and, gate on, is stored or withheld only for its score.
Events withheld by a rule are left out: gate off they come out asserted (every commit withholds only when the gate
is on), so they are told from the gate-on run of the same commit. The verdicts of j448 and j505 were re-indexed
after their pass (only sentence_index changed); they are read as they were before that (--strict: as they are now).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "data" / "judged"
PASSES_DOC = ROOT / "docs" / "judged-articles.md"
# article -> the commit that re-indexed its verdicts after its pass: the pass's commit gives the indices before it
REINDEXED = {"j448": "ec714d3", "j505": "a12bbb7"}
THRESHOLDS = [round(0.50 + 0.05 * i, 2) for i in range(10)]
RULE_KINDS = ("bare statement", "is no coded actor", "names no country", "country comes from context",
              "source and target are both", "acting on itself", "a time it does not name")
HEADING = re.compile(r"## (.+?) analyst pass \(blind(?:, [^)]*)?\): j(\d+)[–-]j(\d+) \(commit ([0-9a-f]+), ")

Key = tuple[str, int, str | None, str | None, str | None, str | None]


def parse_passes(text: str) -> list[dict]:
    """The blind passes of docs/judged-articles.md in file order: name, first, last, commit, verdicts file."""
    out = []
    for m in map(HEADING.match, text.splitlines()):
        if m:
            first, last = int(m[2]), int(m[3])
            out.append({"name": m[1], "first": first, "last": last, "commit": m[4],
                        "articles": [f"j{i}" for i in range(first, last + 1)],
                        "verdicts": f"tests/data/judged/verdicts_j{first}-j{last}.jsonl"})
    return out


def select(passes: list[dict], start: str, end: str | None) -> list[dict]:
    """Passes from the one named `start` to the one named `end` (the last when None), both included."""
    names = [p["name"].lower() for p in passes]
    for name in (start, end):
        if name is not None and name.lower() not in names:
            raise SystemExit(f"no blind pass named {name!r} in {PASSES_DOC}")
    i = names.index(start.lower())
    j = names.index(end.lower()) if end else len(passes) - 1
    if j < i:
        raise SystemExit(f"pass {end!r} comes before {start!r}")
    return passes[i:j + 1]


def articles_by_commit(passes: list[dict]) -> dict[str, list[str]]:
    """Each commit's articles in coding order (passes in file order)."""
    out: dict[str, list[str]] = {}
    for p in passes:
        out.setdefault(p["commit"], []).extend(p["articles"])
    return out


def read_coded(work: Path) -> dict[str, list[str]]:
    path = work / "commits.txt"
    if not path.exists():
        return {}
    return {c: arts for c, *arts in (line.split() for line in path.read_text().splitlines() if line.strip())}


def code_commit(commit: str, articles: list[str], work: Path) -> None:
    """Unpack `commit` into WORK/commit and code `articles` with it, gate off and gate on."""
    tree = work / commit
    if not (tree / "eventwire").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    cmd = [sys.executable, "-m", "eventwire.cli", "code", *(str(JUDGED / f"{a}.txt") for a in articles),
           "--format", "jsonl"]
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_MIN_CONFIDENCE"} | {"PYTHONPATH": str(tree)}
    for out, err, gate in ((f"{commit}.jsonl", f"{commit}.off.err", {"EVENTWIRE_MIN_CONFIDENCE": "0"}),
                           (f"{commit}.on.jsonl", f"{commit}.on.err", {})):
        with (work / out).open("w") as fo, (work / err).open("w") as fe:
            subprocess.run(cmd, cwd=work, env=env | gate, stdout=fo, stderr=fe, check=True)


def ensure_coded(wanted: dict[str, list[str]], work: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Code every commit whose cached outputs lack an article it needs; (articles coded per commit, commits failed)."""
    coded = read_coded(work)
    failed = []
    for commit, arts in wanted.items():
        if commit in coded and set(arts) <= set(coded[commit]):
            continue
        print(f"coding {len(arts)} articles with {commit}", file=sys.stderr)
        try:
            code_commit(commit, arts, work)
        except subprocess.CalledProcessError as ex:
            print(f"skip {commit}: {ex}", file=sys.stderr)
            failed.append(commit)
            coded.pop(commit, None)
        else:
            coded[commit] = arts
        (work / "commits.txt").write_text("".join(f"{c} {' '.join(a)}\n" for c, a in coded.items()))
    return coded, failed


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_verdicts(p: dict, strict: bool) -> tuple[list[dict], int]:
    """The pass's verdicts, re-indexed articles as before their re-index unless `strict`; (verdicts, how many old)."""
    current = read_jsonl((ROOT / p["verdicts"]).read_text(encoding="utf-8"))
    if strict:
        return current, 0
    out, n_old = [], 0
    for art in p["articles"]:
        mine = [v for v in current if v["article"] == art]
        if art in REINDEXED:
            old = subprocess.run(["git", "show", f"{REINDEXED[art]}^:{p['verdicts']}"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout
            olds = [v for v in read_jsonl(old) if v["article"] == art]
            if len(olds) != len(mine):
                raise ValueError(f"{art}: {len(olds)} verdicts before {REINDEXED[art]}, {len(mine)} now")
            mine, n_old = olds, n_old + len(olds)
        out += mine
    return out, n_old


def actor_code(actor: dict | str | None) -> str | None:
    return actor.get("code") if isinstance(actor, dict) else actor


def event_key(article: str, e: dict) -> Key:
    return (article, e["sentence_index"], actor_code(e.get("source")), e.get("code"), actor_code(e.get("target")),
            e.get("date"))


def verdict_key(v: dict) -> Key:
    return (v["article"], v["sentence_index"], v.get("source"), v.get("code"), v.get("target"), v.get("date"))


def rule_kind(why: str) -> str:
    return next((k for k in RULE_KINDS if k in why), why)


def event_pool(p: dict, arts: list[str], off: list[dict], on: list[dict]) -> dict[Key, list[tuple[dict, dict]]]:
    """Key -> [(event gate off, the same event gate on)] for the pass's articles, in output order."""
    pool: dict[Key, list[tuple[dict, dict]]] = defaultdict(list)
    for art in p["articles"]:
        i = arts.index(art)
        for a, b in zip(off[i]["events"], on[i]["events"], strict=True):
            if event_key(art, a) != event_key(art, b) or a["confidence"] != b["confidence"]:
                raise ValueError(f"{p['commit']} {art}: gate-off and gate-on events differ")
            pool[event_key(art, a)].append((a, b))
    return pool


def trigger_of(e: dict) -> str | None:
    return (e.get("trigger") or {}).get("text")


def pick(cands: list[tuple[dict, dict]], v: dict, stats: Counter) -> tuple[dict, dict]:
    """Take the candidate the verdict judged: the one with its trigger word, else the first left."""
    same = [x for x in cands if trigger_of(x[0]) == v.get("trigger")]
    chosen = (same or cands)[0]
    if len(cands) > 1:
        stats["matched_among_duplicates"] += 1
        if len({x[0]["confidence"] for x in cands}) > 1:
            stats["duplicates_with_different_confidence"] += 1
            if len({x[0]["confidence"] for x in same}) != 1:
                stats["duplicates_with_different_confidence_not_settled_by_trigger"] += 1
    cands.remove(chosen)
    return chosen


def pass_facts(p: dict, coded: tuple[list[str], list[dict], list[dict], float], split_at: int, strict: bool,
               stats: Counter, unmatched: list[dict]) -> list[dict]:
    """The blind facts of one pass: conf, verdict, commit, thr, group, stored_on."""
    arts, off, on, thr = coded
    pool = event_pool(p, arts, off, on)
    verdicts, n_old = load_verdicts(p, strict)
    stats["verdicts_taken_from_pre_reindex_version"] += n_old
    facts = []
    for v in verdicts:
        stats["verdicts"] += 1
        cands = pool.get(verdict_key(v))
        if not cands:
            stats["unmatched"] += 1
            unmatched.append(v | {"commit": p["commit"]})
            continue
        stats["matched"] += 1
        a, b = pick(cands, v, stats)
        withheld_on = b.get("modality") == "uncertain"
        stats["verdict_withheld_flag_disagrees_with_gate_on_rerun"] += (
            v.get("reason", "").startswith("withheld: ") != withheld_on)
        if a.get("negated") or a.get("modality") != "asserted":
            stats["not_fact_gate_off"] += 1
            continue
        why = (b.get("rule") or {}).get("withheld") if withheld_on else None
        if why and not why.startswith("confidence "):
            stats["rule_withheld_excluded"] += 1
            stats["rule_withheld_RIGHT"] += v["verdict"] == "RIGHT"
            stats["rule_withheld_kind: " + rule_kind(why)] += 1
            continue
        facts.append({"conf": a["confidence"], "verdict": v["verdict"], "commit": p["commit"], "thr": thr,
                      "group": "a" if p["first"] >= split_at else "b", "stored_on": b.get("modality") == "asserted"})
    return facts


def load_commit(commit: str, articles: list[str], work: Path) -> tuple[list[str], list[dict], list[dict], float]:
    """(articles, records gate off, records gate on, threshold) of a coded commit."""
    off = read_jsonl((work / f"{commit}.jsonl").read_text(encoding="utf-8"))
    on = read_jsonl((work / f"{commit}.on.jsonl").read_text(encoding="utf-8"))
    if not len(off) == len(on) == len(articles):
        raise ValueError(f"{commit}: {len(off)} records gate off, {len(on)} gate on, {len(articles)} articles")
    return articles, off, on, model_of(commit, work)["threshold"]


def model_of(commit: str, work: Path) -> dict:
    return json.loads((work / commit / "eventwire" / "data" / "models" / "confidence.json").read_text())


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n."""
    if n == 0:
        return math.nan, math.nan
    ph, d = k / n, 1 + z * z / n
    centre = (ph + z * z / (2 * n)) / d
    half = z * math.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n)) / d
    return centre - half, centre + half


def pair_score(facts: list[dict]) -> tuple[float, int]:
    """(sum over RIGHT/not-RIGHT pairs of [RIGHT scored higher], ties 1/2; number of pairs)."""
    pos = [f["conf"] for f in facts if f["verdict"] == "RIGHT"]
    neg = [f["conf"] for f in facts if f["verdict"] != "RIGHT"]
    return sum((x > y) + 0.5 * (x == y) for x in pos for y in neg), len(pos) * len(neg)


def auc(facts: list[dict]) -> float:
    """Chance that a RIGHT fact has a higher confidence than a fact that is not RIGHT."""
    num, den = pair_score(facts)
    return num / den if den else math.nan


def auc_within_commit(facts: list[dict]) -> float:
    """AUC counting only the pairs scored by the same commit's model."""
    by: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        by[f["commit"]].append(f)
    num = den = 0.0
    for group in by.values():
        n, d = pair_score(group)
        num, den = num + n, den + d
    return num / den if den else math.nan


def row(facts: list[dict], keep: Callable[[dict], bool], label: str) -> str:
    kept = [f for f in facts if keep(f)]
    n, c = len(kept), Counter(f["verdict"] for f in kept)
    all_right = sum(f["verdict"] == "RIGHT" for f in facts)
    lo, hi = wilson(c["RIGHT"], n)
    prec = c["RIGHT"] / n if n else math.nan
    share = c["RIGHT"] / all_right if all_right else math.nan
    return (f"| {label} | {n} | {c['RIGHT']} | {c['PARTLY']} | {c['WRONG']} | {prec:.3f} | {lo:.3f}-{hi:.3f} "
            f"| {share:.3f} |")


def table(facts: list[dict], title: str) -> list[str]:
    thrs = "/".join(f"{x:g}" for x in sorted({f["thr"] for f in facts}))
    return [f"\n### {title}: {len(facts)} blind facts, AUC {auc(facts):.3f} "
            f"(pairs within one commit only: {auc_within_commit(facts):.3f})\n",
            "| threshold | facts kept | RIGHT | PARTLY | WRONG | precision | 95% Wilson | share of RIGHT kept |",
            "|---|---|---|---|---|---|---|---|",
            row(facts, lambda f: True, "gate off (0)"),
            *(row(facts, lambda f, t=t: f["conf"] >= t, f"{t:.2f}") for t in THRESHOLDS),
            row(facts, lambda f: f["conf"] >= f["thr"], f"own ({thrs}), conf>=thr"),
            row(facts, lambda f: f["stored_on"], "own, as stored gate on")]


def report(args: argparse.Namespace) -> str:
    passes = select(parse_passes(PASSES_DOC.read_text(encoding="utf-8")), args.from_pass, args.to_pass)
    wanted = articles_by_commit(passes)
    args.work.mkdir(parents=True, exist_ok=True)
    coded, failed = ensure_coded(wanted, args.work)
    runs = {c: load_commit(c, coded[c], args.work) for c in wanted if c not in failed}
    stats: Counter = Counter()
    facts: list[dict] = []
    unmatched: list[dict] = []
    for p in passes:
        if p["commit"] in failed:
            stats["verdicts_in_skipped_commits"] += len(load_verdicts(p, args.strict)[0])
            continue
        stats["passes_whose_verdicts_their_model_was_trained_on"] += (
            p["verdicts"] in model_of(p["commit"], args.work).get("trained_on", []))
        facts += pass_facts(p, runs[p["commit"]], args.split_at, args.strict, stats, unmatched)
    always = ("passes_whose_verdicts_their_model_was_trained_on", "verdict_withheld_flag_disagrees_with_gate_on_rerun")
    first, last = passes[0], passes[-1]
    group_a = [p for p in passes if p["first"] >= args.split_at]
    lines = ["## Blind precision vs confidence threshold",
             f"{len(passes)} passes ({first['name']}..{last['name']}, j{first['first']}-j{last['last']}), "
             f"{len(wanted)} commits, skipped: {failed or 'none'}",
             "", "Counts: " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items()) if v or k in always),
             "", "Commit thresholds: " + ", ".join(f"{c}={m[3]:g}" for c, m in runs.items())]
    lines += table(facts, "All passes")
    lines += table([f for f in facts if f["group"] == "a"],
                   f"(a) last {len(group_a)} passes, j{args.split_at}-j{last['last']}")
    lines += table([f for f in facts if f["group"] == "b"], f"(b) earlier passes, j{first['first']}-j{args.split_at - 1}")
    disagree = sum((f["conf"] >= f["thr"]) != f["stored_on"] for f in facts)
    lines += ["", f"Cross-check: facts where rounded conf>=threshold disagrees with the gate-on rerun: {disagree}"]
    if unmatched:
        lines += ["", "Unmatched verdicts (commit, article, sentence, source, code, target, date, verdict):"]
        lines += [f"- {v['commit']} {v['article']} s{v['sentence_index']} {v.get('source')} {v.get('code')} "
                  f"{v.get('target')} {v.get('date')} {v['verdict']} "
                  f"withheld={v.get('reason', '').startswith('withheld: ')}" for v in unmatched]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from-pass", default="Hundred-and-twentieth", help="first pass, as its heading names it")
    ap.add_argument("--to-pass", default=None, help="last pass (default: the last in docs/judged-articles.md)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/eventwire-blind"), help="unpacked commits and outputs")
    ap.add_argument("--split-at", type=int, default=512, help="group (a): passes whose first article is >= jN")
    ap.add_argument("--strict", action="store_true", help="verdict files as they are now (no re-index undo)")
    ap.add_argument("--md", type=Path, help="also write the report to this file")
    args = ap.parse_args(argv)
    text = report(args)
    print(text)
    if args.md:
        args.md.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
