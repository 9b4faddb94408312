"""Tests of the words around a figure that say what it counts: a plant's capacity ("capacity to build 140,000",
"a 170,000-unit capacity"), its staff ("employs about 2,000", "the workforce will grow to 1,500"), output made or to be
made yearly ("will roll off the line annually"), jobs cut or elsewhere, and figures that count no vehicles or staff
(a day of a month, litres of fuel, a range of engines, people at a rally).
"""
from __future__ import annotations

import re

from core.nlp import lexicon as lx
from core.nlp.normalise import parse_digits
from core.nlp.quantity_tokens import _Tokens
from core.nlp.quantity_words import MAKING_GERUNDS, MAKING_VERBS, NOT_MADE_WORDS, PART_PRODUCTS, WHEELER_NOUNS

# "120 12m buses", "50 12-metre coaches": a vehicle's length after the count of vehicles, no figure of its own
LENGTH_UNITS = frozenset(["m", "metre", "meter", "metres", "meters"])

# a bare figure after "capacity" that counts no vehicles: time, shares and measures ("capacity over the past three years")
NOT_CAPACITY_HEADS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "percent",
                                "kilograms", "kg", "pounds", "lb", "lbs", "tonnes", "tons", "litres", "liters", "kwh", "kw", "hp",
                                "passengers", "occupants", "seats"])
# "towing capacity", "seating capacity": what one vehicle holds or pulls, not what a plant makes
VEHICLE_CAPACITIES = frozenset(["towing", "tow", "seating", "payload", "load", "cargo", "luggage", "boot", "battery", "tank", "fuel"])
# "two-wheelers", "three wheelers", "2-wheelers": the number names the kind of vehicle, it counts nothing
WHEEL_COUNTS = frozenset(["two", "three", "four", "2", "3", "4"])
# "340,000 vehicles and V-6 engines per year": what a plant makes beside its vehicles, named before the year
JOINED_PRODUCTS = PART_PRODUCTS - {"engine", "components", "parts"} | frozenset(["motorbikes", "motorcycles"])
# "The works produced 22,000 cars every month": what was made, past tense, is output, not what the plant can make
PAST_MAKING_VERBS = frozenset(["produced", "built", "made", "assembled", "manufactured", "rolled"])
MODAL_WORDS = frozenset(["can", "could", "will", "would", "be", "able", "capable", "designed"])
# "5,600 jobs will be eliminated", "1,200 positions are to be axed": the loss said after the figure, in the passive
JOB_CUT_PARTICIPLES = frozenset(["cut", "eliminated", "axed", "shed", "slashed", "lost", "scrapped", "abolished", "culled"])
PASSIVE_GLUE = frozenset(["will", "would", "could", "may", "might", "are", "is", "were", "was", "be", "been", "being", "to",
                          "have", "has", "had", "set", "due", "likely", "at", "least", "temporarily", "permanently", "also",
                          "eventually", "initially", "gradually", "now", "reportedly"])
# "the number of jobs at the industrial park", "workers in the sector": the staff of many employers, no plant's
PLACE_OF_MANY_WORDS = frozenset(["park", "parks", "zone", "zones", "estate", "cluster", "industry", "sector", "region", "city",
                                 "province", "state", "country", "hub", "corridor", "economy", "area"])
# "employment will double from 3,900 to 7,000", "the workforce will surge from 200 to 900": staff counted
STAFF_COUNT_WORDS = frozenset(["employment", "workforce", "headcount", "staff", "employees", "workers", "personnel", "jobs"])
STAFF_PARTICIPLES = frozenset(["employed", "hired", "recruited", "joined", "trained", "worked", "based", "stationed", "retained",
                               "assembled", "produced", "manufactured", "transferred", "relocated", "redeployed", "retrained",
                               "rehired", "placed", "engaged", "contracted", "added", "created", "needed", "required"])
