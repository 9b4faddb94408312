"""The articles page: headlines, the articles table, and an article's text with its entities marked."""
from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from core.charts.base import _TEXT_DTYPE, _strings, _values
from core.charts.table_rows import TableRows
from core.facts import BOILERPLATE_LABEL
from core.filters import Rows
from core.frames import frame_keys
from core.snapshot_memo import memo_of, once

ENTITY_COLORS = {
    "COMPANY": "#cfe2ff", "MODEL": "#ffe8a3", "COUNTRY": "#c8f0d8", "REGION": "#c8f0d8", "PLACE": "#d9f2e6",
    "PERSON": "#f3d1f4", "MONEY": "#ffd6cc", "CAPACITY": "#ffdfb8", "JOBS": "#ffdfb8", "UNITS": "#ffdfb8",
    "ENGINE": "#e0e0ff", "POWER": "#e0e0ff", "TRANSMISSION": "#e0e0ff", "PLATFORM": "#ffe8a3",
    BOILERPLATE_LABEL: "#ececec",  # page furniture: read, set aside, no facts taken
}


def article_titles(articles: pd.DataFrame | Rows) -> dict[str, str]:
    """article_id -> its headline: the title, or the opening words (marked with an ellipsis) when it has none.

    Frames carry it precomputed (core.frames); filtered articles have no text to compute it from.
    `articles`: a frame, or core.filters.Rows of one.
    """
    from core.articles import headline

    if "headline" in articles.columns and articles["article_id"].dtype == _TEXT_DTYPE and articles["headline"].dtype == _TEXT_DTYPE:
        # two plain columns (ids and headlines as to_dict gives them: str, NaN when missing), no row dicts;
        # a row without a headline gets headline(None, None, its id), as the rows below would give it
        ids = articles["article_id"].to_numpy(dtype=object).tolist()
        heads = articles["headline"].to_numpy(dtype=object).tolist()
        return {a: h if isinstance(h, str) and h else headline(None, None, a) for a, h in zip(ids, heads, strict=True)}
    # the texts only when there is no headline to read (a copy of each text costs on whole stores)
    wanted = ("headline",) if "headline" in articles.columns else ("title", "text", "name")
    cols = [c for c in wanted if c in articles.columns]
    if isinstance(articles, Rows):
        articles = articles.to_frame()
    rows = articles[["article_id", *cols]].to_dict("records")
    return {r["article_id"]: (r.get("headline") if isinstance(r.get("headline"), str) and r.get("headline")
                              else headline(r.get("title"), r.get("text"), r.get("name") or r["article_id"])) for r in rows}


ARTICLE_TABLE_COLUMNS = ["article_id", "title", "name", "source", "published", "words", "n_facts"]


def articles_table(articles: pd.DataFrame | Rows) -> pd.DataFrame:
    """The articles list: one row per article, `title` its title or its opening words (article_titles).
    `articles`: a frame, or core.filters.Rows of one: the rows of the whole store's list, built once per snapshot
    frame (each row's title depends on that row alone)."""
    if isinstance(articles, Rows):
        whole = _whole_table(articles.frame) if len(articles) else None
        if whole is None:
            return articles_table(articles.to_frame())
        return whole if articles.positions is None else whole.iloc[articles.positions]
    titles = [t.strip() if isinstance(t, str) else "" for t in _values(articles["title"])]
    untitled = [not t for t in titles]
    if any(untitled):  # only these need the text
        fallback = article_titles(articles[untitled])
        titles = [t or fallback.get(a, t) for a, t in zip(_values(articles["article_id"]), titles, strict=True)]
    if not titles:
        return articles[ARTICLE_TABLE_COLUMNS].assign(title=titles)
    # one frame from the columns (shared, copy on write) and the titles as the str column pandas infers
    # from them, where a column selection then assign copy the frame twice
    columns = {c: articles[c] for c in ARTICLE_TABLE_COLUMNS}
    columns["title"] = pd.Series(_strings(titles), index=articles.index, name="title")
    return pd.DataFrame(columns, copy=False)


