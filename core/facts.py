"""Typed facts the parser finds and the store keeps.

FORMAT.md's JSON (``ArticleFacts.to_format``) is one view of these; the store keeps
everything, including where each figure was read (``Source``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the sentence and its character span in the article text."""

    sentence: str
    start: int
    end: int
    qualifier: str = ""  # "around", "at least", "up to", "target", ... as written
    confidence: float = 1.0


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str  # ISO 4217 code


@dataclass
class ModelFact:
    name: str
    maker: str | None = None
    based_on: str | None = None  # a model it derives from (FORMAT.md's lineage)
    platform: str | None = None  # the platform it is built on ('the E-GMP platform'): no model, so not FORMAT's based_on
    source: Source | None = None


@dataclass
class SpecFact:
    model: str
    engine_l: float | None = None
    power_hp: float | None = None
    transmission: str | None = None
    source: Source | None = None


@dataclass
class PlantFact:
    company: str | None = None
    site: str | None = None
    country: str | None = None
    capacity_per_year: float | None = None
    shifts: int | None = None
    jobs: int | None = None
    investment: Money | None = None
    models: list[str] = field(default_factory=list)
    start_date: str | None = None
    area_ha: float | None = None
    source: Source | None = None
    # attribute name -> sentence it was read from, for figures found outside `source`
    evidence: dict[str, Source] = field(default_factory=dict)


@dataclass
class ExportFact:
    company: str | None = None
    origin: str | None = None
    destination: str | None = None
    models: list[str] = field(default_factory=list)
    units: float | None = None
    by_when: str | None = None
    source: Source | None = None
    evidence: dict[str, Source] = field(default_factory=dict)


@dataclass
class PersonFact:
    name: str
    role: str | None = None
    org: str | None = None
    source: Source | None = None


BOILERPLATE_LABEL = "BOILERPLATE"  # a Mention spanning a paragraph of page furniture, which gives no facts


@dataclass
class Mention:
    """An entity as written in the text, with the canonical name it resolved to."""

    text: str
    label: str  # COMPANY, MODEL, COUNTRY, REGION, PLACE, PERSON, MONEY, CAPACITY, ...
    canonical: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: float | None = None  # normalised number for quantities
    unit: str | None = None  # ISO currency, "hp", "l", "units/year", ...
    qualifier: str = ""


@dataclass
class Unresolved:
    """A capitalised name beside automotive words that the gazetteer does not know."""

    text: str
    guess: str  # COMPANY / MODEL / PLACE
    sentence: str
    start: int
    end: int
    reason: str


@dataclass
class ArticleFacts:
    article: str  # the article's file name (FORMAT.md) or id
    companies: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    models: list[ModelFact] = field(default_factory=list)
    specs: list[SpecFact] = field(default_factory=list)
    plants: list[PlantFact] = field(default_factory=list)
    exports: list[ExportFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)

    def to_format(self) -> dict[str, Any]:
        """The FORMAT.md object: stated values only, no nulls, no provenance."""
        out: dict[str, Any] = {"article": self.article}
        out["companies"] = list(self.companies)
        out["countries"] = list(self.countries)
        out["models"] = [_compact({"name": m.name, "maker": m.maker, "based_on": m.based_on}) for m in self.models]
        out["specs"] = [
            _compact({"model": s.model, "engine_l": s.engine_l, "power_hp": s.power_hp, "transmission": s.transmission})
            for s in self.specs
        ]
        out["plants"] = [
            _compact(
                {
                    "company": p.company,
                    "site": p.site,
                    "country": p.country,
                    "capacity_per_year": p.capacity_per_year,
                    "shifts": p.shifts,
                    "jobs": p.jobs,
                    "investment": asdict(p.investment) if p.investment else None,
                    "models": p.models,
                }
            )
            for p in self.plants
        ]
        out["exports"] = [
            _compact(
                {
                    "company": e.company,
                    "from": e.origin,
                    "to": e.destination,
                    "models": e.models,
                    "units": e.units,
                }
            )
            for e in self.exports
        ]
        out["people"] = [_compact({"name": p.name, "role": p.role, "org": p.org}) for p in self.people]
        return out

    def map_offsets(self, to_original: Callable[[int], int]) -> None:
        """Every character offset (sources, evidence, mentions, unresolved names) through `to_original`, in place:
        facts read from a prepared text (core.nlp.unwrap) point back into the text as stored."""
        def end(position: int) -> int:  # an end is one past the last character it covers
            return to_original(position - 1) + 1 if position > 0 else 0

        def source(src: Source | None) -> Source | None:
            return src and replace(src, start=to_original(src.start), end=end(src.end))

        for fact in (*self.models, *self.specs, *self.plants, *self.exports, *self.people):
            fact.source = source(fact.source)
            if hasattr(fact, "evidence"):
                fact.evidence = {k: source(v) for k, v in fact.evidence.items()}
        for m in self.mentions:
            m.start, m.end = to_original(m.start), end(m.end)
            m.sentence_start, m.sentence_end = to_original(m.sentence_start), end(m.sentence_end)
        for u in self.unresolved:
            u.start, u.end = to_original(u.start), end(u.end)


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    """Drop what the article did not state; whole floats print as ints."""
    out = {}
    for k, v in d.items():
        if v is None or v == [] or v == "":
            continue
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        out[k] = v
    return out


