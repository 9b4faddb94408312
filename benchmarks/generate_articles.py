"""Synthetic automotive news for benchmarks and concurrency tests.

Articles are composed from the gazetteer in core/data (makers, models, places, countries,
regions; small built-in lists stand in for files that are not there) and this module's own
sentence templates, never from the seed articles. Each article comes with the facts it
states (`ArticleFacts`, with mentions and sentence offsets), so the store can be loaded at a
realistic volume of facts without depending on the parser's quality.

    python benchmarks/generate_articles.py --n 1000 --out /tmp/articles.jsonl
    python benchmarks/generate_articles.py --n 50 --out /tmp/folder --format txt
"""
from __future__ import annotations

import argparse
import csv
import json
import pickle
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.articles import Article, make_article  # noqa: E402
from core.facts import (  # noqa: E402
    ArticleFacts,
    ExportFact,
    Mention,
    ModelFact,
    Money,
    PersonFact,
    PlantFact,
    Source,
    SpecFact,
)
from core.paths import DATA  # noqa: E402

FALLBACK_MAKERS = [("Toyota", "Japan"), ("Hyundai", "South Korea"), ("Kia", "South Korea"), ("Renault", "France"),
                   ("Volkswagen", "Germany"), ("BYD", "China"), ("Chery", "China"), ("Geely", "China"),
                   ("Iran Khodro", "Iran"), ("Tata Motors", "India"), ("Stellantis", "Netherlands"), ("Ford", "United States")]
FALLBACK_MODELS = [("Corolla", "Toyota"), ("Camry", "Toyota"), ("Creta", "Hyundai"), ("Tucson", "Hyundai"),
                   ("Sportage", "Kia"), ("Clio", "Renault"), ("Duster", "Renault"), ("Golf", "Volkswagen"),
                   ("Atto 3", "BYD"), ("Seal", "BYD"), ("Tiggo 7", "Chery"), ("Coolray", "Geely"), ("Tara", "Iran Khodro"),
                   ("Dena", "Iran Khodro"), ("Nexon", "Tata Motors"), ("Ranger", "Ford")]
FALLBACK_PLACES = [("Wuhan", "China"), ("Chennai", "India"), ("Bursa", "Turkey"), ("Zilina", "Slovakia"),
                   ("Tangier", "Morocco"), ("Puebla", "Mexico"), ("Curitiba", "Brazil"), ("Ulsan", "South Korea"),
                   ("Togliatti", "Russia"), ("Tashkent", "Uzbekistan"), ("Almaty", "Kazakhstan"), ("Rayong", "Thailand"),
                   ("Pune", "India"), ("Kocaeli", "Turkey"), ("Szeged", "Hungary"), ("Kaluga", "Russia")]
FALLBACK_COUNTRIES = ["Russia", "Kazakhstan", "Uzbekistan", "Egypt", "Saudi Arabia", "Brazil", "Mexico", "Chile",
                      "South Africa", "Nigeria", "Iraq", "Algeria", "Vietnam", "Indonesia", "Australia", "Germany"]
FALLBACK_REGIONS = ["Central Asia", "the Middle East", "Latin America", "Southeast Asia", "North Africa", "Europe"]
FIRST = ["Anna", "Kenji", "Maria", "Ahmed", "Li", "Carlos", "Priya", "Olga", "David", "Fatima", "Jonas", "Mehmet",
         "Sofia", "Rahul", "Elena", "Tomás", "Yuki", "Hassan", "Ingrid", "Marco"]
LAST = ["Novak", "Tanaka", "Silva", "Rahimi", "Wei", "Mendoza", "Sharma", "Petrova", "Keller", "Haddad", "Berg",
        "Yilmaz", "Rossi", "Gupta", "Ivanova", "García", "Sato", "Karimi", "Lund", "Bianchi"]
ROLES = ["CEO", "chief executive", "managing director", "head of international sales", "chairman", "plant director",
         "vice president of manufacturing"]