REACH_VERBS = frozenset(["hit", "hits", "reach", "reaches", "reaching", "top", "tops", "exceed", "exceeds"])
SUPPLY_WORDS = frozenset(["supply", "supplier", "suppliers", "supply-chain"])
# "bolstering its workforce to 3,000", "will grow its headcount to 1,200"
WORKFORCE_RAISING = frozenset(["increase", "increases", "increasing", "raise", "raises", "raising", "boost", "boosts", "boosting",
                               "bolster", "bolsters", "bolstering", "expand", "expands", "expanding", "grow", "grows", "growing",
                               "lift", "lifts", "lifting", "bring", "brings", "bringing", "double", "doubles", "doubling", "take",
                               "takes", "taking"])
CYLINDER_WORDS = frozenset(["cylinder", "cylinders", "cyl", "cylinder-engine"])
CYLINDER_COUNT_WORDS = frozenset(["three", "four", "five", "six", "eight", "twelve"])


def _cylinders_after(lower: list[str], k: int) -> bool:
    """'0.8 3-cylinder', '1.0 three-cylinder': a count of cylinders right after a figure (k: the token after it), which
    makes the figure an engine's size with no unit written (the count and its noun one token or three)."""
    if k + 2 < len(lower) and lower[k + 1] == "-" and lower[k + 2] in CYLINDER_WORDS:
        count = lower[k]
    elif k < len(lower) and lower[k].split("-")[-1] in CYLINDER_WORDS:
        count = lower[k].split("-")[0]
    else:
        return False
    return count.isdigit() and len(count) <= 2 or count in CYLINDER_COUNT_WORDS


def _wheel_count(lower: list[str], i: int) -> bool:
    """'two-wheelers', 'three wheelers', 'two- and three-wheelers': the number at i names a kind of vehicle."""
    if lower[i] not in WHEEL_COUNTS:
        return False
    j = i + 1 + (lower[i + 1:i + 2] in (["-"], ["\u2013"]))
    if lower[j:j + 1] in (["and"], ["or"], ["&"]):  # "two- and three-wheelers": the kind named after the second number
        return lower[j + 1:j + 2] != [] and _wheel_count(lower, j + 1)
    return j < len(lower) and lower[j] in WHEELER_NOUNS


def _length_after_count(tokens: _Tokens, k: int) -> int:
    """Past a vehicle's length written right after the count of vehicles ('120 [12m] buses', '50 [12-metre] electric
    coaches', '30 [10.5 m] buses'): the index after the length, or k when the words at k are no such length."""
    lower, n = tokens.lower, tokens.n
    if k < 1 or k + 1 >= n or not tokens.like_num[k] or not tokens.like_num[k - 1] or not re.fullmatch(r"\d{1,2}(\.\d)?", lower[k]):
        return k
    j = k + 1 + (lower[k + 1] == "-")
    if j >= n or lower[j] not in LENGTH_UNITS:
        return k
    # a vehicle word within the few words after it ("12m articulated buses", "12m Higer buses")
    return j + 1 if any(lower[m] in lx.VEHICLE_WORDS for m in range(j + 1, min(n, j + 4))) else k


def _bracketed_acronym(text: list[str], k: int) -> bool:
    """A token of '(CKD)' or '(SKD)' written after the words it shortens: part of the modifiers of a counted noun."""
    def acronym(j: int) -> bool:
        return 0 <= j < len(text) and text[j].isalpha() and text[j].isupper() and len(text[j]) <= 5
    if text[k] == "(":
        return acronym(k + 1) and k + 2 < len(text) and text[k + 2] == ")"
    if text[k] == ")":
        return acronym(k - 1) and text[k - 2] == "("
    return acronym(k) and text[k - 1] == "(" and k + 1 < len(text) and text[k + 1] == ")"


def _day_of_month(tokens: _Tokens, start: int, sent_start: int, value: float) -> bool:
    """'on October 13', 'from March 1': a figure of one or two digits right after a month's name, written in capitals
    (not the verb 'may'), is the day of a date."""
    k = start - 1
    return (k >= sent_start and tokens.lower[k] in lx.MONTHS and tokens.text[k][:1].isupper() and tokens.text[start].isdigit()
            and len(tokens.text[start]) <= 2 and 1 <= value <= 31)


