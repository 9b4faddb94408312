"""core.charts.owned_figure: the Map's, the Capacity page's, the specs chart's and the coverage chart's figures, built
without plotly's per-property import, are the figures go.Figure(..., _validate=False) builds: the same JSON, byte for
byte, and the same trace and layout objects to read (and to change, as _with_note does)."""
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
from core.charts import models as chart_models
from core.charts import overview as chart_overview
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
    _equal(a.to_dict(), b.to_dict())
    assert [(type(t), t.type, t.name) for t in a.data] == [(type(t), t.type, t.name) for t in b.data]
    assert [_attributes(t) for t in a.data] == [_attributes(t) for t in b.data]
    assert a.layout.title.text == b.layout.title.text and a.layout.height == b.layout.height
    assert _layout_attributes(a) == _layout_attributes(b)  # subplot ids (xaxis2) known to the layout object
    _nothing_shared(a)


def _equal(a, b) -> None:
    """a == b for plotly's dicts, whose values may be arrays or Series (the same type and values on both sides;
    a list may be a subclass of list on one side, as a == b allows)."""
    assert type(a) is type(b) or (isinstance(a, list) and isinstance(b, list))
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            _equal(a[k], b[k])
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _equal(x, y)
    elif isinstance(a, (np.ndarray, pd.Series)):
        assert a.dtype == b.dtype and np.array_equal(np.asarray(a), np.asarray(b), equal_nan=a.dtype.kind in "fc")
    else:
        assert a == b or (a != a and b != b)


def _layout_attributes(fig: go.Figure) -> dict:
    return {k: v for k, v in vars(fig.layout).items() if k not in ("_parent", "_compound_props")}


def _nothing_shared(fig: go.Figure) -> None:
    """No list, dict or array is held by two traces (go.Figure deep-copies each one; an owned figure keeps the
    builder's own, so a change to one trace must not show in another)."""
    seen: dict[int, int] = {}

    def walk(value, trace: int) -> None:
        if isinstance(value, (dict, list, np.ndarray, pd.Series)):
            assert seen.setdefault(id(value), trace) == trace, f"trace {trace} shares a value with trace {seen[id(value)]}"
        if isinstance(value, dict):
            for v in value.values():
                walk(v, trace)
        elif isinstance(value, list):
            for v in value:
                walk(v, trace)

    for i, trace in enumerate(fig._data):
        walk(trace, i)


def _attributes(obj) -> dict:
    """A plotly object's own attributes, its parent's by type."""
    return {k: type(v) if k == "_parent" else v for k, v in vars(obj).items()}


def _both(monkeypatch, build):
    """build() with owned figures, then with plotly's own."""
    owned = build()
    for module in (chart_map, chart_capacity, chart_models, chart_overview):
        monkeypatch.setattr(module, "owned_figure", _plotly)
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
                *(b(out["plants"]) for _, b in charts.CAPACITY_CHARTS),  # with _with_note's changes, if any
                charts.specs_chart(rows_of(out, "specs")), charts.specs_chart(out["specs"]),
                charts.coverage_chart(rows_of(out, "articles")), charts.coverage_chart(out["articles"])]

    owned, plotly_built = _both(monkeypatch, build)
    assert len(owned) == len(plotly_built) > 1
    for a, b in zip(owned, plotly_built, strict=True):
        _same_figure(a, b)


def test_the_specs_and_coverage_charts_of_a_generated_store_are_plotlys(generated, monkeypatch):
    countries = generated["plants"]["country"].value_counts().index[:4].tolist()
    makers = generated["models"]["maker"].value_counts().index[:2].tolist()
    filters = [Filters(), *(Filters(countries=(c,)) for c in countries), Filters(companies=tuple(makers)),
               Filters(query="hp"), Filters(countries=(countries[0],), query="no such words")]

    def build():
        figures = []
        for f in filters:
            out = apply_filters(generated, f)
            figures += [charts.specs_chart(rows_of(out, "specs")), charts.coverage_chart(rows_of(out, "articles"))]
        return figures

    owned, plotly_built = _both(monkeypatch, build)
    assert any(len(fig.data) > 20 and "xaxis2" in fig.layout for fig in owned)  # the specs chart's two panels
    for a, b in zip(owned, plotly_built, strict=True):
        _same_figure(a, b)
        for fig in (a, b):  # read and changed the same way, the second panel too
            if "xaxis2" in fig.layout:
                fig.layout.xaxis2.title.text = f"{fig.layout.xaxis2.title.text}, changed"
            if len(fig.data):
                fig.data[0].marker.color = "#d1495b"
        assert a.to_json() == b.to_json()


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


def test_each_trace_owns_its_containers_and_key_orders_are_reused():
    """Trace objects are made from one bare trace's attributes (kept per class) and their properties put in order
    by a key order kept per set of keys: no trace shares a container attribute with another or with the bare one,
    and a second figure of the same keys is plotly's too."""
    from core.charts import owned_figure as module

    def bars():
        return [{"type": "bar", "x": [1.0, 2.0], "y": ["a", "b"], "name": n, "marker": {"color": "#1f5fa8"}}
                for n in ("one", "two")]

    for _ in range(2):  # the second time from the kept key orders
        a, b = owned_figure(bars(), base._layout("Bars")), _plotly(bars(), base._layout("Bars"))
        _same_figure(a, b)
    bare, containers = module._bare_attributes(type(a.data[0]), "bar")
    assert containers and all(isinstance(bare[name], (dict, list, set)) for name in containers)
    for name in containers:
        held = [vars(trace)[name] for trace in a.data]
        assert len({id(v) for v in held}) == len(held) and all(v is not bare[name] for v in held)
    a.data[0]._orphan_props["x"] = 1  # a trace's own container: the other trace and the next figure do not see it
    assert "x" not in a.data[1]._orphan_props and "x" not in bare.get("_orphan_props", {})


def test_a_property_the_constructor_does_not_name_is_left_to_plotly_every_time(monkeypatch):
    """A key set with a property the trace's constructor does not name goes plotly's way, the second time too (the
    kept key orders keep no failure)."""
    monkeypatch.setattr(base, "VALIDATE_FIGURES", False)  # the pages' way: plotly does not check
    traces = [{"type": "bar", "x": [1], "y": ["a"], "marker_color": "#d1495b"}]  # a path, not a constructor argument
    for _ in range(2):
        fig = owned_figure(_copied(traces), base._layout("t"))
        plotly_built = go.Figure({"data": _copied(traces), "layout": base._layout("t")}, _validate=False)
        assert fig.to_json() == plotly_built.to_json()
