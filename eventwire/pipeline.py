"""article -> Doc -> records: the one entry point used by the CLI, the API, the demo and the engines."""

from __future__ import annotations

import atexit
import gc
import os
import re
import sys
from collections.abc import Iterable, Iterator

from eventwire.actors import ActorFinder, get_lexicon
from eventwire.actors.context import fill_countries, follow_antecedents
from eventwire.actors.provenance import annotate
from eventwire.events import EventCoder
from eventwire.events.confidence import is_article, weigh
from eventwire.events.coreport import date_from_other_mentions, not_yet
from eventwire.events.lexicon import get_event_lexicon
from eventwire.events.others import counted_others
from eventwire.events.posture import facing_no_one_at_home
from eventwire.events.replies import aim_release_demands, answer_denials, answer_replies, one_per_dyad
from eventwire.nlp.load import load
from eventwire.nlp.windows import merge, pipe_pieces
from eventwire.places import filed_from, locate
from eventwire.quotes import extract as extract_quotes
from eventwire.quotes import speakers_by_sentence
from eventwire.records import Article, doc_sents

BATCH = 32
WARM_UP = ('"We will not accept this," the Indian foreign minister told reporters in New Delhi on Tuesday, a day after '
           "police in Lagos fired tear gas at protesters and Pakistan accused India of violating the ceasefire.")
