"""Chart builders: pure functions from frames (core.frames.FRAME_COLUMNS) to plotly figures.

No Streamlit here: the same figure is drawn in the app, exported to PNG/SVG/HTML by
core.exports, and tested without a browser. Every figure has a title, and every axis
title says its unit. Figures over no rows still build (a titled figure with a note).

Plants and routes appear once per article in the frames; ``plant_summary`` and
``route_summary`` fold them into one row per plant / route, taking for each figure the
value from the most recently published article that states it.

One module a concept, each importing only the ones above it:
- base: colours, number formats, the shared layout and figure call, column helpers;
- summaries: one row per plant or route (the latest stated figures), plant labels, conflict notes;
- overview, fact_tables, map, models, capacity, articles, timeline: the tables and figures of one page each.

Every public name is re-exported here, so ``from core import charts; charts.map_figure(...)`` and
``from core.charts import map_figure`` work as before. Switches and limits are read by the module that
holds them: set them there (``core.charts.base.VALIDATE_FIGURES``, ``core.charts.map.PLANT_TRACES``),
not on this package.
"""
from core.charts.articles import (
    ARTICLE_TABLE_COLUMNS,
    BOILERPLATE_LABEL,
    ENTITY_COLORS,
    article_titles,
    article_view,
    articles_list,
    articles_table,
    render_entities,
)
from core.charts.base import (
    EMPTY_NOTE,
    FONT,
    LEGEND_ENTRIES,
    PALETTE,
    UNKNOWN_COLOR,
    USED_TRACE_TYPES,
    company_color,
    company_colors,
    figure_title,
    fmt_money,
    fmt_number,
    joined_ids,
    legend_companies,
)
from core.charts.capacity import (
    BARS_SHOWN,
    CAPACITY_CHARTS,
    CapacityView,
    capacity_chart,
    capacity_view,
    investment_chart,
    investment_per_capacity_chart,
    investment_per_job_chart,
    jobs_chart,
    plant_table,
)
from core.charts.fact_tables import FACT_COLUMNS, FACT_FRAMES, article_facts, latest_facts
from core.charts.map import (
    GEO_RESOLUTION,
    MAP_PROVENANCE,
    MAP_ROW_COLUMNS,
    PLANT_ENDS,
    PLANT_TRACES,
    PLANTS_DRAWN,
    ROUTE_ENDS,
    ROUTE_POINTS,
    ROUTES_DRAWN,
    MapView,
    map_figure,
    map_rows,
    map_summaries,
    map_table,
    map_unplaced,
    map_view,
)
from core.charts.models import (
    MODEL_TABLE_COLUMNS,
    SPEC_COLUMNS,
    SPECS_SHOWN,
    ModelsView,
    model_table,
    models_view,
    spec_summary,
    specs_chart,
)
from core.charts.overview import KPI_FRAMES, coverage_chart, investment_kpi, kpis
from core.charts.summaries import (
    PLANT_FIGURES,
    PLANT_KEEP,
    ROUTE_FIGURES,
    SMALL_SUMMARY,
    conflict_note,
    conflict_notes,
    labelled_plant_summary,
    plant_label,
    plant_labels,
    plant_summary,
    route_summary,
)
from core.charts.timeline import timeline_chart

__all__ = [
    "ARTICLE_TABLE_COLUMNS", "BOILERPLATE_LABEL", "ENTITY_COLORS", "article_titles", "article_view", "articles_list", "articles_table",
    "render_entities",
    "EMPTY_NOTE", "FONT", "LEGEND_ENTRIES", "PALETTE", "UNKNOWN_COLOR", "USED_TRACE_TYPES", "company_color", "company_colors",
    "figure_title", "fmt_money", "fmt_number", "joined_ids", "legend_companies",
    "BARS_SHOWN", "CAPACITY_CHARTS", "CapacityView", "capacity_chart", "capacity_view", "investment_chart", "investment_per_capacity_chart",
    "investment_per_job_chart", "jobs_chart", "plant_table",
    "FACT_COLUMNS", "FACT_FRAMES", "article_facts", "latest_facts",
    "GEO_RESOLUTION", "MAP_PROVENANCE", "MAP_ROW_COLUMNS", "PLANTS_DRAWN", "PLANT_ENDS", "PLANT_TRACES",
    "ROUTES_DRAWN", "ROUTE_ENDS", "ROUTE_POINTS", "MapView", "map_figure", "map_rows", "map_summaries", "map_table",
    "map_unplaced", "map_view",
    "MODEL_TABLE_COLUMNS", "SPECS_SHOWN", "SPEC_COLUMNS", "ModelsView", "model_table", "models_view", "spec_summary",
    "specs_chart",
    "KPI_FRAMES", "coverage_chart", "investment_kpi", "kpis",
    "PLANT_FIGURES", "PLANT_KEEP", "ROUTE_FIGURES", "SMALL_SUMMARY", "conflict_note", "conflict_notes",
    "labelled_plant_summary", "plant_label", "plant_labels", "plant_summary", "route_summary",
    "timeline_chart",
]
