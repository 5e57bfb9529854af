"""Whom a rejection answers. "Kyrgyzstan rejected the charge", "Abidjan dismissed the demand": the sentence names
the charge, not who made it, and the coder leaves the target as a thing (analysts judged every such fact PARTLY or
WRONG, docs/judged-articles.md, thirty-fifth and thirty-sixth passes). The article has told who made it: the
nearest earlier accusation or demand aimed at the rejecting side's country. That side becomes the target; with two
different candidates in the same sentence, no guess."""

from __future__ import annotations

from eventwire.records import country_or_code

# what a rejection can answer, by the roots of the acts that make it
ANSWERED = {
    "11": {"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
           "criticism", "comment", "comments", "remark", "remarks", "complaint", "complaints", "blame"},
    "10": {"demand", "demands", "request", "requests", "call", "calls", "ultimatum", "appeal", "appeals"},
}
ANSWERED["02"] = ANSWERED["10"]  # "urged X to ..." is also asked of X


def _answers(e: dict) -> set[str]:
    """The roots of the acts this event could be rejecting, from the head word of its uncoded target."""
    t = e.get("target") or {}
    if e.get("root") != "12" or t.get("code") or not t.get("text"):
        return set()
    head = t["text"].lower().split(" of ")[0].split()[-1]
    return {root for root, nouns in ANSWERED.items() if head in nouns}


def answer_rejections(events: list[dict]) -> None:
    """Give a rejection of an uncoded charge or demand the side that made it, told earlier in the article."""
    for e in events:
        roots = _answers(e)
        side = country_or_code(e.get("source"))
        if not roots or not side:
            continue
        earlier = [c for c in events if c is not e and c["sentence_index"] <= e["sentence_index"]
                   and c.get("root") in roots and not c.get("negated") and country_or_code(c.get("target")) == side
                   and (c.get("source") or {}).get("code") and country_or_code(c.get("source")) != side]
        if not earlier:
            continue
        last = max(c["sentence_index"] for c in earlier)
        makers = {c["source"]["code"]: c["source"] for c in earlier if c["sentence_index"] == last}
        if len(makers) != 1:
            continue
        maker = dict(next(iter(makers.values())))
        maker["how"] = f"who made what is rejected (sentence {last}): {maker.get('how') or maker.get('text')}"
        e["target"] = maker
        e.setdefault("rule", {})["target"] = f"the maker of the rejected {'demand' if '11' not in roots else 'charge'}"
