"""Find and code actors on a parsed Doc: dictionary matches, noun phrases, titles, appositives, people.

Coding an actor reads its noun phrase: country from a name, adjective or seat of power among its left
modifiers or an `of` phrase; sector from the head noun or a title; group and IGO codes from named actors.
Prepositional phrases such as "to Washington" or "in Islamabad" never give the country
("Pakistan's ambassador to Washington" is PAKGOV).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.actors import names as N
from eventwire.actors.coref import Resolver
from eventwire.actors.lexicon import Entry, Lexicon
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places import big_city, locate
from eventwire.places.locative import STREETS, STREETS_BEFORE, WATERS
from eventwire.records import actor, doc_sents, doc_text, join_code, once, split_code

LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "predet", "npadvmod", "punct", "cc", "conj", "advmod", "prep", "pobj"}
OF_HEADS = {"secretary", "minister", "ministry", "government", "department", "president", "army", "forces", "people",
            "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "consulate", "delegation",
            "leader", "leaders", "prime", "foreign", "head", "chief", "spokesman", "spokeswoman", "king",
            "parliament", "police", "state", "republic", "kingdom", "court", "union", "council", "members",
            "armies", "navy", "navies", "military", "militaries", "troops", "governments", "ministers", "ministries",
            "presidents", "courts", "parliaments", "authorities", "officials"}  # "the armies of Brazil and Argentina"
# Collective nouns kept as actors without a code ("western powers", "donor countries"): analysts want to see them.
GENERIC = {"power", "ally", "nation", "country", "state", "partner", "donor", "neighbour", "neighbor", "community",
           "coalition", "bloc", "alliance", "side", "party", "faction", "regime", "authority"}
# peoples who live in several states: beside another nationality word they name a community of that state
# ("Turkish Cypriot police" are Cyprus's, "Bosnian Serb leaders" Bosnia's, "Chinese Indonesians" Indonesia's)
COMMUNITIES = {"serb", "serbs", "serbian", "croat", "croats", "croatian", "albanian", "albanians", "kurdish", "kurd",
               "kurds", "turkish", "greek", "russian", "hungarian", "armenian", "palestinian", "tamil", "uyghur",
               "uighur", "pashtun", "baloch", "somali", "arab", "azeri", "tajik", "uzbek", "chinese", "jewish"}
# people and states named by their relation to another: the owner in "the Kremlin's critics", "Myanmar's
# neighbours" is the other side
RELATIONAL = {"critic", "opponent", "rival", "enemy", "foe", "victim", "adversary", "detractor", "challenger",
              "target", "successor", "predecessor", "assassin", "killer", "captor", "hostage", "prisoner", "neighbour",
              "neighbor", "ally", "partner"}
# Things that act for their owner ("a Red Cross convoy", "Chinese warships", "an Iranian tanker").
AGENTS = {"convoy", "delegation", "team", "mission", "staff", "personnel", "plane", "aircraft", "jet", "helicopter",
          "ship", "vessel", "warship", "tanker", "drone", "vehicle", "truck", "representative", "negotiator",
          "camp", "base", "company", "firm", "bank", "agency", "authority", "regime", "side", "party"}
# places a force holds: "an army camp", "a police station" stand for the force that holds them (the sector of the
# word before), so an attack on one is an attack on that force, with the clause's country
POSTS = {"base", "station", "post", "headquarters", "checkpoint", "barracks", "camp", "outpost", "compound",
         "garrison", "airbase", "depot", "position"}
ARMED = {"MIL", "COP", "REB", "SPY", "UAF", "INS"}  # whose posts these are ("a refugee camp" is a place, no force)
# "bombers" and "fighters" are militants unless the words say aircraft: a type ("H-6", "Su-30"), a kind of plane
AIRCRAFT_WORDS = {"bomber", "fighter"}
AIRCRAFT_TYPE = re.compile(r"^[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?$")
AIRCRAFT_MODIFIERS = {"strategic", "long-range", "nuclear-capable", "stealth", "supersonic", "jet", "heavy"}
# bodies whose officials and spokesmen are the body itself ("its spokesman" after M23 is M23)
STATE_BODIES = {"LEG", "GOV", "JUD", "MIL", "COP", "SPY"}  # "Congress", "the Pentagon": one state's institution
ORGANISATIONS = {"REB", "OPP", "PTY", "IGO", "NGO", "BUS", "MED", "UAF", "INS", "SEP", "REL", "EDU", "LAB"}
# sector nouns whose bare singular is a mass noun, no body of people: "used force", "remain in force", "shared
# intelligence", "do business", "without authority"
MASS_READINGS = {"force", "intelligence", "business", "leadership", "authority"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "across", "inside", "outside", "around", "over", "toward", "towards"}


OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# "X-backed Y": X stands behind Y, Y is not X's
NOT_OWNER = {f"-{w}" for w in ("born", "backed", "brokered", "sponsored", "funded", "supported", "friendly", "allied",
                               "aligned", "mediated", "hosted", "bound")}
# names two states share: (the other state's code, words that show the article means it, its name)
US_CUES = re.compile(r"\b(?:U\.?S\.?A?|United States|America|American|Americans|Washington|Trump|Biden)\b")
SHARED_NAMES = {"Congo": ("COG", ("Brazzaville", "Sassou"), "Republic of the Congo")}
NAME_LINKS = {"of", "the", "de", "del", "la", "las", "los", "do", "da", "dos"}  # small words inside a place's name
JOINT_BODY = {"joint", "commission", "committee", "council", "forum", "talks", "summit", "panel", "group", "dialogue",
              "partnership"}  # "Joint Norwegian-Russian Fisheries Commission": a body of both states, not a firm
# words for a body of people that another sector shares ("company" is also a firm): "a company of soldiers"
UNITS = {"company", "contingent", "detachment", "unit", "team", "group"}
# a person who leads, speaks for or belongs to a body is of the body's sector ("the leader of the opposition party",
# "the head of the army", "members of the union"), whatever the role noun alone would say
BODY_ROLES = {"leader", "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "president", "member",
              "spokesman", "spokeswoman", "spokesperson", "secretary", "commander", "founder", "official"}
CIVIL_CRAFT = {"private", "civilian", "commercial", "passenger", "cargo", "charter", "chartered", "business", "fishing",
               "merchant", "freight", "airline", "airliner"}  # a craft of no armed force
# nouns for a rank or role whose sector the word before them decides: "army officers" are MIL, not police
ROLE_NOUNS = {"chief", "head", "officer", "official", "spokesman", "spokeswoman", "spokesperson", "commander",
              "leader", "member", "source", "aircraft", "plane", "jet", "vessel", "ship", "delegation", "personnel",
              "staff", "unit", "team", "chiefs", "boss", "chairman", "chairperson", "chairwoman", "employee",
              "envoy", "mediator", "president", "speaker"}


# nouns that count people: "hundreds of people", "dozens of people"
CROWDS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "million", "millions"}


def counted_people(tok) -> bool:
    """'about 140 people', 'hundreds of people', '12 persons': people counted are civilians (CAMEO CVL), the victims
    or detainees of an act; 'the Ukrainian people' (a nation) and 'people familiar with the matter' are not."""
    if tok.lemma_.lower() not in ("people", "person") or tok.tag_ not in ("NNS", "NN"):
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in CROWDS


@dataclass
class Found:
    """What one article's actors are: mentions for the record, and coded actors by head token."""

    mentions: list[dict] = field(default_factory=list)
    heads: dict[int, list[dict]] = field(default_factory=dict)
    antecedents: dict[int, dict] = field(default_factory=dict)  # pronoun/description token -> its antecedent mention
    match: dict = field(default_factory=dict)  # token -> (start, end, dictionary entry), for `how` each was coded


