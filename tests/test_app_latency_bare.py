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


def test_rounds_are_pooled_misses_with_misses_and_hits_with_hits(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import app_latency

    rounds = [([0.3, 0.1], [0.05]), ([0.2], [0.04, 0.06])]
    assert app_latency._pooled(iter(rounds)) == ([0.3, 0.1, 0.2], [0.05, 0.04, 0.06])
    assert app_latency._pooled(iter([])) == ([], [])
    sys.modules.pop("app_latency", None)
