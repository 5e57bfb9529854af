"""One act, one date, within an article. A headline or lead tells an act without its day ("Niger arrests three
customs officers", "has arrested") and a later sentence tells it with one ("were seized on Saturday"); a sentence
goes on about an exchange the sentence before dated ("Rutte spoke with Erdogan on Wednesday. Rutte praised
Turkey's response"). Analysts found such facts stored at the publication day wrong (docs/judged-articles.md,
background/date). So an act of the first paragraphs dated only by publication takes the date the article tells for
the same act (same CAMEO code, same countries on both sides, told with a day at most two weeks before publication;
the root alone joined two beatings months apart, and further down an undated act of the same kind is more often
background; told in the lead only as what came before another act, its day is unsaid), else the date of an
exchange between the same two countries (either way round) one or two sentences before (or, for words exchanged,
in the same sentence), else the day the next sentence tells for the same act ("asked New Delhi for assurances. ...
had sent a note on Thursday asking India to ..."). Two candidate dates: no guess."""

from __future__ import annotations

from datetime import date

from eventwire.events.setting import TOLD
from eventwire.events.words import CIVIL_SECTORS
from eventwire.records import country_or_code

NEWS_DAYS = 14  # how far before publication a headline's act may be told with its day ("seized on Saturday")
REPLIES = {"01", "02", "03", "04", "05"}  # what one side says back within the same exchange, either way round
NOT_SAID = {"057"}  # "We signed a roadmap with Morocco": an agreement is not signed in the call it is recalled in
LEAD = 8  # the headline, date line and first paragraphs: where an act is told, then told again with its day