def articles_list(articles: pd.DataFrame | Rows) -> TableRows:
    """articles_table as the pages' table (core.charts.table_rows): of a snapshot frame's rows, the rows of the whole
    store's list (built once per frame) at their positions, so a page copies out only the rows it shows."""
    if isinstance(articles, Rows) and len(articles):
        whole = _whole_table(articles.frame)
        if whole is not None:
            at = articles.positions
            return TableRows(len(articles), lambda k: whole.iloc[:k] if at is None else whole.iloc[at[:k]])
    table = articles_table(articles)
    return TableRows(len(table), table.head)


def _whole_table(frame: pd.DataFrame) -> pd.DataFrame | None:
    """articles_table of every row of a snapshot frame, once per frame; None for other frames, or when the
    article ids are not unique (article_titles is a dict by id: a row's title could depend on other rows)."""
    if frame_keys(frame) is None:
        return None

    def build() -> pd.DataFrame | bool:
        ids = frame["article_id"]
        return False if ids.isna().any() or ids.nunique() != len(ids) else articles_table(frame)

    whole = once(memo_of(frame), "articles_table", build)
    return None if whole is False else whole


def article_view(frames: dict[str, pd.DataFrame], article_id: str) -> tuple[pd.Series | None, pd.DataFrame, str]:
    """What the Articles page shows of one stored article, filter or not: (its row of the articles frame, the facts
    found in it, its text as HTML with the entities marked); (None, an empty frame, "") when the store lacks it."""
    from core.charts.fact_tables import article_facts
    from core.frames import article_rows

    rows = article_rows(frames["articles"], article_id)
    if rows.empty:
        return None, pd.DataFrame(), ""
    row = rows.iloc[0]
    text = render_entities(row["text"] or "", article_rows(frames["mentions"], article_id))
    return row, article_facts(frames, article_id), text


def render_entities(text: str, mentions: pd.DataFrame) -> str:
    """The article as HTML with its entity mentions highlighted (displaCy, which HTML-escapes the text).

    Paragraphs the pipeline set aside as page furniture (BOILERPLATE mentions) are marked whole, grey,
    without the entities inside them: nothing in them became a fact."""
    from spacy import displacy

    ents = []
    last_end = -1
    if len(mentions):
        # plain arrays, not a frame sorted and walked row by row (an article has tens of mentions)
        starts, ends = _offsets(mentions["start"]), _offsets(mentions["end"])
        placed = np.flatnonzero(~(np.isnan(starts) | np.isnan(ends)))
        order = placed[np.lexsort((-ends[placed], starts[placed]))]  # by start, the longest first; ties in order
        named = mentions["label"].to_numpy(dtype=object)
        for start, end, label in zip(starts[order].tolist(), ends[order].tolist(), named[order].tolist(), strict=True):
            start, end = int(start), int(end)
            if start < last_end or start < 0 or end > len(text) or end <= start:
                continue  # displaCy needs sorted, non-overlapping spans inside the text
            ents.append({"start": start, "end": end, "label": str(label)})
            last_end = end
    labels = sorted({e["label"] for e in ents})
    # displacy.render with manual=True, minus building a renderer per call (it reads the colour registry's
    # entry points each time); the spans are sorted and apart already
    html_out = _entity_renderer(tuple(labels)).render([{"text": text, "ents": ents, "title": None}]).strip()
    if displacy.RENDER_WRAPPER is not None:
        html_out = displacy.RENDER_WRAPPER(html_out)
    legend = ('<p style="color: #808495; font-size: 0.875rem">Grey passages marked BOILERPLATE (ads, navigation, link '
              'lists) were set aside: no facts come from them.</p>' if BOILERPLATE_LABEL in labels else "")
    return f'{legend}<div style="max-height: 34rem; overflow-y: auto">{html_out}</div>'


def _offsets(column: pd.Series) -> np.ndarray:
    """The column as floats, NaN where it is not a number (pd.to_numeric, skipped for numeric columns)."""
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iuf":
        return column.to_numpy(dtype=np.float64)
    return pd.to_numeric(column, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


@functools.lru_cache(maxsize=64)
def _entity_renderer(labels: tuple[str, ...]):
    """displaCy's entity renderer for these labels, with the app's colours (built once per label set)."""
    from spacy.displacy.render import EntityRenderer

    return EntityRenderer({"colors": ENTITY_COLORS, "ents": list(labels)} if labels else {"colors": ENTITY_COLORS})
