"""The map's view: every point inside it, the drawing area's shape kept, the world's edges respected."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.charts import map as chart_map
from core.charts.map import MAP_ASPECT, _natural_earth, view_ranges

lats = st.floats(-80, 80, allow_nan=False)
lons = st.floats(-179, 179, allow_nan=False)


def _projected_aspect(lat_range: list[float], lon_range: list[float]) -> float:
    lat_lo, lat_hi = lat_range
    widest = 0.0 if lat_lo <= 0 <= lat_hi else min(lat_range, key=abs)
    width = _natural_earth(widest, lon_range[1])[0] - _natural_earth(widest, lon_range[0])[0]
    return width / (_natural_earth(lat_hi, 0)[1] - _natural_earth(lat_lo, 0)[1])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(lats, lons), min_size=1, max_size=12))
def test_the_view_holds_every_point_inside_the_world_and_is_at_least_as_wide_as_the_page(points) -> None:
    lat_range, lon_range = view_ranges([p[0] for p in points], [p[1] for p in points])
    assert -85 <= lat_range[0] < lat_range[1] <= 85 and -180 <= lon_range[0] < lon_range[1] <= 180
    assert all(lat_range[0] <= lat <= lat_range[1] and lon_range[0] <= lon <= lon_range[1] for lat, lon in points)
    # as wide as the drawing area unless the whole world's width is shown already
    assert lon_range[1] - lon_range[0] > 359.99 or _projected_aspect(lat_range, lon_range) >= MAP_ASPECT - 1e-6


def test_a_route_along_a_meridian_is_shown_with_its_neighbours_east_and_west() -> None:
    # a route due north (Tehran to Moscow, roughly): the view widens around it, centred on it
    lat_range, lon_range = view_ranges([35.7, 55.8], [51.4, 37.6])
    assert lon_range[1] - lon_range[0] > 2 * (lat_range[1] - lat_range[0])
    assert abs((lon_range[0] + lon_range[1]) / 2 - (51.4 + 37.6) / 2) < 1e-9
    # beside the date line the range is moved west, not cut
    lat_range, lon_range = view_ranges([-40.0, -10.0], [175.0, 176.0])
    assert lon_range[1] == 180.0 and lon_range[1] - lon_range[0] > 2 * (lat_range[1] - lat_range[0])


def test_arrowheads_are_turned_in_the_view_the_map_shows(frames) -> None:
    """Each arrowhead's angle is worked out around the centre of the lon range the figure shows (the last
    step of its line, projected), so it points along its line however the view was widened."""
    fig = chart_map.map_figure(frames["plants"], frames["exports"])
    lon_lo, lon_hi = fig.layout.geo.lonaxis.range
    lines = [t for t in fig.data if t.mode and "lines" in t.mode]
    heads = [(t, i) for t in lines for i, size in enumerate(t.marker.size) if size > 0]
    assert heads
    for t, i in heads:
        expected = chart_map._screen_angle(t.lat[i - 1], t.lon[i - 1], t.lat[i], t.lon[i], (lon_lo + lon_hi) / 2)
        assert abs(t.marker.angle[i] - expected) < 1e-9
