"""The country of a sector actor its own words do not name ("the police", "protesters", "the army"), from
context, in the order CAMEO coders use: a place the sentence happens in ("Police in Lagos fired at
protesters" -> NGA), for state organs the one government the sentence names ("Serbia's president put the
army on alert" -> SRB), the country the article is about (when one clearly dominates), then its dateline (a
story filed from Nairobi about Sudan's war is about Sudan). Nothing says -> the actor stays without a
country. Each filled actor says how in `context`."""

from __future__ import annotations

from collections import Counter

from eventwire.actors.coref import PRONOUNS as COREF_PRONOUNS
from eventwire.actors.names import COUNTERPARTS
from eventwire.dates.resolve import MONTHS, WEEKDAYS
from eventwire.nlp.columns import columns, subtree_indices
from eventwire.places import locate, locate_in
from eventwire.places.locative import GATHERINGS, WATERS, located
from eventwire.records import doc_sents, join_code, mention_head, split_code

INTERNATIONAL = {"IGO", "NGO", "UAF"}
# organs a government commands: "Serbia's president put the army on alert" (not civilians or protesters, who in
# a sentence about a foreign government are as likely its victims)
STATE_ORGANS = {"MIL", "COP", "GOV", "JUD", "LEG", "SPY"}
# an envoy serves one state where another hosts him: the place he is in, or the government he meets, is not his
DIPLOMATS = {"ambassador", "envoy", "diplomat", "consul", "emissary", "delegation", "delegate", "embassy",
             "consulate", "ambassadors", "envoys", "diplomats", "consuls", "emissaries", "delegations", "delegates",
             "embassies", "consulates", "high commissioner", "high commissioners"}  # an embassy is the sending state's, wherever it stands ("embassies in Podgorica")
GOVERNING = {"GOV", "LEG", "JUD"}  # whose country a sentence's state organs share (not its armed forces: a foreign
# army in the sentence is as likely the one attacking)  # sectors that belong to no one country
ARBITRAL = {"arbitration", "arbitral"}
REGIONS = {"western", "european", "arab", "african", "asian", "gulf", "nordic", "baltic", "balkan", "latin",
           "pacific", "neighbouring", "neighboring", "allied"}  # not "regional officials": the region's own
# who may come from across a border: a story's dateline does not say whose gunmen, rebels or raiders they are
ARMED = {"REB", "CRM", "UAF", "INS", "SEP"}
# sectors the dateline's country was wrong for as often as right, by the analysts' verdicts on j1-j565 (session 22:
# armed forces 44 right, 66 wrong; rebels 26/27; criminals 8/16; refugees 4/8; media 2/5; schools 2/4; religious
# bodies 2/3; spies and health 0/2): armies, fighters, refugees and reporters come from across borders
FOREIGN_AS_OFTEN = ARMED | {"MIL", "REF", "MED", "EDU", "REL", "SPY", "HLH"}
DOMINANT_SHARE = 0.6  # "the country the article is about": at least this share of country mentions
DOMINANT_MIN = 3
PRONOUNS = set(COREF_PRONOUNS) | {"we", "us", "our"}  # a pronoun refers; it names no country of its own
SHORT = 3  # sentences: fewer make an item (a headline, a one-sentence report), not an article
LEDE = 4  # sentences at the top of a story: headline, "Published:", dateline and lede
OWN_PLACE = "a place its own words name"  # contexts that are the actor's own words ("police in Lagos")
BODY = "the body it belongs to"  # "officers of Mozambique's police"
LOCAL = "'local': the place of the sentence or the story"  # "a local trader" in a story filed from Singapore
SENT = "the state that sends them"  # "Japan is sending troops to South Sudan": Japan's troops
RENAMED = "the phrase it renames"  # "Its spokesman, Rajiv Bhandari"
OWN_WORDS = {OWN_PLACE, BODY, LOCAL, RENAMED}
# verbs by which a state moves its own forces: what it sends, deploys or pulls out is its own wherever they go
DISPATCH = {"send", "deploy", "dispatch", "contribute", "withdraw", "pull", "station", "commit", "airlift", "redeploy"}
MOVED_FORCES = {"troop", "soldier", "force", "unit", "battalion", "brigade", "contingent", "peacekeeper", "marine",
                "paratrooper", "warship", "jet", "police", "officer"}
