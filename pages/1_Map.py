"""Map: plants sized by capacity and coloured by company; export routes as arrows, width by units."""
import streamlit as st

import ui
from core import charts

ctx = ui.page("Map")
st.title("Map")
st.caption("Plants (marker size: capacity) and export routes (arrow from origin to destination, width: units). "
           "Hover for figures and source. The basemap is served by the app, so it draws offline.")

flags = ctx.conflict_flags()
view = ctx.derived("map_view", lambda p, e: charts.map_view(p, e, flags), "plants", "exports", rows=True)
rows = view.rows
if rows.empty:
    ui.empty_state(ctx, "plants or export routes with a known location", "map")
ui.chart(view.figure, "map", ctx.filters, "map")

st.subheader("Plotted rows")
if not rows.empty:
    ui.table(rows, "map-rows", ctx.filters, "map_rows", links=True,
             column_order=["kind", "company", "where", "capacity_per_year", "jobs", "units", "conflict", "models",
                           "sentence", "source", "published", "open"],
             column_config={
                 "kind": st.column_config.TextColumn("Kind"),
                 "company": st.column_config.TextColumn("Company"),
                 "where": st.column_config.TextColumn("Plant / route"),
                 "models": st.column_config.TextColumn("Models"),
                 "source": st.column_config.TextColumn("Source"),
                 "conflict": st.column_config.TextColumn("Disputed", help="articles that give different figures: see Conflicts"),
                 "capacity_per_year": st.column_config.NumberColumn("Capacity (units/year)", format="%,d"),
                 "jobs": st.column_config.NumberColumn("Jobs", format="%,d"),
                 "units": st.column_config.NumberColumn("Export units", format="%,d"),
                 "sentence": st.column_config.TextColumn("Sentence", width="large"),
                 "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
             })
else:
    st.caption("No rows to plot.")
unplaced = view.unplaced
if len(unplaced):
    st.caption(f"Not on the map, no one place to draw ({len(unplaced)}: a count of markets, a place without coordinates): " + "; ".join(unplaced["where"].head(20)))
