"""PETRARCH validation files: `<Sentence date id>` records with `<EventCoding sourcecode targetcode eventcode>`
gold codings (or `noevents`) and a `<Text>`; the `<Parse>` is ignored, eventwire parses the text itself.

Scores the asserted events eventwire codes in each sentence against the gold codings, one to one, at two levels:
dyad + root (actors' first three letters, the CAMEO root) and full code (whole actor codes and event code).
The files are not well-formed XML (EventCoding is never closed), so they are read by pattern, as PETRARCH does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.records import Article

SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
COMMENT = re.compile(r"<!--.*?-->", re.S)

Key = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class Gold:
    id: str
    date: str | None
    text: str
    events: list[Key]


def is_petrarch_xml(path: Path) -> bool:
    if not path.is_file():
        return False
    with open(path, encoding="utf-8", errors="replace") as f:
        return "<Sentence" in f.read(65536)


def _code(v: str | None) -> str | None:
    v = (v or "").strip().upper()
    return None if v in ("", "---", "NONE") else v


def read(path: Path) -> list[Gold]:
    """The gold sentences of a validation file; `<Skip>` records are left out, a `<Stop>` record ends the file
    (as PETRARCH reads them) and comments are ignored. A record without text or with an unreadable date is an
    error naming the file and the record."""
    content = COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    out = []
    for m in SENTENCE.finditer(content):
        attrs, body = dict(ATTR.findall(m.group(1))), m.group(2)
        sid = attrs.get("id", f"#{len(out) + 1}")
        if "<Stop" in body:
            break
        if "<Skip" in body:
            continue
        text = TEXT.search(body)
        if not text or not text.group(1).split():
            raise EventwireError(f"{path}: sentence {sid}: no <Text>")
        d = attrs.get("date", "")
        if d and not re.fullmatch(r"\d{8}", d):
            raise EventwireError(f"{path}: sentence {sid}: date '{d}' is not YYYYMMDD")
        events = [(_code(a.get("sourcecode")), _code(a.get("targetcode")), _code(a.get("eventcode")) or "")
                  for a in (dict(ATTR.findall(c)) for c in CODING.findall(body)) if "noevents" not in a]
        out.append(Gold(sid, f"{d[:4]}-{d[4:6]}-{d[6:]}" if d else None, " ".join(text.group(1).split()), events))
    if not out:
        raise EventwireError(f"{path}: no <Sentence> records (expected PETRARCH validation XML)")
    return out


def dyad_root(k: Key) -> Key:
    return (k[0] or "")[:3] or None, (k[1] or "")[:3] or None, k[2][:2]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "matched": tp}


def score_records(golds: list[Gold], records: list[dict]) -> dict:
    """P/R/F1 of coded facts against gold codings, per level, and every sentence with a miss or a false alarm."""
    from eventwire.eval.plover import asserted

    counts = {"dyad_root": 0, "full": 0}
    n_gold = n_pred = 0
    misses = []
    for g, rec in zip(golds, records, strict=True):
        preds = [((e["source"] or {}).get("code"), (e.get("target") or {}).get("code"), e["code"])
                 for e in rec["events"] if asserted(e)]
        n_gold, n_pred = n_gold + len(g.events), n_pred + len(preds)
        counts["dyad_root"] += sum((Counter(map(dyad_root, g.events)) & Counter(map(dyad_root, preds))).values())
        both = Counter(g.events) & Counter(preds)
        counts["full"] += sum(both.values())
        missed, extra = list((Counter(g.events) - both).elements()), list((Counter(preds) - both).elements())
        if missed or extra:
            misses.append({"id": g.id, "text": g.text, "missed": missed, "coded": extra})
    return {"sentences": len(golds), "gold": n_gold, "coded": n_pred,
            **{level: _prf(tp, n_pred, n_gold) for level, tp in counts.items()}, "misses": misses}


def score(pipe, path: Path) -> dict:
    golds = read(path)
    recs = list(pipe.code([Article(id=g.id, text=g.text, date=g.date, source=f"{path}:{g.id}") for g in golds]))
    return score_records(golds, recs)


def _fmt(k: Key) -> str:
    return f"{k[0] or '-'} {k[1] or '-'} {k[2]}"


def report(res: dict, verbose: bool = False) -> str:
    lines = [f"PETRARCH validation: {res['sentences']} sentences, {res['gold']} gold events, {res['coded']} coded "
             f"(asserted)", f"{'':14}precision  recall     F1"]
    for level, name in (("dyad_root", "dyad + root"), ("full", "full code")):
        r = res[level]
        lines.append(f"{name:14}{r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f}")
    if verbose:
        for m in res["misses"]:
            lines.append(f"{m['id']}: {m['text']}")
            lines += [f"  missed {_fmt(k)}" for k in m["missed"]] + [f"  coded  {_fmt(k)}" for k in m["coded"]]
    else:
        lines.append(f"{len(res['misses'])} sentences with misses or false alarms (-v lists them)")
    return "\n".join(lines)