LEAD = 1.5  # how far the most named country must lead the next to stand for the article without dominating it


def fill_countries(doc, mentions: list[dict], dateline: dict | None) -> None:
    """Give country-less sector actors a country from context, in place."""
    # a named group keeps the code the dictionaries give it (ISIS is REBISI wherever it acts)
    open_ = [a for a in mentions if not a.get("country") and a.get("sector") and not a.get("group")
             and a["sector"] not in INTERNATIONAL and a["text"].lower() not in PRONOUNS]  # pronouns: follow_antecedents
    if not open_:
        return
    sents = doc_sents(doc)
    starts = [s.start_char for s in sents]
    states = {h.i: a["country"] for a in mentions if a.get("country") and not a.get("sector")
              and (h := mention_head(doc, a)) is not None}  # "Congo's": the state a possessor names
    places = _sentence_places(doc, starts, states)
    # "met his Turkish counterpart": the counterpart's government is the other side's, never the subject's
    sides = [a for a in mentions if not (a.get("sector") and _roles(a, mention_head(doc, a)) & COUNTERPARTS)]
    by_sent: dict[int, set[str]] = {}  # the countries of a sentence's governments
    for a in sides:  # not an envoy's (he faces the government he is posted to), nor a pronoun's (it names no one)
        if a.get("country") and a.get("sector") in GOVERNING and not DIPLOMATS & _roles(a, mention_head(doc, a)) and \
                a["text"].lower() not in PRONOUNS:
            by_sent.setdefault(_sentence_of(starts, a["start"]), set()).add(a["country"])
    # how often the article names each country (a pronoun refers back; it names nothing new)
    counts = Counter(a["country"] for a in mentions if a.get("country") and a["text"].lower() not in PRONOUNS)
    total = sum(counts.values())
    top = counts.most_common(1)[0] if counts else None
    dominant = top[0] if top and top[1] >= DOMINANT_MIN and top[1] / total >= DOMINANT_SHARE else None
    ranked = counts.most_common(2)
    # no one country dominates, but one clearly leads: a story filed from Doha about Congo and Rwanda is about
    # Congo when Congo is named half again as often as Rwanda; used when the dateline is a host's, not a party's
    leading = ranked[0][0] if ranked and ranked[0][1] >= DOMINANT_MIN and (
        len(ranked) == 1 or ranked[0][1] >= LEAD * ranked[1][1]) else None
    # a headline or a sentence alone that names one country only ("Guinea's junta released three journalists")
    # through its state (not "two Chinese engineers" whom separatists abducted)
    only = top[0] if top and len(counts) == 1 and len(sents) < SHORT and any(
        a.get("country") == top[0] and a.get("sector") in STATE_ORGANS
        for a in sides) else None
    filed = (dateline or {}).get("country")
    # the top of the story (headline and lede): a dateline country acting there is a party, not a host
    top_of_story = {a["country"] for a in mentions if a.get("country") and _sentence_of(starts, a["start"]) < LEDE}
    # a story filed from Guatemala City about Honduras and Belize, Guatemala a side player named less than both,
    # and not the country the lede opens with ("PORT MORESBY - Papua New Guinea asked Australia" is a party's)
    opener = next((a["country"] for a in sorted(mentions, key=lambda m: m["start"]) if a.get("country")
                   and 0 < _sentence_of(starts, a["start"]) < LEDE), None)
    behind = opener != filed and sum(n > counts.get(filed, 0) for c, n in counts.items() if c != filed) >= 2
    host = bool(filed) and (behind or filed not in top_of_story and _host(filed, top, counts) or
                            filed in _mediators(doc, mentions))
    people: dict[str, tuple[str, str]] = {}  # a person's country, as context gave it at his first mention
    # sentence -> country of the state that is its main clause's subject ("Chad rejected the accusation.")
    subjects = {_sentence_of(starts, a["start"]): a["country"] for a in mentions if a.get("country") and not a.get(
        "sector") and (h := mention_head(doc, a)) is not None and h.dep_ == "nsubj" and h.head.dep_ == "ROOT"
        and h.head.lemma_.lower() in ANSWER_VERBS}
    # sentence -> an organisation that speaks as its main clause's subject ("The European Commission said ...")
    speaking = {_sentence_of(starts, a["start"]): a for a in mentions if a.get("sector") == "IGO" and not a.get(
        "country") and (h := mention_head(doc, a)) is not None and h.dep_ == "nsubj" and h.head.dep_ == "ROOT"
        and h.head.lemma_.lower() in SPEAKING_VERBS}
    countried = [(a, h) for a in mentions if a.get("country") and (h := mention_head(doc, a)) is not None]
    bodies = {h.i: a for a, h in countried}
    states = {h.i: a["country"] for a, h in countried if not a.get("sector")}  # "Republic of Congo", "Sudan"
    envoys = {h.i: a["country"] for a, h in countried if DIPLOMATS & _roles(a, h)}
    organs = {h.i: a["country"] for a, h in countried if a.get("sector") in GOVERNING}
    for a in sorted(open_, key=lambda m: m["start"]):
        s = _sentence_of(starts, a["start"])
        head = mention_head(doc, a)
        facing = _facing(head, envoys)  # "China's ambassador met Interior Minister Naqvi": not China's
        if facing is None and a["sector"] == "GOV":  # "(TBILISI -) the State Department urged the government"
            facing = _facing(head, organs, ADDRESSING)  # a foreign organ's; the story's own ("the Kremlin") may be its own
            facing = None if facing in (filed, dominant) else facing
        others = set() if _spoken_of(head, organs) else by_sent.get(s, set()) - {facing} - _acted_on(head, organs)
        roles = _roles(a, head)
        if roles & COUNTERPARTS:
            continue  # the other side of whoever the story follows: nothing around him says which
        if _organisation_of(head):
            continue  # "SICA's secretary general": an organisation no dictionary codes, of no one state
        if arbitral(head):
            continue  # "an arbitration court in Paris": a tribunal of the parties' choosing, not France's courts
        if "foreign" in roles and a["sector"] not in STATE_ORGANS:
            continue  # "evacuated foreign nationals from Lebanon": not of the place, and of no state named
        if roles & REGIONS and head is not None and head.tag_ == "NNS":
            continue  # "accused Western governments", "Arab armies": several states, none of them named
        envoy = bool(DIPLOMATS & roles) and "former" not in roles  # posted where he is, facing whom he meets
        if not a.get("name") and (org := _organisation_speaking(head, s, speaking)):
            # "The European Commission said it would not take sides. A spokesman in Brussels said ...": its
            # spokesman, not Belgium's (174th-175th passes)
            a.update(code=org["code"], country=None, sector=org.get("sector"), group=org.get("group"), context=ITS_VOICE)
            continue
        body = _body_of(head, bodies)  # "officers of Mozambique's police": the body's country
        renamed = None if body else _renamed(head, bodies)
        sender = None if body or renamed else _sender(head, bodies)
        own = None if envoy or body or renamed or sender else _own_place(head, states)
        here = None if envoy else own or _place_of(head, places.get(s, []))
        if a.get("name") in people:  # "Orpo said he had spoken with Estonia's PM": the Orpo placed before
            country, how = people[a["name"]]
        elif body and body.get("group") and body.get("sector") not in STATE_ORGANS:
            # "commanders of the ELN" are the ELN (a rebel group), not Colombia's army
            a.update(code=body["code"], country=body["country"], sector=body.get("sector"), group=body["group"],
                     context=BODY)
            continue
        elif body:
            country, how = body["country"], BODY
        elif renamed:
            country, how = renamed["country"], RENAMED
        elif sender:
            country, how = sender, SENT
        elif (here or filed) and head is not None and any(c.dep_ == "amod" and c.lower_ == "local" for c in head.children):
            country, how = here or filed, LOCAL
        elif own:
            country, how = own, OWN_PLACE
        elif here:
            country, how = here, "place of the sentence"
        elif facing and filed and filed != facing:
            country, how = filed, "the dateline's, whose official an envoy meets"
        elif len(others) == 1 and a["sector"] in STATE_ORGANS and not envoy:
            country, how = next(iter(others)), "the government the sentence names"
        elif envoy:
            continue  # "High Commissioner Rajiv Menon" in a story about his hosts: whose envoy, nothing says
        elif a["sector"] in STATE_ORGANS and (spoke := _answering_state(doc, head, starts, s, subjects)):
            country, how = spoke, "the state whose answer the sentence before told"
        elif filed and not host and filed in top_of_story and dominant != filed and a["sector"] not in FOREIGN_AS_OFTEN:
            country, how = filed, "dateline"  # "DHAKA - Bangladesh summoned India's envoy ... the ministry said"
        elif dominant:
            country, how = dominant, "country the article is about"
        elif only:
            country, how = only, "the one country the item names"
        elif filed and not host and a["sector"] not in FOREIGN_AS_OFTEN:
            country, how = filed, "dateline"
        elif leading:
            country, how = leading, "country the article names most"
        else:
            continue
        if country == facing:
            continue  # an envoy meets his hosts, not his own government (unless something says so)
        _, sector, group = split_code(a["code"])
        a.update(code=join_code(country, sector, group), country=country, context=how)
        if a.get("name"):
            people.setdefault(a["name"], (country, how))


