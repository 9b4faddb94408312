"""The Overview's items read at the rows a filter keeps of the store's frames (what is worked out once per snapshot
frame kept in core.snapshot_memo) are the ones built from the rows copied out, the way they were built before."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from core import charts, store
from core.charts import fact_tables as chart_fact_tables
from core.charts import overview as chart_overview
from core.filters import Filters, Rows, apply_filters, rows_of
from core.frames import load_frames
from core.snapshot_memo import is_kept, memo_of
from tests.store_fixtures import all_items
from tests.test_charts_speed import _articles_table_reference, _same


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("overview") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


FILTERS = [Filters(), Filters(countries=("Slovakia",)), Filters(companies=("Kia",)), Filters(query="plant"),
           Filters(countries=("Nowhere",)), Filters(companies=("Kia",), query="a", date_from=date(2024, 1, 1))]


def _kpis_reference(frames: dict[str, pd.DataFrame]) -> dict[str, object]:
    """kpis as written before: distinct values over the copied columns, figures from the whole plant summary."""
    ps = charts.plant_summary(frames["plants"])
    return {
        "articles": len(frames["articles"]),
        "companies": chart_overview._distinct([frames["companies"]["company"], frames["plants"]["company"],
                                               frames["exports"]["company"], frames["models"]["maker"]]),
        "plants": chart_overview._distinct([frames["plants"]["plant_key"]]),
        "export_routes": chart_overview._distinct([frames["exports"]["route_key"]]),
        "capacity_per_year": float(ps["capacity_per_year"].sum()) if len(ps) else 0.0,
        "jobs": float(ps["jobs"].sum()) if len(ps) else 0.0,
        "investment": chart_overview._investment_by_currency(ps),
    }


def _assert_overview_from_rows(frames, filters) -> None:
    """Headline figures, latest facts, coverage and the articles list read at the filter's rows are the ones written
    from the rows copied out."""
    out = apply_filters(frames, filters)
    copied = {n: rows_of(out, n).to_frame() for n in frames}
    assert charts.kpis({n: rows_of(out, n) for n in charts.KPI_FRAMES}) == _kpis_reference(copied)
    _same(charts.latest_facts({n: rows_of(out, n) for n in charts.FACT_FRAMES}),
          chart_fact_tables._latest_facts_records(copied, 200))
    assert (pio.to_json(charts.coverage_chart(rows_of(out, "articles")), validate=False)
            == pio.to_json(charts.coverage_chart(copied["articles"]), validate=False))
    _same(charts.articles_table(rows_of(out, "articles")), _articles_table_reference(copied["articles"]))
    listed = charts.articles_list(rows_of(out, "articles"))  # what the pages show: the rows shown copied out alone
    _same(listed.to_frame(), _articles_table_reference(copied["articles"]))
    pd.testing.assert_frame_equal(listed.head(2), _articles_table_reference(copied["articles"]).head(2),
                                  check_index_type=False)  # the same row labels (a RangeIndex when they are evenly spaced)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_overview_items_from_rows_are_the_ones_from_copied_rows(frames, filters) -> None:
    _assert_overview_from_rows(frames, filters)


def test_what_a_filter_does_not_change_is_worked_out_once_per_snapshot_frame(frames) -> None:
    """The articles without their texts, the months, the titles and the codes are kept with the store's frames and
    reused by the next filter; a frame built by a caller keeps nothing."""
    first = apply_filters(frames, Filters(countries=("Slovakia",)))
    second = apply_filters(frames, Filters(companies=("Kia",)))
    articles = rows_of(first, "articles").frame
    assert rows_of(second, "articles").frame is articles and "text" not in articles.columns
    for out in (first, second):
        charts.coverage_chart(rows_of(out, "articles"))
        charts.articles_table(rows_of(out, "articles"))
        charts.kpis({n: rows_of(out, n) for n in charts.KPI_FRAMES})
    assert is_kept(articles) and {"coverage:months", "articles_table"} <= set(memo_of(articles))
    assert {"kpi:plant_codes", "distinct:company"} <= set(memo_of(frames["plants"]))
    built = pd.DataFrame(frames["plants"].to_dict("list"))
    charts.kpis({**{n: frames[n] for n in charts.KPI_FRAMES}, "plants": built})
    assert not is_kept(built)


def test_headline_figures_of_rows_in_any_order_are_those_of_the_rows_copied_out(frames) -> None:
    plants = frames["plants"]
    for positions in (np.arange(len(plants))[::-1], np.r_[np.arange(1, len(plants)), 0], np.arange(len(plants))):
        pd.testing.assert_frame_equal(chart_overview._plant_figures(Rows(plants, positions)).reset_index(drop=True),
                                      chart_overview._plant_figures(plants.iloc[positions]).reset_index(drop=True),
                                      check_exact=True)


def test_the_overview_of_a_generated_store_is_the_one_from_copied_rows(generated) -> None:
    """Several filters (countries, companies, text, dates): headline figures, latest facts, coverage and the articles
    list read at the filter's rows are the ones written from the rows copied out; so are every fact of a few
    articles (the Articles page's table)."""
    countries = generated["plants"]["country"].value_counts().index[:3].tolist()
    companies = generated["plants"]["company"].value_counts().index[:2].tolist()
    for filters in [Filters(), *(Filters(countries=(c,)) for c in countries), Filters(companies=tuple(companies)),
                    Filters(query="plant"), Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
                    Filters(countries=(countries[0],), query="no such words")]:
        _assert_overview_from_rows(generated, filters)
    for article_id in generated["plants"]["article_id"].head(3).tolist() + generated["people"]["article_id"].head(2).tolist():
        facts = chart_fact_tables._latest_facts_records(
            {k: generated[k][generated[k]["article_id"] == article_id] for k in charts.FACT_FRAMES}, 100_000)
        _same(charts.article_facts(generated, article_id),
              facts.sort_values("start", kind="stable", na_position="last").reset_index(drop=True))


def test_distinct_names_over_several_columns_counted_by_their_joint_places(generated) -> None:
    """The companies of four columns counted by each name's place among all their names (worked out once per set
    of snapshot frames) are the distinct names of the rows copied out, filter after filter; a frame built by a caller
    is counted the same way, and nothing is kept for it."""
    pairs = [("companies", "company"), ("plants", "company"), ("exports", "company"), ("models", "maker")]
    countries = generated["plants"]["country"].value_counts().index[:2].tolist()
    for filters in [Filters(), *(Filters(countries=(c,)) for c in countries), Filters(query="plant"),
                    Filters(countries=(countries[0],), query="no such words")]:
        out = apply_filters(generated, filters)
        copied = {n: rows_of(out, n).to_frame() for n, _ in pairs}
        names = set().union(*(copied[n][c].dropna().tolist() for n, c in pairs))
        assert chart_overview._distinct_at_rows([(rows_of(out, n), c) for n, c in pairs]) == len(names)
        assert (chart_overview._distinct_at_rows([(rows_of(out, "plants"), "plant_key")])
                == copied["plants"]["plant_key"].dropna().nunique())
    assert any(str(k).startswith("distinct places:") for k in memo_of(generated["companies"]))
    built = pd.DataFrame(generated["companies"].to_dict("list"))
    mixed = [(built, "company"), *((generated[n], c) for n, c in pairs[1:])]
    assert chart_overview._distinct_at_rows(mixed) == len(set().union(*(df[c].dropna().tolist() for df, c in mixed)))
    assert not is_kept(built)


def test_latest_facts_found_in_the_head_of_each_frames_order_by_date(generated) -> None:
    """The n latest facts of a filter's rows, found in the head of each frame's order by date (kept per
    snapshot frame), are those of the rows copied out: filters keeping fewer facts of a kind than are shown, more,
    and all of them (the whole frame's order read as kept)."""
    countries = generated["plants"]["country"].value_counts().index.tolist()
    for filters in [Filters(), Filters(countries=(countries[0],)), Filters(countries=(countries[-1],)),
                    Filters(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)), Filters(query="hp")]:
        out = apply_filters(generated, filters)
        copied = {n: rows_of(out, n).to_frame() for n in charts.FACT_FRAMES}
        for n in (1, 7, 200):
            _same(charts.latest_facts({k: rows_of(out, k) for k in charts.FACT_FRAMES}, n=n),
                  chart_fact_tables._latest_facts_records(copied, n))
    assert "facts:by_date" in memo_of(generated["plants"])
