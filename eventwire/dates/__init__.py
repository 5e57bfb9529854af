"""Resolve temporal expressions against the publication date."""

from eventwire.dates.resolve import is_span, resolve, shift

__all__ = ["is_span", "resolve", "shift"]