DOCUMENT_NAMES = {"convention", "conventions", "treaty", "agreement", "agreements", "accord", "accords", "protocol",
                  "charter", "declaration", "pact", "memorandum"}


# bodies an international organisation runs under its own name: "the United Nations Support Mission in Libya"
IGO_BODIES = {"mission", "office", "agency", "commission", "commissioner", "programme", "program", "fund", "force",
              "forces", "council", "committee", "envoy", "secretariat", "observers", "operation"}


def _igo_body(cols, hit) -> bool:
    """Does an international organisation's name go on to name one of its own bodies?"""
    s, t, e = hit
    if not (e.code or "").startswith(("IGO", "NGO")):
        return False
    while t < len(cols.text) and cols.ent_iob[t] == "I" and cols.pos[t] == "PROPN":
        if cols.lower[t] in IGO_BODIES:
            return True
        t += 1
    return False


def named_document(tok) -> bool:
    """A capitalised treaty-like noun mid-sentence heads a document's name, whose place and year are its name."""
    return tok.lemma_.lower() in DOCUMENT_NAMES and tok.text[:1].isupper() and not tok.is_sent_start


# what a language is used, taught or written in: "the use of French in courts", "lessons in Russian"
LANGUAGE_OF = {"use", "usage", "teaching", "study", "knowledge", "status", "imposition", "promotion", "translation",
               "dominance", "primacy"}
LANGUAGE_IN = {"teach", "teaching", "speak", "write", "broadcast", "publish", "print", "conduct", "lesson", "class", "sign",
               "exam", "instruction", "education", "school", "schooling", "document", "textbook"}


def language(tok) -> bool:
    """A nationality word standing alone as a noun after "the use of" or "taught in" names a language, not a state:
    "protested against the use of French in courts" is against no French party."""
    if tok.tag_ not in ("NN", "NNP", "JJ") or tok.dep_ not in ("pobj", "conj") or any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return False
    first = tok
    while first.dep_ == "conj":
        first = first.head  # "the use of French and English"
    prep = first.head
    if first.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head.lemma_.lower()
    return prep.lower_ == "of" and holder in LANGUAGE_OF or prep.lower_ == "in" and holder in LANGUAGE_IN


class ActorFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    # ---- dictionary matches -------------------------------------------------------------------------
    def matches(self, doc, day: str | None) -> dict[int, tuple[int, int, Entry]]:
        """token index -> (start, end, entry) for the longest dictionary match covering it."""
        out: dict[int, tuple[int, int, Entry]] = {}
        surnames: list[int] = []  # tokens matched as a leader by his surname alone
        cols = columns(doc)  # no Token built per word
        texts, pos = cols.text, cols.pos
        i, n = 0, len(texts)
        while i < n:
            hit = None
            if cols.alpha[i] or texts[i][:1].isalnum():
                for size in self.lex.lengths.get(texts[i].lower(), ()):
                    e = self.lex.lookup(texts[i : i + size], day) if i + size <= n else None
                    if e:
                        hit = (i, i + size, e)
                        break
                if hit is None and pos[i] == "PROPN" and cols.ent_type[i] not in ("DATE", "TIME", "MONEY", "CARDINAL"):
                    e = self.lex.leader_by_surname(texts[i], day)  # an untitled "Blinken" or "Modi"
                    if e and not (i + 1 < n and pos[i + 1] == "PROPN" and cols.dep[i + 1] != "appos") and not (
                            i > 0 and pos[i - 1] == "PROPN" and cols.lower[i - 1].rstrip(".") not in N.TITLE_WORDS) \
                            and not (i > 0 and texts[i - 1] in ("-", "‐")) and not (
                            cols.dep[i] == "compound" and i + 1 < n and pos[i + 1] == "PROPN"):
                        # nor half of a hyphenated given name: "Jean-Pierre Lukusa" is not Philip J. Pierre
                        # "Rebar Ahmed" is not Abiy Ahmed: a surname alone, not another person's full name
                        hit = (i, i + 1, e)
                        surnames.append(i)
            if hit and hit[2].kind == "named" and hit[1] - hit[0] == 1 and hit[2].text.lower().startswith("the ") and not (
                    hit[0] > 0 and cols.lower[hit[0] - 1] == "the"):
                hit = None  # "National Security Adviser Ano" is not the newspaper The National: its "The" is its name
            if hit and hit[2].kind == "named" and hit[1] < n and cols.ent_iob[hit[1]] == "I" and \
                    pos[hit[1]] == "PROPN" and texts[hit[1]][:1].isupper() and not _igo_body(cols, hit):
                hit = None  # "The National Bureau of Investigation" is not the newspaper The National
            if hit and hit[2].kind == "named" and hit[2].text.lower().startswith("the ") and hit[1] < n and \
                    texts[hit[1]][:1].isupper() and texts[hit[1]].isalpha() and doc[hit[1] - 1].head.i >= hit[1]:
                hit = None  # nor is "The National Registrar, Hernando Lozano": a word of a longer title
            if hit and hit[2].kind == "named" and (hit[2].code or "")[3:6] in STATE_BODIES and hit[0] > 0 and \
                    out.get(hit[0] - 1) is None and pos[hit[0] - 1] == "PROPN" \
                    and texts[hit[0] - 1][:1].isupper() and (cols.ent_iob[hit[0]] == "I" or cols.dep[hit[0] - 1] == "compound"):
                hit = None  # "the Indian National Congress", "the opposition Democratic Congress": not the US Congress
            if hit:
                s, t, e = hit
                e = self._in_context(doc, e)
                hit = (s, t, e)
                if e.kind in ("country", "adjective", "seat") and self._inside_a_place_name(doc, s, t):
                    i = t  # "the Sea of Japan", "the Jordan River", "the Gulf of Oman": water, not a state
                    continue
                if e.kind == "adjective" and s >= 2 and texts[s - 1] == "-" and texts[s - 2].lower() in STANCES:
                    i = t  # "the pro-Russian Vazrazhdane party", "anti-American protesters": a stance, not a nationality
                    continue
                # a place inside a person's name: "Rangsiman Rome", "Israel Katz", "Jordan Bardella"
                in_person = cols.ent_type[s] == "PERSON" and (cols.ent_iob[s] != "B" or t < n and cols.ent_iob[t] == "I")
                if not (e.kind in ("country", "adjective", "seat") and in_person):
                    for k in range(s, t):
                        out[k] = hit
                i = t
            else:
                i += 1
        named = {h[2].code[:3] for h in out.values()  # states named, or leaders named in full
                 if h[2].kind in ("country", "adjective", "seat") or h[2].kind == "leader" and h[1] - h[0] > 1}
        for i in surnames:  # "the Zamora river" in a story about Ecuador is not Andorra's Xavier Espot Zamora: a
            # surname that is also a town's name is a leader's only where the story names his state or him in full
            if i in out and out[i][2].code[:3] not in named and locate(texts[i]):
                del out[i]
        return out

    # ---- noun phrases ---------------------------------------------------------------------------------
    @staticmethod
    def _in_context(doc, e: Entry) -> Entry:
        """A name two states share, read the other way when the article names the other one's capital or leader:
        "Congo" is the DRC, unless Brazzaville or Sassou Nguesso is in the story; "Congress" and "the Senate" in
        a story that never names the United States are the legislature of the story's country."""
        if e.code == "USALEG" and e.kind == "named" and not US_CUES.search(doc_text(doc)):
            return Entry(e.text, "LEG", name="", kind=e.kind)  # "Bolsonaro's allies in Congress": Brazil's
        other = SHARED_NAMES.get(e.text)
        if other is None or not any(cue in doc_text(doc) for cue in other[1]):
            return e
        return Entry(e.text, other[0], name=other[2], kind=e.kind)

    @staticmethod
    def _inside_a_place_name(doc, s: int, t: int) -> bool:
        """Is the matched name part of a sea's, strait's or river's name ("South China Sea", "Strait of Hormuz"), or a
        street's or square's ("Spanish Square")?"""
        lo, hi = max(0, s - 3), min(len(doc), t + 3)
        cols = columns(doc)
        words = cols.lower[lo:hi]
        for k, w in enumerate(words):
            after = cols.lower[lo + k + 1 : lo + k + 3]  # "Spanish Square", not "China Road and Bridge Corporation"
            street = w in STREETS and k + lo >= t and not (lo + k + 1 < len(doc) and (
                cols.text[lo + k + 1][:1].isupper() or after[:1] == ["and"] and after[1:] and after[1] in STREETS))
            if (w in WATERS or street) and cols.text[lo + k][:1].isupper():
                between = range(min(lo + k, s), max(lo + k + 1, t))
                if all(cols.text[x][:1].isupper() or cols.lower[x] in ("of", "the") for x in between):
                    return True
        for k in range(s - 1, max(-1, s - 4), -1):  # "Avenida Republica de Chile", "Little India"
            if cols.lower[k] in STREETS_BEFORE and cols.text[k][:1].isupper():
                return all(cols.text[x][:1].isupper() or cols.lower[x] in NAME_LINKS for x in range(k + 1, s))
            if not (cols.text[k][:1].isupper() or cols.lower[k] in NAME_LINKS):
                break
        return False

    @staticmethod
    def np_range(head) -> tuple[int, int]:
        """Token range of the phrase a head noun stands for: left modifiers and an `of` complement."""
        ranges = once(head.doc, "np", lambda d: {})  # asked several times per noun: keep it
        if head.i not in ranges:
            ranges[head.i] = ActorFinder._np_range(head)
        return ranges[head.i]

    @staticmethod
    def _np_range(head) -> tuple[int, int]:
        doc = head.doc
        cols = columns(doc)
        dep, i = cols.dep, head.i  # children tested by index: a Token only for an edge
        lo = i
        for c in cols.kids[i]:
            if c < i and dep[c] in LEFT_DEPS and dep[c] not in ("prep", "pobj", "cc", "conj"):
                lo = min(lo, doc[c].left_edge.i)
        hi = i
        for c in cols.kids[i]:
            if c < i:
                continue
            if dep[c] == "prep" and cols.lower[c] == "of" and cols.lower[i] in OF_HEADS and not any(
                    dep[g] == "pcomp" or cols.tag[g] == "VBG" for g in cols.kids[c]):  # not "accused X of barring"
                hi = max(hi, doc[c].right_edge.i)
            elif dep[c] in ("compound", "flat") or (dep[c] == "punct" and cols.text[c] in "-"):
                hi = max(hi, c)
        cuts = once(doc, "cuts", lambda d: [i for i, w in enumerate(columns(d).lower) if w in ("but", "yet", "while")
                                            and columns(d).dep[i] == "cc"])
        cut = [k for k in cuts if lo <= k < i]
        lo = cut[-1] + 1 if cut else lo  # "the Afghan Taliban but western powers" is two phrases
        while lo < hi and cols.punct[lo]:
            lo += 1
        return lo, hi + 1

    def code_np(self, doc, head, match: dict, day: str | None) -> tuple[list[str | None], str | None, list[str]]:
        """(codes, person name, title words) for the phrase headed by `head`."""
        lo, hi = self.np_range(head)
        cols = columns(doc)
        toks = [doc[i] for i in range(lo, hi) if not _locative_between(cols, i, head.i)
                and not (i + 2 < len(doc) and cols.text[i + 1] == "-" and "-" + cols.lower[i + 2] in NOT_OWNER)]
        named = [match[t.i][2] for t in toks if t.i in match and match[t.i][2].kind in ("named", "leader", "user")]
        countries: list[str] = []
        by: dict = {}  # country -> its first token
        seat = False
        relational = cols.lemma[head.i] in RELATIONAL
        for t in toks:
            i, up = t.i, cols.head[t.i]  # tested by index: no Token for the word before, nor for heads
            if i and cols.lower[i - 1] == "ethnic":
                continue  # "ethnic Serbs in Kosovo", "an ethnic Albanian candidate": a people, not a state
            if relational and (cols.dep[i] == "poss" and up == head.i or (
                    cols.dep[i] == "pobj" and cols.lower[up] == "of" and cols.head[up] == head.i)):
                continue  # "Myanmar's neighbours", "allies of Russia": others, named by whom they stand beside
            if i in match and match[i][2].kind in ("country", "adjective", "seat"):
                c = match[t.i][2].code[:3]
                seat = seat or match[t.i][2].kind == "seat"
                prev = doc[t.i - 1] if t.i else None
                if prev is not None and countries and prev.i in match and match[prev.i][0] == prev.i and (
                        match[prev.i][2].kind == "adjective" or t.lower_ in COMMUNITIES) and \
                        match[prev.i][2].code[:3] == countries[-1] and match[t.i][0] == t.i:
                    # "Turkish Cypriot police", "Bosnian Serb leaders": one community, not two states' actors
                    if prev.lower_ in COMMUNITIES or t.lower_ not in COMMUNITIES:
                        by[c] = by.pop(countries[-1])
                        countries[-1] = c
                    continue
                if c not in countries:
                    countries.append(c)
                    by.setdefault(c, t)
        countries = owners(countries, by)
        sector, titles = self.head_sector(doc, head, toks)
        if sector in OFFICES and any(t.lower_ in ("former", "ex", "ex-") for t in toks if t.i < head.i):
            sector = "ELI"  # "former U.S. President Bill Clinton" holds no office: CAMEO codes him elite
        person = None
        dictionary_name = head.i in match and match[head.i][2].kind in ("named", "user") and (
            head.i == 0 or doc[head.i - 1].pos_ != "PROPN")  # "party Chadema" is no man (but "Ali al-Houthi" is)
        if head.ent_type_ == "PERSON" and not dictionary_name or (head.pos_ == "PROPN" and not named and not countries and head.i not in match and head.ent_type_ in ("", "ORG") and any(
                t.lower_.rstrip(".") in {"mr", "ms", "mrs", "dr"} for t in toks)) or titled(head, match) or \
                self._named_role(head, match):
            name_toks = [head]
            for t in reversed([t for t in toks if t.i < head.i]):
                if t.i != name_toks[-1].i - 1 or t.pos_ != "PROPN" or t.lower_ in N.TITLE_WORDS or t.ent_type_ not in ("", "PERSON") or (
                        t.i in match and match[t.i][2].kind != "leader"):
                    break
                name_toks.append(t)
            words = N.strip_titles([t.text for t in reversed(name_toks)])
            person = " ".join(words) or None
        if named and not person and named[-1].kind != "leader":
            e = named[-1]
            c, s, g = split_code(e.code)
            start = next(match[t.i][0] for t in toks if t.i in match and match[t.i][2] is e)
            before = doc[start - 1] if start > lo else None
            if g and c and before is not None and before.i in match and match[before.i][2].kind == "country" and \
                    match[before.i][2].code[:3] != c and before.dep_ != "poss":
                # "the Uganda People's Defence Force" is Uganda's army, not Myanmar's "People's Defence Force"
                return [join_code(match[before.i][2].code[:3], sector or s, None)], None, titles
            if countries and c and countries[0] != c and not g and s:
                return [join_code(countries[0], s, None)], None, titles  # "Peru's Congress" is Peru's legislature
            if countries and not c and s and s not in ("IGO", "NGO"):
                return [join_code(countries[0], s, g)], None, titles  # "Guinea's junta" is Guinea's military
            if sector and not s and c:
                return [join_code(c, sector, g)], None, titles
            if s == "PTY" and c and sector == "LEG" and not (head.i in match and match[head.i][2] is e):
                return [c + "LEG"], None, titles  # "People Power Party lawmakers"
            if s == "PTY" and c and any(t.lower_ == "opposition" for t in toks if t.i < start):
                return [c + "OPP"], None, titles  # "the opposition BNP": the party's place, not its kind
            return [e.code], None, titles
        if named and named[-1].kind == "leader" and (countries and split_code(named[-1].code)[0] not in countries or
                                                      _other_minister(toks, head, named[-1])):
            # "(Colombian) Defence Minister Pedro Sanchez" is not Spain's prime minister: a namesake, of the state
            # named or of the one context gives
            return [join_code(countries[0], sector, None) if countries else sector], \
                person or named[-1].name, titles
        if named and named[-1].kind == "leader" and not person:
            person = named[-1].name
        if named and person:
            code = named[-1].code  # a person out of office ("President Emmerson Mnangagwa" in 2000) is his title's
            return [join_code(code, sector, None) if len(code) == 3 and sector else code], person, titles
        if head.i in match and match[head.i][2].kind == "country" and not sector:
            return [match[head.i][2].code], person, titles
        if seat and not sector and not person and any(
                t.i in match and match[t.i][2].kind == "seat" and (t.i == head.i or t.dep_ == "poss") for t in toks):
            return [countries[0] + "GOV"], None, titles
        if not countries and not named and head.lemma_.lower() not in GENERIC:
            aff = self._affiliation(head, match)
            if aff:
                c, _s, g = split_code(aff)
                return [join_code(c, sector or _s, g) if c else aff], person, titles
        if not countries and sector and not person and any(
                t.dep_ == "amod" and t.lower_ == "international" and t.head.i == head.i for t in toks):
            return ["IGO"], None, titles  # "the country's international peace envoy" serves no one state
        if len(countries) > 1 and not (sector or named or person) and _firm_of_nations(doc, head, countries, by, match,
                                                                                     toks):
            return [None], None, titles  # "Italian-Thai Development": a firm named after two nations, neither's actor
        if not countries:  # context may give a country: "President Patrice Talon" in a story filed from Cotonou
            return ([sector] if sector else [None]), person, titles
        if head.i in match and match[head.i][2].kind == "country" and not sector:
            return [countries[0]], person, titles
        return [join_code(c, sector, None) for c in countries], person, titles

    def _named_role(self, head, match) -> bool:
        """"Pakistan's foreign ministry spokeswoman, Amna Farooqui": a two-word name in apposition to a role noun is
        a person, whatever the tagger called it (here a place)."""
        if head.dep_ != "appos" or head.pos_ != "PROPN" or head.i in match or not self.lex.sector(head.head.lemma_.lower()):
            return False
        first = head.doc[head.i - 1] if head.i else None
        return first is not None and first.pos_ == "PROPN" and first.dep_ == "compound" and first.i not in match and \
            not locate(f"{first.text} {head.text}") and not locate(head.text)

    @staticmethod
    def _affiliation(head, match) -> str | None:
        """'a senior fellow at the Woodrow Wilson Centre': an `at` organisation gives country and sector."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "with", "for"):
                for t in prep.subtree:
                    if t.i in match and match[t.i][2].kind in ("named", "user"):
                        return match[t.i][2].code
        return None

    @staticmethod
    def _in_locative(tok, head) -> bool:
        return _locative_between(columns(tok.doc), tok.i, head.i)

    def _modifier_sector(self, mods) -> str | None:
        """The sector a noun or adjective before a role noun names ("army" officers, "military" aircraft)."""
        for t in reversed(mods):
            if t.dep_ in ("compound", "amod"):
                s = self.lex.sector(t.lower_) or self.lex.sector(t.lemma_.lower())
                if s:
                    return s
        return None

    def head_sector(self, doc, head, toks) -> tuple[str | None, list[str]]:
        """Sector from the longest sector phrase ending at the head, else from a title before a name."""
        cols = columns(doc)  # words and heads tested by index: no string built per Token
        lower, up, lemma = cols.lower, cols.head, cols.lemma[head.i]
        titles = [cols.text[t.i] for t in toks if lower[t.i] in N.TITLE_WORDS]
        if counted_people(head):
            return "CVL", titles
        if lemma in UNITS:  # "a company of Ghanaian peacekeepers" is no firm: its members' sector
            members = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            s = next((self.lex.sector(o.lemma_.lower()) or self.lex.sector(o.lower_) for o in members), None)
            if s:
                return s, titles
        if lemma in BODY_ROLES:  # "the leader of the main opposition party" leads the opposition
            body = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj"), None)
            own = any(c.dep_ in ("amod", "compound") and self.lex.sector(c.lower_) for c in head.lefts)
            if body is not None and body.pos_ in ("NOUN", "PROPN") and not own:  # (an "opposition member of
                lo, hi = self.np_range(body)  # parliament" keeps his own word)
                s, _ = self.head_sector(doc, body, list(doc[lo:hi]))
                if s and s != "CVL":  # (a "member of the Ede minority" is anyone: no sector to say whose)
                    return s, titles
        words = [t for t in toks if t.i <= head.i]
        if lemma in AIRCRAFT_WORDS and (head.head.lemma_.lower() == "scramble" and head.dep_ == "dobj" or any(
                t.head.i == head.i and (AIRCRAFT_TYPE.match(t.text) or t.lower_ in AIRCRAFT_MODIFIERS) for t in words)):
            return "MIL", titles  # "H-6 bombers", "strategic bombers", "scrambled fighters": warplanes, not militants
        if any(lower[t.i] in CIVIL_CRAFT and up[t.i] == head.i for t in words):
            return None, titles  # "a private jet", "a cargo plane": no army's, whatever "jet" alone would say
        if lemma == "party" and any(t.lower_ in ALL_SIDES and t.head.i == head.i for t in words) and \
                not any(t.lower_ in POLLS for t in head.sent):
            return None, titles  # "urged all parties to exercise restraint": the sides of a dispute, no political
            # party (but "urged all parties to accept the election results": the parties that ran)
        last = words[-3:]  # the words of the phrases tried, each read once
        lowers, lemmas, spaced = [cols.lower[t.i] for t in last], [cols.lemma[t.i] for t in last], [
            t.text_with_ws for t in last]
        for size in (3, 2, 1):
            if len(words) >= size:
                text = "".join(spaced[-size:]).strip().lower()  # "director-general": three tokens
                for phrase in (" ".join(lowers[-size:]), " ".join(lemmas[-size:]), text):
                    s = self.lex.sector(phrase)
                    if s and size == 1 and lemma in ROLE_NOUNS:
                        s = self._modifier_sector(words[:-1]) or s  # "army chief", "intelligence officials"
                    if s == "PTY" and any(lower[t.i] == "opposition" for t in words[:-size]):
                        s = "OPP"  # "Hungary's opposition Tisza party": the party's place, not its kind
                    if s:
                        return s, titles
        if lemma in MODIFIED_ROLES:  # "intelligence chief", "military aircraft"
            s = self._modifier_sector(words[:-1])
            if s:
                return s, titles
        for k in range(len(words) - 2, -1, -1):  # a title before a name: "opposition leader Alexei Navalny"
            t = words[k]
            pair = f"{lower[words[k - 1].i]} {lower[t.i]}" if k else ""
            s = (pair and self.lex.sector(pair)) or self.lex.sector(lower[t.i]) or self.lex.sector(cols.lemma[t.i])
            if s and cols.dep[t.i] in ("compound", "nmod"):  # "Second Minister for Foreign Affairs Lim": nmod
                return s, titles
        for c in cols.kids[head.i]:  # "Secretary of State", "Minister of Defence"
            if c > head.i and cols.dep[c] == "prep" and lower[c] == "of":
                s = self.lex.sector(f"{lower[head.i]} of {' '.join(lower[k] for k in subtree_indices(doc[c]) if k > c)}")
                if s:
                    return s, titles
        return None, titles

    # ---- the article ----------------------------------------------------------------------------------
    def find(self, doc, day: str | None) -> Found:
        match = self.matches(doc, day)
        found = Found()
        resolver = Resolver(self.lex, day)
        text = doc_text(doc)
        heads = self._candidate_heads(doc, match)
        cols = columns(doc)
        pos = cols.pos
        for sent_i, sent in enumerate(doc_sents(doc)):
            for i in range(sent.start, sent.end):
                the = pos[i] == "NOUN" and any(c < i and cols.lower[c] in ("the", "this") for c in cols.kids[i])
                if i not in heads and pos[i] not in ("PROPN", "PRON") and not the:
                    continue  # nothing below for it ("the minister": a description): no Token built
                tok = doc[i]
                if tok.i in heads and (named_document(tok) or tok.i in match and match[tok.i][2].kind == "adjective"
                                       and language(tok)):
                    continue  # "the 1954 Caracas Convention", "the Minsk Agreements": a text's name, no actor; "the
                    # use of French": a language
                if tok.i in heads:
                    codes, person, titles = self.code_np(doc, tok, match, day)
                    lo, hi = self.np_range(tok)
                    if tok.i in match and match[tok.i][2].kind == "named":  # "Action Against Hunger", not "Action":
                        lo, hi = min(lo, match[tok.i][0]), max(hi, match[tok.i][1])  # a name is never cut
                    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
                    acts = []
                    for code in codes:
                        # "Russian and Chinese warships": each country's actor starts at its own word
                        own = next((t.idx for t in doc[lo:tok.i] if t.i in match and match[t.i][2].code[:3] == code[:3]),
                                   start) if code and code != codes[0] else start
                        a = actor(text, own, end, name=None, code=code)
                        if person:
                            a = resolver.person(a, person, titles, tok, sent_i)
                        elif code:
                            a["name"] = self._name_of(code, tok, match)
                        acts.append(a)
                    self._possessor(tok, acts, found)
                    acts = [a for a in acts if a["code"] or a["name"] or tok.lemma_.lower() in GENERIC]
                    bare = all(not a["country"] and not a["group"] and not a["name"] for a in acts)
                    if bare and the:
                        # "the minister" after "Pakistan's Foreign Minister Qureshi" is Qureshi
                        acts = [a for a in [resolver.description(tok, sent_i, (lo, hi))] if a] or acts
                    if acts:
                        self._appos(doc, tok, acts, match, day, resolver, sent_i)
                        found.heads[tok.i] = acts
                        found.mentions.extend(acts)
                        resolver.seen(tok, acts, sent_i)
                elif pos[i] == "PROPN" and cols.dep[i] not in ("compound", "flat") and resolver.canonical(cols.text[i]):
                    # "Stubb said" after "Finnish President Alexander Stubb": the tagger may not call it a person
                    a = resolver.person(actor(text, tok.idx, tok.idx + len(tok.text), name=None, code=None),
                                        tok.text, [], tok, sent_i)
                    found.heads[tok.i] = [a]
                    found.mentions.append(a)
                    resolver.seen(tok, [a], sent_i)
                elif pos[i] == "PRON":
                    a = resolver.pronoun(tok, sent_i, found)
                    if a:
                        found.heads[tok.i] = [a]
                        found.mentions.append(a)
                elif the:
                    a = resolver.description(tok, sent_i, self.np_range(tok))
                    if a:
                        found.heads[tok.i] = [a]
                        found.mentions.append(a)
        found.antecedents = resolver.antecedents
        found.match = match
        return found

    @staticmethod
    def _possessor(tok, acts: list[dict], found: Found) -> None:
        """'its army' after 'Pakistan': a resolved possessive pronoun gives a sector-only phrase its country; 'the
        group's fighters' after 'the Gulf Clan' are the group's own."""
        if tok.lemma_.lower() in N.COUNTERPARTS:
            return  # "his counterpart" serves the other side
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PRON", "NOUN") and c.i in found.heads]
        for a in acts:
            owner = found.heads[poss[0].i][0] if poss else None
            c, s, g = split_code(a["code"])
            if owner and poss[0].pos_ == "NOUN" and not (owner["group"] or owner["sector"] in ORGANISATIONS):
                continue  # "the group's fighters" are the group's; "the country's" is context's to say
            if owner and not c and s and (owner["group"] or owner["sector"] in ORGANISATIONS):
                # "its spokesman" after M23, "its officials" after the opposition: the body's own people
                a.update(actor(doc_text(tok.doc), a["start"], a["end"], owner["name"], owner["code"]))
            elif owner and owner["country"] and not c and s:
                a.update(actor(doc_text(tok.doc), a["start"], a["end"], owner["name"], join_code(owner["country"], s, g)))

    def _name_of(self, code: str, tok, match) -> str | None:
        if tok.i in match:
            return match[tok.i][2].name
        for t in tok.lefts:
            for u in t.subtree:
                if u.i in match and match[u.i][2].code[:3] == code[:3]:
                    return match[u.i][2].name
        return None

    def _candidate_heads(self, doc, match) -> set[int]:
        """Noun-phrase heads worth coding: dictionary matches, people, and sector nouns with a country."""
        heads = set()
        cols = columns(doc)
        for i in range(len(doc)):
            if cols.punct[i] or (cols.pos[i] not in ("NOUN", "PROPN") and i not in match):
                continue
            head, dep = cols.head[i], cols.dep[i]  # tested by index before a Token is built
            if i in match and match[i][0] <= head < match[i][1] and head != i:
                continue  # "Republic of Congo": one name, headed once
            if dep in ("compound", "flat") and cols.pos[head] in ("NOUN", "PROPN") and head > i and not (
                    dep == "compound" and i in match and (
                        cols.ent_type[i] in ("NORP", "GPE", "ORG") or match[i][2].kind in ("country", "named"))
                    and not self._sectorish(doc[head], match) and head not in match):
                continue  # but "Lithuanian websites": the nationality names an actor, as an adjective would
            if dep in ("poss", "amod"):
                if i in match and cols.pos[head] in ("NOUN", "PROPN") and self._sectorish(doc[head], match):
                    continue  # "Pakistan's ambassador": the head carries it
            if dep == "pobj" and cols.lower[head] in LOCATIVE and i in match and match[i][2].kind == "seat":
                continue  # "in Islamabad" is a place, not the government
            if cols.tag[i] == "NN" and cols.lemma[i] in MASS_READINGS and i not in match and not any(
                    cols.dep[c] in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in cols.kids[i]):
                continue
            tok = doc[i]
            lo, hi = self.np_range(tok)
            person, lemma, low = cols.ent_type[i] == "PERSON", cols.lemma[i], cols.lower[i]
            if person and i not in match and hi - lo == 1 and big_city(cols.text[i]):
                continue  # "shelled Kharkiv": the tagger's one-word "person" is a big city
            if person and i not in match and "-" in doc[lo:hi].text and (
                    (place := locate(doc[lo:hi].text.replace("-", " "))) and place.get("lat") is None):
                continue  # "known as Saint-Martin": a territory, not a person (nor Ireland's Micheal Martin)
            if i in match or person or titled(tok, match) or (any(k in match for k in range(lo, hi)) and (
                    self._sectorish(tok, match) or cols.pos[i] == "PROPN" or lemma in HEAD_NOUNS)):
                heads.add(i)  # "Pakistan's role" is not an actor: its possessor is (see below)
            elif self.lex.sector(lemma) or self.lex.sector(low) or (
                    lemma in GENERIC and cols.tag[i] == "NNS") or (  # "its border guards"
                    i > 0 and cols.dep[i - 1] in ("compound", "amod") and self.lex.sector(f"{cols.lower[i - 1]} {low}")) or (
                    lemma in ROLE_NOUNS and self._modifier_sector(list(tok.lefts))) or (  # "gang members"
                    lemma in POSTS and self._modifier_sector(list(tok.lefts)) in ARMED) or counted_people(tok):
                heads.add(i)
        return heads

    def _sectorish(self, head, match) -> bool:
        return bool(self.lex.sector(head.lemma_.lower()) or self.lex.sector(head.lower_) or head.ent_type_ == "PERSON"
                    or head.i in match)

    def _appos(self, doc, tok, acts, match, day, resolver, sent_i) -> None:
        """'Asad Majeed Khan, Pakistan's ambassador' and 'Pakistan's ambassador, Asad Majeed Khan': share what each knows."""
        for other in [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else []):
            codes, person, titles = self.code_np(doc, other, match, day)
            a = acts[0]
            if person and (not a["name"] or tok.pos_ == "NOUN" and a["name"] == self._name_of(a["code"] or "", tok, match)
                           and other.i not in match):
                # "Pakistan's foreign ministry spokeswoman, Amna Farooqui": the person, not the state that named her
                a.update(resolver.person(dict(a), person, titles, other, sent_i))
                a["code"] = a["code"] or codes[0]
            elif codes[0] and a["name"] in resolver.people and not resolver.dictionary_name(a["name"]):
                # (a state is no person to learn a role for: "talks mediated by Togo, Indian and Togolese officials")
                resolver.learn(a["name"], codes[0], titles)
                if not a["code"] or len(codes[0]) > len(a["code"]) or (  # "the U.N. envoy, Norwegian diplomat
                        codes[0].startswith("IGO") and not a["code"].startswith("IGO")):  # Henrik Solvang": the U.N.'s
                    a.update(actor(doc_text(doc), a["start"], a["end"], a["name"], codes[0]))


