"""Add articles: upload files or paste text, parse them, check the facts found, then save them."""
import html

import streamlit as st

import ui
from core import curation
from core.ingest import MAX_BYTES

ctx = ui.page("Add articles")
st.title("Add articles")
st.caption(f"Upload .txt, .md, .html or .jsonl files (several at once, up to {MAX_BYTES // (1024 * 1024)} MB each) "
           "or paste an article. Parsing shows the facts found; nothing is stored until you save.")

saved = st.session_state.pop("add_saved", None)
if saved:
    written, dupes = saved
    st.success(f"Saved {written} article(s)" + (f"; {dupes} already stored" if dupes else "")
               + ". They now show on the Map, the Articles page and everywhere else.", icon=":material/check_circle:")

PREVIEW = "add_preview"  # session state: {"parsed": [(Article, ArticleFacts)], "errors": [(file, reason)]}


def parse(articles, errors) -> None:
    with st.status(f"Parsing {len(articles)} article(s)…", expanded=True) as status:
        bar = st.progress(0.0, text="Parsing")

        def tick(done: int, total: int) -> None:
            bar.progress(done / max(total, 1), text=f"Parsed {done} of {total}")

        parsed, failed = curation.parse_articles(articles, ctx.db, progress=tick) if articles else ([], [])
        problems = [(e.file, e.reason) for e in errors] + [(a.name, reason) for a, reason in failed]
        label = f"Parsed {len(parsed)} article(s)" + (f"; {len(problems)} problem(s)" if problems else "")
        status.update(label=label, state="error" if problems and not parsed else "complete", expanded=False)
    st.session_state[PREVIEW] = {"parsed": parsed, "errors": problems}


upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
with upload_tab:
    files = st.file_uploader("Article files", type=["txt", "md", "markdown", "html", "htm", "jsonl"], accept_multiple_files=True,
                             key="add_files", help="One article per file; .jsonl holds one article per line "
                             "(fields: text, and optionally title, source, url, published)")
    if st.button("Parse files", key="parse_files", type="primary", disabled=not files, icon=":material/play_arrow:"):
        articles, errors = curation.read_uploads((f.name, f.getvalue()) for f in files or [])
        parse(articles, errors)

with paste_tab:
    with st.form("paste_form", clear_on_submit=False):
        text = st.text_area("Article text", height=220, key="paste_text", max_chars=MAX_BYTES,
                            placeholder="Paste the article here")
        c1, c2 = st.columns(2)
        title = c1.text_input("Title (optional)", key="paste_title")
        source = c2.text_input("Source (optional)", key="paste_source", placeholder="e.g. Automotive News")
        url = c1.text_input("URL (optional)", key="paste_url", placeholder="https://…")
        published = c2.text_input("Published (optional)", key="paste_published", placeholder="YYYY-MM-DD")
        submitted = st.form_submit_button("Parse text", type="primary", icon=":material/play_arrow:")
    if submitted:
        art, errors = curation.pasted_article(text or "", title=title, source=source, url=url, published=published)
        parse([art] if art else [], errors)

preview = st.session_state.get(PREVIEW)
if preview:
    for file, reason in preview["errors"]:
        st.error(f"**{html.escape(file)}**: {html.escape(reason)}", icon=":material/error:")
    parsed = preview["parsed"]
    if parsed:
        known = set(ctx.all_frames["articles"]["article_id"])
        st.subheader("Facts found")
        for art, facts in parsed:
            table = curation.facts_preview(facts)
            label = art.title or art.name
            already = " (already stored)" if art.id in known else ""
            with st.expander(f"{label} · {len(table)} fact(s){already}", expanded=len(parsed) <= 3):
                meta = " · ".join(x for x in (art.source, art.published, art.name if art.title else "") if x)
                st.caption(meta or "No title, source or date given.")
                if table.empty:
                    st.info("No facts found in this article.", icon=":material/info:")
                else:
                    st.dataframe(table, hide_index=True, key=f"preview_{art.id}",
                                 column_config={"kind": st.column_config.TextColumn("Kind"),
                                                "fact": st.column_config.TextColumn("Fact", width="large"),
                                                "sentence": st.column_config.TextColumn("Sentence", width="large")})
        new = [p for p in parsed if p[0].id not in known]
        c1, c2, _ = st.columns([1, 1, 4])
        if c1.button(f"Save {len(new)} article(s)", key="save_parsed", type="primary", disabled=not new,
                     icon=":material/save:"):
            written, dupes = curation.save_parsed(ctx.db, new)
            del st.session_state[PREVIEW]
            st.session_state["add_saved"] = (len(written), len(dupes))
            st.rerun()
        if c2.button("Discard", key="discard_parsed", icon=":material/delete:"):
            del st.session_state[PREVIEW]
            st.rerun()
        if len(new) < len(parsed):
            st.caption(f"{len(parsed) - len(new)} article(s) are already in the store and will not be added again.")
