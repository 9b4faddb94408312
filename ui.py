"""Shared UI for every page: data loading (cached), the sidebar filters, empty states, exports.

Every page starts with ``ctx = ui.page("Title")``: it seeds the store on first run, loads the
frames (cached per store version), draws the sidebar filters and returns the filtered frames.

Filter widgets are bound to the URL's query parameters (``bind="query-params"``), so a filtered
view is a link to share, and persist in the session, so the filter survives moving between
pages. Multiselect options come from the whole store, so a value given in the URL is an option.
"""
from __future__ import annotations

import atexit
import functools
import gc
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote_plus, urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.errors import StreamlitAPIException

from core import charts, exports
from core.charts.table_rows import TableRows
from core.derived_cache import DerivedCache
from core.filters import Filters, Rows, apply_filters, filter_options, prepare_article_index, rows_of
from core.frames import load_frames, prepare_article_lookup
from core.paths import default_db_path
from core.store import ensure_current, ensure_seeded, store_version

COMMON = {"bind": "query-params", "persist_state": "session"}
FILTER_KEYS = ("country", "company", "model", "dates", "q")
DATE_MIN, DATE_MAX = date(1990, 1, 1), date(2040, 12, 31)
MAX_TABLE_ROWS = 1000  # rows sent to the browser per table; downloads always hold every row
# The sidebar's page list (drawn by ui, so the home page reads "Overview", not its file name "dashboard"):
# (file relative to the entrypoint, label, icon, section heading drawn before it or "")
PAGES = (
    ("dashboard.py", "Overview", ":material/home:", ""),
    ("pages/1_Map.py", "Map", ":material/public:", ""),
    ("pages/2_Models_and_specs.py", "Models & specs", ":material/directions_car:", ""),
    ("pages/3_Capacity_and_jobs.py", "Capacity & jobs", ":material/factory:", ""),
    ("pages/8_Timeline.py", "Timeline", ":material/timeline:", ""),
    ("pages/4_Articles.py", "Articles", ":material/article:", ""),
    ("pages/5_Add_articles.py", "Add articles", ":material/upload_file:", "Data"),
    ("pages/6_Curation.py", "Curation", ":material/edit_note:", ""),
    ("pages/7_Conflicts.py", "Conflicts", ":material/rule:", ""),
)


# The articles list, the same on the Overview and the Articles page.
ARTICLES_TABLE = {
    "column_order": ["title", "source", "published", "words", "n_facts", "open"],
    "column_config": {"title": st.column_config.TextColumn("Title", width="large"),
                      "source": st.column_config.TextColumn("Source"),
                      "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
                      "words": st.column_config.NumberColumn("Words", format="%d"),
                      "n_facts": st.column_config.NumberColumn("Facts", format="%d")},
}


# --------------------------------------------------------------------------- data


def db_path() -> str:
    return str(default_db_path())


@st.cache_resource(show_spinner="Loading the bundled seed articles (first run)…")
def _seeded(db: str) -> bool:
    """First run: ingest the bundled seeds into an empty store (AUTOWATCH_SEED=0 turns this off); a store written by
    an older version is migrated either way."""
    if os.environ.get("AUTOWATCH_SEED", "1").strip().lower() in ("0", "false", "no", "off"):
        ensure_current(db)
        return False
    ensure_seeded(db)
    return True


# Frames are cached as shared objects (cache_resource), not copied per run (cache_data): at 100k
# articles a copy of the article texts costs seconds per rerun. Pages treat frames as read-only.
# The key is the store version, so an ingest (CLI or another process) shows on the next rerun.
# One entry per store version holds everything read from it (_Store): a page makes one Streamlit cache
# call per rerun for its data, where each call hashes its arguments and inspects the function (0.1-0.4 ms).
@dataclass(eq=False)
class _Store:
    frames: dict[str, pd.DataFrame]
    options: dict[str, list[str]]
    # per filter (keyed by its repr: Streamlit's own hashing of a dataclass cost three times as much):
    filtered: DerivedCache  # the frames cut down by the filter
    # derived tables and figures, per (filter, name): a hit hands back the same object (no pickle round trip
    # of a figure or a table per rerun), so the results are read-only for every page. One cache holds every
    # page's items (the capacity page alone keeps nine per filter), hence room for a few hundred.
    derived: DerivedCache
    whole: DerivedCache  # what is worked out over the whole store (conflict flags), by name


