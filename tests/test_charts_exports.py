"""Chart builders (pure: frame in, plotly figure out) and exports, without a browser or the app."""
from __future__ import annotations

import io
import json
import re

import openpyxl
import pandas as pd
import pytest

from core import charts, exports
from core.charts import base as chart_base
from core.charts import capacity as chart_capacity
from core.filters import Filters
from core.frames import empty_frames


def test_every_chart_is_titled_with_units_and_built_from_the_frame(frames):
    plants = frames["plants"]
    built = {
        "capacity": charts.capacity_chart(plants),
        "capacity by country": charts.capacity_chart(plants, by="country"),
        "jobs": charts.jobs_chart(plants),
        "investment": charts.investment_chart(plants),
        "per job": charts.investment_per_job_chart(plants),
        "per unit": charts.investment_per_capacity_chart(plants),
        "specs": charts.specs_chart(frames["specs"]),
        "map": charts.map_figure(plants, frames["exports"]),
        "coverage": charts.coverage_chart(frames["articles"]),
    }
    for name, fig in built.items():
        title = charts.figure_title(fig)
        assert title, name
        assert re.search(r"\(.+\)| per ", title), f"{name}: no unit in {title!r}"
    # one bar per plant, with the latest article's figure
    expected = charts.plant_summary(plants)["capacity_per_year"].dropna().astype(float)
    assert sorted(float(v) for t in built["capacity"].data for v in t.x) == sorted(expected)
    assert len(expected) < len(plants["capacity_per_year"].dropna())  # the sample has two articles on one plant


def test_map_has_a_marker_per_plant_and_a_line_per_route(frames):
    fig = charts.map_figure(frames["plants"], frames["exports"])
    plants, routes = charts.map_summaries(frames["plants"], frames["exports"])
    markers = [t for t in fig.data if t.type == "scattergeo" and t.mode and "markers" in t.mode and "lines" not in t.mode]
    assert sum(len(t.lat) for t in markers) == plants["lat"].notna().sum() > 0
    lines = [t for t in fig.data if t.mode and "lines" in t.mode]
    drawn = routes.dropna(subset=["origin_lat", "destination_lat"])
    assert sum(len(t.lat) for t in lines) == len(drawn) * 24 + len(drawn) - len(lines)  # 24 points a route, gaps between
    # one arrowhead per route, on its last point, in the route's own trace: a legend click hides both
    heads = [(t, i) for t in lines for i, size in enumerate(t.marker.size) if size > 0]
    assert len(heads) == len(drawn) > 0
    for t, i in heads:
        assert t.lat[i] is not None and (i + 1 == len(t.lat) or t.lat[i + 1] is None)
        assert t.marker.symbol == "arrow" and t.legendgroup == t.name


def test_specs_chart_compares_power_and_displacement_on_one_model_axis():
    specs = pd.DataFrame({
        "model": ["Alpha", "Beta"], "maker": ["Maker A", "Maker B"], "engine_l": [1.5, 2.0], "power_hp": [150, 250],
        "transmission": [None, None], "article_id": ["a1", "a2"], "sentence": ["s", "s"], "source": [None, None],
        "published": pd.to_datetime(["2025-01-01", "2025-02-01"]),
    })
    fig = charts.specs_chart(specs)
    power = {t.y[0]: t.x[0] for t in fig.data if t.xaxis == "x"}
    engine = {t.y[0]: t.x[0] for t in fig.data if t.xaxis == "x2"}
    assert power == {"Alpha": 150, "Beta": 250} and engine == {"Alpha": 1.5, "Beta": 2.0}
    assert fig.layout.yaxis2.matches == "y" and fig.layout.yaxis2.showticklabels is False
    assert fig.layout.xaxis.domain[1] < fig.layout.xaxis2.domain[0]  # side by side, not overlapping
    assert {a.text for a in fig.layout.annotations} == {"Power (hp)", "Engine displacement (L)"}
    assert list(fig.layout.yaxis.categoryarray) == ["Alpha", "Beta"]  # least powerful at the bottom


