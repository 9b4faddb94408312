"""Autowatch core: parsing, storage, frames, filters and chart builders. Never imports streamlit."""
