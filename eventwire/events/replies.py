"""Whom words about an earlier act answer. "Kyrgyzstan rejected the charge", "Abidjan dismissed the demand", "the
GCC called the seizure a violation": the sentence names the act, not who did it, and the coder leaves the target as
a thing (analysts judged every such fact PARTLY or WRONG, docs/judged-articles.md, thirty-fifth, thirty-sixth and
fifty-fifth passes). The article has told who did it: the nearest earlier act of that kind (a charge or demand
aimed at the rejecting side, or an uncoded one by another actor of its own country told later; a seizure, attack
or expulsion by another side than the speaker's). Its doer becomes
the target; with two different doers in the nearest sentence, no guess. When the article told the charge, protest
or move only in words the coder did not code ("Baku had not been informed", Hajizada said. Iran rejected the
protest), whoever of another country spoke just before made it: the speakers of the nearest earlier sentence with
one, at most three back."""

from __future__ import annotations

from eventwire.records import country_or_code, split_code

CHARGES = {"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
           "criticism", "criticisms", "comment", "comments", "remark", "remarks", "complaint", "complaints", "blame",
           "protest", "protests", "objection", "objections", "condemnation"}
DEMANDS = {"demand", "demands", "request", "requests", "call", "calls", "ultimatum", "appeal", "appeals"}
# acts words condemn, by the CAMEO roots that code them
ACTS = {
    "17": {"seizure", "seizures", "detention", "detentions", "arrest", "arrests", "deportation", "deportations"},
    "18": {"attack", "attacks", "assault", "bombing", "bombings", "killing", "killings"},
    "19": {"attack", "attacks", "raid", "raids", "incursion", "incursions", "shelling", "strike", "strikes",
           "blockade", "bombardment"},
    "16": {"expulsion", "expulsions", "sanctions"},
}
# "Moscow called the move reckless": a step of any of these kinds, taken against the speaker's side
MOVES = {"move", "moves", "decision", "step", "steps", "measure", "measures", "restriction", "restrictions", "ban",
         "closure", "suspension", "halt"}
MOVE_ROOTS = {"12", "15", "16", "17", "19"}
# "Bhandari rejected the idea", "welcomed the releases": an offer made, a concession granted, told before
OFFERS = {"offer", "offers", "proposal", "proposals", "idea", "ideas", "overture", "overtures", "initiative"}
OFFERED = {"03"}  # the root of offers and intents
YIELDED = {"release", "releases", "withdrawal", "pullout", "lifting", "easing", "return", "handover"}
# the responding root -> {noun of its uncoded target: the roots of the acts it answers}
ACTS_BY_NOUN = {n: {root for root, nouns in ACTS.items() if n in nouns} for nouns in ACTS.values() for n in nouns}
BY_MOVE = {n: MOVE_ROOTS for n in MOVES}
ANSWERS: dict[str, dict[str, set[str]]] = {
    "10": ACTS_BY_NOUN,
    "11": {**ACTS_BY_NOUN, **BY_MOVE},
    "12": {**ACTS_BY_NOUN, **BY_MOVE, **{n: {"11"} for n in CHARGES}, **{n: {"10", "02"} for n in DEMANDS},
           **{n: OFFERED for n in OFFERS}},
    "05": {**{n: OFFERED for n in OFFERS}, **{n: {"08"} for n in YIELDED}},
    "13": {**ACTS_BY_NOUN, **BY_MOVE},
    "14": {**ACTS_BY_NOUN, **BY_MOVE},
}
SPOKEN = {"10", "11", "02"}  # words aimed at someone: the rejecting side is whom they were aimed at


