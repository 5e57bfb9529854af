"""A learned event type for one-sentence items in which the lexicon finds no event ("The FBI has joined a criminal
investigation of the certification process for the jets"): a multinomial logistic model over the words around the
main verb predicts the PLOVER type; the verb's subject and object become the parties. Trained by
scripts/train_types.py on PLV_train's codebook sentences and shipped as plain weights in data/models/types.json.gz.

Why here and nowhere else: one-sentence items (headlines, codebook-style sentences) are what such a model was trained
on, and on PLV_train a third of the marked pairs sat in sentences the rules coded nothing in; articles keep the
rules' precision. A sentence the model was trained on is typed by the fold model that never saw it (the model
stores which sentences each fold held), so coding PLV_train reports a cross-validated figure, never a memorised one.
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from functools import cache
from importlib.resources import files

MODEL = "data/models/types.json.gz"
# the code a learned type is stored with: the CAMEO root whose PLOVER type it is (events/ontology.py)
TYPE_CODE = {"REQUEST": "020", "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060",
             "AID": "070", "YIELD": "080", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
             "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "180"}
CONTENT = {"NOUN", "VERB", "ADJ", "PROPN"}
OBJECTS = {"dobj", "attr", "dative", "oprd"}
CLAUSES = {"xcomp", "ccomp", "conj"}


def parties(sent):
    """(main verb, subject head, object heads) of a sentence, or None when it has no verb with a subject."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    agent = [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    passive = [c for c in root.children if c.dep_ == "nsubjpass"]
    subj = agent[0] if agent else next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    objs = list(passive) if agent else []

    def walk(v, depth: int) -> None:
        for c in v.children:
            if c.dep_ in OBJECTS:
                objs.append(c)
            elif c.dep_ == "prep" and c.lower_ != "by":
                objs.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in CLAUSES and depth < 2:
                walk(c, depth + 1)

    walk(root, 0)
    return root, subj, objs


def features(sent, verb, objs) -> dict[str, float]:
    """The verb and what hangs from it, then the sentence's content words: the same few hundred cues recur."""
    f: dict[str, float] = {"bias": 1.0, "v=" + verb.lemma_.lower(): 1.0}
    for c in verb.children:
        if c.dep_ == "prt":
            f[f"v={verb.lemma_.lower()}_{c.lower_}"] = 1.0
        elif c.dep_ == "prep":
            f[f"v={verb.lemma_.lower()}+{c.lower_}"] = 1.0
        elif c.dep_ in ("xcomp", "ccomp"):
            f["x=" + c.lemma_.lower()] = 1.0
        elif c.dep_ == "neg":
            f["neg"] = 1.0
    for o in objs[:3]:
        f["o=" + o.lemma_.lower()] = 1.0
    for t in sent:
        if t.pos_ in CONTENT and not t.is_stop and t.i != verb.i:
            f["w=" + t.lemma_.lower()] = 0.5
    return f


@cache
def model() -> dict:
    with gzip.open(files("eventwire").joinpath(MODEL).open("rb"), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def key(text: str) -> str:
    return format(zlib.crc32(" ".join(text.split()).encode("utf-8")), "08x")


def weights_for(text: str) -> dict:
    """The fold model that left this text out when it was a training sentence, else the model trained on all."""
    m = model()
    fold = m["fold_of"].get(key(text))
    return m["folds"][str(fold)] if fold is not None else m["weights"]


def predict(f: dict[str, float], weights: dict) -> tuple[str, float]:
    classes = model()["classes"]
    z = [0.0] * len(classes)
    for name, v in f.items():
        for k, w in (weights.get(name) or {}).items():
            z[int(k)] += w * v
    top = max(z)
    exp = [math.exp(x - top) for x in z]
    best = max(range(len(z)), key=z.__getitem__)
    return classes[best], exp[best] / sum(exp)


def learned_type(sent, text: str) -> tuple[str, float, tuple] | None:
    """(PLOVER type, probability, (verb, subject, objects)) when the model is sure enough, else None."""
    found = parties(sent)
    if found is None:
        return None
    verb, _, objs = found
    kind, p = predict(features(sent, verb, objs), weights_for(text))
    return (kind, p, found) if p >= model()["threshold"] else None
