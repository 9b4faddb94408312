"""The fast paths of core.charts give exactly what their general paths give, on generated frames."""
from __future__ import annotations

import copy
import html
import math
from datetime import date, datetime

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import charts
from core.charts import base as chart_base
from core.charts import fact_tables as chart_fact_tables
from core.charts import map as chart_map
from core.charts import overview as chart_overview
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
    text, numbers = chart_fact_tables._FACT_KINDS[name][2:4]
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
    fast = chart_fact_tables._facts_fast([(k, frames[k], None) for k in charts.FACT_FRAMES], n)
    assert fast is not None
    _same(fast, chart_fact_tables._latest_facts_records(frames, n))


@SETTINGS
@given(_fact_frames(), st.sampled_from(["a1", "a2", "nowhere"]))
def test_article_facts_fast_path_is_the_general_one(frames, article_id):
    general = chart_fact_tables._latest_facts_records({k: article_rows(v, article_id) for k, v in frames.items()}, 100_000)
    if not general.empty:
        general = general.sort_values("start", kind="stable", na_position="last").reset_index(drop=True)
    _same(charts.article_facts(frames, article_id), general)


@SETTINGS
@given(st.integers(1, 3000).flatmap(lambda size: st.tuples(
    st.permutations(range(size)), st.sets(st.integers(0, size - 1), max_size=size), st.sampled_from([1, 3, 200]))))
def test_first_read_rows_are_the_first_of_them_in_the_order(case):
    """The head scan finds the first n rows read in a frame's order: those with the smallest places in it, in place
    order, whatever share of the frame is read (none, a few far down the order, all of them)."""
    order, rows, n = case
    order, rows = np.array(order, dtype=np.intp), np.array(sorted(rows), dtype=np.intp)
    place = np.empty(len(order), dtype=np.intp)
    place[order] = np.arange(len(order))
    expected = order[np.sort(place[rows])[:n]]
    assert np.array_equal(chart_fact_tables._first_read(order, rows, n), expected)


@SETTINGS
@given(_fact_frames())
def test_latest_facts_takes_the_general_way_for_other_dtypes(frames):
    frames["people"] = frames["people"].astype({"name": object})
    assert chart_fact_tables._facts_fast([(k, frames[k], None) for k in charts.FACT_FRAMES], 200) is None or frames["people"].empty
    _same(charts.latest_facts(frames), chart_fact_tables._latest_facts_records(frames, 200))


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
    assert chart_overview._per_month(general) is None and chart_overview._per_month(articles) is not None
    assert (pio.to_json(charts.coverage_chart(articles), validate=False)
            == pio.to_json(charts.coverage_chart(general), validate=False))


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from([1.0, 2.5e9, 1e6, 3.0, 0.1, 7e15])),
                          st.sampled_from(["USD", "EUR", None, ""])), max_size=10))
def test_investment_sums_are_the_groupby(rows):
    ps = pd.DataFrame({"investment_amount": np.array([np.nan if a is None else a for a, _ in rows], dtype=np.float64),
                       "investment_currency": pd.array([c for _, c in rows], dtype="str")})
    general = ps.astype({"investment_currency": object})
    assert chart_overview._investment_by_currency(ps) == chart_overview._investment_by_currency(general)
    assert (chart_overview._distinct([ps["investment_currency"], ps["investment_currency"].str.lower()])
            == chart_overview._distinct([general["investment_currency"], general["investment_currency"].str.lower()]))


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from([1.0, 2.5e9, 1e6, 3.0, 0.1, 7e15])),
                          st.sampled_from(["USD", "EUR", None, ""])), max_size=12), st.data())
