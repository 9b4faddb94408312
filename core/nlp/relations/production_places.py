"""Whether a place named in a sentence is where vehicles are made: 'production in X', 'a plant at X', 'its
Georgetown, Ky., plant', 'Wolfsburg builds the Golf', 'exported 7,000 X3s from Rosslyn', 'its plants include A and
B', production moved to X. The cue before the place's preposition ('builds the X at Y', 'made in Y', 'sold in Y') is
read in production_place_cues.py.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Entity, Sentence
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    BUILD_VERBS,
    CONTINUE_WORDS,
    COORDINATION_GLUE,
    KIT_WORDS,
    LOCATION_PREPS,
    MOVE_VERBS,
    PASSIVE_AUXILIARIES,
    PLACE_FILLERS,
    PLANT_PLURALS,
    TOWN_OF_STATE_NOUNS,
)

# "The four production complexes in Mexico include Toluca, Silao and ...": plants named as a list of their towns
INCLUDE_VERBS = frozenset(["include", "includes", "included", "comprise", "comprises", "are"])
# "exported 7,000 X3s from Rosslyn": verbs whose vehicles leave the town where they are made
SHIPPED_FROM_CUES = frozenset(["exported", "exports", "export", "exporting", "shipped", "ships", "ship", "shipping", "imported"])
PORT_WORDS = frozenset(["port", "harbour", "harbor", "terminal", "docks", "seaport"])
BRING_VERBS = frozenset(["bring", "brings", "bringing", "brought"])  # "is bringing its first plant to X"
POSSESSOR_NOUNS = frozenset(["capital", "country", "city", "state", "region", "province", "kingdom", "republic"])
CAPITAL_NOUNS = frozenset(["capital", "city", "town"])  # "in the capital, Xyz", "in the port city, Xyz"
# "the Pacheco Industrial Center", "its assembly centre at X": a plant called a centre (not "a production centre for SUVs",
# nor "Bursa, one of Turkey's production centers": only after 'the' or an owner, or with the town before it)
CENTRE_NOUNS = frozenset(["center", "centers", "centre", "centres"])
CENTRE_KINDS = frozenset(["industrial", "assembly", "manufacturing", "production"])
CENTRE_OWNERS = frozenset(["the", "its", "their", "two", "both"])
# "its Haiduong, Vietnam, assembly plant": the kind of plant, between its town and its noun
PLANT_KIND_WORDS = frozenset(["assembly", "car", "vehicle", "manufacturing", "production", "automobile", "auto"])
PLANT_TITLES = frozenset(["Plant", "Factory", "Werk", "Works"])  # "Plant Spartanburg", "Werk Leipzig": a plant's title
# "the Iraq assembly unit", "its Pune manufacturing unit": a plant called a unit (not "the Iraq unit", a subsidiary)
UNIT_KINDS = frozenset(["assembly", "manufacturing", "production"])
# "its Kansas City assembly operations", "the Ballymena bus-making operation": the kind of a town's operation
OPERATION_KINDS = frozenset(["assembly", "manufacturing", "production", "vehicle", "bus-making", "car-making", "truck-making"])
# "a car assembly plant in the African country", "assembles vehicles in the kingdom": the country named before, again
COUNTRY_ANAPHOR_NOUNS = frozenset(["country", "nation", "kingdom", "island"])
# "built in the neighbouring country", "the destination country": another country than the one named before
OTHER_COUNTRY_WORDS = frozenset(["neighbouring", "neighboring", "destination", "host", "home", "other", "another", "origin",
                                 "partner", "target", "source", "exporting", "importing", "first", "second", "third", "same",
                                 "each", "every", "one", "only", "a", "an", "this", "that", "their", "its", "his", "her",
                                 "producing", "foreign"])


# "on the outskirts of St. Petersburg": the edge of a town, where a plant stands near it
OUTSKIRT_NOUNS = frozenset(["outskirts", "edge", "suburbs", "periphery"])


class ProductionPlacesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _country_anaphors(self) -> None:
        """'Tanzania wants investors. GF Motors will launch a car assembly plant in the African country': 'in the
        [describing words] country / nation / kingdom / island' names again the country the text named last before it
        (or the country of the town it named last), read as that country's entity in its sentence."""
        index, lower, text = self.index, self.index.lower, self.index.text
        self.country_anaphors: set[int] = set()  # their starts
        positions = index.positions(COUNTRY_ANAPHOR_NOUNS)
        if not positions:
            return
        # the countries named as such ("the most popular Chinese brand in the country": not a demonym; "South Korea's
        # SsangYong ... in the kingdom": not a company's home named by its possessive), and towns
        named = [e for e in self.all_ents if e.label_ == "PLACE" or e.label_ == "COUNTRY" and e.text not in self.gaz.demonyms
                 and not self._in_compound(e) and not (lower[e.end:e.end + 1] in (["'s"], ["’s"]) and self.ent_type[e.end + 1] == "COMPANY")]
        for k in positions:
            if self.ent_type[k] or index.is_boilerplate(k):
                continue
            the = k - 1  # past up to three describing words: "the southeast Asian country", "the war-torn country"
            while the > 0 and k - the <= 3 and lower[the] != "the" and (text[the].isalpha() or text[the] == "-"):
                the -= 1
            if the < 1 or lower[the] != "the" or lower[the - 1] != "in" or set(lower[the + 1:k]) & OTHER_COUNTRY_WORDS:
                continue
            if self.ent_type[the + 1] in ("COUNTRY", "PLACE", "COMPANY"):
                continue  # "in the Dominican Republic", "in the Czech Republic": a country by name
            members = self._region_of_describing_words(the + 1, k)
            if members:
                # "Tanzania, India to build a plant ... in the African country": the last country named of that region
                country = next((c for e in reversed(self.all_ents) if e.end <= the and (c := self._country_named(e))
                                and self.gaz.country_codes.get(c) in members), None)
            else:
                before = next((e for e in reversed(named) if e.end <= the), None)
                country = self._country_named(before) if before is not None else None
            if not country:
                continue
            # (with its 'the', as "in the Czech Republic" is read: the preposition right before it)
            anaphor = Entity(the, k + 1, "COUNTRY", country, index.span_text(the, k + 1))
            sent_start = index.sent_bounds(k)[0]
            self.ents.setdefault(sent_start, []).append(anaphor)
            self.ents[sent_start].sort(key=lambda e: e.start)
            self.country_anaphors.add(the)
            self.ent_type[the:k + 1] = ["COUNTRY"] * (k + 1 - the)
            self.ent_iob[the:k + 1] = ["B", *["I"] * (k - the)]

    def _town_output_after(self, k: int, end: int) -> bool:
        """'total production', 'annual output', 'production line' at token k: what a town's possessive owns, when it
        is made there."""
        lower = self.index.lower
        k += k < end and lower[k] in ("total", "annual", "entire", "overall", "whole")
        return k < end and (lower[k] in ("production", "output") or lower[k] == "assembly" and lower[k + 1:k + 2] == ["line"])

    def _country_named(self, e: Entity) -> str | None:
        """The country a COUNTRY entity names, or that of a town the gazetteer knows."""
        if e.label_ == "COUNTRY":
            return e.ent_id_
        place = self.gaz.places.get(e.text) if e.label_ == "PLACE" else None
        return place.country if place is not None else None

    def _region_of_describing_words(self, start: int, end: int) -> frozenset[str] | set[str]:
        """'southeast Asian', 'North African', 'Latin American': the member countries (ISO codes) of the region the
        words before a country noun name (the longest ending run the gazetteer knows), or none."""
        for j in range(start, end):
            words = self.index.span_text(j, end)
            region = self.gaz.regions.get(words) or self.gaz.regions.get(words[:1].upper() + words[1:])
            if region is None and words.lower().startswith("southeast "):
                region = self.gaz.regions.get("Southeast " + words[len("southeast "):])
            members = self.gaz.region_members.get(region) if region else None
            if members:
                return set(members)
        return set()

    def _invests_to_build(self, start: int, end: int) -> bool:
        """'plans to invest $800 million and hire 1,000 workers to produce ...', 'will spend $1bn to build ...': an
        investment verb, then 'to' and a verb of making, in one clause (no comma, semicolon or second subject between)."""
        lower = self.index.lower
        invest = next((j for j in range(start, end) if lower[j] in lx.INVESTMENT_CUES), None)
        if invest is None or any(lower[j] in (",", ";", "while", "but") for j in range(start, invest)):
            return False
        for j in range(invest + 1, end):
            if lower[j] in (";", "while", "but", "which", "where") or self.ent_type[j] == "COMPANY":
                return False
            if lower[j] in ACTIVE_BUILD_VERBS and lower[j - 1] == "to":
                return True
        return False

    def _town_building(self, sent: Sentence, ent: Span) -> bool:
        """'... to be built in Solihull, Halewood building the Velar and the Evoque': a town the subject of its own
        clause, a verb of making in -ing right after it."""
        lower = self.index.lower
        return (ent.label_ == "PLACE" and sent.start < ent.start and ent.end < sent.end and lower[ent.start - 1] in (",", "and", "with")
                and lower[ent.end] in BUILD_VERBS and lower[ent.end].endswith("ing"))

    def _gapped_site(self, sent: Sentence, ent: Span) -> bool:
        """'Douai makes the Megane, Maubeuge the Kangoo', 'The Douai plant makes the X and the Maubeuge plant the Y',
        'In Douai, Renault makes the X; in Maubeuge, the Y': a town opening a clause whose verb of making is left out
        (written in the clause before), its model right after it."""
        lower = self.index.lower
        k = ent.start - 1 - (lower[ent.start - 1] in ("the", "in", "at"))
        if ent.label_ != "PLACE" or k <= sent.start or lower[k] not in (",", "and", ";"):
            return False
        return self._gapped_models_at(ent.end, sent) is not None and any(
            lower[j] in BUILD_VERBS and self.ent_type[j] == "" for j in range(sent.start, k))

    def _gapped_models_at(self, k: int, sent: Sentence) -> int | None:
        """Where the model named right after a gapped clause's town starts ('Maubeuge the Kangoo', 'the Maubeuge plant
        the Y', 'in Maubeuge, the Y'), else None."""
        lower = self.index.lower
        k += k < sent.end and lower[k] in lx.PLANT_NOUNS
        k += k < sent.end and lower[k] == ","
        if k + 1 >= sent.end or lower[k] != "the" or self.ent_type[k + 1] != "MODEL" or self.ent_iob[k + 1] != "B":
            return None
        return k + 1

    def _plants_include(self, sent: Sentence, ent: Span) -> bool:
        """'The four production complexes in Mexico include Toluca, Ramos Arizpe and Silao', 'its plants are in A and B':
        towns listed as what a company's plants (plural) are."""
        lower = self.index.lower
        k = ent.start - 1
        while k > sent.start and (lower[k] in COORDINATION_GLUE or self.ent_type[k] == "PLACE"):
            k -= 1
        if lower[k] == "in" and k > sent.start and lower[k - 1] in ("are", "were"):
            k -= 1  # "its plants are in A and B"
        elif lower[k] not in INCLUDE_VERBS:
            return False
        before = range(max(sent.start, k - 8), k)
        noun = next((j for j in reversed(before) if lower[j] in PLANT_PLURALS), None)
        return noun is not None and not any(lower[j] in BUILD_VERBS or self.ent_type[j] in ("MODEL", "MODEL_AMBIG")
                                            for j in range(noun + 1, k))

    def _shipped_from_town(self, sent: Sentence, ent: Span) -> bool:
        """'exported 7,000 X3s from Rosslyn', 'shipped its first Jolions from Iracemapolis', 'the Audi Q5 from San José
        Chiapa': the town vehicles are exported from, or a model comes from, is where they are made (not a port, 'from Tanger Med', 'from X port', 'from X to the port of Y', nor a
        state)."""
        lower = self.index.lower
        info = self.gaz.places.get(ent.text)
        if ent.label_ != "PLACE" or info is None or info.kind not in ("city", "site"):
            return False
        if ent.end < sent.end and (lower[ent.end] in PORT_WORDS or lower[ent.end] in KIT_WORDS):
            return False  # "from Tianjin port"; "assembles the Granta from Togliatti kits": where the kits are made
        if lower[ent.end:ent.end + 1] == ["to"] and any(
                lower[k] in PORT_WORDS or self.ent_type[k] == "PLACE" and getattr(self.gaz.places.get(self.index.text[k]), "kind", "") == "port"
                for k in range(ent.end + 1, min(sent.end, ent.end + 6))):
            return False  # "shipped 5,300 vehicles from Shanghai to the port of X": from port to port
        if lower[ent.start - 2] in ("sail", "sails", "sailed", "sailing"):
            return False  # "The first ship, with room for 7,000 cars, sets sail from X": the port a ship leaves
        k = ent.start - 2
        if lower[k] in lx.VEHICLE_WORDS and k > sent.start:
            k -= 1
        if self.ent_type[k] in ("MODEL", "MODEL_AMBIG"):
            return True  # "Toyota's Corollas from Burnaston leave from Portbury", "the Audi Q5 from San José Chiapa"
        vehicles = False
        for j in range(ent.start - 2, max(sent.start, ent.start - 12) - 1, -1):
            if lower[j] in (";", "to", "into", "in", "at"):
                return False
            if lower[j] in SHIPPED_FROM_CUES and self.ent_type[j] != "COMPANY":
                # "EX30s for Europe were shipped from X": the passive's vehicles come before the verb
                return vehicles or lower[j - 1] in PASSIVE_AUXILIARIES and any(
                    self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS for k in range(sent.start, j))
            if self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.VEHICLE_WORDS or self.doc[j].like_num:
                vehicles = True
        return False

    def _plant_named_after(self, ent: Span, end: int) -> bool:
        """'Valencia Vehicle Operations and Engine Plant', 'Chennai Vehicle Assembly Plant': capitalised words after the
        town (maybe joined by 'and') up to a capitalised plant noun, the name of the plant there."""
        lower, text = self.index.lower, self.index.text
        k = ent.end
        while k < min(end, ent.end + 6) and lower[k] not in lx.PLANT_NOUNS and (text[k].istitle() and text[k].isalpha() or lower[k] in ("and", "&")):
            k += 1
        return ent.end < k < end and lower[k] in lx.PLANT_NOUNS and text[k].istitle() and lower[k - 1] not in ("and", "&")

    def _manufacturing_arm_ending(self, end: int) -> bool:
        """The company entity ending right before `end` is named as a manufacturing arm ('... Manufacturing', '...
        Motor Manufacturing Alabama', '... Assembly')."""
        company = next((e for e in self.all_ents if e.label_ == "COMPANY" and e.end == end), None)
        return company is not None and bool({"Manufacturing", "Assembly", "Assemblers"} & set(company.text.split()))

    def _production_location(self, sent: Sentence, ent: Span) -> bool:
        """'production in X', 'a plant at X', 'its X factory': a place where vehicles are made. Read in turn: the words
        right after the place, a plant named around it, the place building or said to build, then the preposition
        before it and the nearest cue before that."""
        lower = self.index.lower
        after = lower[ent.end] if ent.end < sent.end else None
        # ("Chakan - a town near Pune": a dash set off by spaces opens an aside, not a "Chakan-based" compound)
        compound = after == "-" and not self.doc[ent.end - 1].whitespace_
        if after in ("line", "lines") and lower[ent.end + 1:ent.end + 3] == ["of", "credit"]:
            return False  # "under the Indian line of credit": a loan, no assembly line
        if after is not None and (after in lx.PLANT_NOUNS or compound or after == "based"):
            return after in lx.PLANT_NOUNS or self._town_based_plant(ent.end, sent.end)
        if (ent.label_ == "PLACE" and after == "unit" and lower[ent.start - 1:ent.start] in (["its"], ["the"], ["'s"], ["’s"])
                and lower[ent.end + 1:ent.end + 2] != ["of"]):
            return True  # "manufacturing the XUV700 at its Chakan unit", "Maruti's Manesar unit": a plant, as Indian news writes it
        if (self._plant_words_after_town(sent, ent, after)
                or self._town_with_its_state_then_plant(sent, ent, after)
                or self._plant_or_arm_named_before_town(sent, ent)
                or self._place_builds(sent, ent)
                or ent.label_ == "PLACE" and ent.start == sent.start and self._heads_data_sheet(sent, ent)
                or ent.label_ == "PLACE" and self._plants_include(sent, ent)
                or self._town_building(sent, ent)
                or self._gapped_site(sent, ent)
                or self._plant_noun_beside_place(sent, ent, after)
                or self._clause_after_place_builds(sent, ent)
                or self._opening_place_then_its_making(sent, ent)
                or self._town_opens_plant_name(sent, ent, after)):
            return True
        i = self._preposition_before_place(sent, ent)
        if self._plant_or_moved_making_before(sent, ent, i):
            return True
        if i < sent.start or lower[i] not in LOCATION_PREPS and lower[i + 1:i + 3] != ["the", "outskirts"]:
            return False
        if lower[i] == "outside" and (ent.label_ != "PLACE" or getattr(self.gaz.places.get(ent.text), "kind", "") == "state"):
            # "its first factory outside Vietnam", "the largest location for Ford outside southeast Michigan": not there;
            # "a plant outside Chennai" is near the town
            return False
        if self._site_of_no_making(i, sent.start):
            return False  # "its technical site in Cranfield", "building a parts centre in Nairobi"
        return self._making_cue_before(sent, ent, i)

    def _plant_words_after_town(self, sent: Sentence, ent: Span, after: str | None) -> bool:
        """The words right after the town name a plant there: 'the Pacheco Industrial Center', ', which has the capacity
        to assemble', 'Mioveni's total production', 'the Iraq assembly unit', 'its Scarborough operation', 'Valencia
        Vehicle Operations and Engine Plant'."""
        lower = self.index.lower
        if after in CENTRE_KINDS and lower[ent.end + 1:ent.end + 2] and lower[ent.end + 1] in CENTRE_NOUNS:
            return True  # "the Pacheco Industrial Center", "its Rayong Assembly Centre": a plant named as a centre
        if after == "," and lower[ent.end + 1:ent.end + 5] in (["which", "has", "the", "capacity"], ["which", "has", "a", "capacity"],
                                                              ["that", "has", "the", "capacity"], ["that", "has", "a", "capacity"]) \
                and lower[ent.end + 5:ent.end + 6] == ["to"] and lower[ent.end + 6:ent.end + 7] and lower[ent.end + 6] in BUILD_VERBS:
            return True  # "Lifan's unit in Ethiopia, which has the capacity to assemble 5,000 cars a year"
        if ent.label_ == "PLACE" and after in ("'s", "’s") and self._town_output_after(ent.end + 1, sent.end):
            return True  # "the SUV is two thirds of Mioveni's total production": a town's own output, made there
        if after in UNIT_KINDS and lower[ent.end + 1:ent.end + 2] in (["unit"], ["units"]):
            return True  # "to renew the Iraq assembly unit", "its Pune manufacturing unit": a plant called a unit
        if ent.label_ == "PLACE" and after is not None and self._town_operation(ent, sent):
            return True
        # "Ford's Valencia Vehicle Operations and Engine Plant": the plant's own name, the town opening it
        return ent.label_ == "PLACE" and self._plant_named_after(ent, sent.end)

    def _town_with_its_state_then_plant(self, sent: Sentence, ent: Span, after: str | None) -> bool:
        """A town written with its state or its country, then the plant: 'its West Point, Ga., plant', 'its Lafayette,
        IN facility', 'its San Antonio, Texas, plant', 'its Haiduong, Vietnam, assembly plant'."""
        lower = self.index.lower
        # "its West Point, Ga., plant", "its Georgetown, Ky., factory": a town with its state written short, then the plant
        # "its Lafayette, IN facility": the plant right after the state, no comma between
        if after == "," and ent.end + 2 < sent.end and (lower[ent.end + 2] == "," and ent.end + 3 < sent.end and lower[ent.end + 3] in lx.PLANT_NOUNS
                                                       or lower[ent.end + 2] in lx.PLANT_NOUNS):
            # any state or province written short ("Ky.", "Ont.", "GA"); _us_state_after tells which are US states
            state = self.index.text[ent.end + 1]
            if state.endswith(".") and state[:1].isupper() or state.isupper() and len(state) == 2:
                return True
        # "its San Antonio, Texas, plant", "its Woodstock, Ontario plant": a town with its state written out, then the plant
        # "its Haiduong, Vietnam, assembly plant": or with its country, and the plant's kind before its noun
        if after == "," and ent.label_ == "PLACE" and ent.start > sent.start and lower[ent.start - 1] in ("its", "the", "their", "'s", "’s"):
            state = next((e for e in self.ents.get(sent.start, []) if e.start == ent.end + 1 and e.label_ in ("PLACE", "COUNTRY")), None)
            info = self.gaz.places.get(state.text) if state is not None and state.label_ == "PLACE" else None
            if (info is not None and info.kind == "state" or state is not None and state.label_ == "COUNTRY") and state.end + 1 < sent.end:
                k = state.end + (lower[state.end] == ",")
                k += lower[k] in PLANT_KIND_WORDS and k + 1 < sent.end
                if lower[k] in lx.PLANT_NOUNS:
                    return True
        return False

    def _plant_or_arm_named_before_town(self, sent: Sentence, ent: Span) -> bool:
        """A maker's manufacturing arm placed in the town ('Hyundai Motor Manufacturing Alabama in Montgomery'), or a
        plant's title right before it ('Plant Spartanburg')."""
        lower = self.index.lower
        # "Mazda Toyota Manufacturing in Huntsville", "Hyundai Motor Manufacturing Alabama in Montgomery": a company named
        # as a maker's manufacturing arm, placed in a town
        if (ent.label_ == "PLACE" and ent.start - 2 >= sent.start and lower[ent.start - 1] in ("in", "at")
                and self.ent_type[ent.start - 2] == "COMPANY" and self._manufacturing_arm_ending(ent.start - 1)):
            return True
        # "builds the X5 at Plant Spartanburg", "Werk Leipzig": a plant named as a title before its town
        return ent.label_ == "PLACE" and ent.start > sent.start and self.doc[ent.start - 1].text in PLANT_TITLES

    def _place_builds(self, sent: Sentence, ent: Span) -> bool:
        """A town as its sentence's subject, then a verb of making: 'Wolfsburg currently builds the Golf', 'Manesar,
        opened in 2007 south of Gurugram, can make about eight lakh cars a year', 'Ramos Arizpe will keep building the X'."""
        lower = self.index.lower
        # "Wolfsburg currently builds the Golf": the place itself makes vehicles
        if ent.label_ == "PLACE":
            # the sentence's subject: the place itself, or "Hyundai Motor Manufacturing Czech in Nošovice"
            subject = ent.start == sent.start or (ent.start - 2 >= sent.start and lower[ent.start - 1] in ("in", "at")
                                                  and self.ent_type[ent.start - 2] == "COMPANY")
            k = self._verb_after_place_subject(sent, ent, subject)
            if k + 1 < sent.end and lower[k] in CONTINUE_WORDS and subject:
                k += 1 + (lower[k + 1] == "to")  # "Ramos Arizpe will keep building the X", "... will continue to build the X"
                # "Ujina will continue production of the CX-60", "Melfi will keep the new Compass": what it goes on making
                if k + 1 < sent.end and lower[k] in ("production", "assembly", "manufacture") and lower[k + 1] == "of":
                    return True
                j = k + (lower[k] == "the")
                j += lower[j] == "new"
                if lower[k - 1] in ("keep", "keeps") and self.ent_type[j] in ("MODEL", "MODEL_AMBIG"):
                    return True
            if k < sent.end and (lower[k] in BUILD_VERBS or ent.start == sent.start and lower[k] in ("runs", "employs")):
                return True
        return False

    def _verb_after_place_subject(self, sent: Sentence, ent: Span, subject: bool) -> int:
        """Where the verb after a town as its sentence's subject may be: past up to two asides between commas and the
        words before the verb ('can', 'has started', 'will be able to')."""
        lower = self.index.lower
        k = ent.end
        asides = 0
        # (not past a verb after the first aside: "Gemlik, a few kilometres away, builds the X, around 150,000 a year")
        while subject and asides < 2 and k < sent.end and lower[k] == "," and not (
                asides and k + 1 < sent.end and (lower[k + 1] in BUILD_VERBS or lower[k + 1] in ADVERBS_BEFORE_VERB)):
            # "Manesar, opened in 2007 south of Gurugram, can make about eight lakh cars a year": past an aside
            # "... in Nošovice, near Ostrava, which opened in 2008 to build the i30, now makes": past two
            close = next((j for j in range(k + 1, min(sent.end, k + 16)) if lower[j] == ","), None)
            if close is None:
                break
            k, asides = close, asides + 1  # on the closing comma, which may open the next aside
        if asides and lower[k] == ",":
            k += 1
        # "can make", "will be able to make", "has started building"
        while k < min(sent.end, ent.end + 18):
            if lower[k] in ADVERBS_BEFORE_VERB or lower[k] in ("can", "could"):
                k += 1
            elif lower[k] in ("has", "have", "had") and lower[k + 1:k + 2] in (["started"], ["begun"]):
                k += 2
            else:
                break
        if lower[k:k + 3] == ["be", "able", "to"]:
            k += 3
        return k

    def _plant_noun_beside_place(self, sent: Sentence, ent: Span, after: str | None) -> bool:
        """A plant's noun right before the place and a comma ('... vehicle assembly plant, Subang, West Java'), or closing
        an apposition after it ('Bremen, the GLC's main plant, is not affected')."""
        lower = self.index.lower
        # "PT Xyz Motor – four-wheel vehicle assembly plant, Subang, West Java": a notice's heading, the plant then its place
        if (ent.label_ == "PLACE" and ent.start - 2 >= sent.start and lower[ent.start - 1] == "," and lower[ent.start - 2] in lx.PLANT_NOUNS
                and not (after is not None and (after in lx.PLANT_NOUNS or self.doc[ent.end].is_lower))):
            return True
        # "Bremen, the GLC's main plant, is not affected": a place set in apposition with a plant
        if after == "," and ent.end + 1 < sent.end and lower[ent.end + 1] in ("the", "its"):
            close = next((k for k in range(ent.end + 2, min(sent.end, ent.end + 10)) if lower[k] in (",", "–", "—", ".")), None)
            if close is not None and lower[close - 1] in lx.PLANT_NOUNS:
                return True
        return False

    def _clause_after_place_builds(self, sent: Sentence, ent: Span) -> bool:
        """A clause after the place says what is made there: 'Kvasiny, which builds the Kodiaq and the Karoq', 'in
        Ellabell, Georgia, where it builds the Ioniq 5'."""
        lower = self.index.lower
        # "Kvasiny, which builds the Kodiaq and the Karoq, ...": a place opening the sentence, then what it makes
        if ent.start == sent.start and lower[ent.end:ent.end + 2] in ([",", "which"], [",", "that"]):
            k = ent.end + 2
            while k < sent.end and lower[k] in ADVERBS_BEFORE_VERB:
                k += 1
            if k < sent.end and lower[k] in BUILD_VERBS:
                return True
        # "in Ellabell, Georgia, where it builds the Ioniq 5": the place where the sentence goes on to say what is made
        k = ent.end
        while k < sent.end and k - ent.end < 4 and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY")):
            k += 1
        if not (k > ent.end and lower[k - 1] == "," and lower[k:k + 1] == ["where"]):
            return False
        # ("where the Astra, Astravan and V6 engines are already produced": the clause's subject may be a list of models;
        # it ends at a clause of its own or another place)
        for j in range(k + 1, min(sent.end, k + 13)):
            if lower[j] in (";", "which", "that", "while", "but") or self.ent_type[j] in ("PLACE", "COUNTRY"):
                return False
            if lower[j] in BUILD_VERBS and lower[j - 1] != "-":  # not "Indian-built"
                return True
        return False

    def _opening_place_then_its_making(self, sent: Sentence, ent: Span) -> bool:
        """A place opening the sentence ('In X, ...', 'At X, ...'), then who makes vehicles there or what is made: 'In
        Porto Real, Rio de Janeiro, the company assembles the 208', 'In Chattanooga, VW plans to invest ... to produce',
        'In Trnava, Stellantis began series production', 'At Cassino, south of Rome, the Stelvio and Giulia are built'."""
        lower = self.index.lower
        # "In Porto Real, Rio de Janeiro, the company assembles the 208": a place opening the sentence, then who builds there
        # "At Cassino, south of Rome, the Alfa Romeo Stelvio and Giulia are built": models as the subject, a passive verb
        if ent.start == sent.start + 1 and lower[sent.start] in ("in", "at"):
            k = self._past_opening_place(sent, ent)
            if (k > ent.end and lower[k - 1] == "," and (lower[k] in ("it", "the", "its") or self.ent_type[k] == "COMPANY")
                    and any(lower[j] in BUILD_VERBS and lower[j - 1] != "-" for j in range(k + 1, min(sent.end, k + 5)))):
                return True
            # "In Chattanooga, VW plans to invest $800 million and hire 1,000 workers to produce its first EV": the company
            # invests there to make vehicles
            if (k > ent.end and lower[k - 1] == "," and self.ent_type[k] == "COMPANY" and self.words & lx.INVESTMENT_CUES
                    and not any(self.ent_type[j] in ("PLACE", "COUNTRY") for j in range(k + 1, sent.end))
                    and self._invests_to_build(k + 1, min(sent.end, k + 20))):
                # (not "In Ohio, X will invest $400 million to build trucks at the Toledo Assembly Complex": the site named)
                return True
            # "In Trnava, Stellantis began series production of the C3 Aircross": the making started there
            if (k > ent.end and lower[k - 1] == "," and self.ent_type[k] == "COMPANY"
                    and any(lower[j] in ("production", "assembly") and set(lower[k + 1:j]) & lx.START_CUES
                            for j in range(k + 1, min(sent.end, k + 7)))):
                return True
            if ent.label_ == "PLACE" and k > ent.end and lower[k - 1] == "," and any(  # a country names no site
                    lower[j] in BUILD_VERBS and lower[j - 1] in PASSIVE_AUXILIARIES and self._models_between(k, j - 1)
                    for j in range(k + 1, min(sent.end, k + 12))):
                return True
        return False

    def _past_opening_place(self, sent: Sentence, ent: Span) -> int:
        """The word after an opening 'In X,': past the town's region or country ('In Manisa in western Turkey,') or a
        short aside (', south of Rome,')."""
        lower = self.index.lower
        k = ent.end
        # "In Manisa in western Turkey, BYD is building": past the town's country too
        while k < sent.end and k - ent.end < 8 and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY") or (
                lower[k] in ("in", "-") + tuple(PLACE_FILLERS) and any(self.ent_type[j] in ("PLACE", "COUNTRY")
                                                                       for j in range(k + 1, min(sent.end, k + 5))))):
            k += 1
        if k == ent.end + 1 and lower[ent.end] == ",":  # past a short aside: ", south of Rome,"
            close = next((j for j in range(k, min(sent.end, k + 8)) if lower[j] == ","), None)
            k = close + 1 if close is not None else k
        return k

    def _town_opens_plant_name(self, sent: Sentence, ent: Span, after: str | None) -> bool:
        """The plant's own name opens with the town: 'the group's Chhatrapati Sambhajinagar (Aurangabad) plant', 'its
        Karawang assembly plant', 'its Woodstock, Ontario, assembly plant'."""
        lower = self.index.lower
        # "the group's Chhatrapati Sambhajinagar (Aurangabad) plant": the town's other name in brackets, then the plant
        if after == "(":
            close = next((k for k in range(ent.end + 1, min(sent.end, ent.end + 6)) if lower[k] == ")"), None)
            if close is not None and close + 1 < sent.end and lower[close + 1] in lx.PLANT_NOUNS:
                return True
        # "the Wuhu headquarters plant", "its Karawang assembly plant"
        # "its Woodstock, Ontario, assembly plant": a town written with its state, closed by a comma
        first = ent.end + 1 if ent.end < sent.end and lower[ent.end] == "," and "," in self.index.lower[ent.start:ent.end] else ent.end
        for k in range(first, min(sent.end, first + 3)):
            if lower[k] in lx.PLANT_NOUNS:
                # "Karawang assembly plant", "Gemlik Technology Campus"; not "Armenia from its plant"
                # "its Hwaseong EVO plant": a plant's own name in capitals too
                if all((self.doc[x].is_lower or self.doc[x].is_title or self.doc[x].is_upper) and not self.doc[x].is_stop
                       for x in range(first, k)) and not self._nationality_of_company(sent, ent, first, k):
                    return True
                break
        return False

    def _preposition_before_place(self, sent: Sentence, ent: Span) -> int:
        """The word before the place and the words describing it ('in Tamil Nadu's Ranipet district', 'in Turkey's
        western province of Manisa', 'in oil-rich Nigeria'): where its preposition, if any, is."""
        lower = self.index.lower
        i = ent.start - 1
        country_at = {k for e in self.ents.get(sent.start, []) if e.label_ == "COUNTRY" for k in range(e.start, e.end)}
        while i >= sent.start:
            if lower[i] in ("’s", "'s"):  # "in Tamil Nadu's Ranipet district", "in the capital's Tekstilshchiki district"
                i -= 1
                while i >= sent.start and (self.doc[i].is_title or lower[i] in POSSESSOR_NOUNS) and i not in country_at:
                    i -= 1
            elif (lower[i] == "of" and i - 3 >= sent.start and lower[i - 1] in OUTSKIRT_NOUNS and lower[i - 2] == "the"
                  and lower[i - 3] in ("on", "in", "at")):
                return i - 3  # "a facility on the outskirts of St. Petersburg": near the town, past 'the outskirts of'
            elif lower[i] in PLACE_FILLERS or i in country_at:
                i -= 1  # "in Turkey's western province of Manisa"
            elif self.ent_type[i] == "PLACE" and lower[i + 1:i + 3] in ([noun, "of"] for noun in TOWN_OF_STATE_NOUNS) and (
                    state := next((e for e in self.ents.get(sent.start, []) if e.end == i + 1 and e.label_ == "PLACE"), None)) is not None \
                    and getattr(self.gaz.places.get(state.text), "kind", None) == "state":
                i = state.start - 1  # "in the West Java town of Karawang": past the state the town is named by
            elif lower[i] == "," and i > sent.start and lower[i - 1] in CAPITAL_NOUNS:
                i -= 1  # "its new factory in the capital, Xyz": the town named in apposition to its noun
            elif lower[i] == "-" and i > sent.start and lower[i - 1] in PLACE_FILLERS and lower[i + 1] in PLACE_FILLERS:
                i -= 1  # "in north-eastern Miyagi Prefecture"
            elif i - 2 >= sent.start and lower[i - 1] == "-" and self.doc[i].is_alpha and self.doc[i].is_lower and (
                    lower[i].endswith(("ing", "ed")) or lower[i] in ("rich", "torn", "hit")) and self.doc[i - 2].is_alpha:
                i -= 3  # "in Equator-straddling Kenya", "in oil-rich Nigeria", "in war-torn Syria": a describing compound
            else:
                break
        return i

    def _plant_or_moved_making_before(self, sent: Sentence, ent: Span, i: int) -> bool:
        """Before the place's preposition at i: a plant's noun ('the plant of Zárate'), a contract assembler or a plant
        named as a company, production moved there ('will move to Aguascalientes'), or vehicles shipped from the town
        where they are made."""
        lower = self.index.lower
        if (i > sent.start and lower[i] in ("plant", "factory", "plants", "factories") and lower[i + 1] == "of"
                and lower[i - 1] in ("the", "its") and ent.label_ == "PLACE"):
            return True  # "invested in the plant of Zárate", "production started in the Plant of Zárate"
        if i > sent.start and lower[i] in ("in", "at") and self._assembler_before(i):
            return True  # "at Kenya Vehicle Manufacturers (KVM) in Thika": where a contract assembler works
        if i > sent.start and lower[i] in ("in", "at") and lower[i - 1] in lx.PLANT_NOUNS and self.ent_type[i - 1] == "COMPANY":
            return True  # "the second phase of the Acme Motors Factory in the Jizzakh region": a plant named as a company
        if i > sent.start and lower[i] in ("in", "at") and self.ent_type[i - 1] == "COMPANY":
            # "Production of the Note will move to Nissan Motor Kyushu in Kanda": production moves to a company there
            c = i - 1
            while c > sent.start and self.ent_type[c - 1] == "COMPANY" and self.ent_iob[c] != "B":
                c -= 1
            verb = self._move_verb_before(c - 1, sent.start) if c > sent.start and lower[c - 1] in ("to", "into") else None
            if verb is not None and (self._production_moved_to(sent, c - 1) or verb == c - 2 and any(
                    lower[k] in ("production", "assembly", "output") or self.ent_type[k] in ("MODEL", "MODEL_AMBIG")
                    for k in range(sent.start, verb))):
                return True
        if i > sent.start and lower[i] in ("to", "into") and lower[i - 1] in MOVE_VERBS:
            return True  # "the Frontier and the NP300 will move to Aguascalientes": production moves there
        if i > sent.start and lower[i] in ("to", "into") and self._production_moved_to(sent, i):
            return True  # "will move part of the production of the Elroq from its plant in A to B"
        if i - 1 > sent.start and lower[i] == "to" and lower[i - 1] in lx.PLANT_NOUNS and any(
                lower[k] in BRING_VERBS or lower[k] in MOVE_VERBS for k in range(max(sent.start, i - 7), i - 1)):
            return True  # "Scout Motors is bringing its first manufacturing plant to Blythewood", "moving its plant to X"
        return i > sent.start and lower[i] == "from" and i == ent.start - 1 and self._shipped_from_town(sent, ent)

    def _town_operation(self, ent: Span, sent: Sentence) -> bool:
        """'its Scarborough operation', 'Honda's Alliston operations', 'the Ballymena bus-making operation', 'our Kansas City
        assembly operations': a town's operation, owned, is a plant there (not a state's or a country's, 'its Indiana
        operations', which are all a company does there; nor 'its powertrain operations')."""
        lower = self.index.lower
        k = ent.end
        if lower[k] in OPERATION_KINDS or lower[k] in lx.VEHICLE_WORDS and lower[k + 1:k + 3] in (["-", "making"], ["-", "building"]):
            k += 1 if lower[k] in OPERATION_KINDS else 3
        if k >= sent.end or lower[k] not in ("operation", "operations") or ent.start <= sent.start:
            return False
        place = self.gaz.places.get(ent.text) or self.gaz.places.get(ent.ent_id_)
        if place is not None and place.kind == "state" or self.ent_type[ent.start] == "COUNTRY":
            return False
        j = ent.start - 1
        while j > sent.start and (lower[j] in ("and", ",") or self.ent_type[j] == "PLACE"):
            j -= 1  # "its Falkirk and Larbert operations": past the towns listed before
        return lower[j] in ("its", "the", "their", "our", "'s", "’s")

    def _town_based_plant(self, k: int, end: int) -> bool:
        """'the Novo Mesto-based factory', 'its Pune-based assembly plant': a plant said to be based in the town right
        before (not 'the Tokyo-based carmaker')."""
        lower = self.index.lower
        k += lower[k] == "-"
        if lower[k:k + 1] != ["based"]:
            return False
        k += 1
        k += k < end and lower[k] in PLANT_KIND_WORDS
        return k < end and lower[k] in lx.PLANT_NOUNS

    def _nationality_of_company(self, sent: Sentence, ent: Span, start: int, noun: int) -> bool:
        """'the South Korean Hyundai plant, which is to be built in the Namangan region of Uzbekistan': a demonym of the
        home country of the company named right after it, before the plant's noun, says whose the company is, when the
        sentence names another country or place for the plant (not 'the Mexican GM plant', GM's plant in Mexico)."""
        if ent.label_ != "COUNTRY" or ent.text not in self.gaz.demonyms or self.ent_type[start] != "COMPANY":
            return False
        company = next((e for e in self.ents.get(sent.start, []) if e.start == start and e.label_ == "COMPANY"), None)
        if company is None or company.end > noun or self.gaz.home_country(self.gaz.group_of(company.ent_id_)) != self._country_of(ent):
            return False
        return any(e.label_ in ("COUNTRY", "PLACE") and e.start > noun and self._country_of(e) not in (None, self._country_of(ent))
                   for e in self.ents.get(sent.start, []))

    def _heads_data_sheet(self, sent: Sentence, ent: Span) -> bool:
        """'Douai (Renault ElectriCity). Capacity: 250,000 vehicles per year. Products: ...': a place alone as a heading,
        maybe with its operator in brackets, over lines 'Label: value' that describe a plant."""
        lower = self.index.lower
        k = ent.end
        if k < sent.end and lower[k] == "(":
            k = next((j + 1 for j in range(k, min(sent.end, k + 8)) if lower[j] == ")"), sent.end)
        if k >= sent.end or lower[k] not in (".", ":") or any(lower[j].strip() for j in range(k + 1, sent.end)):
            return False
        start, end = self.index.sent_bounds(sent.end) if sent.end < len(lower) else (sent.end, sent.end)
        return (end - start > 2 and lower[start] in lx.PLANT_DATA_LABELS
                and ":" in lower[start + 1:min(end, start + 6)])

    def _production_moved_to(self, sent: Sentence, to: int) -> bool:
        """'will move part of the production of the Elroq from Mladá Boleslav to Kvasiny': a verb of moving, then what
        is made (production, assembly or a model), then 'to' the place."""
        lower = self.index.lower
        verb = self._move_verb_before(to, sent.start)
        if verb is None:
            return False
        made = ("production", "assembly", "output", "manufacturing")
        if any(lower[k] in made or self.ent_type[k] in ("MODEL", "MODEL_AMBIG") for k in range(verb + 1, to)):
            return True
        # "production of the X will be transferred from A to B": the passive, the making its subject before the verb (not
        # "the X's designers will be moved to B")
        return lower[verb - 1] in PASSIVE_AUXILIARIES and any(lower[k] in made for k in range(sent.start, verb))

    def _assembler_before(self, i: int) -> bool:
        """A contract assembler named right before token i, maybe with its acronym in brackets."""
        k = i - 1
        if self.index.lower[k] == ")" and k >= 2 and self.index.lower[k - 2] == "(":
            k -= 3
        if k < 0 or self.ent_type[k] != "COMPANY":
            return False
        ent = next((e for e in self.ents.get(self.index.sent_bounds(k)[0], []) if e.start <= k < e.end), None)
        info = self.gaz.companies.get(ent.ent_id_) if ent is not None else None
        return info is not None and info.kind == "assembler"
