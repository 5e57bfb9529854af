"""CAMEO codes with names, Goldstein values, QuadClass and the PLOVER crosswalk (data/cameo/codes.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire import data
from eventwire.events.words import COOPERATIVE_ROOTS


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@cache
def codes() -> dict[str, Code]:
    out = {}
    for row in data.rows("cameo/codes.tsv"):
        if row[0] == "code":
            continue
        row = tuple(row) + ("",) * (6 - len(row))
        out[row[0]] = Code(row[0], row[1], float(row[2]), int(row[3]), row[4] or None, row[5] or None)
    return out


def lookup(code: str) -> Code:
    table = codes()
    while code not in table and len(code) > 2:
        code = code[:-1]
    return table[code]


# When an event is only announced ("will meet", "agreed to visit"), CAMEO codes the intent.
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030"}
# (not 15: "will continue to patrol" is a plan, not a threat, as analysts judged it)
THREAT = {"14": "133", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138"}


def announced(code: str) -> tuple[str, str]:
    """(code, modality) of an act announced for the future: an intent to cooperate (03x) or a threat (13x) is a
    fact said now; a future word ("would challenge the result", "will demand") is not yet done."""
    root = code[:2]
    if root in INTENT:
        return (code if root == "03" else INTENT[root]), "asserted"
    if root in THREAT:
        return THREAT[root], "asserted"
    return code, "intended"


def settle(code: str, negated: bool, modality: str, refused: bool = False, aimed: bool = True) -> tuple[str, bool, str]:
    """(code, negated, modality) of an act once its mood is known: a cooperative act announced as not to happen
    towards someone (`aimed`: "will not release the pilots", "will not begin talks with Kabul"), or `refused`
    ("failed to reach agreement"), is a rejection ("would not send troops to the area" rejects no one); any other
    announced act is coded as `announced` says."""
    if negated and (modality == "announced" and aimed or refused) and code[:2] in COOPERATIVE_ROOTS:
        return "120", False, "asserted"
    if modality == "announced":
        code, modality = announced(code)
    return code, negated, modality
