"""eventwire: who did what to whom, when and where, and who said what, from news articles."""

from eventwire.api import code

__all__ = ["code"]
__version__ = "0.1.0"