SOURCES = ["Just Auto", "Autocar Pro", "Automotive News Europe", "Car Industry Analysis", "Motor Trade Weekly"]
TRANSMISSIONS = ["6-speed automatic", "7-speed DCT", "CVT", "5-speed manual", "8-speed automatic"]
WHEN = ["next year", "by year-end", "later this year", "in 2027", "by 2030", "in 2026", "early next year"]
FILLER = [
    "Analysts said demand for compact SUVs in the region has risen for three consecutive years.",
    "The announcement comes as several carmakers reconsider their supply chains after recent disruptions.",
    "Local suppliers are expected to provide seats, glass and wiring harnesses from the start.",
    "Dealers reported longer waiting lists for popular trims during the first half of the year.",
    "Officials described the project as a step toward a more competitive domestic industry.",
    "The company did not disclose the financial terms of the agreement with its local partner.",
    "Electrified versions are under study but no timetable has been given.",
    "Industry groups have called for clearer rules on certification and import duties.",
    "Sales in the segment were flat last quarter, according to figures from the national association.",
    "The site will also host a training centre for engineers and technicians.",
    "Competitors have announced similar projects, which could tighten the market for skilled labour.",
    "Logistics costs remain a concern, with rail capacity to the border still limited.",
]


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


@dataclass
class Vocabulary:
    makers: list[tuple[str, str]]
    models: list[tuple[str, str]]
    places: list[tuple[str, str]]
    countries: list[str]
    regions: list[str]
    models_by_maker: dict[str, list[str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    makers = [(r.get("name") or r.get("canonical") or "", r.get("country") or r.get("home_country") or "")
              for r in _rows("makers.csv")]
    makers = [m for m in makers if m[0]] or FALLBACK_MAKERS
    models = [(r.get("name") or r.get("model") or "", r.get("maker") or r.get("make") or r.get("company") or "")
              for r in _rows("models.csv")]
    maker_names = {m for m, _ in makers}
    models = [m for m in models if m[0] and m[1] in maker_names] or FALLBACK_MODELS
    places = [(r.get("name", ""), r.get("country", "")) for r in _rows("places.csv")
              if r.get("kind", "city") not in ("region", "country")]
    places = [p for p in places if p[0] and p[1]] or FALLBACK_PLACES
    countries = [r["name"] for r in _rows("countries.csv") if r.get("name")] or FALLBACK_COUNTRIES
    regions = [r["name"] for r in _rows("regions.csv") if r.get("name")] or FALLBACK_REGIONS
    by_maker: dict[str, list[str]] = {}
    for model, maker in models:
        by_maker.setdefault(maker, []).append(model)
    makers = [m for m in makers if m[0] in by_maker] or makers
    return Vocabulary(makers, models, places, countries, regions, by_maker)


class _Writer:
    """Builds text sentence by sentence, keeping offsets for facts and mentions."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[Mention] = []

    def sentence(self, pieces: list[tuple[str, str | None, str | None]]) -> Source:
        """pieces: (text, label, canonical); labelled pieces become mentions."""
        if self.parts and not self.parts[-1].endswith("\n\n"):
            self._add(" ")
        start = self.length
        spans = []
        for text, label, canonical in pieces:
            if label:
                spans.append((text, label, canonical or text, self.length))
            self._add(text)
        end = self.length
        for text, label, canonical, pos in spans:
            self.mentions.append(Mention(text, label, canonical, pos, pos + len(text), start, end))
        return Source(sentence="", start=start, end=end)  # sentence text filled in by _fix_sources

    def paragraph(self) -> None:
        self._add("\n\n")

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _fix_sources(text: str, facts: ArticleFacts) -> None:
    def fix(src: Source | None) -> Source | None:
        return Source(text[src.start:src.end], src.start, src.end) if src else None

    for coll in (facts.models, facts.specs, facts.plants, facts.exports, facts.people):
        for f in coll:
            f.source = fix(f.source)
    for p in facts.plants:
        p.evidence = {k: fix(v) for k, v in p.evidence.items()}


def generate(i: int, seed: int = 7) -> tuple[Article, ArticleFacts]:
    """Article number i (deterministic for a seed) and the facts it states."""
    rng = random.Random(seed * 1_000_003 + i)
    v = vocabulary()
    maker, home = rng.choice(v.makers)
    models = rng.sample(v.models_by_maker.get(maker, [m for m, _ in v.models]),
                        k=min(len(v.models_by_maker.get(maker, [])) or 1, rng.randint(1, 3)))
    site, site_country = rng.choice(v.places)
    dest = rng.choice(v.regions if rng.random() < 0.25 else v.countries)
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 7 * 365))
    w = _Writer()
    facts = ArticleFacts(article=f"gen-{i:06d}")
    capacity = rng.choice([5, 10, 20, 30, 50, 80, 100, 150, 200, 300]) * 1000
    jobs = rng.choice([150, 300, 450, 800, 1200, 2500, 4000])
    invest = rng.choice([14, 25, 50, 120, 300, 500, 1200]) * 1_000_000
    when = rng.choice(WHEN)
    shifts = rng.choice([1, 2, 3])

    title = rng.choice([
        f"{maker} to build {models[0]} in {site}",
        f"{maker} plans {capacity:,}-unit plant in {site_country}",
        f"{maker} eyes {dest} with {models[0]} exports",
        f"New {maker} investment in {site_country} to create {jobs} jobs",
    ])
    # opening: the plant
    mm = [(m, "MODEL", m) for m in models]
    model_pieces: list[tuple[str, str | None, str | None]] = []
    for n, piece in enumerate(mm):
        if n:
            model_pieces.append((", " if n < len(mm) - 1 else " and ", None, None))
        model_pieces.append(piece)
    src = w.sentence([(maker, "COMPANY", maker), (" says it will start production in ", None, None),
                      (site_country, "COUNTRY", site_country), (f" {when}, building ", None, None), *model_pieces,
                      (" at a plant in ", None, None), (site, "PLACE", site), (".", None, None)])
    cap_src = w.sentence([("The factory will have capacity for ", None, None),
                          (f"{capacity:,} vehicles a year", "CAPACITY", None),
                          (f" on {['one', 'two', 'three'][shifts - 1]} shift{'s' if shifts > 1 else ''} and employ ", None, None),
                          (f"{jobs:,} people", "JOBS", None), (".", None, None)])
    inv_src = w.sentence([(f"The investment is put at US${invest // 1_000_000}m", "MONEY", None), (".", None, None)])
    facts.plants.append(PlantFact(company=maker, site=site, country=site_country, capacity_per_year=float(capacity),
                                  shifts=shifts, jobs=jobs, investment=Money(float(invest), "USD"), models=list(models),
                                  start_date=when, source=src,
                                  evidence={"capacity_per_year": cap_src, "jobs": cap_src, "shifts": cap_src,
                                            "investment": inv_src}))
    w.sentence([(rng.choice(FILLER), None, None)])
    w.paragraph()
    # a quote
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role = rng.choice(ROLES)
    psrc = w.sentence([("“This project shows our long-term commitment to the market,” said ", None, None),
                       (person, "PERSON", person), (f", {role} of ", None, None), (maker, "COMPANY", maker), (".", None, None)])
    facts.people.append(PersonFact(person, role=role, org=maker, source=psrc))
    w.sentence([(rng.choice(FILLER), None, None)])
    w.paragraph()
    # exports
    units = rng.choice([500, 1000, 2000, 5000, 10000, 25000])
    esrc = w.sentence([("The company also aims to ship ", None, None), (f"{units:,} units", "UNITS", None),
                       (" of the ", None, None), (models[0], "MODEL", models[0]), (" from ", None, None),
                       (site_country, "COUNTRY", site_country), (" to ", None, None), (dest, "COUNTRY", dest),
                       (f" {rng.choice(WHEN)}.", None, None)])
    facts.exports.append(ExportFact(company=maker, origin=site_country, destination=dest, models=[models[0]],
                                    units=float(units), source=esrc))
    w.sentence([(rng.choice(FILLER), None, None)])
    w.paragraph()
    # specs and lineage
    for m in models:
        engine = rng.choice([1.0, 1.2, 1.4, 1.5, 1.6, 2.0, 2.5])
        hp = rng.choice([90, 105, 113, 130, 150, 180, 220])
        trans = rng.choice(TRANSMISSIONS)
        ssrc = w.sentence([("The ", None, None), (m, "MODEL", m), (f" is powered by a {engine}-litre engine with {hp} hp, "
                                                                    f"paired with {'an' if trans[0] in '8AEIOU' else 'a'} {trans} transmission.", None, None)])
        facts.specs.append(SpecFact(m, engine_l=engine, power_hp=float(hp), transmission=trans, source=ssrc))
        facts.models.append(ModelFact(m, maker=maker, source=ssrc))
    for filler in rng.sample(FILLER, k=rng.randint(4, 8)):
        w.sentence([(filler, None, None)])
    w.paragraph()
    w.sentence([(f"{maker} is based in ", None, None), (home or site_country, "COUNTRY", home or site_country),
                (" and has been expanding abroad for several years.", None, None)])
    w.sentence([(rng.choice(FILLER), None, None)])
    text = w.text()
    _fix_sources(text, facts)
    facts.mentions = w.mentions
    facts.companies = [maker]
    facts.countries = list(dict.fromkeys(c for c in (site_country, dest if dest in v.countries else None, home) if c))
    art = make_article(f"gen-{i:06d}.txt", text, title=title, source=rng.choice(SOURCES), published=published.isoformat())
    # make_article strips the text; offsets start at 0 and the text has no leading space, so they still hold
    return art, facts


def write_jsonl(path: Path, n: int, seed: int = 7, facts_path: Path | None = None) -> None:
    """N articles as a .jsonl feed; with facts_path, their facts too (see FactsFile), in the same pass."""
    facts_fh = facts_path.open("wb") if facts_path is not None else None
    offsets: dict[str, int] = {}
    try:
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                a, f = generate(i, seed)
                fh.write(json.dumps({"name": a.name, "text": a.text, "title": a.title, "source": a.source,
                                     "published": a.published}, ensure_ascii=False) + "\n")
                if facts_fh is not None:
                    offsets[a.name] = facts_fh.tell()
                    pickle.dump(f, facts_fh, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        if facts_fh is not None:
            facts_fh.close()
    if facts_path is not None:
        FactsFile.index_path(facts_path).write_text(json.dumps(offsets), encoding="utf-8")


class FactsFile:
    """The facts written beside a feed by write_jsonl, read one article at a time by its name.

    Holds only each article's offset in the file, so a benchmark can stand in for the parser at
    100k articles without keeping 100k articles' facts in memory.
    """

    def __init__(self, path: Path) -> None:
        self.offsets: dict[str, int] = json.loads(self.index_path(path).read_text(encoding="utf-8"))
        self._fh = path.open("rb")

    @staticmethod
    def index_path(path: Path) -> Path:
        return path.with_name(path.name + ".index.json")

    def get(self, name: str) -> ArticleFacts:
        self._fh.seek(self.offsets[name])
        return pickle.load(self._fh)

    def close(self) -> None:
        self._fh.close()


def write_folder(folder: Path, n: int, seed: int = 7) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "articles.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["file", "title", "source", "url", "published"])
        for i in range(n):
            a, _ = generate(i, seed)
            (folder / a.name).write_text(a.text, encoding="utf-8")
            out.writerow([a.name, a.title, a.source, "", a.published])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.format == "jsonl":
        write_jsonl(args.out, args.n, args.seed)
    else:
        write_folder(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
