"""Rows (a filtered frame read a column at a time) and the tables built from them: the same as from the frames."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts, store
from core.charts import overview as chart_overview
from core.charts import summaries as chart_summaries
from core.filters import FilteredFrames, Filters, Rows, apply_filters, prepare_article_index, rows_of
from core.frames import load_frames
from core.snapshot_memo import memo_of
from tests.store_fixtures import all_items
from tests.test_charts_speed import _fact_frames, _same
from tests.test_charts_speed_models import _encoded, _model_frame, _model_rows
from tests.test_charts_speed_summaries import PLANT_ROW, _plants

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("rows") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


FILTERS = [Filters(countries=("Slovakia",)), Filters(companies=("Kia",)), Filters(query="plant"),
           Filters(countries=("Nowhere",)), Filters()]


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_rows_read_like_the_filtered_frame(frames, filters) -> None:
    out = apply_filters(frames, filters)
    for name in frames:
        rows, frame = rows_of(out, name), out[name]
        assert len(rows) == len(frame) and rows.empty == frame.empty and list(rows.columns) == list(frame.columns)
        for c in frame.columns:
            pd.testing.assert_series_equal(rows[c], frame[c], check_exact=True)
        pd.testing.assert_frame_equal(rows.to_frame(), frame, check_exact=True)


def test_rows_copy_out_the_columns_read_once_and_not_the_frame(frames) -> None:
    out = apply_filters(frames, Filters(countries=("Slovakia",)))
    assert isinstance(out, FilteredFrames)
    rows = out.rows("plants")
    assert rows is out.rows("plants") and rows["site"] is rows["site"]  # shared by every reader of the filter
    assert "plants" not in out._taken  # the frame was not copied out whole
    assert rows.positions is not None and list(rows.positions) == list(np.flatnonzero(out._mask("plants")))
    assert "text" not in out.rows("articles").columns  # filtered articles carry no text, read either way
    out["people"]
    assert out.rows("people").positions is None and out.rows("people").frame is out["people"]  # copied before: used


def test_rows_of_an_unfiltered_frame_are_every_row(frames) -> None:
    rows = rows_of(frames, "plants")
    assert rows.positions is None and rows.frame is frames["plants"] and rows_of(frames, "missing") is None


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
@pytest.mark.parametrize("n", [0, 1, 3, 10_000])
def test_the_head_of_rows_is_the_head_of_the_filtered_frame_on_the_same_store_frame(frames, filters, n) -> None:
    out = apply_filters(frames, filters)
    rows = rows_of(out, "articles")
    head = rows.head(n)
    assert head.frame is rows.frame  # the store's frame: its saved keys and memos still apply
    pd.testing.assert_frame_equal(head.to_frame(), out["articles"].head(n), check_exact=True)
    assert charts.article_titles(head) == charts.article_titles(out["articles"].head(n))


def test_article_titles_of_rows_without_headlines_read_the_titles(frames) -> None:
    bare = frames["articles"].drop(columns=["headline"])
    rows = Rows(bare, np.arange(len(bare))[::-1])
    assert charts.article_titles(rows) == charts.article_titles(bare.iloc[::-1]) and len(charts.article_titles(rows))


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_kpis_and_latest_facts_from_rows_are_the_ones_from_frames(frames, filters) -> None:
    out = apply_filters(frames, filters)
    assert charts.kpis({n: rows_of(out, n) for n in charts.KPI_FRAMES}) == charts.kpis({n: out[n] for n in charts.KPI_FRAMES})
    _same(charts.latest_facts({n: rows_of(out, n) for n in charts.FACT_FRAMES}),
          charts.latest_facts({n: out[n] for n in charts.FACT_FRAMES}))


@SETTINGS
@given(_fact_frames(), st.data())
def test_latest_facts_of_some_rows_are_those_of_the_rows_copied_out(frames, data):
    picked = {n: np.array(sorted(data.draw(st.sets(st.integers(0, max(len(df) - 1, 0)), max_size=len(df)))), dtype=np.intp)
              for n, df in frames.items()}
    rows = {n: Rows(df, picked[n]) for n, df in frames.items()}
    _same(charts.latest_facts(rows), charts.latest_facts({n: df.iloc[picked[n]] for n, df in frames.items()}))
    # and the general way, for frames not holding the stored dtypes
    frames["people"] = frames["people"].astype({"name": object})
    rows = {n: Rows(df, picked[n]) for n, df in frames.items()}
    _same(charts.latest_facts(rows), charts.latest_facts({n: df.iloc[picked[n]] for n, df in frames.items()}))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=0, max_size=30), st.integers(1, 12))
def test_kpi_figures_are_the_plant_summary_columns(rows, repeat):
    df = _plants(rows * repeat)
    figures = chart_overview._plant_figures(df)[["plant_key", *chart_overview._KPI_FIGURES]]  # (no rows: the summary)
    summary = charts.plant_summary(df)
    pd.testing.assert_frame_equal(figures.reset_index(drop=True),
                                  summary[["plant_key", *chart_overview._KPI_FIGURES]].reset_index(drop=True),
                                  check_exact=True, check_index_type=False, check_column_type=False)
    half = np.arange(0, len(df), 2)
    pd.testing.assert_frame_equal(chart_overview._plant_figures(Rows(df, half)).reset_index(drop=True),
                                  chart_overview._plant_figures(df.iloc[half]).reset_index(drop=True), check_exact=True,
                                  check_index_type=False, check_column_type=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=1, max_size=30))
def test_a_partial_summary_is_the_full_ones_columns(rows):
    df = _plants(rows)
    full = chart_summaries._summary_columns(df, "plant_key", charts.PLANT_FIGURES, chart_summaries.PLANT_KEEP)
    part = chart_summaries._summary_columns(df, "plant_key", charts.PLANT_FIGURES, chart_summaries.PLANT_KEEP, full=False)
    assert list(part) == ["plant_key", *chart_summaries.PLANT_KEEP, *charts.PLANT_FIGURES]
    for c in part:
        pd.testing.assert_series_equal(pd.Series(part[c]), pd.Series(full[c]), check_exact=True)


@pytest.mark.parametrize("filters", FILTERS[:4] + [Filters(companies=("Kia",), query="a", date_from=date(2024, 1, 1))],
                         ids=repr)
def test_a_frames_rows_are_decided_when_it_is_first_read_and_the_same_from_any_thread(frames, filters) -> None:
    from concurrent.futures import ThreadPoolExecutor

    out = apply_filters(frames, filters)
    out["plants"]
    assert callable(out._masks["mentions"])  # not read: not matched
    names = list(frames) * 4
    again = apply_filters(frames, filters)
    with ThreadPoolExecutor(8) as pool:  # every frame's mask at once, sharing the filter's article sets
        read = dict(zip(names, pool.map(lambda n: again[n], names), strict=True))
    for name in frames:
        pd.testing.assert_frame_equal(read[name], out[name], check_exact=True)
        assert again.n_rows(name) == len(out[name])


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_map_models_and_capacity_tables_from_rows_are_the_ones_from_frames(frames, filters) -> None:
    out = apply_filters(frames, filters)
    rows = {n: rows_of(out, n) for n in ("models", "specs", "plants", "exports")}
    _same(charts.model_table(*rows.values()), charts.model_table(*(out[n] for n in rows)))
    assert charts.specs_chart(rows["specs"]).to_json() == charts.specs_chart(out["specs"]).to_json()
    for got, want in zip(charts.map_summaries(rows["plants"], rows["exports"]),
                         charts.map_summaries(out["plants"], out["exports"]), strict=True):
        _same(got, want)
    _same(charts.labelled_plant_summary(rows["plants"]), charts.labelled_plant_summary(out["plants"]))


def _some(data, df: pd.DataFrame) -> np.ndarray:
    return np.array(sorted(data.draw(st.sets(st.integers(0, max(len(df) - 1, 0)), max_size=len(df)))), dtype=np.intp)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models=_model_rows("models"), specs=_model_rows("specs"), plants=_model_rows("plants"),
       exports=_model_rows("exports"), objects=st.booleans(), text_dates=st.booleans(), data=st.data())
def test_models_tables_of_some_rows_are_those_of_the_rows_copied_out(models, specs, plants, exports, objects,
                                                                     text_dates, data):
    f = {name: _model_frame(name, rows, objects, text_dates)
         for name, rows in (("models", models), ("specs", specs), ("plants", plants), ("exports", exports))}
    picked = {n: _some(data, df) for n, df in f.items()}
    rows = [Rows(df, picked[n]) for n, df in f.items()]
    copied = [df.iloc[picked[n]] for n, df in f.items()]
    try:
        want = _encoded(charts.model_table(*copied))
    except TypeError:  # as the frames' own test: no table for such frames either way
        want = None
    if want is not None:
        assert _encoded(charts.model_table(*rows)) == want
    assert _encoded(charts.specs_chart(rows[1])) == _encoded(charts.specs_chart(copied[1]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=0, max_size=20), st.integers(1, 20), st.booleans(), st.data())
def test_plant_summaries_of_some_rows_are_those_of_the_rows_copied_out(rows, repeat, objects, data):
    df = _plants(rows * repeat)
    if objects:  # not the frames' dtypes: the general (pandas) way
        df = df.astype({"site": object})
    picked = _some(data, df)
    pd.testing.assert_frame_equal(charts.labelled_plant_summary(Rows(df, picked)),
                                  charts.labelled_plant_summary(df.iloc[picked]), check_exact=True)
    pd.testing.assert_frame_equal(charts.plant_summary(Rows(df, picked)), charts.plant_summary(df.iloc[picked]),
                                  check_exact=True)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_a_column_of_some_rows_is_the_column_of_the_rows_copied_out(data):
    n = data.draw(st.integers(0, 8))
    texts = data.draw(st.lists(st.sampled_from(["a", "b", None]), min_size=n, max_size=n))
    df = pd.DataFrame({"str": pd.array(texts, dtype="str"), "object": pd.Series(texts, dtype=object),
                       "int": np.arange(n, dtype=np.int32), "Int64": pd.array(list(range(n)), dtype="Int64"),
                       "float": np.linspace(0, 1, n), "when": pd.date_range("2024-01-01", periods=n).astype("datetime64[us]")},
                      index=pd.RangeIndex(10, 10 + n))
    picked = _some(data, df)
    rows = Rows(df, picked)
    for c in df.columns:
        pd.testing.assert_series_equal(rows[c], df.iloc[picked][c], check_exact=True)


def test_the_article_index_prepared_at_load_is_the_one_a_first_filter_builds(tmp_path) -> None:
    """prepare_article_index (the app runs it when a store version loads) keeps, per snapshot frame, what the first
    filter by country, company or model would work out; filters then select the same rows as without it."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import generate_articles

    db = tmp_path / "s.duckdb"
    store.write_batch(db, [generate_articles.generate(i) for i in range(400)])  # mentions that repeat their values
    cold, prepared = load_frames(db), load_frames(db)
    prepare_article_index(prepared)
    assert "articles_by:canonical" in memo_of(prepared["mentions"])
    assert "articles_by:canonical" not in memo_of(cold["mentions"])
    country = cold["plants"]["country"].value_counts().index[0]
    company, model = cold["plants"]["company"].iloc[0], cold["models"]["model"].iloc[0]
    for filters in [Filters(countries=(country,)), Filters(companies=(company,)), Filters(models=(model,)),
                    Filters(companies=(company, "Toyota"), countries=(country,)), Filters(countries=("Nowhere",))]:
        a, b = apply_filters(cold, filters), apply_filters(prepared, filters)
        for name in cold:
            pd.testing.assert_frame_equal(a[name], b[name])
