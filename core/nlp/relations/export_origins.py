"""Where exports come from: the origin country of a shipment, from the shipper's plant ("The plant also
exported ...", "from the Igbesa plant"), its site ("Palencia's output"), its country's own making ("Turkish
exports"), a local subsidiary or where the company builds the vehicles named.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    CONSIGNMENT_VERBS,
    DEPARTURE_VERBS,
    LEAVE_VERBS,
    MOVE_VERBS,
    MOVEMENT_VERBS,
    OF_THEM,
    OWNER_ANAPHORS,
    PASSIVE_AUXILIARIES,
    SEND_VERBS,
    SHARE_PRONOUNS,
)

BRAND_RANGE_WORDS = frozenset(["models", "vehicles", "cars", "suvs", "evs", "pickups", "range"])
# "the Australian arm of Mitsubishi": a group's company in one country
# "the SUV, currently made in China": adverbs between the vehicles and the participle of their making
PARTICIPLE_ADVERBS = frozenset(["currently", "now", "still", "also", "already", "mainly", "mostly", "locally", "only"])
ARM_NOUNS = frozenset(["arm", "unit", "subsidiary", "affiliate", "division", "branch", "subsidiaries", "operations"])
SITE_OUTPUT_NOUNS = frozenset(["production", "output", "vehicles", "cars", "units"])  # "the output at Palencia"
MARKET_SHIFT_NOUNS = frozenset(["market", "markets", "focus", "destination", "destinations"])  # "shifted its market from X to Y"
# "from its joint venture in Chongqing", "from their production bases in China": a place of making the cars leave
BASE_NOUNS = lx.PLANT_NOUNS | {"venture", "ventures", "bases", "operations"}
BASE_DETERMINERS = frozenset(["its", "the", "their", "a", "his", "her"])
# "a delegation from Mali visited the plant", "officials from Kenya": where people come from, not where vehicles leave
VISITOR_NOUNS = frozenset(["team", "teams", "delegation", "delegations", "officials", "visitors", "guests", "ministers",
                           "representatives", "mission", "envoy", "envoys", "minister", "ambassador", "mayor", "journalists"])


class ExportOriginsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _national_exports(self, sent: Sentence, ents: list[Span], cue: int) -> bool:
        """'Turkish car output fell 4% in May. Exports fell 7% to 78,900 units.': exports opening the sentence, with no
        company or place of their own, right after a sentence about one country's industry and no company."""
        lower = self.index.lower
        return (self.previous_country is not None and cue == sent.start and lower[cue] in ("exports", "shipments")
                and not ents and self.exporter is None and not self.exports)

    def _vehicles_leave(self, sent: Sentence, ents: list[Span]) -> None:
        """'Around 85 per cent of Ghent's trucks leave Belgium': vehicles leaving a country, no market named; the plant
        there (or the company the sentence names) ships from it, so the markets that follow are its own."""
        lower = self.index.lower
        for e in ents:
            if e.label_ != "COUNTRY" or e.start - 1 <= sent.start or lower[e.start - 1] not in LEAVE_VERBS:
                continue
            if not any(lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS for k in range(sent.start, e.start - 1)):
                continue  # "Engineers leave Belgium": no vehicles
            country = e.ent_id_ or self.gaz.country(e.text)
            plant = next((p for p in reversed(self.plants) if p.country == country and p.company), None)
            company = plant.company if plant is not None else next(
                (c.ent_id_ for c in ents if c.label_ == "COMPANY" and c.start < e.start), None)
            if company is None or not country:
                return
            self.exporter = (company, country)
            self.shipper_said = self.sent_no
            return

    def _ships_abroad(self, sent: Sentence, ents: list[Span]) -> None:
        """'Acme built 90,000 cars and sends most of its output abroad': no market named; the company opening the
        sentence ships from where it builds, so the markets that follow ('Germany was the largest market') are its own."""
        lower = self.index.lower
        k = next(k for k in range(sent.start, sent.end) if lower[k] in ("abroad", "overseas"))
        if not any(lower[j] in SEND_VERBS or lower[j] == "sent" for j in range(max(sent.start, k - 10), k)):
            return
        opening = sent.start + (lower[sent.start] == "the")
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start == opening), None)
        origin = self._origin(company, None) if company else None
        if company is None:  # "Kolin built 90,000 cars and sent most of them abroad": a plant's site opens the sentence
            site = next((e for e in ents if e.label_ == "PLACE" and e.start == opening), None)
            plant = next((p for p in reversed(self.plants) if site is not None and p.site in (site.text, site.ent_id_) and p.country), None)
            company, origin = (plant.company, plant.country) if plant is not None else (None, None)
        if origin:
            self.exporter = (company, origin)
            self.shipper_said = self.sent_no

    def _plant_of(self, company: str | None) -> bool:
        """Whether the story has given the company a plant in a known country."""
        return any(p.company == company and p.country for p in self.plants)

    def _departure_point(self, e: Span) -> bool:
        """'from China', 'from the port of Gemlik', 'left Shenzhen's port': where the vehicles leave from."""
        lower = self.index.lower
        k = e.start - 1
        if k >= 2 and lower[k] == "of" and lower[k - 1] in ("port", "ports", "terminal") and lower[k - 2] == "the":
            k -= 3  # "from the port of X"
        if (k >= 1 and lower[k] in ("the", "its", "their") and lower[k - 1] == "from" and e.label_ == "COUNTRY"
                and e.text in self.gaz.demonyms and e.end < len(lower) and lower[e.end] in lx.PLANT_NOUNS):
            return True  # "from the Algerian plant": where the plant is
        if k >= 1 and lower[k] == "from" and self._deal_before_from(k) is not None:
            return False  # "an order from Mauritania", "an order worth $36 million from Togo": where the buyer is
        if k >= 1 and lower[k] == "from" and lower[k - 1] in MARKET_SHIFT_NOUNS:
            return False  # "moved its main export market from Europe to the Gulf": a market left, not where cars leave from
        if k >= 1 and lower[k] == "from" and lower[k - 1] in VISITOR_NOUNS:
            return False  # "The team from Mali signed an MoU for 400 cars, to be exported to Mali": the buyer's people
        if k >= 1 and lower[k] == "from" and lower[k - 1] in ("apart", "aside"):
            return False  # "exports to 41 countries ..., apart from the US": one more market, no departure point
        if k >= 1 and lower[k] == "from" and lower[k - 1] in MOVE_VERBS:
            return False  # "production was shifted from Thailand to a plant in Karawang ... for exporting": making moved away
        if k >= 3 and lower[k] in ("in", "at", "near") and self._from_a_base_before(k):
            return True  # "exporting motorcycles to Turkey from its joint venture in Chongqing": where that base is
        return k >= 0 and (lower[k] == "from" or lower[k] in DEPARTURE_VERBS)

    def _from_a_base_before(self, k: int) -> bool:
        """'from its joint venture in', 'from their production bases in', 'from the Thai plant at': 'from', a
        determiner, at most three words and a noun of a place of making, right before the 'in' at k."""
        lower, doc = self.index.lower, self.doc
        if lower[k - 1] not in BASE_NOUNS:
            return False
        j = k - 2
        while j > k - 5 and lower[j] not in BASE_DETERMINERS and (doc[j].is_alpha or lower[j] == "-"):
            j -= 1
        return lower[j] in BASE_DETERMINERS and j >= 1 and lower[j - 1] == "from"

    def _brand_models(self, sent: Sentence, ents: list[Span]) -> list[str]:
        """'ship Thai-built Deepal models to the UK': the brand's models the article has named."""
        lower = self.index.lower
        brands = {e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.end < sent.end and lower[e.end] in BRAND_RANGE_WORDS}
        if not brands:
            return []
        return [m.name for m in self.models.values() if m.maker in brands]

    def _from_a_plant(self, sent: Sentence) -> str | None:
        """'export vehicles from the Igbesa plant to Ghana': the country of the plant being described."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 1):
            if lower[k] == "from" and set(lower[k + 1:k + 5]) & lx.PLANT_NOUNS:
                plant = self.current_plant or (self.plants[0] if len(self.plants) == 1 else None)
                return plant.country if plant is not None else None
        return None

    def _plant_as_subject(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'The plant also exported ...': the current plant ships from its own country."""
        if self.current_plant is None or not self.current_plant.country:
            return None
        window = self.index.lower[sent.start:cue]
        if not set(window) & lx.PLANT_NOUNS:
            return None
        # "Almost 90% of plant production is for export": a bare plant noun before its output is the plant just named
        bare_output = any(w in lx.PLANT_NOUNS and window[j + 1] in ("production", "output") for j, w in enumerate(window[:-1]))
        # "Renault's factory in Tangier exported ...": a company's plant named by its owner
        owned = any(w in lx.PLANT_NOUNS and set(window[max(0, j - 3):j]) & {"'s", "’s"} for j, w in enumerate(window))
        return self.current_plant if "the" in window or "its" in window or bare_output or owned else None

    def _trade_to_markets(self, destinations: list[Span]) -> str | None:
        """'Chile is the top market for cars made in Brazil. ... Acme will also ship its Q3 to Chile': a country's trade
        to every market of the sentence read before, no shipper named; a maker shipping there with no origin of its
        own named ships from that country."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
        origins = {e.origin for e in self.exports.values() if e.company is None and e.destination in markets}
        return origins.pop() if len(origins) == 1 and all(
            any(e.company is None and e.destination == m for e in self.exports.values()) for m in markets) else None

    def _plant_not_at_market(self, plant: PlantFact, destinations: list[Span], sent: Sentence) -> PlantFact:
        """'Acme moved pickup assembly to Chile. ... This year the plant will ship 4,000 vans to Chile and 900 to Peru':
        a plant does not ship to its own country; when the plant last spoken of stands in one of the markets, the
        shipper is the same company's latest plant named by its town elsewhere (none: the plant stays)."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
        if plant.country not in markets:
            return plant
        text = self.index.span_text(sent.start, sent.end)
        # "Before the plant opened, Acme shipped 900 cars from its Hai Phong factory to Indonesia": the plant the
        # sentence names by its town; a plant known by its town ("builds the X for India and export markets") stays
        return next((p for p in reversed(self.plants) if p is not plant and p.country and p.country not in markets
                     and p.company == plant.company and p.site and (not plant.site or p.site in text)), plant)

    def _site_output(self, sent: Sentence, ents: list[Span], cue: int) -> PlantFact | None:
        """'About 90% of Palencia's output is exported': a plant's site owning the output shipped, no company before it."""
        lower = self.index.lower
        for e in ents:
            if e.start >= cue or e.label_ == "COMPANY":
                return None
            if (e.label_ == "PLACE" and lower[e.end:e.end + 1] in (["'s"], ["’s"])
                    and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in lx.PLANT_ANAPHORS | lx.UNIT_WORDS):
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
            # "60% of the production in Pesqueria will be exported": the output at a plant's site
            if (e.label_ == "PLACE" and e.start - 2 >= sent.start and lower[e.start - 1] in ("in", "at", "of")
                    and lower[e.start - 2] in SITE_OUTPUT_NOUNS):
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
        return None

    def _plant_vehicles(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'Its vans go mainly to Germany' right after a sentence about the current plant: the plant's vehicles move."""
        plant = self.current_plant
        if (plant is None or not plant.country or cue != sent.start + 2 or not self._opens_with_its_vehicles(sent.start)
                or self.index.lower[cue] not in MOVEMENT_VERBS):
            return None
        return plant

    def _plant_of_vehicles_named_before(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'... are now assembled in Kazakhstan by Allur at its Kostanay plant. The first 500 vehicles were shipped to
        Uzbekistan': the vehicles of the plant the sentence before told of, its subject naming no company, move."""
        plant = self.current_plant
        if plant is None or not plant.country or plant.source is None or sent.start == 0 or not self._opens_with_the_vehicles(sent, cue):
            return None
        if any(e.label_ == "COMPANY" and e.start < cue for e in self.ents.get(sent.start, [])):
            return None
        before = self.index.sent_chars(sent.start - 1)
        return plant if before[0] <= plant.source.start < before[1] else None

    def _opens_with_the_vehicles(self, sent: Sentence, cue: int) -> bool:
        """'The first 500 vehicles were shipped', 'The cars are exported', 'The first units went': the sentence opens
        with vehicles (a rank and a figure may come first), the cue a few words on."""
        lower = self.index.lower
        k = sent.start
        if lower[k] not in ("the", "these"):
            return False
        k += 1
        k += lower[k] in ("first", "initial", "early")
        k += self.doc[k].like_num
        return (lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS) and 0 < cue - k <= 4

    def _share_of_plant_output(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'Some will be exported to neighbouring markets', 'Most of them are shipped to ...' right after sentences about
        the current plant: a share of what the plant builds is shipped, from the plant's country."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or not plant.country or lower[sent.start] not in SHARE_PRONOUNS or lower[cue] not in CONSIGNMENT_VERBS:
            return None
        k = sent.start + 1
        if lower[k:k + 2] in OF_THEM:
            k += 2
        if cue - k > 3 or not set(lower[k:cue]) <= PASSIVE_AUXILIARIES | {"will", "would", "also", "to", "set", "then"}:
            return None
        return plant

    def _opens_with_its_vehicles(self, start: int) -> bool:
        """'Its vans ...', 'Its cars ...': the sentence opens with a plant's or maker's vehicles."""
        lower = self.index.lower
        return start + 1 < len(lower) and lower[start] == "its" and lower[start + 1] in lx.VEHICLE_WORDS | lx.UNIT_WORDS

    def _pronoun_plant(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'It exported ...' right after a sentence about the current plant: 'it' is that plant."""
        plant = self.current_plant
        if plant is None or not plant.country or cue - sent.start > 2 or self.index.lower[sent.start] != "it":
            return None
        return plant

    def _site_as_subject(self, sent: Sentence, ents: list[Span], cues: list[int]) -> PlantFact | None:
        """'Goiana shipped 14,300 vehicles to Argentina', 'Exports matter: last year Mirafiori sent ...': a plant's
        site names the shipper of the verb right after it, no company before it."""
        lower = self.index.lower
        for e in ents:
            cue = next((c for c in cues if c >= e.end), None)
            if cue is None or any(c.label_ == "COMPANY" and c.start < cue for c in ents):
                continue
            if e.label_ == "PLACE" and set(lower[e.end:cue]) <= {"alone", "also", "has", "have", "had", "then"}:
                # "Mirafiori" for the plant written "Turin": the gazetteer's name of the place counts too
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
        return None

    def _country_building(self, subjects: list[Span]) -> str | None:
        """'71,800 Polos were exported': the one country whose plants the article says build the models shipped."""
        names = {self._model_name(m) for m in subjects}
        countries = {p.country for p in self.plants if p.country and names & set(p.models)}
        return next(iter(countries)) if len(countries) == 1 else None

    def _plant_building(self, subjects: list[Span]) -> PlantFact | None:
        """The one plant the article says builds the models shipped."""
        names = {self._model_name(m) for m in subjects}
        plants = [p for p in self.plants if p.country and names & set(p.models)]
        return plants[0] if len(plants) == 1 else None

    def _other_brand(self, subjects: list[Span], cue: int, builder: str) -> str | None:
        """The maker written in the one model name before the verb, when it is not the builder or of its group."""
        before = [m for m in subjects if m.end <= cue]
        if len(before) != 1:
            return None
        maker = self._model_maker(before[0])
        if not maker or not any(before[0].text.startswith(s + " ") for s in self.gaz.surfaces_of(maker)):
            return None
        group = {builder, self.gaz.companies[builder].parent if builder in self.gaz.companies else None}
        mine = {maker, self.gaz.companies[maker].parent if maker in self.gaz.companies else None}
        return maker if not (group - {None}) & (mine - {None}) else None

    def _vehicles_of(self, e: Span, sent: Sentence) -> bool:
        """'vehicles built in Spain', '4,100 cars first registered in the Republic of Kazakhstan': a country the vehicles
        were made or registered in, written after them."""
        lower = self.index.lower
        k = e.start - 1 - (lower[e.start - 1] == "the")
        if k - 1 <= sent.start or lower[k] != "in" or lower[k - 1] not in lx.MADE_PARTICIPLES | {"registered"}:
            return False
        return any(lower[j] in lx.UNIT_WORDS for j in range(max(sent.start, k - 4), k - 1))

    def _made_in(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Thai-built Navaras', 'Barcelona-built s700s': the vehicles' origin, whoever makes them."""
        lower = self.index.lower
        for e in ents:
            if e.label_ in ("COUNTRY", "PLACE") and e.end + 1 < sent.end and lower[e.end] == "-" and lower[e.end + 1] in lx.MADE_PARTICIPLES:
                return self._country_of(e)
            if e.start >= 4 and lower[e.start - 4:e.start] in (["made", "-", "in", "-"], ["built", "-", "in", "-"]):
                return self._country_of(e)  # "made-in-India cars"
            if e.label_ == "COUNTRY" and lower[e.start - 2:e.start] in (["made", "in"], ["built", "in"]) and self._goods_after(e.end, sent):
                return self._country_of(e)  # "exports made in India Renault cars like the X", unhyphenated
            if e.label_ == "COUNTRY" and e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS and e.text in self.gaz.demonyms:
                return self._country_of(e)  # "its Mexican plants shipped 402,000 vehicles to the United States"
            if e.label_ == "COUNTRY" and self._vehicles_of(e, sent):
                return self._country_of(e)  # "4,100 vehicles first registered in Kazakhstan were exported to Russia"
            if (e.label_ in ("COUNTRY", "PLACE") and e.start - 3 >= sent.start and lower[e.start - 1] in ("in", "at")
                    and lower[e.start - 2] in lx.MADE_PARTICIPLES and self._vehicles_before_participle(e.start - 2, sent.start)):
                # "the Seltos made in Anantapur will be shipped to ...", "cars built in Spain", "The SUV, currently made
                # in Zhangjiakou, China, is also sold in Europe"
                return self._country_of(e)
            if e.label_ in ("COUNTRY", "PLACE") and self._vehicles_it_builds_in(e, sent):
                return self._country_of(e)  # "70% of the cars it makes in Mexico will go to ..."
        # "18,000 Lafayette-built Foresters": a site the gazetteer lacks, which the article gave a plant before
        for k in range(sent.start + 1, sent.end - 1):
            if lower[k] == "-" and lower[k + 1] in lx.MADE_PARTICIPLES and not any(e.end == k for e in ents):
                plant = next((p for p in reversed(self.plants) if p.site and p.country
                              and self.index.span_text(max(sent.start, k - len(p.site.split())), k) == p.site), None)
                if plant is not None:
                    return plant.country
        return None

    def _goods_after(self, k: int, sent: Sentence) -> bool:
        """Vehicles named at k, maybe after their maker's name: 'made in India Renault cars', 'built in Mexico pickups'."""
        lower = self.index.lower
        j = k
        while j < sent.end and j - k < 3 and self.ent_type[j] == "COMPANY":
            j += 1
        return j < sent.end and (lower[j] in lx.VEHICLE_WORDS or self.ent_type[j] in ("MODEL", "MODEL_AMBIG"))

    def _vehicles_before_participle(self, k: int, start: int) -> bool:
        """A model or a vehicle noun right before the participle at k, past a comma and an adverb ('the SUV, currently
        made in ...')."""
        lower = self.index.lower
        j = k - 1
        while j > start and k - j <= 2 and (lower[j] == "," or lower[j] in PARTICIPLE_ADVERBS):
            j -= 1
        return self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.VEHICLE_WORDS

    def _vehicles_it_builds_in(self, e: Span, sent: Sentence) -> bool:
        """'the cars it makes in Mexico', 'vehicles that the company builds in Spain', 'the SUVs Acme assembles in Chile':
        a relative clause with an active verb of building, its subject a pronoun or a maker, says where the vehicles
        before it are made."""
        lower, k = self.index.lower, e.start - 1
        if k - 2 < sent.start or lower[k] not in ("in", "at") or lower[k - 1] not in ACTIVE_BUILD_VERBS:
            return False
        k -= 2
        if lower[k] in ("it", "they", "we"):
            k -= 1
        elif lower[k] in OWNER_ANAPHORS and lower[k - 1] == "the":
            k -= 2
        elif self.ent_type[k] == "COMPANY":
            while k > sent.start and self.ent_iob[k] == "I":
                k -= 1
            k -= 1
        else:
            return False
        if k > sent.start and lower[k] in ("that", "which"):
            k -= 1
        return k >= sent.start and lower[k] in lx.VEHICLE_WORDS

    def _subsidiary_country(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Toyota Motor Manufacturing Indonesia', 'BYD do Brasil': a company named with the country it works in."""
        local = self._named_local_arm(sent, ents)
        if local:
            return local
        lower = self.index.lower
        for company in (e for e in ents if e.label_ == "COMPANY"):
            for e in ents:
                if e.label_ == "COUNTRY" and e.start >= company.end and e.start - company.end <= 3:
                    between = range(company.end, e.start)
                    if all(self.doc[i].is_title or lower[i] in ("do", "de", "of") for i in between) and not self.doc[e.start - 1].is_punct:
                        return e.ent_id_
        return None

    def _named_local_arm(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Toyota Motor Thailand has exported ...' (a subsidiary whose own name holds its country), 'the Australian arm
        of Mitsubishi Motors shipped ...', 'its Indian unit JSW MG Motor' (a group's arm named by its country's
        adjective): where the shipper works."""
        lower = self.index.lower
        for e in ents:
            if e.label_ == "COMPANY" and e.ent_id_ in self.gaz.companies:
                entry = self.gaz.companies[e.ent_id_]
                home = self.gaz.home_country(e.ent_id_)
                if entry.parent and home and home != self.gaz.home_country(entry.parent) and home in e.ent_id_ and home in e.text:
                    return home
            if (e.label_ == "COUNTRY" and e.text in self.gaz.demonyms and e.end + 2 < sent.end and lower[e.end] in ARM_NOUNS
                    and lower[e.end + 1] == "of" and any(c.label_ == "COMPANY" and c.start in (e.end + 2, e.end + 3) for c in ents)):
                group = next(c.ent_id_ for c in ents if c.label_ == "COMPANY" and c.start in (e.end + 2, e.end + 3))
                country = self._country_of(e) or e.ent_id_
                if group and country:  # "..., the company shipped 17,000 to the US": the same arm, said again
                    self.arm_origin.setdefault(group, country)
                return country
            if (e.label_ == "COUNTRY" and e.text in self.gaz.demonyms and e.end + 1 < sent.end and lower[e.end] in ARM_NOUNS
                    and any(c.label_ == "COMPANY" and c.start == e.end + 1 for c in ents)):
                return self._country_of(e) or e.ent_id_  # "its Indian unit JSW MG Motor exports ...": the arm named after
        return None

    def _plant_outside_markets(self, company: str, origin: str | None, destinations: list[Span]) -> str | None:
        """The country of the company's latest plant outside the markets listed, when the plant `origin` was read off is
        in one of them (a shipment does not go to the country it leaves); `origin` itself when it is no market or no
        other plant of the company is elsewhere."""
        markets = self._market_countries(destinations)
        if origin not in markets:
            return origin
        return next((p.country for p in reversed(self.plants) if p.company == company and p.country and p.country not in markets),
                    origin)

    def _market_countries(self, destinations: list[Span]) -> set[str]:
        """The markets named: a town's country, else the country's or region's name."""
        return {self._country_of(d) if d.label_ == "PLACE" else d.ent_id_ for d in destinations}

    def _home_of_maker_abroad(self, company: str, origin: str | None, destinations: list[Span]) -> str | None:
        """'Chery has opened a plant in Venezuela ... another plant in Brazil ... Chery exported 71,827 vehicles ... to
        Russia, Ukraine, Iran and Egypt': a maker with plants in two or more foreign countries, none of them a market of
        the shipment, ships from home when the sentence names no place; else `origin`."""
        home = self.gaz.home_country(company)
        abroad = {p.country for p in self.plants if p.company == company and p.country}
        markets = self._market_countries(destinations)
        if len(abroad) >= 2 and home and home not in abroad and not abroad & markets:
            return home
        return origin

    def _origin_among_markets(self, company: str, origin: str | None, destinations: list[Span]) -> str | None:
        """'UzAuto will build the Onix in Kazakhstan ... UzAuto exports cars to Kazakhstan, Tajikistan and Lebanon': an
        origin read off the company's last plant that is one of the markets listed is not where the cars leave from;
        the company's home country is, when it is none of them."""
        markets = self._market_countries(destinations)
        home = self.gaz.home_country(company)
        return home if origin and origin in markets and home and home not in markets else origin

    def _supplied_by(self, company: str | None) -> set[str]:
        """'Acme will export trucks to Pakistan, where a local partner will assemble them': the countries the company's
        (or its group's) own routes already go to; a plant of its there assembles what it ships in, no route leaves it."""
        if not company:
            return set()
        return {e.destination for e in self.exports.values() if e.destination and e.origin != e.destination
                and (e.company == company or self.gaz.same_group(e.company, company))}

    def _origin(self, company: str | None, origin_ent: Span | None) -> str | None:
        if origin_ent is not None:
            return self._country_of(origin_ent) or origin_ent.ent_id_
        supplied = self._supplied_by(company)
        described = self.current_plant
        if described is not None and described.company == company and described.country and described.country not in supplied:
            # "... produced in Nosovice in addition to Ulsan, Korea. ... they will now ship to 20 more markets": the
            # plant the story describes, not one named beside it last
            return described.country
        for plant in reversed(self.plants):
            if plant.company == company and plant.country and plant.country not in supplied:
                return plant.country
        # "Nissan Mexicana is upgrading its plant ... The Kicks will be exported to ...": the one country where the
        # maker's own subsidiaries have plants in the story, before the maker's home
        arms = {p.country for p in self.plants if p.country and company and p.company
                and getattr(self.gaz.companies.get(p.company), "parent", None) == company}
        if len(arms) == 1:
            return next(iter(arms))
        # "Hyundai Motor India ... Hyundai exported 163,000 units": the maker's own arm in the country the story is
        # about, named anywhere in it, before the maker's home
        return (self._story_arm_country(company, set()) or self.gaz.home_country(company)) if company else None
