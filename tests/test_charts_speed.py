"""The fast paths of core.charts give exactly what their general paths give, on generated frames."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.io as pio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts
from core.frames import article_rows

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.dtypes) == list(b.dtypes)
    assert type(a.index) is type(b.index) and a.index.equals(b.index)
    assert a.to_json(orient="split", date_format="iso") == b.to_json(orient="split", date_format="iso")


# --------------------------------------------------------------------------- overview and articles (dash)

DATES = [None, "2024-01-01T00:00:00", "2024-01-01T12:00:00", "2024-03-05T00:00:00", "2025-07-31T08:15:30.5",
         "2019-12-31T23:59:59"]
WORDS = ["Kia", "Toyota", "", " ", "Ceed", "Brazil", "EUR", "USD", "HR director", "x → y"]


def _dates(values: list) -> np.ndarray:
    return np.array(["NaT" if v is None else v for v in values], dtype="datetime64[us]")


@st.composite
def _texts(draw, n: int) -> pd.array:
    return pd.array(draw(st.lists(st.sampled_from([None, *WORDS]), min_size=n, max_size=n)), dtype="str")


@st.composite
def _numbers(draw, n: int, integer: bool = False) -> np.ndarray:
    if integer and draw(st.booleans()):
        return np.array(draw(st.lists(st.integers(0, 5000), min_size=n, max_size=n)), dtype=np.int32)
    values = draw(st.lists(st.one_of(st.none(), st.sampled_from([0.0, 1.5, 2.0, 1e6, 2.5e9, 1234.5678])),
                           min_size=n, max_size=n))
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


@st.composite
def _fact_frame(draw, name: str) -> pd.DataFrame:
    n = draw(st.integers(0, 12))
    text, numbers = charts._FACT_KINDS[name][2:4]
    df = {c: draw(_texts(n)) for c in dict.fromkeys([*text, "sentence", "source", "title"])}
    df.update({c: draw(_numbers(n, integer=c == "jobs")) for c in numbers})
    df["article_id"] = pd.array(draw(st.lists(st.sampled_from(["a1", "a2", "a3"]), min_size=n, max_size=n)), dtype="str")
    df["start"] = draw(_numbers(n, integer=True)) if draw(st.booleans()) else np.arange(n, dtype=np.int32) % 4
    df["published"] = _dates(draw(st.lists(st.sampled_from(DATES), min_size=n, max_size=n)))
    return pd.DataFrame(df)


@st.composite
def _fact_frames(draw) -> dict[str, pd.DataFrame]:
    return {name: draw(_fact_frame(name)) for name in charts.FACT_FRAMES}


@SETTINGS
@given(_fact_frames(), st.sampled_from([1, 3, 200]))
def test_latest_facts_fast_path_is_the_general_one(frames, n):
    fast = charts._facts_fast([(k, frames[k], None) for k in charts.FACT_FRAMES], n)
    assert fast is not None
    _same(fast, charts._latest_facts_records(frames, n))


@SETTINGS
@given(_fact_frames(), st.sampled_from(["a1", "a2", "nowhere"]))
def test_article_facts_fast_path_is_the_general_one(frames, article_id):
    general = charts._latest_facts_records({k: article_rows(v, article_id) for k, v in frames.items()}, 100_000)
    if not general.empty:
        general = general.sort_values("start", kind="stable", na_position="last").reset_index(drop=True)
    _same(charts.article_facts(frames, article_id), general)


@SETTINGS
@given(_fact_frames())
def test_latest_facts_takes_the_general_way_for_other_dtypes(frames):
    frames["people"] = frames["people"].astype({"name": object})
    assert charts._facts_fast([(k, frames[k], None) for k in charts.FACT_FRAMES], 200) is None or frames["people"].empty
    _same(charts.latest_facts(frames), charts._latest_facts_records(frames, 200))


def _render_entities_reference(text: str, mentions: pd.DataFrame) -> str:
    """render_entities as it was written first: a sorted frame walked row by row, displacy.render."""
    from spacy import displacy

    ents, last_end = [], -1
    if len(mentions):
        m = mentions.assign(start=pd.to_numeric(mentions["start"], errors="coerce"),
                            end=pd.to_numeric(mentions["end"], errors="coerce")).dropna(subset=["start", "end"])
        m = m.sort_values(["start", "end"], ascending=[True, False])
        for start, end, label in m[["start", "end", "label"]].itertuples(index=False):
            start, end = int(start), int(end)
            if start < last_end or start < 0 or end > len(text) or end <= start:
                continue
            ents.append({"start": start, "end": end, "label": str(label)})
            last_end = end
    labels = sorted({e["label"] for e in ents})
    html_out = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                               options={"colors": charts.ENTITY_COLORS, "ents": labels} if labels
                               else {"colors": charts.ENTITY_COLORS})
    legend = ('<p style="color: #808495; font-size: 0.875rem">Grey passages marked BOILERPLATE (ads, navigation, link '
              'lists) were set aside: no facts come from them.</p>' if charts.BOILERPLATE_LABEL in labels else "")
    return f'{legend}<div style="max-height: 34rem; overflow-y: auto">{html_out}</div>'


@SETTINGS
@given(st.text(alphabet="ab <&>\n.", max_size=40),
       st.lists(st.tuples(st.one_of(st.none(), st.integers(-2, 45)), st.integers(-2, 45),
                          st.sampled_from(["COMPANY", "MODEL", "BOILERPLATE", "ODD", None])), max_size=8),
       st.booleans())
def test_render_entities_is_the_frame_walk(text, spans, floats):
    mentions = pd.DataFrame({"start": [s for s, _, _ in spans], "end": [e for _, e, _ in spans],
                             "label": pd.array([lb for *_, lb in spans], dtype="str")})
    if not floats:
        mentions = mentions.fillna({"start": 0}).astype({"start": np.int32, "end": np.int32})
    assert charts.render_entities(text, mentions) == _render_entities_reference(text, mentions)


@SETTINGS
@given(st.data())
def test_coverage_fast_path_is_the_groupby(data):
    n = data.draw(st.integers(1, 15))
    articles = pd.DataFrame({
        "article_id": pd.array(data.draw(st.lists(st.sampled_from(["a", "b", None]), min_size=n, max_size=n)),
                               dtype="str"),
        "published": _dates(data.draw(st.lists(st.sampled_from(DATES), min_size=n, max_size=n))),
        "n_facts": np.array(data.draw(st.lists(st.integers(0, 9), min_size=n, max_size=n)),
                            dtype=data.draw(st.sampled_from([np.int32, np.int64]))),
    })
    general = articles.astype({"published": object})  # not datetime64: the groupby way
    assert charts._per_month(general) is None and charts._per_month(articles) is not None
    assert (pio.to_json(charts.coverage_chart(articles), validate=False)
            == pio.to_json(charts.coverage_chart(general), validate=False))


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from([1.0, 2.5e9, 1e6, 3.0, 0.1, 7e15])),
                          st.sampled_from(["USD", "EUR", None, ""])), max_size=10))
def test_investment_sums_are_the_groupby(rows):
    ps = pd.DataFrame({"investment_amount": np.array([np.nan if a is None else a for a, _ in rows], dtype=np.float64),
                       "investment_currency": pd.array([c for _, c in rows], dtype="str")})
    general = ps.astype({"investment_currency": object})
    assert charts._investment_by_currency(ps) == charts._investment_by_currency(general)
    assert (charts._distinct([ps["investment_currency"], ps["investment_currency"].str.lower()])
            == charts._distinct([general["investment_currency"], general["investment_currency"].str.lower()]))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]), st.sampled_from(["Title", "", None, " x "])),
                max_size=8))
def test_article_titles_fast_path_is_the_records(rows):
    articles = pd.DataFrame({"article_id": pd.array([a for a, _ in rows], dtype="str"),
                             "headline": pd.array([h for _, h in rows], dtype="str")})
    fast, general = charts.article_titles(articles), charts.article_titles(articles.astype({"headline": object}))
    assert list(fast.items()) == list(general.items()) or (None not in [a for a, _ in rows]
                                                          and fast == general)


def _articles_table_reference(articles: pd.DataFrame) -> pd.DataFrame:
    """articles_table as it was written first: a column selection, then the titles assigned."""
    out = articles[charts.ARTICLE_TABLE_COLUMNS]
    titles = [t.strip() if isinstance(t, str) else "" for t in charts._values(out["title"])]
    untitled = [not t for t in titles]
    if any(untitled):
        fallback = charts.article_titles(articles[untitled])
        titles = [t or fallback.get(a, t) for a, t in zip(charts._values(out["article_id"]), titles, strict=True)]
    return out.assign(title=titles)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]), st.sampled_from(["Title", "", None, " x "]),
                          st.sampled_from(["Opening words. More", None, ""]), st.sampled_from(DATES)), max_size=8),
       st.booleans())
def test_articles_table_is_the_selection_and_assign(rows, headlines):
    articles = pd.DataFrame({
        "article_id": pd.array([a for a, *_ in rows], dtype="str"), "name": pd.array(["n.txt"] * len(rows), dtype="str"),
        "title": pd.array([t for _, t, *_ in rows], dtype="str"), "source": pd.array([None] * len(rows), dtype="str"),
        "published": _dates([d for *_, d in rows]), "words": np.arange(len(rows), dtype=np.int32),
        "n_facts": np.arange(len(rows), dtype=np.int64), "text": pd.array([x for *_, x, _ in rows], dtype="str"),
    }, index=np.arange(len(rows)) * 3 + 1)
    if headlines:
        articles["headline"] = pd.array([t for _, t, *_ in rows], dtype="str")
    _same(charts.articles_table(articles), _articles_table_reference(articles))


def test_article_positions_are_the_rows_of_article_rows(tmp_path):
    from core import store
    from core.frames import article_positions, load_frames
    from tests.store_fixtures import all_items

    db = tmp_path / "s.duckdb"
    store.write_batch(db, all_items())
    frames = load_frames(db)
    for name in ("mentions", "plants", "people"):
        df = frames[name]
        plain = df.iloc[::-1].iloc[::-1]  # the same rows in new arrays: no saved keys
        for article in [*df["article_id"].unique()[:3], "no-such-article"]:
            for frame in (df, plain):
                pd.testing.assert_frame_equal(frame.iloc[article_positions(frame, article)],
                                              article_rows(frame, article), check_index_type=True)
