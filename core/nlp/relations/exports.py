"""Export routes in running text: _exports reads a sentence's shipper and origin, its markets, its models and
its units into routes, with the checks it reads them by (a negated cue, people exported, an owner's company named
before its own, an apposition or a relative aside, a dateline, a town and its country, sales in the home region, 'on
its way to'); and a model named as bound for a market ('the US-bound Chevrolet Caprice'). Each market's models and
figure are read in export_by_market.py, the route records and which figures are their units are in export_routes.py,
the models a route ships when its clause names none in export_models.py.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import ExportFact, PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.export_lists import MODEL_LIST_VERBS
from core.nlp.relations.export_models import BATCH_NOUNS, PARTS_NAMED_BY_MODEL
from core.nlp.relations.words import (
    ABROAD_WORDS,
    ARRIVAL_VERBS,
    AUXILIARIES,
    BUILD_VERBS,
    COMPONENT_PLURALS,
    CONSIGNMENT_VERBS,
    EXPORT_FIRST_WORDS,
    LEAVE_VERBS,
    MARKET_LIST_NOUNS,
    NEGATIONS,
    REACH_VERBS,
    SELL_CUES,
    SHIPPING_VERBS,
)

MORE_WORDS = frozenset(["smaller", "further", "other", "additional", "fewer", "larger"])
# "export human resources to Japan", "exported 150 workers": people sent abroad, no shipment of vehicles
PEOPLE_GOODS = frozenset(["workers", "worker", "human", "staff", "engineers", "technicians", "manpower", "labour", "labor", "nurses", "talent",
                          "stake", "stakes", "shares", "equity"])  # ("has sold stakes to Chinese partner Dongfeng": a holding sold)
KNOCKED_DOWN_WORDS = frozenset(["ckd", "skd", "knock-down", "knocked-down", "knocked", "knock"])
NO_VEHICLE_GOODS = PEOPLE_GOODS | COMPONENT_PLURALS  # ("exported components to Japan": parts, no vehicles)
# "Acme to expand its plant as Mexico exports to the US climb": words opening a clause of its own, whose country ships
COUNTRY_CLAUSE_OPENERS = frozenset(["as", "while", "whereas", ";"])
# "the following countries were the major importers of Uzbek-made cars:": a heading of the buyers of a country's cars
BUYER_LIST_WORDS = frozenset(["importers", "buyers"])
# "these Thai-made EVs started making their way to Europe", "will find their way to Vietnam": vehicles moving to a market
WAY_VERBS = frozenset(["make", "makes", "making", "made", "find", "finds", "finding", "found"])
# "does not export", "has not yet been shipped", "will not currently be sold": words between a negation and its cue
# ("is not expected to be exported", "is unlikely to be exported": a shipment said not to happen)
NEGATED_CUE_FILLERS = AUXILIARIES | {"do", "does", "did", "yet", "currently", "directly", "be", "expected", "likely", "set", "to"}
# "Hinduja Group flagship company Ashok Leyland", "Toyota subsidiary Acme": words naming a company as its owner's
OWNED_DESCRIPTORS = frozenset(["flagship", "subsidiary", "unit", "arm", "affiliate", "company", "firm", "group"])


# "Japanese automakers", "Chinese carmakers": a plural noun of makers after a nationality, a country's industry
NATIONAL_MAKER_NOUNS = frozenset(["automakers", "carmakers", "manufacturers", "makers", "brands", "companies", "firms",
                                  "producers", "exporters", "automobile"])

class ExportsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _place_before_from_where(self, sent: Sentence, ents: list[Span]) -> list[Span]:
        """'Japan will be the home of Ariya production, from where it will export them to Europe': the place named
        before 'from where' (or 'from which') is where the shipment leaves from."""
        lower = self.index.lower
        k = next((k for k in range(sent.start + 1, sent.end - 1) if lower[k] == "from" and lower[k + 1] in ("where", "which")), None)
        if k is None:
            return []
        before = [e for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.end <= k]
        return before[-1:] if len(before) == 1 or before and before[-1].end >= k - 6 else []

    def _no_vehicles_exported(self, cue: int, end: int) -> bool:
        """'export human resources to Japan', 'has exported 150 workers to Japan', 'exported components worth RM27
        million to Japan': what the verb sends, before its 'to', is people or parts, no vehicle among them."""
        lower = self.index.lower
        to = next((k for k in range(cue + 1, min(end, cue + 9)) if lower[k] in ("to", "into")), None)
        if to is None:
            return False
        goods = range(cue + 1, to)
        # ("exported 500 CKD packs to Egypt": knocked-down vehicles, packed)
        return any(lower[k] in NO_VEHICLE_GOODS for k in goods) and not any(
            lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS or lower[k] in KNOCKED_DOWN_WORDS
            or self.ent_type[k] in ("MODEL", "MODEL_AMBIG") for k in goods)

    def _markets_after_export_talk(self, qs: list[Span]) -> bool:
        """'Zorvex plans to double its exports by 2030. Zorvex cars are sold in Fiji, Nepal and Tonga.': right after
        sentences about the maker's exports, the markets its cars are sold in, with no figure of sales, are its export
        markets (not '7,600 Zorvex cars were sold in Chile', a figure of a market's sales)."""
        return 0 < self.sent_no - self.export_said <= 2 and not any(q.label_ in ("UNITS", "COUNT", "MONEY", "PERCENT") for q in qs)

    def _owned_shipper(self, ents: list[Span], company: str | None, cue: int) -> str | None:
        """'Zorvex Holding's Acme exported 700 buses to Peru': the company named right after its owner's possessive,
        before the verb, is the shipper, not the owner; None when the sentence names no such pair."""
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.end <= cue]
        for owner, owned in zip(named, named[1:], strict=False):
            if owner.ent_id_ == company and owned.start == owner.end + 1 and lower[owner.end] in ("'s", "’s"):
                return owned.ent_id_
            # "Hinduja Group flagship company Ashok Leyland said ...", "Toyota subsidiary Acme shipped ...": the company
            # the owner's descriptor names
            between = lower[owner.end:owned.start]
            if owner.ent_id_ == company and 0 < len(between) <= 3 and set(between) <= OWNED_DESCRIPTORS and between[-1] != "group":
                return owned.ent_id_
        return None

    def _negated_cue(self, i: int, start: int) -> bool:
        """'It does not supply vehicles to North America', 'the van has never been exported', 'X doesn't ship cars to Y':
        a negation right before the cue, only auxiliaries between ('not only exports to X' keeps its cue)."""
        lower = self.index.lower
        for k in range(i - 1, max(start, i - 4) - 1, -1):
            if lower[k] in NEGATIONS or lower[k] == "unlikely":
                return True
            if lower[k] not in NEGATED_CUE_FILLERS:
                return False
        return False

    def _exports(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """A sentence's export routes: the words that cue them, the country named as the shipper, where the cars leave
        from and the markets they go to, then the routes of that shipment; with no cue or no market, what the sentence
        tells the routes around it."""
        if self._exports_read_by_their_own_rule(sent, ents, subjects):
            return
        if "bound" in self.words and subjects:
            self._market_bound_models(sent, ents, subjects)
        way = self._way_cue(sent) if "way" in self.words and self.words & (WAY_VERBS | {"on"}) or "route" in self.words else None
        if not self.words & EXPORT_FIRST_WORDS and way is None:
            self._shipment_without_export_word(sent, ents, subjects, qs)
            return
        cues = self._export_cues(sent, way)
        if cues and (self.words & NEGATIONS or "unlikely" in self.words):  # "It does not supply vehicles to North America": no shipment at all
            cues = [i for i in cues if not self._negated_cue(i, sent.start)]
            if not cues:
                return
        if not cues:
            self._shipment_without_cue(sent, ents, subjects, qs)
            return
        cut = self._company_clause_between(cues[0] + 1, cues[-1]) if len(cues) > 1 else None
        if cut is not None:
            # "Kia shipped 20,000 cars to Chile, and Hyundai exported the Creta from India to Peru": each company's
            # clause is a shipment of its own
            for part in (Sentence(sent.start, cut), Sentence(cut + 1, sent.end)):
                self._exports(part, *(([e for e in group if part.start <= e.start < part.end]) for group in (ents, subjects, qs)))
            return
        self.importer = None  # an export statement after an origin table: tables that follow list its markets
        trimmed = self._cues_past_company_apposition(sent, ents, cues)
        if len(trimmed) < len(cues):  # the aside's own cue: its markets are routes of their own
            self._routes_of_aside(sent, ents, self._company_apposition(sent, ents))
        cues = trimmed
        first_cue = cues[0]
        subject_country, subject_end = self._country_as_shipper(sent, ents, first_cue)
        if subject_country is not None:  # "South Korea exported 1.4 million cars": who the following table is about
            self.exporter = (None, subject_country.ent_id_)
        origin_ent, destinations = self._departure_and_markets(sent, ents, cues)
        if not destinations:
            self._exports_without_market(sent, ents, subjects, qs, first_cue, origin_ent)
            return
        self._routes_of_shipment(sent, ents, subjects, qs, cues, origin_ent, destinations, subject_country, subject_end)

    def _exports_read_by_their_own_rule(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """A heading of the buyers of a country's cars, a route of sales in a market, markets that followed, models
        listed as exported: a sentence its own rule reads whole (True when one did)."""
        if self.words & BUYER_LIST_WORDS and self._buyers_list_heading(sent, ents):
            return True
        if "sold" in self.words and self._sold_in_market_route(sent, ents, subjects):
            return True
        if "followed" in self.words and self.exports and self._followed_by_markets(sent, ents):
            return True
        return bool(self.words & MODEL_LIST_VERBS and self._exported_models_listed(sent, ents, subjects))

    def _shipment_without_export_word(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """A sentence with no word of export: vehicles arriving in a market, the markets of the shipment the sentence
        before told of, or a row under a heading of routes."""
        if self.words & (ARRIVAL_VERBS | REACH_VERBS):
            self._vehicles_arrive(sent, ents, subjects, qs)
        elif self.words & MARKET_LIST_NOUNS and self._routes_of.get(self.sent_no - 1):
            self._markets_of_last_shipment(sent, ents)
        elif self.route_list is not None and self.route_list[0] == self.sent_no - 1:
            self._row_under_routes(sent, ents, qs)

    def _export_cues(self, sent: Sentence, way: int | None) -> list[int]:
        """The words of the sentence that cue a shipment ('on its way to' among them), less those that send people."""
        lower = self.index.lower
        cues = [i for i in range(sent.start, sent.end) if lower[i] in EXPORT_FIRST_WORDS and self._export_cue(i)]  # every cue is one of these words
        if way is not None:
            cues = sorted([*cues, way])
        # "plans to export human resources to Japan", "exported 150 workers to Japan", "exported components to Japan"
        if cues and self.words & NO_VEHICLE_GOODS:
            cues = [i for i in cues if not self._no_vehicles_exported(i, sent.end)]
        return cues

    def _shipment_without_cue(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """An export word but no cue of a shipment: cars sent abroad, vehicles leaving, or another shipper's
        consignment to the market of the last route."""
        lower = self.index.lower
        if self.words & (ARRIVAL_VERBS | REACH_VERBS):  # "A ship carrying 5,000 cars from China arrived in Brazil"
            self._vehicles_arrive(sent, ents, subjects, qs)
        if "abroad" in self.words or "overseas" in self.words:
            self._ships_abroad(sent, ents)
        if self.words & LEAVE_VERBS:
            self._vehicles_leave(sent, ents)
        sent_cue = next((i for i in range(sent.start, sent.end) if lower[i] in CONSIGNMENT_VERBS), None)
        if sent_cue is not None and self.last_route is not None and self.last_route[1] == self.main_country:
            self._another_shipper(sent, ents, subjects, qs, sent_cue)  # "Geely sent 28,900 cars, led by the Coolray"

    def _cues_past_company_apposition(self, sent: Sentence, ents: list[Span], cues: list[int]) -> list[int]:
        """The cues, less those inside an apposition of the company opening the sentence when a cue follows it ('Acme,
        a Dubai-based dealer that re-exports cars from Jebel Ali, shipped ...')."""
        aside = self._company_apposition(sent, ents)
        if aside is not None and any(c > aside[1] for c in cues):
            cues = [c for c in cues if not aside[0] < c < aside[1]]
        return cues

    def _routes_of_aside(self, sent: Sentence, ents: list[Span], aside: tuple[int, int]) -> None:
        """'GM Korea, which exports 90% of its output to the U.S., shipped 41,000 cars': a market the aside has the company
        ship to is a route of its own (the main clause's figures and models are not its)."""
        lower = self.index.lower
        if not any(lower[k] in SHIPPING_VERBS for k in range(aside[0], aside[1])):
            return
        company = next(e for e in ents if e.label_ == "COMPANY" and e.end == aside[0]).ent_id_
        for e in ents:
            if e.label_ in ("COUNTRY", "REGION") and aside[0] < e.start < aside[1] and lower[e.start - 1 - (lower[e.start - 1] == "the")] == "to":
                origin = self._origin(company, None)
                if origin and origin != e.ent_id_:
                    self._route(company, origin, e.ent_id_, sent, 0.8)

    def _country_as_shipper(self, sent: Sentence, ents: list[Span], first_cue: int) -> tuple[Span | None, int]:
        """The country that ships, opening the sentence or right before the verb ('MEXICO CITY - Mexico exported ...'),
        and where the shipper named before the verb ends (before 'automakers' in 'Thai automakers shipped')."""
        lower = self.index.lower
        subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end <= first_cue and e.start == sent.start), None)
        # "Thai automakers shipped ...": the country's makers together stand where a country would
        subject_end = first_cue - 1 if first_cue > sent.start and lower[first_cue - 1] in lx.MAKER_PLURALS else first_cue
        if subject_country is None:  # "MEXICO CITY - Mexico exported ...": a country right before the verb, no company named
            subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end == subject_end
                                    and (e.text not in self.gaz.demonyms or subject_end < first_cue)
                                    and lower[e.start - 1] not in ("to", "into", "for", "from", "in", "of", "by")
                                    and not any(c.label_ == "COMPANY" and c.start < first_cue
                                                and not set(lower[c.end:e.start]) & COUNTRY_CLAUSE_OPENERS for c in ents)), None)
        return subject_country, subject_end

    def _departure_and_markets(self, sent: Sentence, ents: list[Span], cues: list[int]) -> tuple[Span | None, list[Span]]:
        """The place the shipment leaves from, and the markets it goes to (a town with its country as one)."""
        first_cue = cues[0]
        departures = [e for e in ents if e.label_ in ("COUNTRY", "PLACE", "REGION") and self._departure_point(e)]
        if not departures and "where" in self.words:
            departures = self._place_before_from_where(sent, ents)
        # "parts would come from China and ... supply 2,000 cars to Tunisia from the Algerian plant": the shipment's own origin
        origin_ent = next((e for e in departures if e.start > first_cue), departures[0] if departures else None)
        destinations = self._destinations(sent, ents, cues, origin_ent) or self._there(sent, ents, cues, origin_ent)
        destinations = self._towns_with_their_country(destinations)
        return origin_ent, destinations

    def _exports_without_market(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], first_cue: int,
                                origin_ent: Span | None) -> None:
        """Exports with no market named: vehicles arriving, more to the same market, a rate of the last route, models
        shipped next, cars sent abroad; else who ships to the markets the sentences that follow name."""
        if self.words & (ARRIVAL_VERBS | REACH_VERBS):
            self._vehicles_arrive(sent, ents, subjects, qs)  # "The first shipment of 1,200 X50s arrived in Egypt"
        if "same" in self.words and self._to_the_same_market(sent, subjects, qs, first_cue):
            return
        if self._rate_of_last_route(sent, ents, qs, first_cue):
            return
        if subjects and self._models_shipped_next(sent, ents, subjects, first_cue):
            return
        if "abroad" in self.words or "overseas" in self.words:
            self._ships_abroad(sent, ents)
        if self._opens_export_list(sent):  # "Exports by market, January-September:": the rows that follow are its markets
            self.exporter = self._list_exporter(sent, ents, origin_ent)
            self.list_row_sent = self.sent_no
            return
        origin = self._country_of(origin_ent) if origin_ent is not None else None
        if origin:  # "Passenger-vehicle exports from India rose 14.6%": who the markets that follow buy from
            named = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start < first_cue), None)
            self.exporter = (named, origin)  # no company named: a country's trade total
        elif origin_ent is None and self._national_exports(sent, ents, first_cue):
            # "Turkish car output fell 4%. Exports fell 7% to 78,900 units.": that country's trade; the markets follow
            self.exporter = (None, self.previous_country)
        elif origin_ent is None:  # "The plant builds ... It exported 262,000 vehicles": the plant's markets follow
            self._shipper_of_markets_to_follow(sent, ents, subjects, qs, first_cue)

    def _shipper_of_markets_to_follow(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span],
                                      first_cue: int) -> None:
        """A shipment with no market and no place it leaves from: the plant, or the company named before the verb, whose
        markets the sentences that follow name, or another shipper to the market of the last route."""
        lower = self.index.lower
        plant = (self._plant_as_subject(sent, first_cue) or self._pronoun_plant(sent, first_cue)
                 or self._site_output(sent, ents, first_cue))
        if plant is None and self._from_a_plant(sent):  # "X exported 98,000 cars from its Izmit plant last year"
            plant = self.current_plant or (self.plants[0] if len(self.plants) == 1 else None)
        named = next((e for e in ents if e.label_ == "COMPANY" and e.end == first_cue), None)
        if plant is not None:
            self.exporter = (plant.company, plant.country)
            self.shipper_said = self.sent_no
            if self.last_route is not None and self.last_route == (plant.country, self.main_country):
                # "Geely sent 28,900 cars from its Ningbo plant": another shipper from where the last one shipped
                site = next((e for e in ents if e.label_ == "PLACE" and e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS
                             and self._country_of(e) == plant.country), None)
                self._another_shipper(sent, ents, subjects, qs, first_cue, site)
        elif named is not None and (lower[first_cue] in ("exports", "shipments") or self._shipped_total(sent, named, first_cue, qs)):
            # "Key figures: Acme exports, January-June" over "- Chile: 4,300": the company's own markets follow
            origin = self._origin(named.ent_id_, None)
            if origin:
                self.exporter = (named.ent_id_, origin)
        elif self.last_route is not None and self.last_route[1] == self.main_country:
            self._another_shipper(sent, ents, subjects, qs, first_cue)
        elif named is not None and lower[first_cue] in ("exported", "shipped") and any(
                q.label_ in ("UNITS", "COUNT") for q in qs if q.start > first_cue):
            # "Acme India exported 96,000 vehicles in 2024. Nepal was the largest market": its markets follow
            origin = self._subsidiary_country(sent, ents) or self._home_of_maker_abroad(
                named.ent_id_, self._origin(named.ent_id_, None), [])
            if origin:
                self.exporter = (named.ent_id_, origin)

    def _routes_of_shipment(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], cues: list[int],
                            origin_ent: Span | None, destinations: list[Span], subject_country: Span | None,
                            subject_end: int) -> None:
        """A shipment to the markets the sentence names: who ships it and from where, the models named as shipped and
        the figures, then a route to each market, and what the routes tell the sentences after."""
        company, confidence, origin, home_guess, plant, site_output = self._shipper_and_origin(
            sent, ents, subjects, cues, origin_ent, destinations, subject_country, subject_end)
        if not origin:
            return
        if home_guess:
            origin = self._origin_of_home_guess(company, origin, cues, destinations, qs)
            if not origin:
                return
        by_when = next((q.text for q in qs if q.label_ == "DATE" and (q[0].lower_ == "by" or "end" in q.text.lower())), None)
        subjects = self._models_named_as_shipped(sent, cues, destinations, subjects)
        models = self._models_shipped(sent, ents, subjects, qs, cues, company, origin, plant, site_output)
        said_models: list[list[str]] = []
        counts = self._route_figures(sent, qs, cues, destinations, company, subject_country)
        first_cue = cues[0]
        for destination, route_models, units in self._markets_with_their_models_and_figure(
                sent, subjects, qs, cues, destinations, counts, models, origin):
            export = self._route(company, origin, destination, sent, confidence)
            if home_guess and self._home_left_to_guess(export, sent, ents, origin):
                self.guessed_origins.append(export)
            add_new(export.models, route_models)
            said_models.append(list(route_models))
            self._set_units(export, units, sent, confidence)
            if export.units is None and len(destinations) == 1 and not counts:
                self._units_of_consignment_before(export, sent, first_cue)
            export.by_when = export.by_when or by_when
            self.exporter = (export.company, export.origin)
            self.last_route = (export.origin, export.destination)
            self.route_said = self.sent_no
        if "respectively" in self.words and len(destinations) == 1 and self.route_said == self.sent_no:
            # "Isuzu and Nissan made inroads into African markets with export figures of 1,562 and 1,209 respectively"
            self._makers_respectively(sent, ents, destinations[0], origin, counts, confidence)
        same = said_models and said_models[0] and all(names == said_models[0] for names in said_models)
        self.shipment_models = (self.sent_no, (company, origin), said_models[0]) if same else None
        if self.route_said == self.sent_no:
            self._market_took(sent, ents, subjects, qs, company, origin, confidence)
            if self._heads_bullets(sent):  # "Mexico exports to Canada:" over "• Chevrolet Equinox", "• 40,973 units to Canada"
                self.route_list = (self.sent_no, list(self._routes_of[self.sent_no]))

    def _home_left_to_guess(self, export: ExportFact, sent: Sentence, ents: list[Span], origin: str) -> bool:
        """The route was first read from this sentence, and the sentence does not name its origin country (a maker's
        nationality, 'of Japanese origin', names none): its origin, the maker's home guessed, is left for the story to
        settle."""
        # ("South Korean automakers including Hyundai exported ...": the home country named, no guess to settle later;
        # not "The carmaker, of Japanese origin, ...": the maker's nationality, no statement of where cars leave from)
        return (export.source is not None and export.source.start == self.index.sent_chars(sent.start)[0]
                and not any(e.label_ == "COUNTRY" and e.ent_id_ == origin and self.index.lower[e.end:e.end + 1] != ["origin"]
                            for e in ents))

    def _units_of_consignment_before(self, export: ExportFact, sent: Sentence, first_cue: int) -> None:
        """A route with no figure, its vehicles named before the verb: the figure of the consignment the sentence before
        told of."""
        if self._vehicles_named_before(sent, first_cue):
            said = self._consignment_before(sent)  # "... an initial shipment of 344 X sedans. The cars will be shipped to Cuba"
            if said is not None:
                self._set_units(export, said[0], said[1], 0.6)

    def _shipper_and_origin(self, sent: Sentence, ents: list[Span], subjects: list[Span], cues: list[int],
                            origin_ent: Span | None, destinations: list[Span], subject_country: Span | None,
                            subject_end: int) -> tuple[str | None, float, str | None, bool, PlantFact | None, PlantFact | None]:
        """Who ships and from which country (company, confidence, origin, whether the origin is the maker's home
        guessed), with the plant that ships and the plant whose site's output is shipped: the country named as the
        shipper, the same shipment or trade as the sentence before, the plant's country, else the shipper's origin."""
        first_cue = cues[0]
        company, confidence = self._shipper(sent, ents, subjects, first_cue)
        plant, site_output = self._shipping_plant(sent, ents, cues, origin_ent, destinations)
        builder = self._plant_building(subjects) if confidence < 1 and origin_ent is None else None
        if builder is not None and builder.company:  # "Exports to South Africa, mainly the Sonet, rose": the Sonet's plant ships
            company, confidence = builder.company, 0.8
            # "the Toyota Glanza, built at Suzuki's plant, will be shipped to Africa": a model written with the name of
            # another maker (not the builder's own group) is that maker's supply
            company = self._other_brand(subjects, first_cue, company) or company
        # "Peru exported 9,000 cars to Chile. Shipments to Chile fell 8% this year.": no shipper named, the country's
        # trade goes on
        country_trade = (confidence < 0.8 and builder is None and self.exporter is not None and self.exporter[0] is None
                         and origin_ent is None and plant is None and not subjects)
        # "Last year X shipped 52,000 cars from A to B. A further 31,500 went to C": more of the same shipment
        continued = (confidence < 1 and origin_ent is None and plant is None and self.exporter is not None
                     and self.route_said == self.sent_no - 1 and self._more_of_the_same(sent, first_cue))
        home_guess = False
        # "Exports of vehicles from Japan to the United States dropped 10.8%": a country's trade, no company named in the
        # story so far nor any model shipped (a company named only later is no shipper of it)
        country_named_trade = (confidence < 0.8 and origin_ent is not None and origin_ent.label_ == "COUNTRY" and not subjects
                               and plant is None and builder is None and self.last_company is None
                               and not any(e.label_ == "COMPANY" for e in ents))
        if country_named_trade:
            origin, company = self._country_of(origin_ent) or origin_ent.ent_id_, None
        elif confidence < 0.8 and not subjects and plant is None and builder is None and (
                industry := self._national_makers_before(ents, first_cue)) is not None:
            # "prompting Japanese automakers to export more cars to the US": a country's makers, no one company
            origin, company = self._country_of(origin_ent) if origin_ent is not None else industry, None
        elif subject_country is not None and origin_ent is None and subject_country.end == subject_end:
            origin, company = subject_country.ent_id_, None  # "Mexico exported ...": the country's trade, all makers
        elif continued:
            company, origin = self.exporter
        elif country_trade:
            origin, company = self.exporter[1], None
        elif plant is not None and origin_ent is None:
            # "The plant shipped its first 400 KAEC-assembled Air sedans": where the cars are said to be built wins
            # (the company the sentence names as its subject ships: "Nissan will build the Navara at Renault's Cordoba
            # plant and export it to Brazil")
            origin = self._made_in(sent, ents) or plant.country
            company = company if company and confidence >= 1 else plant.company or company
        else:
            origin, home_guess = self._origin_of_shipper(sent, ents, subjects, destinations, first_cue, company, origin_ent)
        return company, confidence, origin, home_guess, plant, site_output

    def _apposed_market_of(self, plant: PlantFact, destinations: list[Span], cues: list[int]) -> bool:
        """The one market is the plant's own country, named as the shipper's export market in apposition."""
        return (len(destinations) == 1 and plant.country == (destinations[0].ent_id_ or destinations[0].text)
                and self._shippers_market_in_apposition(destinations[0], cues))

    def _national_makers_before(self, ents: list[Span], cue: int) -> str | None:
        """'Japanese automakers', 'Chinese carmakers have shipped': a nationality and a plural noun of makers, the
        subject of the verb of shipping at `cue` (a few words between), and no company named in the sentence: the
        country of those makers."""
        if any(e.label_ == "COMPANY" for e in ents):
            return None
        lower = self.index.lower
        for e in ents:
            if (e.label_ == "COUNTRY" and e.text in self.gaz.demonyms and e.end < cue <= e.end + 5
                    and lower[e.end] in NATIONAL_MAKER_NOUNS):
                return self._country_of(e) or e.ent_id_
        return None

    def _shipper(self, sent: Sentence, ents: list[Span], subjects: list[Span], first_cue: int) -> tuple[str | None, float]:
        """The company that ships, with the confidence of its reading: the sentence's subject, the company named after
        its owner's, else the maker of the model shipped."""
        lower = self.index.lower
        company, confidence = self._subject_company(sent, ents, before=first_cue)
        company = self._owned_shipper(ents, company, first_cue) or company
        if confidence < 1:
            # "Exports to Mexico rose to 98,000, with BYD's Song Plus and Atto 3 leading the way": the maker whose
            # models the sentence names as shipped, not the company of the sentence before
            owner = next((e for e in ents if e.label_ == "COMPANY" and e.start > first_cue and lower[e.end:e.end + 1] in (["'s"], ["’s"])
                          and any(m.start == e.end + 1 and self.gaz.same_group(self._model_maker(m), e.ent_id_) for m in subjects)), None)
            if owner is not None:
                company, confidence = owner.ent_id_, 0.8
        # "The Kia Seltos will be shipped to ...", "Exports of the Toyota Hilux to ...": no company named in the story,
        # the model shipped (the verb's subject, or the noun's "of") names its maker as the shipper; not a model
        # named elsewhere in the sentence ("Kostanay-built cars will be exported, with a first batch of 400 Chery
        # Tiggo 4": a local assembler's cars, not Chery's)
        if company is None:
            shipped = next((m for m in subjects if m.start < first_cue or lower[first_cue + 1:first_cue + 2] == ["of"]
                            and m.start - first_cue <= 3), None)
            company = self._model_maker(shipped) if shipped is not None else None
        return company, confidence

    def _shipping_plant(self, sent: Sentence, ents: list[Span], cues: list[int], origin_ent: Span | None,
                        destinations: list[Span]) -> tuple[PlantFact | None, PlantFact | None]:
        """The plant that ships (the subject, a site, the plant's vehicles, its site's output or a share of its output),
        not one in a market the cars go to; and the plant whose site's output is shipped."""
        first_cue = cues[0]
        site_output = self._site_output(sent, ents, first_cue)
        plant = (self._plant_as_subject(sent, first_cue) or self._site_as_subject(sent, ents, cues) or self._plant_vehicles(sent, first_cue)
                 or site_output or self._share_of_plant_output(sent, first_cue) or self._plant_of_vehicles_named_before(sent, first_cue))
        if plant is not None and origin_ent is None:
            plant = self._plant_not_at_market(plant, destinations, sent)
            if plant is not None and plant is not site_output and self._apposed_market_of(plant, destinations, cues):
                plant = None  # "to build a plant in Russia, its largest export destination": the plant ships nothing there
        return plant, site_output

    def _origin_of_shipper(self, sent: Sentence, ents: list[Span], subjects: list[Span], destinations: list[Span],
                           first_cue: int, company: str | None, origin_ent: Span | None) -> tuple[str | None, bool]:
        """The country the shipper's cars leave from: the place named, where they are made, the shipper's arm, the
        shipment before, else its home, with True when that home is a guess (no plant of the maker in the story)."""
        lower = self.index.lower
        home_guess = False
        origin = self._origin(company, origin_ent) if origin_ent is not None else None
        # "exported 12,800 vehicles from China ... Shipments to Latin America were 3,100": the same shipper's origin
        # ("... exports from Malaysia. The first will see Jaecoo SUVs shipped to Vietnam": a brand of the same group)
        # (not the parent of that shipper, named as such: "Tata Daewoo will export to Pakistan ... Tata Motors exports to
        # South Africa" ships from the parent's home, not from its Korean unit's)
        same_shipper = (self.exporter[1] if self.exporter is not None and (self.exporter[0] == company or self.exporter[0]
                        and self.gaz.same_group(self.exporter[0], company) and not self._plant_of(company)
                        and not self._parent_of(company, self.exporter[0])) else None)
        origin = (origin or self._made_in(sent, ents) or self._subsidiary_country(sent, ents)
                  or (self.arm_origin.get(company) if company else None) or self._country_building(subjects)
                  or same_shipper or self._trade_to_markets(destinations))
        if not origin:
            origin = self._origin(company, None)
            # the maker's home country, guessed: no plant of the maker in the story says where its cars are made
            home_guess = bool(origin and company) and not self._plant_of(company)
            if company and not home_guess:
                # "Acme builds the X in Argentina and parts in Brazil ... 10,000 units will go to Brazil": the
                # maker's last plant is in the market the cars go to; another of its plants ships them
                origin = self._plant_outside_markets(company, origin, destinations)
                origin = self._home_of_maker_abroad(company, origin, destinations)
            if company and lower[first_cue] in SHIPPING_VERBS:
                origin = self._origin_among_markets(company, origin, destinations)
        origin = origin or self._from_a_plant(sent)
        return origin, home_guess

    def _origin_of_home_guess(self, company: str | None, origin: str, cues: list[int], destinations: list[Span],
                              qs: list[Span]) -> str | None:
        """The origin of a shipper whose home was guessed: its arm of the story's markets, the country whose export trade
        the story is about, or the story's country when home is among the markets; None when the sentence tells of
        sales in a market, not of a shipment."""
        lower = self.index.lower
        markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
        origin = self._story_arm_country(company, markets) or origin
        # (not "overseas sales", "sales abroad": sales outside home are its exports)
        if (all(lower[c] in SELL_CUES and lower[c - 1] not in ABROAD_WORDS and lower[c + 1:c + 2] not in (["abroad"], ["overseas"])
                for c in cues) and all(d.label_ for d in destinations)
                and not self._markets_after_export_talk(qs)):
            # ("Export sales rose ... The cars were sold in 34 countries": a count of export markets, no market's sales)
            return None  # "7,600 Acme cars were sold in Chile": sales in a market, not a shipment from the maker's home
        trade = self.exporter[1] if self.exporter is not None and self.exporter[0] is None else None
        if trade and trade == self.main_country and trade not in markets:
            # "South African exports rose 20% ... Isuzu and Nissan made inroads into African markets with export
            # figures of ...": a story about one country's export trade; its makers ship from there
            origin = trade
        if origin in markets:
            # "Acme added a factory there, mostly for exports to France, Spain and Italy", Acme's home among them:
            # the cars come from where the story is, not from the maker's home
            origin = self.main_country if self.main_country not in markets else None
            if not origin:
                return None
        return origin

    def _parent_of(self, company: str | None, unit: str) -> bool:
        """`company` owns `unit`, directly or higher up ('Tata Motors' of 'Tata Daewoo')."""
        seen = {unit}
        while company and (info := self.gaz.companies.get(unit)) is not None and info.parent and info.parent not in seen:
            if info.parent == company:
                return True
            unit = info.parent
            seen.add(unit)
        return False

    def _models_named_as_shipped(self, sent: Sentence, cues: list[int], destinations: list[Span],
                                 subjects: list[Span]) -> list[Span]:
        """The models the sentence names as shipped: not those of a market described after ', where', nor of a relative
        aside, nor parts named by their model."""
        lower = self.index.lower
        first_cue = cues[0]
        # "... and 29,000 to Italy, where the Fiat 600 is the best-selling model": the market described, no cars shipped
        where = next((k for k in range(destinations[-1].end, sent.end - 1) if lower[k] == "where" and lower[k - 1] == ","
                      and not any(c > k for c in cues)), None)
        if where is not None:
            subjects = [m for m in subjects if m.start < where]
        aside = self._relative_aside(sent, first_cue)
        if aside is not None and any(m.start > first_cue for m in subjects):
            subjects = [m for m in subjects if not aside[0] < m.start < aside[1]]
        # "68,000 Corolla engines to be ... exported to Latin America": a part named by its model, not the car shipped
        subjects = [m for m in subjects if not (m.end < sent.end and lower[m.end] in PARTS_NAMED_BY_MODEL)]
        # "builds the Hilux, Fortuner and HiAce at Prospecton, and exports the Hilux to the UK": the verb of shipping names
        # its own models; those before it are what a verb of making names
        shipped = [m for m in subjects if first_cue < m.start < destinations[0].start]
        if shipped and any(m.start < first_cue for m in subjects) and any(lower[k] in BUILD_VERBS for k in range(sent.start, first_cue)):
            subjects = [m for m in subjects if m.start > first_cue]
        return subjects

    def _models_shipped(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], cues: list[int],
                        company: str | None, origin: str, plant: PlantFact | None, site_output: PlantFact | None) -> list[str]:
        """The names of the models shipped: those the sentence names, else the car or the models of the sentences just
        before, the one 'it' stands for, the plant's, or those of the shipment before."""
        first_cue = cues[0]
        models = self._names_with_ranges(subjects) or self._brand_models(sent, ents)
        if not models and 0 < self.sent_no - self.last_model_sent <= 2 and (self._vehicles_as_object(first_cue) == "one"
                                                                         or self._sales_of_the_car(cues)):
            # "The X will take on the Y and the Z. Acme will also export the car to Chile.": the one car the sentence was about
            models = [m for m in [self.subject_model or self.last_model] if m]
        if not models and 0 < self.sent_no - self.last_model_sent <= 2 and (self._vehicles_named_before(sent, first_cue)
                                                                         or self._vehicles_as_object(first_cue) == "many"
                                                                         or self._share_of_vehicles_before(sent, first_cue)):
            # "... 1,200 Xpander MPVs to Australia. The MPV is also shipped to ...": the models of the sentence before, or
            # of the one before it when the sentence between names none ("The X is made in Tashkent. Output will be
            # 80,000 a year. Most of these cars will be exported to Russia.")
            models = list(self.last_models)
        if not models and 0 < self.sent_no - self.last_model_sent <= 2 and self._these_vehicles(sent):
            models = list(self.last_models)  # "Acme builds the Q5 and the Q7 there. Export markets for these models are ..."
        if not models and self.last_model_sent == self.sent_no - 1 and len(self.last_models) == 1 and self._batch_of_units(qs):
            # "Acme Zetas made in Adelaide are a hit in the Gulf. The initial shipment of 900 units to the Gulf ...": a
            # batch of bare units right after the one model the sentence before named
            models = list(self.last_models)
        if not models:
            models = self._models_of_it(sent, first_cue, company, origin) or self._model_as_it(sent, first_cue)  # "... the X to Europe. It is also set for export to Asia"
        if not models and plant is not None and (plant is self._plant_vehicles(sent, first_cue) or plant is site_output):
            models = list(plant.models)  # "Its vans go mainly to Germany": the vans the plant builds
        if not models:
            models = self._models_shipped_before(company, origin, qs)
        return models

    def _market_bound_models(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'ramps up production at its plant in Adelaide for the US-bound Chevrolet Caprice': a model named as bound for
        a market ('<market>-bound <model>') is shipped there from the country that builds it (a place of the sentence,
        else the country the article's plants build it in)."""
        lower = self.index.lower
        for e in ents:
            if e.label_ not in ("COUNTRY", "REGION") or lower[e.end:e.end + 2] != ["-", "bound"] or self.doc[e.end - 1].whitespace_:
                continue
            model = next((m for m in subjects if 0 <= m.start - (e.end + 2) <= 1), None)
            if model is None:
                continue
            destination = e.ent_id_ or e.text
            company = self._subject_company(sent, ents, before=e.start)[0] or self._model_maker(model)
            origin = (next((self._country_of(p) for p in ents if p.label_ == "PLACE" and p.start < e.start and self._country_of(p)), None)
                      or self._country_building([model]))
            if not origin or origin == destination:
                continue
            export = self._route(company, origin, destination, sent, 0.7)
            add_new(export.models, [self._model_name(model)])

    def _home_region_sales(self, ent: Span, origin: str, cues: list[int]) -> bool:
        """'Kia launched the Telluride in the U.S., and it is sold only in North American markets': sales in a region the
        origin country belongs to are sales at home and nearby, told by a verb of selling (the cue nearest before the
        region: '... sold in South Africa and exported to other African markets' is a route), not a route abroad."""
        cue = max((c for c in cues if c < ent.start), default=None)
        if ent.label_ != "REGION" or cue is None or self.index.lower[cue] not in SELL_CUES:
            return False
        if self._sold_at_home_and(cue):
            return False  # "sold domestically and across the ASEAN region": the region beside the home market
        code = self.gaz.country_codes.get(origin)
        return bool(code) and code in self.gaz.region_members.get(ent.ent_id_ or ent.text, frozenset())

    def _way_cue(self, sent: Sentence) -> int | None:
        """'a number of these Thai-made EVs started making their way to Europe', 'the Kushaq will find its way to
        Vietnam': 'way' after a verb of making or finding and 'its' or 'their', then 'to' and a market, the vehicles (a
        model or a vehicle word) named before it; 'en route to', 'on route to' and 'on its way to' a market, the
        vehicles named anywhere in the sentence."""
        lower = self.index.lower
        for k in range(sent.start + 2, sent.end - 2):
            if lower[k + 1] not in ("to", "into"):
                continue
            # "Among the vehicles en route to Chile is the Zeta", "the Zeta, now on its way to Peru": the vehicles
            # travelling may be named before or after the phrase
            travelling = lower[k] == "route" and lower[k - 1] in ("en", "on") or (
                lower[k] == "way" and lower[k - 1] in ("its", "their") and lower[k - 2] == "on")
            if not travelling and (lower[k] != "way" or lower[k - 1] not in ("its", "their") or lower[k - 2] not in WAY_VERBS):
                continue
            market = k + 2 + (lower[k + 2] == "the")
            named = range(sent.start, sent.end) if travelling else range(sent.start, k - 2)
            if market < sent.end and self.ent_type[market] in ("COUNTRY", "REGION") and any(
                    self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.VEHICLE_WORDS for j in named):
                return k
        return None

    def _company_apposition(self, sent: Sentence, ents: list[Span]) -> tuple[int, int] | None:
        """'Acme, a Dubai-based dealer that re-exports cars from Jebel Ali, shipped ...': the apposition after the
        company opening the sentence, as (its opening comma, its closing comma); its verbs describe the company."""
        lower = self.index.lower
        company = next((e for e in ents if e.label_ == "COMPANY" and e.start == self._past_dateline(sent)), None)
        if company is None or company.end + 1 >= sent.end or lower[company.end] != "," or lower[company.end + 1] not in ("a", "an", "which", "who"):
            return None
        closing = next((k for k in range(company.end + 2, sent.end) if lower[k] == ","), None)
        return (company.end, closing) if closing is not None else None

    def _relative_aside(self, sent: Sentence, cue: int) -> tuple[int, int] | None:
        """'The factory, which also builds the Clio, shipped 5,400 Dusters to ...': the relative clause between the
        shipper and its verb, as (its opening comma, its closing comma); the models it names are not shipped."""
        lower = self.index.lower
        opening = next((k for k in range(sent.start, cue - 1) if lower[k] == "," and lower[k + 1] in ("which", "that")), None)
        if opening is None:
            return None
        closing = next((k for k in range(opening + 2, cue) if lower[k] == ","), None)
        return (opening, closing) if closing is not None else None

    def _shipped_total(self, sent: Sentence, named: Span, cue: int, qs: list[Span]) -> bool:
        """'Acme Mexico exported 48,600 vehicles in January to June, ...': a company opening the sentence ships a total
        with no market, before any route was read; the markets that follow ('The United States took 31,000') are its own
        (after a route, 'Geely shipped 28,900 vehicles' is another shipper to that route's market)."""
        lower = self.index.lower
        return (self.last_route is None and named.start == self._past_dateline(sent) and lower[cue] in ("exported", "shipped")
                and any(q.label_ in ("UNITS", "COUNT") and 0 < q.start - cue <= 2 for q in qs))

    def _past_dateline(self, sent: Sentence) -> int:
        """The first word of a sentence past a dateline ('MEXICO CITY - ', 'LIMA, May 3 (Wire) -')."""
        lower = self.index.lower
        dash = next((k for k in range(sent.start, min(sent.end, sent.start + 12)) if lower[k] in ("-", "–", "—")), None)
        if dash is not None and all(self.doc[k].is_upper or not self.doc[k].is_alpha for k in range(sent.start, dash)):
            return dash + 1
        return sent.start

    def _more_of_the_same(self, sent: Sentence, cue: int) -> bool:
        """'A further 31,500 went to ...', 'Another 4,000 were shipped to ...': a figure opening the sentence as more of
        the shipment the sentence before told of."""
        lower = self.index.lower
        if lower[sent.start] in MORE_WORDS and lower[sent.start + 1] in BATCH_NOUNS and sent.start + 2 == cue:
            return True  # "Smaller batches went to Chad and Niger": more of the same shipper's cars
        k = sent.start + (2 if lower[sent.start:sent.start + 2] == ["a", "further"] else 1 if lower[sent.start] == "another" else 0)
        if k == sent.start or k >= cue:
            return False
        return any(q.start == k for q in self.quantities.get(sent.start, []))

    def _towns_with_their_country(self, destinations: list[Span]) -> list[Span]:
        """'delivered 120 buses to Bogota, Colombia': a town and its country after it are one market, not a list of
        two (whose one figure would be a total over both); the town stands for the pair, so that a figure right
        before it is still its own ('..., and 80 to Lima, Peru')."""
        lower = self.index.lower
        return [d for n, d in enumerate(destinations)
                if not (d.label_ == "COUNTRY" and n > 0 and destinations[n - 1].label_ == "PLACE"
                        and d.start == destinations[n - 1].end + 1 and lower[d.start - 1] == ","
                        and self._country_of(d) == self._country_of(destinations[n - 1]))]
