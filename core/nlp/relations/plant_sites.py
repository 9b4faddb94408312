"""Where plants are: one plant per place a sentence says vehicles are made at ("production in X", "its X
plant"), with the company running it and its hedges ("possible", "considering"); the places that name no plant's site
(a port, a motor show, "the Turkish car industry", "instead of in Japan") or several unnamed plants ("its plants in
India"), and a site placed more closely (a province, a state's town, "the plant described again").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_site_lists import (
    COUNT_OF_WORDS,
    HUB_NOUNS,
    MAKING_KINDS,
    OTHERS_BEFORE_WORDS,
    RUNNING_PLANT_ADJECTIVES,
)
from core.nlp.relations.words import (
    BUILD_VERBS,
    CLOSED_WORDS,
    COMPONENT_PLURALS,
    ENDED_WORDS,
    GROUP_COUNT_WORDS,
    NEGATIONS,
    PLACE_FILLERS,
    PLANT_PLURALS,
    PLANT_RANKS,
    RANKS,
    TOWN_OF_STATE_NOUNS,
)

PART_NOUNS = frozenset(["platform", "engine", "battery", "architecture", "gearbox", "transmission", "chassis", "motor"])
SECTOR_NOUNS = frozenset(["industry", "market", "economy", "sector", "industries", "markets"])  # "the Turkish car industry"
# "its plant in the same industrial area", "BYD's factory in the same regency": the site named before
SAME_AREA_NOUNS = frozenset(["area", "zone", "park", "estate", "town", "city", "region", "regency", "district", "province",
                             "complex", "county", "municipality"])
# "in which Ford and Koc have equal stakes": a sentence naming owners
STAKE_WORDS = frozenset(["stake", "stakes", "shareholder", "shareholders", "shares", "owned", "owns"])
# "the Japanese automobile company's plant", "the German carmaker's factory": the noun of a company owning a plant
OWNER_NOUNS = frozenset(["company", "carmaker", "automaker", "maker", "manufacturer", "firm", "group", "giant", "brand",
                         "truckmaker", "automobile", "concern", "corporation", "partner"])
# "Zeebrugge port", "the port of Antwerp": a town named for its port
PORT_AFTER_TOWN = [[w] for w in ("port", "harbour", "harbor", "seaport", "airport", "terminal", "docks")]
PORT_OF_BEFORE_TOWN = [[w, "of"] for w in ("port", "ports", "harbour", "harbor", "seaport")]
# "the Lima Technology Center", "the Amata Industrial Estate": the last word of an estate's name
ESTATE_NOUNS = frozenset(["center", "centre", "park", "estate", "zone"])
# "its Windsor plant's sister facility": words of a plant kin to the one named before them
SISTER_WORDS = frozenset(["sister", "twin", "neighbouring", "neighboring", "nearby", "sibling"])


# "In Kenya, Toyota operates an assembly plant": the verbs of a company running or opening a plant
PLANT_RUNNING_VERBS = frozenset(["operates", "operate", "operated", "runs", "run", "ran", "has", "have", "had", "opened", "opens",
                                 "owns", "inaugurated", "established", "maintains"])


# "beat rival sites in Poland and Romania", "competing locations in Spain": candidates a plant did not go to
RIVAL_SITE_WORDS = frozenset(["rival", "competing", "candidate", "alternative", "shortlisted", "losing"])
CANDIDATE_SITE_NOUNS = frozenset(["sites", "site", "locations", "location", "bids", "bidders", "candidates"])

# "unveiled yesterday in New Delhi", "launched at Mumbai": where a car is shown, no plant's place
UNVEIL_WORDS = frozenset(["unveiled", "unveils", "unveil", "revealed", "reveals", "showcased", "premiered", "debuted",
                          "presented", "displayed", "exhibited",
                          # "An agreement ... was signed in Islamabad": where a deal was signed
                          "signed", "inked"])

class PlantSitesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _plants_at_locations(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> list[PlantFact]:
        """One plant per place where vehicles are made; a country alone joins the place named in it."""
        lower = self.index.lower
        if lower[sent.start] in ("none", "neither") and self.words & BUILD_VERBS and not any(e.label_ == "PLACE" for e in ents):
            return []  # "None of the SUVs in the top ten is built in the Philippines": no production there
        slots: list[dict] = []
        # "produce up to 300,000 units of new Micra-based models": the model a platform comes from is not built there
        subjects = [m for m in subjects if lower[m.end:m.end + 2] != ["-", "based"]]
        if "between" in self.words or "above" in self.words or "below" in self.words:
            subjects = [m for m in subjects if not self._positioned_against(m, sent)]  # "slotting between the K2 and K3"
        if lower[sent.start] == "unlike":
            # "Unlike the Seltos, the Sonet will be made only in India": the model set against the subject is not made there
            subjects = [m for m in subjects if not self._in_opening_phrase(sent, m)]
        located = {id(e) for e in ents if e.label_ in ("PLACE", "COUNTRY") and self._production_location(sent, e)}
        listed = self._coordinated_sites(ents, located)
        located |= listed
        located |= self._coordinated_countries(ents, located)
        if self.words & HUB_NOUNS and self.words & MAKING_KINDS:
            located |= self._country_made_a_hub(ents)
        if located and len(qs) > 1:
            located |= self._figures_listed_by_country(ents, qs, located)
        located |= self._province_of_located_country(ents, located)
        if self.words & OTHERS_BEFORE_WORDS and self.words & (RANKS | COUNT_OF_WORDS):
            located |= self._countries_making_it_before(ents, located)
        located |= self._place_opening_a_plant(sent, ents) | self._located_opener(sent, ents)
        if "countries" in self.words:
            located |= self._counted_countries_of_making(sent, ents)
        if self.words & PLANT_PLURALS and self.words & {"such", "like"}:
            located |= self._towns_given_as_plants(sent, ents)
        running = self._listed_running_plants(sent, ents) if self.words & PLANT_PLURALS else set()
        located |= running
        if self.country_anaphors and located:
            # "Master Changan assembles the X in Karachi ... Changan's vehicles produced in the country": a country named
            # again by a noun adds no plant where the article has one already of a company the sentence names (or of any,
            # when it names none); "Nissan will open a plant in Myanmar. Chery and Suzuki already assemble cars in the
            # country": other companies' plants
            # ("granted three joint ventures $372 million to launch car production in the country": nor, naming no company,
            # a plant of no one)
            # (the company named last before the noun: "Nissan joins Chery and Suzuki, which assemble cars in the country")
            def operators(anaphor: Span) -> list[str]:
                named = [e.ent_id_ for e in ents if e.label_ == "COMPANY"]
                before = [e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.end <= anaphor.start]
                # ("The automaker, in which Ford and Koc have equal stakes, opened its third plant in the country": owners
                # named last, any of them)
                return (before if self.words & STAKE_WORDS else before[-1:]) or named

            # ("the assembly of the X was stopped in the country": nor where making ended)
            ended = bool(self.words & (ENDED_WORDS | CLOSED_WORDS))
            located -= {id(e) for e in ents if e.start in self.country_anaphors and (ended or not (named := operators(e)) or any(
                p.country == e.ent_id_ and id(p) not in self.undecided and p.company
                and any(self.gaz.same_group(p.company, c) or c in p.company for c in named) for p in self.plants))}
        # (the tests only of the entities read as sites so far: the others have nothing to take away)
        located -= {id(e) for e in ents if id(e) in located and (
                    self._demonym_of_sector(e) or self._part_made_there(e) or self._left_plant(e)
                    or self._slogan_of_making(e) or self._show_held_there(e) or self._instead_of(e)
                    or self._town_as_port(e) or e.label_ == "PLACE" and self._town_naming_an_estate(e)
                    or e.label_ == "PLACE" and self._plant_with_a_sister(e)
                    or e.label_ == "COUNTRY" and self._demonym_of_owner(e))}
        # "The Azerbaijani-Iranian automobile plant, Khazar, located in the Neftchala Industrial Park": a joint venture's
        # nationalities, not where it stands, when the sentence places the plant otherwise
        joint = {id(e) for e in ents if id(e) in located and e.label_ == "COUNTRY" and self._joint_nationality(e)}
        if joint and located - joint:
            located -= joint
        if self.current_plant is not None and located:
            located -= {id(e) for e in ents if id(e) in located and self._rank_scope(sent, e)}
        if located and ("no" in self.words or self.words & RIVAL_SITE_WORDS):
            located -= self._places_without_a_plant(sent, ents)
        for ent in ents:
            if id(ent) not in located:
                continue
            country = self._country_of(ent)
            if not country:
                continue
            if ent.label_ == "COUNTRY" and (self.index.lower[ent.start - 2:ent.start] in (["plants", "in"], ["factories", "in"])
                                            or self.index.lower[ent.start - 3:ent.start] in (["plants", "in", "the"], ["factories", "in", "the"])
                                            or self.index.lower[ent.end:ent.end + 1] in (["plants"], ["factories"])) \
                    and not self._invests_in_own_plants(ent, qs) and id(ent) not in running and not self._made_at_plants_in(ent):
                continue  # "Both come from Suzuki's plants in India", "its Italian plants": several unnamed plants, not one
            if (ent.label_ == "PLACE" and self.index.lower[ent.end:ent.end + 1] in (["plants"], ["factories"])
                    and ent.start > sent.start and self._counted_plants(ent.start - 1)):
                continue  # "investing $400 million in three Ohio plants": several plants of a state, none named
            if ent.label_ == "PLACE" and self._state_of_several_plants(ent) and id(ent) not in running:
                continue  # "one of its oldest Sao Paulo plants", "two of GM's plants located in the state of Sao Paulo"
            site = ent.text if ent.label_ == "PLACE" else None
            province = self._province_named_after(ent, ents) if site else None
            if province is not None and self._country_of(province) == country:
                site = province.text  # "in the Black Sea province of Sakarya": the province, not the area it lies in
            # "The plant at Figueruelas, on the plain west of Zaragoza": a town placed by another is one site
            placed_by = bool(set(lower[max(sent.start, ent.start - 3):ent.start]) & {"near", "outside", "of"})
            # "in Wuhan, China's auto hub in the central province of Hubei": the province of the town, further on
            reach = 8 if placed_by else 5
            if placed_by and self._province_word_before(ent) and ";" not in lower[sent.start:ent.start]:
                reach = 14
            near = [x for x in slots if x["country"] == country and x["site"] and 0 <= ent.start - x["last"] <= reach
                    and not any(e.label_ == "COMPANY" and x["last"] <= e.start < ent.start for e in ents)
                    and not set(lower[x["last"]:ent.start]) & {"to", "into", "and", ";"}  # "from A to B", "A, Ohio; B": two places
                    # "its Marysville Auto Plant, East Liberty Auto Plant": the first plant's name closes before the second
                    and not (any(lower[k] in lx.PLANT_NOUNS and self.index.text[k].istitle() for k in range(x["last"], ent.start))
                             and self._plant_named_after(ent, sent.end))
                    and not (id(ent) in listed and self._list_glue(x["last"], ent.start, bare=True))]  # "A, B and C"
            near = [] if self._town_building(sent, ent) else near
            if near:  # "its Asaka plant, in the Andijan region": the region of the site, not a second plant
                if site and self._town_in_state_slot(near[0], ent):
                    near[0]["site"] = site  # "The other Ohio plant, in the town of East Liberty": the town, not the state
                near[0]["last"] = ent.end
                near[0]["places"].append(ent.text)
                continue
            same = [x for x in slots if x["country"] == country and (x["site"] is None or site is None)]
            if same:
                same[0]["site"] = same[0]["site"] or site
                same[0]["first"] = min(same[0]["first"], ent.start)
                same[0]["last"] = max(same[0]["last"], ent.end)
                same[0]["places"].append(ent.text)
            else:
                slots.append({"country": country, "site": site, "first": ent.start, "last": ent.end, "places": [ent.text]})
        self._same_area_slot(sent, ents, slots)
        plants = []
        for n, slot in enumerate(slots):
            company, confidence = self._nearest_company(sent, ents, slot["first"])
            # "At Asaka plant are produced the Onix ... under license of General Motors": a site the article already
            # gave an operator keeps it, unless the sentence names a company before the site
            known = next((p for p in self.plants if p.site and p.site == slot["site"] and p.country == slot["country"]), None)
            known = known or self._country_plant_named_again(slot)
            named_after = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company and e.start > slot["first"]]
            if (known is not None and known.company and named_after
                    and not any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents)):
                company = known.company
            elif (known is not None and known.company and lower[slot["first"] - 1] == "the"
                  and lower[slot["last"]:slot["last"] + 1] in (["plant"], ["factory"])):
                company = known.company  # "X's regional director said the Jizzakh plant would be ...": the plant known
            elif (known is not None and known.company and not any(e.label_ == "COMPANY" and not self._brand_of_vehicles_from(e) for e in ents)
                  and not (self._opens_with_company_anaphor(sent) and self.last_company
                           and not self.gaz.same_group(self.last_company, known.company))):
                company = known.company  # "Nosovice employs 3,300 people": the site's operator, named before
                # (but "BMW is hiring. The Munich-based group will invest in its Leipzig plant": another company's plant)
            company = self._others_company.get(slot["first"], company)
            company = (self._affiliate_meant(ents, company) or self._first_of_pair(ents, company)
                       or self._maker_of_brand_built(ents, company) or self._group_of_brand_built(ents, company) or company)
            company = (self._buyer_of_the_plant(sent, ents, slot) or self._company_naming_the_plant(sent, ents, slot)
                       or self._owner_of_the_plant_after(sent, ents, slot)
                       or self._builder_of_where_clause(sent, ents, slot)
                       or self._subsidiary_the_article_is_about(ents, slot, company) or company)
            known_before = len(self.plants)
            plant = self._plant_described_again(sent, ents, slot) or self._plant(company, slot["site"], slot["country"], sent, confidence)
            self._slot_start[id(plant)] = slot["first"]
            if len(self.plants) > known_before and (self._parts_plant_noun(slot["first"], slot["last"], sent)
                                                     or self._parts_maker(company) and not self._vehicles_built(sent)):
                self.parts_plants.add(id(plant))  # first named as a plant of parts (not a vehicle plant named again)
                if not self._parts_maker(company) and self._powertrain_plant_noun(slot["first"], slot["last"], sent):
                    self.powertrain_plants.add(id(plant))
            hedged = self._hedged_models(sent) and not self._made_in_clause(sent, slot["first"])
            names = [self._model_name(m) for m in self._models_for_slot(subjects, slots, n)] if not hedged else []
            relative = self._models_of_relative_clause(slot["last"], sent, subjects)
            if not relative and n + 1 < len(slots) and lower[slot["last"]:slots[n + 1]["first"]] == ["and"]:
                # "the plants in Dusseldorf and Ludwigsfelde, which build the Sprinter": the clause after the pair
                relative = self._models_of_relative_clause(slots[n + 1]["last"], sent, subjects)
            if relative and (hedged or self._maybe_before(sent, slot["first"])):
                # "could move some Tacoma output to its San Antonio, Texas, plant, which builds the Tundra and the
                # Sequoia": what the clause about the plant says it builds, not what only may come
                names = [self._model_name(m) for m in relative]
            elif len(slots) > 1 and not hedged:
                # "its A plant, which builds the X, and its B plant, home of the Y": each plant's own clause gives its
                # models; the models of another plant's clause are not this one's
                others = {m.start for x in slots if x is not slot for m in self._models_of_relative_clause(x["last"], sent, subjects)}
                own = [self._model_name(m) for m in self._models_for_slot(subjects, slots, n) if m.start not in others]
                names = list(dict.fromkeys([*own, *(self._model_name(m) for m in relative)]))
            if not subjects and len(slots) == 1 and "both" in self.words and len(self.last_models) == 2:
                names = self.last_models  # "Both cars are assembled at Proton's Tanjung Malim plant"
            elif not subjects and (count := self._moved_count(sent, slot["first"])) and len(self.last_models) >= count:
                # "... assembles the A, B, C and D. Stellantis will transfer production of all four vans to its X plant"
                names = self.last_models[-count:]
            elif not subjects and len(slots) == 1 and self._vehicles_as_subject(sent) and self.sent_no - self.last_model_sent <= 1:
                names = self.last_models  # "... the first 500 T10X SUVs. The cars are built at Togg's Gemlik plant"
            if len(slots) == 1 and self.last_model and self.sent_no - self.last_model_sent <= 1 and any(
                    self.index.lower[k] in BUILD_VERBS and self.index.lower[k + 1] == "it" for k in range(sent.start, slot["first"])):
                # "The Kwid is a small SUV. Renault builds it at its Chennai plant, beside the Triber"
                names = [self.last_model, *(n for n in names if n != self.last_model)]
            head = self._made_by_clause_head(slot["first"], sent, subjects) or self._bracketed_made_in_head(slot["first"], sent)
            if head is not None:
                # "the Kia Ceed, which is made by Kia Slovakia in Zilina, alongside the Sportage": the model the clause is
                # about and those named after the site, not the models of the main clause
                names = [self._model_name(head), *(self._model_name(m) for m in subjects if m.start > slot["last"])]
            # (the site's own name: "manufactured in the UK is the X, built near Sunderland" is one slot from 'UK' on)
            site_start = next((e.start for e in ents if e.end == slot["last"] and e.label_ == "PLACE"), slot["first"])
            # ("The X, built at the A plant, near B, replaced the Y": the site's own name, its area after it)
            participle_head = (self._participle_made_in_head(site_start, sent) or self._participle_made_in_head(slot["first"], sent)
                               if head is None else None)
            if participle_head is not None:
                # "the Nissan X, built in a factory near Sunderland, followed by the Y and the Z": the model the
                # participle is about, not those ranked after it
                # ("The Chevrolet Cobalt, Onix and Tracker, produced at the Asaka plant, ...": the list it ends)
                names = [self._model_name(m) for m in self._list_ending_with(participle_head, sent)]
            names = self._own_of_mixed_list(plant, names, subjects)
            names = self._room_made_for(sent, plant, names, subjects, slot)
            if "capacity" in self.words and not hedged:  # "... at the A plant, with a capacity of N units, including the X"
                names = list(dict.fromkeys([*names, *(self._model_name(m) for m in self._models_in_capacity(sent, subjects, slot))]))
            makers_plants = (self._plants_of_models_makers(plant, len(self.plants) > known_before, names, subjects, slot, sent, ents,
                                                           confidence) if len(names) > 1 else [])
            if makers_plants:
                plants.extend(makers_plants)
                continue
            add_new(plant.models, self._with_model_ranges(names, subjects))
            plants.append(plant)
            for other in self._co_subject_makers(sent, ents, company, slot):
                # "Hyundai, Kia and Stellantis also build cars in Slovakia": each maker of the subject has its plant there
                extra = self._plant(other, slot["site"], slot["country"], sent, confidence)
                if extra is not plant and extra not in plants:
                    # before the plant of the company next to the verb, which stays the one described
                    self._slot_start.setdefault(id(extra), slot["first"])
                    plants.insert(len(plants) - 1, extra)
        if "respectively" in self.words and len(slots) > 1:
            self._models_respectively(slots, plants, subjects)
        return plants

    def _models_respectively(self, slots: list[dict], plants: list[PlantFact], subjects: list[Span]) -> None:
        """'plants in A; B; C; and D, which make the W, the X, the Y and the Z, respectively': one model to each plant,
        in the order of both lists (as many of each, the models named after the last plant)."""
        named = [m for m in subjects if m.start >= slots[-1]["last"]]
        if len(named) != len(slots) or len(plants) != len(slots) or len({id(p) for p in plants}) != len(plants):
            return
        names = [self._model_name(m) for m in named]
        for plant, name in zip(plants, names, strict=True):
            plant.models[:] = [m for m in plant.models if m not in names] + [name]

    def _places_without_a_plant(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'Senegal has no car manufacturing facility', 'There is no vehicle plant in Senegal': the places of a clause
        that denies a plant (at most three words between 'no' and the plant noun), none of them a site."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start, sent.end - 1):
            if lower[k] != "no":
                continue
            noun = next((j for j in range(k + 1, min(sent.end, k + 5)) if lower[j] in lx.PLANT_NOUNS), None)
            if noun is None or not all(self.doc[j].is_lower for j in range(k + 1, noun)):
                continue
            start = next((j for j in range(k - 1, sent.start - 1, -1) if lower[j] in (",", ";", "but", "while")), sent.start - 1)
            end = next((j for j in range(noun + 1, sent.end) if lower[j] in (",", ";", "and", "but", "while")), sent.end)
            denied = [e for e in ents if start < e.start and e.end <= end]
            out |= {id(e) for e in denied}
            # ("..., which run in the country": the place denied named again)
            countries = {self._country_of(e) for e in denied}
            out |= {id(e) for e in ents if e.start in self.country_anaphors and self._country_of(e) in countries}
        # "Hungary beat rival sites in Poland and Romania": the places a plant was not put, sites that lost
        for k in range(sent.start, sent.end - 2):
            if lower[k] in RIVAL_SITE_WORDS and lower[k + 1] in CANDIDATE_SITE_NOUNS:
                end = next((j for j in range(k + 2, sent.end) if lower[j] in (",", ";", "but", "while", "to")), sent.end)
                out |= {id(e) for e in ents if k < e.start and e.end <= end}
        return out

    def _plant_with_a_sister(self, ent: Span) -> bool:
        """"at its Windsor plant's sister facility in Brampton": the town's plant only names the other one, where the
        making is."""
        lower = self.index.lower
        return (ent.end + 2 < len(lower) and lower[ent.end] in lx.PLANT_NOUNS and lower[ent.end + 1] in ("'s", "’s")
                and lower[ent.end + 2] in SISTER_WORDS)

    def _rank_scope(self, sent: Sentence, ent: Span) -> bool:
        """'The new plant will be Toyota's largest in Thailand': the country a plant described before is ranked in,
        where that plant is, names no other plant (the sentence's subject is the plant, or 'it')."""
        lower = self.index.lower
        k = ent.start - 1
        if ent.label_ != "COUNTRY" or k - 1 < sent.start or lower[k] not in ("in", "outside"):
            return False
        rank = k - 1 - (lower[k - 1] in lx.PLANT_NOUNS)  # "Toyota's largest plant in Thailand"
        if rank < sent.start or not (lower[rank] in RANKS or lower[rank] in PLANT_RANKS):
            return False
        if self._country_of(ent) != self.current_plant.country:
            return False
        opener = next((j for j in range(sent.start, min(sent.end, sent.start + 4)) if lower[j] in lx.PLANT_NOUNS), None)
        return lower[sent.start] == "it" or opener is not None and lower[sent.start] in ("the", "this", "its")

    def _state_of_several_plants(self, ent: Span) -> bool:
        """'its oldest Sao Paulo plants', 'two of its plants located in the state of Sao Paulo': a state or province
        named for plants in the plural, none of them named."""
        place = self.gaz.places.get(ent.text)
        if place is None or place.kind != "state":
            return False
        lower = self.index.lower
        if lower[ent.end:ent.end + 1] in (["plants"], ["factories"]):
            return True
        window = lower[max(0, ent.start - 7):ent.start]
        return bool({"plants", "factories"} & set(window)) and not {"plant", "factory", "facility"} & set(window)

    def _counted_plants(self, k: int) -> bool:
        """The word at k counts more than one plant: 'three', '3', 'two', 'both', 'several'."""
        word = self.index.lower[k]
        return word in GROUP_COUNT_WORDS or word in ("two", "both") or word.isdigit() and int(word) > 1

    def _province_named_after(self, ent: Span, ents: list[Span]) -> Span | None:
        """'the Black Sea province of Sakarya', 'the Kanto region of Gunma': a known place named after an area's
        'province of'."""
        if self.index.lower[ent.end:ent.end + 2] not in (["province", "of"], ["region", "of"], ["prefecture", "of"], ["area", "of"]):
            return None
        after = next((e for e in ents if e.start == ent.end + 2 and e.label_ == "PLACE"), None)
        return after if after is not None and after.text in self.gaz.places else None

    def _province_of_located_country(self, ents: list[Span], located: set[int]) -> set[int]:
        """'a factory in Brazil's northeastern Bahia state': the state or province written after the country of the
        plant, with the country's possessive, places the plant there."""
        lower = self.index.lower
        found = set()
        for country in ents:
            if id(country) not in located or country.label_ != "COUNTRY" or lower[country.end:country.end + 1] not in (["'s"], ["’s"]):
                continue
            k = country.end + 1
            while k < len(lower) and k - country.end <= 3 and self.doc[k].is_lower and self.doc[k].is_alpha:
                k += 1  # "northeastern", "southern"
            place = next((e for e in ents if e.start == k and e.label_ == "PLACE"), None)
            if place is not None and lower[place.end:place.end + 1] in (["state"], ["province"], ["region"]):
                found.add(id(place))
        return found

    def _town_in_state_slot(self, slot: dict, ent: Span) -> bool:
        """'its Ohio plant, in the town of East Liberty', 'the Bavaria factory at Dingolfing': a town written 'in' or 'at'
        after the plant of a state or province the slot is sited by (not 'near' or 'outside' it, nor a state after a
        state)."""
        state = self.gaz.places.get(slot["site"] or "")
        town = self.gaz.places.get(ent.text)
        if state is None or state.kind != "state" or town is not None and town.kind == "state":
            return False
        between = self.index.lower[slot["last"]:ent.start]
        if len(between) == 2 and between[0] in TOWN_OF_STATE_NOUNS and between[1] == "of":
            return True  # "in the West Java town of Karawang": the state's town
        named = next((e for e in self.all_ents if e.end == slot["last"]), None)
        if between in ([",", "in"], [",", "at"]) and named is not None and self.index.lower[named.start - 2:named.start] in (
                ["state", "of"], ["province", "of"]):
            return True  # "a facility in the northern Mexico state of Nuevo Leon, in Pesqueria": the town after its state
        return bool(set(between) & {"in", "at"}) and not set(between) & {"near", "outside", "and", "or", "from", "to"} and any(
            w in lx.PLANT_NOUNS for w in between)

    def _province_word_before(self, ent: Span) -> bool:
        """'the province of Hubei', 'the state of Guanajuato': a state's name after its administrative noun."""
        place = self.gaz.places.get(ent.text)
        return (place is not None and place.kind == "state" and ent.start >= 2 and self.index.lower[ent.start - 1] == "of"
                and self.index.lower[ent.start - 2] in ("province", "state", "region", "prefecture"))

    def _show_held_there(self, ent: Span) -> bool:
        """'previewed by a pre-production version at the Shanghai motor show', 'at the Detroit International Auto Show':
        a show's town, no plant's."""
        after = self.index.lower[ent.end:ent.end + 3]
        if after[:1] == ["international"]:
            after = after[1:]
        if after[:1] in (["show"], ["expo"]) or len(after) >= 2 and after[0] in ("motor", "auto") and after[1] in ("show", "expo"):
            return True
        # "the new Figo, which was unveiled yesterday in New Delhi": where a car was shown (or a deal signed), not where
        # it is made
        lower = self.index.lower
        k = ent.start - 1 - (lower[ent.start - 1:ent.start] == ["the"])
        if lower[k:k + 1] not in (["in"], ["at"]) or lower[ent.end:ent.end + 2] == [",", "where"]:
            return False  # (not "unveiled the X in Chennai, where the car is built")
        return any(lower[j] in UNVEIL_WORDS for j in range(max(0, k - 3), k))

    def _slogan_of_making(self, ent: Span) -> bool:
        """'in line with the "Make in India" vision', 'Make in Kenya, Make for the World': a campaign's name, the
        verb capitalised, places no plant."""
        return ent.start >= 2 and self.index.lower[ent.start - 1] == "in" and self.index.text[ent.start - 2] == "Make"

    def _part_made_there(self, ent: Span) -> bool:
        """'a new model born on a platform that will be assembled in the United States': the place where a part
        (platform, engine, battery) is made, the relative clause's subject, is no plant of vehicles."""
        lower = self.index.lower
        verb = ent.start - 2
        if verb < 3 or lower[ent.start - 1] not in ("in", "at") or lower[verb] not in BUILD_VERBS:
            return False
        rel = next((k for k in range(verb - 1, max(0, verb - 5), -1) if lower[k] in ("that", "which")), None)
        return rel is not None and (lower[rel - 1] in PART_NOUNS or lower[rel - 1] in COMPONENT_PLURALS)

    def _demonym_of_sector(self, ent: Span) -> bool:
        """'the largest investment in the Turkish automotive industry': a demonym naming a country's industry, market or
        economy places no plant."""
        if ent.label_ != "COUNTRY" or ent.text not in self.gaz.demonyms:
            return False
        lower = self.index.lower
        k = ent.end
        while k < len(lower) and k - ent.end < 3 and self.doc[k].is_lower and lower[k] not in SECTOR_NOUNS:
            k += 1
        return k < len(lower) and lower[k] in SECTOR_NOUNS

    def _place_opening_a_plant(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'In Oakvale, 40 km from the city of Izmir, a plant with a capacity of 200,000 cars was to be built': the place
        opening the sentence, past an aside, then a plant as the subject."""
        lower = self.index.lower
        if lower[sent.start] not in ("in", "at"):
            return set()
        place = next((e for e in ents if e.start == sent.start + 1 and e.label_ in ("PLACE", "COUNTRY")), None)
        if place is None or lower[place.end:place.end + 1] != [","]:
            return set()
        k = place.end + 1
        if self._company_runs_a_plant_from(k, sent, ents):
            return {id(place)}  # "In Kenya, Toyota operates an assembly plant", "In Saudi Arabia, the local Acme Company runs a bus assembly line"
        if place.label_ != "PLACE":
            return set()
        close = next((j for j in range(k, min(sent.end, k + 10)) if lower[j] == ","), None)
        if close is not None and lower[k] not in ("a", "an", "the", "its"):
            k = close + 1  # past the aside: ", 40 km from the city of Izmir,"
        if lower[k:k + 1] not in (["a"], ["an"], ["the"], ["its"]):
            return set()
        noun = next((j for j in range(k + 1, min(sent.end, k + 4)) if lower[j] in lx.PLANT_NOUNS and lower[j] != "line"), None)
        # (not "In Gujarat, the Sanand plant ...": a plant with a site of its own, named before the noun; but "In
        # Kostanay, the Xyz plant of the Abc group" is there: a plant named by its operator)
        if noun is not None and not any(self.ent_type[j] in ("PLACE", "COUNTRY") for j in range(k + 1, noun)):
            return {id(place)}
        return set()

    def _company_runs_a_plant_from(self, k: int, sent: Sentence, ents: list[Span]) -> bool:
        """'Toyota operates an assembly plant', '..., while the local Acme Company runs a bus assembly line': from k, a
        company as the subject of a clause (lower-case words only between the clause's start and the name), a verb of
        running or opening a plant ('has opened' too), and a plant noun after it with lower-case words only between (no
        place of its own named there)."""
        lower = self.index.lower
        for company in (e for e in ents if e.label_ == "COMPANY" and e.start >= k):
            opening = next((j for j in range(company.start - 1, k - 1, -1) if lower[j] in (",", "while", "whereas", "and", "but")), k - 1)
            if not all(self.doc[j].is_lower for j in range(opening + 1, company.start)):
                continue
            verb = company.end + (lower[company.end:company.end + 1] in (["unit"], ["arm"], ["subsidiary"], ["affiliate"]))
            verb += (lower[verb:verb + 1] in (["has"], ["have"], ["had"]) and lower[verb + 1:verb + 2] != []
                     and lower[verb + 1] in PLANT_RUNNING_VERBS)
            if verb >= sent.end or lower[verb] not in PLANT_RUNNING_VERBS:
                continue
            if lower[verb] in ("has", "have", "had") and lower[verb + 1:verb + 2] not in (["a"], ["an"], ["its"], ["one"]):
                continue  # ("Maruti has upped the plant capacity": 'has' of another verb)
            noun = next((j for j in range(verb + 1, min(sent.end, verb + 6)) if lower[j] in lx.PLANT_NOUNS), None)
            if noun is not None and all(self.doc[j].is_lower and lower[j] not in NEGATIONS and lower[j] != "no"
                                        for j in range(verb + 1, noun)) and not (
                    lower[noun] == "line" and lower[noun - 1] not in ("assembly", "production")):
                return True
        return False

    def _located_opener(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'Located in the eastern Rayong province, BYD's Thailand plant completed ...', 'Situated at Zorvex Park, the
        factory ...': the place a sentence opens with as where the plant, its subject after the comma, stands."""
        lower = self.index.lower
        # ("Located between Borisov and Zhodino in Belarus, the plant ...": the first of the towns it lies between)
        if lower[sent.start] not in ("located", "situated", "based", "sited") or lower[sent.start + 1:sent.start + 2] not in (
                ["in"], ["at"], ["near"], ["between"]):
            return set()
        k = sent.start + 2
        while k < sent.end and lower[k] in PLACE_FILLERS:
            k += 1
        place = next((e for e in ents if e.start == k and e.label_ == "PLACE"), None)
        if place is None:
            return set()
        comma = next((j for j in range(place.end, min(sent.end, place.end + 8)) if lower[j] == ","), None)
        glue = PLACE_FILLERS | {"and", "in"} if lower[sent.start + 1] == "between" else PLACE_FILLERS
        if comma is None or any(not (lower[j] in glue or self.ent_type[j] in ("PLACE", "COUNTRY")) for j in range(place.end, comma)):
            return set()
        noun = next((j for j in range(comma + 1, min(sent.end, comma + 7)) if lower[j] in lx.PLANT_NOUNS), None)
        if noun is None or any(self.doc[j].pos_ == "VERB" or lower[j] in BUILD_VERBS for j in range(comma + 1, noun)):
            return set()
        if lower[sent.start + 1] in ("near", "between") and any(self.ent_type[j] == "PLACE" for j in range(comma + 1, noun)):
            return set()  # "Located near Pune, the Chakan plant ...": the plant has its own town, the opener its area
        return {id(place)}

    def _invests_in_own_plants(self, ent: Span, qs: list[Span]) -> bool:
        """'will invest $900 million to modernise its factories in Ruritania': a sum spent on a company's plants in one
        country, stated before them, is that country's plant's investment (not 'Both come from its plants in India')."""
        lower = self.index.lower
        if "capacity" in lower[max(0, ent.start - 9):ent.start - 2] and any(q.start >= ent.end for q in qs):
            return True  # "to increase production capacity of the two plants in Mexico to 700,000 units": their capacity
        return (lower[ent.start - 3:ent.start - 2] == ["its"]
                and any(q.label_ == "MONEY" and q.end <= ent.start - 3 and ent.start - q.end <= 8 for q in qs))

    def _country_plant_named_again(self, slot: dict) -> PlantFact | None:
        """'... the Tennessee plant runs at capacity. ... competing head-on with the U.S. plant': 'the' and a country
        before a plant noun name again the one plant the article knows in that country (None when it knows none, or
        several)."""
        lower, first = self.index.lower, slot["first"]
        if slot["site"] is not None or lower[first - 1] != "the" or lower[slot["last"]:slot["last"] + 1] not in (["plant"], ["factory"]):
            return None
        there = [p for p in self.plants if p.country == slot["country"] and p.company and id(p) not in self.undecided]
        return there[0] if len(there) == 1 else None

    def _made_at_plants_in(self, ent: Span) -> bool:
        """'SUVs exported after being produced at GM Korea factories in Korea', 'built at its plants in India': vehicles
        made at a company's plants in a country, the making said by the participle right before 'at' (not 'Both come
        from Suzuki's plants in India', 'importers without assembly plants in Nigeria')."""
        lower = self.index.lower
        k = ent.start - 1 - (lower[ent.start - 1] == "the")
        if lower[k] != "in" or lower[k - 1] not in PLANT_PLURALS:
            return False
        j = k - 2
        while j > 0 and k - j <= 6 and (self.ent_type[j] == "COMPANY" or lower[j] in RUNNING_PLANT_ADJECTIVES
                                        or lower[j] in ("its", "their", "our", "'s", "’s")):
            j -= 1
        return lower[j] == "at" and lower[j - 1] in lx.MADE_PARTICIPLES

    def _same_area_slot(self, sent: Sentence, ents: list[Span], slots: list[dict]) -> None:
        """'X assembles the A at Cikarang, and Y builds the B at its plant in the same industrial area', '..., while Y
        assembles the B in the same city': a second company's plant at the site the sentence named before, in a slot of
        its own."""
        if "same" not in self._sent_words(sent):
            return  # (most sentences: no token-by-token scan)
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 3):
            # ("while Mitsubishi assembles the Mirage G4 in the same city": the model made there, no plant noun)
            if lower[k:k + 3] != ["in", "the", "same"] or not (lower[k - 1] in lx.PLANT_NOUNS or self.ent_type[k - 1] == "MODEL"):
                continue
            if not any(lower[j] in SAME_AREA_NOUNS for j in range(k + 3, min(sent.end, k + 6))):
                continue
            before = [x for x in slots if x["site"] and x["last"] <= k]
            if not before or not any(e.label_ == "COMPANY" and before[-1]["last"] <= e.start < k for e in ents):
                return  # no other company between the site and its plant: the same plant
            first = k - 1 if lower[k - 1] in lx.PLANT_NOUNS else k  # (the model made there is named before its slot)
            slots.append({"country": before[-1]["country"], "site": before[-1]["site"], "first": first, "last": k + 3,
                          "places": [before[-1]["site"]]})
            return

    def _plant_described_again(self, sent: Sentence, ents: list[Span], slot: dict) -> PlantFact | None:
        """'The plant, located in the Uzlovaya industrial park, ...', 'The plant in Villamuriel, near Palencia, builds ...':
        the plant being described, placed more closely, not a second plant."""
        plant, lower = self.current_plant, self.index.lower
        if plant is not None and plant.country == slot["country"] and self._opener_places_the_plant(sent, slot):
            plant.site = plant.site or slot["site"]  # "Located between A and B, the plant started ...": the plant described
            return plant
        # "The new plant, also known as the Tiexi plant, ...": the plant just described, by another name
        noun = sent.start + 1 + (lower[sent.start + 1:sent.start + 2] == ["new"])
        if (plant is None or plant.country != slot["country"] or lower[sent.start] != "the"
                or lower[noun] not in ("plant", "factory", "facility", "complex")):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None  # "The plant Ford runs in Valencia": another company's plant
        if lower[noun + 1:noun + 2] == [","] and any(lower[k:k + 2] == ["known", "as"] or lower[k] in ("dubbed", "named", "called")
                                                     for k in range(noun + 2, min(slot["first"], noun + 5))):
            plant.site = plant.site or slot["site"]
            return plant
        located = lower[sent.start + 2:sent.start + 4]
        if located[:1] == [","] and located[1:] and located[1] in ("located", "situated", "based", "sited"):
            return plant
        return plant if plant.site and plant.site in slot["places"] else None

    def _opener_places_the_plant(self, sent: Sentence, slot: dict) -> bool:
        """'Located between A and B in Y, the plant started production': a sentence opening with where something stands,
        the place that slot's, then 'the plant' after the comma."""
        lower = self.index.lower
        if lower[sent.start] not in ("located", "situated", "sited") or slot["first"] > sent.start + 4:
            return False
        comma = next((j for j in range(slot["last"], min(sent.end, slot["last"] + 8)) if lower[j] == ","), None)
        return comma is not None and lower[comma + 1:comma + 3] in (["the", "plant"], ["the", "factory"], ["the", "facility"])

    def _joint_nationality(self, ent: Span) -> bool:
        """'Azerbaijani-Iranian', 'Russian-Chinese': a demonym joined by a hyphen to another."""
        if ent.text not in self.gaz.demonyms:
            return False
        lower, doc = self.index.lower, self.doc
        after = ent.end + 1 < len(lower) and lower[ent.end] == "-" and not doc[ent.end - 1].whitespace_ and self.ent_type[ent.end + 1] == "COUNTRY"
        before = ent.start >= 2 and lower[ent.start - 1] == "-" and not doc[ent.start - 2].whitespace_ and self.ent_type[ent.start - 2] == "COUNTRY"
        return after or before

    def _demonym_of_owner(self, ent: Span) -> bool:
        """'assembled at the Japanese automobile company's plant in Dammam', 'the German carmaker's factory': a demonym
        before the noun of a company whose plant it is tells where the company is from, not where the plant stands."""
        if ent.text not in self.gaz.demonyms:
            return False
        lower = self.index.lower
        return any(lower[k] in OWNER_NOUNS and lower[k + 1:k + 2] in (["'s"], ["’s"]) for k in range(ent.end, min(len(lower) - 1, ent.end + 3)))

    def _town_as_port(self, ent: Span) -> bool:
        """'the first cars arrived from its Okazaki plant at Belgium's Zeebrugge port', 'via the port of Antwerp': a town
        named for its port, where cars land or leave, not where they are made."""
        lower = self.index.lower
        if ent.label_ == "COUNTRY" and lower[ent.end:ent.end + 1] in (["'s"], ["’s"]):
            # "Belgium's Zeebrugge port": the country of the port
            town = next((e for e in self.all_ents if e.start == ent.end + 1 and e.label_ == "PLACE"), None)
            return town is not None and lower[town.end:town.end + 1] in PORT_AFTER_TOWN
        port = lower[ent.end:ent.end + 1] in PORT_AFTER_TOWN or ent.start >= 2 and lower[ent.start - 2:ent.start] in PORT_OF_BEFORE_TOWN
        # (not "its plant near the port of Tangier": a plant placed by the port)
        return port and not any(lower[k] in lx.PLANT_NOUNS and lower[k + 1] in ("near", "next", "close", "beside", "by", "outside")
                                for k in range(max(0, ent.start - 6), ent.start - 1))

    def _town_naming_an_estate(self, ent: Span) -> bool:
        """'a factory in the Lima Technology Center in Lipa City': a town's name opening the name of an estate (words in
        capitals ending in Center, Park, Estate or Zone), the estate placed in another town named right after it; the
        town after is the site, not the namesake (not a province after it: 'the Chu Lai Economic Zone in Quang Nam')."""
        lower, text = self.index.lower, self.index.text
        k = j = ent.end
        while j < len(lower) and j - k < 3 and text[j][:1].isupper() and lower[j] not in ESTATE_NOUNS and not self.ent_type[j]:
            j += 1
        if j == k or j >= len(lower) - 2 or lower[j] not in ESTATE_NOUNS or not text[j][:1].isupper():
            return False
        at = j + 1 + (lower[j + 1] == ",")
        if lower[at] not in ("in", "at", "near"):
            return False
        after = next((e for e in self.all_ents if e.start == at + 1 + (lower[at + 1] == "the") and e.label_ == "PLACE"), None)
        place = self.gaz.places.get(after.text) if after is not None else None
        return place is not None and place.kind in ("city", "site") and after.text != ent.text

    def _instead_of(self, ent: Span) -> bool:
        """'so that packs could be built in-house, instead of in Japan', 'to assemble the vans in Chile rather than in
        Peru': the place set aside is where the vehicles are not made."""
        lower, k = self.index.lower, ent.start - 1
        k -= k >= 0 and lower[k] == "the"
        k -= k >= 0 and lower[k] in ("in", "at", "from")
        return k >= 1 and (lower[k - 1:k + 1] == ["instead", "of"] or lower[k - 1:k + 1] == ["rather", "than"])

    def _left_plant(self, ent: Span) -> bool:
        """'a 20,000-unit increase from its previous Xyz plant': the plant a company has left for its new one, no plant
        of the story's (not 'Abc's former Xyz plant', which another company may run now)."""
        lower = self.index.lower
        return (ent.label_ == "PLACE" and ent.start >= 2 and lower[ent.start - 1] in ("previous", "former")
                and lower[ent.start - 2] in ("its", "their") and lower[ent.end:ent.end + 1] and lower[ent.end] in lx.PLANT_NOUNS)