SAYING = {"say", "tell", "add", "insist", "stress", "note", "claim", "state", "announce"}


ANSWER_VERBS = {"reject", "deny", "dismiss", "refute", "respond", "reply", "protest", "condemn", "welcome", "hit"}
SPEAKING_VERBS = SAYING | ANSWER_VERBS  # an organisation speaking as the main clause's subject


def _answering_state(doc, head, starts: list[int], s: int, subjects: dict[int, str]) -> str | None:
    """"Chad rejected the accusation. Foreign Minister Mahamat Issa said ...": an official named with no state, who
    speaks first in the sentence right after one telling a state's answer, speaks for that state (161st pass: the
    Chadian minister given the Bangui dateline's country)."""
    if head is None or head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or s - 1 not in subjects:
        return None
    first = min((t.i for t in head.sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), default=None)
    return subjects[s - 1] if first == head.i else None


VOICES = {"spokesman", "spokeswoman", "spokesperson", "official", "spokespeople"}
ITS_VOICE = "the organisation that spoke in the sentence before"


def _organisation_speaking(head, s: int, speaking: dict[int, dict]) -> dict | None:
    """The organisation an unnamed spokesman speaks for: the one that spoke as subject of the sentence before, when
    he is the first subject of his own (as `_answering_state` for a state's official)."""
    if head is None or s - 1 not in speaking or head.lemma_.lower() not in VOICES or head.dep_ != "nsubj" \
            or head.head.dep_ != "ROOT":
        return None
    first = min((t.i for t in head.sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), default=None)
    org = speaking[s - 1]
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text not in org["text"] for c in head.children):
        return None  # "An IOM spokeswoman" after UNHCR spoke: another organisation's, named
    return org if first == head.i else None


