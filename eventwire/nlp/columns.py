"""A Doc's token attributes as plain lists, read once per Doc with one `Doc.to_array` call.

The coders scan every token several times (actors, events, quotes, dates); spaCy builds a new `Token` for every
`doc[i]`, iteration step, `.head` and child, and converts each attribute to a string on every access. A scan
that first tests these lists builds a Token only for the few tokens that can matter. Values equal the Token
attributes of the same names (`lemma` is `lemma_.lower()`); `tests/test_columns.py`
checks them on the loaded model. The tree is read with them as indices (`head`, `kids`, `sent_start`,
`sent_end`): a rule that walks it by index builds no Token, and gets the same tokens in the same order.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SENT_START, TAG

from eventwire.records import once

ATTRS = [POS, DEP, ORTH, LOWER, LEMMA, ENT_TYPE, ENT_IOB, IS_PUNCT, IS_ALPHA, TAG]  # what the coders' scans test
TREE = [HEAD, SENT_START]  # signed: the head's offset, and 1 where a sentence starts
IOB = ("", "I", "O", "B")  # Token.ent_iob_ by ENT_IOB value
KEPT = 500_000  # strings kept at most, so that a long stream's memory stays flat


_STRINGS: dict[int, str] = {}  # hash -> string: a hash names one string in every StringStore (MurmurHash)
_LOWERED: dict[int, str] = {}  # lemma hash -> the lemma lower-cased


class Columns(NamedTuple):  # a tuple: built at once, read-only, fields read fast
    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]
    dep: list[str]
    ent_type: list[str]
    ent_iob: list[str]
    punct: list[bool]
    alpha: list[bool]
    tag: list[str]
    head: list[int]  # Token.head.i (a root is its own head)
    kids: list[list[int]]  # Token.children's indices, in their order (left to right)
    sent_start: list[int]  # Token.sent.start
    sent_end: list[int]  # Token.sent.end


def columns(doc) -> Columns:
    """The Doc's columns, built on first use and kept with it (asked ~70 times per sentence: one lookup)."""
    cols = doc.user_data.get("eventwire_columns")
    return cols if cols is not None else once(doc, "columns", _read)


def _read(doc) -> Columns:
    n = len(doc)
    array = doc.to_array(ATTRS + TREE).reshape(n, len(ATTRS) + len(TREE))
    cols = array[:, : len(ATTRS)].T.tolist()
    offsets, starts = array[:, len(ATTRS) :].astype("int64").T.tolist()
    if len(_STRINGS) > KEPT or len(_LOWERED) > KEPT:
        _STRINGS.clear()
        _LOWERED.clear()
    strings = doc.vocab.strings
    pos, dep, orth, lower, lemma, ent_type, iob, punct, alpha, tag = cols
    head = [i + off for i, off in enumerate(offsets)]
    kids: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(head):
        if h != i:
            kids[h].append(i)
    sent_start: list[int] = []
    sent_end: list[int] = []
    cuts = [0, *(i for i, v in enumerate(starts) if v == 1 and i), n]  # as Doc.sents splits: where SENT_START is 1
    for lo, hi in pairwise(cuts):
        sent_start += [lo] * (hi - lo)
        sent_end += [hi] * (hi - lo)
    return Columns(
        text=_names(orth, strings), lower=_names(lower, strings), lemma=_names(lemma, strings, lowered=True),
        pos=_names(pos, strings), dep=_names(dep, strings), ent_type=_names(ent_type, strings),
        ent_iob=list(map(IOB.__getitem__, iob)), punct=list(map(bool, punct)), alpha=list(map(bool, alpha)),
        tag=_names(tag, strings), head=head, kids=kids, sent_start=sent_start, sent_end=sent_end,
    )


def _names(hashes: list[int], strings, lowered: bool = False) -> list[str]:
    """The strings of a column's hashes: one `map` over the table once it knows them all (nearly always)."""
    table = _LOWERED if lowered else _STRINGS
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:  # a word not seen before: read it from the Doc's StringStore
        out = []
        for h in hashes:
            s = table.get(h)
            if s is None:
                s = strings[h]
                s = table[h] = s.lower() if lowered else s
            out.append(s)
        return out


def subtree_indices(tok) -> list[int]:
    """The indices of `tok.subtree`, in its order (each left child's subtree, the token, each right child's),
    walked on the columns' tree: no Token built."""
    kids = columns(tok.doc).kids
    out: list[int] = []

    def walk(k: int) -> None:
        for c in kids[k]:
            if c < k:
                walk(c)
        out.append(k)
        for c in kids[k]:
            if c > k:
                walk(c)

    walk(tok.i)
    return out
