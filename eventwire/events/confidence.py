"""How likely a coded event is right: a logistic model over what the coder already knows about the event (its
code, how each argument hangs from the trigger and became an actor, whether both parties are coded, the date's
precision, the sentence's shape), learned from our analyst-written gold (tests/data/gold) by
scripts/train_confidence.py and shipped as plain weights in data/models/confidence.json.

Why a learned step here: the rules already choose the most plausible reading; what they cannot do is say which of
their readings tend to be wrong, and an analyst forgives a missed event, not a false one. Every event gets
`confidence`; in an article (at least `min_sentences` sentences) a fact below the threshold is kept as
`modality: "uncertain"`: shown and stored, not counted as a fact; so is a fact with an ungrounded party (see
`ungrounded`), whatever its score. One-sentence items are not gated: they carry no
context to complete a party from, and datasets of such items (PLOVER's codebook sentences) count an uncoded phrase
as a party; docs/evaluation.md gives the measured cost of gating them too."""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib.resources import files

from eventwire.actors.context import OWN_WORDS
from eventwire.actors.coref import PRONOUNS as COREF_PRONOUNS
from eventwire.events.words import FORCE_ROOTS  # coercion and violence within one state or force are real events

MODEL = "data/models/confidence.json"
PRONOUNS = set(COREF_PRONOUNS) | {"we", "i", "us"}  # an argument that is a pronoun: coreference's list
STATE = {None, "GOV"}  # a country itself, or its government
WAY = re.compile(r"^(.*?) \((.*)\)$")


@lru_cache(maxsize=1024)  # a few small counts, asked for every event
def _bucket(n: int, cuts: tuple[int, ...]) -> str:
    return next((f"<={c}" for c in cuts if n <= c), f">{cuts[-1]}")


def _argument(f: dict[str, float], side: str, how: str | None, actor: dict | None) -> None:
    """How one argument was reached (the rule's path and way) and what kind of actor it became."""
    p = side[0] + "_"
    for name in _path_features(how):
        f[p + name] = 1
    if actor is None:
        f[p + "none"] = 1
        return
    text = actor.get("text") or ""
    for name, on in (("coded", actor.get("code")), ("country", actor.get("country")), ("group", actor.get("group")),
                     ("context", actor.get("context")), ("pronoun", text.lower() in PRONOUNS)):
        if on:
            f[p + name] = 1
    if actor.get("context"):  # how context gave the country: its own place, the sentence's, the dateline...
        f[p + "context=" + actor["context"]] = 1
    f[p + "sector=" + str(actor.get("sector"))] = 1
    f[p + "how=" + (actor.get("how") or "").split(":")[0]] = 1
    f[p + "words=" + _bucket(len(text.split()), (1, 2, 4, 7))] = 1


@lru_cache(maxsize=4096)
def _path_features(how: str | None) -> tuple[str, ...]:
    """Features of how an argument hangs from the trigger ('^conj>nsubj (mention)'); the same few strings recur."""
    if not how:
        return ("nopath",)
    m = WAY.match(how)
    path, way = (m.group(1), m.group(2)) if m else (how, "")
    steps = [s for s in re.split(r"[>^]", path) if s]
    out = ["way=" + way.split(":")[0], "len=" + _bucket(len(steps), (1, 2, 3)),
           "first=" + (steps[0].split(":")[0] if steps else "")]
    for name, marks in (("up", ("^",)), ("clausal", ("xcomp", "ccomp")), ("prep", ("prep",)),
                        ("conj", ("conj",)), ("relative", ("acl", "relcl"))):
        if any(mk in path for mk in marks):
            out.append(name)
    return tuple(out)


def features(e: dict, n_events: int) -> dict[str, float]:
    """Feature name -> value for one event record (`n_events`: events coded in its article)."""
    f: dict[str, float] = {"bias": 1, "root=" + e["root"]: 1, "code=" + e["code"]: 1,
                           "quad=" + str(e.get("quad_class")): 1}
    rule = e.get("rule") or {}
    f["rulefile=" + (rule.get("trigger") or "").split(":")[0].split(" ")[0]] = 1
    f["trigger=" + ((e.get("trigger") or {}).get("text") or "").lower()] = 1
    for side in ("source", "target"):
        _argument(f, side, rule.get(side), e.get(side))
    s, t = e.get("source") or {}, e.get("target") or {}
    if t and s.get("country") and s.get("country") == t.get("country"):
        f["same_country"] = 1
    f[("target_coded_root=" if t.get("code") else "target_uncoded_root=") + e["root"]] = 1
    f["date=" + str(e.get("date_precision"))] = 1
    if rule.get("date"):  # how a rule dated it: the day it was told, another mention's, a stance of no one day
        f["date_rule=" + rule["date"].split(":")[0][:24]] = 1
    if e.get("reported_by"):
        f["reported"] = 1
    sentence = e.get("sentence") or ""
    f["sentence_words=" + _bucket(len(sentence.split()), (12, 20, 30, 45))] = 1
    if e.get("sentence_index") == 0:
        f["lead"] = 1
    if any(q in sentence for q in '"“”'):
        f["quote"] = 1
    f["events=" + _bucket(n_events, (1, 2, 4))] = 1
    clause = rule.get("clause") or ""
    f["clause=" + clause.split(":")[0].split("+")[0]] = 1
    if ":" in clause:
        f["clause_mark=" + clause.split(":")[1].split("+")[0]] = 1
    if "+had" in clause:
        f["pluperfect"] = 1
    if "+now" in clause:  # told in the present: ongoing as the article is written, or a headline
        f["present_" + str(e.get("date_precision"))] = 1
    if "+has" in clause:  # "have also clashed", "has mediated several exchanges": background more often than news
        f["perfect_" + str(e.get("date_precision"))] = 1
    index = e.get("sentence_index") or 0
    f["position=" + _bucket(index, (0, 3, 8))] = 1
    if e.get("date_precision") == "publication":  # undated: told as news in the lead, background further on
        f["undated_position=" + _bucket(index, (0, 3, 8))] = 1
    if rule.get("source") == "co-subject":
        f["co_subject"] = 1
    return f


