"""Resolve temporal expressions against the publication date."""

from eventwire.dates.resolve import anaphoric, is_span, resolve, shift

__all__ = ["anaphoric", "is_span", "resolve", "shift"]
