"""eventwire: who did what to whom, when and where, and who said what, from news articles."""

from __future__ import annotations

from typing import Any

from eventwire.frames import frames

__all__ = ["code", "frames"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`eventwire.code` imports the reader and coder on first use: `eventwire events` need not load them."""
    if name == "code":
        from eventwire.api import code

        globals()["code"] = code
        return code
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
