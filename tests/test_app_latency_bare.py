"""benchmarks/app_latency.py: the bare pages draw the sidebar's page list, as every page of the app does."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def test_a_bare_page_draws_the_page_list(tmp_path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import app_latency

    import ui

    options = tmp_path / "options.json"
    options.write_text(json.dumps({"countries": ["Slovakia"], "companies": [], "models": []}), encoding="utf-8")
    monkeypatch.setenv("AUTOWATCH_BENCH_OPTIONS", str(options))
    at = AppTest.from_file(str(app_latency.bare_page(tmp_path / "sidebar", app_latency.SIDEBAR_PAGE)))
    at.run()
    assert not at.exception
    assert [link.proto.label for link in at.sidebar.get("page_link")] == [label for _, label, _, _ in ui.PAGES]
    sys.modules.pop("app_latency", None)


def test_a_timed_page_is_opened_as_the_app_runs_it_with_the_page_list(monkeypatch, hand_store) -> None:
    """The page timed against a bare page draws the page links as the bare page does: a file of pages/ is opened
    from the entry script (run alone, its page links fail and none is drawn), the home page as itself."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import app_latency

    import ui

    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    labels = [label for _, label, _, _ in ui.PAGES]
    for script, title in ((ROOT / "pages/2_Models_and_specs.py", "Models & specs"), (ROOT / "dashboard.py", "Autowatch")):
        at = app_latency.open_page(script)
        at.run()
        assert not at.exception
        assert [link.proto.label for link in at.sidebar.get("page_link")] == labels
        assert at.title[0].value == title
    alone = AppTest.from_file(str(ROOT / "pages/2_Models_and_specs.py"))
    alone.run()
    assert not alone.sidebar.get("page_link")  # what the page timed alone drew: no links
    sys.modules.pop("app_latency", None)


def test_rounds_are_pooled_misses_with_misses_and_hits_with_hits(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import app_latency

    rounds = [([0.3, 0.1], [0.05]), ([0.2], [0.04, 0.06])]
    assert app_latency._pooled(iter(rounds)) == ([0.3, 0.1, 0.2], [0.05, 0.04, 0.06])
    assert app_latency._pooled(iter([])) == ([], [])
    sys.modules.pop("app_latency", None)


def test_paired_changes_time_the_page_and_its_bare_page_in_turn(tmp_path, monkeypatch, hand_store) -> None:
    """--paired: one page / bare page ratio per filter change, misses then hits; the bare page replays the elements
    the page drew on its first change."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    import ui
    from core.filters import filter_options
    from core.frames import load_frames

    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import app_latency

    # the recorders wrap ui and Streamlit's elements for the whole process: put the originals back afterwards
    for name in app_latency.ELEMENT_CALLS:
        monkeypatch.setattr(DeltaGenerator, name, getattr(DeltaGenerator, name))
        monkeypatch.setattr(st, name, getattr(st, name))
    for name in ("chart", "table", "facts_json_download", "empty_state", "sidebar_filters"):
        monkeypatch.setattr(ui, name, getattr(ui, name))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    monkeypatch.setenv("AUTOWATCH_NO_BROWSER", "1")
    options = filter_options(load_frames(hand_store))
    options_file = tmp_path / "options.json"
    options_file.write_text(json.dumps(options), encoding="utf-8")
    monkeypatch.setenv("AUTOWATCH_BENCH_OPTIONS", str(options_file))
    app_latency._patch_recorders()
    elements = app_latency.bare_page(tmp_path / "elements", app_latency.ELEMENTS_PAGE)
    countries = options["countries"][:2]
    misses, hits = app_latency.time_paired_changes(ROOT / "pages/2_Models_and_specs.py", elements, countries,
                                                   "pages/2_Models_and_specs.py")
    assert len(misses) == len(hits) == len(countries) == 2
    assert all(r > 0 for r in misses + hits)
    recorded = [name for _, name, _, _ in app_latency.RECORDED["pages/2_Models_and_specs.py"]]
    assert "table" in recorded and "chart" in recorded  # what the bare page drew in its turn
    sys.modules.pop("app_latency", None)
