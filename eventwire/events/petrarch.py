"""PETRARCH verb dictionaries (`--verbs FILE`, files like CAMEO.2.0.txt) read into eventwire's verb patterns.

PETRARCH's format (read_verb_dictionary): `&SET` synonym sets of `+WORD` lines; blocks headed
`---  NAME   [CODE]  ---` list verbs (`SPEED {SPEEDING SPEEDS SPED}`), which take the block's code, and pattern
lines `- * OBJECT (PREP NOUN) [CODE] # comment` that every verb of the block shares. eventwire keeps what its
patterns can say: the object's head word (`{ARMS SHIPMENT}` -> shipment, `&SET` -> the set's words) and the first
preposition on the verb. Patterns that constrain the subject (`- &MILITARY * ...`), codes eventwire does not know,
and `[---]` (no code) are skipped and counted on stderr. A paired code `[042:043]` keeps the source's code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from eventwire.actors.petrarch import read_text
from eventwire.errors import EventwireError
from eventwire.events.lexicon import Pattern, parse_pattern

BLOCK = re.compile(r"^---\s+\S+\s+\[([^\]]*)\]\s*---")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
MARKERS = {"$", "+", "%", "^", "|"}


def is_petrarch(path: Path) -> bool:
    """A verb dictionary in PETRARCH's format: it has `---  NAME  [CODE]  ---` blocks."""
    return any(BLOCK.match(line) for line in read_text(path).splitlines())


def read_patterns(path: Path) -> list[Pattern]:
    sets: dict[str, list[str]] = {}
    current_set: str | None = None
    verbs: list[str] = []
    block: tuple[str | None, str] = (None, "")  # the block's default code and where it stands
    out: list[Pattern] = []
    skipped = 0
    for n, raw in enumerate(read_text(path).splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        where = f"{path}:{n}"
        if not line:
            current_set = None
            continue
        if line.startswith("&") and " " not in line:
            current_set = line[1:].rstrip("_")
            sets[current_set] = []
        elif line.startswith("+"):
            if current_set is not None:
                sets[current_set].append(_word(line[1:]))
        elif m := BLOCK.match(line):
            verbs = []
            block = (_code(m.group(1)), where)
        elif m := PATTERN.match(line):
            pat = _pattern(m.group(1), sets)
            code = _code(m.group(2))
            if pat is None or code is None:
                skipped += len(verbs) or 1
                continue
            for verb in verbs:
                made = _make(f"{verb} {pat}".strip(), code, where)
                out += [made] if made else []
                skipped += not made
        elif not line.startswith("-"):
            verb = line.split()[0].lower().rstrip("_")
            if "_" in verb or not verb.isalpha():
                continue  # multi-word verbs: eventwire patterns start with one verb lemma
            verbs.append(verb)
            code, at = block
            if code:
                made = _make(verb, code, at)
                out += [made] if made else []
    if skipped:
        print(f"eventwire: {path}: skipped {skipped} verb patterns eventwire cannot express (subject constraints, "
              f"no code or an unknown one)", file=sys.stderr)
    if not out:
        raise EventwireError(f"{path}: no PETRARCH verb patterns found (expected '---  NAME  [CODE]  ---' blocks)")
    return out


def _word(w: str) -> str:
    """'DISPLACED_PERSON' -> 'person' (the head word, lower case)."""
    return w.strip().rstrip("_").split("_")[-1].lower()


def _code(text: str) -> str | None:
    """'057' -> '057'; '042:043' -> '042' (the source's); ':173' -> '173'; '---' or '' -> None."""
    parts = [p.strip() for p in text.split(":") if p.strip()]
    return parts[0] if parts and parts[0].isdigit() else None


def _pattern(text: str, sets: dict[str, list[str]]) -> str | None:
    """The part after the verb as eventwire pattern syntax ('+aid', '+police to'); None if it cannot be said."""
    before, star, after = text.partition("*")
    if not star or any(w not in MARKERS for w in before.split()):
        return None  # a constraint on the subject
    objects: list[str] = []
    prep = ""
    for chunk in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after):
        if chunk in MARKERS:
            continue
        if chunk.startswith("("):
            words = chunk.strip("()").split()
            if not prep and words and words[0] not in MARKERS:
                prep = words[0].lower()
            continue
        if objects:
            continue  # the first object is the verb's; later words modify it
        if chunk.startswith("{"):
            words = [w for w in chunk.strip("{}").split() if w not in MARKERS]
            objects = [_word(words[-1])] if words else []
        elif chunk.startswith("&"):
            objects = sorted(set(sets.get(chunk[1:].rstrip("_"), [])))
            if not objects:
                return None  # a set the file does not define
        else:
            objects = [_word(chunk)]
    if not objects and not prep:
        return ""
    return " ".join(filter(None, ["+" + "|".join(objects) if objects else "", prep]))


def _make(text: str, code: str, where: str) -> Pattern | None:
    try:
        return parse_pattern(text, code, where)
    except EventwireError:
        return None  # a code outside eventwire's CAMEO table
