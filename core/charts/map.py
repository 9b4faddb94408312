"""The map: plants as markers and export routes as arrows (map_figure), and the tables of what it draws
(map_rows) and cannot draw (map_unplaced).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from core.charts.base import (
    EMPTY_NOTE,
    UNKNOWN_COLOR,
    _esc,
    _layout,
    company_colors,
    fmt_money,
    fmt_number,
    legend_companies,
)
from core.charts.keyed_summaries import (
    ROUTE_KEEP,
    plant_summary_of,
    route_summary_of,
    whole_plant_labels,
    whole_summary_rows,
)
from core.charts.owned_figure import owned_figure
from core.charts.summaries import (
    PLANT_FIGURES,
    PLANT_KEEP,
    ROUTE_FIGURES,
    _take,
    conflict_note,
    conflict_notes,
    plant_labels,
)
from core.charts.table_rows import TableRows
from core.filters import Rows
from core.snapshot_memo import once

GEO_RESOLUTION = 50  # world_50m.json, shipped in static/topojson/


def _date_text(pub) -> str:
    """A publication date as the map's hovers write it ('YYYY-MM-DD'), '' when missing."""
    if pub is None or pub is pd.NaT or (isinstance(pub, float) and math.isnan(pub)):
        return ""
    if hasattr(pub, "strftime"):  # a date or datetime, as the frames hold them (no Timestamp per row)
        return pub.strftime("%Y-%m-%d")
    return "" if pd.isna(pub) else pd.Timestamp(pub).strftime("%Y-%m-%d")


def _source_text(source: str, title: str, when: str) -> str:
    """'Source: ...' from the escaped source and title ('' when missing) and _date_text's date."""
    text = (source or "unknown source") + (f" — {title[:70]}" if title else "") + (f" ({when})" if when else "")
    return f"Source: {text}"


def _source_line(row) -> str:
    return _source_text(_esc(row.get("source")), _esc(row.get("title")), _date_text(row.get("published")))


def _plant_sizes(capacities: list, cap_max: float) -> list[float]:
    """Marker size per plant, area by capacity; capacities as _values gives them (None when missing)."""
    if cap_max <= 0:
        return [10.0] * len(capacities)
    return [10.0 if c is None else 12.0 + 38.0 * math.sqrt(float(c) / cap_max) for c in capacities]


def _route_widths(units: list, units_max: float) -> list[float]:
    """Line width per route, by units; units as _values gives them (None when missing)."""
    if units_max <= 0:
        return [1.5] * len(units)
    return [1.5 if u is None else 2.0 + 8.0 * math.sqrt(float(u) / units_max) for u in units]


def _natural_earth(lat: float, lon: float) -> tuple[float, float]:
    """The Natural Earth projection (as in d3-geo-projection), in radians-scaled units, y up."""
    phi, lam = math.radians(lat), math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def _screen_angle(lat1: float, lon1: float, lat2: float, lon2: float, lon0: float) -> float:
    """Direction from point 1 to point 2 on the drawn map, degrees clockwise from straight up.

    plotly's marker.angleref="north" turns markers wrongly in scattergeo here, so arrowheads use
    angleref="up" with the angle worked out in the projection the map uses, centred on lon0.
    """
    x1, y1 = _natural_earth(lat1, lon1 - lon0)
    x2, y2 = _natural_earth(lat2, lon2 - lon0)
    return (math.degrees(math.atan2(x2 - x1, y2 - y1)) + 360.0) % 360.0


MAP_ASPECT = 1.9  # width / height of the map's drawing area on a wide page (about 950 x 500 px)


def view_ranges(lats: list[float], lons: list[float]) -> tuple[list[float], list[float]]:
    """([lat_lo, lat_hi], [lon_lo, lon_hi]) the map shows: the points with a margin, and, when they lie along a
    meridian (Iran to Russia), widened east and west to about the drawing area's shape, so the map fills the
    page's width with the neighbouring countries instead of a narrow strip between blank margins."""
    lat_lo, lat_hi = min(lats), max(lats)
    lon_lo, lon_hi = min(lons), max(lons)
    pad_lat = max(6.0, (lat_hi - lat_lo) * 0.25)
    pad_lon = max(10.0, (lon_hi - lon_lo) * 0.25)
    lat_lo, lat_hi = max(-85.0, lat_lo - pad_lat), min(85.0, lat_hi + pad_lat)
    lon_lo, lon_hi = max(-180.0, lon_lo - pad_lon), min(180.0, lon_hi + pad_lon)
    # in the Natural Earth projection a degree of longitude is widest at the latitude nearest the equator
    widest = min(max(0.0, lat_lo), lat_hi) if lat_hi > 0 else lat_hi
    height = _natural_earth(lat_hi, 0.0)[1] - _natural_earth(lat_lo, 0.0)[1]
    per_degree = _natural_earth(widest, 1.0)[0]
    span = min(360.0, max(lon_hi - lon_lo, MAP_ASPECT * height / per_degree))
    if span > lon_hi - lon_lo:
        middle = (lon_lo + lon_hi) / 2
        lon_lo = min(max(-180.0, middle - span / 2), 180.0 - span)  # kept inside the world, span unchanged
        lon_hi = lon_lo + span
    return [lat_lo, lat_hi], [lon_lo, lon_hi]


