"""Load the spaCy pipeline once per process and check it is the one eventwire was built for."""

from eventwire.nlp.load import DEFAULT_MODEL, load

__all__ = ["DEFAULT_MODEL", "load"]
