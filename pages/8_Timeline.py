"""Timeline: per company, its deals, plant openings, investments and export starts in date order, with sources."""
import html

import pandas as pd
import plotly.express as px
import streamlit as st

import ui
from core import timeline

ctx = ui.page("Timeline")
st.title("Timeline")
st.caption("A company's deals, plants, investments and export starts in date order. An event is dated by what "
           "the article states (a start date, “by 2026”) or, when it states none, by the article's published date.")

FRAMES = ("plants", "exports", "models")
events = ctx.derived("timeline_events", lambda p, e, m: timeline.events({"plants": p, "exports": e, "models": m}),
                     *FRAMES)
if events.empty:
    ui.empty_state(ctx, "dated deals, plants or exports", "timeline")
    st.stop()

counts = events.groupby("company").size()
companies = sorted(counts.index, key=lambda c: (-counts[c], c))
chosen = [c for c in ctx.filters.companies if c in counts.index]
default = chosen[0] if chosen else companies[0]
company = st.selectbox("Timeline of", companies, index=companies.index(default), key="timeline_company",
                       format_func=lambda c: f"{c} ({counts[c]} events)")
rows = events[events["company"] == company]

kinds = [k for k in timeline.KINDS if k in set(rows["kind"])]
dated = rows[rows["date"].notna()]
if len(dated):
    fig = px.scatter(dated, x="date", y="kind", color="kind", category_orders={"kind": kinds},
                     hover_data={"event": True, "when": True, "source": True, "date": False, "kind": False},
                     title=f"{company}: events over time")
    fig.update_traces(marker={"size": 13, "line": {"width": 1, "color": "white"}})
    lo, hi = dated["date"].min(), dated["date"].max()
    pad = max((hi - lo) * 0.08, pd.Timedelta(days=120))  # one date alone still gets a readable axis
    fig.update_layout(showlegend=False, height=140 + 45 * len(kinds), yaxis_title=None, xaxis_title=None,
                      margin={"l": 10, "r": 10, "t": 50, "b": 10},
                      xaxis={"range": [lo - pad, hi + pad], "tickformat": "%b %Y"})
    ui.chart(fig, f"timeline-{company}", ctx.filters, "timeline")

st.subheader(f"{company}: {len(rows)} events")
for r in rows.itertuples():
    when = r.when or "date unknown"
    basis = " (published)" if r.dated_by == "published" else ""
    source = r.source or "unknown source"
    pub = "" if pd.isna(r.published) else pd.Timestamp(r.published).strftime("%Y-%m-%d")
    link = ui.article_url(r.article_id, ctx.filters) if isinstance(r.article_id, str) else ""
    st.html(
        "<div style='display:flex;gap:1rem;padding:0.4rem 0;border-bottom:1px solid #eee'>"
        f"<div style='flex:0 0 12rem;font-weight:600'>{html.escape(when)}"
        f"<div style='font-weight:400;font-size:0.8rem;color:#777'>{html.escape(r.kind)}{html.escape(basis)}</div></div>"
        f"<div><div>{html.escape(r.event)}</div>"
        f"<div style='font-size:0.85rem;color:#555;border-left:3px solid #ddd;padding-left:0.5rem;margin:0.2rem 0'>"
        f"{html.escape(r.sentence or '')}</div>"  # set off by a rule, not quote marks: sentences often open with a quote
        f"<div style='font-size:0.8rem;color:#777'>{html.escape(source)}{' · ' + html.escape(pub) if pub else ''}"
        + (f" · <a href='{html.escape(link)}'>open article ↗</a>" if link else "") + "</div></div></div>"
    )

st.subheader("As a table")
ui.table(ui.with_links(rows, ctx.filters), f"timeline-{company}", ctx.filters, "timeline_table",
         column_order=["when", "kind", "event", "partner", "source", "published", "sentence", "open"],
         column_config={"when": st.column_config.TextColumn("When"), "kind": st.column_config.TextColumn("Kind"),
                        "partner": st.column_config.TextColumn("Partner"),
                        "source": st.column_config.TextColumn("Source"),
                        "event": st.column_config.TextColumn("Event", width="large"),
                        "sentence": st.column_config.TextColumn("Sentence", width="large"),
                        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})
