"""Curation: names the parser could not resolve and facts it was unsure of; the analyst decides, then re-extracts."""
import html

import pandas as pd
import streamlit as st

import ui
from core import curation
from core.filters import Filters

ctx = ui.page("Curation")
st.title("Curation")
st.caption("Names the parser found beside automotive words but could not resolve, and facts it read with low "
           "confidence. Map a name to a known entity, create a new one, or dismiss it; then re-extract so every "
           "article is parsed again with your decisions. The queue covers the whole store: the sidebar filter does "
           "not apply here.")

done = st.session_state.pop("curation_done", None)
if done:
    st.success(done, icon=":material/check_circle:")

# read from the store once per store version (saving or undoing a decision bumps it): 0.2 s a run at 100k articles
decisions = ui.cached(ctx.db, ctx.version, Filters(), "curation_decisions", lambda: curation.load_decisions(ctx.db))
queue = ui.cached(ctx.db, ctx.version, Filters(), "curation_queue", lambda: curation.unresolved_queue(ctx.db))
pending = queue[queue["decision"] == ""]

c = st.columns(4)
c[0].metric("Unresolved names", f"{len(pending):,}", help="names without a decision")
c[1].metric("Decided, not yet applied", f"{(queue['decision'] != '').sum():,}",
            help="still unresolved in the stored facts: re-extract to apply")
c[2].metric("Decisions", f"{len(decisions):,}")
low = ui.cached(ctx.db, ctx.version, Filters(), "curation_low_confidence", lambda: curation.low_confidence_facts(ctx.db))
c[3].metric("Low-confidence facts", f"{len(low):,}")

# --------------------------------------------------------------------------- queue
st.subheader("Unresolved names")
if queue.empty:
    if ctx.store_empty:
        ui.empty_state(ctx, "unresolved names", "curation")
    else:
        st.info("Nothing to review: every name beside an automotive word resolved.", icon=":material/task_alt:")
