"""Verb and noun patterns as data (data/lexicons/verbs.tsv, nouns.tsv), overridable with --verbs FILE."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eventwire import data
from eventwire.errors import EventwireError
from eventwire.events.ontology import codes

NO_EVENT = "---"  # a pattern that says a sense is no event (PETRARCH writes [---])


ANY_OBJECT = frozenset({"*"})  # "+*": any direct object ("returned the bodies"), less specific than a named one


@dataclass(frozen=True)
class Pattern:
    lemma: str
    code: str
    objects: frozenset[str] = frozenset()  # required direct-object lemmas
    particles: tuple[str, ...] = ()  # required particle/preposition children
    target_preps: tuple[str, ...] = ()  # preferred target prepositions
    clausal: bool = False  # needs an xcomp/ccomp
    predicate: bool = False  # needs an object predicate: "called the deal historic" names, it is no call
    needs_act: bool = False  # its complement must itself be a coded act: "vowed to hunt down" is no intent to help
    complements: frozenset[str] = frozenset()  # its complement's verb: "asked not to be named" is no appeal
    source: str = ""
    weight: int = field(default=0, compare=False)

    def rule(self) -> str:
        """Where the pattern stands and what it says: 'verbs.tsv:57 accuse +of'."""
        words = [self.lemma] + ["+" + "|".join(sorted(self.objects))] * bool(self.objects) + list(self.particles)
        words += ["@" + "|".join(self.target_preps)] * bool(self.target_preps)
        words += [">" + "|".join(sorted(self.complements))] * (self.clausal or bool(self.complements))
        words += ["="] * self.predicate + ["?"] * self.needs_act
        return f"{self.source} '{' '.join(words)}'"

    def specificity(self) -> int:
        return (1 if self.objects == ANY_OBJECT else 3) * bool(self.objects) + 3 * len(self.particles) + \
            2 * (self.clausal or self.needs_act) + \
            3 * self.predicate + 3 * bool(self.complements) + bool(self.target_preps)


def parse_pattern(text: str, code: str, where: str) -> Pattern:
    words = text.split()
    if not words or code != NO_EVENT and code not in codes() and code[:3] not in codes():
        raise EventwireError(f"{where}: bad pattern '{text}' -> '{code}' (unknown CAMEO code?)")
    lemma, objects, particles, preps, clausal, complements = words[0].lower(), set(), [], [], False, set()
    predicate = needs_act = False
    for w in words[1:]:
        if w == "=":
            predicate = True
        elif w == "?":
            needs_act = True
        elif w.startswith("+"):
            objects |= set(w[1:].lower().split("|"))
        elif w.startswith("@"):
            preps += w[1:].lower().split("|")
        elif w.startswith(">"):
            clausal = True
            complements |= set(w[1:].lower().split("|")) - {""}
        else:
            particles.append(w.lower())
    return Pattern(lemma, code, frozenset(objects), tuple(particles), tuple(preps), clausal, predicate, needs_act,
                   frozenset(complements), where)


def _load(rows, where: str) -> list[Pattern]:
    out = []
    for n, row in rows:
        if len(row) < 2:
            raise EventwireError(f"{where}: line {n}: expected 'pattern<TAB>code'")
        out.append(parse_pattern(row[0], row[1], f"{where}:{n}"))
    return out


@dataclass
class EventLexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, tuple[str, str]]  # noun, "modifier noun" or "noun @prep" -> (code, role of an "of" complement)
    noun_sources: dict[str, str] = field(default_factory=dict)  # noun entry -> "nouns.tsv:LINE"
    noun_heads: set[str] = field(init=False)  # last words of noun entries: which tokens may start a nominal event

    def __post_init__(self) -> None:
        self.noun_heads = {k.split()[0] if k.split()[-1].startswith("@") else k.split()[-1] for k in self.nouns}


def _phoenix(ours: list[Pattern]) -> list[Pattern]:
    """Imported PETRARCH verb patterns (scripts/petrarch_import.py) under ours: a verb we list keeps our senses
    (its imported patterns are dropped), so the import only adds verbs we lack."""
    from eventwire.actors.lexicon import PHOENIX, phoenix_layers

    if "verbs" not in phoenix_layers():
        return []
    name = PHOENIX["verbs"][0]
    known = {p.lemma for p in ours}
    rows = [(n, r) for n, r in data.numbered_tsv(data.path(name)) if r[0].split()[0] not in known]
    return _load(rows, name.split("/")[-1])


@cache
def get_event_lexicon(user_files: tuple[str, ...] = ()) -> EventLexicon:
    patterns = _load(data.numbered_tsv(data.path("lexicons/verbs.tsv")), "verbs.tsv")
    patterns += _phoenix(patterns)
    from eventwire.events import petrarch

    for p in user_files:
        if petrarch.is_petrarch(Path(p)):  # PETRARCH verb dictionaries as well as our TSV
            user = petrarch.read_patterns(Path(p))
        else:
            try:
                rows = data.numbered_tsv(Path(p))
            except (OSError, UnicodeDecodeError) as exc:
                raise EventwireError(f"{p}: cannot read verb patterns ({exc})") from None
            user = _load(rows, p)
        replaced = {(u.lemma, u.objects, u.particles) for u in user}
        patterns = [q for q in patterns if (q.lemma, q.objects, q.particles) not in replaced] + user
    verbs: dict[str, list[Pattern]] = {}
    for p in patterns:
        verbs.setdefault(p.lemma, []).append(p)
    noun_rows = data.numbered_tsv(data.path("lexicons/nouns.tsv"))
    nouns = {r[0].lower(): (r[1], r[2] if len(r) > 2 else "source") for _, r in noun_rows}
    bad = [n for n, (code, role) in nouns.items() if code not in codes() or role not in ("source", "target")]
    if bad:
        raise EventwireError(f"nouns.tsv: unknown CAMEO code or role for {', '.join(bad)}")
    return EventLexicon(verbs, nouns, {r[0].lower(): f"nouns.tsv:{n}" for n, r in noun_rows})
