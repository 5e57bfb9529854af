"""Actor dictionaries as data: countries (pycountry + our extra names), named actors, leaders, sectors.

Every dictionary line reads `text  code  from  to  name` (tab-separated; `|` also accepted, as PETRARCH
users write it). `from`/`to` limit an entry to articles dated inside its term.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from eventwire import data
from eventwire.errors import EventwireError

TITLES_MALE = {"mr", "mr.", "sir", "lord", "king", "prince", "sheikh"}
TITLES_FEMALE = {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "queen", "princess"}


@dataclass(frozen=True)
class Entry:
    text: str
    code: str
    start: str = ""  # ISO date or ""
    end: str = ""
    name: str = ""
    kind: str = "named"  # country | adjective | seat | named | leader | user | sector (a PETRARCH agent noun)

    def valid(self, day: str | None) -> bool:
        if not day:
            return not self.end
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


def parse_dictionary_line(cols: tuple[str, ...], kind: str) -> Entry | None:
    if len(cols) == 1 and "|" in cols[0]:
        cols = tuple(c.strip() for c in cols[0].split("|"))
    if len(cols) < 2 or not cols[0] or not cols[1]:
        return None
    cols = tuple(cols) + ("",) * (5 - len(cols))
    return Entry(cols[0], cols[1].upper(), cols[2], cols[3], cols[4] or cols[0], kind)


def case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 3 or (bool(letters) and all(c.isupper() for c in letters))


def _capitals_agree(e: Entry, words: list[str]) -> bool:
    """A name written with capitals matches only capitalised words: "Congress" is not "labour congress", "The
    National" (a newspaper) not "national carrier". Compared word by word on the alias's own spelling, so that
    tokenisation ("People's" -> "People", "'s") does not matter."""
    if e.kind not in ("named", "user"):
        return True
    capital = [w for w in words if w[:1].isupper()]
    for alias in e.text.split():
        if alias[:1].isupper() and alias.lower() != "the":
            stem = alias.lower().split("'")[0].split("-")[0]  # "Inter-American": "Inter", "-", "American"
            if not any(w.lower().startswith(stem) for w in capital):
                return False
    return True


# surnames too many people in the news share for a bare one to name an office-holder ("Ali" is not Guyana's
# president); the full name still matches, and coreference links the short name within an article. A ruling
# house's name is every prince's ("Sabah" is also a Malaysian state, not Kuwait's emir)
SHARED_SURNAMES = {"ali", "sabah", "thani", "khalifa", "nahyan", "maktoum", "saud", "said", "qasimi", "nuaimi"}


class Lexicon:
    """Alias index keyed by lower-cased token tuples; longest match wins, dates pick among equals."""

    def __init__(self, entries: list[Entry], sectors: dict[str, str], tokenize) -> None:
        self.sectors = sectors
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        self.surnames: dict[str, list[Entry]] = {}
        self.max_len = 1
        lengths: dict[str, set[int]] = {}
        for e in entries:
            words = tokenize(e.text)
            if words and words[0].lower() == "the" and len(words) > 1:
                words = words[1:]
            key = tuple(w.lower() for w in words)
            self.index.setdefault(key, []).append(e)
            self.max_len = max(self.max_len, len(key))
            lengths.setdefault(key[0], set()).add(len(key))
            if e.kind == "leader" and len(words) > 1 and words[-1].lower() not in SHARED_SURNAMES:
                self.surnames.setdefault(words[-1].lower(), []).append(e)
        # first word -> alias lengths, longest first (skips most lookups)
        self.lengths: dict[str, list[int]] = {w: sorted(n, reverse=True) for w, n in lengths.items()}
        self.countries = {e.code: e.name for e in entries if e.kind == "country"}
        # alias text -> (without "the ", whether its case must match, without spaces), on its first lookup
        self.forms: dict[str, tuple[str, bool, str]] = {}

    def lookup(self, words: list[str], day: str | None) -> Entry | None:
        cands = self.index.get(tuple(map(str.lower, words)))
        if not cands:
            return None
        text = " ".join(words)
        ok = []
        for e in cands:
            if e.text not in self.forms:
                bare = e.text.removeprefix("the ")
                self.forms[e.text] = (bare, case_sensitive(bare), bare.replace(" ", ""))
            bare, sensitive, spaceless = self.forms[e.text]
            if (not sensitive or bare == text or spaceless == text.replace(" ", "")) and _capitals_agree(e, words):
                ok.append(e)
        if not ok:
            return None
        dated = [e for e in ok if e.valid(day)]
        pool = dated or ([] if day else ok)
        if not pool:
            return _nationality(ok)
        # user entries override built-ins; then the most specific term (the first such, as a stable sort gives)
        return min(pool, key=lambda e: (e.kind != "user", not (e.start or e.end)))

    def leader_by_surname(self, surname: str, day: str | None) -> Entry | None:
        pool = [e for e in self.surnames.get(surname.lower(), []) if e.valid(day)]
        return pool[0] if len({e.name for e in pool}) == 1 else None

    def sector(self, phrase: str) -> str | None:
        return self.sectors.get(phrase.lower())


def _nationality(entries: list[Entry]) -> Entry | None:
    """A person named out of every office the dictionaries date ("Emmerson Mnangagwa" in 2000) is still that
    state's: the country of the roles, without a role, when they all name one country."""
    states = {e.code[:3] for e in entries if e.kind == "leader"}
    if len(states) != 1 or len(entries) != sum(e.kind == "leader" for e in entries):
        return None
    state = states.pop()
    if state not in _countries():
        return None  # an organisation's officer (IGO, NGO) out of office belongs to no one in particular
    return replace(entries[0], code=state, start="", end="")


