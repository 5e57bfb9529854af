"""Events: source-action-target triples coded in CAMEO and PLOVER, from verbs and event nouns."""

from eventwire.events.extract import EventCoder

__all__ = ["EventCoder"]
