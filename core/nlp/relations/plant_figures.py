"""A plant's figures: capacity, jobs, shifts, investment, area and start date, each set on the plant
(`_set_figure`) unless the sentence makes it someone else's: figures for the plant the text speaks of
(`_figures_for_known_plant`; not another maker's, nor a new plant of another company's), none from a question, a
misstatement, a plan given up, a condition or a ratio to one job, nor shifts only if needed; a later 'to N' figure
revising an earlier one, a model line's capacity giving way to the plant's, a sum that is another plant's, a bare
dollar in Canada or Australia. Whether a yearly figure is the plant's capacity is in plant_capacity.py, figures said of
several plants, makers or projects in plant_figure_totals.py, whether a sum is put into the plant in
plant_investment.py.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import Money, PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import APPROXIMATORS, IMPORT_CUES, MAYBE_WORDS, PLANT_HEDGES, RAISE_VERBS, VENTURE_NOUNS

# the most a single plant can build in a year (the largest complexes build some 1.5 million); more is a country's or a group's
MAX_PLANT_CAPACITY = 2_500_000
# the least a vehicle plant's yearly capacity can be (even small kit lines build hundreds): a smaller figure is no capacity
MIN_PLANT_CAPACITY = 100
PLANT_FIGURES = ("CAPACITY", "JOBS", "SHIFTS", "AREA")
# no plant is built or expanded for less than a million of any currency: smaller sums are prices, bonuses, share prices
MIN_PLANT_INVESTMENT = 1_000_000
MISSTATED_WORDS = frozenset(["misstated", "misreported", "incorrectly", "erroneously", "wrongly", "mistakenly"])
# "originally planned for a 90,000-unit capacity": a plan since changed
SUPERSEDED_PLAN_VERBS = frozenset(["planned", "intended", "envisaged", "envisioned", "projected", "slated", "scheduled", "aimed"])
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

# "will create 350 new jobs", "hiring 400 workers": jobs a plan adds, not a plant's staff
JOB_CREATION_WORDS = frozenset(["create", "creates", "created", "creating", "add", "adds", "added", "adding", "hire", "hires",
                                "hired", "hiring", "generate", "generates", "generating"])
# "the cost of one job", "every job at the plant creates five more": a ratio to a single job
JOB_RATIO_WORDS = frozenset(["one", "each", "every", "per"])
JOB_NOUNS = frozenset(["job", "workplace"])
SHORT_RATE_UNITS = frozenset(["day", "hour", "shift", "minute"])  # "1,000 vehicles per day": not a year's capacity
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
        carmaker's; so is any figure of a new plant such a sentence brings in."""
        if plant.company is None or not self._an_automaker(plant.company):
            return False
        if q.label_ != "MONEY" and not self._another_new_plant(sent):
            return False  # (a capacity or jobs only where those carmakers bring in a plant of their own: "BYD is also
            # building a plant at the former Ford site, with a capacity of 150,000 vehicles")
        companies = [e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"]
        # (carmakers only: a local assembler or a maker's unit named for the plant may be the investor's)
        return bool(companies) and all(self._an_automaker(c) and not self.gaz.same_group(c, plant.company) for c in companies)

    def _orphans_company_plant(self, sent: Sentence) -> PlantFact | None:
        """The one plant the story gives a company of the orphan's sentence (named there, or later: 'The BYD plant'),
        when that sentence brings in a new plant ('BYD is also building a plant at the former Ford site')."""
        if not self._another_new_plant(sent):
            return None
        companies = {e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"}
        plants = [p for p in self.plants if p.company in companies]
        return plants[0] if len(plants) == 1 else None

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

    def _earlier_version_said(self, sent: Sentence) -> bool:
        """'An earlier version of this story said ...', 'A previous version of this article incorrectly reported ...':
        a correction's account of what was wrong."""
        lower = self.index.lower[sent.start:min(sent.end, sent.start + 12)]
        k = next((j for j, w in enumerate(lower) if w == "version"), None)
        return (k is not None and k >= 1 and lower[k - 1] in ("earlier", "previous", "prior", "original")
                and lower[k + 1:k + 2] == ["of"] and any(w in ("said", "stated", "reported", "misstated", "gave") for w in lower[k:]))

    def _rate_closes_clause(self, q: Span, sent: Sentence) -> bool:
        """'200 units of the models A, B and C per day': 'per day' (a day, daily) further on in the clause of the figure."""
        lower = self.index.lower
        for k in range(q.end, min(sent.end - 1, q.end + 25)):
            if lower[k] in (";", ".", "while", "but") or lower[k] == "," and lower[k + 1] in ("while", "but", "and", "which"):
                return False
            if lower[k] in ("per", "a", "each", "every") and lower[k + 1] in SHORT_RATE_UNITS or lower[k] == "daily":
                return True
        return False

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
        # ("building a plant at the former Ford site": the place of the new plant, after it, is no plant of its own)
        nouns = [k for k in nouns if not (k > nouns[0] and any(lower[j] in ("at", "on", "in", "near") for j in range(max(sent.start, k - 4), k)))]
        return bool(nouns) and all(
            any(lower[j] in ("a", "an") for j in range(max(sent.start, k - 3), k))
            and not any(lower[j] in ("the", "its", "their", "this", "that") for j in range(max(sent.start, k - 3), k))
            for k in nouns)

    def _set_figure(self, plant: PlantFact, q: Span, sent: Sentence, confidence: float = 1.0) -> None:
        if self.index.sent_text(sent.start).endswith("?"):
            return  # "Will Bursa ever go back to three shifts?": a question asserts no figure
        if self.words & MISSTATED_WORDS and self.index.lower[q.start - 1] == "as":
            return  # "An earlier version misstated the capacity as 15,000 vehicles": a figure withdrawn
        if "version" in self.words and self._earlier_version_said(sent):
            return  # "An earlier version of this story said the plant employs 9,000 people": a figure withdrawn
        if "originally" in self.words and self._plan_given_up(q, sent):
            return  # "GM originally planned for a 100,000-unit capacity, but scaled back": a plan since changed
        value = q._.value
        if q.label_ == "CAPACITY" and self.index.lower[q.end:q.end + 1] in (["plants"], ["factories"], ["lines"], ["sites"]):
            return  # "capacity of the two plants in Mexico to 700,000 units": a count of plants, no capacity
        if q.label_ == "CAPACITY" and (self.index.lower[q.end:q.end + 1] == ["daily"] or self.index.lower[q.end:q.end + 2] and (
                self.index.lower[q.end] in ("per", "a", "an", "each", "every") and self.index.lower[q.end + 1:q.end + 2]
                and self.index.lower[q.end + 1] in SHORT_RATE_UNITS)):
            return  # "a capacity of 1,000 vehicles per day": a daily rate, no yearly capacity
        if q.label_ == "CAPACITY" and self.index.lower[q.end:q.end + 1] == ["of"] and self._rate_closes_clause(q, sent):
            return  # "can produce up to 200 units of the models X, Y and Z per day": a day's rate after the models
        rate_before = set(self.index.lower[max(sent.start, q.start - 5):q.start]) if q.label_ == "CAPACITY" else set()
        if rate_before & {"daily", "hourly", "weekly"}:
            return  # "raising daily production capacity to 2,000 vehicles": a day's rate too
        if "monthly" in rate_before and not {"annual", "yearly"} & rate_before:
            value = value * 12  # "a monthly capacity of 40,000 cars": as "40,000 cars a month" is read
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
        if q.label_ in ("CAPACITY", "JOBS", "MONEY") and self._counted_plants_as_subject(sent, q):
            return  # "The four plants employ about 24,000 people", "The three sites employ 4,700": their sum
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

    def _shifts_if_needed(self, q: Span, sent: Sentence) -> bool:
        """'We can go on three shifts if necessary', 'If demand grows, the plant could add a third shift': shifts a
        condition ('if', 'unless') and a modal of possibility ('can', 'could', 'may', 'might') put in the same sentence
        are what the plant might run, not what it runs (not 'The plant will run two shifts')."""
        lower = self.index.lower
        if not self.words & {"if", "unless"}:
            return False
        return any(lower[k] in ("can", "could", "may", "might") for k in range(max(sent.start, q.start - 6), q.start))

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