# "ISLAMABAD:", "Islamabad —", "WASHINGTON (Reuters) -", "NAIROBI, May 15 (Wire) -", "KYIV, July 9, 2025 —",
# "BOA VISTA, Brazil, April 17 (Wire) -" (the town's country after it), "THE HAGUE, Netherlands, 3 March 2025 -"
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,40}?)\s*(?:,\s*(?P<country>[A-Z][A-Za-z .'-]{2,30}?)\s*(?=,))?"
                      r"(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})(?:,?\s*\d{4})?\s*)?"
                      r"(?::|\s[-—–]{1,2}\s|\([\w .]+\)\s*[-—–]|[-—–]{1,2}\s)")
DATELINE_END = re.compile(r"[:\-—–]")  # a dateline ends in a colon or a dash: a line with neither is none


# The pipeline gc.freeze()s what loading made; what that froze (a caller's DuckDB connection too) must still be
# collected when the interpreter ends, or DuckDB's bindings report every such object as leaked.
atexit.register(gc.unfreeze)


class Pipeline:
    """Loads the model and dictionaries once; `code(articles)` streams one record per article."""

    def __init__(self, model: str | None = None, actors: tuple[str, ...] = (), verbs: tuple[str, ...] = (),
                 min_confidence: float | None = None) -> None:
        collecting = gc.isenabled()
        gc.disable()  # loading makes ~10^5 objects and no garbage: the collector would walk them ~280 times
        try:
            self.nlp = load(model)
            self.min_confidence = min_confidence if min_confidence is not None else _env_confidence()
            self.actors = ActorFinder(get_lexicon(tuple(actors)))
            self.events = EventCoder(get_event_lexicon(tuple(verbs)))
        finally:
            if collecting:
                gc.enable()
        gc.freeze()  # and never again while coding (nor copied into forked workers' pages by its walks)

    def code(self, articles: Iterable[Article], batch_size: int = BATCH, with_text: bool = False) -> Iterator[dict]:
        """Records in input order; `with_text` adds the article text under "text" (the store keeps it)."""
        held: list = []  # the coded windows of a long article (nlp/windows.py), merged after its last
        for doc, piece in pipe_pieces(self.nlp, articles, batch_size):
            art = piece.article
            try:
                rec = self.record(doc, piece.part)
            except Exception as exc:  # one bad article never stops the batch: report it, keep its metadata
                print(f"eventwire: {art.source or art.id}: coding failed ({type(exc).__name__}: {exc}); "
                      f"stored without events", file=sys.stderr)
                rec = self.empty(piece.part)
            if piece.n > 1:
                held.append((rec, piece, len(doc_sents(doc))))
                if piece.k < piece.n - 1:
                    continue
                rec, held = merge(art, held), []
            rec["language"] = art.language  # detected by the reader; null when the text is too short to tell
            if with_text:  # what the store keeps beside the record: the text and where it was read from
                rec["text"] = art.text
                rec["source"] = art.source
            yield rec

    def warm(self) -> None:
        """Load what coding loads on first use (the gazetteer's index, the confidence model, caches: 0.05 s), so
        that workers forked after this share it instead of each loading it again. Nothing it codes is kept."""
        for _rec in self.code([Article(id="warm-up", text=WARM_UP, date="2024-03-01")]):
            pass
        gc.freeze()

    @staticmethod
    def empty(art: Article) -> dict:
        return {"id": art.id, "title": art.title, "date": art.date, "outlet": art.outlet, "url": art.url,
                "actors": [], "events": [], "quotes": []}

    def record(self, doc, art: Article) -> dict:
        doc.user_data.setdefault("eventwire_text", art.text)  # spaCy keeps the text whole: no rebuild from tokens
        found = self.actors.find(doc, art.date)
        found_line = _dateline(art.text)
        filed = found_line[0] if found_line else None
        if found_line:  # "DOHA, June 20 (Wire) -" says where the story was filed: no actor
            _, lo, hi = found_line
            found.mentions = [a for a in found.mentions if not lo <= a["start"] < hi]
        fill_countries(doc, found.mentions, filed)
        follow_antecedents(found)
        annotate(doc, found)
        events = self.events.code(doc, found, art.id, art.date, filed)
        quotes = extract_quotes(doc, found, art.id)
        counted_others(events)
        answer_replies(events, speakers_by_sentence(doc, quotes))
        answer_denials(events)
        aim_release_demands(events)
        one_per_dyad(events)
        date_from_other_mentions(events, art.date)
        not_yet(events, art.date)
        article = is_article(len(doc_sents(doc)))
        if article:
            facing_no_one_at_home(events)
        weigh(events, article, threshold=self.min_confidence)
        return {
            "id": art.id, "title": art.title, "date": art.date, "outlet": art.outlet, "url": art.url,
            "actors": found.mentions, "events": events, "quotes": quotes,
        }


def _env_confidence() -> float | None:
    """EVENTWIRE_MIN_CONFIDENCE: the threshold below which an article's facts are `uncertain` (0 keeps every fact,
    unset: the shipped model's), read here so every command and worker process sees the same setting."""
    raw = os.environ.get("EVENTWIRE_MIN_CONFIDENCE", "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        sys.exit(f"eventwire: EVENTWIRE_MIN_CONFIDENCE={raw!r} is not a number from 0 to 1")
    return value


def dateline(text: str) -> dict | None:
    """'ISLAMABAD:' or 'Islamabad —' opening a line near the top is where the article was filed."""
    found = _dateline(text)
    return found[0] if found else None


def _dateline(text: str) -> tuple[dict, int, int] | None:
    """(place, start, end) of the dateline prefix, when the text has one."""
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            m = DATELINE.match(line) if DATELINE_END.search(line) else None
            name = m.group(1).strip() if m else ""
            # a headline ("Pakistan and India agree - sources") is no dateline: the place is one to three words,
            # in capitals unless it is one word
            if m and len(name.split()) <= 3 and (name.isupper() or " " not in name):
                place = filed_from(name.title())
                state = locate(m.group("country")) if m.group("country") else None
                if state and state["lat"] is None and state["country"] and (place or {}).get("country") != state["country"]:
                    place = {"name": name.title(), "country": state["country"], "lat": None, "lon": None}  # "SAN JOSE,
                    # Costa Rica": the state named beside the town says which town
                if place:
                    return place, offset, offset + m.end()
            if seen == 4:  # title, "Published:", then the dateline
                break
        offset += len(line)
    return None