def _locative_between(cols, t: int, head: int) -> bool:
    """Is there a locative preposition on the way up from token `t` to `head` (`ActorFinder._in_locative`)?"""
    heads = cols.head
    while t != head and heads[t] != t:
        if cols.dep[t] == "prep" and cols.lower[t] in LOCATIVE:
            return True
        t = heads[t]
    return False


MODIFIED_ROLES = ROLE_NOUNS | AGENTS | POSTS  # heads whose modifier may name their sector
HEAD_NOUNS = GENERIC | AGENTS | ROLE_NOUNS  # heads that stand for an actor named inside their phrase


STANCES = {"pro", "anti"}  # prefixes that make a people's adjective a stance towards it
POLLS = {"election", "elections", "vote", "votes", "poll", "polls", "ballot", "ballots", "campaign", "campaigning",
         "parliament", "coalition", "electoral", "candidates", "results", "count", "recount"}
ALL_SIDES = {"all", "any", "both", "either", "neither", "each", "warring", "conflicting", "rival", "concerned"}
PORTFOLIOS = {"defence", "defense", "interior", "finance", "justice", "health", "energy", "trade", "agriculture",
              "education", "labour", "labor", "transport", "mining", "mines", "economy", "home", "environment"}


def _other_minister(toks, head, entry) -> bool:
    """'Defence Minister Pedro Sanchez': a minister of a portfolio the leaders table does not give the person it
    lists under that name (Spain's prime minister); its defence ministers carry their own sector (ISRMIL)."""
    words = [t.lower_ for t in toks if t.i < head.i]
    return split_code(entry.code)[1] == "GOV" and any(
        w == "minister" and k and words[k - 1] in PORTFOLIOS for k, w in enumerate(words))