def test_map_says_in_its_subtitle_what_it_left_out_clear_of_the_legend(frames, monkeypatch):
    from core.charts import map as chart_map

    routes = charts.map_summaries(frames["plants"], frames["exports"])[1].dropna(subset=charts.ROUTE_ENDS)
    assert len(routes) >= 2
    monkeypatch.setattr(chart_map, "ROUTES_DRAWN", 1)
    fig = charts.map_figure(frames["plants"], frames["exports"])
    assert fig.layout.title.subtitle.text.startswith(f"Drawn: the largest 1 of {len(routes)} routes")
    assert not fig.layout.annotations  # under the map is the legend's place: a note there was drawn over it
    monkeypatch.setattr(chart_map, "ROUTES_DRAWN", 10_000)
    assert not charts.map_figure(frames["plants"], frames["exports"]).layout.title.subtitle.text


def test_charts_on_empty_frames_say_so_and_do_not_raise():
    f = empty_frames()
    for fig in (charts.capacity_chart(f["plants"]), charts.specs_chart(f["specs"]), charts.map_figure(f["plants"], f["exports"]),
                charts.coverage_chart(f["articles"]), charts.investment_per_job_chart(f["plants"])):
        assert charts.figure_title(fig)
        assert not fig.data or fig.layout.geo.projection.type  # the map keeps its basemap, the others draw nothing
    note = charts.capacity_chart(f["plants"]).layout.annotations[0].text
    assert note == charts.EMPTY_NOTE


def test_csv_has_a_bom_for_excel_and_defuses_formulas():
    df = pd.DataFrame({"company": ["Škoda", "=HYPERLINK(\"x\")"], "units": [1, 2]})
    data = exports.csv_bytes(df)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Škoda" in text and "\n=HYPERLINK" not in text


def test_xlsx_opens_with_the_rows():
    df = pd.DataFrame({"plant": ["Zilina", "Nitra"], "capacity": [350000, 250000]})
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(df)))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0] == ("plant", "capacity") and rows[1:] == [("Zilina", 350000), ("Nitra", 250000)]


def test_facts_json_names_its_filter(frames):
    data = json.loads(exports.json_bytes(frames, Filters(countries=("South Korea",))))
    assert "plants" in json.dumps(data)


def test_export_names_say_what_and_which_filter():
    assert exports.export_name("Plants", Filters(countries=("South Korea",), models=("K5",)), "csv") == \
        "autowatch_plants_country-South-Korea_model-K5.csv"
    assert exports.export_name("map", None, "png") == "autowatch_map_all.png"


def test_html_export_is_offline(frames):
    html = exports.figure_html(charts.map_figure(frames["plants"], frames["exports"])).decode("utf-8")
    # nothing is fetched: no external script, stylesheet or image, and the basemap travels inside the page
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html)
    assert "world_50m" in html or "world_110m" in html


