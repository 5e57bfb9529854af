"""Write a batch of records in one transaction; an article ingested again replaces its rows."""

from __future__ import annotations

import json


def _a(a: dict | None, key: str):
    return a.get(key) if a else None


def write_batch(con, records: list[dict]) -> int:
    if not records:
        return 0
    ids = [r["id"] for r in records]
    con.execute("BEGIN TRANSACTION")
    try:
        for table, col in (("events", "article_id"), ("quotes", "article_id"), ("actors", "article_id"), ("articles", "id")):
            con.executemany(f"DELETE FROM {table} WHERE {col} = ?", [[i] for i in ids])
        con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)", [
            [r["id"], r["title"], r["date"], r["outlet"], r["url"], r.get("text"),
             json.dumps({k: v for k, v in r.items() if k != "text"})] for r in records])
        rows = [
            [e["id"], r["id"], e["sentence_index"], e["sentence"], e["trigger"]["text"],
             e["source"]["text"], e["source"]["name"], e["source"]["code"], e["source"]["country"],
             _a(e["target"], "text"), _a(e["target"], "name"), _a(e["target"], "code"), _a(e["target"], "country"),
             e["code"], e["root"], e["quad_class"], e["goldstein"], e["plover"]["type"], e["plover"]["mode"],
             e["date"], e["date_precision"], _a(e["location"], "name"), _a(e["location"], "lat"),
             _a(e["location"], "lon"), e["negated"], e["modality"],
             _a(e["reported_by"], "name") or _a(e["reported_by"], "text")]
            for r in records for e in r["events"]]
        if rows:
            con.executemany("INSERT INTO events VALUES (" + ", ".join(["?"] * 27) + ")", rows)
        if any(r["quotes"] for r in records):
            con.executemany("INSERT INTO quotes VALUES (" + ", ".join(["?"] * 11) + ")", [
                [q["id"], r["id"], q["kind"], q["speaker"]["text"], q["speaker"]["name"], q["speaker"]["code"],
                 _a(q["cue"], "text"), q["content"]["text"], q["content"]["start"], q["content"]["end"],
                 json.dumps([x.get("name") or x["text"] for x in q["relayed_by"]])]
                for r in records for q in r["quotes"]])
        if any(r["actors"] for r in records):
            con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [r["id"], a["text"], a["start"], a["end"], a["name"], a["code"], a["country"], a["sector"], a["group"]]
                for r in records for a in r["actors"]])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(records)
