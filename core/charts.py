"""Chart builders: pure functions from frames (core.frames.FRAME_COLUMNS) to plotly figures.

No Streamlit here: the same figure is drawn in the app, exported to PNG/SVG/HTML by
core.exports, and tested without a browser. Every figure has a title, and every axis
title says its unit. Figures over no rows still build (a titled figure with a note).

Plants and routes appear once per article in the frames; ``plant_summary`` and
``route_summary`` fold them into one row per plant / route, taking for each figure the
value from the most recently published article that states it.
"""
from __future__ import annotations

import functools
import html
import math
import zlib

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from core.facts import BOILERPLATE_LABEL

PALETTE = [
    "#1f5fa8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#3f7f3f", "#e07a1f", "#8c564b",
    "#c2185b", "#5c6bc0", "#7f7f7f", "#26a69a",
]
FONT = {"family": "DejaVu Sans, Arial, sans-serif", "size": 13}
EMPTY_NOTE = "No data for the current filter"
GEO_RESOLUTION = 50  # world_50m.json, shipped in static/topojson/

PLANT_FIGURES = ["capacity_per_year", "shifts", "jobs", "investment_amount", "investment_currency", "start_date", "area_ha"]
ROUTE_FIGURES = ["units", "by_when"]


# --------------------------------------------------------------------------- helpers


def company_color(company: str | None) -> str:
    """A stable colour per company, the same on every page and in every export."""
    if not company or (isinstance(company, float) and math.isnan(company)):
        return "#7f7f7f"
    return PALETTE[zlib.crc32(str(company).encode("utf-8")) % len(PALETTE)]


def _esc(value) -> str:
    if isinstance(value, str):  # the usual case, first: pd.isna below costs more than the escape
        return html.escape(value)
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value))


def fmt_number(value, digits: int = 0) -> str:
    if value is None or pd.isna(value):
        return "–"
    value = float(value)
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.2f} bn"
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.1f} m"
    return f"{value:,.{digits}f}"


def fmt_money(amount, currency) -> str:
    if amount is None or pd.isna(amount):
        return "–"
    cur = "" if currency is None or pd.isna(currency) else f"{currency} "
    return f"{cur}{fmt_number(amount)}"


@functools.cache
def _template() -> go.layout.Template:
    """plotly_white with only the trace types these charts draw: the same look, a quarter of the cost to
    build a figure, and half the JSON sent per chart (the full template styles some 25 trace types).
    A Template object, not a dict: update_layout merges a dict key by key (~170 ms a figure)."""
    import plotly.io as pio

    white = pio.templates["plotly_white"].to_plotly_json()
    return go.layout.Template(
        {"layout": white["layout"], "data": {k: v for k, v in white["data"].items() if k in USED_TRACE_TYPES}})


USED_TRACE_TYPES = ("bar", "scatter", "scattergeo")


def _layout(title: str, height: int = 420) -> dict:
    """The layout every chart shares (title, font, margins, template, legend under the plot)."""
    return {
        "title": {"text": title, "x": 0.01, "xanchor": "left"},
        "font": FONT,
        "height": height + 40,
        "margin": {"l": 10, "r": 10, "t": 60, "b": 50},
        "template": _template(),
        # under the plot, clear of the x-axis title: anchored to the figure's bottom edge, not the axes
        "legend": {"orientation": "h", "yref": "container", "yanchor": "bottom", "y": 0.0, "x": 0},
    }


# plotly checks every property of every trace when a figure is built: at 10k articles half of a chart's
# build time, most of a filter change on the capacity page. The builders' output is checked in the tests
# instead (tests/conftest.py turns this on for every test), so a wrong property fails there, not in a page.
VALIDATE_FIGURES = False


def _figure(traces: list[dict], layout: dict) -> go.Figure:
    """The figure from plain dicts in one call: make_subplots, update_layout and update_xaxes walk plotly's
    object model on every call (about 150 ms a chart). Checked by plotly only when VALIDATE_FIGURES is on."""
    return go.Figure({"data": traces, "layout": layout}, _validate=VALIDATE_FIGURES)


def _axis(title: str, **props) -> dict:
    return {"title": {"text": title}, **props}


def _empty(title: str, x_title: str = "", y_title: str = "", note: str = EMPTY_NOTE) -> go.Figure:
    layout = _layout(title, height=300)
    hidden = {"showticklabels": False, "showgrid": False, "zeroline": False}
    layout["xaxis"] = _axis(x_title, **hidden)
    layout["yaxis"] = _axis(y_title, **hidden)
    layout["annotations"] = [{"text": note, "showarrow": False, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper",
                              "font": {"size": 15}}]
    return _figure([], layout)


