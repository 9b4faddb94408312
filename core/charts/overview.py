"""The overview page's figures: the headline numbers (kpis) and the coverage chart."""
from __future__ import annotations

import weakref

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from core.charts.base import _TEXT_DTYPE, PALETTE, _axis, _empty, _layout, _published_order, fmt_money
from core.charts.fact_tables import _frame_and_rows
from core.charts.keyed_summaries import whole_summary_rows
from core.charts.owned_figure import owned_figure
from core.charts.summaries import (
    _TEXT_FIGURES,
    PLANT_FIGURES,
    PLANT_KEEP,
    _column_values,
    _plain_dtype,
    _stated,
    _summary_columns,
    _take,
    plant_summary,
)
from core.filters import Rows
from core.fx import usd_rates, usd_total
from core.snapshot_memo import column as memo_column
from core.snapshot_memo import is_kept, memo_of, once


def coverage_chart(articles: pd.DataFrame | Rows) -> go.Figure:
    """Articles and facts per month of publication. `articles`: a frame, or core.filters.Rows of one."""
    title = "Coverage over time: articles and facts per month"
    x_title, y_title = "Month published", "Count per month (articles, facts)"
    if articles.empty:
        return _empty(title, x_title, y_title)
    counted = _per_month(articles)
    if counted is None:  # dates or counts not held as the frames store them
        articles = articles if isinstance(articles, pd.DataFrame) else articles.to_frame()
        published = pd.to_datetime(articles["published"], errors="coerce")
        dated = articles.assign(month=published.dt.to_period("M").dt.to_timestamp()).dropna(subset=["month"])
        undated = int(published.isna().sum())
        per_month = (dated.groupby("month").agg(articles=("article_id", "count"), facts=("n_facts", "sum")).reset_index()
                     if len(dated) else None)
        counted = undated, per_month
    undated, per_month = counted
    if per_month is None:
        return _empty(title, x_title, y_title, note=f"{undated} article(s), none with a publication date")
    # each trace its own months: the figure keeps the traces' values as they are (owned_figure)
    traces = [
        {"type": "bar", "x": per_month["month"], "y": per_month["articles"], "name": "Articles",
         "marker": {"color": PALETTE[0]}, "hovertemplate": "%{x|%b %Y}: %{y} articles<extra></extra>"},
        {"type": "scatter", "x": per_month["month"].copy(), "y": pd.to_numeric(per_month["facts"], errors="coerce"),
         # markers only: a line would run across the months with no article, as if facts were counted there
         "name": "Facts", "mode": "markers", "marker": {"color": PALETTE[1]},
         "hovertemplate": "%{x|%b %Y}: %{y} facts<extra></extra>"},
    ]
    if undated:
        title += f" ({undated} undated article(s) not shown)"
    layout = _layout(title, height=360)
    layout["xaxis"] = _axis(x_title, tickformat="%b %Y")
    layout["yaxis"] = _axis(y_title, rangemode="tozero")
    return owned_figure(traces, layout)


def _per_month(articles: pd.DataFrame | Rows) -> tuple[int, dict[str, pd.Series] | None] | None:
    """(undated articles, {month, articles, facts} per month published or None when none is dated) in numpy,
    as the groupby of the general way gives them; None when `published` is not datetime64 or `n_facts` not int.
    Each row's month is worked out once per snapshot frame (snapshot_memo): a filter counts its rows' codes."""
    frame, rows = _frame_and_rows(articles)
    published, n_facts = frame["published"].dtype, frame["n_facts"].dtype
    if not (isinstance(published, np.dtype) and published.kind == "M" and isinstance(n_facts, np.dtype)
            and n_facts.kind == "i"):
        return None
    codes, months, counted, facts = once(memo_of(frame), "coverage:months", lambda: _month_codes(frame))
    if rows is not None:
        codes, counted, facts = codes[rows], counted[rows], facts[rows]
    dated = codes >= 0
    undated = int(len(codes) - dated.sum())
    if not dated.any():
        return undated, None
    codes = codes[dated]
    present = np.flatnonzero(np.bincount(codes, minlength=len(months)))  # the months of the rows read, in order
    return undated, {  # the dtypes the groupby gives: months in us, counts int64, sums in the column's int type
        "month": pd.Series(months[present], name="month"),
        "articles": pd.Series(np.bincount(codes, weights=counted[dated], minlength=len(months))[present]
                              .astype(np.int64), name="articles"),
        "facts": pd.Series(np.bincount(codes, weights=facts[dated], minlength=len(months))[present]
                           .astype(n_facts), name="facts"),
    }


