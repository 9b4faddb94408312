"""Plants that make parts, not vehicles: battery, engine and transmission plants ("its engine plant at Y", "a
battery-module plant"), a carmaker's own powertrain plants, and articles about a parts maker.
"""
from __future__ import annotations

from functools import cached_property

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import ACTIVE_BUILD_VERBS, COMPONENT_PLURALS

# "an automobile and engine plant": the vehicles a plant makes, named before the part it makes too
# "a car and engine plant", "a new electric model and battery plant", "an EV and battery plant": what the plant builds besides
VEHICLE_MAKING_WORDS = frozenset(["automobile", "automobiles", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "auto",
                                  "model", "models", "ev", "evs", "van", "vans", "bus", "buses", "suv", "suvs", "pickup", "pickups"])
# "a battery plant in X", "its engine plant at Y", "a battery-module plant": a plant that makes parts, not vehicles
COMPONENT_WORDS = frozenset(["battery", "batteries", "cell", "cells", "engine", "engines", "module", "modules", "pack", "packs",
                             "component", "components", "parts", "seat", "seats", "seating", "transmission", "transmissions",
                             "gearbox", "gearboxes", "axle", "axles", "tyre", "tyres", "tire", "tires", "chip", "chips",
                             "semiconductor", "electronics", "casting", "castings", "forging", "foundry"])
# parts a carmaker makes in plants of its own: "engine plant", "transmission plants" (not battery, seat or chip plants)
POWERTRAIN_PART_WORDS = frozenset(["engine", "engines", "transmission", "transmissions", "gearbox", "gearboxes", "axle", "axles",
                                   "powertrain", "powertrains"])
PLANT_SUPPLY_VERBS = frozenset(["supply", "supplies", "supplying", "feed", "feeds", "feeding", "provide", "provides", "ship", "ships"])
BATTERY_WORDS = frozenset(["battery", "batteries", "cell", "cells", "gwh", "gigawatt-hours", "cathode", "cathodes", "anode",
                           "anodes", "lithium-ion"])
PARTS_SOURCE_VERBS = frozenset(["made", "produced", "built", "manufactured", "supplied", "sourced", "shipped", "come",
                                "comes", "came", "coming", "will", "are", "be", "is", "were", "being", "to", "also", "now"])
PARTS_SOURCE_GLUE = frozenset(["'s", "’s", "its", "the", "a", "an", "gwh", "new", "nearby", "own", "battery", "cell"])


class PlantPartsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    @cached_property
    def _parts_article(self) -> bool:
        """An article about a parts maker (its most named company a supplier): its battery, cell and seat plants are the
        news; elsewhere they are asides to the vehicle plants."""
        return self._parts_maker(self.main_company)

    def _aside_parts_plant(self, plant: PlantFact) -> bool:
        """'Battery packs come from its battery plant in X, which is not part of the announcement', 'cells are supplied by
        a cell maker's plant in Y': a plant that makes parts (named so, or run by a parts maker), mentioned in passing
        (no capacity, jobs or investment of its own) in an article about vehicle makers."""
        return id(plant) in self.parts_plants and id(plant) not in self.powertrain_plants and not self._parts_article and not (
            plant.site and plant.site in self._headline and (plant.capacity_per_year or plant.jobs or plant.investment))

    def _powertrain_plant_noun(self, first: int, last: int, sent: Sentence) -> bool:
        """'a new engine plant in X', 'transmission plants in A and B', 'its X engine factory': a carmaker's own plant
        of engines or gearboxes is one of its plants (unlike a battery or seat plant, most often a supplier's or a
        joint venture's), unless it is named only as where parts come from ('engines come from its X plant')."""
        lower = self.index.lower
        if self._parts_made_at(first, sent):
            return False
        after = next((k for k in range(first, min(sent.end, last + 3)) if lower[k] in lx.PLANT_NOUNS), None)
        if after is None or any(lower[k] in (",", "in", "at") for k in range(first, after)):
            # back over the list the site is in: "transmission plants in A, Ohio, and B, Michigan"
            after, k = None, first - 1
            while k >= max(sent.start, first - 12) and (lower[k] in (",", "and", "in", "at", "near") or self.ent_type[k]):
                k -= 1
            if k >= sent.start and lower[k] in lx.PLANT_NOUNS:
                after = k
        if after is None:
            return False
        j = after - 1
        if lower[j] in ("assembly", "production", "manufacturing"):
            j -= 1
        if lower[j] not in POWERTRAIN_PART_WORDS or self.ent_type[j]:
            return False  # (not "the Oakvale Engine Plant" read as a site's name)
        k = j - 1  # "engines come from its engine plant in X": back over "its", "the", "Acme's" to a word of supply
        while k > sent.start and (lower[k] in ("its", "their", "the", "a", "an", "'s", "’s", "new") or self.ent_type[k] == "COMPANY"
                                  or self.ent_type[k] == "PLACE"):  # (and over the site: "from Acme's X engine plant")
            k -= 1
        if lower[k] in ("from", "by"):
            return False
        # "Honda's engine plant at X will supply the engines": a plant named as feeding another
        return not any(lower[i] in PLANT_SUPPLY_VERBS for i in range(last + 1, min(sent.end, last + 6)))

    @cached_property
    def _headline(self) -> str:
        """The article's headline, its first line without a full stop: 'X's Y battery plant nears start' makes that parts
        plant the news."""
        first = self.index.sent_text(0).strip() if len(self.doc) else ""
        return "" if first[-1:] in (".", "!", "?", '"', "”") else first

    def _parts_maker(self, company: str | None) -> bool:
        info = self.gaz.companies.get(company) if company else None
        return info is not None and info.kind == "supplier"

    def _vehicles_built(self, sent: Sentence) -> bool:
        """'Foxconn ... will build the Monarch MX tractor and a new electric pickup at the plant': the sentence has a
        supplier make vehicles (a verb of making, then vehicles or a model before any part), so its plant is no parts
        plant."""
        lower = self.index.lower
        for k in range(sent.start, sent.end):
            if lower[k] in ACTIVE_BUILD_VERBS:
                for j in range(k + 1, min(sent.end, k + 11)):
                    if lower[j] in COMPONENT_WORDS or lower[j] in (".", ";"):
                        break
                    if lower[j] in lx.VEHICLE_WORDS or self.ent_type[j] == "MODEL":
                        return True
        return False

    def _parts_plant_noun(self, first: int, last: int, sent: Sentence) -> bool:
        """The plant noun nearest a site is one of parts: 'its battery plant in X', 'the X engine plant'."""
        lower = self.index.lower
        # "its Cikarang plant in Bekasi regency": the noun right after the site's own name, before a second place
        after = next((k for k in range(first, min(sent.end, last + 3)) if lower[k] in lx.PLANT_NOUNS), None)
        if after is not None and not any(lower[k] in (",", "in", "at") for k in range(first, after)):
            return self._component_plant(after)
        before = next((k for k in range(first - 1, max(sent.start, first - 4) - 1, -1) if lower[k] in lx.PLANT_NOUNS), None)
        return before is not None and self._component_plant(before) or self._parts_made_at(first, sent)

    def _parts_made_at(self, first: int, sent: Sentence) -> bool:
        """'cells made at PowerCo's Sagunto gigafactory', 'engines come from its Kolin plant', 'Packs from Liberty go to
        ...': parts said to be made at or come from the site; the plant there makes parts."""
        lower = self.index.lower
        k = first - 1
        if lower[k] in ("in", "at", "near") and lower[k - 1] in lx.PLANT_NOUNS:
            k -= 2  # "from Skoda's plant in Vrchlabi"
        while k > sent.start and (self.ent_type[k] == "COMPANY" or lower[k] in PARTS_SOURCE_GLUE or self.doc[k].like_num
                                  or lower[k] in lx.PLANT_NOUNS or self.doc[k].text[:1].isupper() and lower[k + 1] in ("'s", "’s")):
            k -= 1  # back over "PowerCo's 50 GWh plant", a maker the gazetteer may not hold
        if lower[k] not in ("at", "from", "in", "by"):
            return False
        j = k - 1
        while j > max(sent.start, k - 4) and lower[j] in PARTS_SOURCE_VERBS:
            j -= 1  # "will come", "are made", "made"
        return lower[j] in COMPONENT_PLURALS and self.ent_type[j] == "" and (j < k - 1 or lower[k] == "from")

    def _component_plant(self, k: int) -> bool:
        """'battery plant', 'engine plant', 'battery-module plant', 'battery-pack assembly line': a plant noun after a
        part's name makes parts, not vehicles."""
        lower = self.index.lower
        if lower[k] not in lx.PLANT_NOUNS:
            return False
        j = k - 1
        if lower[j] in ("assembly", "production", "manufacturing"):
            j -= 1
        if lower[j] == "gwh" or lower[j].endswith("gwh") and lower[j][:-3].replace(".", "").isdigit():
            return True  # "its 50 GWh plant": sized in energy, a battery plant
        if lower[k] in ("gigafactory", "megafactory"):
            # "PowerCo's gigafactory at Sagunto, which will make cells": a gigafactory of batteries, no cars named with it
            start, end = self.index.sent_bounds(k)
            return bool(set(lower[start:end]) & BATTERY_WORDS) and not any(self.ent_type[i] == "MODEL"
                                                                             for i in range(max(start, k - 6), end))
        # (not a brand that names a part: "the Seat factory in Martorell" is SEAT's, a car plant)
        return lower[j] in COMPONENT_WORDS and self.ent_type[j] != "COMPANY" and not self._vehicles_and_parts(j)

    def _vehicles_and_parts(self, j: int) -> bool:
        """'a car and engine manufacturing facility', 'its vehicle and battery plant', 'the Valencia Vehicle Operations and
        Engine Plant': the part is listed after the vehicles the plant makes too (a word or two of the vehicles' side
        between)."""
        lower = self.index.lower
        return j >= 2 and lower[j - 1] in ("and", "&") and any(lower[i] in VEHICLE_MAKING_WORDS for i in range(max(0, j - 4), j - 1))