def _firm_of_nations(doc, head, countries: list[str], by: dict, match: dict, toks) -> bool:
    """"Italian-Thai Development", "Italian-Thai denies": hyphen-joined peoples' adjectives naming a company; a
    joint body ("the Joint Norwegian-Russian Fisheries Commission") or a common noun ("Sino-Russian drills") is
    still both states' business."""
    name = head.head if head.dep_ == "compound" and head.head.pos_ == "PROPN" else head
    if name.pos_ != "PROPN" or any(t.lower_ in JOINT_BODY for t in toks) or name.lower_ in JOINT_BODY:
        return False
    if any(match[by[c].i][2].kind != "adjective" for c in countries):
        return False
    return any(by[c].i + 1 < len(doc) and doc[by[c].i + 1].text == "-" for c in countries)


def owners(countries: list[str], by: dict) -> list[str]:
    """"Bosnia's Serb-run Republika Srpska", "Moldova's Russian-speaking region": a state named as owner outranks a
    people's adjective inside what it owns; only countries named side by side ("Russian and Chinese warships") stay."""
    poss = [c for c in countries if by[c].dep_ == "poss" and by[c].pos_ == "PROPN"]
    if len(countries) < 2 or len(poss) != 1:
        return countries
    owner = by[poss[0]]
    side = {owner.i} | {t.i for t in owner.conjuncts}
    if any(by[c].i in side or any(k.i in side for k in by[c].conjuncts) for c in countries if c != poss[0]):
        return countries
    return poss


# office titles that make the capitalised name after them a person even when the tagger does not
OFFICE_TITLES = {"president", "minister", "ambassador", "senator", "general", "chancellor", "premier", "governor",
                 "mayor", "judge", "commander", "colonel", "envoy", "spokesman", "spokeswoman", "king", "queen",
                 "prince", "emir", "sheikh", "mr", "mrs", "ms", "dr"}


def titled(head, match) -> bool:
    """'Outgoing President Patrice Talon': a name of capitalised words right after an office title."""
    if head.pos_ != "PROPN" or head.i in match or head.ent_type_ not in ("", "PERSON") or not head.text[:1].isupper():
        return False
    k = head.i - 1
    while k >= 0 and head.doc[k].pos_ == "PROPN" and head.doc[k].head.i == head.i and \
            head.doc[k].lower_.rstrip(".") not in OFFICE_TITLES and k not in match:
        k -= 1
    return k >= 0 and head.doc[k].lower_.rstrip(".") in OFFICE_TITLES and head.doc[k].dep_ == "compound" and \
        head.doc[k].head.i == head.i