@st.cache_resource(max_entries=2, show_spinner="Reading the store…")
def _store(db: str, version: str) -> _Store:
    frames = load_frames(db)
    _out_of_collectors_reach()
    # the index the first filter by country, company or model reads, and each frame's rows by article that the
    # first article opened reads, built beside the first page's run (the analyst picks a filter seconds later),
    # not on that filter change: about a second at 100k articles
    threading.Thread(target=_prepare_indexes, args=(frames,), name="autowatch-article-index", daemon=True).start()
    return _Store(frames, filter_options(frames), DerivedCache(max_entries=64, ttl=3600),
                  DerivedCache(max_entries=512, ttl=3600), DerivedCache(max_entries=16, ttl=float("inf")))


def _prepare_indexes(frames: dict[str, pd.DataFrame]) -> None:
    prepare_article_index(frames)
    prepare_article_lookup(frames)


def _frames(db: str, version: str) -> dict[str, pd.DataFrame]:
    return _store(db, version).frames


def _out_of_collectors_reach() -> None:
    """Move what is alive now (the frames, the modules) out of the cycle collector's view.

    The frames' object columns hold millions of references, and every full pass of the collector
    walked them all again: 0.1-0.2 s, due every few reruns (33 ms a rerun on the map at 10k articles).
    One pass now, when a store version is loaded, and none later. Unfrozen first, so that the frames
    of a version the cache has let go are collected, not kept frozen forever."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    # at exit the collector sees everything again (DuckDB's bindings report what is left as leaks); once
    atexit.unregister(gc.unfreeze)
    atexit.register(gc.unfreeze)


def _options(db: str, version: str) -> dict[str, list[str]]:
    return _store(db, version).options


def _filtered(store: _Store, filters: Filters) -> dict[str, pd.DataFrame]:
    """The store's frames cut down by the filter, once per filter (see _Store.filtered)."""
    return store.filtered.get(repr(filters), lambda: apply_filters(store.frames, filters))


def cached(db: str, version: str, filters: Filters, name: str, _fn: Callable, *frame_names: str, rows: bool = False):
    """_fn(*filtered frames) once per (store version, filter, name): `name` identifies _fn, keep it unique.
    rows=True: _fn is given the filtered frames as core.filters.Rows (columns copied out as read)."""
    return _derived(_store(db, version), filters, name, _fn, frame_names, rows)


def _derived(store: _Store, filters: Filters, name: str, fn: Callable, frame_names: tuple[str, ...], rows: bool):
    def build():
        frames = _filtered(store, filters)
        return fn(*(rows_of(frames, n) if rows else frames[n] for n in frame_names))

    return store.derived.get((repr(filters), name, frame_names, rows), build)


@st.cache_resource(max_entries=256, ttl=3600, show_spinner=False)
def _article(db: str, version: str, article_id: str) -> tuple[pd.Series | None, pd.DataFrame, str]:
    """(row of the articles frame, facts found in it, its text as HTML with the entities) of one stored article."""
    return charts.article_view(_frames(db, version), article_id)


@dataclass(frozen=True)
class Page:
    db: str
    version: str
    filters: Filters
    frames: dict[str, pd.DataFrame]  # filtered
    all_frames: dict[str, pd.DataFrame]  # the whole store
    store: _Store | None = field(default=None, repr=False, compare=False)  # what page() read: no cache call again

    def derived(self, name: str, fn: Callable, *frame_names: str, rows: bool = False):
        """A cached fn(*filtered frames), e.g. ctx.derived("plants", charts.plant_summary, "plants").

        rows=True for an fn that reads only len(), .empty, .columns and [column] of its frames (or takes
        core.filters.Rows by name): given Rows, it copies out the columns it reads, not whole frames."""
        if self.store is None:
            return cached(self.db, self.version, self.filters, name, fn, *frame_names, rows=rows)
        return _derived(self.store, self.filters, name, fn, frame_names, rows)

    def rows(self, name: str) -> Rows | None:
        """The filtered frame as core.filters.Rows (len, .empty and columns read without copying the frame)."""
        return rows_of(self.frames, name)

    def article(self, article_id: str) -> tuple[pd.Series | None, pd.DataFrame, str]:
        """One stored article, filter or not: its row, its facts and its highlighted text (cached per store version)."""
        return _article(self.db, self.version, article_id)

    def conflict_flags(self) -> dict[str, int]:
        """plant_key/route_key -> number of sources that disagree, over the whole store (a filter may hide one).
        Shared by every page and filter of the store version: read-only."""
        store = self.store or _store(self.db, self.version)
        return store.whole.get("conflict_flags", lambda: _conflict_flags(store.frames))

    @property
    def store_empty(self) -> bool:
        return self.all_frames["articles"].empty


