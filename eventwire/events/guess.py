"""A learned guess where no dictionary pattern codes a pair: the PLOVER type of (subject, verb, argument).

Why: the rules code a pair only when a verb pattern of the dictionary matches it, and about a quarter of the
pairs PLOVER's codebook sentences mark were never coded ("approved the extradition of X", "returned skulls to
Peru"): no pattern, or a pattern whose argument was a thing where the codebook names a party or a place. A
multinomial logistic model over each candidate's verb, its path to the argument, the nouns on that path and
what the dictionary says the verb usually codes, fitted on PLV_train by scripts/train_guess.py, names the type
of such pairs when it is confident. Its events say so (`rule.trigger` starts with "learned"), and they are made
only in one-sentence items: an article's facts come from the rules and the confidence gate alone (an analyst
forgives a missed event, not a false one).

Honest figures: the model ships with one set of weights per fold of PLV_train (eval/plover.py `fold_of`); a
sentence the model was trained on is guessed with the weights of the fold that left it out, so neither
`eventwire eval` nor `eventwire code` on PLV_train can show a figure from rows the weights saw.
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from functools import cache
from importlib.resources import files

from eventwire.events.arguments import resolve
from eventwire.events.syntax import actorish, dep_path

MODEL = "data/models/guess.json.gz"
FOLDS = 5
# the CAMEO code a guessed PLOVER type is stored with: the type's generic root code (data/cameo/codes.tsv)
CODE_OF = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070", "YIELD": "080",
           "REQUEST": "020", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
           "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "190"}
# dependents that are no argument of the verb: its subject, function words, modifiers of manner and time
NOT_ARGUMENT = {"punct", "aux", "auxpass", "neg", "mark", "cc", "det", "nsubj", "nsubjpass", "csubj", "expl", "relcl",
                "advmod", "prt", "case"}
DEPTH = 4  # how far below the verb an argument may sit ("approved the extradition of a suspect": 3)


def subject(verb) -> tuple:
    """(who acts, whom a passive acts on): the verb's own subject, or that of the verb it depends on ("agreed to
    accept": Germany accepts); a passive's doer is its by-phrase."""
    t = verb
    for _ in range(DEPTH):
        s = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None and s.dep_ == "nsubjpass":
            agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            return agent, s
        if s is not None:
            return s, None
        if t.dep_ not in ("xcomp", "conj", "advcl") or t.head.i == t.i:
            break
        t = t.head
    return None, None


def arguments(verb, subj, undergoer) -> list:
    """Noun heads below the verb (not its subject, not inside a clause with a subject of its own)."""
    out = [undergoer] if undergoer is not None else []
    skip = NOT_ARGUMENT
    stack = [(c, 1) for c in verb.children if c.dep_ not in skip and c.i != subj.i]
    while stack:
        t, depth = stack.pop()
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ != "compound":
            out.append(t)
        if depth < DEPTH and not (t.pos_ in ("VERB", "AUX") and t.dep_ != "ccomp" and
                                  any(c.dep_ == "nsubj" for c in t.children)):
            stack.extend((c, depth + 1) for c in t.children if c.dep_ not in skip)
    return sorted({t.i: t for t in out if t.i != subj.i}.values(), key=lambda t: t.i)


def named(doc, tok, found) -> tuple[str, str, bool]:
    """(the text an argument becomes, how it was reached, whether it is coded): what the record would say."""
    got = resolve(doc, tok, found)
    if not got:
        return tok.text, "none", False
    a, way = got[0]
    return a.get("text") or tok.text, way, bool(a.get("code"))


def features(doc, found, subj, verb, arg, lexicon) -> dict[str, float]:
    """What the type of a pair depends on; plain strings, so the weights read as a table."""
    lemma, path = verb.lemma_.lower(), dep_path(verb, arg)
    f = {"v=" + lemma: 1.0, "path=" + path: 1.0, "v|path=" + lemma + "|" + path: 1.0, "t=" + arg.lemma_.lower(): 1.0,
         "tent=" + arg.ent_type_: 1.0, "sent=" + subj.ent_type_: 1.0, "vdep=" + verb.dep_: 1.0}
    for a in arg.ancestors:  # "the extradition of", "a suspension of aid in": the nouns and prepositions between
        if a.i == verb.i:
            break
        if a.pos_ == "NOUN":
            f["via=" + a.lemma_.lower()] = 1.0
        if a.dep_ == "prep":
            f["prep=" + a.lower_] = 1.0
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj"):
            f[c.dep_ + "=" + c.lemma_.lower()] = 1.0
        elif c.dep_ == "prt":
            f["v=" + lemma + "_" + c.lower_] = 1.0
        elif c.dep_ == "neg":
            f["neg"] = 1.0
    if verb.dep_ == "xcomp":
        f["gov=" + verb.head.lemma_.lower()] = 1.0
    for p in lexicon.verbs.get(lemma) or ():  # what the dictionary codes this verb as when a pattern matches
        f["lex=" + p.code[:2]] = 1.0
    f["t_actorish"] = float(actorish(arg, found))
    f["s_actorish"] = float(actorish(subj, found))
    _, way, is_coded = named(doc, arg, found)
    f["tway=" + way] = 1.0
    f["tcoded"] = float(is_coded)
    return f


def candidates(doc, found, sent, lexicon):
    """(subject, verb, argument, features) for every verb of the sentence with a subject."""
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        subj, undergoer = subject(verb)
        if subj is None:
            continue
        for arg in arguments(verb, subj, undergoer):
            yield subj, verb, arg, features(doc, found, subj, verb, arg, lexicon)


@cache
def model() -> dict | None:
    """The shipped weights, or None before scripts/train_guess.py has made them."""
    path = files("eventwire").joinpath(MODEL)
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as f:
        m = json.load(f)
    m["trained"] = set(m["trained"])
    return m


def weights_for(text: str) -> dict | None:
    """The full model, or for a sentence it was trained on, the weights of the fold that left that sentence out."""
    m = model()
    if m is None:
        return None
    h = zlib.crc32(text.encode("utf-8"))
    return m["folds"][str(h % FOLDS)] if h in m["trained"] else m["all"]


def predict(w: dict, f: dict[str, float]) -> tuple[str, float]:
    """(most likely type other than none, its probability)."""
    coef, classes = w["coef"], w["classes"]
    scores = list(w["intercept"])
    for name, x in f.items():
        row = coef.get(name)
        if row is not None:
            for k, c in enumerate(row):
                scores[k] += c * x
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    best = max((k for k in range(len(classes)) if classes[k] != "NONE"), key=lambda k: scores[k])
    return classes[best], exp[best] / total