def test_investment_at_summary_rows_is_the_sum_of_their_columns(rows, data):
    """The headline investment of some rows of a whole plant summary (currencies coded once per summary) is what
    adding up those rows' columns gives, whole amounts or not, currencies given or not."""
    columns = {"investment_amount": np.array([np.nan if a is None else a for a, _ in rows], dtype=np.float64),
               "investment_currency": pd.array([c for _, c in rows], dtype="str")}
    places = np.array(sorted(data.draw(st.sets(st.integers(0, max(len(rows) - 1, 0)), max_size=len(rows)))
                             if rows else []), dtype=np.intp)
    memo: dict = {}
    taken = {c: pd.Series(values[places] if isinstance(values, np.ndarray) else values.take(places))
             for c, values in columns.items()}
    assert chart_overview._investment_at(columns, places, memo) == chart_overview._investment_by_currency(taken)
    # again, on the currency codes kept from the first call
    assert chart_overview._investment_at(columns, places, memo) == chart_overview._investment_by_currency(taken)


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
    titles = [t.strip() if isinstance(t, str) else "" for t in chart_base._values(out["title"])]
    untitled = [not t for t in titles]
    if any(untitled):
        fallback = charts.article_titles(articles[untitled])
        titles = [t or fallback.get(a, t) for a, t in zip(chart_base._values(out["article_id"]), titles, strict=True)]
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

# --------------------------------------------------------------------------- map (map_rows, map_figure, map_unplaced)

MAP_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAP_TEXTS = st.sampled_from(["Kia", "BYD", "", "A&B <Motors>", "O'Neil \"x\"", "Škoda", None])
MAP_COORDS = st.sampled_from([np.nan, 0.0, 12.5, -33.9, 55.75, 151.2, -179.0])
MAP_FIGURES = st.sampled_from([np.nan, 0.0, 1200.0, 300.0, 5e7, 20000.0])
MAP_DATES = st.sampled_from(["2024-01-01", "2024-03-05T09:30", "2023-12-31", None])


def _map_frame(rows: list[dict], numbers: list[str], ints: set[str]) -> pd.DataFrame:
    """A summary as map_summaries gives it: text columns str, coordinates and figures float64 (ints int32),
    published datetime64[us]."""
    columns = {}
    for c in rows[0] if rows else []:
        values = [r[c] for r in rows]
        if c == "published":
            columns[c] = pd.Series(pd.to_datetime(values, format="ISO8601"), dtype="datetime64[us]")
        elif c in ints:
            columns[c] = pd.Series([0 if v is None or math.isnan(v) else int(v) for v in values], dtype="int32")
        elif c in numbers:
            columns[c] = pd.Series(values, dtype="float64")
        else:
            columns[c] = pd.Series(values, dtype="str")
    return pd.DataFrame(columns)


MAP_PROV = {"models": MAP_TEXTS, "article_id": st.sampled_from(["a1", "a2", None]), "sentence": MAP_TEXTS,
            "source": MAP_TEXTS, "title": MAP_TEXTS, "published": MAP_DATES}
MAP_PLANT_ROW_COLUMNS = {
    "plant_key": st.sampled_from(["kia|zilina|slovakia", "byd|x|y", "z|z|z"]), "company": MAP_TEXTS, "site": MAP_TEXTS,
    "country": MAP_TEXTS, "lat": MAP_COORDS, "lon": MAP_COORDS, "capacity_per_year": MAP_FIGURES, "jobs": MAP_FIGURES,
    "investment_amount": MAP_FIGURES, "investment_currency": st.sampled_from(["USD", "EUR", None]), **MAP_PROV}
MAP_ROUTE_ROW_COLUMNS = {
    "route_key": st.sampled_from(["kia|slovakia|russia", "byd|china|brazil"]), "company": MAP_TEXTS,
    "origin": st.sampled_from(["Slovakia", "China", "A&B"]), "destination": st.sampled_from(["Russia", "Brazil"]),
    "origin_lat": MAP_COORDS, "origin_lon": MAP_COORDS, "destination_lat": MAP_COORDS, "destination_lon": MAP_COORDS,
    "units": MAP_FIGURES, "by_when": st.sampled_from(["2026", "", None]), **MAP_PROV}
MAP_PLANT_ROW = st.fixed_dictionaries(MAP_PLANT_ROW_COLUMNS)
MAP_ROUTE_ROW = st.fixed_dictionaries(MAP_ROUTE_ROW_COLUMNS)
MAP_PLANT_NUMBERS = ["lat", "lon", "capacity_per_year", "jobs", "investment_amount"]
MAP_ROUTE_NUMBERS = ["origin_lat", "origin_lon", "destination_lat", "destination_lon", "units"]


