"""Shared UI for every page: the sidebar filters. Pages call `sidebar_filters` first.

Widgets are bound to the URL's query parameters, so a filtered view is a link to share,
and persist in the session, so the filter survives moving between pages.
"""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from core.filters import Filters

COMMON = {"bind": "query-params", "persist_state": "session"}


def sidebar_filters(countries: Sequence[str] = (), companies: Sequence[str] = (), models: Sequence[str] = ()) -> Filters:
    with st.sidebar:
        st.header("Filters")
        country = st.multiselect("Country", list(countries), key="country", **COMMON)
        company = st.multiselect("Company", list(companies), key="company", **COMMON)
        model = st.multiselect("Model", list(models), key="model", **COMMON)
        query = st.text_input("Search text", key="q", **COMMON)
    return Filters(countries=tuple(country), companies=tuple(company), models=tuple(model), query=query or "")
