"""Models made for a market: "the plant builds the X for Europe", "1,000 more sedans for the US market",
"every Ioniq 5 sold in America was shipped from Ulsan", read as routes from the plant's country.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    APPROXIMATORS,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    EXPORT_HEDGES,
    IMPORT_CUES,
    LIST_GLUE,
    MARKET_WORDS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    PASSIVE_HEDGES,
    SOURCE_VERBS,
)

# "sold not just locally but throughout Latin America": the words naming the home market in such a contrast
HOME_CONTRAST_WORDS = frozenset(["locally", "domestically", "home", "domestic", "local"])
# what may stand between "but" and the other market: "but also in", "but will also be sold in", "but for", "but throughout"
BUT_ALSO_WORDS = frozenset(["also", "will", "be", "sold", "in", "for", "to", "throughout", "across", "the", "all", "of", "into"])
CONTRAST_MARKET_CUES = frozenset(["sold", "sale", "sales", "market", "markets", "selling", "sell"])
# "The plant builds the X for Europe", "the plant that will manufacture the Y for the entire region": a plant's own making
MAKING_FOR_VERBS = ACTIVE_BUILD_VERBS | {"manufacture", "manufactures", "manufacturing"}


# "for markets in Australia", "for the markets of the Gulf", "for customers in Europe": the markets named after the noun
MARKET_PLACE_NOUNS = frozenset(["markets", "market", "customers", "buyers", "consumers"])

class MadeForMarketsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _built_for(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The plant builds the X for Europe, Australia and Africa': the markets the current plant builds for, routes
        from its country with no figure; not its own country ('for Mexico' from a Mexican plant), not buyers ('for
        North American buyers'), companies ('for Ford') or purposes ('for export', 'for the first time')."""
        lower, plant = self.index.lower, self.current_plant
        if plant is None or not plant.country or self.words & (EXPORT_HEDGES | PASSIVE_HEDGES):
            return
        for k in range(sent.start + 1, sent.end):
            # "is built for" is a passive; "is producing vehicles for" the plant's own making
            if lower[k] not in MAKING_FOR_VERBS or lower[k - 1] == "-" or lower[k - 1] in PASSIVE_AUXILIARIES and not lower[k].endswith("ing"):
                continue
            # the verb's subject is the plant: a plant noun, its site or "it" before the verb
            site = any(e.label_ == "PLACE" and e.end <= k and plant.site and plant.site in (e.text, e.ent_id_) for e in ents)
            if not (set(lower[sent.start:k]) & lx.PLANT_NOUNS or site or lower[sent.start] == "it" and k - sent.start <= 3
                    or self._plant_owner_builds(sent, ents, k, plant)):
                return
            j = next((j for j in range(k + 1, min(sent.end, k + 16)) if lower[j] == "for"), None)
            if j is None or set(lower[k + 1:j]) & (CLAUSE_BREAKS | BUILD_VERBS):
                return
            objects = [s for s in subjects if k < s.start < j]
            if not objects and not set(lower[k + 1:j]) & (lx.VEHICLE_WORDS | lx.UNIT_WORDS | {"versions", "it", "them"}):
                return  # "makes room for ...", "make the city its hub for Central Asia"
            markets, m = [], self._past_counted_markets(j + 1, sent.end, ents)
            while m < sent.end:
                ent = next((e for e in ents if e.start == m), None)
                if ent is not None and ent.label_ in ("COUNTRY", "REGION") and not self.gaz.adjective_only(ent.text):
                    markets.append(ent)
                    m = ent.end
                elif markets and lower[m] in LIST_GLUE | {"for"} or not markets and lower[m] == "the":
                    m += 1
                elif not markets and lower[m] in MARKET_PLACE_NOUNS and lower[m + 1:m + 2] and lower[m + 1] in ("in", "of", "across"):
                    m += 2  # "for markets in Australia and New Zealand", "for customers in Europe"
                else:
                    break
            last = markets[-1].end if markets else m
            if not markets and self._the_whole_region(j + 1, sent.end):
                # "The plant that will make the X in Peru for the entire region": the region the story's routes go to,
                # else the word as written
                regions = {e.ent_id_ or e.text for e in self.all_ents if e.label_ == "REGION"}
                served = [x.destination for x in self.exports.values() if x.destination in regions]
                export = self._route(plant.company, plant.country, served[-1] if served else "region", sent, 0.7)
                add_new(export.models, [self._model_name(s) for s in objects])
                return
            if not markets or lower[last:last + 1] and lower[last] in MARKET_WORDS | {"'s", "’s"}:
                return  # "for North American buyers", "for European markets": the adjective's buyers, read no further
            models = [self._model_name(s) for s in objects]
            for ent in markets:
                destination = ent.ent_id_ or ent.text
                if destination == plant.country:
                    continue  # the plant's home market
                export = self._route(plant.company, plant.country, destination, sent, 0.7)
                add_new(export.models, models)
            return

    def _not_only_at_home(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The cars will not only be sold in Indonesia, but also in the South East Asian region', 'for sale not just
        locally but throughout Latin America', 'for not only the South African market, but also for Sub-Saharan
        Africa': the home market, then the other markets the vehicles are sold in, routes from home with no figure."""
        lower = self.index.lower
        if not self.words & CONTRAST_MARKET_CUES or self.words & (EXPORT_HEDGES | PASSIVE_HEDGES | IMPORT_CUES):
            return
        for k in range(sent.start, sent.end - 3):
            if lower[k] != "not" or lower[k + 1] not in ("only", "just"):
                continue
            but = next((b for b in range(k + 2, min(sent.end, k + 12)) if lower[b] == "but"), None)
            if but is None:
                return
            # "sold in Indonesia", "for the South African market": the home market (not "to Germany", a market shipped to)
            homes = [e for e in ents if k < e.start < but and e.label_ == "COUNTRY"
                     and (lower[e.start - 1] == "in" or lower[e.end:e.end + 1] == ["market"])]
            if any(e.label_ in ("COUNTRY", "REGION") and e not in homes for e in ents if k < e.start < but):
                return
            plant = self.current_plant
            home = plant.country if plant is not None and plant.country else self.main_country  # the story's country
            origin = homes[0].ent_id_ if len(homes) == 1 else None
            if origin is None and set(lower[k + 2:but]) & HOME_CONTRAST_WORDS:
                origin = home
            if origin is None or origin != home:
                return  # "sold not only in Germany but also in France" after a South African plant: no home market
            markets, m = [], but + 1
            while m < min(sent.end, but + 12):
                ent = next((e for e in ents if e.start == m and e.label_ in ("COUNTRY", "REGION")), None)
                if ent is not None:
                    markets.append(ent)
                    m = ent.end
                elif lower[m] in BUT_ALSO_WORDS or markets and lower[m] in LIST_GLUE:
                    m += 1
                else:
                    break
            models = [s for s in subjects if s.start < k]
            if not models and not set(lower[sent.start:k]) & (lx.VEHICLE_WORDS | lx.UNIT_WORDS | {"they", "it"}):
                return  # "... not only jobs but also more options": no vehicles sold
            company = plant.company if plant is not None and plant.country == origin else (
                self._model_maker(models[0]) if models else None)
            for ent in markets:
                destination = ent.ent_id_ or ent.text
                # "the South East Asian region", "Sub-Saharan African markets": an adjective names a market only with its noun
                named = ent.text not in self.gaz.demonyms or lower[ent.end:ent.end + 1] in (["markets"], ["market"], ["region"], ["regions"])
                if destination != origin and named:
                    export = self._route(company, origin, destination, sent, 0.7)
                    add_new(export.models, [self._model_name(s) for s in models])
            return

    def _built_for_market(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """'the build of 1,000 more SS sedans for the US market at its South Australian plant', 'The car has been made
        for the Colombian market' after a sentence on the plant: vehicles made for one foreign country's market, a route
        from where they are made (a country or site named in the sentence before 'for', else the plant being described);
        not a launch or sale ('launched the X for the Indian market': no verb of making) nor the home market."""
        lower = self.index.lower
        if self.words & (EXPORT_HEDGES | PASSIVE_HEDGES):
            return
        for k in range(sent.start + 3, sent.end):
            if lower[k] != "market":
                continue
            # ("the primary production plant for the European market": a region's market too)
            market = next((e for e in ents if e.end == k and e.label_ in ("COUNTRY", "REGION")
                           or e.end == k + 1 and e.label_ == "REGION" and e.start < k), None)  # (the region's name holds "market")
            if market is None:
                continue
            # "for the US market" (the article inside the name or before it)
            k_for = market.start - 1 - (lower[market.start] != "the")
            if k_for - 1 < sent.start or lower[k_for] != "for" or lower[k_for + 1] != "the" or market.end - market.start > 3:
                continue
            made = next((j for j in range(k_for - 1, max(sent.start, k_for - 16) - 1, -1) if lower[j] in BUILD_VERBS), None)
            if made is None or set(lower[made:k]) & (CLAUSE_BREAKS | {"sold", "launched", "designed", "developed"}):
                continue
            # "Commodore-based SS sedans": the model it derives from is not shipped
            subjects = [m for m in subjects if lower[m.end:m.end + 2] != ["-", "based"]]
            models = [m for m in subjects if made < m.start < k_for]
            if not models and not set(lower[made + 1:k_for]) & (lx.VEHICLE_WORDS | lx.UNIT_WORDS):
                # "The car has been made for ...": the vehicles as the passive's subject
                models = [m for m in subjects if m.end <= made and m.start >= sent.start]
                if not models and not set(lower[sent.start:made]) & (lx.VEHICLE_WORDS | {"it", "they"}):
                    continue
            where = [e for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.end <= k_for and e is not market
                     and lower[e.start - 1:e.start] != ["to"]]
            origin = next((c for c in (self._country_of(e) for e in reversed(where)) if c), None)
            plant = self.current_plant
            company = None
            if origin is None and plant is not None and plant.country:
                origin, company = plant.country, plant.company
            destination = market.ent_id_
            if company is None:
                named = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start < made), None)
                company = named or (self._model_maker(models[0]) if models else None)
            guessed = False
            if not origin and company and not self.plants and destination != self.main_country:
                # "Acme said it would manufacture the X for the European market. Acme builds the car at its Y plant.":
                # no plant named yet, the maker's home, settled later by the plant the story goes on to name (not
                # "It will build the X for the Russian market" after a plant was named, or in a story about Russia:
                # its making is there)
                origin, guessed = self._origin(company, None), True
            if not origin or origin == destination:
                continue
            units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and made < q.start < k_for), None)
            if units is not None and units.label_ == "COUNT" and not models:
                units = None
            export = self._route(company, origin, destination, sent, 0.7)
            if guessed:
                self.guessed_origins.append(export)
            add_new(export.models, [self._model_name(m) for m in models])
            self._set_units(export, units, sent, 0.7)
            return

    def _the_whole_region(self, k: int, end: int) -> bool:
        """'(for) the entire region', 'the whole region', 'all the region' at k, the phrase ending there (not 'the
        region's dealers')."""
        lower = self.index.lower
        k += lower[k:k + 1] == ["all"]
        if lower[k:k + 1] != ["the"]:
            return False
        k += 1 + (lower[k + 1:k + 2] in (["entire"], ["whole"], ["wider"]))
        return k < end and lower[k] == "region" and (k + 1 >= end or lower[k + 1] not in ("'s", "’s") and not self.doc[k + 1].is_alpha)

    def _plant_owner_builds(self, sent: Sentence, ents: list[Span], verb: int, plant: PlantFact) -> bool:
        """'Presently, Acme is producing vehicles for ...': the company of the plant being described, as the subject right
        before the verb of making (only 'is', 'are' or an adverb between)."""
        lower = self.index.lower
        k = verb - 1
        while k > sent.start and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB):
            k -= 1
        company = next((e for e in ents if e.label_ == "COMPANY" and e.end == k + 1), None)
        return company is not None and bool(plant.company) and company.ent_id_ == plant.company

    def _past_counted_markets(self, m: int, end: int, ents: list[Span]) -> int:
        """'for about five countries in Africa, including A, B and C': past the count of markets and their region to the
        markets listed after 'including' (m itself when the words there are no such count)."""
        lower, k = self.index.lower, m
        while k < end and (lower[k] in APPROXIMATORS or self.doc[k].like_num):
            k += 1
        if k == m or k >= end or lower[k] not in ("countries", "markets", "nations"):
            return m
        k += 1
        if lower[k:k + 1] == ["in"]:
            region = next((e for e in ents if e.start in (k + 1, k + 2) and e.label_ == "REGION"), None)
            if region is None:
                return m
            k = region.end
        if lower[k:k + 1] == [","]:
            k += 1
        return k + 1 if lower[k:k + 1] in (["including"], ["notably"]) else m

    def _sold_in_market_route(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'Every Ioniq 5 sold in America was shipped from Ulsan', 'all Model Ys sold in Europe come from Grünheide': the
        model's route from where it is made to the market, no figure."""
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 2):
            if lower[k] != "sold" or lower[k + 1] != "in":
                continue
            market = next((e for e in ents if e.start == k + 2 and e.label_ in ("COUNTRY", "REGION")), None)
            model = next((m for m in subjects if m.end <= k and k - m.end <= 1), None)
            if market is None or model is None or set(lower[max(sent.start, model.start - 3):model.start]) & NEGATIONS:
                continue
            if not set(lower[max(sent.start, model.start - 3):model.start]) & {"every", "all", "each", "any"}:
                continue  # "the Ioniq 5 sold in America ...": every one of them, not some
            j = market.end
            while j < sent.end and lower[j] in ("is", "are", "was", "were", "has", "have", "been", "all", "still", "now"):
                j += 1
            if j + 1 >= sent.end or lower[j] not in SOURCE_VERBS | BUILD_VERBS | IMPORT_CUES or lower[j + 1] not in ("from", "in", "at"):
                continue
            where = next((e for e in ents if e.start in (j + 2, j + 3) and e.label_ in ("COUNTRY", "PLACE")), None)
            origin = self._country_of(where) if where is not None else None
            destination = market.ent_id_ or market.text
            if not origin or origin == destination:
                continue
            export = self._route(self._model_maker(model), origin, destination, sent, 0.8)
            add_new(export.models, [self._model_name(model)])
            return True
        return False
