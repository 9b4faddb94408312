"""AppTest for every page: renders on the seeds, on an empty store, and filters change the data shown."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

PAGES = ["dashboard.py", "pages/1_Map.py", "pages/2_Models_and_specs.py", "pages/3_Capacity_and_jobs.py",
         "pages/4_Articles.py"]
TIMEOUT = 90
APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


def run(page: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    if page != "dashboard.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tables(at: AppTest) -> list[pd.DataFrame]:
    return [d.value for d in at.dataframe]


def figures(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def values(v) -> list:
    """A trace's data array: plain list, or plotly's typed-array encoding {"dtype", "bdata"}."""
    if isinstance(v, dict) and "bdata" in v:
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
    return list(v)


def text_of(obj) -> str:
    return json.dumps(obj, default=str)


def test_dashboard_lists_both_seed_articles(seed_store):
    at = run("dashboard.py")
    articles = tables(at)[-1]
    assert len(articles) == 2
    from core.articles import display_title, read_folder
    from core.paths import SEEDS

    expected = {display_title(a) for a in read_folder(SEEDS)}  # whatever the bundled corpus holds
    assert set(articles["title"]) == expected
    assert at.metric[0].value == "2"


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_seeds(seed_store, page):
    at = run(page)
    assert at.title[0].value


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_empty_store(empty_store, page):
    at = run(page)
    assert at.title[0].value
    notes = " ".join(i.value for i in at.info)
    assert "no articles" in notes.lower()


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_hand_built_store(hand_store, page):
    at = run(page)
    assert at.title[0].value
    assert not at.warning


def test_overview_filters_by_country(hand_store):
    at = run("dashboard.py")
    assert at.metric[0].value == "3"
    at.multiselect(key="country").set_value(["Slovakia"]).run()
    assert not at.exception
    assert at.metric[0].value == "1"
    facts = tables(at)[0]
    assert set(facts["kind"]) <= {"plant", "export", "model", "person"}
    assert all("Zilina" in s or "Western Europe" in s or "Sportage" in s or "Ceed" in s or "Min-jun Park" in s
               for s in facts["fact"])


def test_map_filters_by_country_and_model(hand_store):
    at = run("pages/1_Map.py")
    rows = tables(at)[0]
    assert {"Zilina · Kia (Slovakia)", "Kaliningrad · Chery (Russia)"} <= set(rows["where"])
    fig = text_of(figures(at)[0])
    assert "Kaliningrad" in fig and "Zilina" in fig

    at.multiselect(key="country").set_value(["Slovakia"]).run()
    rows = tables(at)[0]
    assert "Kaliningrad · Chery (Russia)" not in set(rows["where"])
    assert "Zilina · Kia (Slovakia)" in set(rows["where"])
    fig = text_of(figures(at)[0])
    assert "Kaliningrad" not in fig and "Zilina" in fig

    at.multiselect(key="country").set_value([]).run()
    at.multiselect(key="model").set_value(["K5"]).run()
    # K5 is only exported (South Korea -> Russia): no plant is left, on the map or in the table
    fig = figures(at)[0]
    assert "Zilina" not in text_of(fig) and "Kaliningrad" not in text_of(fig)
    shown = " ".join(tables(at)[0]["where"]) if at.dataframe else ""
    notes = " ".join(c.value for c in at.caption)
    assert "South Korea → Russia" in shown + notes
    assert "Zilina" not in shown + notes


def test_map_names_the_routes_it_cannot_draw(tmp_path, monkeypatch):
    from core.ingest import ingest_paths

    article = tmp_path / "zeta.txt"
    article.write_text("Zeta Motors builds the Zeta X at its plant in Pune, India, and exports it to 45 countries.\n",
                       encoding="utf-8")
    db = tmp_path / "counted.duckdb"
    ingest_paths([article], db_path=db, progress=False)
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    at = run("pages/1_Map.py")
    notes = " ".join(c.value for c in at.caption)
    # a count of markets has no one place on the map: said so, with the route, not called a place of unknown location
    assert "no one place to draw" in notes and "India → 45 countries" in notes and "unknown" not in notes


def test_map_uses_the_shipped_topojson(hand_store):
    at = run("pages/1_Map.py")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config.get("topojsonURL", "").endswith("app/static/topojson/")
    assert config["toImageButtonOptions"]["format"] == "svg"


def test_models_filter_by_model_and_country(hand_store):
    at = run("pages/2_Models_and_specs.py")
    models = tables(at)[0]
    assert set(models["model"]) == {"Sportage", "Ceed", "K5", "Tiggo 7"}
    k5 = models.set_index("model").loc["K5"]
    assert k5["engine_l"] == 1.6 and k5["power_hp"] == 113 and k5["based_on"] == "Hyundai Sonata"
    assert "Russia" in k5["exported_to"]

    at.multiselect(key="model").set_value(["K5"]).run()
    assert list(tables(at)[0]["model"]) == ["K5"]
    spec_fig = text_of(figures(at)[0])
    assert "K5" in spec_fig and "Tiggo 7" not in spec_fig

    at.multiselect(key="model").set_value([]).run()
    at.multiselect(key="country").set_value(["Slovakia"]).run()
    assert set(tables(at)[0]["model"]) == {"Sportage", "Ceed"}


def test_capacity_filters_by_country(hand_store):
    at = run("pages/3_Capacity_and_jobs.py")
    figs = figures(at)
    titles = [f["layout"]["title"]["text"] for f in figs]
    assert len(figs) == 7 and all("(" in t for t in titles)
    by_plant = figs[0]
    ys = [y for t in by_plant["data"] for y in values(t["y"])]
    assert len(ys) == 2
    plants = tables(at)[0]
    assert set(plants["site"]) == {"Zilina", "Kaliningrad"}

    at.multiselect(key="country").set_value(["Russia"]).run()
    figs = figures(at)
    xs = [x for t in figs[0]["data"] for x in values(t["x"])]
    assert xs == [50000]
    assert set(tables(at)[0]["site"]) == {"Kaliningrad"}
    # Kaliningrad has no investment stated: those charts say so instead of drawing a bar
    assert not figs[4]["data"]


def test_articles_filter_and_escape(hand_store):
    at = run("pages/4_Articles.py")
    listed = tables(at)[-1]
    assert len(listed) == 3
    at.multiselect(key="country").set_value(["Slovakia"]).run()
    listed = tables(at)[-1]
    assert list(listed["title"]) == ["Kia to build cars in Slovakia"]
    facts = tables(at)[0]
    assert "Plant: Zilina · Kia (Slovakia): 10,000 units/year, 300 jobs, invests USD 14.0 m" in set(
        facts["fact"])
    assert all(isinstance(s, str) and s for s in facts["sentence"])


def test_article_text_is_escaped(hand_store):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    from core.frames import load_frames

    chery = load_frames(hand_store)["articles"].set_index("title").loc["Chery & Avtotor <expand> in Kaliningrad",
                                                                       "article_id"]
    at.query_params["article"] = chery
    at.switch_page("pages/4_Articles.py").run()
    assert not at.exception
    html = " ".join(el.proto.body for el in at.get("html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "Tiggo 7" in html and "MODEL" in html


def test_filter_with_no_result_offers_to_clear(hand_store):
    at = run("pages/1_Map.py")
    at.text_input(key="q").set_value("no such thing anywhere").run()
    assert at.warning and "match this filter" in at.warning[0].value
    clear = [b for b in at.button if b.key == "clear_map"]
    assert clear
    clear[0].click().run()
    assert not at.warning
    assert at.text_input(key="q").value == ""
    assert {"Zilina · Kia (Slovakia)", "Kaliningrad · Chery (Russia)"} <= set(tables(at)[0]["where"])


def test_url_filter_applies_and_survives_page_switch(hand_store):
    at = run("pages/1_Map.py", {"country": "Russia"})
    assert at.multiselect(key="country").value == ["Russia"]
    assert "Zilina" not in set(tables(at)[0]["where"].str.cat(sep=" ").split(" · "))
    at.switch_page("pages/3_Capacity_and_jobs.py").run()
    assert at.multiselect(key="country").value == ["Russia"]
    assert set(tables(at)[0]["site"]) == {"Kaliningrad"}


def test_a_filter_cleared_by_hand_stays_cleared(hand_store):
    at = run("pages/1_Map.py")
    at.multiselect(key="country").set_value(["South Korea"]).run()
    assert at.multiselect(key="country").value == ["South Korea"]
    at.multiselect(key="country").set_value([]).run()
    assert at.multiselect(key="country").value == []
    at.run()  # a plain rerun of the same page must not bring the old filter back
    assert at.multiselect(key="country").value == []


def test_a_filter_seen_before_is_served_from_the_cache(hand_store, monkeypatch):
    """Derived tables and figures are computed once per (store version, filter): the plant summary once for
    the seven charts and the table (one capacity_view), and not at all when a filter comes back."""
    import streamlit as st

    from core import charts
    from core.charts import capacity as chart_capacity

    calls = []
    summaries = []
    original_view = charts.capacity_view
    monkeypatch.setattr(charts, "capacity_view", lambda *a, **k: calls.append(1) or original_view(*a, **k))
    original_summary = chart_capacity.labelled_plant_rows
    monkeypatch.setattr(chart_capacity, "labelled_plant_rows",
                        lambda plants: summaries.append(1) or original_summary(plants))
    st.cache_resource.clear()
    at = run("pages/3_Capacity_and_jobs.py")
    at.multiselect(key="country").set_value(["Russia"]).run()
    before = len(calls), len(summaries)
    at.multiselect(key="country").set_value(["Slovakia"]).run()
    assert (len(calls) - before[0], len(summaries) - before[1]) == (1, 1)
    assert set(tables(at)[0]["site"]) == {"Zilina"}
    seen = len(calls), len(summaries)
    at.multiselect(key="country").set_value(["Russia"]).run()
    assert (len(calls), len(summaries)) == seen
    assert set(tables(at)[0]["site"]) == {"Kaliningrad"}
    assert len(figures(at)) == 7


def test_articles_page_marks_page_furniture_that_gave_no_facts(tmp_path, monkeypatch):
    from core.ingest import ingest_paths

    article = tmp_path / "kia.txt"
    article.write_text(
        "Kia will build the Ceed at its plant in Zilina, Slovakia, from next year.\n\n"
        "Sign up for our free newsletter and never miss a story about Toyota again!\n\n"
        "The plant employs 3,800 people.\n", encoding="utf-8")
    db = tmp_path / "furniture.duckdb"
    ingest_paths([article], db_path=db, progress=False)
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    at = run("pages/4_Articles.py")
    html = " ".join(el.proto.body for el in at.get("html"))
    # one marked passage, under a legend that says what the grey means
    assert html.count("BOILERPLATE") == 2 and "never miss a story" in html and "set aside" in html
    # the newsletter line is marked whole: Toyota inside it is not highlighted as a company
    assert html.count("COMPANY") == 1 and "Kia" in html


@pytest.mark.parametrize("page", PAGES)
def test_sidebar_lists_every_page_by_name(seed_store, page):
    """ui.navigation draws the page list (Streamlit's own would call the home page "dashboard")."""
    import ui

    at = run(page)
    links = [el.proto for el in at.sidebar.get("page_link")]
    assert [link.label for link in links] == [label for _, label, _, _ in ui.PAGES]
    assert links[0].label == "Overview"
    assert all(link.page_script_hash for link in links)  # each resolved to a page of the app


def test_loaded_frames_are_out_of_the_cycle_collectors_reach(seed_store):
    """The store's frames are frozen (gc.freeze) once loaded: a full collection no longer walks them on reruns."""
    import gc

    import ui

    run("dashboard.py")
    frames = ui._frames(ui.db_path(), ui.store_version(ui.db_path()))
    tracked = {id(o) for o in gc.get_objects()}
    assert gc.get_freeze_count() > 0
    assert id(frames) not in tracked and id(frames["articles"]) not in tracked


def test_an_old_store_is_migrated_with_seeding_off(tmp_path, monkeypatch):
    """AUTOWATCH_SEED=0 turns off the seed articles, not the migration: the app reads the current schema."""
    from core import store
    from tests.test_store import _create_v1

    db = tmp_path / "old.duckdb"
    _create_v1(db)
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    at = run("pages/3_Capacity_and_jobs.py")
    assert not at.exception
    with store.connect(db, read_only=True) as con:
        assert store.current_schema_version(con) == store.SCHEMA_VERSION
        assert con.execute("SELECT plant_key FROM plants").fetchone()[0] == store.plant_key("Kia", "Žilina", "Slovakia")
