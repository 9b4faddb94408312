"""Articles: the text with entities highlighted, the facts found in it, and the sentence of each fact."""
import pandas as pd
import streamlit as st

import ui
from core import charts
from core.frames import article_rows

ctx = ui.page("Articles")
st.title("Articles")

articles = ctx.rows("articles")  # as Rows: the store's frame and positions, no copy of the matching rows
all_articles = ctx.all_frames["articles"]
if articles.empty:
    ui.empty_state(ctx, "articles", "articles")

# A fact link (?article=<id>, opened in a new session) shows that article even when the filter
# would hide it; after that the list follows the filter.
options = list(articles.head(ui.MAX_TABLE_ROWS)["article_id"])
wanted = st.query_params.get("article") if "article" not in st.session_state else None
outside = bool(wanted and wanted not in options and len(article_rows(all_articles, wanted)))
if outside:
    options.insert(0, wanted)
titles = ctx.derived("article_titles", lambda a: charts.article_titles(a.head(ui.MAX_TABLE_ROWS)), "articles",
                     rows=True)
if outside:
    titles = {**titles, **charts.article_titles(article_rows(all_articles, wanted))}

if options:
    article_id = st.selectbox(
        "Article", options, index=0, format_func=lambda a: titles.get(a, a), key="article",
        help="Articles matching the filter, newest first", **ui.COMMON,
    )
    row, facts, highlighted = ctx.article(article_id)
if options and row is None:  # removed from the store since the list was read
    st.warning("This article is no longer in the store.", icon=":material/warning:")
elif options:
    meta = [str(row["source"]) if isinstance(row["source"], str) and row["source"] else "unknown source",
            row["published"].strftime("%Y-%m-%d") if not pd.isna(row["published"]) else "date unknown",
            f"{int(row['words']):,} words" if not pd.isna(row["words"]) else "", row["name"]]
    st.subheader(titles.get(article_id, article_id))
    if outside and article_id == wanted:
        st.caption("Opened from a link: this article does not match the current filter.")
    st.caption(" · ".join(m for m in meta if m))
    if isinstance(row["url"], str) and row["url"].startswith(("http://", "https://")):
        st.link_button("Original article", row["url"], icon=":material/open_in_new:")

    st.markdown("**Facts found in this article**")
    if facts.empty:
        st.info("No facts were found in this article.", icon=":material/info:")
    else:
        ui.table(facts, f"facts-{article_id}", ctx.filters, "article_facts",
                 column_order=["kind", "fact", "sentence"],
                 column_config={"kind": st.column_config.TextColumn("Kind"),
                                "fact": st.column_config.TextColumn("Fact", width="large"),
                                "sentence": st.column_config.TextColumn("Sentence it came from", width="large")})

    st.markdown("**Text, with the entities found**")
    st.html(highlighted)

st.subheader("All matching articles")
if not articles.empty:
    table = ctx.derived("articles_list", charts.articles_list, "articles", rows=True)  # shared with Overview
    ui.table(table, "articles", ctx.filters, "articles_list", links=True, **ui.ARTICLES_TABLE)