def _no_plant_capacity(before: list[str], head: str) -> bool:
    """'running at 20 percent of capacity over the past three years', '40,000 units of capacity on May 30', 'a towing
    capacity of 2,000 pounds (907 kilograms)': a span of time, a day of a date, a measure, or a vehicle's own capacity,
    no plant's yearly output."""
    return (head in NOT_CAPACITY_HEADS or before[-1:] and before[-1] in lx.MONTHS
            or bool(set(before) & {"hold", "carry", "seat", "accommodate"})  # "the capacity to hold seven passengers"
            or any(w in VEHICLE_CAPACITIES and before[i + 1:i + 2] == ["capacity"] for i, w in enumerate(before)))


def _capacity_governs(before: list[str]) -> bool:
    """'capacity to build 140,000', 'a capacity of up to 5,000', 'capacity for about 9,000': the figure right after a
    capacity and 'of', 'for' or 'to' with a verb of making (past 'up to', 'about' ...)."""
    k = len(before)
    while k > 0 and before[k - 1] in ("up", "to", "about", "around", "some", "nearly", "roughly", "approximately", "almost",
                                      "over", "more", "than"):
        k -= 1
    if k > 1 and (before[k - 1] in MAKING_VERBS or before[k - 1] in ("roll", "turn")) and before[k - 2] == "to":
        k -= 2  # "capacity to build", not "capacity of" ... "to build"
    elif k > 0 and before[k - 1] in ("of", "for"):
        k -= 1
    else:
        return False
    return k > 0 and before[k - 1] in ("capacity", "capacities")


def _capacity_reaches(before: list[str]) -> bool:
    """'expects annual capacity for the model to hit 4,000': a bare figure that a capacity named a few words back
    reaches."""
    return "capacity" in before and (before[-1:] and before[-1] in REACH_VERBS or before[-2:-1] and before[-2] in REACH_VERBS)


def _direct_before_indirect(tokens: _Tokens, words: list[int]) -> bool:
    """'3,500 direct and 20,000 indirect jobs': after the figure, 'direct and', another figure, 'indirect' and a job
    word (the first figure's own noun left out)."""
    lower = [tokens.lower[k] for k in words[:6]]
    return (lower[:2] == ["direct", "and"] and len(lower) >= 5 and tokens.like_num[words[2]]
            and lower[3] == "indirect" and lower[4] in lx.JOB_WORDS)


# "4,000 hourly and 330 salaried employees": kinds of a plant's staff, counted apart
STAFF_KINDS = frozenset(["hourly", "salaried", "permanent", "temporary", "contract", "full-time", "part-time", "blue-collar",
                         "white-collar", "production", "office"])


def _staff_of_another_kind(tokens: _Tokens, words: list[int]) -> float | None:
    """'4,000 hourly and 330 salaried employees': after the figure, a kind of staff, 'and', another figure of digits,
    another kind and a job word (the first figure's own noun left out); the second figure, else None."""
    lower = [tokens.lower[k] for k in words[:5]]
    if not (len(lower) == 5 and lower[0] in STAFF_KINDS and lower[1] == "and" and tokens.like_num[words[2]]
            and lower[3] in STAFF_KINDS and lower[3] != lower[0] and (lower[4] in lx.JOB_WORDS or lower[4] in ("employees", "workers", "staff"))):
        return None
    try:
        return parse_digits(tokens.text[words[2]])
    except ValueError:
        return None


def _in_supply_chain(after: list[str]) -> bool:
    """'15,000 workers in the supply chain', '9,000 workers in related supply chain industries', '700 jobs at
    suppliers': work at a plant's suppliers, not the plant's own staff."""
    return after[:1] in (["in"], ["at"], ["across"]) and not SUPPLY_WORDS.isdisjoint(after[1:])