@pytest.mark.browser
def test_png_and_svg_exports_render_the_map_offline(frames):
    if exports.browser_path() is None:
        pytest.skip("no Chromium for kaleido")
    fig = charts.map_figure(frames["plants"], frames["exports"])
    png = exports.figure_image(fig, "png", width=600, height=400, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    svg = exports.figure_image(fig, "svg", width=600, height=400)
    assert svg.lstrip().startswith(b"<svg") and b"path" in svg


def test_missing_browser_is_a_clear_error(monkeypatch, frames):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chrome")
    with pytest.raises(exports.BrowserMissing, match="chromium"):
        exports.figure_image(charts.capacity_chart(frames["plants"]), "png")


def test_conflict_flags_reach_the_map_rows_and_hover(frames):
    key = frames["plants"]["plant_key"].iloc[0]
    rows = charts.map_rows(frames["plants"], frames["exports"], flags={key: 2})
    assert "2 sources disagree" in set(rows["conflict"])
    hovers = " ".join(h for t in charts.map_figure(frames["plants"], frames["exports"], flags={key: 2}).data
                      for h in (t.hovertext or []))
    assert "2 sources disagree" in hovers
    assert set(charts.map_rows(frames["plants"], frames["exports"])["conflict"]) == {""}


def test_entity_html_explains_the_grey_only_when_something_was_set_aside():
    text = "Kia builds the Ceed.\nSubscribe to our newsletter!"
    ents = pd.DataFrame({"start": [0, 21], "end": [3, 49], "label": ["COMPANY", "BOILERPLATE"]})
    assert "set aside" in charts.render_entities(text, ents)
    assert "set aside" not in charts.render_entities(text, ents.head(1))


def test_source_line_gives_one_date_format_for_every_way_a_date_is_held():
    from datetime import date, datetime

    from core.charts.map import _source_line

    for published in (date(2024, 3, 1), datetime(2024, 3, 1, 9, 30), pd.Timestamp("2024-03-01"), "2024-03-01"):
        assert _source_line({"source": "Trade <Daily>", "published": published}) == \
            "Source: Trade &lt;Daily&gt; (2024-03-01)"
    for missing in (None, pd.NaT, float("nan")):
        assert _source_line({"source": None, "title": None, "published": missing}) == "Source: unknown source"


def test_figures_are_checked_by_plotly_in_tests_and_not_in_the_app(monkeypatch):
    """Tests build every figure with plotly's checks on (conftest), so a wrong property fails a test;
    the app skips them (half a chart's build time)."""
    import plotly.graph_objects as go

    wrong = [{"type": "bar", "x": [1], "y": ["a"], "colour": "red"}]  # no such property
    with pytest.raises(ValueError):
        chart_base._figure(wrong, chart_base._layout("t"))
    monkeypatch.setattr(chart_base, "VALIDATE_FIGURES", False)  # as in the app
    fig = chart_base._figure([{"type": "bar", "x": [1, 2], "y": ["a", "b"]}], chart_base._layout("t"))
    assert isinstance(fig, go.Figure) and list(fig.data[0].y) == ["a", "b"]


def test_bars_coloured_by_company_keep_each_company_rows_in_order():
    """One trace per company, companies sorted, an unknown company last under "Unknown", bars smallest first."""
    df = pd.DataFrame({"plant": ["P1", "P2", "P3", "P4", "P5"], "company": ["Kia", None, "BYD", "Kia", "BYD"],
                       "capacity_per_year": [50.0, 10.0, 30.0, 20.0, 40.0]})
    fig = chart_capacity._hbar(df, "plant", "capacity_per_year", "t", "Units", "Plant", color_by="company")
    assert [t.name for t in fig.data] == ["BYD", "Kia", "Unknown"]
    assert [list(t.y) for t in fig.data] == [["P3", "P5"], ["P4", "P1"], ["P2"]]
    assert [list(t.x) for t in fig.data] == [[30.0, 40.0], [20.0, 50.0], [10.0]]


def test_map_legend_is_drawn_under_the_map_inside_the_figure(frames):
    # a legend on the container at y < 0 was placed outside the figure: the map had no legend at all
    fig = charts.map_figure(frames["plants"], frames["exports"])
    legend = fig.layout.legend
    assert legend.yref == "paper" and legend.yanchor == "top" and -0.05 <= legend.y <= 0
    entries = sum(1 for t in fig.data if t.showlegend is not False)
    assert entries >= 2
    empty = charts.map_figure(frames["plants"].iloc[:0], frames["exports"].iloc[:0])
    assert fig.layout.height > empty.layout.height  # the figure grows by the legend's rows, the map keeps its size


def test_specs_chart_legend_stops_at_a_dozen_makers_and_keeps_every_bar_in_its_makers_colour():
    n = charts.LEGEND_ENTRIES + 8
    makers = [f"Maker {i:02d}" for i in range(n)]
    rows = [(f"Model {i:02d}{k}", maker, 1.0 + i / 10, 100 + 10 * i + k) for i, maker in enumerate(makers)
            for k in range(2 if i < 3 else 1)]  # the first three makers have two models
    specs = pd.DataFrame({
        "model": [r[0] for r in rows], "maker": [r[1] for r in rows], "engine_l": [r[2] for r in rows],
        "power_hp": [r[3] for r in rows], "transmission": None, "article_id": "a1", "sentence": "s", "source": None,
        "published": pd.to_datetime("2025-01-01"),
    })
    fig = charts.specs_chart(specs)
    legend = [t.name for t in fig.data if t.showlegend is not False]
    assert len(legend) == charts.LEGEND_ENTRIES and legend[-1] == f"{n - charts.LEGEND_ENTRIES + 1} other makers"
    assert {"Maker 00", "Maker 01", "Maker 02"} <= set(legend)  # the makers with most models keep their entries
    colors = charts.company_colors(makers)
    for panel in ("x", "x2"):
        drawn = {}
        for t in fig.data:
            if t.xaxis == panel:
                bar_colors = t.marker.color if isinstance(t.marker.color, tuple | list) else [t.marker.color] * len(t.y)
                drawn.update(zip(t.y, bar_colors, strict=True))
        assert sorted(drawn) == sorted(r[0] for r in rows)  # every model in both panels
        assert all(drawn[model] == colors[maker] for model, maker, _, _ in rows)
    shared = next(t for t in fig.data if t.name.endswith("other makers") and t.xaxis == "x")
    assert "%{customdata}" in shared.hovertemplate and set(shared.customdata) <= set(makers)


def test_specs_chart_escapes_a_shared_makers_name_on_hover():
    n = charts.LEGEND_ENTRIES + 1
    makers = [f"<b>Maker {i}</b>" for i in range(n)]
    specs = pd.DataFrame({
        "model": [f"M{i}" for i in range(n)], "maker": makers, "engine_l": 1.5, "power_hp": [100 + i for i in range(n)],
        "transmission": None, "article_id": "a1", "sentence": "s", "source": None, "published": pd.to_datetime("2025-01-01"),
    })
    shared = [t for t in charts.specs_chart(specs).data if t.name.endswith("other makers")]
    assert shared and all("<b>" not in c for t in shared for c in t.customdata)


def test_capacity_bars_legend_stops_at_a_dozen_companies_and_keeps_every_bar_in_its_companys_colour(frames):
    n = charts.LEGEND_ENTRIES + 5
    companies = [f"Company {i:02d}" for i in range(n)]
    plants = pd.concat([frames["plants"].iloc[[0]]] * n, ignore_index=True)
    plants["company"] = companies
    plants["site"] = [f"Town {i:02d}" for i in range(n)]
    plants["plant_key"] = [f"k{i}" for i in range(n)]
    plants["capacity"] = [1000.0 * (i + 1) for i in range(n)]
    fig = charts.capacity_chart(plants, by="plant")
    legend = [t.name for t in fig.data]
    assert len(legend) == charts.LEGEND_ENTRIES and legend[-1] == f"{n - charts.LEGEND_ENTRIES + 1} other companies"
    colors = charts.company_colors(companies)
    drawn = {}
    for t in fig.data:
        bar_colors = t.marker.color if isinstance(t.marker.color, tuple | list) else [t.marker.color] * len(t.y)
        drawn.update(zip(t.y, bar_colors, strict=True))
    assert len(drawn) == n
    for label, color in drawn.items():  # "Town 03 · Company 03 (Country)"
        assert color == colors[next(c for c in companies if c in label)]


def test_capacity_bars_legend_ties_go_to_the_larger_bars(frames):
    n = charts.LEGEND_ENTRIES + 5
    plants = pd.concat([frames["plants"].iloc[[0]]] * n, ignore_index=True)
    plants["company"] = [f"Company {i:02d}" for i in range(n)]  # one plant each: a tie on bars
    plants["site"] = [f"Town {i:02d}" for i in range(n)]
    plants["plant_key"] = [f"k{i}" for i in range(n)]
    plants["capacity"] = [1000.0 * (i + 1) for i in range(n)]
    own = {t.name for t in charts.capacity_chart(plants, by="company").data if "other" not in t.name}
    assert own == {f"Company {i:02d}" for i in range(n - charts.LEGEND_ENTRIES + 1, n)}


def test_coverage_draws_no_line_across_months_without_articles():
    articles = pd.DataFrame({"article_id": [1, 2, 3], "n_facts": [4, 2, 5],
                             "published": pd.to_datetime(["2020-01-15", "2020-02-03", "2023-06-30"])})
    facts = next(t for t in charts.coverage_chart(articles).data if t.name == "Facts")
    assert "lines" not in facts.mode  # three years with no article between the last two points: nothing is drawn there
    assert list(facts.y) == [4, 2, 5]