def _news(e: dict, pub: str | None) -> bool:
    """Dated to a day or week within NEWS_DAYS before publication: a headline's act is the news, not the 2008 clash
    of the same two armies told further down."""
    day = e.get("date")
    if not day or e.get("date_precision") not in ("day", "week") or not pub:
        return False
    gap = (date.fromisoformat(pub[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= NEWS_DAYS


def _unsaid(e: dict) -> bool:
    """Told in the lead as what came before another act ("talks on Thursday after X accused Y"): its day is unsaid,
    so the headline's telling of it has none either (not the publication day)."""
    return e.get("date_precision") == "unknown" and e["sentence_index"] <= LEAD


# one act told in two words: the headline's "Malaysia protests" (111) is the lead's protest note (114)
SAME_ACT = {"114": "111"}


def _key(e: dict) -> tuple:
    return SAME_ACT.get(e["code"], e["code"]), country_or_code(e.get("source")), country_or_code(e.get("target"))


def date_from_other_mentions(events: list[dict], pub: str | None) -> None:
    """Give each event dated only by publication the date the article tells for the same act elsewhere, else the
    day of the exchange the sentence before (or the one before it) dated."""
    _fill(events, lambda e: [_key(e)] if _key(e)[1] and _key(e)[2] and (_news(e, pub) or _unsaid(e)) else [],
          lambda e: [_key(e)] if e["sentence_index"] <= LEAD else [], "another mention of the same act", True)
    _fill(events, lambda e: _exchange(e, e["sentence_index"], True) if e.get("date_precision") == "day" else [],
          lambda e: [k for back in (0, 1, 2) if back or e["root"] in REPLIES  # "discussed X by telephone on
                     for k in _exchange(e, e["sentence_index"] - back, e["root"] in REPLIES)]  # Wednesday and asked"
          if e["code"] not in NOT_SAID and e["date_precision"] != "unknown" else [],  # "..., his office said." apart;
          # and "announced after X met Y": told as what came before, its day is not the exchange's
          "the dated exchange it is part of")
    _fill(events, lambda e: [(e["sentence_index"], *_key(e))] if e.get("date_precision") == "day" else [],
          lambda e: [(e["sentence_index"] + 1, *_key(e))] if _key(e)[1] and _key(e)[2] else [],
          "the same act told with its day in the next sentence")


def _exchange(e: dict, sentence: int, either_way: bool) -> list[tuple]:
    """Keys of the exchange an act belongs to: its sentence, its source and the target's country, and when
    `either_way` the two sides in either order ("Safadi spoke with his Syrian counterpart on Wednesday. Shaibani said
    his government was ready to work with Amman"). A charge's rejection is not asked either way: it comes later."""
    source, target = (e.get("source") or {}).get("code"), country_or_code(e.get("target"))
    if not source or not target:
        return []
    sides = frozenset((country_or_code(e.get("source")), target))
    return [(sentence, source, target)] + ([(sentence, sides)] if either_way and len(sides) == 2 else [])


def _told(e: dict) -> bool:
    return (e.get("rule") or {}).get("date") == TOLD


def _fill(events: list[dict], told_as, asked_as, why: str, retold: bool = False) -> None:
    """Dated facts are indexed under `told_as` keys; an event dated only by publication takes the date under the
    first of its `asked_as` keys that has one, when that is a single date (two candidates: no guess). With `retold`
    so does an act dated by the day it was told ("has revoked the visas, officials said on Thursday"), when the
    article tells its own day elsewhere ("were notified on Wednesday"): 23 of 127 judged such dates were wrong,
    against 29 of 1,049 other days."""
    told: dict[tuple, set[tuple[str, str]]] = {}
    for e in events:
        if not e.get("negated"):
            for k in told_as(e):
                if k is not None:
                    told.setdefault(k, set()).add((e["date"], e["date_precision"]))
    for e in events:
        if not (retold and _told(e)) and (e.get("date_precision") not in ("publication", "unknown") or (
                e.get("rule") or {}).get("date")):
            continue  # dated by a rule already ("has long urged": of no one day)
        dates = next((told[k] for k in asked_as(e) if k is not None and k in told), set())
        if e["date_precision"] == "unknown" or _told(e):  # unsaid where it is told: only a day told elsewhere says
            dates = {d for d in dates if d[1] == "day" and d[0] and (d[0] < e["date"] if _told(e) else True)}  # more
        if len(dates) == 1:
            (e["date"], e["date_precision"]), = dates
            e.setdefault("rule", {})["date"] = why


def not_yet(events: list[dict], pub: str | None) -> None:
    """A fact the article dates after its own day has not happened ("proposed that experts meet in Termez next
    month" was stored as a meeting held in April): it is still to come, `intended`."""
    if not pub:
        return
    for e in events:  # a year the sentence writes out is the text's own date, whatever the publication date given
        if not e.get("negated") and e.get("modality") == "asserted" and (e.get("date") or "") > pub[:10] and \
                e["date"][:4] not in e.get("sentence", ""):
            e["modality"] = "intended"
            e.setdefault("rule", {})["modality"] = f"dated {e['date']}, after the article ({pub[:10]}): still to come"


RETOLD_WITHIN = 2  # sentences after an undated act in which "they were seized on Tuesday" still tells its day
STANDS_IN = {"they", "he", "she", "it", "them"}
# plain nouns for people an act was done to, told again ("detained 17 coffee pickers ... the workers were seized")
PEOPLE = {"workers", "men", "women", "people", "detainees", "prisoners", "captives", "hostages", "crew", "crews",
          "sailors", "fishermen", "farmers", "traders", "villagers", "civilians", "migrants", "nationals", "citizens"}


def _same_kind(told: str, act: str) -> bool:
    """"shot dead a Thai boatman ... The boatman was killed late on Monday": a shooting (19) told again as a killing
    (18) is one act of force."""
    return told == act or {told, act} == {"18", "19"}


BEGAN = "*"  # a retelling of when the act itself took place ("the attack began late on Tuesday"), not its patient


def _dated_by_report(e: dict, events: list[dict]) -> bool:
    """Dated by the day it was reported ("..., officials said on Wednesday"), or in the same sentence and on the same
    day as an act that was (the killings of the attack so reported)."""
    if (e.get("rule") or {}).get("date") == TOLD:
        return True
    return any(o["sentence_index"] == e["sentence_index"] and o.get("date") == e.get("date")
               and (o.get("rule") or {}).get("date") == TOLD for o in events)


def _dated_after(events: list[dict]) -> None:
    """"Militants killed 14 soldiers in a raid, the government said on Tuesday. ... Gunmen stormed the post shortly
    after midnight on Sunday": an attack dated only by its report (or a headline's, by none) takes the day the next
    sentences give an attack by or on the same party, when that day is earlier and the only one."""
    force = [e for e in events if e["root"] in ("18", "19") and not e.get("negated")]
    reported = {id(e) for e in force if e.get("date_precision") == "day" and _dated_by_report(e, events)}
    for e in force:
        if not (id(e) in reported or e.get("date_precision") == "publication" and e["sentence_index"] == 0):
            continue
        days = {o["date"] for o in force if e["sentence_index"] < o["sentence_index"] <= e["sentence_index"] + RETOLD_WITHIN
                and o.get("date_precision") == "day" and o.get("modality") == "asserted" and id(o) not in reported
                and (o["date"] or "9999") < (e.get("date") or "9999") and _same_party(o, e)}
        if len(days) == 1:
            e["date"], e["date_precision"] = days.pop(), "day"
            e.setdefault("rule", {})["date"] = "the day a later sentence gives the same attack"


def _same_party(a: dict, b: dict) -> bool:
    """The same doer, or a victim of the same state ("nine Nigerien soldiers" and "the post near Ayorou")."""
    return any((one := country_or_code(a.get(side))) and one == country_or_code(b.get(side))
               for side in ("source", "target"))


def date_from_retelling(events: list[dict], retold: list[tuple[int, str, str, str]]) -> None:
    """"Guinean soldiers detained five farmers ... The farmers were seized on Tuesday morning": a passive telling
    without a doer (no event of its own) gives its day to the undated act of the same root just before, whose
    target it names again (or a pronoun does). "The attack began late on Tuesday" gives its day to the attack told
    just before and dated only by its report. Two candidate days: no guess."""
    began = [(s, root, day) for s, root, patient, day in retold if patient == BEGAN]
    reported = [e for e in events if began and not e.get("negated") and (e.get("date_precision") == "publication" or
                                                                         e.get("date_precision") == "day" and _dated_by_report(e, events))]
    for e in reported:
        days = {day for s, root, day in began if e["sentence_index"] < s <= e["sentence_index"] + RETOLD_WITHIN
                and _same_kind(root, e["root"]) and day < (e.get("date") or "9999")}
        if len(days) == 1:
            e["date"], e["date_precision"] = days.pop(), "day"
            e.setdefault("rule", {})["date"] = "the day a later sentence says the act took place"
    retold = [r for r in retold if r[2] != BEGAN]
    _dated_after(events)
    for e in events:
        if e.get("date_precision") not in ("unknown", "publication") or e.get("negated") or not e.get("target"):
            continue
        head = e["target"]["text"].lower().split()[-1]
        sector = e["target"].get("sector")  # "the workers were seized" retells "17 Honduran coffee pickers"
        people = sector in CIVIL_SECTORS or (sector is None and not e["target"].get("group") and head.endswith("s")
                                              and len(e["target"]["text"].split()) > 1)
        days = {day for s, root, patient, day in retold if e["sentence_index"] < s <= e["sentence_index"] + RETOLD_WITHIN
                and _same_kind(root, e["root"]) and (patient == head or patient in STANDS_IN or people and patient in PEOPLE)}
        if len(days) == 1:
            e["date"], e["date_precision"] = days.pop(), "day"
            e.setdefault("rule", {})["date"] = "the act told again without its doer"