def _employment_reaches(before: list[str]) -> bool:
    """'Total employment will reach about 2,000', 'employment will rise to 1,500': a plant's staff, the figure its
    employment comes to."""
    core = before[:-1] if before[-1:] and before[-1] in ("about", "around", "approximately", "some", "nearly", "roughly") else before
    if core[-1:] in (["totalling"], ["totaling"], ["numbering"]) and core[-2:-1] and core[-2] in lx.JOB_WORDS:
        return True  # "with a number of jobs totalling 2,500 directly"
    return "employment" in core[-5:-1] and (core[-1:] in (["reach"], ["reaches"], ["total"], ["of"]) or core[-2:] == ["rise", "to"]
                                            or core[-2:] == ["grow", "to"] or core[-2:] == ["increase", "to"])


def _workforce_raised_to(before: list[str]) -> bool:
    """'bolstering its workforce in Hungary to a formidable 3,000', 'will expand its headcount at the plant to 1,200': the
    figure after 'to' (maybe 'a' and a describing word between) that a workforce a verb of raising governs comes to."""
    k = len(before)
    if before[k - 1:k] and before[k - 1] in ("about", "around", "some", "nearly", "roughly", "approximately", "almost", "over"):
        k -= 1  # "to about 3,000"
    elif k >= 2 and before[k - 2] in ("a", "an") and before[k - 1].isalpha():
        k -= 2  # "to a formidable 3,000", "to a record 3,000"
    if k < 3 or before[k - 1] != "to":
        return False
    for j in range(k - 2, max(-1, k - 9), -1):
        if before[j] in (".", ";", ",", "from"):
            return False
        if before[j] in ("workforce", "headcount"):
            return j > 0 and any(w in WORKFORCE_RAISING for w in before[max(0, j - 3):j])
    return False


# things a company counts that are not its staff: "reducing its number of plants from 17 to 10"
COUNTED_NON_STAFF = frozenset(["plants", "factories", "facilities", "sites", "lines", "models", "brands", "dealers",
                               "dealerships", "stores", "platforms", "shifts", "markets", "countries"])


def _staff_range_end(before: list[str]) -> bool:
    """'employment levels at the plant will almost double, from the existing 3,900 to 7,000', 'the workforce will surge
    from 200 to some 900': the figure after 'to' that a count of staff, named before 'from' and a figure, goes to."""
    k = len(before)
    while k > 0 and before[k - 1] in ("about", "around", "some", "nearly", "roughly", "approximately", "almost", "over", "more", "than"):
        k -= 1
    if k < 3 or before[k - 1] != "to" or "from" not in before[:k - 1]:
        return False
    f = k - 2 - before[:k - 1][::-1].index("from")
    staff = [j for j in range(f) if before[j] in STAFF_COUNT_WORDS]
    if not staff or k - 1 - f > 5 or any(w in (".", ";") for w in before[staff[-1]:k]):
        return False
    # (not "its 2,000 workers will raise output from 100,000 to 150,000": another quantity changes; nor "cutting 20,000
    # jobs and reducing its number of plants from 17 to 10": other things counted)
    return not any(w in lx.CAPACITY_CUES or w in lx.UNIT_WORDS or w in lx.VEHICLE_WORDS or w in lx.SHIFT_WORDS
                   or w in COUNTED_NON_STAFF
                   or w in ("sales", "exports", "revenue", "wages", "pay", "hours") for w in before[staff[-1] + 1:f])


def _number_of_staff(before: list[str]) -> bool:
    """'raise the number of associates by about 400', 'increase the number of its factory workers in the Philippines to
    2,000': the figure of a plant's staff, after the noun it counts, maybe with the words that say whose and where (not
    'the total number of jobs at the industrial park to 9,000', the jobs of a place)."""
    core = before[:-1] if before[-1:] and before[-1] not in ("by", "to") else before  # past 'about', 'approximately'
    if core[-1:] not in (["by"], ["to"]):
        return False
    if core[-4:-2] == ["number", "of"] and core[-2] in lx.JOB_WORDS and core[-5:-4] != ["total"]:
        return True
    j = next((j for j in range(len(core) - 3, -1, -1) if core[j:j + 2] == ["number", "of"]), None)
    if j is None or core[j - 1:j] == ["total"]:
        return False
    between = core[j + 2:-1]
    staff = next((i for i, w in enumerate(between) if w in lx.JOB_WORDS), None)
    # (its own words before the noun: "its factory workers"; a country or town after it: "in the Philippines")
    return (staff is not None and staff <= 2 and all(w.isalpha() for w in between)
            and not set(between) & PLACE_OF_MANY_WORDS and between[staff + 1:staff + 2] in ([], ["in"], ["at"]))


