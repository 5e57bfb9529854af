"""Resolve temporal expressions against the publication date."""

from eventwire.dates.resolve import anaphoric, duration, is_span, resolve, shift

__all__ = ["anaphoric", "duration", "is_span", "resolve", "shift"]
