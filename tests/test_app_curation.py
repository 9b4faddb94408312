"""AppTest flows for the Add articles, Curation, Conflicts and Timeline pages (articles written for these tests)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from core.articles import make_article
from core.ingest import ingest_articles

PAGES = ["pages/5_Add_articles.py", "pages/6_Curation.py", "pages/7_Conflicts.py", "pages/8_Timeline.py"]
TIMEOUT = 120
APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")

KIA_350 = "Kia will raise capacity at its plant in Zilina, Slovakia, to 350,000 vehicles a year."
KIA_330 = ("Kia's plant in Zilina, Slovakia, will make 330,000 vehicles a year, the company said on Tuesday. "
           "Kia plans to export 20,000 Ceed cars from Slovakia to Turkey by 2026.")
QORATEPA = ("The carmaker known as Qoratepa Avto will assemble Chery Tiggo 4 cars at a plant in Jizzakh, Uzbekistan. "
            "Qoratepa Avto will employ 800 workers at the plant.")


def run(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, [b.label for b in at.button]
    return found[0]


def html_of(at: AppTest) -> str:
    return " ".join(el.proto.body for el in at.get("html"))


def store_with(tmp_path: Path, monkeypatch, *articles) -> Path:
    db = tmp_path / "app.duckdb"
    arts = [make_article(name, text, source=source, published=published, title=title)
            for name, text, source, published, title in articles]
    assert ingest_articles(arts, db_path=db, progress=False).ok
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    return db


@pytest.fixture
def kia_store(tmp_path, monkeypatch) -> Path:
    return store_with(tmp_path, monkeypatch,
                      ("kia-350.txt", KIA_350, "Reuters", "2024-03-01", "Kia to lift Zilina output"),
                      ("kia-330.txt", KIA_330 + " <script>alert(1)</script>", "Automotive News", "2024-05-02",
                       "Zilina <b>plant</b> targets"))


@pytest.fixture
def qoratepa_store(tmp_path, monkeypatch) -> Path:
    return store_with(tmp_path, monkeypatch, ("qoratepa.txt", QORATEPA, "Gazeta", "2024-02-10", "Qoratepa in Jizzakh"),
                      ("kia-350.txt", KIA_350, "Reuters", "2024-03-01", "Kia to lift Zilina output"))


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_empty_store(empty_store, page):
    at = run(page)
    assert at.title[0].value
    assert at.sidebar.multiselect(key="country") is not None  # the shared sidebar is drawn


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_hand_built_store(hand_store, page):
    at = run(page)
    assert at.title[0].value
    assert not at.warning


def test_paste_parse_preview_save_then_the_plant_is_on_the_map(empty_store):
    at = run("pages/5_Add_articles.py")
    at.text_area(key="paste_text").input(KIA_350)
    at.text_input(key="paste_title").input("Kia to lift Zilina output")
    at.text_input(key="paste_source").input("My notes")
    at.text_input(key="paste_published").input("2024-03-01")
    ok(button(at, "Parse text").click().run())
    preview = at.dataframe[0].value
    assert "plant" in set(preview["kind"])
    assert any("Zilina" in f and "350,000 units/year" in f for f in preview["fact"])
    ok(button(at, "Save 1 article(s)").click().run())
    assert "Saved 1 article(s)" in at.success[0].value
    at.switch_page("pages/1_Map.py").run()
    ok(at)
    rows = at.dataframe[0].value
    assert "Zilina · Kia (Slovakia)" in set(rows["where"])
    assert "Zilina" in json.dumps(json.loads(at.get("plotly_chart")[0].proto.spec))


def test_upload_several_files_shows_each_error_plainly(empty_store):
    at = run("pages/5_Add_articles.py")
    at.file_uploader(key="add_files").set_value([
        ("kia.txt", KIA_350.encode(), "text/plain"),
        ("kia-2.md", b"---\ntitle: Zilina at 330k\nsource: Desk\n---\n" + KIA_330.encode(), "text/markdown"),
        ("huge.txt", b"word " * (1024 * 1024 + 1), "text/plain"),
        ("blank.html", b"<html><body><script>x()</script></body></html>", "text/html"),
    ])
    at.run()
    ok(button(at, "Parse files").click().run())
    errors = " ".join(e.value for e in at.error)
    assert "huge.txt" in errors and "5 MB limit" in errors
    assert "blank.html" in errors and "no article text" in errors
    assert len(at.dataframe) == 2  # a preview per readable file
    ok(button(at, "Save 2 article(s)").click().run())
    at.switch_page("pages/7_Conflicts.py").run()
    ok(at)
    assert "350,000 units/year" in [m.value for m in at.metric]
    assert "330,000 units/year" in [m.value for m in at.metric]


def test_alias_then_reextract_resolves_the_mention_everywhere(qoratepa_store):
    at = run("pages/6_Curation.py")
    queue = at.dataframe[0].value
    assert "Qoratepa Avto" in set(queue["text"])
    at.selectbox(key="cur_name").set_value("Qoratepa Avto").run()
    at.radio(key="cur_kind").set_value("alias").run()
    at.selectbox(key="cur_label").set_value("COMPANY").run()
    at.selectbox(key="cur_target_COMPANY").set_value("ADM Jizzakh")
    ok(button(at, "Save decision").click().run())
    assert "Qoratepa Avto → ADM Jizzakh" in at.success[0].value
    ok(button(at, "Re-extract every article with these decisions").click().run())
    assert "Re-extracted 2 article(s)" in at.success[0].value
    queue = at.dataframe[0].value if at.dataframe else pd.DataFrame({"text": []})
    assert "Qoratepa Avto" not in set(queue.get("text", []))

    at.switch_page("pages/1_Map.py").run()
    ok(at)
    assert "Jizzakh · ADM Jizzakh (Uzbekistan)" in set(at.dataframe[0].value["where"])
    at.switch_page("pages/4_Articles.py").run()
    at.selectbox(key="article").set_value(make_article("qoratepa.txt", QORATEPA).id).run()
    ok(at)
    facts = " ".join(at.dataframe[0].value["fact"])
    assert "ADM Jizzakh" in facts and "Qoratepa Avto" not in facts
    at.switch_page("pages/8_Timeline.py").run()
    ok(at)
    assert any(o.startswith("ADM Jizzakh") for o in at.selectbox(key="timeline_company").options)


def test_invalid_decision_is_explained(qoratepa_store):
    at = run("pages/6_Curation.py")
    at.radio(key="cur_kind").set_value("place").run()
    ok(button(at, "Save decision").click().run())
    assert "needs its country" in at.error[0].value


def test_conflicting_capacities_side_by_side_with_sources(kia_store):
    at = run("pages/7_Conflicts.py")
    values = [m.value for m in at.metric]
    assert "350,000 units/year" in values and "330,000 units/year" in values
    body = html_of(at)
    assert "Reuters" in body and "Automotive News" in body
    assert "2024-03-01" in body and "2024-05-02" in body
    assert "to 350,000 vehicles a year" in body and "will make 330,000 vehicles a year" in body
    assert "2 sources disagree" in " ".join(m.value for m in at.markdown)
    table = at.dataframe[0].value
    assert set(table["source"]) == {"Reuters", "Automotive News"}
    assert set(table["conflict"]) == {"2 sources disagree"}
    # a filter that leaves the plant listed keeps both figures (the flag is computed over the whole store)
    at.date_input(key="dates").set_value((pd.Timestamp("2024-04-01").date(), pd.Timestamp("2024-06-01").date())).run()
    ok(at)
    assert {"350,000 units/year", "330,000 units/year"} <= {m.value for m in at.metric}


def test_conflict_page_escapes_article_text(tmp_path, monkeypatch):
    store_with(tmp_path, monkeypatch,
               ("a.txt", KIA_350.replace("Zilina, Slovakia,", "Zilina, Slovakia, <img src=x onerror=alert(1)>"),
                "<b>Wire</b>", "2024-03-01", "t1"),
               ("b.txt", KIA_330, "Desk", "2024-05-02", "t2"))
    at = run("pages/7_Conflicts.py")
    body = html_of(at)
    assert "&lt;b&gt;Wire&lt;/b&gt;" in body and "<b>Wire</b>" not in body
    assert "<img" not in body


def test_timeline_lists_a_company_in_date_order(kia_store):
    at = run("pages/8_Timeline.py")
    at.selectbox(key="timeline_company").set_value("Kia").run()
    ok(at)
    rows = at.dataframe[0].value
    assert {"plant announced", "export start"} <= set(rows["kind"])
    assert list(rows["when"]) == sorted(rows["when"])
    assert set(rows["source"]) == {"Reuters", "Automotive News"}
    body = html_of(at)
    assert "<script>" not in body


def test_map_and_capacity_tables_flag_disagreeing_sources(kia_store):
    at = run("pages/1_Map.py")
    rows = at.dataframe[0].value
    assert rows.loc[rows["kind"] == "plant", "conflict"].tolist() == ["2 sources disagree"]
    at = run("pages/3_Capacity_and_jobs.py")
    plants = at.dataframe[0].value
    assert plants["conflict"].tolist() == ["2 sources disagree"]


def test_conflict_cards_quote_each_sentence_once(tmp_path, monkeypatch):
    quote = '"Kia will raise capacity at its plant in Zilina, Slovakia, to 350,000 vehicles a year," a manager said.'
    store_with(tmp_path, monkeypatch, ("a.txt", quote, "Wire", "2024-03-01", "t1"),
               ("b.txt", KIA_330, "Desk", "2024-05-02", "t2"))
    at = run("pages/7_Conflicts.py")
    ok(at)
    body = html_of(at)
    assert "350,000 units/year" in {m.value for m in at.metric}
    assert "“Kia&#x27;s plant in Zilina" in body or "“Kia's plant in Zilina" in body  # our marks around a plain sentence
    assert "&quot;Kia will raise capacity" in body  # the writer's own marks, kept
    assert "“&quot;" not in body and "““" not in body


def many_plants_store(tmp_path: Path, monkeypatch, plants: int) -> Path:
    """A store (facts written by hand, no parser) where each of `plants` Kia plants has two articles that disagree
    on its capacity: `plants` disputes, and Kia 2 x `plants` timeline events."""
    from core import store
    from core.facts import ArticleFacts, PlantFact, Source

    items = []
    for i in range(plants):
        for j, capacity in enumerate((100_000, 200_000)):
            sentence = f"The plant in Site {i:02d}, Slovakia, will make {capacity:,} cars a year."
            art = make_article(f"p{i:02d}-{j}.txt", sentence, source=f"Wire {j}", published=f"2024-0{j + 1}-01")
            plant = PlantFact(company="Kia", site=f"Site {i:02d}", country="Slovakia", capacity_per_year=float(capacity),
                              source=Source(sentence, 0, len(sentence)))
            items.append((art, ArticleFacts(article=art.name, companies=["Kia"], countries=["Slovakia"],
                                            plants=[plant])))
    db = tmp_path / "many.duckdb"
    store.write_batch(db, items)
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    return db


def test_conflicts_page_shows_many_disputes_a_page_at_a_time(tmp_path, monkeypatch):
    """A store with more disputes than a page holds: the cards come a page at a time, in the table's order, and
    the table below still lists every disputed figure."""
    many_plants_store(tmp_path, monkeypatch, 30)
    at = run("pages/7_Conflicts.py")
    assert "30" in [m.value for m in at.metric]  # disputed figures, all of them
    cards = [m.value for m in at.markdown if "sources disagree" in m.value]
    assert len(cards) == 25 and "Site 00" in cards[0] and "Site 24" in cards[-1]
    assert "Disputes 1–25 of 30" in " ".join(c.value for c in at.caption)
    assert at.dataframe[0].value["subject_label"].nunique() == 30
    at.number_input[0].set_value(2).run()
    ok(at)
    cards = [m.value for m in at.markdown if "sources disagree" in m.value]
    assert len(cards) == 5 and "Site 25" in cards[0] and "Site 29" in cards[-1]
    assert "Disputes 26–30 of 30" in " ".join(c.value for c in at.caption)


def test_timeline_lists_a_busy_company_a_page_at_a_time(tmp_path, monkeypatch):
    """More events than a page holds: a page of them at a time, oldest first; the table holds every one."""
    many_plants_store(tmp_path, monkeypatch, 30)  # each plant told twice, with two capacities: 60 events
    at = run("pages/8_Timeline.py")
    assert at.selectbox(key="timeline_company").value == "Kia"
    assert len(at.dataframe[0].value) == 60
    assert html_of(at).count("Plant in Site") == 50
    assert "Events 1–50 of 60" in " ".join(c.value for c in at.caption)
    at.number_input[0].set_value(2).run()
    ok(at)
    assert html_of(at).count("Plant in Site") == 10
    assert "Events 51–60 of 60" in " ".join(c.value for c in at.caption)


def test_curation_reads_a_saved_or_undone_decision_at_once(qoratepa_store):
    """The queue, decisions and low-confidence facts are kept per store version: saving or undoing a decision
    bumps it, so the next run shows the decision (and its undoing) without a re-extract."""
    at = run("pages/6_Curation.py")

    def metric(label: str) -> str:
        return next(m.value for m in at.metric if m.label == label)

    assert metric("Decisions") == "0" and metric("Decided, not yet applied") == "0"
    at.selectbox(key="cur_name").set_value("Qoratepa Avto").run()
    at.radio(key="cur_kind").set_value("dismiss").run()
    ok(button(at, "Save decision").click().run())
    ok(at.run())
    assert metric("Decisions") == "1" and metric("Decided, not yet applied") == "1"
    at.selectbox(key="cur_undo").set_value("Qoratepa Avto").run()
    ok(button(at, "Undo").click().run())
    ok(at.run())
    assert metric("Decisions") == "0" and metric("Decided, not yet applied") == "0"
