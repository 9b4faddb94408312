"""The capacity page: horizontal bars per plant, company or country (capacity, jobs, investment) and the
table of plants.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.base import (
    _TEXT_DTYPE,
    PALETTE,
    UNKNOWN_COLOR,
    _axis,
    _empty,
    _esc,
    _layout,
    company_colors,
    fmt_number,
    legend_companies,
    shared_entry_bars,
)
from core.charts.keyed_summaries import LabelledPlantRows, labelled_plant_rows
from core.charts.owned_figure import owned_figure
from core.charts.summaries import _with_labels, conflict_notes, labelled_plant_summary, plant_summary
from core.charts.table_rows import TableRows
from core.filters import Rows
from core.fx import usd_rates

BARS_SHOWN = 25  # bars in one chart


def _positions_by_key(keys: list) -> list[tuple[object, list[int]]]:
    """(key, positions) for each distinct key, keys sorted, positions in order: a dict pass over a few dozen
    keys, where pandas' factorize and argsort cost more than the loop."""
    found: dict = {}
    for i, key in enumerate(keys):
        found.setdefault(key, []).append(i)
    return [(key, found[key]) for key in sorted(found)]


def _hbar(df: pd.DataFrame, y: str, x: str, title: str, x_title: str, y_title: str, color_by: str | None = None,
          hover_unit: str = "", text_fmt=fmt_number) -> go.Figure:
    """Horizontal bars of df[x] (a number column) by df[y], one trace per df[color_by] value when given."""
    return _bars(df[y], df[x].to_numpy(), df[color_by] if color_by else None, title, x_title, y_title,
                 hover_unit=hover_unit, text_fmt=text_fmt)


def _bar_rows(values: np.ndarray) -> np.ndarray:
    """Positions of the bars to draw, smallest first: the values above zero (missing ones left out), the
    largest BARS_SHOWN of them when there are more. Bar for bar the order pandas' dropna, nlargest (ties
    in row order) and sort_values (numpy's quicksort over the same array) give, without a frame per step."""
    rows = np.flatnonzero(values > 0)
    if len(rows) > BARS_SHOWN:
        rows = _largest(values, rows, BARS_SHOWN)
    return rows[np.argsort(values[rows], kind="quicksort")]


