"""End-to-end flows in headless Debian chromium (Playwright) against a served app on a hand-built store.

Screenshots of every page land in test-artifacts/ for a person to look at.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

PAGES = {"": "Autowatch", "Map": "Map", "Models_and_specs": "Models", "Capacity_and_jobs": "Capacity",
         "Articles": "Articles", "Add_articles": "Add articles", "Curation": "Curation", "Conflicts": "Conflicts",
         "Timeline": "Timeline"}


def settle(page, ms: int = 1500) -> None:
    """Wait for the script run to finish: Streamlit shows a running indicator while it works."""
    page.wait_for_load_state("networkidle")
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=30_000)
    page.wait_for_timeout(ms)


def country_filter(page) -> list[str]:
    """The values selected in the sidebar's Country filter."""
    box = page.locator('[data-testid="stMultiSelect"]').first
    text = box.locator('[data-testid="stMultiSelectTagsContainer"]').first.inner_text()
    return [t.strip() for t in text.split("\n") if t.strip()]


def test_deep_link_filter_survives_moving_through_the_sidebar(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server.url}/Map?country=South%20Korea")
    settle(page)
    assert country_filter(page) == ["South Korea"]
    assert "South Korea" in page.locator('[data-testid="stSidebar"]').inner_text()
    nav = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]')
    assert nav.first.inner_text().endswith("Overview")  # the home page by its name, not its file's ("dashboard")
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0  # Streamlit's own list, which says "dashboard"
    page.get_by_role("link", name="Models & specs").click()
    settle(page)
    assert urlparse(page.url).path.endswith("/Models_and_specs")
    assert country_filter(page) == ["South Korea"]
    assert re.search(r"country=South(%20|\+)Korea", page.url)  # still a link to share
    page.screenshot(path=str(artifacts / "e2e-models-filtered.png"), full_page=True)
    page.close()


def test_pick_a_country_map_draws_offline_chart_png_downloads_and_the_url_reopens_the_view(server, browser, artifacts):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", "localhost") else None)
    page.goto(server.url)
    settle(page)
    page.locator('[data-testid="stMultiSelect"]').first.click()
    page.get_by_role("option", name="Slovakia", exact=True).click()
    page.keyboard.press("Escape")
    settle(page)
    page.get_by_role("link", name="Map").click()
    settle(page, 3000)
    assert country_filter(page) == ["Slovakia"]
    # the basemap: plotly draws land and country borders from the topojson the app serves
    assert page.locator(".geo .land path").count() >= 1
    assert page.locator(".geo .countries path").count() >= 1
    assert outside == [], f"requests left the machine: {outside[:5]}"
    page.screenshot(path=str(artifacts / "e2e-map-slovakia.png"), full_page=True)

    with page.expect_download(timeout=60_000) as info:
        page.locator('[data-testid="stDownloadButton"]', has_text="PNG").first.click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
    assert "Slovakia" in download.suggested_filename

    shared = context.new_page()
    shared.goto(page.url)
    settle(shared)
    assert country_filter(shared) == ["Slovakia"]
    context.close()


def test_screenshot_of_every_page(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    for path, heading in PAGES.items():
        page.goto(f"{server.url}/{path}")
        settle(page)
        assert heading in page.locator("h1").first.inner_text()
        assert page.locator('[data-testid="stException"]').count() == 0, f"{path or 'Overview'} raised"
        page.screenshot(path=str(artifacts / f"page-{path or 'Overview'}.png"), full_page=True)
    page.close()
