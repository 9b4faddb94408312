"""Plants, sentence by sentence: which plants a sentence names or points back to ("the plant", "its
Kenitra factory"), which are new, closed, idle, only studied or only sources of kits or imports, and which one the
sentence's figures, models and dates then go to; money put into a country before any plant there; a country's
industry told apart from one company's plant ("Thailand, the global hub of pickup manufacturing"). Creates each
PlantFact (`_plant`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

import pycountry
from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence, doc_text
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_site_lists import RUNNING_PLANT_ADJECTIVES
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    CLOSED_WORDS,
    ENDED_WORDS,
    HEDGE_DURATIONS,
    HEDGE_ENDER_FILLERS,
    HEDGE_ENDERS,
    IMPORT_CUES,
    KIT_WORDS,
    MODEL_HEDGES,
    PLANT_HEDGES,
    PLANT_PLURALS,
    RANKS,
    SOURCE_VERBS,
)

# "Georgia", "Bavaria", "Guanajuato": states and provinces, which a later "Town, State" narrows to the town
SUBDIVISION_NAMES = frozenset(s.name for s in pycountry.subdivisions)
# a plant that builds no more: "has been idle since 2020", "stood idle", "until X ended production in Y in 2025"
IDLE_WORDS = frozenset(["idle", "mothballed"])
# "250 new jobs will be created at Hams Hall", "$50 million is going into the plant": words between a figure and where it goes
STATED_AT_VERBS = frozenset(["will", "would", "be", "is", "are", "created", "added", "based", "going", "spent", "invested"])
BE_IDLE = frozenset(["been", "is", "was", "are", "were", "stands", "stood", "sits", "sat", "lies", "lay", "remains", "remained"])
OUT_OF_PRODUCTION = IDLE_WORDS | ENDED_WORDS
ENDED_OR_PHASED = ENDED_WORDS | {"phased"}  # "phased out its manufacturing in X"
PRODUCTION_NOUNS_ENDED = frozenset(["production", "manufacturing", "assembly", "output", "operations"])
FUTURE_WORDS = frozenset(["will", "to", "would", "could", "may", "might", "plans", "planned"])
# "X, the manufacturer of Toyota vehicles in Pakistan", "X is the sole authorised assembler of Kia cars in Kenya"
ASSEMBLER_NOUNS = frozenset(["manufacturer", "assembler", "producer", "maker"])
ASSEMBLER_LEADS = frozenset(["the", "a", "an", "sole", "only", "official", "authorised", "authorized", "local", "exclusive", "and",
                             "marketer", "distributor", ",", "is", "was", "has", "been", "remains", "(", ")"])
VEHICLE_KIND_WORDS = frozenset(["the", "and", "passenger", "commercial", "light", "heavy", "electric", "new", "locally"])
# "The Talegaon plant, which GM closed in 2020, was bought by Hyundai": a closed plant with a new life
REOPEN_WORDS = frozenset(["bought", "buys", "acquired", "acquires", "sold", "reopen", "reopens", "reopened", "restart",
                          "restarted", "revive", "revived", "took", "taken"])
TAKEOVER_WORDS = frozenset(["take", "takeover", "acquire", "acquiring", "acquisition", "buy", "buying", "purchase", "purchasing"])
KIT_SUPPLY_VERBS = frozenset(["supplied", "shipped", "sent", "sourced", "made", "built", "produced", "imported", "delivered"])
# "the Acme Motors Kazakhstan car plant", "Acme Motors Pakistan will commence production": a plant of a company named
# after its country (the words that may say so)
PLANT_SUBSIDIARY_CUES = frozenset(["plant", "factory", "facility", "plants", "factories", "production", "assembly", "output",
                                   "manufacturing"])
SUBSIDIARY_AUXILIARIES = frozenset(["is", "are", "was", "will", "has", "have", "had", "to", "expected", "set", "due", "about",
                                    "ready", "now", "already", "also", "be", "poised", "going", "finally"])
# "to expand its factory", "to increase its plant capacity": a company's own plant grown (see _own_plant_grown_...)
OWN_PLANT_NOUNS = frozenset(["plant", "factory"])
PLANT_GROWTH_VERBS = frozenset(["expand", "expands", "expanding", "expanded", "increase", "increases", "increasing", "enlarge",
                          "extend", "upgrade", "upgrading", "modernise", "modernize"])
# "Zorvex exported 4,907 Thai-built vehicles": what a maker ships or makes, written with where it is built (a verb: not
# the possessive "Zorvex's Thai-built vehicles", often a partner's or a contract assembler's plant)
MADE_VEHICLE_NOUNS = frozenset(["vehicles", "cars", "trucks", "units", "pickups", "suvs", "vans", "buses", "models"])
SHIPPED_OR_MADE = frozenset(["exported", "exports", "shipped", "ships", "sold", "sells", "produced", "produces", "built",
                             "builds", "made", "makes", "assembled", "assembles", "delivered", "delivers", "manufactured",
                             "manufactures"])
MAKER_KINDS = frozenset(["automaker", "brand", "assembler", "group"])
# "plants of brands such as A, B and C", "automakers with plants here include A and B" (not "including", as often
# the clients or the past of one company's plants)
LISTING_CUES = frozenset(["such", "include", "includes"])
LEFT_WORDS = frozenset(["vacated", "left", "abandoned", "exited", "sold", "former", "shuttered", "idle"])
# "Production by maker: Zorvex was up 6% to 81,028 units, Acme ...": a country's output, each maker's count
OUTPUT_BY_MAKER_NOUNS = frozenset(["production", "productions", "output"])
NOT_LOCAL_OUTPUT = frozenset(["global", "worldwide", "overseas", "sales", "sold", "sell", "sells", "exports", "exported",
                              "export", "shipped", "shipments", "registrations", "imports", "imported", "deliveries",
                              "delivered"])
# "makes it possible to": 'possible' of enabling, no hedge
ENABLING_VERBS = frozenset(["make", "makes", "made", "making", "render", "renders", "rendered"])
# "its growth potential", "the huge potential of the market": a market's promise, no doubt about a plant
PROMISE_WORDS = frozenset(["growth", "market", "export", "sales", "huge", "enormous", "great", "big", "tremendous",
                           "significant", "considerable", "untapped", "unexplored", "vast", "immense"])
PROMISING_THINGS = frozenset(["market", "markets", "industry", "sector", "economy", "country", "region", "growth"])
# plant nouns that tell one site from another ("the complex", "the works"); "plant" is said of every site
NEGATIONS_OF_PLANT = frozenset(["not", "no", "never", "n't", "without"])  # "X has no plant there"
# "its largest after the ones in A and B", "bigger than those in C": other plants a plant is compared with
COMPARED_AFTER = frozenset(["after", "behind", "than"])
DISTINCT_PLANT_NOUNS = frozenset(["complex", "works", "hub", "campus", "facility", "factory", "gigafactory"])


class PlantRecordsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _hub_of_other_makers(self, plant: PlantFact, ents: list[Span], subjects: list[Span]) -> bool:
        """'Thailand, the global hub of pickup manufacturing, exports vehicles such as the Toyota HiLux and the Ford
        Everest': a country whose models are of two or more other groups, none of the plant's (whose company the
        sentence does not name), is a country's industry, not one company's plant."""
        if plant.site or not plant.company or any(e.label_ == "COMPANY" and e.ent_id_ == plant.company for e in ents):
            return False
        makers = {self._model_maker(m) for m in subjects if self._model_name(m) in plant.models}
        if None in makers or len({self.gaz.group_of(m) for m in makers}) < 2:
            return False
        return not any(self.gaz.same_group(m, plant.company) for m in makers)

    def _plants(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        if subjects and self.words & lx.MADE_PARTICIPLES and "-" in self.words:
            self._plants_of_origin_compounds(sent, ents, subjects)
        if self.words & lx.MADE_PARTICIPLES and "-" in self.words and self.words & SHIPPED_OR_MADE:
            self._makers_of_origin_vehicles(sent, ents)
        if (self.words & PLANT_PLURALS and self.words & LISTING_CUES and not self.words & (ENDED_WORDS | CLOSED_WORDS | LEFT_WORDS)
                and not self.words & (PLANT_HEDGES | MODEL_HEDGES)):
            self._makers_of_plants_listed(sent, ents)
        if self.words & OUTPUT_BY_MAKER_NOUNS and len(qs) >= 2:
            self._makers_of_production_figures(sent, ents, qs)
        if self.words & OUTPUT_BY_MAKER_NOUNS and ":" in self.words:
            self.output_rows = self._output_list_heading(sent, ents)
        elif self.output_rows is not None:
            self._maker_output_row(sent, ents)
        if subjects and self.words & {"former", "latter"} and self._former_and_latter(sent, subjects):
            subjects = []  # "The latter facility will begin making the X when the Mexican plant opens": the models read
        unsited = {id(p) for p in self.plants if not p.site and id(p) in self.undecided}
        # plants an earlier sentence stated plainly: "Nissan's Rosslyn plant ... Nissan is studying the potential for
        # assembling Renault cars at the Rosslyn plant": what is studied there is hedged, the plant is not
        stated = {id(p) for p in self.plants if id(p) not in self.undecided}
        created = self._plants_at_locations(sent, ents, subjects, qs)
        if created and subjects:
            self.undecided.update(id(p) for p in created if self._hub_of_other_makers(p, ents, subjects))
        if unsited and not self.words & (PLANT_HEDGES | MODEL_HEDGES | CLOSED_WORDS | OUT_OF_PRODUCTION):
            # "SAIC reportedly said it would build pickups in Thailand. The vehicles will be built by its joint venture at
            # Rayong": a plant said with a hedge, then stated plainly with its site, is decided
            # "Toyota reportedly is to expand in Thailand. Reuters said Toyota will build a 15 billion baht plant there, its
            # third in Thailand": a plant stated plainly, with a verb of making and the money or the capacity, is decided too
            plain = bool(self.words & lx.PLANT_NOUNS and self.words & ACTIVE_BUILD_VERBS and qs)
            self.undecided.difference_update(id(p) for p in created if id(p) in unsited and (p.site or plain))
        if self.words & OWN_PLANT_NOUNS and "its" in self.words and self.words & PLANT_GROWTH_VERBS:
            created = self._own_plant_grown_in_the_storys_country(sent, ents, created) + created
        if ":" in self.words and self.words & PLANT_PLURALS:
            self._plants_listed_below(sent, ents)
        by_operator = not created
        created = (created or self._plants_named_by_operator(sent, ents) or self._plants_of_so_does(sent, ents)
                   or self._another_makers_plant_there(sent, ents) or self._plant_of_national_subsidiary(sent, ents)
                   or self._another_makers_plant_named(sent, ents) or self._assembler_in_country(sent, ents)
                   or self._made_by_a_local_arm(sent, ents, subjects))
        if created:
            self.plants_by_sent[self.sent_no] = created
            if self.words & PLANT_HEDGES and not self.words & {"existing", "current"} and not self._hedged_only_before(sent):
                # "it is studying a possible EV plant in Canada", "has shortlisted three sites for a plant"
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and id(p) not in stated and not (self.words & TAKEOVER_WORDS and self._owned_plant(sent, p)))
            if self.words & CLOSED_WORDS and not self.words & REOPEN_WORDS:
                # "Honda, which closed its Sayama plant in 2022, ...": a plant that no longer builds is no plant
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and self._closed_before(sent, p))
            if self.words & OUT_OF_PRODUCTION and not self.words & REOPEN_WORDS:
                # "The X plant at Y, which assembled the Z, has been idle since 2020": past models, no plant now
                self.undecided.update(id(p) for p in created if not self._decided_before(p) and self._out_of_production(sent, p))
            if self.words & ENDED_OR_PHASED and not self.words & REOPEN_WORDS:
                # "since Toyota phased out its pickup truck manufacturing in Japan": no plant in that country now
                ended = [p for p in created if not p.site and not self._decided_before(p) and self._production_ended_in_country(sent, p)]
                self.undecided.update(id(p) for p in ended)
                if ended and self.current_plant is not None and self.current_plant not in created and (
                        self._opens_with_the_plant(sent) or self.index.lower[sent.start:sent.start + 2] == ["the", "complex"]):
                    for p in ended:  # "The complex, on the site X left when it ended production in Y, builds the A": the plant described
                        add_new(self.current_plant.models, p.models)
                        p.models = []
            if len(created) == 1 and self._kit_source(created[0]):
                self.kit_sources.add(id(created[0]))
                self.resume_plant = (self.current_plant,)  # the plant described before, once this sentence is read
                self._models_before_kits(sent, ents, subjects, created[0])
            described, clause = self._described_plant(sent, created)
            if described is not None:
                # "The plant will assemble the Onix from kits supplied by UzAuto, which builds it at its Asaka plant":
                # the plant the sentence opens with makes the models named before the clause, and stays the one described
                add_new(described.models, (self._model_name(m) for m in subjects if m.end <= clause))
            elif not (len(created) == 1 and (self._import_source(created[0]) or self._made_by_aside(created[0]))):
                # not a plant named as where imports come from, nor one of a ', which is made by X in Y' aside; "The
                # Pamplona factory ... packs from cells made at PowerCo's Sagunto gigafactory": a parts plant named after
                # a vehicle plant is an aside, the vehicle plant stays
                vehicle = [p for p in created if id(p) not in self.parts_plants]
                self.current_plant = created[-1] if id(created[-1]) not in self.parts_plants or not vehicle else vehicle[-1]
                if len(created) > 1 and self._kit_source(self.current_plant):
                    # "The KAEC plant will re-assemble kits that are made at the company's Casa Grande plant": the plant
                    # that makes the kits is an aside, the one that assembles them stays described
                    users = [p for p in created if not self._kit_source(p)]
                    if users:
                        self.kit_makers.add(id(self.current_plant))
                        self.current_plant = users[-1]
            elif self.current_plant is None and self._import_source(created[0]) and id(created[0]) not in self.parts_plants:
                # "The X will come from MMKI's plant in Cikarang. The factory also builds the Y": with no plant described
                # before, 'the factory' of the models the text goes on to name is the plant the cars come from
                self.source_plant = created[0]
            self._start_of_created(sent, created, qs)
            # "spent $210 million retooling Toluca for the Compass, which is also built at its Melfi plant": a plant
            # described before, named again here, takes the figures nearer to its name
            named_again = [(p, e.start) for p in self.plants if p not in created and p.site
                           for e in ents if e.label_ == "PLACE" and e.text == p.site] if len(created) == 1 else []
            if named_again:
                places = [(created[0], self._slot_start.get(id(created[0]), sent.end)), *named_again]
                for q in self._targets_first(qs):
                    # not a plant named inside a dashed aside the figure is outside of
                    here = [(p, at) for p, at in places if not self._aside_apart(at, q, sent)]
                    if here:
                        # "... R15.8bn into Silverton, followed by another R600m into the engine plant in Gqeberha": a
                        # sum put into the plant named right after it, though the other is nearer
                        into = self._plant_paid_into(here, q, sent)
                        self._set_figure(into or min(here, key=lambda pair: abs(pair[1] - q.start))[0], q, sent)
            elif len(created) == 1:
                for q in self._targets_first(qs):
                    if self._aside_apart(self._slot_start.get(id(created[0]), -1), q, sent):
                        continue  # "Zorvex -- which also builds in Peru -- will invest $300m in the factory in X"
                    self._set_figure(created[0], q, sent)
                if by_operator:  # "The plant, operated by X, ... builds the Tiggo 4 Pro"
                    self._models_for_known_plant(sent, ents, subjects)
            else:  # "Kia in Zilina ..., while Volvo's plant near Kosice will open with 250,000 cars a year"
                clause_of = self._item_breaks(sent)
                for q in self._targets_first(qs):
                    # the nearest plant of the figure's own clause ("... with capacity for 150,000, while the X plant ...")
                    own = [p for p in created if clause_of(self._slot_start.get(id(p), sent.end)) == clause_of(q.start)]
                    # not a plant named inside a dashed aside the figure is outside of
                    candidates = [p for p in own or created if not self._aside_apart(self._slot_start.get(id(p), -1), q, sent)]
                    if candidates:
                        into = self._plant_paid_into([(p, self._slot_start.get(id(p), sent.end)) for p in candidates], q, sent)
                        nearest = into or min(candidates, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - q.start))
                        self._set_figure(nearest, q, sent)
            return
        self._operator_of_known_plant(sent, ents)
        self._site_of_described_plant(sent, ents)
        self._figures_for_known_plant(sent, ents, qs)
        self._models_for_known_plant(sent, ents, subjects)
        self._start_for_known_plant(qs)
        self._plant_named_again(sent, ents)
        self._invested_in_country(sent, ents, qs)

    def _plants_of_origin_compounds(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'the India-built Volkswagen Virtus', 'its first Chinese-made Model 3 sedans', 'the Nitra-produced Defender': a
        model written with the country or town it is made in has its maker's plant there, when the maker is the company
        the story is about (an aside: the plant the text describes stays the one described)."""
        lower = self.index.lower
        for ent in ents:
            if ent.label_ not in ("COUNTRY", "PLACE"):
                continue
            if self._made_in_compound(sent, ent):
                after = ent.end  # "the first Made-in-India Fronx": the model right after the compound
            elif (lower[ent.end:ent.end + 1] != ["-"] or ent.end + 1 >= sent.end or lower[ent.end + 1] not in lx.MADE_PARTICIPLES
                  or lower[ent.start - 1] in ("non", "-")):
                continue
            else:
                after = ent.end + 2
            model = next((m for m in subjects if after <= m.start <= after + 2), None)
            if model is None or not all(self.doc[j].is_lower for j in range(after, model.start)):
                continue  # (only lowercase words between: "Thai-made new Triton")
            maker = self._model_maker(model)
            country = self._country_of(ent)
            if not maker or not country or not (self.main_company and self.gaz.same_group(self.main_company, maker)):
                continue  # (a trader's 'Japanese-built Land Cruisers': the plant of a maker the story is not about)
            site = ent.text if ent.label_ == "PLACE" and self.gaz.places.get(ent.text) is not None and (
                self.gaz.places[ent.text].kind != "state") else None
            # "Kostanay-assembled Granta": the plant at that town, whoever runs it (a contract assembler); in a country, the
            # maker's own plant there, and none made up where other companies' plants stand
            if site is not None:
                known = next((p for p in self.plants if p.country == country and p.site == site), None)
            else:
                there = [p for p in self.plants if p.country == country]
                known = next((p for p in there if p.company and self.gaz.same_group(p.company, maker)), None)
                if known is None and there:
                    continue
            # (the story's company, of the maker's group: "Maruti Suzuki ... Made-in-India Fronx" is Maruti's plant, not Suzuki's)
            plant = known or self._plant(self.main_company if site is None else maker, site, country, sent, 0.8)
            add_new(plant.models, [self._model_name(model)])

    def _makers_of_origin_vehicles(self, sent: Sentence, ents: list[Span]) -> None:
        """'Zorvex exported 4,907 Thai-built vehicles in May, followed by Acme with 3,663 and Bolt with 852': a carmaker
        that ships or makes vehicles written with the country they are built in has a plant there, and so have the
        makers ranked after it; not a dealer or importer ('Xyz Imports sold 500 Japanese-made cars'), nor a maker whose
        group the article already gives a plant there."""
        lower = self.index.lower
        for ent in ents:
            if (ent.label_ != "COUNTRY" or lower[ent.end:ent.end + 1] != ["-"] or ent.end + 2 >= sent.end
                    or lower[ent.end + 1] not in lx.MADE_PARTICIPLES):
                continue
            k = ent.end + 2
            if k + 1 < sent.end and self.doc[k].is_lower and lower[k] not in MADE_VEHICLE_NOUNS:
                k += 1  # "Thai-built pickup trucks"... one describing word
            country = self._country_of(ent)
            before = [e for e in ents if e.label_ == "COMPANY" and e.end <= ent.start]
            if lower[k] not in MADE_VEHICLE_NOUNS or not country or not before:
                continue
            between = lower[before[-1].end:ent.start]
            # "Zorvex exported 4,907 Thai-built", "Zorvex has shipped more than 4,000 Thai-made": a verb of shipping or
            # making in a short stretch of one clause (not "Acme, which sells Thai-built ...": another's cars)
            if len(between) > 6 or not set(between) & SHIPPED_OR_MADE or set(between) & {",", "which", "that", "and", "who"}:
                continue
            makers = [before[-1]]
            if "followed" in lower[k:sent.end]:
                makers += [e for e in ents if e.label_ == "COMPANY" and e.start > k and lower[e.end:e.end + 1] == ["with"]
                           and "followed" in lower[k:e.start]]
            for maker in makers:
                self._maker_plant_in(maker, country, sent, 0.7)

    def _makers_of_production_figures(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """'Production by maker is as follows: Zorvex was up 6.2% to 81,028 units, Acme was down 4% to 63,407 units': in
        a story about one country's output, each carmaker given its own count of units made has a plant there (not
        figures of worldwide output, nor of sales or exports)."""
        if self.words & NOT_LOCAL_OUTPUT:
            return
        units = [q for q in qs if q.label_ == "UNITS"]
        makers = [e for e in ents if e.label_ == "COMPANY"]
        if len(units) < 2 or len(makers) < 2:
            return
        named = [e for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)]
        country = named[0].ent_id_ if len({e.ent_id_ for e in named}) == 1 else self.main_country if not named else None
        if not country:
            return
        for n, maker in enumerate(makers):
            end = makers[n + 1].start if n + 1 < len(makers) else sent.end
            if not any(maker.end <= q.start < min(end, maker.end + 8) for q in units):
                continue
            self._maker_plant_in(maker, country, sent, 0.6)

    def _output_list_heading(self, sent: Sentence, ents: list[Span]) -> tuple[int, str] | None:
        """'Production by manufacturer in May:' closing its line, over one maker's count a line: (this sentence's number,
        the country whose output it is: the one it names, else the story's); not a list of sales or exports, nor of
        one company's plants ('Acme's output by plant:')."""
        lower = self.index.lower
        end = sent.end
        while end > sent.start and not lower[end - 1].strip():
            end -= 1
        if end == sent.start or lower[end - 1] != ":" or self.words & NOT_LOCAL_OUTPUT or any(e.label_ == "COMPANY" for e in ents):
            return None
        named = {e.ent_id_ for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        country = named.pop() if len(named) == 1 else self.main_country if not named else None
        return (self.sent_no, country) if country else None

    def _maker_output_row(self, sent: Sentence, ents: list[Span]) -> None:
        """'Toyota: 52,300 units' on the line after 'Production by manufacturer in May:' (or after another such row): a
        carmaker given its count of units made in the country the list is about has a plant there."""
        last, country = self.output_rows
        self.output_rows = None
        if self.sent_no != last + 1 or sent.end - sent.start > 16:
            return
        lower = self.index.lower
        words = [w for w in lower[sent.start:sent.end] if w.strip() and w not in (".", ")")]
        if len(words) == 1 and words[0].rstrip(".)").isdigit() and len(words[0].rstrip(".)")) <= 2:
            self.output_rows = (self.sent_no, country)  # "1." read apart from its row "Toyota 52,300": the rank only
            return
        k = sent.start
        while k < sent.end and lower[k] in ("-", "•", "*", "–", "·", "") or k < sent.end and not lower[k].strip():
            k += 1
        if k + 1 < sent.end and lower[k].rstrip(".)").isdigit() and len(lower[k].rstrip(".)")) <= 2:
            k += 1 + (lower[k + 1] in (".", ")"))  # "1. Toyota 52,300": past its rank
        maker = next((e for e in ents if e.label_ == "COMPANY" and e.start == k), None)
        if maker is None or not any(self.doc[j].like_num and sum(c.isdigit() for c in self.doc[j].text) >= 3
                                    and lower[j + 1:j + 2] not in (["%"], ["percent"], ["per"]) for j in range(maker.end, sent.end)):
            return
        self.output_rows = (self.sent_no, country)
        self._maker_plant_in(maker, country, sent, 0.6)

    def _maker_plant_in(self, maker: Span, country: str, sent: Sentence, confidence: float) -> None:
        """A plant of `maker` (a carmaker) in `country`, where none of its group's is known there yet (nor one under a
        name holding the maker's: 'Master Zorvex Motors' of Zorvex)."""
        info = self.gaz.companies.get(maker.ent_id_)
        if info is None or info.kind not in MAKER_KINDS or any(
                p.country == country and p.company and (self.gaz.same_group(p.company, maker.ent_id_) or maker.ent_id_ in p.company)
                for p in self.plants):
            return
        self._plant(maker.ent_id_, None, country, sent, confidence)

    def _makers_of_plants_listed(self, sent: Sentence, ents: list[Span]) -> None:
        """'the established assembly plants of global brands such as VW, Suzuki and Nissan', 'Other automakers with
        assembly plants here include Toyota and Peugeot': makers listed as examples of plants running in the country the
        story is about each have one there (not plants closed, vacated or left)."""
        lower = self.index.lower
        cue = next((k for k in range(sent.start + 1, sent.end - 1) if lower[k] in ("include", "includes")
                    or lower[k] == "such" and lower[k + 1] == "as"), None)
        if cue is None or not any(lower[k] in PLANT_PLURALS for k in range(sent.start, cue)):
            return
        if any(e.label_ == "COUNTRY" and e.text in self.gaz.demonyms for e in ents):
            return  # "plants of Japanese makers such as A and B": where the makers are from, not where the plants are
        first = cue + 1 + (lower[cue] == "such")
        listed = []
        for e in ents:
            if e.label_ != "COMPANY" or e.start < first:
                continue
            if e.start > first and not set(lower[(listed[-1].end if listed else first):e.start]) <= {",", "and", "&"}:
                break
            listed.append(e)
        if len(listed) < 2:
            return
        named = {e.ent_id_ for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        country = named.pop() if len(named) == 1 else self.main_country if not named else None
        if not country:
            return
        for maker in listed:
            self._maker_plant_in(maker, country, sent, 0.6)

    def _made_in_compound(self, sent: Sentence, ent: Span) -> bool:
        """'Made-in-India Balenos', 'manufactured-in-Mexico pickups': a country joined by hyphens to a verb of making
        and 'in' before it, the vehicles' origin."""
        lower = self.index.lower
        return (ent.label_ == "COUNTRY" and ent.start - 4 >= sent.start and lower[ent.start - 4] in lx.MADE_PARTICIPLES
                and lower[ent.start - 3:ent.start] == ["-", "in", "-"])

    def _hedges_ended(self, sent: Sentence) -> set[str]:
        """'Acme ended months of speculation by announcing that the X will be built in Y', 'the deal was signed following
        lengthy negotiations': hedge words that are the object of a word ending them, a few fillers between, and are
        not written unended elsewhere in the sentence; the sentence is no hedge for them."""
        lower = self.index.lower
        ended: set[str] = set()
        unended: set[str] = set()
        for k in range(sent.start, sent.end):
            if lower[k] not in PLANT_HEDGES and lower[k] not in MODEL_HEDGES:
                continue
            j = k - 1
            while j > sent.start and k - j <= 4 and lower[j] in HEDGE_ENDER_FILLERS:
                j -= 1
            # ("after" and "following" only with a stretch of time or length between: "following speculation that X may
            # build a plant" is still a hedge, "following months of negotiations" is over)
            timed = bool(set(lower[j + 1:k]) & HEDGE_DURATIONS)
            over = j >= sent.start and lower[j] in HEDGE_ENDERS and (timed or lower[j] not in ("after", "following"))
            (ended if over else unended).add(lower[k])
        return ended - unended

    def _hedges_of_no_doubt(self, sent: Sentence) -> set[str]:
        """Hedge words in phrases that doubt nothing, when the sentence writes them only so: 'possible' of enabling or
        of speed ('should make it possible to develop an industry', 'as soon as possible', 'where possible'), and
        'potential' of a market's promise ('the unexplored potential of this market', 'its growth potential')."""
        lower = self.index.lower
        found = set()
        at = [k for k in range(sent.start + 2, sent.end) if lower[k] == "possible"]
        if at and all(lower[k - 1] == "it" and lower[k - 2] in ENABLING_VERBS or lower[k - 1] in ("where", "if", "wherever")
                      or lower[k - 1] == "as" and "as" in lower[max(sent.start, k - 4):k - 2] for k in at):
            found.add("possible")
        at = [k for k in range(sent.start + 1, sent.end) if lower[k] == "potential"]
        if at and all(lower[k - 1] in PROMISE_WORDS or lower[k + 1:k + 2] in (["of"], ["for"]) and any(
                lower[j] in PROMISING_THINGS for j in range(k + 2, min(sent.end, k + 7))) for k in at):
            found.add("potential")
        return found

    def _hedged_only_before(self, sent: Sentence) -> bool:
        """'After two years of considering the idea, the X Group has opened a plant in Y': the hedge is in a clause of
        time opening the sentence, about what came before; the main clause states the plant."""
        lower = self.index.lower
        if lower[sent.start] not in ("after", "following"):
            return False
        comma = next((k for k in range(sent.start + 1, sent.end) if lower[k] == ","), None)
        return comma is not None and not set(lower[comma:sent.end]) & PLANT_HEDGES

    def _invested_in_country(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """'Nissan said it would invest a total of $100 million to expand its operations in Egypt': a company's
        investment in a country where no plant is known yet; it goes to the company's one plant there, if the article
        goes on to name exactly one (_settle_country_investments)."""
        if not self.words & lx.INVESTMENT_CUES:
            return
        money = next((q for q in qs if q.label_ == "MONEY"), None)
        if money is None:
            return
        lower = self.index.lower
        country = next((e for e in ents if e.label_ == "COUNTRY" and e.start > money.end and lower[e.start - 1] == "in"
                        and e.text not in self.gaz.demonyms and not self._in_compound(e)), None)
        if country is None or any(p.country == country.ent_id_ for p in self.plants):
            return
        company, _ = self._subject_company(sent, ents, before=money.start)
        if company:
            self.country_investments.append((sent, money, country.ent_id_, company))

    def _settle_country_investments(self) -> None:
        for sent, money, country, company in self.country_investments:
            there = [p for p in self.plants if p.country == country and p.company and self.gaz.same_group(p.company, company)]
            if len(there) == 1 and there[0].investment is None and len([p for p in self.plants if p.country == country]) == 1:
                self._set_figure(there[0], money, sent, confidence=0.6)

    def _plant_named_again(self, sent: Sentence, ents: list[Span]) -> None:
        """'Pamplona builds the Taigo. Nissan will invest in its Avila plant. Workers in Pamplona were told that the plant
        will keep three shifts': 'the plant' of the sentences after is the plant the text named last, not the one it
        introduced last (a site two plants share goes to the one whose company the sentence names)."""
        text = self.index.sent_text(sent.start)
        companies = {e.ent_id_ for e in ents if e.label_ == "COMPANY"}
        last, named = -1, []
        for p in self.plants:
            if not p.site or id(p) in self.undecided or p.site not in text:
                continue  # (a substring test first: most sentences name no plant's site, and a regex costs more)
            at = max((m.start() for m in re.finditer(rf"\b{re.escape(p.site)}\b", text)), default=-1)
            if at > last:
                last, named = at, [p]
            elif at == last and at >= 0:
                named.append(p)
        if named:
            self.current_plant = next((p for p in named if p.company in companies),
                                      self.current_plant if self.current_plant in named else named[0])

    def _opens_with_the_plant(self, sent: Sentence) -> bool:
        """'The plant, which ..., builds', 'From January the factory will': 'the' and a plant's noun as the sentence's
        subject, after at most a short time phrase with no name in it."""
        lower = self.index.lower
        for k in range(sent.start, min(sent.end - 1, sent.start + 4)):
            if lower[k] == "the" and lower[k + 1] in ("plant", "factory", "facility"):
                return True
            if self.ent_type[k] or lower[k] == "the":
                return False
        return False

    def _described_plant(self, sent: Sentence, created: list[PlantFact]) -> tuple[PlantFact | None, int]:
        """The current plant, when the sentence opens with 'The plant' and names the new plants only in a clause
        after ', which' or ', where'."""
        lower = self.index.lower
        # "The plant ...", "The factory ...", "The second line will also assemble the X, which ... builds at its plant in Y"
        noun = sent.start + 1 + (sent.start + 2 < sent.end and (lower[sent.start + 1] in RANKS or lower[sent.start + 1] == "new"))
        if self.current_plant is None or lower[sent.start] != "the" or lower[noun:noun + 1] not in (["plant"], ["factory"]) and not (
                noun > sent.start + 1 and lower[noun:noun + 1] == ["line"]):
            return None, 0
        first = min(self._slot_start.get(id(p), sent.start) for p in created)
        clause = next((k for k in range(sent.start + 2, first) if lower[k] in ("which", "where") and lower[k - 1] == ","), None)
        if clause is None and lower[noun + 1:noun + 2] == [","] and any(lower[k] in COMPARED_AFTER for k in range(noun + 2, first)):
            clause = noun + 1  # "The plant, Zorvex's third-largest after the ones in A and B, has ...": plants it is compared with
        return (self.current_plant, clause) if clause is not None and self.current_plant not in created else (None, 0)

    def _owned_plant(self, sent: Sentence, plant: PlantFact) -> bool:
        """'denied it was negotiating to take over Nissan's CIVAC plant in Morelos': a plant its owner's possessive names
        is there whatever becomes of the talks about buying it."""
        start = self._slot_start.get(id(plant))
        if start is None or not plant.company:
            return False
        lower = self.index.lower
        return any(lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY" and set(lower[k + 1:start]) & lx.PLANT_NOUNS
                   for k in range(max(sent.start + 1, start - 6), start))

    def _closed_before(self, sent: Sentence, plant: PlantFact) -> bool:
        """'closed its Sayama plant in 2022', 'the plant, which was shut in 2020': a closure in the past, a few words from
        the plant's name ('will close', 'plans to shut' leave a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        for k in range(max(sent.start, start - 6), min(sent.end, start + 8)):
            if lower[k] not in CLOSED_WORDS or set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS:
                continue
            if set(lower[k + 1:k + 4]) & {"for", "temporarily", "briefly"}:
                continue  # "was shut for two weeks in May": a stoppage, the plant builds again
            between = set(lower[min(k, start) + 1:max(k, start)])
            if not between & ({";", "while", "but", "and", "deal", "agreement", "contract"} | BUILD_VERBS):
                return True
        return False

    def _out_of_production(self, sent: Sentence, plant: PlantFact) -> bool:
        """'the plant at Y, which built the Z, has been idle since 2020', 'until Nissan ended production in Y in 2025':
        the plant's own clause says it builds no more ('was idle for two weeks' is a stoppage; 'will stop production
        in Y' leaves a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        # "ended production in Y", "stopped car production at Y": the end of production right before the place
        at_place = any(e.start == start and e.label_ == "PLACE" for e in self.ents.get(sent.start, []))
        builds_now = {"builds", "assembles", "makes", "produces"} & set(lower[start:sent.end])
        for k in range(max(sent.start, start - 5), start - 1 if at_place and not builds_now else max(sent.start, start - 5)):
            if (lower[k] in ENDED_WORDS and "production" in lower[k + 1:start - 1] and lower[start - 1] in ("in", "at")
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        # "Y, which built the Z, has been idle since 2020": the plant's verb after a clause about its past
        other_places = {e.start for e in self.ents.get(sent.start, []) if e.label_ == "PLACE" and e.start > start + 1}
        for k in range(start + 1, min(sent.end, start + 16)):
            if lower[k] in (";", "while", "but", "whereas") or k in other_places:
                return False  # "X builds the Z, while its plant in W has been idle": the other plant's clause
            if lower[k] in IDLE_WORDS and lower[k - 1] in BE_IDLE and not set(lower[k + 1:k + 3]) & {"for", "during", "temporarily"}:
                return not set(lower[max(sent.start, k - 3):k]) & FUTURE_WORDS
        return False

    def _production_ended_in_country(self, sent: Sentence, plant: PlantFact) -> bool:
        """'phased out its pickup truck manufacturing in Japan', 'ceased car production in Australia': making ended in the
        country written right after (the past tense, not 'will stop production in X')."""
        start = self._slot_start.get(id(plant))
        if start is None or start - 2 < sent.start:
            return False
        lower = self.index.lower
        if lower[start - 1] not in ("in", "at") or not any(e.start == start and e.label_ == "COUNTRY" for e in self.ents.get(sent.start, [])):
            return False
        for k in range(max(sent.start, start - 9), start - 2):
            ended = lower[k] in ENDED_WORDS or lower[k] == "phased" and lower[k + 1] == "out"
            if (ended and set(lower[k + 1:start - 1]) & PRODUCTION_NOUNS_ENDED
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        return False

    def _decided_before(self, plant: PlantFact) -> bool:
        """A plant the article gave figures before this sentence is a real one, whatever is studied there now."""
        return any(v is not None for v in (plant.capacity_per_year, plant.jobs, plant.shifts, plant.investment))

    def _import_source(self, plant: PlantFact) -> bool:
        """'the Forester, which is imported from Subaru's Yajima plant in Ota': a plant the article's cars come from,
        not the plant it is about."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(start)
        window = lower[max(sent_start, start - 8):start]
        if any(lower[k] in BUILD_VERBS for k in range(start, sent_end)):
            return False  # "... come from Mahindra's plant in Nashik, which builds the Scorpio-N": described in its own right
        # "imported from", "kits shipped from the maker's factories in Jinan"
        return "from" in window and bool((IMPORT_CUES | SOURCE_VERBS) & set(window))

    def _made_by_aside(self, plant: PlantFact) -> bool:
        """'The i30 shares its platform with the Kia Ceed, which is made by Kia Slovakia in Zilina': a plant named in a
        relative clause about another model, an aside, while the plant described before stays the one described."""
        start = self._slot_start.get(id(plant))
        if start is None or self.current_plant is None or self.current_plant is plant:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        for k in range(start - 1, max(sent_start, start - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == "," and k - 1 > sent_start:
                return any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, start))
        return False

    def _kit_source(self, plant: PlantFact) -> bool:
        """'Kits will be shipped from Chery's plant in Wuhu, which builds the X': the plant that supplies the parts,
        a plant of its own, but not the one the article goes on to describe."""
        start = self._slot_start.get(id(plant))
        if start is None or not self.words & KIT_WORDS:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        # the kits before the 'from' ("assembles the X from kits at a plant in Y" is the plant that uses them)
        k = next((k for k in range(start - 1, max(sent_start, start - 8) - 1, -1) if lower[k] == "from"), None)
        if k is not None and (bool(KIT_WORDS & set(lower[sent_start:k])) or self._kits_supplied_by(k) is not None):
            return True
        return self._kits_made_at(start, sent_start)

    def _kits_made_at(self, start: int, sent_start: int) -> bool:
        """'will re-assemble X "kits" that are pre-manufactured at the company's plant in Y', 'kits which are made at
        its Wuhu plant': the plant a relative clause after the kits names as where they are made."""
        lower = self.index.lower
        for j in range(start - 1, max(sent_start, start - 16) - 1, -1):
            if lower[j] not in ("at", "in", "by") or j - 1 <= sent_start:
                continue
            verb = lower[j - 1]
            if not (verb in KIT_SUPPLY_VERBS or verb.endswith(("manufactured", "produced", "made", "built"))):
                continue  # "at the company's US facility in Y": the place's own 'in'
            k = j - 2
            while k > sent_start and lower[k] in ("are", "were", "is", "was", "being", "be", "will", "first", "already", "pre", "-"):
                k -= 1
            if lower[k] not in ("that", "which"):
                return False
            k -= 1
            while k > sent_start and lower[k] in ('"', "”", "“", "'", "’", ","):
                k -= 1
            return lower[k] in KIT_WORDS
        return False

    def _kits_supplied_by(self, k: int) -> int | None:
        """'from kits supplied by Chery's Wuhu plant', 'from CKD kits shipped from X': where kits after 'from' (k) are
        said to come from, the participle's position (not 'from kits at a plant in Y', the plant that uses them)."""
        lower = self.index.lower
        # "from kits", "from CKD kits", "from semi-knocked-down kits"
        kits = next((j for j in range(k + 1, min(len(lower), k + 8)) if lower[j] in KIT_WORDS), None)
        if kits is None or kits + 2 >= len(lower) or lower[kits + 1] not in KIT_SUPPLY_VERBS:
            return None
        return kits + 1 if lower[kits + 2] in ("by", "from", "at", "in") else None

    def _start_of_created(self, sent: Sentence, created: list[PlantFact], qs: list[Span]) -> None:
        """A start date goes to the plant named nearest its cue ('..., while Volvo's plant near Kosice is due to open in 2026')."""
        lower = self.index.lower
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        if cue is None:
            return
        plant = min(created, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - cue))
        if plant.start_date is None:
            plant.start_date = self._start_date(sent, qs)

    def _start_date(self, sent: Sentence, qs: list[Span]) -> str | None:
        """The date that follows the start cue ('slowed output this year ... due to open in 2026' -> 'in 2026')."""
        lower = self.index.lower
        dates = [q for q in qs if q.label_ == "DATE"]
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        chosen = [q for q in dates if cue is not None and q.start > cue] or dates
        return chosen[0].text if chosen else None

    def _plants_named_by_operator(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'a factory identified as X', 'X, an assembler': the plant is known by its operator."""
        if not self.words & lx.PLANT_NOUNS:
            return []
        lower = self.index.lower
        if self.current_plant is not None and lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_ANAPHORS:
            return []  # "The plant, operated by X, ...": the plant the article is describing
        if self.current_plant is not None and self._plant_anaphor_opens_clause(sent, ents):
            return []  # "In the first phase, the plant will make the X, said the head of Y, a venture with Z": the same plant
        plants = []
        for ent in ents:
            if ent.label_ != "COMPANY":
                continue
            info = self.gaz.companies.get(ent.ent_id_)
            named = self._named_plant(ent)
            if not named and not (info and info.kind == "assembler") and not self._local_subsidiarys_plant(ent):
                continue
            if not named and self._in_apposition(sent, ent) and any(
                    e.label_ == "COMPANY" and e.end <= ent.start for e in ents):
                continue  # "Acme, the joint venture of Hyundai and the assembler Xyz, builds ...": Xyz describes Acme
            before = lower[max(sent.start, ent.start - 5):ent.start]
            if not named and "with" in before and {"venture", "partnership", "alliance"} & set(before) and any(
                    e.label_ == "COMPANY" and e.end <= ent.start for e in ents):
                continue  # "to be operated by TMMIN, its joint venture with Indonesia's Astra International": the partner
            # "exports from the Xyz plant to Thailand": a market the cars go to is not where the plant stands
            # ("... to Thailand and the Philippines": every market from the first 'to' after the verb on)
            cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.EXPORT_CUES), None)
            markets_from = next((k for k in range(cue, sent.end) if lower[k] in ("to", "into")), sent.end) if cue is not None else sent.end
            # "the joint venture of the Korean Hyundai": a demonym before a company is its nationality, not the site's
            # "the factory is equipped with technology from Korea": a country things come from is not the plant's
            countries = [self._country_of(e) for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.start < markets_from
                         and not (e.text in self.gaz.demonyms and e.end < len(self.doc) and self.ent_type[e.end] == "COMPANY")
                         and not (lower[e.start - 1] == "from" or lower[e.start - 2:e.start] == ["from", "the"])]
            home = self.gaz.home_country(ent.ent_id_)
            # "China's Chery has signed with Egypt's Ghabbour to assemble cars at the Ghabbour plant": the assembler's home
            country = home if home in countries else next((c for c in countries if c), None) or home
            if country:
                plants.append(self._plant(ent.ent_id_, None, country, sent, 0.8))
        return plants

    def _own_plant_grown_in_the_storys_country(self, sent: Sentence, ents: list[Span], created: list[PlantFact]) -> list[PlantFact]:
        """'Vietnam is seeking to cut imports. Acme rented more land to expand its factory. Zorvex has proposed to raise
        its plant capacity, while ...': a carmaker growing 'its factory', in a clause that names no place, in a story about
        production in one country (a plant there known, the country named last), has its plant in that country."""
        country = self.main_country
        if (country is None or self.last_country != country or self.words & (PLANT_HEDGES | CLOSED_WORDS | OUT_OF_PRODUCTION)
                or not any(p.country == country and id(p) not in self.undecided for p in self.plants)):
            return []
        lower = self.index.lower
        clause_of = self._item_breaks(sent)
        found = []
        for k in range(sent.start + 2, sent.end):
            if lower[k] not in OWN_PLANT_NOUNS or lower[k - 1] != "its" or lower[k + 1:k + 2] in (["in"], ["at"], ["near"]):
                continue  # (its plant "in X" is placed by the sentence's own rules)
            clause = clause_of(k)
            if any(e.label_ in ("PLACE", "COUNTRY") and clause_of(e.start) == clause for e in ents):
                continue
            if not any(lower[j] in PLANT_GROWTH_VERBS for j in range(max(sent.start, k - 5), k)) and lower[k + 1:k + 2] != ["capacity"]:
                continue  # "to expand its factory", "to increase its plant capacity"
            company = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.start < k and clause_of(e.start) == clause
                            and k - e.end <= 14), None)
            if company is None or self._parts_maker(company.ent_id_) or any(
                    p.company and self.gaz.same_group(p.company, company.ent_id_) for p in self.plants + found):
                continue
            info = self.gaz.companies.get(company.ent_id_)
            if info is None or info.kind not in ("automaker", "brand", "assembler", "group"):
                continue
            found.append(self._plant(company.ent_id_, None, country, sent, 0.6))
        return [p for p in found if p not in created]

    def _plants_listed_below(self, sent: Sentence, ents: list[Span]) -> None:
        """'Aside from the Philippines, Acme also has manufacturing facilities in:' then one country a line ('Japan |',
        '• Vietnam'): a plant of the company in each country listed (an aside: the plant described stays the one
        described)."""
        lower = self.index.lower
        end = sent.end - 1
        while end > sent.start and not lower[end].strip():
            end -= 1  # (past the line break)
        k = end - 1
        if lower[end] != ":" or k - 1 <= sent.start or lower[k] not in ("in", "at") or lower[k - 1] not in PLANT_PLURALS:
            return
        j = k - 2
        while j > sent.start and (lower[j] in RUNNING_PLANT_ADJECTIVES or lower[j] in ("also", "other", "overseas")):
            j -= 1
        company = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= j + 1), None)
        if company is None or lower[j] not in ("has", "have", "operates", "runs", "owns", "with"):
            return
        countries = []
        for line in self.index.doc_text[self.index.token_ends[end]:].split("\n")[1:]:
            name = line.strip().strip("|•·*-–—").strip()
            if not name and not countries:
                continue
            country = self.gaz.countries.get(name)
            if country is None:
                break
            countries.append(country)
        if len(countries) >= 2:
            for country in dict.fromkeys(countries):
                self._plant(company.ent_id_, None, country, sent, 0.7)

    def _plants_of_so_does(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Volkswagen also builds cars in Slovakia. So does Stellantis, and Jaguar Land Rover': a sentence opening with
        'so does' (or 'as does') after one that made vehicles in a country gives each company it names a plant in that
        country."""
        lower = self.index.lower
        plant = self.current_plant
        if (plant is None or lower[sent.start] not in ("so", "as") or lower[sent.start + 1] not in ("does", "do", "did")
                or not self.previous_words & BUILD_VERBS or plant.country is None):
            return []
        # not the companies of a bracketed aside: "So does Stellantis (formerly Peugeot-Citroen and Fiat)"
        depth, bracketed = 0, set()
        for k in range(sent.start, sent.end):
            depth += (lower[k] == "(") - (lower[k] == ")")
            if depth > 0:
                bracketed.add(k)
        return [self._plant(e.ent_id_, None, plant.country, sent, 0.8) for e in ents
                if e.label_ == "COMPANY" and e.ent_id_ != plant.company and e.start not in bracketed
                and not self._in_apposition(sent, e) and lower[e.start - 1] not in ("formerly", "of", "by", "from")]

    def _another_makers_plant_there(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Kia builds cars in Slovakia. Volvo is opening an electric car factory here in 2027': a plant 'here' or 'there'
        of a company other than the one of the plant just described, in a sentence that names no place, stands in that
        plant's country."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.country is None or not self.words & {"here", "there"} or not self.words & lx.PLANT_NOUNS:
            return []
        if any(e.label_ in ("PLACE", "COUNTRY") for e in ents):
            return []
        at = next((k for k in range(sent.start + 1, sent.end) if lower[k] in ("here", "there") and lower[k - 1] in lx.PLANT_NOUNS), None)
        subject = next((e for e in ents if e.label_ == "COMPANY" and e.start < (at or 0)), None)
        if at is None or subject is None or self.gaz.same_group(subject.ent_id_, plant.company) or self.words & NEGATIONS_OF_PLANT:
            return []
        # a plant of its own ("a factory", "its plant"), not the one described ("supplies the plant there")
        det = next((lower[k] for k in range(at - 2, max(subject.end, at - 7) - 1, -1) if lower[k] in ("a", "an", "its", "their", "the")), None)
        if det in (None, "the"):
            return []
        return [self._plant(subject.ent_id_, None, plant.country, sent, 0.8)]

    def _plant_of_national_subsidiary(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'the Acme Motors Kazakhstan car plant', 'Zorvex Slovakia's production of the X', 'Acme Motors Pakistan will
        commence production in August': a company named after the country it works in, said to run a plant or to make
        vehicles, in a sentence that names no other place, has its plant in that country."""
        if not self.words & PLANT_SUBSIDIARY_CUES:
            return []
        lower = self.index.lower
        for ent in ents:
            if ent.label_ != "COMPANY":
                continue
            end, country = self._country_in_name(ent, ents)
            if country is None or any(e.label_ in ("PLACE", "COUNTRY") and not ent.start <= e.start < end
                                      and self._country_of(e) != country for e in ents):
                continue
            k = end + (lower[end:end + 1] in (["'s"], ["’s"]))
            j = k
            while j < sent.end and j - k < 3 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] not in lx.PLANT_NOUNS:
                j += 1  # "car manufacturing plant"
            if j < sent.end and lower[j] in ("plant", "factory", "facility", "plants", "factories"):
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]
            if k > end and lower[k:k + 2] in (["production", "of"], ["assembly", "of"], ["output", "of"]):
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]  # "Zorvex Slovakia's production of the X"
            j = end
            while j < sent.end and j - end < 6 and lower[j] in SUBSIDIARY_AUXILIARIES:
                j += 1  # "is expected to commence production", "will start assembling"
            if j < sent.end and j > end and lower[j] in lx.START_CUES and lower[j + 1:j + 2] in (
                    ["production"], ["manufacturing"], ["assembly"], ["assembling"], ["producing"]) and not self.words & PLANT_HEDGES:
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]
        return []

    def _made_by_a_local_arm(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> list[PlantFact]:
        """'Other types, such as the Avanza, Rush and Town Lite, are produced by Toyota's affiliate, PT Astra Daihatsu
        Motor': models said to be made by a group's company of one country (in a sentence naming no place) come from
        its plant there."""
        if not subjects or not self.words & lx.MADE_PARTICIPLES or "by" not in self.words:
            return []
        if any(e.label_ in ("PLACE", "COUNTRY") for e in ents) or self.words & PLANT_HEDGES:
            return []
        lower = self.index.lower
        for k in range(subjects[-1].end, sent.end - 2):
            if lower[k] not in lx.MADE_PARTICIPLES or lower[k + 1] != "by" or lower[k - 1] not in ("are", "is", "were", "was", "be"):
                continue
            # "by Toyota's affiliate, PT Astra Daihatsu Motor": past the group and the noun that places the arm in it
            maker = next((e for e in ents if e.label_ == "COMPANY" and k + 1 < e.start <= k + 7
                          and not set(lower[k + 2:e.start]) & {".", ";", "and", "while"}), None)
            info = self.gaz.companies.get(maker.ent_id_) if maker is not None else None
            if info is not None and not info.parent:  # the group itself: then its local arm, if one is named after it
                maker = next((e for e in ents if e.label_ == "COMPANY" and maker.end < e.start <= maker.end + 5), None)
                info = self.gaz.companies.get(maker.ent_id_) if maker is not None else None
            if info is None or not info.parent or not info.country:
                return []
            plant = self._plant(maker.ent_id_, None, info.country, sent, 0.7)
            add_new(plant.models, (self._model_name(m) for m in subjects if m.end <= k))
            return [plant]
        return []

    def _assembler_in_country(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Indus Motor Company (IMC), the manufacturer of Toyota vehicles in Pakistan, will export ...', 'Acme is the
        authorised assembler of Kia cars in Kenya': a company said to be the maker or assembler of vehicles in a
        country has its plant there."""
        if not self.words & ASSEMBLER_NOUNS or "in" not in self.words or self.words & PLANT_HEDGES:
            return []
        lower, text = self.index.lower, self.index.text
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k] not in ASSEMBLER_NOUNS:
                continue
            # "the assembler and marketer of Toyota vehicles": the maker's noun paired with another
            of = k + 1 if lower[k + 1] == "of" else k + 3 if lower[k + 1] in ("and", "&") and lower[k + 3:k + 4] == ["of"] else None
            if of is None:
                continue
            j = k - 1  # back to the company: "X, the", "X is the sole", "X (IMC), the"
            while j > sent.start and (lower[j] in ASSEMBLER_LEADS or text[j].isupper() and lower[j - 1] == "("):
                j -= 1
            company = next((e for e in ents if e.label_ == "COMPANY" and e.end - 1 == j), None)
            m = of + 1  # what it makes: "Toyota vehicles", "passenger cars and light trucks"
            while m < sent.end and m - k < 8 and (self.ent_type[m] == "COMPANY" or lower[m] in lx.VEHICLE_WORDS
                                                  or lower[m] in VEHICLE_KIND_WORDS):
                m += 1
            if company is None or m + 1 >= sent.end or lower[m] != "in" or not any(lower[x] in lx.VEHICLE_WORDS for x in range(of + 1, m)):
                continue
            country = next((e for e in ents if e.start == m + 1 and e.label_ == "COUNTRY"), None)
            if country is not None and self._country_of(country):
                plant = self._plant(company.ent_id_, None, self._country_of(country), sent, 0.8)
                # "..., will export 50 locally assembled Toyota Revo, Fortuner and Corolla Cross cars": made there
                local = next((x for x in range(sent.start, sent.end - 1) if lower[x] == "locally" and lower[x + 1] in lx.MADE_PARTICIPLES), None)
                if local is not None:
                    add_new(plant.models, (self._model_name(e) for e in ents if e.label_ == "MODEL" and e.start > local + 1))
                return [plant]
        return []

    def _another_makers_plant_named(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'GWM will build cars in Brazil, following BYD, which started production in July. The BYD plant will have a
        capacity of 150,000 vehicles': 'the <maker> plant', in a sentence that names no place, of a maker with no plant in
        the article yet, stands in the country of the plant being described."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.country is None or not self.words & lx.PLANT_NOUNS or any(e.label_ in ("PLACE", "COUNTRY") for e in ents):
            return []
        for ent in ents:
            if ent.label_ != "COMPANY" or lower[ent.start - 1] != "the" or ent.start - 1 < sent.start:
                continue
            k = ent.end + (lower[ent.end:ent.end + 1] in (["assembly"], ["car"], ["vehicle"], ["manufacturing"], ["production"]))
            if lower[k:k + 1] not in (["plant"], ["factory"], ["facility"]) or self._former_owner(ent):
                continue
            if any(p.company and self.gaz.same_group(p.company, ent.ent_id_) for p in self.plants) or self._parts_maker(ent.ent_id_):
                continue  # (its plant named before is that one)
            return [self._plant(ent.ent_id_, None, plant.country, sent, 0.8)]
        return []

    def _country_in_name(self, ent: Span, ents: list[Span]) -> tuple[int, str | None]:
        """The end of a company's name and the country it closes with: 'Acme Motors Kazakhstan', 'Zorvex Slovakia' (or
        a country written right after the name the gazetteer knows, 'Acme Motors' 'Pakistan')."""
        words = ent.text.split()
        if len(words) >= 2:
            for n in (2, 1):
                if len(words) > n and (country := self.gaz.countries.get(" ".join(words[-n:]))):
                    return ent.end, country
        after = next((e for e in ents if e.start == ent.end and e.label_ == "COUNTRY"), None)
        if after is not None and after.text not in self.gaz.demonyms:
            return after.end, self._country_of(after)
        return ent.end, None

    def _plant_anaphor_opens_clause(self, sent: Sentence, ents: list[Span]) -> bool:
        """'In the initial phase, the plant will make ...': after an opening phrase and its comma, 'the plant' is the
        subject, before any company is named."""
        lower = self.index.lower
        first_company = next((e.start for e in ents if e.label_ == "COMPANY"), sent.end)
        comma = next((k for k in range(sent.start, min(first_company, sent.start + 8)) if lower[k] == ","), None)
        return (comma is not None and lower[comma + 1:comma + 2] == ["the"] and comma + 2 < first_company
                and lower[comma + 2] in lx.PLANT_ANAPHORS)

    def _local_subsidiarys_plant(self, ent: Span) -> bool:
        """'the MBSA plant', 'MBSA's local automotive plant': the plant of a maker's subsidiary in another country than
        the parent's (a plant in the subsidiary's country)."""
        info = self.gaz.companies.get(ent.ent_id_)
        if info is None or not info.parent or not info.country or info.kind not in ("automaker", "assembler"):
            return False
        if self.gaz.home_country(self.gaz.group_of(ent.ent_id_)) in ("", info.country):
            return False
        lower = self.index.lower
        k = ent.end + (lower[ent.end:ent.end + 1] in (["'s"], ["’s"]))
        j = k
        while j < len(lower) and j - k < 3 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] not in lx.PLANT_NOUNS:
            j += 1
        return j < len(lower) and lower[j] in ("plant", "factory", "facility", "works")

    def _named_plant(self, ent: Span) -> bool:
        """'a factory identified as X', 'a plant called X', 'the plant run by X'."""
        lower = self.index.lower
        i = ent.start - 1
        if i >= 0 and lower[i] in ("as", "by"):
            i -= 1
        return i >= 1 and lower[i] in lx.NAMING_WORDS and lower[i - 1] in lx.PLANT_NOUNS | {"been", "is", "was"}

    def _plant(self, company: str | None, site: str | None, country: str, sent: Sentence, confidence: float) -> PlantFact:
        # "X is considering closing its A plant ... the cars are made exclusively in Korea": a plant named without a site
        # joins one stated plainly before one only studied, closed or left
        for plant in sorted(self.plants, key=lambda p: site is None and id(p) in self.undecided):
            if plant.country == country and (plant.company == company or not plant.company or not company):
                if (site and plant.site and plant.site != site and plant.site in SUBDIVISION_NAMES
                        and f"{site}, {plant.site}" in doc_text(self.doc)):
                    plant.site = site  # "Acme's Ohio plant ... its plant in Dalton, Ohio": the state's plant is the town's
                if site and plant.site and plant.site != site and not self._same_place(site, plant.site):
                    continue  # (not "General Pacheco ... the Pacheco Industrial Center": one town's two names)
                plant.site = plant.site or site
                plant.company = plant.company or company
                return plant
        # "Changan ... its plant in Rayong ... Deepal vehicles from the Rayong plant": a brand and its group at one
        # site are one plant, under the company named first
        for plant in self.plants:
            if site and plant.site == site and plant.country == country and self.gaz.same_group(plant.company, company):
                return plant
        plant = PlantFact(company=company, site=site, country=country, source=self._source(sent, confidence=confidence))
        self.plants.append(plant)
        return plant

    def _same_place(self, a: str, b: str) -> bool:
        """Two names the gazetteer gives one place ('General Pacheco' and its alias 'Pacheco'); not a town and an area
        named after it ('Chu Lai' and 'Chu Lai Open Economic Zone'), where several plants may stand."""
        if a.startswith(b + " ") or b.startswith(a + " ") or a.startswith(b + ",") or b.startswith(a + ","):
            return False
        pa, pb = self.gaz.places.get(a), self.gaz.places.get(b)
        return pa is not None and pb is not None and pa.name == pb.name and pa.country == pb.country

    def _site_of_described_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'Hyundai has started work on a new factory in Saudi Arabia. It is based in the Xyz Cluster, a hub in the King
        Abdullah Economic City': where the plant the sentence before was about, named without a site, stands."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.site or not self.previous_words & lx.PLANT_NOUNS:
            return
        k = sent.start + 1 if lower[sent.start] == "it" else sent.start + 2 if (
            lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_NOUNS) else None
        if k is None and lower[sent.start] == "the":
            # "The newly built assembly plant is located in ...": the plant's noun after a few words describing it
            noun = next((j for j in range(sent.start + 2, min(sent.end, sent.start + 6)) if lower[j] in lx.PLANT_NOUNS), None)
            if noun is not None and all(self.doc[j].is_lower and not self.ent_type[j] for j in range(sent.start + 1, noun)):
                k = noun + 1
        if k is None:
            return
        while k < sent.end and lower[k] in ("is", "was", "will", "be", "'s", "’s", "would", "to"):
            k += 1
        if lower[k:k + 1] not in (["based"], ["located"], ["situated"], ["sited"]) or lower[k + 1:k + 2] not in (["in"], ["at"], ["near"]):
            return
        place = next((e for e in ents if e.label_ == "PLACE" and k + 1 < e.start <= k + 16), None)
        if place is None or any(e.label_ in ("COMPANY", "COUNTRY") and k < e.start < place.start for e in ents):
            return
        if self._country_of(place) == plant.country:
            plant.site = place.text

    def _operator_of_known_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'The plant will be built and run by Xyz Assembly': the plant being described gets the operator named."""
        lower = self.index.lower
        if self.current_plant is None or lower[sent.start:sent.start + 1] != ["the"] or sent.end - sent.start < 2 \
                or lower[sent.start + 1] not in lx.PLANT_ANAPHORS:
            return
        operator = next((e for e in ents if e.label_ == "COMPANY" and e.start >= 2 and lower[e.start - 1] == "by"
                         and lower[e.start - 2] in ("operated", "run", "owned", "managed") and e.start - sent.start <= 10), None)
        if operator is not None:
            self.current_plant.company = operator.ent_id_

    def _plant_by_noun(self, sent: Sentence) -> PlantFact | None:
        """'builds it at the Ayrton Senna complex in Resende ... also built in Bursa ... the complex now has capacity
        for ...': 'the complex' is the last plant introduced as a complex, if the current one was not."""
        nouns = self.words & DISTINCT_PLANT_NOUNS
        if not nouns or self.current_plant is None:
            return None
        lower = self.index.lower
        noun = next((lower[k] for k in range(sent.start + 1, sent.end) if lower[k] in nouns and lower[k - 1] == "the"), None)
        if noun is None or self._introduced_as(self.current_plant, noun):
            return None
        # (not the plant named only as where the kits are made: "the facility" is the one described)
        return next((p for p in reversed(self.plants) if self._introduced_as(p, noun) and id(p) not in self.kit_makers), None)

    @staticmethod
    def _introduced_as(plant: PlantFact, noun: str) -> bool:
        return plant.source is not None and noun in plant.source.sentence.lower().split()

    def _start_for_known_plant(self, qs: list[Span]) -> None:
        """'Production of the EV4 starts in 2026': when the current plant begins making cars."""
        plant = self.current_plant
        if plant is None or plant.start_date or not self.words & lx.START_CUES or not self.words & lx.PRODUCTION_CUES:
            return
        plant.start_date = self._start_date(self.index.sentence(qs[0].start), qs) if qs else None

    def _targets_first(self, qs: list[Span]) -> list[Span]:
        """'raising capacity to 400,000 from 300,000', 'expanded to 100,000 vehicles': the new figure first."""
        lower = self.index.lower
        return sorted(qs, key=lambda q: 0 if q.start > 0 and lower[q.start - 1] in ("to", "double", "doubling") else 1)

    def _plant_mentioned(self, ents: list[Span]) -> PlantFact | None:
        for ent in ents:
            for plant in self.plants:
                if ent.label_ == "PLACE" and plant.site == ent.text:
                    return plant
        return None

    def _aside_apart(self, pos: int, q: Span, sent: Sentence) -> bool:
        """The plant at `pos` is named inside a dashed aside, the figure q outside it, and the sentence names a plant
        outside the aside too ('Zorvex -- which also builds cars in Peru -- will invest $300 million in the factory in
        Leon'); not 'Zorvex - for 30 years making cars in Leon - announced a $50 million expansion', where the aside's
        plant is the only one."""
        aside = self._dash_aside(pos, sent)
        if aside is None or aside[0] < q.start < aside[1]:
            return False
        lower = self.index.lower
        return any(lower[k] in ("plant", "factory", "facility", "plants", "factories") for k in range(sent.start, sent.end)
                   if not aside[0] < k < aside[1])

    def _dash_aside(self, pos: int, sent: Sentence) -> tuple[int, int] | None:
        """The bounds of an aside set off by dashes ('Zorvex -- which also builds cars in Peru -- said')
        that holds token `pos`, or None."""
        if pos < 0:
            return None
        lower = self.index.lower
        dashes = [k for k in range(sent.start, sent.end) if lower[k] in ("--", "—", "–")]
        for a, b in zip(dashes, dashes[1:], strict=False):
            if a < pos < b:
                return a, b
        return None

    def _plant_paid_into(self, places: list[tuple[PlantFact, int]], q: Span, sent: Sentence) -> PlantFact | None:
        """'another R600 million into the Struandale engine plant in Gqeberha', '250 new jobs will be created at Hams
        Hall': of (plant, where it is named) pairs, the one plant named right after a sum or a count of jobs and 'into',
        'in' or 'at' (past 'will be created'), up to eight words on with no comma, 'and' or other figure between; else None."""
        lower = self.index.lower
        k = q.end
        while k < q.end + 3 and lower[k:k + 1] and lower[k] in STATED_AT_VERBS:
            k += 1  # "250 new jobs will be created at Hams Hall"
        if q.label_ not in ("MONEY", "JOBS") or lower[k:k + 1] not in (["into"], ["in"], ["at"]):
            return None
        after = [p for p, at in places if k < at <= k + 8
                 and not any(lower[j] in (",", ";", "and", "while") or self.doc[j].like_num for j in range(q.end, at))]
        return after[0] if len({id(p) for p in after}) == 1 else None

    def _item_breaks(self, sent: Sentence):
        """Which clause a token is in, as `_clause_breaks`, and which item of 'one in A with ... and one in B that ...'."""
        lower = self.index.lower
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS
                or lower[k] == "and" and lower[k + 1:k + 2] in (["one"], ["another"]) and lower[k + 2:k + 3] in (["in"], ["at"])]
        return lambda i: bisect_right(cuts, i)
