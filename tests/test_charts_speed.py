"""The fast paths of core.charts give exactly what their general paths give, on generated frames."""
from __future__ import annotations

import copy
import html
import math
from datetime import date, datetime

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts

# --------------------------------------------------------------------------- map (map_rows, map_figure, map_unplaced)

MAP_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAP_TEXTS = st.sampled_from(["Kia", "BYD", "", "A&B <Motors>", "O'Neil \"x\"", "Škoda", None])
MAP_COORDS = st.sampled_from([np.nan, 0.0, 12.5, -33.9, 55.75, 151.2, -179.0])
MAP_FIGURES = st.sampled_from([np.nan, 0.0, 1200.0, 300.0, 5e7, 20000.0])
MAP_DATES = st.sampled_from(["2024-01-01", "2024-03-05T09:30", "2023-12-31", None])


def _map_frame(rows: list[dict], numbers: list[str], ints: set[str]) -> pd.DataFrame:
    """A summary as map_summaries gives it: text columns str, coordinates and figures float64 (ints int32),
    published datetime64[us]."""
    columns = {}
    for c in rows[0] if rows else []:
        values = [r[c] for r in rows]
        if c == "published":
            columns[c] = pd.Series(pd.to_datetime(values, format="ISO8601"), dtype="datetime64[us]")
        elif c in ints:
            columns[c] = pd.Series([0 if v is None or math.isnan(v) else int(v) for v in values], dtype="int32")
        elif c in numbers:
            columns[c] = pd.Series(values, dtype="float64")
        else:
            columns[c] = pd.Series(values, dtype="str")
    return pd.DataFrame(columns)


MAP_PROV = {"models": MAP_TEXTS, "article_id": st.sampled_from(["a1", "a2", None]), "sentence": MAP_TEXTS,
            "source": MAP_TEXTS, "title": MAP_TEXTS, "published": MAP_DATES}
MAP_PLANT_ROW_COLUMNS = {
    "plant_key": st.sampled_from(["kia|zilina|slovakia", "byd|x|y", "z|z|z"]), "company": MAP_TEXTS, "site": MAP_TEXTS,
    "country": MAP_TEXTS, "lat": MAP_COORDS, "lon": MAP_COORDS, "capacity_per_year": MAP_FIGURES, "jobs": MAP_FIGURES,
    "investment_amount": MAP_FIGURES, "investment_currency": st.sampled_from(["USD", "EUR", None]), **MAP_PROV}
MAP_ROUTE_ROW_COLUMNS = {
    "route_key": st.sampled_from(["kia|slovakia|russia", "byd|china|brazil"]), "company": MAP_TEXTS,
    "origin": st.sampled_from(["Slovakia", "China", "A&B"]), "destination": st.sampled_from(["Russia", "Brazil"]),
    "origin_lat": MAP_COORDS, "origin_lon": MAP_COORDS, "destination_lat": MAP_COORDS, "destination_lon": MAP_COORDS,
    "units": MAP_FIGURES, "by_when": st.sampled_from(["2026", "", None]), **MAP_PROV}
MAP_PLANT_ROW = st.fixed_dictionaries(MAP_PLANT_ROW_COLUMNS)
MAP_ROUTE_ROW = st.fixed_dictionaries(MAP_ROUTE_ROW_COLUMNS)
MAP_PLANT_NUMBERS = ["lat", "lon", "capacity_per_year", "jobs", "investment_amount"]
MAP_ROUTE_NUMBERS = ["origin_lat", "origin_lon", "destination_lat", "destination_lon", "units"]


