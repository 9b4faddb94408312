"""Conflicts: articles that give different figures for one plant or route, side by side with their sources."""
import html

import pandas as pd
import streamlit as st

import ui
from core import conflicts
from core.filters import Filters

DISPUTES_PER_PAGE = 25

ctx = ui.page("Conflicts")
st.title("Conflicts")
st.caption("Where articles state different capacity, jobs, investment or export units for the same plant or route "
           f"(values within {conflicts.RTOL:.0%} of each other count as one figure). Each figure is shown with "
           "the articles that state it, their sources and dates.")

# Disagreements are found across the whole store, so a plant is flagged even when the filter hides one of
# its sources; the filter decides which plants and routes are listed.
all_conflicts = ui.cached(ctx.db, ctx.version, Filters(), "conflicts_all",
                          lambda m: conflicts.find_conflicts({"metrics": m}), "metrics")


def _shown(metrics) -> tuple:
    """The filter's disputes and their table (reads the filter's subject keys only)."""
    shown = conflicts.of_subjects(all_conflicts, metrics["subject_key"])
    return shown, conflicts.disputes_table(shown)


shown, table = ctx.derived("conflicts_shown", _shown, "metrics", rows=True)

subjects = shown["subject_key"].nunique()
c = st.columns(3)
c[0].metric("Plants and routes in dispute", f"{subjects:,}")
disputes = conflicts.n_disputes(shown)
c[1].metric("Disputed figures", f"{disputes:,}")
c[2].metric("Articles involved", f"{shown['article_id'].nunique():,}")

if shown.empty:
    if ctx.store_empty or not ctx.filters.is_empty():
        ui.empty_state(ctx, "conflicting figures", "conflicts")
    else:
        st.info("No conflicting figures: where several articles state a figure for one plant or route, they agree.",
                icon=":material/task_alt:")
    st.stop()


def fmt_date(v) -> str:
    return "date unknown" if v is None or pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")


st.subheader("Side by side")
start = ui.pager(disputes, DISPUTES_PER_PAGE, f"conflicts_{disputes}", "Disputes",
                 "by plant or route name")  # keyed by the count: a new filter starts at page 1
for (key, label, metric, unit), group in conflicts.side_by_side(shown, start, DISPUTES_PER_PAGE):
    kind = group["subject_kind"].iloc[0]
    n = group["article_id"].nunique()
    where = label or key
    country = group["country"].dropna()
    if len(country) and str(country.iloc[0]) not in where:
        where = f"{where} ({country.iloc[0]})"
    with st.container(border=True):
        st.markdown(f"**{html.escape(where)}** · {kind} · {conflicts.METRIC_LABELS.get(metric, metric)} — "
                    f":red[{conflicts.flag_text(n)}]")
        figures = list(group.groupby("figure", sort=True))
        cols = st.columns(len(figures))
        for col, (_, rows) in zip(cols, figures, strict=True):
            with col:
                st.metric(conflicts.METRIC_LABELS.get(metric, metric),
                          conflicts.format_value(rows["value"].iloc[0], metric, unit),
                          help="as stated" + (f" ({', '.join(q for q in rows['qualifier'].dropna().unique() if q)})"
                                              if rows["qualifier"].fillna("").str.len().gt(0).any() else ""))
                for r in rows.itertuples():
                    source = r.source if isinstance(r.source, str) and r.source else "unknown source"
                    title = r.title if isinstance(r.title, str) and r.title else ""
                    link = ui.article_url(r.article_id, ctx.filters)
                    st.html(
                        f"<div style='font-size:0.9rem;margin-bottom:0.6rem'>"
                        f"<b>{html.escape(source)}</b> · {html.escape(fmt_date(r.published))}"
                        + (f"<br><i>{html.escape(title)}</i>" if title else "")
                        + f"<blockquote style='margin:0.3rem 0;color:#444'>{html.escape(ui.in_quotes(r.sentence))}"
                        f"</blockquote><a href='{html.escape(link)}' target='_self'>open article ↗</a></div>"
                    )

st.subheader("Every disputed figure")
ui.table(ui.with_links(table, ctx.filters), "conflicts", ctx.filters, "conflicts_table",
         column_order=["subject_label", "subject_kind", "metric", "figure_text", "conflict", "source", "published",
                       "sentence", "open"],
         column_config={"subject_label": st.column_config.TextColumn("Plant / route"),
                        "subject_kind": st.column_config.TextColumn("Kind"),
                        "metric": st.column_config.TextColumn("Metric"),
                        "conflict": st.column_config.TextColumn("Conflict"),
                        "source": st.column_config.TextColumn("Source"),
                        "figure_text": st.column_config.TextColumn("Figure"),
                        "sentence": st.column_config.TextColumn("Sentence", width="large"),
                        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})
