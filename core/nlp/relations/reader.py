"""The ArticleReader: the state one article's reading keeps, and read(), which walks the sentences in order
and hands each to the rules of every kind of fact (the mixins), then settles the article-wide lists. The rules live in
one module per kind of fact; this module holds no rule of its own.
"""
from __future__ import annotations

from collections import Counter
from functools import cached_property

from spacy.tokens import Doc, Span

from core.facts import ArticleFacts, ExportFact, ModelFact, PlantFact, SpecFact
from core.nlp import spec_cues
from core.nlp.docindex import Entity, Sentence, doc_index
from core.nlp.gazetteer import Gazetteer
from core.nlp.relations.badges import BadgesMixin
from core.nlp.relations.companies import CompaniesMixin
from core.nlp.relations.context import ContextMixin
from core.nlp.relations.export_by_market import ExportByMarketMixin
from core.nlp.relations.export_cues import ExportCuesMixin
from core.nlp.relations.export_destinations import ExportDestinationsMixin
from core.nlp.relations.export_lists import ExportListsMixin
from core.nlp.relations.export_markets import ExportMarketsMixin
from core.nlp.relations.export_models import ExportModelsMixin
from core.nlp.relations.export_origins import ExportOriginsMixin
from core.nlp.relations.export_routes import ExportRoutesMixin
from core.nlp.relations.export_totals import ExportTotalsMixin
from core.nlp.relations.exports import ExportsMixin
from core.nlp.relations.fact_sheets import FactSheetsMixin
from core.nlp.relations.foreign_markets import FOREIGN_MARKET_ADJECTIVES, SOLD_IN_VERBS, ForeignMarketsMixin
from core.nlp.relations.imports import ImportsMixin
from core.nlp.relations.launch_markets import LAUNCH_WORDS, LaunchMarketsMixin
from core.nlp.relations.lists import ListsMixin
from core.nlp.relations.made_for_markets import MadeForMarketsMixin
from core.nlp.relations.models import ModelsMixin
from core.nlp.relations.plant_capacity import PlantCapacityMixin
from core.nlp.relations.plant_figure_totals import PlantFigureTotalsMixin
from core.nlp.relations.plant_figures import PlantFiguresMixin
from core.nlp.relations.plant_investment import PlantInvestmentMixin
from core.nlp.relations.plant_makers import PlantMakersMixin
from core.nlp.relations.plant_models_cues import PlantModelsCuesMixin
from core.nlp.relations.plant_models_described import PlantModelsDescribedMixin
from core.nlp.relations.plant_models_filters import (
    MADE_VERSION_NOUNS,
    SIBLING_NOUNS,
    UNDERPIN_VERBS,
    PlantModelsFiltersMixin,
)
from core.nlp.relations.plant_models_named import PlantModelsNamedMixin
from core.nlp.relations.plant_models_settled import PlantModelsSettledMixin
from core.nlp.relations.plant_models_words import ENDING_WORDS, MAKING_NOUNS
from core.nlp.relations.plant_parts import PlantPartsMixin
from core.nlp.relations.plant_records import PlantRecordsMixin
from core.nlp.relations.plant_settling import PlantSettlingMixin
from core.nlp.relations.plant_site_lists import PlantSiteListsMixin
from core.nlp.relations.plant_site_models import PlantSiteModelsMixin
from core.nlp.relations.plant_site_operators import PlantSiteOperatorsMixin
from core.nlp.relations.plant_sites import PlantSitesMixin
from core.nlp.relations.plant_status import PlantStatusMixin
from core.nlp.relations.production_place_cues import ProductionPlaceCuesMixin
from core.nlp.relations.production_places import ProductionPlacesMixin
from core.nlp.relations.purchases import PURCHASE_VERBS, PurchasesMixin
from core.nlp.relations.served_markets import SERVE_VERBS, ServedMarketsMixin
from core.nlp.relations.specs import SpecsMixin
from core.nlp.relations.words import (
    BUILD_VERBS,
    CONDITION_OPENERS,
    ENDED_WORDS,
    ENGINE_SUBJECTS,
    EXPORT_CONTEXT,
    FORMER_ADVERBS,
    HEDGE_ADVERBS,
    HEDGE_ENDERS,
    MODAL_HEDGES,
    MODEL_HEDGES,
    OPENING_PHRASE_STARTS,
    PLANT_HEDGES,
    SENTENCE_ADVERBS,
    SPEC_ATTRS,
    SUBJECT_VERBS,
)
from core.nlp.tables import TableReader