def _largest(values: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    """rows[np.argsort(-values[rows], kind="stable")[:k]] (the k largest, ties in row order, largest first) for
    len(rows) > k, without sorting every row: the k-th largest value found by a partition, the rows above it and
    the first of its ties in row order sorted. A stable sort of the 16,000 plants of a large country at 100k
    articles cost 1.1 ms a chart, five charts a page."""
    x = values[rows]
    kth = -np.partition(-x, k - 1)[k - 1]
    above = np.flatnonzero(x > kth)
    picked = np.sort(np.concatenate([above, np.flatnonzero(x == kth)[: k - len(above)]]))
    return rows[picked[np.argsort(-x[picked], kind="stable")]]


def _bars(labels, values: np.ndarray, colors, title: str, x_title: str, y_title: str, hover_unit: str = "",
          text_fmt=fmt_number) -> go.Figure:
    """_hbar over columns or lists: `labels` per row, `values` a number array (its dtype goes into the figure),
    `colors` the key to colour each row's bar by (None: one trace). Labels and keys are converted for the
    bars drawn only."""
    if not len(values):
        return _empty(title, x_title, y_title)
    rows = _bar_rows(values)
    if not len(rows):
        return _empty(title, x_title, y_title)
    drawable = int(np.count_nonzero(values > 0))
    if drawable > BARS_SHOWN:  # a readable chart: the largest, and the title says how many there are
        title = f"{title} — largest {BARS_SHOWN} of {drawable:,}"
    shown_labels = _picked(labels, rows)
    shown = values[rows]
    # traces as plain dicts and one Figure call, not one add_bar per trace
    traces = []
    if colors is not None:
        keys = ["Unknown" if k is None else k for k in _picked(colors, rows, missing_as_none=True)]
        palette = company_colors(k for k in keys if k != "Unknown")
        own, others = legend_companies(keys[::-1])  # ties: the company of the larger bar keeps its entry
        entries = [k if k in own else "" for k in keys]  # "": the companies sharing the legend's last entry
        for key, bars in sorted(_positions_by_key(entries), key=lambda kb: kb[0] == ""):
            bar_values = shown[bars]  # a typed array in the JSON
            if key:
                name, extra, whose = str(key), _esc(key), {"marker": {"color": palette.get(key, UNKNOWN_COLOR)}}
            else:
                name, extra, whose = f"{others:,} other companies", "%{customdata}", shared_entry_bars(keys, bars, palette)
            traces.append({"type": "bar", "y": [shown_labels[i] for i in bars], "x": bar_values, "orientation": "h",
                           "name": name, "text": [text_fmt(v) for v in bar_values], "textposition": "auto",
                           "hovertemplate": "%{y}: %{x:,.4~g} " + hover_unit + "<extra>" + extra + "</extra>", **whose})
    else:
        traces.append({"type": "bar", "y": shown_labels, "x": shown, "orientation": "h", "name": x_title,
                       "marker": {"color": PALETTE[0]}, "showlegend": False,
                       "text": [text_fmt(v) for v in shown], "textposition": "auto",
                       "hovertemplate": "%{y}: %{x:,.4~g} " + hover_unit + "<extra></extra>"})
    layout = _layout(title, height=max(300, 130 + 34 * len(rows)))
    layout["xaxis"] = _axis(x_title, rangemode="tozero")
    layout["yaxis"] = _axis(y_title, categoryorder="array", categoryarray=list(shown_labels), type="category")
    return owned_figure(traces, layout)


def _picked(values, rows: np.ndarray, missing_as_none: bool = False) -> list:
    """values[rows] as a list (of a column, only those rows converted: an Arrow string each costs); missing
    values as the column's to_numpy(dtype=object) gives them, or None."""
    if not isinstance(values, pd.Series):
        return [values[i] for i in rows.tolist()]
    picked = values.array.take(rows)
    return (picked.to_numpy(dtype=object, na_value=None) if missing_as_none else picked.to_numpy(dtype=object)).tolist()


def _plant_bars(summary: pd.DataFrame, values: np.ndarray, title: str, x_title: str, hover_unit: str,
                text_fmt=fmt_number) -> go.Figure:
    """Bars per plant of a labelled plant summary, coloured by company."""
    if not len(summary):
        return _empty(title, x_title, "Plant")
    # the columns themselves: _bars converts the labels and companies of the bars drawn only
    return _bars(summary["plant"], values, summary["company"], title, x_title, "Plant", hover_unit=hover_unit, text_fmt=text_fmt)


def _labelled_summary(plants: pd.DataFrame, summary: pd.DataFrame | None) -> pd.DataFrame:
    """plant_summary(plants) with bar labels; `summary` is that summary (or labelled_plant_summary) when the
    caller has it already."""
    if summary is not None and "plant" in summary.columns:
        return summary
    return _with_labels(plant_summary(plants) if summary is None else summary)


def plant_table(summary: pd.DataFrame, flags: dict[str, int] | None) -> pd.DataFrame:
    """The capacity page's table of plants: labelled_plant_summary without its bar labels, with a note on
    the plants whose articles disagree and the investment in US dollars (NaN without an ECB rate; core.fx)."""
    in_usd = usd_rates().convert(summary["investment_amount"].to_numpy(),
                                 summary["investment_currency"].to_numpy(dtype=object, na_value=None))
    return summary.drop(columns="plant").assign(conflict=conflict_notes(flags, summary["plant_key"]),
                                                investment_usd=in_usd)


def _plant_table_of(columns: dict, flags: dict[str, int] | None) -> pd.DataFrame:
    """plant_table of pd.DataFrame(columns) (keyed_summaries.LabelledPlantRows.columns), built in one frame from the
    columns: no summary frame dropped and assigned to (two copies)."""
    amounts = np.asarray(columns["investment_amount"])
    currencies = pd.array(columns["investment_currency"]).to_numpy(dtype=object, na_value=None)
    keys = np.asarray(pd.array(columns["plant_key"]).to_numpy(dtype=object))
    return pd.DataFrame({**{c: v for c, v in columns.items() if c != "plant"},
                         "conflict": conflict_notes(flags, keys), "investment_usd": usd_rates().convert(amounts, currencies)})


def capacity_chart(plants: pd.DataFrame, by: str = "plant", summary: pd.DataFrame | None = None) -> go.Figure:
    """Announced production capacity (units/year), by plant, company or country.

    `summary`: plant_summary(plants), when the caller has computed it (the capacity page shares one)."""
    if by not in ("plant", "company", "country"):
        raise ValueError(f"by must be plant, company or country, not {by!r}")
    summary = _labelled_summary(plants, summary)
    title = f"Announced production capacity by {by} (units/year)"
    x_title = "Capacity (units/year)"
    if by == "plant":
        return _plant_bars(summary, summary["capacity_per_year"].to_numpy(), title, x_title, "units/year")
    capacity = summary["capacity_per_year"].to_numpy()
    if capacity.dtype != np.float64:  # summed by pandas, in the column's dtype
        grouped = (summary.dropna(subset=["capacity_per_year"]).groupby(summary[by].fillna("Unknown"))
                   ["capacity_per_year"].sum().reset_index()) if len(summary) else pd.DataFrame(columns=[by, "capacity_per_year"])
        return _hbar(grouped, by, "capacity_per_year", title, x_title, by.capitalize(),
                     color_by=by if by == "company" else None, hover_unit="units/year")
    keys, totals = _sums_by_key(summary[by], capacity, "Unknown")
    return _bars(keys, totals, keys if by == "company" else None, title, x_title, by.capitalize(),
                 hover_unit="units/year")


def _sums_by_key(keys: pd.Series | np.ndarray, values: np.ndarray, missing: str) -> tuple[list, np.ndarray]:
    """(keys sorted, each key's sum) over the rows with a value, missing keys named `missing`: what
    groupby(keys).sum() of a float column gives, to the bit. pandas sums rows that already come grouped
    by key with numpy's add.reduceat (pairwise), others with a compensated (Kahan) sum in row order; sums of whole
    numbers under 2**53 are exact in any order (bincount's)."""
    stated = ~np.isnan(values)
    values = values[stated]
    key_codes, names = pd.factorize(keys.array[stated] if isinstance(keys, pd.Series) else keys[stated])
    names = [*names.tolist(), missing]  # code -1, a missing key: the last name
    # every name factorize gives is a key of some row; the missing name only when a key is missing
    ordered = sorted(set(names[:-1]) | ({missing} if len(key_codes) and key_codes.min() < 0 else set()))
    position = {key: i for i, key in enumerate(ordered)}
    codes = np.array([position.get(name, -1) for name in names], dtype=np.intp)[key_codes]  # -1: no row
    if not len(codes):
        return ordered, values
    if (codes[1:] >= codes[:-1]).all():
        return ordered, np.add.reduceat(values, np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]))
    if np.abs(values).sum() < 2.0 ** 53 and (values == np.floor(values)).all():
        return ordered, np.bincount(codes, weights=values, minlength=len(ordered))
    totals = [0.0] * len(ordered)
    compensations = [0.0] * len(ordered)
    for code, value in zip(codes.tolist(), values.tolist(), strict=True):
        y = value - compensations[code]
        t = totals[code] + y
        compensation = t - totals[code] - y
        compensations[code] = 0.0 if compensation != compensation else compensation  # an infinite value: no NaN
        totals[code] = t
    return ordered, np.array(totals, dtype=np.float64)


