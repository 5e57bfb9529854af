"""A Doc's token attributes as plain lists, read once per Doc with one `Doc.to_array` call.

The coders scan every token several times (actors, events, quotes, dates); spaCy builds a new `Token` for every
`doc[i]`, iteration step, `.head` and child, and converts each attribute to a string on every access. A scan
that first tests these lists builds a Token only for the few tokens that can matter. Values equal the Token
attributes of the same names (`lemma` is `lemma_.lower()`); `tests/test_columns.py`
checks them on the loaded model.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH, POS

from eventwire.records import once

ATTRS = [POS, DEP, ORTH, LOWER, LEMMA, ENT_TYPE, ENT_IOB, IS_PUNCT, IS_ALPHA]  # what the coders' scans test
IOB = ("", "I", "O", "B")  # Token.ent_iob_ by ENT_IOB value
_STRINGS: dict[int, str] = {}  # hash -> string: a hash names one string in every StringStore (MurmurHash)
_LOWERED: dict[int, str] = {}  # lemma hash -> the lemma lower-cased
KEPT = 500_000  # strings kept at most, so that a long stream's memory stays flat


@dataclass(frozen=True)
class Columns:
    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]
    dep: list[str]
    ent_type: list[str]
    ent_iob: list[str]
    punct: list[bool]
    alpha: list[bool]


def columns(doc) -> Columns:
    """The Doc's columns, built on first use and kept with it."""
    return once(doc, "columns", _read)


def _read(doc) -> Columns:
    cols = doc.to_array(ATTRS).reshape(len(doc), len(ATTRS)).T.tolist()
    strings = doc.vocab.strings
    if len(_STRINGS) > KEPT or len(_LOWERED) > KEPT:
        _STRINGS.clear()
        _LOWERED.clear()

    def names(hashes) -> list[str]:
        out = []
        for h in hashes:
            s = _STRINGS.get(h)
            if s is None:
                s = _STRINGS[h] = strings[h]
            out.append(s)
        return out

    def lowered(hashes) -> list[str]:
        out = []
        for h in hashes:
            s = _LOWERED.get(h)
            if s is None:
                s = _LOWERED[h] = strings[h].lower()
            out.append(s)
        return out

    pos, dep, orth, lower, lemma, ent_type, iob, punct, alpha = cols
    return Columns(
        text=names(orth), lower=names(lower), lemma=lowered(lemma), pos=names(pos), dep=names(dep),
        ent_type=names(ent_type), ent_iob=[IOB[v] for v in iob], punct=[bool(v) for v in punct], alpha=[bool(v) for v in alpha],
    )