def _conflict_flags(frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    from core.conflicts import conflict_counts

    return conflict_counts(frames)


def page(title: str, icon: str = "🚗") -> Page:
    """Page config, seeding, data and sidebar filters: the first call of every page."""
    st.set_page_config(page_title=f"{title} · Autowatch" if title != "Overview" else "Autowatch", page_icon=icon,
                       layout="wide")
    db = db_path()
    _seeded(db)
    version = store_version(db)
    store = _store(db, version)
    options = store.options
    navigation()
    filters = sidebar_filters(options.get("countries", []), options.get("companies", []), options.get("models", []),
                              page_name=title)
    frames = _filtered(store, filters)
    return Page(db=db, version=version, filters=filters, frames=frames, all_frames=store.frames, store=store)


def navigation() -> None:
    """The page list at the top of the sidebar (config: client.showSidebarNavigation = false hides Streamlit's own).

    Links move within the session, so the filter in force goes along (_carry_filters_over)."""
    with st.sidebar:
        for path, label, icon, section in PAGES:
            if section:
                st.caption(section)
            try:
                st.page_link(path, label=label, icon=icon)
            except StreamlitAPIException:  # a page file run on its own (AppTest), outside the app: nothing to link
                return
        st.divider()


# --------------------------------------------------------------------------- filters


FILTER_KEYS = ("country", "company", "model", "dates", "q")
_APPLIED = "_applied_filters"  # the filter of the last page run, to carry to the next page


def clear_filters() -> None:
    st.session_state["country"] = []
    st.session_state["company"] = []
    st.session_state["model"] = []
    st.session_state["dates"] = ()
    st.session_state["q"] = ""


def _carry_filters_over(page_name: str) -> None:
    """A page opened from the sidebar has no query parameters; give its widgets the filter in force.

    persist_state keeps values the analyst picked, but not values that came from a shared link, so a
    deep link's filter would otherwise be lost on the first move to another page. Only on arriving
    at another page: on a rerun of the same page, an emptied widget means the analyst cleared it.
    """
    applied = st.session_state.get(_APPLIED)
    if not applied or applied[0] == page_name or any(k in st.query_params for k in FILTER_KEYS):
        return
    filters = applied[1]
    # the widgets are bound to the URL: give them the values and keep the URL in step, so it stays shareable
    values = {"country": list(filters.countries), "company": list(filters.companies), "model": list(filters.models),
              "q": filters.query}
    if filters.date_from:
        values["dates"] = tuple(d for d in (filters.date_from, filters.date_to) if d)
    for key, value in values.items():
        if value:
            st.session_state[key] = value
    for key, value in filter_query(filters):
        try:
            if key in st.query_params:
                st.query_params[key] = [*st.query_params.get_all(key), value]
            else:
                st.query_params[key] = value
        except StreamlitAPIException:
            return  # the key is already bound on this run; the widget writes the URL itself


def sidebar_filters(countries=(), companies=(), models=(), page_name: str = "") -> Filters:
    _carry_filters_over(page_name)
    with st.sidebar:
        st.header("Filters")
        country = st.multiselect("Country", list(countries), key="country", placeholder="All countries", **COMMON)
        company = st.multiselect("Company", list(companies), key="company", placeholder="All companies", **COMMON)
        model = st.multiselect("Model", list(models), key="model", placeholder="All models", **COMMON)
        dates = st.date_input("Published between", value=(), min_value=DATE_MIN, max_value=DATE_MAX, key="dates",
                              format="YYYY-MM-DD", **COMMON)
        query = st.text_input("Search text", key="q", placeholder="words in articles and facts", **COMMON)
        dates = tuple(dates) if isinstance(dates, (tuple, list)) else ((dates,) if dates else ())
        filters = Filters(
            countries=tuple(country), companies=tuple(company), models=tuple(model),
            date_from=dates[0] if len(dates) >= 1 else None, date_to=dates[1] if len(dates) >= 2 else None,
            query=(query or "").strip(),
        )
        st.session_state[_APPLIED] = (page_name, filters)
        if not filters.is_empty():
            st.button("Clear filters", on_click=clear_filters, key="clear_sidebar", icon=":material/filter_alt_off:")
            st.caption("The filter is in the page URL: copy the address to share this view.")
    return filters


def filter_query(filters: Filters) -> list[tuple[str, str]]:
    """The URL query parameters that reproduce a filter (the widgets' keys)."""
    q: list[tuple[str, str]] = []
    q += [("country", v) for v in filters.countries]
    q += [("company", v) for v in filters.companies]
    q += [("model", v) for v in filters.models]
    if filters.date_from:
        q.append(("dates", filters.date_from.isoformat()))
        if filters.date_to:
            q.append(("dates", filters.date_to.isoformat()))
    if filters.query:
        q.append(("q", filters.query))
    return q


def describe(filters: Filters) -> str:
    parts = []
    for label, values in (("country", filters.countries), ("company", filters.companies), ("model", filters.models)):
        if values:
            parts.append(f"{label} {', '.join(values)}")
    if filters.date_from or filters.date_to:
        parts.append(f"published {filters.date_from or '…'} to {filters.date_to or '…'}")
    if filters.query:
        parts.append(f'text "{filters.query}"')
    return "; ".join(parts) or "no filter"


def _base_url() -> str:
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}/" if base else "/"


