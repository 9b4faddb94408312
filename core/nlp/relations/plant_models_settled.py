"""Models kept while the article is read and given to a plant at its end: models a sentence about making named
before any plant was known, models said to be made locally ("the locally built X"), and the models a route ships
from a country where the story names one plant of their maker's group.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_models_words import MAKING_NOUNS
from core.nlp.relations.words import CONDITION_OPENERS, NEGATIONS, PARTS_MADE_FOR

# words that end a vehicle's description: "the X and Y, as well as the Z, which is imported": a clause, not the models' kind
DESCRIPTION_STOPS = frozenset("as well while but which that who than not no is are was were be been will would to from for with in at "
                              "by on into such like including its their his her our or also only".split())


class PlantModelsSettledMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _settle_unplaced_models(self) -> None:
        """'The plant has a capacity of 250,000 a year ... It is now making the Jeep X': models a sentence about the
        plant made before any plant was known go to the story's one plant, when it is their maker's group's."""
        if not self.unplaced_models:
            return
        makers = {model.name: model.maker for model in self.models.values()}
        own = [p for p in self.plants if p.company and p.country and id(p) not in self.undecided and all(
            self.gaz.same_group(makers.get(name) or "", p.company) and self.unplaced_countries.get(name, p.country) == p.country
            for name in self.unplaced_models)]
        if len(own) == 1:
            add_new(own[0].models, self.unplaced_models)
        elif not own and self.unplaced_sent is not None:
            self._home_plant_of_unplaced_models(makers)

    def _starts_production_of(self, sent) -> bool:
        """'plans to start production of an automatic variant of its Zorvo', 'began production of the X': production of
        a model started, in so many words."""
        lower = self.index.lower
        return any(lower[k] == "production" and lower[k + 1] == "of" and set(lower[max(sent.start, k - 3):k]) & lx.START_CUES
                   for k in range(sent.start + 1, sent.end - 1))

    def _home_plant_of_unplaced_models(self, makers: dict) -> None:
        """'Zorvex plans to start production of an automatic Zorvo ... demand inside Lorvania': models whose production
        starts, in a story that names no plant at all, all of one maker's group, are made at that maker's plant in its
        home country, when that is the country the story is about (not 'Toyota starts production of the new Camry' in a
        story about the US)."""
        if any(p.country and id(p) not in self.undecided for p in self.plants):
            return
        groups = {self.gaz.group_of(makers.get(name) or "") for name in self.unplaced_models}
        maker = makers.get(self.unplaced_models[0])
        if len(groups) != 1 or not maker:
            return
        # (the company the story names of that group, the maker's own name failing that)
        company = next((c for c in self.named_companies if self.gaz.same_group(c, maker)), maker)
        home = self.gaz.home_country(company) or self.gaz.home_country(maker)
        if home and home == self.main_country and home in self.named_countries:
            plant = self._plant(company, None, home, self.unplaced_sent, 0.5)
            add_new(plant.models, self.unplaced_models)

    @staticmethod
    def _said_on_a_condition(export) -> bool:
        """'If the X is built at the plant, it would be exported to Y': a route read in a sentence opening with a
        condition, no shipment of a model made there."""
        words = [w for w in (export.source.sentence.lower().split() if export.source is not None else []) if w.strip('"“‘\'')]
        return bool(words) and words[0].strip('"“‘\',') in CONDITION_OPENERS

    def _locally_made_models(self, sent: Sentence, subjects: list[Span]) -> None:
        """'a shipment of 1,500 locally built Alto and Brio cars', 'the locally-assembled X', 'three locally made models of
        the crossover X and the vans Y and Z', 'will start local assembly of the X': models said to be made locally, kept for
        the plant of their maker's group the story names (_settle_locally_made); not 'locally made parts for the X' (a part
        between)."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 2):
            country = None
            if self.ent_type[k] == "COUNTRY" and lower[k + 1] in MAKING_NOUNS and lower[k + 2:k + 3] == ["of"]:
                # "will commence Argentinian production of the X": a local making in the country named
                ent = next((e for e in self.ents.get(sent.start, []) if e.label_ == "COUNTRY" and e.end == k + 1), None)
                country = self._country_of(ent) if ent is not None else None
                if not country or lower[ent.start - 1] in NEGATIONS or lower[ent.start - 1] == "no":
                    continue
            elif lower[k] not in ("locally", "local") or lower[k - 1] in NEGATIONS or lower[k - 1] in ("longer", "no"):
                continue  # ("the imported, not locally made X", "no longer locally built", "no local assembly of the X")
            verb = k + 1 + (lower[k + 1] == "-")
            if country is not None or lower[k] == "local":  # "will start local assembly of the X", "through local production of its Y"
                if lower[verb] not in MAKING_NOUNS or lower[verb + 1:verb + 2] != ["of"]:
                    continue
                verb += 1
            elif lower[verb] not in lx.MADE_PARTICIPLES:
                continue
            first = next((m for m in subjects if verb < m.start <= verb + 10), None)
            if first is None or any(lower[j] in PARTS_MADE_FOR or not self._describes_a_vehicle(j) for j in range(verb + 1, first.start)):
                continue
            found, last = [first], first
            for m in subjects:
                if m.start <= last.start:
                    continue
                if m.start - last.end > 4 or not all(self._describes_a_vehicle(j) for j in range(last.end, m.start)):
                    break
                found.append(m)
                last = m
            described = self.current_plant if country is None or self.current_plant is not None and self.current_plant.country == country else None
            self.locally_made.extend((self._model_name(m), self._model_maker(m), described, country) for m in found)

    def _describes_a_vehicle(self, j: int) -> bool:
        """A word of a vehicle's description or of a list of models: 'the', 'of', 'and', a comma, a hyphen, a maker's name,
        a plain lowercase word ('left-hand-drive', 'crossover', 'passenger vans'), a short capital class ('SUV'), a number
        or a code ('V6-engined'); no word of a clause ('as well as', 'which', 'imported from')."""
        lower, token = self.index.lower[j], self.doc[j]
        if lower in (",", "and", "&", "the", "of", "-") or self.ent_type[j] == "COMPANY" or token.like_num:
            return True
        if token.is_upper and len(lower) <= 4 or any(c.isdigit() for c in lower):
            return True
        participle = lower.endswith(("ed", "ing")) and self.index.lower[j - 1] != "-"  # ("V6-engined": a compound's)
        return token.is_alpha and token.is_lower and lower not in DESCRIPTION_STOPS and not participle

    def _settle_locally_made(self) -> None:
        """The models said to be made locally go to the plant described when they were named, when it is of their maker's
        group, else to the one plant of that group the story names (in the country named, 'Argentinian production of')."""
        for name, maker, described, country in self.locally_made:
            if not maker:
                continue
            if described is not None and described.company and self.gaz.same_group(described.company, maker):
                add_new(described.models, [name])
                continue
            own = [p for p in self.plants if p.country and p.company and self.gaz.same_group(p.company, maker)
                   and id(p) not in self.undecided and id(p) not in self.parts_plants and (country is None or p.country == country)]
            if len(own) == 1:
                add_new(own[0].models, [name])

    def _plants_of_shipped_models(self) -> None:
        """'Zorvex builds cars at its Tarka plant in Ruritania. ... Zorvex exported 5,000 Alto and Brio cars from Ruritania
        to Chile': the models a route ships from a country are made there, at the one plant the story names in that
        country of the models' maker's group whose models the text did not give (a plant said to make the X and the Y is
        not where a shipped Z comes from); none for a model the text builds at a plant already, none when the group has
        two such plants there or none, or the plant makes parts or is named as where kits come from ('kits will come
        from Zorvex's plant in Tarka': its shipments are kits), or the route is said on a condition."""
        read = {id(p) for p in self.plants if p.models}
        # a model the text names a plant of ('the Fronx, built at its Manesar plant') is shipped from that plant
        placed = {name for p in self.plants for name in p.models}
        for export in list(self.exports.values()):
            if not export.models or not export.origin or self._said_on_a_condition(export) or self._shipped_long_ago(export):
                continue
            there = [p for p in self.plants if p.country == export.origin and p.company and id(p) not in self.undecided
                     and id(p) not in self.parts_plants and id(p) not in self.kit_sources and id(p) not in read]
            for name in export.models:
                if name in placed:
                    continue
                model = self.models.get(name)
                maker = (model.maker if model is not None else None) or export.company
                own = [p for p in there if self.gaz.same_group(p.company, maker)]
                if len(own) > 1:  # (the group's plants there: the one the shipper runs itself, "Renault" of "Renault and RNAIPL")
                    own = [p for p in own if p.company == export.company]
                if len(own) == 1:
                    add_new(own[0].models, [name])

    @staticmethod
    def _shipped_long_ago(export) -> bool:
        """'40 years after its first shipment of 10 X pickups to Chile in 1975', 'first exported the Y 38 years ago': a
        route in a year of the last century or twenty and more years ago, no model the plant makes now (not 'since 1998':
        a shipping going on)."""
        text = export.source.sentence if export.source is not None else ""
        return bool(re.search(r"\bin 19[0-9]{2}\b|\b([2-9][0-9]|[a-z]+ty(-[a-z]+)?) years ago\b", text, re.IGNORECASE))
