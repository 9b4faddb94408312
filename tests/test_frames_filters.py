"""Frames honour FRAME_COLUMNS; one filter applies to every frame."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import store
from core.filters import Filters, apply_filters, filter_options
from core.frames import FRAME_COLUMNS, empty_frames, load_frames
from tests.store_fixtures import all_items, article_a, article_b, article_c


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("frames") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


A, B, C = article_a()[0].id, article_b()[0].id, article_c()[0].id


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"])


def test_every_frame_has_the_contract_columns_first(frames, tmp_path: Path) -> None:
    for name, cols in FRAME_COLUMNS.items():
        assert list(frames[name].columns[: len(cols)]) == cols, name
    for name, df in load_frames(tmp_path / "missing.duckdb").items():
        assert list(df.columns[: len(FRAME_COLUMNS[name])]) == FRAME_COLUMNS[name] and df.empty


def test_frames_are_ready_for_maps(frames) -> None:
    plants = frames["plants"].set_index("site")
    assert plants.loc["Zilina", "iso3"] == "SVK" and plants.loc["Wuhan", "iso3"] == "CHN"
    assert 30 < plants.loc["Wuhan", "lat"] < 31.5 and 113 < plants.loc["Wuhan", "lon"] < 115  # the city, not China
    assert pd.notna(plants.loc["Zilina", "lat"])  # falls back to the country when the site is unknown
    exp = frames["exports"].iloc[0]
    assert (exp["origin_iso3"], exp["destination_iso3"]) == ("KOR", "RUS") and pd.notna(exp["destination_lat"])
    assert exp["by_when"] == "2025-12-31" and exp["by_when_text"] == "by year-end"
    assert frames["plants"].set_index("site").loc["Zilina", "start_date"] == "2025"
    arts = frames["articles"].set_index("article_id")
    assert pd.isna(arts.loc[C, "published"]) and arts.loc[A, "published"] == pd.Timestamp("2024-05-02")
    assert arts.loc[A, "n_facts"] == 4 and arts.loc[A, "words"] > 20
    companies = frames["companies"].set_index("company")
    assert companies.loc["Toyota", "home_country"] == "Japan"
    metrics = frames["metrics"]
    assert set(metrics["metric"]) == {"capacity_per_year", "jobs", "investment", "area_ha", "units"}


def test_a_filtered_frame_is_copied_out_once_on_first_read(frames) -> None:
    from concurrent.futures import ThreadPoolExecutor

    out = apply_filters(frames, Filters(countries=("Slovakia",)))
    assert set(out) == set(frames)
    counts = {name: out.n_rows(name) for name in out}  # known before any frame is read
    assert counts == {name: len(out[name]) for name in out} and 0 < counts["plants"] < len(frames["plants"])
    again = apply_filters(frames, Filters(countries=("Slovakia",)))
    with ThreadPoolExecutor(8) as pool:  # sessions reading one cached filter at once get one copy
        read = list(pool.map(lambda _: again["mentions"], range(8)))
    assert all(df is read[0] for df in read) and again["plants"] is again["plants"]
    pd.testing.assert_frame_equal(read[0], out["mentions"])


def test_the_rows_of_one_article_are_found_with_or_without_saved_keys(frames) -> None:
    from core.frames import article_rows, frame_keys

    assert frame_keys(frames["mentions"]) is not None  # mapped from the snapshot: found by saved positions
    for name in ("mentions", "plants", "articles"):
        df = frames[name]
        plain = df.iloc[::-1].iloc[::-1]  # the same rows in new arrays: compared id by id
        for article in (A, B, "no-such-article"):
            expected = df[df["article_id"] == article]
            pd.testing.assert_frame_equal(article_rows(df, article), expected)
            pd.testing.assert_frame_equal(article_rows(plain, article), expected)
    assert len(article_rows(frames["mentions"], A)) > 0 and article_rows(frames["plants"], "no-such-article").empty


def test_an_opened_articles_view_is_the_same_with_or_without_saved_keys(frames) -> None:
    """What the Articles page shows of an article (row, facts, highlighted text) is read the same way from the
    snapshot's frames (by the rows grouped by article) as from copies of them (by comparing every row)."""
    from core import charts
    from core.frames import frame_keys

    plain = {name: df.iloc[::-1].iloc[::-1] for name, df in frames.items()}  # new arrays: no keys
    assert frame_keys(frames["mentions"]) is not None and frame_keys(plain["mentions"]) is None
    for article in (A, B):
        row, facts, html = charts.article_view(frames, article)
        plain_row, plain_facts, plain_html = charts.article_view(plain, article)
        assert row["article_id"] == article and not facts.empty and "<mark" in html
        pd.testing.assert_series_equal(row, plain_row)
        pd.testing.assert_frame_equal(facts, plain_facts)
        assert html == plain_html
    row, facts, html = charts.article_view(frames, "no-such-article")
    assert row is None and facts.empty and html == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1, 6), max_size=60), st.integers(1, 7), st.data())
