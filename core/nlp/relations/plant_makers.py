"""Plants named by their company rather than by a place where vehicles are made: a model written with where it
is made ("the India-built Virtus"), a maker shipping vehicles built in a country ("Zorvex exported 4,907 Thai-built
vehicles"), each maker of a country's output figures or output list, makers listed as examples of plants; a plant
known by its operator or assembler ("a factory identified as X", "the manufacturer of Toyota vehicles in Pakistan"), a
national subsidiary's ("the Acme Motors Kazakhstan car plant"), a group's local arm that makes the models, "So does
Stellantis", another maker's plant "here" or "the BYD plant" in the country of the plant described, a company's
plants listed one country a line, and "its factory" grown in the story's country.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_site_lists import RUNNING_PLANT_ADJECTIVES
from core.nlp.relations.plant_status import OUT_OF_PRODUCTION
from core.nlp.relations.words import BUILD_VERBS, CLOSED_WORDS, PLANT_HEDGES, PLANT_PLURALS

# "X, the manufacturer of Toyota vehicles in Pakistan", "X is the sole authorised assembler of Kia cars in Kenya"
ASSEMBLER_NOUNS = frozenset(["manufacturer", "assembler", "producer", "maker"])
ASSEMBLER_LEADS = frozenset(["the", "a", "an", "sole", "only", "official", "authorised", "authorized", "local", "exclusive", "and",
                             "marketer", "distributor", ",", "is", "was", "has", "been", "remains", "(", ")"])
VEHICLE_KIND_WORDS = frozenset(["the", "and", "passenger", "commercial", "light", "heavy", "electric", "new", "locally"])
# "the Acme Motors Kazakhstan car plant", "Acme Motors Pakistan will commence production": a plant of a company named
# after its country (the words that may say so)
PLANT_SUBSIDIARY_CUES = frozenset(["plant", "factory", "facility", "plants", "factories", "production", "assembly", "output",
                                   "manufacturing"])
SUBSIDIARY_AUXILIARIES = frozenset(["is", "are", "was", "will", "has", "have", "had", "to", "expected", "set", "due", "about",
                                    "ready", "now", "already", "also", "be", "poised", "going", "finally"])
# "to expand its factory", "to increase its plant capacity": a company's own plant grown (see _own_plant_grown_...)
OWN_PLANT_NOUNS = frozenset(["plant", "factory"])
PLANT_GROWTH_VERBS = frozenset(["expand", "expands", "expanding", "expanded", "increase", "increases", "increasing", "enlarge",
                          "extend", "upgrade", "upgrading", "modernise", "modernize"])
# "Zorvex exported 4,907 Thai-built vehicles": what a maker ships or makes, written with where it is built (a verb: not
# the possessive "Zorvex's Thai-built vehicles", often a partner's or a contract assembler's plant)
MADE_VEHICLE_NOUNS = frozenset(["vehicles", "cars", "trucks", "units", "pickups", "suvs", "vans", "buses", "models"])
SHIPPED_OR_MADE = frozenset(["exported", "exports", "shipped", "ships", "sold", "sells", "produced", "produces", "built",
                             "builds", "made", "makes", "assembled", "assembles", "delivered", "delivers", "manufactured",
                             "manufactures"])
MAKER_KINDS = frozenset(["automaker", "brand", "assembler", "group"])
NOT_LOCAL_OUTPUT = frozenset(["global", "worldwide", "overseas", "sales", "sold", "sell", "sells", "exports", "exported",
                              "export", "shipped", "shipments", "registrations", "imports", "imported", "deliveries",
                              "delivered"])
NEGATIONS_OF_PLANT = frozenset(["not", "no", "never", "n't", "without"])  # "X has no plant there"


class PlantMakersMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _plants_of_origin_compounds(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'the India-built Volkswagen Virtus', 'its first Chinese-made Model 3 sedans', 'the Nitra-produced Defender': a
        model written with the country or town it is made in has its maker's plant there, when the maker is the company
        the story is about (an aside: the plant the text describes stays the one described)."""
        lower = self.index.lower
        for ent in ents:
            if ent.label_ not in ("COUNTRY", "PLACE"):
                continue
            if self._made_in_compound(sent, ent):
                after = ent.end  # "the first Made-in-India Fronx": the model right after the compound
            elif (lower[ent.end:ent.end + 1] != ["-"] or ent.end + 1 >= sent.end or lower[ent.end + 1] not in lx.MADE_PARTICIPLES
                  or lower[ent.start - 1] in ("non", "-")):
                continue
            else:
                after = ent.end + 2
            model = next((m for m in subjects if after <= m.start <= after + 2), None)
            if model is None or not all(self.doc[j].is_lower for j in range(after, model.start)):
                continue  # (only lowercase words between: "Thai-made new Triton")
            maker = self._model_maker(model)
            country = self._country_of(ent)
            if not maker or not country or not (self.main_company and self.gaz.same_group(self.main_company, maker)):
                continue  # (a trader's 'Japanese-built Land Cruisers': the plant of a maker the story is not about)
            site = ent.text if ent.label_ == "PLACE" and self.gaz.places.get(ent.text) is not None and (
                self.gaz.places[ent.text].kind != "state") else None
            # "Kostanay-assembled Granta": the plant at that town, whoever runs it (a contract assembler); in a country, the
            # maker's own plant there, and none made up where other companies' plants stand
            if site is not None:
                known = next((p for p in self.plants if p.country == country and p.site == site), None)
            else:
                there = [p for p in self.plants if p.country == country]
                known = next((p for p in there if p.company and self.gaz.same_group(p.company, maker)), None)
                if known is None and there:
                    continue
            # (the story's company, of the maker's group: "Maruti Suzuki ... Made-in-India Fronx" is Maruti's plant, not Suzuki's)
            plant = known or self._plant(self.main_company if site is None else maker, site, country, sent, 0.8)
            add_new(plant.models, [self._model_name(model)])

    def _makers_of_origin_vehicles(self, sent: Sentence, ents: list[Span]) -> None:
        """'Zorvex exported 4,907 Thai-built vehicles in May, followed by Acme with 3,663 and Bolt with 852': a carmaker
        that ships or makes vehicles written with the country they are built in has a plant there, and so have the
        makers ranked after it; not a dealer or importer ('Xyz Imports sold 500 Japanese-made cars'), nor a maker whose
        group the article already gives a plant there."""
        lower = self.index.lower
        for ent in ents:
            if (ent.label_ != "COUNTRY" or lower[ent.end:ent.end + 1] != ["-"] or ent.end + 2 >= sent.end
                    or lower[ent.end + 1] not in lx.MADE_PARTICIPLES):
                continue
            k = ent.end + 2
            if k + 1 < sent.end and self.doc[k].is_lower and lower[k] not in MADE_VEHICLE_NOUNS:
                k += 1  # "Thai-built pickup trucks"... one describing word
            country = self._country_of(ent)
            before = [e for e in ents if e.label_ == "COMPANY" and e.end <= ent.start]
            if lower[k] not in MADE_VEHICLE_NOUNS or not country or not before:
                continue
            between = lower[before[-1].end:ent.start]
            # "Zorvex exported 4,907 Thai-built", "Zorvex has shipped more than 4,000 Thai-made": a verb of shipping or
            # making in a short stretch of one clause (not "Acme, which sells Thai-built ...": another's cars)
            if len(between) > 6 or not set(between) & SHIPPED_OR_MADE or set(between) & {",", "which", "that", "and", "who"}:
                continue
            makers = [before[-1]]
            if "followed" in lower[k:sent.end]:
                makers += [e for e in ents if e.label_ == "COMPANY" and e.start > k and lower[e.end:e.end + 1] == ["with"]
                           and "followed" in lower[k:e.start]]
            for maker in makers:
                self._maker_plant_in(maker, country, sent, 0.7)

    def _makers_of_production_figures(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """'Production by maker is as follows: Zorvex was up 6.2% to 81,028 units, Acme was down 4% to 63,407 units': in
        a story about one country's output, each carmaker given its own count of units made has a plant there (not
        figures of worldwide output, nor of sales or exports)."""
        if self.words & NOT_LOCAL_OUTPUT:
            return
        units = [q for q in qs if q.label_ == "UNITS"]
        makers = [e for e in ents if e.label_ == "COMPANY"]
        if len(units) < 2 or len(makers) < 2:
            return
        named = [e for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)]
        country = named[0].ent_id_ if len({e.ent_id_ for e in named}) == 1 else self.main_country if not named else None
        if not country:
            return
        for n, maker in enumerate(makers):
            end = makers[n + 1].start if n + 1 < len(makers) else sent.end
            if not any(maker.end <= q.start < min(end, maker.end + 8) for q in units):
                continue
            self._maker_plant_in(maker, country, sent, 0.6)

    def _output_list_heading(self, sent: Sentence, ents: list[Span]) -> tuple[int, str] | None:
        """'Production by manufacturer in May:' closing its line, over one maker's count a line: (this sentence's number,
        the country whose output it is: the one it names, else the story's); not a list of sales or exports, nor of
        one company's plants ('Acme's output by plant:')."""
        lower = self.index.lower
        end = sent.end
        while end > sent.start and not lower[end - 1].strip():
            end -= 1
        if end == sent.start or lower[end - 1] != ":" or self.words & NOT_LOCAL_OUTPUT or any(e.label_ == "COMPANY" for e in ents):
            return None
        named = {e.ent_id_ for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        country = named.pop() if len(named) == 1 else self.main_country if not named else None
        return (self.sent_no, country) if country else None

    def _maker_output_row(self, sent: Sentence, ents: list[Span]) -> None:
        """'Toyota: 52,300 units' on the line after 'Production by manufacturer in May:' (or after another such row): a
        carmaker given its count of units made in the country the list is about has a plant there."""
        last, country = self.output_rows
        self.output_rows = None
        if self.sent_no != last + 1 or sent.end - sent.start > 16:
            return
        lower = self.index.lower
        words = [w for w in lower[sent.start:sent.end] if w.strip() and w not in (".", ")")]
        if len(words) == 1 and words[0].rstrip(".)").isdigit() and len(words[0].rstrip(".)")) <= 2:
            self.output_rows = (self.sent_no, country)  # "1." read apart from its row "Toyota 52,300": the rank only
            return
        k = sent.start
        while k < sent.end and lower[k] in ("-", "•", "*", "–", "·", "") or k < sent.end and not lower[k].strip():
            k += 1
        if k + 1 < sent.end and lower[k].rstrip(".)").isdigit() and len(lower[k].rstrip(".)")) <= 2:
            k += 1 + (lower[k + 1] in (".", ")"))  # "1. Toyota 52,300": past its rank
        maker = next((e for e in ents if e.label_ == "COMPANY" and e.start == k), None)
        if maker is None or not any(self.doc[j].like_num and sum(c.isdigit() for c in self.doc[j].text) >= 3
                                    and lower[j + 1:j + 2] not in (["%"], ["percent"], ["per"]) for j in range(maker.end, sent.end)):
            return
        self.output_rows = (self.sent_no, country)
        self._maker_plant_in(maker, country, sent, 0.6)

    def _maker_plant_in(self, maker: Span, country: str, sent: Sentence, confidence: float) -> None:
        """A plant of `maker` (a carmaker) in `country`, where none of its group's is known there yet (nor one under a
        name holding the maker's: 'Master Zorvex Motors' of Zorvex)."""
        info = self.gaz.companies.get(maker.ent_id_)
        if info is None or info.kind not in MAKER_KINDS or any(
                p.country == country and p.company and (self.gaz.same_group(p.company, maker.ent_id_) or maker.ent_id_ in p.company)
                for p in self.plants):
            return
        self._plant(maker.ent_id_, None, country, sent, confidence)

    def _makers_of_plants_listed(self, sent: Sentence, ents: list[Span]) -> None:
        """'the established assembly plants of global brands such as VW, Suzuki and Nissan', 'Other automakers with
        assembly plants here include Toyota and Peugeot': makers listed as examples of plants running in the country the
        story is about each have one there (not plants closed, vacated or left)."""
        lower = self.index.lower
        cue = next((k for k in range(sent.start + 1, sent.end - 1) if lower[k] in ("include", "includes")
                    or lower[k] == "such" and lower[k + 1] == "as"), None)
        if cue is None or not any(lower[k] in PLANT_PLURALS for k in range(sent.start, cue)):
            return
        if any(e.label_ == "COUNTRY" and e.text in self.gaz.demonyms for e in ents):
            return  # "plants of Japanese makers such as A and B": where the makers are from, not where the plants are
        first = cue + 1 + (lower[cue] == "such")
        listed = []
        for e in ents:
            if e.label_ != "COMPANY" or e.start < first:
                continue
            if e.start > first and not set(lower[(listed[-1].end if listed else first):e.start]) <= {",", "and", "&"}:
                break
            listed.append(e)
        if len(listed) < 2:
            return
        named = {e.ent_id_ for e in ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        country = named.pop() if len(named) == 1 else self.main_country if not named else None
        if not country:
            return
        for maker in listed:
            self._maker_plant_in(maker, country, sent, 0.6)

    def _made_in_compound(self, sent: Sentence, ent: Span) -> bool:
        """'Made-in-India Balenos', 'manufactured-in-Mexico pickups': a country joined by hyphens to a verb of making
        and 'in' before it, the vehicles' origin."""
        lower = self.index.lower
        return (ent.label_ == "COUNTRY" and ent.start - 4 >= sent.start and lower[ent.start - 4] in lx.MADE_PARTICIPLES
                and lower[ent.start - 3:ent.start] == ["-", "in", "-"])

    def _plants_named_by_operator(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'a factory identified as X', 'X, an assembler': the plant is known by its operator."""
        if not self.words & lx.PLANT_NOUNS:
            return []
        lower = self.index.lower
        if self.current_plant is not None and lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_ANAPHORS:
            return []  # "The plant, operated by X, ...": the plant the article is describing
        if self.current_plant is not None and self._plant_anaphor_opens_clause(sent, ents):
            return []  # "In the first phase, the plant will make the X, said the head of Y, a venture with Z": the same plant
        plants = []
        for ent in ents:
            if ent.label_ != "COMPANY":
                continue
            info = self.gaz.companies.get(ent.ent_id_)
            named = self._named_plant(ent)
            if not named and not (info and info.kind == "assembler") and not self._local_subsidiarys_plant(ent):
                continue
            if not named and self._in_apposition(sent, ent) and any(
                    e.label_ == "COMPANY" and e.end <= ent.start for e in ents):
                continue  # "Acme, the joint venture of Hyundai and the assembler Xyz, builds ...": Xyz describes Acme
            before = lower[max(sent.start, ent.start - 5):ent.start]
            if not named and "with" in before and {"venture", "partnership", "alliance"} & set(before) and any(
                    e.label_ == "COMPANY" and e.end <= ent.start for e in ents):
                continue  # "to be operated by TMMIN, its joint venture with Indonesia's Astra International": the partner
            # "exports from the Xyz plant to Thailand": a market the cars go to is not where the plant stands
            # ("... to Thailand and the Philippines": every market from the first 'to' after the verb on)
            cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.EXPORT_CUES), None)
            markets_from = next((k for k in range(cue, sent.end) if lower[k] in ("to", "into")), sent.end) if cue is not None else sent.end
            # "the joint venture of the Korean Hyundai": a demonym before a company is its nationality, not the site's
            # "the factory is equipped with technology from Korea": a country things come from is not the plant's
            countries = [self._country_of(e) for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.start < markets_from
                         and not (e.text in self.gaz.demonyms and e.end < len(self.doc) and self.ent_type[e.end] == "COMPANY")
                         and not (lower[e.start - 1] == "from" or lower[e.start - 2:e.start] == ["from", "the"])]
            home = self.gaz.home_country(ent.ent_id_)
            # "China's Chery has signed with Egypt's Ghabbour to assemble cars at the Ghabbour plant": the assembler's home
            country = home if home in countries else next((c for c in countries if c), None) or home
            # "... opened a facility in Pesqueria. ... employed by the Kia Motors Mexico plant": the one plant the story
            # knows of that group in that country, named again by its operator
            known = [p for p in self.plants if p.country == country and p.company and self.gaz.same_group(p.company, ent.ent_id_)]
            if country and len(known) == 1 and known[0].company != ent.ent_id_:
                plants.append(known[0])
            elif country:
                plants.append(self._plant(ent.ent_id_, None, country, sent, 0.8))
        return plants

    def _own_plant_grown_in_the_storys_country(self, sent: Sentence, ents: list[Span], created: list[PlantFact]) -> list[PlantFact]:
        """'Vietnam is seeking to cut imports. Acme rented more land to expand its factory. Zorvex has proposed to raise
        its plant capacity, while ...': a carmaker growing 'its factory', in a clause that names no place, in a story about
        production in one country (a plant there known, the country named last), has its plant in that country."""
        country = self.main_country
        if (country is None or self.last_country != country or self.words & (PLANT_HEDGES | CLOSED_WORDS | OUT_OF_PRODUCTION)
                or not any(p.country == country and id(p) not in self.undecided for p in self.plants)):
            return []
        lower = self.index.lower
        clause_of = self._item_breaks(sent)
        found = []
        for k in range(sent.start + 2, sent.end):
            if lower[k] not in OWN_PLANT_NOUNS or lower[k - 1] != "its" or lower[k + 1:k + 2] in (["in"], ["at"], ["near"]):
                continue  # (its plant "in X" is placed by the sentence's own rules)
            clause = clause_of(k)
            if any(e.label_ in ("PLACE", "COUNTRY") and clause_of(e.start) == clause for e in ents):
                continue
            if not any(lower[j] in PLANT_GROWTH_VERBS for j in range(max(sent.start, k - 5), k)) and lower[k + 1:k + 2] != ["capacity"]:
                continue  # "to expand its factory", "to increase its plant capacity"
            company = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.start < k and clause_of(e.start) == clause
                            and k - e.end <= 14), None)
            if company is None or self._parts_maker(company.ent_id_) or any(
                    p.company and self.gaz.same_group(p.company, company.ent_id_) for p in self.plants + found):
                continue
            info = self.gaz.companies.get(company.ent_id_)
            if info is None or info.kind not in ("automaker", "brand", "assembler", "group"):
                continue
            found.append(self._plant(company.ent_id_, None, country, sent, 0.6))
        return [p for p in found if p not in created]

    def _plants_listed_below(self, sent: Sentence, ents: list[Span]) -> None:
        """'Aside from the Philippines, Acme also has manufacturing facilities in:' then one country a line ('Japan |',
        '• Vietnam'): a plant of the company in each country listed (an aside: the plant described stays the one
        described)."""
        lower = self.index.lower
        end = sent.end - 1
        while end > sent.start and not lower[end].strip():
            end -= 1  # (past the line break)
        k = end - 1
        if lower[end] != ":" or k - 1 <= sent.start or lower[k] not in ("in", "at") or lower[k - 1] not in PLANT_PLURALS:
            return
        j = k - 2
        while j > sent.start and (lower[j] in RUNNING_PLANT_ADJECTIVES or lower[j] in ("also", "other", "overseas")):
            j -= 1
        company = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= j + 1), None)
        if company is None or lower[j] not in ("has", "have", "operates", "runs", "owns", "with"):
            return
        countries = []
        for line in self.index.doc_text[self.index.token_ends[end]:].split("\n")[1:]:
            name = line.strip().strip("|•·*-–—").strip()
            if not name and not countries:
                continue
            country = self.gaz.countries.get(name)
            if country is None:
                break
            countries.append(country)
        if len(countries) >= 2:
            for country in dict.fromkeys(countries):
                self._plant(company.ent_id_, None, country, sent, 0.7)

    def _plants_of_so_does(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Volkswagen also builds cars in Slovakia. So does Stellantis, and Jaguar Land Rover': a sentence opening with
        'so does' (or 'as does') after one that made vehicles in a country gives each company it names a plant in that
        country."""
        lower = self.index.lower
        plant = self.current_plant
        if (plant is None or lower[sent.start] not in ("so", "as") or lower[sent.start + 1:sent.start + 2] not in (["does"], ["do"], ["did"])
                or not self.previous_words & BUILD_VERBS or plant.country is None):
            return []
        # not the companies of a bracketed aside: "So does Stellantis (formerly Peugeot-Citroen and Fiat)"
        depth, bracketed = 0, set()
        for k in range(sent.start, sent.end):
            depth += (lower[k] == "(") - (lower[k] == ")")
            if depth > 0:
                bracketed.add(k)
        return [self._plant(e.ent_id_, None, plant.country, sent, 0.8) for e in ents
                if e.label_ == "COMPANY" and e.ent_id_ != plant.company and e.start not in bracketed
                and not self._in_apposition(sent, e) and lower[e.start - 1] not in ("formerly", "of", "by", "from")]

    def _another_makers_plant_there(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Kia builds cars in Slovakia. Volvo is opening an electric car factory here in 2027': a plant 'here' or 'there'
        of a company other than the one of the plant just described, in a sentence that names no place, stands in that
        plant's country."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.country is None or not self.words & {"here", "there"} or not self.words & lx.PLANT_NOUNS:
            return []
        if any(e.label_ in ("PLACE", "COUNTRY") for e in ents):
            return []
        at = next((k for k in range(sent.start + 1, sent.end) if lower[k] in ("here", "there") and lower[k - 1] in lx.PLANT_NOUNS), None)
        subject = next((e for e in ents if e.label_ == "COMPANY" and e.start < (at or 0)), None)
        if at is None or subject is None or self.gaz.same_group(subject.ent_id_, plant.company) or self.words & NEGATIONS_OF_PLANT:
            return []
        # a plant of its own ("a factory", "its plant"), not the one described ("supplies the plant there")
        det = next((lower[k] for k in range(at - 2, max(subject.end, at - 7) - 1, -1) if lower[k] in ("a", "an", "its", "their", "the")), None)
        if det in (None, "the"):
            return []
        return [self._plant(subject.ent_id_, None, plant.country, sent, 0.8)]

    def _plant_of_national_subsidiary(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'the Acme Motors Kazakhstan car plant', 'Zorvex Slovakia's production of the X', 'Acme Motors Pakistan will
        commence production in August': a company named after the country it works in, said to run a plant or to make
        vehicles, in a sentence that names no other place, has its plant in that country."""
        if not self.words & PLANT_SUBSIDIARY_CUES:
            return []
        lower = self.index.lower
        for ent in ents:
            if ent.label_ != "COMPANY":
                continue
            end, country = self._country_in_name(ent, ents)
            if country is None or any(e.label_ in ("PLACE", "COUNTRY") and not ent.start <= e.start < end
                                      and self._country_of(e) != country for e in ents):
                continue
            k = end + (lower[end:end + 1] in (["'s"], ["’s"]))
            j = k
            while j < sent.end and j - k < 3 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] not in lx.PLANT_NOUNS:
                j += 1  # "car manufacturing plant"
            if j < sent.end and lower[j] in ("plant", "factory", "facility", "plants", "factories"):
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]
            if k > end and lower[k:k + 2] in (["production", "of"], ["assembly", "of"], ["output", "of"]):
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]  # "Zorvex Slovakia's production of the X"
            j = end
            while j < sent.end and j - end < 6 and lower[j] in SUBSIDIARY_AUXILIARIES:
                j += 1  # "is expected to commence production", "will start assembling"
            if j < sent.end and j > end and lower[j] in lx.START_CUES and lower[j + 1:j + 2] in (
                    ["production"], ["manufacturing"], ["assembly"], ["assembling"], ["producing"]) and not self.words & PLANT_HEDGES:
                return [self._plant(ent.ent_id_, None, country, sent, 0.8)]
        return []

    def _made_by_a_local_arm(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> list[PlantFact]:
        """'Other types, such as the Avanza, Rush and Town Lite, are produced by Toyota's affiliate, PT Astra Daihatsu
        Motor': models said to be made by a group's company of one country (in a sentence naming no place) come from
        its plant there."""
        if not subjects or not self.words & lx.MADE_PARTICIPLES or "by" not in self.words:
            return []
        if any(e.label_ in ("PLACE", "COUNTRY") for e in ents) or self.words & PLANT_HEDGES:
            return []
        lower = self.index.lower
        for k in range(subjects[-1].end, sent.end - 2):
            if lower[k] not in lx.MADE_PARTICIPLES or lower[k + 1] != "by" or lower[k - 1] not in ("are", "is", "were", "was", "be"):
                continue
            # "by Toyota's affiliate, PT Astra Daihatsu Motor": past the group and the noun that places the arm in it
            maker = next((e for e in ents if e.label_ == "COMPANY" and k + 1 < e.start <= k + 7
                          and not set(lower[k + 2:e.start]) & {".", ";", "and", "while"}), None)
            info = self.gaz.companies.get(maker.ent_id_) if maker is not None else None
            if info is not None and not info.parent:  # the group itself: then its local arm, if one is named after it
                maker = next((e for e in ents if e.label_ == "COMPANY" and maker.end < e.start <= maker.end + 5), None)
                info = self.gaz.companies.get(maker.ent_id_) if maker is not None else None
            if info is None or not info.parent or not info.country:
                return []
            plant = self._plant(maker.ent_id_, None, info.country, sent, 0.7)
            add_new(plant.models, (self._model_name(m) for m in subjects if m.end <= k))
            return [plant]
        return []

    def _assembler_in_country(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'Indus Motor Company (IMC), the manufacturer of Toyota vehicles in Pakistan, will export ...', 'Acme is the
        authorised assembler of Kia cars in Kenya': a company said to be the maker or assembler of vehicles in a
        country has its plant there."""
        if not self.words & ASSEMBLER_NOUNS or "in" not in self.words or self.words & PLANT_HEDGES:
            return []
        lower, text = self.index.lower, self.index.text
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k] not in ASSEMBLER_NOUNS:
                continue
            # "the assembler and marketer of Toyota vehicles": the maker's noun paired with another
            of = k + 1 if lower[k + 1] == "of" else k + 3 if lower[k + 1] in ("and", "&") and lower[k + 3:k + 4] == ["of"] else None
            if of is None:
                continue
            j = k - 1  # back to the company: "X, the", "X is the sole", "X (IMC), the"
            while j > sent.start and (lower[j] in ASSEMBLER_LEADS or text[j].isupper() and lower[j - 1] == "("):
                j -= 1
            company = next((e for e in ents if e.label_ == "COMPANY" and e.end - 1 == j), None)
            m = of + 1  # what it makes: "Toyota vehicles", "passenger cars and light trucks"
            while m < sent.end and m - k < 8 and (self.ent_type[m] == "COMPANY" or lower[m] in lx.VEHICLE_WORDS
                                                  or lower[m] in VEHICLE_KIND_WORDS):
                m += 1
            if company is None or m + 1 >= sent.end or lower[m] != "in" or not any(lower[x] in lx.VEHICLE_WORDS for x in range(of + 1, m)):
                continue
            country = next((e for e in ents if e.start == m + 1 and e.label_ == "COUNTRY"), None)
            if country is not None and self._country_of(country):
                plant = self._plant(company.ent_id_, None, self._country_of(country), sent, 0.8)
                # "..., will export 50 locally assembled Toyota Revo, Fortuner and Corolla Cross cars": made there
                local = next((x for x in range(sent.start, sent.end - 1) if lower[x] == "locally" and lower[x + 1] in lx.MADE_PARTICIPLES), None)
                if local is not None:
                    add_new(plant.models, (self._model_name(e) for e in ents if e.label_ == "MODEL" and e.start > local + 1))
                return [plant]
        return []

    def _another_makers_plant_named(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'GWM will build cars in Brazil, following BYD, which started production in July. The BYD plant will have a
        capacity of 150,000 vehicles': 'the <maker> plant', in a sentence that names no place, of a maker with no plant in
        the article yet, stands in the country of the plant being described."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.country is None or not self.words & lx.PLANT_NOUNS or any(e.label_ in ("PLACE", "COUNTRY") for e in ents):
            return []
        for ent in ents:
            if ent.label_ != "COMPANY" or lower[ent.start - 1] != "the" or ent.start - 1 < sent.start:
                continue
            k = ent.end + (lower[ent.end:ent.end + 1] in (["assembly"], ["car"], ["vehicle"], ["manufacturing"], ["production"]))
            if lower[k:k + 1] not in (["plant"], ["factory"], ["facility"]) or self._former_owner(ent):
                continue
            if any(p.company and self.gaz.same_group(p.company, ent.ent_id_) for p in self.plants) or self._parts_maker(ent.ent_id_):
                continue  # (its plant named before is that one)
            return [self._plant(ent.ent_id_, None, plant.country, sent, 0.8)]
        return []

    def _country_in_name(self, ent: Span, ents: list[Span]) -> tuple[int, str | None]:
        """The end of a company's name and the country it closes with: 'Acme Motors Kazakhstan', 'Zorvex Slovakia' (or
        a country written right after the name the gazetteer knows, 'Acme Motors' 'Pakistan')."""
        words = ent.text.split()
        if len(words) >= 2:
            for n in (2, 1):
                if len(words) > n and (country := self.gaz.countries.get(" ".join(words[-n:]))):
                    return ent.end, country
        after = next((e for e in ents if e.start == ent.end and e.label_ == "COUNTRY"), None)
        if after is not None and after.text not in self.gaz.demonyms:
            return after.end, self._country_of(after)
        return ent.end, None

    def _plant_anaphor_opens_clause(self, sent: Sentence, ents: list[Span]) -> bool:
        """'In the initial phase, the plant will make ...': after an opening phrase and its comma, 'the plant' is the
        subject, before any company is named."""
        lower = self.index.lower
        first_company = next((e.start for e in ents if e.label_ == "COMPANY"), sent.end)
        comma = next((k for k in range(sent.start, min(first_company, sent.start + 8)) if lower[k] == ","), None)
        return (comma is not None and lower[comma + 1:comma + 2] == ["the"] and comma + 2 < first_company
                and lower[comma + 2] in lx.PLANT_ANAPHORS)

    def _local_subsidiarys_plant(self, ent: Span) -> bool:
        """'the MBSA plant', 'MBSA's local automotive plant': the plant of a maker's subsidiary in another country than
        the parent's (a plant in the subsidiary's country)."""
        info = self.gaz.companies.get(ent.ent_id_)
        if info is None or not info.parent or not info.country or info.kind not in ("automaker", "assembler"):
            return False
        if self.gaz.home_country(self.gaz.group_of(ent.ent_id_)) in ("", info.country):
            return False
        lower = self.index.lower
        k = ent.end + (lower[ent.end:ent.end + 1] in (["'s"], ["’s"]))
        j = k
        while j < len(lower) and j - k < 3 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] not in lx.PLANT_NOUNS:
            j += 1
        return j < len(lower) and lower[j] in ("plant", "factory", "facility", "works")

    def _named_plant(self, ent: Span) -> bool:
        """'a factory identified as X', 'a plant called X', 'the plant run by X'."""
        lower = self.index.lower
        i = ent.start - 1
        if i >= 0 and lower[i] in ("as", "by"):
            i -= 1
        return i >= 1 and lower[i] in lx.NAMING_WORDS and lower[i - 1] in lx.PLANT_NOUNS | {"been", "is", "was"}
