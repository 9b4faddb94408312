"""The overview page's figures: the headline numbers (kpis) and the coverage chart."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.base import _TEXT_DTYPE, PALETTE, _axis, _empty, _figure, _layout, fmt_money
from core.charts.summaries import _summary_columns, plant_summary
from core.fx import usd_rates, usd_total


def coverage_chart(articles: pd.DataFrame) -> go.Figure:
    """Articles and facts per month of publication."""
    title = "Coverage over time: articles and facts per month"
    x_title, y_title = "Month published", "Count per month (articles, facts)"
    if articles.empty:
        return _empty(title, x_title, y_title)
    counted = _per_month(articles)
    if counted is None:  # dates or counts not held as the frames store them
        published = pd.to_datetime(articles["published"], errors="coerce")
        dated = articles.assign(month=published.dt.to_period("M").dt.to_timestamp()).dropna(subset=["month"])
        undated = int(published.isna().sum())
        per_month = (dated.groupby("month").agg(articles=("article_id", "count"), facts=("n_facts", "sum")).reset_index()
                     if len(dated) else None)
        counted = undated, per_month
    undated, per_month = counted
    if per_month is None:
        return _empty(title, x_title, y_title, note=f"{undated} article(s), none with a publication date")
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


def _per_month(articles: pd.DataFrame) -> tuple[int, dict[str, pd.Series] | None] | None:
    """(undated articles, {month, articles, facts} per month published or None when none is dated) in numpy,
    as the groupby of the general way gives them; None when `published` is not datetime64 or `n_facts` not int."""
    published, n_facts = articles["published"].dtype, articles["n_facts"].dtype
    if not (isinstance(published, np.dtype) and published.kind == "M" and isinstance(n_facts, np.dtype)
            and n_facts.kind == "i"):
        return None
    months = articles["published"].to_numpy().astype("datetime64[M]")
    dated = ~np.isnat(months)
    undated = int(len(months) - dated.sum())
    if not dated.any():
        return undated, None
    month, per = np.unique(months[dated], return_inverse=True)
    counted = articles["article_id"].notna().to_numpy()[dated]  # "count": ids present
    facts = articles["n_facts"].to_numpy()[dated]
    return undated, {  # the dtypes the groupby gives: months in us, counts int64, sums in the column's int type
        "month": pd.Series(month.astype("datetime64[us]"), name="month"),
        "articles": pd.Series(np.bincount(per, weights=counted, minlength=len(month)).astype(np.int64), name="articles"),
        "facts": pd.Series(np.bincount(per, weights=facts, minlength=len(month)).astype(n_facts), name="facts"),
    }


def kpis(frames: dict[str, pd.DataFrame]) -> dict[str, object]:
    """Headline figures for a (filtered) set of frames (or core.filters.Rows of them: only the columns
    counted are read)."""
    ps = _plant_figures(frames["plants"])
    return {
        "articles": int(len(frames["articles"])),
        "companies": _distinct([frames["companies"]["company"], frames["plants"]["company"], frames["exports"]["company"],
                                frames["models"]["maker"]]),
        "plants": _distinct([frames["plants"]["plant_key"]]),
        "export_routes": _distinct([frames["exports"]["route_key"]]),
        "capacity_per_year": float(ps["capacity_per_year"].sum()) if len(ps) else 0.0,
        "jobs": float(ps["jobs"].sum()) if len(ps) else 0.0,
        "investment": _investment_by_currency(ps),
    }


_KPI_FIGURES = ["capacity_per_year", "jobs", "investment_amount", "investment_currency"]


def _plant_figures(plants) -> pd.DataFrame:
    """The columns of plant_summary that the headline figures add up (_KPI_FIGURES), the same values in the
    same order, without the summary's other columns."""
    columns = _summary_columns(plants, "plant_key", _KPI_FIGURES, [], full=False)
    if columns is None:
        return plant_summary(plants)
    return pd.DataFrame(columns)


def _distinct(columns: list[pd.Series]) -> int:
    """Distinct values over the columns, missing ones left out: in Arrow for the frames' text columns."""
    if all(c.dtype == _TEXT_DTYPE for c in columns):
        arrays = [c.array.__arrow_array__() for c in columns]
        if len({a.type for a in arrays}) > 1:
            arrays = [a.cast(pa.large_string()) for a in arrays]
        chunks = pa.chunked_array([chunk for a in arrays for chunk in a.chunks], type=arrays[0].type)
        return pc.count_distinct(chunks, mode="only_valid").as_py()
    return int(pd.concat(columns).dropna().nunique())


def _investment_by_currency(ps: pd.DataFrame) -> dict[str, float]:
    """Investment summed per currency ("?" when none is given), over the plants that state one."""
    if not len(ps):
        return {}
    amounts, currencies = ps["investment_amount"], ps["investment_currency"]
    if amounts.dtype == np.float64 and currencies.dtype == _TEXT_DTYPE:
        stated = np.flatnonzero(~np.isnan(amounts.to_numpy()))
        values = amounts.to_numpy()[stated]
        # whole amounts whose total stays below 2**53 add up exactly in any order, so a plain sum equals
        # the groupby's (compensated, reordered) one; other amounts go the groupby way
        if np.array_equal(values, np.floor(values)) and np.abs(values).sum() < 2 ** 53:
            named = pc.fill_null(currencies.array.__arrow_array__().take(stated), "?").combine_chunks()
            codes = pc.dictionary_encode(named)
            sums = np.bincount(codes.indices.to_numpy(zero_copy_only=False), weights=values,
                               minlength=len(codes.dictionary))
            return dict(sorted(zip(codes.dictionary.to_pylist(), sums.tolist(), strict=True)))
    invest = ps.dropna(subset=["investment_amount"])
    by_currency = (invest.groupby(invest["investment_currency"].fillna("?"))["investment_amount"].sum().to_dict()
                   if len(invest) else {})
    return {str(k): float(v) for k, v in by_currency.items()}


def investment_kpi(by_currency: dict[str, float]) -> tuple[str, str, str]:
    """(value, help, note) of the headline investment: the amount as stated when one currency is stated,
    else the sum in US dollars at one day's ECB rates (core.fx); the note names the amounts left out
    for want of a rate ("" when none is)."""
    stated = " + ".join(fmt_money(v, c) for c, v in sorted(by_currency.items()))
    if len(by_currency) <= 1:
        return stated or "–", "announced investment summed over plants", ""
    rates = usd_rates()
    total, unconverted = usd_total(by_currency, rates)
    converted = {c: v for c, v in by_currency.items() if c not in unconverted}
    value = f"≈ {fmt_money(total, 'USD')}" if converted else "–"
    help_text = (f"announced investment summed over plants, converted to US dollars at {rates.source()}; "
                 f"as stated: {stated}")
    note = ("Investment also stated in currencies without an ECB rate, not in the total: "
            + ", ".join(fmt_money(v, c) for c, v in sorted(unconverted.items()))) if unconverted else ""
    return value, help_text, note


KPI_FRAMES = ("articles", "companies", "models", "plants", "exports")
