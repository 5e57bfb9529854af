"""The pipeline's rule lemmatizer, asked once per distinct word: the same lemmas at a fraction of the cost.

spaCy's rule lemmatizer walks every token in Python and looks its cache up through Token objects (2-2.5% of
the parse). Its answer depends only on the word, its POS and its morphology (the key of its own cache), so here
each Doc's (ORTH, POS, MORPH, LEMMA) columns are read at once, each distinct key is asked of spaCy's lemmatizer
once (kept, at most MEMO keys), and the lemmas are written back in one array. Lemmas already set (by the
attribute ruler) stay, as spaCy's lemmatizer leaves them unless told to overwrite.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language

MEMO = 200_000  # (word, POS, morphology) keys remembered with their lemma, at most


class RuleLemmas:
    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = cols.tolist()
        overwrite = self.lemmatizer.overwrite
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.memo.get(key)
            if found is None:
                if len(self.memo) > MEMO:
                    self.memo.clear()
                found = self.memo[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            if found != lemma:
                cols[i, 3] = found
                changed = True
        if changed:
            doc.from_array([LEMMA], cols[:, 3:4])
        return doc


def replaceable(lemmatizer) -> bool:
    """spaCy's own rule lemmatizer (any language's subclass): its answers are a function of the memo's key."""
    from spacy.pipeline import Lemmatizer

    return isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule"


@Language.factory("eventwire_rule_lemmas")
def make_rule_lemmas(nlp, name: str):
    """Replaces the pipeline's lemmatizer (see `load`)."""
    return RuleLemmas(nlp.get_pipe("lemmatizer"))
