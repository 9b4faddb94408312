"""Whether a yearly figure is the plant's capacity: not a country's, a region's, an industry's or a maker's
output over its plants ("Slovakia makes almost a million cars a year", "Haryana now has capacity for 2.6 million",
"Toyota's overall capacity", "its production capacity in Peru"), a national goal, one shop's or process's capacity
("painting capacity"), the capacity before a rise or what a rise adds, one year's output or output hoped for, vehicles
shipped or a market's size, nor 'one' counting a plant.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    APPROXIMATORS,
    BUILD_VERBS,
    GOVERNMENT_WORDS,
    LOCATION_PREPS,
    PLANT_PLURALS,
    PLANT_RANKS,
    RAISE_VERBS,
    RANKS,
    SHIPPING_VERBS,
)

TARGET_VERBS = frozenset(["aims", "aimed", "targets", "targeted", "wants", "hopes", "seeks", "envisages"])
# "combined capacity near 1.2 million units", "a national production capacity of one million vehicles": a sum over plants
AGGREGATE_WORDS = frozenset(["combined", "together", "national", "nationwide", "country's", "continent's", "region's",
                             "industry's", "sector's", "collectively", "aggregate", "countrywide"])
# "boosting Toyota's overall capacity to 180,000 units": a company's total over its plants, not the new plant's
COMPANY_TOTAL_WORDS = frozenset(["overall", "total", "global", "worldwide", "company-wide", "group-wide"])
# "painting capacity", "stamping capacity": one shop's or process's, not the plant's vehicles
PROCESS_WORDS = frozenset(["painting", "paint", "stamping", "pressing", "press", "welding", "casting", "foundry", "machining",
                           "engine", "battery", "gearbox", "transmission", "moulding", "molding", "coating"])
# "Slovakia makes almost a million cars a year": a country as the subject of these is its industry's output
COUNTRY_OUTPUT_VERBS = frozenset(["makes", "produces", "builds", "manufactures", "assembles", "made", "produced", "built",
                                  "manufactured", "assembled", "churns", "churned", "turns", "turned"])
PLAN_NOUNS = frozenset(["plan", "plans", "goal", "goals", "strategy", "roadmap", "programme", "program", "policy", "vision"])
# "its total annual production capacity in the country": words between a maker's possessive and 'capacity'
MAKER_CAPACITY_MODIFIERS = frozenset(["production", "manufacturing", "assembly", "annual", "yearly", "total", "overall", "installed",
                                      "vehicle", "car", "auto", "output"])
# words that make a yearly figure a plant's capacity whatever else the sentence says
CAPACITY_NOUNS = frozenset("capacity capacities output production".split())
# "has projected an annual output of 2 million units", "hopes to lift its annual output to 190,000": output hoped for
GOAL_WORDS = frozenset(["hopes", "hoping", "projected", "projects", "projecting", "projection", "projections"])
# "to build an additional 40,000 vehicles a year": what an upgrade adds to a plant, not the plant's capacity
INCREMENT_WORDS = frozenset(["additional", "extra"])
# "capacity will fall by 734,000", "was raised by 50,000": verbs whose 'by' gives a change of capacity
CHANGE_VERBS = frozenset(["fall", "falls", "fell", "drop", "drops", "dropped", "rise", "rises", "rose", "grow", "grows", "grew",
                          "increase", "increases", "increased", "decrease", "decreases", "decreased", "raised", "cut",
                          "reduced", "lowered", "shrink", "shrinks", "expand", "expanded", "boosted", "lifted", "decline"])
# "total Kenyan vehicle production", "Thai auto output": words that may stand between a country and its output
INDUSTRY_OUTPUT_WORDS = lx.VEHICLE_WORDS | frozenset(["auto", "automobile", "automotive", "motor", "car", "annual", "total"])
SALE_VERBS = frozenset(["sell", "sells", "sold", "selling"])


class PlantCapacityMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _our_planned_capacity(self, k: int, sent: Sentence) -> bool:
        """'we plan to invest further and increase our annual production capacity to 4 million units': a quoted
        maker's own capacity (its plants together) that it plans, 'our' a few modifiers before 'capacity', no plant
        named between ('our plant's capacity' is the plant's)."""
        lower = self.index.lower
        window = lower[max(sent.start, k - 3):k]
        if "our" not in window or not lx.PLANT_NOUNS.isdisjoint(window[window.index("our"):]):
            return False
        return bool(set(lower[sent.start:k]) & (TARGET_VERBS | {"aim", "plan", "plans", "planning"}))

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
        """'the upgrades will allow the site to build an additional 40,000 vehicles annually', 'capacity will fall by
        734,000 vehicles': a yearly figure called additional or extra, or by which capacity changes, is what an existing
        plant gains or loses, not its capacity (a new plant's 'extra 100,000 units' is all it has)."""
        lower = self.index.lower
        before = lower[max(sent.start, q.start - 3):q.start]
        if q.start - 2 >= sent.start and lower[q.start - 1] == "by" and lower[q.start - 2] in CHANGE_VERBS:
            return True  # "Production capacity at Wolfsburg will fall by 734,000 vehicles": the change, not the capacity
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

    def _one_of_the_plants(self, q: Span) -> bool:
        """'... a capacity of 400,000 vehicles and one in Casablanca': 'one' before 'in' counts a plant, no capacity."""
        lower = self.index.lower
        return len(q) == 1 and lower[q.start] in ("one", "another") and lower[q.end:q.end + 1] in (["in"], ["at"], ["near"])
