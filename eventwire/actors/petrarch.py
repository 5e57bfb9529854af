"""PETRARCH/TABARI actor and agent dictionaries (`--actors FILE`) read into eventwire's lexicon entries.

The format (PETRARCH's read_actor_dictionary; files like Phoenix.Countries.actors.txt): a name line
`NAME_ [CODE]` or `NAME_` followed by tab-indented `[CODE DATES]` lines, `+SYNONYM_` lines, `#` comments.
Words are joined by `_`; dates are `YYMMDD-YYMMDD`, `>YYMMDD` (from) or `<YYMMDD` (until), two-digit years
00-30 meaning 20YY as in PETRARCH. A name block with no code of its own (`U.N._` after `UN_ [IGOUNO]`) shares the
codes of the block before it. Agent files (`DIPLOMAT [~GOV]`, `!PERSON!` sets, `{PLURAL}` forms) become sector
nouns. Files that are not UTF-8 are read as Latin-1, as the published dictionaries need.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from eventwire.actors.lexicon import Entry
from eventwire.errors import EventwireError

CODE = re.compile(r"\[\s*(~?[A-Z0-9]{3,})\s*([<>]?\s*[0-9]{6,8})?(?:\s*-\s*([0-9]{6,8}))?\s*\]")
SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def is_petrarch(path: Path) -> bool:
    """A dictionary in PETRARCH's format: bracketed codes (`[USAGOV]`) on its first entry lines."""
    seen = 0
    for line in read_text(path).splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if CODE.search(line):
            return True
        seen += 1
        if seen > 50:
            break
    return False


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EventwireError(f"{path}: cannot read dictionary ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def iso(d: str) -> str:
    """'011222' -> '2001-12-22' (00-30 are 20YY); '19270101' -> '1927-01-01'; ValueError for anything else."""
    d = d.strip()
    if len(d) == 6:
        d = ("20" if int(d[:2]) <= 30 else "19") + d
    if len(d) != 8:
        raise ValueError(d)
    return date(int(d[:4]), int(d[4:6]), int(d[6:])).isoformat()


def phrase(words: str) -> str:
    """'MOHAMMAD_ZAHIR_SHAH_' -> 'Mohammad Zahir Shah'; short names stay upper case ('UN'), matched exactly."""
    text = " ".join(words.replace("_", " ").split())
    return text if len(text) <= 3 else text.title()


def read_entries(path: Path) -> list[Entry]:
    """Entries of one PETRARCH actor or agent file; agents come back with kind 'sector' and a sector code."""
    subst: dict[str, list[str]] = {}
    blocks: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    bad: list[int] = []  # lines whose dates are no dates (the published files have a few): skipped, reported
    bracketed = [False]  # the block wrote a code, even one skipped

    def flush() -> None:
        if names and (codes or blocks and not bracketed[0]):  # no code of its own: the codes of the block before
            blocks.append((list(names), list(codes) or blocks[-1][1]))
        names.clear()
        codes.clear()
        bracketed[0] = False

    for n, raw in enumerate(read_text(path).splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            flush()
            continue
        if m := SUBST.match(line.strip()):
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        text = CODE.sub(" ", line).strip()
        if text and codes and not line[0].isspace() and not text.startswith("+"):
            flush()  # a new name after the codes of the one before
        if text:
            names.extend(_forms(text.lstrip("+"), subst))
        for m in CODE.finditer(line):
            bracketed[0] = True
            try:
                codes.append(_code(m))
            except ValueError:
                bad.append(n)
    flush()
    if bad:
        print(f"eventwire: {path}: skipped {len(bad)} codes with bad dates (line {bad[0]} first)", file=sys.stderr)
    out = []
    for block_names, block_codes in blocks:
        for code, start, end in block_codes:
            kind = "sector" if code.startswith("~") else "user"
            out += [Entry(phrase(name), code.lstrip("~"), start, end, phrase(block_names[0]), kind)
                    for name in block_names]
    if not out:
        raise EventwireError(f"{path}: no PETRARCH entries found (expected lines like 'NAME_ [CODE]')")
    return out


def _code(m: re.Match) -> tuple[str, str, str]:
    code, first, until = m.group(1), (m.group(2) or "").replace(" ", ""), m.group(3) or ""
    if first.startswith(">"):
        return code, iso(first[1:]), ""
    if first.startswith("<"):
        return code, "", iso(first[1:])
    return code, iso(first) if first else "", iso(until) if until else ""


def _forms(text: str, subst: dict[str, list[str]]) -> list[str]:
    """A name and its listed forms ('CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}'), with !SET! words expanded."""
    base, _, rest = text.partition("{")
    forms = [base.strip()] + rest.rstrip("} ").split()
    out = []
    for f in forms:
        m = re.search(r"!(\w+)!", f)
        out += [f[:m.start()] + w + f[m.end():] for w in subst.get(m.group(1), [])] if m else [f]
    return [f for f in out if f.strip("_ ")]
