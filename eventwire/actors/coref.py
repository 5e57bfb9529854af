"""Within-article resolution: people by full name, short name, misspelt repeat, pronoun and description.

Rules, not a model (nothing downloads): a name learnt from a title or appositive is kept for the article.
A pronoun takes the nearest compatible antecedent as an analyst reads it: the reporter of the clause it is
the subject of ("X said he"), else the nearer sentence, a subject before a name inside a phrase, and inside a
quote never the quote's own speaker. he/she need a person of that gender (or unknown), it/its a state or
organisation, they/them a plural group of people; 'the country' is the story's subject. When the best two
candidates rank the same and disagree, nothing is resolved.
"""

from __future__ import annotations

from bisect import bisect_right

from eventwire.actors import names as N
from eventwire.actors.lexicon import Lexicon
from eventwire.nlp.columns import subtree_indices
from eventwire.quotes.extract import quote_spans, reporting_verbs
from eventwire.records import actor, doc_sents, doc_text, once, split_code

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
            "it": "n", "its": "n", "they": "p", "them": "p", "their": "p"}
OBJECTS = {"him", "her", "them"}  # never the subject of their own verb ('it' as an object is not resolved)
WINDOW = 3  # sentences back
# bodies "the court", "the ministry" names again after one country's was named ("A Paris court ... the court");
# not "the government", "the army" or "the police": a sentence's own actors have theirs ("Honduran opposition
# lawmakers accused the government" after Nicaragua's was named)
INSTITUTIONS = {"court", "tribunal", "ministry", "council", "commission", "mission", "embassy", "agency"}
# plural nouns for people: when the nearest plural is one no actor codes ('told supporters ... them'), no one
PEOPLE = frozenset(
    "people men women children families villagers residents civilians voters supporters members followers "
    "students workers protesters demonstrators refugees migrants detainees prisoners hostages captives relatives "
    "citizens farmers journalists reporters delegates negotiators mediators observers analysts critics opponents "
    "allies partners parents victims survivors passengers patients employees locals youths crowds mourners "
    "worshippers pilgrims activists campaigners fans colleagues friends neighbours neighbors sons daughters "
    "brothers sisters wives husbands fathers mothers persons individuals sailors tourists nationals foreigners "
    "inhabitants".split())


