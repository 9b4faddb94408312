"""Curation: decisions in the store, as gazetteer rows, and re-extraction with them (through the real parser).

The articles are written for these tests (not the seeds). Phrasings the parser reads are noted
beside each text.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pytest

from core import curation, store
from core.articles import make_article
from core.frames import load_frames
from core.ingest import MAX_BYTES, ingest_articles
from core.nlp.gazetteer import Extra

# "The carmaker known as X" names an unknown company: it comes out as unresolved.
QORATEPA = ("The carmaker known as Qoratepa Avto will assemble Chery Tiggo 4 cars at a plant in Jizzakh, Uzbekistan. "
            "Qoratepa Avto will employ 800 workers at the plant.")
QORATEPA_2 = ("The assembler known as Qoratepa Avto plans to build a second plant in Samarkand, Uzbekistan. "
              "Qoratepa Avto said the plant would make 30,000 cars a year.")
# A plant with no company named anywhere in the article: a low-confidence plant.
NO_OPERATOR = "A new plant in Jizzakh, Uzbekistan, will make 25,000 cars a year."
KIA_350 = "Kia will raise capacity at its plant in Zilina, Slovakia, to 350,000 vehicles a year."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cur.duckdb"


def ingest(db: Path, *texts: str) -> None:
    arts = [make_article(f"t{i}.txt", t, source=f"Source {i}", published=f"2024-0{i + 1}-01") for i, t in enumerate(texts)]
    summary = ingest_articles(arts, db_path=db, progress=False)
    assert summary.ok and summary.new == len(texts)


def test_migration_adds_the_decisions_table(db):
    with store.connect(db) as con:
        assert store.current_schema_version(con) == store.SCHEMA_VERSION >= 3
        cols = [r[0] for r in con.execute("DESCRIBE curation_decisions").fetchall()]
    assert cols[:3] == ["text", "kind", "canonical"]
    assert curation.load_decisions(db) == []
    assert curation.load_decisions(db.with_name("missing.duckdb")) == []


def test_decisions_round_trip_replace_and_undo(db):
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "alias", canonical="ADM Jizzakh", label="COMPANY"))
    curation.save_decision(db, curation.Decision("Zilna", "alias", canonical="Žilina", label="PLACE", note="typo"))
    v = store.store_version(db)
    # a second decision about one name replaces the first
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "company", country="Uzbekistan"))
    assert store.store_version(db) != v
    ds = curation.load_decisions(db)
    assert [(d.text, d.kind) for d in ds] == [("Zilna", "alias"), ("Qoratepa Avto", "company")]
    assert ds[0].note == "typo"
    assert curation.to_extras(ds) == [
        Extra("alias", "Zilna", "Žilina", "PLACE"),
        Extra("company", "Qoratepa Avto", "Qoratepa Avto", country="Uzbekistan"),
    ]
    assert curation.delete_decision(db, "Zilna") and not curation.delete_decision(db, "Zilna")
    assert [d.text for d in curation.load_decisions(db)] == ["Qoratepa Avto"]


@pytest.mark.parametrize("decision, message", [
    (curation.Decision("", "dismiss"), "empty"),
    (curation.Decision("X", "merge"), "Unknown decision"),
    (curation.Decision("X", "alias", canonical="ADM Jizzakh"), "company, a model or a place"),
    (curation.Decision("X", "alias", canonical="No Such Co", label="COMPANY"), "not a known company"),
    (curation.Decision("X", "alias", label="MODEL"), "Pick the known entity"),
    (curation.Decision("X", "model"), "needs its maker"),
    (curation.Decision("X", "model", maker="Nobody Motors"), "not a known company"),
    (curation.Decision("X", "place", country="Uzbekistan"), "coordinates"),
    (curation.Decision("X", "place", lat=40.0, lon=67.0), "needs its country"),
    (curation.Decision("X", "place", country="Uzbekistan", lat=140.0, lon=67.0), "out of range"),
    (curation.Decision("X", "company", country="Atlantis"), "not a known country"),
])
def test_invalid_decisions_say_why(db, decision, message):
    with pytest.raises(curation.InvalidDecision, match=message):
        curation.save_decision(db, decision)
    assert curation.load_decisions(db) == []


def test_new_entities_are_alias_targets_and_model_makers(db):
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "company", country="Uzbekistan"))
    curation.save_decision(db, curation.Decision("Qoratepa", "alias", canonical="Qoratepa Avto", label="COMPANY"))
    curation.save_decision(db, curation.Decision("QA-1", "model", maker="Qoratepa Avto"))
    assert {d.text for d in curation.load_decisions(db)} == {"Qoratepa Avto", "Qoratepa", "QA-1"}


def test_exports_as_gazetteer_rows(db):
    ds = [curation.Decision("Qoratepa Avto", "company", country="Uzbekistan"),
          curation.Decision("Kia Slovakia", "alias", canonical="Kia", label="COMPANY"),
          curation.Decision("Teplice Works", "place", canonical="Teplice", country="Czech Republic", lat=50.64, lon=13.82),
          curation.Decision("Qoratepa", "dismiss")]
    rows = list(csv.DictReader(io.StringIO(curation.decisions_csv(ds).decode())))
    assert [r["kind"] for r in rows] == ["company", "alias", "place", "dismiss"]
    assert rows[2] == {"kind": "place", "text": "Teplice Works", "canonical": "Teplice", "label": "", "maker": "",
                       "country": "Czech Republic", "lat": "50.64", "lon": "13.82"}
    files = curation.gazetteer_csv(ds)
    assert set(files) == {"makers.csv", "places.csv", "dismissed.csv"}
    makers = list(csv.DictReader(io.StringIO(files["makers.csv"].decode())))
    assert makers == [
        {"name": "Qoratepa Avto", "aliases": "", "parent": "", "country": "Uzbekistan", "kind": "automaker"},
        {"name": "Kia", "aliases": "Kia Slovakia", "parent": "", "country": "", "kind": ""},
    ]
    places = list(csv.DictReader(io.StringIO(files["places.csv"].decode())))
    assert places[0]["aliases"] == "Teplice Works" and places[0]["kind"] == "site"
    assert curation.curated_places(ds) == {"Teplice": ("Czech Republic", 50.64, 13.82),
                                           "Teplice Works": ("Czech Republic", 50.64, 13.82)}


def test_alias_then_reextract_resolves_the_name_in_every_article(db):
    ingest(db, QORATEPA, QORATEPA_2, KIA_350)
    queue = curation.unresolved_queue(db)
    row = queue.set_index("text").loc["Qoratepa Avto"]
    assert row["guess"] == "COMPANY" and row["articles"] == 2 and row["decision"] == ""
    assert "Qoratepa Avto" in set(load_frames(db)["plants"]["company"])

    curation.save_decision(db, curation.Decision("Qoratepa Avto", "alias", canonical="ADM Jizzakh", label="COMPANY"))
    assert curation.unresolved_queue(db).set_index("text").loc["Qoratepa Avto", "decision"].startswith("Qoratepa Avto →")

    summary = curation.reextract_with_decisions(db)
    assert summary.ok and summary.new == 3
    assert "Qoratepa Avto" not in set(curation.unresolved_queue(db)["text"])
    f = load_frames(db)
    plants = f["plants"]
    assert set(plants.loc[plants["site"].isin(["Jizzakh", "Samarkand"]), "company"]) == {"ADM Jizzakh"}
    assert "Qoratepa Avto" not in set(f["companies"]["company"])
    mentions = f["mentions"][f["mentions"]["text"] == "Qoratepa Avto"]
    assert len(mentions) >= 2 and set(mentions["canonical"]) == {"ADM Jizzakh"}
    assert mentions["article_id"].nunique() == 2
    # the Kia article is untouched
    assert plants.loc[plants["site"] == "Zilina", "capacity_per_year"].tolist() == [350_000.0]


def test_new_company_and_dismiss_empty_the_queue(db):
    ingest(db, QORATEPA)
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "company", country="Uzbekistan"))
    assert curation.reextract_with_decisions(db).ok
    assert curation.unresolved_queue(db).empty
    assert "Qoratepa Avto" in set(load_frames(db)["companies"]["company"])

    curation.save_decision(db, curation.Decision("Qoratepa Avto", "dismiss"))
    curation.reextract_with_decisions(db)
    assert curation.unresolved_queue(db).empty
    # undoing every decision brings the name back to the queue on the next re-extraction
    curation.delete_decision(db, "Qoratepa Avto")
    curation.reextract_with_decisions(db)
    assert list(curation.unresolved_queue(db)["text"]) == ["Qoratepa Avto"]


def test_new_articles_are_parsed_with_the_decisions(db):
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "alias", canonical="ADM Jizzakh", label="COMPANY"))
    art = make_article("new.txt", QORATEPA)
    ticks = []
    parsed, failed = curation.parse_articles([art], db, progress=lambda d, t: ticks.append((d, t)))
    assert not failed and ticks == [(1, 1)]
    facts = parsed[0][1]
    assert [p.company for p in facts.plants] == ["ADM Jizzakh"]
    assert not facts.unresolved
    preview = curation.facts_preview(facts)
    assert "plant" in set(preview["kind"]) and any("ADM Jizzakh" in f for f in preview["fact"])
    written, dupes = curation.save_parsed(db, parsed)
    assert written == [art.id] and dupes == []
    assert curation.save_parsed(db, parsed) == ([], [art.id])


def test_low_confidence_facts_are_listed(db):
    ingest(db, NO_OPERATOR, KIA_350)
    low = curation.low_confidence_facts(db)
    assert len(low) >= 1
    plant = low[low["kind"] == "plant"].iloc[0]
    assert plant["confidence"] < 1 and "Jizzakh" in plant["fact"] and "company unknown" in plant["fact"]
    assert plant["source"] == "Source 0"
    assert "Zilina" not in " ".join(low["fact"])


def test_queue_on_missing_or_old_store(tmp_path):
    assert curation.unresolved_queue(tmp_path / "none.duckdb").empty
    assert curation.low_confidence_facts(tmp_path / "none.duckdb").empty
    v1 = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(v1))
    for stmt in filter(str.strip, store.SCHEMA_V1.split(";")):
        con.execute(stmt)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.close()
    assert curation.unresolved_queue(v1).empty and curation.load_decisions(v1) == []


def test_uploads_and_pasted_text_are_checked(db):
    arts, errors = curation.read_uploads([
        ("kia.txt", KIA_350.encode()),
        ("feed.jsonl", b'{"text": "' + QORATEPA.encode() + b'", "title": "Qoratepa"}\n{"oops"\n'),
        ("big.txt", b"a " * (MAX_BYTES // 2 + 1)),
        ("big.jsonl", b"{}\n" * (MAX_BYTES // 3 + 1)),
        ("notes.pdf", b"%PDF-1.4"),
        ("empty.md", b"  "),
    ])
    assert [(a.name, a.title) for a in arts] == [("kia.txt", ""), ("feed.jsonl:1", "Qoratepa")]
    reasons = {e.file: e.reason for e in errors}
    assert "5 MB limit" in reasons["big.txt"] and "5 MB limit" in reasons["big.jsonl"]
    assert "not JSON" in reasons["feed.jsonl:2"]
    assert "unsupported file type .pdf" in reasons["notes.pdf"]
    assert reasons["empty.md"] == "empty file"

    art, errs = curation.pasted_article(KIA_350, title="Kia expands Zilina", source="Own notes", url="https://x.test/a",
                                        published="2024-03-01")
    assert not errs and art.title == "Kia expands Zilina" and art.published == "2024-03-01" and art.source == "Own notes"
    assert art.name == "pasted-kia-expands-zilina.txt"
    assert curation.pasted_article("   ")[1][0].reason == "empty file"
    assert "http" in curation.pasted_article(KIA_350, url="javascript:alert(1)")[1][0].reason
    assert "YYYY-MM-DD" in curation.pasted_article(KIA_350, published="someday")[1][0].reason


def test_a_curated_site_is_mapped_at_its_own_coordinates(db):
    text = "Skoda will assemble Kodiaq cars at a new plant at Hrabetice, Czech Republic."
    ingest(db, text)
    before = load_frames(db)["plants"].set_index("site")
    assert "Hrabetice" in before.index  # an unknown site: at the country's centre until curated
    curation.save_decision(db, curation.Decision("Hrabetice", "place", canonical="Hrabetice",
                                                 country="Czech Republic", lat=48.80, lon=16.39))
    plants = load_frames(db)["plants"].set_index("site")
    assert (plants.loc["Hrabetice", "lat"], plants.loc["Hrabetice", "lon"]) == (48.80, 16.39)


def test_command_line_reextract_applies_decisions(db):
    import subprocess
    import sys

    ingest(db, QORATEPA)
    curation.save_decision(db, curation.Decision("Qoratepa Avto", "alias", canonical="ADM Jizzakh", label="COMPANY"))
    done = subprocess.run([sys.executable, "-m", "core", "reextract", "--db", str(db), "-q"], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    assert set(load_frames(db)["plants"]["company"]) == {"ADM Jizzakh"}


def test_a_decision_leaves_the_frames_of_the_new_version_saved(db):
    import core.frames

    ingest(db, KIA_350)
    curation.save_decision(db, curation.Decision("Hrabetice", "place", canonical="Hrabetice",
                                                 country="Czech Republic", lat=48.80, lon=16.39))
    saved = core.frames._snapshot_dir(db, store.store_version(db))
    assert (saved / "complete").exists()  # the app's next load maps them: no full read of the store
    assert curation.delete_decision(db, "Hrabetice")
    assert not saved.exists() and (core.frames._snapshot_dir(db, store.store_version(db)) / "complete").exists()
