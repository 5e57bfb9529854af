"""Resolve temporal expressions against the publication date."""

from eventwire.dates.resolve import resolve

__all__ = ["resolve"]