class Resolver:
    def __init__(self, lex: Lexicon, day: str | None) -> None:
        self.lex, self.day = lex, day
        self.people: dict[str, dict] = {}  # full name -> {"code", "gender", "titles"}
        self.history: list[tuple[int, int, dict, str]] = []  # (sentence, token, actor, kind)
        self.antecedents: dict[int, dict] = {}  # pronoun/description token -> the mention it resolved to
        self.counts: dict[str, int] = {}  # country -> mentions so far: the story's subject
        self.namesakes: set[str] = set()  # people named as a table's leader is, but of another state or office
        self._not_people: dict[str, bool] = {}  # name -> a dictionary state or group, whatever the tagger says

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
        if not hits and " " not in name:  # family name first: "Wang" after "Wang Yi", "Lee" after "Lee Jae-myung"
            hits = [full for full in self.people if " " in full and full.split()[0] == name]
        return hits[0] if len(hits) == 1 else None

    def person(self, a: dict, name: str, titles: list[str], tok, sent_i: int) -> dict:
        full = self.canonical(name)
        code = a["code"]
        if full in self.namesakes and not titles and " " not in doc_text(tok.doc)[a["start"]:a["end"]].strip():
            code = self.people[full]["code"]  # "Sanchez" after "Defence Minister Pedro Sanchez": not Spain's PM
        if full is None:
            entry = self.lex.lookup(name.split(), self.day) if " " in name else None
            entry = entry or (self.lex.leader_by_surname(name, self.day) if " " not in name.strip() else None)
            if entry and entry.kind in ("leader", "user", "named"):
                full = entry.name if " " not in name else name
                if code and entry.kind == "leader" and split_code(code)[0] != split_code(entry.code)[0]:
                    self.namesakes.add(full)  # the phrase said whose he is, and it is not the table's man
                code = code or entry.code
            else:
                full = name
        self.learn(full, code, titles)
        p = self.people[full]
        code = code if code and len(code) >= len(p["code"] or "") else p["code"]
        out = actor(doc_text(tok.doc), a["start"], a["end"], name=full, code=code)
        return out

    def seen(self, tok, acts: list[dict], sent_i: int) -> None:
        if self.history and self.history[-1][:2] == (sent_i, tok.i):
            return  # a description already recorded by _copy
        for a in acts:
            self.history.append((sent_i, tok.i, a, self._kind(a, tok)))
            if a["country"]:
                self.counts[a["country"]] = self.counts.get(a["country"], 0) + 1

    def _kind(self, a: dict, tok) -> str:
        """person, role (a titled person unnamed), thing (a state or organisation: `it`), plural (`they`) or
        group (either: "M23 ... its", "the Taliban ... they"). A state, seat or group the tagger took for a person
        ('Benin was seen', 'the Houthis') is none."""
        if a["name"] in self.people and not self.dictionary_name(a["name"]):
            return "person"
        noun = tok.head if tok.dep_ in ("amod", "compound") else tok  # "two Egyptian traders"
        plural = noun.tag_ in ("NNS", "NNPS")
        if a.get("group"):
            return "plural" if plural else "group"  # "ELN fighters ... they", "M23 ... its"
        if tok.tag_ in ("NN", "NNP") and tok.lower_ in N.TITLE_WORDS and tok.dep_ not in ("compound", "amod"):
            return "role"  # "Iran's foreign minister said he": a person with no name, never an `it`
        return "plural" if plural else "thing"

    def dictionary_name(self, name: str) -> bool:
        if name not in self._not_people:
            e = self.lex.lookup(name.split(), self.day)
            self._not_people[name] = bool(e and e.kind in ("country", "adjective", "seat", "named"))
        return self._not_people[name]

    # ---- pronouns and descriptions --------------------------------------------------------------------
    def pronoun(self, tok, sent_i: int, found) -> dict | None:
        """The nearest compatible antecedent, subjects first: the reporter of the clause the pronoun is the
        subject of ("X said he"), else by sentence distance, subject position, then closeness. When the two best
        candidates rank the same and differ, nothing is resolved (a missed actor beats a wrong one)."""
        kind = PRONOUNS.get(tok.lower_)
        if not kind:
            return None
        if tok.lower_ == "it" and (tok.dep_ != "nsubj" or tok.head.lemma_ in ("be", "take", "seem", "appear")):
            return None  # expletive or object "it": too often wrong to resolve
        speaker = self._speaker_subject(tok, found)
        if speaker is not None and speaker[1] is None and kind in ("m", "f"):
            return None  # "Albudaiwi said he": a person the dictionaries do not code, not anyone named before
        if speaker is not None and speaker[1] is not None and self._fits(speaker[0], speaker[1], kind):
            return self._resolve(tok, sent_i, speaker)
        cands = self._candidates(tok, sent_i, kind, found) + self._unnamed(tok, sent_i, kind, found)
        if kind == "f" and any(self._gender(h[2]) for h in cands):
            cands = [h for h in cands if self._gender(h[2])]  # a woman named beats a person of unknown gender
        if not cands:
            return None
        ranked = sorted(((self._rank(tok, sent_i, h), h) for h in cands), key=lambda x: x[0])
        (top, best), rest = ranked[0], ranked[1:]
        if best[3] == "unnamed" or any(r[:-1] == top[:-1] and not _same(h, best) for r, h in rest):
            return None  # the nearest is no actor ("told supporters ... them"), or a tie: two equally good
        return self._resolve(tok, sent_i, (best[3], best[2]))

    def _resolve(self, tok, sent_i: int, antecedent: tuple[str, dict]) -> dict:
        k, a = antecedent
        kind = PRONOUNS[tok.lower_]
        if kind in ("m", "f") and a["name"] in self.people and not self.people[a["name"]]["gender"]:
            self.people[a["name"]]["gender"] = kind  # "Albusaidi said he": later pronouns know him
        out = self._copy(tok, a)
        self.history.append((sent_i, tok.i, out, k))  # a pronoun is a mention too: "he" keeps him the topic
        return out

    def _fits(self, k: str, a: dict, kind: str) -> bool:
        if kind in ("m", "f"):
            return k in ("person", "role") and self._gender(a) in (kind, None)
        if kind == "n":
            return k in ("thing", "group") and bool(a["code"])
        return k in ("plural", "group")

    @staticmethod
    def _named(h, doc, recent) -> bool:
        """A title whose appositive names the person ('Ghana's minister, Kwaku Mensah,') is that person."""
        t = doc[h[1]]
        linked = {c.i for c in t.children if c.dep_ == "appos"} | ({t.head.i} if t.dep_ == "appos" else set())
        return any(x[1] in linked and x[3] == "person" for x in recent)

    def _gender(self, a: dict) -> str | None:
        return self.people.get(a["name"] or "", {}).get("gender")

    def _candidates(self, tok, sent_i: int, kind: str, found) -> list[tuple]:
        """Earlier mentions the pronoun may name: of its kind; not the subject of its own verb when it is an
        object; not inside what its attribution reports; inside a quote, neither the quote's speaker nor anyone
        spoken to ('told reporters: "... while they kill our soldiers"')."""
        recent = self._recent(sent_i)
        excluded = self._clausemates(tok, found)
        if in_quote(tok):  # 'Ruto said: "He brought a message."'
            excluded |= {_key(h[2]) for h in recent if h[0] == sent_i and speaker_of(tok.doc[h[1]])
                         and not in_quote(tok.doc[h[1]])}
        reported = _reported(tok)
        return [h for h in recent if self._fits(h[3], h[2], kind) and _key(h[2]) not in excluded
                and h[1] not in reported and not (h[3] == "role" and self._named(h, tok.doc, recent))
                and not (in_quote(tok) and audience(tok.doc[h[1]]) and not in_quote(tok.doc[h[1]]))]

    def _rank(self, tok, sent_i: int, h) -> tuple:
        """Nearer sentence; a possessive's own clause subject ('until Turkey withdraws its troops'); for a
        reporter ('..., it said') an earlier reporter (speaker turns); a subject, unless the pronoun is an object
        ('detained traders ... released them' is a tie, left alone); outside quotes, one not quoted; a known
        gender; and only then the nearer (two candidates equal on all but that are a tie)."""
        cand = tok.doc[h[1]]
        own = tok.dep_ == "poss" and _phrase(cand).i == getattr(clause_subject(tok), "i", None)
        turn = speaker_of(tok) and not speaker_of(cand)
        quoted_away = in_quote(cand) and not in_quote(tok)
        topic = not is_subject(cand) and not is_object(tok)
        return sent_i - h[0], not own, turn, topic, quoted_away, self._gender(h[2]) is None, -h[1]

    def _clausemates(self, tok, found) -> set[tuple]:
        """'Khan met him', 'he had met Koroma and would call him': an object pronoun never names the subject of
        its own verb, nor that of the verb it is coordinated with (possessives may)."""
        if not is_object(tok):
            return set()
        verb = _verb(tok)
        while True:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        return {_key(a) for c in subj for a in found.heads.get(c.i, [])}

    @staticmethod
    def _unnamed(tok, sent_i: int, kind: str, found) -> list[tuple]:
        """Nouns no actor codes that still take the pronoun: people for they/them ('told supporters ... them'; for
        an object, any plural: 'keeps bases ... withdraws its troops from them'),
        things coordinated as one subject ('China and Mexico ... them'), for it/its a thing in subject position
        ('another tanker dragged its anchor ... charged its captain'), a possessive's own clause subject
        ('the ship had dragged its anchor'), and for a reporter ('..., it said') an earlier reporter ('the
        commission said'). They resolve to nothing, or to their coded owner (`_stand_in`)."""
        if kind in ("m", "f"):
            return []
        sents = doc_sents(tok.doc)
        out = []
        own = clause_subject(tok) if tok.dep_ == "poss" else None
        if own is not None and own.pos_ == "NOUN" and own.i not in found.heads and (own.tag_ == "NNS") == (kind == "p"):
            out.append(_stand_in(sent_i, own, found))  # "the ship had dragged its anchor"
        for s in range(max(0, sent_i - WINDOW), sent_i + 1):
            for t in sents[s]:
                if t.i >= tok.i or t.pos_ not in ("NOUN", "PROPN") or _phrase(t) is not t:
                    continue
                if kind == "p" and is_subject(t) and any(c.dep_ == "conj" for c in t.children):
                    out.append((s, t.i, {"name": None, "code": None}, "unnamed"))  # "China and Mexico ... them"
                    continue
                if t.i in found.heads:
                    continue
                people = kind == "p" and t.tag_ == "NNS" and (t.lower_ in PEOPLE or is_object(tok))  # "from them"
                reporter = speaker_of(tok) and speaker_of(t) and (t.tag_ == "NNS") == (kind == "p")
                thing = kind == "n" and is_subject(t) and t.tag_ in ("NN", "NNP") and not _generic(t)
                stand = _stand_in(s, t, found) if people or reporter or thing else None
                if stand and not (stand[3] == "unnamed" and any(u.i in found.heads for u in t.subtree)):
                    out.append(stand)  # not a phrase holding an actor: "dozens of Lithuanian news websites"
        return out

    def description(self, tok, sent_i: int, rng) -> dict | None:
        """'the ambassador', 'the minister', 'the US official', 'the group', 'the country', 'the bloc'."""
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNS" or any(t.pos_ == "PROPN" for t in tok.doc[rng[0]:rng[1]]):
            return None  # a name, or more than one actor ("the two countries", "the ministers")
        if lemma == "country":
            return self._country(tok, sent_i, rng)
        if lemma == "bloc":  # "called on the bloc to go further": the organisation of states last named
            if tok.dep_ == "appos" or rng[1] - rng[0] > 2:
                return None  # "the Alliance of Sahel States, the bloc the juntas formed": a description of its own
            igo = next((a for _s, _i, a, _k in self._recent(sent_i) if (a.get("code") or "").startswith("IGO")), None)
            return self._copy(tok, igo, rng, sent_i) if igo else None
        words = [t.lower_ for t in tok.doc[rng[0]:rng[1]]  # "the prime minister" is not the chief minister
                 if t.dep_ in ("compound", "amod") and t.i < tok.i and t.lower_ in N.TITLE_WORDS]
        for _s, _i, a, kind in self._recent(sent_i):
            titles = self.people.get(a["name"], {}).get("titles", [])
            if kind == "person" and any(lemma in t.split() and all(w in t.split() for w in words) for t in titles):
                return self._copy(tok, a, rng, sent_i)
            if kind == "person" and lemma == "official" and (a["sector"] == "GOV"):
                return self._copy(tok, a, rng, sent_i)
            if lemma == "group" and a["group"] and kind == "group":  # not a member of it
                return self._copy(tok, a, rng, sent_i)
        # "a State Department spokesman said ... The spokesman added", "A Paris court ... The court ordered": the
        # same unnamed office-holder or body, when every such mention in reach is of one country
        same = [a for _s, i, a, kind in self._recent(sent_i) if i < tok.i and tok.doc[i].lemma_.lower() == lemma
                and (kind == "role" or kind == "thing" and lemma in INSTITUTIONS) and not a.get("context")
                and a.get("code") and all(w in tok.doc[max(0, i - 3):i].text.lower().split() for w in words)]
        owners = {split_code(a["code"])[0] for a in same}
        if len(owners) == 1 and owners.pop():
            return self._copy(tok, same[0], rng, sent_i)
        return None

    def _country(self, tok, sent_i: int, rng) -> dict | None:
        """'the country' is the story's subject, not the last country named: of the countries named so far (as
        actors or their owners, 'Benin's army said'), the most named, the first named (the lede's) on a tie."""
        cands = [h for h in self.history if h[2]["country"] in self.lex.countries]
        if not cands:
            return None
        c = min(cands, key=lambda h: (-self.counts.get(h[2]["country"], 0), h[1]))[2]["country"]
        return self._copy(tok, {"name": self.lex.countries[c], "code": c}, rng, sent_i)

    def _recent(self, sent_i: int):
        return [h for h in reversed(self.history) if sent_i - h[0] <= WINDOW]

    def _speaker_subject(self, tok, found) -> tuple[str, dict] | None:
        """'Islamabad denies it supports...', 'Albusaidi said he had met...': the subject of a clause reported
        by a speech or cognition verb is its reporter (kind, mention), unless a quote stands between them."""
        verb = _verb(tok)
        while verb.dep_ == "conj":
            verb = verb.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_ not in reporting_verbs():
            return None
        if in_quote(tok) != in_quote(verb.head):
            return None
        teller = verb.head
        while teller.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in teller.children):
            teller = teller.head  # "Sandu thanked Romania and said she had spoken": Sandu tells it
        for c in teller.children:
            if c.dep_ == "nsubj" and c.i in found.heads:
                for t in [x for x in c.children if x.dep_ == "appos" and x.i in found.heads] + [c]:
                    k = self._kind(found.heads[t.i][0], t)
                    if k == "thing" and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and any(
                            x.dep_ == "compound" and x.lower_ in N.TITLE_WORDS for x in t.children)):
                        k = "person"  # "GCC Secretary General Jasem Albudaiwi said he": the person, coded by his post
                    if k != "role" or t.i == c.i:  # "Oman's minister, Badr Albusaidi,": the name
                        return k, found.heads[t.i][0]
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP", "LOC", "FAC"):
                return "person", None  # a name no dictionary codes ("he" asks for a person: not a state or seat)
        return None

    def _copy(self, tok, a: dict, rng=None, sent_i: int | None = None) -> dict:
        self.antecedents[tok.i] = a
        doc = tok.doc
        if rng:
            start, end = doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
        else:
            start, end = tok.idx, tok.idx + len(tok.text)
        out = actor(doc_text(doc), start, end, name=a["name"], code=a["code"])
        out["country"], out["sector"], out["group"] = split_code(a["code"])
        if sent_i is not None:  # a description is a mention too: "the minister said" makes him the topic
            self.history.append((sent_i, tok.i, out, self._kind(out, tok)))
        return out


