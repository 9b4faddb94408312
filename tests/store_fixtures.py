"""Hand-built articles and facts for store, frame and filter tests (no parser involved)."""
from __future__ import annotations

from core.articles import Article, make_article
from core.facts import ArticleFacts, ExportFact, Mention, ModelFact, Money, PersonFact, PlantFact, Source, SpecFact

TEXT_A = (
    "Iran Khodro will build Dena and Runna cars at a plant in Naft Chaleh, Azerbaijan, next year. "
    "The plant will make 10,000 vehicles per year with 300 jobs and a US$14m investment."
)
TEXT_B = "Iran Khodro plans to ship 2,000 Tara and Dena units to Russia by year-end. The Tara has a 1.6-liter engine."
TEXT_C = "Toyota opened a plant in Wuhan, China, with capacity for 200,000 cars a year, making the Corolla."


def _m(text: str, needle: str, label: str, canonical: str) -> Mention:
    start = text.index(needle)
    return Mention(needle, label, canonical, start, start + len(needle), 0, len(text))


def _src(text: str, needle: str = "") -> Source:
    start = text.index(needle) if needle else 0
    return Source(sentence=text.split(". ")[0], start=start, end=start + len(needle or text))


def article_a() -> tuple[Article, ArticleFacts]:
    art = make_article("a.txt", TEXT_A, title="IKCO to Azerbaijan", source="Just Auto", published="2024-05-02")
    t = art.text
    facts = ArticleFacts(
        article="a.txt",
        companies=["Iran Khodro"],
        countries=["Azerbaijan", "Iran"],
        models=[ModelFact("Dena", maker="Iran Khodro", source=_src(t, "Dena")), ModelFact("Runna", maker="Iran Khodro")],
        plants=[
            PlantFact(
                company="Iran Khodro", site="Naft Chaleh", country="Azerbaijan", capacity_per_year=10000.0, jobs=300,
                investment=Money(14_000_000.0, "USD"), models=["Dena", "Runna"], start_date="next year",
                area_ha=10.0, source=_src(t, "Naft Chaleh"),
                evidence={"capacity_per_year": Source("The plant will make 10,000 vehicles per year", 95, 140)},
            )
        ],
        people=[PersonFact("Hashem Yekehzare", role="CEO", org="Iran Khodro", source=_src(t, "Iran"))],
        mentions=[
            _m(t, "Iran Khodro", "COMPANY", "Iran Khodro"),
            _m(t, "Dena", "MODEL", "Dena"),
            _m(t, "Runna", "MODEL", "Runna"),
            _m(t, "Azerbaijan", "COUNTRY", "Azerbaijan"),
            _m(t, "Naft Chaleh", "PLACE", "Naft Chaleh"),
        ],
    )
    return art, facts


def article_b() -> tuple[Article, ArticleFacts]:
    art = make_article("b.txt", TEXT_B, published="2025-03-10")
    t = art.text
    facts = ArticleFacts(
        article="b.txt",
        companies=["Iran Khodro"],
        countries=["Iran", "Russia"],
        models=[ModelFact("Tara", maker="Iran Khodro", based_on="Peugeot 301", source=_src(t, "Tara"))],
        specs=[SpecFact("Tara", engine_l=1.6, source=_src(t, "1.6-liter"))],
        exports=[
            ExportFact(company="Iran Khodro", origin="Iran", destination="Russia", models=["Tara", "Dena"], units=2000.0,
                       by_when="by year-end", source=_src(t, "ship"))
        ],
        mentions=[
            _m(t, "Iran Khodro", "COMPANY", "Iran Khodro"),
            _m(t, "Tara", "MODEL", "Tara"),
            _m(t, "Dena", "MODEL", "Dena"),
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