def _spoken_of(head, organs: dict[int, str]) -> bool:
    """Does the actor's own verb of saying name a government in what is said ("Foreign Minister Haverkamp said
    Caracas had been informed")? Then the sentence's government may be his or the other side's: no guess."""
    if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAYING:
        return False
    said = {k for c in head.head.children if c.dep_ == "ccomp" for k in subtree_indices(c)}
    return any(i in said for i in organs)


def _acted_on(head, organs: dict[int, str]) -> set[str]:
    """Countries of the governments the actor's own verb acts on: "Security Adviser Ano accused Beijing" is not
    Beijing's adviser."""
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    objects = {k for c in head.head.children if c.dep_ in ("dobj", "dative", "prep") for k in subtree_indices(c)}
    return {country for i, country in organs.items() if i in objects}


def arbitral(head) -> bool:
    """'an arbitration court': a tribunal of the parties' choosing, of no state (not its venue's, nor the story's)."""
    return head is not None and any(t.lower_ in ARBITRAL for t in head.lefts)


def follow_antecedents(found) -> None:
    """A pronoun resolved before context gave its antecedent a country takes the antecedent's code now ("he"
    after a minister the dateline placed), never a country of its own sentence."""
    for i, ante in found.antecedents.items():
        for a in found.heads.get(i, []):
            if a["text"].lower() in PRONOUNS and not a.get("country") and ante.get("country") and \
                    a.get("sector") == ante.get("sector"):
                a.update(code=ante["code"], country=ante["country"], context=ante.get("context"))