def _stand_in(sent_i: int, t, found) -> tuple:
    """A noun no actor codes, as a candidate: its owner when one is coded ('Pakistan's foreign office',
    'the Polish army's command'; not 'his rival', who is not he), else no one."""
    owner = [c for c in t.children if c.dep_ == "poss" and c.i in found.heads and c.pos_ != "PRON"]
    if owner:
        return sent_i, t.i, found.heads[owner[0].i][0], "thing"
    return sent_i, t.i, {"name": None, "code": None}, "unnamed"


def _generic(t) -> bool:
    """'allowed any group to use': no particular thing, the subject of no clause of its own."""
    return any(c.lower_ in ("any", "no", "every", "each") for c in t.children) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)


def _same(h, other) -> bool:
    """One referent: a person by name (a title and its name may carry different codes), else by code."""
    kinds = {h[3], other[3]}
    if "person" in kinds and kinds <= {"person", "role"}:
        return h[2]["name"] == other[2]["name"]
    return h[2]["code"] == other[2]["code"]


def _key(a: dict) -> tuple:
    return a["name"], a["code"]


def _verb(tok):
    """The verb a pronoun belongs to: its head, or the head of the noun it possesses ('its army said')."""
    return tok.head.head if tok.dep_ == "poss" else tok.head


def is_object(tok) -> bool:
    return tok.lower_ in OBJECTS and tok.dep_ != "poss"  # 'her' is an object or a possessive