def _same_frame(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert [str(d) for d in a.dtypes] == [str(d) for d in b.dtypes]
    pd.testing.assert_frame_equal(a, b)
    assert a.to_json(orient="split", date_format="iso") == b.to_json(orient="split", date_format="iso")


@MAP_SETTINGS
@given(plants=st.lists(MAP_PLANT_ROW, max_size=6), routes=st.lists(MAP_ROUTE_ROW, max_size=6),
       int_jobs=st.booleans(), flagged=st.booleans(), object_titles=st.booleans())
def test_map_rows_by_column_is_the_general_path(plants, routes, int_jobs, flagged, object_titles):
    ps = _map_frame(plants, MAP_PLANT_NUMBERS, {"jobs"} if int_jobs else set())
    rs = _map_frame(routes, MAP_ROUTE_NUMBERS, set())
    if object_titles and len(rs):  # a provenance column typed apart from the plants': the general path decides
        rs["title"] = rs["title"].astype(object)
    if ps.empty:  # as _summarise gives it for no rows
        ps = pd.DataFrame(columns=list(MAP_PLANT_ROW_COLUMNS))
    if rs.empty:
        rs = pd.DataFrame(columns=list(MAP_ROUTE_ROW_COLUMNS))
    flags = {"kia|zilina|slovakia": 2, "byd|china|brazil": 3} if flagged else None
    general = chart_map._map_rows_general(ps.dropna(subset=charts.PLANT_ENDS), rs.dropna(subset=charts.ROUTE_ENDS), flags)
    _same_frame(charts.map_rows(None, None, flags, summaries=(ps, rs)), general)
    unplaced = charts.map_unplaced(None, None, summaries=(ps, rs))
    assert list(unplaced["where"]) == charts.plant_labels(ps[ps[charts.PLANT_ENDS].isna().any(axis=1)]) + [
        f"{o} → {d}" for o, d in zip(*(rs[rs[charts.ROUTE_ENDS].isna().any(axis=1)][c] for c in ("origin", "destination")),
                                     strict=True)]
    fig = charts.map_figure(None, None, flags, summaries=(ps, rs))  # every property checked (conftest)
    drawn = rs.dropna(subset=charts.ROUTE_ENDS)
    assert sum(1 for t in fig.data if t.mode == "lines+markers" for s in t.marker.size if s) == len(drawn)
    assert sum(len(t.lat) for t in fig.data if t.mode == "markers") == len(ps.dropna(subset=charts.PLANT_ENDS))


@given(st.lists(st.sampled_from(["Kia", "BYD", "Chery", "Ford", "Nio", "Opel"]), max_size=60), st.integers(1, 5))
def test_legend_companies_are_value_counts_firsts(companies, traces):
    counts = pd.Series(companies, dtype=object).value_counts(sort=True)
    own, others = charts.legend_companies(companies, traces)
    expected = set(counts.index[:traces - 1]) if len(counts) > traces else set(counts.index)
    assert own == expected
    assert others == len(counts) - len(own) if len(counts) > traces else others == 0


@given(st.lists(st.one_of(st.none(), st.text(alphabet="ab&<>\"'é ", max_size=6), st.integers(0, 9),
                          st.just(float("nan"))), max_size=20))
def test_escaped_is_esc(values):
    assert chart_map._escaped(values) == [chart_base._esc(v) for v in values]
    assert chart_map._escaped(["a&b"]) == [html.escape("a&b")]


@MAP_SETTINGS
@given(st.lists(st.sampled_from(["2024-01-01", "2024-03-05T09:30", "1999-12-31T23:59:59", None]), max_size=30),
       st.lists(MAP_TEXTS, max_size=30), st.data())
def test_source_lines_are_source_line(published, texts, data):
    n = min(len(published), len(texts))
    df = pd.DataFrame({"source": pd.Series(texts[:n], dtype="str"), "title": pd.Series(texts[:n][::-1], dtype="str"),
                       "published": pd.Series(pd.to_datetime(published[:n], format="ISO8601"), dtype="datetime64[us]")})
    rows = np.array(data.draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=n)) if n else [], dtype=np.int64)
    picked = df.iloc[rows]
    expected = [chart_map._source_line(dict(zip(picked.columns, row, strict=True)))
                for row in zip(*(chart_base._values(picked[c]) for c in picked.columns), strict=True)]
    assert chart_map._source_lines(df, rows) == expected
    # dates held other ways go value by value
    for held in (pd.Series([date(2024, 3, 1), None], dtype=object), pd.Series(["2024-03-01", None], dtype=object),
                 pd.Series([datetime(2024, 3, 1, 9), pd.NaT], dtype="datetime64[ns]")):
        assert chart_map._dates(held, np.array([0, 1])) == ["2024-03-01", ""]


