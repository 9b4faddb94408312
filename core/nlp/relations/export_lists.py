"""Exports in lists and tables: a heading of export markets or buyers with its bulleted or tabled rows, a
maker's heading with its rows, rows under routes, lists read "respectively", and a sentence going on about the last
shipment's markets.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from core.nlp.docindex import Sentence, doc_text
from core.nlp.relations.context import add_new
from core.nlp.relations.words import BULLETS, HOME_MARKET_WORDS, IMPORT_CUES, LIST_GLUE, NEGATIONS, PLANNED

# the first column of a table of exports: "| Market |", "| Destination |", "| Export market |", "| Country |"
MARKET_HEADER = re.compile(r"\b(?:markets?|destinations?|country|countries)\b", re.IGNORECASE)
EXPORT_LIST_WORDS = frozenset(["export", "exports", "exported", "shipments", "destinations"])  # a list's heading
# "The exported cars include the X and the Y", "The top export models included X, Y and Z": a verb listing models
MODEL_LIST_VERBS = frozenset(["include", "includes", "included", "comprise", "comprises", "comprised"])
EXPORTED_WORDS = frozenset(["export", "exported"])  # the word that makes the listed vehicles exported ones
# "Sri Lanka will be followed by ...", "Chile is to be followed by ...": the words between a market and 'followed'
FOLLOWED_AUXILIARIES = frozenset(["will", "be", "is", "was", "to", "soon", "shortly", "set", "due", "then", "quickly"])
LISTED_VEHICLE_NOUNS = frozenset(["models", "model", "cars", "vehicles", "units", "trucks", "pickups", "suvs", "sedans"])


# "Europe, with 6.4%, and Latin America": a market's share, said between the markets that follow another
SHARE_ASIDE_WORDS = frozenset(["the", "with", "%", "percent", "per", "cent", "share", "of", "total"])


class ExportListsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _markets_to_follow(self, sent: Sentence, ents: list[Span]) -> None:
        """'Sri Lanka will be followed by Bangladesh, Zambia, Kenya and Brunei later this year': markets said to follow
        one that a route of the story goes to, the sentence's subject, are routes of the same shipper from the same
        place, with its models."""
        lower = self.index.lower
        k = next((k for k in range(sent.start + 1, sent.end - 1) if lower[k] == "followed" and lower[k + 1] == "by"), None)
        first = ents[0] if ents else None
        if (k is None or first is None or first.label_ not in ("COUNTRY", "REGION") or first.start > sent.start + 1
                or not set(lower[first.end:k]) <= FOLLOWED_AUXILIARIES):
            return
        route = next((e for e in self.exports.values() if e.destination == (first.ent_id_ or first.text)), None)
        if route is None or not route.origin:
            return
        end = k + 2
        for e in ents:
            if e.start < end:
                continue
            # ("Canada is followed by Europe, with 6.4%, and Latin America with 5.9%": each market's share between)
            if e.label_ not in ("COUNTRY", "REGION") or not all(
                    w in LIST_GLUE or w in SHARE_ASIDE_WORDS or self.doc[j].like_num for j, w in enumerate(lower[end:e.start], end)):
                break
            destination = e.ent_id_ or e.text
            if destination != route.origin:
                add_new(self._route(route.company, route.origin, destination, sent, 0.7).models, route.models)
            end = e.end

    def _makers_respectively(self, sent: Sentence, ents: list[Span], market: Span, origin: str, counts: list[Span],
                             confidence: float) -> None:
        """'A and B shipped ... to X, 1,500 and 1,200 units respectively': makers listed before the one market, paired in
        order with as many figures listed after it; each maker's route gets its own figure."""
        lower = self.index.lower
        run: list[Span] = []
        for e in ents:
            if e.label_ != "COMPANY" or e.end > market.start:
                continue
            if run and not set(lower[run[-1].end:e.start]) <= LIST_GLUE:
                run = []
            run.append(e)
        figures = [q for q in counts if q.start > market.end]
        if len(figures) != len(run) and run:
            # "Hyundai and Kia exported 95,000 and 62,000 vehicles to Russia, respectively": the figures before the market
            figures = [q for q in counts if run[-1].end <= q.start < market.start]
        if len(run) < 2 or len(figures) != len(run) or any(not set(lower[a.end:b.start]) <= LIST_GLUE for a, b in zip(figures, figures[1:], strict=False)):
            return
        if not any(lower[k] == "respectively" for k in range(figures[-1].end, min(sent.end, max(figures[-1].end, market.end) + 8))):
            return
        destination = self._country_of(market) if market.label_ == "PLACE" else (market.ent_id_ or market.text)
        for maker, units in zip(run, figures, strict=True):
            export = self._route(maker.ent_id_, origin, destination, sent, confidence)
            said = export.evidence.get("units")
            if said is not None and said.start == self.index.sent_chars(sent.start)[0]:
                export.units = None  # a figure this sentence gave the first maker before the pairing was read
            self._set_units(export, units, sent, confidence)

    @staticmethod
    def _respectively(destinations: list[Span], counts: list[Span]) -> dict[Span, Span]:
        """Destinations listed before their figures, paired in order: 'to A and B, ... 3,000 and 2,000 vehicles respectively'."""
        figures = [q for q in counts if q.start > destinations[0].start]
        if not figures:
            return {}
        listed = [d for d in destinations if d.start < figures[0].start]
        later = [d.start for d in destinations if d.start > figures[0].start]
        figures = [q for q in figures if not later or q.start < later[0]]
        return dict(zip(listed, figures, strict=True)) if len(listed) == len(figures) else {}

    def _heads_bullets(self, sent: Sentence) -> bool:
        """A line that ends in a colon (or a short one with no full stop), with a bulleted line right after it."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        if last is None or not (lower[last] == ":" or lower[last] not in (".", "!", "?", "”", '"') and sent.end - sent.start <= 12):
            return False
        nxt = next((k for k in range(sent.end, min(len(lower), sent.end + 6)) if lower[k].strip()), None)
        return nxt is not None and lower[nxt] in BULLETS

    def _row_under_routes(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """A bulleted line under a heading that named routes: '• Chevrolet Equinox' (a model the routes carry), '• 40,973
        units (10 percent) to Canada' (the figure of the route to that market)."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if opening == sent.start or lower[sent.start] not in BULLETS:
            return
        routes = self.route_list[1]
        first = next((e for e in ents if e.start == opening), None)
        if first is not None and first.label_ == "MODEL":
            if not any(e.label_ in ("COUNTRY", "REGION", "COMPANY") for e in ents if e is not first) and len(ents) <= 2:
                for export in routes:
                    add_new(export.models, [self._model_name(first)])
                self.route_list = (self.sent_no, routes)
            return
        units = next((q for q in qs if q.label_ == "UNITS" and q.start == opening), None)
        market = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and lower[e.start - 1 - (lower[e.start - 1] == "the")] == "to"), None)
        if units is None or market is None:
            return
        export = next((r for r in routes if r.destination == (market.ent_id_ or market.text)), None)
        if export is not None:
            self._set_units(export, units, sent, 0.8)
            self.route_list = (self.sent_no, routes)

    def _to_the_same_market(self, sent: Sentence, subjects: list[Span], qs: list[Span], cue: int) -> bool:
        """'Earlier, it had also exported 120 Cielo and Matiz cars to the same country': the market of the last route
        named again; the models (and a figure, when the route has none) go to its routes."""
        lower = self.index.lower
        k = next((k for k in range(cue + 1, sent.end - 3) if lower[k:k + 3] == ["to", "the", "same"]
                  and lower[k + 3] in ("country", "market", "destination", "nation")), None)
        if k is None or self.last_route is None:
            return False
        routes = [r for r in self.exports.values() if (r.origin, r.destination) == self.last_route]
        units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and cue < q.start < k), None)
        for export in routes:
            add_new(export.models, [self._model_name(m) for m in subjects if cue < m.start < k])
            self._set_units(export, units, sent, 0.8)
        return bool(routes)

    def _exported_models_listed(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'Zorvex has exported 40,000 cars to 37 countries. ... The cars exported from India include the Creta and the
        Venue.', 'The top export models included X, Y and Z': a sentence whose subject is the exported vehicles (no
        market of its own) lists the models of the routes named last (from the origin it names, if any), when those
        routes name no models yet."""
        lower = self.index.lower
        verb = next((k for k in range(sent.start + 2, sent.end) if lower[k] in MODEL_LIST_VERBS), None)
        if verb is None or not self.exports:
            return False
        head = set(lower[sent.start:verb])
        # "Export numbers include models such as X, Y and Z": the vehicle noun right after the verb, the exports before it
        listed_after = (verb + 3 < sent.end and lower[verb + 1] in LISTED_VEHICLE_NOUNS
                        and (lower[verb + 2:verb + 4] == ["such", "as"] or lower[verb + 2] in ("like", "including")))
        if (not head & (EXPORTED_WORDS | {"exports"}) or not (head & LISTED_VEHICLE_NOUNS or listed_after)
                or head & (NEGATIONS | IMPORT_CUES)):
            return False
        if not head & EXPORTED_WORDS and not listed_after:
            return False  # ("Exports to Chile and the cars sold at home include ...": 'exports' alone names the trade)
        models = [m for m in subjects if m.start > verb]
        said = [n for n in self._routes_of if n < self.sent_no and self._routes_of[n]]
        if not models or not said:
            return False
        # "exported from India": the origin named in the subject; any other country or region there is a market
        places = [e for e in ents if e.end <= verb and e.label_ in ("COUNTRY", "REGION", "PLACE")]
        if any(lower[e.start - 1] != "from" for e in places) or len(places) > 1:
            return False
        routes = self._routes_of[max(said)]
        origin = self._country_of(places[0]) if places else routes[-1].origin
        if any(r.origin != origin for r in routes) or any(r.models for r in routes):
            return False
        for export in routes:
            add_new(export.models, [self._model_name(m) for m in models])
        return True

    def _markets_of_last_shipment(self, sent: Sentence, ents: list[Span]) -> None:
        """'119,000 Polos were exported from Kariega to Europe. Of these, the biggest receivers are Germany, France and
        the UK.': a sentence right after one naming routes, with no verb of shipping, that names the markets of that
        shipment: routes of the same shipper, with the models all its routes carried."""
        routes = self._routes_of[self.sent_no - 1]
        company, origin = routes[-1].company, routes[-1].origin
        if any(r.origin != origin for r in routes) or self.words & (HOME_MARKET_WORDS | IMPORT_CUES | PLANNED | NEGATIONS):
            return
        models = routes[0].models if all(r.models == routes[0].models for r in routes) else []
        for e in ents:
            if e.label_ not in ("COUNTRY", "REGION") or not self._named_as_markets(e, sent):
                continue
            destination = e.ent_id_ or e.text
            if destination != origin and not any(r.destination == destination for r in routes):
                export = self._route(company, origin, destination, sent, 0.8)
                add_new(export.models, models)

    def _table_row(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'Germany – 45,200 units (−11.5%)': a line of an export table, after the article says who exports."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if not ents or ents[0].start != opening or ents[0].label_ not in ("COUNTRY", "REGION"):
            return False
        head = ents[0]
        # "| Market | Units | Main models |" over the rows: a markdown table of markets, from the plant described
        if self.exporter is None and self.importer is None and self.current_plant is not None and self._market_table(sent):
            self.exporter = (self.current_plant.company, self.current_plant.country)
        if self.exporter is None and self.importer is None:
            return False
        # "Canada        22,900     198,400": a text table's columns, the first figure right after the gap
        column = head.end < sent.end and not lower[head.end].strip() and self.doc[head.end].text.count(" ") >= 2
        # "| Middle East   | 17,950 |": a cell padded to the column's width before its separator
        padded = column and head.end + 1 < sent.end and lower[head.end + 1] == "|"
        column = column and not padded
        bulleted = lower[sent.start] in BULLETS and opening > sent.start
        # "- Chile (5,000 units)": the row's figure in brackets after the market
        bracketed = bulleted and head.end < sent.end and lower[head.end] == "("
        # "- Peru": a bulleted market alone, right under an export list's heading or another row of it
        if bulleted and all(not w.strip() for w in lower[head.end:sent.end]) and self.list_row_sent == self.sent_no - 1:
            return self._list_route(sent, head, None, [])
        if head.end >= sent.end or lower[head.end] not in ("–", "-", "—", ":", "|") and not column and not padded and not bracketed:
            return False
        units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and q.start <= head.end + (1 if column else 3 + padded)), None)
        if units is None:
            return False
        if bracketed:
            close = next((k for k in range(units.end, min(sent.end, units.end + 3)) if lower[k] == ")"), None)
            if close is None or sent.end - close > 2:
                return False
            return self._list_route(sent, head, units, [])
        # "France: 31,600 (208, Ami)": the row's models in brackets after its figure
        close = (next((k for k in range(units.end + 1, min(sent.end, units.end + 12)) if lower[k] == ")"), None)
                 if units.end < sent.end and lower[units.end] == "(" else None)
        row_end = close + 1 if close is not None else units.end
        row_models = [m for m in ents if m.label_ == "MODEL" and close is not None and units.end < m.start < close]
        if close is None and units.end + 1 < sent.end and lower[units.end] == ",":
            # "Philippines: 1,820 units, Kia Carnival and Mazda CX-5;": models listed after the figure and a comma
            for m in (m for m in ents if m.label_ == "MODEL" and m.start > units.end):
                if not set(lower[row_end + 1 if row_end == units.end else row_end:m.start]) <= LIST_GLUE:
                    break
                row_models.append(m)
                row_end = m.end
        if close is None and units.end < sent.end and lower[units.end] == "|":
            # "| Germany | 61 200 | Tucson, Kona |": the models in the cells after the figure
            row_models += [m for m in ents if m.label_ == "MODEL" and m.start > units.end]
        # "Georgia - 380 units (Onix), the first batch was dispatched in August": a remark after the row
        remark = row_end < sent.end and lower[row_end] in (",", "—", "–", ";") and row_end - sent.start <= 16
        if sent.end - sent.start > 16 and not remark:
            return False
        return self._list_route(sent, head, units, row_models)

    def _list_route(self, sent: Sentence, head: Span, units: Span | None, row_models: list[Span]) -> bool:
        """The route of one row of an export list or table: the market of the row, from the list's exporter."""
        company, origin = self.exporter or (None, "")
        destination = head.ent_id_
        if self.importer is not None:  # a table of origins: every row ships to the importing country
            company, origin, destination = None, head.ent_id_, self.importer
        if destination == origin:
            return False
        export = self._route(company, origin, destination, sent, 0.8)
        add_new(export.models, (self._model_name(m) for m in row_models))
        self._set_units(export, units, sent, 0.8)
        self.list_row_sent = self.sent_no
        return True

    def _maker_heading(self, sent: Sentence, ents: list[Span]) -> None:
        """'SAIC Motor (MG brand; total 92,100)' over '- Mexico: 3,940 (MG5, MG ZS)': a line that is a maker's name alone,
        or with a remark in brackets or after a colon, heading bulleted rows of an export list: the rows are that maker's
        shipments from the list's origin (not those of the maker that headed the rows before)."""
        lower = self.index.lower
        head = ents[0]
        if head.start != self._past_bullet(sent.start, sent.end) or any(e.label_ in ("COUNTRY", "REGION") for e in ents):
            return
        after = next((k for k in range(head.end, sent.end) if lower[k].strip()), None)
        if after is not None and lower[after] not in ("(", ":"):
            return
        last = next(k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip())
        if lower[last] == ".":
            return
        # the next line is a bulleted row
        nxt = next((k for k in range(sent.end, min(len(lower), sent.end + 6)) if lower[k].strip()), None)
        if nxt is None or lower[nxt] not in BULLETS:
            return
        self.exporter = (head.ent_id_, self.exporter[1])

    def _buyers_list_heading(self, sent: Sentence, ents: list[Span]) -> bool:
        """'The following countries were the major importers of Uzbek-made cars:': a line ending in a colon that names
        the buyers of one country's cars heads a list of that country's markets."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        if last is None or lower[last] != ":":
            return False
        origin = self._made_in(sent, ents)
        if not origin:
            return False
        self.exporter = (None, origin)
        self.list_row_sent = self.sent_no
        return True

    def _opens_export_list(self, sent: Sentence) -> bool:
        """'Exports by market, January-September:', 'The main directions of export were as follows:': a line that
        names exports and ends in a colon heads a list of markets."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        return last is not None and lower[last] == ":" and bool(self.words & EXPORT_LIST_WORDS)

    def _list_exporter(self, sent: Sentence, ents: list[Span], origin_ent: Span | None) -> tuple[str | None, str] | None:
        """Who ships the markets of an export list: the company and origin the heading names, else the plant being
        described, else the company the article is about from its home country."""
        plant = self.current_plant if self.current_plant is not None and self.current_plant.country else None
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY"), None) or (plant.company if plant else self.main_company)
        origin = self._country_of(origin_ent) if origin_ent is not None else None
        origin = origin or (plant.country if plant else None) or self._origin(company, None) or self.main_country
        return (company, origin) if origin else None

    def _market_table(self, sent: Sentence) -> bool:
        """A markdown table whose header row, in the lines just before this row, names its first column as markets."""
        start = self.index.sent_chars(sent.start)[0]
        lines = doc_text(self.doc)[max(0, start - 600):start].splitlines()[-8:]
        header = next((line for line in reversed(lines) if line.strip().startswith("|") and not any(c.isdigit() for c in line)
                       and not set(line.strip()) <= set("|-: ")), None)
        return header is not None and bool(MARKET_HEADER.search(header.split("|")[1] if header.count("|") > 1 else ""))

    def _company_row(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'- Kia Slovakia, Zilina: total 151,200; Germany 27,300 (Sportage); United Kingdom 8,800 (Sportage)': a line of
        a table of exports by maker, after the article speaks of exports: the maker's markets, each with its figure and
        the models in brackets."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if not ents or ents[0].start != opening or ents[0].label_ != "COMPANY":
            return False
        if self.sent_no - self.export_said > 2 and self.row_read != self.sent_no - 1:
            return False
        colon = next((k for k in range(opening, min(sent.end, opening + 8)) if lower[k] in (":", "–", "—")), None)
        if colon is None:
            return False
        figures = {q.start: q for q in qs if q.label_ in ("UNITS", "COUNT")}
        markets = [e for e in ents if e.start > colon and e.label_ in ("COUNTRY", "REGION") and e.end in figures]
        if not markets:
            return False
        self.row_read = self.sent_no
        company = ents[0].ent_id_
        site = next((e for e in ents if e.label_ == "PLACE" and e.start < colon), None)
        origin = self._origin(company, site) if site is not None else (self.exporter[1] if self.exporter else self._origin(company, None))
        for n, market in enumerate(markets):
            destination = market.ent_id_
            if not origin or destination == origin:
                continue
            units = figures[market.end]
            stop = markets[n + 1].start if n + 1 < len(markets) else sent.end
            export = self._route(company, origin, destination, sent, 0.8)
            add_new(export.models, (self._model_name(m) for m in ents if m.label_ == "MODEL" and units.end <= m.start < stop))
            self._set_units(export, units, sent, 0.8)
        return True
