"""Exports: tables as CSV (UTF-8 with BOM) and XLSX, facts as JSON, charts as PNG/SVG/HTML.

Everything works offline. Static images are drawn server-side by kaleido, which drives a
Chrome/Chromium: ``$BROWSER_PATH``, else Debian's ``/usr/bin/chromium``, else one on PATH.
Without one, ``figure_image`` raises ``BrowserMissing`` with a message that says how to get it.
Maps read their basemap from the topojson the project ships (static/topojson/), inlined
into the page kaleido renders and into the HTML export, so nothing is fetched.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import re
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from core.filters import Filters
from core.paths import STATIC

TOPOJSON_DIR = STATIC / "topojson"
DEBIAN_CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = (
    "Chart PNG/SVG export needs Chrome or Chromium on the server. On Debian/Ubuntu: "
    "`sudo apt-get install chromium` (or run `make system-deps`), or point $BROWSER_PATH at a Chrome/Chromium "
    "executable, then restart the app. The chart toolbar's camera button still saves an SVG from your browser."
)
MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
}
# Cells that spreadsheet programs would run as formulas (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters that XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class BrowserMissing(RuntimeError):
    """No Chrome/Chromium for kaleido: static chart export is unavailable."""


# --------------------------------------------------------------------------- names


def export_name(what: str, filters: Filters | None, ext: str) -> str:
    """`autowatch_<what>_<filter slug>.<ext>`, e.g. autowatch_plants_country-Iran.csv."""
    what = re.sub(r"[^\w.+-]+", "-", what.strip().lower()).strip("-") or "export"
    slug = (filters or Filters()).slug()
    return f"autowatch_{what}_{slug}.{ext}"


# --------------------------------------------------------------------------- tables


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Timezone-free datetimes, no categoricals: what CSV and XLSX writers handle everywhere."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            out[col] = s.dt.tz_convert("UTC").dt.tz_localize(None)
        elif isinstance(s.dtype, pd.CategoricalDtype):
            out[col] = s.astype(object)
    return out


def _defuse(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a byte-order mark, so Excel reads accents and non-Latin text correctly.

    Text cells that a spreadsheet would treat as a formula (starting with = + - @) get a leading
    apostrophe, the usual guard against formula injection from scraped text.
    """
    out = _plain(df)
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_defuse)
    return out.to_csv(index=False, date_format="%Y-%m-%d %H:%M:%S").encode("utf-8-sig")