def article_url(article_id: str, filters: Filters | None = None) -> str:
    """Link to the Articles page showing one article, keeping the current filter."""
    params = [("article", str(article_id)), *filter_query(filters or Filters())]
    return f"{_base_url()}Articles?{urlencode(params)}"


def with_links(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Adds an `open` column linking each row's article on the Articles page (article_url, row by row)."""
    if "article_id" not in df.columns:
        return df
    prefix = f"{_base_url()}Articles?article="
    rest = urlencode(filter_query(filters))
    rest = f"&{rest}" if rest else ""
    links = charts.joined_ids(df["article_id"], prefix, rest)
    if links is not None:
        return df.assign(open=links)
    ids = df["article_id"].to_numpy(dtype=object, na_value=None).tolist()  # one conversion, not a box per value
    return df.assign(open=[f"{prefix}{_quoted(a)}{rest}" if isinstance(a, str) and a else None for a in ids])


@functools.lru_cache(maxsize=1 << 18)
def _quoted(article_id: str) -> str:
    """quote_plus of an article id, once per id (the same rows are linked on every rerun)."""
    return quote_plus(article_id)


LINK_COLUMN = st.column_config.LinkColumn("Article", display_text="open ↗", help="The article and the sentence this came from")


# --------------------------------------------------------------------------- empty states


def pager(total: int, per_page: int, key: str, what: str, order: str) -> int:
    """Where the page of a long list shown as cards starts (0 when it fits on one). A number picker in a narrow
    column and "<What> 26–50 of 795, <order>; the table below lists all of them." The picker's key holds `key`
    (name it after the list: another list starts again at page 1 and never points past its last page)."""
    if total <= per_page:
        return 0
    pages = -(-total // per_page)
    page = st.columns([1, 3])[0].number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1,
                                              key=f"page_{key}")
    start = (int(page) - 1) * per_page
    st.caption(f"{what} {start + 1:,}–{min(start + per_page, total):,} of {total:,}, {order}; the table below lists "
               "all of them.")
    return start


def empty_state(ctx: Page, what: str, key: str) -> None:
    """Say why there is nothing to show, and offer to clear the filter when it is the reason."""
    if ctx.store_empty:
        st.info(f"No {what} yet: the store holds no articles. Add some with "
                "`.venv/bin/python -m core ingest path/to/articles`, then reload.", icon=":material/inbox:")
    elif not ctx.filters.is_empty():
        st.warning(f"No {what} match this filter ({describe(ctx.filters)}).", icon=":material/filter_alt_off:")
        st.button("Clear filters", on_click=clear_filters, key=f"clear_{key}", type="primary")
    else:
        st.info(f"No {what} found in the stored articles.", icon=":material/info:")


# --------------------------------------------------------------------------- charts and tables


def plot_config(name: str, filters: Filters) -> dict:
    """plotly.js config: toolbar camera exports SVG, maps read the shipped topojson (offline)."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "svg", "filename": exports.export_name(name, filters, "svg")[:-4]},
        "topojsonURL": f"{_base_url()}app/static/topojson/",
    }


@st.cache_resource(show_spinner=False)
def _browser() -> str | None:
    return exports.browser_path()


def chart(fig: go.Figure, name: str, filters: Filters, key: str) -> None:
    """A chart with PNG, SVG and interactive HTML downloads (generated when clicked)."""
    st.plotly_chart(fig, config=plot_config(name, filters), key=f"chart_{key}", width="stretch")
    chart_downloads(fig, name, filters, key)


def chart_downloads(fig: go.Figure, name: str, filters: Filters, key: str) -> None:
    browser = _browser() if not os.environ.get("AUTOWATCH_NO_BROWSER") else None
    cols = st.columns([1, 1, 1, 5], gap="small")
    for col, fmt in zip(cols[:2], ("png", "svg"), strict=True):
        with col:
            st.download_button(
                f"{fmt.upper()}", data=(lambda f=fmt: exports.figure_image(fig, f)) if browser else b"",
                file_name=exports.export_name(name, filters, fmt), mime=exports.MIME[fmt], key=f"dl_{key}_{fmt}",
                on_click="ignore", disabled=browser is None, icon=":material/download:",
                help=None if browser else exports.INSTALL_HINT,
            )
    with cols[2]:
        st.download_button(
            "HTML", data=lambda: exports.figure_html(fig, title=name), file_name=exports.export_name(name, filters, "html"),
            mime=exports.MIME["html"], key=f"dl_{key}_html", on_click="ignore", icon=":material/download:",
            help="Interactive chart, works offline",
        )
    if browser is None:
        with cols[3]:
            st.caption(exports.INSTALL_HINT)


def table(df: pd.DataFrame | TableRows, name: str, filters: Filters, key: str, column_config: dict | None = None,
          column_order: list[str] | None = None, max_rows: int = MAX_TABLE_ROWS, height: int | str = "auto",
          links: bool = False) -> None:
    """A table (first max_rows rows) with CSV (UTF-8 BOM) and XLSX downloads of every row.

    `df`: a frame, or core.charts.table_rows.TableRows (only the rows shown are built; a download builds the rest).
    links=True: an `open` column links each shown row's article (with_links, on the shown rows only:
    the downloads never carry it)."""
    shown = df.head(max_rows)
    if links:
        shown = with_links(shown, filters)
    config = dict(column_config or {})
    if "open" in shown.columns:
        config.setdefault("open", LINK_COLUMN)
    config.setdefault("article_id", None)  # hidden; the `open` link carries it
    st.dataframe(shown, hide_index=True, column_config=config, column_order=column_order, key=f"table_{key}",
                 height=height, placeholder="–")

    def export() -> pd.DataFrame:  # built when a download is clicked, not on every run
        every = df if isinstance(df, pd.DataFrame) else df.to_frame()
        out = every.drop(columns=[c for c in ("open",) if c in every.columns])
        if column_order:
            out = out[[c for c in column_order if c in out.columns and c != "open"]
                      + [c for c in out.columns if c not in column_order]]
        return out

    cols = st.columns([1, 1, 6], gap="small")
    with cols[0]:
        st.download_button("CSV", data=lambda: exports.csv_bytes(export()), file_name=exports.export_name(name, filters, "csv"),
                           mime=exports.MIME["csv"], key=f"dl_{key}_csv", on_click="ignore", icon=":material/download:")
    with cols[1]:
        st.download_button("XLSX", data=lambda: exports.xlsx_bytes(export(), sheet_name=name[:31]),
                           file_name=exports.export_name(name, filters, "xlsx"), mime=exports.MIME["xlsx"],
                           key=f"dl_{key}_xlsx", on_click="ignore", icon=":material/download:")
    if len(df) > max_rows:
        with cols[2]:
            st.caption(f"Showing {max_rows:,} of {len(df):,} rows; the downloads hold all of them.")


def facts_json_download(ctx: Page, key: str = "facts_json") -> None:
    """The current filtered facts (every frame but the article texts) as one JSON file."""
    names = [k for k in ctx.frames if k != "mentions"]  # frames are copied out when the download is clicked

    def facts() -> bytes:
        return exports.json_bytes({k: ctx.frames[k] for k in names}, ctx.filters, drop={"articles": ["text"]})

    st.download_button(
        "Filtered facts (JSON)", data=facts,
        file_name=exports.export_name("facts", ctx.filters, "json"), mime=exports.MIME["json"], key=f"dl_{key}",
        on_click="ignore", icon=":material/data_object:",
    )


def in_quotes(sentence: object) -> str:
    """A source sentence in quotation marks, unless it opens with its own (a person quoted): never doubled.
    Plain text: escape it where it is rendered."""
    text = str(sentence or "").strip()
    return text if text[:1] in "\"“‘'" else f"“{text}”"
