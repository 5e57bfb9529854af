"""Score coded records against our own JSONL gold (eval/gold.py): event triples, facts that are not facts,
actor countries and dates; for articles also the share of stored facts that are right (dyad, root, date).

Coded events count when they are facts (not negated, modality asserted) and not a bare 010 "make statement"
(every "said" would be one). Within a sentence, coded events with the same (source, root, target) at sector
level count once. An article's events are grouped by the coded sentence holding the gold snippet.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.eval import gold, match
from eventwire.eval.plover import asserted
from eventwire.events import confidence

TRAPS = ("negated", "hypothetical", "intended")


def _pred(e: dict) -> dict:
    return {"source": (e.get("source") or {}).get("code"), "target": (e.get("target") or {}).get("code"),
            "root": e.get("root"), "code": e.get("code"), "date": e.get("date"),
            "date_precision": e.get("date_precision"), "trigger": (e.get("trigger") or {}).get("text")}


def facts(rec: dict) -> list[tuple[tuple[int, int], dict]]:
    """(sentence span, coded fact) for every scored event of a record, deduplicated within the sentence."""
    text, out, seen = rec.get("text") or "", [], set()
    for e in rec.get("events", []):
        if not asserted(e) or e.get("code") == "010":
            continue
        p = _pred(e)
        span = _span(text, e.get("sentence") or "", (e.get("trigger") or {}).get("start", 0))
        key = (span, (p["source"] or "")[:6], p["root"], (p["target"] or "")[:6])
        if key not in seen:
            seen.add(key)
            out.append((span, p))
    return out


def _span(text: str, sentence: str, at: int) -> tuple[int, int]:
    i = text.find(sentence)
    while i != -1 and not i <= at < i + len(sentence):
        i = text.find(sentence, i + 1)
    return (i, i + len(sentence)) if i != -1 else (at, at + 1)


def _units(row: dict, text: str, coded: list[tuple[tuple[int, int], dict]]) -> list[tuple[str, list, list, list]]:
    """(sentence text, gold events, not-events, coded facts) per sentence: the whole text for a sentence row."""
    if "text" in row:
        return [(text, row["events"], row.get("not_events", []), [p for _, p in coded])]
    spans = sorted({s for s, _ in coded})
    groups: dict[tuple[int, int], tuple[list, list]] = {s: ([], []) for s in spans}
    for item in row["events"] + row.get("not_events", []):
        at = text.find(item["sentence"])
        key = next((s for s in spans if s[0] <= at < s[1]), (at, at + len(item["sentence"])))
        groups.setdefault(key, ([], []))[1 if "kind" in item else 0].append(item)
    return [(_sentence(text, s), g, n, [p for sp, p in coded if sp == s]) for s, (g, n) in groups.items()]


def _sentence(text: str, span: tuple[int, int]) -> str:
    """The span, widened to its line's sentence ends when it is a gold snippet no coded sentence holds."""
    start, end = span
    while start > 0 and text[start - 1] != "\n" and text[start - 2:start] != ". ":
        start -= 1
    while end < len(text) and text[end] != "\n" and text[end - 1] != ".":
        end += 1
    return text[start:end]


def score_records(rows: list[dict], records: list[dict]) -> dict:
    """Every figure and error list for gold rows and their coded records (same order; records carry "text")."""
    res: dict = {"units": len(rows), "gold": 0, "optional": 0, "coded": 0,
                 "tp": {"sector": 0, "country": 0}, "fp": {"sector": 0, "country": 0},
                 "fn": {"sector": 0, "country": 0}, "traps": {}, "trap_hits": {}, "dates": [0, 0],
                 "right": [0, 0], "actors": [0, 0], "not_actors": [0, 0], "errors": []}
    for row, rec in zip(rows, records, strict=True):
        text = rec.get("text") or ""
        for sent, golds, nots, preds in _units(row, text, facts(rec)):
            _score_unit(res, row["id"], sent, golds, nots, preds)
        _score_actors(res, row, rec)
    for level in ("sector", "country"):
        tp, fp, fn = res["tp"][level], res["fp"][level], res["fn"][level]
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        res[level] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return res


def _score_unit(res: dict, rid: str, sent: str, golds: list, nots: list, preds: list) -> None:
    res["gold"] += sum(not g.get("optional") for g in golds)
    res["optional"] += sum(bool(g.get("optional")) for g in golds)
    for kind in {n["kind"] for n in nots}:
        res["traps"][kind] = res["traps"].get(kind, 0) + sum(n["kind"] == kind for n in nots)
    for level, n in (("sector", match.SECTOR), ("country", match.COUNTRY)):
        m = match.pairs(golds, preds, n)
        used = set(m.values())
        scored = [pi for pi in range(len(preds)) if pi not in used or not golds[_g(m, pi)].get("optional")]
        tp = sum(pi in used for pi in scored)
        res["tp"][level] += tp
        res["fp"][level] += len(scored) - tp
        res["fn"][level] += sum(not g.get("optional") and gi not in m for gi, g in enumerate(golds))
        if level != "sector":
            continue
        res["coded"] += len(scored)
        for gi, pi in m.items():
            g = golds[gi]
            if g.get("date"):
                ok = match.date_ok(g["date"], preds[pi])
                res["dates"][0] += ok
                res["dates"][1] += 1
                if not ok:
                    got = f"{preds[pi]['date']} ({preds[pi]['date_precision']})"
                    _err(res, "DATE", rid, sent, f"{_fmt(preds[pi])} dated {got}, gold {g['date']}")
            if not g.get("optional"):
                res["right"][0] += not g.get("date") or match.date_ok(g["date"], preds[pi])
        res["right"][1] += len(scored)
        for pi in scored:
            if pi in used:
                continue
            hit = next((ne for ne in nots if match.not_event_hit(ne, preds[pi])), None)
            if hit:
                res["trap_hits"][hit["kind"]] = res["trap_hits"].get(hit["kind"], 0) + 1
            _err(res, f"FP[{hit['kind']}]" if hit else "FP", rid, sent, _fmt(preds[pi]))
        for gi, g in enumerate(golds):
            if gi not in m and not g.get("optional"):
                _err(res, "MISS", rid, sent, _fmt(g))


