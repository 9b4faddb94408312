"""core.charts.keyed_summaries: the plant and route summaries read by key from the store's frame are the frames
core.charts.summaries builds from the copied-out rows (the Map and Capacity pages read them)."""
from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts, store
from core.charts import keyed_summaries, overview
from core.filters import Filters, Rows, apply_filters, rows_of
from core.frames import load_frames
from core.snapshot_memo import memo_of
from tests.store_fixtures import all_items
from tests.test_charts_speed_summaries import PLANT_ROW, _plants


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert [str(d) for d in a.dtypes] == [str(d) for d in b.dtypes]
    pd.testing.assert_frame_equal(a, b, check_exact=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLANT_ROW, min_size=1, max_size=30), st.data())
def test_plant_summaries_of_rows_are_the_general_ones(rows, data):
    """Blank and missing texts, NaN figures, int32 shifts, rows without a key or a date, any rows kept."""
    df = _plants(rows)
    picked = np.array(sorted(data.draw(st.sets(st.integers(0, len(df) - 1)))), dtype=np.intp)
    for kept, copied in ((Rows(df, picked), df.iloc[picked]), (df, df)):
        _same(keyed_summaries.plant_summary_of(kept), charts.plant_summary(copied))
        _same(keyed_summaries.labelled_plant_summary_of(kept), charts.labelled_plant_summary(copied))


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("keyed_summaries") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


FILTERS = [Filters(), Filters(countries=("Slovakia",)), Filters(countries=("Russia",)), Filters(companies=("Kia",)),
           Filters(query="plant"), Filters(query="no such words")]


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_summaries_of_a_snapshot_are_the_general_ones_and_its_work_is_kept(frames, filters):
    out = apply_filters(frames, filters)
    plants, exports = rows_of(out, "plants"), rows_of(out, "exports")
    _same(keyed_summaries.plant_summary_of(plants), charts.plant_summary(out["plants"]))
    _same(keyed_summaries.labelled_plant_summary_of(plants), charts.labelled_plant_summary(out["plants"]))
    _same(keyed_summaries.route_summary_of(exports), charts.route_summary(out["exports"]))
    if len(plants):
        assert "keys:plant_key:False" in memo_of(frames["plants"])  # worked out once for the store's frame


def test_models_joined_past_the_small_summary_size_are_the_general_ones(frames, monkeypatch):
    """More rows than SMALL_SUMMARY: the models are joined in Arrow, as the general way joins them."""
    from core.charts import summaries

    monkeypatch.setattr(summaries, "SMALL_SUMMARY", 0)
    for filters in FILTERS:
        out = apply_filters(frames, filters)
        _same(keyed_summaries.plant_summary_of(rows_of(out, "plants")), charts.plant_summary(out["plants"]))
        _same(keyed_summaries.route_summary_of(rows_of(out, "exports")), charts.route_summary(out["exports"]))


