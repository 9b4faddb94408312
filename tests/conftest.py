"""Shared fixtures for the app tests: hand-built frames and stores, a free port, a running server.

The stores are written through the store's own writer (core.store.write_batch) with hand-built
core.facts.ArticleFacts, so the app tests do not depend on extraction quality.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from core.articles import make_article
from core.facts import ArticleFacts, ExportFact, Mention, ModelFact, Money, PersonFact, PlantFact, Source, SpecFact
from core.frames import FRAME_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(autouse=True)
def _checked_figures(monkeypatch):
    """Every figure a test builds passes plotly's checks of every property (the app skips them for speed:
    core.charts.base.VALIDATE_FIGURES), so a builder that writes a wrong property fails here."""
    from core.charts import base as chart_base

    monkeypatch.setattr(chart_base, "VALIDATE_FIGURES", True)


# --------------------------------------------------------------------------- hand-built facts

TEXT_Kia_AZ = (
    "Kia will build Sportage and Ceed cars at a plant in Zilina, Slovakia, next year. "
    "The plant will make 10,000 vehicles per year with 300 jobs and a US$14m investment. "
    "Cars will also be sold in Western Europe."
)
TEXT_Kia_RU = (
    "Kia plans to ship 2,000 K5 and Sportage units to Russia by year-end. "
    "The K5 has a 1.6-liter engine delivering 113 hp and a six-speed automatic gearbox."
)
TEXT_CHERY = (
    "Chery will assemble the Tiggo 7 at Avtotor in Kaliningrad, Russia, with capacity for 50,000 cars a year. "
    "The project creates 1,200 jobs. The Tiggo 7 has a 1.5-liter engine with 147 hp. <script>alert(1)</script>"
)


def _src(text: str, sentence_no: int = 0) -> Source:
    sentences = text.split(". ")
    start = sum(len(s) + 2 for s in sentences[:sentence_no])
    sentence = sentences[sentence_no]
    return Source(sentence=sentence, start=start, end=start + len(sentence))


def _m(text: str, needle: str, label: str, canonical: str | None = None) -> Mention:
    start = text.index(needle)
    return Mention(needle, label, canonical or needle, start, start + len(needle), 0, len(text))


def hand_built_articles():
    """Three articles: Kia in Slovakia (plant), Kia exports to Russia (route, K5 specs), Chery in Russia."""
    a = make_article("kia-az.txt", TEXT_Kia_AZ, title="Kia to build cars in Slovakia", source="Automotive News Europe",
                     published="2024-03-05")
    t = a.text
    fa = ArticleFacts(
        article=a.name, companies=["Kia"], countries=["Slovakia", "South Korea"],
        models=[ModelFact("Sportage", maker="Kia", based_on="Hyundai Elantra", source=_src(t)),
                ModelFact("Ceed", maker="Kia", source=_src(t))],
        plants=[PlantFact(company="Kia", site="Zilina", country="Slovakia", capacity_per_year=10000.0,
                          shifts=1, jobs=300, investment=Money(14_000_000.0, "USD"), models=["Sportage", "Ceed"],
                          source=_src(t, 1))],
        exports=[ExportFact(company="Kia", origin="Slovakia", destination="Western Europe", models=["Sportage"],
                            source=_src(t, 2))],
        people=[PersonFact("Min-jun Park", role="CEO", org="Kia", source=_src(t))],
        mentions=[_m(t, "Kia", "COMPANY"), _m(t, "Sportage", "MODEL"), _m(t, "Ceed", "MODEL"),
                  _m(t, "Slovakia", "COUNTRY"), _m(t, "Zilina", "PLACE"), _m(t, "Western Europe", "REGION")],
    )
    b = make_article("kia-ru.txt", TEXT_Kia_RU, title="Kia starts exports to Russia", source="Yonhap",
                     published="2024-06-20")
    t = b.text
    fb = ArticleFacts(
        article=b.name, companies=["Kia"], countries=["South Korea", "Russia"],
        models=[ModelFact("K5", maker="Kia", based_on="Hyundai Sonata", source=_src(t)),
                ModelFact("Sportage", maker="Kia", source=_src(t))],
        specs=[SpecFact("K5", engine_l=1.6, power_hp=113.0, transmission="6-speed automatic", source=_src(t, 1))],
        exports=[ExportFact(company="Kia", origin="South Korea", destination="Russia", models=["K5", "Sportage"],
                            units=2000.0, by_when="year-end", source=_src(t))],
        mentions=[_m(t, "Kia", "COMPANY"), _m(t, "K5", "MODEL"), _m(t, "Sportage", "MODEL"),
                  _m(t, "Russia", "COUNTRY")],
    )
    c = make_article("chery-ru.txt", TEXT_CHERY, title="Chery & Avtotor <expand> in Kaliningrad", source="Autonews",
                     published="2024-07-01")
    t = c.text
    fc = ArticleFacts(
        article=c.name, companies=["Chery"], countries=["Russia"],
        models=[ModelFact("Tiggo 7", maker="Chery", source=_src(t))],
        specs=[SpecFact("Tiggo 7", engine_l=1.5, power_hp=147.0, source=_src(t, 2))],
        plants=[PlantFact(company="Chery", site="Kaliningrad", country="Russia", capacity_per_year=50000.0, jobs=1200,
                          models=["Tiggo 7"], source=_src(t))],
        mentions=[_m(t, "Chery", "COMPANY"), _m(t, "Tiggo 7", "MODEL"), _m(t, "Kaliningrad", "PLACE"),
                  _m(t, "Russia", "COUNTRY")],
    )
    return [(a, fa), (b, fb), (c, fc)]


def write_store(db: Path) -> Path:
    from core.store import write_batch

    write_batch(db, hand_built_articles())
    return db


# --------------------------------------------------------------------------- hand-built frames (no store)


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = FRAME_COLUMNS[name]
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    if "published" in df:
        df["published"] = pd.to_datetime(df["published"])
    return df


def sample_frames() -> dict[str, pd.DataFrame]:
    """Frames shaped like core.frames.load_frames output, built by hand."""
    def prov(aid, sentence, published, source, title):
        return {"article_id": aid, "sentence": sentence, "start": 0, "end": len(sentence), "qualifier": "",
                "published": published, "source": source, "title": title}

    a1, a2, a3 = "a1" * 8, "b2" * 8, "c3" * 8
    p1 = prov(a1, "Kia will build Sportage and Ceed at Zilina, creating 300 jobs.", "2024-03-05",
              "Automotive News Europe", "Kia to build cars in Slovakia")
    p2 = prov(a2, "Kia aims to ship 2,000 K5 and Sportage units to Russia.", "2024-06-20", "Yonhap",
              "Kia starts exports to Russia")
    p3 = prov(a3, "=HYPERLINK(\"x\") Chery will assemble Tiggo 7 at Kaliningrad <b>Avtotor</b>, 50,000 a year.",
              "2024-07-01", "Autonews", "Chery & Avtotor expand — Калининград")
    return {
        "articles": _frame("articles", [
            {"article_id": a1, "name": "000.txt", "title": p1["title"], "source": "Automotive News Europe", "url": "",
             "published": "2024-03-05", "words": 300, "n_facts": 6, "text": p1["sentence"]},
            {"article_id": a2, "name": "002.txt", "title": p2["title"], "source": "Yonhap", "url": "",
             "published": "2024-06-20", "words": 400, "n_facts": 8, "text": p2["sentence"]},
            {"article_id": a3, "name": "003.txt", "title": p3["title"], "source": "Autonews", "url": "",
             "published": "2024-07-01", "words": 200, "n_facts": 3, "text": p3["sentence"]},
        ]),
        "mentions": _frame("mentions", []),
        "companies": _frame("companies", [
            {"article_id": a1, "company": "Kia", "home_country": "South Korea", "published": "2024-03-05"},
            {"article_id": a2, "company": "Kia", "home_country": "South Korea", "published": "2024-06-20"},
            {"article_id": a3, "company": "Chery", "home_country": "China", "published": "2024-07-01"},
        ]),
        "models": _frame("models", [
            {"model": "K5", "maker": "Kia", "based_on": "Hyundai Sonata", **p2},
            {"model": "Sportage", "maker": "Kia", "based_on": "Hyundai Elantra", **p2},
            {"model": "Tiggo 7", "maker": "Chery", **p3},
        ]),
        "specs": _frame("specs", [
            {"model": "K5", "maker": "Kia", "engine_l": 1.6, "power_hp": 113.0,
             "transmission": "6-speed automatic", **p2},
            {"model": "Tiggo 7", "maker": "Chery", "engine_l": 1.5, "power_hp": 147.0, "transmission": "CVT", **p3},
        ]),
        "plants": _frame("plants", [
            {"plant_key": "kia|zilina|slovakia", "company": "Kia", "site": "Zilina",
             "country": "Slovakia", "iso3": "SVK", "lat": 49.22, "lon": 18.74, "capacity_per_year": 10000.0,
             "shifts": 1, "jobs": 300, "investment_amount": 14e6, "investment_currency": "USD",
             "models": "Sportage; Ceed", "area_ha": 10.0, **p1},
            {"plant_key": "chery|kaliningrad|russia", "company": "Chery", "site": "Kaliningrad", "country": "Russia",
             "iso3": "RUS", "lat": 54.7, "lon": 20.5, "capacity_per_year": 50000.0, "jobs": 1200,
             "investment_amount": 90e6, "investment_currency": "USD", "models": "Tiggo 7", **p3},
            # an older article about the same plant: its figures lose to the newer one where both state them
            {"plant_key": "chery|kaliningrad|russia", "company": "Chery", "site": "Kaliningrad", "country": "Russia",
             "iso3": "RUS", "lat": 54.7, "lon": 20.5, "capacity_per_year": 30000.0, "shifts": 2,
             "models": "Tiggo 4", **{**p1, "published": "2023-01-01"}},
        ]),
        "exports": _frame("exports", [
            {"route_key": "kia|south korea|russia", "company": "Kia", "origin": "South Korea", "destination": "Russia",
             "origin_iso3": "KOR", "destination_iso3": "RUS", "origin_lat": 36.5, "origin_lon": 127.9,
             "destination_lat": 61.0, "destination_lon": 90.0, "models": "K5; Sportage", "units": 2000.0,
             "by_when": "year-end", **p2},
            {"route_key": "kia|slovakia|western europe", "company": "Kia", "origin": "Slovakia",
             "destination": "Western Europe", "origin_iso3": "SVK", "destination_iso3": None, "origin_lat": 49.22,
             "origin_lon": 18.74, "destination_lat": 48.0, "destination_lon": 5.0, "models": "Sportage", **p1},
        ]),
        "people": _frame("people", [
            {"name": "Min-jun Park", "role": "CEO", "org": "Kia",
             **{k: p1[k] for k in ("article_id", "sentence", "start", "end", "published", "source", "title")}},
        ]),
        "metrics": _frame("metrics", [
            {"subject_kind": "plant", "subject_key": "kia|zilina|slovakia", "subject_label": "Zilina",
             "company": "Kia", "country": "Slovakia", "metric": "jobs", "value": 300.0, "unit": "jobs", **p1},
        ]),
    }


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The frames of a store of 1,500 generated articles (benchmarks/generate_articles.py): hundreds of models, plants,
    routes and specs, many months, specs charts past SPECS_SHOWN. Built once for the fast paths' reference tests,
    which only read it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import generate_articles

    from core import store
    from core.frames import load_frames

    db = tmp_path_factory.mktemp("generated") / "s.duckdb"
    store.write_batch(db, [generate_articles.generate(i) for i in range(1500)])
    return load_frames(db)


@pytest.fixture(scope="session")
def nlp():
    """The pipeline, built once for the whole run (core.nlp.pipeline caches it too)."""
    from core.nlp.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer the pipeline reads, loaded once."""
    from core.nlp.registry import get_gazetteer

    return get_gazetteer()


