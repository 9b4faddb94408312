"""Export routes in running text: a sentence's shipper and origin, its markets, its models and its units, read
into ExportFacts (`_route`, `_set_units`); shares of a total, figures of other things, and vehicles named in an
earlier sentence ("these cars", "of them") told apart from a shipment of their own.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from core.facts import ExportFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.export_lists import MODEL_LIST_VERBS
from core.nlp.relations.words import (
    APPROXIMATORS,
    ARRIVAL_VERBS,
    AUXILIARIES,
    BREAKDOWN_WORDS,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    CONSIGNMENT_VERBS,
    EXPORT_FIRST_WORDS,
    EXPORT_HEDGES,
    FOLLOWING_NOUNS,
    FORMER_ADVERBS,
    HOME_MARKET_WORDS,
    IMPORT_CUES,
    LEAVE_VERBS,
    LIST_GLUE,
    MARKET_LIST_NOUNS,
    MIX_WORDS,
    MOVEMENT_VERBS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    PLANNED,
    REACH_VERBS,
    REST_WORDS,
    SELL_CUES,
    SHARE_PRONOUNS,
    SHIPPING_VERBS,
    SPLIT_WORDS,
)

MORE_WORDS = frozenset(["smaller", "further", "other", "additional", "fewer", "larger"])
BATCH_NOUNS = frozenset(["batches", "shipments", "volumes", "numbers", "quantities", "consignments", "lots"])
# "now sells six models there": a small number of models or versions is a line-up, not vehicles shipped
MODEL_RANGE_WORDS = frozenset(["models", "variants", "versions", "trims"])
# "export human resources to Japan", "exported 150 workers": people sent abroad, no shipment of vehicles
PEOPLE_GOODS = frozenset(["workers", "worker", "human", "staff", "engineers", "technicians", "manpower", "labour", "labor", "nurses", "talent",
                          "stake", "stakes", "shares", "equity"])  # ("has sold stakes to Chinese partner Dongfeng": a holding sold)
# "Acme to expand its plant as Mexico exports to the US climb": words opening a clause of its own, whose country ships
COUNTRY_CLAUSE_OPENERS = frozenset(["as", "while", "whereas", ";"])
# plural vehicle nouns a demonstrative points back with: "these models", "those SUVs"
THESE_VEHICLE_NOUNS = frozenset(["models", "vehicles", "cars", "suvs", "sedans", "crossovers", "pickups", "trucks", "vans",
                                 "hatchbacks", "evs", "hybrids", "variants", "versions"])
# "to 40 markets": a bare figure that counts something other than vehicles shipped
COUNTED_NOT_VEHICLES = frozenset(["models", "brands", "variants", "versions", "trims", "markets", "countries", "nations",
                                  "dealers", "dealerships", "years", "months", "ports", "plants", "factories"])
TOTAL_WORDS = frozenset(["overseas", "abroad", "worldwide", "globally", "altogether"])
# "the following countries were the major importers of Uzbek-made cars:": a heading of the buyers of a country's cars
BUYER_LIST_WORDS = frozenset(["importers", "buyers"])
# "Corolla engines", "Tiggo gearboxes": parts named by the model they go into
PARTS_NAMED_BY_MODEL = frozenset(["engine", "engines", "gearbox", "gearboxes", "transmissions", "axles", "components", "parts"])
# "68,000 engines to be exported to Latin America", "a transmission box ... to be exported to Europe": parts shipped
PARTS_SHIPPED = PARTS_NAMED_BY_MODEL | {"transmission", "box", "boxes"}
# "About 90 percent of the vehicles", "most of these cars", "half of the vehicles": a share of vehicles named before
SHARE_OPENERS = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "over", "more", "than", "most", "half",
                           "all", "many", "majority", "bulk", "a", "the", "per", "cent"])
OF_THEM = (["of", "them"], ["of", "these"], ["of", "those"])
# "these Thai-made EVs started making their way to Europe", "will find their way to Vietnam": vehicles moving to a market
WAY_VERBS = frozenset(["make", "makes", "making", "made", "find", "finds", "finding", "found"])
MILESTONE_WORDS = frozenset(["thousandth", "millionth", "billionth"])  # "its one millionth export": a milestone's ordinal
# "does not export", "has not yet been shipped", "will not currently be sold": words between a negation and its cue
NEGATED_CUE_FILLERS = AUXILIARIES | {"do", "does", "did", "yet", "currently", "directly", "be"}
SHARE_POINTERS = frozenset(["that", "this", "it", "them", "those"])  # "Half of that is exported": the output named before
PER_DAY_WORDS = frozenset(["daily", "day", "weekly", "hourly"])  # "600 cars daily": a rate, no route's figure
# "for sales of the new car", "exports of the vehicle": nouns of trade that name the vehicles after 'of'
TRADE_OF_NOUNS = frozenset(["sales", "exports", "shipments", "deliveries", "export", "shipment"])
# "Hinduja Group flagship company Ashok Leyland", "Toyota subsidiary Acme": words naming a company as its owner's
OWNED_DESCRIPTORS = frozenset(["flagship", "subsidiary", "unit", "arm", "affiliate", "company", "firm", "group"])


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

    def _people_exported(self, cue: int, end: int) -> bool:
        """'export human resources to Japan', 'has exported 150 workers to Japan': what the verb sends, before its 'to',
        is people, no vehicle among them."""
        lower = self.index.lower
        to = next((k for k in range(cue + 1, min(end, cue + 9)) if lower[k] in ("to", "into")), None)
        if to is None:
            return False
        goods = range(cue + 1, to)
        return any(lower[k] in PEOPLE_GOODS for k in goods) and not any(
            lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS or self.ent_type[k] in ("MODEL", "MODEL_AMBIG") for k in goods)

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
            if lower[k] in NEGATIONS:
                return True
            if lower[k] not in NEGATED_CUE_FILLERS:
                return False
        return False

    def _plant_models_on_routes(self) -> None:
        """'BMW builds the X3 at its Rosslyn plant. ... BMW South Africa has added Senegal and Kenya to its export
        markets': a route that names no model, from the country of the story's one plant, ships the one model that plant
        builds, shipped by the plant's operator."""
        plants = [p for p in self.plants if p.country and p.models]
        if len(plants) != 1 or len(plants[0].models) != 1:
            return
        plant = plants[0]
        # other models of the plant's group in the story: a route with none named may ship any of them (another
        # maker's model, "... outsold the Toyota Hilux", is none the plant's operator ships)
        if any(name not in plant.models and (not fact.maker or not plant.company or self.gaz.same_group(fact.maker, plant.company))
               for name, fact in self.models.items()):
            return
        for export in self.exports.values():
            if export.models or export.origin != plant.country or export.source is not None and \
                    PARTS_SHIPPED & set(re.findall(r"[a-z]+", export.source.sentence.lower())):
                continue  # ("68,000 engines ... to be exported to Latin America": parts, not the plant's cars)
            if self.gaz.same_group(export.company, plant.company):  # (not a country's exports: "Mexico ships more cars to the US")
                export.models = list(plant.models)

    def _exports(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        if self.words & BUYER_LIST_WORDS and self._buyers_list_heading(sent, ents):
            return
        if "sold" in self.words and self._sold_in_market_route(sent, ents, subjects):
            return
        if "followed" in self.words and self.exports and self._followed_by_markets(sent, ents):
            return
        if self.words & MODEL_LIST_VERBS and self._exported_models_listed(sent, ents, subjects):
            return
        if "bound" in self.words and subjects:
            self._market_bound_models(sent, ents, subjects)
        way = self._way_cue(sent) if "way" in self.words and self.words & (WAY_VERBS | {"on"}) or "route" in self.words else None
        if not self.words & EXPORT_FIRST_WORDS and way is None:
            if self.words & (ARRIVAL_VERBS | REACH_VERBS):
                self._vehicles_arrive(sent, ents, subjects, qs)
            elif self.words & MARKET_LIST_NOUNS and self._routes_of.get(self.sent_no - 1):
                self._markets_of_last_shipment(sent, ents)
            elif self.route_list is not None and self.route_list[0] == self.sent_no - 1:
                self._row_under_routes(sent, ents, qs)
            return
        lower = self.index.lower
        cues = [i for i in range(sent.start, sent.end) if lower[i] in EXPORT_FIRST_WORDS and self._export_cue(i)]  # every cue is one of these words
        if way is not None:
            cues = sorted([*cues, way])
        if cues and self.words & PEOPLE_GOODS:  # "plans to export human resources to Japan", "exported 150 workers to Japan"
            cues = [i for i in cues if not self._people_exported(i, sent.end)]
        if cues and self.words & NEGATIONS:  # "It does not supply vehicles to North America": no shipment at all
            cues = [i for i in cues if not self._negated_cue(i, sent.start)]
            if not cues:
                return
        if not cues:
            if "abroad" in self.words or "overseas" in self.words:
                self._ships_abroad(sent, ents)
            if self.words & LEAVE_VERBS:
                self._vehicles_leave(sent, ents)
            sent_cue = next((i for i in range(sent.start, sent.end) if lower[i] in CONSIGNMENT_VERBS), None)
            if sent_cue is not None and self.last_route is not None and self.last_route[1] == self.main_country:
                self._another_shipper(sent, ents, subjects, qs, sent_cue)  # "Geely sent 28,900 cars, led by the Coolray"
            return
        self.importer = None  # an export statement after an origin table: tables that follow list its markets
        aside = self._company_apposition(sent, ents)
        if aside is not None and any(c > aside[1] for c in cues):
            cues = [c for c in cues if not aside[0] < c < aside[1]]
        first_cue = cues[0]
        subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end <= first_cue and e.start == sent.start), None)
        # "Thai automakers shipped ...": the country's makers together stand where a country would
        subject_end = first_cue - 1 if first_cue > sent.start and lower[first_cue - 1] in lx.MAKER_PLURALS else first_cue
        if subject_country is None:  # "MEXICO CITY - Mexico exported ...": a country right before the verb, no company named
            subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end == subject_end
                                    and (e.text not in self.gaz.demonyms or subject_end < first_cue)
                                    and lower[e.start - 1] not in ("to", "into", "for", "from", "in", "of", "by")
                                    and not any(c.label_ == "COMPANY" and c.start < first_cue
                                                and not set(lower[c.end:e.start]) & COUNTRY_CLAUSE_OPENERS for c in ents)), None)
        if subject_country is not None:  # "South Korea exported 1.4 million cars": who the following table is about
            self.exporter = (None, subject_country.ent_id_)
        departures = [e for e in ents if e.label_ in ("COUNTRY", "PLACE", "REGION") and self._departure_point(e)]
        if not departures and "where" in self.words:
            departures = self._place_before_from_where(sent, ents)
        # "parts would come from China and ... supply 2,000 cars to Tunisia from the Algerian plant": the shipment's own origin
        origin_ent = next((e for e in departures if e.start > first_cue), departures[0] if departures else None)
        destinations = self._destinations(sent, ents, cues, origin_ent) or self._there(sent, ents, cues, origin_ent)
        destinations = self._towns_with_their_country(destinations)
        if not destinations and (self.words & (ARRIVAL_VERBS | REACH_VERBS)):
            self._vehicles_arrive(sent, ents, subjects, qs)  # "The first shipment of 1,200 X50s arrived in Egypt"
        if not destinations and "same" in self.words and self._to_the_same_market(sent, subjects, qs, first_cue):
            return
        if not destinations and self._rate_of_last_route(sent, ents, qs, first_cue):
            return
        if not destinations and subjects and self._models_shipped_next(sent, ents, subjects, first_cue):
            return
        if not destinations:
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
                    origin = self._subsidiary_country(sent, ents) or self._origin(named.ent_id_, None)
                    if origin:
                        self.exporter = (named.ent_id_, origin)
            return
        company, confidence = self._subject_company(sent, ents, before=first_cue)
        company = self._owned_shipper(ents, company, first_cue) or company
        # "The Kia Seltos will be shipped to ...", "Exports of the Toyota Hilux to ...": no company named in the story,
        # the model shipped (the verb's subject, or the noun's "of") names its maker as the shipper; not a model
        # named elsewhere in the sentence ("Kostanay-built cars will be exported, with a first batch of 400 Chery
        # Tiggo 4": a local assembler's cars, not Chery's)
        if company is None:
            shipped = next((m for m in subjects if m.start < first_cue or lower[first_cue + 1:first_cue + 2] == ["of"]
                            and m.start - first_cue <= 3), None)
            company = self._model_maker(shipped) if shipped is not None else None
        site_output = self._site_output(sent, ents, first_cue)
        plant = (self._plant_as_subject(sent, first_cue) or self._site_as_subject(sent, ents, cues) or self._plant_vehicles(sent, first_cue)
                 or site_output or self._share_of_plant_output(sent, first_cue))
        if plant is not None and origin_ent is None:
            plant = self._plant_not_at_market(plant, destinations, sent)
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
        if subject_country is not None and origin_ent is None and subject_country.end == subject_end:
            origin, company = subject_country.ent_id_, None  # "Mexico exported ...": the country's trade, all makers
        elif continued:
            company, origin = self.exporter
        elif country_trade:
            origin, company = self.exporter[1], None
        elif plant is not None and origin_ent is None:
            # "The plant shipped its first 400 KAEC-assembled Air sedans": where the cars are said to be built wins
            origin, company = self._made_in(sent, ents) or plant.country, plant.company or company
        else:
            origin = self._origin(company, origin_ent) if origin_ent is not None else None
            # "exported 12,800 vehicles from China ... Shipments to Latin America were 3,100": the same shipper's origin
            # ("... exports from Malaysia. The first will see Jaecoo SUVs shipped to Vietnam": a brand of the same group)
            same_shipper = (self.exporter[1] if self.exporter is not None and (self.exporter[0] == company or self.exporter[0]
                            and self.gaz.same_group(self.exporter[0], company) and not self._plant_of(company)) else None)
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
                if company and lower[first_cue] in SHIPPING_VERBS:
                    origin = self._origin_among_markets(company, origin, destinations)
            origin = origin or self._from_a_plant(sent)
        if not origin:
            return
        if home_guess:
            markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
            origin = self._story_arm_country(company, markets) or origin
            if (all(lower[c] in SELL_CUES for c in cues) and all(d.label_ for d in destinations)
                    and not self._markets_after_export_talk(qs)):
                # ("Export sales rose ... The cars were sold in 34 countries": a count of export markets, no market's sales)
                return  # "7,600 Acme cars were sold in Chile": sales in a market, not a shipment from the maker's home
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
                    return
        by_when = next((q.text for q in qs if q.label_ == "DATE" and (q[0].lower_ == "by" or "end" in q.text.lower())), None)
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
        said_models: list[list[str]] = []
        # "shipped 120,000 vehicles overseas": a total over every market, not one route's figure
        # "delivered abroad 26,300 cars, of which 18,100 went to ...": a total its breakdown follows
        counts = [q for q in qs if q.label_ in ("UNITS", "COUNT") and not (q.end < sent.end and lower[q.end] in TOTAL_WORDS)
                  and not (q.label_ == "COUNT" and q.end < sent.end and lower[q.end] in COUNTED_NOT_VEHICLES)
                  and not (lower[q.end - 1] in MODEL_RANGE_WORDS and (q._.value or 0) < 100)
                  and lower[q.end:q.end + 2] not in (["in", "all"], ["in", "total"])
                  and lower[q.end:q.end + 3] not in ([",", "of", "which"], [",", "of", "whom"])
                  and not self._total_of_which(q, qs) and not self._compared_figure(q)
                  and not self._built_figure_apart(q, first_cue) and not self._milestone(q)]
        if counts and self._exports_a_share(first_cue, sent.end):
            counts = [q for q in counts if q.start > first_cue]  # "built 90,000 cars and exported 80% of its output to ..."
        # the figures before the second market: "shipped 1,900 Sonets to Kyrgyzstan and Tajikistan, and signed to supply
        # 3,000 ... to a distributor in Kazakhstan" is one total for the first two markets
        in_route = [q for q in counts if first_cue <= q.start < destinations[min(1, len(destinations) - 1)].start]
        if (len(destinations) > 1 and len(in_route) < 2 and "respectively" not in self.words
                and (set(lower[destinations[0].end:destinations[1].start]) <= LIST_GLUE or company is None and subject_country is not None)):
            # "exported 300,000 vehicles to France, Spain and Italy": one total for several markets; a figure of a later
            # verb of its own ("..., and signed to supply 3,000 cars to a distributor in Kazakhstan") stays
            counts = [q for q in counts if q not in in_route and any(destinations[1].end < c < q.start for c in cues)]
        if company is None and subject_country is not None:  # "Peru exported 9,400 cars, as shipments to Chile rose": the total
            counts = [q for q in counts if not any(q.end <= c < destinations[0].start for c in cues[1:])
                      or self._passive_figure_to(q, destinations[0])]
        previous_end = first_cue
        # "74,000 of the cars built in Tychy went to Germany": a share of the vehicles as the verb's subject
        share_subject = next((q for q in counts if lower[first_cue] in MOVEMENT_VERBS and q.end < first_cue - 2
                              and first_cue - q.start <= 10 and lower[q.end:q.end + 2] in (["of", "the"], ["of", "its"])), None)
        if share_subject is not None:
            previous_end = share_subject.start
        elif lower[first_cue] in MOVEMENT_VERBS:  # "Of those, 88,000 went to France": the figure is the verb's subject
            # "7,200 Granta and Vesta cars went to ...": the figure before the models it counts
            counted = self._counted_vehicles_start(first_cue, sent.start)
            previous_end = max(sent.start, min(first_cue - 3, counted if counted is not None else first_cue))
        elif lower[first_cue - 1] in ("were", "was", "been") and not any(first_cue <= q.start < destinations[0].start for q in counts):
            # "410 cars of the T5 model were shipped to Armenia and 90 to ...": a passive verb's subject is the figure
            # (not "9,000 were exported: 5,000 to Chile and ...", a total with a figure of its own for each market)
            previous_end = max([q.start for q in counts if first_cue - 8 <= q.start < first_cue], default=first_cue)
        passive_subject = previous_end < first_cue and lower[first_cue - 1] in ("were", "was", "been")
        used: set[int] = set()
        # "to Indonesia and the Philippines, where it shipped about 3,000 and 2,000 vehicles respectively"
        paired = self._respectively(destinations, counts) if "respectively" in self.words else {}
        clause_of = self._clauses(sent)
        # "..., mostly the X and the Y, ...": the models named after it are those of the markets before it
        mostly = next((k for k in range(destinations[0].end, destinations[-1].start) if lower[k] in MIX_WORDS
                       and any(s.start > k for s in subjects)), None) if len(destinations) > 1 else None
        # "shipped 6,000 Xs to Chile, 4,000 Ys to Peru and 900 Zs to Bolivia": each market's models are those named
        # between it and the market before, when more than one market has models of its own so; "to Chile were
        # exported 6,000 units of the X, to Peru 4,000 of the Y": those named between it and the next market
        starts, ends = [*(d.start for d in destinations[1:]), sent.end], [sent.start, *(d.end for d in destinations[:-1])]
        before = {d.start: [self._model_name(m) for m in subjects if ends[n] <= m.start < d.start] for n, d in enumerate(destinations)}
        after = {d.start: [self._model_name(m) for m in subjects if d.end <= m.start < starts[n]] for n, d in enumerate(destinations)}
        segments = before if before[destinations[0].start] else after
        if sum(bool(names) for names in segments.values()) < 2:
            segments = {}
        later = [d for d in destinations if d.start in self._later]  # "..., with Indonesia to follow": no figure of its own
        for ent in destinations:
            destination = self._country_of(ent) if ent.label_ == "PLACE" else (ent.ent_id_ or ent.text)
            # "Kazakhstan will receive the Cobalt, Onix and Tracker, while shipments to Russia will consist of ...":
            # the models of the destination's own clause
            own = self._names_with_ranges([s for s in subjects if clause_of(s.start) == clause_of(ent.start)])
            route_models = own or models
            if segments.get(ent.start):
                route_models = segments[ent.start]
            elif segments and set(lower[max(sent.start, ent.start - 4):ent.start]) & REST_WORDS:
                route_models = []  # "18,100 Xs went to A, 4,700 Ys to B and the rest to C": the models are A's and B's
            if ent.start in self._followed:
                route_models = after[ent.start]
            deal = max((c for c in cues if c < ent.start), default=None)
            if deal is not None and lower[deal] in lx.DEAL_NOUNS:
                # "shipped 600 Xs to Belarus and has a contract for 1,500 cars for Kazakhstan": the deal's own models
                after_deal = min((c for c in cues if c > deal), default=sent.end)
                route_models = [self._model_name(s) for s in subjects if deal < s.start < after_deal]
            if mostly is not None:  # "14,300 to Argentina, mostly the Compass and the Toro, and 2,100 to Chile"
                # "Iraq came second with 1,420, chiefly the Shahin, while 310 Sainas went to Belarus": a clause of its own
                stop = next((k for k in range(mostly, destinations[-1].start) if lower[k] in CLAUSE_BREAKS), sent.end)
                # "To A were exported mainly X and Y, to B - Z": the models of the mix end at the next market
                stop = min(stop, next((d.start for d in destinations if d.start > mostly), sent.end))
                route_models = ([self._model_name(s) for s in subjects if s.start < destinations[0].start or mostly < s.start < stop]
                                if ent.start < mostly else
                                own if stop < ent.start and own else [self._model_name(s) for s in subjects if s.start < destinations[0].start])
                n = destinations.index(ent)
                own_after = [m for m in subjects if ent.end <= m.start < starts[n] and clause_of(m.start) == clause_of(ent.start)]
                if ent.start > mostly and own_after and (set(lower[ent.end:own_after[0].start]) & (BREAKDOWN_WORDS | {"all"})
                                                         or lower[ent.end] in ("-", "–", "—", ":")):
                    # "... to the Middle East, mainly the T5 and the T7, and 9,600 to Europe, almost all T7s": a later market
                    # with a breakdown of its own, before the next market, has those models
                    route_models = [self._model_name(m) for m in own_after]
            # the figure between the previous destination and this one ("12,000 cars to Chile and 9,000 to Colombia")
            # "to Uzbekistan - 3.9 thousand, to Belarus - 3.1 thousand": the figure right after the market and a dash
            units = paired.get(ent) or next((q for q in counts if q.start == ent.end + 1 and lower[ent.end] in ("-", "–", "—", ":")
                                             and q.start not in used), None)
            # "bound for Mexico (1,700 units), Chile (820) and Paraguay (380)": each market's figure in brackets after it
            units = units or next((q for q in counts if q.start == ent.end + 1 and lower[ent.end] == "("
                                   and self._past_bracketed_figure(ent.end) > ent.end and q.start not in used), None)
            # "sold 1.79 million units at home and exported 332,585 units to Nepal": the figure after the verb that ships
            # to this market, before any figure of an earlier verb
            governing = max((c for c in cues if previous_end < c < ent.start), default=previous_end)
            units = units or next((q for q in counts if governing <= q.start < ent.start and q.start not in used), None)
            units = units or next((q for q in counts if previous_end <= q.start < ent.start and q.start not in used), None)
            if ent.start < first_cue and lower[ent.start - 1] == "for":  # "the first 500 T10X SUVs for Germany"
                units = next((q for q in counts if 0 <= ent.start - 1 - q.end <= 3 and q.start not in used), None)
            if units is None and "for" in lower[ent.start - 2:ent.start]:
                units = self._scheduled_for(ent)  # "2,100 X and Y vehicles are scheduled for Australia"
            if (units is not None and units.label_ == "COUNT" and units.end != ent.start - 1 and ent not in paired
                    # "shipped about 21,000 of them to the United States": the vehicles named before
                    and not (lower[units.end:units.end + 2] in (["of", "them"], ["of", "these"], ["of", "those"])
                             and ent.start - (lower[ent.start - 1] == "the") == units.end + 3)
                    and units.start != ent.end + 1 and not self._names_between(units.end, ent.start)
                    # "Of those, 88,000 went to France", "..., of which 5,100 went to Spain": the figure is the verb's subject
                    and not (lower[units.end] in MOVEMENT_VERBS and units.end + 2 <= ent.start <= units.end + 3)
                    and not self._passive_figure_to(units, ent)
                    # "has shipped 14,800 of the SUVs to Argentina": the vehicles named right after the figure
                    and not self._figure_of_its_vehicles_to(units, ent)
                    and not (passive_subject and units.start == previous_end) and units is not share_subject):
                units = None  # a bare number counts only right before "to X"
            # "to 130 countries, with a first batch of 2,700 units sent to Chile", "exports to 100 countries ... aims to
            # export 248,000 units": a count of markets (no entity) sums up the trade; a figure after it is another's
            if units is None and ent.label_:  # "exports to Mexico rose to 90,000 units"
                following = [d.start for d in destinations if d.start > ent.start and d.start not in self._breakdown]
                limit = following[0] if following else sent.end
                units = next((q for q in counts if q.label_ == "UNITS" and ent.end <= q.start < limit and q.start not in used
                              and clause_of(q.start) == clause_of(ent.start)), None)
                if units is None and lower[first_cue] in FOLLOWING_NOUNS | {"volumes"} and first_cue < ent.start:
                    # "Volumes to Kenya have been projected at 1,300 vehicles a year": a yearly rate of the route
                    units = next((q for q in qs if q.label_ == "CAPACITY" and ent.end <= q.start < limit and q.start not in used
                                  and clause_of(q.start) == clause_of(ent.start)
                                  and not set(lower[ent.end:q.start]) & (lx.PLANT_NOUNS | {"capacity", "line", "lines"})), None)
            if units is None and len(destinations) - len(later) == 1:
                # "Iraq took 1,420 vehicles, while a first batch of 310 Sainas was delivered to Belarus": the figure
                # nearest before the verb, in its own clause
                own = [q for q in counts if q.label_ == "UNITS" and not CLAUSE_BREAKS & set(lower[min(q.end, first_cue):max(q.start, first_cue)])]
                units = next((q for q in reversed(own) if q.end <= first_cue), None) or next(iter(own if ent.label_ else []), None)
            if units is None and len(destinations) - len(later) == 1 and ent.label_:
                # "began shipping Tucsons to Kyrgyzstan in May and has sent 1,100 so far": the figure a later shipping
                # verb of the same clause takes, with no market of its own
                units = next((q for q in counts if q.start > ent.end and lower[q.start - 1] in CONSIGNMENT_VERBS
                              and clause_of(q.start) == clause_of(ent.start) and q.start not in used), None)
            if units is not None and ent.start - 2 >= sent.start and lower[ent.start - 2] in SPLIT_WORDS:
                units = None  # "the remaining 110 were split between Chad and Niger": one figure for both markets
            if ent.start in self._breakdown or ent.start in self._later or ent.start in self._as_markets:
                units = None  # "to Latin America, mainly Chile and Peru": the figure is the region's
            previous_end = ent.end
            if units is not None:
                used.add(units.start)
                if len(destinations) > 1 and units.end < ent.start:
                    # "shipped 6,300 Cretas to Vietnam and 4,900 Stargazers to the Philippines": each figure's own model
                    counted = [self._model_name(s) for s in subjects if units.start <= s.start < ent.start]
                    route_models = counted or route_models
            if destination == origin or self._share_to(ent) or self._home_region_sales(ent, origin, cues):
                continue
            if units is not None and len(route_models) >= 2 and units._.value == len(route_models) and units.end <= ent.start:
                units = None  # "shipping three vehicles ... – the X, the Y and the Z": a count of the models, not of cars
            export = self._route(company, origin, destination, sent, confidence)
            # ("South Korean automakers including Hyundai exported ...": the home country named, no guess to settle later;
            # not "The carmaker, of Japanese origin, ...": the maker's nationality, no statement of where cars leave from)
            if (home_guess and export.source is not None and export.source.start == self.index.sent_chars(sent.start)[0]
                    and not any(e.label_ == "COUNTRY" and e.ent_id_ == origin and self.index.lower[e.end:e.end + 1] != ["origin"]
                                for e in ents)):
                self.guessed_origins.append(export)
            add_new(export.models, route_models)
            said_models.append(list(route_models))
            self._set_units(export, units, sent, confidence)
            if export.units is None and len(destinations) == 1 and not counts and self._vehicles_named_before(sent, first_cue):
                said = self._consignment_before(sent)  # "... an initial shipment of 344 X sedans. The cars will be shipped to Cuba"
                if said is not None:
                    self._set_units(export, said[0], said[1], 0.6)
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

    def _figure_of_its_vehicles_to(self, units: Span, ent: Span) -> bool:
        """'has shipped 14,800 of the SUVs to Argentina', 'shipped 270 of its BS6 sedans to Germany': the vehicles (a
        model's name maybe before them) named right after the figure, then the market."""
        lower = self.index.lower
        k = units.end + 2
        if lower[units.end:k] not in (["of", "the"], ["of", "its"], ["of", "their"]):
            return False
        while k < ent.start and self.ent_type[k] in ("MODEL", "MODEL_AMBIG", "COMPANY"):
            k += 1
        return (k + 1 < ent.start and lower[k] in lx.VEHICLE_WORDS and lower[k + 1] in ("to", "into")
                and ent.start - (lower[ent.start - 1] == "the") == k + 2)

    def _consignment_before(self, sent: Sentence) -> tuple[Span, Sentence] | None:
        """'The return will be launched with an initial shipment of 344 Vesta sedans. The cars will be shipped to Cuba':
        the figure of a consignment ('a shipment/batch of N vehicles') the sentence right before gave, with no route of
        its own, and its sentence."""
        k = sent.start - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1  # past the blank line between paragraphs
        if k < 0:
            return None
        before = self.index.sentence(k)
        if self.index.is_boilerplate(before.start):
            return None
        first, last = self.index.sent_chars(before.start)
        if any(e.source is not None and first <= e.source.start < last for e in self.exports.values()):
            return None  # the sentence before names routes of its own
        lower = self.index.lower
        return next(((q, before) for q in self.quantities.get(before.start, []) if q.label_ == "UNITS" and q.start - 2 >= before.start
                     and lower[q.start - 1] == "of" and lower[q.start - 2] in lx.CONSIGNMENT_NOUNS), None)

    def _total_of_which(self, q: Span, qs: list[Span]) -> bool:
        """'exported 1.8 million units in 2010, of which 1.6 million went to ...': a total with a time phrase between it
        and the 'of which' its share follows, not any one market's figure."""
        lower, k = self.index.lower, q.end
        if any(r.start > k and r.label_ in ("UNITS", "COUNT") and lower[r.end:r.end + 2] in OF_THEM and r.start - k <= 12
               and self._share_moves(r.end + 2) for r in qs):
            return True  # "exported 2.9 million vehicles last year, and 2.3 million of them went to ...": the total
        date = next((d for d in qs if d.label_ == "DATE" and d.start in (k, k + 1)), None)
        if date is None or date.start == k + 1 and lower[k] not in ("in", "during", "over", "for", "last", "this"):
            return False
        return lower[date.end:date.end + 3] in ([",", "of", "which"], [",", "of", "those"])

    def _built_figure_apart(self, q: Span, cue: int) -> bool:
        """'it will manufacture around 37,000 Rangers, which are a source of supply for Latin America': the figure of a
        verb of making, with the shipping word after a comma, counts the output, not the shipment."""
        lower, k = self.index.lower, q.start - 1
        while k > 0 and lower[k] in APPROXIMATORS | {"around", "over", "another", "an", "additional", "a", "further"}:
            k -= 1
        # ("..., and export them to Brazil": all the vehicles made are shipped)
        if lower[k] in BUILD_VERBS and q.start > cue and lower[k + 1] != "up":  # ("exports made up 9,000 units")
            return True  # "the plant, which aims to export to Africa, will produce 12,000 vehicles": its output after the route
        if q.end < len(lower) and (lower[q.end] in PER_DAY_WORDS or lower[q.end:q.end + 2] in (["a", "day"], ["per", "day"])):
            return True  # "to build 600 cars daily": a rate of making, no shipment
        return (lower[k] in BUILD_VERBS and q.end < cue and lower[cue + 1:cue + 2] != ["them"]
                and any(lower[j] == "," and lower[j + 1] in ("which", "that", "a", "an") for j in range(q.end, cue)))

    def _milestone(self, q: Span) -> bool:
        """'its 4 millionth Thai-built vehicle, bound for Europe', 'the one millionth unit was headed to Chile': one
        vehicle that marks a total of every market, no route's number (not 'its one millionth vehicle to the Middle
        East', the total to that market)."""
        if q.end < len(self.doc) and self.index.lower[q.end] in ("to", "into"):
            return False
        return any(t.lower_ in MILESTONE_WORDS or t.lower_.endswith("th") and t.lower_[:-2].replace(",", "").isdigit() for t in q)

    def _exports_a_share(self, cue: int, end: int) -> bool:
        """'built 402,000 vehicles and exported 90% of its production to 70 countries': the verb ships a share of a
        figure named before it, so that figure is no shipment's."""
        lower = self.index.lower
        k = cue + 1 + (lower[cue + 1:cue + 2] in (["about"], ["around"], ["nearly"], ["some"], ["over"]))
        return k + 2 < end and self.doc[k].like_num and lower[k + 1] in lx.PERCENT_WORDS and lower[k + 2] == "of"

    def _compared_figure(self, q: Span) -> bool:
        """'..., up from 37,900 the year before, and 1,900 to Kazakhstan', 'three times more than a year earlier': a
        figure of comparison, no shipment of its own."""
        lower, k = self.index.lower, q.start - 1
        if q.end < len(lower) and lower[q.end] == "times":
            return True
        while k > 0 and lower[k] in APPROXIMATORS and lower[k] != "up":
            k -= 1
        # ("more than 2,000 vehicles" is an approximate figure of its own, no comparison)
        return lower[k] in ("versus", "vs", "vs.") or lower[k] == "from" and lower[k - 1] in ("up", "down")

    def _share_moves(self, k: int) -> bool:
        """'(2.3 million of them) went to', '... were shipped to': a verb of moving or shipping at k, past auxiliaries."""
        lower = self.index.lower
        while k < len(lower) and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had", "also"}:
            k += 1
        return k + 1 < len(lower) and (lower[k] in MOVEMENT_VERBS or lower[k] in CONSIGNMENT_VERBS) and lower[k + 1] in ("to", "into")

    def _passive_figure_to(self, units: Span, ent: Span) -> bool:
        """'..., of which 1.6 million were exported to Canada': a bare figure as the subject of a passive verb of
        shipping right before the market."""
        lower, k = self.index.lower, units.end
        if lower[k:k + 2] in OF_THEM:  # "2.3 million of them went to ..."
            k += 2
        while k < ent.start and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had"}:
            k += 1
        if k >= ent.start or not (k > units.end and lower[k] in CONSIGNMENT_VERBS or lower[k] in MOVEMENT_VERBS):
            return False
        return lower[k + 1] in ("to", "into") and ent.start - (lower[ent.start - 1] == "the") == k + 2

    def _followed_by_markets(self, sent: Sentence, ents: list[Span]) -> bool:
        """'Full-fledged exports of the Kwid began in Mauritius. This will later be followed by other SAARC countries
        such as Nepal, Bhutan and Bangladesh.': the markets that follow the last route, named in the sentence before, get
        the same shipment (the countries a bloc is written with, not the bloc)."""
        lower = self.index.lower
        if lower[sent.start] not in ("this", "that", "it", "they"):
            return False
        by = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 6)) if lower[k] == "followed" and lower[k + 1] == "by"), None)
        if by is None or not set(lower[sent.start + 1:by]) <= PASSIVE_AUXILIARIES | {"will", "later", "soon", "then", "to", "next"}:
            return False
        markets = [e for e in ents if e.start > by and e.label_ in ("COUNTRY", "REGION")]
        if not markets or markets[0].start - by > 3 or not set(lower[by + 2:markets[0].start]) <= {"other", "the", "neighbouring", "neighboring"}:
            return False  # "This was followed by a launch in Chile": no market follows
        last = list(self.exports.values())[-1]
        if not set(last.destination.lower().split()) <= self.previous_words:
            return False  # the route the sentence before named
        if any(e.label_ == "COUNTRY" for e in markets):
            markets = [e for e in markets if e.label_ == "COUNTRY"]
        guessed = any(e is last for e in self.guessed_origins)
        for e in markets:
            if e.ent_id_ in (last.origin, last.destination):
                continue
            export = self._route(last.company, last.origin, e.ent_id_, sent, 0.7)
            add_new(export.models, last.models)
            if guessed:
                self.guessed_origins.append(export)
        return True

    def _models_shipped_next(self, sent: Sentence, ents: list[Span], subjects: list[Span], cue: int) -> bool:
        """'Toyota plans to export cars made in India to South Africa. The company will begin exporting its Etios sedan
        and hatchback.': right after a sentence naming one route, the shipper ('the company', 'it', or the route's
        company) exporting models with no market or place of their own ships them on that route."""
        routes = self._routes_of.get(self.sent_no - 1, ())
        if len(routes) != 1 or any(e.label_ in ("COUNTRY", "REGION", "PLACE") for e in ents):
            return False
        lower = self.index.lower
        if lower[cue] not in SHIPPING_VERBS or self.words & NEGATIONS:
            return False
        export = routes[0]
        opener = lower[sent.start:sent.start + 2]
        named = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start < cue), None)
        if not (opener in (["the", "company"], ["the", "carmaker"], ["the", "automaker"]) or opener[:1] in (["it"], ["they"])
                or named is not None and named == export.company):
            return False
        shipped = [m for m in subjects if 0 < m.start - cue <= 4]
        if not shipped:
            return False
        add_new(export.models, (self._model_name(m) for m in shipped))
        return True

    def _models_of_last_route(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'BYD shipped 7,000 cars from China to Brazil in June. The cargo consisted mainly of the Seagull and the Song
        Plus.', '... MG sent 36,200 cars, led by the MG5': the sentence right after one naming a single route, naming
        no other market and no making or selling, breaks that shipment down by model."""
        export = self._routes_of[self.sent_no - 1][0]
        lower = self.index.lower
        # "Acme exported its millionth car, bound for Chile. It was a Chilean-spec Zeta.": the one vehicle shipped named
        if not export.models and lower[sent.start:sent.start + 2] == ["it", "was"] and lower[sent.start + 2] in ("a", "an") \
                and 0 < subjects[0].start - (sent.start + 2) <= 5 and not self.words & NEGATIONS:
            export.models.append(self._model_name(subjects[0]))
            return
        if self.words & (HOME_MARKET_WORDS | BUILD_VERBS | IMPORT_CUES | PLANNED | NEGATIONS | {"registrations", "registered"}):
            return
        # selling, but not a name's use ("the Seagull, which is sold in Brazil as the Dolphin Mini")
        if any(lower[k] in SELL_CUES and lower[k - 1] not in ("is", "are", "was", "were") for k in range(sent.start + 1, sent.end)):
            return
        if not self.words & (lx.VEHICLE_WORDS | BATCH_NOUNS | {"cargo", "consignment", "shipment", "batch"}):
            return
        places = {export.origin, export.destination}
        for e in ents:
            if e.label_ in ("COUNTRY", "REGION", "PLACE") and (self._country_of(e) if e.label_ != "REGION" else e.ent_id_ or e.text) not in places:
                return
        first = subjects[0].start
        window = lower[sent.start:first]
        led = any(window[k:k + 2] == ["led", "by"] for k in range(len(window) - 1))
        made_of = any(w in ("consisted", "consists", "consist", "comprised", "comprising") for w in window) or any(
            window[k:k + 2] == ["made", "up"] for k in range(len(window) - 1))
        if not (led or made_of or set(window) & MIX_WORDS or any(window[k:k + 2] == ["almost", "all"] for k in range(len(window) - 1))):
            return
        add_new(export.models, (self._model_name(m) for m in subjects))

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

    def _rate_of_last_route(self, sent: Sentence, ents: list[Span], qs: list[Span], cue: int) -> bool:
        """'Acme has begun shipping the X to Chile. The company plans to export about 300 units a month.': a rate of
        vehicles right after the verb of export, in a sentence naming no market, no place and no other shipper, one or
        two sentences after one that told of a single route with no figure yet (and no route since), is that route's
        figure."""
        lower = self.index.lower
        # the route told in one of the two sentences before, no other route since
        said = self.route_said if self.route_said is not None and 0 < self.sent_no - self.route_said <= 2 else None
        routes = self._routes_of.get(said, []) if said is not None else []
        if len(routes) != 1 or routes[0].units is not None or lower[cue] not in SHIPPING_VERBS:
            return False
        if self.words & (TOTAL_WORDS | {"total", "overall", "all"}) or any(e.label_ in ("COUNTRY", "REGION", "PLACE") for e in ents):
            return False
        export = routes[0]
        if any(e.label_ == "COMPANY" and e.ent_id_ != export.company for e in ents):
            return False
        # "about 300 pickups a month" (read as a yearly capacity), "9,000 pickups a year", "20,000 cars annually"
        rates = [q for q in qs if q.label_ in ("UNITS", "CAPACITY", "COUNT")]
        rate = rates[0] if len(rates) == 1 and 0 < rates[0].start - cue <= 3 else None
        if rate is None or rate.label_ != "CAPACITY" and not self._per_period(rate):
            return False
        # "300 pickups a month" is kept as a yearly capacity (3,600): the route's figure is the one the sentence states
        export.units = rate._.value / 12 if any(tuple(lower[k:k + 2]) in lx.PER_MONTH for k in range(rate.start, rate.end)) else rate._.value
        export.evidence["units"] = self._source(sent, self._qualifier(rate, sent), 0.7)
        return True

    def _per_period(self, q: Span) -> bool:
        """'9,000 pickups a year', '20,000 cars annually': a figure of vehicles stated per year."""
        lower = self.index.lower
        return (any(tuple(lower[k:k + 2]) in lx.PER_YEAR for k in range(q.start, min(q.end + 1, len(lower) - 1)))
                or any(lower[k] in lx.ANNUAL_WORDS for k in range(q.start, min(q.end + 1, len(lower)))))

    def _models_shipped_before(self, company: str | None, origin: str, qs: list[Span]) -> list[str]:
        """'Stellantis shipped 9,000 Tipos to Spain. A first shipment of 400 went to Malta in May.': a bare figure (no
        vehicle noun after it) right after a shipment of the same shipper whose routes all carried the same models
        counts those models."""
        lower = self.index.lower
        # "to 44 countries across Africa": a count of markets is no bare figure of vehicles
        bare = [q for q in qs if q.label_ == "COUNT" and not (q.end < len(lower) and lower[q.end] in COUNTED_NOT_VEHICLES)]
        if self.shipment_models is None or not bare or any(q.label_ == "UNITS" for q in qs):
            return []
        said, shipper, models = self.shipment_models
        return list(models) if said == self.sent_no - 1 and shipper == (company, origin) else []

    def _models_of_it(self, sent: Sentence, cue: int, company: str | None, origin: str) -> list[str]:
        """'The plant will build the X, the first car to be exported to Europe. It is also set for export to Asia.': a
        sentence opening with 'It' or 'They' as the subject of the export, right after a sentence whose routes of the
        same shipper all carried the same models, is about those models."""
        lower = self.index.lower
        if lower[sent.start] not in ("it", "they") or cue - sent.start > 6 or self.shipment_models is None:
            return []
        # "It is also set for export", "They will be shipped": the vehicles exported; "It aims to export" is the shipper
        if not set(lower[sent.start + 1:cue]) & PASSIVE_AUXILIARIES or lower[cue - 1] == "to":
            return []
        said, shipper, models = self.shipment_models
        same_shipper = shipper[1] == origin and company in (None, shipper[0])
        return list(models) if said == self.sent_no - 1 and same_shipper else []

    def _model_as_it(self, sent: Sentence, cue: int) -> list[str]:
        """'The new X will go on sale in May. From the Chennai plant, it will be exported to Europe.': 'it' as the subject
        of a passive verb of export (after an opening phrase), right after a sentence that named one model."""
        lower = self.index.lower
        # "The Vento, built in Pune, replaced the Jetta in Mexico. It has been exported to Mexico since 2013.": the model
        # that opened the sentence before is what 'it' means, whatever other models that sentence named after it
        opened = self.subject_model if self.last_model_sent == self.sent_no - 1 else None
        if opened is None and (self.last_model_sent != self.sent_no - 1 or len(self.last_models) != 1):
            return []
        k = next((k for k in range(sent.start, cue) if lower[k] == "it"), None)
        if k is None or not (k == sent.start or lower[k - 1] == ",") or not 1 <= cue - k <= 4:
            return []
        return ([opened] if opened else list(self.last_models)) if set(lower[k + 1:cue]) & PASSIVE_AUXILIARIES else []

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

    def _share_of_vehicles_before(self, sent: Sentence, cue: int) -> bool:
        """'About 90 percent of the vehicles were sent to ...', 'Most of these cars went to ...', 'Half of that is
        exported ...': a share of the vehicles the sentence before named opens the sentence, as the subject of the
        shipping verb."""
        lower = self.index.lower
        k = next((k for k in range(sent.start, min(cue, sent.start + 6)) if lower[k] == "of"), None)
        if k is None:
            return False
        # "The X is built at Rayong, with capacity of 200,000 a year. Half of that is earmarked for export to ...": a
        # share of the output the sentence before gave, a pronoun for it
        pointer = k + 2 <= cue and lower[k + 1] in SHARE_POINTERS and lower[k + 2] not in lx.VEHICLE_WORDS
        if not pointer and (k + 3 > cue or lower[k + 1] not in ("the", "these", "those") or lower[k + 2] not in lx.VEHICLE_WORDS):
            return False
        return k > sent.start and all(lower[j] in SHARE_OPENERS or lower[j] in lx.PERCENT_WORDS or self.doc[j].like_num
                                      for j in range(sent.start, k))

    def _these_vehicles(self, sent: Sentence) -> bool:
        """'The main export markets for these models are ...', 'Most of those cars go to ...': a demonstrative before a
        plural vehicle noun (an adjective may stand between) points back at the models the sentence before named."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 1):
            if lower[k] not in ("these", "those"):
                continue
            for j in (k + 1, k + 2):
                if j < sent.end and lower[j] in THESE_VEHICLE_NOUNS:
                    return True
                if j < sent.end and not self.doc[j].is_alpha:
                    break
        return False

    def _vehicles_named_before(self, sent: Sentence, cue: int) -> bool:
        """'The MPV is also shipped to ...', 'The consignment of 2,900 vehicles is bound for ...': a sentence opening
        with the vehicles or the consignment the sentence before named, as the subject of the shipping verb."""
        lower = self.index.lower
        first = sent.start
        # "Most cars were exported to ...", "Most of the cars went to ...": a share of the vehicles named before
        if lower[first] in SHARE_PRONOUNS and cue - first <= 8 and first + 3 < sent.end:
            first += 1 + (lower[first + 1] == "of")
            if lower[first] not in ("the", "these"):
                return lower[first] in lx.VEHICLE_WORDS
        if lower[first] not in ("the", "this", "these"):
            first = self._after_opening_phrase(sent, cue)
            if first is None:
                return False
        elif cue - sent.start > 8:
            return False
        first = self._past_hyphened_compound(first + 1, sent.end) - 1  # "the Mexico-produced car", "these Thai-built pickups"
        noun = lower[first + 1] if first + 1 < sent.end else ""
        return (noun in lx.VEHICLE_WORDS or noun in lx.CONSIGNMENT_NOUNS or noun == "cargo") and not self.doc[first + 1].like_num

    def _batch_of_units(self, qs: list[Span]) -> bool:
        """'the initial shipment of 900 units', 'a first batch of 300 vehicles': a consignment noun and 'of' right before
        a figure of vehicles that names no model."""
        lower = self.index.lower
        return any(q.label_ == "UNITS" and q.start >= 2 and lower[q.start - 1] == "of" and lower[q.start - 2] in lx.CONSIGNMENT_NOUNS
                   for q in qs)

    def _sales_of_the_car(self, cues: list[int]) -> bool:
        """'The company will target France for sales of the new car', 'exports of the vehicle to Chile': a noun of
        trade among the cues, then 'of the' (or 'of this') and a singular vehicle word: the one car the sentences
        before named."""
        lower = self.index.lower
        for c in cues:
            if lower[c] not in TRADE_OF_NOUNS or lower[c + 1:c + 2] != ["of"] or lower[c + 2:c + 3] not in (["the"], ["this"]):
                continue
            k = c + 3 + (lower[c + 3:c + 4] in (["new"], ["same"]))
            if k < len(lower) and lower[k] in lx.VEHICLE_WORDS and not lower[k].endswith("s") and lower[k] not in ("unit", "version", "variant"):
                return k + 1 >= len(lower) or lower[k + 1] not in ("market", "industry", "sector", "segment")
        return False

    def _vehicles_as_object(self, cue: int) -> str | None:
        """'The X goes on sale in May. Acme will also export the car to Chile.': 'the', 'this' or 'these' and a vehicle
        word right after a verb of shipping, the vehicles the sentences before named: "one" car (a singular noun) or
        "many"."""
        lower = self.index.lower
        k = cue + 1
        if lower[cue] not in SHIPPING_VERBS or k + 1 >= len(lower) or lower[k] not in ("the", "this", "these"):
            return None
        k += 1 + (lower[k + 1] in ("new", "same"))
        if k >= len(lower) or lower[k] not in lx.VEHICLE_WORDS or lower[k] in ("unit", "units"):
            return None
        return "many" if lower[k].endswith("s") and lower[k] != "bus" else "one"

    def _past_hyphened_compound(self, k: int, end: int) -> int:
        """'Mexico-produced car', 'locally-built pickups': the word after a hyphened compound starting at k, its parts
        written together (k itself when no compound starts there)."""
        doc, j = self.doc, k
        while j + 2 < end and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
            j += 2
        return j + 1 if j > k else k

    def _story_arm_country(self, company: str, markets: set[str]) -> str | None:
        """'Nissan exports rise ... direct exports to Africa totalled 3,700 units ... Nissan SA has 44% of the export
        market': the maker's own arm in the country the story is about, named anywhere in it, ships from there (not
        from the maker's home, a guess)."""
        country = self.main_country
        if not country or country in markets or country == self.gaz.home_country(company):
            return None
        arms = {e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY" and e.ent_id_ != company}
        if any(self.gaz.home_country(a) == country and self.gaz.same_group(a, company) for a in arms):
            return country
        # "Calcutta: Ford India's exports are almost double its domestic sales": the arm written as the maker's name and
        # the country's, though the gazetteer has no entry of its own for it
        ents = self.all_ents
        return country if any(a.label_ == "COMPANY" and b.label_ == "COUNTRY" and a.end == b.start and a.ent_id_ == company
                              and (b.ent_id_ or self.gaz.country(b.text)) == country and b.text not in self.gaz.demonyms
                              for a, b in zip(ents, ents[1:], strict=False)) else None

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

    def _after_opening_phrase(self, sent: Sentence, cue: int) -> int | None:
        """'From next year, the vehicles will be shipped to ...', 'In 2010, the cars go to ...': where the subject starts
        after a short opening phrase closed by a comma (the comma's next word 'the' or 'these', the cue close after it)."""
        lower = self.index.lower
        comma = next((k for k in range(sent.start + 1, min(cue, sent.start + 12)) if lower[k] == ","), None)
        if comma is None or lower[comma + 1:comma + 2] not in (["the"], ["these"]):
            return None
        # "In addition to the home market, the models built at the factory are exported to ...": the subject's noun may
        # carry a participle of making and its place
        near = 10 if comma + 3 < cue and lower[comma + 3] in lx.MADE_PARTICIPLES else 6
        if not 2 <= cue - comma <= near:
            return None
        if any(self.ent_type[k] in ("COMPANY", "MODEL", "MODEL_AMBIG") for k in range(sent.start, comma)):
            return None  # "After the Zeta, the cars ...": an opening phrase naming other vehicles or a shipper
        return comma + 1

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

    def _route(self, company: str | None, origin: str, destination: str, sent: Sentence, confidence: float) -> ExportFact:
        """The record of one (company, origin, destination) route, made at its first mention, with that sentence."""
        key = (company, origin, destination)
        export = self.exports.get(key)
        if export is None and company:
            # "TMMT exports the C-HR to 52 countries" and, in a pull quote, the same of "Toyota": one route of a
            # subsidiary and its parent (not of two sister brands: Hyundai's and Kia's shipments to Europe are two)
            export = next((e for (c, o, d), e in self.exports.items() if o == origin and d == destination and c
                           and c != company and self._parent_and_arm(c, company)), None)
        if export is None:
            export = self.exports[key] = ExportFact(company=company, origin=origin, destination=destination,
                                                    source=self._source(sent, confidence=confidence))
        routes = self._routes_of.setdefault(self.sent_no, [])
        if export not in routes:
            routes.append(export)
        return export

    def _settle_guessed_origins(self) -> None:
        """'37 cars were shipped to Mauritius, the first market of the Kwid, which is made only in Chennai, India': a
        route whose origin was the maker's home, guessed before any plant was named, leaves from the one country the
        story goes on to build the maker's (or its group's) vehicles in."""
        for export in {id(e): e for e in self.guessed_origins}.values():
            if self._local_arm(export.company) and export.origin == self.gaz.home_country(export.company):
                continue  # "Acme SA will export 5,000 cars to Africa": the arm's own country is written, not guessed
            # "... is about to ship 180 kits for assembly at its Zimbabwean plant": a country the shipper's own routes go
            # to is where its kits are assembled, not where the route leaves from
            supplied = {e.destination for e in self.exports.values() if e.origin == export.origin and e.company == export.company}
            built = {p.country for p in self.plants if p.country and id(p) not in self.undecided and id(p) not in self.parts_plants
                     and self.gaz.same_group(p.company, export.company) and p.country not in supplied}
            key = (export.company, export.origin, export.destination)
            if len(built) != 1 or self.exports.get(key) is not export:
                continue
            country = next(iter(built))
            if country in (export.origin, export.destination):
                continue
            moved = (export.company, country, export.destination)
            known = self.exports.get(moved)
            if known is not None:  # the same route read again later, from its stated origin: one record
                add_new(known.models, export.models)
                if known.units is None and export.units is not None:
                    known.units, known.evidence["units"] = export.units, export.evidence["units"]
                known.by_when = known.by_when or export.by_when
                del self.exports[key]
                continue
            export.origin = country
            self.exports = {moved if k == key else k: e for k, e in self.exports.items()}

    def _local_arm(self, company: str | None) -> bool:
        """'Acme South Africa', 'Acme Motor India': a group's company in the gazetteer whose home is not its parent's."""
        entry = self.gaz.companies.get(company) if company else None
        return bool(entry is not None and entry.parent and self.gaz.home_country(company)
                    and self.gaz.home_country(company) != self.gaz.home_country(entry.parent))

    def _parent_and_arm(self, a: str, b: str) -> bool:
        """One of the two companies is the other's parent in the gazetteer ('Toyota Motor Manufacturing Turkey', 'Toyota')."""
        companies = self.gaz.companies
        return getattr(companies.get(a), "parent", None) == b or getattr(companies.get(b), "parent", None) == a

    def _set_units(self, export: ExportFact, units: Span | None, sent: Sentence, confidence: float) -> None:
        """A route's number of vehicles: the first one stated stays, with the sentence it was read from (one said of the
        past gives way to a later one: "In the past we exported 60,000 units a year to Africa. ... Exports to Africa
        will reach 16,000 units this year")."""
        if units is None or export.units is not None and id(export) not in self.past_units:
            return
        past = self._said_of_the_past(sent)
        if export.units is not None and past:
            return
        export.units = units._.value
        export.evidence["units"] = self._source(sent, self._qualifier(units, sent), confidence)
        if past:
            self.past_units.add(id(export))
        else:
            self.past_units.discard(id(export))

    def _said_of_the_past(self, sent: Sentence) -> bool:
        """'In the past we exported ...', 'X previously shipped ...': a sentence about how things were."""
        if not (self.words & FORMER_ADVERBS or "past" in self.words):
            return False
        lower = self.index.lower
        return bool(self.words & FORMER_ADVERBS) or any(lower[k:k + 3] == ["in", "the", "past"] for k in range(sent.start, sent.end - 2))

    def _another_shipper(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], cue: int,
                         departure: Span | None = None) -> None:
        """'Chery shipped 41,300 cars to Chile last year ... Geely sent 28,900 vehicles': in a story about one market's
        imports, another maker from the same origin shipping a figure with no market of its own ships to that market
        (the place it ships from, departure, named or not)."""
        lower = self.index.lower
        origin, destination = self.last_route
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start == sent.start), None)
        if company is None or self.gaz.home_country(company) != origin or self.words & (TOTAL_WORDS | PLANNED | EXPORT_HEDGES):
            return  # "Geely exported 400,000 cars abroad": its trade with the world
        if any(e.label_ in ("COUNTRY", "REGION", "PLACE") and e is not departure for e in ents) or lower[cue] not in lx.EXPORT_CUES | CONSIGNMENT_VERBS:
            return
        units = next((q for q in qs if q.label_ == "UNITS" and 0 < q.start - cue <= 3), None)
        if units is None:
            return
        export = self._route(company, origin, destination, sent, 0.7)
        add_new(export.models, (self._model_name(m) for m in subjects))
        self._set_units(export, units, sent, 0.7)

    def _towns_with_their_country(self, destinations: list[Span]) -> list[Span]:
        """'delivered 120 buses to Bogota, Colombia': a town and its country after it are one market, not a list of
        two (whose one figure would be a total over both); the town stands for the pair, so that a figure right
        before it is still its own ('..., and 80 to Lima, Peru')."""
        lower = self.index.lower
        return [d for n, d in enumerate(destinations)
                if not (d.label_ == "COUNTRY" and n > 0 and destinations[n - 1].label_ == "PLACE"
                        and d.start == destinations[n - 1].end + 1 and lower[d.start - 1] == ","
                        and self._country_of(d) == self._country_of(destinations[n - 1]))]

    def _names_between(self, start: int, end: int) -> bool:
        """'2,000 to the Czech Republic', '350 ZS for Jordan': only a model's name and 'to'/'for' part a count from its market."""
        lower = self.index.lower
        return start < end and all(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in ("to", "for", "the")
                                   for k in range(start, end)) and lower[end - 1] in ("to", "for", "the")

    def _share_to(self, ent: Span) -> bool:
        """'nearly 80% of them to the United States': a share of a total, not a shipment of its own."""
        lower = self.index.lower
        k = ent.start - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        return (k >= 3 and lower[k] == "to" and lower[k - 1] in ("them", "it", "which", "those", "that") and lower[k - 2] == "of"
                and (lower[k - 3] in ("%", "percent", "per") or lower[k - 3].endswith("%") or lower[k - 3] == "cent"))
