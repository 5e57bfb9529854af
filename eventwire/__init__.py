"""eventwire: who did what to whom, when and where, and who said what, from news articles."""

from eventwire.api import code
from eventwire.frames import frames

__all__ = ["code", "frames"]
__version__ = "0.1.0"