def _supplies_home(clause: list[str]) -> bool:
    """'the new works will supply the country with about 30,000 cars annually', 'to supply the local market with':
    what a plant makes for its own country, no shipment abroad."""
    for k, word in enumerate(clause):
        if word in ("supply", "supplies", "supplying") and clause[k + 1:k + 2] == ["the"]:
            rest = clause[k + 2:k + 5]
            if rest[:2] in (["country", "with"], ["local", "market"], ["domestic", "market"], ["home", "market"]):
                return True
    return False


def _capacity_range_end(before: list[str]) -> bool:
    """The words before '... to <figure>': a capacity, then 'from' a figure of units or vehicles (a year may follow it)."""
    if "capacity" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("from") if "from" in before else -1
    return k > before.index("capacity") and (before[k + 2:k + 3] and (before[k + 2] in lx.UNIT_WORDS or before[k + 2] in lx.VEHICLE_WORDS))


def _doers_of_something_else(after: list[str]) -> bool:
    """'Fifteen employees who had purchased a car were the first to ...': staff counted by what they did, a deed
    that is no work at the plant (not 'workers who were hired', 'employees who build the X')."""
    if after[:1] not in (["who"], ["that"]):
        return False
    k = 1
    while k < len(after) and after[k] in ("had", "have", "has", "were", "was", "are", "is", "'d", "’d", "already", "all"):
        k += 1
    return k < len(after) and k > 1 and after[k].endswith("ed") and after[k] not in STAFF_PARTICIPLES


# "About 40 people will attend the ceremony", "some 300 workers rallied outside": people counted at an event
GATHERING_VERBS = frozenset(["attend", "attended", "attending", "gathered", "rallied", "marched", "protested", "demonstrated",
                             "participated", "took"])


def _gathered(after: list[str]) -> bool:
    """'(40 people) will attend the ceremony', '(300 workers) rallied outside the plant', 'took part': people counted
    by an event they go to, no staff (auxiliaries 'will', 'are expected to' ... between)."""
    k = 0
    while k < len(after) and after[k] in ("will", "would", "are", "were", "have", "had", "expected", "to", "also", "all"):
        k += 1
    if k >= len(after) or after[k] not in GATHERING_VERBS:
        return False
    return after[k] != "took" or after[k + 1:k + 2] == ["part"]


def _per_year(words: list[str]) -> bool:
    """'each year', 'a year', 'per annum', 'annually': the year first among the words."""
    return tuple(words[:2]) in lx.PER_YEAR or words[:1] in (["annually"], ["yearly"])


def _per_day(after: list[str]) -> bool:
    """'a day', 'per day', 'each day', 'daily' right after a counted noun, or past a dashed aside ('- including cars and
    buses - per day')."""
    if after[:1] in (["-"], ["–"], ["—"]):
        close = next((k for k in range(1, min(len(after), 12)) if after[k] == after[0]), None)
        after = after[close + 1:] if close is not None else after
    return tuple(after[:2]) in (("a", "day"), ("per", "day"), ("each", "day"), ("every", "day")) or after[:1] == ["daily"]


def _to_be_made_yearly(after: list[str]) -> bool:
    """'... vehicles will be produced each year', '... cars can be built a year': a modal, 'be', a verb of making,
    then the year (not 'were produced last year', output made)."""
    if after[:1] not in (["will"], ["can"], ["could"], ["would"], ["shall"], ["to"]):
        return False
    k = 1
    while k < len(after) and after[k] in ("eventually", "initially", "then", "now", "also"):
        k += 1
    if after[k:k + 1] != ["be"] or k + 1 >= len(after) or after[k + 1] not in PAST_MAKING_VERBS | {"manufactured"}:
        return False
    rest = after[k + 2:]
    if rest[:1] in (["in"], ["at"], ["here"], ["there"]):
        # "... vehicles can be built in Hungary per year": a short place phrase before the year
        rest = next((rest[j:] for j in range(1, min(len(rest), 4)) if _per_year(rest[j:])), rest)
    return _per_year(rest)