def _source(d: dict | None) -> Source | None:
    return Source(**d) if d else None


def facts_from_dict(d: dict[str, Any]) -> ArticleFacts:
    """Rebuilds ArticleFacts from `dataclasses.asdict` output (plain data crosses process borders)."""
    def plant(p: dict) -> PlantFact:
        p = dict(p)
        inv = p.pop("investment")
        evidence = {k: Source(**v) for k, v in p.pop("evidence").items()}
        return PlantFact(**{**p, "source": _source(p.get("source"))}, investment=Money(**inv) if inv else None, evidence=evidence)

    def export(e: dict) -> ExportFact:
        e = dict(e)
        evidence = {k: Source(**v) for k, v in e.pop("evidence").items()}
        return ExportFact(**{**e, "source": _source(e.get("source"))}, evidence=evidence)

    def with_source(cls, x: dict):
        return cls(**{**x, "source": _source(x.get("source"))})

    return ArticleFacts(
        article=d["article"],
        companies=list(d["companies"]),
        countries=list(d["countries"]),
        models=[with_source(ModelFact, m) for m in d["models"]],
        specs=[with_source(SpecFact, s) for s in d["specs"]],
        plants=[plant(p) for p in d["plants"]],
        exports=[export(e) for e in d["exports"]],
        people=[with_source(PersonFact, p) for p in d["people"]],
        mentions=[Mention(**m) for m in d["mentions"]],
        unresolved=[Unresolved(**u) for u in d["unresolved"]],
    )


def facts_to_dict(f: ArticleFacts) -> dict[str, Any]:
    """Plain data for crossing process borders; a shallow, hand-written dataclasses.asdict (no deepcopy)."""
    def src(s: Source | None) -> dict | None:
        return vars(s).copy() if s else None

    def with_source(x) -> dict:
        d = vars(x).copy()
        d["source"] = src(x.source)
        return d

    def with_evidence(x) -> dict:
        d = with_source(x)
        d["evidence"] = {k: vars(v).copy() for k, v in x.evidence.items()}
        d["models"] = list(x.models)
        if "investment" in d:
            d["investment"] = vars(x.investment).copy() if x.investment else None
        return d

    return {
        "article": f.article,
        "companies": list(f.companies),
        "countries": list(f.countries),
        "models": [with_source(m) for m in f.models],
        "specs": [with_source(s) for s in f.specs],
        "plants": [with_evidence(p) for p in f.plants],
        "exports": [with_evidence(e) for e in f.exports],
        "people": [with_source(p) for p in f.people],
        "mentions": [vars(m).copy() for m in f.mentions],
        "unresolved": [vars(u).copy() for u in f.unresolved],
    }