def clause_subject(tok):
    """The subject of the nearest clause above a token, not the phrase holding it ('Russia would protect ships
    sailing to and from its ports' -> Russia; 'Pakistan said its army would help' -> Pakistan)."""
    t = tok.head
    while True:
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                and not c.left_edge.i <= tok.i <= c.right_edge.i]
        if subj and (t.pos_ in ("VERB", "AUX") or t.head.i == t.i):
            return subj[0]
        if t.head.i == t.i:
            return None
        t = t.head


def _phrase(tok):
    """The token standing for a name's whole phrase: through appositives, conjuncts and compounds."""
    while tok.dep_ in ("appos", "conj", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_subject(tok) -> bool:
    """Subject of a clause, as a name, an appositive or a conjunct of it ('Oman's minister, Badr Albusaidi,')."""
    return _phrase(tok).dep_ in ("nsubj", "nsubjpass")


def _reported(tok) -> set[int]:
    """'X won 24.9 percent, it said': the reporter of a sentence-final attribution is not in what it reports."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in reporting_verbs():
        return set()
    if verb.dep_ == "parataxis":
        return {k for k in subtree_indices(verb.head) if k < verb.left_edge.i}
    return {k for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i for k in subtree_indices(c)}


def audience(tok) -> bool:
    """Whom a speaker addresses: 'told reporters', 'said to supporters' (not 'urged Mexico to "correct its..."',
    where the words are the addressee's to carry out)."""
    tok = _phrase(tok)
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return tok.dep_ in ("dobj", "dative", "pobj") and verb.lemma_ in ("tell", "say", "add", "write", "explain")


def speaker_of(tok) -> bool:
    """The subject of a speech or cognition verb ('the commission said', 'Oman's minister, Badr Albusaidi, said')."""
    tok = _phrase(tok)
    return tok.dep_ == "nsubj" and tok.head.lemma_ in reporting_verbs()


def in_quote(tok) -> bool:
    spans = once(tok.doc, "quote_spans", lambda d: quote_spans(doc_text(d)))
    k = bisect_right(spans, (tok.idx, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= tok.idx < spans[k][1]
