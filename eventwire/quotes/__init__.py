"""Quotes: who said what (direct, indirect, mixed), with cue and content spans, and who relayed it."""

from eventwire.quotes.extract import extract

__all__ = ["extract"]
