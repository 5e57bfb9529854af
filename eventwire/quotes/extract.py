"""Quotes from the parse and the quote marks.

Order of evidence: (1) a reporting verb with a clausal complement gives speaker, cue and content
(indirect, or mixed when the complement holds a quoted fragment); (2) a quoted passage with a reporting
verb outside it in the same sentence gives a direct quote; (3) a quoted passage with no cue right after
another quote inherits that speaker; (4) "according to X" attributes the rest of its sentence to X.
Unbalanced quote marks are closed at the end of the paragraph: one stray mark never loses the article.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import cache

from eventwire import data
from eventwire.nlp.columns import columns
from eventwire.records import actor, doc_sents, doc_text, span

OPEN = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
RELAY_NOUNS = {"report", "document", "documents", "note", "notes", "cable", "cables", "message", "messages", "readout",
               "statement", "memo", "letter", "transcript", "record", "records", "newspaper", "paper", "outlet"}
MEDIA_SECTORS = {"MED"}
PHRASAL = {("call", "for"), ("call", "on"), ("call", "upon"), ("point", "to"), ("refer", "to"), ("point", "out"),
           ("speak", "of"), ("speak", "about"), ("talk", "about"), ("respond", "to"), ("react", "to")}
# "WALLACE: If I may ..." opening a transcript paragraph; "” ― Jorge Falcon" after a quote
TRANSCRIPT = re.compile(r"^[\"“]?([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s+\S", re.M)
MARK = re.compile("[" + "".join(OPEN) + "”]")  # where a quoted passage may open: `quote_spans` looks nowhere else
DASH_SOURCE = re.compile(r"[”\"]\s*([―—–-]{1,2})\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})")


@cache
def _words(name: str) -> frozenset[str]:
    words = set()
    for line in (data.path(f"lexicons/{name}")).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words |= set(line.split())
    return frozenset(words)


def reporting_verbs() -> frozenset[str]:
    return _words("reporting_verbs.txt")


def attitude_verbs() -> frozenset[str]:
    return _words("attitude_verbs.txt")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks; apostrophes are not quote marks."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        stray = ch == "”" and (i == 0 or text[i - 1] == "\n") and text[i + 1 : i + 2].isalnum()  # ”This is ...
        if (ch in OPEN and (ch != "‘" or i == 0 or not text[i - 1].isalnum())) or stray:
            ch = "“" if stray else ch
            close = OPEN[ch]
            j = i + 1
            limit = text.find("\n\n", i)
            limit = n if limit < 0 else limit
            while j < limit:
                c = text[j]
                if c == close or (ch == "“" and c == "\"") or (ch == "\"" and c == "”"):
                    if close != "’" or j + 1 >= n or not text[j + 1].isalpha():
                        break
                elif c == "“" and ch == "“" and j > i + 1:  # a new opening before a close: unbalanced
                    break
                j += 1
            end = j
            if end - (i + 1) >= 2:
                spans.append((i + 1, end))
            i = end + 1
        else:
            nxt = MARK.search(text, i + 1)  # past the characters that open nothing
            i = nxt.start() if nxt else n
    return spans


def _qid(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}|q|{start}|{end}".encode()).hexdigest()[:16]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def _tok_span(doc, lo: int, hi: int) -> tuple[int, int]:
    """Character range of tokens lo..hi inclusive, trimmed of edge punctuation."""
    while lo < hi and doc[lo].is_punct and doc[lo].text not in "“\"‘":
        lo += 1
    while hi > lo and doc[hi].is_punct and doc[hi].text not in "”\"’":
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _cue(verb) -> tuple[int, int]:
    """The verb with its auxiliaries and negation just before it: 'has learned', 'did not say'."""
    doc = verb.doc
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        quoted = verb.head.head  # the whole "was quoted as saying"
        lo = min([quoted.i] + [c.i for c in quoted.children if c.dep_ in ("aux", "auxpass") and c.i < quoted.i])
        return doc[lo].idx, verb.idx + len(verb.text)
    lo = verb.i
    for c in sorted((c for c in verb.children if c.dep_ in ("aux", "neg", "auxpass", "advmod") and c.i < verb.i),
                    key=lambda t: -t.i):
        if c.i == lo - 1:  # "has learned", "did not say", "also said", "later said"
            lo = c.i
    prt = [c for c in verb.children if c.i == verb.i + 1 and (c.dep_ == "prt" or (
        c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in PHRASAL))]
    hi = prt[0].i if prt else verb.i
    if hi + 1 < len(doc) and doc[hi + 1].ent_type_ == "DATE" and doc[hi + 1].dep_ == "npadvmod":
        hi += 1  # "said Friday"
    if hi + 1 < len(doc) and doc[hi + 1].text == ":":
        hi += 1  # "said:" before the quote
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _speaker_tok(verb):
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        verb = verb.head.head  # "Trump was quoted as saying that ..."
        return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    s = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if s is not None and s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "the Politico, which obtained the cables, reported"
    if s is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB",):  # "..., saying"
        s = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if s is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            s = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return s


def _speaker(doc, tok, found) -> dict:
    lo, hi = tok.left_edge.i, tok.right_edge.i
    cut = [t.i for t in doc[lo : tok.i] if t.dep_ == "cc" and t.lower_ in ("but", "yet")]
    lo = cut[-1] + 1 if cut else lo  # "the Afghan Taliban but western powers say"
    for c in tok.rights:  # a trailing relative clause is not the source's name
        if c.dep_ in ("relcl", "acl") :
            hi = min(hi, c.left_edge.i - 1)
    s, e = _tok_span(doc, lo, hi)
    base = found.heads.get(tok.i, [None])[0]
    a = actor(doc_text(doc), s, e, name=base["name"] if base else None, code=base["code"] if base else None)
    if base is None and tok.ent_type_ == "PERSON":
        a["name"] = tok.text
    return a


def extract(doc, found, article_id: str) -> list[dict]:
    text = doc_text(doc)
    verbs = reporting_verbs()
    marks = quote_spans(text)
    quotes: list[dict] = []
    claimed: list[tuple[int, int]] = []

    def add(kind, speaker, cue, content, sent) -> None:
        s, e = max(0, content[0]), min(len(text), content[1])
        s, e = _trim(text, s, e)
        if e - s < 2:
            return
        quotes.append({
            "id": _qid(article_id, s, e), "kind": kind, "speaker": speaker,
            "cue": span(text, *cue) if cue else None, "content": span(text, s, e), "relayed_by": [],
            "_sent": sent,
        })
        claimed.append((s, e))

    sents = doc_sents(doc)
    attitudes = attitude_verbs()
    # (1) reporting verbs with a clausal complement; (1b) attitudes with a nominal or infinitival object:
    # "X called for an inquiry", "X wants to win"
    cols = columns(doc)
    pos = cols.pos
    for s_i, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            if pos[i] not in ("VERB", "AUX") or cols.lemma[i] not in verbs and cols.lemma[i] not in attitudes:
                continue  # neither reports nor shows an attitude: no Token built for it
            tok = doc[i]
            lemma = tok.lemma_.lower()
            comp = next((c for c in tok.children if c.dep_ in ("ccomp",)), None)
            if comp is None and lemma in attitudes and tok.pos_ == "VERB" and not any(
                    a <= tok.idx < b for a, b in marks):
                _attitude(doc, tok, s_i, found, add)
            if lemma not in verbs:
                continue
            if comp is None:
                _parenthetical(doc, tok, sent, s_i, marks, found, add)
                continue
            subj = _speaker_tok(tok)
            if subj is None or subj.i in range(comp.left_edge.i, comp.right_edge.i + 1):
                continue
            lo, hi = comp.left_edge.i, comp.right_edge.i
            cs, ce = _tok_span(doc, lo, hi)
            inner = [m for m in marks if m[0] >= cs - 1 and m[1] <= ce + 1]
            tail = [t for t in doc[lo:hi + 1] if inner and t.idx >= inner[-1][1]]
            if inner and inner[0][0] <= cs + 1 and len(inner) == 1 and (
                    inner[-1][1] >= ce - 1 or not any(t.pos_ in ("VERB", "AUX") for t in tail)):
                # 'said "we will not resign" on Monday': the quotation, not the date the parser hung on it
                kind, (cs, ce) = "direct", inner[0]
            else:
                kind = "mixed" if inner else "indirect"
                cs, ce = _extend_to_marks(cs, ce, marks)
            add(kind, _speaker(doc, subj, found), _cue(tok), (cs, ce), s_i)
    # (2) quoted passages with a cue in their sentence
    last = None
    for qs, qe in marks:
        if any(a <= qs + 1 and qe - 1 <= b for a, b in claimed) or any(qs <= a and b <= qe for a, b in claimed):
            last = next((q for q in quotes if q["content"]["start"] <= qs + 1 and qe - 1 <= q["content"]["end"]), last)
            continue
        if _fragment(text, qs, qe):  # a scare-quoted phrase ('called the winner "Miss Piggy"') is no quotation,
            _named_fragment(doc, sents, qs, qe, verbs, found, add)  # unless a named person says nothing else
            continue
        hit = _cue_near(doc, sents, qs, qe, verbs)
        if hit is not None:
            verb, s_i = hit
            subj = _speaker_tok(verb)
            if subj is not None and not (qs <= subj.idx < qe):
                add("direct", _speaker(doc, subj, found), _cue(verb), (qs, qe), s_i)
                last = quotes[-1]
                continue
        own = sents[_sent_of(doc, qs)]
        according = any(t.lower_ == "according" for t in own) or "according to" in text[qe:qe + 20].lower()
        if last is not None and 0 <= qs - last["content"]["end"] < 400 and not according:  # (3) follow-on;
            # a quote "according to X" is left for (4)
            if last["kind"] == "direct" and "\n" not in text[last["content"]["end"]:qs]:
                # '"A," she said. "B."': one quotation around its attribution, as PolNeAR marks it
                last["content"] = span(text, last["content"]["start"], _trim(text, qs, qe)[1])
                continue
            s_i = next((i for i, s in enumerate(sents) if s.start_char <= qs < s.end_char), 0)
            add("direct", dict(last["speaker"]), None, (qs, qe), s_i)
            last = quotes[-1]
    # (4) according to X
    for s_i, sent in enumerate(sents):
        for tok in (doc[i] for i in range(sent.start, sent.end) if cols.lower[i] == "according"):
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                src = _speaker(doc, pobj, found)
                cue = (tok.idx, doc[tok.i + 1].idx + 2)
                if tok.i - sent.start <= 1:
                    cs, ce = doc[pobj.right_edge.i + 1].idx if pobj.right_edge.i + 1 < sent.end else sent.end_char, sent.end_char
                    if len(text[cs:ce].strip(" .")) < 2 and s_i > 0:  # '“...” according to the report.'
                        cs, ce = sents[s_i - 1].start_char, sents[s_i - 1].end_char
                else:
                    cs, ce = sent.start_char, tok.idx
                if any(a <= cs + 2 and ce - 2 <= b for a, b in claimed):
                    _relay(quotes, cs, ce, src)
                    continue
                add("indirect", src, cue, (cs, ce), s_i)
    _transcript_and_dash(doc, text, marks, found, add, quotes)
    inside = marks + [(q["content"]["start"], q["content"]["end"]) for q in quotes if q["kind"] == "direct"]
    quotes[:] = [q for q in quotes if q["kind"] == "direct" or not q["cue"] or not any(
        a <= q["cue"]["start"] < b for a, b in inside)]  # "I think ..." inside a quote is not a new quote
    _relay_chain(doc, quotes, found)
    quotes.sort(key=lambda q: q["content"]["start"])
    for q in quotes:
        q.pop("_sent", None)
    return quotes


def _attitude(doc, verb, s_i, found, add) -> None:
    subj = _speaker_tok(verb)
    if subj is None or verb.dep_ in ("amod", "acl", "relcl", "xcomp", "ccomp") or any(
            c.dep_ == "auxpass" for c in verb.children):
        return
    kids = list(verb.children)
    content = next((c for c in kids if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    content = content or next((c for c in kids if c.dep_ == "dobj"), None)
    prep = next((c for c in kids if c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in PHRASAL), None)
    if content is None and prep is not None:
        content = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if content is None or content.pos_ == "PRON":
        return
    lo, hi = content.left_edge.i, content.right_edge.i
    oprd = [c for c in kids if c.dep_ in ("oprd", "xcomp") and c.i > hi]  # "called the plan a disaster"
    hi = max([hi] + [c.right_edge.i for c in oprd])
    if hi - lo < 1:
        return
    add("indirect", _speaker(doc, subj, found), _cue(verb), _tok_span(doc, lo, hi), s_i)


def _named_fragment(doc, sents, qs, qe, verbs, found, add) -> None:
    """'Nuland included Pakistan among countries that provided “critical support”': with no reporting verb in
    the sentence, the quoted words are the named subject's (a mixed quote cued by the main verb)."""
    s_i = _sent_of(doc, qs)
    sent = sents[s_i]
    if any(t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") for t in sent):
        return
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    person = found.heads.get(subj.i, [None])[0] if subj is not None else None
    if person is None or subj.ent_type_ != "PERSON" or not person["name"]:
        return
    add("mixed", _speaker(doc, subj, found), _cue(sent.root), (qs, qe), s_i)


def _fragment(text: str, qs: int, qe: int) -> bool:
    """A short quoted phrase inside running text: a word right before the opening mark and no sentence in it."""
    before = text[max(0, qs - 3):qs - 1].rstrip()
    inner = text[qs:qe]
    return bool(before) and before[-1].isalnum() and len(inner.split()) < 8 and not any(c in inner for c in ".!?")


def _parenthetical(doc, verb, sent, s_i, marks, found, add) -> None:
    """'The museum, Mr. Obama said, would ...' and '..., Graham said.': the verb hangs off the reported
    clause (parataxis); the content is the sentence around it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "parataxis" or subj is None or any(m[0] <= verb.idx < m[1] for m in marks):
        return
    lo, hi = verb.left_edge.i, verb.right_edge.i
    words = [t for t in sent if not t.is_punct]
    if not words or lo <= words[0].i:
        return
    end = words[-1].i if hi < words[-1].i else lo - 1
    add("indirect", _speaker(doc, subj, found), _cue(verb), _tok_span(doc, sent.start, end), s_i)


def _extend_to_marks(cs: int, ce: int, marks) -> tuple[int, int]:
    for a, b in marks:
        if a - 1 <= ce <= b + 1 and a < ce:
            ce = max(ce, b + 1)
    return cs, ce


def _cue_near(doc, sents, qs: int, qe: int, verbs):
    """A reporting verb outside the quote, in the sentences it touches; nearest first."""
    best = None
    for s_i, sent in enumerate(sents):
        if sent.end_char < qs - 1 or sent.start_char > qe + 3:  # '?” Clinton said.' may start a new sentence
            continue
        cols = columns(doc)
        for tok in (doc[i] for i in range(sent.start, sent.end) if cols.pos[i] in ("VERB", "AUX") and cols.lemma[i] in verbs):
            if not (qs <= tok.idx < qe):
                between = doc_text(doc)[tok.idx:qs] if tok.idx < qs else doc_text(doc)[qe:tok.idx]
                if "\n" in between:
                    continue  # a cue never reaches into another paragraph
                dist = qs - tok.idx if tok.idx < qs else tok.idx - qe
                if best is None or dist < best[0]:
                    best = (dist, tok, s_i)
    return (best[1], best[2]) if best and best[0] < 200 else None


def _transcript_and_dash(doc, text, marks, found, add, quotes) -> None:
    """Transcript turns ('PENCE: Well, look ...') and dash bylines after a quote ('” ― Carlos Raúl')."""
    for m in TRANSCRIPT.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        who = actor(text, m.start(1), m.end(1))
        add("direct", who, (m.end(1), m.end(1) + 1), (m.end(1) + 1, line_end), _sent_of(doc, m.start(1)))
    for m in DASH_SOURCE.finditer(text):
        q = next((x for x in marks if x[1] == m.start() or x[1] + 1 == m.start()), None)
        if q is None or any(x["content"]["start"] <= q[0] + 1 and q[1] - 1 <= x["content"]["end"] for x in quotes):
            continue
        who = actor(text, m.start(2), m.end(2))
        add("direct", who, (m.start(1), m.end(1)), q, _sent_of(doc, q[0]))


def _sent_of(doc, char: int) -> int:
    return next((i for i, s in enumerate(doc_sents(doc)) if s.start_char <= char < s.end_char), 0)


def _relay(quotes, cs, ce, src) -> None:
    for q in quotes:
        if q["content"]["start"] <= ce and cs <= q["content"]["end"]:
            q["relayed_by"].append(src)


def _relay_chain(doc, quotes, found) -> None:
    """'Dawn ... published a report citing a report ... by the Politico': outermost first, for quotes
    whose sentence leans on that reporting ('the report', 'the documents', 'the Politico')."""
    chain: list[dict] = []
    for i, lemma in enumerate(columns(doc).lemma):
        if lemma in ("cite", "obtain", "publish"):
            sent = doc[i].sent
            media = [a for t in sent for a in found.heads.get(t.i, []) if a["sector"] in MEDIA_SECTORS and a["name"]]
            for a in media:
                if all(a["name"] != c["name"] for c in chain):
                    chain.append(a)
    if not chain:
        return
    names = {c["name"] for c in chain}
    sents = doc_sents(doc)
    for q in quotes:
        sent = sents[q["_sent"]]
        leans = any(t.lemma_.lower() in RELAY_NOUNS or t.lower_ in ("show", "shows") for t in sent) or any(
            a["name"] in names for t in sent for a in found.heads.get(t.i, []))
        if not leans:
            continue
        inner = list(q["relayed_by"])
        outer = [c for c in chain if c["name"] != q["speaker"].get("name")]
        q["relayed_by"] = outer + [r for r in inner if r.get("name") not in names]


def speakers_by_sentence(doc, quotes: list[dict]) -> list[tuple[int, dict]]:
    """(sentence index, speaker) of each quote with a speaker, by where its cue stands: who spoke where, for the
    event coder's answers to what was said (events/replies.py)."""
    starts = [s[0].idx for s in doc_sents(doc)]
    return [(bisect.bisect_right(starts, q["cue"]["start"]) - 1, q["speaker"]) for q in quotes
            if q.get("speaker") and q.get("cue")]
