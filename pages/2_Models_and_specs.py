"""Models & specs: each model with its maker, platform lineage, specs, where it is built and exported."""
import streamlit as st

import ui
from core import charts

ctx = ui.page("Models & specs")
st.title("Models & specs")

# the table and the chart in one cached call: both read the specs by model
view = ctx.derived("models_view", charts.models_view, "models", "specs", "plants", "exports", rows=True)
models = view.table
if models.empty:
    ui.empty_state(ctx, "models", "models")
else:
    st.caption(f"{len(models):,} model(s). Specs are the latest stated in the articles.")
    ui.table(models, "models", ctx.filters, "models", links=True,
             column_order=["model", "maker", "based_on", "platform", "engine_l", "power_hp", "transmission", "built_at",
                           "exported_to", "n_articles", "sentence", "open"],
             column_config={
                 "model": st.column_config.TextColumn("Model"),
                 "maker": st.column_config.TextColumn("Maker"),
                 "based_on": st.column_config.TextColumn("Based on", help="The model it derives from"),
                 "platform": st.column_config.TextColumn("Platform", help="The platform it is built on"),
                 "engine_l": st.column_config.NumberColumn("Engine (L)", format="%.1f L"),
                 "power_hp": st.column_config.NumberColumn("Power (hp)", format="%d hp"),
                 "transmission": st.column_config.TextColumn("Transmission"),
                 "built_at": st.column_config.TextColumn("Built at"),
                 "exported_to": st.column_config.TextColumn("Exported to"),
                 "n_articles": st.column_config.NumberColumn("Articles", format="%d"),
                 "sentence": st.column_config.TextColumn("Sentence", width="large"),
             })

st.subheader("Specs compared")
ui.chart(view.figure, "specs", ctx.filters, "specs")  # the models table lists every model