@given(st.lists(st.one_of(st.none(), st.just(float("nan")), st.floats(-1e6, 1e6)), max_size=12),
       st.sampled_from(["float64", "str", "datetime", "int32"]), st.data())
def test_values_at_is_values_of_the_rows(values, kind, data):
    if kind == "str":
        series = pd.Series([None if v is None else str(v) for v in values], dtype="str")
    elif kind == "datetime":
        series = pd.Series(pd.to_datetime([None if v is None or v != v else 1e15 + v * 1e9 for v in values]),
                           dtype="datetime64[us]")
    elif kind == "int32":
        series = pd.Series([0 if v is None or v != v else int(v) for v in values], dtype="int32")
    else:
        series = pd.Series(values, dtype="float64")
    rows = np.array(data.draw(st.lists(st.integers(0, len(values) - 1), max_size=len(values))) if values else [],
                    dtype=np.int64)
    got, expected = chart_map._values_at(series, rows), chart_base._values(series.iloc[rows])
    assert [type(v) for v in got] == [type(v) for v in expected]
    assert [v is None or v is pd.NaT or (v != v) for v in got] == [v is None or v is pd.NaT or (v != v) for v in expected]
    assert [v for v in got if v is not None and v is not pd.NaT and v == v] == \
        [v for v in expected if v is not None and v is not pd.NaT and v == v]


@given(st.lists(st.sampled_from([np.nan, 1.0, 5.0, 5.0, 20.0, 0.0]), max_size=40), st.integers(1, 10))
def test_largest_is_sort_values_head(units, n):
    df = pd.DataFrame({"units": pd.Series(units, dtype="float64")})
    rows = np.flatnonzero(np.arange(len(df)) % 3 != 1)
    expected = df.iloc[rows].sort_values("units", ascending=False, na_position="last").head(n) if len(rows) > n \
        else df.iloc[rows]
    assert list(chart_map._largest(df, "units", rows, n)) == list(df.index.get_indexer(expected.index))


@given(st.lists(st.sampled_from([np.nan, 0.0, -3.0, 1.0, 5.0, 5.0, 20.0, 1e6, 7.5]), max_size=120))
def test_capacity_bars_are_the_largest_by_a_stable_sort(values):
    """The bars a capacity chart draws: the BARS_SHOWN largest values above zero, ties in row order, smallest
    first, as a stable sort of every row picks them (found by a partition instead)."""
    from core.charts import capacity as chart_capacity

    values = np.array(values, dtype=np.float64)
    rows = np.flatnonzero(values > 0)
    if len(rows) > chart_capacity.BARS_SHOWN:
        rows = rows[np.argsort(-values[rows], kind="stable")[:chart_capacity.BARS_SHOWN]]
    assert chart_capacity._bar_rows(values).tolist() == rows[np.argsort(values[rows], kind="quicksort")].tolist()


@given(st.lists(st.tuples(st.floats(-90, 90), st.floats(-90, 90)), min_size=1, max_size=5))
def test_interpolate_is_point_by_point(ends):
    a, b = np.array([e[0] for e in ends]), np.array([e[1] for e in ends])
    n = charts.ROUTE_POINTS
    assert chart_map._interpolate(a, b, n) == [[x + (y - x) * i / (n - 1) for i in range(n)] for x, y in ends]


def test_points_deep_copy_is_a_copy():
    points = chart_map._Points([1.0, None, 2.5])
    copied = copy.deepcopy({"lat": points})["lat"]
    assert copied == points and copied is not points and isinstance(copied, chart_map._Points)
    copied.append(2)
    assert len(points) == 3
    # a figure holding them is the figure holding plain lists, in every serialisation
    built = [go.Figure({"data": [{"type": "scattergeo", "lat": lat, "lon": lat, "hovertext": chart_map._Points(["a"] * 3)}]},
                       _validate=False) for lat in (points, list(points))]
    assert built[0].to_dict() == built[1].to_dict()
    assert pio.to_json(built[0], validate=False) == pio.to_json(built[1], validate=False)


