"""Attribution spans against PolNeAR brat annotations: source/cue/content, exact and any-overlap.

Spans are trimmed of spaces, quote marks and end punctuation on both sides before comparing; the
first annotator's file is used where an article was annotated twice. Same metric as the held-out checks.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.records import Article

ROLES = (("source", "speaker"), ("cue", "cue"), ("content", "content"))


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"“”'‘’,"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\"“”'‘’,."):
        e -= 1
    return s, e


def read_gold(text: str, ann: str) -> dict[str, set[tuple[int, int]]]:
    gold: dict[str, set[tuple[int, int]]] = {"source": set(), "cue": set(), "content": set()}
    for line in ann.splitlines():
        parts = line.split("\t")
        if not line.startswith("T") or len(parts) < 2:
            continue
        kind, *offs = parts[1].split(" ")
        try:
            frags = [tuple(map(int, o.split())) for o in " ".join(offs).split(";")]
        except ValueError:
            continue
        if kind.lower() in gold:
            gold[kind.lower()].add(trim(text, min(f[0] for f in frags), max(f[1] for f in frags)))
    return gold


def load(root: Path, limit: int = 0) -> list[tuple[Article, dict]]:
    anns: dict[str, Path] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    out = []
    for tp in sorted((root / "text").glob("*.txt")):
        if tp.stem not in anns:
            continue
        text = tp.read_text(encoding="utf-8")
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", tp.stem)
        out.append((Article(id=tp.stem, text=text, date=m.group(1) if m else None),
                    read_gold(text, anns[tp.stem].read_text(encoding="utf-8"))))
    return out[:limit] if limit else out


def f1(tp_p: int, n_p: int, tp_r: int, n_r: int) -> float:
    if not (tp_p and tp_r and n_p and n_r):
        return 0.0
    p, r = tp_p / n_p, tp_r / n_r
    return 2 * p * r / (p + r)


def score(pipe, root: Path, limit: int = 0) -> dict:
    data = load(root, limit)
    preds = {rec["id"]: rec for rec in pipe.code(a for a, _ in data)}
    res = {}
    for role, key in ROLES:
        tp_e = tp_op = tp_or = n_p = n_r = 0
        for art, gold in data:
            found = set()
            for q in preds[art.id]["quotes"]:
                v = q.get(key)
                if isinstance(v, dict):
                    found.add(trim(art.text, v["start"], v["end"]))
            g = gold[role]
            n_p, n_r, tp_e = n_p + len(found), n_r + len(g), tp_e + len(found & g)
            tp_op += sum(any(s[0] < x[1] and x[0] < s[1] for x in g) for s in found)
            tp_or += sum(any(s[0] < x[1] and x[0] < s[1] for s in found) for x in g)
        res[role] = {"exact_f1": f1(tp_e, n_p, tp_e, n_r), "precision": tp_e / n_p if n_p else 0.0,
                     "recall": tp_e / n_r if n_r else 0.0, "overlap_f1": f1(tp_op, n_p, tp_or, n_r),
                     "found": n_p, "gold": n_r}
    res["articles"] = len(data)
    return res


def report(res: dict) -> str:
    lines = []
    for role, _ in ROLES:
        r = res[role]
        lines.append(f"{role:8s} exact F1 {r['exact_f1']:.2f} (P {r['precision']:.2f} R {r['recall']:.2f}) | "
                     f"overlap F1 {r['overlap_f1']:.2f} ({r['found']} found, {r['gold']} gold)")
    lines.append(f"{res['articles']} PolNeAR articles")
    return "\n".join(lines)
