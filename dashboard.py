"""Overview: the home page. Headline figures, the latest facts with their sources, coverage over time."""
import streamlit as st

import ui
from core import charts

ctx = ui.page("Overview")
st.title("Autowatch")
st.caption("Plants, models, exports, jobs and money from automotive news — every figure links to its sentence.")
if not ctx.filters.is_empty():
    st.caption(f"Filtered: {ui.describe(ctx.filters)}")

k = ctx.derived("kpis", lambda *fs: charts.kpis(dict(zip(charts.KPI_FRAMES, fs, strict=True))), *charts.KPI_FRAMES,
                rows=True)
cols = st.columns(4)  # counts, then the figures: two rows so long figures are not cut
cols[0].metric("Articles", f"{k['articles']:,}")
cols[1].metric("Companies", f"{k['companies']:,}")
cols[2].metric("Plants", f"{k['plants']:,}")
cols[3].metric("Export routes", f"{k['export_routes']:,}")
cols = st.columns([1, 1, 2])
cols[0].metric("Announced capacity", f"{charts.fmt_number(k['capacity_per_year'])} /yr", help="units per year, summed over plants")
cols[1].metric("Jobs", charts.fmt_number(k["jobs"]), help="jobs announced, summed over plants")
invest_value, invest_help, invest_note = charts.investment_kpi(k["investment"])
cols[2].metric("Investment", invest_value, help=invest_help)
if invest_note:
    st.caption(invest_note)

if ctx.rows("articles").empty:  # no copy of the filtered articles
    ui.empty_state(ctx, "articles", "overview")
    st.stop()

st.subheader("Latest facts")
facts = ctx.derived("latest_facts", lambda *fs: charts.latest_facts(dict(zip(charts.FACT_FRAMES, fs, strict=True))),
                    *charts.FACT_FRAMES, rows=True)
if facts.empty:
    ui.empty_state(ctx, "facts", "facts")
else:
    ui.table(facts, "latest-facts", ctx.filters, "facts", links=True,
             column_order=["published", "kind", "fact", "sentence", "source", "open"],
             column_config={"published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
                            "kind": st.column_config.TextColumn("Kind"),
                            "source": st.column_config.TextColumn("Source"),
                            "fact": st.column_config.TextColumn("Fact", width="large"),
                            "sentence": st.column_config.TextColumn("Sentence it came from", width="large")})

st.subheader("Coverage over time")
ui.chart(ctx.derived("coverage", charts.coverage_chart, "articles", rows=True), "coverage", ctx.filters, "coverage")

st.subheader("Articles")
articles = ctx.derived("articles_list", charts.articles_list, "articles", rows=True)
ui.table(articles, "articles", ctx.filters, "articles", links=True, **ui.ARTICLES_TABLE)
ui.facts_json_download(ctx)
