"""What the words before a place's preposition say of it: the nearest cue before 'in X', 'at X' or 'near X' decides
whether vehicles are made there ('builds the 208, the Ami and the Topolino at Kenitra', 'is made by Kia Slovakia in
Zilina', 'to increase capacity at Sorocaba'; not 'known as the Seagull in China', 'a car designed in Hangzhou',
'previewed in Bangkok'), and a site of research, sales or shows right before the preposition makes none ('its technical
site in Cranfield'). production_places.py reads the place itself, the words around it and which preposition it has.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.plant_investment import NON_PLANT_CENTRES
from core.nlp.relations.production_places import CENTRE_KINDS, CENTRE_NOUNS, CENTRE_OWNERS, PLANT_KIND_WORDS, PORT_WORDS
from core.nlp.relations.words import (
    ADVERBS_BEFORE_VERB,
    BUYERS_IN_NOUNS,
    COMPONENT_PLURALS,
    MARKET_WORDS,
    NEGATIONS,
    PARTS_MADE_FOR,
    PASSIVE_AUXILIARIES,
)

POWERTRAIN_OPERATIONS = frozenset(["powertrain", "engine", "transmission", "stamping"])  # "its powertrain operations in X"
# "building a parts centre in Nairobi", "its offices in Lagos": places of work that make no vehicles
NO_MAKING_NOUNS = frozenset(["centre", "center", "centres", "centers", "office", "offices", "headquarters", "showroom",
                             "showrooms", "warehouse", "warehouses", "dealership", "dealerships", "museum", "laboratory",
                             "laboratories", "lab", "labs", "academy", "school", "studio",
                             # "a truck produced by X during an auto show in Shanghai": an event held there
                             "show", "shows", "motorshow", "fair", "fairs", "expo", "exhibition", "conference", "summit",
                             "forum", "festival"])
# the words that may describe such a site with its kind: "new research and development facilities", "parts centre"
NO_MAKING_DESCRIBERS = frozenset(["and", ",", "&", "/", "-", "parts", "spare", "sales", "regional", "new", "global"])
# "is made only in India", "are made exclusively in X": words of 'only' between the participle and the place
ONLY_ADVERBS = frozenset(["only", "exclusively", "solely", "entirely", "wholly", "mainly", "mostly", "also", "still", "now",
                          "currently", "locally"])
MODAL_WORDS = frozenset(["will", "would", "can", "could", "may", "might", "should", "must", "to", "has", "have", "had", "not"])
OBJECT_PREPS = frozenset(["on", "of", "about", "for", "with", "to", "from", "by", "in", "at", "over"])
EXCLUSIVE_ADVERBS = frozenset(["only", "exclusively", "solely", "entirely", "wholly"])
# "a CBU model that was made in Thailand", "imported cars made in Japan": vehicles made in a country and brought in
IMPORTED_WORDS = frozenset(["import", "imports", "imported", "importing", "cbu", "cbus", "importer", "importers"])
MADE_PART_NOUNS = frozenset(["gearbox", "transmission", "powertrain", "chassis", "body", "platform"])  # "its gearbox is made in X"
# "the production car previewed in Bangkok", "the SUV unveiled at a show in Paris": where a car was shown
SHOWN_WORDS = frozenset(["previewed", "unveiled", "showcased", "displayed", "exhibited", "premiered", "debuted"])


class ProductionPlaceCuesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _site_of_no_making(self, prep: int, sent_start: int) -> bool:
        """'at its technical site in Cranfield', 'all its R&D facilities in the province', 'building a regional parts
        centre in Nairobi', 'an office in Lagos', 'an auto show in Shanghai': the place of a site named as one of research, design, testing or
        distribution, or of a centre or office that is no plant, right before the preposition (not 'its assembly centre
        at X', 'a manufacturing and R&D facility in X', 'the Acme Electric Vehicle Center in X')."""
        lower, k = self.index.lower, prep - 1
        if k <= sent_start:
            return False
        noun = lower[k]
        if noun in NO_MAKING_NOUNS:
            if self.doc[k].is_title and self.doc[k - 1].is_title:
                return False  # a centre's own name: "at Acme Electric Vehicle Center in X"
        elif not (noun in lx.PLANT_NOUNS and lower[k - 1] in NON_PLANT_CENTRES):
            return False
        # the words describing it: none of making joined to them ("a manufacturing and R&D facility")
        j = k - 1
        while j > sent_start and k - j <= 6 and (lower[j] in NON_PLANT_CENTRES or lower[j] in NO_MAKING_DESCRIBERS):
            j -= 1
        return not (lower[j] in CENTRE_KINDS or lower[j] in lx.PRODUCTION_CUES and lower[j + 1] in ("and", ",", "&", "/"))

    def _making_cue_before(self, sent: Sentence, ent: Span, i: int) -> bool:
        """The nearest cue before the place's preposition at i decides: a word of making ('builds the 208 ... at Kenitra',
        'made by Kia Slovakia in Zilina', 'to increase capacity at Sorocaba') says vehicles are made there, unless
        negated; one of selling or shipping, a name used, a design, a port or a show says not."""
        lower = self.index.lower
        # the nearest cue before the preposition decides: production, or selling and shipping; a list of
        # models between them costs no distance ("builds the 208, the Ami and the Topolino at Kenitra")
        budget = 10
        # ("a car plant with a capital investment of $200 million is planned in X": a figure costs one word, not three)
        inside_figures = {k for q in self.quantities.get(sent.start, []) for k in range(q.start + 1, q.end)}
        for j in range(i - 1, sent.start - 1, -1):
            word = lower[j]
            if word in ("it", "they") and j > sent.start and lower[j - 1] == ",":
                return False  # "Built in Yorii, Japan, it costs $45,890 in the US": the clause after the participle's
            if word == "to" and j + 1 < i and lower[j + 1] in BUYERS_IN_NOUNS:
                return False  # "buses built in Brazil to operators in Chile": where the buyers are, not the making
            if word == "selling" and lower[j - 1] in ("-", "best", "top"):
                continue  # "builds the best-selling X in Germany": what the model is, not where it is sold
            if word in ("market", "markets") and self._markets_production_is_for(j):
                continue  # "production for overseas markets to start late in the year at Hwasung": the making is here
            if self._cue_says_not_made_there(j, i):
                return False
            if word in lx.MADE_PARTICIPLES and lower[j - 1] == "-":
                continue  # "sells the Thai-built Hilux in Australia": the compound says where the model is made, not the place after it
            if word in lx.MADE_PARTICIPLES and lower[j - 1] in lx.MADE_ADVERBS and lower[j - 2] not in PASSIVE_AUXILIARIES:
                # "delivered its first 120 locally assembled Rangers to a buyer in Ghana": what the cars are (not the
                # passive, "the X will be locally assembled in Y")
                continue
            made_by = self._made_names_place(sent, ent, j, i)
            if word in ("unit", "units") and lower[j - 1] == "industrial":
                return True  # "its Gateway industrial unit at Chachoengsao": a plant
            if word in CENTRE_NOUNS and j == i - 1 and lower[j - 1] in CENTRE_KINDS and lower[j - 2] in CENTRE_OWNERS:
                return True  # "the industrial centers in A and B", "its assembly centre at X": a company's plants
            if (word in CENTRE_NOUNS and j == i - 1 and self.doc[j].is_title and self.doc[j - 1].is_title
                    and lower[j - 1] in PLANT_KIND_WORDS | {"vehicles"}):
                return True  # "at Acme Electric Vehicle Center in X": a plant named as a centre, then its town
            if (word in ("operations", "operation") and lower[j - 1] in POWERTRAIN_OPERATIONS
                    and not any(lower[x] in lx.PLANT_NOUNS for x in range(sent.start, j))):  # not an aside of a plant named
                return True  # "strengthen its powertrain operations in Kokomo": where engines are made
            if ent.label_ == "PLACE" and (word == "capacity" and j >= i - 2 or word in lx.INVESTMENT_CUES and lower[i] == "at"
                                          and word not in ("worth", "cost", "costs", "costing")):
                # "to increase capacity at Sorocaba", "is also investing $9 million at Curitiba": a town whose capacity
                # grows, or money put in at a town, is a town where vehicles are made
                return not set(lower[max(sent.start, j - 3):j]) & NEGATIONS
            if (word in lx.PRODUCTION_CUES or made_by) and self.ent_type[j] != "COMPANY":  # not "Rift Valley Assembly signed ... in X"
                # "the X will not be built in Ohio", "is never assembled in Y": no production there
                return not set(lower[max(sent.start, j - 3):j]) & NEGATIONS
            # "the manufacturing base of Acme Motor Company Limited (AMC), located in X": a company's long name costs one
            # word, and the brackets of its acronym none
            if not (self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or word in (",", "and", "the") or j in inside_figures
                    or self.ent_type[j] == "COMPANY" and self.ent_iob[j] != "B" or word in ("(", ")") and self._brackets_company(j)):
                budget -= 1
                if budget == 0:
                    break
        return False

    def _cue_says_not_made_there(self, j: int, i: int) -> bool:
        """The word at j, before the place's preposition at i, says vehicles are not made there: a cue of export or of a
        market, a name used there, an idiom of 'make', a design, a port, a show."""
        lower = self.index.lower
        word = lower[j]
        if word in lx.EXPORT_CUES or word in MARKET_WORDS or word in (";",):
            return True
        if word in ("known", "called", "named", "dubbed", "badged", "marketed"):
            return True  # "the Dolphin Surf, known as the Seagull in China": where a name is used
        if word in ("make", "makes", "made", "making") and self._idiom_of_make(j):
            return True  # "to make the most of the channels already established in Mexico": no making there
        if word in ("designed", "developed", "engineered", "styled", "headquartered", "registered", "founded"):
            return True  # "about to build a car designed in Hangzhou": where it was drawn, not built
        if word in PORT_WORDS and (j == i - 1 or lower[j + 1] == "of"):
            return True  # "export its car production through the port of Bar in Montenegro": where the port is
        # "the production version of the car previewed in Bangkok": where it was shown, not built (not "will
        # build the X, unveiled last year, in Y": an aside before the place)
        return word in SHOWN_WORDS and j == i - 1

    def _markets_production_is_for(self, j: int) -> bool:
        """'production for overseas markets', 'output for export markets': the markets named right after a noun of making
        and 'for' say whom the making serves, not where the place after them is a market."""
        lower = self.index.lower
        k = j - 1
        while k > 0 and j - k <= 3 and lower[k] != "for":
            k -= 1
        return lower[k] == "for" and lower[k - 1] in ("production", "output", "manufacturing", "assembly")

    def _made_names_place(self, sent: Sentence, ent: Span, j: int, i: int) -> bool:
        """'made' at j names where vehicles are made, the place after it: the passive of models or vehicles ('Both models
        are made in Emden', 'is made by Kia Slovakia in Zilina'), a model then 'made' ('Zorvas made only in Elbonia'),
        vehicles 'made by' their maker ('buses made by Acme in Elbonia')."""
        lower = self.index.lower
        word = lower[j]
        # "is made by Kia Slovakia in Zilina": the passive with its maker names where it is made
        # (of a model or of vehicles, not "the decision was made by Kia in Seoul")
        # "Both models are made in Emden", "The cars are also made at Foo": the passive, of models or vehicles, with
        # the town right after (not "the decision was made in Seoul"; "a CBU model made in Thailand" is where an
        # import came from)
        # "The first X will be CBU imports, made by Acme in China": a participle after a comma alike
        # "The X will be made only in India", "are made exclusively in South Korea": the passive of models, with at
        # most a word of 'only' before the place, names where they are made, a country too (not "a CBU model that
        # was made in Thailand", where an import came from)
        made_by = (word == "made" and (lower[j + 1] == "by" or all(lower[x] in ONLY_ADVERBS for x in range(j + 1, i)) and (
                       ent.label_ == "PLACE" or self._model_made_only_in_country(sent, j, i)))
                   and (lower[j - 1] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB or lower[j - 1] == "," and lower[j + 1] == "by"
                        # "XC90s made in Torslanda", "V40 hatchbacks made in Ghent": models, then 'made' and their town
                        or ent.label_ == "PLACE" and j == i - 1 and (self.ent_type[j - 1] in ("MODEL", "MODEL_AMBIG")
                                                                      or lower[j - 1] in lx.VEHICLE_WORDS))
                   and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                           for k in range(sent.start, j)))
        # "shipping Zorva SUVs made in Elbonia", "Zorvas made only in Elbonia": 'made' right after a model (or its plural
        # vehicle word) names where that model is made, a country too unless the story is of imports (no model named:
        # "cars made in India" is left)
        made_by = made_by or (word == "made" and sent.start < j - 1 and i - j <= 1 + (lower[j + 1] in EXCLUSIVE_ADVERBS)
                              and (ent.label_ == "PLACE" or not self.words & IMPORTED_WORDS) and self._made_model_before(j))
        # "buys 300 buses made by Acme in Elbonia", "Zorvas made by Acme at Xyz": vehicles, 'made by' their maker and
        # only its name before the place, as "built by" says
        made_by = made_by or (word == "made" and lower[j + 1] == "by" and i > j + 2
                              and all(self.ent_type[x] == "COMPANY" for x in range(j + 2, i))
                              and (lower[j - 1] in lx.VEHICLE_WORDS or self._made_model_before(j)))
        # "The first Nikola trucks will be made in Germany by manufacturing partner Iveco": the passive with its maker
        # named after the place (up to three words of description between 'by' and the name)
        made_by = made_by or (word == "made" and i == j + 1 and lower[j - 1] in PASSIVE_AUXILIARIES
                              and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                                      for k in range(sent.start, j))
                              and lower[ent.end:ent.end + 1] == ["by"] and any(
                                  self.ent_type[x] == "COMPANY" and all(self.doc[y].is_lower for y in range(ent.end + 1, x))
                                  for x in range(ent.end + 1, min(sent.end, ent.end + 5))))
        return made_by

    def _model_made_only_in_country(self, sent: Sentence, made: int, prep: int) -> bool:
        """'The Sonet will be made only in India', 'are made exclusively in South Korea': a model named before the
        passive 'made' of a country, with a word of 'only' (not vehicles alone, 'cars made in Mexico'; nor a model's
        parts, 'the X's engine is made only in Japan'; nor an import, 'a CBU model that was made in Thailand')."""
        if not set(self.index.lower[made + 1:prep]) & EXCLUSIVE_ADVERBS:
            return False
        if self.words & (IMPORTED_WORDS | PARTS_MADE_FOR | COMPONENT_PLURALS | MADE_PART_NOUNS):
            return False
        # the model is the subject of 'made': right before its auxiliaries, or before an aside between commas ("The X and
        # the Y, popular in the U.S., are made ..."), not "the decision on the X was made ..."
        lower, k = self.index.lower, made - 1
        while k > sent.start and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB or lower[k] in MODAL_WORDS):
            if lower[k] in ("would", "could", "might", "may"):
                return False  # "the X would be made only in Thailand": a hedge
            k -= 1
        if lower[k] == ",":
            k = next((j for j in range(k - 1, max(sent.start, k - 12), -1) if lower[j] == ","), k) - 1
        k -= lower[k] in lx.VEHICLE_WORDS  # "the X hatchback is made ..."
        if k < sent.start or self.ent_type[k] not in ("MODEL", "MODEL_AMBIG"):
            return False
        while k > sent.start and self.ent_iob[k] != "B":
            k -= 1
        k -= 1 + (lower[k - 1] in ("the", "its", "their", "new"))  # (the word before the model's name)
        return k < sent.start or lower[k] not in OBJECT_PREPS  # not "the decision on the X was made"

    def _made_model_before(self, j: int) -> bool:
        """A model's name right before the participle at j, maybe with its plural vehicle word after it: 'Zorvas made',
        'Zorva SUVs made' (not 'a CBU model made', 'cars made': no model named)."""
        lower = self.index.lower
        k = j - 1
        if lower[k] in lx.VEHICLE_WORDS and lower[k].endswith("s"):
            k -= 1
        return k >= self.index.sent_bounds(j)[0] and self.ent_type[k] in ("MODEL", "MODEL_AMBIG")

    def _brackets_company(self, j: int) -> bool:
        """The bracket at j opens or closes a company's acronym: '(AMC)'."""
        lower = self.index.lower
        inner = j + 1 if lower[j] == "(" else j - 1
        return 0 <= inner < len(lower) and self.ent_type[inner] == "COMPANY"
