"""Where plants are: one plant per place a sentence says vehicles are made at ("production in X", "its X
plant", towns listed together, "one in each of"), with the company running it and its hedges ("possible",
"considering").
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
    BUILD_VERBS,
    CLOSED_WORDS,
    COMPANY_ANAPHOR_NOUNS,
    COMPONENT_PLURALS,
    COORDINATION_GLUE,
    ENDED_WORDS,
    GROUP_COUNT_WORDS,
    MAYBE_WORDS,
    MODEL_HEDGES,
    PASSIVE_AUXILIARIES,
    PLACE_FILLERS,
    PLANT_PLURALS,
    PLANT_RANKS,
    RANKS,
)

# "the northwest China city of Lanzhou": nouns that describe the town named after them
# "has set up production in A, B and C", "started assembly in A and B": making set up in each country listed
PRODUCTION_SETUP_VERBS = frozenset(["set", "started", "starts", "began", "begun", "launched", "established", "runs", "operates"])
TOWN_NOUNS = frozenset(["city", "cities", "town", "towns"])
# the seat of a company's offices: "its headquarters are in X", "headquartered in X"
OFFICE_WORDS = frozenset(["headquarters", "headquartered", "hq", "offices", "office", "head-office"])
AFFILIATE_NOUNS = frozenset(["affiliate", "subsidiary", "unit", "arm", "division"])  # "the Hyundai affiliate"
BUY_VERBS = frozenset(["acquired", "acquires", "bought", "buys", "purchased", "purchases"])  # "X acquired Y's plant in Z"
PART_NOUNS = frozenset(["platform", "engine", "battery", "architecture", "gearbox", "transmission", "chassis", "motor"])
SECTOR_NOUNS = frozenset(["industry", "market", "economy", "sector", "industries", "markets"])  # "the Turkish car industry"
# "its plant in the same industrial area", "BYD's factory in the same regency": the site named before
SAME_AREA_NOUNS = frozenset(["area", "zone", "park", "estate", "town", "city", "region", "regency", "district", "province",
                             "complex", "county", "municipality"])
# what runs plants now (not what plans them): "operating plants in", "has factories in", "with existing facilities in"
RUNNING_WORDS = frozenset(["operates", "operate", "operating", "operated", "runs", "run", "running", "has", "have", "had",
                           "with", "existing", "current", "currently"])
# ("its truck assembly plants in A and B", "bus factories in": what the plants make, as news writes it before the noun)
RUNNING_PLANT_ADJECTIVES = frozenset(["existing", "current", "manufacturing", "production", "assembly", "car", "vehicle",
                                      "auto", "own", "truck", "bus", "van", "coach", "motorcycle", "scooter", "tractor",
                                      "pickup", "ev"])
ABROAD_WORDS = frozenset(["overseas", "foreign", "international"])
SET_UP_WORDS = frozenset(["established", "built", "opened"])
# "the third country to produce the model following A and B", "one of four bases, along with A and B": the others before
OTHERS_BEFORE_WORDS = frozenset(["following", "alongside", "besides", "with"])
COUNT_OF_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "several"])
# "a network that includes plants in A, B and C": the plants a company's network counts, one in each country
PLANT_LIST_INCLUDERS = frozenset(["includes", "include", "included", "including", "comprises", "spans"])
LIST_TIME_ADVERBS = frozenset(["soon", "later", "also", "now"])  # "plants in Thailand, Mexico, and soon Spain"
# "has five other overseas plants in": words that count or set apart the plants a company runs, not plans
PLANT_SITES_OTHER_WORDS = frozenset(["other", "more", "further", "additional"])
# one plant two companies share: "Toyota and Mazda will build a joint plant", "together", "a plant"
# "Renault and Hyundai have each set up a plant in Algeria": a plant each, not one they share ("jointly", "venture")
EACH_SHARED_WORDS = frozenset(["joint", "jointly", "together", "venture", "shared", "share"])
EACH_DESCRIBING_WORDS = frozenset(["the", "rival", "rivals", "partner", "compatriot", "peer", "counterpart", "brand"])
EACH_AUXILIARIES = frozenset(["have", "has", "had", "will", "would", "are", "were", "now"])
EACH_PLANT_VERBS = frozenset(["set", "sets", "setting", "opened", "open", "opens", "established", "establish", "run", "runs",
                              "operate", "operates", "operated", "have", "has", "own", "owns", "built"])
SHARED_PLANT_WORDS = frozenset(["joint", "jointly", "together", "venture", "partnership", "partner", "partners", "alliance",
                                "plant", "factory", "facility", "site", "shared", "share"])


# "made the Thailand operation a production base", "India will become the manufacturing hub": a country as a base of making
HUB_NOUNS = frozenset(["base", "hub"])
MAKING_KINDS = frozenset(["production", "manufacturing", "assembly"])
HUB_FILLERS = frozenset(["operation", "operations", "arm", "unit", "is", "was", "will", "would", "become", "becomes",
                         "became", "be", "serve", "serves", "served", "as", "a", "an", "the", "its", "their", "key", "main",
                         "major", "global", "regional", "new", "important", "most", "significant", "largest", "biggest",
                         "only", "sole", "export", "car", "vehicle", "automobile", "auto", "pickup", "truck"])
# "in which Ford and Koc have equal stakes": a sentence naming owners
STAKE_WORDS = frozenset(["stake", "stakes", "shareholder", "shareholders", "shares", "owned", "owns"])
# "the original model was built at Douai": a generation made before, not the one just named
# "The new sedan goes into production in X", "The SUV will enter series production at Y"
INTO_PRODUCTION_VERBS = frozenset(["go", "goes", "went", "going", "enter", "enters", "entered", "entering"])
# "the Japanese automobile company's plant", "the German carmaker's factory": the noun of a company owning a plant
OWNER_NOUNS = frozenset(["company", "carmaker", "automaker", "maker", "manufacturer", "firm", "group", "giant", "brand",
                         "truckmaker", "automobile", "concern", "corporation", "partner"])
# "Zeebrugge port", "the port of Antwerp": a town named for its port
PORT_AFTER_TOWN = [[w] for w in ("port", "harbour", "harbor", "seaport", "airport", "terminal", "docks")]
PORT_OF_BEFORE_TOWN = [[w, "of"] for w in ("port", "ports", "harbour", "harbor", "seaport")]
# "the Lima Technology Center", "the Amata Industrial Estate": the last word of an estate's name
ESTATE_NOUNS = frozenset(["center", "centre", "park", "estate", "zone"])
# "In future", "From next year", "Now", "Soon": words that open a phrase of time before a sentence's subject
TIME_OPENERS = frozenset(["in", "from", "by", "now", "today", "currently", "soon", "later", "eventually", "initially",
                          "meanwhile", "starting", "beginning", "also", "at"])
PAST_GENERATION_WORDS = frozenset(["original", "previous", "old", "older", "outgoing", "former", "first", "last", "earlier"])


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
                    or e.label_ == "COUNTRY" and self._demonym_of_owner(e))}
        if self.current_plant is not None and located:
            located -= {id(e) for e in ents if id(e) in located and self._rank_scope(sent, e)}
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
                    and not set(lower[x["last"]:ent.start]) & {"to", "into", "and"}  # "from A to B": two places
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
                       or self._builder_of_where_clause(sent, ents, slot)
                       or self._subsidiary_the_article_is_about(ents, slot, company) or company)
            known_before = len(self.plants)
            plant = self._plant_described_again(sent, ents, slot) or self._plant(company, slot["site"], slot["country"], sent, confidence)
            self._slot_start[id(plant)] = slot["first"]
            if len(self.plants) > known_before and (self._parts_plant_noun(slot["first"], slot["last"], sent)
                                                     or self._parts_maker(company)):
                self.parts_plants.add(id(plant))  # first named as a plant of parts (not a vehicle plant named again)
                if not self._parts_maker(company) and self._powertrain_plant_noun(slot["first"], slot["last"], sent):
                    self.powertrain_plants.add(id(plant))
            hedged = self._hedged_models(sent) and not self._made_in_clause(sent, slot["first"])
            names = [self._model_name(m) for m in self._models_for_slot(subjects, slots, n)] if not hedged else []
            relative = self._models_of_relative_clause(slot["last"], sent, subjects)
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
                names = [self._model_name(participle_head)]
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
        return plants

    def _co_subject_makers(self, sent: Sentence, ents: list[Span], company: str | None, slot: dict) -> list[str]:
        """'Toyota, Nissan and Honda build cars in Indonesia', 'Mercedes-Benz and Honda also make SUVs in Alabama': the
        other makers listed with the plant's company as the subject of the verb of making (not a plant two companies share,
        'Toyota and Mazda will build a joint plant', nor a group's own brands)."""
        if company and "each" in self.words and not self.words & EACH_SHARED_WORDS:
            return self._makers_each_with_a_plant(sent, ents, company, slot)
        if not company or self.words & SHARED_PLANT_WORDS:
            return []
        lower = self.index.lower
        comps, last = self._companies_up_to_slot(ents, company, slot)
        if last is None:
            return []
        k = last.end
        # "joins Chery, Suzuki and Tata, which already assemble cars in X": the makers a relative clause of making is about
        relative = lower[k + (lower[k] == ","):k + (lower[k] == ",") + 1] in (["which"], ["that"], ["who"])
        k += (lower[k] == ",") + 1 if relative else 0
        while k < slot["first"] and (lower[k] in ADVERBS_BEFORE_VERB or lower[k] in ("all", "both")):
            k += 1
        if k >= slot["first"] or lower[k] not in ACTIVE_BUILD_VERBS:
            return []

        def glue_word(j: int) -> bool:  # (before a relative clause, "China's Chery, Japan's Suzuki and India's Tata" too)
            return lower[j] in (",", "and", "&") or relative and (self.ent_type[j] == "COUNTRY" or lower[j] in ("'s", "’s"))
        listed, n = [], comps.index(last)
        while n > 0 and (glue := range(comps[n - 1].end, comps[n].start)) and all(glue_word(j) for j in glue) and any(
                lower[j] in (",", "and", "&") for j in glue):
            n -= 1
            listed.append(comps[n])
        if not listed or not relative and comps[n].start != sent.start and lower[comps[n].start - 1] not in (",", "–", "—", "-", "the"):
            return []  # the list opens its clause
        return [c for c in dict.fromkeys(e.ent_id_ for e in reversed(listed))
                if c != company and not self.gaz.same_group(c, company) and not self._parts_maker(c)]

    @staticmethod
    def _companies_up_to_slot(ents: list[Span], company: str, slot: dict) -> tuple[list[Span], Span | None]:
        """The companies written before the plant's slot, and the last mention of the plant's company among them."""
        comps = [e for e in ents if e.label_ == "COMPANY" and e.end <= slot["first"]]
        return comps, next((e for e in reversed(comps) if e.ent_id_ == company), None)

    def _makers_each_with_a_plant(self, sent: Sentence, ents: list[Span], company: str, slot: dict) -> list[str]:
        """'French automaker Renault and South Korean Hyundai have each set up an assembly plant in Algeria', 'Kia and
        Toyota each run a factory there': makers listed as the subject, then 'each' and a verb of making, setting up or
        running, have a plant each at the place (the makers may be described by their nationality or trade)."""
        lower = self.index.lower
        comps, last = self._companies_up_to_slot(ents, company, slot)
        if last is None:
            return []
        k = last.end
        while k < slot["first"] and k - last.end < 4 and (lower[k] in EACH_AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB):
            k += 1
        if lower[k] != "each" or k >= slot["first"] or "each" in lower[slot["first"]:sent.end]:
            return []  # ("... and sold 5,000 cars each in Algeria": not a plant each)
        k += 1
        while k < slot["first"] and k - last.end < 7 and lower[k] in ADVERBS_BEFORE_VERB:
            k += 1
        if k >= slot["first"] or not (lower[k] in BUILD_VERBS or lower[k] in EACH_PLANT_VERBS):
            return []

        def describes(j: int) -> bool:  # "French automaker", "South Korean", "the carmaker"
            return lower[j] in COMPANY_ANAPHOR_NOUNS or lower[j] in EACH_DESCRIBING_WORDS or self.ent_type[j] == "COUNTRY"
        listed, n = [], comps.index(last)
        while n > 0 and (glue := range(comps[n - 1].end, comps[n].start)) and {lower[j] for j in glue} & {",", "and", "&"} and all(
                lower[j] in (",", "and", "&") or describes(j) for j in glue):
            n -= 1
            listed.append(comps[n])
        if not listed or not all(describes(j) for j in range(sent.start, comps[n].start)):
            return []  # the list opens the sentence
        return [c for c in dict.fromkeys(e.ent_id_ for e in reversed(listed))
                if c != company and not self.gaz.same_group(c, company) and not self._parts_maker(c)]

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

    def _with_model_ranges(self, names: list[str], subjects: list[Span]) -> list[str]:
        """'makes the X3 through X7 models': the models between two named ones (_models_in_range) are made too."""
        for a, b in zip(subjects, subjects[1:], strict=False):
            between = self._models_in_range(a, b) if self._model_name(a) in names else []
            if between:
                at = names.index(self._model_name(a)) + 1
                names = [*names[:at], *(n for n in between if n not in names), *names[at:]]
        return names

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

    def _room_made_for(self, sent: Sentence, plant: PlantFact, names: list[str], subjects: list[Span], slot: dict) -> list[str]:
        """'Ranger assembly was moved to Thailand, making way for the assembly of the Escape and the Tribute': the models
        a move makes room for are built at the plant the text describes, not where the moved model goes."""
        if "way" not in self.words and "room" not in self.words:
            return names
        lower = self.index.lower
        cue = next((k for k in range(slot["last"], sent.end - 1) if lower[k] in ("way", "room") and lower[k + 1] == "for"
                    and lower[k - 1] in ("making", "make", "makes", "made")), None)
        if cue is None:
            return names
        after = [self._model_name(m) for m in subjects if m.start > cue]
        if after and self.current_plant is not None and self.current_plant is not plant:
            add_new(self.current_plant.models, after)
        return [n for n in names if n not in after]

    def _own_of_mixed_list(self, plant: PlantFact, names: list[str], subjects: list[Span]) -> list[str]:
        """'The top model made in the UK is the Nissan Qashqai, built near Sunderland, followed by the Mini One, the
        Vauxhall Astra and the Honda Civic': models of the plant's own group listed with those of two or more other
        groups are a country's ranking; the plant builds its own group's only (a contract assembler, with no model of
        its own group in the list, keeps them all)."""
        if len(names) < 3 or not plant.company:
            return names
        makers = {self._model_name(m): self._model_maker(m) for m in subjects}
        groups = {self.gaz.group_of(makers[n]) for n in names if makers.get(n)}
        own = [n for n in names if makers.get(n) and self.gaz.same_group(makers[n], plant.company)]
        if not own or len(groups - {self.gaz.group_of(plant.company)}) < 2:
            return names
        return own

    def _town_in_state_slot(self, slot: dict, ent: Span) -> bool:
        """'its Ohio plant, in the town of East Liberty', 'the Bavaria factory at Dingolfing': a town written 'in' or 'at'
        after the plant of a state or province the slot is sited by (not 'near' or 'outside' it, nor a state after a
        state)."""
        state = self.gaz.places.get(slot["site"] or "")
        town = self.gaz.places.get(ent.text)
        if state is None or state.kind != "state" or town is not None and town.kind == "state":
            return False
        between = self.index.lower[slot["last"]:ent.start]
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
        return after[:1] in (["show"], ["expo"]) or len(after) >= 2 and after[0] in ("motor", "auto") and after[1] in ("show", "expo")

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
        place = next((e for e in ents if e.start == sent.start + 1 and e.label_ == "PLACE"), None)
        if place is None or lower[place.end:place.end + 1] != [","]:
            return set()
        k = place.end + 1
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

    def _towns_given_as_plants(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'increasing output at plants such as Sanand', 'factories like Pune and Hosur': towns given as examples of plants
        are plants there (towns only: 'plants in states such as Gujarat' names where, not which)."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start, sent.end - 2):
            if lower[k] not in PLANT_PLURALS or lower[k] == "works":
                continue
            i = k + 3 if lower[k + 1:k + 3] == ["such", "as"] else k + 2 if lower[k + 1] == "like" else None
            while i is not None and i < sent.end:
                e = next((e for e in ents if e.start == i and e.label_ == "PLACE"), None)
                place = self.gaz.places.get(e.text) if e is not None else None
                if e is None or place is not None and place.kind == "state":
                    break
                out.add(id(e))
                i = e.end + (lower[e.end:e.end + 1] in ([","], ["and"])) + (lower[e.end:e.end + 2] == [",", "and"])
        return out

    def _listed_running_plants(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'operating plants in Georgia in the U.S., Slovakia and China', 'with existing facilities in the USA, Indonesia':
        a list of countries (or places) after the plants a company runs has one plant in each (not 'Both come from its
        plants in India', one country, nor 'plans to add plants in A and B')."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start + 2, sent.end - 1):
            if lower[k] != "in":
                continue
            # "has five other overseas manufacturing facilities, in A, B and C": the list set off by a comma
            noun = k - 1 - (lower[k - 1] == "," and k - 2 > sent.start)
            if lower[noun] not in PLANT_PLURALS or lower[noun] == "works":
                continue
            j = noun - 1
            while j > sent.start and (lower[j] in RUNNING_PLANT_ADJECTIVES or lower[j] in ABROAD_WORDS or self._counted_plants(j)
                                      or lower[j] in PLANT_SITES_OTHER_WORDS):
                j -= 1  # "operating manufacturing plants in", "with existing facilities in", "has 7 other overseas factories in"
            had = j - 1
            while had > sent.start and lower[had] in ADVERBS_BEFORE_VERB:
                had -= 1  # "has already opened car plants in"
            if not (lower[j] in RUNNING_WORDS or lower[j] in SET_UP_WORDS and lower[had] in ("has", "have", "had")
                    or self._plants_owned_or_counted_in(j)):
                continue  # (or "has established 7 overseas factories in")
            listed = []
            i = k + 1
            while i < sent.end:  # the list: places and countries, glued by commas, 'and', 'the' and 'in'
                e = next((e for e in ents if e.start == i and e.label_ in ("PLACE", "COUNTRY")), None)
                if e is not None:
                    listed.append(e)
                    i = e.end
                elif (lower[i] in (",", "and", "the", "in") or listed and lower[i] in LIST_TIME_ADVERBS) and i + 1 < sent.end:
                    i += 1  # ("plants in Thailand, Mexico, and soon Spain")
                else:
                    break
            countries = {self._country_of(e) for e in listed} - {None}
            if len(countries) >= 2:
                out.update(id(e) for e in listed)
        return out

    def _plants_of_models_makers(self, plant: PlantFact, created: bool, names: list[str], subjects: list[Span], slot: dict,
                                 sent: Sentence, ents: list[Span], confidence: float) -> list[PlantFact]:
        """'Australia's two best-selling models, the Toyota HiLux and Ford Ranger utes, are both built in Thailand': the
        models of makers of two groups or more, in a sentence that names no company, are made at each maker's own plant
        there, not at the plant of a company named before (each plant takes its maker's models); [] when that is not so."""
        if any(e.label_ == "COMPANY" for e in ents):
            return []
        maker_of = {self._model_name(m): self._model_maker(m) for m in subjects}
        makers = [maker_of.get(name) for name in names]
        # (the models as the subject of a passive of making, right before the place: "... are both built in X")
        lower, last = self.index.lower, max((m.end for m in subjects if self._model_name(m) in names), default=slot["first"])
        if last > slot["first"] or not any(lower[k] in BUILD_VERBS and lower[k - 1] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB | {"both", "all"}
                                           for k in range(last, slot["first"])):
            return []
        if not all(makers) or len({self.gaz.group_of(m) for m in makers}) < 2:
            return []
        if plant.company and any(self.gaz.same_group(plant.company, m) for m in makers):
            return []  # (the company named before makes one of them: its plant, as read)
        out: list[PlantFact] = []
        for n, maker in enumerate(dict.fromkeys(makers)):
            # (the plant made for this sentence is the first maker's; one known before keeps its company)
            own = plant if n == 0 and (created or not plant.company) else self._plant(maker, slot["site"], slot["country"], sent, confidence)
            if own is plant:
                plant.company = maker
            add_new(own.models, self._with_model_ranges([name for name, m in zip(names, makers, strict=True) if m == maker], subjects))
            if own not in out:
                out.append(own)
        return out

    def _countries_making_it_before(self, ents: list[Span], located: set[int]) -> set[int]:
        """'production of the Xpander in Malaysia, the third country to produce the model following Indonesia and
        Vietnam', 'India would be the fourth production hub for the X, following South Korea, China and Russia', 'one of
        four global manufacturing bases, along with Thailand, Indonesia and Argentina': a country where vehicles are
        made, counted as one of several, and the countries listed after 'following' or 'along with' are the others."""
        lower = self.index.lower
        out: set[int] = set()
        # (a country made a hub where the article has its plant already: "India would be the fourth production hub")
        for a in (e for e in ents if e.label_ == "COUNTRY" and (id(e) in located or self._hub_named_after(e))):
            end = self.index.sent_bounds(a.start)[1]
            cue = next((k for k in range(a.end, min(end, a.end + 16)) if lower[k] in OTHERS_BEFORE_WORDS
                        and (lower[k] != "with" or lower[k - 1] in ("along", "together"))), None)
            between = set(lower[a.end:cue]) if cue is not None else set()
            if (cue is None or not between & (RANKS | COUNT_OF_WORDS) or between & {";", "while", "but"}
                    or not between & (lx.PRODUCTION_CUES | MAKING_KINDS | HUB_NOUNS | {"produce", "bases", "hubs"})):
                continue
            k = cue + 1
            listed = []
            while k < end:  # the countries listed: "Indonesia and Vietnam", "South Korea, China, and Russia (Solaris)"
                e = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
                if e is not None:
                    listed.append(e)
                    k = e.end
                    if lower[k:k + 1] == ["("]:  # past a bracketed model: "Russia (Solaris)"
                        k = next((j + 1 for j in range(k, min(end, k + 6)) if lower[j] == ")"), k)
                elif lower[k] in (",", "and", "the") and k + 1 < end:
                    k += 1
                else:
                    break
            out.update(id(e) for e in listed)
            # (each made by the company of the plant the article knows in the first country: "India ... following South
            # Korea, China, and Russia (Solaris)" are Hyundai's, not a company the brackets seem to name)
            known = next((p.company for p in self.plants if p.country == a.ent_id_ and p.company and id(p) not in self.undecided), None)
            if known:
                self._others_company.update((e.start, known) for e in listed)
        return out

    def _hub_named_after(self, e: Span) -> bool:
        """'India would be the fourth production hub', 'South Africa is one of four global manufacturing bases': the
        country, then words that fill, then a kind of making and a hub or base."""
        lower, k = self.index.lower, e.end
        while k < len(lower) and k - e.end < 9 and (lower[k] in HUB_FILLERS or lower[k] in RANKS or lower[k] in COUNT_OF_WORDS
                                                   or lower[k] == "of"):
            k += 1
        return lower[k:k + 1] != [] and lower[k] in MAKING_KINDS and lower[k + 1:k + 2] != [] and lower[k + 1] in HUB_NOUNS | {"bases", "hubs"}

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

    def _plants_owned_or_counted_in(self, j: int) -> bool:
        """The word before the plants of a list of countries says whose they are, or that they are among those a network
        counts: 'trained at Hyundai factories in Korea and the Czech Republic', 'a network that includes plants in A, B
        and soon C', 'the X plant, along with plants in A and B', 'builds the X at its plants in A and B', 'is built at
        plants in A and B' (not 'plans to add plants in A and B', 'sends parts to factories in A and B')."""
        lower = self.index.lower
        if self.ent_type[j] == "COMPANY" or lower[j] in PLANT_LIST_INCLUDERS:
            return True
        if lower[j] in ("its", "their") and any(lower[k] in BUILD_VERBS for k in range(max(0, j - 8), j)):
            return True  # "Nissan builds the Navara at its plants in Thailand and Mexico"
        if lower[j] == "at" and (lower[j - 1] in BUILD_VERBS or lower[j - 1] in ADVERBS_BEFORE_VERB and lower[j - 2] in BUILD_VERBS):
            return True  # "The Navara is built at plants in Thailand, Mexico and Spain"
        return lower[j] == "with" and lower[j - 1] == "along"

    def _coordinated_sites(self, ents: list[Span], located: set[int]) -> set[int]:
        """'its plants at Zwickau and Dresden', 'its Bupyeong and Changwon plants', 'after Gurugram, Manesar and the
        Hansalpur plant': towns listed with a town where vehicles are made are such towns too (towns only: 'plants in
        India and Thailand' names no site). Returns every town of such a list, so that none is read as the area of
        the one before."""
        lower = self.index.lower
        # "at A, B (in Haryana) and C (in Gujarat)": a town's area in brackets after it is no item of the list
        places = [e for e in ents if e.label_ == "PLACE" and not self._bracketed_area(e)]
        out: set[int] = set()
        changed = True
        while changed:
            changed = False
            for a, b in zip(places, places[1:], strict=False):
                a_end = self._past_bracketed_area(a.end)
                glue = lower[a_end:b.start]
                paired = self._town_and_country_glue(a_end, b.start) and self._area_after(b.end) is not None
                if not paired and not self._list_glue(a_end, b.start) and not self._list_glue_past_area(a_end, b.start, b.end):
                    continue
                if not paired and "and" not in glue and not self._list_goes_on(self._past_bracketed_area(b.end)):
                    continue  # "its plant in Pune, Chakan, builds": a town and its district, not a list
                for x, y in ((a, b), (b, a)):
                    if self._state_name(y) or self._seat_of_offices(y):
                        continue  # "in Ohio and Indiana": states, not towns
                    if (id(x) in located or id(x) in out) and id(y) not in out:
                        out.add(id(y))
                        changed = True
        out |= self._one_in_each(places, located | out)
        return out

    def _area_after(self, k: int) -> int | None:
        """', Germany', ', Ohio' right at k (a country or a state after a town's comma): the end of its name, else None."""
        if self.index.lower[k:k + 1] != [","] or k + 1 >= len(self.index.lower):
            return None
        end = k + 2
        while end < len(self.index.lower) and self.ent_iob[end] == "I":
            end += 1
        kind, area = self.ent_type[k + 1], self.gaz.places.get(self.index.span_text(k + 1, end))
        return end if self.ent_iob[k + 1] == "B" and (kind == "COUNTRY" or kind == "PLACE" and area is not None and area.kind == "state") else None

    def _town_and_country_glue(self, start: int, end: int) -> bool:
        """'in Nanjing, China; Cologne, Germany; and Valencia, Spain', 'Lordstown, Ohio, and Oshawa, Ontario': between two
        towns of a list, the country (or state) of the first after its comma, then ';', ',' or 'and'."""
        area_end = self._area_after(start)
        return area_end is not None and 0 < end - area_end <= 2 and set(self.index.lower[area_end:end]) <= {";", ",", "and"}

    def _coordinated_countries(self, ents: list[Span], located: set[int]) -> set[int]:
        """'BMW builds the 3 Series in Germany and South Africa', 'assembled in Mexico, Brazil and the US': countries
        listed after 'in', a verb of making before them, with a country where vehicles are made are such countries too (not 'its plants in India and
        Thailand', several plants named by no site, nor a country's possessive, 'in Mexico and Brazil's north')."""
        lower = self.index.lower
        countries = [e for e in ents if e.label_ == "COUNTRY"]
        out: set[int] = set()
        for a, b in zip(countries, countries[1:], strict=False):
            if id(b) in located or not (id(a) in located or id(a) in out):
                continue
            glue = lower[a.end:b.start]
            if not glue or not set(glue) <= {",", "and", "the"} or glue[0] == "the" or glue.count("and") > 1:
                continue
            if "and" not in glue and not self._country_list_goes_on(b.end):
                continue  # "in Pune, India": not a list
            first = a
            while id(first) in out:  # the list's first country, whose preposition opens it
                first = countries[countries.index(first) - 1]
            k = first.start - 1 - (lower[first.start - 1] == "the")
            if k < 0 or lower[k] not in ("in", "at") or lower[k - 1:k] in (["plants"], ["factories"], ["plant"], ["factory"]):
                continue
            start = self.index.sent_bounds(k)[0]
            # "has set up production in Iran, Morocco and Algeria": making set up there, its noun right before the list
            set_up = lower[k - 1] in ("production", "manufacturing", "assembly") and bool(
                set(lower[max(start, k - 5):k - 1]) & PRODUCTION_SETUP_VERBS)
            if not set_up and not any(lower[j] in ACTIVE_BUILD_VERBS or lower[j] in BUILD_VERBS and self._passive_before(j, start)
                                      for j in range(max(start, k - 12), k)):
                # a verb of making now before the list ("builds the X in A and B", "is assembled in A and B"), not
                # "assembly capacity in A, B and C", nor a history ("Renault also built the Logan in A, B and C")
                continue
            if lower[b.end:b.end + 1] in (["'s"], ["’s"]) or lower[b.end:b.end + 1] in (["plants"], ["factories"]):
                continue
            out.add(id(b))
        return out

    def _figures_listed_by_country(self, ents: list[Span], qs: list[Span], located: set[int]) -> set[int]:
        """'capacity amounts to 600,000 units in the US, 1.44 million units in China and 100,000 units in Turkey': after
        a country where vehicles are made, each further country given its own count of units in the same list is one too."""
        lower = self.index.lower
        countries = [e for e in ents if e.label_ == "COUNTRY"]
        units = {q.end: q for q in qs if q.label_ == "UNITS"}
        out: set[int] = set()
        for b in countries:
            if id(b) in located:
                continue
            k = b.start - 1 - (lower[b.start - 1] == "the")  # the 'in' before B
            if k < 1 or lower[k] != "in":
                continue
            q = units.get(k - 1) if lower[k - 1] == "each" else units.get(k)
            if q is None or q.start < 1 or lower[q.start - 1] not in (",", "and"):
                continue
            # back from B's figure over the list's places, commas and 'and' ("in the US, Europe and India, 1.44 million
            # units in China"): a country where vehicles are made opens the list
            j = q.start - 1
            while j > 0 and (lower[j] in (",", "and", "the") or self.ent_type[j] in ("COUNTRY", "REGION")):
                j -= 1
            walked = [c for c in countries if c.start > j and c.end <= q.start]
            if any(id(c) in located or id(c) in out for c in walked):
                # (and the countries of that list itself: "in the US, Europe and India", a region between them)
                out.update(id(c) for c in [*walked, b] if id(c) not in located)
        return out

    def _country_made_a_hub(self, ents: list[Span]) -> set[int]:
        """'Mitsubishi made the Thailand operation a production base for exports', 'Renault said India will become the
        manufacturing hub for the car': a country a company's sentence names its base or hub of making (not 'the
        government promotes Thailand as a production hub': a company named in the sentence)."""
        if not any(e.label_ == "COMPANY" for e in ents):
            return set()
        lower = self.index.lower
        out = set()
        for e in ents:
            if e.label_ != "COUNTRY" or e.text in self.gaz.demonyms or self._in_compound(e) or any(
                    p.country == e.ent_id_ and id(p) not in self.undecided for p in self.plants):
                continue  # (where the article has a plant already, the hub is that plant, or a country's industry)
            k = e.end
            while k < len(lower) and k - e.end < 7 and lower[k] in HUB_FILLERS:
                k += 1
            if lower[k:k + 1] and lower[k] in MAKING_KINDS and lower[k + 1:k + 2] and lower[k + 1] in HUB_NOUNS:
                out.add(id(e))
        return out

    def _counted_countries_of_making(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'Toyota expects to produce 490,000 trucks a year in four countries, Thailand, Argentina, South Africa and
        Indonesia': the countries listed after 'in <number> countries', a verb of making before, are each where vehicles
        are made (not 'sold in 34 countries, including ...')."""
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k] != "in" or lower[k + 2] != "countries" or lower[k + 3] not in (",", ":"):
                continue
            if not (self.doc[k + 1].like_num or lower[k + 1] in ("two", "three", "four", "five", "six")):
                continue
            before = range(max(sent.start, k - 12), k)
            if not any(lower[j] in BUILD_VERBS for j in before) or any(lower[j] in lx.EXPORT_CUES for j in before):
                continue
            listed, i = [], k + 4
            while i < sent.end:
                e = next((e for e in ents if e.start == i and e.label_ == "COUNTRY"), None)
                if e is not None:
                    listed.append(e)
                    i = e.end
                elif lower[i] in (",", "and", "the"):
                    i += 1
                else:
                    break
            if len(listed) >= 2:
                return {id(e) for e in listed}
        return set()

    def _passive_before(self, j: int, start: int) -> bool:
        """'is assembled', 'are also built', 'is currently produced': the auxiliary of a passive before the participle at
        j, an adverb or two between them."""
        lower = self.index.lower
        k = j - 1
        while k > start and j - k <= 2 and lower[k] in ADVERBS_BEFORE_VERB:
            k -= 1
        return k >= start and lower[k] in ("is", "are", "be")

    def _country_list_goes_on(self, k: int) -> bool:
        """'A, B and C': past the countries and commas after a country, the 'and' of a list."""
        lower = self.index.lower
        while k < len(lower) and (lower[k] in (",", "the") or self.ent_type[k] == "COUNTRY"):
            k += 1
        return k < len(lower) and lower[k] == "and"

    def _one_in_each(self, places: list[Span], located: set[int]) -> set[int]:
        """'two factories in the country -- one in Tangiers with a capacity of 400,000 and one in Casablanca that ...':
        a town after 'one in' (or 'another in', 'the other in') where a town before it in the sentence, after 'one in'
        too, is one where vehicles are made, however much is said of the first."""
        lower = self.index.lower
        openers = ([("one",), ("another",), ("other",)], ("in", "at", "near"))

        def after_one(e: Span) -> bool:
            return e.start >= 2 and lower[e.start - 1] in openers[1] and (lower[e.start - 2],) in openers[0]
        out: set[int] = set()
        for n, y in enumerate(places):
            if id(y) in located or not after_one(y) or self._state_name(y):
                continue
            start = self.index.sent_bounds(y.start)[0]
            if any(id(x) in located and after_one(x) and x.start >= start for x in places[:n]):
                out.add(id(y))
        return out

    def _seat_of_offices(self, ent: Span) -> bool:
        """'Its regional headquarters are in Casablanca, and the Kenitra plant ...': the town of a company's offices, no
        town of the plants listed beside it."""
        lower = self.index.lower
        return (ent.start >= 2 and lower[ent.start - 1] in ("in", "at")
                and bool(set(lower[max(0, ent.start - 4):ent.start - 1]) & OFFICE_WORDS))

    def _bracketed_area(self, ent: Span) -> bool:
        """'Manesar (in Haryana)': a place in brackets after 'in', the area of the town before the bracket."""
        lower = self.index.lower
        return (ent.start >= 3 and lower[ent.start - 2:ent.start] == ["(", "in"] and self.ent_type[ent.start - 3] == "PLACE"
                and lower[ent.end:ent.end + 1] == [")"])

    def _past_bracketed_area(self, k: int) -> int:
        """Past '(in Haryana)' right at k, else k."""
        lower = self.index.lower
        if lower[k:k + 2] != ["(", "in"]:
            return k
        close = next((j for j in range(k + 2, min(k + 7, len(lower))) if lower[j] == ")"), None)
        return close + 1 if close is not None and any(self.ent_type[j] == "PLACE" for j in range(k + 2, close)) else k

    def _list_glue_past_area(self, start: int, end: int, town_end: int) -> bool:
        """'at A and B in the English midlands, and C in the northwest': the area of the towns before, then ', and' the
        next town of the list (an area in words, no town or country named in it), the town closing a list's item."""
        lower = self.index.lower
        glue = lower[start:end]
        if not 4 <= len(glue) <= 8 or glue[0] != "in" or glue[-2:] != [",", "and"]:
            return False
        if town_end < len(lower) and lower[town_end] not in (",", ".", "in", "near", ";") and lower[town_end] not in lx.PLANT_NOUNS:
            return False  # "..., and Halewood residents protested": no town of the list
        # ("the English midlands": a demonym may describe the area)
        return all(self.doc[j].is_alpha and (self.ent_type[j] not in ("PLACE", "COUNTRY") or self.doc[j].text in self.gaz.demonyms)
                   for j in range(start + 1, end - 2))

    def _list_glue(self, start: int, end: int, bare: bool = False) -> bool:
        """What stands between two towns of one list: 'A, B and C', 'Gurugram, Manesar and the Hansalpur plant', and
        each town with its description, 'the central China city of A, the northwest China city of B' (a comma or 'and',
        then 'the', compass words, the country and 'city of'). `bare`: the commas alone will do too, and other towns of
        the list between."""
        lower = self.index.lower
        glue = lower[start:end]
        if not glue:
            return False
        if set(glue) <= COORDINATION_GLUE:
            return bare or bool({"and", ","} & set(glue))
        if bare and all(lower[j] in COORDINATION_GLUE or self.ent_type[j] == "PLACE" for j in range(start, end)):
            return True  # "A, B, C": past the towns listed between
        k = start
        while k < end and lower[k] in COORDINATION_GLUE:
            k += 1
        if k == start or not {"and", ","} & set(lower[start:k]) or lower[end - 1] != "of":
            return False
        rest = range(k, end - 1)
        return (any(lower[j] in TOWN_NOUNS for j in rest)
                and all(lower[j] in PLACE_FILLERS or self.ent_type[j] == "COUNTRY" for j in rest))

    def _list_goes_on(self, k: int) -> bool:
        """'A, B, C and D': past the towns and commas after a town, the 'and' of a list."""
        while k < len(self.index.lower) and (self.index.lower[k] == "," or self.ent_type[k] == "PLACE"):
            k = self._past_bracketed_area(k + 1)
        return k < len(self.index.lower) and self.index.lower[k] == "and"

    def _state_name(self, ent: Span) -> bool:
        info = self.gaz.places.get(ent.text)
        return info is not None and info.kind == "state"

    def _company_naming_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'Mahindra began assembly in Kenya with its distributor X, at the Acme Assemblers (AA) plant in Mombasa': the
        company whose name the plant bears ('the X plant in Y', 'the X assembly plant at Y') runs it, whoever the
        subject is (a former owner's name, 'the former Nissan plant in ...', does not count)."""
        lower = self.index.lower
        site = next((e for e in ents if e.label_ == "PLACE" and e.text == slot["site"]
                     and slot["first"] <= e.start < slot["last"]), None)
        if site is None or site.start < sent.start + 4 or lower[site.start - 1] not in ("in", "at", "near", "outside"):
            return None
        k = site.start - 2
        if lower[k] not in ("plant", "factory", "facility", "works"):
            return None
        k -= 1
        if lower[k] in ("assembly", "production", "manufacturing", "vehicle", "car"):
            k -= 1
        if lower[k] == ")" and k - 2 > sent.start and lower[k - 2] == "(":
            k -= 3  # "the Acme Assemblers (AA) plant": the acronym in brackets
        owner = next((e for e in ents if e.label_ == "COMPANY" and e.end - 1 == k), None)
        if owner is None or lower[owner.start - 1] != "the" or self._former_owner(owner):
            return None
        return owner.ent_id_

    def _maker_of_brand_built(self, ents: list[Span], company: str | None) -> str | None:
        """'a licensing deal to produce MG cars locally, and a land contract for the factory site in X', in a story about
        Mansour: a brand named only as what is built ('produce MG cars') is not the plant's operator; the company the
        article is about, of another group, is."""
        main = self.main_company
        if not company or not main or main == company or self.gaz.same_group(main, company) or main not in self.named_companies:
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] in BUILD_VERBS and e.end < len(lower) and lower[e.end] in lx.VEHICLE_WORDS for e in named):
            return main
        return None

    def _group_of_brand_built(self, ents: list[Span], company: str | None) -> str | None:
        """'GM will stop producing BrightDrop vans, made at a facility in X', 'Stellantis is moving production of its
        Compass Jeep to Y': a brand named only as what is built, after its own group named in the sentence, marks the
        product; the group runs the plant."""
        if not company:
            return None
        group = self.gaz.group_of(company)
        if group == company:
            return None
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        first = next((e for e in ents if e.label_ == "COMPANY"), None)
        if not named or first is None or first.ent_id_ != group:
            return None
        lower = self.index.lower
        for e in named:
            # (with a few words of description between: "BrightDrop electric parcel-delivery vans")
            k = e.end
            while k < min(len(lower), e.end + 5) and lower[k] not in lx.VEHICLE_WORDS and (self.doc[k].is_lower or lower[k] == "-"):
                k += 1
            vehicle_after = k < len(lower) and lower[k] in lx.VEHICLE_WORDS
            model_beside = self.ent_type[e.start - 1] == "MODEL" or e.end < len(lower) and self.ent_type[e.end] == "MODEL"
            if not (vehicle_after or model_beside) or lower[e.end:e.end + 1] in (["’s"], ["'s"]):
                return None
        return group

    def _first_of_pair(self, ents: list[Span], company: str | None) -> str | None:
        """'the Renault-Nissan alliance plants', 'The Renault – Nissan group ... its factories': an alliance written as
        two makers joined by a dash is led by the first; its plants are not the second's."""
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if not named:
            return None
        firsts = set()
        for e in named:
            first = next((f for f in ents if f.label_ == "COMPANY" and f.end == e.start - 1), None)
            if first is None or lower[e.start - 1] not in ("-", "–", "—"):
                return None
            firsts.add(first.ent_id_)
        return firsts.pop() if len(firsts) == 1 else None

    def _affiliate_meant(self, ents: list[Span], company: str | None) -> str | None:
        """'The Hyundai Motor affiliate has expanded capacity in South Korea' in a story about Kia: the group named as the
        owner of 'the affiliate' describes the company the article is about, which runs the plant."""
        main = self.main_company
        if not company or not main or main == company or not self.gaz.same_group(main, company):
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] == "the" and lower[e.end:e.end + 1] and lower[e.end] in AFFILIATE_NOUNS for e in named):
            return main
        return None

    def _buyer_of_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'BYD recently acquired Ford's plant in X', 'Hyundai has bought the GM factory at Y': the buyer, the subject of
        the verb of buying, runs the plant now, not the seller whose name it bore."""
        lower = self.index.lower
        first = slot["first"]
        if first - 3 < sent.start or lower[first - 1] not in ("in", "at", "near"):
            return None
        k = first - 2
        if lower[k] not in lx.PLANT_NOUNS:
            return None
        verb = next((j for j in range(k - 1, max(sent.start, k - 8) - 1, -1) if lower[j] in BUY_VERBS
                     or lower[j] == "over" and lower[j - 1] in ("took", "taken", "take", "takes")), None)
        if verb is None or not any(e.label_ == "COMPANY" and verb < e.start < k for e in ents):
            return None  # the plant is named by the company it belonged to
        verb -= lower[verb] == "over"
        buyer = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= verb and verb - e.end <= 3), None)
        return buyer.ent_id_ if buyer is not None else None

    def _builder_of_where_clause(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'kits are sent to Vietnam, where TC Motor assembles them at its plant in Hai Duong': the company building in
        the clause that opens on the place runs the plant there, not the company that sends the kits."""
        lower = self.index.lower
        place = next((e for e in ents if e.label_ in ("PLACE", "COUNTRY") and e.start == slot["first"]), None)
        if place is None:
            return None
        k = place.end + (1 if lower[place.end:place.end + 1] == [","] else 0)
        if lower[k:k + 1] != ["where"]:
            return None
        builder = next((e for e in ents if e.label_ == "COMPANY" and e.start == k + 1), None)
        if builder is None or not BUILD_VERBS & set(lower[builder.end:builder.end + 3]):
            return None
        return builder.ent_id_

    def _subsidiary_the_article_is_about(self, ents: list[Span], slot: dict, company: str | None) -> str | None:
        """'Renault Korea ... Busan also builds the Grand Koleos, Renault's mid-size SUV': with no company named before
        the place, a parent named after it (as a model's brand) yields to its subsidiary the article is about, in the
        subsidiary's own country."""
        main = self.main_company
        if not company or not main or main == company or slot["country"] != self.gaz.home_country(main):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None
        parent, seen = main, {main}
        while (info := self.gaz.companies.get(parent)) is not None and info.parent and info.parent not in seen:
            parent = info.parent
            seen.add(parent)
            if parent == company:
                return main
        return None

    def _made_by_clause_head(self, first: int, sent: Sentence, subjects: list[Span]) -> Span | None:
        """The model right before ', which is made by X in <first>' (the clause's verb of making followed by 'by')."""
        lower = self.index.lower
        for k in range(first - 1, max(sent.start, first - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == ",":
                if not any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, first)):
                    return None
                return next((m for m in self.ents.get(sent.start, []) if m.end == k - 1 and m.label_ in ("MODEL", "MODEL_AMBIG")), None)
        return None

    def _participle_made_in_head(self, first: int, sent: Sentence) -> Span | None:
        """'the Nissan X, built in a factory near <first>', 'the Y, assembled at <first>': the model right before a
        participle of making set off by a comma, the place a few words after it."""
        lower = self.index.lower
        k = next((k for k in range(first - 1, max(sent.start + 1, first - 8), -1) if lower[k] in lx.MADE_PARTICIPLES), None)
        if k is None or lower[k - 1] != "," or lower[k + 1] not in ("in", "at", "near"):
            return None
        if not all(lower[j] in ("in", "at", "near", "outside", "a", "an", "the", "its", "factory", "plant", "facility")
                   for j in range(k + 1, first)):
            return None
        return next((m for m in self.ents.get(sent.start, []) if m.end == k - 1 and m.label_ in ("MODEL", "MODEL_AMBIG")), None)

    def _bracketed_made_in_head(self, first: int, sent: Sentence) -> Span | None:
        """'the X and the Y pickup-based minivan (which is produced in <first>)': a bracketed clause of making is about the
        model right before the bracket (past the words that class it), not the sentence's other models."""
        lower = self.index.lower
        k = first - 1
        if k - 3 < sent.start or lower[k] not in ("in", "at"):
            return None
        k -= 1
        if lower[k] not in BUILD_VERBS:
            return None
        k -= 1
        while k > sent.start and lower[k] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB:
            k -= 1
        if lower[k] not in ("which", "that") or lower[k - 1] != "(":
            return None
        j = k - 2
        while j > sent.start and k - j <= 6 and self.ent_type[j] not in ("MODEL", "MODEL_AMBIG") and (self.doc[j].is_lower or lower[j] == "-"):
            j -= 1  # "pickup-based minivan"
        if self.ent_type[j] not in ("MODEL", "MODEL_AMBIG"):
            return None
        return next((m for m in self.ents.get(sent.start, []) if m.start <= j < m.end and m.label_ in ("MODEL", "MODEL_AMBIG")), None)

    def _same_area_slot(self, sent: Sentence, ents: list[Span], slots: list[dict]) -> None:
        """'X assembles the A at Cikarang, and Y builds the B at its plant in the same industrial area': a second
        company's plant at the site the sentence named before, in a slot of its own."""
        if "same" not in self._sent_words(sent):
            return  # (most sentences: no token-by-token scan)
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k:k + 3] != ["in", "the", "same"] or lower[k - 1] not in lx.PLANT_NOUNS:
                continue
            if not any(lower[j] in SAME_AREA_NOUNS for j in range(k + 3, min(sent.end, k + 6))):
                continue
            before = [x for x in slots if x["site"] and x["last"] <= k]
            if not before or not any(e.label_ == "COMPANY" and before[-1]["last"] <= e.start < k for e in ents):
                return  # no other company between the site and its plant: the same plant
            slots.append({"country": before[-1]["country"], "site": before[-1]["site"], "first": k - 1, "last": k + 3,
                          "places": [before[-1]["site"]]})
            return

    def _maybe_before(self, sent: Sentence, first: int) -> bool:
        """'could move some X output to ...', 'has no plans to move ...': what the sentence says before the plant only may be."""
        lower = self.index.lower
        return any(lower[k] in MAYBE_WORDS or lower[k] in ("plans", "plan") and lower[k - 1] == "no" for k in range(sent.start, first))

    def _plant_described_again(self, sent: Sentence, ents: list[Span], slot: dict) -> PlantFact | None:
        """'The plant, located in the Uzlovaya industrial park, ...', 'The plant in Villamuriel, near Palencia, builds ...':
        the plant being described, placed more closely, not a second plant."""
        plant, lower = self.current_plant, self.index.lower
        if plant is not None and plant.country == slot["country"] and self._opener_places_the_plant(sent, slot):
            plant.site = plant.site or slot["site"]  # "Located between A and B, the plant started ...": the plant described
            return plant
        if (plant is None or plant.country != slot["country"] or lower[sent.start] != "the"
                or lower[sent.start + 1] not in ("plant", "factory", "facility", "complex")):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None  # "The plant Ford runs in Valencia": another company's plant
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

    def _made_in_clause(self, sent: Sentence, site: int) -> bool:
        """'Togg, which makes the T10X at Gemlik, is studying exports': the site in a clause of its own that says what is
        made there, with no hedge inside it; a hedge in the main clause is about something else."""
        lower = self.index.lower
        # "dismissed speculation that it would close its plant in Faisalabad, where it assembles the X": the clause after
        # the site says what is made there
        where = next((k for k in range(site + 1, min(sent.end - 1, site + 5)) if lower[k] == "where" and lower[k - 1] == ","), None)
        if where is not None and any(lower[j] in ACTIVE_BUILD_VERBS for j in range(where + 1, min(sent.end, where + 4))):
            end = next((k for k in range(where, sent.end) if lower[k] == ","), sent.end)
            return not any(lower[k] in MODEL_HEDGES for k in range(where, end))
        which = next((k for k in range(site - 1, sent.start, -1) if lower[k] in ("which", "that") and lower[k - 1] == ","), None)
        if which is None or not (lower[which + 1] in BUILD_VERBS or lower[which + 1] in ADVERBS_BEFORE_VERB and lower[which + 2] in BUILD_VERBS):
            return False
        end = next((k for k in range(site, sent.end) if lower[k] == ","), sent.end)
        return end < sent.end and not any(lower[k] in MODEL_HEDGES for k in range(which, end))

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

    def _vehicles_as_subject(self, sent: Sentence) -> bool:
        """'The cars are built at ...', 'These SUVs will be assembled in ...', 'The new global model will be made at ...', 'The
        Japanese pickup is also produced in ...': vehicles named just before (a word or two describing them, not a past
        generation's: 'the original model was built at ...'), made here."""
        lower = self.index.lower
        start = sent.start
        if lower[start] not in ("the", "these", "those"):
            # "In future the buses will be produced at ...", "From next year, these SUVs will be built in ...": the
            # vehicles after a short opening phrase of time (no name and no verb of making in it)
            if lower[start] not in TIME_OPENERS:
                return False
            start = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 6)) if lower[k] in ("the", "these", "those")
                          and any(lower[j] in lx.VEHICLE_WORDS for j in range(k + 1, min(sent.end, k + 4)))), None)
            if start is None or any(self.ent_type[j] or lower[j] in BUILD_VERBS for j in range(sent.start, start)):
                return False
        noun = next((k for k in range(start + 1, min(sent.end, start + 4)) if lower[k] in lx.VEHICLE_WORDS), None)
        if noun is None or any(lower[j] in PAST_GENERATION_WORDS or not self.doc[j].is_alpha for j in range(start + 1, noun)):
            return False
        # ("is also produced", "are currently built": an adverb between)
        # ("The new sedan goes into production soon in Vigo", "The SUV will enter series production at X": a vehicle's
        # production starting there)
        return any(lower[k] in BUILD_VERBS and (lower[k - 1] in PASSIVE_AUXILIARIES or lower[k - 1] in ADVERBS_BEFORE_VERB
                                                and lower[k - 2] in PASSIVE_AUXILIARIES)
                   or lower[k] in INTO_PRODUCTION_VERBS and "production" in lower[k + 1:k + 4]
                   and set(lower[k + 1:lower.index("production", k + 1)]) <= {"into", "series", "full", "mass", "volume"}
                   for k in range(noun + 1, min(sent.end, noun + 6)))

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
