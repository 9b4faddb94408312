"""Map of plants and export routes."""
import streamlit as st

from ui import sidebar_filters

st.set_page_config(page_title="Map · Autowatch", layout="wide")
filters = sidebar_filters()
st.title("Map")
st.write("Countries:", ", ".join(filters.countries) or "all")
