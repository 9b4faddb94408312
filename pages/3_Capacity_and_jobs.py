"""Capacity & jobs: capacity by plant, company and country; jobs; investment; investment per job and per unit."""
import streamlit as st

import ui
from core import charts
from core.fx import usd_rates

ctx = ui.page("Capacity & jobs")
st.title("Capacity & jobs")
st.caption("Each plant counts once, with the figures of the latest article that states them.")

flags = ctx.conflict_flags()
view = ctx.derived("capacity_view", lambda p: charts.capacity_view(p, flags), "plants", rows=True)  # table and charts
summary = view.table
if summary.empty:
    ui.empty_state(ctx, "plants", "capacity")

QUESTIONS = {
    "capacity-by-plant": "How much can each plant build?",
    "capacity-by-company": "Which companies are adding capacity?",
    "capacity-by-country": "Where is capacity being added?",
    "jobs-by-plant": "How many jobs?",
    "investment-by-plant": "How much money?",
    "investment-per-job": "What does each job cost?",
    "investment-per-capacity": "What does each unit of capacity cost?",
}
if not summary.empty:
    for name, fig in view.figures.items():  # in charts.CAPACITY_CHARTS' order
        st.subheader(QUESTIONS[name])
        ui.chart(fig, name, ctx.filters, name)

    st.subheader("Plants")
    ui.table(summary, "plants", ctx.filters, "plants", links=True,
             column_order=["company", "site", "country", "capacity_per_year", "shifts", "jobs", "investment_amount",
                           "investment_currency", "investment_usd", "conflict", "models", "start_date", "n_articles", "sentence", "open"],
             column_config={
                 "company": st.column_config.TextColumn("Company"),
                 "site": st.column_config.TextColumn("Site"),
                 "country": st.column_config.TextColumn("Country"),
                 "models": st.column_config.TextColumn("Models"),
                 "start_date": st.column_config.TextColumn("Start"),
                 "capacity_per_year": st.column_config.NumberColumn("Capacity (units/year)", format="%,d"),
                 "shifts": st.column_config.NumberColumn("Shifts", format="%d"),
                 "jobs": st.column_config.NumberColumn("Jobs", format="%,d"),
                 "investment_amount": st.column_config.NumberColumn("Investment", format="%,.0f"),
                 "investment_currency": st.column_config.TextColumn("Currency"),
                 "investment_usd": st.column_config.NumberColumn(
                     "Investment (USD)", format="%,.0f",
                     help=f"converted at {usd_rates().source()}; empty where the ECB quotes no rate"),
                 "n_articles": st.column_config.NumberColumn("Articles", format="%d"),
                 "conflict": st.column_config.TextColumn("Disputed", help="articles that give different figures: see Conflicts"),
                 "sentence": st.column_config.TextColumn("Sentence", width="large"),
             })