def jobs_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Jobs announced per plant."""
    summary = _labelled_summary(plants, summary)
    return _plant_bars(summary, summary["jobs"].to_numpy(), "Jobs announced by plant (jobs)", "Jobs (people)",
                       "jobs")


def _stated_investment(summary: pd.DataFrame, denominator: str | None = None) -> tuple[np.ndarray, np.ndarray, str, str]:
    """(amounts, which plants count, currency, note) for the plants stating an investment (and a
    `denominator` above zero), in one currency so that bars compare:
    - stated in one currency (or none): the amounts as stated, in that currency ("USD" when none is given);
    - in several: in US dollars at one day's ECB rates (core.fx). Plants in a currency the ECB does not
      quote are left out, and the note names those currencies; the note always names the rates' day."""
    amounts = summary["investment_amount"].to_numpy()
    counted = ~pd.isna(amounts)
    if denominator is not None:
        denominators = summary[denominator].to_numpy()
        counted &= ~pd.isna(denominators)
        counted[counted] = denominators[counted] > 0
    if not counted.any():
        return amounts, counted, "USD", ""
    column = summary["investment_currency"]
    named = _currencies_named(column, counted)
    stated = sorted({str(c) for c in named if c is not None})
    if len(stated) <= 1 and not (stated and any(c is None for c in named)):
        return amounts, counted, stated[0] if stated else "USD", ""
    currencies = column.to_numpy(dtype=object, na_value=None)
    # the currencies left out, str or None in the frames' text column: each distinct one read once
    distinct = pd.unique if column.dtype == _TEXT_DTYPE else (lambda values: values)
    rates = usd_rates()
    in_usd = rates.convert(amounts, currencies)
    left_out = sorted({"no currency" if c is None else str(c)
                       for c in distinct(currencies[counted & np.isnan(in_usd)])})
    note = f"converted at {rates.source()}"
    if left_out:
        note += f"; not shown, no rate: {', '.join(left_out)}"
    return in_usd, counted & ~np.isnan(in_usd), "USD", note


def _currencies_named(column: pd.Series, counted: np.ndarray) -> list:
    """The currencies of the counted plants (str, None for none given): for the frames' text column each distinct
    one once, found in Arrow (a plant table of a large country in one currency was read as Python objects three
    times a filter, once per investment chart, to find that one currency)."""
    if column.dtype == _TEXT_DTYPE:
        return pc.unique(column.array.__arrow_array__().filter(pa.array(counted))).to_pylist()
    return column.to_numpy(dtype=object, na_value=None)[counted].tolist()