@cache
def model() -> dict:
    return json.loads(files("eventwire").joinpath(MODEL).read_text(encoding="utf-8"))


def probability_of(f: dict[str, float], weights: dict[str, float]) -> float:
    z = sum([weights.get(k, 0.0) * v for k, v in f.items()])  # (a list: the same sum, in the same order)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def gated(e: dict) -> bool:
    """The events the model was trained on and decides: facts other than a bare statement (010)."""
    return not e.get("negated") and e.get("modality") in ("asserted", "uncertain") and e.get("code") != "010"


BARE = "a bare statement (010): 3 of 16 stored in judged articles were right"


def bare_statement(e: dict) -> bool:
    """A fact coded only as "made a statement" (010), or one withheld as such: in an article, mostly a richer act
    half read ("passed a law declaring the start of a process to join the EU"). The model does not weigh them."""
    return e.get("code") == "010" and not e.get("negated") and (e.get("modality") == "asserted" or (
        e.get("modality") == "uncertain" and (e.get("rule") or {}).get("withheld") == BARE))


def ungrounded(e: dict) -> str | None:
    """Why a party of the event is not grounded in the text, or None. A fact in an article names each party in its
    own words: a name, a title, a country word of its own phrase, or a pronoun resolved to such a mention. A sector
    noun whose country came from the article around it ("the army" in a story filed from Doha) or a phrase no
    dictionary codes ("a private company") is the coder's guess; analysts found such facts right about 4 times in
    10 against 8 in 10 for grounded ones (docs/evaluation.md), so they are kept as uncertain, not as facts. So is
    a talk, demand or accusation whose two sides carry one code (5 of 6 such facts in judged articles were one
    actor read twice: "the Houthis" and "the group"); arrests and fighting within one state stay."""
    for side in ("source", "target"):
        a = e.get(side)
        if not a:
            continue
        if not a.get("code"):
            return f"the {side} {a.get('text')!r} is no coded actor"
        if a["code"] == a.get("sector"):  # "GOV", "REB": a role with no country or group
            return f"the {side} {a.get('text')!r} ({a['code']}) names no country"
        if a.get("context") and a["context"] not in OWN_WORDS:
            return f"the {side}'s country comes from context ({a['context']})"
    s, t = e.get("source") or {}, e.get("target") or {}
    if s.get("code") and s["code"] == t.get("code") and e["root"] not in FORCE_ROOTS:
        return f"source and target are both {s['code']}: in an article, mostly one actor read twice"
    if s.get("country") and s["country"] == t.get("country") and {s.get("sector"), t.get("sector")} <= STATE \
            and e["root"] not in FORCE_ROOTS:  # "Khan offered condolences and use of the Pakistani facilities"
        return f"a state ({s['code']}, {t['code']}) acting on itself: a target read from its own words"
    if e.get("date_precision") == "unknown":  # "weeks later", "in the 1990s": another time, not the news day
        return "the article places it at a time it does not name"
    return None


def is_article(n_sentences: int) -> bool:
    return n_sentences >= model()["min_sentences"]


def weigh(events: list[dict], article: bool, weights: dict[str, float] | None = None,
          threshold: float | None = None) -> None:
    """Set `confidence` on every event; in an article, mark gated facts below the threshold or with an ungrounded
    party `uncertain`, saying why in `rule.withheld`. `weights`/`threshold` override the shipped model
    (cross-validation in eval, `--min-confidence`); a threshold of 0 turns the gate off: every fact stays."""
    m = model()
    weights = m["weights"] if weights is None else weights
    threshold = m["threshold"] if threshold is None else threshold
    for e in events:
        p = probability_of(features(e, len(events)), weights)
        e["confidence"] = round(p, 3)
        bare = bare_statement(e)
        if not gated(e) and not bare:
            continue
        why = None
        if article and threshold > 0:
            why = BARE if bare else ungrounded(e) or (f"confidence {p:.2f} below {threshold:g}" if p < threshold else None)
        e["modality"] = "uncertain" if why else "asserted"
        rule = e.get("rule") or {}
        if why:
            rule["withheld"] = why
        else:
            rule.pop("withheld", None)
