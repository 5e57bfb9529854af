"""Checks shared by every reader: enough text, and English."""

from __future__ import annotations

import re

from eventwire.errors import InputError

STOP = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by", "as", "it", "at", "has"}


def check_text(text: str, source: str) -> str:
    if not text or not text.strip():
        raise InputError(source, "no article text")
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) >= 20:
        share = sum(w in STOP for w in words) / len(words)
        if share < 0.04:
            raise InputError(source, f"text does not look English ({share:.0%} common English words); eventwire codes English only")
    return text
