"""Actors: recognise, code (CAMEO-style) and resolve the people, states and groups an article names."""

from eventwire.actors.lexicon import Lexicon, get_lexicon
from eventwire.actors.recognize import ActorFinder

__all__ = ["ActorFinder", "Lexicon", "get_lexicon"]
