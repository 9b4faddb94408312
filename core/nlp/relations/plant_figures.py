"""A plant's figures: capacity, jobs, shifts, investment, area and start date, each set on the plant unless
the sentence makes it someone else's (a company's or an industry's total, several plants' sum, a shop's capacity,
public aid, money not spent on the plant, a price, the value of trade).
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import Money, PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    APPROXIMATORS,
    BUILD_VERBS,
    COMPANY_ANAPHOR_NOUNS,
    GOVERNMENT_WORDS,
    GROUP_COUNT_WORDS,
    IMPORT_CUES,
    LOCATION_PREPS,
    MAYBE_WORDS,
    PLANT_HEDGES,
    PLANT_PLURALS,
    PLANT_RANKS,
    RAISE_VERBS,
    RANKS,
    SHIPPING_VERBS,
    VENTURE_NOUNS,
    WORLDWIDE_WORDS,
)

# the most a single plant can build in a year (the largest complexes build some 1.5 million); more is a country's or a group's
MAX_PLANT_CAPACITY = 2_500_000
# the least a vehicle plant's yearly capacity can be (even small kit lines build hundreds): a smaller figure is no capacity
MIN_PLANT_CAPACITY = 100
PLANT_FIGURES = ("CAPACITY", "JOBS", "SHIFTS", "AREA")
# no plant is built or expanded for less than a million of any currency: smaller sums are prices, bonuses, share prices
MIN_PLANT_INVESTMENT = 1_000_000
MISSTATED_WORDS = frozenset(["misstated", "misreported", "incorrectly", "erroneously", "wrongly", "mistakenly"])
TARGET_VERBS = frozenset(["aims", "aimed", "targets", "targeted", "wants", "hopes", "seeks", "envisages"])
# "combined capacity near 1.2 million units", "a national production capacity of one million vehicles": a sum over plants
AGGREGATE_WORDS = frozenset(["combined", "together", "national", "nationwide", "country's", "continent's", "region's",
                             "industry's", "sector's", "collectively", "aggregate", "countrywide"])
EMPLOYING_WORDS = frozenset(["employs", "employ", "employing", "employed"])  # a stock of staff, not jobs created
# "boosting Toyota's overall capacity to 180,000 units": a company's total over its plants, not the new plant's
COMPANY_TOTAL_WORDS = frozenset(["overall", "total", "global", "worldwide", "company-wide", "group-wide"])
# "painting capacity", "stamping capacity": one shop's or process's, not the plant's vehicles
PROCESS_WORDS = frozenset(["painting", "paint", "stamping", "pressing", "press", "welding", "casting", "foundry", "machining",
                           "engine", "battery", "gearbox", "transmission", "moulding", "molding", "coating"])
# "Slovakia makes almost a million cars a year": a country as the subject of these is its industry's output
COUNTRY_OUTPUT_VERBS = frozenset(["makes", "produces", "builds", "manufactures", "assembles", "made", "produced", "built",
                                  "manufactured", "assembled", "churns", "churned", "turns", "turned"])
PLAN_NOUNS = frozenset(["plan", "plans", "goal", "goals", "strategy", "roadmap", "programme", "program", "policy", "vision"])
# "signed 25 MoUs ... with a total investment of", "from 131 firms to 200 with a total investment": many projects' sums
COUNTED_PROJECTS = frozenset(["projects", "mous", "agreements", "deals", "industries", "firms", "companies", "suppliers",
                              "investors", "enterprises", "contracts", "memorandums", "memoranda", "ventures"])
COUNTED_DEALS = frozenset(["projects", "mous", "agreements", "deals", "contracts", "memorandums", "memoranda"])
# "The programme has generated 79,000 jobs": a scheme's or a policy's figures, not one plant's
SCHEME_NOUNS = frozenset(["programme", "program", "initiative", "scheme", "policy", "projects", "government",
                          "sector", "industry", "cluster", "corridor"])
GROUP_MAKER_NOUNS = lx.MAKER_PLURALS | frozenset(["companies", "firms", "automobile", "groups"])
# "originally planned for a 90,000-unit capacity": a plan since changed
SUPERSEDED_PLAN_VERBS = frozenset(["planned", "intended", "envisaged", "envisioned", "projected", "slated", "scheduled", "aimed"])
# "its total annual production capacity in the country": words between a maker's possessive and 'capacity'
MAKER_CAPACITY_MODIFIERS = frozenset(["production", "manufacturing", "assembly", "annual", "yearly", "total", "overall", "installed",
                                      "vehicle", "car", "auto", "output"])
# words that make a yearly figure a plant's capacity whatever else the sentence says
CAPACITY_NOUNS = frozenset("capacity capacities output production".split())
# "car imports had cost US$1.2bn", "exports worth $800 million": the value of trade, not money put into a plant
TRADE_VALUE_WORDS = IMPORT_CUES | frozenset(["export", "exports", "exported", "bill"])
CONDITIONED_INVESTORS = frozenset(["automakers", "carmakers", "companies", "firms", "investors", "manufacturers", "makers",
                                   "projects", "investments", "producers"])


# the words between a company opening a clause and its figure: "while Volkswagen will invest $900 million"
CLAUSE_VERB_WORDS = APPROXIMATORS | frozenset(["will", "would", "is", "plans", "to", "invest", "invests", "invested", "investing",
                                               "spend", "spends", "spent", "spending", "create", "creates", "add", "adds", "hire", "hires",
                                               "put", "puts", "about", "some", "up", "nearly", "around", "another", "an", "additional",
                                               "also", "has", "have", "had", "pledged", "committed"])

# "Zorvex plans to invest $300 million" before any plant is named: a sum for the plant the story goes on to name
ORPHAN_MONEY_CUES = lx.INVESTMENT_CUES - {"worth"}
# "has projected an annual output of 2 million units", "hopes to lift its annual output to 190,000": output hoped for
GOAL_WORDS = frozenset(["hopes", "hoping", "projected", "projects", "projecting", "projection", "projections"])

# "will create 350 new jobs", "hiring 400 workers": jobs a plan adds, not a plant's staff
JOB_CREATION_WORDS = frozenset(["create", "creates", "created", "creating", "add", "adds", "added", "adding", "hire", "hires",
                                "hired", "hiring", "generate", "generates", "generating"])
# "the cost of one job", "every job at the plant creates five more": a ratio to a single job
JOB_RATIO_WORDS = frozenset(["one", "each", "every", "per"])
JOB_NOUNS = frozenset(["job", "workplace"])
SHORT_RATE_UNITS = frozenset(["day", "hour", "shift", "minute"])  # "1,000 vehicles per day": not a year's capacity
# "to build an additional 40,000 vehicles a year": what an upgrade adds to a plant, not the plant's capacity
INCREMENT_WORDS = frozenset(["additional", "extra"])
# "total Kenyan vehicle production", "Thai auto output": words that may stand between a country and its output
INDUSTRY_OUTPUT_WORDS = lx.VEHICLE_WORDS | frozenset(["auto", "automobile", "automotive", "motor", "car", "annual", "total"])
MAKER_COUNTS = frozenset(["two", "three", "four", "five", "six", "both", "several"])  # "two auto makers", "both carmakers"
PLANT_COUNTS = frozenset(["two", "three", "four", "five", "six", "both", "several"])  # "two of its plants", "both factories"
SALE_VERBS = frozenset(["sell", "sells", "sold", "selling"])
# "$800-million plant in Woodstock, Ontario": a bare dollar sign on a plant in a country of its own dollar is that dollar
LOCAL_DOLLARS = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD"}
# marks of a story that tells its dollars apart ("C$1.1bn (US$950m)"): there a bare "$" may be the US dollar
DOLLAR_MARKS = frozenset(["us$", "usd", "c$", "ca$", "cad", "a$", "au$", "aud", "nz$", "nzd", "cdn$", "cdn"])


class PlantFiguresMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _figures_for_known_plant(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        lower = self.words
        figures = [q for q in qs if q.label_ in PLANT_FIGURES or q.label_ == "MONEY" and (lower & lx.INVESTMENT_CUES or self._money_names_plant(q))]
        if not figures:
            return
        target = self._plant_mentioned(ents)
        if target is None and (by_noun := self._plant_by_noun(sent)) is not None:
            target = self.current_plant = by_noun  # the plant the text now speaks of
        anaphor = bool(lower & lx.PLANT_ANAPHORS) or self._venture_of_current_plant(sent)
        if target is None and self.current_plant is not None:
            other_company = [e for e in ents if e.label_ == "COMPANY" and not self.gaz.same_group(e.ent_id_, self.current_plant.company)]
            if (anaphor or not other_company) and not (other_company and self._another_new_plant(sent)):
                target = self.current_plant
        # "adds 600 posts in Smyrna and 200 jobs at its plant in Decherd": with two known plants named, a figure
        # said right before one of them ('at', 'in', 'into') is that plant's
        named = [(p, e.start) for e in ents if e.label_ == "PLACE" for p in self.plants if p.site == e.text]
        several = len({id(p) for p, _ in named}) > 1
        for q in self._targets_first(figures):
            plant = (self._plant_paid_into(named, q, sent) if several else None) or target
            if plant is not None and self._another_makers_figure(q, sent, plant):
                continue  # "GM will invest $1 billion in its plants, while Volkswagen will invest $900 million"
            if plant is not None:
                self._set_figure(plant, q, sent, confidence=0.9 if anaphor else 0.7)
            elif q.label_ in PLANT_FIGURES or anaphor or q.label_ == "MONEY" and self.words & ORPHAN_MONEY_CUES:
                self.orphans.append((sent, q))

    def _another_companys_orphan(self, q: Span, sent: Sentence, plant: PlantFact) -> bool:
        """'Toyota said it would invest $80 million in Egypt. Nissan builds cars at its plant near Cairo': a sum read
        before any plant, in a sentence naming only carmakers outside the group of the plant's carmaker, is another
        carmaker's."""
        if q.label_ != "MONEY" or plant.company is None or not self._an_automaker(plant.company):
            return False
        companies = [e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"]
        # (carmakers only: a local assembler or a maker's unit named for the plant may be the investor's)
        return bool(companies) and all(self._an_automaker(c) and not self.gaz.same_group(c, plant.company) for c in companies)

    def _an_automaker(self, company: str) -> bool:
        info = self.gaz.companies.get(company)
        return info is not None and info.kind == "automaker"

    def _another_makers_figure(self, q: Span, sent: Sentence, plant: PlantFact) -> bool:
        """'GM will invest $1 billion in its Russian plants, while Volkswagen will invest $900 million': in a sentence that
        names the plant's company, a figure whose clause opens with another company (outside the plant's group) right
        before its verb ('will invest', 'plans to hire') is that company's, not the plant's."""
        if plant.company is None:
            return False
        ents = self.ents.get(sent.start, [])
        companies = [e for e in ents if e.label_ == "COMPANY"]
        if not any(self.gaz.same_group(e.ent_id_, plant.company) for e in companies):
            return False
        lower = self.index.lower
        other = next((e for e in reversed(companies) if e.end <= q.start), None)
        if other is None or self.gaz.same_group(other.ent_id_, plant.company) or q.start - other.end > 5:
            return False
        if other.start > sent.start and lower[other.start - 1] not in (",", ";", "while", "whereas", "and", "but"):
            return False  # (the company opens its clause)
        between = lower[other.end:q.start]
        return bool(between) and all(w in CLAUSE_VERB_WORDS for w in between)

    def _plan_given_up(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex originally planned for a 90,000-unit capacity, but scaled back', 'had originally intended to hire 900':
        'originally' and a verb of planning before the figure say a plan the story goes on to say was changed."""
        lower = self.index.lower
        return any(lower[k] == "originally" and set(lower[k + 1:k + 3]) & SUPERSEDED_PLAN_VERBS for k in range(sent.start, q.start))

    def _venture_of_current_plant(self, sent: Sentence) -> bool:
        """'Yulon will make the car in a joint venture with Dongfeng at a plant in Hubei. ... The 50-50 joint venture
        would have a capacity of 120,000 units a year': 'the venture' is the plant the text brought in with a venture."""
        plant = self.current_plant
        if plant is None or plant.source is None or not self.words & VENTURE_NOUNS:
            return False
        lower = self.index.lower
        if not any(lower[k] in VENTURE_NOUNS and any(lower[j] in ("the", "this", "that") for j in range(max(sent.start, k - 6), k))
                   for k in range(sent.start, sent.end)):
            return False
        return "venture" in plant.source.sentence.lower()

    def _another_new_plant(self, sent: Sentence) -> bool:
        """'PTT said it would invest $1 billion in an EV plant with Foxconn': a plant brought in with 'a' or 'an' in a
        sentence naming another company is a new one of theirs, not the plant the text spoke of."""
        lower = self.index.lower
        # (not "a dedicated assembly line": a line is added inside a plant, maybe the one the text spoke of)
        nouns = [k for k in range(sent.start, sent.end) if lower[k] in lx.PLANT_NOUNS and lower[k] != "line" and self.ent_type[k] == ""]
        return bool(nouns) and all(
            any(lower[j] in ("a", "an") for j in range(max(sent.start, k - 3), k))
            and not any(lower[j] in ("the", "its", "their", "this", "that") for j in range(max(sent.start, k - 3), k))
            for k in nouns)

    def _set_figure(self, plant: PlantFact, q: Span, sent: Sentence, confidence: float = 1.0) -> None:
        if self.index.sent_text(sent.start).endswith("?"):
            return  # "Will Bursa ever go back to three shifts?": a question asserts no figure
        if self.words & MISSTATED_WORDS and self.index.lower[q.start - 1] == "as":
            return  # "An earlier version misstated the capacity as 15,000 vehicles": a figure withdrawn
        if "originally" in self.words and self._plan_given_up(q, sent):
            return  # "GM originally planned for a 100,000-unit capacity, but scaled back": a plan since changed
        value = q._.value
        if q.label_ == "CAPACITY" and self.index.lower[q.end:q.end + 1] in (["plants"], ["factories"], ["lines"], ["sites"]):
            return  # "capacity of the two plants in Mexico to 700,000 units": a count of plants, no capacity
        if q.label_ == "CAPACITY" and (self.index.lower[q.end:q.end + 1] == ["daily"] or self.index.lower[q.end:q.end + 2] and (
                self.index.lower[q.end] in ("per", "a", "an", "each", "every") and self.index.lower[q.end + 1:q.end + 2]
                and self.index.lower[q.end + 1] in SHORT_RATE_UNITS)):
            return  # "a capacity of 1,000 vehicles per day": a daily rate, no yearly capacity
        if q.label_ == "CAPACITY" and value < MIN_PLANT_CAPACITY:
            return  # "expanding production capacity at one of its plants": a count, not a capacity
        if q.label_ == "CAPACITY" and value > MAX_PLANT_CAPACITY:
            return  # "China, which makes 31 million cars a year", "double capacity in the country to 3 million": no one plant's
        if q.label_ == "CAPACITY" and (self._market_size(q, sent) or self._aggregate_capacity(q, sent) or self._process_capacity(q, sent)
                                       or self._exported_volume(q, sent) or self._one_of_the_plants(q)):
            return
        if q.label_ == "CAPACITY" and plant.site and self._maker_capacity_in_country(q, sent):
            return  # "Zorvex plans to double its production capacity in Peru to 900,000": its plants there together
        if q.label_ in ("CAPACITY", "JOBS", "MONEY") and self._figure_required(q, sent):
            return  # "a tax cut as long as they invest at least 1 billion reais and create 400 jobs": a condition, not a plan
        if q.label_ == "CAPACITY" and self._industry_output(q, sent):
            return  # "raise the country's car industry total output to 100,000 cars a year"
        if q.label_ in ("CAPACITY", "JOBS") and (self._figure_across_region(q, sent) or self._staff_of_several_plants(q, sent)):
            return  # "capacity to produce 1.9 million vehicles in North America", "has three plants and employs 6,500"
        if q.label_ == "SHIFTS" and self._shifts_if_needed(q, sent):
            return  # "We can go on three shifts if necessary": shifts that might be run, not those run
        if q.label_ == "JOBS" and self._staff_worldwide(q, sent):
            return  # "Hyundai has more than 70,000 employees worldwide": the group's staff across the world
        if q.label_ == "JOBS" and self._company_staff(q, sent):
            return  # "The company employs 6,489 people": the maker's head count, not one plant's
        if q.label_ == "JOBS" and self._staff_in_company_profile(q, sent):
            return  # "Zorvex, headquartered in Lima with 30,000 employees, makes buses": the maker's head count
        if self._group_subject(sent, q):
            return  # "These six carmakers will lift their output by 350,000 units": the makers' sum
        if q.label_ == "CAPACITY" and self._capacity_left_behind(q, sent):
            return  # "to lift the works' yearly output from 60 000 units": the old figure
        if q.label_ == "CAPACITY" and self._output_of_one_year(q, sent):
            return  # "Annual output for this year is expected to be 10,000 vehicles": one year's output, no capacity
        if q.label_ == "CAPACITY" and self._output_goal(q, sent):
            return  # "Zorvex has projected an annual output of 2 million units by 2030": output hoped for, no capacity
        if q.label_ == "CAPACITY" and self._capacity_added(q, sent):
            return  # "the upgrade lets the site build an additional 40,000 vehicles a year": what is added
        if q.label_ == "MONEY" and (self._goods_value(q, sent) or self._money_to_economy(q, sent) or self._money_attracted(q, sent)):
            return
        if q.label_ == "JOBS" and self._jobs_beside_money_drawn(q, sent):
            return  # "the regions have attracted $700 million in investment and created jobs for 1,140 people": theirs
        if q.label_ == "CAPACITY" and self._counted_plants_only(sent) and not self._plants_one_by_one(sent):
            return  # "to assemble about 500,000 cars per year at three factories in Iwate, Miyagi and Shizuoka": their sum
        if q.label_ in ("MONEY", "JOBS") and (self._figure_of_many(q, sent) or self._counted_plants_only(sent)):
            return  # "investing $1.6 billion to upgrade two of its facilities in Michigan and Ohio, creating 650 jobs"
        if q.label_ in ("MONEY", "JOBS") and self._sent_words(sent) & JOB_NOUNS and self._figure_per_job(q, sent):
            return  # "The cost of one job is 40 million tenge", "every job at the plant creates five more elsewhere"
        # the figure is the plant's: its source and what it revises, made only now (most figures are turned away above)
        source = self._source(sent, self._qualifier(q, sent), confidence)
        revised = self._revision(plant, q, sent)  # "Melfi will go from three shifts to two", read after "three shifts"
        line = q.label_ == "CAPACITY" and self._model_line_capacity(q, sent)
        # "Current output is around 1,000 trucks a year ... The plant has the capacity to assemble 2,000": what a plant
        # makes now gives way to what it can make, said in so many words
        output = q.label_ == "CAPACITY" and "capacity" not in self._sent_words(sent)
        if q.label_ == "CAPACITY" and (plant.capacity_per_year is None or revised == "capacity_per_year"
                                       or id(plant) in self.line_capacities and not line
                                       or id(plant) in self.output_capacities and not output and not line):
            # a plant's own capacity, said after one model line's ("production of the X ... with capacity of 12,000"),
            # is the plant's figure
            plant.capacity_per_year, plant.evidence["capacity_per_year"] = value, source
            (self.line_capacities.add if line else self.line_capacities.discard)(id(plant))
            (self.output_capacities.add if output else self.output_capacities.discard)(id(plant))
        elif q.label_ == "JOBS" and (plant.jobs is None or revised == "jobs") and q._.qualifier not in ("cut", "indirect"):
            plant.jobs, plant.evidence["jobs"] = int(value), source
        elif q.label_ == "SHIFTS" and (plant.shifts is None or revised == "shifts"):
            plant.shifts, plant.evidence["shifts"] = int(value), source
        elif q.label_ == "AREA" and plant.area_ha is None:
            plant.area_ha, plant.evidence["area_ha"] = value, source
        elif (q.label_ == "MONEY" and plant.investment is None and not self._a_price(q) and not self._public_aid(q)
              and not self._sum_of_another_plant(q, plant)
              and value >= MIN_PLANT_INVESTMENT  # "costs RM163,900", "up to 3,000 euros per car", "shares at 4.71 ringgit"
              and not self._not_spent(q)
              and not TRADE_VALUE_WORDS & set(self.index.lower[max(sent.start, q.start - 5):q.start])
              and (self._sent_words(sent) & lx.INVESTMENT_CUES or self._money_names_plant(q))):
            plant.investment, plant.evidence["investment"] = Money(value, self._local_dollar(q, plant) or q._.unit), source

    def _sum_of_another_plant(self, q: Span, plant: PlantFact) -> bool:
        """'Toyota announces $1.33 billion investment in Kentucky plant. ... Toyota is also expanding output at its Mexican
        factory. The $1.3 billion investment will upgrade the plant': a sum named again with 'the' or 'this', the same
        (within 5%, in its currency) as another plant's investment read before, is that plant's, not the plant the text
        last spoke of (unless the sentence names this plant's site: a sum shared by the plants it names)."""
        lower = self.index.lower
        if q.start == 0 or lower[q.start - 1] not in ("the", "this", "that"):
            return False
        sent_start = self.index.sent_bounds(q.start)[0]
        if any(e.label_ == "PLACE" and e.text == plant.site for e in self.ents.get(sent_start, [])):
            return False  # "invest the 500 million euros at the Kaiserslautern and Ruesselsheim plants": said of this plant too
        value = q._.value
        return any(other is not plant and other.investment is not None and other.investment.currency == q._.unit
                   and abs(other.investment.amount - value) <= 0.05 * other.investment.amount for other in self.plants)

    def _local_dollar(self, q: Span, plant: PlantFact) -> str | None:
        """'Zorvex will build a $900-million plant in Brantford, Ontario': a bare '$' on a plant in Canada, Australia or
        New Zealand, in a story that marks no dollar as US or local anywhere (not 'C$1.1bn (US$950m)'), is the country's
        own dollar; not in a story with a plant in the United States too ('GM's Fairfax plant in Kansas ... Honda will
        build a $140 million engine plant in Ontario': a US story's dollars, the US dollar)."""
        if q._.unit != "USD" or plant.country not in LOCAL_DOLLARS or self.index.text[q.start] != "$":
            return None
        if any(p.country == "United States" for p in self.plants):
            return None
        return LOCAL_DOLLARS[plant.country] if not self.article_words & DOLLAR_MARKS else None

    def _figure_per_job(self, q: Span, sent: Sentence) -> bool:
        """'The cost of one job is 40.1 million tenge', 'each job at the plant brings up to 15 jobs in related
        industries', 'investment per job': a figure in the clause of a ratio to one job is no plant's staff or money (not
        '..., and the expansion will add 1,200 jobs', a clause of its own)."""
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end):
            if lower[k] in JOB_NOUNS and lower[k - 1] in JOB_RATIO_WORDS and not q.start <= k - 1 < q.end:
                a, b = sorted((k, q.start))
                if not any(lower[j] in (";", "while", "whereas") or lower[j] == "," and lower[j + 1] in ("and", "but", "while")
                           for j in range(a, b)):
                    return True
        return False

    def _group_subject(self, sent: Sentence, q: Span) -> bool:
        """'These six carmakers will lift their output by a combined 350,000 units a year', '14 vehicle makers
        operate in the country ..., employing 31,000 people': the sentence's subject, before the
        figure, counts several makers (a number of three or more, 'all', 'several', 'many' or 'other', then a maker noun
        within its first words)."""
        lower, text = self.index.lower, self.index.text
        start = sent.start
        while start < sent.end and lower[start] in ('"', "“", "'", "‘", "(", "-", "those", "these", "the", "all"):
            if lower[start] == "all" and start + 1 < sent.end and lower[start + 1] in GROUP_MAKER_NOUNS:
                return q.start > start
            start += 1
        if start >= q.start or not (lower[start] in GROUP_COUNT_WORDS or text[start].isdigit() and int(text[start]) >= 3):
            return False
        if any(lower[k] in ("plant", "factory", "facility", "site") for k in range(sent.start, sent.end)):
            return False
        for k in range(start + 1, min(q.start, start + 4)):
            if lower[k] in GROUP_MAKER_NOUNS and lower[k] != "automobile":
                return True
            if not (self.doc[k].is_alpha and (self.doc[k].is_lower or self.doc[k].is_title)):
                return False
        return False

    def _figure_across_region(self, q: Span, sent: Sentence) -> bool:
        """'has the capacity to produce 1.9 million vehicles in North America', 'employs 40,000 people across Europe':
        a figure said of a whole region (a continent or a group of countries), a maker's sum there, not one plant's."""
        lower = self.index.lower
        k = q.end
        while k < sent.end and k < q.end + 3 and lower[k] in ("a", "per", "each", "every", "year", "annually", "yearly", "units", "vehicles"):
            k += 1  # "1.9 million vehicles a year in North America"
        if k >= sent.end or lower[k] not in ("in", "across", "throughout"):
            return False
        k += 1
        if k < sent.end and lower[k] == "the":
            k += 1
        return k < sent.end and self.ent_type[k] == "REGION" and self.ent_iob[k] == "B"

    def _our_planned_capacity(self, k: int, sent: Sentence) -> bool:
        """'we plan to invest further and increase our annual production capacity to 4 million units': a quoted
        maker's own capacity (its plants together) that it plans, 'our' a few modifiers before 'capacity', no plant
        named between ('our plant's capacity' is the plant's)."""
        lower = self.index.lower
        window = lower[max(sent.start, k - 3):k]
        if "our" not in window or not lx.PLANT_NOUNS.isdisjoint(window[window.index("our"):]):
            return False
        return bool(set(lower[sent.start:k]) & (TARGET_VERBS | {"aim", "plan", "plans", "planning"}))

    def _figure_required(self, q: Span, sent: Sentence) -> bool:
        """'a 25% tax cut as long as they invested at least 1 billion reais and created 400 new jobs', 'provided they
        hire 500 workers': a figure a condition asks for, earlier in the clause (no full stop or semicolon between)."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 14) - 1, -1):
            if lower[k] in (";", ":"):
                return False
            if lower[k] == "long" and lower[k - 1:k] == ["as"] and lower[k + 1:k + 2] == ["as"]:
                return True
            if lower[k] in ("provided", "providing") and lower[k + 1:k + 2] in (["that"], ["they"], ["it"], ["the"]):
                return True
            if lower[k] in ("condition", "conditions", "conditional") and lower[k - 1:k] in (["on"], ["the"], ["a"]):
                return True
            if lower[k] == "for" and lower[k + 1:k + 2] and lower[k + 1] in CONDITIONED_INVESTORS and lower[k + 2:k + 3] in (
                    ["investing"], ["that"], ["which"], ["who"], ["creating"], ["generating"], ["hiring"]):
                return True  # "an incentive programme cutting VAT for automakers investing at least 1 billion reais"
        return False

    def _industry_output(self, q: Span, sent: Sentence) -> bool:
        """'increase the country's car industry total output up to 100,000 cars a year', 'the nation's annual
        capacity': the output of a country or its industry, said with a possessive before the figure."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 10) - 1, -1):
            if lower[k] in lx.PLANT_NOUNS or self.ent_type[k] in ("PLACE", "COMPANY"):
                return False
            if lower[k] in ("country", "nation", "industry") and lower[k + 1:k + 2] in (["'s"], ["’s"]):
                return True
            if lower[k] in ("industry", "sector") and lower[k + 1:k + 2] and lower[k + 1] in COMPANY_TOTAL_WORDS | {"output", "capacity", "production"}:
                return True
            if lower[k] in ("production", "output") and self._country_output(k, sent):
                return True
        return False

    def _country_output(self, noun: int, sent: Sentence) -> bool:
        """'ramp up total Kenyan vehicle production to 1.2m units a year', 'Thai auto output will reach 1.9 million':
        a country's name or adjective before 'production'/'output' (only vehicle words between) is the country's
        industry; not 'its Kenyan production', a maker's own output there."""
        k = noun - 1
        while k > sent.start and self.index.lower[k] in INDUSTRY_OUTPUT_WORDS and self.ent_type[k] != "COUNTRY":
            k -= 1
        if self.ent_type[k] != "COUNTRY":
            return False
        while k > sent.start and self.ent_iob[k] != "B":
            k -= 1
        return k == sent.start or self.index.lower[k - 1] not in ("its", "their", "our", "'s", "’s")

    def _staff_of_several_plants(self, q: Span, sent: Sentence) -> bool:
        """'It has two plants in Alton and one in Brierly and employs 6,500 people': the staff a verb of employing
        counts after the sentence named several plants is the maker's in the country, not one plant's."""
        if q.label_ != "JOBS":
            return False
        lower = self.index.lower
        before = lower[sent.start:q.start]
        if self._figure_over_plants(q, sent):
            return True
        if not EMPLOYING_WORDS.intersection(before[-4:]):
            return False
        # the staff counted over the country: "employs 6,500 people in the country", "... in Canada", "nationwide"
        after = lower[q.end:min(sent.end, q.end + 4)]
        if after[:1] == ["nationwide"] or after[:1] == ["in"] and (after[1:3] in (["the", "country"], ["the", "nation"])
                                                                  or q.end + 1 < sent.end and self.ent_type[q.end + 1] == "COUNTRY"):
            plurals = [sent.start + k for k, w in enumerate(before) if w in PLANT_PLURALS and w != "works"]
            return any(self._several_plants(k, sent) for k in plurals)
        return False

    def _figure_over_plants(self, q: Span, sent: Sentence) -> bool:
        """'create 5,000 new jobs across plants in Illinois, Ohio and Michigan', '2,000 jobs at its three factories',
        'The plants' 11,000 workers': a head count spread over several plants, not one plant's (not 'across the plant')."""
        lower = self.index.lower
        k = q.end
        if k < sent.end and lower[k] in ("across", "at", "in", "among", "between"):
            k += 1
            while k < sent.end and k < q.end + 5 and lower[k] not in PLANT_PLURALS and (
                    lower[k] in ("its", "their", "the", "all", "both", "several", "two", "three", "four", "five", "our")
                    or lower[k] in ("assembly", "car", "vehicle", "manufacturing", "production") or self.ent_type[k] == "COMPANY"):
                k += 1
            if k < sent.end and lower[k] in PLANT_PLURALS and lower[k] != "works":
                return True
        # "The plants' 11,000 workers": a plural plant noun owning the figure
        j = q.start - 1
        return j > sent.start and lower[j] in ("'", "’") and lower[j - 1] in PLANT_PLURALS

    def _shifts_if_needed(self, q: Span, sent: Sentence) -> bool:
        """'We can go on three shifts if necessary', 'If demand grows, the plant could add a third shift': shifts a
        condition ('if', 'unless') and a modal of possibility ('can', 'could', 'may', 'might') put in the same sentence
        are what the plant might run, not what it runs (not 'The plant will run two shifts')."""
        lower = self.index.lower
        if not self.words & {"if", "unless"}:
            return False
        return any(lower[k] in ("can", "could", "may", "might") for k in range(max(sent.start, q.start - 6), q.start))

    def _staff_worldwide(self, q: Span, sent: Sentence) -> bool:
        """'more than 70,000 employees worldwide', '40,000 people around the world', 'a global workforce of 90,000':
        staff counted across the world, no one plant's."""
        lower = self.index.lower
        after = lower[q.end:min(sent.end, q.end + 4)]
        return bool(set(after[:2]) & WORLDWIDE_WORDS or after[:3] in (["around", "the", "world"], ["across", "the", "world"],
                                                                         ["across", "the", "globe"])
                    or {"global", "worldwide"} & set(lower[max(sent.start, q.start - 4):q.start]))

    def _staff_in_company_profile(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex, headquartered in Lima with assets of $7 billion and 30,000 employees, makes trucks': a maker's profile
        (where it is headquartered, what it has), its whole staff, in a sentence that names no plant."""
        words = self._sent_words(sent)
        if not words & {"headquartered", "headquarters", "hq"} or words & lx.PLANT_NOUNS:
            return False
        return "with" in self.index.lower[max(sent.start, q.start - 15):q.start]

    def _company_staff(self, q: Span, sent: Sentence) -> bool:
        """'The company employs 6,489 people', 'Zorvex Peru currently employs about 15,000 people', 'Zorvex has built
        cars in the country for 60 years and employs 2,800 people': a verb of employing whose subject, opening the
        sentence, is a company (its name, maybe with a country after it, or 'the company'), in a sentence that names no
        plant and no place and says nothing of 'there': the maker's staff, not one plant's (not 'The company employs
        8,000 people there', 'the company now employs 5,200 people at Ninh Binh')."""
        lower = self.index.lower
        k = q.start - 1
        while k > sent.start and lower[k] in APPROXIMATORS | {"over", "more", "than", "close", "to", "upwards", "of"}:
            k -= 1
        if lower[k] != "employs":  # (not "will employ around 1,500 workers": jobs to come)
            return False
        if self._sent_words(sent) & (lx.PLANT_NOUNS | {"there", "here", "locally", "plant's", "factory's"}) or any(
                self.ent_type[j] == "PLACE" for j in range(sent.start, sent.end)):
            return False
        s = sent.start
        while s < k and lower[s] in ('"', "“", "'", "‘", "(", "-"):
            s += 1
        if lower[s] == "the" and lower[s + 1] in COMPANY_ANAPHOR_NOUNS:
            return True
        if self.ent_type[s] != "COMPANY" or self.ent_iob[s] != "B":
            return False
        e = s + 1
        while e < k and self.ent_type[e] == "COMPANY" and self.ent_iob[e] == "I":
            e += 1
        if self.ent_type[e] == "COUNTRY":  # "Zorvex Peru": the maker's national arm
            e += 1
            while e < k and self.ent_type[e] == "COUNTRY" and self.ent_iob[e] == "I":
                e += 1
        if lower[e:e + 2] == [",", "which"] and (e + 2 == k or e + 3 == k and lower[e + 2] in ("now", "currently", "already")):
            return True  # "Zorvex, which employs 52,000 people, ...": the maker described in a clause of its own
        # the company is the subject: a verb or an adverb follows its name, not "'s" ("Zorvex's plant employs")
        return lower[e] not in ("'s", "’s", "and", ",") and not self.doc[e].like_num

    def _capacity_left_behind(self, q: Span, sent: Sentence) -> bool:
        """'lift the works' yearly output from 60 000 units': a figure after 'from' (or 'by'), with a
        verb of raising before it, is what the plant had, not what it will have."""
        lower = self.index.lower
        k = q.start - 1
        if k >= 2 and lower[k] == "-" and self.doc[k - 1].like_num:
            k -= 2  # "by 0.8-1.1 million units a year": the range's first figure
        if k < 0 or lower[k] not in ("from", "by"):
            return False
        # "grow output by 45,000 units a year": the increase, not the capacity it comes to
        return bool(set(lower[sent.start:q.start]) & RAISE_VERBS)

    def _output_goal(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex has projected an annual output of 2 million units by 2030', 'the plant hopes to lift its annual output
        to some 190,000 vehicles', 'with its annual production being projected at 60,000 units': output a maker hopes
        for or projects (the word up to eight words before the figure, in its clause), in a sentence that never says
        'capacity' (not 'hopes to reach a capacity of 200,000 units': the plant's capacity)."""
        if self._sent_words(sent) & {"capacity", "capacities"} or not self._sent_words(sent) & GOAL_WORDS:
            return False
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 9) - 1, -1):
            if lower[k] in (";", ":", ".") or lower[k] == "," and lower[k + 1:k + 2] != ["which"]:
                return False
            if lower[k] in GOAL_WORDS:
                return True
        return False

    def _output_of_one_year(self, q: Span, sent: Sentence) -> bool:
        """'Annual output for this year is expected to be 10,000 vehicles', 'production next year will reach 50,000
        units': the output of one year named, in a sentence that never says 'capacity', is what is made, not what the
        plant can make."""
        if self._sent_words(sent) & {"capacity", "capacities"}:
            return False
        lower = self.index.lower
        for k in range(max(sent.start, q.start - 9), q.start):
            if lower[k] in ("output", "production") and any(
                    lower[j:j + 2] in (["this", "year"], ["next", "year"], ["last", "year"]) for j in range(k + 1, min(q.start, k + 4))):
                return True
        return False

    def _capacity_added(self, q: Span, sent: Sentence) -> bool:
        """'the upgrades will allow the site to build an additional 40,000 vehicles annually': a yearly figure called
        additional or extra is what an existing plant gains, not its capacity (a new plant's 'extra 100,000 units' is
        all it has)."""
        lower = self.index.lower
        before = lower[max(sent.start, q.start - 3):q.start]
        return bool(set(before) & INCREMENT_WORDS) and "new" not in self.words

    def _exported_volume(self, q: Span, sent: Sentence) -> bool:
        """'It exports the Qashqai to Japan and Australia, about 20,000 units a year': a yearly figure after a verb
        of shipping, in a sentence that says nothing of making, is what leaves the plant, not what it can make."""
        before = set(self.index.lower[sent.start:q.start])
        if before & SHIPPING_VERBS and not before & (BUILD_VERBS | CAPACITY_NOUNS) and self._shipped_at_a_rate(q):
            return True  # "will be shipped from the UK at a rate of 750 vehicles a month, with production starting in May"
        return bool(before & SHIPPING_VERBS) and not (self._sent_words(sent) & (BUILD_VERBS | CAPACITY_NOUNS))

    def _shipped_at_a_rate(self, q: Span) -> bool:
        """'at a rate of 750 vehicles a month': the figure is a rate, right after 'a rate of' ('about', 'some' between)."""
        lower = self.index.lower
        k = q.start - 1
        while k > 0 and lower[k] in APPROXIMATORS:
            k -= 1
        return lower[max(0, k - 2):k + 1] == ["a", "rate", "of"] or lower[max(0, k - 1):k + 1] == ["rate", "of"]

    def _market_size(self, q: Span, sent: Sentence) -> bool:
        """'Nigeria's new-truck market is about 9,000 units a year': what a market buys, not what a plant makes; 'expects
        to sell the Vela at 1,400 units per month': what a maker sells, in a sentence that says nothing of making."""
        before = self.index.lower[sent.start:q.start]
        if SALE_VERBS & set(before) and not self._sent_words(sent) & (BUILD_VERBS | CAPACITY_NOUNS | lx.PLANT_NOUNS):
            return True
        return ("market" in before or "sales" in before) and "capacity" not in self.words

    def _aggregate_capacity(self, q: Span, sent: Sentence) -> bool:
        """'eight brands with combined capacity near 1.2 million units', 'the continent's car factories together have
        capacity for 1.5 million', 'Morocco aims for a national production capacity of one million', 'Thailand's
        capacity of 2 million': a country's or a group's sum, unless a plant is named between ('the plant's capacity')."""
        lower, start = self.index.lower, max(sent.start, q.start - 14)
        # "to produce 490,000 trucks a year in four countries, A, B, C and D": the sum of the countries named after it
        if any(lower[k] == "in" and lower[k + 2:k + 3] == ["countries"] and self.doc[k + 1].like_num
               for k in range(q.end, min(sent.end - 2, q.end + 6))):
            return True
        countries = 0
        k = q.start
        while k > start:
            k -= 1
            opening = self._relative_clause_opening(k, sent)
            if opening is not None:
                # "The facility, which is BMW's first in Mexico, will have capacity": the clause between commas
                # describes the subject before it and holds no one's total; "Slovakia, which is home to 5 million
                # people, makes almost a million cars a year": the subject before it is read with the verb after it
                if opening > sent.start and self._country_makes(opening - 1, k + 1):
                    return True
                k = opening
                continue
            if self._country_makes(k, k + 1):
                return True  # "Slovakia makes almost a million cars a year": a country's output, not a plant's
            if self._region_holds_capacity(k):
                return True  # "Haryana now has capacity for 2.6 million cars", "Bavaria's capacity of"
            if lower[k] in ("industry", "sector", "industries") and lower[k + 1] in ("has", "have", "currently", "now", "already"):
                return True  # "The country's car industry now has capacity for 3 million"
            if lower[k] in PLANT_PLURALS and (self._several_plants(k, sent) or self._capacity_of_plants(k, sent)):
                return True  # "the combined capacity of both Zorvex factories in Peru to 90,000": several plants' sum
            if (lower[k] in ("'s", "’s") and (countries or self._in_the_country_after(q, sent)) and k > start and self.ent_type[k - 1] == "COMPANY"
                    and not (lower[k + 1] in RANKS or lower[k + 1] in PLANT_RANKS)):
                # (not "The facility, Zorvex's first in Peru, will have capacity for 150,000": the plant's rank there)
                return True  # "lift Zorvex's yearly output in Peru to 400,000": a maker's output in a country
            if lower[k] in lx.PLANT_NOUNS or self.ent_type[k] in ("PLACE", "COMPANY", "MODEL"):
                return False  # "capacity at the plant", "combined capacity for the Transit family": one plant's figure
            if lower[k] in COMPANY_TOTAL_WORDS and k >= 2 and lower[k - 1] in ("'s", "’s") and self.ent_type[k - 2] == "COMPANY":
                return True  # "Toyota's overall capacity", "HCIL's total annual production capacity"
            if lower[k] in COMPANY_TOTAL_WORDS and lower[k - 1:k] == ["our"]:
                return True  # "our overall capability to make up to 2.3 million a year": a quoted maker's total
            if lower[k] in COMPANY_TOTAL_WORDS and lower[k - 1:k] in (["its"], ["their"], ["the"]) and self.words & {"another", "second"}:
                # "adding 175,000 units from the second plant and taking its overall capacity to 300,000": both plants'
                return True
            if lower[k] == "capacity" and lower[k - 1:k] == ["our"] and set(lower[sent.start:k]) & (TARGET_VERBS | {"aim"}):
                return True  # "We aim to nearly double our capacity to four million vehicles": a maker's goal
            if lower[k] == "capacity" and self._our_planned_capacity(k, sent):
                return True  # "we plan to ... increase our annual production capacity to 4 million units"
            if lower[k] == "domestic" and "capacity" in lower[k + 1:q.start] and lower[k - 1] in COMPANY_TOTAL_WORDS | {"its", "their"}:
                return True  # "cut overall domestic production capacity to 810,000": a maker's plants at home together
            if lower[k] in AGGREGATE_WORDS:
                # not "the site's combined capacity"; but "the factories together have capacity for ..." is a sum
                return not (lower[k - 1:k] == ["'s"] and lower[k - 2] in lx.PLANT_NOUNS)
            if lower[k] == "capacity" and countries > 1:
                return True  # "capacity in Thailand, Indonesia and Vietnam of 1.3 million"
            if lower[k] in PLAN_NOUNS and self._national_goal(k, sent):
                return True  # "the ministry's development plans for the sector are to raise car output to 3 million"
            if lower[k] in TARGET_VERBS and self._national_goal(k, sent):
                return True  # "Saudi Arabia wants to produce 300,000 vehicles a year", "the government wants 300,000 cars"
            if self.ent_type[k] in ("COUNTRY", "REGION") and self.ent_iob[k] == "B":
                countries += 1
                if lower[k + 1] == "'s" or lower[k + 1] in TARGET_VERBS:
                    return True  # "Thailand's capacity", "Morocco aims for a capacity of"
        return False

    def _maker_capacity_in_country(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex plans to double its production capacity in Peru to 900,000 vehicles', 'will lift the automaker's
        capacity in the nation to half a million cars', 'raise its capacity in the country by 50,000 units - to 400,000':
        a maker's capacity over all its plants in a country ('its', 'their' or a maker's possessive before 'capacity', the
        country after 'in'), said up to twelve words before the figure with no plant noun between; not a sited
        plant's own (a plant the story places only in the country may take it: see _set_figure)."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 12) - 1, -1):
            if lower[k] in lx.PLANT_NOUNS or lower[k] in (";", "."):
                return False
            if lower[k] not in ("capacity", "capacities"):
                continue
            if lower[k + 1:k + 2] != ["in"] or not (lower[k + 2:k + 4] in (["the", "country"], ["the", "nation"])
                                                      or self.ent_type[k + 2] == "COUNTRY"):
                return False
            j = k - 1
            while j > sent.start and lower[j] in MAKER_CAPACITY_MODIFIERS:
                j -= 1  # "its total annual production capacity"
            if lower[j] in ("its", "their"):
                return True
            return lower[j] in ("'s", "’s") and j > sent.start and lower[j - 1] not in lx.PLANT_NOUNS  # (not "the plant's")
        return False

    def _in_the_country_after(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex's annual capacity of about 1 million cars in the country', '... of 400,000 units in Peru': the
        figure said of a whole country, right after it (past its counted noun)."""
        lower = self.index.lower
        k = q.end
        while k < sent.end and k < q.end + 3 and lower[k] in lx.VEHICLE_WORDS | {"a", "per", "year", "annually"}:
            k += 1
        if k + 2 >= sent.end or lower[k] != "in":
            return False
        return lower[k + 1:k + 3] in (["the", "country"], ["the", "nation"]) or self.ent_type[k + 1] == "COUNTRY"

    def _process_capacity(self, q: Span, sent: Sentence) -> bool:
        """'the overall painting capacity at the plant to 812,000 units', 'stamping capacity of 500,000 parts': the
        capacity of one shop or process (the word before 'capacity'), not the cars the plant can build."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 10) - 1, -1):
            if lower[k] in CAPACITY_NOUNS and lower[k] != "production":
                return k > sent.start and lower[k - 1] in PROCESS_WORDS
            if lower[k] in (".", ";"):
                return False
        return False

    def _relative_clause_opening(self, comma: int, sent: Sentence) -> int | None:
        """Token `comma` closes a non-restrictive clause ', which ... ,' / ', who ... ,' (up to 12 words): the
        index of its opening comma, else None."""
        lower = self.index.lower
        if lower[comma] != ",":
            return None
        for j in range(comma - 1, max(sent.start, comma - 13), -1):
            if lower[j] in (",", ";", ".", "and", "but"):
                return None
            if lower[j] in ("which", "who") and lower[j - 1] == "," and j - 1 >= sent.start:
                return j - 1
        return None

    def _country_makes(self, k: int, after: int) -> bool:
        """Token k ends a country's name that is the subject of a verb of making at `after` ('Slovakia makes almost
        a million cars a year', 'Thailand produces 1.9 million vehicles'): a nation's output; not 'the plant in
        Slovakia makes' (a place after a preposition)."""
        if self.ent_type[k] != "COUNTRY" or after >= len(self.index.lower) or self.index.lower[after] not in COUNTRY_OUTPUT_VERBS:
            return False
        j = k
        while j > 0 and self.ent_iob[j] == "I":
            j -= 1
        return not (j > 0 and (self.index.lower[j - 1] in LOCATION_PREPS or self.index.lower[j - 1] in ("from", "of", "'s", "’s")))

    def _counted_plants_only(self, sent: Sentence) -> bool:
        """'Zorvex is investing $1.6 billion to upgrade two of its manufacturing facilities in Ohio and Iowa': a sentence
        whose only plants are a plural counted by two or more (or 'both'), a few words before it, in two places or more,
        says the sum over them; not with one plant named too ('the plant, one of its two factories'), nor of plants at
        one site ('has three plants, all in Laem Chabang, and employs 7,000': the site's staff)."""
        lower = self.index.lower
        places = {e.text for e in self.ents.get(sent.start, []) if e.label_ == "PLACE"}
        if len(places) < 2:
            return False
        counted = False
        for k in range(sent.start, sent.end):
            if lower[k] not in lx.PLANT_NOUNS:
                continue
            if lower[k] not in PLANT_PLURALS or lower[k] == "works":
                return False  # one plant named: its figure
            if any(lower[j] in PLANT_COUNTS for j in range(max(sent.start, k - 5), k)) and "one" not in lower[max(sent.start, k - 5):k]:
                counted = True
            elif self._own_plants_in_places(k, sent):
                counted = True  # "is investing £189m at its plants in Luton and Ellesmere Port"
        return counted

    def _own_plants_in_places(self, noun: int, sent: Sentence) -> bool:
        """'its plants in Luton and Ellesmere Port', 'their assembly factories at Alton and Brierly': the plural plant
        noun at `noun`, owned ('its', 'their', up to two describing words between), right before 'in' or 'at' and a
        list of places closed by 'and': plants named in several places."""
        lower = self.index.lower
        j = noun - 1
        while j > sent.start and noun - j <= 2 and self.doc[j].is_alpha and self.doc[j].is_lower and lower[j] not in ("its", "their"):
            j -= 1
        if lower[j] not in ("its", "their") or lower[noun + 1:noun + 2] not in (["in"], ["at"]):
            return False
        k = noun + 2
        # (a list closed by 'and': not "its plants in Alliston, Ontario", a town and its province)
        while k < sent.end and self.ent_type[k] == "PLACE":
            while k < sent.end and self.ent_type[k] == "PLACE":
                k += 1
            if lower[k:k + 1] == ["and"]:
                return k + 1 < sent.end and self.ent_type[k + 1] == "PLACE"
            if lower[k:k + 1] != [","]:
                return False
            k += 1
        return False

    def _capacity_of_plants(self, noun: int, sent: Sentence) -> bool:
        """'brings the total capacity of locally established assembly plants to 90,000': the plural plant noun at `noun`
        is what 'capacity of' is said of, past up to four describing words: the plants' sum."""
        lower = self.index.lower
        for k in range(noun - 1, max(sent.start, noun - 6), -1):
            if lower[k] == "of" and lower[k - 1] in ("capacity", "capacities"):
                return True
            if not (self.doc[k].is_alpha and self.doc[k].is_lower) or lower[k] in ("the", "its", "their", "of"):
                return False
        return False

    def _several_plants(self, noun: int, sent: Sentence) -> bool:
        """The plural plant noun at `noun` counts several plants or other ones: 'two Zorvex Peru factories',
        'both plants', 'other Zorvex assembly facilities' (a number or such word up to five words before)."""
        lower = self.index.lower
        for k in range(noun - 1, max(sent.start, noun - 6) - 1, -1):
            if lower[k] in ("two", "both", "all", "other", "several", "three", "four", "five", "its", "their"):
                return lower[k] not in ("its", "their") or lower[k + 1] in ("two", "three", "four", "five", "other")
            if self.index.text[k].isdigit():
                return True
            if lower[k] == "and" and k == noun - 2 and k - 1 >= sent.start and self.doc[k - 1].is_alpha and self.doc[noun - 1].is_alpha:
                return True  # "the engine and gearbox plants", "its Oshawa and Ingersoll plants": two plants named
            if lower[k] in (",", "and", "of", "the", "at", "in", "to", "for"):
                return False
        return False

    def _national_goal(self, verb: int, sent: Sentence) -> bool:
        """The one who wants or aims is a country, its government or a ministry ('The ministry says it wants'), not a
        company or a plant."""
        lower = self.index.lower
        for j in range(verb - 1, max(sent.start, verb - 10) - 1, -1):
            if self.ent_type[j] == "COUNTRY" or lower[j] in GOVERNMENT_WORDS:
                return True
            if self.ent_type[j] in ("COMPANY", "PLACE") or lower[j] in lx.PLANT_NOUNS:
                return False
        return False

    def _region_holds_capacity(self, k: int) -> bool:
        """Token k is in a state, province, country or region that is the subject holding a capacity: followed by
        "'s" or by "has"/"have" (with "now", "already" or "together" between); not "a plant in Haryana has"."""
        if self.ent_type[k] not in ("PLACE", "COUNTRY", "REGION") or self.ent_iob[k] not in ("B", "I"):
            return False
        while k > 0 and self.ent_iob[k] == "I":
            k -= 1  # read from the name's first word
        end = k + 1
        while end < len(self.index.lower) and self.ent_iob[end] == "I":
            end += 1
        if self.ent_type[k] == "PLACE":
            place = self.gaz.places.get(self.index.text[k] if end == k + 1 else " ".join(self.index.text[k:end]))
            if place is None or place.kind != "state":
                return False
        if k > 0 and self.index.lower[k - 1] in LOCATION_PREPS:
            return False  # "the plant in Haryana has capacity for": the plant's own
        if k > 1 and self.index.lower[k - 1] == "," and self.ent_type[k - 2] == "PLACE":
            j = k - 2
            while j > 0 and self.ent_iob[j] == "I":
                j -= 1
            if j > 0 and self.index.lower[j - 1] in LOCATION_PREPS:
                return False  # "the plant in Tangier, Morocco has a capacity of": the country of the plant's town
        after = self.index.lower[end:end + 3]
        while after and after[0] in ("now", "already", "together", "currently"):
            after = after[1:]
        return bool(after) and (after[0] in ("'s", "’s") or after[0] in ("has", "have"))

    def _revision(self, plant: PlantFact, q: Span, sent: Sentence) -> str | None:
        """The field a later 'to N' figure revises: a figure set from an earlier sentence gives way to it."""
        field = {"CAPACITY": "capacity_per_year", "JOBS": "jobs", "SHIFTS": "shifts"}.get(q.label_)
        to = q.start - 1
        if (field == "jobs" and to > sent.start and self.index.lower[to] in ("some", "about", "around", "nearly", "roughly", "almost")
                and "from" in self.index.lower[max(sent.start, q.start - 8):to - 1]):
            to -= 1  # "the workforce will surge from 200 to some 900"
        if field is None or q.start == 0 or self.index.lower[to] != "to":
            return None
        if self._hedged_revision(sent):
            return None  # "an increase to 75,000 a year is under consideration": the figure stays as it was
        earlier = plant.evidence.get(field)
        if earlier is not None and field == "jobs" and self._up_to_a_ceiling(q, sent) and self._jobs_created_in(earlier.sentence):
            return None  # "will create 350 new jobs. ... an earlier upgrade, adding up to 200 new jobs": jobs said first stay
        if earlier is not None and earlier.start == self.index.token_chars[sent.start] and field == "jobs" and (
                "from" in self.index.lower[max(sent.start, q.start - 7):q.start - 1]):
            return field  # "the workforce will surge from 200 to some 900": the staff the change comes to
        return field if earlier is not None and earlier.start != self.index.token_chars[sent.start] else None

    @staticmethod
    def _jobs_created_in(sentence: str) -> bool:
        """The sentence counts jobs created ('plans to create up to 350 new jobs'), not a plant's staff ('employs 1,500')."""
        return bool(set(sentence.lower().replace(",", " ").split()) & JOB_CREATION_WORDS)

    def _up_to_a_ceiling(self, q: Span, sent: Sentence) -> bool:
        """'adding up to 200 new jobs', 'will hire up to 500 workers': 'up to' says at most, no change of an earlier
        figure of the same kind (unless a verb of raising governs it: 'will raise the workforce up to 3,000')."""
        lower = self.index.lower
        if q.start < 2 or lower[q.start - 2] != "up":
            return False
        return not any(lower[k] in RAISE_VERBS for k in range(max(sent.start, q.start - 8), q.start - 2))

    def _figure_of_many(self, q: Span, sent: Sentence) -> bool:
        """'the Government had signed 25 MoUs ..., with a total investment of Rs 46,091 crore, generating 2.22 lakh jobs',
        'The programme has generated 79,000 jobs': money or jobs of many projects, or of a scheme the sentence is about,
        not of one plant."""
        lower, text = self.index.lower, self.index.text
        for k in range(sent.start, q.start - 1):
            if text[k][:1].isdigit() and self.doc[k].like_num and any(
                    lower[j] in COUNTED_PROJECTS for j in range(k + 1, min(k + 3, q.start))):
                return True
            # "has signed four car assembly agreements with a total investment of over $5 billion"
            # (deals only: not "every job creates five jobs at suppliers")
            if lower[k] in GROUP_COUNT_WORDS and any(lower[j] in COUNTED_DEALS for j in range(k + 1, min(k + 5, q.start))):
                return True
            # "investments by two auto makers that will total close to $1-billion": the sum of several makers' plans
            if lower[k] in MAKER_COUNTS and any(lower[j] in lx.MAKER_PLURALS for j in range(k + 1, min(k + 3, q.start))):
                return True
        k = sent.start
        while k < q.start and lower[k] in ("the", "this", "that", "its", "their", "a"):
            k += 1
        first = k
        while k < q.start and k - first < 3 and lower[k] not in SCHEME_NOUNS and self.doc[k].is_alpha and not self.ent_type[k]:
            k += 1  # "The IMV programme", "The state's industrial policy"
        return k < q.start and lower[k] in SCHEME_NOUNS and lower[k + 1:k + 2] and lower[k + 1] in (
            "has", "have", "had", "will", "is", "was", "generated", "created", "generates", "creates", "would")

    def _plants_one_by_one(self, sent: Sentence) -> bool:
        """'two factories in the country: one in Tangiers with a capacity of 300,000 and one in Casablanca', 'three plants,
        each with a capacity of': the counted plants taken one at a time, each with its own figure."""
        lower = self.index.lower
        return "each" in lower[sent.start:sent.end] or any(
            lower[k] == "one" and lower[k + 1] in ("in", "at", "near") for k in range(sent.start, sent.end - 1))

    def _jobs_beside_money_drawn(self, q: Span, sent: Sentence) -> bool:
        """'five regions have attracted about 860 billion won in investment and created employment for 1,140 people':
        jobs joined by 'and' to money a place drew in from many investors (see _money_attracted) are that place's
        too, the sum of what those investors brought."""
        lower = self.index.lower
        for m in self.quantities.get(sent.start, []):
            if m.label_ != "MONEY" or m.end > q.start or not self._money_attracted(m, sent):
                continue
            between = lower[m.end:q.start]
            if "and" in between and not set(between) & {";", ".", "while", "but"}:
                return True
        return False

    def _model_line_capacity(self, q: Span, sent: Sentence) -> bool:
        """'will start production of the ES Hybrid in May, with annual capacity of 12,000 units', 'The RAV4 Hybrid
        production will begin ..., with an annual capacity of 100,000': the capacity of one model's production, named
        before the figure (not the plant's, that may be said later)."""
        lower = self.index.lower
        for k in range(sent.start, q.start):
            if lower[k] not in ("production", "output", "assembly"):
                continue
            j = k + 1
            if lower[j:j + 1] == ["of"]:
                j += 1
                while j < q.start and lower[j] in ("the", "a", "an", "its", "new", "all-new"):
                    j += 1
                if j < q.start and self.ent_type[j] in ("MODEL", "MODEL_AMBIG") and self.ent_iob[j] == "B":
                    return True
            elif k > sent.start and self.ent_type[k - 1] in ("MODEL", "MODEL_AMBIG"):
                return True
        return False

    def _hedged_revision(self, sent: Sentence) -> bool:
        """'a second phase with an increase to 75,000 vehicles is under consideration', 'could rise to 90,000 if
        approved': a change only weighed, which leaves the figure the plant has."""
        words = self._sent_words(sent)
        if words & (MAYBE_WORDS | PLANT_HEDGES | {"consideration", "considered", "proposed", "proposal"}):
            return True
        lower = self.index.lower
        return any(lower[k] == "if" and lower[k + 1] in ("approved", "confirmed", "demand", "needed", "necessary")
                   for k in range(sent.start, sent.end - 1))

    def _one_of_the_plants(self, q: Span) -> bool:
        """'... a capacity of 400,000 vehicles and one in Casablanca': 'one' before 'in' counts a plant, no capacity."""
        lower = self.index.lower
        return len(q) == 1 and lower[q.start] in ("one", "another") and lower[q.end:q.end + 1] in (["in"], ["at"], ["near"])