def _with_note(fig: go.Figure, note: str) -> go.Figure:
    """The chart with `note` (how its amounts were converted) under the title."""
    if note:
        fig.layout.title.subtitle.text = _esc(note)
        fig.layout.margin.t = 80
    return fig


def investment_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    """Investment per plant, in millions of the one currency stated (US dollars when several are)."""
    summary = _labelled_summary(plants, summary)
    amounts, counted, cur, note = _stated_investment(summary)
    shown = np.where(counted, amounts / 1e6, np.nan)
    return _with_note(_plant_bars(summary, shown, f"Investment announced by plant ({cur} million)",
                                  f"Investment ({cur} million)", f"{cur} m", text_fmt=lambda v: f"{v:,.1f}"), note)


def _investment_ratio_chart(plants: pd.DataFrame, denominator: str, title: str, x_title: str, hover_unit: str,
                            summary: pd.DataFrame | None = None) -> go.Figure:
    """Investment divided by a plant figure (jobs, capacity), per plant; {cur} in the texts is the currency."""
    summary = _labelled_summary(plants, summary)
    amounts, counted, cur, note = _stated_investment(summary, denominator)
    ratio = np.full(len(summary), np.nan)
    ratio[counted] = amounts[counted] / summary[denominator].to_numpy()[counted]
    return _with_note(_plant_bars(summary, ratio, title.format(cur=cur), x_title.format(cur=cur),
                                  hover_unit.format(cur=cur)), note)


def investment_per_job_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    return _investment_ratio_chart(plants, "jobs", "Investment per job by plant ({cur} per job)",
                                   "Investment per job ({cur} per job)", "{cur}/job", summary=summary)


def investment_per_capacity_chart(plants: pd.DataFrame, summary: pd.DataFrame | None = None) -> go.Figure:
    return _investment_ratio_chart(plants, "capacity_per_year",
                                   "Investment per unit of annual capacity by plant ({cur} per unit/year)",
                                   "Investment per unit of capacity ({cur} per unit/year)", "{cur} per unit/year",
                                   summary=summary)


def _capacity_by(by: str) -> Callable[..., go.Figure]:
    return lambda plants, summary=None: capacity_chart(plants, by, summary=summary)


# The capacity page's charts, in page order: (name, builder(plants, summary=labelled plant summary)).
CAPACITY_CHARTS: tuple[tuple[str, Callable[..., go.Figure]], ...] = (
    ("capacity-by-plant", _capacity_by("plant")),
    ("capacity-by-company", _capacity_by("company")),
    ("capacity-by-country", _capacity_by("country")),
    ("jobs-by-plant", jobs_chart),
    ("investment-by-plant", investment_chart),
    ("investment-per-job", investment_per_job_chart),
    ("investment-per-capacity", investment_per_capacity_chart),
)


# The labelled summary's columns that CAPACITY_CHARTS read: the charts of a large filter take only these of every
# plant, and the table the rest of the rows it shows.
CHART_COLUMNS = ["plant", "company", "country", "capacity_per_year", "jobs", "investment_amount",
                 "investment_currency"]


@dataclass(frozen=True)
class CapacityView:
    """What the capacity page draws for one filter: the table of plants (its rows built when shown: TableRows) and
    its charts by name (CAPACITY_CHARTS; none when no plant matches)."""

    table: pd.DataFrame | TableRows
    figures: dict[str, go.Figure]


def capacity_view(plants: pd.DataFrame | Rows, flags: dict[str, int] | None = None) -> CapacityView:
    """plant_table and every chart of CAPACITY_CHARTS from one labelled plant summary (read by key from the
    store's frame: core.charts.keyed_summaries). One cached call for the page: each costs Streamlit a key hash
    and a signature read, and the page draws them all for every filter."""
    rows = labelled_plant_rows(plants)
    if rows is None:
        summary = labelled_plant_summary(plants)
        table: pd.DataFrame | TableRows = plant_table(summary, flags)
    else:
        summary = pd.DataFrame(rows.columns(CHART_COLUMNS))
        table = TableRows(len(rows), lambda k: _plant_table_head(rows, k, flags))
    figures = {} if table.empty else {name: build(plants, summary=summary) for name, build in CAPACITY_CHARTS}
    return CapacityView(table, figures)


def _plant_table_head(rows: LabelledPlantRows, k: int, flags: dict[str, int] | None) -> pd.DataFrame:
    """The first k rows of the plant table (k = 0: the dtypes of one row's)."""
    columns = rows.columns([c for c in rows.names if c != "plant"], max(k, 1))
    return _plant_table_of(columns, flags).head(k)