else:
    shown = queue.assign(status=queue["decision"].where(queue["decision"] != "", "pending"))
    ui.table(ui.with_links(shown, ctx.filters), "unresolved", ctx.filters, "unresolved",
             column_order=["text", "guess", "articles", "mentions", "status", "sentence", "source", "published", "open"],
             column_config={"text": st.column_config.TextColumn("Name as written"),
                            "status": st.column_config.TextColumn("Status"),
                            "source": st.column_config.TextColumn("Source"),
                            "guess": st.column_config.TextColumn("Looks like"),
                            "articles": st.column_config.NumberColumn("Articles", format="%d"),
                            "mentions": st.column_config.NumberColumn("Mentions", format="%d"),
                            "sentence": st.column_config.TextColumn("Example sentence", width="large"),
                            "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})

# --------------------------------------------------------------------------- decide
st.subheader("Decide")
names = list(pending["text"]) + [t for t in queue["text"] if t not in set(pending["text"])]
OTHER = "(type a name as written)"
pick = st.selectbox("Name", [*names, OTHER], key="cur_name",
                    help="From the queue, or type any name as written in articles (e.g. one from a low-confidence fact)")
text = st.text_input("Name as written", key="cur_text").strip() if pick == OTHER else pick
row = queue[queue["text"] == text].head(1)
guess = str(row["guess"].iloc[0]) if len(row) else "COMPANY"
if len(row):
    sentence = html.escape(ui.in_quotes(row["sentence"].iloc[0]))
    name = html.escape(text)
    st.html(f"<div style='color:#555'>Example: {sentence.replace(name, f'<mark>{name}</mark>', 1)}</div>")
prior = next((d for d in decisions if d.text == text), None)
if prior:
    st.caption(f"Current decision: {prior.describe()}. Saving replaces it.")

kinds = list(curation.KIND_LABELS)
kind = st.radio("Decision", kinds, format_func=curation.KIND_LABELS.get, key="cur_kind", horizontal=True)
known = curation.known_entities(decisions)
if kind == "alias":  # outside the form: the list of known entities follows this choice at once
    labels = list(curation.ALIAS_LABELS)
    label = st.selectbox("It names a", labels, index=labels.index(guess) if guess in labels else 0,
                         format_func=str.lower, key="cur_label")
with st.form("decision_form", clear_on_submit=False, border=True):
    d = curation.Decision(text=text or "", kind=kind)
    if kind == "alias":
        targets = {"COMPANY": known.companies, "MODEL": known.models, "PLACE": known.places}[label]
        d.label = label
        d.canonical = st.selectbox("Known entity", targets, index=None, key=f"cur_target_{label}",
                                   placeholder="Type to search") or ""
    elif kind == "company":
        d.canonical = st.text_input("Canonical name", value=text, key="cur_company_name")
        d.country = st.selectbox("Home country", known.countries, index=None, key="cur_company_country") or ""
    elif kind == "model":
        d.canonical = st.text_input("Model name (without the maker)", value=text, key="cur_model_name")
        d.maker = st.selectbox("Maker", known.companies, index=None, key="cur_model_maker",
                               placeholder="Type to search") or ""
    elif kind == "place":
        d.canonical = st.text_input("Place name", value=text, key="cur_place_name")
        d.country = st.selectbox("Country", known.countries, index=None, key="cur_place_country") or ""
        col1, col2 = st.columns(2)
        d.lat = col1.number_input("Latitude", min_value=-90.0, max_value=90.0, value=None, format="%.4f",
                                  key="cur_lat")
        d.lon = col2.number_input("Longitude", min_value=-180.0, max_value=180.0, value=None, format="%.4f",
                                  key="cur_lon")
    else:
        st.caption("The name will no longer be listed, and the gazetteer will not match it.")
    d.note = st.text_input("Note (optional)", key="cur_note")
    save = st.form_submit_button("Save decision", type="primary", icon=":material/save:", disabled=not text)
if save:
    try:
        saved = curation.save_decision(ctx.db, d)
    except curation.InvalidDecision as exc:
        st.error(str(exc), icon=":material/error:")
    else:
        st.session_state["curation_done"] = f"Saved: {saved.describe()}. Re-extract to apply it to every article."
        st.rerun()

# --------------------------------------------------------------------------- decisions, export, re-extract
st.subheader("Decisions")
if not decisions:
    st.caption("No decisions yet.")
else:
    table = pd.DataFrame([{"Name": x.text, "decision": x.describe(), "Kind": x.kind, "Note": x.note,
                           "decided_at": x.decided_at} for x in decisions])
    st.dataframe(table, hide_index=True, key="decisions_table",
                 column_config={"decision": st.column_config.TextColumn("Decision", width="large"),
                                "decided_at": st.column_config.DatetimeColumn("Decided", format="YYYY-MM-DD HH:mm")})
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    undo = c1.selectbox("Undo a decision", [x.text for x in decisions], index=None, key="cur_undo")
    if c2.button("Undo", key="cur_undo_btn", disabled=undo is None, icon=":material/undo:"):
        curation.delete_decision(ctx.db, undo)
        st.session_state["curation_done"] = f"Removed the decision about {undo}. Re-extract to apply."
        st.rerun()
    cols = st.columns(4)
    cols[0].download_button("Decisions (CSV)", data=curation.decisions_csv(decisions), file_name="curation-decisions.csv",
                            mime="text/csv", key="dl_decisions", on_click="ignore", icon=":material/download:",
                            help="kind,text,canonical,label,maker,country,lat,lon: one gazetteer Extra per row")
    for col, (name, data) in zip(cols[1:], curation.gazetteer_csv(decisions).items(), strict=False):
        col.download_button(f"{name}", data=data, file_name=f"curated-{name}", mime="text/csv", key=f"dl_gaz_{name}",
                            on_click="ignore", icon=":material/download:",
                            help=f"Rows in core/data/{name}'s format, to merge into the shipped gazetteer")

if st.button("Re-extract every article with these decisions", key="reextract", type="primary",
             disabled=ctx.store_empty, icon=":material/refresh:"):
    with st.status("Re-extracting…", expanded=True) as status:
        bar = st.progress(0.0, text="Building the parser with your decisions")

        def tick(n: int, total: int) -> None:
            bar.progress(n / max(total, 1), text=f"Parsed {n} of {total}")

        summary = curation.reextract_with_decisions(ctx.db, progress=tick)
        status.update(label=f"Re-extracted {summary.new} article(s)" + (f", {summary.failed} failed" if summary.failed
                                                                         else ""),
                      state="error" if summary.failed else "complete", expanded=False)
    for e in summary.errors:
        st.error(str(e), icon=":material/error:")
    if not summary.failed:
        st.session_state["curation_done"] = (f"Re-extracted {summary.new} article(s) with {len(decisions)} "
                                             "decision(s): every page now shows the new facts.")
        st.rerun()

# --------------------------------------------------------------------------- low confidence
st.subheader("Low-confidence facts")
if low.empty:
    st.caption("No fact was read with low confidence.")
else:
    st.caption("Facts the parser was unsure of (e.g. a plant whose company it could not tell), and export routes "
               "its trained route scorer read where the rules read none (the confidence is the model's probability). "
               "Check the sentence; if a name in it was missed, decide about it above under “type a name as written”.")
    ui.table(ui.with_links(low, ctx.filters), "low-confidence", ctx.filters, "low_confidence",
             column_order=["kind", "fact", "confidence", "sentence", "source", "published", "open"],
             column_config={"kind": st.column_config.TextColumn("Kind"),
                            "source": st.column_config.TextColumn("Source"),
                            "fact": st.column_config.TextColumn("Fact", width="medium"),
                            "confidence": st.column_config.ProgressColumn("Confidence", min_value=0, max_value=1,
                                                                          format="%.1f"),
                            "sentence": st.column_config.TextColumn("Sentence", width="large"),
                            "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD")})