@MAP_SETTINGS
@given(st.lists(st.sampled_from(["p1", "p2", "r|a|b", "", None]), max_size=12),
       st.one_of(st.none(), st.just({}), st.just({"p1": 2, "r|a|b": 3, "p2": 1, "nan": 4})))
def test_conflict_notes_are_conflict_note_of_each_key(keys, flags):
    column = pd.Series(keys, dtype="str")
    expected = [charts.conflict_note(flags, k) for k in column]
    assert charts.conflict_notes(flags, column) == expected  # a column (the capacity table)
    assert charts.conflict_notes(flags, column.to_numpy()) == expected  # its values (the map's rows)


@MAP_SETTINGS
@given(companies=st.lists(st.sampled_from(["Kia", "BYD", "Chery", "Ford", "Nio", "Opel", "", "Tata"]), min_size=1,
                          max_size=25), legend=st.integers(2, 5))
def test_export_legend_stops_at_route_legend_and_every_line_keeps_its_company_colour(companies, legend):
    rows = [{"route_key": f"r{i}", "company": c, "origin": "China", "destination": "Brazil", "origin_lat": 30.0 + i,
             "origin_lon": 110.0, "destination_lat": -15.0, "destination_lon": -47.0, "units": 100.0 * (i + 1),
             "by_when": "", "models": "", "article_id": "a1", "sentence": "s", "source": "src", "title": "t",
             "published": "2024-01-01"} for i, c in enumerate(companies)]
    rs = _map_frame(rows, MAP_ROUTE_NUMBERS, set())
    ps = pd.DataFrame(columns=list(MAP_PLANT_ROW_COLUMNS))
    default = chart_map.ROUTE_LEGEND
    try:
        chart_map.ROUTE_LEGEND = legend
        fig = charts.map_figure(None, None, None, summaries=(ps, rs))
    finally:
        chart_map.ROUTE_LEGEND = default
    lines = [t for t in fig.data if t.mode == "lines+markers"]
    entries = {t.name for t in lines if t.showlegend}
    distinct = len(set(companies))
    assert len(entries) == min(distinct, legend)
    assert {t.name for t in lines} == entries  # every line sits under a shown entry: a click hides them together
    if distinct > legend:
        assert f"Exports of {distinct - legend + 1} other companies" in entries
        ranks = {t.name: t.legendrank for t in lines}
        assert ranks[f"Exports of {distinct - legend + 1} other companies"] > max(
            r for n, r in ranks.items() if not n.startswith("Exports of "))  # listed after the named companies
    # the hover's second line is the company: one colour per company, also under the shared entry
    colour_of: dict[str, set[str]] = {}
    for t in lines:
        for hover in t.hovertext:
            if hover:
                colour_of.setdefault(hover.split("<br>")[1], set()).add(t.line.color)
    assert all(len(colours) == 1 for colours in colour_of.values())
    named = [next(iter(c)) for company, c in colour_of.items() if company]
    assert len(set(named)) == len(named)


def test_a_route_whose_story_names_no_shipper_says_so_in_the_legend():
    rows = [{"route_key": f"r{i}", "company": c, "origin": "China", "destination": "Brazil", "origin_lat": 30.0 + i,
             "origin_lon": 110.0, "destination_lat": -15.0, "destination_lon": -47.0, "units": 100.0, "by_when": "",
             "models": "", "article_id": "a1", "sentence": "s", "source": "src", "title": "t", "published": "2024-01-01"}
            for i, c in enumerate(["Chery", ""])]
    fig = charts.map_figure(None, None, None, summaries=(pd.DataFrame(columns=list(MAP_PLANT_ROW_COLUMNS)),
                                                         _map_frame(rows, MAP_ROUTE_NUMBERS, set())))
    names = {t.name for t in fig.data if t.mode == "lines+markers"}
    assert names == {"Chery exports", "Exports, shipper not named"}
