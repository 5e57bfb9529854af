"""What a force's moves mean, once a pattern has coded them. Troops a state sends within its own ground
("Guatemala sends troops to La Mesilla", "Peru sent 1,200 soldiers into Pataz"): the verb pattern that codes troops
sent abroad as military protection (074: "Rwanda sends a battalion to Mozambique") makes a deployment at home
protection given to no one; analysts judged such events WRONG or PARTLY and coded them as a show of force (15x) in
every pass that met one (docs/judged-articles.md: j134, j322, j344, j360, j363). Peacekeepers moved are
protection given, whatever the verb; a drill held alone is a show of force, not cooperation."""

from __future__ import annotations

from eventwire.events.ontology import lookup

SENDING = {"send", "deploy", "dispatch", "rush", "move"}  # verbs that move troops somewhere
EDGES = {"border", "frontier", "boundary", "side"}  # "to its border with Panama": its own edge, whoever is beyond
OWN = {"its", "their", "our", "own"}
PROTECTION = "074"
AT_HOME = "150"  # demonstrate military or police power
SHOW_OF_FORCE = "15"
# a force's moves that peacekeepers make as protection given: arriving (042), deploying or stationed (150)
MOVING = SENDING | {"arrive", "station", "deployment", "dispatch"}
MOVES = {"042", "150", PROTECTION}
PEACEKEEPERS = {"peacekeeper", "peacekeepers", "peacekeeping"}
LEAVING = {"withdraw", "pull", "leave", "depart", "exit", "quit"}  # verbs that take a force out
LEAVES = {"087", "166"}  # de-escalation, withdrawal: what such a verb codes
WITHDRAWN = "1661"  # expel or withdraw peacekeepers
COOPERATION = "062"  # cooperate militarily: what a drill is only with a partner
INTENT_TO_COOPERATE = "031"  # what an announced 062 becomes
DRILLS = {"drill", "exercise", "manoeuvre", "maneuver", "game"}
JOINT = {"joint", "combined", "bilateral", "trilateral", "multinational", "together", "jointly"}


def at_home(meta, trigger, src: dict, tgt: dict | None, place: dict | None):
    """The code of troops sent: a show of force (150) when they go where their own state is (the clause's place, or
    the dateline's when it names none) and they protect no one of another country; otherwise `meta` unchanged."""
    if meta.code != PROTECTION or trigger.lemma_.lower() not in SENDING:
        return meta
    if _own_edge(trigger):
        return lookup(AT_HOME)  # facing the neighbour named as target ("its border with Panama" -> PAN)
    home = src.get("country")
    if not home or not place or place.get("country") != home:
        return meta
    if tgt is not None and tgt.get("code") and (tgt.get("group") or tgt.get("country") != home):
        return meta  # "sent troops to an African Union mission", "to Juba at Kiir's request"
    return lookup(AT_HOME)


def peacekeeping(meta, trigger):
    """Peacekeepers moved are protection given (074) to where they go, whatever the verb: "Japanese peacekeepers
    arrive in Juba" is no diplomatic visit (042), "the deployment of 230 troops to Liberia on a peacekeeping
    mission" no show of force (150); peacekeepers who pull out are withdrawn (1661), not a de-escalation (087, judged
    wrong for "the last U.N. peacekeepers pulled out of Bunia" in j188, j479 and j604)."""
    if meta.code in LEAVES and trigger.lemma_.lower() in LEAVING:
        return lookup(WITHDRAWN) if _peacekeepers(trigger) else meta
    if meta.code not in MOVES or trigger.lemma_.lower() not in MOVING:
        return meta
    return lookup(PROTECTION) if _peacekeepers(trigger) else meta


def _peacekeepers(trigger) -> bool:
    """Are the forces the trigger moves (its subject, object, or "of"/"as"/"on" phrase) peacekeepers?"""
    # "peacekeepers began deploying", "announced the deployment of troops to Liberia on a peacekeeping mission"
    holder = trigger.head if trigger.dep_ in ("xcomp", "dobj") else trigger
    force = [c for c in (*trigger.children, *holder.children) if c.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        c.dep_ == "prep" and c.lower_ in ("of", "as", "on"))]
    return any(t.lemma_.lower() in PEACEKEEPERS for f in force for t in f.subtree)


def drill_alone(meta, trigger, partnered: bool):
    """A drill with no partner is a show of force (150), not military cooperation (062): "France stages a landing
    drill on the disputed islands", "China held drills around Taiwan" (judged WRONG as 062 in every pass that met
    one). A partner is a co-subject, a with-phrase or a word such as "joint"."""
    if meta.code != COOPERATION or partnered or not lone_drill(trigger):
        return meta
    return lookup(AT_HOME)


def lone_drill(trigger) -> bool:
    """Is the trigger a drill (or a verb holding one) that names no partner in its own words?"""
    drill = trigger if trigger.lemma_.lower() in DRILLS else next(
        (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in DRILLS), None)
    if drill is None:
        return False
    holder = drill.head if drill.dep_ == "dobj" else drill  # "conducted naval exercises with Greece"
    words = [*drill.children, *trigger.children, *holder.children]
    return not (any(c.lower_ in JOINT for c in words if c.dep_ in ("amod", "compound", "advmod")) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in words))


def announced_drill(code: str, pattern_code: str, trigger, subj) -> tuple[str, str] | None:
    """A drill announced for later by one side alone ("Serbia would hold its own exercise next week") is no intent
    to cooperate (031): (show of force, still to come), or None when that does not apply."""
    if code != INTENT_TO_COOPERATE or pattern_code != COOPERATION or not lone_drill(trigger) or (
            subj is not None and subj.conjuncts):
        return None
    return AT_HOME, "intended"


def _own_edge(trigger) -> bool:
    """"sent 500 troops to its border with Panama", "along their own frontier"."""
    return any(o.lemma_.lower() in EDGES and any(c.lower_ in OWN for c in o.children if c.dep_ in ("poss", "amod"))
               for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "along", "toward", "towards")
               for o in p.children if o.dep_ == "pobj")


def facing_no_one_at_home(events: list[dict]) -> None:
    """In an article, a show of force on the actor's own ground faces no one: "Chile held a naval drill off
    Valparaiso", "deployed army units to Zawiya" (the town as target judged PARTLY, j363, j501). One-sentence items
    keep the place as PLOVER's codebook marks it ("troops remained on alert in Manila")."""
    for e in events:
        t, s = e.get("target") or {}, e.get("source") or {}
        if e.get("root") == SHOW_OF_FORCE and t.get("country") and t.get("country") == s.get("country") and \
                (e.get("rule") or {}).get("target", "").endswith("(place)"):
            e["target"] = None
            e["rule"]["target"] = "none: its own ground (" + e["rule"]["target"] + ")"