@cache
def _countries() -> frozenset[str]:
    return frozenset(e.code for e in builtin_entries() if e.kind == "country")


# names two states share; country_extra.tsv says which one the name alone means in wire copy ("Congo" is the
# Democratic Republic, as Reuters and AP write it; the other is "Republic of Congo" or "Congo-Brazzaville")
AMBIGUOUS = {"Congo"}


def builtin_entries() -> list[Entry]:
    import pycountry

    entries: list[Entry] = []
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        for n in names:
            if n and "," not in n and "(" not in n and n not in AMBIGUOUS:
                entries.append(Entry(n, c.alpha_3, name=getattr(c, "common_name", c.name), kind="country"))
    first_name: dict[str, str] = {}  # code -> the name of its first entry (a scan per row cost 0.08 s)
    for e in entries:
        first_name.setdefault(e.code, e.name)
    for row in data.rows("actors/country_extra.tsv"):
        iso3, names, adjs, seats = (tuple(row) + ("", "", ""))[:4]
        base = first_name.get(iso3, names.split("|")[0] or iso3)
        added = [Entry(n, iso3, name=base, kind="country") for n in names.split("|") if n]
        added += [Entry(a, iso3, name=base, kind="adjective") for a in adjs.split("|") if a]
        added += [Entry(s, iso3 + "GOV", name=f"{base} government", kind="seat") for s in seats.split("|") if s]
        for e in added:
            first_name.setdefault(e.code, e.name)
        entries += added
    for name, kind in (("actors/named.tsv", "named"), ("actors/parties.tsv", "named"), ("actors/leaders.tsv", "leader")):
        entries += [e for e in (parse_dictionary_line(r, kind) for r in data.rows(name)) if e]
    return entries


PHOENIX = {"groups": ("actors/phoenix_groups.tsv", "named"), "igos": ("actors/phoenix_igos.tsv", "named"),
           "people": ("actors/phoenix_people.tsv", "leader"), "agents": ("actors/phoenix_agents.tsv", "sector"),
           "verbs": ("lexicons/phoenix_verbs.tsv", "")}
