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


def events(frames: dict[str, pd.DataFrame], group_of: Callable[[str], str] = default_group_of) -> pd.DataFrame:
    """Every event of every company (EVENT_COLUMNS), oldest first; undated events last. An event several articles
    tell is one row (the first report's provenance, `n_articles` reports)."""
    rows: list[dict] = []
    makers = _makers(frames)

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


def _rows_naming_makers(frame: pd.DataFrame | None, makers: dict[str, str]) -> pd.DataFrame:
    """One row per (row of the frame, distinct maker of its models): `row`, `company`, `maker`."""
    if frame is None or frame.empty or "models" not in frame.columns:
        return pd.DataFrame({"row": pd.Series(dtype="int64"), "company": pd.Series(dtype=object),
                             "maker": pd.Series(dtype=object)})
    named = pd.DataFrame({"row": range(len(frame)), "company": frame["company"].tolist(),
                          "model": frame["models"].astype(object).where(frame["models"].notna(), "").str.split(";")})
    named = named.explode("model")
    model = named["model"].str.strip()
    named["maker"] = model.where(model.ne("")).map(makers)  # as _split: a blank between semicolons names none
    named = named[named["maker"].notna() & named["maker"].ne("")]
    return named.drop_duplicates(subset=["row", "maker"])[["row", "company", "maker"]]


def _deal_partners(named: pd.DataFrame, group_of: Callable[[str], str]) -> pd.DataFrame:
    """The rows of `named` that are deals: a company builds or ships another group's models (events' other_group)."""
    named = named[named["company"].map(_text).ne("") & named["maker"].ne(named["company"])]
    pairs = named[["company", "maker"]].drop_duplicates()
    other = {(c, m) for c, m in zip(pairs["company"], pairs["maker"], strict=True) if group_of(m) != group_of(c)}
    deal = [(c, m) in other for c, m in zip(named["company"], named["maker"], strict=True)]
    return named[np.array(deal, dtype=bool)]  # an empty list would pick columns


def companies_by_activity(frames: dict[str, pd.DataFrame], group_of: Callable[[str], str] = default_group_of
                          ) -> pd.Series:
    """Every company with an event (events(frames)["company"]'s values), the busiest first: the number of plants and
    routes it runs, or that build or ship its models as another group's deal. Found without writing the events
    (which took 10 s for a store of 100k articles, where a company's own take a few milliseconds)."""
    makers = _makers(frames)
    counts: dict[str, int] = {}
    for name in ("plants", "exports"):
        frame = frames.get(name)
        if frame is None or frame.empty:
            continue
        own = frame["company"].map(_text)
        for company, n in own[own.ne("")].value_counts(sort=False).items():
            counts[company] = counts.get(company, 0) + int(n)
        for maker, n in _deal_partners(_rows_naming_makers(frame, makers), group_of)["maker"].value_counts(
                sort=False).items():
            counts[maker] = counts.get(maker, 0) + int(n)
    order = sorted(counts, key=lambda c: (-counts[c], c))
    return pd.Series([counts[c] for c in order], index=pd.Index(order, dtype=object), dtype="int64")


def company_timeline(frames: dict[str, pd.DataFrame], company: str,
                     group_of: Callable[[str], str] = default_group_of) -> pd.DataFrame:
    """The events of one company (as maker, assembler or exporter, and as a deal's partner), oldest first:
    events(frames) of that company, written from the rows that can give it one (its own plants and routes, and
    those that build or ship its models) and the whole models frame (whose maker each model is)."""
    makers = _makers(frames)
    read = dict(frames)
    for name in ("plants", "exports"):
        frame = frames.get(name)
        if frame is None or frame.empty:
            continue
        named = _rows_naming_makers(frame, makers)
        partner = named.loc[named["maker"].eq(company), "row"].to_numpy()
        keep = frame["company"].map(_text).eq(company).to_numpy(dtype=bool, copy=True)
        keep[partner] = True
        read[name] = frame[keep]
    e = events(read, group_of)
    return e[e["company"] == company].reset_index(drop=True)


def companies_with_events(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Companies that have events, the busiest first."""
    e = events(frames)
    if e.empty:
        return []
    counts = e.groupby("company").size().sort_values(ascending=False, kind="stable")
    return sorted(counts.index, key=lambda c: (-counts[c], c))