def _host(filed: str, top: tuple[str, int] | None, counts: Counter) -> bool:
    """A story filed from a mediator's capital (Doha, Geneva) about others: another country is named at least
    DOMINANT_MIN times and twice as often as the dateline's, so the dateline says nothing of the parties."""
    return bool(top) and top[0] != filed and top[1] >= DOMINANT_MIN and top[1] >= 2 * counts.get(filed, 0)


MEDIATING = {"host", "mediate", "broker", "facilitate", "sponsor"}


def _mediators(doc, mentions: list[dict]) -> set[str]:
    """Countries the story says host or mediate ("Norway-hosted talks", "hosted by Norway", "Qatar, which
    brokered the deal"): filed from their capital, the story is about the parties, and the dateline names no one's
    soldiers or officials."""
    out = set()
    for a in mentions:
        head = mention_head(doc, a)
        if head is None or not a.get("country") or a.get("sector"):
            continue
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head  # "hosted by Norway"
        elif head.dep_ == "npadvmod" and verb.tag_ == "VBN":
            pass  # "Norway-hosted talks"
        elif head.dep_ != "nsubj":
            rel = next((c for c in head.children if c.dep_ == "relcl"), None)  # "Norway, which has mediated"
            verb = rel if rel is not None else verb
        if verb.lemma_.lower() in MEDIATING:
            out.add(a["country"])
    return out


