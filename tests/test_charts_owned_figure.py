"""core.charts.owned_figure: the Map's and the Capacity page's figures, built without plotly's per-property import,
are the figures go.Figure(..., _validate=False) builds: the same JSON, byte for byte, and the same trace and layout
objects to read (and to change, as _with_note does)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import charts, store
from core.charts import base
from core.charts import capacity as chart_capacity
from core.charts import map as chart_map
from core.charts.owned_figure import _copied, owned_figure
from core.filters import Filters, apply_filters, rows_of
from core.frames import load_frames
from tests.store_fixtures import all_items
from tests.test_charts_speed import (
    MAP_PLANT_NUMBERS,
    MAP_PLANT_ROW,
    MAP_PLANT_ROW_COLUMNS,
    MAP_ROUTE_NUMBERS,
    MAP_ROUTE_ROW,
    MAP_ROUTE_ROW_COLUMNS,
    MAP_SETTINGS,
    _map_frame,
)


def _plotly(traces: list[dict], layout: dict) -> go.Figure:
    return go.Figure({"data": traces, "layout": layout}, _validate=False)


def _same_figure(a: go.Figure, b: go.Figure) -> None:
    assert a.to_json() == b.to_json()  # key order too
    assert a.to_dict() == b.to_dict()
    assert [(type(t), t.type, t.name) for t in a.data] == [(type(t), t.type, t.name) for t in b.data]
    assert [_attributes(t) for t in a.data] == [_attributes(t) for t in b.data]
    assert a.layout.title.text == b.layout.title.text and a.layout.height == b.layout.height


def _attributes(obj) -> dict:
    """A plotly object's own attributes, its parent's by type."""
    return {k: type(v) if k == "_parent" else v for k, v in vars(obj).items()}


def _both(monkeypatch, build):
    """build() with owned figures, then with plotly's own."""
    owned = build()
    monkeypatch.setattr(chart_map, "owned_figure", _plotly)
    monkeypatch.setattr(chart_capacity, "owned_figure", _plotly)
    return owned, build()


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    db = tmp_path_factory.mktemp("owned_figure") / "s.duckdb"
    store.write_batch(db, all_items())
    return load_frames(db)


@pytest.mark.parametrize("filters", [Filters(), Filters(countries=("Slovakia",)), Filters(query="no such words")],
                         ids=repr)
def test_the_pages_figures_are_plotlys(frames, filters, monkeypatch):
    out = apply_filters(frames, filters)
    flags = {str(k): 2 for k in frames["plants"]["plant_key"].head(1)}

    def build():
        plants, exports = rows_of(out, "plants"), rows_of(out, "exports")
        return [charts.map_view(plants, exports, flags).figure,
                *charts.capacity_view(plants, flags).figures.values(),
                *(b(out["plants"]) for _, b in charts.CAPACITY_CHARTS)]  # with _with_note's changes, if any

    owned, plotly_built = _both(monkeypatch, build)
    assert len(owned) == len(plotly_built) > 1
    for a, b in zip(owned, plotly_built, strict=True):
        _same_figure(a, b)


@MAP_SETTINGS
@given(plants=st.lists(MAP_PLANT_ROW, max_size=8), routes=st.lists(MAP_ROUTE_ROW, max_size=8), flagged=st.booleans())
def test_maps_of_any_rows_are_plotlys(plants, routes, flagged):
    ps = _map_frame(plants, MAP_PLANT_NUMBERS, set()) if plants else pd.DataFrame(columns=list(MAP_PLANT_ROW_COLUMNS))
    rs = _map_frame(routes, MAP_ROUTE_NUMBERS, set()) if routes else pd.DataFrame(columns=list(MAP_ROUTE_ROW_COLUMNS))
    flags = {"kia|zilina|slovakia": 2, "byd|china|brazil": 3} if flagged else None
    captured = []
    original = chart_map.owned_figure
    chart_map.owned_figure = lambda traces, layout: captured.append((_copied(traces), _copied(layout))) or original(
        traces, layout)
    try:
        fig = charts.map_figure(None, None, flags, summaries=(ps, rs))
    finally:
        chart_map.owned_figure = original
    _same_figure(fig, _plotly(*captured[0]))


def test_a_changed_figure_changes_as_plotlys_does():
    layout = base._layout("Bars")
    traces = [{"type": "bar", "x": np.array([1.0, 2.0]), "y": ["a", "b"], "orientation": "h", "name": "n",
               "marker": {"color": "#1f5fa8"}}]
    a, b = owned_figure(_copied(traces), layout), _plotly(_copied(traces), _copied(layout))
    for fig in (a, b):
        fig.layout.title.subtitle.text = "converted"
        fig.layout.margin.t = 80
        fig.data[0].marker.color = "#d1495b"
    _same_figure(a, b)
    assert layout["margin"]["t"] == 60 and "subtitle" not in layout["title"]  # the caller's layout is copied
    assert base.FONT == {"family": "DejaVu Sans, Arial, sans-serif", "size": 13}


def test_what_it_does_not_cover_is_left_to_plotly():
    no_template = {"title": {"text": "t"}}
    _same_figure(owned_figure([{"type": "bar", "x": [1], "y": ["a"]}], no_template),
                 _plotly([{"type": "bar", "x": [1], "y": ["a"]}], no_template))  # plotly's default template


def test_a_wrong_property_fails_in_the_tests(monkeypatch):
    monkeypatch.setattr(base, "VALIDATE_FIGURES", True)
    with pytest.raises(ValueError):
        owned_figure([{"type": "bar", "x": [1], "y": ["a"], "no_such_property": 1}], base._layout("t"))
