"""Shared by every chart: colours, number formats, the layout and the figure call, empty figures, and the
column helpers the builders share (latest-first order, plain values, text columns).
"""
from __future__ import annotations

import collections
import functools
import html
import math
import zlib
from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

# Company colours: the first eleven our own, the rest from Kelly's colours of maximum contrast. No grey: grey
# is a company not known (UNKNOWN_COLOR).
PALETTE = [
    "#1f5fa8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#3f7f3f", "#e07a1f", "#8c564b",
    "#c2185b", "#5c6bc0", "#26a69a", "#8db600", "#f99379", "#882d17", "#a1caf1", "#e68fac",
    "#2b3d26", "#c2b280",
]
UNKNOWN_COLOR = "#7f7f7f"
FONT = {"family": "DejaVu Sans, Arial, sans-serif", "size": 13}
EMPTY_NOTE = "No data for the current filter"
LEGEND_ENTRIES = 12  # a bar chart's legend: one entry per company, the companies with fewest bars sharing the last


def company_color(company: str | None) -> str:
    """A company's own colour (a hash of its name into the palette): the same on every page and in every export,
    unless a chart shows another company with the same colour (company_colors)."""
    if not company or (isinstance(company, float) and math.isnan(company)):
        return UNKNOWN_COLOR
    return PALETTE[_palette_slot(company)]


def _palette_slot(company: str) -> int:
    return zlib.crc32(str(company).encode("utf-8")) % len(PALETTE)


def legend_companies(companies: list, limit: int = LEGEND_ENTRIES) -> tuple[set, int]:
    """(the companies with a legend entry of their own, how many share the last one): the limit - 1 with most
    rows when there are more than `limit`, ties in order of first appearance (as value_counts). A legend past a
    dozen entries is read by no one, and every entry is a trace or two that plotly builds and the browser draws."""
    counts = collections.Counter(companies)
    if len(counts) <= limit:
        return set(counts), 0
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)  # stable: ties keep first-appearance order
    return set(ranked[:limit - 1]), len(counts) - (limit - 1)


def company_colors(companies: Iterable) -> dict:
    """A colour for each company of one chart, no two alike while the palette lasts. Every company whose own colour
    (company_color) no company before it in name order took keeps it, so a company looks the same on most charts;
    the others take the free colours; past the palette's size, their own again. A hash alone gave two of a chart's
    eight companies one colour more often than not. Unknown companies (None, NaN, "") are grey: not in the result."""
    named = sorted({c for c in companies if isinstance(c, str) and c}, key=lambda c: (c.casefold(), c))
    out: dict = {}
    taken: set = set()  # the colours in out (a map names hundreds of companies: not a scan of out.values() each)
    moved = []
    for company in named:
        colour = PALETTE[_palette_slot(company)]
        if colour in taken:
            moved.append((company, colour))
        else:
            out[company] = colour
            taken.add(colour)
    free = [c for c in PALETTE if c not in taken]
    for company, colour in moved:
        out[company] = free.pop(0) if free else colour
    return out


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
    if abs(value) >= 1e12:  # rials, dong, rupiah: "IRR 20.00 trn", not "IRR 20,000.00 bn"
        return f"{value / 1e12:,.2f} trn"
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


def _published_order(published: pd.Series | np.ndarray) -> np.ndarray:
    """Row positions, most recently published first, undated last, ties in their order (a stable sort).
    `published`: a column, or the datetime64 values of one."""
    if isinstance(published.dtype, np.dtype) and published.dtype.kind == "M":  # the frames' dtype: no parsing
        stamps = published if isinstance(published, np.ndarray) else published.to_numpy()
        undated = np.isnat(stamps)
        values = stamps.view("int64")
    else:
        parsed = pd.to_datetime(published, errors="coerce")
        undated = parsed.isna().to_numpy()
        values = parsed.to_numpy(dtype="datetime64[ns]").view("int64")
    return np.argsort(np.where(undated, np.iinfo(np.int64).max, -np.where(undated, 0, values)), kind="stable")


def _latest_first(df: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """The rows, most recently published first (undated last, ties in their order); only the first n when
    given: the order is found on the dates alone, so only the rows kept are copied."""
    if df.empty:
        return df
    order = _published_order(df["published"])
    return df.iloc[order if n is None else order[:n]]


_TEXT_DTYPE = pd.Series([""]).dtype  # the frames' text columns: what pandas makes of Python strings (str, in pandas 3)


def _values(series: pd.Series) -> list:
    """The column as a list of Python values, missing ones None: one conversion for the column, where
    .tolist() of an Arrow-backed column boxes each value on its own (a tenth of a second per 100k rows)."""
    return series.to_numpy(dtype=object, na_value=None).tolist()


def figure_title(fig: go.Figure) -> str:
    return (fig.layout.title.text or "").strip()


def _strings(values: pa.ChunkedArray | list[str]) -> pd.api.extensions.ExtensionArray:
    """Arrow strings (or plain ones) as the str column pandas infers from them (missing ones NaN)."""
    if isinstance(values, list):
        values = pa.array(values, type=pa.large_string())
    return pd.arrays.ArrowStringArray(values, dtype=_TEXT_DTYPE)


# what urllib's quote_plus leaves as it is (and not empty): ids made only of these need no quoting in a link
_NOTHING_TO_QUOTE = r"^[A-Za-z0-9_.~-]+$"


def joined_ids(ids: pd.Series, prefix: str, suffix: str) -> pd.Series | None:
    """prefix + id + suffix for each id, joined in Arrow (missing ids stay missing), when the column is the frames'
    text dtype and every id needs no URL quoting (the store's ids are hex); None otherwise, for the caller's
    row-by-row way with quoting."""
    if ids.dtype != _TEXT_DTYPE or not len(ids):
        return None
    values = pa.array(ids.array)
    plain = pc.match_substring_regex(values, _NOTHING_TO_QUOTE)
    if plain.null_count == len(values) or not pc.all(pc.fill_null(plain, True)).as_py():
        return None  # no id at all, or some id to quote
    text = values.type
    joined = pc.binary_join_element_wise(pa.scalar(prefix, text), values, pa.scalar(suffix, text), pa.scalar("", text))
    return pd.Series(_strings(joined), index=ids.index, name="open")


def _text_stated(values) -> np.ndarray:
    """Which values of a text array (pandas str or string dtype) state something: not missing, and not blank once
    stripped (a site or currency of spaces is no figure). In Arrow for the frames' columns."""
    if isinstance(values, pd.arrays.ArrowStringArray):
        trimmed = pc.utf8_trim_whitespace(pa.array(values))
        return pc.fill_null(pc.not_equal(trimmed, ""), False).to_numpy(zero_copy_only=False)
    return np.array([isinstance(v, str) and v.strip() != "" for v in values.to_numpy(dtype=object)], dtype=bool)


def shared_entry_bars(keys: list, rows: list[int], palette: dict) -> dict:
    """The trace properties of the bars at `rows` sharing a legend entry (legend_companies): each bar in its own
    company's colour, the company named on hover as %{customdata} (escaped: plotly reads HTML in hover text)."""
    return {"marker": {"color": [palette.get(keys[r], UNKNOWN_COLOR) for r in rows]},
            "customdata": [_esc(keys[r]) for r in rows]}