def _sentence_of(starts: list[int], char: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last sentence starting at or before char
        mid = (lo + hi + 1) // 2
        if starts[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


TIME_NAMES = frozenset(MONTHS + WEEKDAYS)


def _sentence_places(doc, starts: list[int], states: dict[int, str]) -> dict[int, list[tuple[int, str]]]:
    """Sentence index -> (clause verb, country) of each located place named in it, in text order."""
    out: dict[int, list[tuple[int, str]]] = {}
    tagged = located(doc)
    seen = {anchor for anchor, _ in tagged}
    # and names the tagger did not call places: "near Mandalay", "of Kharkiv"
    # ("withdrawn from Haiti" is where they leave, not where the sentence happens)
    # ("withdrawn in March" is a time: March is also an English town)
    # ("the Republic of Kazakhstan": the state named after "of", not a Missouri town called Republic)
    untagged = [(t.i, _name(t)) for t in _proper_pobjs(doc) if t.i not in seen and t.head.lower_ in OWN_PREPS
                and t.head.lower_ != "from" and t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in TIME_NAMES
                and not _named_of(t) and not _sector_word(t)]  # "Inspector General of Police": no Polish town
    for anchor, text in sorted(tagged + untagged):
        if doc[anchor].head.head.lemma_.lower() in GATHERINGS:
            continue  # "summoned the leaders to talks in Brussels": a venue, not whose the leaders are
        holder = doc[anchor].head.head if doc[anchor].head.lower_ == "of" else None
        if any(w.lower() in WATERS for w in text.split() if w[:1].isupper()) or (
                holder is not None and holder.lower_ in WATERS and holder.text[:1].isupper()):
            continue  # "navies cooperate in the Gulf of Guinea", "Lake Chad": water, no one's country
        whole = locate_in(doc, f"{_name(holder)} of {text}") if holder is not None and holder.pos_ == "PROPN" else None
        # "Port of Spain": the city is Trinidad's, not Spain's
        country = _owner(doc[anchor], states) or (whole or locate_in(doc, text) or {}).get("country")
        if country:
            out.setdefault(_sentence_of(starts, doc[anchor].idx), []).append((clause_verb(doc[anchor]), country))
    return out


def _owner(tok, states: dict[int, str]) -> str | None:
    """'Congo's Kasai province', 'Haiti's capital': the state named as the owner is where the place is (Kasai is
    also a town in Japan)."""
    if tok.i in states and any(c.dep_ == "poss" for c in tok.children):
        return states[tok.i]  # the phrase "Congo's Kasai" is coded as its owner's
    for t in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        owner = next((c for c in t.children if c.dep_ == "poss" and c.i in states), None)
        if owner is not None:
            return states[owner.i]
    return None


def _proper_pobjs(doc) -> list:
    """Proper nouns that are objects of a preposition, found on the Doc's arrays (no Token built for the rest)."""
    cols = columns(doc)
    return [doc[i] for i, pos in enumerate(cols.pos) if pos == "PROPN" and cols.dep[i] == "pobj"]


def _named_of(tok) -> bool:
    """Is this word the head of "X of NAME" ("Republic of Kazakhstan"), whose place is the name after "of"?"""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
               for p in tok.children)


def _name(tok) -> str:
    return " ".join([t.text for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok.text])


# clauses that describe something else: "a company registered in the UAE", "to help farmers find markets in Japan"
SIDE_CLAUSES = {"acl", "relcl", "xcomp", "advcl", "pcomp"}


def _own_place(head, states: dict[int, str]) -> str | None:
    """'The mayor of Kharkiv', 'Villagers near Mandalay': a place a preposition hangs on the actor's head
    (whatever the tagger called the name). A state the dictionary named there is that state, before any town the
    gazetteer has of one word of its name ("police in the Republic of Congo": not Republic, Missouri)."""
    if head is None:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in OWN_PREPS:
            for name in prep.children:
                owner = next((c for c in name.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if name.dep_ == "pobj" and owner is not None and name.lemma_.lower() in PLACE_NOUNS:
                    name = owner  # "Security forces in Haiti's capital"
                elif name.dep_ == "pobj" and name.lemma_.lower() in PLACE_NOUNS:
                    name = next((o for p in name.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                                 if o.dep_ == "pobj" and o.pos_ == "PROPN"), name)  # "in the city of Birgunj"
                if name.dep_ in ("pobj", "poss") and name.i in states:
                    return states[name.i]
                if name.dep_ in ("pobj", "poss") and name.pos_ == "PROPN" and not _sector_word(name):
                    place = locate_in(name.doc, _name(name))
                    if place and place.get("country"):
                        return place["country"]
    return _named_before(head, states)


def _named_before(head, states: dict[int, str]) -> str | None:
    """"Lagos police", "Xinjiang border guards": a place named just before the actor's noun is where it is from
    (the issue's "Police in Lagos" told the other way round; the dateline's country had been given)."""
    if head.pos_ != "NOUN":
        return None  # "spokesman Lin Jian": a person's name, not a place
    i = head.i - 1
    while i >= 0 and head.doc[i].dep_ == "compound" and head.doc[i].pos_ == "NOUN":
        i -= 1  # "border" in "Xinjiang border guards"
    words = []
    while i >= 0 and head.doc[i].pos_ == "PROPN" and head.doc[i].dep_ in ("compound", "nmod"):
        words.insert(0, head.doc[i])
        i -= 1
    if not words or any(_sector_word(w) or w.ent_type_ not in ("GPE", "LOC", "") or w.is_upper for w in words):
        return None  # (a name the tagger calls something else, or an acronym: "the Liberal Party", "LURD fighters")
    if words[-1].i in states:
        return states[words[-1].i]
    place = locate_in(head.doc, " ".join(w.text for w in words))
    country = place.get("country") if place else None
    # a town of the same name in a country the story never names is not it ("the ruling Morena party" in Mexico)
    return country if country in set(states.values()) else None  # (a state the dictionary found in the story)


def _organisation_of(head) -> bool:
    """Is the actor an organisation's ("SICA's secretary general", "the secretary general of ASEAN-X")?"""
    if head is None:
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.ent_type_ == "ORG" and o.pos_ == "PROPN" and not locate(_name(o)) for o in owners)


ADDRESSING = {"urge", "ask", "call", "press", "demand", "accuse", "criticise", "criticize", "condemn", "warn", "tell",
              "blame", "appeal"}


def _facing(head, countries: dict[int, str], verbs: set[str] | None = None) -> str | None:
    """The country of the subject (one of `countries`: head index -> country) of the verb this actor is the object
    of. With no `verbs`: an envoy who meets or talks with him ("the ambassador met the minister"), who is as a rule
    of the government the envoy is posted to. With `verbs`: a state organ that urges, accuses or warns him ("the
    State Department said it was concerned and urged the government"): another government than the organ's."""
    if head is None or head.dep_ not in ("dobj", "pobj") or head.dep_ == "pobj" and verbs is None and \
            head.head.lower_ != "with":
        return None
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if verb.pos_ != "VERB" or verbs is not None and verb.lemma_.lower() not in verbs:
        return None
    while verbs is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "said it was concerned and urged the government": the first verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verbs is not None and subj is not None and subj.pos_ == "PRON" and verb.dep_ == "ccomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "it" is the one who said it
    return countries.get(subj.i) if subj is not None else None


def _sender(head, bodies: dict[int, dict]) -> str | None:
    """The country of the state or organ whose own forces these are, by the verb that moves them: "Japan is
    sending troops to the UN force in South Sudan", "Colombia is ready to contribute troops" (not South Sudan's or
    Afghanistan's, the places of the sentence)."""
    if head is None or head.dep_ != "dobj" or head.lemma_.lower() not in MOVED_FORCES or head.head.lemma_.lower() not in DISPATCH:
        return None
    verb = head.head
    for _ in range(4):  # "is ready to contribute", "agreed to send": the subject of the verb above
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            actor = bodies.get(subj.i)
            return actor["country"] if actor and actor.get("sector") in (None, *GOVERNING, "MIL") else None
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _renamed(head, bodies: dict[int, dict]) -> dict | None:
    """The coded phrase a name stands in apposition to: "Its spokesman, Rajiv Bhandari" is India's when "its" is
    (not the dateline's, Lahore's)."""
    if head is None or head.dep_ != "appos" or head.head.i not in bodies:
        return None
    return bodies[head.head.i] if not bodies[head.head.i].get("group") else None


def _body_of(head, bodies: dict[int, dict]) -> dict | None:
    """The coded body an 'of' hangs on the actor's head ("officers of Mozambique's Police"), or the one a 'whose'
    stands for ("Moldova, whose foreign ministry summoned the ambassador")."""
    if head is None:
        return None
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is not None:
        clause = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        owner = clause.head if clause is not None and clause.dep_ == "relcl" else None
        if owner is not None and owner.i in bodies:
            return bodies[owner.i]
    return next((bodies[g.i] for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.i in bodies), None)


def _sector_word(tok) -> bool:
    """'officers of Mozambique's Police': a body's name, not the Polish town of Police."""
    from eventwire.actors import get_lexicon

    return bool(get_lexicon().sector(tok.lower_))


OWN_PREPS = {"of", "in", "near", "from", "at", "outside"}
PLACE_NOUNS = {"capital", "city", "town", "province", "region", "state", "district", "village", "border", "north",
               "south", "east", "west", "centre", "center", "outskirts", "suburbs"}


def clause_verb(tok) -> int:
    """The verb whose clause holds the token (the sentence root when none): "a company registered in the UAE"
    places the company's registration, not the police who asked its owner."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok.i
        tok = tok.head
    return tok.i


def _roles(a: dict, head) -> set[str]:
    """The words an actor's phrase and its apposition call it by ("his counterpart, Cho Hyun": counterpart)."""
    words = set(a["text"].lower().split())
    words |= {"high commissioner"} if "high commissioner" in a["text"].lower() else set()  # a Commonwealth envoy
    if head is not None:
        cols = columns(head.doc)  # children tested by index: a Token only for an appositive
        words |= {_role(head.doc[c]) for c in cols.kids[head.i] if cols.dep[c] == "appos"}
        if cols.dep[head.i] == "appos":
            words.add(_role(head.head))
    return words


def _role(tok) -> str:
    if tok.lemma_.lower() == "commissioner" and any(c.lower_ == "high" for c in tok.children):
        return "high commissioner"
    return tok.lemma_.lower()


def _place_of(head, places: list[tuple[int, str]]) -> str | None:
    """The country of a place in the actor's own clause ("Police in Lagos fired at protesters": both), else of
    one in the sentence's main clauses, never of one in a clause describing something else."""
    if head is None:
        return None
    own = clause_verb(head)
    return next((country for verb, country in places if verb == own), None) or next(
        (country for verb, country in places if not _subordinate(head.doc[verb])), None)


def _subordinate(verb) -> bool:
    """Is this clause, or one above it, a side clause?"""
    for _ in range(12):
        if verb.dep_ in SIDE_CLAUSES:
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
