"""GDELT 2.0 Event (61 columns) and Mentions (16 columns) tables, tab-separated as GDELT ships them.

Column lists follow the GDELT Event Codebook V2.0; docs/exports.md says how eventwire fills each one. What
eventwire does not know (ethnic and religion codes, tone, confidence) stays empty rather than invented. No field
ever holds a tab or newline. Facts only (no negated or hypothetical events) unless `include_all`.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.export import geo
from eventwire.export.mentions import Mention, Reported, event_mentions
from eventwire.records import SECTORS

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
                 + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
                 + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                 + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
                 + [f"ActionGeo_{f}" for f in GEO_FIELDS] + ["DATEADDED", "SOURCEURL"])
MENTION_COLUMNS = ["GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                   "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                   "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]

# pandas dtypes as the codebook types them (codes are strings: "040" is not 40); nullable ints where blank.
_INTS = ({"GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
          "NumArticles", "DATEADDED"} | {f"{g}Geo_Type" for g in ("Actor1", "Actor2", "Action")})
_FLOATS = ({"FractionDate", "GoldsteinScale", "AvgTone"}
           | {f"{g}Geo_{x}" for g in ("Actor1", "Actor2", "Action") for x in ("Lat", "Long")})
GDELT_DTYPES = {c: "Int64" if c in _INTS else "float64" if c in _FLOATS else "string" for c in GDELT_COLUMNS}
MENTION_DTYPES = {c: "string" if c in ("MentionSourceName", "MentionIdentifier", "MentionDocTranslationInfo",
                                       "Extras") else "float64" if c == "MentionDocTone" else "Int64"
                  for c in MENTION_COLUMNS}
MENTION_TYPE = {"web": 1, "citation": 2}  # GDELT: 1 WEB (identifier is a URL), 2 CITATIONONLY (a textual citation)


def clean(v) -> str:
    """One field as text: whitespace runs (tabs and newlines too) become one space; None is empty."""
    return "" if v is None else " ".join(str(v).split())


def stamp(t: datetime) -> int:
    return int(t.strftime("%Y%m%d%H%M%S"))


def code_parts(code: str | None) -> tuple[str, list[str], str]:
    """'AFGGOVTAL' -> ('AFG', ['GOV'], 'TAL'); 'IGOUNOIAE' -> ('', ['IGO'], 'IAE'): country, type codes, known group
    (the last chunk that is no sector: the most specific organisation)."""
    from eventwire.records import split_code

    if not code:
        return "", [], ""
    country = split_code(code)[0] or ""
    chunks = [code[i:i + 3] for i in range(len(country), len(code), 3)]
    groups = [c for c in chunks if c not in SECTORS]
    return country, [c for c in chunks if c in SECTORS][:3], groups[-1] if groups else ""


def actor_name(a: dict | None) -> str:
    """The actor's resolved name; for a coded actor without one, the phrase its code came from ('Police');
    an uncoded phrase ('tear gas') has no name."""
    if not a or not a.get("code"):
        return ""
    name = clean(a.get("name")) or clean(a.get("text"))
    first, _, rest = name.partition(" ")
    return (rest if first.lower() in ("the", "a", "an") and rest else name).upper()


def actor_fields(a: dict | None) -> list:
    country, types, group = code_parts((a or {}).get("code"))
    return ([clean((a or {}).get("code")), actor_name(a), country, group, "", "", ""]
            + types + [""] * (3 - len(types)))


def event_day(r: Reported) -> Date:
    """The event's date, else its article's publication date, else the day its first mention was added: GDELT
    always fills SQLDATE."""
    d = r.row["date"] or r.mentions[0].published
    if isinstance(d, Date):
        return d
    return Date.fromisoformat(str(d)[:10]) if d else r.mentions[0].added.date()


def global_id(event_id: str) -> int:
    """The 16-hex event id as a positive 60-bit integer (GDELT ids are integers)."""
    return int(event_id[:15], 16)


def event_row(r: Reported) -> list:
    e, ms = r.row, r.mentions
    d = event_day(r)
    first = ms[0]
    src, tgt = r.actor("source"), r.actor("target")
    return ([global_id(e["id"]), d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year,
             f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"]
            + actor_fields(src) + actor_fields(tgt)
            + [int(first.in_lead), e["code"], e["code"][:3], e["root"], e["quad_class"],
               e["goldstein"], len(ms), len({m.source_name or m.identifier for m in ms}),
               len({m.article_id for m in ms}), ""]
            + geo.actor_geo((src or {}).get("country")) + geo.actor_geo((tgt or {}).get("country"))
            + geo.place_geo(r.place()) + [stamp(min(m.added for m in ms)), first.identifier])


def mention_row(r: Reported, m: Mention) -> list:
    return [global_id(r.row["id"]), stamp(min(x.added for x in r.mentions)), stamp(m.added),
            MENTION_TYPE["web" if m.is_url else "citation"], m.source_name, m.identifier, m.sentence_index + 1,
            m.actor1_offset, m.actor2_offset, m.action_offset, int(m.in_raw_text), "", m.doc_len, "", "", ""]


def export_gdelt(con, out: str, include_all: bool = False, header: bool = False) -> int:
    """Write DIR/events.tsv and DIR/mentions.tsv (GDELT's column orders; `header` adds a first line of column
    names); returns the number of events."""
    base = out_dir(out)
    n = 0
    with open(base / "events.tsv", "w", encoding="utf-8", newline="") as ev, \
            open(base / "mentions.tsv", "w", encoding="utf-8", newline="") as mn:
        if header:
            ev.write("\t".join(GDELT_COLUMNS) + "\n")
            mn.write("\t".join(MENTION_COLUMNS) + "\n")
        for r in event_mentions(con, include_all):
            ev.write("\t".join(clean(v) for v in event_row(r)) + "\n")
            for m in r.mentions:
                mn.write("\t".join(clean(v) for v in mention_row(r, m)) + "\n")
            n += 1
    return n


def out_dir(out: str) -> Path:
    """The output directory, created if needed; an existing file there is an error, never overwritten."""
    base = Path(out)
    if base.exists() and not base.is_dir():
        raise EventwireError(f"{out}: is a file; --out takes a directory for this format")
    base.mkdir(parents=True, exist_ok=True)
    return base
