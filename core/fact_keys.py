"""Keys that group fact rows about one plant or one export route across articles.

Articles name one factory in several ways: by the brand or the group ('Fiat's Betim plant', 'Stellantis in Betim'),
by the local subsidiary ('Toyota Motor Manufacturing Kentucky in Georgetown', 'Toyota's plant in Georgetown,
Kentucky'), with or without the state after the town. A plant's key is therefore the company's topmost parent in
the gazetteer, the town without a state or country written after it, and the country. A plant stated without a site
keeps its own company in the key: a group's unnamed plants in one country are not one plant.

Models are written several ways too ('Curvv.ev' and 'Curvv EV', 'Pik Up' and 'Pik-Up'): `model_spellings` picks one
name for the spellings of one model, so the dashboard shows one row, one bar and one filter choice for it.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache

import pycountry

from core.nlp.lexicon import US_STATE_NEWS_STYLE
from core.paths import DATA

# US states written short after a town: postal codes and the news agencies' style ('Smyrna, TN', 'Smyrna, Tenn.')
_US_STATE_SHORT = frozenset(
    [s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="US")] + list(US_STATE_NEWS_STYLE))
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")


def fact_key(*parts: str | None) -> str:
    """Accent-, case- and space-insensitive parts joined: the key of an export route, and the last step of a plant's."""

    def norm(v: str | None) -> str:
        v = unicodedata.normalize("NFKD", (v or "").strip())
        v = "".join(c for c in v if not unicodedata.combining(c))
        return re.sub(r"\s+", " ", v.lower())

    return "|".join(norm(p) for p in parts)


@lru_cache(maxsize=1)
def _qualifier_names() -> frozenset[str]:
    """Lower-cased names that may follow a town after a comma: states, provinces, regions and countries."""
    names = {s.name.lower() for s in pycountry.subdivisions}
    names |= {c.name.lower() for c in pycountry.countries}
    names |= {getattr(c, "common_name", c.name).lower() for c in pycountry.countries}
    names |= {s.lower() for s in _US_STATE_SHORT} | {s.lower() + "." for s in _US_STATE_SHORT}
    from core.nlp.gazetteer import default_gazetteer  # the gazetteer's own spellings of countries ('Russia', 'Turkey')

    names |= {name.lower() for name in default_gazetteer().countries}
    return frozenset(names)


def site_town(site: str | None) -> str:
    """The town a site names, without what is written after it: 'Georgetown, Kentucky' -> 'Georgetown',
    'West Point, Ga.' -> 'West Point', 'Córdoba, Argentina' -> 'Córdoba', 'Georgetown (Kentucky)' -> 'Georgetown'.
    A name whose part after the comma is no state or country stays whole ('Rayong, WHA Eastern Seaboard')."""
    text = (site or "").strip()
    text = _PARENTHESIS.sub("", text) or text
    while ", " in text:
        head, tail = text.rsplit(", ", 1)
        if tail.strip().lower() not in _qualifier_names() or not head.strip():
            break
        text = head.strip()
    return text


def group_of(company: str) -> str:
    """The company's topmost parent in the gazetteer ('Alfa Romeo' -> 'Stellantis'); itself when it has none."""
    from core.nlp.gazetteer import default_gazetteer

    return default_gazetteer().group_of(company)


def plant_key(company: str | None, site: str | None, country: str | None,
              group_of: Callable[[str], str] = group_of) -> str:
    """The key that groups rows about one plant: (topmost parent, town, country) when a site is named, else
    (company, '', country)."""
    town = site_town(site)
    owner = group_of(company) if company and town else company
    return fact_key(owner, town, country)


# marks that spell one model several ways; others tell models apart ('C-HR+' and 'C-HR', '#3' and '3')
_MODEL_SPELLING_MARKS = re.compile(r"[\s\-.\u00b7_]+")


def model_fold(name: str) -> str:
    """A model name without case, accents, spaces, hyphens or dots: 'Curvv.ev', 'Curvv EV' -> 'curvvev'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _MODEL_SPELLING_MARKS.sub("", text.casefold())


@lru_cache(maxsize=1)
def gazetteer_model_names() -> frozenset[str]:
    """The names of core/data/models.csv (its `name` column), as written there."""
    with open(DATA / "models.csv", encoding="utf-8", newline="") as f:
        return frozenset(row["name"] for row in csv.DictReader(f) if row.get("name"))


def model_spellings(counts: Mapping[str, int], known: Collection[str] | None = None) -> dict[str, str]:
    """{spelling: the name shown instead} for the model names that fold alike (model_fold); names left as they are
    are not listed. The name shown is the gazetteer's (`known`, default: models.csv) when one of the spellings is,
    else the most used (`counts`: rows per name), then the first in order. Spellings of which two are names of the
    gazetteer stay apart: those are two models ('Escudo' and 'E-Scudo', 'S800' and 's800' of two makers)."""
    known = gazetteer_model_names() if known is None else known
    groups: dict[str, list[str]] = {}
    for name in counts:
        if name and name.strip():
            groups.setdefault(model_fold(name), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        listed = [n for n in names if n in known]
        if len(listed) > 1:
            continue
        shown = listed[0] if listed else min(names, key=lambda n: (-counts[n], n))
        out.update({n: shown for n in names if n != shown})
    return out