def _latest_first(df: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """The rows, most recently published first (undated last, ties in their order); only the first n when
    given: the order is found on the dates alone, so only the rows kept are copied."""
    if df.empty:
        return df
    stamps = pd.to_datetime(df["published"], errors="coerce")
    undated = stamps.isna().to_numpy()
    values = np.where(undated, 0, stamps.to_numpy(dtype="datetime64[ns]").view("int64"))
    order = np.argsort(np.where(undated, np.iinfo(np.int64).max, -values), kind="stable")
    return df.iloc[order if n is None else order[:n]]


def _summarise(df: pd.DataFrame, key: str, figures: list[str], keep: list[str]) -> pd.DataFrame:
    """One row per `key`: each figure from the latest article that states it, plus provenance of the latest row."""
    prov = ["article_id", "sentence", "source", "title", "published"]
    cols = [key, *keep, *figures, "models", "n_articles", *prov]
    if df.empty:
        return pd.DataFrame(columns=cols)
    df = _latest_first(df[list(dict.fromkeys([key, *keep, *figures, "models", *prov]))])  # sort what is used only
    values = df[[key, *keep, *figures]].copy()
    for c in [*keep, *figures]:
        if values[c].dtype == object:
            values[c] = values[c].mask(values[c].astype(str).str.strip() == "")
    grouped = values.groupby(key, sort=False, dropna=False)
    out = grouped[[*keep, *figures]].first()
    out["n_articles"] = df.groupby(key, sort=False, dropna=False)["article_id"].nunique()
    latest = df.drop_duplicates(subset=[key], keep="first").set_index(key)[prov]
    out = out.join(latest)
    rows, names = _list_items(df["models"])
    if len(rows):
        pairs = pd.DataFrame({key: df[key].to_numpy(dtype=object)[rows], "model": names}).drop_duplicates()
        out["models"] = _joined(pairs[key], pairs["model"])
    else:
        out["models"] = ""
    out["models"] = out["models"].fillna("")
    out = out.reset_index()[cols]
    for c in figures:
        if c not in ("investment_currency", "start_date", "by_when"):
            out[c] = pd.to_numeric(out[c], errors="coerce")
    for c in keep:
        if c.endswith(("lat", "lon")):
            out[c] = pd.to_numeric(out[c], errors="coerce")
    return out


def _values(series: pd.Series) -> list:
    """The column as a list of Python values, missing ones None: one conversion for the column, where
    .tolist() of an Arrow-backed column boxes each value on its own (a tenth of a second per 100k rows)."""
    return series.to_numpy(dtype=object, na_value=None).tolist()


def _list_items(lists: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(row position, item) for every item of a "; "-joined column such as `models`, items stripped and
    empty ones left out; split in Arrow, not a Python list per row."""
    arr = pa.array(_values(lists), type=pa.large_string()) if len(lists) else pa.array([], type=pa.large_string())
    parts = pc.split_pattern(arr, ";")
    rows = pc.list_parent_indices(parts).to_numpy()
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    keep = pc.fill_null(pc.not_equal(items, ""), False).to_numpy(zero_copy_only=False)
    return rows[keep], items.filter(pa.array(keep)).to_numpy(zero_copy_only=False)


def _joined(keys: pd.Series, texts: pd.Series) -> pd.Series:
    """key -> "; "-joined texts in row order, rows without a key left out; in Arrow (a list per key, one
    binary_join), where a groupby .agg("; ".join) builds a pandas object per key."""
    dtype = texts.dtype if pd.api.types.is_string_dtype(texts.dtype) else object
    codes, uniques = pd.factorize(keys, sort=False)
    keyed = np.flatnonzero(codes >= 0)
    if not len(keyed):
        return pd.Series([], dtype=dtype)
    codes = codes[keyed]
    order = np.argsort(codes, kind="stable")  # by key, row order kept within a key
    values = pa.array([str(t) for t in (_values(texts.iloc[keyed]) if isinstance(texts, pd.Series)
                                        else [texts[i] for i in keyed])], type=pa.large_string()).take(order)
    offsets = np.searchsorted(codes[order], np.arange(len(uniques) + 1)).astype(np.int64)
    lists = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), values)
    joined = pc.binary_join(lists, pa.scalar("; ", type=pa.large_string())).to_numpy(zero_copy_only=False)
    return pd.Series(joined, index=pd.Index(uniques), dtype=dtype)


def plant_summary(plants: pd.DataFrame) -> pd.DataFrame:
    """One row per plant (plant_key) with its latest stated figures and where they came from."""
    return _summarise(plants, "plant_key", PLANT_FIGURES, ["company", "site", "country", "iso3", "lat", "lon"])


def route_summary(exports: pd.DataFrame) -> pd.DataFrame:
    """One row per export route (route_key) with its latest stated units and where they came from."""
    keep = ["company", "origin", "destination", "origin_iso3", "destination_iso3", "origin_lat", "origin_lon",
            "destination_lat", "destination_lon"]
    return _summarise(exports, "route_key", ROUTE_FIGURES, keep)


def plant_label(row) -> str:
    site = row.get("site")
    company = row.get("company")
    country = row.get("country")
    parts = [str(p) for p in (site, company) if p is not None and not pd.isna(p) and str(p)]
    label = " · ".join(parts) or str(row.get("plant_key") or "plant")
    if country is not None and not pd.isna(country) and str(country) and str(country) not in label:
        label += f" ({country})"
    return label


def plant_labels(df: pd.DataFrame) -> list[str]:
    """plant_label for every row, over plain strings (no row objects: this runs on whole stores)."""
    def text(col: str) -> list[str]:
        if col not in df.columns:
            return [""] * len(df)
        return ["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v) for v in _values(df[col])]

    out = []
    for site, company, country, key in zip(text("site"), text("company"), text("country"), text("plant_key"), strict=True):
        label = " · ".join(p for p in (site, company) if p) or key or "plant"
        out.append(f"{label} ({country})" if country and country not in label else label)
    return out


def _source_line(row) -> str:
    src = _esc(row.get("source")) or "unknown source"
    title = _esc(row.get("title"))
    pub = row.get("published")
    if pub is None or pub is pd.NaT or (isinstance(pub, float) and math.isnan(pub)):
        when = ""
    elif hasattr(pub, "strftime"):  # a date or datetime, as the frames hold them (no Timestamp per row)
        when = pub.strftime("%Y-%m-%d")
    else:
        when = "" if pd.isna(pub) else pd.Timestamp(pub).strftime("%Y-%m-%d")
    text = src + (f" — {title[:70]}" if title else "") + (f" ({when})" if when else "")
    return f"Source: {text}"


# --------------------------------------------------------------------------- overview


def coverage_chart(articles: pd.DataFrame) -> go.Figure:
    """Articles and facts per month of publication."""
    title = "Coverage over time: articles and facts per month"
    x_title, y_title = "Month published", "Count per month (articles, facts)"
    if articles.empty:
        return _empty(title, x_title, y_title)
    published = pd.to_datetime(articles["published"], errors="coerce")
    dated = articles.assign(month=published.dt.to_period("M").dt.to_timestamp()).dropna(subset=["month"])
    undated = int(published.isna().sum())
    if dated.empty:
        return _empty(title, x_title, y_title, note=f"{undated} article(s), none with a publication date")
    per_month = dated.groupby("month").agg(articles=("article_id", "count"), facts=("n_facts", "sum")).reset_index()
    traces = [
        {"type": "bar", "x": per_month["month"], "y": per_month["articles"], "name": "Articles",
         "marker": {"color": PALETTE[0]}, "hovertemplate": "%{x|%b %Y}: %{y} articles<extra></extra>"},
        {"type": "scatter", "x": per_month["month"], "y": pd.to_numeric(per_month["facts"], errors="coerce"),
         "name": "Facts", "mode": "lines+markers", "marker": {"color": PALETTE[1]},
         "hovertemplate": "%{x|%b %Y}: %{y} facts<extra></extra>"},
    ]
    if undated:
        title += f" ({undated} undated article(s) not shown)"
    layout = _layout(title, height=360)
    layout["xaxis"] = _axis(x_title, tickformat="%b %Y")
    layout["yaxis"] = _axis(y_title, rangemode="tozero")
    return _figure(traces, layout)


# --------------------------------------------------------------------------- map


def _plant_size(capacity, cap_max: float) -> float:
    if capacity is None or pd.isna(capacity) or cap_max <= 0:
        return 10.0
    return 12.0 + 38.0 * math.sqrt(float(capacity) / cap_max)


def _route_width(units, units_max: float) -> float:
    if units is None or pd.isna(units) or units_max <= 0:
        return 1.5
    return 2.0 + 8.0 * math.sqrt(float(units) / units_max)


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


def _view_center_lon(lons: list[float]) -> float:
    """The longitude plotly centres the view on: the middle of the padded lon range (see map_figure)."""
    if not lons:
        return 0.0
    lo, hi = min(lons), max(lons)
    pad = max(10.0, (hi - lo) * 0.25)
    return (max(-180.0, lo - pad) + min(180.0, hi + pad)) / 2


def _interpolate(a: float, b: float, n: int) -> list[float]:
    return [a + (b - a) * i / (n - 1) for i in range(n)]


BARS_SHOWN = 25  # bars in one chart
ROUTES_DRAWN = 150  # export routes drawn on the map (a line and an arrowhead each)
PLANTS_DRAWN = 2000  # plants drawn on the map
PLANT_TRACES = 20  # plant marker traces (legend entries) on the map: one per company, the smallest share the last
SPECS_SHOWN = 40  # models in the specs chart


def conflict_note(flags: dict[str, int] | None, key) -> str:
    """'2 sources disagree' when articles give different figures for this plant or route, else ''."""
    n = (flags or {}).get(str(key), 0)
    return f"{n} sources disagree" if n > 1 else ""


def _map_summaries(plants: pd.DataFrame, exports: pd.DataFrame,
                   summaries: tuple[pd.DataFrame, pd.DataFrame] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (plant_summary(plants), route_summary(exports)) if summaries is None else summaries


def map_summaries(plants: pd.DataFrame, exports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(plant_summary, route_summary): computed once and passed to map_rows, map_unplaced and map_figure."""
    return plant_summary(plants), route_summary(exports)


def map_rows(plants: pd.DataFrame, exports: pd.DataFrame, flags: dict[str, int] | None = None,
             summaries: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The rows the map draws (plants with coordinates, routes with both ends), as one table.

    `flags`: plant_key/route_key -> number of disagreeing sources (core.conflicts.conflict_counts).
    `summaries`: map_summaries(plants, exports), when the caller has them already."""
    cols = ["kind", "company", "where", "country", "capacity_per_year", "jobs", "units", "models", "source", "title",
            "published", "article_id", "sentence", "conflict"]
    ps, rs = _map_summaries(plants, exports, summaries)
    ps = ps.dropna(subset=["lat", "lon"]) if not ps.empty else ps
    rs = rs.dropna(subset=["origin_lat", "origin_lon", "destination_lat", "destination_lon"]) if not rs.empty else rs
    prov = ["company", "models", "source", "title", "published", "article_id", "sentence"]
    plant_rows = ps[prov].assign(
        kind="plant", where=plant_labels(ps), country=ps["country"],
        capacity_per_year=ps["capacity_per_year"], jobs=ps["jobs"], units=float("nan"),
        conflict=[conflict_note(flags, k) for k in ps["plant_key"]],
    )
    route_rows = rs[prov].assign(
        kind="export route", where=rs["origin"].astype(str) + " → " + rs["destination"].astype(str),
        country=rs["destination"], capacity_per_year=float("nan"), jobs=float("nan"), units=rs["units"],
        conflict=[conflict_note(flags, k) for k in rs["route_key"]],
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
    ps = ps[ps[["lat", "lon"]].isna().any(axis=1)]
    ends = ["origin_lat", "origin_lon", "destination_lat", "destination_lon"]
    rs = rs[rs[ends].isna().any(axis=1)]
    rows = [{"kind": "plant", "where": w} for w in plant_labels(ps)]
    rows += [{"kind": "export route", "where": f"{o} → {d}"} for o, d in zip(rs["origin"], rs["destination"], strict=True)]
    return pd.DataFrame(rows, columns=["kind", "where"])


def _flag_line(flags: dict[str, int] | None, key) -> str:
    note = conflict_note(flags, key)
    return f"<br><b>⚠ {note}</b> (see Conflicts)" if note else ""


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts (iterrows builds a pandas Series per row: slow on whole stores)."""
    if not len(df):
        return []
    columns = {c: _values(df[c]) for c in df.columns}  # missing values None (to_dict boxes each Arrow value)
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def map_figure(plants: pd.DataFrame, exports: pd.DataFrame, flags: dict[str, int] | None = None,
               summaries: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> go.Figure:
    """Plants as markers (area by capacity, colour by company) and export routes as arrows (width by units).

    `flags` (plant_key/route_key -> disagreeing sources) adds "2 sources disagree" to the hover.
    Few traces, however many rows: one trace per company and line style (routes of one company
    with the same width and dash share a trace, split by gaps), each route's arrowhead a marker on
    its last point (so a company's legend entry hides its lines and their heads together), and one
    marker trace per company for plants."""
    title = "Plants (marker size: capacity, units/year) and export routes (line width: units)"
    ps, rs = _map_summaries(plants, exports, summaries)
    if not ps.empty:
        ps = ps.dropna(subset=["lat", "lon"])
    if not rs.empty:
        rs = rs.dropna(subset=["origin_lat", "origin_lon", "destination_lat", "destination_lon"])
    # a map stays legible (and quick) with the largest routes and plants; every row is in the table
    n_routes, n_plants = len(rs), len(ps)
    if n_routes > ROUTES_DRAWN:
        rs = rs.sort_values("units", ascending=False, na_position="last").head(ROUTES_DRAWN)
    if n_plants > PLANTS_DRAWN:
        ps = ps.sort_values("capacity_per_year", ascending=False, na_position="last").head(PLANTS_DRAWN)
    traces: list[dict] = []
    annotations = []
    if n_routes > len(rs) or n_plants > len(ps):
        annotations.append(dict(
            text=f"Drawn: the largest {len(rs):,} of {n_routes:,} routes and {len(ps):,} of {n_plants:,} plants "
                 "(all are in the table below; filter to see others)",
            xref="paper", yref="paper", x=0, y=-0.02, showarrow=False, xanchor="left", yanchor="top",
            font={"size": 11, "color": "#666"}))
    lats: list[float] = []
    lons: list[float] = []

    units_max = float(pd.to_numeric(rs["units"], errors="coerce").max()) if len(rs) else 0.0
    units_max = 0.0 if math.isnan(units_max) else units_max
    n = 24
    lines: dict[tuple, dict] = {}  # (name, width, dash) -> one trace: the routes' points, a gap between routes
    head_ends: dict[tuple, list] = {}  # per trace: each head's point index and its route's last two points
    for r in _records(rs):
        color = company_color(r["company"])
        la = _interpolate(float(r["origin_lat"]), float(r["destination_lat"]), n)
        lo = _interpolate(float(r["origin_lon"]), float(r["destination_lon"]), n)
        lats += [la[0], la[-1]]
        lons += [lo[0], lo[-1]]
        units = r["units"]
        hover = (
            f"<b>{_esc(r['origin'])} → {_esc(r['destination'])}</b><br>{_esc(r['company'])}"
            f"<br>Units: {fmt_number(units)}" + (f" by {_esc(r['by_when'])}" if _esc(r["by_when"]) else "")
            + (f"<br>Models: {_esc(r['models'])}" if r["models"] else "")
            + f"<br>{_source_line(r)}" + _flag_line(flags, r["route_key"])
        )
        width = round(_route_width(units, units_max), 1)
        name = f"{r['company'] or 'Unknown'} exports"
        known = units is not None and not pd.isna(units)
        key = (name, width, known)
        # the arrowhead is a marker on the route's last point (every other point's marker has no size)
        line = lines.setdefault(key, {
            "type": "scattergeo", "mode": "lines+markers", "lat": [], "lon": [], "hovertext": [], "hoverinfo": "text",
            "line": {"width": width, "color": color, "dash": "solid" if known else "dot"}, "opacity": 0.75,
            "name": name, "legendgroup": name, "showlegend": False, "connectgaps": False,
            "marker": {"size": [], "symbol": "arrow", "angleref": "up", "color": color,
                       "line": {"width": [], "color": "white"}},
        })
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
        marker["size"] += [0] * (n - 1) + [16 + width * 2.2]
        marker["line"]["width"] += [0] * (n - 1) + [1]
        head_ends.setdefault(key, []).append((len(line["lat"]) - 1, (la[-2], lo[-2], la[-1], lo[-1])))
    lon0 = _view_center_lon(lons + (ps["lon"].astype(float).tolist() if len(ps) else []))
    seen: set[str] = set()
    for key, line in lines.items():
        angles = [0.0] * len(line["lat"])
        for at, ends in head_ends[key]:
            angles[at] = _screen_angle(*ends, lon0)
        line["marker"]["angle"] = angles
        line["showlegend"] = line["name"] not in seen
        seen.add(line["name"])
        traces.append(line)

    cap_max = float(pd.to_numeric(ps["capacity_per_year"], errors="coerce").max()) if len(ps) else 0.0
    cap_max = 0.0 if math.isnan(cap_max) else cap_max
    # plants: one marker trace per company (its legend entry); past PLANT_TRACES companies, the
    # companies with fewest plants share one trace, each marker still in its company's colour
    plants_rows = _records(ps)
    companies = [p["company"] if isinstance(p["company"], str) and p["company"] else "Unknown company"
                 for p in plants_rows]
    counts = pd.Series(companies, dtype=object).value_counts(sort=True) if companies else pd.Series(dtype=int)
    own = set(counts.index[:PLANT_TRACES - 1]) if len(counts) > PLANT_TRACES else set(counts.index)
    groups: dict[str, list[tuple[dict, str, str]]] = {}
    for p, company, label in zip(plants_rows, companies, plant_labels(ps), strict=True):
        groups.setdefault(company if company in own else "", []).append((p, company, label))
    for trace_name in sorted(groups, key=lambda n: (n == "", n)):
        rows = groups[trace_name]
        caps = [p["capacity_per_year"] for p, _, _ in rows]
        colors = [company_color(None if c == "Unknown company" else c) for _, c, _ in rows]
        hovers = [
            f"<b>{_esc(label)}</b>"
            f"<br>Capacity: {fmt_number(p['capacity_per_year'])} units/year"
            f"<br>Jobs: {fmt_number(p['jobs'])}"
            f"<br>Investment: {fmt_money(p['investment_amount'], p['investment_currency'])}"
            + (f"<br>Models: {_esc(p['models'])}" if p["models"] else "")
            + f"<br>{_source_line(p)}" + _flag_line(flags, p["plant_key"])
            for p, _, label in rows
        ]
        group_lats, group_lons = [float(p["lat"]) for p, _, _ in rows], [float(p["lon"]) for p, _, _ in rows]
        lats += group_lats
        lons += group_lons
        traces.append({
            "type": "scattergeo", "lat": group_lats, "lon": group_lons, "mode": "markers",
            "name": f"{trace_name} plants" if trace_name else f"Plants of {len(counts) - len(own):,} other companies",
            "marker": {"size": [_plant_size(c, cap_max) for c in caps], "color": colors[0] if trace_name else colors,
                       "opacity": 0.85, "line": {"width": 1.5, "color": "white"},
                       "symbol": ["circle" if not pd.isna(c) else "circle-open" for c in caps]},
            "hovertext": hovers, "hoverinfo": "text",
        })

    geo = {
        "projection": {"type": "natural earth"}, "resolution": GEO_RESOLUTION,
        "showland": True, "landcolor": "#f2efe9", "showocean": True, "oceancolor": "#dcebf5",
        "showcountries": True, "countrycolor": "#a8a8a8", "showcoastlines": True, "coastlinecolor": "#8a8a8a",
        "showlakes": True, "lakecolor": "#dcebf5", "showframe": False,
    }
    if lats:
        lat_lo, lat_hi = min(lats), max(lats)
        lon_lo, lon_hi = min(lons), max(lons)
        pad_lat = max(6.0, (lat_hi - lat_lo) * 0.25)
        pad_lon = max(10.0, (lon_hi - lon_lo) * 0.25)
        geo["lataxis"] = {"range": [max(-85, lat_lo - pad_lat), min(85, lat_hi + pad_lat)]}
        geo["lonaxis"] = {"range": [max(-180, lon_lo - pad_lon), min(180, lon_hi + pad_lon)]}
    else:
        title += f" — {EMPTY_NOTE.lower()}"
    layout = _layout(title, height=560)
    layout.update(annotations=annotations, geo=geo, margin={"l": 0, "r": 0, "t": 50, "b": 0},
                  legend={**layout["legend"], "orientation": "h", "yanchor": "top", "y": -0.02, "x": 0})
    return _figure(traces, layout)


# --------------------------------------------------------------------------- models and specs


# The models page's tables are built from row positions: each frame is read once into, per model (or
# plant, route), the row its value comes from, and each output column is then taken at those rows in one
# step, in the source column's dtype. pandas' fixed cost per operation, not the rows, is what counts on
# the few thousand rows of a filter; a groupby, join or where per column cost a few hundred microseconds.


def _latest_rows(published: pd.Series) -> np.ndarray:
    """Row positions, most recently published first (undated last, ties in their order): the order
    _latest_first sorts by, without copying the rows."""
    if isinstance(published.dtype, np.dtype) and published.dtype.kind == "M":  # the frames' own dtype: as is
        stamps = published.to_numpy()
        undated = np.isnat(stamps)
    else:
        parsed = pd.to_datetime(published, errors="coerce")
        undated = parsed.isna().to_numpy()
        stamps = parsed.to_numpy(dtype="datetime64[ns]")
    values = np.where(undated, 0, stamps.view("int64"))
    return np.argsort(np.where(undated, np.iinfo(np.int64).max, -values), kind="stable")


def _states_value(series: pd.Series, blank_is_missing: bool) -> np.ndarray:
    """The rows that state a value: not missing, and (blank_is_missing) not text that is empty once stripped."""
    if not blank_is_missing:
        return ~series.array.isna()
    if isinstance(series.array, pd.arrays.ArrowStringArray):  # the frames' text columns: strip in Arrow
        trimmed = pc.utf8_trim_whitespace(pa.array(series.array))
        return pc.fill_null(pc.not_equal(trimmed, ""), False).to_numpy(zero_copy_only=False)
    return (series.notna() & (series.astype(str).str.strip() != "")).to_numpy(dtype=bool)


def _skips_blank(series: pd.Series) -> bool:
    """Whether _first_per skips blank values of the column (its text columns)."""
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def _first_row_per_key(codes: np.ndarray, order: np.ndarray, usable: np.ndarray | None, n: int) -> np.ndarray:
    """For each of n keys (row codes 0..n-1, -1 for a row without a key): the first row in `order` that is
    `usable` (any row when None), -1 for a key without one. groupby(key).first() as row positions."""
    ordered = order[codes[order] >= 0] if usable is None else order[usable[order] & (codes[order] >= 0)]
    at = np.full(n, len(ordered), dtype=np.intp)  # each key's first place in `ordered`; len(ordered): none
    np.minimum.at(at, codes[ordered], np.arange(len(ordered)))
    return np.append(ordered, -1)[at]


def _via(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """values[codes], -1 where a code is -1."""
    if not len(values):
        return np.full(len(codes), -1, dtype=np.intp)
    return np.where(codes >= 0, values[codes], -1)


def _spread(values: np.ndarray, at: np.ndarray, n: int) -> np.ndarray:
    """An array of n, values[i] at position at[i], -1 elsewhere."""
    out = np.full(n, -1, dtype=np.intp)
    out[at] = values
    return out


def _object_column(values) -> pd.Series:
    """A column of no dtype (object) that stays one: the DataFrame constructor reads the strings of an
    object array (even an extension array) as a str column."""
    return pd.Series(values, dtype=object)


def _column_at(series: pd.Series, rows: np.ndarray):
    """The column's values at rows (-1: missing), in the column's dtype."""
    values = series.array.take(rows, allow_fill=True)
    return _object_column(values) if pd.api.types.is_object_dtype(values.dtype) else values


def _as_list(values) -> list:
    """An array's values as a list, missing ones None (_values of a column)."""
    return _values(pd.Series(values, copy=False))


def _column_at_either(first: pd.Series, first_rows: np.ndarray, second: pd.Series, second_rows: np.ndarray,
                  use_second: np.ndarray):
    """Per output row the first column's value at first_rows, or where use_second the second column's at
    second_rows (-1: missing); in the first column's dtype (what setting the second's values into it gives)."""
    if not (use_second & (second_rows >= 0)).any():  # nothing to take from the second: one column, no copy
        return _column_at(first, np.where(use_second, -1, first_rows))
    rows = np.where(use_second, np.where(second_rows >= 0, second_rows + len(first), -1), first_rows)
    both = pd.concat([first, second.astype(first.dtype)], ignore_index=True)  # the second's rows after the first's
    return _column_at(both, rows)


def _numeric(values) -> np.ndarray:
    """pd.to_numeric(errors="coerce") as an array: numbers as they are, anything else parsed."""
    values = np.asarray(values)
    return values if values.dtype.kind in "iuf" else pd.to_numeric(pd.Series(values), errors="coerce").to_numpy()


def _model_codes(df: pd.DataFrame) -> tuple[np.ndarray, list]:
    """Each row's index into the frame's distinct models (-1: no model), and those models."""
    codes, uniques = pd.factorize(df["model"])
    return codes, uniques.tolist()


SPEC_COLUMNS = ["model", "maker", "engine_l", "power_hp", "transmission", "article_id", "sentence", "source", "published"]


def _spec_rows(specs: pd.DataFrame, codes: np.ndarray, n: int) -> dict[str, np.ndarray]:
    """spec_summary as row positions: per column of SPEC_COLUMNS, for each of the n models (codes of
    _model_codes) the row of `specs` its value comes from: the figures from the latest row stating them,
    the rest from the model's latest row."""
    order = _latest_rows(specs["published"])
    latest = _first_row_per_key(codes, order, None, n)
    rows = dict.fromkeys(SPEC_COLUMNS, latest)
    for c in ("maker", "engine_l", "power_hp", "transmission"):
        rows[c] = _first_row_per_key(codes, order, _states_value(specs[c], _skips_blank(specs[c])), n)
    return rows


def _by_name(names: list) -> list[int]:
    """Positions of names in sorted order."""
    return sorted(range(len(names)), key=names.__getitem__)


def spec_summary(specs: pd.DataFrame) -> pd.DataFrame:
    """One row per model: the latest stated engine, power and transmission."""
    codes, names = _model_codes(specs)
    if not names:
        return pd.DataFrame(columns=SPEC_COLUMNS)
    by_name = _by_name(names)
    out = {c: _column_at(specs[c], rows[by_name]) for c, rows in _spec_rows(specs, codes, len(names)).items()}
    out["model"] = pd.Index([names[i] for i in by_name]).array  # typed as groupby types its keys
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])
    return pd.DataFrame(out, copy=False)


def _model_lists(lists: list) -> list[list[str]]:
    """Each "; "-joined `models` value as its items, stripped, empty ones left out (as _list_items splits)."""
    return [[] if v is None else [s for s in (part.strip() for part in str(v).split(";")) if s] for v in lists]


def _texts_by_model(df: pd.DataFrame, key: str, text_of) -> tuple[dict, bool]:
    """model -> the "; "-joined distinct texts of the rows' keys whose `models` name it, keys in the order of
    their summary (plant_summary, route_summary: first seen, latest first); and whether any key that names a
    model has a text (then the column is typed str, as _by_model's is).

    text_of(columns, key_rows) gives the keys' texts: `columns` reads a column's latest stated value for
    each key, the way _summarise does (blank text skipped in object columns only)."""
    codes, uniques = pd.factorize(df[key])
    n = len(uniques)
    order = _latest_rows(df["published"])
    latest = _first_row_per_key(codes, order, None, n)
    rank = np.empty(len(df), dtype=np.intp)
    rank[order] = np.arange(len(df))
    key_order = np.argsort(rank[latest])  # the keys by their latest row: the summary's row order

    latest = latest[key_order]

    def column(c: str):
        values = df[c].array.take(latest, allow_fill=True)  # the usual case: the latest row states it
        if df[c].dtype == object or values.isna().any():
            rows = _first_row_per_key(codes, order, _states_value(df[c], df[c].dtype == object), n)[key_order]
            values = df[c].array.take(rows, allow_fill=True)
        return values

    texts = text_of(column, uniques.take(key_order).array)
    # the distinct (key, models value) pairs, keys in summary order; each distinct value split once
    lists, values = pd.factorize(df["models"])
    items = _model_lists(values.tolist())
    key_rank = _spread(np.arange(n), key_order, n)
    named = (codes >= 0) & (lists >= 0)
    pairs = np.unique(key_rank[codes[named]] * len(items) + lists[named]).tolist()
    found: dict = {}
    typed = False
    for pair in pairs:
        k, v = divmod(pair, len(items))
        text = texts[k]
        if text is not None and items[v]:
            typed = True
            for model in items[v]:
                found.setdefault(model, {})[text] = None
    return found, typed


def _built_at(plants: pd.DataFrame) -> tuple[dict, bool]:
    """_texts_by_model of the plants: their labels (plant_labels of plant_summary)."""
    def labels(column, keys) -> list[str]:
        places = {"plant_key": keys, **{c: column(c) for c in ("site", "company", "country")}}
        return plant_labels(pd.DataFrame(places, copy=False))
    return _texts_by_model(plants, "plant_key", labels) if len(plants) else ({}, False)


def _units_notes(units: list) -> list[str]:
    """" (5,000 units)" for each figure, "" when missing; formatted once per distinct figure (but 0.0 and -0.0,
    one key in a dict, are written apart)."""
    notes = {u: f" ({fmt_number(u)} units)" for u in set(units) if u}
    return [notes[u] if u else "" if u is None else f" ({fmt_number(u)} units)" for u in units]


def _exported_to(exports: pd.DataFrame) -> tuple[dict, bool]:
    """_texts_by_model of the routes: their market with the latest units ("Chile (5,000 units)"), as
    model_table wrote them from route_summary."""
    def markets(column, keys) -> list[str | None]:
        dests, units = (_as_list(column(c)) for c in ("destination", "units"))
        return [None if dest is None else str(dest) + note for dest, note in zip(dests, _units_notes(units), strict=True)]
    return _texts_by_model(exports, "route_key", markets) if len(exports) else ({}, False)


def _article_counts(frames: list[tuple[pd.DataFrame, np.ndarray]], n: int) -> np.ndarray:
    """For each of n models: its distinct articles over the frames' rows (row -> model index, -1: none)."""
    ids = pd.concat([df["article_id"] for df, _ in frames], ignore_index=True)
    articles, uniques = pd.factorize(ids)
    models = np.concatenate([rows for _, rows in frames])
    counted = (models >= 0) & (articles >= 0)
    pairs = np.unique(models[counted] * max(len(uniques), 1) + articles[counted])
    return np.bincount(pairs // max(len(uniques), 1), minlength=n).astype(np.int64)


def model_table(models: pd.DataFrame, specs: pd.DataFrame, plants: pd.DataFrame, exports: pd.DataFrame) -> pd.DataFrame:
    """One row per model: maker, platform lineage, specs, where it is built and where it is exported.

    Maker and lineage from the model's latest models rows that state them (the maker from its specs
    otherwise), specs as spec_summary gives them, provenance from its latest models row (its latest specs
    row when it has none, or one without an article)."""
    cols = ["model", "maker", "based_on", "engine_l", "power_hp", "transmission", "built_at", "exported_to",
            "n_articles", "article_id", "sentence", "source", "published"]
    m_codes, m_names = _model_codes(models)
    s_codes, s_names = _model_codes(specs)
    names = sorted(set(m_names) | set(s_names))
    if not names:
        return pd.DataFrame(columns=cols)
    n = len(names)
    position = {name: i for i, name in enumerate(names)}
    m_out = np.array([position[name] for name in m_names], dtype=np.intp)  # each distinct model's output row
    s_out = np.array([position[name] for name in s_names], dtype=np.intp)
    spec = {c: _spread(rows, s_out, n) for c, rows in _spec_rows(specs, s_codes, len(s_names)).items()} \
        if s_names else dict.fromkeys(SPEC_COLUMNS, np.full(n, -1, dtype=np.intp))
    out: dict[str, object] = {"model": pd.Index(names).array}

    if m_names:
        order = _latest_rows(models["published"])
        maker, based_on, latest = (
            _spread(_first_row_per_key(m_codes, order, None if c is None else _states_value(models[c], _skips_blank(models[c])),
                                len(m_names)), m_out, n) for c in ("maker", "based_on", None))
        out["maker"] = _column_at_either(models["maker"], maker, specs["maker"], spec["maker"], maker < 0)
        out["based_on"] = _column_at(models["based_on"], based_on)
        no_article = (latest < 0) | _via(models["article_id"].isna().to_numpy(), latest).astype(bool)
    else:  # no models rows: the maker from the specs, in a column of no dtype (as filling a column of None gives)
        out["maker"] = _object_column(_column_at(specs["maker"], spec["maker"]).astype(object))
        out["based_on"] = _object_column([None] * n)
        latest, no_article = np.full(n, -1, dtype=np.intp), np.ones(n, dtype=bool)

    for c in ("engine_l", "power_hp", "transmission"):
        out[c] = _column_at(specs[c], spec[c]) if s_names else _object_column([np.nan] * n)
    out["engine_l"], out["power_hp"] = _numeric(out["engine_l"]), _numeric(out["power_hp"])

    for c, (texts, typed) in (("built_at", _built_at(plants)), ("exported_to", _exported_to(exports))):
        values = ["; ".join(texts[name]) if name in texts else "" for name in names]
        out[c] = pd.array(values, dtype="str") if typed else _object_column(values)
    out["n_articles"] = _article_counts([(models, _via(m_out, m_codes)), (specs, _via(s_out, s_codes))], n)

    for c in ("article_id", "sentence", "source", "published"):
        out[c] = (_column_at_either(models[c], latest, specs[c], spec[c], no_article) if m_names
                  else _column_at(specs[c], spec[c]))
    return pd.DataFrame({c: out[c] for c in cols}, copy=False)


def _groups(keys: pd.Series, missing: str) -> list[tuple[str, np.ndarray]]:
    """(key, row positions) for each distinct value, keys sorted and missing ones named `missing`, rows in
    their order: what iterating df.groupby(keys, sort=True) gives, without a frame per group (about half a
    millisecond each, and a chart coloured by company has dozens of groups)."""
    codes, uniques = pd.factorize(keys.fillna(missing).to_numpy(dtype=object), sort=True)
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return [(uniques[i], order[bounds[i]:bounds[i + 1]]) for i in range(len(uniques))]


def _spec_bars(specs: pd.DataFrame, summary: pd.DataFrame | None) -> tuple[list, list, np.ndarray, np.ndarray]:
    """(model, maker, power, engine) of each model of spec_summary(specs), or of `summary` when given."""
    if summary is not None:
        return (_values(summary["model"]), _values(summary["maker"]), summary["power_hp"].to_numpy(),
                summary["engine_l"].to_numpy())
    codes, names = _model_codes(specs)
    if not names:
        return [], [], np.empty(0), np.empty(0)
    by_name = _by_name(names)
    rows = {c: r[by_name] for c, r in _spec_rows(specs, codes, len(names)).items()}
    makers = _as_list(specs["maker"].array.take(rows["maker"], allow_fill=True))
    return ([names[i] for i in by_name], makers, _numeric(_column_at(specs["power_hp"], rows["power_hp"])),
            _numeric(_column_at(specs["engine_l"], rows["engine_l"])))


def _sorted_bars(rank: np.ndarray, power: np.ndarray, engine: np.ndarray, rows: np.ndarray, descending: bool) -> np.ndarray:
    """rows by power, then engine (missing last when descending, first otherwise), then name (`rank`: each
    model's place by name): the models are distinct, so the order is total, the one sort_values gives."""
    no_power, no_engine = pd.isna(power[rows]), pd.isna(engine[rows])
    p, e = np.where(no_power, 0, power[rows]), np.where(no_engine, 0, engine[rows])
    keys = (rank[rows], -e, no_engine, -p, no_power) if descending else (rank[rows], e, ~no_engine, p, ~no_power)
    return rows[np.lexsort(keys)]  # the last key sorts first


def specs_chart(specs: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Power (hp) and engine displacement (L) side by side, one bar per model, coloured by maker.

    Past SPECS_SHOWN models, the most powerful are drawn and the title says of how many (the
    models table lists every one). `summary`: spec_summary(specs), when the caller has it."""
    title = "Specs by model: power (hp) and engine displacement (L)"
    names, makers, power, engine = _spec_bars(specs, summary)
    shown = np.flatnonzero(~(pd.isna(power) & pd.isna(engine)))  # a bar in at least one panel
    if not len(shown):
        return _empty(title, "Power (hp)", "Model")
    rank = _spread(np.arange(len(names)), np.array(_by_name(names), dtype=np.intp), len(names))
    if len(shown) > SPECS_SHOWN:
        title = f"{title} — the {SPECS_SHOWN} most powerful of {len(shown):,} models"
        shown = _sorted_bars(rank, power, engine, shown, descending=True)[:SPECS_SHOWN]
    shown = _sorted_bars(rank, power, engine, shown, descending=False)  # least powerful at the bottom
    all_models = [names[i] for i in shown.tolist()]
    all_power, all_engine = power[shown], engine[shown]
    groups: dict = {}
    for at, i in enumerate(shown.tolist()):
        groups.setdefault("Unknown maker" if makers[i] is None else makers[i], []).append(at)
    # two panels sharing the model axis (what make_subplots(cols=2, shared_yaxes=True) lays out)
    traces = []
    for maker in sorted(groups):  # makers by name, as _groups gives them
        rows = groups[maker]
        color = company_color(None if maker == "Unknown maker" else maker)
        models, power_of, engine_of = [all_models[r] for r in rows], all_power[rows], all_engine[rows]
        traces.append({"type": "bar", "y": models, "x": power_of, "orientation": "h", "name": str(maker),
                       "legendgroup": str(maker), "marker": {"color": color}, "xaxis": "x", "yaxis": "y",
                       "text": [fmt_number(v) if not pd.isna(v) else "" for v in power_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} hp<extra>" + _esc(maker) + "</extra>"})
        traces.append({"type": "bar", "y": models, "x": engine_of, "orientation": "h", "name": str(maker),
                       "legendgroup": str(maker), "marker": {"color": color}, "showlegend": False,
                       "xaxis": "x2", "yaxis": "y2",
                       "text": [f"{v:.1f}" if not pd.isna(v) else "" for v in engine_of], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x} L<extra>" + _esc(maker) + "</extra>"})
    layout = _layout(title, height=max(320, 120 + 36 * len(shown)))
    panels = {"x": ("Power (hp)", [0.0, 0.48]), "x2": ("Engine displacement (L)", [0.52, 1.0])}
    for axis, (panel_title, domain) in panels.items():
        y = axis.replace("x", "y")
        layout["xaxis" + axis[1:]] = _axis(panel_title, domain=domain, anchor=y, rangemode="tozero")
        layout["annotations"] = [*layout.get("annotations", []), {
            "text": panel_title, "x": sum(domain) / 2, "y": 1.0, "xref": "paper", "yref": "paper",
            "xanchor": "center", "yanchor": "bottom", "showarrow": False, "font": {"size": 16}}]
    layout["yaxis"] = _axis("Model", anchor="x", domain=[0.0, 1.0], categoryorder="array", categoryarray=all_models)
    layout["yaxis2"] = {"anchor": "x2", "domain": [0.0, 1.0], "matches": "y", "showticklabels": False}
    layout["barmode"] = "group"
    return _figure(traces, layout)


# --------------------------------------------------------------------------- capacity, jobs, investment


def _hbar(df: pd.DataFrame, y: str, x: str, title: str, x_title: str, y_title: str, color_by: str | None = None,
          hover_unit: str = "", text_fmt=fmt_number) -> go.Figure:
    df = df.dropna(subset=[x])
    df = df[df[x] > 0] if len(df) else df
    if df.empty:
        return _empty(title, x_title, y_title)
    if len(df) > BARS_SHOWN:  # a readable chart: the largest, and the title says how many there are
        title = f"{title} — largest {BARS_SHOWN} of {len(df):,}"
        df = df.nlargest(BARS_SHOWN, x)
    df = df.sort_values(x, ascending=True)
    # traces as plain dicts and one Figure call, not one add_bar per trace
    traces = []
    if color_by:
        labels, all_values = df[y].to_numpy(dtype=object), df[x].to_numpy()
        for key, rows in _groups(df[color_by], "Unknown"):
            values = all_values[rows]  # a typed array in the JSON
            traces.append({"type": "bar", "y": labels[rows].tolist(), "x": values, "orientation": "h", "name": str(key),
                           "marker": {"color": company_color(None if key == "Unknown" else key)},
                           "text": [text_fmt(v) for v in values], "textposition": "auto",
                           "hovertemplate": "%{y}: %{x:,.4~g} " + hover_unit + "<extra>" + _esc(key) + "</extra>"})
    else:
        values = df[x].to_numpy()
        traces.append({"type": "bar", "y": df[y].tolist(), "x": values, "orientation": "h", "name": x_title,
                       "marker": {"color": PALETTE[0]}, "showlegend": False,
                       "text": [text_fmt(v) for v in values], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x:,.4~g} " + hover_unit + "<extra></extra>"})
    layout = _layout(title, height=max(300, 130 + 34 * len(df)))
    layout["xaxis"] = _axis(x_title, rangemode="tozero")
    layout["yaxis"] = _axis(y_title, categoryorder="array", categoryarray=df[y].tolist(), type="category")
    return _figure(traces, layout)


def _with_labels(summary: pd.DataFrame) -> pd.DataFrame:
    if summary.empty:
        return summary.assign(plant=pd.Series(dtype=object))
    labels = plant_labels(summary)
    # two plants can share a label; keep bars apart
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return summary.assign(plant=unique)


def _labelled_summary(plants: pd.DataFrame, summary: pd.DataFrame | None) -> pd.DataFrame:
    """plant_summary(plants) with bar labels; `summary` is that summary (or labelled_plant_summary) when the
    caller has it already."""
    if summary is not None and "plant" in summary.columns:
        return summary
    return _with_labels(plant_summary(plants) if summary is None else summary)


def labelled_plant_summary(plants: pd.DataFrame) -> pd.DataFrame:
    """plant_summary with a `plant` column, the bar label: one summary for every plant chart of a page."""
    return _with_labels(plant_summary(plants))


def capacity_chart(plants: pd.DataFrame, by: str = "plant", summary: pd.DataFrame | None = None) -> go.Figure:
    """Announced production capacity (units/year), by plant, company or country.

    `summary`: plant_summary(plants), when the caller has computed it (the capacity page shares one)."""
    if by not in ("plant", "company", "country"):
        raise ValueError(f"by must be plant, company or country, not {by!r}")
    summary = _labelled_summary(plants, summary)
    title = f"Announced production capacity by {by} (units/year)"
    x_title = "Capacity (units/year)"
    if by == "plant":
        return _hbar(summary, "plant", "capacity_per_year", title, x_title, "Plant", color_by="company",
                     hover_unit="units/year")
    grouped = (summary.dropna(subset=["capacity_per_year"]).groupby(summary[by].fillna("Unknown"))["capacity_per_year"]
               .sum().reset_index()) if len(summary) else pd.DataFrame(columns=[by, "capacity_per_year"])
    return _hbar(grouped, by, "capacity_per_year", title, x_title, by.capitalize(),
                 color_by=by if by == "company" else None, hover_unit="units/year")


def jobs_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Jobs announced per plant."""
    summary = _labelled_summary(plants, summary)
    return _hbar(summary, "plant", "jobs", "Jobs announced by plant (jobs)", "Jobs (people)", "Plant",
                 color_by="company", hover_unit="jobs")


def _currency_label(summary: pd.DataFrame) -> str:
    currencies = sorted(set(summary["investment_currency"].dropna().astype(str)))
    return currencies[0] if len(currencies) == 1 else "stated currency"


def investment_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Investment per plant, in millions of the stated currency."""
    summary = _labelled_summary(plants, summary)
    summary = summary.dropna(subset=["investment_amount"]) if len(summary) else summary
    cur = _currency_label(summary) if len(summary) else "USD"
    summary = summary.assign(investment_m=summary["investment_amount"] / 1e6) if len(summary) else summary.assign(
        investment_m=pd.Series(dtype=float))
    return _hbar(summary, "plant", "investment_m", f"Investment announced by plant ({cur} million)",
                 f"Investment ({cur} million)", "Plant", color_by="company", hover_unit=f"{cur} m",
                 text_fmt=lambda v: f"{v:,.1f}")


def _investment_ratio_chart(plants: pd.DataFrame, denominator: str, title: str, x_title: str, hover_unit: str,
                            summary: pd.DataFrame | None = None) -> go.Figure:
    """Investment divided by a plant figure (jobs, capacity), per plant; {cur} in the texts is the currency."""
    summary = _labelled_summary(plants, summary)
    summary = summary.dropna(subset=["investment_amount", denominator]) if len(summary) else summary
    summary = summary[summary[denominator] > 0] if len(summary) else summary
    cur = _currency_label(summary) if len(summary) else "USD"
    ratio = (summary["investment_amount"] / summary[denominator]) if len(summary) else pd.Series(dtype=float)
    return _hbar(summary.assign(ratio=ratio), "plant", "ratio", title.format(cur=cur), x_title.format(cur=cur), "Plant",
                 color_by="company", hover_unit=hover_unit.format(cur=cur))


def investment_per_job_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    return _investment_ratio_chart(plants, "jobs", "Investment per job by plant ({cur} per job)",
                                   "Investment per job ({cur} per job)", "{cur}/job", summary=summary)


def investment_per_capacity_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    return _investment_ratio_chart(plants, "capacity_per_year",
                                   "Investment per unit of annual capacity by plant ({cur} per unit/year)",
                                   "Investment per unit of capacity ({cur} per unit/year)", "{cur} per unit/year",
                                   summary=summary)


def figure_title(fig: go.Figure) -> str:
    return (fig.layout.title.text or "").strip()


# --------------------------------------------------------------------------- tables and figures for the overview


def kpis(frames: dict[str, pd.DataFrame]) -> dict[str, object]:
    """Headline figures for a (filtered) set of frames."""
    ps = plant_summary(frames["plants"])
    invest = ps.dropna(subset=["investment_amount"]) if len(ps) else ps
    by_currency = (invest.groupby(invest["investment_currency"].fillna("?"))["investment_amount"].sum().to_dict()
                   if len(invest) else {})
    companies = pd.concat([frames["companies"]["company"], frames["plants"]["company"], frames["exports"]["company"],
                           frames["models"]["maker"]]).dropna()
    return {
        "articles": int(len(frames["articles"])),
        "companies": int(companies.nunique()),
        "plants": int(frames["plants"]["plant_key"].nunique()),
        "export_routes": int(frames["exports"]["route_key"].nunique()),
        "capacity_per_year": float(ps["capacity_per_year"].sum()) if len(ps) else 0.0,
        "jobs": float(ps["jobs"].sum()) if len(ps) else 0.0,
        "investment": {str(k): float(v) for k, v in by_currency.items()},
    }


def latest_facts(frames: dict[str, pd.DataFrame], n: int = 200) -> pd.DataFrame:
    """The n most recently published facts of every kind, each with its sentence and source."""
    cols = ["published", "kind", "fact", "company", "country", "sentence", "source", "title", "article_id", "start"]
    parts = []

    def take(df: pd.DataFrame) -> list[dict]:
        return _latest_first(df, n).to_dict("records") if len(df) else []

    for r in take(frames["plants"]):
        figures = [f"{fmt_number(r['capacity_per_year'])} units/year" if not pd.isna(r["capacity_per_year"]) else "",
                   f"{fmt_number(r['jobs'])} jobs" if not pd.isna(r["jobs"]) else "",
                   f"invests {fmt_money(r['investment_amount'], r['investment_currency'])}"
                   if not pd.isna(r["investment_amount"]) else ""]
        text = f"Plant: {plant_label(r)}" + (": " + ", ".join(f for f in figures if f) if any(figures) else "")
        parts.append({"kind": "plant", "fact": text, "company": r["company"], "country": r["country"], **_p(r)})
    for r in take(frames["exports"]):
        units = f", {fmt_number(r['units'])} units" if not pd.isna(r["units"]) else ""
        models = f" ({r['models']})" if isinstance(r["models"], str) and r["models"] else ""
        parts.append({"kind": "export", "fact": f"Export: {r['origin']} → {r['destination']}{models}{units}",
                      "company": r["company"], "country": r["destination"], **_p(r)})
    for r in take(frames["models"]):
        based = f", based on {r['based_on']}" if isinstance(r["based_on"], str) and r["based_on"] else ""
        maker = f" by {r['maker']}" if isinstance(r["maker"], str) and r["maker"] else ""
        parts.append({"kind": "model", "fact": f"Model: {r['model']}{maker}{based}", "company": r["maker"],
                      "country": None, **_p(r)})
    for r in take(frames["specs"]):
        bits = [f"{r['engine_l']:.1f} L" if not pd.isna(r["engine_l"]) else "",
                f"{fmt_number(r['power_hp'])} hp" if not pd.isna(r["power_hp"]) else "",
                str(r["transmission"]) if isinstance(r["transmission"], str) else ""]
        parts.append({"kind": "spec", "fact": f"Specs: {r['model']}: " + ", ".join(b for b in bits if b),
                      "company": r["maker"], "country": None, **_p(r)})
    for r in take(frames["people"]):
        role = ", ".join(str(x) for x in (r["role"], r["org"]) if isinstance(x, str) and x)
        parts.append({"kind": "person", "fact": f"Person: {r['name']}" + (f" ({role})" if role else ""),
                      "company": r["org"], "country": None, **_p(r)})
    out = pd.DataFrame(parts, columns=cols)
    if out.empty:
        return out
    out["published"] = pd.to_datetime(out["published"], errors="coerce")
    out["start"] = pd.to_numeric(out["start"], errors="coerce")
    return _latest_first(out, n).reset_index(drop=True)


def _p(r) -> dict:
    return {c: r[c] for c in ("published", "sentence", "source", "title", "article_id", "start")}


def article_facts(frames: dict[str, pd.DataFrame], article_id: str) -> pd.DataFrame:
    """Every fact found in one article, each with the sentence it came from, in reading order."""
    from core.frames import article_rows

    one = {k: (article_rows(v, article_id) if "article_id" in v.columns else v)
           for k, v in frames.items() if k in FACT_FRAMES}  # not the articles and mentions: millions of rows
    facts = latest_facts(one, n=100_000)
    if facts.empty:
        return facts
    return facts.sort_values("start", kind="stable", na_position="last").reset_index(drop=True)


KPI_FRAMES = ("articles", "companies", "models", "plants", "exports")
FACT_FRAMES = ("plants", "exports", "models", "specs", "people")


# --------------------------------------------------------------------------- articles

ENTITY_COLORS = {
    "COMPANY": "#cfe2ff", "MODEL": "#ffe8a3", "COUNTRY": "#c8f0d8", "REGION": "#c8f0d8", "PLACE": "#d9f2e6",
    "PERSON": "#f3d1f4", "MONEY": "#ffd6cc", "CAPACITY": "#ffdfb8", "JOBS": "#ffdfb8", "UNITS": "#ffdfb8",
    "ENGINE": "#e0e0ff", "POWER": "#e0e0ff", "TRANSMISSION": "#e0e0ff", "PLATFORM": "#ffe8a3",
    BOILERPLATE_LABEL: "#ececec",  # page furniture: read, set aside, no facts taken
}


def article_titles(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> its headline: the title, or the opening words (marked with an ellipsis) when it has none.

    Frames carry it precomputed (core.frames); filtered articles have no text to compute it from.
    """
    from core.articles import headline

    # the texts only when there is no headline to read (a copy of each text costs on whole stores)
    wanted = ("headline",) if "headline" in articles.columns else ("title", "text", "name")
    cols = [c for c in wanted if c in articles.columns]
    rows = articles[["article_id", *cols]].to_dict("records")
    return {r["article_id"]: (r.get("headline") if isinstance(r.get("headline"), str) and r.get("headline")
                              else headline(r.get("title"), r.get("text"), r.get("name") or r["article_id"])) for r in rows}


ARTICLE_TABLE_COLUMNS = ["article_id", "title", "name", "source", "published", "words", "n_facts"]


def articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles list: one row per article, `title` its title or its opening words (article_titles)."""
    out = articles[ARTICLE_TABLE_COLUMNS]
    titles = [t.strip() if isinstance(t, str) else "" for t in _values(out["title"])]
    untitled = [not t for t in titles]
    if any(untitled):  # only these need the text
        fallback = article_titles(articles[untitled])
        titles = [t or fallback.get(a, t) for a, t in zip(_values(out["article_id"]), titles, strict=True)]
    return out.assign(title=titles)


def render_entities(text: str, mentions: pd.DataFrame) -> str:
    """The article as HTML with its entity mentions highlighted (displaCy, which HTML-escapes the text).

    Paragraphs the pipeline set aside as page furniture (BOILERPLATE mentions) are marked whole, grey,
    without the entities inside them: nothing in them became a fact."""
    from spacy import displacy

    ents = []
    last_end = -1
    if len(mentions):
        m = mentions.assign(start=pd.to_numeric(mentions["start"], errors="coerce"),
                            end=pd.to_numeric(mentions["end"], errors="coerce")).dropna(subset=["start", "end"])
        m = m.sort_values(["start", "end"], ascending=[True, False])
        for start, end, label in m[["start", "end", "label"]].itertuples(index=False):
            start, end = int(start), int(end)
            if start < last_end or start < 0 or end > len(text) or end <= start:
                continue  # displaCy needs sorted, non-overlapping spans inside the text
            ents.append({"start": start, "end": end, "label": str(label)})
            last_end = end
    labels = sorted({e["label"] for e in ents})
    html_out = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                               options={"colors": ENTITY_COLORS, "ents": labels} if labels else {"colors": ENTITY_COLORS})
    legend = ('<p style="color: #808495; font-size: 0.875rem">Grey passages marked BOILERPLATE (ads, navigation, link '
              'lists) were set aside: no facts come from them.</p>' if BOILERPLATE_LABEL in labels else "")
    return f'{legend}<div style="max-height: 34rem; overflow-y: auto">{html_out}</div>'