def _answers(e: dict) -> set[str]:
    """The roots of the acts this event could be answering, from the head word of its uncoded target."""
    t = e.get("target") or {}
    if t.get("code") or not t.get("text"):
        return set()
    head = t["text"].lower().split(" of ")[0].split()[-1]
    if head in MOVES and not t["text"].lower().startswith("the "):
        return set()  # "any measures against X" points back at no move told before
    if head in OFFERS and " by " in t["text"].lower():
        return set()  # "an offer of relief supplies announced by China" names its maker itself
    return ANSWERS.get(e.get("root") or "", {}).get(head, set())


SPOKE_BEFORE = 3  # sentences back a speaker can have made the charge or protest answered


def answer_replies(events: list[dict], speakers: list[tuple[int, dict]] = ()) -> None:
    """Give words about an uncoded charge, demand or act the side that made or did it, told earlier; `speakers`:
    (sentence index, speaker) of each quote, for a charge told only in words the coder did not code."""
    for e in events:
        roots = _answers(e)
        side = country_or_code(e.get("source"))
        if not roots or not side or roots == MOVE_ROOTS and (e.get("source") or {}).get("sector") == "OPP":
            continue  # an opposition calling "the move" reckless mostly means its own government's
        told = [c for c in events if c is not e and c["sentence_index"] <= e["sentence_index"]
                and c.get("root") in roots and not c.get("negated") and (c.get("source") or {}).get("code")]
        aimed = SPOKEN | (MOVE_ROOTS if roots == MOVE_ROOTS else set())  # a move answered was made against them
        earlier = [c for c in told if country_or_code(c.get("source")) != side and (
            country_or_code(c.get("target")) == side if c["root"] in aimed else c.get("modality") == "asserted")]
        # "the opposition called the move reckless. Officials dismissed the criticism": a critic at home, told later
        home = [c for c in told if c["root"] in SPOKEN and country_or_code(c.get("source")) == side
                and c["source"]["code"] != e["source"]["code"] and not (c.get("target") or {}).get("code")]
        if home and (not earlier or max(c["sentence_index"] for c in home) > max(c["sentence_index"] for c in earlier)):
            earlier = home
        if not earlier:
            _spoken_before(e, roots, side, speakers, events)
            continue
        last = max(c["sentence_index"] for c in earlier)
        makers = {c["source"]["code"]: c for c in earlier if c["sentence_index"] == last}
        if len(makers) != 1:
            continue
        _aim(e, next(iter(makers.values())), "who did what is answered", f"the doer of the answered {_kind(roots)}")


def _kind(roots: set[str]) -> str:
    """What an answer answers, by the roots of the acts it could answer (the rule says so)."""
    return "charge" if "11" in roots else "demand" if roots & SPOKEN else "move" if roots == MOVE_ROOTS else \
        "offer" if roots == OFFERED else "act"


def _spoken_before(e: dict, roots: set[str], side: str, speakers: list[tuple[int, dict]], events: list[dict]) -> None:
    """A charge, protest or move answered that no coded act tells: made by whoever of one other country spoke in
    the nearest earlier sentence (within SPOKE_BEFORE) where someone of another country spoke. No guess when the
    answer's own sentence is spoken by another side (its source is then in doubt), nor when that speaker aimed
    words of their own at a third side: a fellow critic, not the maker."""
    if roots not in ({"11"}, OFFERED, MOVE_ROOTS):
        return  # a demand or an attack is told by its act, not by who spoke (a charge, move or offer may be words)
    si = e["sentence_index"]
    if any(i == si and country_or_code(a) not in (None, side) for i, a in speakers):
        return
    near = [(i, a) for i, a in speakers if si - SPOKE_BEFORE <= i < si and a.get("code")
            and country_or_code(a) not in (None, side)]
    if not near:
        return
    last = max(i for i, _ in near)
    who = {country_or_code(a): a for i, a in near if i == last}
    if len(who) != 1:
        return
    maker = next(iter(who))
    if any(c["sentence_index"] == last and c.get("root") in ("11", "12") and country_or_code(c.get("source")) == maker
           and country_or_code(c.get("target")) not in (None, side) for c in events):
        return
    _aim(e, {"source": who[maker], "sentence_index": last}, "who spoke before",
         f"the maker of the answered {_kind(roots)}: who spoke just before")


