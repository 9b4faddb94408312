"""Capacity & jobs: capacity by plant, company and country; jobs; investment; investment per job and per unit."""
import streamlit as st

import ui
from core import charts
from core.fx import usd_rates

ctx = ui.page("Capacity & jobs")
st.title("Capacity & jobs")
st.caption("Each plant counts once, with the figures of the latest article that states them.")

flags = ctx.conflict_flags()
plants = ctx.derived("plant_summary", charts.labelled_plant_summary, "plants")  # for every chart and the table
summary = ctx.derived("plant_table", lambda p: charts.plant_table(plants, flags), "plants")
if summary.empty:
    ui.empty_state(ctx, "plants", "capacity")

QUESTIONS = [
    ("How much can each plant build?", "capacity-by-plant", lambda p, **kw: charts.capacity_chart(p, "plant", **kw)),
    ("Which companies are adding capacity?", "capacity-by-company",
     lambda p, **kw: charts.capacity_chart(p, "company", **kw)),
    ("Where is capacity being added?", "capacity-by-country", lambda p, **kw: charts.capacity_chart(p, "country", **kw)),
    ("How many jobs?", "jobs-by-plant", charts.jobs_chart),
    ("How much money?", "investment-by-plant", charts.investment_chart),
    ("What does each job cost?", "investment-per-job", charts.investment_per_job_chart),
    ("What does each unit of capacity cost?", "investment-per-capacity", charts.investment_per_capacity_chart),
]
if not summary.empty:
    for question, name, build in QUESTIONS:
        st.subheader(question)
        ui.chart(ctx.derived(name, lambda p, b=build: b(p, summary=plants), "plants"), name, ctx.filters, name)

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