def _to_roll_off_yearly(after: list[str]) -> bool:
    """'... units will roll off the assembly line annually', '... cars are to roll off its lines every year': a modal,
    'roll off' (or 'roll out of'), the line in up to three words, then the year."""
    if after[:1] not in (["will"], ["can"], ["could"], ["would"], ["to"], ["are"]):
        return False
    k = 1 + (after[1:2] == ["to"])
    if after[k:k + 2] not in (["roll", "off"], ["roll", "out"]):
        return False
    k += 2 + (after[k + 1] == "out" and after[k + 2:k + 3] == ["of"])
    line = next((j for j in range(k, min(len(after), k + 4)) if after[j] in ("line", "lines")), None)
    if line is None:
        return False
    return _per_year(after[line + 1:])


def _cut_after(after: list[str]) -> bool:
    """'5,600 jobs will be at least temporarily eliminated': the words after the counted noun say it is lost."""
    k = 0
    while k < len(after) and after[k] in PASSIVE_GLUE:
        k += 1
    if (0 < k < len(after) and after[k] in ("go", "disappear", "vanish") and after[k - 1] in ("will", "would", "to", "could")
            and after[k + 1:k + 2] not in (["on"], ["ahead"], ["up"])):
        return True  # "About 2,900 jobs will go in Germany", "1,200 jobs are to go": jobs that will be lost
    return 0 < k < len(after) and after[k] in JOB_CUT_PARTICIPLES


def _year_closes_phrase(after: list[str]) -> bool:
    """'... cars from the Chinese brand per year': 'per year' (or 'a year', 'annually') closes the phrase after the
    counted noun, no comma, clause word or other figure between."""
    k = 0
    while k < len(after):
        word = after[k]
        if tuple(after[k:k + 2]) in lx.PER_YEAR or word in ("annually", "yearly"):
            return k > 0
        if word == "and":
            # "can make 340,000 vehicles and V-6 engines per year", "200,000 cars and 250,000 engines a year": the
            # parts the plant makes too, the year closing both
            # "20,000 electric buses and trucks a year": other vehicles counted by the same figure, the year closing both
            part = next((j for j in range(k + 1, min(len(after), k + 4)) if after[j] in JOINED_PRODUCTS or (
                after[j] in lx.VEHICLE_WORDS and not any(w[:1].isdigit() for w in after[k + 1:j]))), None)
            if part is not None:
                k = part + 1
                continue
        if word in (",", ";", ".", "and", "but", "while", "which", "that", "by", "in", "to", "(") or word[:1].isdigit():
            return False
        k += 1
    return False


# litres of something poured, not an engine's size: "7.3 litres of fuel", "5.9 litres per 100 km", "consumes 6 l/100km"
FLUIDS = frozenset("fuel petrol gasoline diesel water oil coolant".split())
CONSUMPTION_WORDS = frozenset("consumes consume consuming consumption burns sips drinks".split())  # not "uses a 1.6-litre engine"


def _fluid_litres(lower: list[str], start: int, unit: int) -> bool:
    """The litres at token `unit` (the figure at `start`) are fuel used or held: 'of fuel', 'per 100 km', '/100km', or
    a verb of consuming just before the figure."""
    after = lower[unit + 1:unit + 3]
    if after[:1] == ["of"] and after[1:2] and after[1] in FLUIDS:
        return True
    if after[:1] in (["per"], ["/"], ["every"], ["each"]) and after[1:2] and after[1][:3] == "100":
        return True
    if after[:1] and after[0].startswith("/100"):
        return True
    return not CONSUMPTION_WORDS.isdisjoint(lower[max(0, start - 3):start])