def _view_center_lon(lons: list[float], lats: list[float]) -> float:
    """The longitude plotly centres the view on: the middle of the lon range shown (see view_ranges)."""
    if not lons:
        return 0.0
    lon_lo, lon_hi = view_ranges(lats, lons)[1]
    return (lon_lo + lon_hi) / 2


def _interpolate(a: np.ndarray, b: np.ndarray, n: int) -> list[list[float]]:
    """n evenly spaced points from a[i] to b[i], for every i: a + (b - a) * k / (n - 1), in numpy (the same
    float operations in the same order as point by point, so the same floats)."""
    return (a[:, None] + (b - a)[:, None] * np.arange(n) / (n - 1)).tolist()


ROUTES_DRAWN = 150  # export routes drawn on the map (a line and an arrowhead each)
PLANTS_DRAWN = 2000  # plants drawn on the map
LEGEND_PER_ROW, LEGEND_ROW_PX = 4, 22  # the map's legend: entries in a row on a page's width, height of a row
PLANT_TRACES = 20  # plant marker traces (legend entries) on the map: one per company, the smallest share the last
ROUTE_LEGEND = 12  # export legend entries: one per company, the companies with fewest routes share the last


def _map_summaries(plants: pd.DataFrame | Rows, exports: pd.DataFrame | Rows,
                   summaries: tuple[pd.DataFrame, pd.DataFrame] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    return map_summaries(plants, exports) if summaries is None else summaries


def map_summaries(plants: pd.DataFrame | Rows, exports: pd.DataFrame | Rows) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(plant_summary, route_summary): computed once and passed to map_rows, map_unplaced and map_figure. Frames
    or core.filters.Rows, read by key from the store's frame (core.charts.keyed_summaries)."""
    return plant_summary_of(plants), route_summary_of(exports)


def map_table(plant_summary: pd.DataFrame | _Columns, route_summary: pd.DataFrame | _Columns,
              flags: dict[str, int] | None) -> TableRows:
    """map_rows as the Map page's table (core.charts.table_rows): a large filter plots tens of thousands of rows, and
    the page shows a thousand of them."""
    plant_at = np.flatnonzero(_placed(plant_summary, PLANT_ENDS))
    route_at = np.flatnonzero(_placed(route_summary, ROUTE_ENDS))

    def first(k: int) -> pd.DataFrame:  # plants first, then routes, as map_rows orders them
        if k == 0 and len(plant_at) + len(route_at):  # no rows in the columns' dtypes (built of none, they are object)
            return first(1).iloc[:0]
        rows = _map_rows_at(plant_summary, plant_at[:k], route_summary, route_at[:max(0, k - len(plant_at))], flags)
        if k <= len(plant_at) and len(route_at):  # routes follow: their missing figures make the whole table's float
            for c in ("capacity_per_year", "jobs"):
                if rows[c].dtype.kind in "iub":
                    rows[c] = rows[c].astype(np.float64)
        return rows

    return TableRows(len(plant_at) + len(route_at), first)


@dataclass(frozen=True)
class MapView:
    """What the Map page draws for one filter: the rows it plots, the map, the plants and routes it cannot place."""

    rows: TableRows  # map_table
    figure: go.Figure
    unplaced: pd.DataFrame


def map_view(plants: pd.DataFrame | Rows, exports: pd.DataFrame | Rows, flags: dict[str, int] | None = None) -> MapView:
    """map_rows (as map_table), map_figure and map_unplaced from one pair of summaries: the page needs all three for
    every filter, so one cached call (each cached call costs Streamlit a key hash and a signature read)."""
    summaries = _read_summaries(plants, exports)  # shared by the three
    return MapView(map_table(*summaries, flags),
                   map_figure(plants, exports, flags, summaries=summaries),
                   map_unplaced(plants, exports, summaries=summaries))


def _read_summaries(plants: pd.DataFrame | Rows, exports: pd.DataFrame | Rows) -> tuple[_Columns, _Columns]:
    """map_summaries as _Columns, read off the whole frame's summaries where the filter allows (only the columns
    and rows used are then taken)."""
    out = []
    for rows, key, figures, keep, summary_of in (
            (plants, "plant_key", PLANT_FIGURES, PLANT_KEEP, plant_summary_of),
            (exports, "route_key", ROUTE_FIGURES, ROUTE_KEEP, route_summary_of)):
        found = whole_summary_rows(rows, key, figures, keep)
        out.append(_Columns(summary_of(rows)) if found is None else _Columns.of_whole(*found))
    return out[0], out[1]


PLANT_ENDS = ["lat", "lon"]
ROUTE_ENDS = ["origin_lat", "origin_lon", "destination_lat", "destination_lon"]
ROUTE_POINTS = 24  # points along a drawn route
MAP_ROW_COLUMNS = ["kind", "company", "where", "country", "capacity_per_year", "jobs", "units", "models", "source",
                   "title", "published", "article_id", "sentence", "conflict"]
MAP_PROVENANCE = ["company", "models", "source", "title", "published", "article_id", "sentence"]


class _Points(list):
    """A trace property's values (numbers, strings, None: none of them mutable). plotly deep-copies every
    trace when it builds a figure and again in Figure.to_dict (each chart the app draws), value by value:
    for a list of immutable values a copy of the list is the same result, at a fraction of the cost."""

    __slots__ = ()

    def __deepcopy__(self, memo) -> _Points:
        return _Points(self)


def _placed(df: pd.DataFrame, ends: list[str]) -> np.ndarray:
    """Mask of the rows with every coordinate in `ends` known: the rows the map can draw."""
    known = np.ones(len(df), dtype=bool)
    for c in ends:
        values = df[c].to_numpy()
        known &= ~np.isnan(values) if values.dtype.kind == "f" else pd.notna(values)  # isnan: the usual float64
    return known


class _Columns:
    """A summary frame whose columns are each read once: a frame's column is a new Series at every read (some
    50 us), and map_rows, map_figure and map_unplaced read a hundred between them. Reads like the frame for
    [column] and len(); `frame` is the frame.

    Or (of_whole) a summary read off the whole frame's (core.charts.keyed_summaries.whole_summary_rows): its
    columns taken when read, and the rows drawn or shown (values_at, _at) taken alone, so a large filter takes the
    text columns of the plants and routes it draws and lists, not of all of them."""

    def __init__(self, frame: pd.DataFrame | None, whole: tuple[dict, np.ndarray, dict] | None = None):
        self._frame = frame
        # (the whole frame's summary columns, the rows of it read, the memo kept with it), when frame is None
        self._whole = whole
        self._read: dict[str, pd.Series] = {}

    @classmethod
    def of_whole(cls, columns: dict, places: np.ndarray, memo: dict) -> _Columns:
        return cls(None, (columns, places, memo))

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:  # every column asked for: the summary frame, as plant_summary_of builds it
            columns, places, _ = self._whole
            self._frame = pd.DataFrame({c: _take(values, places) for c, values in columns.items()})
        return self._frame

    def __getitem__(self, column: str) -> pd.Series:
        series = self._read.get(column)
        if series is None:
            if self._frame is None:
                columns, places, _ = self._whole
                series = pd.Series(_take(columns[column], places), name=column, copy=False)
            else:
                series = self.frame[column]
            self._read[column] = series
        return series

    def __len__(self) -> int:
        return len(self._whole[1]) if self._frame is None else len(self._frame)

    @property
    def read_off_whole(self) -> bool:
        """Whether rows are taken alone (no summary frame built)."""
        return self._frame is None

    def rows_at(self, rows: np.ndarray) -> pd.DataFrame:
        """The rows at these positions as a frame of their own (read_off_whole)."""
        columns, places, _ = self._whole
        return pd.DataFrame({c: _take(values, places[rows]) for c, values in columns.items()})

    def taken_at(self, rows: np.ndarray) -> _Columns:
        """The rows at these positions, read off the whole frame's summary as this is (read_off_whole): a column is
        taken at them when it is read, where rows_at takes every column of the summary."""
        columns, places, memo = self._whole
        return _Columns.of_whole(columns, places[rows], memo)

    def series_at(self, column: str, rows: np.ndarray) -> pd.Series:
        """self[column].iloc[rows] (its own index), taken at those rows only when read off the whole frame's."""
        if not self.read_off_whole or column in self._read:
            return self[column].iloc[rows]
        columns, places, _ = self._whole
        return pd.Series(_take(columns[column], places[rows]), name=column, copy=False)

    def derived_at(self, kind: str, build: Callable[[_Columns, np.ndarray], list], rows: np.ndarray) -> list:
        """build(summary, rows) for a summary read off the whole frame's (read_off_whole): worked out once for every
        row of the whole summary and kept with it, then taken at these rows. A country or company filter then reads
        what it draws instead of building it."""
        columns, places, memo = self._whole
        every = np.arange(len(next(iter(columns.values()))))
        values = once(memo, kind, lambda: np.array(build(_Columns.of_whole(columns, every, memo), every), dtype=object))
        return values[places[rows]].tolist()

    def whole_plant_labels_at(self, rows: np.ndarray) -> list[str]:
        """plant_labels of the plants at these positions (read_off_whole), from the labels kept with the whole
        frame's summary (core.charts.keyed_summaries.whole_plant_labels)."""
        columns, places, memo = self._whole
        return whole_plant_labels(columns, memo).take(places[rows]).to_numpy(dtype=object).tolist()

    def values_at(self, column: str, rows: np.ndarray) -> list:
        """_values_at(self[column], rows), the column taken at those rows only when read off the whole frame's."""
        if not self.read_off_whole or column in self._read:
            return _values_at(self[column], rows)
        return _values_at(self.series_at(column, rows), np.arange(len(rows)))


def _at(df: pd.DataFrame | _Columns, rows: np.ndarray) -> pd.DataFrame:
    """The rows at these positions, as a frame; the frame itself when they are all of its rows in order."""
    if isinstance(df, _Columns):
        if df.read_off_whole:
            return df.rows_at(rows)
        df = df.frame
    return df if len(rows) == len(df) else df.iloc[rows]


def _series_at(df: pd.DataFrame | _Columns, column: str, rows: np.ndarray) -> pd.Series:
    """A summary's column at these rows."""
    return df.series_at(column, rows) if isinstance(df, _Columns) else df[column].iloc[rows]


def _values_of(df: pd.DataFrame | _Columns, column: str, rows: np.ndarray) -> list:
    """_values_at of a summary's column at these rows."""
    return df.values_at(column, rows) if isinstance(df, _Columns) else _values_at(df[column], rows)


def _values_at(series: pd.Series, rows: np.ndarray) -> list:
    """_values(series.iloc[rows]) without the iloc, and for numbers without Series.to_numpy's fixed cost."""
    dtype = series.dtype
    if not len(rows):
        return []
    if isinstance(dtype, np.dtype) and dtype.kind in "fiub":
        # numbers: Series.to_numpy(object, na_value=None) costs ~40 us a column, rows or not; NaN -> None by hand
        values = series.to_numpy()[rows].tolist()
        return [None if v != v else v for v in values] if dtype.kind == "f" else values
    if isinstance(dtype, pd.api.extensions.ExtensionDtype) and len(rows) < len(series):
        # Series.to_numpy hands an extension array (Arrow strings) to its own to_numpy: convert the rows needed only
        return series.array.take(rows).to_numpy(dtype=object, na_value=None).tolist()
    return series.to_numpy(dtype=object, na_value=None)[rows].tolist()


def _escaped(values: list) -> list[str]:
    """_esc of each value; strings with nothing to escape (most) kept as they are, without html.escape's five
    replaces."""
    return [v if isinstance(v, str) and not ("&" in v or "<" in v or ">" in v or '"' in v or "'" in v) else _esc(v)
            for v in values]


def _largest(df: pd.DataFrame, col: str, rows: np.ndarray, n: int) -> np.ndarray:
    """The positions (of `rows`) of the n largest values of `col`, missing last, in sort_values' order."""
    if len(rows) <= n:
        return rows
    values = df[col].iloc[rows].reset_index(drop=True)
    return rows[values.sort_values(ascending=False, na_position="last").index.to_numpy()[:n]]


def _max_known(values: list) -> float:
    """The largest of the values (as _values gives them: None when missing, never NaN), 0.0 when none is known."""
    known = [v for v in values if v is not None]
    return float(max(known)) if known else 0.0


def _once_per_value(fmt: Callable, values: list) -> list[str]:
    """fmt(v) for each value, worked out once per distinct value (figures repeat: 10,000 units, USD...)."""
    done: dict = {}
    return [done[v] if v in done else done.setdefault(v, fmt(v)) for v in values]


def _dates(published: pd.Series, rows: np.ndarray) -> list[str]:
    """_date_text of the column's values at the row positions: one numpy call for a datetime64 column."""
    dtype = published.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "M" and len(rows):
        values = published.to_numpy()[rows]
        missing = np.isnat(values)
        days = values.astype("datetime64[D]")
        years = days[~missing].astype("datetime64[Y]").astype(np.int64) + 1970
        if not len(years) or (years.min() >= 1000 and years.max() <= 9999):  # strftime's %Y has 4 digits
            return np.where(missing, "", np.datetime_as_string(days, unit="D")).tolist()
    return _once_per_value(_date_text, _values_at(published, rows))


def _source_lines(df: pd.DataFrame, rows: np.ndarray) -> list[str]:
    """_source_line of each row at these positions, from the columns."""
    sources = _once_per_value(_esc, _values_of(df, "source", rows))  # a few outlets
    return [_source_text(source, title, when) for source, title, when in
            zip(sources, _escaped(_values_of(df, "title", rows)), _dates(df["published"], rows), strict=True)]


def map_rows(plants: pd.DataFrame, exports: pd.DataFrame, flags: dict[str, int] | None = None,
             summaries: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The rows the map draws (plants with coordinates, routes with both ends), as one table.

    `flags`: plant_key/route_key -> number of disagreeing sources (core.conflicts.conflict_counts).
    `summaries`: map_summaries(plants, exports), when the caller has them already."""
    return map_table(*_map_summaries(plants, exports, summaries), flags).to_frame()


def _map_rows_at(ps: pd.DataFrame | _Columns, plant_at: np.ndarray, rs: pd.DataFrame | _Columns, route_at: np.ndarray,
                 flags: dict[str, int] | None) -> pd.DataFrame:
    """map_rows of the summaries' rows at these positions (placed ones)."""
    where = None
    if isinstance(ps, _Columns) and ps.read_off_whole:  # the rows alone, each column read taken at them only
        where = ps.whole_plant_labels_at(plant_at)  # the labels kept with the whole summary, not written again
        ps, plant_at = ps.taken_at(plant_at), np.arange(len(plant_at))
    if isinstance(rs, _Columns) and rs.read_off_whole:
        rs, route_at = rs.taken_at(route_at), np.arange(len(route_at))
    rows = _map_rows_by_column(ps, plant_at, rs, route_at, flags, where)
    return rows if rows is not None else _map_rows_general(_at(ps, plant_at), _at(rs, route_at), flags)


def _map_rows_by_column(ps: pd.DataFrame | _Columns, plant_at: np.ndarray, rs: pd.DataFrame | _Columns,
                        route_at: np.ndarray, flags: dict[str, int] | None,
                        plant_where: list[str] | None = None) -> pd.DataFrame | None:
    """map_rows as one DataFrame built from its columns (the general path's assign/concat/to_numeric chain is
    ~25 pandas calls, most of the time on a small filter). None when pd.concat would change a column's dtype
    (a provenance column typed differently for plants and routes, a figure not held as numpy numbers) or a
    route end has no name: the general path then decides. `plant_where`: the plants' labels, when known."""
    parts = []  # per kind with rows: its source column of each output column (None: NaN), its row positions
    if len(plant_at):
        parts.append(({**{c: ps[c] for c in MAP_PROVENANCE}, "country": ps["country"], "key": ps["plant_key"],
                       "capacity_per_year": ps["capacity_per_year"], "jobs": ps["jobs"], "units": None}, plant_at))
    if len(route_at):
        parts.append(({**{c: rs[c] for c in MAP_PROVENANCE}, "country": rs["destination"], "key": rs["route_key"],
                       "capacity_per_year": None, "jobs": None, "units": rs["units"]}, route_at))
    figures = ("capacity_per_year", "jobs", "units")
    if not parts:  # nothing placed: as the general path's DataFrame(columns=...) and to_numeric leave it
        return pd.DataFrame({c: np.array([], dtype=np.int64 if c in figures else object) for c in MAP_ROW_COLUMNS})
    if not _joins_as_concat(parts, (*MAP_PROVENANCE, "country"), figures):
        return None
    origins, destinations = _values_at(rs["origin"], route_at), _values_at(rs["destination"], route_at)
    if None in origins or None in destinations:
        return None

    def stacked(c: str):  # one dtype in every part: joined as pd.concat joins them
        arrays = [cols[c].array if len(at) == len(cols[c]) else cols[c].array.take(at) for cols, at in parts]
        return arrays[0] if len(arrays) == 1 else type(arrays[0])._concat_same_type(arrays)

    def figure(c: str) -> np.ndarray:  # numpy's common type, as pd.concat: int32 jobs beside NaN -> float64
        return np.concatenate([cols[c].to_numpy()[at] if cols[c] is not None else np.full(len(at), np.nan)
                               for cols, at in parts])

    return pd.DataFrame({
        "kind": ["plant"] * len(plant_at) + ["export route"] * len(route_at),
        "company": stacked("company"),
        "where": (plant_where if plant_where is not None else plant_labels(_at(ps, plant_at)) if len(plant_at) else [])
        + [f"{o} → {d}" for o, d in zip(origins, destinations, strict=True)],
        "country": stacked("country"),
        **{c: figure(c) for c in figures},
        **{c: stacked(c) for c in ("models", "source", "title", "published", "article_id", "sentence")},
        "conflict": [note for cols, at in parts for note in conflict_notes(flags, cols["key"].to_numpy()[at])],
    })


def _joins_as_concat(parts: list[tuple[dict, np.ndarray]], texts: tuple[str, ...], figures: tuple[str, ...]) -> bool:
    """Whether joining the parts' columns one by one gives pd.concat's dtypes: each text column of one dtype in
    every part and not object (DataFrame() would infer str from object strings, where assign keeps object);
    figures numpy numbers (joined by numpy's common type, as pd.concat joins them)."""
    for c in texts:
        dtypes = [cols[c].dtype for cols, _ in parts]
        if any(d != dtypes[0] or d == np.dtype(object) for d in dtypes):
            return False
    return all(cols[c] is None or (isinstance(cols[c].dtype, np.dtype) and cols[c].dtype.kind in "iuf")
               for cols, _ in parts for c in figures)


def _map_rows_general(ps: pd.DataFrame, rs: pd.DataFrame, flags: dict[str, int] | None) -> pd.DataFrame:
    """map_rows from the placed plant and route summaries, through pandas' own dtype rules."""
    cols = MAP_ROW_COLUMNS
    prov = MAP_PROVENANCE
    plant_rows = ps[prov].assign(
        kind="plant", where=plant_labels(ps), country=ps["country"],
        capacity_per_year=ps["capacity_per_year"], jobs=ps["jobs"], units=float("nan"),
        conflict=conflict_notes(flags, ps["plant_key"]),
    )
    route_rows = rs[prov].assign(
        kind="export route", where=rs["origin"].astype(str) + " → " + rs["destination"].astype(str),
        country=rs["destination"], capacity_per_year=float("nan"), jobs=float("nan"), units=rs["units"],
        conflict=conflict_notes(flags, rs["route_key"]),
    )
    parts = [df for df in (plant_rows, route_rows) if len(df)]
    out = pd.concat(parts, ignore_index=True)[cols] if parts else pd.DataFrame(columns=cols)
    for c in ("capacity_per_year", "jobs", "units"):
        out[c] = pd.to_numeric(out[c], errors="coerce")
    return out


def map_unplaced(plants: pd.DataFrame, exports: pd.DataFrame,
                 summaries: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Plants and routes the map cannot draw because a location has no coordinates."""
    ps, rs = _map_summaries(plants, exports, summaries)
    plant_at, route_at = np.flatnonzero(~_placed(ps, PLANT_ENDS)), np.flatnonzero(~_placed(rs, ROUTE_ENDS))
    wheres = plant_labels(_at(ps, plant_at)) if len(plant_at) else []
    n_plants = len(wheres)
    wheres += [f"{o} → {d}" for o, d in zip(_series_at(rs, "origin", route_at).to_numpy().tolist(),
                                           _series_at(rs, "destination", route_at).to_numpy().tolist(), strict=True)]
    if not wheres:  # as the records constructor leaves no rows: object columns
        return pd.DataFrame([], columns=["kind", "where"])
    # from its two columns, not a dict per row (the records constructor costs several times more)
    return pd.DataFrame({"kind": ["plant"] * n_plants + ["export route"] * (len(wheres) - n_plants), "where": wheres})


def _flag_line(flags: dict[str, int] | None, key) -> str:
    note = conflict_note(flags, key) if flags and str(key) in flags else ""
    return f"<br><b>⚠ {note}</b> (see Conflicts)" if note else ""


def map_figure(plants: pd.DataFrame, exports: pd.DataFrame, flags: dict[str, int] | None = None,
               summaries: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> go.Figure:
    """Plants as markers (area by capacity, colour by company) and export routes as arrows (width by units).

    `flags` (plant_key/route_key -> disagreeing sources) adds "2 sources disagree" to the hover.
    Few traces, however many rows: one trace per company and line style (routes of one company
    with the same width and dash share a trace, split by gaps), each route's arrowhead a marker on
    its last point (so a company's legend entry hides its lines and their heads together), and one
    marker trace per company for plants. Built from the summaries' columns (no pandas per row)."""
    title = "Plants (marker size: capacity, units/year) and export routes (line width: units)"
    ps, rs = _map_summaries(plants, exports, summaries)
    route_at, plant_at = np.flatnonzero(_placed(rs, ROUTE_ENDS)), np.flatnonzero(_placed(ps, PLANT_ENDS))
    # a map stays legible (and quick) with the largest routes and plants; every row is in the table
    n_routes, n_plants = len(route_at), len(plant_at)
    route_at = _largest(rs, "units", route_at, ROUTES_DRAWN)
    plant_at = _largest(ps, "capacity_per_year", plant_at, PLANTS_DRAWN)
    # what was left out, as the title's subtitle: an annotation under the map collided with the legend there
    drawn_note = ""
    if n_routes > len(route_at) or n_plants > len(plant_at):
        drawn_note = (f"Drawn: the largest {len(route_at):,} of {n_routes:,} routes and {len(plant_at):,} of "
                      f"{n_plants:,} plants (all are in the table below; filter to see others)")
    # one colour per company over routes and plants, no two companies of the map alike
    palette = company_colors([*_values_of(rs, "company", route_at), *_values_of(ps, "company", plant_at)])
    lines, heads, lats, lons = _route_lines(rs, route_at, flags, palette)
    plant_traces, plant_lats, plant_lons = _plant_traces(ps, plant_at, flags, palette)
    lats += plant_lats
    lons += plant_lons
    lon0 = _view_center_lon(lons, lats)
    traces: list[dict] = []
    seen: set[str] = set()
    for key, line in lines.items():
        angles = _Points([0.0] * len(line["lat"]))
        for at, ends in heads[key]:
            angles[at] = _screen_angle(*ends, lon0)
        line["marker"]["angle"] = angles
        line["showlegend"] = line["name"] not in seen
        seen.add(line["name"])
        traces.append(line)
    traces += plant_traces

    geo = {
        "projection": {"type": "natural earth"}, "resolution": GEO_RESOLUTION,
        "showland": True, "landcolor": "#f2efe9", "showocean": True, "oceancolor": "#dcebf5",
        "showcountries": True, "countrycolor": "#a8a8a8", "showcoastlines": True, "coastlinecolor": "#8a8a8a",
        "showlakes": True, "lakecolor": "#dcebf5", "showframe": False,
    }
    if lats:
        lat_range, lon_range = view_ranges(lats, lons)
        geo["lataxis"] = {"range": lat_range}
        geo["lonaxis"] = {"range": lon_range}
    else:
        title += f" — {EMPTY_NOTE.lower()}"
    # the legend under the map, in rows of about four companies; the figure grows by them, so the map keeps its size
    # (a legend placed on the container at y < 0 was drawn outside the figure: no legend at all)
    legend_rows = -(-sum(1 for t in traces if t.get("showlegend", True)) // LEGEND_PER_ROW)
    layout = _layout(title, height=560 + LEGEND_ROW_PX * legend_rows)
    if drawn_note:
        layout["title"]["subtitle"] = {"text": drawn_note, "font": {"size": 11, "color": "#666"}}
    layout.update(geo=geo, margin={"l": 0, "r": 0, "t": 70 if drawn_note else 50, "b": 10},
                  legend={"orientation": "h", "yref": "paper", "yanchor": "top", "y": -0.01, "x": 0})
    return owned_figure(traces, layout)


def _route_lines(rs: pd.DataFrame, at: np.ndarray, flags: dict[str, int] | None, palette: dict[str, str]
                 ) -> tuple[dict[tuple, dict], dict[tuple, list], list[float], list[float]]:
    """The drawn routes' line traces, one per (name, width, units known): routes that share one are split by a
    gap; each route's arrowhead is a marker on its last point (every other point's marker has no size).
    Also per trace each head's point index and its route's last two points (for its angle), and the routes'
    end points (for the view)."""
    n = ROUTE_POINTS
    if not len(at):
        return {}, {}, [], []
    companies, units, models = (_values_of(rs, c, at) for c in ("company", "units", "models"))
    origins, destinations, company_html, by_when, models_html = (
        _escaped(values) for values in (_values_of(rs, "origin", at), _values_of(rs, "destination", at), companies,
                                        _values_of(rs, "by_when", at), models))
    ends = {c: rs[c].to_numpy(dtype=float)[at] for c in ROUTE_ENDS}
    units_max = _max_known(units)
    colors = {c: palette.get(c, UNKNOWN_COLOR) for c in set(companies)}
    # a legend entry per company up to ROUTE_LEGEND, then one for the rest (each line keeps its company's colour)
    own, others = legend_companies([c or "" for c in companies], ROUTE_LEGEND)
    lats: list[float] = []
    lons: list[float] = []
    lines: dict[tuple, dict] = {}
    heads: dict[tuple, list] = {}
    zeros = [0] * (n - 1)
    for company, u, units_text, width, origin, destination, c_html, by, m, m_html, flag, source, la, lo in zip(
            companies, units, _once_per_value(fmt_number, units), _route_widths(units, units_max), origins,
            destinations, company_html, by_when, models, models_html,
            [_flag_line(flags, k) for k in _values_of(rs, "route_key", at)], _source_lines(rs, at),
            _interpolate(ends["origin_lat"], ends["destination_lat"], n),
            _interpolate(ends["origin_lon"], ends["destination_lon"], n), strict=True):
        lats += [la[0], la[-1]]
        lons += [lo[0], lo[-1]]
        hover = (
            f"<b>{origin} → {destination}</b><br>{c_html}"
            f"<br>Units: {units_text}" + (f" by {by}" if by else "")
            + (f"<br>Models: {m_html}" if m else "")
            + f"<br>{source}" + flag
        )
        width = round(width, 1)
        if (company or "") not in own:
            name = f"Exports of {others:,} other companies"
        else:  # a route whose story names no shipper: said so, not a company called "Unknown"
            name = f"{company} exports" if company else "Exports, shipper not named"
        known = u is not None
        color = colors[company]
        key = (name, width, known, color)
        line = lines.get(key)
        if line is None:
            line = lines[key] = {
                "type": "scattergeo", "mode": "lines+markers", "lat": _Points(), "lon": _Points(),
                "hovertext": _Points(), "hoverinfo": "text",
                "line": {"width": width, "color": color, "dash": "solid" if known else "dot"}, "opacity": 0.75,
                "name": name, "legendgroup": name, "showlegend": False, "connectgaps": False,
                "legendrank": 1000 if (company or "") in own else 1001,  # "other companies" after the named ones
                "marker": {"size": _Points(), "symbol": "arrow", "angleref": "up", "color": color,
                           "line": {"width": _Points(), "color": "white"}},
            }
            heads[key] = []
        marker = line["marker"]
        if line["lat"]:
            line["lat"].append(None)
            line["lon"].append(None)
            line["hovertext"].append("")
            marker["size"].append(0)
            marker["line"]["width"].append(0)
        line["lat"] += la
        line["lon"] += lo
        line["hovertext"] += [hover] * n
        marker["size"] += zeros
        marker["size"].append(16 + width * 2.2)
        marker["line"]["width"] += zeros
        marker["line"]["width"].append(1)
        heads[key].append((len(line["lat"]) - 1, (la[-2], lo[-2], la[-1], lo[-1])))
    return lines, heads, lats, lons


def _plant_hover_texts(ps: pd.DataFrame | _Columns, at: np.ndarray) -> list[str]:
    """Each plant's hover at these positions, but for its conflict line: label, figures, models and source."""
    col = {c: _values_of(ps, c, at) for c in ("capacity_per_year", "jobs", "investment_amount", "investment_currency",
                                              "models")}
    money = _once_per_value(lambda pair: fmt_money(*pair),
                            list(zip(col["investment_amount"], col["investment_currency"], strict=True)))
    return [
        f"<b>{label}</b>"
        f"<br>Capacity: {capacity} units/year"
        f"<br>Jobs: {jobs}"
        f"<br>Investment: {investment}"
        + (f"<br>Models: {m_html}" if m else "")
        + f"<br>{source}"
        for label, capacity, jobs, investment, m, m_html, source in zip(
            _escaped(_plant_labels_at(ps, at)), _once_per_value(fmt_number, col["capacity_per_year"]),
            _once_per_value(fmt_number, col["jobs"]), money, col["models"], _escaped(col["models"]),
            _source_lines(ps, at), strict=True)
    ]


def _plant_labels_at(ps: pd.DataFrame | _Columns, at: np.ndarray) -> list[str]:
    """plant_labels of the plants at these positions; read off the whole frame's summary, its kept labels."""
    if isinstance(ps, _Columns) and ps.read_off_whole:
        return ps.whole_plant_labels_at(at)
    return plant_labels(_at(ps, at)) if len(at) else []


def _plant_hovers(ps: pd.DataFrame | _Columns, at: np.ndarray, keys: list, flags: dict[str, int] | None) -> list[str]:
    """The drawn plants' hovers. Read off the whole frame's summary (a country or company filter), they are built
    once for every plant of the store and taken: the plants a map draws change with every filter, their hovers
    do not (building them was some 9 of the 25-30 ms of a Map filter's data work at 100k articles)."""
    if isinstance(ps, _Columns) and ps.read_off_whole:
        hovers = ps.derived_at("map:plant_hovers", _plant_hover_texts, at)
    else:
        hovers = _plant_hover_texts(ps, at)
    if flags:
        hovers = [hover + _flag_line(flags, key) for hover, key in zip(hovers, keys, strict=True)]
    return hovers


def _plant_traces(ps: pd.DataFrame | _Columns, at: np.ndarray, flags: dict[str, int] | None, palette: dict[str, str]
                  ) -> tuple[list[dict], list[float], list[float]]:
    """The drawn plants' marker traces, one per company (its legend entry): past PLANT_TRACES companies, the
    companies with fewest plants share one trace, each marker still in its company's colour. Also the
    plants' coordinates (for the view)."""
    if not len(at):
        return [], [], []
    lats = ps["lat"].to_numpy(dtype=float)[at].tolist()
    lons = ps["lon"].to_numpy(dtype=float)[at].tolist()
    caps = _values_of(ps, "capacity_per_year", at)
    sizes = _plant_sizes(caps, _max_known(caps))
    companies = [c if isinstance(c, str) and c else "Unknown company" for c in _values_of(ps, "company", at)]
    hovers = _plant_hovers(ps, at, _values_of(ps, "plant_key", at) if flags else [], flags)
    own, others = legend_companies(companies, PLANT_TRACES)
    groups: dict[str, list[int]] = {}
    for i, company in enumerate(companies):
        groups.setdefault(company if company in own else "", []).append(i)
    colors = {c: palette.get(c, UNKNOWN_COLOR) for c in set(companies)}
    traces = []
    for trace_name in sorted(groups, key=lambda n: (n == "", n)):
        rows = groups[trace_name]
        traces.append({
            "type": "scattergeo", "lat": _Points(lats[i] for i in rows), "lon": _Points(lons[i] for i in rows),
            "mode": "markers",
            "name": f"{trace_name} plants" if trace_name else f"Plants of {others:,} other companies",
            "legendrank": 1002 if trace_name else 1003,  # after the export routes' entries
            "marker": {"size": _Points(sizes[i] for i in rows),
                       "color": colors[trace_name] if trace_name else _Points(colors[companies[i]] for i in rows),
                       "opacity": 0.85, "line": {"width": 1.5, "color": "white"},
                       "symbol": _Points("circle" if caps[i] is not None else "circle-open" for i in rows)},
            "hovertext": _Points(hovers[i] for i in rows), "hoverinfo": "text",
        })
    return traces, lats, lons
