"""Checks shared by every reader: some text, not too long, and English (pycld2, measured against
lingua and py3langid in docs/reliability.md: only a confident other-language call refuses a text)."""

from __future__ import annotations

import re

from eventwire.errors import InputError

# spaCy's own default max_length: past it one article is almost certainly a whole feed or a dump, and even in
# bounded windows it would take minutes. Documented in docs/reliability.md.
MAX_CHARS = 1_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """Lone surrogates (from JSON escapes) cannot be encoded, so no store or export could take them."""
    return _SURROGATE.sub("\ufffd", text)


def language(text: str) -> tuple[str | None, str | None]:
    """(ISO 639-1 code, language name) when pycld2 is reliable about the text's language, else (None, None)."""
    import pycld2

    sample = _CONTROL.sub(" ", text[:20_000]).encode("utf-8", "replace").decode("utf-8")
    try:
        reliable, _bytes, found = pycld2.detect(sample)
    except pycld2.error:
        return None, None
    name, code = found[0][0], found[0][1]
    if not reliable or code in ("un", "xx"):
        return None, None
    return code, name.title()


def check_text(text: object, source: str) -> tuple[str, str | None]:
    """(clean text, language code or None); refuses no text, over MAX_CHARS, or confidently not English."""
    if not isinstance(text, str):
        raise InputError(source, f"'text' must be a string, not {type(text).__name__}", "bad field")
    if not text.strip():
        raise InputError(source, "no article text", "no text")
    if len(text) > MAX_CHARS:
        raise InputError(source, f"text is {len(text):,} characters, over the {MAX_CHARS:,} limit for one article "
                                 f"(split it into articles)", "too long")
    if not any(ch.isalpha() for ch in text):
        raise InputError(source, "no words in the text (only digits, punctuation or symbols)", "no text")
    text = clean(text)
    code, name = language(text)
    if code is not None and code != "en":
        raise InputError(source, f"text is {name} ({code}), not English; eventwire codes English only",
                         "not English")
    return text, code or None
