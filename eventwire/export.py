"""Exports that existing tools read: GDELT 2.0 event rows (61 tab-separated columns, no header) and Parquet.

The column list is the GDELT 2.0 Event table's, as the GDELT Event Codebook V2.0 documents it. What eventwire
does not know is left empty rather than invented: ethnic and religion codes, tone, the FIPS country codes of
GDELT's geography fields (eventwire's places carry ISO codes, written to no GDELT column), Actor geography.
Facts only (no negated or hypothetical events) unless `include_all`.
"""

from __future__ import annotations

import csv
from datetime import date as Date
from pathlib import Path

from eventwire.store.query import FACTS, query_events

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
                 + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
                 + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                 + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
                 + [f"ActionGeo_{f}" for f in GEO_FIELDS] + ["DATEADDED", "SOURCEURL"])


def _actor(code: str | None, name: str | None, country: str | None) -> list:
    from eventwire.records import split_code

    _c, sector, group = split_code(code) if code else (None, None, None)
    return [code or "", (name or "").upper(), country or "", group or "", "", "", "", sector or "", "", ""]


def gdelt_row(e: dict, url: str | None) -> list:
    d = e["date"] if isinstance(e["date"], Date) else Date.fromisoformat(str(e["date"])) if e["date"] else None
    day = d.strftime("%Y%m%d") if d else ""
    fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else ""
    geo = ["4", e["location"], "", "", "", e["lat"], e["lon"], ""] if e["lat"] is not None else [""] * 8
    return ([int(e["id"][:15], 16), day, day[:6], day[:4], fraction]
            + _actor(e["source_code"], e["source_name"] or e["source_text"], e["source_country"])
            + _actor(e["target_code"], e["target_name"] or e["target_text"], e["target_country"])
            + [1 if e["sentence_index"] == 0 else 0, e["code"], e["code"][:3], e["root"], e["quad_class"],
               e["goldstein"], 1, 1, 1, ""]
            + [""] * 16 + geo + [day + "000000" if day else "", url or e["article_id"]])


def export_gdelt(con, out: str, include_all: bool = False) -> int:
    urls = dict(con.execute("SELECT id, url FROM articles").fetchall())
    rows = query_events(con, include_all=include_all)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        for e in rows:
            w.writerow(gdelt_row(e, urls.get(e["article_id"])))
    return len(rows)


def export_parquet(con, out: str, include_all: bool = False) -> int:
    """One Parquet file per table under `out`; events facts only unless include_all."""
    base = Path(out)
    base.mkdir(parents=True, exist_ok=True)
    facts = "" if include_all else f" WHERE {FACTS}"
    for table in ("articles", "quotes", "actors"):
        con.execute(f"COPY (SELECT * FROM {table}) TO '{base / table}.parquet' (FORMAT PARQUET)")
    con.execute(f"COPY (SELECT * FROM events{facts}) TO '{base / 'events'}.parquet' (FORMAT PARQUET)")
    return con.execute(f"SELECT count(*) FROM events{facts}").fetchone()[0]
