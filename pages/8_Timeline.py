"""Timeline: per company, its deals, plant openings, investments and export starts in date order, with sources."""
import html

import pandas as pd
import streamlit as st

import ui
from core import charts, timeline

ctx = ui.page("Timeline")
st.title("Timeline")
st.caption("A company's deals, plants, investments and export starts in date order. An event is dated by what "
           "the article states (a start date, “by 2026”) or, when it states none, by the article's published date.")

FRAMES = ("plants", "exports", "models")
EVENTS_PER_PAGE = 50
# the companies first (counted, not written out), then the events of the one picked: a store of 100k articles
# holds 300,000 events, and writing them all took 10 s. What both read (each model's maker, each row's makers) is
# worked out once per filter, not again for each company picked.
index = ctx.derived("timeline_index", lambda p, e, m: timeline.timeline_index({"plants": p, "exports": e, "models": m}),
                    *FRAMES)
counts = ctx.derived("timeline_companies", lambda p, e, m: timeline.companies_by_activity(
    {"plants": p, "exports": e, "models": m}, index=index), *FRAMES)
if counts.empty:
    ui.empty_state(ctx, "dated deals, plants or exports", "timeline")
    st.stop()

companies = list(counts.index)  # the busiest first
chosen = [c for c in ctx.filters.companies if c in counts.index]
default = chosen[0] if chosen else companies[0]
company = st.selectbox("Timeline of", companies, index=companies.index(default), key="timeline_company",
                       format_func=lambda c: f"{c} ({counts[c]:,} plants and routes)",
                       help="Companies with the most plants and export routes first: their own, and other groups' "
                            "that build or ship their models")
rows = ctx.derived(f"timeline_events:{company}", lambda p, e, m: timeline.company_timeline(
    {"plants": p, "exports": e, "models": m}, company, index=index), *FRAMES)

if rows["date"].notna().any():
    ui.chart(charts.timeline_chart(rows, company, timeline.KINDS), f"timeline-{company}", ctx.filters, "timeline")

st.subheader(f"{company}: {len(rows)} events")
start = ui.pager(len(rows), EVENTS_PER_PAGE, f"timeline_{company}_{len(rows)}", "Events", "oldest first")
listed = rows.iloc[start:start + EVENTS_PER_PAGE]
for r in listed.itertuples():
    when = r.when or "date unknown"
    basis = " (published)" if r.dated_by == "published" else ""
    source = r.source or "unknown source"
    also = f" · also in {r.n_articles - 1} more article{'s' if r.n_articles > 2 else ''}" if r.n_articles > 1 else ""
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
        + (f" · <a href='{html.escape(link)}'>open article ↗</a>" if link else "") + html.escape(also)
        + "</div></div></div>"
    )

st.subheader("As a table")
ui.table(ui.with_links(rows, ctx.filters), f"timeline-{company}", ctx.filters, "timeline_table",
         column_order=["when", "kind", "event", "partner", "n_articles", "source", "published", "sentence", "open"],
         column_config={"when": st.column_config.TextColumn("When"), "kind": st.column_config.TextColumn("Kind"),
                        "partner": st.column_config.TextColumn("Partner"),
                        "n_articles": st.column_config.NumberColumn("Articles", format="%d",
                                                                    help="articles that report this event"),
                        "source": st.column_config.TextColumn("Source"),
                        "event": st.column_config.TextColumn("Event", width="large"),
                        "sentence": st.column_config.TextColumn("Sentence", width="large"),
                        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})
