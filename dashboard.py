"""Overview: the home page."""
import pandas as pd
import streamlit as st

from core.articles import display_title, read_folder, word_count
from core.paths import SEEDS
from ui import sidebar_filters

st.set_page_config(page_title="Autowatch", page_icon="🚗", layout="wide")
articles = read_folder(SEEDS)
filters = sidebar_filters()
st.title("Autowatch")
st.caption("Plants, models, exports, jobs and money from automotive news.")
st.subheader("Articles")
st.dataframe(
    pd.DataFrame(
        [{"title": display_title(a), "source": a.source, "published": a.published, "words": word_count(a.text)} for a in articles]
    ),
    hide_index=True,
)