# measured not to hurt (docs/ontologies.md); the verbs cost precision, and the people (roles ending by 2019) cost
# 0.3 s of start-up for nothing in today's news: both are there for EVENTWIRE_PHOENIX=all
PHOENIX_DEFAULT = "groups,igos,agents"


def phoenix_layers() -> set[str]:
    """Which layers of PETRARCH/Phoenix facts to load under ours: EVENTWIRE_PHOENIX=off|all|groups,igos,..."""
    value = os.environ.get("EVENTWIRE_PHOENIX", PHOENIX_DEFAULT).strip().lower()
    layers = set(PHOENIX) if value == "all" else {v.strip() for v in value.split(",") if v.strip() in PHOENIX}
    return layers


def phoenix_entries() -> list[Entry]:
    """Imported named actors and people (scripts/petrarch_import.py), each row an Entry of its layer's kind."""
    out: list[Entry] = []
    for layer in sorted(phoenix_layers() & {"groups", "igos", "people"}):
        name, kind = PHOENIX[layer]
        out += [Entry(*(r + ("",) * 4)[:5], kind) for r in data.rows(name)]  # generated: five clean columns
    return out


def user_entries(paths: tuple[str, ...]) -> list[Entry]:
    from eventwire.actors import petrarch

    out = []
    for p in paths:
        if petrarch.is_petrarch(Path(p)):  # PETRARCH actor/agent dictionaries as well as our TSV
            out += petrarch.read_entries(Path(p))
            continue
        try:
            rows = data.read_tsv(Path(p))
        except (OSError, UnicodeDecodeError) as exc:
            raise EventwireError(f"{p}: cannot read actor dictionary ({exc})") from None
        for n, row in enumerate(rows, 1):
            e = parse_dictionary_line(row, "user")
            if e is None:
                raise EventwireError(f"{p}: line {n}: expected 'name<TAB>code[<TAB>from<TAB>to]'")
            out.append(e)
    return out


PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # letters and single spaces: no affix or infix to split


def alias_tokenizer(tokenizer, imported: dict[str, list[str]]):
    """Each alias's tokens, computed once: imported aliases are written as tokens; plain words split as the
    tokenizer would split them unless one is a special case ("cannot", "gonna"); the rest (a third of the
    tokenizer's cost at start-up) go through the tokenizer."""
    special = {text for text in tokenizer.rules if text.isalpha()}

    @cache
    def tokenize(text: str) -> list[str]:
        if text in imported:
            return imported[text]
        if PLAIN.fullmatch(text) and special.isdisjoint(words := text.split()):
            return words
        return [t.text for t in tokenizer(text)]

    return tokenize


def get_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon for these user files, built once per process: get_lexicon() and get_lexicon(()) share it."""
    return _build_lexicon(tuple(user_files))


@cache
def _build_lexicon(user_files: tuple[str, ...]) -> Lexicon:
    from eventwire.nlp.load import english_tokenizer

    tokenizer = english_tokenizer()
    sectors = {r[0].lower(): r[1] for r in data.rows("actors/sectors.tsv")}
    if "agents" in phoenix_layers():  # a lower layer: our own nouns win
        sectors = {r[0]: r[1] for r in data.rows(PHOENIX["agents"][0])} | sectors
    user = user_entries(user_files)
    sectors.update({e.text.lower(): e.code for e in user if e.kind == "sector"})  # PETRARCH agents
    ours = builtin_entries()
    phoenix = phoenix_entries()
    imported = {e.text: e.text.split() for e in phoenix}  # written as tokens: split, not tokenized
    tokenize = alias_tokenizer(tokenizer, imported)
    def key(words: list[str]) -> tuple[str, ...]:
        words = [w.lower() for w in words]
        return tuple(words[1:] if len(words) > 1 and words[0] == "the" else words)

    taken = {key(tokenize(e.text)) for e in ours}  # imported entries never compete with an alias of ours
    return Lexicon(ours + [e for e in phoenix if key(imported[e.text]) not in taken]
                   + [e for e in user if e.kind != "sector"], sectors, tokenize)