@pytest.fixture(scope="module")
def generated_frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """A store of generated articles: plants and routes named by several articles each."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import generate_articles

    db = tmp_path_factory.mktemp("whole_summary") / "s.duckdb"
    items = [generate_articles.generate(i) for i in range(300)]
    again = [(dataclasses.replace(article, id=f"{article.id}-again", published=f"2027{article.published[4:]}"),
              dataclasses.replace(facts, article=f"{article.id}-again"))
             for article, facts in items[::3]]  # a later article naming the same plants and routes
    store.write_batch(db, items + again)
    return load_frames(db)


def _whole_read(rows: Rows, key: str) -> bool:
    figures, keep = ((charts.summaries.PLANT_FIGURES, charts.summaries.PLANT_KEEP) if key == "plant_key"
                     else (charts.summaries.ROUTE_FIGURES, keyed_summaries.ROUTE_KEEP))
    return keyed_summaries._whole_summary_rows(rows, key, figures, keep) is not None


def _splits_a_key(rows: Rows, key: str) -> bool:
    """Whether the rows keep some but not all rows of a key."""
    whole = rows.frame[key].value_counts()
    kept = rows.frame[key].iloc[rows.positions].value_counts() if rows.positions is not None else whole
    return bool((kept != whole.reindex(kept.index)).any())


def test_summaries_read_off_the_whole_frames_summary_are_the_general_ones(generated_frames, monkeypatch):
    """Past WHOLE_SUMMARY_FROM rows, a filter keeping all rows of each plant and route it keeps (a country, a
    company) takes its summary's rows from the whole frame's, worked out once; one keeping some rows of a plant (a
    model, a date range) is summarised directly. Both as the general way gives, labels numbered among the plants
    kept."""
    from core.charts import summaries

    frames = generated_frames
    monkeypatch.setattr(summaries, "SMALL_SUMMARY", 0)  # models joined in Arrow, as the whole frame's are
    monkeypatch.setattr(keyed_summaries, "WHOLE_SUMMARY_FROM", 0)
    plants = frames["plants"]
    published = plants["published"].sort_values()
    filters = [Filters(), *(Filters(countries=(c,)) for c in plants["country"].value_counts().index[:3]),
               Filters(companies=(plants["company"].value_counts().index[0],)),
               Filters(models=(frames["models"]["model"].value_counts().index[0],)),
               Filters(date_from=published.iloc[len(published) // 3].date(),
                       date_to=published.iloc[2 * len(published) // 3].date())]
    read_whole, split = set(), set()
    for f in filters:
        out = apply_filters(frames, f)
        for name, key in (("plants", "plant_key"), ("exports", "route_key")):
            rows = rows_of(out, name)
            if rows is not None and len(rows):
                if _whole_read(rows, key):
                    read_whole.add(name)
                    assert not _splits_a_key(rows, key)
                elif _splits_a_key(rows, key):
                    split.add(name)
        _same(keyed_summaries.plant_summary_of(rows_of(out, "plants")), charts.plant_summary(out["plants"]))
        _same(keyed_summaries.labelled_plant_summary_of(rows_of(out, "plants")),
              charts.labelled_plant_summary(out["plants"]))
        _same(keyed_summaries.route_summary_of(rows_of(out, "exports")), charts.route_summary(out["exports"]))
        flags = {str(k): 2 for k in [*plants["plant_key"].head(5), *frames["exports"]["route_key"].head(5)]}
        _capacity_view_is_the_pages(out, flags)
        _map_view_is_the_pages(out, flags)
        copied = {n: rows_of(out, n).to_frame() for n in charts.KPI_FRAMES}  # not snapshot frames: nothing kept
        assert charts.kpis({n: rows_of(out, n) for n in charts.KPI_FRAMES}) == charts.kpis(copied)
        # the headline figures of a filter read off the whole summary are added up from its rows
        assert ((overview._plant_kpis_of_whole(rows_of(out, "plants")) is not None)
                == _whole_read(rows_of(out, "plants"), "plant_key"))
    assert read_whole == split == {"plants", "exports"}  # both ways were taken, for plants and for routes
    assert any(str(k).startswith("whole:plant_key") for k in memo_of(plants))
    # the map's plant hovers were built once for the whole summary and taken by the filters read off it
    whole, _ = keyed_summaries._whole_summary_rows(rows_of(apply_filters(frames, Filters()), "plants"), "plant_key",
                                                   charts.summaries.PLANT_FIGURES, charts.summaries.PLANT_KEEP)
    assert len(whole.memo["map:plant_hovers"]) == len(whole.columns["plant_key"])


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_map_and_capacity_views_are_what_the_pages_built_from_copied_rows(frames, filters):
    """map_view and capacity_view (one cached call a page) against the tables and figures the pages built before,
    one by one from the copied-out rows and core.charts.summaries."""
    out = apply_filters(frames, filters)
    flags = {str(k): 2 for k in frames["plants"]["plant_key"].head(1)}
    _map_view_is_the_pages(out, flags)
    _capacity_view_is_the_pages(out, flags)


def _map_view_is_the_pages(out, flags: dict[str, int]) -> None:
    """map_view against the rows, figure and unplaced list the page built before, from the copied-out rows."""
    view = charts.map_view(rows_of(out, "plants"), rows_of(out, "exports"), flags)
    summaries = (charts.plant_summary(out["plants"]), charts.route_summary(out["exports"]))
    every = charts.map_rows(out["plants"], out["exports"], flags, summaries=summaries)
    _same(view.rows.to_frame(), every)
    assert len(view.rows) == len(every) and view.rows.empty == every.empty
    for n in (0, 1, 2, len(every) - 1, len(every) + 5):  # the rows a page shows, built alone: the first of all of them
        pd.testing.assert_frame_equal(view.rows.head(max(n, 0)), every.head(max(n, 0)), check_index_type=False)
    _same(view.unplaced, charts.map_unplaced(out["plants"], out["exports"], summaries=summaries))
    records = [{"kind": k, "where": w} for k, w in zip(view.unplaced["kind"], view.unplaced["where"], strict=True)]
    _same(view.unplaced, pd.DataFrame(records, columns=["kind", "where"]))  # as the records constructor built it
    assert view.figure.to_plotly_json() == charts.map_figure(out["plants"], out["exports"], flags,
                                                             summaries=summaries).to_plotly_json()


def _capacity_view_is_the_pages(out, flags: dict[str, int]) -> None:
    """capacity_view against the table and figures the page built before, from the copied-out rows."""
    capacity = charts.capacity_view(rows_of(out, "plants"), flags)
    labelled = charts.labelled_plant_summary(out["plants"])
    table = charts.plant_table(labelled, flags)
    _same(capacity.table if isinstance(capacity.table, pd.DataFrame) else capacity.table.to_frame(), table)
    for n in (0, 1, len(table) - 1):  # the rows a page shows, built alone
        _same(capacity.table.head(max(n, 0)), table.head(max(n, 0)))
    expected = {} if capacity.table.empty else {
        "capacity-by-plant": charts.capacity_chart(out["plants"], "plant", summary=labelled),
        "capacity-by-company": charts.capacity_chart(out["plants"], "company", summary=labelled),
        "capacity-by-country": charts.capacity_chart(out["plants"], "country", summary=labelled),
        "jobs-by-plant": charts.jobs_chart(out["plants"], summary=labelled),
        "investment-by-plant": charts.investment_chart(out["plants"], summary=labelled),
        "investment-per-job": charts.investment_per_job_chart(out["plants"], summary=labelled),
        "investment-per-capacity": charts.investment_per_capacity_chart(out["plants"], summary=labelled)}
    assert list(capacity.figures) == list(expected)
    for name, fig in capacity.figures.items():
        assert fig.to_plotly_json() == expected[name].to_plotly_json(), name
