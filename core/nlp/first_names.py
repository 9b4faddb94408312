"""Given names of many countries, as the Faker package lists them for its locales (MIT; pinned in requirements.txt).

A person the story names without a title or a verb of speech ("a team led by Robert Hentschel", "Philippe Funda of
PwC") is found by the given name that opens the name. Faker's lists are made to generate plausible people, so they
hold the given names of each locale in its everyday spelling; only the Latin-script ones are read, as English copy
writes them. Its plain "en" list is left out: it is the United States census's long tail, with "General", "King" and
"Royal" among its names.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

LEFT_OUT_LOCALES = frozenset(["en"])
NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# given names of some locale that English copy writes mostly as words ("Said", "Per", "Line", "Made", "Hope", "Summer")
# or as the particle of a surname ("Van"); "May" is read by the name rules on its own
WORDS_NOT_NAMES = frozenset([
    "Said", "An", "Per", "Line", "Made", "Can", "Us", "Among", "Lot", "Job", "Urban", "Ever", "Summer", "Hope",
    "Comfort", "Ties", "Floor", "Sole", "My", "Love", "Kick", "Lean", "Joy", "Autumn", "Van", "May", "Will", "Star",
    "Sky", "Spring", "Ocean", "River", "Royal", "Union", "Unity", "Victory", "Liberty", "Golden", "Silver", "Pearl",
])


def _latin(name: str) -> bool:
    return bool(name) and name[:1].isupper() and " " not in name and all(ord(c) < 0x250 or c in "-'" for c in name)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every Latin-script given name of Faker's person providers (but LEFT_OUT_LOCALES), as written (title case);
    empty when Faker is not installed, and the name rules then work without it."""
    try:
        import faker.providers.person as person
    except ImportError:
        return frozenset()
    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in LEFT_OUT_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in NAME_LISTS:
            names = vars(provider).get(attr)
            if isinstance(names, (dict, list, tuple)):
                out.update(n for n in names if isinstance(n, str) and _latin(n))
    return frozenset(out - WORDS_NOT_NAMES)


@lru_cache(maxsize=1)
def given_lowercase() -> frozenset[str]:
    """first_names() in lowercase, as DocIndex.positions looks words up."""
    return frozenset(n.lower() for n in first_names())
