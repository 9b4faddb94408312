"""Fact sheets: blocks of labelled lines under a heading, as a factbox or a press release's key facts give them:

    Nissan Motor Co
    Existing Plants: Aguascalientes, Cuernavaca
    New Plant: Celaya
    New Investment: $2 billion
    Future Products: Nissan Sentra, Infiniti Q30
    Annual Capacity by 2020: 300,000

A block is read whole when the sentences reach its first line: one plant for each site its plant labels name ('None' and
'TBD' name none), run by the company of its heading line (or of a 'Company:' label, else the story's), in the country of
the site (else the country the sheet's other sites are in, else the story's one country); the figures and models of the
other labels go to the new plant the block names, else to its first plant, else to a plant of the company with no site.
"""
from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span

from core.facts import Money, PlantFact
from core.nlp.docindex import Sentence

# label words -> what the line gives ("Existing Plants", "New Investment", "Future Products", "Annual Capacity by 2020")
SHEET_LABEL_KINDS = {
    "site": frozenset(["plant", "plants", "location", "locations", "site", "sites", "factory", "factories", "facility",
                       "facilities"]),
    "money": frozenset(["investment", "investments", "capex", "cost"]),
    "capacity": frozenset(["capacity", "output"]),
    "jobs": frozenset(["employees", "jobs", "workforce", "staff", "headcount", "employment", "workers"]),
    "models": frozenset(["products", "product", "models", "model", "vehicles", "lineup", "line-up"]),
    "company": frozenset(["company", "operator", "owner", "manufacturer", "maker", "carmaker", "automaker", "investor"]),
}
# 'New Plant: TBD', 'Existing Plant: None': no site named
SHEET_NO_VALUE = frozenset(["none", "tbd", "tba", "n/a", "na", "-", "–", "—", "unknown", "undecided", "nil", "no"])
SHEET_NEW_WORDS = frozenset(["new", "planned", "future", "proposed", "second", "additional"])
# the words a heading's company name may end with, taken off one by one until the gazetteer knows the name
SHEET_NAME_ENDINGS = frozenset(["co", "co.", "corp", "corp.", "corporation", "ag", "se", "inc", "inc.", "ltd", "ltd.",
                                "plc", "group", "motor", "motors", "company", "sa", "s.a.", "nv", "gmbh", "llc"])
SHEET_BULLETS = frozenset(["-", "•", "*", "–", "·", "▪"])
SHEET_MIN_LINES = 3
SHEET_MAX_LABEL = 6  # tokens before the colon
SHEET_MAX_LINE = 30  # tokens in a line of a sheet; a longer one is prose
SHEET_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|/)\s*")


class FactSheetsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    @cached_property
    def _sheet_blocks(self) -> dict[int, list[tuple[Sentence, str, str, int]]]:
        """The blocks of the text, by the token where each starts: its lines as (sentence, kind, label, value start)."""
        blocks: dict[int, list[tuple[Sentence, str, str, int]]] = {}
        run: list[tuple[Sentence, str, str, int]] = []
        for sent in [*self.index.sentences(), None]:
            line = self._sheet_line(sent) if sent is not None else None
            if line is not None:
                run.append(line)
                continue
            kinds = {kind for _, kind, _, _ in run}
            # (a short line may be read as a heading, "New Investment: TBD": a block is one while most of it is content)
            content = sum(not self.index.is_boilerplate(line.start) for line, _, _, _ in run)
            if (len(run) >= SHEET_MIN_LINES and len(kinds) >= 2 and kinds & {"site", "capacity", "money"}
                    and 2 * content > len(run)):
                blocks[run[0][0].start] = run
            run = []
        return blocks

    @cached_property
    def _sheet_owned(self) -> set[int]:
        return {sent.start for run in self._sheet_blocks.values() for sent, _, _, _ in run}

    def _sheet_line(self, sent: Sentence) -> tuple[Sentence, str, str, int] | None:
        """'New Plant: Celaya' as (sentence, 'site', 'new plant', value start); None for a line of another shape."""
        if sent.end - sent.start > SHEET_MAX_LINE:
            return None
        lower, text = self.index.lower, self.index.text
        first = sent.start + (text[sent.start] in SHEET_BULLETS)  # "- Plant: Pyeongtaek, South Korea": a bulleted line
        colon = next((k for k in range(first + 1, min(sent.end, first + SHEET_MAX_LABEL + 1)) if text[k] == ":"), None)
        if colon is None or not text[first][:1].isupper() or "\n" in self.index.sent_text(sent.start).rstrip("\n"):
            return None
        if not self._whole_line(sent):
            return None
        label = lower[first:colon]
        if not all(w.isalpha() or w.isdigit() or w == "-" for w in label):
            return None
        kind = next((kind for kind, words in SHEET_LABEL_KINDS.items() if set(label) & words), None)
        if kind is None or colon + 1 >= sent.end or not self.index.sent_text(colon + 1).strip():
            return None
        return sent, kind, " ".join(label), colon + 1

    def _whole_line(self, sent: Sentence) -> bool:
        """The sentence is a line of its own (not 'Zwickau. Capacity: 330,000 ...', sentences of one paragraph)."""
        text = self.index.doc_text
        start, end = self.index.sent_chars(sent.start)
        while start > 0 and text[start - 1] in " \t":  # (a scan over the spaces only, no copy of the text before)
            start -= 1
        while end < len(text) and text[end] in " \t":
            end += 1
        return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")

    def _read_sheet(self, sent: Sentence) -> None:
        """Reads the block that starts at this sentence (see the module's docstring)."""
        run = self._sheet_blocks.get(sent.start)
        if run is None:
            return
        company = self._sheet_company(run)
        sites: list[tuple[str, str | None, bool, Sentence]] = []  # (site, country, new, line)
        new_unnamed = False
        for line, kind, label, value in run:
            if kind != "site":
                continue
            new = bool(set(label.split()) & SHEET_NEW_WORDS)
            for item, country in self._sheet_items(line, value):
                if item is None:
                    new_unnamed = new_unnamed or new
                    continue
                sites.append((item, country, new, line))
        country = self._sheet_country(sites)
        if country is None:
            return
        plants = [self._plant(company, site, site_country or country, line, 0.9) for site, site_country, _, line in sites]
        new_plants = [p for p, (_, _, new, _) in zip(plants, sites, strict=True) if new]
        target = new_plants[-1] if new_plants else plants[0] if plants else None
        if target is None and company and (new_unnamed or not sites):
            target = self._plant(company, None, country, run[0][0], 0.9)
        if target is None:
            return
        for line, kind, _, value in run:
            self._sheet_figure(target, line, kind, value)
        self.current_plant = target

    def _sheet_company(self, run: list[tuple[Sentence, str, str, int]]) -> str | None:
        """The company of the heading line right before the block, of a 'Company:' label, else the story's."""
        for line, kind, _, value in run:
            if kind == "company":
                named = self._sheet_company_named(self.index.doc_text[self.index.span_chars(value, value + 1)[0]:self.index.sent_chars(line.start)[1]])
                if named:
                    return named
        first = run[0][0].start
        if first > 0:
            heading = self.index.sentence(first - 1)
            ents = [e for e in self.ents.get(heading.start, []) if e.label_ == "COMPANY"]
            if ents:
                return ents[0].ent_id_
            if heading.end - heading.start <= 8 and ":" not in self.index.lower[heading.start:heading.end]:
                named = self._sheet_company_named(self.index.sent_text(heading.start))
                if named:
                    return named
        return self.main_company or self.last_company

    def _sheet_company_named(self, written: str) -> str | None:
        """'Nissan Motor Co', 'Mazda Motor Corp': the gazetteer's company, the name's legal endings taken off in turn."""
        words = written.strip().rstrip(".").split()
        while words:
            named = self.gaz.company(" ".join(words))
            if named:
                return named
            if words[-1].lower() not in SHEET_NAME_ENDINGS:
                return None
            words = words[:-1]
        return None

    def _sheet_items(self, line: Sentence, value: int) -> list[tuple[str | None, str | None]]:
        """The sites of a value ('Aguascalientes, Cuernavaca', 'Kecskemet, Hungary', 'San Jose Chiapa (Audi)'), each with
        the country the gazetteer places it in; (None, None) for 'None' or 'TBD'."""
        start = self.index.span_chars(value, value + 1)[0]
        written = self.index.doc_text[start:self.index.sent_chars(line.start)[1]].strip()
        written = re.sub(r"\([^)]*\)", " ", written)
        out: list[tuple[str | None, str | None]] = []
        for item in SHEET_ITEM_SPLIT.split(written):
            item = item.strip(" .")
            if not item:
                continue
            if item.lower() in SHEET_NO_VALUE:
                out.append((None, None))
                continue
            country = self.gaz.country(item)
            if country and out and out[-1][0] is not None:
                out[-1] = (out[-1][0], country)  # "Kecskemet, Hungary": the country of the town before it
                continue
            if country or not item[:1].isupper():
                continue  # a country alone names no site
            out.append((item, self._sheet_place_country(item)))
        return out

    def _sheet_place_country(self, item: str) -> str | None:
        """The country of the place an item names ('Aguascalientes No.2': of its first words the gazetteer knows)."""
        words = item.split()
        for n in range(len(words), 0, -1):
            place = self.gaz.places.get(" ".join(words[:n]))
            if place is not None:
                return place.country
        return None

    def _sheet_country(self, sites: list[tuple[str, str | None, bool, Sentence]]) -> str | None:
        """The country of the block: the one its sites are in, else the one the sheet's other blocks' sites are in, else
        the story's one country."""
        countries = {c for _, c, _, _ in sites if c}
        if len(countries) == 1:
            return countries.pop()
        if countries:
            return None
        placed = {p.country for p in self.plants if p.country}
        if len(placed) == 1:
            return next(iter(placed))
        named = {e.ent_id_ for ents in self.ents.values() for e in ents if e.label_ == "COUNTRY"}
        return next(iter(named)) if len(named) == 1 else None

    def _sheet_figure(self, plant: PlantFact, line: Sentence, kind: str, value: int) -> None:
        """The figure or the models of one labelled line, for the plant the block's figures go to."""
        if kind == "models":
            names = [self._model_name(e) for e in self.ents.get(line.start, []) if e.label_ == "MODEL" and e.start >= value]
            plant.models.extend(n for n in names if n not in plant.models)
            return
        quantities: list[Span] = [q for q in self.quantities.get(line.start, []) if q.start >= value]
        source = self._source(line, "", 0.9)
        if kind == "money":
            money = next((q for q in quantities if q.label_ == "MONEY" and q._.value), None)
            if money is not None and plant.investment is None:
                plant.investment, plant.evidence["investment"] = Money(money._.value, money._.unit), source
        elif kind in ("capacity", "jobs"):
            figure = next((q for q in quantities if q.label_ not in ("MONEY", "DATE", "PERCENT") and q._.value), None)
            if figure is None:
                return
            if kind == "capacity" and plant.capacity_per_year is None:
                plant.capacity_per_year, plant.evidence["capacity_per_year"] = figure._.value, source
            elif kind == "jobs" and plant.jobs is None:
                plant.jobs, plant.evidence["jobs"] = int(figure._.value), source