@pytest.fixture
def frames() -> dict[str, pd.DataFrame]:
    return sample_frames()


# --------------------------------------------------------------------------- stores


@pytest.fixture
def hand_store(tmp_path, monkeypatch) -> Path:
    """A store holding the three hand-built articles; AUTOWATCH_DB points at it."""
    db = write_store(tmp_path / "hand.duckdb")
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    return db


@pytest.fixture
def empty_store(tmp_path, monkeypatch) -> Path:
    """No store file and seeding off (AUTOWATCH_SEED=0): the app must still render every page."""
    db = tmp_path / "empty.duckdb"
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    return db


@pytest.fixture
def seed_store(tmp_path, monkeypatch) -> Path:
    """A fresh store the app seeds itself on first run (the bundled seed articles, through the parser)."""
    db = tmp_path / "seeds.duckdb"
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.delenv("AUTOWATCH_SEED", raising=False)
    return db


# --------------------------------------------------------------------------- browser and server


def chromium_or_skip() -> str:
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing and CI is set: run `make system-deps` (bash scripts/system-deps.sh)")
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (`make system-deps`) to run browser tests")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def port() -> int:
    return free_port()


class Server:
    def __init__(self, db: Path, port: int, log: Path, env: dict[str, str] | None = None):
        self.db, self.port, self.log = db, port, log
        self.url = f"http://127.0.0.1:{port}"
        full_env = {**os.environ, "AUTOWATCH_DB": str(db), "BROWSER_PATH": CHROMIUM, **(env or {})}
        self._fh = log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=full_env, stdout=self._fh, stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return
            time.sleep(0.25)
        raise TimeoutError(f"streamlit not healthy after {timeout}s: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._fh.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app served on a free port over a hand-built store (module-scoped: one server for the e2e tests)."""
    chromium_or_skip()
    tmp = tmp_path_factory.mktemp("server")
    db = write_store(tmp / "e2e.duckdb")
    srv = Server(db, free_port(), tmp / "streamlit.log")
    try:
        srv.wait_healthy()
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def browser():
    chromium = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
