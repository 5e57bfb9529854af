"""Within-article resolution: people by full name, short name, misspelt repeat, pronoun and description.

Rules, not a model (nothing downloads): a name learnt from a title or appositive is kept for the article;
he/she go to the nearest earlier person of that gender; it/its to the nearest state or organisation;
they/them to the nearest plural group. When the nearest candidates disagree, nothing is resolved.
"""

from __future__ import annotations

from eventwire.actors import names as N
from eventwire.actors.lexicon import Lexicon
from eventwire.records import actor, doc_text, split_code

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
            "it": "n", "its": "n", "they": "p", "them": "p", "their": "p"}
WINDOW = 3  # sentences back


class Resolver:
    def __init__(self, lex: Lexicon, day: str | None, memory: dict | None = None) -> None:
        self.lex, self.day = lex, day
        self.people: dict[str, dict] = {}  # full name -> {"code", "gender", "titles"}
        self.memory = memory if memory is not None else {}  # cross-article: name -> code
        self.history: list[tuple[int, int, dict, str]] = []  # (sentence, token, actor, kind)
        self.antecedents: dict[int, dict] = {}  # pronoun/description token -> the mention it resolved to

    # ---- people ---------------------------------------------------------------------------------------
    def learn(self, name: str, code: str | None, titles: list[str]) -> None:
        p = self.people.setdefault(name, {"code": None, "gender": None, "titles": []})
        if code and (not p["code"] or len(code) > len(p["code"])):
            p["code"] = code
        p["titles"] = list(dict.fromkeys(p["titles"] + [t.lower() for t in titles]))
        g = N.gender(titles, name.split()[0] if " " in name else None)
        p["gender"] = p["gender"] or g

    def canonical(self, name: str) -> str | None:
        """A short or misspelt name -> the full name learnt earlier in the article."""
        if name in self.people:
            return name
        last = name.split()[-1]
        hits = [full for full in self.people if N.close(full.split()[-1], last)
                and (" " not in name or N.close(full.split()[0], name.split()[0]))]
        return hits[0] if len(hits) == 1 else None

    def person(self, a: dict, name: str, titles: list[str], tok, sent_i: int) -> dict:
        full = self.canonical(name)
        code = a["code"]
        if full is None:
            entry = self.lex.lookup(name.split(), self.day) if " " in name else None
            entry = entry or (self.lex.leader_by_surname(name, self.day) if " " not in name.strip() else None)
            remembered = self.memory.get(name) or next(
                (v for k, v in self.memory.items() if k.split()[-1] == name.split()[-1] and len(name.split()) == 1), None)
            if entry and entry.kind in ("leader", "user", "named"):
                full = entry.name if " " not in name else name
                code = code or entry.code
            elif remembered:
                full, code = remembered["name"], code or remembered["code"]
            else:
                full = name
        self.learn(full, code, titles)
        p = self.people[full]
        code = code if code and len(code) >= len(p["code"] or "") else p["code"]
        out = actor(doc_text(tok.doc), a["start"], a["end"], name=full, code=code)
        return out

    def seen(self, tok, acts: list[dict], sent_i: int) -> None:
        for a in acts:
            if a["name"] and a["name"] in self.people:
                self.history.append((sent_i, tok.i, a, "person"))
            else:
                plural = tok.tag_ in ("NNS", "NNPS") or (a.get("group") is not None)
                self.history.append((sent_i, tok.i, a, "plural" if plural else "thing"))

    # ---- pronouns and descriptions --------------------------------------------------------------------
    def pronoun(self, tok, sent_i: int, found) -> dict | None:
        kind = PRONOUNS.get(tok.lower_)
        if not kind:
            return None
        if kind in ("m", "f"):
            cands = [h for h in self._recent(sent_i) if h[3] == "person"]
            for _s, _i, a, _k in cands:
                g = self.people.get(a["name"], {}).get("gender")
                if g == kind:
                    return self._copy(tok, a)
                if g is None and len({c[2]["name"] for c in cands}) == 1:
                    return self._copy(tok, a)
            return None
        if kind == "n":
            if tok.lower_ == "it" and (tok.dep_ != "nsubj" or tok.head.lemma_ in ("be", "take", "seem", "appear")):
                return None  # expletive or object "it": too often wrong to resolve
            speaker = self._speaker_subject(tok, found)
            if speaker:
                return self._copy(tok, speaker)
            cands = [h for h in self._recent(sent_i) if h[3] == "thing" and h[2]["country"] and h[2]["code"]]
            return self._copy(tok, cands[0][2]) if cands else None
        speaker = self._speaker_subject(tok, found)
        if speaker:
            return self._copy(tok, speaker)
        return self._plural(tok, sent_i)

    def _plural(self, tok, sent_i: int) -> dict | None:
        """they/them/their: the nearest sentence's plural groups; when they disagree, a subject 'they' takes
        the subject among them, else nothing is resolved."""
        cands = [h for h in self._recent(sent_i) if h[3] == "plural"]
        if not cands:
            return None
        near = [h for h in cands if h[0] == cands[0][0]]
        if len({h[2]["code"] for h in near}) == 1:
            return self._copy(tok, near[0][2])
        subj = [h for h in near if tok.doc[h[1]].dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ in ("nsubj", "nsubjpass") and len({h[2]["code"] for h in subj}) == 1:
            return self._copy(tok, subj[0][2])
        return None

    def description(self, tok, sent_i: int, rng) -> dict | None:
        """'the ambassador', 'the minister', 'the US official', 'the group', 'the country'."""
        lemma = tok.lemma_.lower()
        if len([t for t in tok.doc[rng[0]:rng[1]] if t.pos_ in ("PROPN",)]) > 0:
            return None
        for _s, _i, a, kind in self._recent(sent_i):
            titles = self.people.get(a["name"], {}).get("titles", [])
            if kind == "person" and any(lemma in t.split() for t in titles):
                return self._copy(tok, a, rng)
            if kind == "person" and lemma == "official" and (a["sector"] == "GOV"):
                return self._copy(tok, a, rng)
            if lemma == "group" and a["group"]:
                return self._copy(tok, a, rng)
            if lemma == "country" and a["country"] and not a["sector"] and kind == "thing":
                return self._copy(tok, a, rng)
        return None

    def _recent(self, sent_i: int):
        return [h for h in reversed(self.history) if sent_i - h[0] <= WINDOW]

    @staticmethod
    def _speaker_subject(tok, found) -> dict | None:
        """'Islamabad denies it supports...': `it` in a reported clause is the reporter."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return None
        for c in verb.head.children:
            if c.dep_ == "nsubj" and c.i in found.heads and found.heads[c.i][0]["name"] is not None or (
                    c.dep_ == "nsubj" and c.i in found.heads):
                return found.heads[c.i][0]
        return None

    def _copy(self, tok, a: dict, rng=None) -> dict:
        self.antecedents[tok.i] = a
        doc = tok.doc
        if rng:
            start, end = doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
        else:
            start, end = tok.idx, tok.idx + len(tok.text)
        out = actor(doc_text(doc), start, end, name=a["name"], code=a["code"])
        out["country"], out["sector"], out["group"] = split_code(a["code"])
        return out
