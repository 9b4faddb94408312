"""Plants, sentence by sentence: _plants reads which plants a sentence names or points back to ("the plant", "its
Kenitra factory") and which one the sentence's figures, models and dates then go to (the plant described, one named
again, the nearest of the figure's own clause, not one inside a dashed aside); money put into a country before any
plant there; a country's industry told apart from one company's plant ("Thailand, the global hub of pickup
manufacturing"). Creates each PlantFact (`_plant`). Whether a plant named is new, closed, idle, only studied or only a
source of kits or imports is in plant_status.py; plants named by their company rather than a place in plant_makers.py.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import pycountry
from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence, doc_text
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_makers import OWN_PLANT_NOUNS, PLANT_GROWTH_VERBS, SHIPPED_OR_MADE
from core.nlp.relations.plant_status import OUT_OF_PRODUCTION
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    CLAUSE_BREAKS,
    CLOSED_WORDS,
    ENDED_WORDS,
    MODEL_HEDGES,
    MOVE_VERBS,
    PASSIVE_AUXILIARIES,
    PLANT_HEDGES,
    PLANT_PLURALS,
    RANKS,
)

# "Georgia", "Bavaria", "Guanajuato": states and provinces, which a later "Town, State" narrows to the town
SUBDIVISION_NAMES = frozenset(s.name for s in pycountry.subdivisions)
# "250 new jobs will be created at Hams Hall", "$50 million is going into the plant": words between a figure and where it goes
STATED_AT_VERBS = frozenset(["will", "would", "be", "is", "are", "created", "added", "based", "going", "spent", "invested"])
ENDED_OR_PHASED = ENDED_WORDS | {"phased"}  # "phased out its manufacturing in X"
# "Hyundai bought GM's Talegaon plant": verbs of buying a plant, whose subject runs it after
BUYING_VERBS = frozenset(["bought", "buys", "buy", "buying", "acquired", "acquires", "acquire", "acquiring", "purchased", "purchases",
                          "purchase", "purchasing"])
# "The Talegaon plant, which GM closed in 2020, was bought by Hyundai": a closed plant with a new life
REOPEN_WORDS = frozenset(["bought", "buys", "acquired", "acquires", "sold", "reopen", "reopens", "reopened", "restart",
                          "restarted", "revive", "revived", "took", "taken"])
TAKEOVER_WORDS = frozenset(["take", "takeover", "acquire", "acquiring", "acquisition", "buy", "buying", "purchase", "purchasing"])
# "plants of brands such as A, B and C", "automakers with plants here include A and B" (not "including", as often
# the clients or the past of one company's plants)
LISTING_CUES = frozenset(["such", "include", "includes"])
LEFT_WORDS = frozenset(["vacated", "left", "abandoned", "exited", "sold", "former", "shuttered", "idle"])
# "Production by maker: Zorvex was up 6% to 81,028 units, Acme ...": a country's output, each maker's count
OUTPUT_BY_MAKER_NOUNS = frozenset(["production", "productions", "output"])
# "its largest after the ones in A and B", "bigger than those in C": other plants a plant is compared with
COMPARED_AFTER = frozenset(["after", "behind", "than"])
# "its second plant in Europe after Izmir", "besides its Boras plant": a plant named beside the one described
COMPARED_PLANT_WORDS = frozenset([*COMPARED_AFTER, "besides", "alongside", "joining", "following"])
# plant nouns that tell one site from another ("the complex", "the works"); "plant" is said of every site
DISTINCT_PLANT_NOUNS = frozenset(["complex", "works", "hub", "campus", "facility", "factory", "gigafactory"])


class PlantRecordsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _hub_of_other_makers(self, plant: PlantFact, ents: list[Span], subjects: list[Span]) -> bool:
        """'Thailand, the global hub of pickup manufacturing, exports vehicles such as the Toyota HiLux and the Ford
        Everest': a country whose models are of two or more other groups, none of the plant's (whose company the
        sentence does not name), is a country's industry, not one company's plant."""
        if plant.site or not plant.company or any(e.label_ == "COMPANY" and e.ent_id_ == plant.company for e in ents):
            return False
        makers = {self._model_maker(m) for m in subjects if self._model_name(m) in plant.models}
        if None in makers or len({self.gaz.group_of(m) for m in makers}) < 2:
            return False
        return not any(self.gaz.same_group(m, plant.company) for m in makers)

    def _plants(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        if subjects and self.words & lx.MADE_PARTICIPLES and "-" in self.words:
            self._plants_of_origin_compounds(sent, ents, subjects)
        if self.words & lx.MADE_PARTICIPLES and "-" in self.words and self.words & SHIPPED_OR_MADE:
            self._makers_of_origin_vehicles(sent, ents)
        if (self.words & PLANT_PLURALS and self.words & LISTING_CUES and not self.words & (ENDED_WORDS | CLOSED_WORDS | LEFT_WORDS)
                and not self.words & (PLANT_HEDGES | MODEL_HEDGES)):
            self._makers_of_plants_listed(sent, ents)
        if self.words & OUTPUT_BY_MAKER_NOUNS and len(qs) >= 2:
            self._makers_of_production_figures(sent, ents, qs)
        if self.words & OUTPUT_BY_MAKER_NOUNS and ":" in self.words:
            self.output_rows = self._output_list_heading(sent, ents)
        elif self.output_rows is not None:
            self._maker_output_row(sent, ents)
        if subjects and self.words & {"former", "latter"} and self._former_and_latter(sent, subjects):
            subjects = []  # "The latter facility will begin making the X when the Mexican plant opens": the models read
        unsited = {id(p) for p in self.plants if not p.site and id(p) in self.undecided}
        # plants an earlier sentence stated plainly: "Nissan's Rosslyn plant ... Nissan is studying the potential for
        # assembling Renault cars at the Rosslyn plant": what is studied there is hedged, the plant is not
        stated = {id(p) for p in self.plants if id(p) not in self.undecided}
        created = self._plants_at_locations(sent, ents, subjects, qs)
        if created and self.words & BUYING_VERBS:
            self._bought_plants(sent, ents, created)
        if created and subjects:
            self.undecided.update(id(p) for p in created if self._hub_of_other_makers(p, ents, subjects))
        if unsited and not self.words & (PLANT_HEDGES | MODEL_HEDGES | CLOSED_WORDS | OUT_OF_PRODUCTION):
            # "SAIC reportedly said it would build pickups in Thailand. The vehicles will be built by its joint venture at
            # Rayong": a plant said with a hedge, then stated plainly with its site, is decided
            # "Toyota reportedly is to expand in Thailand. Reuters said Toyota will build a 15 billion baht plant there, its
            # third in Thailand": a plant stated plainly, with a verb of making and the money or the capacity, is decided too
            plain = bool(self.words & lx.PLANT_NOUNS and self.words & ACTIVE_BUILD_VERBS and qs)
            self.undecided.difference_update(id(p) for p in created if id(p) in unsited and (p.site or plain))
        if self.words & OWN_PLANT_NOUNS and "its" in self.words and self.words & PLANT_GROWTH_VERBS:
            created = self._own_plant_grown_in_the_storys_country(sent, ents, created) + created
        if ":" in self.words and self.words & PLANT_PLURALS:
            self._plants_listed_below(sent, ents)
        by_operator = not created
        created = (created or self._plants_named_by_operator(sent, ents) or self._plants_of_so_does(sent, ents)
                   or self._another_makers_plant_there(sent, ents) or self._plant_of_national_subsidiary(sent, ents)
                   or self._another_makers_plant_named(sent, ents) or self._assembler_in_country(sent, ents)
                   or self._made_by_a_local_arm(sent, ents, subjects))
        if created:
            self.plants_by_sent[self.sent_no] = created
            if self.words & PLANT_HEDGES and not self.words & {"existing", "current"} and not self._hedged_only_before(sent):
                # "it is studying a possible EV plant in Canada", "has shortlisted three sites for a plant"
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and id(p) not in stated and not (self.words & TAKEOVER_WORDS and self._owned_plant(sent, p)))
            if self.words & CLOSED_WORDS and not self.words & REOPEN_WORDS:
                # "Honda, which closed its Sayama plant in 2022, ...": a plant that no longer builds is no plant
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and self._closed_before(sent, p))
            if self.words & OUT_OF_PRODUCTION and not self.words & REOPEN_WORDS:
                # "The X plant at Y, which assembled the Z, has been idle since 2020": past models, no plant now
                self.undecided.update(id(p) for p in created if not self._decided_before(p) and self._out_of_production(sent, p))
            if self.words & ENDED_OR_PHASED and not self.words & REOPEN_WORDS:
                # "since Toyota phased out its pickup truck manufacturing in Japan": no plant in that country now
                ended = [p for p in created if not p.site and not self._decided_before(p) and self._production_ended_in_country(sent, p)]
                self.undecided.update(id(p) for p in ended)
                if ended and self.current_plant is not None and self.current_plant not in created and (
                        self._opens_with_the_plant(sent) or self.index.lower[sent.start:sent.start + 2] == ["the", "complex"]):
                    for p in ended:  # "The complex, on the site X left when it ended production in Y, builds the A": the plant described
                        add_new(self.current_plant.models, p.models)
                        p.models = []
            if len(created) == 1 and self._kit_source(created[0]):
                self.kit_sources.add(id(created[0]))
                self.resume_plant = (self.current_plant,)  # the plant described before, once this sentence is read
                self._models_before_kits(sent, ents, subjects, created[0])
            described, clause = self._described_plant(sent, created)
            if described is not None:
                # "The plant will assemble the Onix from kits supplied by UzAuto, which builds it at its Asaka plant":
                # the plant the sentence opens with makes the models named before the clause, and stays the one described
                add_new(described.models, (self._model_name(m) for m in subjects if m.end <= clause))
            elif not (len(created) == 1 and (self._import_source(created[0]) or self._made_by_aside(created[0]))):
                # not a plant named as where imports come from, nor one of a ', which is made by X in Y' aside; "The
                # Pamplona factory ... packs from cells made at PowerCo's Sagunto gigafactory": a parts plant named after
                # a vehicle plant is an aside, the vehicle plant stays
                vehicle = [p for p in created if id(p) not in self.parts_plants]
                self.current_plant = created[-1] if id(created[-1]) not in self.parts_plants or not vehicle else vehicle[-1]
                if len(created) > 1 and self._compared_plant(self.current_plant, sent):
                    # "a factory in Szeged, its second in Europe after Izmir. The plant will ...": the plant named to be
                    # counted after is an aside; the plant the sentence is about stays the one described
                    self.current_plant = next((p for p in reversed(created) if not self._compared_plant(p, sent)), self.current_plant)
                if len(created) > 1 and self._kit_source(self.current_plant):
                    # "The KAEC plant will re-assemble kits that are made at the company's Casa Grande plant": the plant
                    # that makes the kits is an aside, the one that assembles them stays described
                    users = [p for p in created if not self._kit_source(p)]
                    if users:
                        self.kit_makers.add(id(self.current_plant))
                        self.current_plant = users[-1]
            elif self.current_plant is None and self._import_source(created[0]) and id(created[0]) not in self.parts_plants:
                # "The X will come from MMKI's plant in Cikarang. The factory also builds the Y": with no plant described
                # before, 'the factory' of the models the text goes on to name is the plant the cars come from
                self.source_plant = created[0]
            self._start_of_created(sent, created, qs)
            if described is not None:
                # "The plant, which will employ 500 people, can assemble 10,000 vehicles a year, up from 2,500 at the
                # company's old facility in X": the figures before the clause are the described plant's
                for q in self._targets_first([q for q in qs if q.start < clause]):
                    self._set_figure(described, q, sent)
                qs = [q for q in qs if q.start >= clause]
            # "spent $210 million retooling Toluca for the Compass, which is also built at its Melfi plant": a plant
            # described before, named again here, takes the figures nearer to its name
            # (not a plant production moves away from: "Vauxhall will spend a further £27m to transfer production of the
            # X from Luton", the money goes to the plant the sentence is about)
            named_again = [(p, e.start) for p in self.plants if p not in created and p.site
                           for e in ents if e.label_ == "PLACE" and e.text == p.site
                           and not self._moved_away_from(e.start, sent)] if len(created) == 1 else []
            if named_again:
                places = [(created[0], self._slot_start.get(id(created[0]), sent.end)), *named_again]
                for q in self._targets_first(qs):
                    # not a plant named inside a dashed aside the figure is outside of
                    here = [(p, at) for p, at in places if not self._aside_apart(at, q, sent)]
                    if here:
                        # "... R15.8bn into Silverton, followed by another R600m into the engine plant in Gqeberha": a
                        # sum put into the plant named right after it, though the other is nearer
                        into = self._plant_paid_into(here, q, sent)
                        self._set_figure(into or min(here, key=lambda pair: abs(pair[1] - q.start))[0], q, sent)
            elif len(created) == 1:
                for q in self._targets_first(qs):
                    if self._aside_apart(self._slot_start.get(id(created[0]), -1), q, sent):
                        continue  # "Zorvex -- which also builds in Peru -- will invest $300m in the factory in X"
                    self._set_figure(created[0], q, sent)
                if by_operator:  # "The plant, operated by X, ... builds the Tiggo 4 Pro"
                    self._models_for_known_plant(sent, ents, subjects)
            else:  # "Kia in Zilina ..., while Volvo's plant near Kosice will open with 250,000 cars a year"
                clause_of = self._item_breaks(sent)
                for q in self._targets_first(qs):
                    # the nearest plant of the figure's own clause ("... with capacity for 150,000, while the X plant ...")
                    own = [p for p in created if clause_of(self._slot_start.get(id(p), sent.end)) == clause_of(q.start)]
                    # not a plant named inside a dashed aside the figure is outside of
                    candidates = [p for p in own or created if not self._aside_apart(self._slot_start.get(id(p), -1), q, sent)]
                    if candidates and self._figure_with_the_plant_before(q, sent):
                        # "at a new plant in Wroclaw, with an annual capacity of 1,500 buses, after closing its Boras
                        # plant": a 'with' phrase describes the plant named before it
                        candidates = [p for p in candidates if self._slot_start.get(id(p), sent.end) < q.start] or candidates
                    if candidates:
                        into = self._plant_paid_into([(p, self._slot_start.get(id(p), sent.end)) for p in candidates], q, sent)
                        nearest = into or min(candidates, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - q.start))
                        self._set_figure(nearest, q, sent)
            return
        self._operator_of_known_plant(sent, ents)
        self._site_of_described_plant(sent, ents)
        self._figures_for_known_plant(sent, ents, qs)
        self._models_for_known_plant(sent, ents, subjects)
        self._start_for_known_plant(qs)
        self._plant_named_again(sent, ents)
        self._invested_in_country(sent, ents, qs)

    def _moved_away_from(self, k: int, sent: Sentence) -> bool:
        """'to transfer production of the X from Luton': the place at k is where production moves away from."""
        lower = self.index.lower
        return k > sent.start and lower[k - 1] == "from" and any(lower[j] in MOVE_VERBS for j in range(sent.start, k - 1))

    def _invested_in_country(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """'Nissan said it would invest a total of $100 million to expand its operations in Egypt': a company's
        investment in a country where no plant is known yet; it goes to the company's one plant there, if the article
        goes on to name exactly one (_settle_country_investments)."""
        if not self.words & lx.INVESTMENT_CUES:
            return
        money = next((q for q in qs if q.label_ == "MONEY"), None)
        if money is None:
            return
        lower = self.index.lower
        country = next((e for e in ents if e.label_ == "COUNTRY" and e.start > money.end and lower[e.start - 1] == "in"
                        and e.text not in self.gaz.demonyms and not self._in_compound(e)), None)
        if country is None or any(p.country == country.ent_id_ for p in self.plants):
            return
        company, _ = self._subject_company(sent, ents, before=money.start)
        if company:
            self.country_investments.append((sent, money, country.ent_id_, company))

    def _settle_country_investments(self) -> None:
        for sent, money, country, company in self.country_investments:
            there = [p for p in self.plants if p.country == country and p.company and self.gaz.same_group(p.company, company)]
            if len(there) == 1 and there[0].investment is None and len([p for p in self.plants if p.country == country]) == 1:
                self._set_figure(there[0], money, sent, confidence=0.6)

    def _plant_named_again(self, sent: Sentence, ents: list[Span]) -> None:
        """'Pamplona builds the Taigo. Nissan will invest in its Avila plant. Workers in Pamplona were told that the plant
        will keep three shifts': 'the plant' of the sentences after is the plant the text named last, not the one it
        introduced last (a site two plants share goes to the one whose company the sentence names)."""
        text = self.index.sent_text(sent.start)
        companies = {e.ent_id_ for e in ents if e.label_ == "COMPANY"}
        last, named = -1, []
        for p in self.plants:
            if not p.site or id(p) in self.undecided or p.site not in text:
                continue  # (a substring test first: most sentences name no plant's site, and a regex costs more)
            at = max((m.start() for m in re.finditer(rf"\b{re.escape(p.site)}\b", text)), default=-1)
            if at > last:
                last, named = at, [p]
            elif at == last and at >= 0:
                named.append(p)
        if named:
            self.current_plant = next((p for p in named if p.company in companies),
                                      self.current_plant if self.current_plant in named else named[0])

    def _opens_with_the_plant(self, sent: Sentence) -> bool:
        """'The plant, which ..., builds', 'From January the factory will': 'the' and a plant's noun as the sentence's
        subject, after at most a short time phrase with no name in it."""
        lower = self.index.lower
        for k in range(sent.start, min(sent.end - 1, sent.start + 4)):
            if lower[k] == "the" and lower[k + 1] in ("plant", "factory", "facility"):
                return True
            if self.ent_type[k] or lower[k] == "the":
                return False
        return False

    def _described_plant(self, sent: Sentence, created: list[PlantFact]) -> tuple[PlantFact | None, int]:
        """The current plant, when the sentence opens with 'The plant' and names the new plants only in a clause
        after ', which' or ', where'."""
        lower = self.index.lower
        # "The plant ...", "The factory ...", "The second line will also assemble the X, which ... builds at its plant in Y"
        noun = sent.start + 1 + (sent.start + 2 < sent.end and (lower[sent.start + 1] in RANKS or lower[sent.start + 1] == "new"))
        if self.current_plant is None or lower[sent.start] != "the" or lower[noun:noun + 1] not in (["plant"], ["factory"]) and not (
                noun > sent.start + 1 and lower[noun:noun + 1] == ["line"]):
            return None, 0
        first = min(self._slot_start.get(id(p), sent.start) for p in created)
        clause = next((k for k in range(sent.start + 2, first) if lower[k] in ("which", "where") and lower[k - 1] == ","), None)
        if clause is None and lower[noun + 1:noun + 2] == [","] and any(lower[k] in COMPARED_AFTER for k in range(noun + 2, first)):
            clause = noun + 1  # "The plant, Zorvex's third-largest after the ones in A and B, has ...": plants it is compared with
        # "The plant, which will employ 500, can assemble 10,000 vehicles a year, up from 2,500 at the company's old
        # facility in X": the plant it is compared with, named after the figures of the one described
        compared = next((k for k in range(noun + 1, first) if lower[k:k + 2] in (["up", "from"], ["down", "from"])
                         or lower[k:k + 2] in (["compared", "with"], ["compared", "to"])), None)
        clause = compared if compared is not None else clause
        return (self.current_plant, clause) if clause is not None and self.current_plant not in created else (None, 0)

    def _start_of_created(self, sent: Sentence, created: list[PlantFact], qs: list[Span]) -> None:
        """A start date goes to the plant named nearest its cue ('..., while Volvo's plant near Kosice is due to open in 2026')."""
        lower = self.index.lower
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        if cue is None:
            return
        plant = min(created, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - cue))
        if plant.start_date is None:
            plant.start_date = self._start_date(sent, qs)

    def _start_date(self, sent: Sentence, qs: list[Span]) -> str | None:
        """The date that follows the start cue ('slowed output this year ... due to open in 2026' -> 'in 2026')."""
        lower = self.index.lower
        dates = [q for q in qs if q.label_ == "DATE"]
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        chosen = [q for q in dates if cue is not None and q.start > cue] or dates
        return chosen[0].text if chosen else None

    def _bought_plants(self, sent: Sentence, ents: list[Span], created: list[PlantFact]) -> None:
        """'Hyundai bought General Motors' Talegaon plant', 'HMIL acquired GM's plant in Talegaon': the buyer, the company
        nearest before the verb of buying, runs the plant, not the seller named after the verb (not 'was bought by')."""
        lower = self.index.lower
        verb = next((k for k in range(sent.start, sent.end) if lower[k] in BUYING_VERBS), None)
        if verb is None or lower[verb + 1:verb + 2] == ["by"] or lower[verb - 1] in PASSIVE_AUXILIARIES:
            return
        buyer = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= verb), None)
        if buyer is not None and lower[buyer.start - 1] == "with":
            # "Ineos has completed a deal with Mercedes-Benz to buy the Smart factory": the seller the deal is with; the
            # subject buys
            buyer = next((e for e in ents if e.label_ == "COMPANY" and e.end < buyer.start), buyer)
        sellers = {e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start > verb or lower[e.start - 1] == "with" and e.end <= verb}
        if buyer is None:
            return
        for plant in created:
            if plant.company in sellers and plant.company != buyer.ent_id_:
                plant.company = buyer.ent_id_

    def _compared_plant(self, plant: PlantFact, sent: Sentence) -> bool:
        """'its second plant in Europe after Izmir', 'besides its Boras plant', 'alongside the Leipzig factory': a plant
        named only to count or set the sentence's plant beside it (a few words back, in the same phrase)."""
        lower = self.index.lower
        first = self._slot_start.get(id(plant))
        if first is None:
            return False
        for k in range(first - 1, max(sent.start, first - 5) - 1, -1):
            if lower[k] in COMPARED_PLANT_WORDS or lower[k:k + 3] == ["in", "addition", "to"]:
                return True
            if not (self.doc[k].is_alpha or lower[k] in ("'s", "’s")):
                return False
        return False

    def _figure_with_the_plant_before(self, q: Span, sent: Sentence) -> bool:
        """', with an annual capacity of 1,500 buses', 'with 2,000 workers': the figure in a 'with' phrase (a few
        words of its own between), which describes the noun before it."""
        lower = self.index.lower
        k = next((j for j in range(q.start - 1, max(sent.start, q.start - 6) - 1, -1) if lower[j] == "with"), None)
        # (right after the plant's name or a comma: not "will compare with existing capacity of ...")
        return (k is not None and k > sent.start and (lower[k - 1] == "," or self.ent_type[k - 1] in ("PLACE", "COUNTRY")
                                                      or lower[k - 1] in lx.PLANT_NOUNS)
                and all(self.doc[j].is_alpha and self.doc[j].is_lower for j in range(k + 1, q.start)))

    def _describes_the_plant(self, sent: Sentence) -> bool:
        """The sentence opens with 'The plant' or 'The factory', the one the story is about, not one a place after it
        picks out ('The plant in Pune builds ...': another plant)."""
        lower = self.index.lower
        return (lower[sent.start:sent.start + 2] in (["the", "plant"], ["the", "factory"], ["the", "facility"])
                and lower[sent.start + 2:sent.start + 3] not in (["in"], ["at"], ["near"], ["of"], ["outside"]))

    def _a_state(self, site: str) -> bool:
        place = self.gaz.places.get(site)
        return place is not None and place.kind == "state" or site in SUBDIVISION_NAMES

    def _plant(self, company: str | None, site: str | None, country: str, sent: Sentence, confidence: float) -> PlantFact:
        # "X is considering closing its A plant ... the cars are made exclusively in Korea": a plant named without a site
        # joins one stated plainly before one only studied, closed or left
        for plant in sorted(self.plants, key=lambda p: site is None and id(p) in self.undecided):
            if plant.country == country and (plant.company == company or not plant.company or not company):
                if (site and plant.site and plant.site != site and plant.site in SUBDIVISION_NAMES
                        and f"{site}, {plant.site}" in doc_text(self.doc)):
                    plant.site = site  # "Acme's Ohio plant ... its plant in Dalton, Ohio": the state's plant is the town's
                elif (site and plant.site and plant.site != site and plant is self.current_plant
                      and self._describes_the_plant(sent) and self._a_state(plant.site) and not self._a_state(site)):
                    # "a plant in Tamil Nadu ... The plant, at Panapakkam in Ranipet district, will ...": the plant
                    # the sentence describes is at that town of the state
                    plant.site = site
                elif (site and plant.site and site.startswith(plant.site + " ") and plant is self.current_plant
                      and self._describes_the_plant(sent)):
                    site = plant.site  # "its Manaus factory ... The factory, in the Manaus Free Trade Zone, builds ...": one plant
                if site and plant.site and plant.site != site and not self._same_place(site, plant.site):
                    continue  # (not "General Pacheco ... the Pacheco Industrial Center": one town's two names)
                plant.site = plant.site or site
                plant.company = plant.company or company
                return plant
        # "Changan ... its plant in Rayong ... Deepal vehicles from the Rayong plant": a brand and its group at one
        # site are one plant, under the company named first
        for plant in self.plants:
            if site and plant.site == site and plant.country == country and self.gaz.same_group(plant.company, company):
                return plant
        plant = PlantFact(company=company, site=site, country=country, source=self._source(sent, confidence=confidence))
        self.plants.append(plant)
        return plant

    def _same_place(self, a: str, b: str) -> bool:
        """Two names the gazetteer gives one place ('General Pacheco' and its alias 'Pacheco'); not a town and an area
        named after it ('Chu Lai' and 'Chu Lai Open Economic Zone'), where several plants may stand."""
        if a.startswith(b + " ") or b.startswith(a + " ") or a.startswith(b + ",") or b.startswith(a + ","):
            return False
        pa, pb = self.gaz.places.get(a), self.gaz.places.get(b)
        return pa is not None and pb is not None and pa.name == pb.name and pa.country == pb.country

    def _site_of_described_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'Hyundai has started work on a new factory in Saudi Arabia. It is based in the Xyz Cluster, a hub in the King
        Abdullah Economic City': where the plant the sentence before was about, named without a site, stands."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.site or not self.previous_words & lx.PLANT_NOUNS:
            return
        k = sent.start + 1 if lower[sent.start] == "it" else sent.start + 2 if (
            lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_NOUNS) else None
        if k is None and lower[sent.start] == "the":
            # "The newly built assembly plant is located in ...": the plant's noun after a few words describing it
            noun = next((j for j in range(sent.start + 2, min(sent.end, sent.start + 6)) if lower[j] in lx.PLANT_NOUNS), None)
            if noun is not None and all(self.doc[j].is_lower and not self.ent_type[j] for j in range(sent.start + 1, noun)):
                k = noun + 1
        if k is None:
            return
        while k < sent.end and lower[k] in ("is", "was", "will", "be", "'s", "’s", "would", "to"):
            k += 1
        if lower[k:k + 1] not in (["based"], ["located"], ["situated"], ["sited"]) or lower[k + 1:k + 2] not in (["in"], ["at"], ["near"]):
            return
        place = next((e for e in ents if e.label_ == "PLACE" and k + 1 < e.start <= k + 16), None)
        if place is None or any(e.label_ in ("COMPANY", "COUNTRY") and k < e.start < place.start for e in ents):
            return
        if self._country_of(place) == plant.country:
            plant.site = place.text

    def _operator_of_known_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'The plant will be built and run by Xyz Assembly': the plant being described gets the operator named."""
        lower = self.index.lower
        if self.current_plant is None or lower[sent.start:sent.start + 1] != ["the"] or sent.end - sent.start < 2 \
                or lower[sent.start + 1] not in lx.PLANT_ANAPHORS:
            return
        operator = next((e for e in ents if e.label_ == "COMPANY" and e.start >= 2 and lower[e.start - 1] == "by"
                         and lower[e.start - 2] in ("operated", "run", "owned", "managed") and e.start - sent.start <= 10), None)
        if operator is not None:
            self.current_plant.company = operator.ent_id_

    def _plant_by_noun(self, sent: Sentence) -> PlantFact | None:
        """'builds it at the Ayrton Senna complex in Resende ... also built in Bursa ... the complex now has capacity
        for ...': 'the complex' is the last plant introduced as a complex, if the current one was not."""
        nouns = self.words & DISTINCT_PLANT_NOUNS
        if not nouns or self.current_plant is None:
            return None
        lower = self.index.lower
        noun = next((lower[k] for k in range(sent.start + 1, sent.end) if lower[k] in nouns and lower[k - 1] == "the"), None)
        if noun is None or self._introduced_as(self.current_plant, noun):
            return None
        # (not the plant named only as where the kits are made: "the facility" is the one described)
        return next((p for p in reversed(self.plants) if self._introduced_as(p, noun) and id(p) not in self.kit_makers), None)

    @staticmethod
    def _introduced_as(plant: PlantFact, noun: str) -> bool:
        return plant.source is not None and noun in plant.source.sentence.lower().split()

    def _start_for_known_plant(self, qs: list[Span]) -> None:
        """'Production of the EV4 starts in 2026': when the current plant begins making cars."""
        plant = self.current_plant
        if plant is None or plant.start_date or not self.words & lx.START_CUES or not self.words & lx.PRODUCTION_CUES:
            return
        plant.start_date = self._start_date(self.index.sentence(qs[0].start), qs) if qs else None

    def _targets_first(self, qs: list[Span]) -> list[Span]:
        """'raising capacity to 400,000 from 300,000', 'expanded to 100,000 vehicles': the new figure first."""
        lower = self.index.lower
        return sorted(qs, key=lambda q: 0 if q.start > 0 and lower[q.start - 1] in ("to", "double", "doubling") else 1)

    def _plant_mentioned(self, ents: list[Span]) -> PlantFact | None:
        for ent in ents:
            for plant in self.plants:
                if ent.label_ == "PLACE" and plant.site == ent.text:
                    return plant
        return None

    def _aside_apart(self, pos: int, q: Span, sent: Sentence) -> bool:
        """The plant at `pos` is named inside a dashed aside, the figure q outside it, and the sentence names a plant
        outside the aside too ('Zorvex -- which also builds cars in Peru -- will invest $300 million in the factory in
        Leon'); not 'Zorvex - for 30 years making cars in Leon - announced a $50 million expansion', where the aside's
        plant is the only one."""
        aside = self._dash_aside(pos, sent)
        if aside is None or aside[0] < q.start < aside[1]:
            return False
        lower = self.index.lower
        return any(lower[k] in ("plant", "factory", "facility", "plants", "factories") for k in range(sent.start, sent.end)
                   if not aside[0] < k < aside[1])

    def _dash_aside(self, pos: int, sent: Sentence) -> tuple[int, int] | None:
        """The bounds of an aside set off by dashes ('Zorvex -- which also builds cars in Peru -- said')
        that holds token `pos`, or None."""
        if pos < 0:
            return None
        lower = self.index.lower
        dashes = [k for k in range(sent.start, sent.end) if lower[k] in ("--", "—", "–")]
        for a, b in zip(dashes, dashes[1:], strict=False):
            if a < pos < b:
                return a, b
        return None

    def _plant_paid_into(self, places: list[tuple[PlantFact, int]], q: Span, sent: Sentence) -> PlantFact | None:
        """'another R600 million into the Struandale engine plant in Gqeberha', '250 new jobs will be created at Hams
        Hall': of (plant, where it is named) pairs, the one plant named right after a sum or a count of jobs and 'into',
        'in' or 'at' (past 'will be created'), up to eight words on with no comma, 'and' or other figure between; else None."""
        lower = self.index.lower
        k = q.end
        while k < q.end + 3 and lower[k:k + 1] and lower[k] in STATED_AT_VERBS:
            k += 1  # "250 new jobs will be created at Hams Hall"
        if q.label_ not in ("MONEY", "JOBS") or lower[k:k + 1] not in (["into"], ["in"], ["at"]):
            return None
        after = [p for p, at in places if k < at <= k + 8
                 and not any(lower[j] in (",", ";", "and", "while") or self.doc[j].like_num for j in range(q.end, at))]
        return after[0] if len({id(p) for p in after}) == 1 else None

    def _item_breaks(self, sent: Sentence):
        """Which clause a token is in, as `_clause_breaks`, and which item of 'one in A with ... and one in B that ...'."""
        lower = self.index.lower
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS
                or lower[k] == "and" and lower[k + 1:k + 2] in (["one"], ["another"]) and lower[k + 2:k + 3] in (["in"], ["at"])]
        return lambda i: bisect_right(cuts, i)
