"""Counts that stand for people named just before. "killing a Nigerian fisherman and detaining 31 others", "shot one
protester and wounded two": the count is more people of the kind the same doer's act in the same sentence was aimed
at, and left as a count it is no actor (analysts judged such detentions WRONG with the target '31 others', 168th
pass)."""

from __future__ import annotations

import re

from eventwire.events.words import FORCE_ROOTS

NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
COUNT = re.compile(rf"^(?:the\s+)?(?:other\s+)?{NUMBER}(?:\s+(?:others|more))?$|^(?:the\s+)?others$", re.IGNORECASE)


def counted_others(events: list[dict]) -> None:
    """Give a target that is only a count the target of the nearest act of force before it, in the same sentence and
    by the same doer, that names people of a country in some role (not a state, a government or a thing)."""
    for e in events:
        t, s = e.get("target") or {}, e.get("source") or {}
        if not t or t.get("code") or not s.get("code") or e.get("root") not in FORCE_ROOTS or \
                not COUNT.match((t.get("text") or "").strip()):
            continue
        before = [c for c in events if c is not e and c["sentence_index"] == e["sentence_index"]
                  and c.get("root") in FORCE_ROOTS and (c.get("source") or {}).get("code") == s["code"]
                  and (c.get("target") or {}).get("country") and c["target"].get("sector") not in (None, "GOV")
                  and c["target"].get("start", 1 << 30) < t.get("start", -1)]
        if not before:
            continue
        kind = max(before, key=lambda c: c["target"]["start"])["target"]
        e["target"] = {**kind, "text": t["text"], "start": t.get("start"), "end": t.get("end"),
                       "how": f"more of '{kind['text']}' (the same doer's act just before)"}
        e.setdefault("rule", {})["target"] = "a count of more people of the kind named just before"