# (and "former": "at the former Astra factory", a model naming the plant that once made it; and the words of a making
# that ends: "would cease to assemble the X", "is no longer made")
HEDGE_WORDS = HEDGE_ADVERBS | CONDITION_OPENERS | FORMER_ADVERBS | MODAL_HEDGES | {"former", "until", "past"} | ENDING_WORDS
ALL_HEDGES = PLANT_HEDGES | MODEL_HEDGES
# "the X architecture", "the Y platform": a model's name given to the platform it sits on
PLATFORM_NAME_NOUNS = frozenset(["architecture", "platform", "underpinnings"])
# "The engine is from the Creta", "the gearbox is shared with the Seltos": an engine's donor model
DONOR_WORDS = frozenset(["from", "shared", "same"])


class ArticleReader(
    ContextMixin,
    CompaniesMixin,
    ModelsMixin,
    BadgesMixin,
    SpecsMixin,
    PlantRecordsMixin,
    FactSheetsMixin,
    PlantStatusMixin,
    PlantMakersMixin,
    PlantSitesMixin,
    PlantSiteListsMixin,
    PlantSiteOperatorsMixin,
    PlantSiteModelsMixin,
    ProductionPlacesMixin,
    ProductionPlaceCuesMixin,
    PlantPartsMixin,
    PlantModelsDescribedMixin,
    PlantModelsNamedMixin,
    PlantModelsCuesMixin,
    PlantModelsFiltersMixin,
    PlantModelsSettledMixin,
    PlantFiguresMixin,
    PlantCapacityMixin,
    PlantFigureTotalsMixin,
    PlantInvestmentMixin,
    PlantSettlingMixin,
    ExportsMixin,
    ExportByMarketMixin,
    ExportRoutesMixin,
    ExportModelsMixin,
    ExportOriginsMixin,
    ExportDestinationsMixin,
    ExportCuesMixin,
    ExportMarketsMixin,
    ExportTotalsMixin,
    ImportsMixin,
    MadeForMarketsMixin,
    ForeignMarketsMixin,
    ServedMarketsMixin,
    LaunchMarketsMixin,
    PurchasesMixin,
    ExportListsMixin,
    ListsMixin,
):
    """Reads one Doc sentence by sentence into ArticleFacts."""

    def __init__(self, doc: Doc, gaz: Gazetteer):
        self.doc, self.gaz = doc, gaz
        self.models: dict[str, ModelFact] = {}
        self.last_models: list[str] = []  # every model the last sentence with models named, for "both cars"
        self.specs: dict[str, list[SpecFact]] = {}  # per model, one entry per version
        self.plants: list[PlantFact] = []
        self.exports: dict[tuple, ExportFact] = {}
        self.launches: list[tuple[Sentence, str, list[Span]]] = []  # (sentence, model, markets) of launches abroad, settled at the end
        self.guessed_origins: list[ExportFact] = []  # routes leaving from the maker's home, guessed before any plant was named
        self.orphans: list[tuple[Sentence, Span]] = []  # plant figures read before any plant
        self.unplaced_models: list[str] = []  # models a sentence about a plant named before any plant was known
        self.unplaced_sent: Sentence | None = None  # the first sentence that named such models
        self.unplaced_countries: dict[str, str] = {}  # the one country named in the sentence of such a model
        self.kit_makers: set[int] = set()  # plants named only as where another plant's kits are made
        self.kit_sources: set[int] = set()  # plants (by id) a sentence names as where kits come from
        # (model, maker, plant described, country named or None): 'locally built X', 'Argentinian production of the X'
        self.locally_made: list[tuple[str, str | None, PlantFact | None, str | None]] = []
        # (sentence, money, country, company): "X will invest $100 million in its operations in Egypt", before any plant there
        self.country_investments: list[tuple[Sentence, Span, str, str]] = []
        self.last_company: str | None = None
        self.previous_subject: str | None = None  # the company opening the sentence before ("..., BMW is hiring.")
        # the company a run of sentences is about: "Suzuki holds ... It said X's output ... Its Magyar plant": the company
        # that opened a sentence, while the sentences after it open with "It"/"Its" (chain_pronoun: the last one did)
        self.chain_subject: str | None = None
        self.chain_pronoun = False
        # the one country the sentence before named, with no company ("Turkish car output fell 4%.")
        self.previous_country: str | None = None
        self.last_model: str | None = None
        self.last_model_sent = -10  # the number of the sentence that last named a model
        self.subject_model: str | None = None  # the model that sentence opens with, if it does
        # (sentence number, model) of the last sentence whose figures went to the car it opened with ("The sedan ...")
        self._spec_topic: tuple[int, str] | None = None
        self._car_before: str | None = None  # the model _about_the_car_before found
        self._engine_figures: tuple[int, list[Span]] | None = None  # (sentence number, figures) of a sentence with no model
        self._spec_group: tuple[int, list[str]] | None = None  # (sentence number, models) sharing the engine it named
        self.sent_no = 0
        self.current_plant: PlantFact | None = None
        self.source_plant: PlantFact | None = None  # a plant named only as where cars come from, while none is described
        self.resume_plant: tuple[PlantFact | None] | None = None  # set while a sentence names where kits come from
        self.asked_plant: tuple[PlantFact | None, int] | None = None  # an interview question about what a plant makes
        self.plants_by_sent: dict[int, list[PlantFact]] = {}  # the plants each sentence named ("the former", "the latter")
        self.bulleted_models_sent = -2  # the last bulleted line of models a plant makes ("... the following models: • X")
        self.parts_plants: set[int] = set()  # plants named as making parts ("its battery plant in X"), by id
        self.powertrain_plants: set[int] = set()  # of those, a carmaker's own engine or transmission plants, by id
        self.undecided: set[int] = set()  # plants only studied or shortlisted: read, so their figures go nowhere else, then left out
        self.line_capacities: set[int] = set()  # plants (by id) whose capacity was one model's line ("production of the X ...")
        self.output_capacities: set[int] = set()  # plants (by id) whose capacity was read from output ("Current output is ...")
        self.exporter: tuple[str | None, str] | None = None  # (company, origin) of the last export statement
        self.route_list: tuple[int, list[ExportFact]] | None = None  # routes a heading named, its bulleted rows below
        self.arm_origin: dict[str, str] = {}  # "the Australian arm of Mitsubishi": where the group's shipper works
        self.list_row_sent = -2  # the sentence of the last export list's heading or row
        # (sentence number, country) of the last heading or row of a list of output by maker, one maker a line
        self.output_rows: tuple[int, str] | None = None
        self.importer: str | None = None  # the country of an "imports by origin" table being read
        self.import_source_said = -10  # the number of the last sentence that read a ranked source of the market's imports
        self.import_market: str | None = None  # the country last said to import vehicles ("... imported into New Zealand")
        self.last_route: tuple[str, str] | None = None  # (origin, destination) of the last export route read
        self.past_units: set[int] = set()  # routes (by id) whose units a sentence about the past gave ("In the past we exported ...")
        self._breakdown: set[int] = set()  # starts of markets named as parts of a region's figure (see _destinations)
        self._as_markets: set[int] = set()  # starts of markets a list names as the shipper's markets (see _named_as_markets)
        self._followed: set[int] = set()  # starts of markets named next in a ranking ("followed by X with 4,600")
        self._later: set[int] = set()  # starts of markets the shipment goes on to later ("Chile will follow")
        self.route_said = -10  # the number of the last sentence that read an export route in running text
        self._routes_of: dict[int, list[ExportFact]] = {}  # the routes each sentence named, by sentence number
        # (sentence number, (company, origin), models) of the last sentence whose routes all carried the same models
        self.shipment_models: tuple[int, tuple[str | None, str], list[str]] | None = None
        self.shipper_said = -10  # the number of the last sentence that named a shipper without a market ("the plant exported ...")
        self.export_said = self.row_read = -10  # the numbers of the last sentences naming exports, and of a maker's table row
        self._slot_start: dict[int, int] = {}  # where each plant was named in the sentence that created it
        self._others_company: dict[int, str] = {}  # countries listed as making it before another, by start: their company
        self.index = index = doc_index(doc)
        entities = index.entities()
        # "the A1 plant ... its two plants, A1 and A2": a code once named as a plant names it wherever it is written
        plant_codes = {e.text for e in entities if self._plant_code(e) and self.doc[e.end].lower_ in ("plant", "factory", "plants")}
        self.all_ents: list[Entity] = [e for e in entities if not self._plant_code(e) and not (e.label_ == "MODEL" and e.text in plant_codes)]
        self.ent_type, self.ent_iob = index.ent_tags(self.all_ents)  # Token.ent_type_, Token.ent_iob_ by position
        self._model_names: dict[tuple[int, int], str] = {}  # model names by entity position
        self._words_of: dict[int, set[str]] = {}  # each sentence's lowercase words, by its first token
        companies = [e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY"]
        self.main_company = Counter(companies).most_common(1)[0][0] if companies else None
        self.quantities: dict[int, list[Span]] = {}
        for q in doc.spans.get("quantities", []):
            if not index.is_boilerplate(q.start):
                self.quantities.setdefault(index.sent_bounds(q.start)[0], []).append(q)
        self.ents: dict[int, list[Span]] = {}
        for e in self.all_ents:
            self.ents.setdefault(index.sent_bounds(e.start)[0], []).append(e)
        self._country_anaphors()  # (after the article-wide counts: a country named again by a noun counts once)
        self.words: set[str] = set()  # lowercase words of the sentence being read
        self.previous_words: set[str] = set()  # those of the sentence read before it
        self.earlier_words: set[str] = set()  # those of the sentence read before that one
        # the model the article is about: the first it names (a review's headline model, not the donor named later)
        first_model = next((e for e in self.all_ents if e.label_ == "MODEL" and not index.is_boilerplate(e.start)), None)
        if first_model is not None and self.main_company and self.gaz.group_of(self._model_maker(first_model) or "") != self.gaz.group_of(self.main_company):
            # "VinFast's sedan and SUV, based on BMW 5 Series and X5 architecture, are the Lux A2.0 and Lux SA2.0": in a story
            # about one maker, its first model named, not another maker's donor named before it
            own = next((e for e in self.all_ents if e.label_ == "MODEL" and not index.is_boilerplate(e.start)
                        and self.gaz.group_of(self._model_maker(e) or "") == self.gaz.group_of(self.main_company)), None)
            first_model = own or first_model
        self.main_model: str | None = self._model_name(first_model) if first_model is not None else None
        self.last_country: str | None = None
        self.named_companies: set[str] = set()
        # the countries of the towns the story names (not of its states)
        towns = {self.gaz.places[e.text].country for e in self.all_ents
                 if e.label_ == "PLACE" and e.text in self.gaz.places and self.gaz.places[e.text].kind != "state"}
        # ("its Chinese partner", "China's BYD": where a company is from, not where the story happens, unless nothing else)
        # (a local partner's demonym, of a country whose towns the story names, still counts: "the Belarusian partner")
        countries = [e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY" and (e.ent_id_ in towns or not self._names_a_makers_home(e))]
        countries += [self.gaz.places[e.text].country for e in self.all_ents if e.label_ == "PLACE" and e.text in self.gaz.places]
        countries = countries or [e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY"]
        self.main_country = Counter(countries).most_common(1)[0][0] if countries else None
        # countries the article names as such (not "Japan-bound"), directly or through their cities
        self.named_countries = {e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        self.placed_countries = self.named_countries | towns
        self.tables = TableReader(self)  # the tables in the text, each read when the sentences reach it

    def _subject_past_opening_phrase(self, sent: Sentence, subjects: list[Span]) -> Span | None:
        """'Based on the V platform that underpins the X and the Y, the Zorin will be slotted below the Z': the model
        right after the comma that closes a phrase opening the sentence (a participle or a preposition first), a verb
        after it, is the sentence's subject; None when there is none."""
        lower = self.index.lower
        first = lower[sent.start]
        # "Anyway, the Zorin is ...", "Interestingly, the Zorin ...": a sentence adverb and its comma open the sentence
        adverb = sent.start + 1 < sent.end and lower[sent.start + 1] == "," and first.isalpha() and (
            first in SENTENCE_ADVERBS or first.endswith("ly"))
        if "," not in self.words or not (adverb or first in OPENING_PHRASE_STARTS or first.isalpha() and first.endswith(("ed", "ing"))):
            return None
        comma = next((k for k in range(sent.start + 1 + (not adverb), min(sent.end, sent.start + 30)) if lower[k] == ","), None)
        if comma is None:
            return None
        k = comma + 1 + (lower[comma + 1:comma + 2] in (["the"], ["its"], ["this"]))
        model = next((m for m in subjects if m.start == k), None)
        if model is None or model.end >= sent.end:
            return None
        after = lower[model.end]
        return model if after in SUBJECT_VERBS or after.isalpha() and after.endswith("s") and self.index.text[model.end].islower() else None

    def _main_plant(self) -> list[PlantFact]:
        """The plant the story is about, when one stands out: in the country the story names most, its site named more
        often than any other plant's."""
        decided = [p for p in self.plants if p.country and p.site and id(p) not in self.undecided]
        text = self.index.doc_text
        counts = sorted(((text.count(p.site.split(",")[0]), p) for p in decided), key=lambda c: -c[0])
        if not counts or len(counts) > 1 and counts[0][0] <= counts[1][0] or counts[0][1].country != self.main_country:
            # "selected Joliet, Illinois, as the location of its new facility ... is also building a plant in Quebec": the
            # one plant in the country the story names most, its town not yet known, when no plant's site stands out
            home = [p for p in self.plants if p.country == self.main_country and id(p) not in self.undecided]
            return home if len(home) == 1 and not home[0].site and self.main_country else []
        return [counts[0][1]]

    def _maker_of_all(self, names: list[str]) -> str | None:
        """'Assembly of the Hyundai Tucson will start at the Ulsan plant': a plant no company is named for makes models
        of one maker, which runs it as far as the story tells (None when their makers differ or one is unknown)."""
        makers = {self.models[n].maker if n in self.models else None for n in names}
        return makers.pop() if len(makers) == 1 and None not in makers else None

    @cached_property
    def article_words(self) -> set[str]:
        return set(self.index.lower)

    def read(self) -> ArticleFacts:
        for sent in self.index.sentences():
            if self.index.is_boilerplate(sent.start) or not self.index.lower[sent.start].strip() and sent.end - sent.start == 1:
                continue  # a line break alone is no sentence: "the next sentence" is the next line's first
            if sent.end - sent.start <= 2 and sent.end == len(self.index.lower):
                break  # "... our local manufacturers. As": a text cut off a word or two into its last sentence says nothing more
            ents = self.ents.get(sent.start, [])
            qs = self.quantities.get(sent.start, [])
            self.earlier_words, self.previous_words, self.words = self.previous_words, self.words, self._sent_words(sent)
            if self.words & HEDGE_ENDERS and self.words & ALL_HEDGES:
                self.words = self.words - self._hedges_ended(sent)  # "ended months of speculation": decided now
            if "possible" in self.words or "potential" in self.words:
                # "should make it possible to develop", "the unexplored potential of this market": no doubt
                self.words = self.words - self._hedges_of_no_doubt(sent)
            if self.tables.owns(sent):  # a line of a table read whole (core.nlp.tables): its models, nothing more
                self._models(sent, ents)
                self.sent_no += 1
                continue
            if sent.start in self._sheet_owned:  # a line of a fact sheet, its block read whole (fact_sheets)
                self._models(sent, ents)
                self._read_sheet(sent)
                self.sent_no += 1
                continue
            bases = self._models(sent, ents)
            subjects = [e for e in ents if e.label_ == "MODEL" and e.start not in bases]
            if subjects and self.words & DONOR_WORDS and self.words & ENGINE_SUBJECTS:
                # "The engine is from the Creta": the model an engine comes from is no subject of its figures
                subjects = [e for e in subjects if not self._engine_donor(sent, e)]
            if subjects and ("from" in self.words or "with" in self.words) and any(q.label_ in SPEC_ATTRS for q in qs):
                # "a 1.6-litre engine from the Granta", "a mill borrowed from the Vesta": the model an engine comes from
                subjects = [e for e in subjects if not spec_cues.borrowed_from(self.index.lower, e.start, sent.start)]
            self._specs(sent, subjects, qs)
            # ("production of the X ended in 2019": a making that is over)
            hedged = (self.words & HEDGE_WORDS or "no" in self.words and self.words & {"plans", "plan", "intention"}
                      or self.words & ENDED_WORDS and self.words & MAKING_NOUNS
                      # ("From 1974 to 1978, X also produced the Y": a making long over)
                      or self.words & {"from", "between"} and self._closed_past_years(sent.start, sent))
            made = subjects
            if bases and self.words & MADE_VERSION_NOUNS:
                # "to produce a longer version of the X": the X is made there, though read as a base
                made = sorted([*subjects, *(e for e in ents if e.start in bases and e.label_ == "MODEL" and self._version_made(e, sent))],
                              key=lambda e: e.start)
            if made and self.words & UNDERPIN_VERBS:
                made = self._without_platform_mates(sent, made)  # "a platform which also underpins the X": not made here
            if made and self.words & PLATFORM_NAME_NOUNS:
                # "replaced by a car built from Renault's X architecture": a model named as a platform is not built here
                made = [m for m in made if self.index.lower[m.end:m.end + 1] not in (["architecture"], ["platform"], ["underpinnings"])]
            if made and self.words & SIBLING_NOUNS:
                made = [m for m in made if not self._likened_sibling(m)]  # "which, like its X sibling, ...": not made here
            self._plants(sent, ents, self._unhedged_models(sent, made) if hedged and made else made, qs)
            if subjects and ("locally" in self.words or "local" in self.words or "of" in self.words and self.words & MAKING_NOUNS):
                self._locally_made_models(sent, subjects)
            self._interview_answer(sent, ents, subjects)
            if self.words & PURCHASE_VERBS and self._bought_abroad(sent, ents, subjects, qs):
                pass  # "Sudan buys 50 Russian trucks": a state's purchase abroad, read as a route
            elif (not self._imports(sent, ents, subjects, qs) and not self._sourced_from(sent, ents, subjects)
                    and not ("from" in self.words and self._received_from(sent, ents, subjects, qs))
                    and not self._destination_as_subject(sent, ents, subjects, qs)
                    and not self._destination_takes(sent, ents, subjects, qs) and not self._table_row(sent, ents, qs)
                    and not self._company_row(sent, ents, qs)):
                self._exports(sent, ents, subjects, qs)
            if self.exporter is not None and ents and ents[0].label_ == "COMPANY" and len(sent) <= 16:
                self._maker_heading(sent, ents)
            if "for" in self.words and self.words & BUILD_VERBS and self.route_said != self.sent_no:
                self._built_for(sent, ents, subjects)
                if "market" in self.words and self.route_said != self.sent_no:
                    self._built_for_market(sent, ents, subjects, qs)
            if "followed" in self.words and self.exports:
                self._markets_to_follow(sent, ents)  # "Sri Lanka will be followed by Bangladesh and Kenya"
            if "not" in self.words and "but" in self.words:
                self._not_only_at_home(sent, ents, subjects)  # "sold not just locally but throughout Latin America"
            if self.words & (FOREIGN_MARKET_ADJECTIVES | SOLD_IN_VERBS) and self.route_said != self.sent_no:
                self._foreign_markets_named(sent, ents)  # "in its overseas markets, such as Chile and Peru"
            if self.words & SERVE_VERBS and self.route_said != self.sent_no:
                self._markets_served(sent, ents)  # "the plant will serve the Mexican and South American markets"
            if self.words & LAUNCH_WORDS and self.route_said != self.sent_no:
                self._on_sale_abroad(sent, ents, subjects)  # "the car goes on sale in European markets in August"
            if subjects and self.sent_no not in self._routes_of and len(self._routes_of.get(self.sent_no - 1, ())) == 1:
                self._models_of_last_route(sent, ents, subjects)
            if self.resume_plant is not None:
                (self.current_plant,), self.resume_plant = self.resume_plant, None
            if self.words & EXPORT_CONTEXT:
                self.export_said = self.sent_no
            companies = [e for e in ents if e.label_ == "COMPANY"]
            # (not a company of an opening phrase: "Along with VW, Kia has also unveiled plans")
            opening = [e for e in companies if self._in_opening_phrase(sent, e)]
            subject_from = opening[-1].end + 1 if opening else sent.start  # (counted from the phrase's comma)
            self.previous_subject = next((e.ent_id_ for e in companies if 0 <= e.start - subject_from <= 6
                                          and e not in opening), None) or (
                self._company_named_by_copula(sent, companies))
            if companies and companies[0].start == sent.start:
                self.chain_subject, self.chain_pronoun = companies[0].ent_id_, False
            elif self.index.lower[sent.start] in ("it", "its"):
                self.chain_pronoun = self.chain_subject is not None
            else:
                self.chain_subject, self.chain_pronoun = None, False
            if companies:
                # "It will use names like its bigger rivals, such as BMW. It has seven plants": a rival named only as an
                # example is not the company the next sentence's "it" means
                if not (self.last_company and all(self._named_as_rival(sent, e) for e in companies)):
                    self.last_company = next((e.ent_id_ for e in companies if not self._in_opening_phrase(sent, e)), companies[0].ent_id_)
                self.named_companies.update(e.ent_id_ for e in companies)
            countries = [e for e in ents if e.label_ == "COUNTRY"]
            if countries:
                self.last_country = countries[-1].ent_id_
            one_country = {e.ent_id_ for e in countries}
            self.previous_country = one_country.pop() if len(one_country) == 1 and not companies else None
            if subjects:
                # "the City, a sedan that will take on the likes of the Yaris and the Alsvin": the car the next
                # sentence's "the vehicle" means is the City, not a rival named after it
                rivals = self._rival_models(subjects)
                # "The X is also under four metres, like the Y, and ...": nor a model the car is likened to
                # "The X – and its sibling, the Y – debuted in May": nor one in a dashed aside on the car
                # "This car will compete with cars like the Y and the Z": a sentence naming only rivals leaves the car as it was
                if not (self.last_model and all(e.start in rivals for e in subjects)):
                    self.last_model = self._model_name(next((e for e in reversed(subjects) if e.start not in rivals and not self._likened_to(e)
                                                             and not self._in_dashed_aside(e, subjects[0], sent)), subjects[-1]))
                    self.last_model_sent = self.sent_no
                # "The Hilux is the newest product and replaced the D-Max on the line": the model
                # the sentence is about, that a sentence opening with 'It' goes on about
                opener = subjects[0].start - sent.start - (self.index.lower[sent.start] == "the")
                opened = subjects[0] if opener == 0 else self._subject_past_opening_phrase(sent, subjects)
                self.subject_model = self._model_name(opened) if opened is not None else None
            self.sent_no += 1
            named = list(dict.fromkeys(self._names_with_ranges([e for e in ents if e.label_ == "MODEL"])))
            if named:
                self.last_models = named
        self._settle_country_investments()
        if self.orphans:
            # figures of "the new plant" read before any plant is named: the story's one plant, else its one plant in the
            # country the story is about ("... invested US$1 billion in the new plant" before San Luis Potosi and, as an
            # aside, Spartanburg are named)
            home = self.plants if len(self.plants) == 1 else self._main_plant()
            # (with other plants in the story, the main plant's: see _orphan_of_main_plant; with none, every figure:
            # "Zorvex will make a car for Peru, creating 4,000 jobs. ... the factory will ...")
            orphans = self.orphans if len(self.plants) <= 1 else [(sent, q) for sent, q in self.orphans if self._orphan_of_main_plant(sent, q)]
            if not home and not self.plants:
                home = self._plant_of_orphans(orphans)
            if len(home) == 1:
                for sent, q in orphans:
                    if not self._another_companys_orphan(q, sent, home[0]):
                        self._set_figure(home[0], q, sent, confidence=0.6)
                    elif (own := self._orphans_company_plant(sent)) is not None:
                        self._set_figure(own, q, sent, confidence=0.6)  # "BYD is also building a plant ... The BYD plant"
        self._settle_unplaced_models()
        self._settle_makers()
        self._settle_guessed_origins()
        self._totals_on_counted_routes()
        for plant in self.plants:
            if plant.company is None and plant.models:
                plant.company = self._maker_of_all(plant.models)
            if not plant.site and plant.company:
                plant.site = self._town_in_name(plant)
            if plant.company and plant.country:
                plant.company = self._operator_in_the_country(plant) or self._operator_of_brand_built(plant) or plant.company
        self._plants_of_works_names()
        self._towns_of_state_plants()
        self._state_plants_of_known_towns()
        self._state_plant_of_lone_town()
        self._dateline_site()
        self._lone_town_site()
        self._merge_bracketed_names()
        self._plant_models_on_routes()
        self._plants_of_shipped_models()
        self._settle_locally_made()
        self._settle_launch_markets()
        facts = ArticleFacts(
            article="",
            companies=self._companies(),
            countries=self._countries(),
            models=list(self.models.values()),
            specs=[spec for variants in self.specs.values() for spec in variants],
            plants=[p for p in self.plants if p.country and id(p) not in self.undecided and not self._aside_parts_plant(p)],
            exports=list(self.exports.values()),
            people=self._people(),
            mentions=self._mentions(),
            unresolved=list(self.doc._.unresolved or []),
        )
        self._names_as_written(facts)
        return facts