def answer_denials(events: list[dict]) -> None:
    """"Moscow denied any role", "Islamabad denied involvement": a denial answers whoever made the charge (analysts
    judged nine of ten such facts with no target PARTLY or WRONG). The accuser is the maker of the nearest charge
    (111/112) aimed at the denying side told before it, or, for a headline's denial, the first told after it;
    with two different accusers there, no guess."""
    for e in events:
        side = country_or_code(e.get("source"))
        if e.get("code") != "016" or not side or (e.get("target") or {}).get("code"):
            continue
        charges = [c for c in events if c.get("code", "")[:3] in ("111", "112") and not c.get("negated")
                   and c.get("modality") in ("asserted", "uncertain") and country_or_code(c.get("target")) == side and country_or_code(c.get("source")) not in (None, side)]
        before = [c for c in charges if c["sentence_index"] <= e["sentence_index"]]
        after = [c for c in charges if c["sentence_index"] > e["sentence_index"]] if e["sentence_index"] == 0 else []
        near = max(c["sentence_index"] for c in before) if before else min(
            (c["sentence_index"] for c in after), default=None)
        accusers = {c["source"]["code"]: c for c in charges if c["sentence_index"] == near}
        if len(accusers) != 1:
            continue
        _aim(e, next(iter(accusers.values())), "who made the charge denied", "the maker of the charge denied")


HOLDERS = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB", "INS", "IGO"}  # sectors that can hold someone


def aim_release_demands(events: list[dict]) -> None:
    """"Sierra Leone demanded the release of the farmers", "Argentina demands release of two citizens": a demand
    for someone's release is made of whoever holds them (judged PARTLY or WRONG with the detainees as the target in
    the fifty-third to fifty-sixth passes). The holder is the doer of the nearest detention or seizure the article
    tells by another side than the demander's; with two different holders in that sentence, no guess."""
    for e in events:
        side = country_or_code(e.get("source"))
        t = e.get("target") or {}
        if e.get("code") not in ("1053", "0253") or not side or split_code(t.get("code"))[1] in HOLDERS:
            continue
        held = [c for c in events if c.get("root") == "17" and not c.get("negated") and c.get("modality") == "asserted"
                and any(split_code((c.get("source") or {}).get("code"))[::2]) and country_or_code(c.get("source")) != side]
        if not held:
            continue
        near = min(abs(c["sentence_index"] - e["sentence_index"]) for c in held)
        holders = {c["source"]["code"]: c for c in held if abs(c["sentence_index"] - e["sentence_index"]) == near}
        if len({country_or_code(c["source"]) for c in holders.values()}) != 1:
            continue
        _aim(e, next(iter(holders.values())), "who holds them", "the holder of those whose release is demanded")


def _aim(e: dict, doer: dict, who: str, rule: str) -> None:
    """Make the doer of an act the article told elsewhere `e`'s target, saying how it was found."""
    target = dict(doer["source"])
    target["how"] = f"{who} (sentence {doer['sentence_index']}): {target.get('how') or target.get('text')}"
    e["target"] = target
    e.setdefault("rule", {})["target"] = rule


def one_per_dyad(events: list[dict]) -> None:
    """One record per trigger, code and pair of mentions once targets are re-aimed: "demanded the return of their
    boats and nets" is one demand of the police who hold them, not two."""
    seen: set[tuple] = set()
    keep = []
    for e in events:
        s, t = e.get("source") or {}, e.get("target") or {}
        key = (e["trigger"]["start"], e["code"], s.get("start"), s.get("code"), t.get("start"), t.get("code"),
               e.get("negated"), e.get("modality"))
        if key not in seen:
            seen.add(key)
            keep.append(e)
    events[:] = keep
