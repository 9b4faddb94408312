"""Reading sentences written for the pipeline tests: the facts of a text, its export routes, plants, people, lineage and specs."""
from __future__ import annotations

from core.facts import ArticleFacts
from core.nlp.pipeline import facts_from_doc, prepare_text


def read(nlp, text: str) -> ArticleFacts:
    return facts_from_doc(nlp(prepare_text(text)), "test.txt")


def routes(facts: ArticleFacts) -> dict[tuple, float | None]:
    """(company, origin, destination) -> units of every export route."""
    return {(e.company, e.origin, e.destination): e.units for e in facts.exports}


def plants_of(facts: ArticleFacts) -> set[tuple]:
    """(company, site, country) of every plant."""
    return {(p.company, p.site, p.country) for p in facts.plants}


def roles(facts: ArticleFacts) -> dict[str, str | None]:
    """person's name -> role."""
    return {p.name: p.role for p in facts.people}


def makers(facts: ArticleFacts) -> dict[str, str | None]:
    """model name -> its maker."""
    return {m.name: m.maker for m in facts.models}


def bases(facts: ArticleFacts) -> dict[str, str | None]:
    """model name -> the model it is based on."""
    return {m.name: m.based_on for m in facts.models}


def specs_of(facts: ArticleFacts, model: str) -> list[tuple[str, object]]:
    """(attribute, value) of every stated engine, power and transmission of the model, in fact order."""
    out = []
    for spec in facts.specs:
        if spec.model == model:
            out += [(attr, getattr(spec, attr)) for attr in ("engine_l", "power_hp", "transmission") if getattr(spec, attr) is not None]
    return out


def plant_at(facts: ArticleFacts, site: str):
    """The plant at `site`, written in full or as its town alone ('Dublin, Virginia' is at 'Dublin' too)."""
    return next(p for p in facts.plants if p.site and site in (p.site, p.site.split(",")[0]))
