"""Hand-built articles and facts for store, frame and filter tests (no parser involved)."""
from __future__ import annotations

from core.articles import Article, make_article
from core.facts import ArticleFacts, ExportFact, Mention, ModelFact, Money, PersonFact, PlantFact, Source, SpecFact

TEXT_A = (
    "Kia will build Sportage and Ceed cars at a plant in Zilina, Slovakia, next year. "
    "The plant will make 10,000 vehicles per year with 300 jobs and a US$14m investment."
)
EVIDENCE = "The plant will make 10,000 vehicles per year"
EVIDENCE_START = TEXT_A.index(EVIDENCE)
TEXT_B = "Kia plans to ship 2,000 K5 and Sportage units to Russia by year-end. The K5 has a 1.6-liter engine."
TEXT_C = "Toyota opened a plant in Wuhan, China, with capacity for 200,000 cars a year, making the Corolla."


def _m(text: str, needle: str, label: str, canonical: str) -> Mention:
    start = text.index(needle)
    return Mention(needle, label, canonical, start, start + len(needle), 0, len(text))


def _src(text: str, needle: str = "") -> Source:
    start = text.index(needle) if needle else 0
    return Source(sentence=text.split(". ")[0], start=start, end=start + len(needle or text))


def article_a() -> tuple[Article, ArticleFacts]:
    art = make_article("a.txt", TEXT_A, title="Kia to Slovakia", source="Automotive News Europe", published="2024-05-02")
    t = art.text
    facts = ArticleFacts(
        article="a.txt",
        companies=["Kia"],
        countries=["Slovakia", "South Korea"],
        models=[ModelFact("Sportage", maker="Kia", source=_src(t, "Sportage")), ModelFact("Ceed", maker="Kia")],
        plants=[
            PlantFact(
                company="Kia", site="Zilina", country="Slovakia", capacity_per_year=10000.0, jobs=300,
                investment=Money(14_000_000.0, "USD"), models=["Sportage", "Ceed"], start_date="next year",
                area_ha=10.0, source=_src(t, "Zilina"),
                evidence={"capacity_per_year": Source(EVIDENCE, EVIDENCE_START, EVIDENCE_START + len(EVIDENCE))},
            )
        ],
        people=[PersonFact("Min-jun Park", role="CEO", org="Kia", source=_src(t, "Kia"))],
        mentions=[
            _m(t, "Kia", "COMPANY", "Kia"),
            _m(t, "Sportage", "MODEL", "Sportage"),
            _m(t, "Ceed", "MODEL", "Ceed"),
            _m(t, "Slovakia", "COUNTRY", "Slovakia"),
            _m(t, "Zilina", "PLACE", "Zilina"),
        ],
    )
    return art, facts


def article_b() -> tuple[Article, ArticleFacts]:
    art = make_article("b.txt", TEXT_B, published="2025-03-10")
    t = art.text
    facts = ArticleFacts(
        article="b.txt",
        companies=["Kia"],
        countries=["South Korea", "Russia"],
        models=[ModelFact("K5", maker="Kia", based_on="Hyundai Sonata", source=_src(t, "K5"))],
        specs=[SpecFact("K5", engine_l=1.6, source=_src(t, "1.6-liter"))],
        exports=[
            ExportFact(company="Kia", origin="South Korea", destination="Russia", models=["K5", "Sportage"], units=2000.0,
                       by_when="by year-end", source=_src(t, "ship"))
        ],
        mentions=[
            _m(t, "Kia", "COMPANY", "Kia"),
            _m(t, "K5", "MODEL", "K5"),
            _m(t, "Sportage", "MODEL", "Sportage"),
            _m(t, "Russia", "COUNTRY", "Russia"),
        ],
    )
    return art, facts


def article_c() -> tuple[Article, ArticleFacts]:
    art = make_article("c.txt", TEXT_C, title="Toyota in Wuhan")  # no published date
    t = art.text
    facts = ArticleFacts(
        article="c.txt",
        companies=["Toyota"],
        countries=["China"],
        models=[ModelFact("Corolla", maker="Toyota", source=_src(t, "Corolla"))],
        plants=[PlantFact(company="Toyota", site="Wuhan", country="China", capacity_per_year=200000.0,
                          models=["Corolla"], source=_src(t, "Wuhan"))],
        mentions=[
            _m(t, "Toyota", "COMPANY", "Toyota"),
            _m(t, "China", "COUNTRY", "China"),
            _m(t, "Corolla", "MODEL", "Corolla"),
        ],
    )
    return art, facts


def all_items() -> list[tuple[Article, ArticleFacts]]:
    return [article_a(), article_b(), article_c()]
