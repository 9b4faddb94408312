"""What a count counts (QuantityFinder._counted): jobs, a plant's yearly capacity, units shipped or made, or nothing
to keep (a date's day, a population, people at an event), read off the noun after the figure (past model names, how
the vehicles were made, a vehicle's length) and the words before it.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import DocIndex
from core.nlp.normalise import NUMBER_WORDS, decimal_comma, dot_thousands
from core.nlp.quantity_cues import (
    _annual_output_before,
    _before_cell,
    _bracketed_acronym,
    _capable_of,
    _capacity_governs,
    _capacity_named_after,
    _capacity_range_end,
    _capacity_reaches,
    _current_output,
    _cut_after,
    _day_of_month,
    _direct_before_indirect,
    _doers_of_something_else,
    _employment_reaches,
    _employs_figure,
    _gathered,
    _in_supply_chain,
    _length_after_count,
    _no_plant_capacity,
    _number_of_staff,
    _past_output,
    _per_day,
    _per_year,
    _rate_restated,
    _staff_of_another_kind,
    _staff_range_end,
    _supplies_home,
    _to_be_made_yearly,
    _to_roll_off_yearly,
    _wheel_count,
    _will_be_able_to_make,
    _workforce_raised_to,
    _year_closes_phrase,
    _year_like,
)
from core.nlp.quantity_tokens import IOB_BEGIN, IOB_INSIDE, _restated, _Tokens
from core.nlp.quantity_words import (
    DISPLACEMENT_UNITS,
    MAKING_GERUNDS,
    MAKING_VERBS,
    MAX_SHIFTS,
    NOT_MADE_WORDS,
    PART_PRODUCTS,
    SCALE_TOKENS,
    WHEELER_NOUNS,
)

# "83 jobs a day", "60 jobs per hour": a rate of vehicles through a line, in the trade's word for them
RATE_PERIODS = (["a", "day"], ["per", "day"], ["each", "day"], ["an", "hour"], ["per", "hour"], ["a", "shift"], ["per", "shift"])
JOB_MOVE_WORDS = frozenset(["transferring", "transferred", "relocating", "relocated", "redeploying", "redeployed"])
# "30 showrooms staffed by 450 employees": the staff of shops, not of a plant
# (not "shops": "a new paint shop, and 800 people were hired" are the plant's)
NON_PLANT_WORKPLACES = frozenset(["outlets", "dealerships", "showrooms", "dealers"])
# "a population of some 40 million people": people counted as inhabitants, not staff
POPULATION_WORDS = frozenset(["population", "inhabitants", "residents", "citizens", "consumers"])
JOB_LOSS_WORDS = lx.JOB_CUT_WORDS | JOB_MOVE_WORDS
SENT_ABROAD_VERBS = frozenset(["exported", "export", "exports", "exporting", "sent", "dispatched"])  # "exported 150 workers to Japan"
# "its 850-strong workforce", "a 4,700-member workforce", "a 300-person team": a staff counted in a compound before it
STAFF_COMPOUNDS = frozenset(["strong", "member", "person", "people", "man", "employee"])
# people counted, staff in a sentence about work ("employs 150 individuals", "1,100 people were recruited")
PEOPLE_NOUNS = frozenset(["people", "persons", "individuals"])
STAFF_NOUNS = frozenset(["workforce", "staff", "team", "payroll"])
EMPLOY_VERBS = frozenset(["employs", "employ", "employed", "employing"])
KIT_ACRONYMS = frozenset(["ckd", "skd", "cbu", "mkd"])  # knocked-down kits and built-up units: how the units come
KIT_PACK_NOUNS = frozenset(["packs", "sets", "boxes"])  # "120 CKD packs", "500 SKD sets": knocked-down vehicles counted
# "the eventual production of 50,000 vehicles on two shifts annually": making named by its noun, right before the figure
MAKING_NOUNS_OF = (["production", "of"], ["assembly", "of"], ["manufacture", "of"], ["manufacturing", "of"])
# "eight models annually", "five new nameplates a year": a count of models (launched or built), never a capacity
MODEL_COUNT_NOUNS = frozenset("models model nameplates variants versions trims derivatives".split())
MAX_MODEL_COUNT = 100  # "50,000 models a year" is colloquial for cars; nobody builds a hundred models in one plant
RELATIVE_PRONOUNS = frozenset(["that", "which", "who", "whom", "whose", "where"])  # words opening a relative clause
QUOTE_MARKS = frozenset(["‘", "’", "“", "”", '"', "'"])  # "100 ‘Falcon’ buses": marks around a name after a figure
SHIPPING_OR_MAKING = lx.EXPORT_CUES | frozenset(
    "built builds build produced produces produce made makes assembled assembles sold delivered imported".split()
)
SHIPPING_VERBS = lx.EXPORT_CUES | frozenset(["send", "sends", "sent", "sending"])
SHIPPED_AUXILIARIES = frozenset(["will", "would", "are", "is", "to", "be", "being", "were", "was", "shall"])


class QuantityCountsMixin:
    """QuantityFinder's rules for a bare count (see this module's docstring)."""

    def _counted(self, tokens: _Tokens, index: DocIndex, start: int, end: int, value: float, qualifier: str) -> Span | None:
        """Jobs, capacity or shipped units: a count of something."""
        doc = tokens.doc
        figure = tokens.text[start]
        if end - start == 1 and "," in figure and decimal_comma(figure) is not None:
            return None  # "3,5 cars" counts nothing whole: a decimal comma needs a scale or a unit after it
        if end - start == 1 and "." in figure:
            value = dot_thousands(figure) or value  # "1.245 vehicles", "300.000 units": nobody counts fractions of cars
        sent_start, sent_end = index.sent_bounds(start)
        words = self._after_skipping_models(tokens, end, sent_end)  # token indices
        lower = [tokens.lower[k] for k in words]
        before = index.lower[max(sent_start, start - 5):start]
        if _day_of_month(tokens, start, sent_start, value):
            # "will begin producing the X on October 13, which will also generate new jobs": a date's day counts nothing
            return self._span(doc, start, end, "COUNT", value, "", qualifier)
        monthly_range = self._monthly_range_end(tokens, index, end, before)
        if monthly_range is not None:
            # "a capacity to roll out 600-800 vehicles each month": the first end of a range read as its second, a
            # month's capacity made yearly
            return self._span(doc, start, end, "CAPACITY", value * monthly_range, "units/year", qualifier)
        head, head_i = self._head_noun(tokens, words)
        if value >= 100 and _capacity_named_after(lower) and not _year_like(figure):
            # "the factory's initial 100,000 annual production capacity", "plants of 10 lakh capacity each", "a
            # 170,000-unit capacity": the figure names the capacity after it
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        if head not in lx.UNIT_WORDS and head not in lx.VEHICLE_WORDS and (self._model_after(tokens, end) or self._brand_plural(tokens, end)):
            if (_per_year(lower[:2]) and not (MAKING_VERBS.isdisjoint(before) and MAKING_GERUNDS.isdisjoint(before))
                    and NOT_MADE_WORDS.isdisjoint(before)):
                # "is capable of assembling 6,000 Xpanders a year": a model's cars a plant makes yearly, its capacity
                return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
            if _capacity_governs(index.lower[max(sent_start, start - 8):start]):
                # "had annual capacity to build 140,000 Zorvas": a capacity counted in one model's cars
                return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
            return self._span(doc, start, end, "UNITS", value, "units", qualifier)  # "2,900 e Vitaras", "41,000 Indian-built Toyotas"
        # "cut 2,300 jobs", "reduce the workforce through 1,400 exits", "transferring 600 workers to other plants"
        cut = bool(JOB_LOSS_WORDS.intersection(before[-5:]))
        working_places = head == "places" and "working" in lower[:head_i]  # "1,000 new working places"
        # "1,500 direct employment opportunities"
        working_places = working_places or head == "opportunities" and head_i > 0 and lower[head_i - 1] in ("employment", "job")
        # "the 2,000 team members at the plant", "to hire another 400 team members": a maker's word for its staff
        working_places = working_places or head == "members" and head_i > 0 and lower[head_i - 1] == "team"
        if head in PEOPLE_NOUNS and not POPULATION_WORDS.isdisjoint(before):
            return self._span(doc, start, end, "COUNT", value, "", qualifier)  # "a population of 40 million people"
        if head == "job" and value < 2 or head == "positions" and "top" in before:
            # "One job at the plant creates five in related industries", "the top six sales positions": no staff counted
            return self._span(doc, start, end, "COUNT", value, "", qualifier)
        # "the factory's 2,300 loyal and able people": people a plant has are its staff
        plant_people = head in PEOPLE_NOUNS and len(before) >= 2 and before[-1] in ("'s", "’s") and before[-2] in lx.PLANT_NOUNS
        if _direct_before_indirect(tokens, words):
            # "create 3,500 direct and 20,000 indirect jobs": the first figure counts the plant's own jobs
            return self._span(doc, start, words[0] + 1, "JOBS", value, "jobs", qualifier)
        if (other := _staff_of_another_kind(tokens, words)) is not None:
            # "employs about 4,000 hourly and 330 salaried employees": the staff is both kinds together
            return self._span(doc, start, words[4] + 1, "JOBS", value + other, "jobs", qualifier)
        # "will provide employment for about 1,000 Nigerians", "will keep 2,000 Mexicans at work": a nation's people, as staff
        nationals = head_i == 0 and value < 100_000 and self._nationals(tokens.text[words[0]]) and POPULATION_WORDS.isdisjoint(before)
        if head in lx.JOB_WORDS or working_places or plant_people or (head in PEOPLE_NOUNS or nationals) and not lx.JOB_PEOPLE_CUES.isdisjoint(index.lower[sent_start:sent_end]):
            # "10,000 indirect jobs", "four jobs at suppliers": work the plant brings elsewhere, not its own staff
            # ("10,600 jobs indirectly": the adverb after the noun too)
            elsewhere = "indirect" in lower[:head_i] and "direct" not in lower[:head_i] or lower[head_i + 1:head_i + 2] == ["indirectly"] \
                or lower[head_i + 1:head_i + 3] in (["at", "suppliers"], ["at", "supplier"]) \
                or _in_supply_chain(lower[head_i + 1:head_i + 6])
            # "30 showrooms staffed by 450 employees": the staff of shops, not the plant's
            elsewhere = elsewhere or not NON_PLANT_WORKPLACES.isdisjoint(before)
            # "the automaker directly or indirectly supports the employment of nearly 30,000 jobs": a count with the work
            # it brings elsewhere, said before the figure
            elsewhere = elsewhere or "indirectly" in index.lower[max(sent_start, start - 9):start]
            if (_doers_of_something_else(lower[head_i + 1:head_i + 5]) or before[-1:] and before[-1] in SENT_ABROAD_VERBS
                    # "capped at 83 jobs a day": a line's jargon for vehicles built in a day, no staff
                    or head in ("jobs", "job") and lower[head_i + 1:head_i + 3] in RATE_PERIODS
                    or head in PEOPLE_NOUNS and _gathered(lower[head_i + 1:head_i + 5])):
                # "has also exported 150 workers to Japan": people sent abroad, no staff of a plant
                return self._span(doc, start, end, "COUNT", value, "", qualifier)
            # not "about 950 of its roughly 4,300 jobs will be shed": the whole the cut is taken from
            cut = cut or "of" not in before[-3:] and _cut_after(lower[head_i + 1:head_i + 8])
            # "a move that would have cost 65,000 jobs": jobs a move costs are lost (not "at a cost of $1bn, adding 500 jobs")
            cut = cut or bool(set(before[-2:]) & {"cost", "costs", "costing"})
            label_qualifier = "cut" if cut else ("indirect" if elsewhere else qualifier)
            return self._span(doc, start, words[head_i] + 1, "JOBS", value, "jobs", label_qualifier)
        if before[-2:-1] and before[-1] == "to" and before[-2] in lx.SHIFT_WORDS and value <= MAX_SHIFTS:
            # "from two shifts to one"; not "from 25,000 cars in one shift to 40,000 in two"
            return self._span(doc, start, end, "SHIFTS", value, "shifts", qualifier)
        # "Headcount at 31 December 2024: 3,900": a data sheet's label, dated; the day of the date counts nobody
        # ("Number of employees: | Approx. 3,600": past a table's cell mark and a hedge after the label's colon)
        label = _before_cell(before)
        labelled = label[-1:] == [":"] and index.lower[sent_start] in lx.HEADCOUNT_LABELS
        if lower[:1] == ["-"] and lower[1:2] and lower[1] in STAFF_COMPOUNDS and lower[2:3] and (lower[2] in STAFF_NOUNS or lower[2] in lx.JOB_WORDS):
            return self._span(doc, start, words[2] + 1, "JOBS", value, "jobs", qualifier)  # "its 850-strong workforce"
        if (lower[:1] == ["-"] and lower[1:2] and lower[1] in STAFF_COMPOUNDS | {"worker"}
                and set(lower[2:5]) & lx.PLANT_NOUNS and not set(lower[2:5]) & {"plants", "factories", "sites", "facilities"}):
            # "the 2,300-worker Iveco plant in Brescia", "a 1,200-employee factory": the staff of the plant named
            return self._span(doc, start, words[1] + 1, "JOBS", value, "jobs", qualifier)
        if before[-2:] == ["team", "of"] and not EMPLOY_VERBS.isdisjoint(before):
            return self._span(doc, start, end, "JOBS", value, "jobs", qualifier)  # "employs a team of 8,000"
        # (the word right after the figure, unless another figure follows it: "employs 300 and 400 robots")
        next_word = tokens.lower[end] if end + 1 < tokens.n and not tokens.doc[end + 1].like_num else ""
        if _employs_figure(before, lower, next_word):
            return self._span(doc, start, end, "JOBS", value, "jobs", qualifier)  # "employs about 2,000 at the site"
        # (the month read right after the figure too: a model named like a month, "March", is skipped in `lower`)
        dated = lower and lower[0] in lx.MONTHS or end < tokens.n and tokens.lower[end] in lx.MONTHS
        if (({"workforce", "headcount"} & set(before) and not dated) or _number_of_staff(index.lower[max(sent_start, start - 12):start])
                or _employment_reaches(before) and not dated
                or _workforce_raised_to(index.lower[max(sent_start, start - 12):start])
                or _staff_range_end(index.lower[max(sent_start, start - 14):start])
                or label[-1:] == [":"] and len(label) > 1 and label[-2] in lx.JOB_WORDS or labelled):
            # "the workforce of 3,000", "Jobs: 4,300"
            return self._span(doc, start, end, "JOBS", value, "jobs", "cut" if cut else qualifier)
        annual = _per_year(lower[head_i + 1:head_i + 3] if head_i >= 0 else lower[:2]) or bool(lx.ANNUAL_WORDS & set(before))
        # "an initial production run of 100,000 a year": no counted noun, the year right after the figure
        annual = annual or (head not in lx.UNIT_WORDS and head not in lx.VEHICLE_WORDS and head not in lx.JOB_WORDS and _per_year(lower[:2]))
        # "designed to assemble about 50,000 electric cars from the brand per year": the year after a short phrase
        annual = annual or (head_i >= 0 and (head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS)
                            and not (MAKING_VERBS.isdisjoint(before) and MAKING_GERUNDS.isdisjoint(before)
                                     and before[-2:] not in MAKING_NOUNS_OF)
                            and _year_closes_phrase(lower[head_i + 1:head_i + 9]))
        # "170,000 vehicles will be produced each year": what the plant is to make, said in the passive after the figure;
        # "up to 60,000 units will roll off the assembly line annually"
        annual = annual or (head_i >= 0 and (head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS) and (
            _to_be_made_yearly(lower[head_i + 1:head_i + 11]) or _to_roll_off_yearly(lower[head_i + 1:head_i + 11])))
        # "can build around 150,000 a year": no counted noun, the period right after the figure and a verb of making
        # before it (not "double car production to 3 million a year", a country's output); "the factory is capable of
        # up to 35,000 annually": what it can make, the verb of making left unsaid
        bare_annual = (head not in lx.UNIT_WORDS and head not in lx.VEHICLE_WORDS and _per_year(lower[:2])
                       and (bool(set(before) & MAKING_VERBS) or _capable_of(before) or _rate_restated(index.lower[max(sent_start, start - 12):start])))
        # "a 300,000-unit plant", "a 150,000 unit-a-year factory"
        hyphen_unit = lower[:2] in (["-", "unit"], ["-", "units"], ["-", "vehicle"]) or lower[:1] == ["unit"] and "-" in lower[1:2]
        if hyphen_unit and (set(lower[2:6]) & lx.PLANT_NOUNS or "year" in lower[2:6]):
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        # ("a capacity of about 200 units monthly": the adverb after the counted noun too)
        monthly = (tuple(lower[head_i + 1:head_i + 3]) in lx.PER_MONTH or lower[head_i + 1:head_i + 2] == ["monthly"]) if head_i >= 0 else False
        # "The works produced 900 cars a day and 22,000 cars every month": output made, not what it can make
        clause_before = index.lower[max(sent_start, start - 10):start]
        made = _past_output(clause_before) or _current_output(clause_before)
        if monthly and (head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS) and not made:
            # "can produce 2,000 units a month": capacity is stated per year
            return self._span(doc, start, min(len(doc), words[head_i] + 3), "CAPACITY", value * 12, "units/year", qualifier)
        if head_i >= 0 and (head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS) and _per_day(lower[head_i + 1:]):
            # "up to 160 vehicles - including cars and buses - per day": a daily rate, no yearly capacity (working days vary)
            return self._span(doc, start, end, "COUNT", value, "", qualifier)
        if head_i >= 0 and head in MODEL_COUNT_NOUNS and value < MAX_MODEL_COUNT:
            return self._span(doc, start, end, "COUNT", value, "", qualifier)  # "eight models annually": no capacity
        if head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS:
            # "double the annual capacity of its plant to 300,000 vehicles": capacity named earlier in the clause
            # "... from 300,000 to 500,000 vehicles": a change of the figure named before the range, further back
            ranged = start - 3 >= sent_start and index.lower[start - 1] == "to" and index.lower[start - 3] == "from"
            # "capacity of the new line is 10 man-dai (100,000 units)": a figure restated in brackets, further back
            restated = start > sent_start and index.lower[start - 1] == "("
            clause = index.lower[max(sent_start, start - (18 if ranged or restated else 10)):start]
            # "ship 9,000 pickups a year": a yearly export volume, not what the plant can make
            # "sends 18,000 of them a year to Canada" too
            shipped = bool(set(before) & SHIPPING_VERBS) and "capacity" not in clause and not _supplies_home(clause)
            # "under which 2,000 cars a year will be supplied": the verb of shipping after the yearly figure, passive
            later = lower[head_i + 3:head_i + 7] if head_i >= 0 and annual else []
            verb = next((w for w in later if w not in SHIPPED_AUXILIARIES), None)
            shipped = shipped or bool(later) and later[0] in SHIPPED_AUXILIARIES and verb in lx.EXPORT_CUES and verb.endswith("ed")
            # "the plant could produce up to 50,000 units at full capacity": what it can make, said after the figure
            at_full = head_i >= 0 and lower[head_i + 1:head_i + 4] == ["at", "full", "capacity"] and not shipped
            if annual and made and not shipped and "capacity" not in clause and not at_full:
                # "the factory, which once built nearly 500,000 vehicles a year", "which made approximately 20,000 cars per
                # year": what it made in the past, no capacity
                return self._span(doc, start, end, "COUNT", value, "", qualifier)
            # "we will be able to produce 350,000 units here in the mid-term": what the plant will be able to make
            able = not shipped and not made and _will_be_able_to_make(clause_before)
            # "The annual output from the plant is set to rise to 270,000 units", "annual production of which will total
            # up to 280,000 units": the yearly output named as the subject further back
            annual = annual or _annual_output_before(index.lower[max(sent_start, start - 14):start])
            # "its Shanghai plant added 240,000 units of production capacity": units of capacity, named after them
            of_capacity = head_i >= 0 and lower[head_i + 1:head_i + 2] == ["of"] and _capacity_named_after(lower[head_i + 2:head_i + 6])
            label = "CAPACITY" if (annual and not shipped) or "capacity" in clause or at_full or able or of_capacity else "UNITS"
            stop = words[head_i] + 1
            if head_i >= 0 and _per_year(lower[head_i + 1:head_i + 3]):
                stop = min(len(doc), stop + 2)  # "... vehicles a year"
            return self._span(doc, start, stop, label, value, "units/year" if label == "CAPACITY" else "units", qualifier)
        if (("capacity" in before or _capacity_reaches(index.lower[max(sent_start, start - 9):start])) and lower[:1] != ["%"]
                and not _no_plant_capacity(before, head)):
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        if ((annual and set(before) & lx.CAPACITY_CUES or bare_annual) and not set(before) & NOT_MADE_WORDS  # not "builds X, and sold 50,000 a year"
                and head not in PART_PRODUCTS):  # not "each year make some 640,000 engines"
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        if before[-1:] == ["to"] and _capacity_range_end(index.lower[max(sent_start, start - 18):start - 1]):
            # "expanded annual production capacity from 800,000 units in 2000 to 1.71 million in 2014"
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        return self._span(doc, start, end, "COUNT", value, "", qualifier)  # a bare figure; relations may use it

    def _monthly_range_end(self, tokens: _Tokens, index: DocIndex, end: int, before: list[str]) -> float | None:
        """The figure ending at `end` opens a range ('600-800 vehicles each month', '600 to 800 units a month', not
        'from 600 to 800', a change) whose second end, one figure in digits, reads as a monthly capacity: the factor
        (12) that made it yearly, else None."""
        second = end + 1
        if second >= tokens.n or tokens.lower[end] not in ("-", "\u2013", "to") or before[-1:] == ["from"]:
            return None
        if not tokens.text[second][:1].isdigit() or second + 1 < tokens.n and tokens.lower[second + 1] in SCALE_TOKENS:
            return None
        raw = self._value(tokens, second, second + 1)[0]
        reading = self._typed(tokens, index, second, second + 1)
        if not raw or reading is None or reading.label_ != "CAPACITY" or reading._.value == raw:
            return None
        return reading._.value / raw

    def _nationals(self, word: str) -> bool:
        """'Nigerians', 'Mexicans': the plural of a nation's demonym, people of that nation."""
        return word.istitle() and word.endswith("s") and word[:-1] in self.gaz.demonyms

    @staticmethod
    def _head_noun(tokens: _Tokens, words: list[int]) -> tuple[str, int]:
        """The counted noun, past lowercase modifiers: '3,000 completely built-up vehicles', '10,000 direct and indirect jobs'."""
        lowers = tokens.lower
        listed = False  # past a comma between modifiers, which makes the phrase longer
        for i, k in enumerate(words[:12]):
            if i >= 8 and not listed:
                break
            word = lowers[k]
            if word in lx.UNIT_WORDS or word in lx.VEHICLE_WORDS or word in lx.JOB_WORDS or word == "people":
                return word, i
            if word in KIT_PACK_NOUNS and i > 0 and lowers[words[i - 1]] in KIT_ACRONYMS:
                return "kits", i  # "the first 120 CKD packs of the Saga": knocked-down vehicles, packed (counted as kits)
            if _wheel_count(lowers, k):  # "5,500 three-wheelers", "900 two- and three-wheelers": the noun after the number
                return "wheelers", next((j for j in range(i, len(words)) if lowers[words[j]] in WHEELER_NOUNS), i)
            if word == "-" and 0 < i < len(words) - 1 and lowers[words[i - 1]] + lowers[words[i + 1]] in lx.VEHICLE_WORDS:
                return lowers[words[i - 1]] + lowers[words[i + 1]], i + 1  # "70,000 pick-ups per year", "300 mini-buses"
            if word == "places" and i > 0 and lowers[words[i - 1]] == "working":  # "1,000 new working places"
                return word, i
            if word == "opportunities" and i > 0 and lowers[words[i - 1]] in ("employment", "job"):
                return word, i
            if word == "members" and i > 0 and lowers[words[i - 1]] == "team":  # "2,000 team members": staff
                return word, i
            # lowercase modifiers, or a name or two ("200 Carrier buses", "2,000 Hyundai employees")
            text = tokens.text[k]  # Token.is_lower, .is_alpha, .is_title are these str tests
            # (a hyphen between lowercase words too: "1,500 high-paying jobs", "2,000 locally-made cars")
            modifier = text.islower() and text.isalpha() or text == "-" and i > 0 or text.istitle() and text.isalpha() and i < 2
            # "50,000 completely knocked down (CKD) units", "90,000 CKD units"
            modifier = modifier or _bracketed_acronym(tokens.text, k) or word in KIT_ACRONYMS
            # "1,118 full-time, well-paying jobs", "2,000 new, skilled jobs": a comma between two lowercase modifiers (not
            # after a plural, nor before 'and': "300 dealers, and jobs ...", "cars, vans and jobs" list things)
            if (text == "," and not listed and 0 < i < len(words) - 1 and tokens.text[words[i - 1]].islower()
                    and not tokens.text[words[i - 1]].endswith("s") and tokens.text[words[i + 1]].islower()
                    and tokens.text[words[i + 1]].isalpha() and lowers[words[i + 1]] not in ("and", "or")):
                modifier = listed = True
            # another number is not a modifier: "in 1403, three thousand units" counts the second figure only
            # "80 different countries that import vehicles": a relative clause ends the noun phrase; what it names is
            # no noun the figure counts
            if not modifier or word in ("of", "per", "a", "to", "in") or word in RELATIVE_PRONOUNS or word in NUMBER_WORDS and tokens.like_num[k]:
                break
        first = lowers[words[0]] if words else ""
        return first, 0 if words else -1

    def _model_after(self, tokens: _Tokens, end: int) -> bool:
        """A model right after the number counts vehicles: '100,000 Corollas', 'shipped 42,000 Hilux'."""
        n, ent_type, ent_iob, lower = tokens.n, tokens.ent_type, tokens.ent_iob, tokens.lower
        k = self._past_made_in(tokens, end)
        while k < n and ent_type[k] == self.company_type:
            k += 1
        if k >= n or ent_type[k] not in self.model_types or ent_iob[k] != IOB_BEGIN:
            return False
        last = k
        while last + 1 < n and ent_iob[last + 1] == IOB_INSIDE:
            last += 1
        if tokens.text[last].endswith("s") and not tokens.text[last].endswith("ss"):
            return True
        k = end - 1  # "shipped 42,000 Hilux to Brazil": a count of a model after a verb of making or shipping
        while k > 0 and lower[k - 1] in ("about", "around", "some", "nearly", "almost", "over", "roughly", "than", "more"):
            k -= 1  # "shipped about 42,000 Hilux"
        for _ in range(2):  # "shipped its first 60 Hilux", "delivered the first 150 Ativa"
            if k > 1 and lower[k - 1] in ("first", "initial", "its", "their", "the"):
                k -= 1
        if k > 1 and lower[k - 1] in ("off", "out") and lower[k - 2] in SHIPPING_OR_MAKING:
            k -= 1  # "by shipping off six Pony compacts to Ecuador": the verb's particle
        if k > 1 and lower[k - 1] in ("of", "for") and lower[k - 2] in lx.CONSIGNMENT_NOUNS:
            return True  # "a first batch of 400 Tiggo 4", "an order for 250 Hilux": a count of the model's cars
        return k > 0 and lower[k - 1] in SHIPPING_OR_MAKING

    def _brand_plural(self, tokens: _Tokens, end: int) -> bool:
        """'41,000 Toyotas', '3,000 locally built Hyundais': a maker's name in the plural counts its cars."""
        k = self._past_made_in(tokens, end)
        if k >= tokens.n:
            return False
        text = tokens.text[k]
        return len(text) > 3 and text.endswith("s") and text[0].isupper() and bool(self.gaz.company(text[:-1]))

    @staticmethod
    def _past_made_in(tokens: _Tokens, k: int) -> int:
        """The token after how vehicles were made: '18,000 [South African-built] Hilux', '2,500 [fully built] cars'."""
        n, lower = tokens.n, tokens.lower
        if _restated(tokens, k):
            k += 3  # "eighteen thousand one hundred (18,100) Onix cars": past the digits restating the words
        if k + 1 < n and lower[k] in lx.MADE_ADVERBS and lower[k + 1] in lx.MADE_PARTICIPLES:
            return k + 2
        # "1,500 right-hand-drive S07s", "800 battery-electric Ioniq 5s": a hyphened compound of lower-case words
        j = k
        while j + 2 < n and tokens.text[j].isalpha() and tokens.text[j].islower() and tokens.text[j + 1] == "-" \
                and tokens.text[j + 2].isalpha() and tokens.text[j + 2].islower() and j - k < 6:
            j += 2
        if j > k and tokens.doc[j - 1].whitespace_ == "" and j + 1 < n and tokens.ent_iob[j + 1] == IOB_BEGIN:
            return j + 1
        j = k
        while j < n and j - k < 4 and (j == k or tokens.ent_iob[j] == IOB_INSIDE):
            j += 1  # one word, or the words of one entity ("South African")
        if j + 1 < n and tokens.text[j] == "-" and lower[j + 1] in lx.MADE_PARTICIPLES:
            return j + 2
        return k

    def _after_skipping_models(self, tokens: _Tokens, end: int, sent_end: int) -> list[int]:
        """Indices of the words after a number, skipping model names between it and the noun ("2,000 Sandero and Logan units")."""
        out: list[int] = []
        i = self._past_made_in(tokens, _length_after_count(tokens, end))
        while i < sent_end and len(out) < 12:
            if tokens.ent_type[i] in self.entity_types:
                i += 1
                continue
            if tokens.lower[i] in (",", "and", "or", "/") and out == []:
                i += 1
                continue
            if tokens.lower[i] in QUOTE_MARKS and out == [] and (i > end or i + 1 < sent_end and tokens.ent_type[i + 1] in self.entity_types):
                i += 1  # "100 ‘Falcon’ buses": the quote marks around a model's name
                continue
            if out == [] and i + 1 < sent_end and tokens.text[i][:1].isdigit() and tokens.lower[i + 1] in DISPLACEMENT_UNITS:
                i += 2  # "4,000 125cc motorcycles": the engine's size between the count and its noun
                continue
            out.append(i)
            i += 1
        return out
