"""Company colours: one per company of a chart, no two companies of one chart alike while the palette lasts."""
from __future__ import annotations

import itertools

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from core import charts
from core.charts.base import _palette_slot


def _clashing_names(n: int = 2) -> list[str]:
    """n made-up company names whose own colours (a hash of the name) are the same."""
    by_slot: dict[int, list[str]] = {}
    for i in itertools.count():
        name = f"Maker {i}"
        names = by_slot.setdefault(_palette_slot(name), [])
        names.append(name)
        if len(names) == n:
            return names
    raise AssertionError("unreachable")


def test_the_palette_has_no_grey_and_no_repeats():
    assert charts.UNKNOWN_COLOR not in charts.PALETTE
    assert len(set(charts.PALETTE)) == len(charts.PALETTE) >= 16


@given(st.sets(st.text(min_size=1, max_size=12), max_size=len(charts.PALETTE)))
def test_companies_of_one_chart_never_share_a_colour_while_the_palette_lasts(names):
    colors = charts.company_colors(names)
    assert set(colors) == names
    assert len(set(colors.values())) == len(names)
    assert colors == charts.company_colors(sorted(names, reverse=True))  # the order given does not matter


def test_past_the_palette_every_colour_is_used_before_one_repeats():
    names = [f"Company {i}" for i in range(len(charts.PALETTE) + 3)]
    colors = charts.company_colors(names)
    assert set(colors.values()) == set(charts.PALETTE)


def test_a_company_keeps_its_own_colour_unless_another_took_it():
    first, second = _clashing_names()
    assert charts.company_color(first) == charts.company_color(second)
    assert charts.company_colors([second]) == {second: charts.company_color(second)}
    both = charts.company_colors([second, first])
    assert both[first] == charts.company_color(first)  # first by name keeps its own
    assert both[second] != both[first]


def test_unknown_companies_are_grey_and_take_no_colour():
    colors = charts.company_colors([None, float("nan"), "", "Maker 1"])
    assert list(colors) == ["Maker 1"]
    assert charts.company_color(None) == charts.UNKNOWN_COLOR


def test_two_makers_with_one_hash_colour_get_two_colours_in_the_specs_chart():
    first, second = _clashing_names()
    specs = pd.DataFrame({
        "model": ["Alpha", "Beta"], "maker": [first, second], "engine_l": [1.5, 2.0], "power_hp": [150, 250],
        "transmission": [None, None], "article_id": ["a1", "a2"], "sentence": ["s", "s"], "source": [None, None],
        "published": pd.to_datetime(["2025-01-01", "2025-02-01"]),
    })
    fig = charts.specs_chart(specs)
    colors = {t.name: t.marker.color for t in fig.data}
    assert set(colors) == {first, second} and colors[first] != colors[second]


def test_two_companies_with_one_hash_colour_get_two_colours_in_the_capacity_chart_and_the_map(frames):
    plants = frames["plants"].copy()
    names = _clashing_names(len(plants))
    plants["company"] = names
    fig = charts.capacity_chart(plants, by="plant")
    colors = {t.name: t.marker.color for t in fig.data}
    drawn = [n for n in names if n in colors]
    assert len(drawn) >= 2 and len({colors[n] for n in drawn}) == len(drawn)

    exports = frames["exports"].iloc[:0]  # plants only: their markers carry the colours
    map_fig = charts.map_figure(plants, exports)
    marker_colors = {t.name: t.marker.color for t in map_fig.data if t.mode == "markers"}
    shown = [c for name, c in marker_colors.items() if name.removesuffix(" plants") in names]
    assert len(shown) >= 2 and len(set(shown)) == len(shown)


def _company_colors_reference(companies) -> dict:
    """company_colors as first written: each colour looked for among the colours given so far."""
    named = sorted({c for c in companies if isinstance(c, str) and c}, key=lambda c: (c.casefold(), c))
    out: dict = {}
    moved = []
    for company in named:
        slot = _palette_slot(company)
        if charts.PALETTE[slot] in out.values():
            moved.append((company, slot))
        else:
            out[company] = charts.PALETTE[slot]
    free = [c for c in charts.PALETTE if c not in set(out.values())]
    for company, slot in moved:
        out[company] = free.pop(0) if free else charts.PALETTE[slot]
    return out


@given(st.lists(st.one_of(st.none(), st.just(""), st.just(float("nan")), st.text(min_size=1, max_size=5),
                          st.sampled_from([f"Maker {i}" for i in range(120)])), max_size=150))
def test_company_colors_are_given_as_first_written(companies):
    """The colours, and their order, whatever the number of companies against the palette's size."""
    colors = charts.company_colors(companies)
    assert list(colors.items()) == list(_company_colors_reference(companies).items())