def _range_of_engines(lower: list[str], start: int, end: int, unit: int) -> bool:
    """'engines of between 0.6 and 1.3 litres': the bounds of a maker's range of engines, not one engine's size
    (either figure: the first, with 'and' and the second after it, or the second, with the first before)."""
    if start >= 1 and lower[start - 1] == "between":
        return lower[unit:unit + 1] == ["and"]
    return start >= 3 and lower[start - 1] == "and" and lower[start - 3] == "between"


# what may follow a head count with its noun left unsaid: "employs 2,000 at the site", "employs 527 “partners”"
AFTER_HEAD_COUNT = frozenset([".", ",", ";", "at", "in", "on", "there", "locally", "across", "and", "\u201c", '"', "'", "\u2018", "today", "now"])


# "employing 2,000 to produce 100,000 trucks a year": the work the staff are employed for, right after the figure
EMPLOYED_FOR_VERBS = frozenset("produce build make assemble manufacture run operate work staff".split())


def _employs_figure(before: list[str], after: list[str], next_word: str = "") -> bool:
    """'The plant employs about 2,000 at the site', 'employs 527 “partners”', 'employs 2,400 and represents',
    'employing 2,000 to produce 100,000 trucks': the figure a verb of employing governs, no counted noun after it (not
    'employs 300 robots', 'employs 40 laser welders' has its noun read elsewhere)."""
    k = len(before)
    while k > 0 and before[k - 1] in ("about", "around", "some", "nearly", "roughly", "approximately", "over", "more", "than",
                                      "almost", "up", "to", "close"):
        k -= 1
    if k == 0 or before[k - 1] not in ("employs", "employ", "employing"):
        return False
    if next_word in ("and", ",") or after[:1] == ["to"] and after[1:2] and after[1] in EMPLOYED_FOR_VERBS:
        return True  # (the words list skips an "and" or a comma right after the figure)
    return not after or after[0] in AFTER_HEAD_COUNT


def _will_be_able_to_make(before: list[str]) -> bool:
    """'will be able to produce 350,000 units', 'should be able to build up to 90,000 vehicles': a verb of making right
    before the figure (past 'up to', 'about' ...) after 'be able to', a capability to come (not 'was able to build');
    or after 'can' or 'could' with a plant's noun as the subject ('the plant could assemble over 50,000 vehicles')."""
    k = len(before)
    while k > 0 and before[k - 1] in ("up", "to", "about", "around", "some", "nearly", "roughly", "approximately", "more", "than",
                                      "over", "almost"):
        k -= 1
    if k >= 4 and before[k - 1] in MAKING_VERBS and before[k - 4:k - 1] == ["be", "able", "to"]:
        return True
    # "the plant could assemble over 50,000 vehicles", "the factory can produce 120,000 cars": a plant's capability
    return k >= 3 and before[k - 1] in MAKING_VERBS and before[k - 2] in ("can", "could") and not lx.PLANT_NOUNS.isdisjoint(before[max(0, k - 5):k - 2])


# "a 170,000-unit annual capacity", "100,000 annual production capacity": words between a figure and 'capacity'
CAPACITY_FIGURE_WORDS = frozenset(["annual", "yearly", "production", "installed", "manufacturing", "assembly", "initial",
                                   "total", "design", "rated", "nameplate"])


def _capacity_named_after(after: list[str]) -> bool:
    """The words after a figure are 'capacity', past a hyphen, one counted noun ('unit', 'vehicles') and up to three
    words that describe a capacity: '100,000 annual production capacity', '170,000-unit capacity', '1.75 lakh units
    capacity' (not '20,000 engine capacity': another product's; nor '300 hectares of capacity')."""
    k = 0
    if after[k:k + 1] == ["-"]:
        k += 1
    if after[k:k + 1] and after[k] in ("unit", "units", "vehicle", "vehicles", "car", "cars"):
        k += 1
    start = k
    while k < len(after) and k - start < 3 and after[k] in CAPACITY_FIGURE_WORDS:
        k += 1
    return after[k:k + 1] == ["capacity"]


def _year_like(figure: str) -> bool:
    """'its 2025 production capacity': a four-digit year, no count."""
    return len(figure) == 4 and figure.isdigit() and 1900 <= int(figure) <= 2100


