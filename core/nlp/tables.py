"""Tables in article text: markdown pipe tables and plain-text tables aligned by runs of spaces or tabs.

``find_tables`` finds them in the text (header cells, rows of cells with character offsets, the caption line
above); ``header_role`` decides what a column holds from its header (capacity, jobs, investment, market,
units, ...) with the scale and currency its header states ("Capacity ('000 units)", "Investment (US$ m)");
``TableReader`` reads each table's rows into plants, export routes and specs for the relations component,
with the entities and quantities the pipeline found in the cells. Tables of sales, registrations or market
shares give nothing; totals rows are not plants or routes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.facts import Money, PlantFact, SpecFact
from core.nlp.docindex import TABLES_KEY, Sentence, doc_text
from core.nlp.normalise import SCALE_WORDS, cc_to_litres, normalise_transmission, scaled

# -- finding tables in text ---------------------------------------------------------------------------------------


@dataclass
class Cell:
    text: str
    start: int  # character offsets in the article text, the cell's text without its padding
    end: int


@dataclass
class Table:
    header: list[Cell]
    rows: list[list[Cell]]
    start: int  # the header line's first character
    end: int  # the last row's end
    caption: Cell | None = None
    kind: str = "markdown"  # or "aligned"
    row_lines: list[tuple[int, int]] = field(default_factory=list)  # each row line's character span


RULE_LINE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
DASH_LINE = re.compile(r"^[\s\-=_—–+|:]+$")
COLUMN_GAP = re.compile(r"\t+|\s{2,}")
DIGIT = re.compile(r"\d")
MAX_HEADER_WORDS = 8  # "Capacity ('000 units a year)": a column's header is short; a line of prose is none


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _cell(text: str, start: int, end: int) -> Cell:
    """The cell text[start:end] without its padding."""
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return Cell(stripped, start + left, start + left + len(stripped))


def _pipe_cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    bars = [i for i, c in enumerate(line) if c == "|"]
    if not bars:
        return []
    edges = bars[:]
    if line[:bars[0]].strip():  # "Plant | Capacity | Jobs": a table written without its outer bars
        edges = [-1, *edges]
    if line[bars[-1] + 1:].strip():
        edges = [*edges, len(line)]
    return [_cell(text, start + a + 1, start + b) for a, b in zip(edges, edges[1:], strict=False)]


def _gap_cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    cells, pos = [], lead
    for m in COLUMN_GAP.finditer(body, lead):
        if m.start() > pos:
            cells.append(_cell(text, start + pos, start + m.start()))
        pos = m.end()
    if pos < len(body):
        cells.append(_cell(text, start + pos, start + len(body)))
    return cells


def _caption(text: str, lines: list[tuple[int, int, str]], first: int) -> Cell | None:
    """The line just above a table (a blank line between allowed), when it is short and no table line itself."""
    k = first - 1
    if k >= 0 and not lines[k][2].strip():
        k -= 1
    if k < 0 or not lines[k][2].strip():
        return None
    s, e, line = lines[k]
    if len(line.strip()) > 160 or line.strip().startswith("|"):
        return None
    return _cell(text, s, e)


def find_tables(text: str) -> list[Table]:
    """Markdown pipe tables (a header, a |---| rule, rows) and text tables (a header line over two or more rows, the
    columns parted by two or more spaces or by tabs, as many cells on each line)."""
    if "|" not in text and "  " not in text and "\t" not in text:
        return []
    lines = _lines(text)
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        table, k_next = (_markdown_at(text, lines, k) or _aligned_at(text, lines, k) or _headerless_at(text, lines, k)
                         or (None, k + 1))
        if table is not None:
            tables.append(table)
        k = max(k_next, k + 1)
    return tables


def doc_tables(doc) -> list[Table]:
    """find_tables of the Doc's text, found once per Doc (aw_boilerplate and aw_relations both read them); callers
    do not change the list."""
    tables = doc.user_data.get(TABLES_KEY)
    if tables is None:
        tables = doc.user_data[TABLES_KEY] = find_tables(doc_text(doc))
    return tables


def _markdown_at(text: str, lines, k: int) -> tuple[Table, int] | None:
    if k + 1 >= len(lines) or "|" not in lines[k][2] or "|" not in lines[k + 1][2]:
        return None
    ruled = bool(RULE_LINE.match(lines[k + 1][2]))
    header = _pipe_cells(text, lines[k][0], lines[k][1])
    if len(header) < 2 or any(len(c.text.split()) > MAX_HEADER_WORDS for c in header):
        return None
    if not ruled and not _pipe_rows_without_rule(text, lines, k, header):
        return None
    rows, spans, j = [], [], k + 1 + ruled
    while j < len(lines) and "|" in lines[j][2] and lines[j][2].strip():
        if not RULE_LINE.match(lines[j][2]):
            cells = _pipe_cells(text, lines[j][0], lines[j][1])
            # "| Total | 210 |" under five headers: the cells left out at the end are empty
            cells += [Cell("", lines[j][1], lines[j][1])] * (len(header) - len(cells))
            rows.append(cells)
            spans.append((lines[j][0], lines[j][1]))
        j += 1
    if not rows:
        return None
    return Table(header, rows, lines[k][0], lines[j - 1][1], _caption(text, lines, k), "markdown", spans), j


def _pipe_rows_without_rule(text: str, lines, k: int, header: list[Cell]) -> bool:
    """'Market | Units | Change' over 'Canada | 140,200 | -2.3%': a pipe table pasted without its rule line, its header
    cells words only, the next two lines as many cells as the header, with figures."""
    if any(DIGIT.search(c.text) for c in header) or k + 2 >= len(lines):
        return False
    for j in (k + 1, k + 2):
        if "|" not in lines[j][2]:
            return False
        cells = _pipe_cells(text, lines[j][0], lines[j][1])
        if len(cells) != len(header) or not any(DIGIT.search(c.text) for c in cells):
            return False
    return True


def _aligned_at(text: str, lines, k: int) -> tuple[Table, int] | None:
    s, e, line = lines[k]
    if "|" in line or not COLUMN_GAP.search(line.strip()):
        return None
    header = _gap_cells(text, s, e)
    if len(header) < 2 or not any(c.text[:1].isalpha() for c in header) or any(
            len(c.text.split()) > MAX_HEADER_WORDS - 2 for c in header) or any(
            DIGIT.search(c.text) and not re.fullmatch(r"(?:19|20)\d\d\w?|[A-Za-z].*", c.text) for c in header):
        return None  # a header names its columns: words, or years
    rows, spans, j = [], [], k + 1
    while j < len(lines) and lines[j][2].strip():
        if DASH_LINE.match(lines[j][2]):
            j += 1
            continue
        cells = _gap_cells(text, lines[j][0], lines[j][1])
        if len(cells) != len(header):
            if len(cells) == len(header) + 1 and line[:1].isspace() and not rows:  # "      2024   2025": over the labels
                header = [Cell("", s, s), *header]
            elif 2 <= len(cells) < len(header) and (placed := _by_position(header, cells, s, lines[j][0])):
                cells = placed  # "All plants             780,000": an empty cell between
            else:
                break
        rows.append(cells)
        spans.append((lines[j][0], lines[j][1]))
        j += 1
    if len(rows) < 2 or sum(1 for r in rows if any(DIGIT.search(c.text) for c in r[1:])) * 2 < len(rows):
        return None
    return Table(header, rows, s, spans[-1][1], _caption(text, lines, k), "aligned", spans), j


def _headerless_at(text: str, lines, k: int) -> tuple[Table, int] | None:
    """'| Employees | 7,000 |' or 'Employees      7,000' on two or more lines, with no header over them: a fact sheet
    of labels and values (its header left blank), as many cells on each line."""
    def cells_of(j: int) -> list[Cell]:
        s, e, line = lines[j]
        if line.lstrip().startswith("|"):
            return _pipe_cells(text, s, e)
        return [] if "|" in line else _gap_cells(text, s, e)

    first = cells_of(k)
    if len(first) < 2 or not first[0].text[:1].isalpha():
        return None
    rows, spans, j = [], [], k
    while j < len(lines) and lines[j][2].strip():
        cells = cells_of(j)
        if len(cells) != len(first) or not cells[0].text[:1].isalpha() or len(cells[0].text.split()) > MAX_HEADER_WORDS:
            break
        rows.append(cells)
        spans.append((lines[j][0], lines[j][1]))
        j += 1
    figures = [any(DIGIT.search(c.text) for c in row[1:]) for row in rows]
    # every line a figure, or a label of one ("| Models | Sandero, Jogger |"): no menu of links ("Home   News")
    if len(rows) < 2 or sum(figures) * 2 < len(rows) or not all(
            has or header_role(row[0].text).name in PLANT_FIGURES + SPEC_FIGURES for has, row in zip(figures, rows, strict=False)):
        return None
    blank = [Cell("", lines[k][0], lines[k][0])] * len(first)
    return Table(blank, rows, lines[k][0], spans[-1][1], _caption(text, lines, k), "headerless", spans), j


def _by_position(header: list[Cell], cells: list[Cell], header_line: int, line: int) -> list[Cell] | None:
    """A row's cells put under the header cell each overlaps most (by column position), the others empty; None when
    two cells fall under one header."""
    spans = [(c.start - header_line, (header[n + 1].start - header_line) if n + 1 < len(header) else 10**6)
             for n, c in enumerate(header)]
    out: list[Cell | None] = [None] * len(header)
    for cell in cells:
        a, b = cell.start - line, cell.end - line
        overlap = [min(b, hi) - max(a, lo) for lo, hi in spans]
        best = max(range(len(spans)), key=lambda n: overlap[n])
        if overlap[best] <= 0 or out[best] is not None:
            return None
        out[best] = cell
    return [c if c is not None else Cell("", line, line) for c in out]


# -- what a column holds ------------------------------------------------------------------------------------------

@dataclass
class Role:
    name: str  # plant, company, market, origin, country, model, capacity, jobs, investment, shifts, models, units,
    # start, engine, power, transmission, change, sales, period, or "" (unknown)
    scale: float = 1.0
    currency: str | None = None
    unit: str | None = None  # "kw" for power in kilowatts


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


# in order: the first pattern a header matches decides
ROLE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("change", _words(r"change|chg|y/y|yoy|y-o-y|growth|%|share|pct|percent|per cent|rank|ranking")),
    ("sales", _words(r"sales|sold|registrations?|registered|retail|deliveries|delivered|market share")),
    ("power", _words(r"power|hp|bhp|ps|kw|horsepower|output \((?:hp|kw|ps|bhp)\)")),
    ("engine", _words(r"engine|displacement|capacity \(l\)|litres|liters|cc|powertrain")),
    ("transmission", _words(r"transmission|gearbox|gears")),
    ("price", _words(r"price|prices|msrp|revenue|revenues|turnover|value|earnings|profit")),
    ("investment", _words(r"investment|invest(?:ed|ing)?|capex|amount|spend(?:ing)?|outlay|cost")),
    ("jobs", _words(r"jobs|employees|employed|headcount|staff|workforce|workers|employment|people")),
    ("shifts", _words(r"shifts?")),
    ("capacity", _words(r"capacity|annual capacity|units ?/ ?(?:yr|year|y|annum)|units per year|per year|a year|/yr|/year|"
                        r"p\.a\.|output|annual output|max(?:imum)? output")),
    ("start", _words(r"start|sop|since|opened|opening|start of production|launch|year opened|opening year")),
    ("models", _words(r"models|main models|products|line-?up|model range|nameplates|models built")),
    ("units", _words(r"units|volume|volumes|shipments|shipped|exports|exported|vehicles|cars|number|quantity|qty")),
    ("market", _words(r"markets?|destinations?|export markets?|to|regions?|importers?|importing countr(?:y|ies)")),
    ("origin", _words(r"origin|from|source|exporter|exporting country")),
    ("plant", _words(r"plants?|sites?|factory|factories|locations?|towns?|city|cities|facility|facilities|works|"
                     r"plant location|assembly site")),
    ("company", _words(r"company|companies|maker|makers|manufacturer|manufacturers|brand|brands|carmaker|automaker|"
                       r"oem|operator|group|producer")),
    ("country", _words(r"country|countries|nation")),
    ("model", _words(r"model|vehicle|variant|version|trim")),
]
SCALES = [
    (re.compile(r"(?:'|’)?000s?\b|\bthousands?\b|\bk\b|\bth\b", re.IGNORECASE), 1e3),
    (re.compile(r"\b(?:m|mn|mln|million|millions|mio)\b", re.IGNORECASE), 1e6),
    (re.compile(r"\b(?:bn|b|billion|billions|bln)\b", re.IGNORECASE), 1e9),
    (re.compile(r"\b(?:crore|crores|cr)\b", re.IGNORECASE), 1e7),
    (re.compile(r"\b(?:lakh|lakhs)\b", re.IGNORECASE), 1e5),
]
PERIOD_HEADER = re.compile(r"^(?:(?:19|20)\d\d\w?|q[1-4].*|h[12].*|fy.*|jan.*|feb.*|mar.*|apr.*|may.*|jun.*|jul.*|aug.*|sep.*|"
                           r"oct.*|nov.*|dec.*|ytd.*|current|now|today|before|after.*|planned|target|plan)$", re.IGNORECASE)
TOTAL_ROW = re.compile(r"^(?:the\s+)?(?:total|totals|grand total|sum|overall|all\b|others?\b|other\b|rest of|remaining|"
                       r"subtotal|combined)", re.IGNORECASE)
EXPORT_WORDS = _words(r"exports?|exported|shipments?|shipped|destinations?|went|sent|overseas|abroad")
PRODUCTION_WORDS = _words(r"production|produced|output|assembled|assembly|built|manufactured|capacity")
IMPORT_WORDS = _words(r"imports?|imported|origins?|sourced")
SALES_WORDS = _words(r"sales|sold|registrations?|registered|market shares?|retail|best-?sellers?|best-?selling")
PLANT_WORDS = _words(r"plants?|factory|factories|sites?|facility|facilities|works|complex|footprint|network")
LABEL_ROLES = ("market", "plant", "model", "company", "country")
PLANT_FIGURES = ("capacity", "jobs", "investment", "shifts", "models")
SPEC_FIGURES = ("engine", "power", "transmission")
FORECAST = re.compile(r"forecast|target|plan|projected|expected|estimate|\best\b|budget|^(?:19|20)\d\d\s*[ef]\b",
                      re.IGNORECASE)
MODEL_LIST = re.compile(r"\s*(?:,|;|/|&|\band\b|\bplus\b)\s*")


def _currency(scope: str, prefixes: dict[str, str], suffixes: dict[str, str]) -> str | None:
    """The currency a header names: 'Investment (US$ m)', '(€bn)', '(EUR million)', 'Amount, rupees crore'."""
    for token in re.split(r"[\s(),;/]+", scope):
        for pattern in sorted(prefixes, key=len, reverse=True):
            if len(pattern) < 2 and pattern.isalpha():
                continue  # "R", a letter alone: too many headers hold one
            if token == pattern or not pattern[-1:].isalnum() and token.startswith(pattern):  # "US$", "€m"
                return prefixes[pattern]
    low = scope.lower()
    for pattern in sorted(suffixes, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(pattern.lower())}(?!\w)", low):
            return suffixes[pattern]
    return None


def header_role(header: str, prefixes: dict[str, str] | None = None, suffixes: dict[str, str] | None = None) -> Role:
    """What a column holds, from its header: its role, the scale of its figures and their currency."""
    text = header.strip().strip("*_").strip()
    name = next((role for role, pattern in ROLE_PATTERNS if pattern.search(text)), "")
    if not name and PERIOD_HEADER.match(text):
        name = "period"
    # the unit written in brackets or after a comma: "Capacity ('000 units)", "Investment, US$ m"
    scope = " ".join(re.findall(r"\(([^)]*)\)", text)) or (text.split(",", 1)[1] if "," in text else "")
    scale = 1.0
    if re.search(r"['’]000", text):
        scale = 1e3
    elif scope:
        scale = next((factor for pattern, factor in SCALES if pattern.search(scope)), 1.0)
    currency = None
    if name == "investment":
        currency = _currency(scope or text, prefixes or {}, suffixes or {})
    elif not name and scope:
        currency = _currency(scope, prefixes or {}, suffixes or {})
        name = "investment" if currency else name  # "(US$ m)" alone over figures: money
    unit = "kw" if name == "power" and re.search(r"\bkw\b", text, re.IGNORECASE) else None
    return Role(name, scale, currency, unit)


NUMBER = re.compile(r"(?<![\w.])[-+−]?(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?(?!\d)")
# "Rs 500 cr": tables abbreviate crore; prose scale words are core.nlp.normalise's
WORD_SCALES = {**SCALE_WORDS, "cr": 1e7}


def cell_number(text: str) -> float | None:
    """The figure a cell states: '61 200', '1,850', '1.2', '350k', '1.2 trillion'; None for '-', 'n/a', words."""
    m = NUMBER.search(text)
    if m is None:
        return None
    whole = re.sub(r"[, \u00a0\u202f]", "", m.group(1))
    value = float(f"{whole}.{m.group(2)}" if m.group(2) else whole)
    rest = text[m.end():].lstrip().lower()
    word = re.match(r"[a-z]+", rest)
    if word and word.group(0) in WORD_SCALES:
        value = scaled(value, WORD_SCALES[word.group(0)])
    return value


# -- reading tables into facts ---------------------------------------------------------------------------------------


class TableReader:
    """Reads the tables of one article for an ArticleReader (core.nlp.relations): each table when the reader reaches
    it, with the story told so far (the plant being described, who exports), so the caption or the sentence before
    the table says whose figures the rows hold. The rows of a table read here are then left alone by the sentence
    rules."""

    def __init__(self, reader):
        self.r = reader
        self.text = doc_text(reader.doc)
        self.pending = list(doc_tables(reader.doc))  # a copy: tables are taken off it as they are read
        self.owned: list[tuple[int, int]] = []

    def owns(self, sent: Sentence) -> bool:
        """Whether the sentence is a line of a table read here; reads the tables that start by its end first."""
        if not self.pending and not self.owned:
            return False
        index = self.r.index
        start, end = index.sent_chars(sent.start)
        while self.pending and self.pending[0].start < end:
            table = self.pending.pop(0)
            try:
                if self.read(table):
                    self.owned.append((table.start, table.end))
            except Exception:  # a table the reader cannot make sense of is left to the sentence rules
                continue
        first = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
        return any(s <= first < e for s, e in self.owned)

    # -- cells ----------------------------------------------------------------------------------
    def _ents(self, cell: Cell, labels: tuple[str, ...]) -> list:
        chars, ends = self.r.index.token_chars, self.r.index.token_ends
        return [e for e in self.r.all_ents
                if e.label_ in labels and chars[e.start] >= cell.start and ends[e.end - 1] <= cell.end]

    def _quantities(self, cell: Cell, labels: tuple[str, ...]) -> list:
        index = self.r.index
        if cell.start >= cell.end:
            return []
        k = index.token_at_char(cell.start)
        qs = self.r.quantities.get(index.sent_bounds(k)[0], [])
        return [q for q in qs if q.label_ in labels and index.token_chars[q.start] >= cell.start
                and index.token_ends[q.end - 1] <= cell.end]

    def _sentence(self, start_char: int) -> Sentence:
        return self.r.index.sentence(self.r.index.token_at_char(start_char))

    # -- a table --------------------------------------------------------------------------------
    def read(self, table: Table) -> bool:
        gaz = self.r.gaz
        if self.r.index.is_boilerplate(self.r.index.token_at_char(table.rows[0][0].start)):
            return False  # a table in a press release's closing section or other page furniture states nothing
        roles = [header_role(c.text, gaz.currencies_prefix, gaz.currencies_suffix) for c in table.header]
        if len(roles) == 2 and roles[0].name in PLANT_FIGURES + SPEC_FIGURES and table.header[1].text:
            # "| Annual capacity | 200,000 |" over the rule: a two-column fact sheet whose first line is a row too
            blank = Cell("", table.start, table.start)
            table = Table([blank, blank], [table.header, *table.rows], table.start, table.end, table.caption, table.kind,
                          table.row_lines)
            roles = [Role(""), Role("")]
        caption = table.caption.text if table.caption else ""
        names = {role.name for role in roles}
        header_text = " ".join(c.text for c in table.header)
        if SALES_WORDS.search(caption) and not EXPORT_WORDS.search(caption) and not PLANT_WORDS.search(caption):
            return self._decline_all(table)  # a table of sales or registrations: no plants, no routes
        if IMPORT_WORDS.search(caption) and not EXPORT_WORDS.search(caption) or "origin" in names and "market" not in names:
            return False  # a table of imports by origin: the sentence rules read those
        # a table written sideways: the first column names the figures ("Annual capacity", "Employees")
        side = [header_role(row[0].text, gaz.currencies_prefix, gaz.currencies_suffix) if row else Role("") for row in table.rows]
        sideways = not table.header[0].text or len(table.header) == 2 or roles[0].name not in LABEL_ROLES
        if sideways and sum(1 for role in side if role.name in PLANT_FIGURES) >= 2:
            return self._sideways(table, roles, side)
        if sideways and sum(1 for role in side if role.name in SPEC_FIGURES) >= 2:
            return self._sideways_specs(table, side)
        label = next((n for n, role in enumerate(roles) if role.name in LABEL_ROLES), None)
        if label is None:
            return False
        if roles[label].name == "model" and names & {"engine", "power", "transmission"}:
            return self._specs(table, roles, label)
        if names & {"capacity", "jobs", "investment", "shifts"} or roles[label].name == "plant" and "models" in names:
            if "sales" in names and not names & {"capacity", "jobs", "investment", "shifts"}:
                return self._decline_all(table)
            return self._plants(table, roles)
        market = next((n for n, role in enumerate(roles) if role.name in ("market", "country")), None)
        if market is not None:
            said = caption + " " + header_text
            if not EXPORT_WORDS.search(said) and ("sales" in names or SALES_WORDS.search(said)):
                return self._decline_all(table)  # "| Country | Registrations | Change |"
            if not EXPORT_WORDS.search(said) and PRODUCTION_WORDS.search(said):
                return self._decline_all(table)  # output by country: no routes
            return self._exports(table, roles, market)
        return False

    def _decline_all(self, table: Table) -> bool:
        """A table that states no plant or route: owned, so no sentence rule reads its rows as ones."""
        return True

    def _figure(self, cell: Cell, role: Role) -> float | None:
        """The cell's figure scaled by its header; '61.200' in a column of counts is 61,200 written the European way."""
        if role.scale == 1.0 and role.name not in ("investment", "engine") and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", cell.text):
            return float(cell.text.replace(".", ""))
        value = cell_number(cell.text)
        if value is None:
            return None
        if role.scale != 1.0 and not re.search(r"\d\s*(?:k|m|mn|bn|million|billion|thousand|trillion)\b", cell.text, re.IGNORECASE):
            value *= role.scale
        return value

    def _money(self, cell: Cell, role: Role) -> Money | None:
        qs = self._quantities(cell, ("MONEY",))
        if qs:
            return Money(qs[0]._.value, qs[0]._.unit)
        value = self._figure(cell, role)
        currency = role.currency or _currency(cell.text, self.r.gaz.currencies_prefix, self.r.gaz.currencies_suffix)
        if value is None or not currency:
            return None
        return Money(value, currency)

    def _models_in(self, cell: Cell, company: str | None = None, sent: Sentence | None = None) -> list[str]:
        """The models a cell lists; a name the gazetteer knows as a model of one maker counts in a models column
        even where the text alone would leave it ambiguous ('Thar', 'Venue')."""
        r = self.r
        found = self._ents(cell, ("MODEL",))
        names = [r._model_name(m) for m in found]
        chars = r.index.token_chars
        taken = [(chars[m.start], r.index.token_ends[m.end - 1]) for m in found]
        pos = cell.start
        for part in MODEL_LIST.split(cell.text):
            at = self.text.find(part, pos) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            if any(a < pos and at < b for a, b in taken):
                continue
            models = r.gaz.makers_of(part.strip())
            if company is not None and len(models) > 1:
                models = [m for m in models if r.gaz.same_group(m.maker, company)]
            if len(models) == 1:
                names.append(models[0].name)
                if sent is not None:
                    r._model_fact(models[0].name, models[0].maker, sent)
        return list(dict.fromkeys(names))

    def _context(self, table: Table) -> tuple[str | None, str | None, object]:
        """The company, country and site the caption names, if any."""
        if table.caption is None:
            return None, None, None
        ents = self._ents(table.caption, ("COMPANY", "COUNTRY", "PLACE"))
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY"), None)
        country = next((e.ent_id_ for e in ents if e.label_ == "COUNTRY"), None)
        place = next((e for e in ents if e.label_ == "PLACE"), None)
        return company, country, place

    def _set(self, plant: PlantFact, attr: str, value, sent: Sentence) -> None:
        if value is None or getattr(plant, attr) is not None:
            return
        setattr(plant, attr, value)
        plant.evidence[attr] = self.r._source(sent, confidence=0.8)

    def _fill_plant(self, plant: PlantFact, cells: list[tuple[Cell, Role]], sent: Sentence) -> None:
        for cell, role in cells:
            if role.name == "capacity":
                self._set(plant, "capacity_per_year", self._figure(cell, role), sent)
            elif role.name == "jobs":
                value = self._figure(cell, role)
                self._set(plant, "jobs", int(value) if value is not None else None, sent)
            elif role.name == "shifts":
                value = cell_number(cell.text)
                self._set(plant, "shifts", int(value) if value is not None and value <= 4 else None, sent)
            elif role.name == "investment":
                self._set(plant, "investment", self._money(cell, role), sent)
            elif role.name == "models":
                from core.nlp.relations import add_new
                add_new(plant.models, self._models_in(cell, plant.company, sent))
            elif role.name == "start" and plant.start_date is None:
                year = re.search(r"\b(?:19|20)\d\d\b", cell.text)
                if year:
                    plant.start_date = cell.text

    def _sideways(self, table: Table, roles: list[Role], side: list[Role]) -> bool:
        """'| Annual capacity (vehicles) | 75,000 | 110,000 |': a plant's figures, one a row; the plant is the one a
        row or the header names ('| Plant | Kenitra |', '| Operator | Renault |'), else the one the caption names, else
        the one being described."""
        r = self.r
        company, country, place = self._context(table)
        named = [table.header[1:]] if roles[0].name in LABEL_ROLES else []
        named += [row[1:] for row, role in zip(table.rows, side, strict=False) if role.name in LABEL_ROLES]
        found = [e for cells in named for c in cells for e in self._ents(c, ("COMPANY", "COUNTRY", "PLACE"))]
        # what the table itself names comes before what its caption names
        place = next((e for e in found if e.label_ == "PLACE"), place)
        company = next((e.ent_id_ for e in found if e.label_ == "COMPANY"), company)
        country = next((e.ent_id_ for e in found if e.label_ == "COUNTRY"), None)
        plant = None
        if place is not None:
            plant = next((p for p in r.plants if p.site in (place.text, place.ent_id_)), None)
            if plant is None and (where := country or r._country_of(place)):
                plant = r._plant(company or r.main_company, place.text, where, self._sentence(table.start), 0.8)
        caption = table.caption.text if table.caption else ""
        if plant is None and PLANT_WORDS.search(caption):  # "Key figures of the plant": the plant being described
            plant = r.current_plant or (r.plants[0] if len(r.plants) == 1 else None)
        if plant is None:
            return False
        for row, role in zip(table.rows, side, strict=False):
            values = [c for c in row[1:] if c.text and cell_number(c.text) is not None or role.name == "models" and c.text]
            if role.name and values:
                self._fill_plant(plant, [(values[0], role)], self._sentence(row[0].start))
        return True

    def _sideways_specs(self, table: Table, side: list[Role]) -> bool:
        """'| | Creta | Venue |' over '| Engine | 1.5-litre | 1.2-litre |': a model a column, a figure a row."""
        columns = [(n, self._models_in(cell)) for n, cell in enumerate(table.header) if n]
        if not any(models for _, models in columns) and len(table.header) == 2:
            # "Kardian specifications" over '| Engine | 1.0-litre |': the model the caption names, else the article's
            model = self._caption_model(table) or self.r.main_model
            columns = [(1, [model] if model else [])]
        if not any(models for _, models in columns):
            return False
        for n, models in columns:
            if not models:
                continue
            cells = [(row[n], role) for row, role in zip(table.rows, side, strict=False) if n < len(row)]
            self._add_spec(models[0], cells, self._sentence(table.start))
        return True
    def _plants(self, table: Table, roles: list[Role]) -> bool:
        """'| Pune | India | 120 | 2,300 | 450 | XUV700 |': a plant a row, under headers that say what each cell is."""
        r = self.r
        cap_company, cap_country, _ = self._context(table)
        read = False
        for row in table.rows:
            if len(row) != len(roles) or not row[0].text or TOTAL_ROW.match(row[0].text):
                continue
            sent = self._sentence(row[0].start)
            company = country = site = None
            for cell, role in zip(row, roles, strict=False):
                if role.name in ("plant", "company", "country", "market", "model"):
                    for e in self._ents(cell, ("COMPANY", "COUNTRY", "PLACE")):
                        if e.label_ == "COMPANY" and company is None:
                            company = e.ent_id_
                        elif e.label_ == "COUNTRY" and country is None:
                            country = e.ent_id_
                        elif e.label_ == "PLACE" and site is None:
                            site = e
                    if role.name == "plant" and site is None and cell.text and not self._ents(cell, ("COMPANY", "COUNTRY")):
                        site = cell.text
            in_plant_column = any(ro.name == "plant" and c.text for c, ro in zip(row, roles, strict=False))
            if site is None and company is None and not (country and in_plant_column):
                continue  # "| China | 30m |": a country's figure, no plant's (unless its column holds plants)
            where = country or (r._country_of(site) if site is not None and not isinstance(site, str) else None) or cap_country
            if where is None and site is not None:
                where = r.current_plant.country if r.current_plant is not None else r.main_country
            if where is None:
                continue
            name = site if isinstance(site, str) or site is None else site.text
            owner = company or cap_company or r.main_company
            plant = r._plant(owner, name, where, sent, 0.8)
            # a column headed "capacity" before one headed "output" when a table has both
            order = sorted(range(len(row)), key=lambda n: roles[n].name == "capacity" and "capac" not in table.header[n].text.lower())
            self._fill_plant(plant, [(row[n], roles[n]) for n in order], sent)
            read = True
        return read

    def _exports(self, table: Table, roles: list[Role], market: int) -> bool:
        """'| Germany | 61 200 | Tucson, Kona Electric |': a route a row, from the origin and by the company the
        caption names, else the exporter the story named, else the plant being described."""
        r = self.r
        cap_company, cap_country, place = self._context(table)
        caption = table.caption.text if table.caption else ""
        company = origin = None
        if place is not None:
            plant = next((p for p in r.plants if p.site in (place.text, place.ent_id_)), None)
            if plant is not None:
                company, origin = plant.company, plant.country
            else:
                origin = r._country_of(place)
        if cap_country is not None or cap_company is not None:
            company = cap_company or company
            origin = origin or cap_country
            if origin is None:  # "Kia exports by market": from where the story has Kia's group build or ship, else its home
                group = _named_for
                if r.current_plant is not None and r.current_plant.country and group(r.current_plant.company, cap_company):
                    origin = r.current_plant.country
                elif r.main_company and r.main_company != cap_company and group(r.main_company, cap_company):
                    origin = r._origin(r.main_company, None)  # the story is about the group's local company
                elif r.exporter is not None and r.exporter[1] and group(r.exporter[0], cap_company):
                    origin = r.exporter[1]
                else:
                    origin = r._origin(cap_company, None)
        if origin is None and r.exporter is not None:
            company, origin = r.exporter
        if origin is None and r.current_plant is not None and r.current_plant.country:
            company, origin = r.current_plant.company, r.current_plant.country
        header = " ".join(c.text for c in table.header)
        if origin is None and EXPORT_WORDS.search(caption + " " + header):
            company = company or r.main_company
            origin = r._origin(company, None) or r.main_country
        if origin is None and "origin" in {ro.name for ro in roles}:
            origin = ""  # each row names its own
        if origin is None:
            return False
        units_col = _units_column(table, roles, market)
        origin_col = next((n for n, ro in enumerate(roles) if ro.name == "origin"), None)
        # "| Tiggo 4 | 12,000 | Russia, Kazakhstan |": rows of models (or makers) with their markets in a later column;
        # the row's figure is the model's, not a market's
        by_market = not any(ro.name in LABEL_ROLES for ro in roles[:market])
        for row in table.rows:
            if len(row) != len(roles) or TOTAL_ROW.match(row[0].text) or TOTAL_ROW.match(row[market].text):
                continue
            source = origin
            if origin_col is not None:  # "| China | Chile | 4,300 |": each row's origin in a column of its own
                source = next((e.ent_id_ for e in self._ents(row[origin_col], ("COUNTRY", "REGION"))), origin)
            markets = self._ents(row[market], ("COUNTRY", "REGION"))
            if by_market:  # the market the cell opens with ("Germany", "🇩🇪 Germany", "Central America and the Caribbean")
                markets = [e for e in markets[:1] if not re.search(r"\w", self.text[row[market].start:r.index.token_chars[e.start]])]
            for dest in markets:
                if source and dest.ent_id_ != source:
                    self._export_row(table, row, roles, (company, source, dest.ent_id_), units_col if by_market else None)
        return True

    def _export_row(self, table: Table, row: list[Cell], roles: list[Role], route: tuple, units_col: int | None) -> None:
        """One row's route (company, origin, destination), with the row's models and, from units_col, its figure."""
        r = self.r
        from core.nlp.relations import add_new
        company, source, destination = route
        models_col = next((n for n, ro in enumerate(roles) if ro.name in ("models", "model")), None)
        company_col = next((n for n, ro in enumerate(roles) if ro.name == "company"), None)
        sent = self._sentence(row[0].start)
        shipper = company
        if company_col is not None:
            shipper = next((e.ent_id_ for e in self._ents(row[company_col], ("COMPANY",))), company)
        models = self._models_in(row[models_col], shipper, sent) if models_col is not None else []
        value = self._figure(row[units_col], roles[units_col]) if units_col is not None else None
        if value is None and not models:
            return  # "| Peru | strong |": a market named, nothing shipped
        export = r._route(shipper, source, destination, sent, 0.8)
        add_new(export.models, models)
        if value is not None and export.units is None:
            export.units = value
            export.evidence["units"] = r._source(sent, confidence=0.8)

    def _caption_model(self, table: Table) -> str | None:
        found = self._ents(table.caption, ("MODEL",)) if table.caption else []
        return self.r._model_name(found[0]) if found else None

    def _specs(self, table: Table, roles: list[Role], label: int) -> bool:
        """'| Model | Engine | Power (kW) | Gearbox |': a model's specification a row; under '| Version |' or '| Trim |'
        the rows are versions of the model the caption names, else of the one the article is about."""
        versions = bool(re.search(r"version|variant|trim|grade", table.header[label].text, re.IGNORECASE))
        for row in table.rows:
            if len(row) != len(roles):
                continue
            models = self._models_in(row[label])
            if not models and versions and (model := self._caption_model(table) or self.r.main_model):
                models = [model]
            if not models:
                continue
            self._add_spec(models[0], list(zip(row, roles, strict=False)), self._sentence(row[0].start))
        return True

    def _add_spec(self, model: str, cells: list[tuple[Cell, Role]], sent: Sentence) -> None:
        """A model's engine, power and gearbox from the cells under those headers, as one version of it."""
        spec = SpecFact(model=model, source=self.r._source(sent, confidence=0.8))
        for cell, role in cells:
            if role.name == "engine":
                q = self._quantities(cell, ("ENGINE",))
                value = q[0]._.value if q else cell_number(cell.text)
                if value is not None and value > 100:  # "1,498 cc"
                    value = cc_to_litres(value)
                spec.engine_l = value if value is not None and 0.5 <= value <= 9 else None
            elif role.name == "power":
                q = self._quantities(cell, ("POWER",))
                value = q[0]._.value if q else cell_number(cell.text)
                if value is not None and not q and role.unit == "kw":
                    value = round(value * 1.341)
                spec.power_hp = value
            elif role.name == "transmission":
                q = self._quantities(cell, ("TRANSMISSION",))
                spec.transmission = q[0]._.unit if q else _transmission(cell.text)
        if spec.engine_l is None and spec.power_hp is None and spec.transmission is None:
            return
        variants = self.r.specs.setdefault(model, [])
        if not any((v.engine_l, v.power_hp, v.transmission) == (spec.engine_l, spec.power_hp, spec.transmission) for v in variants):
            variants.append(spec)


def _named_for(local: str | None, named: str | None) -> bool:
    """'Kia Slovakia' or 'Kia' is what a caption naming 'Kia' means; 'Hyundai', of the same group, is not."""
    return bool(local and named) and (local == named or local.startswith(named + " "))


def _units_column(table: Table, roles: list[Role], market: int) -> int | None:
    """The column of a route's units: one headed as units, else of periods ('2023 | 2024', 'October | Jan-Oct'): the
    latest year stated as no forecast, else the first period."""
    units = next((n for n, ro in enumerate(roles) if ro.name == "units"), None)
    if units is not None:
        return units
    periods = [n for n, ro in enumerate(roles) if ro.name in ("period", "") and n != market]
    years = [(int(y.group(0)), n) for n in periods if (y := re.match(r"(?:19|20)\d\d", table.header[n].text))
             and not FORECAST.search(table.header[n].text)]
    if years:
        return max(years)[1]
    return periods[0] if periods else None


def _transmission(text: str) -> str | None:
    """A cell's gearbox as normalise_transmission writes it ('6-speed manual', 'CVT', 'DCT'); None for anything else."""
    found = normalise_transmission(text)
    return found if found in ("CVT", "DCT") or re.match(r"\d+-speed ", found) else None

