"""spaCy's command-line package, imported only when something uses it.

`import spacy` imports `spacy.cli` (for `spacy.info`), and with it typer, weasel and every command's module:
0.15 s of the 0.5 s the import takes, in a process that only codes text. `eventwire`'s own command installs
placeholders before spaCy loads; the first attribute anyone asks of them (a function, a submodule's `__path__`)
imports the real package, so `spacy.cli` works as before for whoever needs it. Library users import spaCy as
usual: this is for the command's start-up, where the second process of `--processes 2` waits on it.
"""

from __future__ import annotations

import importlib
import sys
import types

_NAMES = ("spacy.cli.info", "spacy.cli")


class _Deferred(types.ModuleType):
    """A placeholder module: any attribute it lacks is the real module's, imported on that first use."""

    def __getattr__(self, name: str):
        if name == "__path__" and self.__name__ != "spacy.cli":
            raise AttributeError(name)  # asked by every `from spacy.cli.info import ...`: a module, no package
        return getattr(_real(self.__name__), name)


def _real(name: str) -> types.ModuleType:
    for key in _NAMES:
        if isinstance(sys.modules.get(key), _Deferred):
            del sys.modules[key]
    module = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = sys.modules["spacy.cli"]  # type: ignore[attr-defined]
    return module


def _info(*args, **kwargs):
    """`spacy.info`, from the real package."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Install the placeholders, unless spaCy (or its CLI) is already imported."""
    if "spacy" in sys.modules or any(key in sys.modules for key in _NAMES):
        return
    cli, info = _Deferred("spacy.cli"), _Deferred("spacy.cli.info")
    info.info = _info  # what `spacy/__init__.py` takes from it at import
    cli.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