PAST_OUTPUT_WORDS = frozenset(["was", "were", "reached", "totalled", "totaled", "hit", "fell", "rose", "grew", "stood", "dropped",
                               "declined", "last", "ago", "previous"])


def _annual_output_before(clause: list[str]) -> bool:
    """'annual output' or 'yearly production' in the words before a figure, with no semicolon or full stop between:
    the figure the yearly output comes to ('The annual output from the plant will rise to 270,000 units')."""
    for i in range(len(clause) - 2, -1, -1):
        if clause[i] in (";", ".", ":"):
            return False
        if clause[i] in ("annual", "yearly") and clause[i + 1] in ("output", "production"):
            # (not "annual production was 5,000 vehicles", "annual output fell to 90,000": what was made)
            return not set(clause[i + 2:]) & PAST_OUTPUT_WORDS
    return False


def _capable_of(before: list[str]) -> bool:
    """'is capable of up to 35,000 annually', 'capable of about 20,000 a year': what a plant can make."""
    k = len(before)
    while k > 0 and before[k - 1] in ("up", "to", "about", "around", "some", "nearly", "roughly", "approximately"):
        k -= 1
    return before[max(0, k - 2):k] == ["capable", "of"]


def _past_output(before: list[str]) -> bool:
    """'The works produced 900 cars a day and 22,000 cars every month': a verb of making in the past tense
    governs the figure (not 'was built to make 3,000 cars a month', 'can be produced', 'capacity')."""
    made = [k for k, w in enumerate(before) if w in PAST_MAKING_VERBS]
    if not made or not MODAL_WORDS.isdisjoint(before) or "capacity" in before:
        return False
    k = made[-1]
    return "to" not in before[k + 1:] and MAKING_VERBS.isdisjoint(before[k + 1:]) and before[k - 1:k] not in (["was"], ["were"], ["is"], ["are"])


def _before_cell(before: list[str]) -> list[str]:
    """The words before a figure past a table's cell mark and a hedge that open its cell ('Employees: | Approx. 3,600'),
    so a label's colon is read as if right before the figure."""
    k = len(before)
    while k > 0 and before[k - 1] in ("|", "approx.", "approx", "approximately", "about", "around", "some", "ca.", "circa"):
        k -= 1
    return before[:k]


def _rate_restated(before: list[str]) -> bool:
    """'doubling its output to 400 units a day, or 100,000 a year': a daily or monthly rate of vehicles made right
    before 'or' and the figure, which restates it for a year (not 'sells 400 cars a day, or 100,000 a year')."""
    if not (set(before) & (MAKING_VERBS | MAKING_GERUNDS | {"output", "production", "capacity"})) or set(before) & NOT_MADE_WORDS:
        return False
    k = len(before) - 1
    if k < 0 or before[k] != "or":
        return False
    k -= before[k - 1:k] == [","]
    return k >= 3 and before[k - 1] in ("day", "month") and before[k - 2] in ("a", "per", "each", "every") and (
        before[k - 3] in lx.UNIT_WORDS or before[k - 3] in lx.VEHICLE_WORDS)


def _current_output(before: list[str]) -> bool:
    """'is presently producing 20 units monthly', 'are currently assembling just 100 cars a month': a verb of making in
    the present progressive governs the figure, what the plant makes now, below what it can make (not 'is capable of
    producing', 'is expected to be producing', 'capacity')."""
    made = [k for k, w in enumerate(before) if w in MAKING_GERUNDS]
    if not made or not MODAL_WORDS.isdisjoint(before) or "capacity" in before:
        return False
    k = made[-1]
    if any(w not in ("just", "only", "about", "around", "some", "nearly", "roughly", "approximately", "over") for w in before[k + 1:]):
        return False  # (the verb governs something else: "is building a plant for 100,000 cars a year")
    j = k - 1
    while j >= 0 and before[j] in ("currently", "presently", "now", "still", "only"):
        j -= 1
    return j >= 0 and before[j] in ("is", "are", "was", "were", "'s")
