"""Resolve temporal expressions against the publication date."""

from eventwire.dates.resolve import resolve, shift

__all__ = ["resolve", "shift"]
