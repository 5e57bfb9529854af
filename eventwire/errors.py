"""One exception family: each message is one line that names the input and what to do."""


class EventwireError(Exception):
    """Base class; the CLI prints the message as one line and exits 1."""


class InputError(EventwireError):
    """An input cannot be read as an article (empty, binary, malformed, wrong language...). `reason` is the
    short kind the run summary counts refusals by."""

    def __init__(self, path: str, why: str, reason: str = "unreadable") -> None:
        # one line whatever the input put in it ("date '\n'" from a JSON field): control characters escaped
        super().__init__("".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in f"{path}: {why}"))
        self.path = path
        self.reason = reason


class ModelError(EventwireError):
    """The spaCy pipeline is missing or is not the one eventwire was built for."""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""