def _same_frame(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert [str(d) for d in a.dtypes] == [str(d) for d in b.dtypes]
    pd.testing.assert_frame_equal(a, b)
    assert a.to_json(orient="split", date_format="iso") == b.to_json(orient="split", date_format="iso")


@MAP_SETTINGS
@given(plants=st.lists(MAP_PLANT_ROW, max_size=6), routes=st.lists(MAP_ROUTE_ROW, max_size=6),
       int_jobs=st.booleans(), flagged=st.booleans(), object_titles=st.booleans())
def test_map_rows_by_column_is_the_general_path(plants, routes, int_jobs, flagged, object_titles):
    ps = _map_frame(plants, MAP_PLANT_NUMBERS, {"jobs"} if int_jobs else set())
    rs = _map_frame(routes, MAP_ROUTE_NUMBERS, set())
    if object_titles and len(rs):  # a provenance column typed apart from the plants': the general path decides
        rs["title"] = rs["title"].astype(object)
    if ps.empty:  # as _summarise gives it for no rows
        ps = pd.DataFrame(columns=list(MAP_PLANT_ROW_COLUMNS))
    if rs.empty:
        rs = pd.DataFrame(columns=list(MAP_ROUTE_ROW_COLUMNS))
    flags = {"kia|zilina|slovakia": 2, "byd|china|brazil": 3} if flagged else None
    general = charts._map_rows_general(ps.dropna(subset=charts.PLANT_ENDS), rs.dropna(subset=charts.ROUTE_ENDS), flags)
    _same_frame(charts.map_rows(None, None, flags, summaries=(ps, rs)), general)
    unplaced = charts.map_unplaced(None, None, summaries=(ps, rs))
    assert list(unplaced["where"]) == charts.plant_labels(ps[ps[charts.PLANT_ENDS].isna().any(axis=1)]) + [
        f"{o} → {d}" for o, d in zip(*(rs[rs[charts.ROUTE_ENDS].isna().any(axis=1)][c] for c in ("origin", "destination")),
                                     strict=True)]
    fig = charts.map_figure(None, None, flags, summaries=(ps, rs))  # every property checked (conftest)
    drawn = rs.dropna(subset=charts.ROUTE_ENDS)
    assert sum(1 for t in fig.data if t.mode == "lines+markers" for s in t.marker.size if s) == len(drawn)
    assert sum(len(t.lat) for t in fig.data if t.mode == "markers") == len(ps.dropna(subset=charts.PLANT_ENDS))


@given(st.lists(st.sampled_from(["Kia", "BYD", "Chery", "Ford", "Nio", "Opel"]), max_size=60), st.integers(1, 5))
def test_own_trace_companies_are_value_counts_firsts(companies, traces):
    counts = pd.Series(companies, dtype=object).value_counts(sort=True)
    limit = charts.PLANT_TRACES
    try:
        charts.PLANT_TRACES = traces
        own, others = charts._own_trace_companies(companies)
        expected = set(counts.index[:traces - 1]) if len(counts) > traces else set(counts.index)
    finally:
        charts.PLANT_TRACES = limit
    assert own == expected
    assert others == len(counts) - len(own) if len(counts) > traces else others == 0


@given(st.lists(st.one_of(st.none(), st.text(alphabet="ab&<>\"'é ", max_size=6), st.integers(0, 9),
                          st.just(float("nan"))), max_size=20))
def test_escaped_is_esc(values):
    assert charts._escaped(values) == [charts._esc(v) for v in values]
    assert charts._escaped(["a&b"]) == [html.escape("a&b")]


@MAP_SETTINGS
@given(st.lists(st.sampled_from(["2024-01-01", "2024-03-05T09:30", "1999-12-31T23:59:59", None]), max_size=30),
       st.lists(MAP_TEXTS, max_size=30), st.data())
def test_source_lines_are_source_line(published, texts, data):
    n = min(len(published), len(texts))
    df = pd.DataFrame({"source": pd.Series(texts[:n], dtype="str"), "title": pd.Series(texts[:n][::-1], dtype="str"),
                       "published": pd.Series(pd.to_datetime(published[:n], format="ISO8601"), dtype="datetime64[us]")})
    rows = np.array(data.draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=n)) if n else [], dtype=np.int64)
    picked = df.iloc[rows]
    expected = [charts._source_line(dict(zip(picked.columns, row, strict=True)))
                for row in zip(*(charts._values(picked[c]) for c in picked.columns), strict=True)]
    assert charts._source_lines(df, rows) == expected
    # dates held other ways go value by value
    for held in (pd.Series([date(2024, 3, 1), None], dtype=object), pd.Series(["2024-03-01", None], dtype=object),
                 pd.Series([datetime(2024, 3, 1, 9), pd.NaT], dtype="datetime64[ns]")):
        assert charts._dates(held, np.array([0, 1])) == ["2024-03-01", ""]


@given(st.lists(st.one_of(st.none(), st.just(float("nan")), st.floats(-1e6, 1e6)), max_size=12),
       st.sampled_from(["float64", "str", "datetime", "int32"]), st.data())
def test_values_at_is_values_of_the_rows(values, kind, data):
    if kind == "str":
        series = pd.Series([None if v is None else str(v) for v in values], dtype="str")
    elif kind == "datetime":
        series = pd.Series(pd.to_datetime([None if v is None or v != v else 1e15 + v * 1e9 for v in values]),
                           dtype="datetime64[us]")
    elif kind == "int32":
        series = pd.Series([0 if v is None or v != v else int(v) for v in values], dtype="int32")
    else:
        series = pd.Series(values, dtype="float64")
    rows = np.array(data.draw(st.lists(st.integers(0, len(values) - 1), max_size=len(values))) if values else [],
                    dtype=np.int64)
    got, expected = charts._values_at(series, rows), charts._values(series.iloc[rows])
    assert [type(v) for v in got] == [type(v) for v in expected]
    assert [v is None or v is pd.NaT or (v != v) for v in got] == [v is None or v is pd.NaT or (v != v) for v in expected]
    assert [v for v in got if v is not None and v is not pd.NaT and v == v] == \
        [v for v in expected if v is not None and v is not pd.NaT and v == v]


@given(st.lists(st.sampled_from([np.nan, 1.0, 5.0, 5.0, 20.0, 0.0]), max_size=40), st.integers(1, 10))
def test_largest_is_sort_values_head(units, n):
    df = pd.DataFrame({"units": pd.Series(units, dtype="float64")})
    rows = np.flatnonzero(np.arange(len(df)) % 3 != 1)
    expected = df.iloc[rows].sort_values("units", ascending=False, na_position="last").head(n) if len(rows) > n \
        else df.iloc[rows]
    assert list(charts._largest(df, "units", rows, n)) == list(df.index.get_indexer(expected.index))


@given(st.lists(st.tuples(st.floats(-90, 90), st.floats(-90, 90)), min_size=1, max_size=5))
def test_interpolate_is_point_by_point(ends):
    a, b = np.array([e[0] for e in ends]), np.array([e[1] for e in ends])
    n = charts.ROUTE_POINTS
    assert charts._interpolate(a, b, n) == [[x + (y - x) * i / (n - 1) for i in range(n)] for x, y in ends]


def test_points_deep_copy_is_a_copy():
    points = charts._Points([1.0, None, 2.5])
    copied = copy.deepcopy({"lat": points})["lat"]
    assert copied == points and copied is not points and isinstance(copied, charts._Points)
    copied.append(2)
    assert len(points) == 3
    # a figure holding them is the figure holding plain lists, in every serialisation
    built = [go.Figure({"data": [{"type": "scattergeo", "lat": lat, "lon": lat, "hovertext": charts._Points(["a"] * 3)}]},
                       _validate=False) for lat in (points, list(points))]
    assert built[0].to_dict() == built[1].to_dict()
    assert pio.to_json(built[0], validate=False) == pio.to_json(built[1], validate=False)
