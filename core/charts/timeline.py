"""The Timeline page's figure: one company's dated events on a time axis, one row per kind of event."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.charts.base import PALETTE, _axis, _empty, _esc, _figure, _layout


def timeline_chart(events: pd.DataFrame, company: str, kinds: tuple[str, ...] | None = None) -> go.Figure:
    """`events` (core.timeline.events rows of one company) with a date, as markers by kind over time.
    `kinds`: the order of the rows (core.timeline.KINDS); kinds without a dated event are left out."""
    title = f"{company}: events over time"
    dated = events[events["date"].notna()] if len(events) else events
    if not len(dated):
        return _empty(title, "Date", "Kind of event", note="No dated events")
    order = [k for k in (kinds or tuple(dict.fromkeys(dated["kind"]))) if k in set(dated["kind"])]
    traces = []
    for i, kind in enumerate(order):
        rows = dated[dated["kind"] == kind]
        hover = [f"{_esc(e)}<br>{_esc(w)} · {_esc(s) or 'unknown source'}"
                 + (f" · {n} articles" if n > 1 else "")
                 for e, w, s, n in zip(rows["event"], rows["when"], rows["source"], rows["n_articles"], strict=True)]
        traces.append({"type": "scatter", "mode": "markers", "x": rows["date"], "y": [kind] * len(rows), "name": kind,
                       "marker": {"size": 13, "color": PALETTE[i % len(PALETTE)], "line": {"width": 1, "color": "white"}},
                       "text": hover, "hovertemplate": "%{text}<extra></extra>"})
    lo, hi = dated["date"].min(), dated["date"].max()
    pad = max((hi - lo) * 0.08, pd.Timedelta(days=120))  # one date alone still gets a readable axis
    layout = _layout(title, height=100 + 45 * len(order))
    layout["showlegend"] = False
    layout["xaxis"] = _axis("Date (stated, else published)", range=[lo - pad, hi + pad], tickformat="%b %Y")
    layout["yaxis"] = _axis("", categoryorder="array", categoryarray=order)
    return _figure(traces, layout)
