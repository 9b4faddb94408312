"""Browser flows (headless Debian chromium through Playwright) for adding articles, curation and conflicts.

The store holds articles written for these tests, parsed by the real pipeline; skipped when chromium
is missing, failed when CI is set (conftest.chromium_or_skip). Screenshots of the four pages go to
test-artifacts/.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ARTIFACTS, Server, chromium_or_skip, free_port

from core.articles import make_article
from core.ingest import ingest_articles

pytestmark = pytest.mark.browser

KIA_350 = "Kia will raise capacity at its plant in Zilina, Slovakia, to 350,000 vehicles a year."
KIA_330 = ("Kia's plant in Zilina, Slovakia, will make 330,000 vehicles a year, the company said on Tuesday. "
           "Kia plans to export 20,000 Ceed cars from Slovakia to Turkey by 2026.")
QORATEPA = ("The carmaker known as Qoratepa Avto will assemble Chery Tiggo 4 cars at a plant in Jizzakh, Uzbekistan. "
            "Qoratepa Avto will employ 800 workers at the plant.")
HYUNDAI = "Hyundai will raise capacity at its plant in Nosovice, Czech Republic, to 380,000 vehicles a year."
WAIT = 90_000


@pytest.fixture(scope="module")
def curation_server(tmp_path_factory):
    chromium_or_skip()
    tmp = tmp_path_factory.mktemp("curation_server")
    db = tmp / "e2e-curation.duckdb"
    arts = [make_article("kia-350.txt", KIA_350, source="Reuters", published="2024-03-01", title="Kia to lift Zilina output"),
            make_article("kia-330.txt", KIA_330, source="Automotive News", published="2024-05-02", title="Zilina targets"),
            make_article("qoratepa.txt", QORATEPA, source="Gazeta", published="2024-02-10", title="Qoratepa in Jizzakh")]
    assert ingest_articles(arts, db_path=db, progress=False).ok
    srv = Server(db, free_port(), tmp / "streamlit.log", env={"AUTOWATCH_SEED": "0"})
    try:
        srv.wait_healthy()
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    pg = context.new_page()
    pg.set_default_timeout(WAIT)
    try:
        yield pg
    finally:
        context.close()


def open_page(page, server: Server, path: str, title: str) -> None:
    page.goto(f"{server.url}/{path}")
    page.get_by_role("heading", name=title, exact=True).first.wait_for()
    settle(page)


def settle(page) -> None:
    """Wait until the script run is over (no running indicator)."""
    page.wait_for_timeout(300)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')"
                           " && !document.querySelector('[data-testid=\"stStatusWidgetRunningManIcon\"]')")
    page.wait_for_timeout(300)


def plot_data(page) -> str:
    page.wait_for_function("document.querySelector('.js-plotly-plot') && document.querySelector('.js-plotly-plot').data")
    return page.evaluate("JSON.stringify(Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => p.data))")


def choose(page, label: str, option: str) -> None:
    box = page.locator("[data-testid=stMain]").get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill(option)
    page.get_by_role("option", name=re.compile(re.escape(option))).first.click()
    settle(page)


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_upload_parse_save_then_the_plant_is_on_the_map(curation_server, page, tmp_path):
    article = tmp_path / "hyundai-nosovice.txt"
    article.write_text(HYUNDAI, encoding="utf-8")
    open_page(page, curation_server, "Add_articles", "Add articles")
    page.locator("input[type=file]").set_input_files(str(article))
    page.get_by_text("hyundai-nosovice.txt").first.wait_for()
    page.get_by_role("button", name="Parse files").click()
    page.get_by_text("Parsed 1 article(s)").wait_for()
    page.get_by_role("heading", name="Facts found").wait_for()
    settle(page)
    shot(page, "add-articles")
    page.get_by_role("button", name="Save 1 article(s)").click()
    page.get_by_text("Saved 1 article(s)").wait_for()
    open_page(page, curation_server, "Map", "Map")
    data = plot_data(page)
    assert "Nosovice" in data and "Hyundai" in data


def test_alias_then_reextract_resolves_everywhere(curation_server, page):
    open_page(page, curation_server, "Curation", "Curation")
    page.get_by_role("heading", name="Unresolved names").wait_for()
    shot(page, "curation")
    choose(page, "Name", "Qoratepa Avto")
    page.get_by_text("Alias of a known entity").click()
    settle(page)
    choose(page, "Known entity", "ADM Jizzakh")
    page.get_by_role("button", name="Save decision").click()
    page.get_by_text("Saved: Qoratepa Avto → ADM Jizzakh").wait_for()
    page.get_by_role("button", name="Re-extract every article with these decisions").click()
    page.get_by_text(re.compile(r"Re-extracted \d+ article\(s\) with 1 decision")).wait_for()
    settle(page)
    shot(page, "curation-after-reextract")
    open_page(page, curation_server, "Map", "Map")
    data = plot_data(page)
    assert "ADM Jizzakh" in data and "Qoratepa Avto" not in data
    open_page(page, curation_server, "Timeline", "Timeline")
    choose(page, "Timeline of", "ADM Jizzakh")
    page.get_by_text("Builds Chery Tiggo 4 in Jizzakh, Uzbekistan").first.wait_for()
    shot(page, "timeline")


def test_two_capacities_side_by_side_with_sources(curation_server, page):
    open_page(page, curation_server, "Conflicts", "Conflicts")
    page.get_by_text("2 sources disagree").first.wait_for()
    for figure in ("330,000 units/year", "350,000 units/year"):
        page.get_by_text(figure, exact=True).first.wait_for()
    page.get_by_role("heading", name="Every disputed figure").wait_for()
    settle(page)
    main = page.locator("[data-testid=stMain]")
    text = main.inner_text()
    assert "350,000 units/year" in text and "330,000 units/year" in text
    assert "Reuters" in text and "Automotive News" in text
    assert "2024-03-01" in text and "2024-05-02" in text
    # side by side: the two figures sit in one row, the smaller on the left
    a = page.get_by_text("330,000 units/year", exact=True).first.bounding_box()
    b = page.get_by_text("350,000 units/year", exact=True).first.bounding_box()
    assert abs(a["y"] - b["y"]) < 5 and a["x"] < b["x"]
    shot(page, "conflicts")