def _month_codes(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(each row's month as a code into the months, -1 undated; the months published, sorted, datetime64[us];
    whether each row has an article id (the groupby's "count"); n_facts) of an articles frame."""
    months = frame["published"].to_numpy().astype("datetime64[M]")
    dated = ~np.isnat(months)
    codes = np.full(len(months), -1, dtype=np.intp)
    distinct, codes[dated] = np.unique(months[dated], return_inverse=True)
    return codes, distinct.astype("datetime64[us]"), frame["article_id"].notna().to_numpy(), frame["n_facts"].to_numpy()


def kpis(frames: dict[str, pd.DataFrame]) -> dict[str, object]:
    """Headline figures for a (filtered) set of frames (or core.filters.Rows of them: only the columns
    counted are read; the store's frames are read at the rows kept, with codes worked out once per frame)."""
    plants = _plant_kpis(frames["plants"])
    return {
        "articles": int(len(frames["articles"])),
        "companies": _distinct_at_rows([(frames["companies"], "company"), (frames["plants"], "company"),
                                        (frames["exports"], "company"), (frames["models"], "maker")]),
        "plants": plants.pop("plants"),
        "export_routes": _distinct_at_rows([(frames["exports"], "route_key")]),
        **plants,
    }


def _plant_kpis(plants) -> dict[str, object]:
    """The headline plants, capacity, jobs and investment (kpis) of a frame or Rows of plants."""
    whole = _plant_kpis_of_whole(plants)
    if whole is not None:
        return whole
    ps = _plant_figure_columns(plants)
    n_plants = len(ps["plant_key"])
    return {"plants": _distinct_at_rows([(plants, "plant_key")]),
            "capacity_per_year": float(ps["capacity_per_year"].sum()) if n_plants else 0.0,
            "jobs": float(ps["jobs"].sum()) if n_plants else 0.0,
            "investment": _investment_by_currency(ps)}


def _plant_kpis_of_whole(plants) -> dict[str, object] | None:
    """_plant_kpis added up on the whole plant summary's rows of the plants kept, for rows that keep every row of
    each plant they keep (whole_summary_rows; else None): a summary row per plant, each keyed (so their count is
    the plants'), and the investment summed by currency codes worked out once for the summary, where taking the
    plants' columns out first cost ~1 ms on a large country at 100k articles."""
    found = whole_summary_rows(plants, "plant_key", PLANT_FIGURES, PLANT_KEEP)
    if found is None:
        return None
    columns, places, memo = found
    # the Series the figures were summed on before: pandas' sum (NaN left out, ints widened), the same order
    capacity, jobs = (pd.Series(_take(columns[c], places), copy=False) for c in ("capacity_per_year", "jobs"))
    return {"plants": len(places), "capacity_per_year": float(capacity.sum()) if len(places) else 0.0,
            "jobs": float(jobs.sum()) if len(places) else 0.0,
            "investment": _investment_at(columns, places, memo)}


def _investment_at(columns: dict, places: np.ndarray, memo: dict) -> dict[str, float]:
    """_investment_by_currency of the summary rows at `places`: each row's currency as a code ("?" when none is
    given) once per summary, then the amounts stated added up per code present."""
    amounts = columns["investment_amount"]
    if isinstance(amounts, np.ndarray) and amounts.dtype == np.float64:
        stated = places[~np.isnan(amounts[places])]
        values = amounts[stated]
        if np.array_equal(values, np.floor(values)) and np.abs(values).sum() < 2 ** 53:  # as _investment_by_currency
            codes, names = once(memo, "kpi:currency codes", lambda: _currency_codes(columns["investment_currency"]))
            found = codes[stated]
            sums = np.bincount(found, weights=values, minlength=len(names))
            present = np.flatnonzero(np.bincount(found, minlength=len(names)))
            return dict(sorted(zip(names[present].tolist(), sums[present].tolist(), strict=True)))
    return _investment_by_currency({c: pd.Series(_take(columns[c], places), copy=False)
                                    for c in ("investment_amount", "investment_currency")})


def _currency_codes(currencies) -> tuple[np.ndarray, np.ndarray]:
    """(each row's currency as a code into the names, the names: the currencies given, then "?" for none)."""
    codes, names = pd.factorize(pd.Series(currencies, copy=False).fillna("?"))
    return codes, np.asarray(names, dtype=object)


_KPI_FIGURES = ["capacity_per_year", "jobs", "investment_amount", "investment_currency"]


def _plant_figures(plants) -> pd.DataFrame:
    """The columns of plant_summary that the headline figures add up (_KPI_FIGURES), the same values in the
    same order, without the summary's other columns."""
    columns = _plant_figure_columns(plants)
    return columns if isinstance(columns, pd.DataFrame) else pd.DataFrame(columns)


def _plant_figure_columns(plants) -> dict[str, pd.Series] | pd.DataFrame:
    """_plant_figures as its columns (each the Series the frame would hold), no frame built: kpis adds up three
    columns, and a frame of them cost more than the sums (~0.3 ms). The frame when plant_summary gives it."""
    columns = _plant_figures_by_position(plants)  # (rows read off the whole plant summary: _plant_kpis_of_whole)
    if columns is None:
        columns = _summary_columns(plants, "plant_key", _KPI_FIGURES, [], full=False)
    if columns is None:
        return plant_summary(plants)
    return {c: pd.Series(values, name=c, copy=False) for c, values in columns.items()}


def _plant_figures_by_position(plants) -> dict | None:
    """_summary_columns(plants, "plant_key", _KPI_FIGURES, [], full=False) from the frame's rows at the positions
    read: each key's code, each row's place by date and which rows state each figure are worked out once per
    snapshot frame (snapshot_memo), so a filter sorts nothing and copies out no column. None where
    _summary_columns decides (no rows, rows not in increasing order, dates not datetime64, columns not the frames'
    dtypes)."""
    frame, rows = _frame_and_rows(plants)
    if not (len(frame) if rows is None else len(rows)) or len(frame.columns) == 0:
        return None
    if rows is not None and not (rows[1:] > rows[:-1]).all():
        return None  # ties by date are in the order of the rows read: the frame's order only for increasing rows
    memo = memo_of(frame)
    columns = {c: memo_column(memo, frame, c) for c in ["plant_key", *_KPI_FIGURES, "published"]}
    numeric = [c for c in _KPI_FIGURES if c not in _TEXT_FIGURES]
    if not (all(_plain_dtype(s.dtype) for s in columns.values()) and columns["published"].dtype.kind == "M"
            and all(columns[c].dtype.kind in "iuf" for c in numeric)):
        return None
    codes = once(memo, "kpi:plant_codes", lambda: _codes_with_missing(columns["plant_key"]))
    by_date = once(memo, "kpi:by_date", lambda: _published_order(columns["published"]))
    if rows is None:
        ordered = by_date
    else:  # the rows read, latest first: the whole frame's order, rows not read left out
        read = np.zeros(len(frame), dtype=bool)
        read[rows] = True
        ordered = by_date[read[by_date]]
    n_codes = int(codes.max()) + 1
    _, firsts = _first_of_each(codes[ordered], n_codes)
    latest = ordered[np.sort(firsts)]  # each key's latest row, keys in the order of their latest row
    slot = np.empty(n_codes, dtype=np.intp)
    slot[codes[latest]] = np.arange(len(latest))
    out = {"plant_key": _take(_column_values(columns["plant_key"]), latest)}
    for c in _KPI_FIGURES:
        values = _column_values(columns[c])
        stated = once(memo, f"kpi:stated:{c}", lambda v=values: np.asarray(_stated(v), dtype=bool))
        told = ordered[stated[ordered]]
        found = np.full(len(latest), -1, dtype=np.intp)
        keys, firsts = _first_of_each(codes[told], n_codes)
        found[slot[keys]] = told[firsts]
        out[c] = _take(values, found, allow_fill=True)
    return out


def _first_of_each(codes: np.ndarray, n_codes: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(codes, return_index=True) of codes in [0, n_codes): the codes present, in increasing order, and
    where each first appears; without sorting the codes (a tenth of the time on the 26,000 plants of a large
    country at 100k articles)."""
    first = np.full(n_codes, len(codes), dtype=np.intp)
    np.minimum.at(first, codes, np.arange(len(codes), dtype=np.intp))
    present = np.flatnonzero(first < len(codes))
    return present, first[present]


def _codes_with_missing(keys: pd.Series) -> np.ndarray:
    """Each row's key as a code, rows without a key sharing the last code (a group of their own, as in
    _summary_columns)."""
    codes, uniques = pd.factorize(keys.array)
    return np.where(codes < 0, len(uniques), codes)


def _distinct_at_rows(columns: list[tuple[pd.DataFrame | Rows, str]]) -> int:
    """_distinct of the (frame or Rows, column) pairs: by the codes of the frames' text columns (once per snapshot
    frame) at the rows read, no column copied out; else _distinct of the columns. The values of several columns are
    counted by their places among the values of all of them (once per set of snapshot frames), not gathered in a
    Python set of strings on every filter."""
    read = [(*_frame_and_rows(df), column) for df, column in columns]
    memos = [memo_of(frame) for frame, _, _ in read]
    if not all(memo_column(memo, frame, column).dtype == _TEXT_DTYPE
               for memo, (frame, _, column) in zip(memos, read, strict=True)):
        return _distinct([df[column] for df, column in columns])
    coded = [once(memo, f"distinct:{column}", lambda f=frame, c=column: _codes_and_names(f[c]))
             for memo, (frame, _, column) in zip(memos, read, strict=True)]
    # the names of one column are distinct already (factorize): their codes are their places
    places = [np.arange(len(coded[0][1]) + 1)] if len(read) == 1 else _joint_places(read, memos, coded)
    n_names = int(places[0][-1])  # every places array ends with the count of all names
    seen = np.zeros(n_names + 1, dtype=bool)  # the last: missing values (code -1)
    for (codes, _), place, (_, rows, _) in zip(coded, places, read, strict=True):
        seen[place[codes if rows is None else codes[rows]]] = True
    return int(seen[:-1].sum())


def _joint_places(read: list[tuple[pd.DataFrame, np.ndarray | None, str]], memos: list[dict],
                  coded: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
    """For each column, the place of each of its names among the distinct names of all the columns, then (at -1,
    for the code of a missing value) the count of those names. Kept with the first frame for the same other frames
    (weak references: an id may be reused once its frame is gone) when every frame is a snapshot frame."""
    kind = "distinct places:" + ";".join(f"{id(frame)}:{column}" for frame, _, column in read)
    kept = memos[0].get(kind)
    if kept is not None and all(ref() is frame for ref, (frame, _, _) in zip(kept[0], read, strict=True)):
        return kept[1]
    position: dict = {}
    places = [np.array([position.setdefault(name, len(position)) for name in names.tolist()], dtype=np.intp)
              for _, names in coded]
    places = [np.append(place, len(position)).astype(np.intp) for place in places]
    if all(is_kept(frame) for frame, _, _ in read):
        memos[0][kind] = ([weakref.ref(frame) for frame, _, _ in read], places)
    return places


def _distinct(columns: list[pd.Series]) -> int:
    """Distinct values over the columns, missing ones left out: in Arrow for the frames' text columns."""
    if all(c.dtype == _TEXT_DTYPE for c in columns):
        arrays = [c.array.__arrow_array__() for c in columns]
        if len({a.type for a in arrays}) > 1:
            arrays = [a.cast(pa.large_string()) for a in arrays]
        chunks = pa.chunked_array([chunk for a in arrays for chunk in a.chunks], type=arrays[0].type)
        return pc.count_distinct(chunks, mode="only_valid").as_py()
    return int(pd.concat(columns).dropna().nunique())


def _codes_and_names(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(each row's code into the names, missing values -1; the distinct values as an object array)."""
    codes, names = pd.factorize(series.array)
    return codes, np.asarray(names, dtype=object)


def _investment_by_currency(ps: pd.DataFrame | dict[str, pd.Series]) -> dict[str, float]:
    """Investment summed per currency ("?" when none is given), over the plants that state one. `ps`: a frame, or
    its columns (_plant_figure_columns)."""
    if not len(ps["investment_amount"]):
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
    ps = ps if isinstance(ps, pd.DataFrame) else pd.DataFrame(ps)
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
