"""The store: idempotent writes, transactions, replace (reextract), migrations, version key, seeding."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from core import store
from core.articles import make_article
from core.facts import ArticleFacts
from core.frames import load_frames
from tests.store_fixtures import EVIDENCE, EVIDENCE_START, all_items, article_a, article_b

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.duckdb"


def test_write_is_idempotent(db: Path) -> None:
    written, dupes = store.write_batch(db, all_items())
    assert len(written) == 3 and dupes == []
    before = store.table_counts(db)
    written, dupes = store.write_batch(db, all_items())
    assert written == [] and len(dupes) == 3
    assert store.table_counts(db) == before
    assert before["articles"] == 3 and before["plants"] == 2 and before["exports"] == 1 and before["metrics"] == 6


def test_same_article_twice_in_one_batch_is_stored_once(db: Path) -> None:
    a, fa = article_a()
    again = make_article("copy.txt", "  " + a.text.replace(" ", "  ") + "\n")  # same text up to whitespace
    assert again.id == a.id
    written, dupes = store.write_batch(db, [(a, fa), (again, ArticleFacts("copy.txt"))])
    assert written == [a.id] and dupes == [a.id]
    assert store.table_counts(db)["articles"] == 1


def test_rows_carry_provenance_and_resolved_dates(db: Path) -> None:
    store.write_batch(db, all_items())
    with store.connect(db, read_only=True) as con:
        row = con.execute(
            "SELECT site, models, start_date, start_date_resolved, sentence, start, \"end\", evidence FROM plants "
            "WHERE company = 'Kia'"
        ).fetchone()
        exp = con.execute("SELECT by_when, by_when_resolved FROM exports").fetchone()
        metric = con.execute("SELECT sentence, start FROM metrics WHERE metric = 'capacity_per_year' AND value = 10000").fetchone()
    site, models, start_date, resolved, sentence, start, end, evidence = row
    assert (site, models, start_date, resolved) == ("Zilina", "Sportage; Ceed", "next year", "2025")
    assert sentence.startswith("Kia will build") and end > start
    assert json.loads(evidence)["capacity_per_year"]["start"] == EVIDENCE_START
    assert exp == ("by year-end", "2025-12-31")
    assert metric == (EVIDENCE, EVIDENCE_START)  # the evidence sentence, not the plant's


def test_replace_swaps_facts_in_one_transaction(db: Path) -> None:
    a, fa = article_a()
    store.write_batch(db, [(a, fa)])
    written, _ = store.write_batch(db, [(a, ArticleFacts("a.txt", companies=["Kia"]))], replace=True)
    assert written == [a.id]
    counts = store.table_counts(db)
    assert counts["articles"] == 1 and counts["plants"] == 0 and counts["metrics"] == 0 and counts["companies"] == 1


def test_failed_batch_leaves_nothing_half_written(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_batch(db, [article_a()])
    real_insert = store._insert

    def failing(con, table, rows):
        if table == "exports":
            raise RuntimeError("disk full")
        real_insert(con, table, rows)

    monkeypatch.setattr(store, "_insert", failing)
    with pytest.raises(RuntimeError):
        store.write_batch(db, [article_b()])
    counts = store.table_counts(db)
    assert counts["articles"] == 1 and counts["models"] == 2 and counts["specs"] == 0  # batch b rolled back whole


def test_store_version_changes_on_commit_only(db: Path) -> None:
    v0 = store.store_version(db)
    store.write_batch(db, [article_a()])
    v1 = store.store_version(db)
    assert v1 != v0
    assert store.store_version(db) == v1
    load_frames(db)
    assert store.store_version(db) == v1  # reads do not change it
    store.write_batch(db, [article_a()])  # all duplicates: nothing committed
    store.write_batch(db, [article_b()])
    assert store.store_version(db) != v1


def _create_v1(db: Path) -> None:
    con = duckdb.connect(str(db))
    for stmt in filter(str.strip, store.SCHEMA_V1.split(";")):
        con.execute(stmt)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute(
        "INSERT INTO articles VALUES ('abc', 'old.txt', 'Old one', 'Automotive News Europe', '', DATE '2023-01-05', "
        "'Kia will build the Sportage in Žilina, Slovakia.', now())"
    )
    con.execute(
        "INSERT INTO plants VALUES ('abc', 'Kia', 'Žilina', 'Slovakia', 350000, 3, 3800, 1000000000, 'EUR', "
        "'Sportage', '2024', NULL, 'Kia will build the Sportage in Žilina, Slovakia.', 0, 49)"
    )
    con.execute("INSERT INTO exports VALUES ('abc', 'Kia', 'Slovakia', 'Germany', 'Sportage', 5000, NULL, 's', 0, 1)")
    con.execute("INSERT INTO mentions VALUES ('abc', 'Kia', 'COMPANY', 'Kia', 0, 3, 0, 49, NULL, NULL)")
    con.close()


def test_migration_from_version_1(db: Path) -> None:
    _create_v1(db)
    with store.connect(db) as con:  # a writer's connection migrates
        assert store.current_schema_version(con) == store.SCHEMA_VERSION
        versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
        assert versions == list(range(1, store.SCHEMA_VERSION + 1))
        words = con.execute("SELECT words FROM articles").fetchone()[0]
        plant = con.execute("SELECT plant_key, start_date_resolved, qualifier FROM plants").fetchone()
        metrics = dict(con.execute("SELECT metric, value FROM metrics").fetchall())
        plant_metric_keys = {r[0] for r in con.execute(
            "SELECT subject_key FROM metrics WHERE subject_kind = 'plant'").fetchall()}
    assert words == 8
    assert plant == ("hyundai motor group|zilina|slovakia", "2024", "")  # the group's plant at Žilina (migration 4)
    assert plant[0] == store.plant_key("Kia", "Žilina", "Slovakia")  # the migrated key agrees with the Python key
    assert plant_metric_keys == {plant[0]}
    assert metrics == {"capacity_per_year": 350000, "jobs": 3800, "shifts": 3, "investment": 1e9, "units": 5000}
    frames = load_frames(db)
    assert len(frames["plants"]) == 1 and frames["plants"]["models"].iloc[0] == "Sportage"
    # new writes work on the migrated schema, and the old rows stay
    store.write_batch(db, [article_a()])
    assert store.table_counts(db)["articles"] == 2


def test_migrations_are_idempotent(db: Path) -> None:
    with store.connect(db) as con:
        assert store.migrate(con) == store.SCHEMA_VERSION
        assert store.migrate(con) == store.SCHEMA_VERSION
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION


def test_read_of_missing_store_is_empty(tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    assert store.table_counts(db)["articles"] == 0
    frames = load_frames(db)
    assert all(len(df) == 0 for df in frames.values())
    assert not db.exists()


def test_ensure_seeded_ingests_bundled_seeds_once(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.extract

    monkeypatch.setattr(core.extract, "extract_articles", lambda arts, **kw: (ArticleFacts(a.name) for a in arts))
    store.ensure_seeded(db)
    n = store.table_counts(db)["articles"]
    assert n == len(list((ROOT / "seeds").glob("*.txt")))
    v = store.store_version(db)
    store.ensure_seeded(db)
    assert store.table_counts(db)["articles"] == n and store.store_version(db) == v
    titles = load_frames(db)["articles"]
    assert set(titles["source"].dropna()) >= {"Just Auto"}  # metadata from seeds/articles.csv


def test_stats_cli_prints_rows_per_table(db: Path) -> None:
    store.write_batch(db, all_items())
    out = subprocess.run(
        [sys.executable, "-m", "core", "stats", "--db", str(db)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    counts = json.loads(out.stdout)
    assert counts["articles"] == 3 and counts["plants"] == 2 and set(counts) == set(store.TABLES)


def test_env_var_selects_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.duckdb"
    monkeypatch.setenv("AUTOWATCH_DB", str(target))
    store.write_batch(None, [article_a()])
    assert target.exists() and store.table_counts()["articles"] == 1


def test_the_app_start_migrates_an_old_store_it_would_otherwise_read_as_empty(db: Path) -> None:
    """The app opens the store read-only, and frames ignore a store below the current schema."""
    _create_v1(db)
    assert len(load_frames(db)["plants"]) == 0  # read-only: not migrated, shown as empty
    store.ensure_seeded(db)  # what the app calls on start
    frames = load_frames(db)
    assert len(frames["plants"]) == 1 and len(frames["articles"]) == 1  # migrated, and not re-seeded


def test_a_models_platform_is_stored_apart_from_its_lineage_and_shown_in_the_models_table(db: Path) -> None:
    from core import charts
    from core.facts import ModelFact

    a, fa = article_a()
    fa.models.append(ModelFact("Zorvex Tallo", maker="Kia", platform="XQ Flex", source=fa.plants[0].source))
    store.write_batch(db, [(a, fa), article_b()])
    frames = load_frames(db)
    rows = frames["models"].set_index("model")
    assert rows.loc["Zorvex Tallo", "platform"] == "XQ Flex" and rows.loc["K5", "based_on"] == "Hyundai Sonata"
    table = charts.model_table(frames["models"], frames["specs"], frames["plants"], frames["exports"]).set_index("model")
    assert table.loc["Zorvex Tallo", "platform"] == "XQ Flex" and pd.isna(table.loc["Zorvex Tallo", "based_on"])
    assert table.loc["K5", "based_on"] == "Hyundai Sonata" and pd.isna(table.loc["K5", "platform"])


def test_migration_to_version_5_adds_the_models_platform_and_keeps_their_lineage(db: Path) -> None:
    store.write_batch(db, [article_b()])
    with store.connect(db) as con:  # the store as version 4 wrote it
        con.execute("ALTER TABLE models DROP COLUMN platform")
        con.execute("DELETE FROM schema_version WHERE version = 5")
    with store.connect(db) as con:
        assert store.migrate(con) == store.SCHEMA_VERSION == 5
        assert con.execute("SELECT model, based_on, platform FROM models").fetchall() == [("K5", "Hyundai Sonata", None)]