def _g(m: dict[int, int], pi: int) -> int:
    return next(gi for gi, p in m.items() if p == pi)


def _score_actors(res: dict, row: dict, rec: dict) -> None:
    text = rec.get("text") or ""
    coded = [a for a in rec.get("actors", []) if "start" in a]
    for e in rec.get("events", []):
        coded += [a for a in (e.get("source"), e.get("target")) if a and "start" in a]
    for a in row.get("actors", []):
        start = text.find(a["text"])
        got = match.best_actor(start, start + len(a["text"]), coded)
        ok = got is not None and match.code_ok(a["code"], got.get("code"), match.COUNTRY)
        res["actors"][0] += ok
        res["actors"][1] += 1
        if not ok:
            what = f"{got.get('code')} ({got.get('text')!r})" if got else "no actor"
            _err(res, "ACTOR", row["id"], text, f"{a['text']!r} gold {a['code']} got {what}")
    for t in row.get("not_actors", []):
        start = text.find(t)
        got = match.best_actor(start, start + len(t), coded)
        bad = bool(got and got.get("code"))
        res["not_actors"][0] += bad
        res["not_actors"][1] += 1
        if bad:
            _err(res, "NONACTOR", row["id"], text, f"{t!r} coded {got['code']} ({got.get('text')!r})")


def _fmt(e: dict) -> str:
    extra = f" ({e['code']} {e['trigger']!r})" if e.get("trigger") else (f" ({e['code']})" if e.get("code") else "")
    return f"{e['source']} {e['root']} {e['target']}{extra}"


def _err(res: dict, kind: str, rid: str, sentence: str, what: str) -> None:
    res["errors"].append({"kind": kind, "id": rid, "what": what, "sentence": " ".join(sentence.split())[:400]})


def score(pipe, path: Path) -> dict:
    """Code the gold's texts with the pipeline and score them. A row the shipped confidence weights were trained
    on is gated by the weights of the fold that left it out (cross-validated), never by weights that saw it."""
    rows = gold.read(path)
    arts = gold.articles(path, rows)
    records = []
    m = confidence.model()
    for row, art, rec in zip(rows, arts, pipe.code(arts), strict=True):
        fold = m.get("fold_of_row", {}).get(row["id"])
        if fold is not None and pipe.min_confidence is None:
            confidence.weigh(rec["events"], gold.is_articles(rows), weights=m["folds"][str(fold)])
        records.append({**rec, "text": art.text})
    res = score_records(rows, records)
    res["kind"] = "articles" if gold.is_articles(rows) else "sentences"
    return res


def report(res: dict, verbose: bool = False) -> str:
    def prf(level: str) -> str:
        s = res[level]
        return (f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                f"(tp {res['tp'][level]}, fp {res['fp'][level]}, fn {res['fn'][level]})")

    def share(pair: list[int]) -> str:
        return f"{pair[0]}/{pair[1]} = {pair[0] / pair[1]:.3f}" if pair[1] else "0/0"

    hits, traps = res["trap_hits"], res["traps"]
    lines = [f"{res['units']} {res.get('kind', 'units')}: {res['gold']} gold events (+{res['optional']} optional), "
             f"{res['coded']} coded facts scored",
             f"event triples (source, root, target), country+sector codes: {prf('sector')}",
             f"event triples, country codes only:                      {prf('country')}",
             f"not-asserted events stored as facts (negated/hypothetical/intended): "
             f"{sum(hits.get(k, 0) for k in TRAPS)} (gold lists {sum(traps.get(k, 0) for k in TRAPS)})",
             "other traps stored as facts: " + ", ".join(
                 f"{k} {hits.get(k, 0)}/{traps[k]}" for k in sorted(traps) if k not in TRAPS),
             f"dates right on matched events: {share(res['dates'])}",
             f"actor mentions given the right country: {share(res['actors'])}",
             f"non-actor names (seas, papers, ships) given a country: {share(res['not_actors'])}"]
    if res.get("kind") == "articles":
        lines.append(f"stored facts that are right (dyad, root, date): {share(res['right'])}")
    if verbose:
        for e in sorted(res["errors"], key=lambda e: (e["kind"], e["id"])):
            lines.append(f"{e['kind']:9s} {e['id']}: {e['what']}  | {e['sentence']}")
    return "\n".join(lines)