def test_an_articles_rows_come_from_the_grouping_as_from_comparing_every_row(ix, n_articles, data) -> None:
    """_key_positions reads a frame's rows grouped by article (and ids by a dict) in place of comparing every
    row's article and searching the ids: the same rows, in row order, for every article, with -1 rows left out."""
    import numpy as np
    import pyarrow as pa

    from core.frames import FrameKeys, _key_positions

    ix = np.array([min(i, n_articles - 1) for i in ix], dtype=np.int32)
    ids = data.draw(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f", "g"]), min_size=n_articles,
                             max_size=n_articles))  # an id may repeat: its first position counts, as pc.index did
    keys = FrameKeys(pa.array(ids, type=pa.large_string()), ix, {}, {})
    for article in [*ids, "no-such-article"]:
        first = ids.index(article) if article in ids else None
        found = _key_positions(keys, article)
        if first is None:
            assert found is None
        else:
            assert found.tolist() == np.flatnonzero(ix == first).tolist()


def test_empty_filter_returns_everything(frames) -> None:
    out = apply_filters(frames, Filters())
    assert all(out[k] is frames[k] for k in frames if k != "articles")
    assert out["articles"].equals(frames["articles"].drop(columns=["text"]))


def test_filtered_articles_leave_their_text_out_but_the_query_searches_it(frames) -> None:
    word = frames["articles"]["text"].iloc[0].split()[3]
    out = apply_filters(frames, Filters(query=word))
    assert "text" not in out["articles"].columns and len(out["articles"]) >= 1
    assert set(out["articles"]["headline"]) <= set(frames["articles"]["headline"])
    assert out["articles"]["headline"].str.len().gt(0).all()


def test_country_filter_on_every_frame(frames) -> None:
    out = apply_filters(frames, Filters(countries=("Russia",)))
    assert len(out["plants"]) == 0  # no plant in Russia
    assert len(out["exports"]) == 1  # destination
    for name in ("articles", "mentions", "companies", "models", "specs", "people"):
        assert ids(out[name]) <= {B}, name
    assert ids(out["articles"]) == {B} and ids(out["models"]) == {B}
    out = apply_filters(frames, Filters(countries=("South Korea",)))
    assert len(out["exports"]) == 1  # origin
    out = apply_filters(frames, Filters(countries=("Slovakia", "China")))  # OR within a dimension
    assert set(out["plants"]["site"]) == {"Zilina", "Wuhan"}
    assert set(out["metrics"]["country"]) == {"Slovakia", "China"}


def test_company_filter_uses_company_maker_and_org(frames) -> None:
    out = apply_filters(frames, Filters(companies=("Toyota",)))
    assert ids(out["plants"]) == {C} and out["exports"].empty and out["people"].empty
    assert set(out["models"]["maker"]) == {"Toyota"} and ids(out["articles"]) == {C}
    assert ids(out["mentions"]) == {C} and set(out["companies"]["company"]) == {"Toyota"}
    out = apply_filters(frames, Filters(companies=("Kia",)))
    assert len(out["people"]) == 1 and ids(out["specs"]) == {B}


def test_model_filter_matches_lists_and_articles(frames) -> None:
    out = apply_filters(frames, Filters(models=("Ceed",)))
    assert ids(out["plants"]) == {A} and out["exports"].empty  # "Sportage; Ceed" lists it
    assert list(out["models"]["model"]) == ["Ceed"]
    assert ids(out["people"]) == {A} and ids(out["articles"]) == {A}  # through the article's mentions
    out = apply_filters(frames, Filters(models=("Sportage",)))
    assert ids(out["exports"]) == {B} and ids(out["plants"]) == {A}
    out = apply_filters(frames, Filters(models=("Den",)))  # whole names only
    assert out["plants"].empty and out["exports"].empty


