"""Quotes: who said what (direct, indirect, mixed), with cue and content spans, and who relayed it."""

from eventwire.quotes.extract import extract, speakers_by_sentence

__all__ = ["extract", "speakers_by_sentence"]
