"""The models a route ships when its own clause names none: the vehicles an earlier sentence named ('these
models', 'The MPV is also shipped to ...', 'Most of the cars went to ...', 'It is also set for export', 'exports of the
new car', a batch of bare units), the models of the shipment just before ('A first shipment of 400 went to Malta'), a
sentence right after a single route naming its models ('The cargo consisted mainly of the Seagull') or the shipper
exporting them next; and, once the article is read, the one model of the story's one plant on routes from its
country.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.export_routes import COUNTED_NOT_VEHICLES
from core.nlp.relations.words import (
    BUILD_VERBS,
    HOME_MARKET_WORDS,
    IMPORT_CUES,
    MIX_WORDS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    PLANNED,
    SELL_CUES,
    SHARE_PRONOUNS,
    SHIPPING_VERBS,
)

BATCH_NOUNS = frozenset(["batches", "shipments", "volumes", "numbers", "quantities", "consignments", "lots"])
# plural vehicle nouns a demonstrative points back with: "these models", "those SUVs"
THESE_VEHICLE_NOUNS = frozenset(["models", "vehicles", "cars", "suvs", "sedans", "crossovers", "pickups", "trucks", "vans",
                                 "hatchbacks", "evs", "hybrids", "variants", "versions"])
# "Corolla engines", "Tiggo gearboxes": parts named by the model they go into
PARTS_NAMED_BY_MODEL = frozenset(["engine", "engines", "gearbox", "gearboxes", "transmissions", "axles", "components", "parts"])
# "68,000 engines to be exported to Latin America", "a transmission box ... to be exported to Europe": parts shipped
PARTS_SHIPPED = PARTS_NAMED_BY_MODEL | {"transmission", "box", "boxes"}
# "About 90 percent of the vehicles", "most of these cars", "half of the vehicles": a share of vehicles named before
SHARE_OPENERS = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "over", "more", "than", "most", "half",
                           "all", "many", "majority", "bulk", "a", "the", "per", "cent"])
SHARE_POINTERS = frozenset(["that", "this", "it", "them", "those"])  # "Half of that is exported": the output named before
# "for sales of the new car", "exports of the vehicle": nouns of trade that name the vehicles after 'of'
TRADE_OF_NOUNS = frozenset(["sales", "exports", "shipments", "deliveries", "export", "shipment"])


class ExportModelsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

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
        # ("Speaking of the top models shipped, the carmaker exported the X, Y and Z": the shipper right before the verb)
        right_before = lower[max(sent.start, cue - 2):cue]
        if not (opener in (["the", "company"], ["the", "carmaker"], ["the", "automaker"]) or opener[:1] in (["it"], ["they"])
                or right_before in (["the", "company"], ["the", "carmaker"], ["the", "automaker"])
                or named is not None and named == export.company):
            return False
        first = next((m for m in subjects if 0 < m.start - cue <= 4), None)
        if first is None:
            return False
        last = self._last_listed_model(first, subjects)  # "exported the Alto, Swift, Celerio and the Ciaz": the whole list
        shipped = [m for m in subjects if first.start <= m.start <= last.start]
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
        # "... its one millionth export car, a Fronx bound for Japan. The company exported 332,585 vehicles in fiscal 2025,
        # led by the Dzire and the Swift": a count of its own, not the route's, is another shipment broken down
        counts = [q for q in self.quantities.get(sent.start, []) if q.label_ == "UNITS"]
        if counts and export.units is None and self.words & SHIPPING_VERBS:
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
        if k is None or not (k == sent.start or lower[k - 1] == ",") or not 1 <= cue - k <= 4 and not self._second_participle(k, cue):
            return []
        return ([opened] if opened else list(self.last_models)) if set(lower[k + 1:cue]) & PASSIVE_AUXILIARIES else []

    def _second_participle(self, it: int, cue: int) -> bool:
        """'It is built in Japan and exported to Australia': the shipping participle joined by 'and' to a participle
        of making that 'it' is the subject of, in one clause."""
        lower = self.index.lower
        return (cue - it <= 16 and lower[cue - 1] == "and" and it + 2 < cue and lower[it + 1] in PASSIVE_AUXILIARIES
                and lower[it + 2] in lx.MADE_PARTICIPLES and not {",", ";", "which", "while", "but"} & set(lower[it:cue]))

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