def test_date_range_drops_unknown_dates(frames) -> None:
    out = apply_filters(frames, Filters(date_from=date(2025, 1, 1)))
    assert ids(out["articles"]) == {B} and ids(out["mentions"]) == {B} and out["plants"].empty
    out = apply_filters(frames, Filters(date_from=date(2024, 1, 1), date_to=date(2024, 5, 2)))  # inclusive
    assert ids(out["articles"]) == {A} and ids(out["plants"]) == {A}
    assert C not in ids(apply_filters(frames, Filters(date_to=date(2030, 1, 1)))["articles"])


def test_text_query_is_case_insensitive_substring(frames) -> None:
    out = apply_filters(frames, Filters(query="WUHAN"))
    assert ids(out["plants"]) == {C} and ids(out["articles"]) == {C}
    out = apply_filters(frames, Filters(query="(.*"))  # not a regex
    assert all(df.empty for df in out.values())


def test_dimensions_combine_with_and(frames) -> None:
    out = apply_filters(frames, Filters(countries=("China",), companies=("Kia",)))
    assert out["plants"].empty and out["articles"].empty
    out = apply_filters(frames, Filters(countries=("Slovakia",), companies=("Kia",), models=("Sportage",)))
    assert ids(out["plants"]) == {A}


def test_filter_on_empty_frames() -> None:
    out = apply_filters(empty_frames(), Filters(countries=("South Korea",), query="x", date_from=date(2020, 1, 1)))
    assert all(df.empty for df in out.values())


def test_filter_options(frames) -> None:
    opts = filter_options(frames)
    assert opts["countries"] == ["China", "Russia", "Slovakia", "South Korea"]
    assert opts["companies"] == ["Kia", "Toyota"]
    assert opts["models"] == ["Ceed", "Corolla", "K5", "Sportage"]
    assert filter_options(empty_frames()) == {"countries": [], "companies": [], "models": []}


