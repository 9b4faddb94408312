"""Timeline: per company, its deals, plant openings, investments and export starts in date order.

Pure functions over the frames of core.frames. Each event carries its source (article,
sentence, publisher, published date). An event's date is the date the article states for it
(a plant's start date, an export's "by when", resolved against the published date) when there
is one, otherwise the article's published date; `dated_by` says which.

Event kinds:
- "plant opening": a plant with a stated start date;
- "plant announced": a plant without one, on the article's date;
- "investment": a plant's stated investment, on the article's date;
- "export start": an export route with a stated date; "export announced" without one;
- "deal": a company builds, or exports, another group's models (contract assembly,
  licensing): one event for each side. A group building its own brands' models is no deal
  (Stellantis and the Alfa Romeo Junior): the gazetteer's groups decide.

The same event told by several articles ("Plant in Tychy, Poland", undated, in four articles) is one
event: provenance from the first article that reported it, `n_articles` counting them all.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.fact_keys import group_of as default_group_of

EVENT_COLUMNS = ["company", "date", "when", "dated_by", "kind", "event", "partner", "article_id", "source", "title",
                 "published", "sentence", "n_articles"]
KINDS = ("deal", "plant announced", "plant opening", "investment", "export announced", "export start")


def event_date(text: object) -> pd.Timestamp | None:
    """A sortable date for a resolved date expression: "2026" -> 2026-01-01, "2026-03" -> 2026-03-01."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return None
    t = str(text).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", t[:10])
    if not m:
        return None
    try:
        return pd.Timestamp(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def _money(amount: float, currency: str | None) -> str:
    for div, suffix in ((1e9, " bn"), (1e6, " m")):
        if abs(amount) >= div:
            return f"{currency or ''} {amount / div:,.1f}{suffix}".replace(".0 ", " ").strip()
    return f"{currency or ''} {amount:,.0f}".strip()


def _text(v: object) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _split(models: object) -> list[str]:
    return [m.strip() for m in _text(models).split(";") if m.strip()]


def _makers(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Model -> maker, as the articles state it (the most frequent maker when articles disagree)."""
    m = frames.get("models")
    if m is None or m.empty:
        return {}
    m = m.loc[m["maker"].notna() & m["model"].notna(), ["model", "maker"]]
    if m.empty:
        return {}
    # counted per (model, maker) pair in one pass, not a value_counts per model (a second for 9,000 models);
    # among makers stated equally often, the one stated first
    pairs = m.groupby(["model", "maker"], sort=False).size().reset_index(name="n")
    best = pairs.loc[pairs.groupby("model", sort=False)["n"].idxmax()]
    return dict(zip(best["model"], best["maker"], strict=True))


PLANT_COLUMNS = ("company", "site", "country", "capacity_per_year", "jobs", "start_date", "investment_amount",
                 "investment_currency", "models")
EXPORT_COLUMNS = ("company", "origin", "destination", "models", "units", "by_when")
SOURCE_COLUMNS = ("article_id", "source", "title", "published", "sentence")


def _records(frame: pd.DataFrame | None, columns: tuple[str, ...]) -> list[dict]:
    """The frame's rows as dicts of the columns an event reads, from one list per column: to_dict("records") boxed
    every value of every column (half a second for the 18,000 plants and routes of a large country at 100k)."""
    if frame is None or frame.empty:
        return []
    present = [c for c in (*columns, *SOURCE_COLUMNS) if c in frame.columns]
    values = [frame[c].tolist() for c in present]
    return [dict(zip(present, row, strict=True)) for row in zip(*values, strict=True)]


def events(frames: dict[str, pd.DataFrame], group_of: Callable[[str], str] = default_group_of,
           makers: dict[str, str] | None = None) -> pd.DataFrame:
    """Every event of every company (EVENT_COLUMNS), oldest first; undated events last. An event several articles
    tell is one row (the first report's provenance, `n_articles` reports). `makers`: _makers(frames), when known."""
    rows: list[dict] = []
    makers = _makers(frames) if makers is None else makers

    def other_group(maker: str | None, company: str) -> bool:
        return bool(maker) and maker != company and group_of(maker) != group_of(company)

    def prov(r) -> dict:
        return {"article_id": r.get("article_id"), "source": _text(r.get("source")), "title": _text(r.get("title")),
                "published": r.get("published"), "sentence": _text(r.get("sentence"))}

    def add(company: str, kind: str, event: str, r, stated: object = None, partner: str = "") -> None:
        date = event_date(stated)
        if date is not None:
            when, dated_by = _text(stated), "stated"
        else:
            pub = r.get("published")
            date = None if pub is None or pd.isna(pub) else pd.Timestamp(pub)
            when = date.strftime("%Y-%m-%d") if date is not None else ""
            dated_by = "published" if date is not None else ""
            if _text(stated):  # "soon", "in the coming months": keep the words
                when = f"{when} ({_text(stated)})" if when else _text(stated)
        rows.append({"company": company, "date": date, "when": when, "dated_by": dated_by, "kind": kind,
                     "event": event, "partner": partner, **prov(r)})

    for r in _records(frames.get("plants"), PLANT_COLUMNS):
        company = _text(r.get("company"))
        if not company:
            continue
        where = ", ".join(x for x in (_text(r.get("site")), _text(r.get("country"))) if x) or "an unnamed site"
        figures = []
        if r.get("capacity_per_year") is not None and not pd.isna(r.get("capacity_per_year")):
            figures.append(f"{r['capacity_per_year']:,.0f} units/year")
        if r.get("jobs") is not None and not pd.isna(r.get("jobs")):
            figures.append(f"{int(r['jobs']):,} jobs")
        detail = f" ({', '.join(figures)})" if figures else ""
        start = r.get("start_date")
        if event_date(start) is not None:
            add(company, "plant opening", f"Plant in {where} starts production{detail}", r, start)
        else:
            add(company, "plant announced", f"Plant in {where}{detail}", r, start)
        amount = r.get("investment_amount")
        if amount is not None and not pd.isna(amount):
            add(company, "investment", f"Invests {_money(float(amount), r.get('investment_currency'))} in the plant in "
                f"{where}", r)
        for maker in dict.fromkeys(makers.get(m) for m in _split(r.get("models"))):
            if other_group(maker, company):
                models = ", ".join(m for m in _split(r.get("models")) if makers.get(m) == maker)
                named = models if all(m.startswith(f"{maker} ") for m in models.split(", ")) else f"{maker} {models}"
                add(company, "deal", f"Builds {named} in {where}", r, partner=maker)
                add(maker, "deal", f"{company} builds its {models} in {where}", r, partner=company)

    for r in _records(frames.get("exports"), EXPORT_COLUMNS):
        company = _text(r.get("company"))
        if not company:
            continue
        route = f"{_text(r.get('origin')) or '?'} → {_text(r.get('destination')) or '?'}"
        models = _split(r.get("models"))
        units = r.get("units")
        detail = ", ".join(x for x in (", ".join(models),
                                       f"{units:,.0f} units" if units is not None and not pd.isna(units) else "") if x)
        detail = f" ({detail})" if detail else ""
        stated = r.get("by_when")
        kind = "export start" if event_date(stated) is not None else "export announced"
        add(company, kind, f"Exports {route}{detail}", r, stated)
        for maker in dict.fromkeys(makers.get(m) for m in models):
            if other_group(maker, company):
                add(company, "deal", f"Exports {maker} models {route}", r, partner=maker)

    if not rows:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df["date"] = pd.to_datetime(df["date"])
    df["published"] = pd.to_datetime(df["published"])
    df = df.drop_duplicates(subset=["company", "kind", "event", "article_id"])
    # one event told by several articles: the first report stands for it, with the number of reports
    same = ["company", "kind", "event", "when"]
    df["n_articles"] = df.groupby(same, dropna=False)["article_id"].transform("size").astype("int64")
    df = df.sort_values("published", na_position="last", kind="stable").drop_duplicates(subset=same)
    order = {k: i for i, k in enumerate(KINDS)}
    df = df.assign(_k=df["kind"].map(order)).sort_values(["date", "published", "_k", "event"], na_position="last",
                                                          kind="stable")
    return df.drop(columns="_k").reset_index(drop=True)


def _rows_naming_makers(frame: pd.DataFrame, companies: np.ndarray, makers: dict[str, str]) -> pd.DataFrame:
    """One row per (row of the frame, distinct maker of its models): `row`, `company` (of `companies`, each row's
    company as text), `maker`; in row order, and a row's makers in the order of its models. Each distinct models
    list is split and looked up once: an explode of every row's list cost 0.4 s for the plants of a store of 100k
    articles, where most lists repeat."""
    if frame.empty or "models" not in frame.columns:
        return pd.DataFrame({"row": pd.Series(dtype="int64"), "company": pd.Series(dtype=object),
                             "maker": pd.Series(dtype=object)})
    codes, lists = pd.factorize(frame["models"].astype(object), use_na_sentinel=True)
    # as _split: a blank between semicolons names no model; a model without a maker names none
    per_list = [list(dict.fromkeys(mk for m in str(models).split(";") if (mk := makers.get(m.strip())) and m.strip()))
                for models in lists]
    n_per_list = np.array([len(x) for x in per_list] + [0], dtype="int64")  # the last one stands for no list (-1)
    n_per_row = n_per_list[codes]
    rows = np.repeat(np.arange(len(frame), dtype="int64"), n_per_row)
    named_maker = [mk for code in codes[n_per_row > 0] for mk in per_list[code]]
    return pd.DataFrame({"row": rows, "company": companies[rows],
                         "maker": pd.Series(named_maker, dtype=object)})


def _deal_partners(named: pd.DataFrame, group_of: Callable[[str], str]) -> pd.DataFrame:
    """The rows of `named` that are deals: a company builds or ships another group's models (events' other_group)."""
    named = named[named["company"].ne("") & named["maker"].ne(named["company"])]
    pairs = named[["company", "maker"]].drop_duplicates()
    other = {(c, m) for c, m in zip(pairs["company"], pairs["maker"], strict=True) if group_of(m) != group_of(c)}
    deal = [(c, m) in other for c, m in zip(named["company"], named["maker"], strict=True)]
    return named[np.array(deal, dtype=bool)]  # an empty list would pick columns


@dataclass(frozen=True, eq=False)
class TimelineIndex:
    """What the Timeline reads before writing any company's events, worked out once per filter: each model's maker,
    and for the plants and the routes, each row's company and the makers of the models it names. A company's events
    are then written from its own rows alone (a few milliseconds), where each pick worked all this out again (0.6 s
    at 100k articles)."""
    makers: dict[str, str]
    companies: dict[str, np.ndarray]  # frame name -> each row's company ("" for none)
    named: dict[str, pd.DataFrame]  # frame name -> _rows_naming_makers


def timeline_index(frames: dict[str, pd.DataFrame]) -> TimelineIndex:
    """The TimelineIndex of the plants, exports and models frames: the page keeps one per filter and hands it to
    companies_by_activity and to company_timeline for each company picked."""
    makers = _makers(frames)
    companies, named = {}, {}
    for name in ("plants", "exports"):
        frame = frames.get(name)
        if frame is None or frame.empty:
            continue
        companies[name] = frame["company"].map(_text).to_numpy(dtype=object)
        named[name] = _rows_naming_makers(frame, companies[name], makers)
    return TimelineIndex(makers, companies, named)


def companies_by_activity(frames: dict[str, pd.DataFrame], group_of: Callable[[str], str] = default_group_of,
                          index: TimelineIndex | None = None) -> pd.Series:
    """Every company with an event (events(frames)["company"]'s values), the busiest first: the number of plants and
    routes it runs, or that build or ship its models as another group's deal. Found without writing the events
    (which took 10 s for a store of 100k articles, where a company's own take a few milliseconds).
    `index`: timeline_index(frames), when the caller keeps it for company_timeline."""
    index = index or timeline_index(frames)
    counts: dict[str, int] = {}
    for name, own in index.companies.items():
        for company, n in pd.Series(own[own != ""], dtype=object).value_counts(sort=False).items():
            counts[company] = counts.get(company, 0) + int(n)
        for maker, n in _deal_partners(index.named[name], group_of)["maker"].value_counts(sort=False).items():
            counts[maker] = counts.get(maker, 0) + int(n)
    order = sorted(counts, key=lambda c: (-counts[c], c))
    return pd.Series([counts[c] for c in order], index=pd.Index(order, dtype=object), dtype="int64")


def company_timeline(frames: dict[str, pd.DataFrame], company: str,
                     group_of: Callable[[str], str] = default_group_of, index: TimelineIndex | None = None
                     ) -> pd.DataFrame:
    """The events of one company (as maker, assembler or exporter, and as a deal's partner), oldest first:
    events(frames) of that company, written from the rows that can give it one (its own plants and routes, and
    those that build or ship its models) and the whole models frame (whose maker each model is).
    `index`: timeline_index(frames), kept by the caller across companies."""
    index = index or timeline_index(frames)
    read = dict(frames)
    for name, own in index.companies.items():
        named = index.named[name]
        keep = own == company
        keep[named.loc[named["maker"].eq(company), "row"].to_numpy()] = True
        read[name] = frames[name][keep]
    e = events(read, group_of, makers=index.makers)
    return e[e["company"] == company].reset_index(drop=True)


def companies_with_events(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Companies that have events, the busiest first."""
    e = events(frames)
    if e.empty:
        return []
    counts = e.groupby("company").size().sort_values(ascending=False, kind="stable")
    return sorted(counts.index, key=lambda c: (-counts[c], c))
