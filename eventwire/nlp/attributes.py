"""The pipeline's attribute ruler, applied by dictionary look-ups instead of spaCy's Matcher: the same tokens get
the same POS, TAG, MORPH, LEMMA and DEP, at a fifth of the cost.

spaCy's `attribute_ruler` (the tag map and its exceptions, 179 rules in the English 3.8 pipelines) runs its
Matcher over every rule at every token: 16 µs per token, about a tenth of the whole parse. Every rule there
is a fixed run of tokens compared on TAG, LOWER, DEP or IS_SPACE, so the rules that can match at a token are
found by looking up its values; later rules win per attribute, as in `AttributeRuler.set_annotations`. A
pipeline with any other kind of rule (operators, sets, regular expressions) keeps spaCy's ruler:
`compile_rules` returns None for it.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language

KEYS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}  # what a rule may compare
COLUMN = {TAG: 0, LOWER: 1, DEP: 2, IS_SPACE: 3}  # their columns in `to_array`
SETS = (POS, TAG, LEMMA, MORPH, DEP)  # what a rule may set
MEMO = 200_000  # token values remembered with the rules they start, at most (memory stays flat)
Hit = tuple  # (rule number, the specs still to check, which token of the run it sets, the run's length)


class Rules:
    """The ruler's rules as look-up tables: for each combination of compared attributes, the token values that
    match -> (rule number, the specs still to check, which token of the run it sets, the run's length). Rules with a
    regular expression are tried at every token."""

    def __init__(self, strings) -> None:
        self.strings = strings
        self.by_keys: dict[tuple[int, ...], dict[tuple[int, ...], list[Hit]]] = {}
        self.tried: list[Hit] = []  # first token with a regular expression or only exclusions: tried everywhere
        self.sets: list[dict[int, int]] = []  # rule number -> {attribute: value}
        self.first: dict[tuple[int, ...], tuple[Hit, ...]] = {}  # a token's values -> rules its token can start
        self.final: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}  # rule numbers -> what they set

    def starting(self, row: tuple[int, ...]) -> tuple[Hit, ...]:
        """The rules whose first token matches a token with these values (kept: tokens repeat)."""
        hits = self.first.get(row)
        if hits is None:
            if len(self.first) > MEMO:
                self.first.clear()
            found = [h for cols, table in self.by_keys.items() for h in table.get(tuple(row[c] for c in cols), ())]
            found += [h for h in self.tried if h[1][0].holds(row, self.strings)]
            hits = self.first[row] = tuple(found)
        return hits

    def settings(self, numbers: list[int]) -> tuple[tuple[int, int], ...]:
        """(attribute, value) pairs the rules numbered `numbers` set together: later rules win per attribute."""
        key = tuple(sorted(numbers))
        done = self.final.get(key)
        if done is None:
            final: dict[int, int] = {}
            for number in key:
                final.update(self.sets[number])
            done = self.final[key] = tuple(final.items())
        return done

    def hits(self, values: list[tuple[int, ...]]) -> dict[int, list[int]]:
        """token index -> the numbers of the rules that set it, for a Doc's (TAG, LOWER, DEP, IS_SPACE) rows."""
        out: dict[int, list[int]] = defaultdict(list)
        n = len(values)
        for i, row in enumerate(values):
            for rule, check, index, size in self.starting(row):
                if not check or self._run(values, i + size - len(check), n, check):
                    out[i + index if index >= 0 else i + size + index].append(rule)
        return out

    def _run(self, values: list[list[int]], i: int, n: int, specs: list[Spec]) -> bool:
        return i + len(specs) <= n and all(spec.holds(values[i + k], self.strings) for k, spec in enumerate(specs))


class Spec:
    """One token of a rule's pattern: attribute column -> the values it accepts, or a regular expression."""

    def __init__(self, accepts: dict[int, frozenset[int]], rejects: dict[int, frozenset[int]],
                 regex: dict[int, re.Pattern]) -> None:
        self.accepts, self.rejects, self.regex = accepts, rejects, regex

    def holds(self, row: list[int], strings) -> bool:
        return all(row[c] in ok for c, ok in self.accepts.items()) and all(
            row[c] not in no for c, no in self.rejects.items()) and all(
            r.search(strings[row[c]]) for c, r in self.regex.items())

    def keys(self) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        """(columns, values) for each combination of accepted values, when there is no regular expression."""
        cols = tuple(sorted(self.accepts))
        return [(cols, want) for want in itertools.product(*(sorted(self.accepts[c]) for c in cols))]


def _spec(spec: dict, strings) -> Spec | None:
    accepts: dict[int, frozenset[int]] = {}
    rejects: dict[int, frozenset[int]] = {}
    regex: dict[int, re.Pattern] = {}
    for k, v in spec.items():
        if k not in KEYS:
            return None
        col = COLUMN[KEYS[k]]
        if k == "IS_SPACE":
            if not isinstance(v, bool):
                return None
            accepts[col] = frozenset([int(v)])
        elif isinstance(v, str):
            accepts[col] = frozenset([strings.add(v)])
        elif isinstance(v, dict) and list(v) == ["IN"] and all(isinstance(x, str) for x in v["IN"]):
            accepts[col] = frozenset(strings.add(x) for x in v["IN"])
        elif isinstance(v, dict) and list(v) == ["NOT_IN"] and all(isinstance(x, str) for x in v["NOT_IN"]):
            rejects[col] = frozenset(strings.add(x) for x in v["NOT_IN"])
        elif isinstance(v, dict) and list(v) == ["REGEX"] and isinstance(v["REGEX"], str):
            regex[col] = re.compile(v["REGEX"])
        else:
            return None
    return Spec(accepts, rejects, regex) if spec else None


def compile_rules(ruler) -> Rules | None:
    """Look-up tables equivalent to `ruler` (a spaCy AttributeRuler), or None when a rule needs the Matcher."""
    strings = ruler.vocab.strings
    rules = Rules(strings)
    for number in range(len(ruler.attrs)):
        attrs = dict(ruler.attrs[number])
        index = ruler.indices[number]
        if any(a not in SETS for a in attrs):
            return None
        rules.sets.append(attrs)
        _on_match, patterns = ruler.matcher.get(str(number))
        for pattern in patterns:
            specs = [_spec(spec, strings) for spec in pattern]
            if not specs or None in specs or not -len(specs) <= index < len(specs):
                return None  # an operator or another predicate (or a bad index, which spaCy's ruler reports)
            if specs[0].regex or not specs[0].accepts:
                rules.tried.append((number, specs, index, len(specs)))
                continue
            # the first token's other conditions, if any, are checked with the later tokens'
            check = specs if specs[0].rejects else specs[1:]
            for cols, want in specs[0].keys():
                rules.by_keys.setdefault(cols, {}).setdefault(want, []).append((number, check, index, len(specs)))
    return rules


class FastAttributes:
    """The component: reads each Doc's compared attributes once, then sets what the matching rules say."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def __call__(self, doc):
        if not len(doc):
            return doc
        values = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        for i, numbers in self.rules.hits(values).items():
            tok = doc[i]
            for attr, value in self.rules.settings(numbers):
                if attr == POS:
                    tok.pos = value
                elif attr == TAG:
                    tok.tag = value
                elif attr == LEMMA:
                    tok.lemma = value
                elif attr == DEP:
                    tok.dep = value
                else:
                    tok.set_morph(value)
        return doc


@Language.factory("eventwire_attributes")
def make_attributes(nlp, name: str):
    """Replaces the pipeline's attribute_ruler (see `load`): built from its rules."""
    rules = compile_rules(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        raise ValueError("eventwire_attributes: the attribute_ruler has rules only spaCy's Matcher can apply")
    return FastAttributes(rules)
