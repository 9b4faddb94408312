"""core.charts.keyed: what is worked out once per frame is kept for the store's snapshot frames only, and the models
page's tables read through it are the ones built from copied-out rows."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core import charts, store
from core.charts import keyed
from core.filters import Filters, Rows, apply_filters, rows_of
from core.frames import load_frames
from core.snapshot_memo import memo_of
from tests.store_fixtures import all_items
from tests.test_charts_speed import _same


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("keyed") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


def test_a_snapshot_frames_work_is_kept_and_reused_by_every_filter(frames) -> None:
    specs = frames["specs"]
    assert memo_of(specs) is memo_of(specs)  # kept while the frame lives
    first = keyed.Keyed(specs, "model", sort=True).keys
    for filters in (Filters(countries=("Slovakia",)), Filters(companies=("Kia",)), Filters()):
        out = apply_filters(frames, filters)
        rows = rows_of(out, "specs")
        assert keyed.Keyed(rows, "model", sort=True).keys is first
        _same(charts.spec_summary(rows), charts.spec_summary(out["specs"]))
        tables = [rows_of(out, n) for n in ("models", "specs", "plants", "exports")]
        _same(charts.model_table(*tables), charts.model_table(*(out[n] for n in ("models", "specs", "plants", "exports"))))


def test_a_frame_edited_or_built_by_a_caller_is_read_from_its_own_columns(frames) -> None:
    specs = frames["specs"]
    charts.spec_summary(specs)
    renamed = specs.assign(model=specs["model"].astype(object).where(specs["model"].isna(), "Renamed"))
    assert memo_of(renamed) is not memo_of(specs)  # another frame object: its own results
    assert set(charts.spec_summary(renamed)["model"]) <= {"Renamed"}
    assert list(charts.spec_summary(specs)["model"]) == sorted(set(specs["model"].dropna()))
    built = pd.DataFrame(specs.to_dict("list"))
    assert memo_of(built) is not memo_of(built)  # not a snapshot frame: nothing kept
    assert list(charts.spec_summary(built)["model"]) == list(charts.spec_summary(specs)["model"])


def test_rows_read_at_positions_are_taken_from_the_whole_frame() -> None:
    frame = pd.DataFrame({"model": ["A", "B", "A", None], "published": pd.to_datetime(
        ["2024-01-02", "2024-01-03", "2024-01-05", "2024-01-01"]).astype("datetime64[us]"), "maker": ["x", " ", "y", "z"]})
    r = keyed.Keyed(Rows(frame, np.array([0, 1, 3])), "model", sort=True)
    assert list(r.names) == ["A", "B"] and list(r.present()) == [True, True]
    assert list(r.first_rows()) == [0, 1]  # row 2 (A's latest) is not read
    assert list(r.first_rows("maker")) == [0, -1]  # B's only row states no maker (blank)


def test_items_put_in_rank_order_by_their_places_are_those_a_sort_gives():
    """in_rank_order (each item placed at its rank) orders items as argsort of their ranks does, for few items (the
    sort) and many (the places), with ranks from a whole frame's order or from the rows read."""
    rng = np.random.default_rng(7)
    for n_ranks in (1, 10, 1000, 50_000):
        rank = rng.permutation(n_ranks)
        for n in sorted({0, 1, n_ranks // 50, n_ranks // 3, n_ranks}):
            rows = np.sort(rng.choice(n_ranks, size=n, replace=False)).astype(np.intp)
            items = rng.permutation(n).astype(np.intp) + 5  # any distinct values, not the rows themselves
            np.testing.assert_array_equal(keyed.in_rank_order(items, rank[rows], n_ranks),
                                          items[np.argsort(rank[rows], kind="stable")])