def _xlsx_value(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(value if not isinstance(value, set) else sorted(value), ensure_ascii=False, default=str)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("", value)
    if isinstance(value, (int, float, bool, datetime, date)):
        return value
    return str(value)


def xlsx_bytes(tables: pd.DataFrame | dict[str, pd.DataFrame], sheet_name: str = "data") -> bytes:
    """An .xlsx workbook (openpyxl) with one sheet per table; text is stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    if isinstance(tables, pd.DataFrame):
        tables = {sheet_name: tables}
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for name, df in tables.items():
        title = re.sub(r"[\[\]:*?/\\]", "-", str(name))[:31] or "sheet"
        while title in used:
            title = title[:28] + f"_{len(used)}"
        used.add(title)
        ws = wb.create_sheet(title)
        df = _plain(df)
        ws.append([str(c) for c in df.columns])
        for row in df.itertuples(index=False, name=None):
            ws.append([_xlsx_value(v) for v in row])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # "=..." from an article stays text
                elif isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm" if (cell.value.hour or cell.value.minute) else "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        for i, col in enumerate(df.columns, start=1):
            width = min(60, max(10, len(str(col)) + 2))
            ws.column_dimensions[get_column_letter(i)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _records(df: pd.DataFrame) -> list[dict]:
    if df.empty:
        return []
    return json.loads(_plain(df).to_json(orient="records", date_format="iso", force_ascii=False))


def json_bytes(frames: dict[str, pd.DataFrame], filters: Filters | None = None, drop: dict[str, list[str]] | None = None) -> bytes:
    """The given (filtered) frames as one JSON document: {"filter": ..., "counts": ..., "frames": {name: [rows]}}."""
    drop = drop or {}
    f = filters or Filters()
    doc = {
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "filter": {
            "countries": list(f.countries), "companies": list(f.companies), "models": list(f.models),
            "date_from": f.date_from.isoformat() if f.date_from else None,
            "date_to": f.date_to.isoformat() if f.date_to else None, "query": f.query,
        },
        "counts": {name: len(df) for name, df in frames.items()},
        "frames": {
            name: _records(df.drop(columns=[c for c in drop.get(name, []) if c in df.columns]))
            for name, df in frames.items()
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


# --------------------------------------------------------------------------- charts


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido will drive: $BROWSER_PATH, /usr/bin/chromium, or one on PATH; None if none."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if os.access(env, os.X_OK) and Path(env).is_file() else None
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _geo_names(fig: go.Figure) -> list[str]:
    """Topojson files (without .json) a figure's geo subplots need, e.g. ["world_50m"]."""
    names = []
    for key in fig.layout:
        if not key.startswith("geo"):
            continue
        geo = fig.layout[key]
        if geo is None:
            continue
        scope = (geo.scope or "world").replace(" ", "-")
        resolution = int(geo.resolution or 110)
        names.append(f"{scope}_{resolution}m")
    if not names and any(getattr(t, "type", "") in ("scattergeo", "choropleth") for t in fig.data):
        names.append("world_110m")
    return sorted(set(names))


def _topojson_script(names: list[str]) -> str:
    """JavaScript that preloads the shipped topojson into plotly.js's PlotlyGeoAssets cache."""
    parts = ["window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};",
             "window.PlotlyGeoAssets.topojson = window.PlotlyGeoAssets.topojson || {};"]
    for name in names:
        path = TOPOJSON_DIR / f"{name}.json"
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: maps need the shipped topojson (see static/topojson/README.md)")
        parts.append(f"window.PlotlyGeoAssets.topojson[{json.dumps(name)}] = {path.read_text(encoding='utf-8')};")
    return "\n".join(parts)


def _geo_script_file(names: list[str]) -> Path:
    """The preload script as a file kaleido's page can load (cached in the temp dir by content)."""
    script = _topojson_script(names)
    digest = hashlib.sha256(script.encode("utf-8")).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"autowatch-geo-{digest}.js"
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(script, encoding="utf-8")
        tmp.replace(path)
    return path


def figure_image(fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None,
                 scale: float | None = None) -> bytes:
    """The figure as PNG or SVG (also jpeg, webp, pdf), drawn by kaleido in headless Chromium, offline."""
    import kaleido
    from choreographer.errors import ChromeNotFoundError

    fmt = fmt.lower()
    if fmt not in ("png", "svg", "jpeg", "jpg", "webp", "pdf"):
        raise ValueError(f"unsupported image format {fmt!r}")
    browser = browser_path()
    if browser is None:
        raise BrowserMissing(INSTALL_HINT)
    plotly_js = Path(go.__file__).resolve().parent.parent / "package_data" / "plotly.min.js"
    others = []
    names = _geo_names(fig)
    if names:
        others.append(_geo_script_file(names))
    page = kaleido.PageGenerator(plotly=plotly_js, mathjax=False, others=others or None)
    opts = {"format": "jpeg" if fmt == "jpg" else fmt, "width": width or fig.layout.width or 1100,
            "height": height or fig.layout.height or 600, "scale": scale or (2 if fmt == "png" else 1)}
    try:
        return kaleido.calc_fig_sync(fig, opts=opts, kopts={"page_generator": page, "path": browser, "timeout": 60})
    except ChromeNotFoundError as exc:
        raise BrowserMissing(f"{INSTALL_HINT} ({exc})") from exc


def figure_html(fig: go.Figure, config: dict | None = None, title: str | None = None) -> bytes:
    """A standalone interactive HTML page: plotly.js inlined, map basemap inlined, no CDN, no network."""
    config = {"displaylogo": False, "toImageButtonOptions": {"format": "svg"}, **(config or {})}
    config.pop("topojsonURL", None)
    page = fig.to_html(full_html=True, include_plotlyjs=True, include_mathjax=False, config=config)
    names = _geo_names(fig)
    head = f"<meta charset=\"utf-8\"><title>{_html_escape(title or _fig_title(fig) or 'Autowatch chart')}</title>"
    if names:
        head += f"<script>\n{_topojson_script(names)}\n</script>"
    page = page.replace("<head>", "<head>" + head, 1)
    return page.encode("utf-8")


def _fig_title(fig: go.Figure) -> str:
    return (fig.layout.title.text or "") if fig.layout.title else ""


def _html_escape(text: str) -> str:
    import html

    return html.escape(text)