def test_frames_are_cached_per_store_version_and_safe_to_edit(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    store.write_batch(db, [article_a()])
    first = load_frames(db)
    first["plants"].loc[:, "company"] = "edited"
    again = load_frames(db)
    assert list(again["plants"]["company"]) == ["Kia"]
    store.write_batch(db, [article_c()])
    assert len(load_frames(db)["plants"]) == 2


def test_a_write_saves_the_frames_for_the_next_process(tmp_path: Path) -> None:
    import core.frames

    db = tmp_path / "w.duckdb"
    store.write_batch(db, [article_a()])  # saves the frames of the new version: no load_frames needed
    assert (core.frames._snapshot_dir(db, store.store_version(db)) / "complete").exists()
    core.frames._CACHE.clear()  # as in a new process
    assert len(load_frames(db)["articles"]) == 1
    store.write_batch(db, [article_b()], save_frames=False)  # an ingest's batches: saved once at its end
    assert not core.frames._snapshot_dir(db, store.store_version(db)).exists()
    assert core.frames.save_frames(db) and core.frames._snapshot_dir(db, store.store_version(db)).exists()


def test_saved_frames_equal_the_frames_read_from_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.frames

    db = tmp_path / "snap.duckdb"
    store.write_batch(db, all_items(), save_frames=False)
    real, calls = core.frames.feather.write_feather, []

    def fail_third(*args, **kwargs):  # a folder that fills up half way through
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(*args, **kwargs)

    core.frames._CACHE.clear()
    with monkeypatch.context() as m:
        m.setattr(core.frames.feather, "write_feather", fail_third)
        in_memory = load_frames(db)  # read from the store, kept in memory, nothing half-saved left behind
    assert not (db.parent / f"{db.name}.frames").exists() or not any((db.parent / f"{db.name}.frames").iterdir())
    core.frames._CACHE.clear()
    assert core.frames.save_frames(db)
    from_snapshot = load_frames(db)
    for name in FRAME_COLUMNS:
        pd.testing.assert_frame_equal(from_snapshot[name], in_memory[name], check_dtype=False)


def test_a_write_retires_the_saved_frames(tmp_path: Path) -> None:
    import core.frames

    db = tmp_path / "snap.duckdb"
    store.write_batch(db, [article_a()])
    load_frames(db)
    old = core.frames._snapshot_dir(db, store.store_version(db))
    store.write_batch(db, [article_b()])
    core.frames._CACHE.clear()
    frames = load_frames(db)
    assert len(frames["articles"]) == 2  # not the snapshot of one article
    assert not old.exists() and core.frames._snapshot_dir(db, store.store_version(db)).exists()


FILTERS = [
    Filters(countries=("Russia",)), Filters(countries=("Slovakia", "China")), Filters(companies=("Kia",)),
    Filters(companies=("Toyota",)), Filters(models=("Ceed",)), Filters(models=("Sportage", "Corolla")),
    Filters(date_from=date(2024, 1, 1), date_to=date(2024, 5, 2)), Filters(date_to=date(2030, 1, 1)),
    Filters(query="WUHAN"), Filters(query="kia"), Filters(query="(.*"),
    Filters(countries=("Slovakia",), companies=("Kia",), models=("Sportage",), query="a"),
    Filters(companies=("Kia", "Toyota"), date_from=date(2024, 1, 1), query="plant"),
]


def test_saved_frames_filter_with_keys_as_frames_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.frames

    monkeypatch.setattr(core.frames, "MAX_DISTINCT_SHARE", 1.0)  # every key column dictionary-encoded
    db = tmp_path / "keys.duckdb"
    store.write_batch(db, all_items())
    core.frames._CACHE.clear()
    frames = load_frames(db)
    keys = {name: core.frames.frame_keys(df) for name, df in frames.items() if len(df)}
    assert all(k is not None for k in keys.values()) and keys["mentions"].column(frames["mentions"], "canonical")
    assert list(keys["articles"].article_ix) == list(range(len(frames["articles"])))
    plain = {name: df.iloc[::-1].iloc[::-1] for name, df in frames.items()}  # new arrays: no keys
    assert all(core.frames.frame_keys(df) is None for df in plain.values())
    import core.filters

    real_as_arrow = core.filters._as_arrow
    for f in FILTERS:
        monkeypatch.setattr(core.filters, "_as_arrow", None)  # with keys, no string column is read whole
        with_keys = apply_filters(frames, f)
        monkeypatch.setattr(core.filters, "_as_arrow", real_as_arrow)
        without = apply_filters(plain, f)
        for name in frames:
            pd.testing.assert_frame_equal(with_keys[name], without[name], obj=f"{name} {f}")
    mixed = {**frames, "companies": plain["companies"]}  # some frames with keys, some without
    for f in FILTERS:
        for name, df in apply_filters(mixed, f).items():
            pd.testing.assert_frame_equal(df, apply_filters(plain, f)[name], obj=f"{name} {f}")


def test_an_edited_frame_is_filtered_on_its_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.frames

    monkeypatch.setattr(core.frames, "MAX_DISTINCT_SHARE", 1.0)
    db = tmp_path / "edit.duckdb"
    store.write_batch(db, all_items())
    frames = load_frames(db)
    assert core.frames.frame_keys(frames["plants"]).codes["company"]  # saved codes for the column before the edit
    frames["plants"].loc[:, "company"] = "Edited"
    frames["mentions"] = frames["mentions"].iloc[::-1]
    out = apply_filters(frames, Filters(companies=("Edited",)))
    assert len(out["plants"]) == len(frames["plants"]) and out["exports"].empty
    assert ids(apply_filters(frames, Filters(countries=("Russia",)))["articles"]) == {B}


def test_a_model_filter_finds_the_model_facts_and_the_articles_that_mention_the_model(tmp_path) -> None:
    from core.filters import filter_options
    from core.frames import load_frames
    from core.ingest import ingest_paths

    (tmp_path / "a.txt").write_text("Kia builds the Kia Sportage at its plant in Zilina, Slovakia.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Toyota exported 9,000 Toyota Hilux pickups to Kenya.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest_paths([tmp_path], db_path=db, progress=False)
    frames = load_frames(db)
    sportage = [m for m in filter_options(frames)["models"] if "Sportage" in m]
    assert len(sportage) == 1  # one name for the model, whichever frame it came from
    out = apply_filters(frames, Filters(models=tuple(sportage)))
    assert len(out["articles"]) == 1 and len(out["models"]) == 1 and len(out["plants"]) == 1


def test_frames_saved_by_an_older_build_are_rebuilt(tmp_path, monkeypatch) -> None:
    import core.frames as frames_module
    from core.ingest import ingest_paths

    (tmp_path / "a.txt").write_text("Kia builds the Kia Sportage at its plant in Zilina, Slovakia.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest_paths([tmp_path / "a.txt"], db_path=db, progress=False)
    frames_module.load_frames(db)
    before = {p.name for p in (tmp_path / "s.duckdb.frames").iterdir()}
    monkeypatch.setattr(frames_module, "SNAPSHOT_FORMAT", "next")
    frames_module._CACHE.clear()  # a new build runs in a new process
    assert len(frames_module.load_frames(db)["plants"]) == 1
    after = {p.name for p in (tmp_path / "s.duckdb.frames").iterdir()}
    assert after and not (after & before)  # a new snapshot, and the old one retired
