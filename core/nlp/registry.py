"""Named gazetteers that component factories look up (spaCy configs hold names, not objects)."""
from __future__ import annotations

from core.nlp.gazetteer import Gazetteer, default_gazetteer

_GAZETTEERS: dict[str, Gazetteer] = {}


def register_gazetteer(name: str, gaz: Gazetteer) -> None:
    _GAZETTEERS[name] = gaz


def get_gazetteer(name: str = "default") -> Gazetteer:
    if name not in _GAZETTEERS:
        if name != "default":
            raise KeyError(f"no gazetteer registered as {name!r}")
        _GAZETTEERS[name] = default_gazetteer()
    return _GAZETTEERS[name]
