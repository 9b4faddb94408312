"""Quantities: money, capacity, jobs, shipment units, engine, power, transmission, area, percent, shifts, dates.

Numbers (digits, number words, scales) are read off the LIKE_NUM column, transmissions and dates matched by
token patterns; each number is then typed by the words around it. Results go to doc.spans["quantities"] with
Span._.value / ._.unit / ._.qualifier set.
"""
from __future__ import annotations

import re
from itertools import product

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LIKE_NUM, SHAPE
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.nlp import lexicon as lx
from core.nlp.docindex import QUANTITIES_KEY, STORY_COUNTRIES_KEY, DocIndex, doc_index, doc_text
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Gazetteer
from core.nlp.normalise import (
    NUMBER_WORDS,
    SCALE_WORDS,
    area_to_hectares,
    decimal_comma,
    displacement_to_litres,
    dot_thousands,
    find_qualifier,
    is_digit_number,
    normalise_transmission,
    parse_digits,
    parse_number_words,
    power_to_hp,
    scaled,
)
from core.nlp.registry import get_gazetteer

SCALE_TOKENS = [w for w in SCALE_WORDS if w not in ("a",)]
# "120 12m buses", "50 12-metre coaches": a vehicle's length after the count of vehicles, no figure of its own
LENGTH_UNITS = frozenset(["m", "metre", "meter", "metres", "meters"])

# a bare figure after "capacity" that counts no vehicles: time, shares and measures ("capacity over the past three years")
NOT_CAPACITY_HEADS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "percent",
                                "kilograms", "kg", "pounds", "lb", "lbs", "tonnes", "tons", "litres", "liters", "kwh", "kw", "hp",
                                "passengers", "occupants", "seats"])
# "towing capacity", "seating capacity": what one vehicle holds or pulls, not what a plant makes
VEHICLE_CAPACITIES = frozenset(["towing", "tow", "seating", "payload", "load", "cargo", "luggage", "boot", "battery", "tank", "fuel"])
# "83 jobs a day", "60 jobs per hour": a rate of vehicles through a line, in the trade's word for them
RATE_PERIODS = (["a", "day"], ["per", "day"], ["each", "day"], ["an", "hour"], ["per", "hour"], ["a", "shift"], ["per", "shift"])
JOB_MOVE_WORDS = frozenset(["transferring", "transferred", "relocating", "relocated", "redeploying", "redeployed"])
REFERENCE_WORDS = frozenset(["paragraph", "paragraphs", "para", "page", "pages", "section", "chapter", "table", "figure", "item"])
ENERGY_UNITS = frozenset(["gwh", "mwh", "kwh", "twh", "gw", "mw"])
MAX_SHIFTS = 5  # a plant runs one to four shifts (five in some rota systems); a larger number counts something else
HYPHENED_SCALES = frozenset(["thousand", "million", "billion", "trillion", "lakh", "crore"])  # "$1.3-billion"
# "its one millionth vehicle", "the 15 millionth export": a milestone, counted as the vehicles it reaches
ORDINAL_SCALES = {"thousandth": "thousand", "millionth": "million", "billionth": "billion"}
HALF_SCALES = frozenset(["thousand", "million", "billion", "lakh", "crore"])  # "half a million", "two and a half lakh"
# "two-wheelers", "three wheelers", "2-wheelers": the number names the kind of vehicle, it counts nothing
WHEEL_COUNTS = frozenset(["two", "three", "four", "2", "3", "4"])
WHEELER_NOUNS = frozenset(["wheelers", "wheeler"])
# "several thousand jobs", "a few hundred workers", "many millions of dollars": a scale word after a vague
# quantifier states no figure (read alone, "thousand" would be 1,000)
VAGUE_QUANTIFIERS = frozenset(["several", "few", "many", "numerous", "couple"])
BARE_SCALES = HYPHENED_SCALES | {"hundred"}
# "a multi-billion rand upgrade", "a multi-million-dollar plant": a scale word after "multi-" states no figure either
VAGUE_PREFIXES = frozenset(["multi", "multiple"])
# "640,000 engines", "0.9 million gearboxes": parts a plant makes, whose yearly count is no vehicle capacity
PART_PRODUCTS = frozenset(["engines", "engine", "transmissions", "gearboxes", "axles", "batteries", "cells", "motors",
                           "components", "parts", "seats", "tyres", "tires", "chips"])
# "340,000 vehicles and V-6 engines per year": what a plant makes beside its vehicles, named before the year
JOINED_PRODUCTS = PART_PRODUCTS - {"engine", "components", "parts"} | frozenset(["motorbikes", "motorcycles"])
# "30 showrooms staffed by 450 employees": the staff of shops, not of a plant
# (not "shops": "a new paint shop, and 800 people were hired" are the plant's)
NON_PLANT_WORKPLACES = frozenset(["outlets", "dealerships", "showrooms", "dealers"])
# "a population of some 40 million people": people counted as inhabitants, not staff
POPULATION_WORDS = frozenset(["population", "inhabitants", "residents", "citizens", "consumers"])
# "The works produced 22,000 cars every month": what was made, past tense, is output, not what the plant can make
PAST_MAKING_VERBS = frozenset(["produced", "built", "made", "assembled", "manufactured", "rolled"])
MODAL_WORDS = frozenset(["can", "could", "will", "would", "be", "able", "capable", "designed"])
MODEL_LABELS = ("MODEL", "MODEL_AMBIG", "COMPANY")
JOB_LOSS_WORDS = lx.JOB_CUT_WORDS | JOB_MOVE_WORDS
SENT_ABROAD_VERBS = frozenset(["exported", "export", "exports", "exporting", "sent", "dispatched"])  # "exported 150 workers to Japan"
# "5,600 jobs will be eliminated", "1,200 positions are to be axed": the loss said after the figure, in the passive
JOB_CUT_PARTICIPLES = frozenset(["cut", "eliminated", "axed", "shed", "slashed", "lost", "scrapped", "abolished", "culled"])
PASSIVE_GLUE = frozenset(["will", "would", "could", "may", "might", "are", "is", "were", "was", "be", "been", "being", "to",
                          "have", "has", "had", "set", "due", "likely", "at", "least", "temporarily", "permanently", "also",
                          "eventually", "initially", "gradually", "now", "reportedly"])
# "its 850-strong workforce", "a 4,700-member workforce", "a 300-person team": a staff counted in a compound before it
STAFF_COMPOUNDS = frozenset(["strong", "member", "person", "people", "man", "employee"])
# people counted, staff in a sentence about work ("employs 150 individuals", "1,100 people were recruited")
PEOPLE_NOUNS = frozenset(["people", "persons", "individuals"])
# "the number of jobs at the industrial park", "workers in the sector": the staff of many employers, no plant's
PLACE_OF_MANY_WORDS = frozenset(["park", "parks", "zone", "zones", "estate", "cluster", "industry", "sector", "region", "city",
                                 "province", "state", "country", "hub", "corridor", "economy", "area"])
STAFF_NOUNS = frozenset(["workforce", "staff", "team", "payroll"])
EMPLOY_VERBS = frozenset(["employs", "employ", "employed", "employing"])
# "employment will double from 3,900 to 7,000", "the workforce will surge from 200 to 900": staff counted
STAFF_COUNT_WORDS = frozenset(["employment", "workforce", "headcount", "staff", "employees", "workers", "personnel", "jobs"])
STAFF_PARTICIPLES = frozenset(["employed", "hired", "recruited", "joined", "trained", "worked", "based", "stationed", "retained",
                               "assembled", "produced", "manufactured", "transferred", "relocated", "redeployed", "retrained",
                               "rehired", "placed", "engaged", "contracted", "added", "created", "needed", "required"])
REACH_VERBS = frozenset(["hit", "hits", "reach", "reaches", "reaching", "top", "tops", "exceed", "exceeds"])
KIT_ACRONYMS = frozenset(["ckd", "skd", "cbu", "mkd"])  # knocked-down kits and built-up units: how the units come
SUPPLY_WORDS = frozenset(["supply", "supplier", "suppliers", "supply-chain"])
MAKING_VERBS = frozenset("build builds make makes produce produces assemble assembles manufacture manufactures".split())
# "capable of producing about 500,000 units of eight models annually": the verb of making as a gerund
MAKING_GERUNDS = frozenset("building making producing assembling manufacturing".split())
# "bolstering its workforce to 3,000", "will grow its headcount to 1,200"
WORKFORCE_RAISING = frozenset(["increase", "increases", "increasing", "raise", "raises", "raising", "boost", "boosts", "boosting",
                               "bolster", "bolsters", "bolstering", "expand", "expands", "expanding", "grow", "grows", "growing",
                               "lift", "lifts", "lifting", "bring", "brings", "bringing", "double", "doubles", "doubling", "take",
                               "takes", "taking"])
# "the eventual production of 50,000 vehicles on two shifts annually": making named by its noun, right before the figure
MAKING_NOUNS_OF = (["production", "of"], ["assembly", "of"], ["manufacture", "of"], ["manufacturing", "of"])
# "eight models annually", "five new nameplates a year": a count of models (launched or built), never a capacity
# "three-quarters", "two-thirds", "four fifths": a fraction written with a number word
FRACTION_NOUNS = frozenset(["quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenths", "halves"])
MODEL_COUNT_NOUNS = frozenset("models model nameplates variants versions trims derivatives".split())
MAX_MODEL_COUNT = 100  # "50,000 models a year" is colloquial for cars; nobody builds a hundred models in one plant
# a yearly figure sold, shipped or paid is no capacity, even after a verb of making
NOT_MADE_WORDS = lx.EXPORT_CUES | frozenset(["sold", "sell", "sells", "sales", "price", "priced", "costs", "cost", "paid", "pays"])

COMPACT_GEARBOX = r"^\d{1,2}-?(?:DCT|WDCT|DSG|AMT|AT|MT|dct|at|mt)$"  # "7DCT", "8AT", "6MT", as spec sheets write them
# "a six-speed torque-converter automatic": the hyphen of a modifier written as one word goes with it
GEARBOX_MODIFIERS = ["torque", "converter", "tc", "steptronic", "tiptronic", "geartronic", "sequential", "electronic", "sport", "automated", "-",
                     # makers' names for a manual mode ("a six-speed Shiftronic auto", "an eight-speed SelectShift automatic")
                     "shiftronic", "sportronic", "touchtronic", "sportmatic", "selectshift", "speedshift", "manumatic", "adaptive"]
# Each pattern needs one of GEARBOX_WORDS; a compact code ("7DCT"), one token no pattern here can take, is found
# by QuantityFinder._gearbox_codes.
TRANSMISSION_PATTERNS = [
    [{"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LOWER": "speed"}, {"ORTH": "-", "OP": "?"},
     {"TEXT": {"REGEX": r"^[A-Z]{1,4}-?\d{1,3}[A-Z]{0,2}$"}, "OP": "?"},  # a maker's gearbox code: "12-speed DT12 automated manual"
     {"LOWER": {"IN": GEARBOX_MODIFIERS}, "OP": "*"},
     {"LOWER": {"IN": ["automatic", "manual", "mechanical", "auto", "dct", "dsg", "cvt", "ivt", "amt", "dual", "double", "wet", "dry"]}},
     # "a 7-speed dual dry clutch automatic": the clutch's kind between
     {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["dry", "wet"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "clutch", "OP": "?"}],
    [{"LOWER": {"IN": ["cvt", "dct", "e-cvt", "ivt", "dsg", "variator"]}}],  # "variator": a CVT in translated specs
    # "a 10-speed transmission": the number of gears, its kind unsaid
    [{"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LOWER": "speed"}, {"LOWER": {"IN": ["transmission", "gearbox"]}}],
    [{"LOWER": "continuously"}, {"LOWER": "variable"}],
    [{"LOWER": {"IN": ["dual", "double"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "clutch"}],
    # "a mechanical gearbox" (a manual, in translated specs); "automatic transmission of 7 speeds"
    [{"LOWER": {"IN": ["automatic", "manual", "mechanical"]}}, {"LOWER": {"IN": ["transmission", "gearbox", "transmissions", "gearboxes"]}},
     {"LOWER": {"IN": ["of", "with"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["speeds", "gears"]}, "OP": "?"}],
]
GEARBOX_KINDS = frozenset(["manual", "automatic"])
VALVE_WORDS = frozenset(["valve", "valves", "timing", "cam", "camshaft", "lift"])  # "continuously variable valve timing"
PLURAL_GEARBOX_NOUNS = frozenset(["transmissions", "gearboxes"])
COORDINATION_WORDS = frozenset(["and", "or", "/"])
RELATIVE_PRONOUNS = frozenset(["that", "which", "who", "whom", "whose", "where"])  # words opening a relative clause
QUOTE_MARKS = frozenset(["‘", "’", "“", "”", '"', "'"])  # "100 ‘Falcon’ buses": marks around a name after a figure
DISPLACEMENT_UNITS = frozenset(["cc", "cm3"])  # after a four-digit figure shaped like a year: an engine's size ("1998cc")
MIN_CC_LITRES = 0.049  # a 49cc moped's engine: the smallest road vehicle's size news gives in cc
# "the 1.7 engine", "a 2.0 diesel": an engine size written with one decimal and no unit, right before the engine
UNITLESS_ENGINE_NOUNS = frozenset(["engine", "petrol", "diesel", "gasoline", "turbodiesel"])
UNITLESS_ENGINE_SIZE = re.compile(r"^\d\.\d$")
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


COMPACT_GEARBOX_RE = re.compile(COMPACT_GEARBOX)
# the word shapes of what COMPACT_GEARBOX can match: one or two digits, a hyphen or not, two to four letters
COMPACT_GEARBOX_SHAPES = frozenset(
    digits + hyphen + "".join(letters)
    for digits in ("d", "dd") for hyphen in ("", "-") for n in (2, 3, 4) for letters in product("xX", repeat=n)
)
SHIPPING_OR_MAKING = lx.EXPORT_CUES | frozenset(
    "built builds build produced produces produce made makes assembled assembles sold delivered imported".split()
)
SHIPPING_VERBS = lx.EXPORT_CUES | frozenset(["send", "sends", "sent", "sending"])
SHIPPED_AUXILIARIES = frozenset(["will", "would", "are", "is", "to", "be", "being", "were", "was", "shall"])
SHIFT_ORDINALS = {"single": 1, "double": 2, "triple": 3, "second": 2, "third": 3, "fourth": 4}
SHIFT_ORDINAL_WORDS = frozenset(SHIFT_ORDINALS)
GEARBOX_WORDS = frozenset(["speed", "cvt", "dct", "e-cvt", "ivt", "dsg", "variator", "clutch", "continuously", "transmission", "gearbox",
                           "transmissions", "gearboxes"])
PERIOD_WORDS = frozenset(["days", "weeks", "months", "quarters", "years", "decades", "day", "week", "month", "quarter", "year"])
DATE_WORDS = frozenset(["year", "year-end", "month", "quarter", "week", "decade", "q1", "q2", "q3", "q4", "h1", "h2", *lx.MONTHS])
OTHER_TRIGGERS = GEARBOX_WORDS | DATE_WORDS
YEAR_SHAPE = "dddd"
YEAR = {"SHAPE": YEAR_SHAPE}  # checked to be a plausible year afterwards
# Each pattern needs a year or one of DATE_WORDS, and starts with a given word; a year alone is a date too
# (QuantityFinder._dates adds the years no longer date takes).
DATE_PATTERNS = [
    [{"LOWER": {"IN": ["next", "this", "last", "later", "early", "earlier"]}}, {"LOWER": {"IN": ["year", "month", "quarter", "week"]}}],
    [{"LOWER": "later"}, {"LOWER": "this"}, {"LOWER": {"IN": ["year", "month"]}}],
    [{"LOWER": "by"}, {"LOWER": {"IN": ["year", "year-end"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "end", "OP": "?"}],
    [{"LOWER": "by"}, {"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this", "next"]}, "OP": "?"},
     {"LOWER": {"IN": ["year", "decade"]}, "OP": "?"}, YEAR],
    [{"LOWER": "by"}, {"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this", "next"]}},
     {"LOWER": {"IN": ["year", "decade"]}}],
    [{"LOWER": {"IN": ["early", "mid", "late", "end"]}}, {"ORTH": "-", "OP": "?"}, YEAR],
    [{"LOWER": {"IN": sorted(lx.MONTHS)}}, {"TEXT": {"REGEX": r"^\d{1,2}$"}, "OP": "?"}, {"ORTH": ",", "OP": "?"}, YEAR],
    [{"LOWER": {"IN": ["q1", "q2", "q3", "q4", "h1", "h2"]}}, YEAR],
    [{"LOWER": {"IN": ["by", "in", "from", "until", "since", "after", "before"]}}, YEAR],
]


def _wheel_count(lower: list[str], i: int) -> bool:
    """'two-wheelers', 'three wheelers', 'two- and three-wheelers': the number at i names a kind of vehicle."""
    if lower[i] not in WHEEL_COUNTS:
        return False
    j = i + 1 + (lower[i + 1:i + 2] in (["-"], ["\u2013"]))
    if lower[j:j + 1] in (["and"], ["or"], ["&"]):  # "two- and three-wheelers": the kind named after the second number
        return lower[j + 1:j + 2] != [] and _wheel_count(lower, j + 1)
    return j < len(lower) and lower[j] in WHEELER_NOUNS


def _first_words(patterns: list[list[dict]]) -> frozenset[str]:
    """The words the patterns can start with: each starts with a LOWER word or set, not optional."""
    words: set[str] = set()
    for pattern in patterns:
        first = pattern[0]
        assert set(first) == {"LOWER"}, first
        words.update(first["LOWER"]["IN"] if isinstance(first["LOWER"], dict) else [first["LOWER"]])
    return frozenset(words)


DATE_OPENERS = _first_words(DATE_PATTERNS)


def _positions(words: list, word) -> list[int]:
    """Where word occurs in words (list.index runs in C)."""
    out: list[int] = []
    try:
        while True:
            out.append(words.index(word, out[-1] + 1 if out else 0))
    except ValueError:
        return out


MAX_CURRENCIES_KEPT = 10_000
IOB_BEGIN, IOB_INSIDE = 3, 1  # Token.ent_iob values of "B" and "I"


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
    # (not "its 2,000 workers will raise output from 100,000 to 150,000": another quantity changes)
    return not any(w in lx.CAPACITY_CUES or w in lx.UNIT_WORDS or w in lx.VEHICLE_WORDS or w in lx.SHIFT_WORDS
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
    before the figure (past 'up to', 'about' ...) after 'be able to', a capability to come (not 'was able to build')."""
    k = len(before)
    while k > 0 and before[k - 1] in ("up", "to", "about", "around", "some", "nearly", "roughly", "approximately", "more", "than",
                                      "over", "almost"):
        k -= 1
    return k >= 4 and before[k - 1] in MAKING_VERBS and before[k - 4:k - 1] == ["be", "able", "to"]


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


def _digit_group(text: str) -> bool:
    return len(text) == 3 and text.isdigit()


def _ordinal_word(word: str) -> bool:
    """'first', 'second', 'twentieth': spaCy reads ordinals as LIKE_NUM, but they count nothing."""
    return word.isalpha() and word not in NUMBER_WORDS and word.endswith(("first", "second", "third", "th"))


def _restated(tokens: _Tokens, k: int) -> bool:
    """'(18,100)' at k, right after a figure written in words: the same figure in digits."""
    return (k > 0 and k + 2 < tokens.n and tokens.text[k] == "(" and tokens.like_num[k + 1] and tokens.text[k + 2] == ")"
            and tokens.lower[k - 1] in NUMBER_WORDS and tokens.text[k + 1][:1].isdigit())


def _period_after(tokens: _Tokens, i: int) -> bool:
    """'the first nine months': number words then a span of time; the whole phrase is a period, no figure."""
    k = i
    while k < tokens.n and tokens.like_num[k] and tokens.lower[k] in NUMBER_WORDS:
        k += 1
    return k < tokens.n and tokens.lower[k] in PERIOD_WORDS


def _space_grouped(tokens: _Tokens, i: int) -> bool:
    """'3 300', '350 000', '61 200': one to three digits, then groups of three after single spaces (the thin or
    non-breaking spaces of European and scraped text, made plain), not a figure after another ('in 2024 200')."""
    text = tokens.text
    return (len(text[i]) <= 3 and text[i].isdigit() and i + 1 < tokens.n and _digit_group(text[i + 1])
            and tokens.doc[i].whitespace_ == " " and not (i > 0 and text[i - 1][-1:].isdigit()))


class _Tokens:
    """The token columns the typing rules read, taken once per Doc (doc[i] makes a new Token on every access)."""

    def __init__(self, doc: Doc, index: DocIndex):
        self.doc = doc
        self.n = len(doc)
        self.text: list[str] = index.text
        self.lower: list[str] = index.lower
        array = doc.to_array([LIKE_NUM, ENT_TYPE, ENT_IOB, SHAPE]) if self.n else numpy.zeros((0, 4), dtype="uint64")
        self.numbers: list[int] = numpy.flatnonzero(array[:, 0]).tolist()  # LIKE_NUM tokens
        self.like_num, self.ent_type, self.ent_iob, self.shape = array.T.tolist()
        self.index = index
        self.currencies: dict[tuple[str, str], str] = {}  # (surface, code) -> the story's currency


class TokenPatterns:
    """A spaCy Matcher with greedy="LONGEST" for a few plain patterns, read off the token columns.

    Only the token specs these patterns use are understood: LOWER (a word or {"IN": words}), ORTH, SHAPE,
    LIKE_NUM, TEXT {"REGEX"}, and OP "?", "*", "+". spaCy runs the "IN" and "REGEX" tests as Python calls for
    every token and pattern of the window it reads; here a pattern that starts with a required LOWER is tried only
    where its first word is.
    """

    def __init__(self, patterns: list[list[dict]], strings: dict[str, int]):
        # each pattern with the words it starts with, if it starts with a required LOWER (else None: tried everywhere)
        self.patterns = [(self._first_words(pattern[0]), [self._test(spec, strings) for spec in pattern]) for pattern in patterns]

    @staticmethod
    def _first_words(spec: dict) -> frozenset[str] | None:
        if set(spec) != {"LOWER"}:
            return None
        return frozenset(spec["LOWER"]["IN"] if isinstance(spec["LOWER"], dict) else [spec["LOWER"]])

    @staticmethod
    def _test(spec: dict, strings: dict[str, int]):
        spec = dict(spec)
        op = spec.pop("OP", "1")
        assert len(spec) == 1 and op in ("1", "?", "*", "+"), spec
        (attr, value), = spec.items()
        if attr == "LOWER" and isinstance(value, dict):
            words = frozenset(value["IN"])
            return (lambda t, i: t.lower[i] in words), op
        if attr == "LOWER":
            return (lambda t, i: t.lower[i] == value), op
        if attr == "ORTH":
            return (lambda t, i: t.text[i] == value), op
        if attr == "SHAPE":
            shape = strings[value]
            return (lambda t, i: t.shape[i] == shape), op
        if attr == "LIKE_NUM" and isinstance(value, bool):
            return (lambda t, i: bool(t.like_num[i]) == value), op
        if attr == "TEXT" and set(value) == {"REGEX"}:
            regex = re.compile(value["REGEX"])
            return (lambda t, i: regex.search(t.text[i]) is not None), op
        raise ValueError(f"token spec not supported: {spec}")

    def __call__(self, tokens: _Tokens, a: int, b: int, match_id: int) -> list[tuple[int, int, int]]:
        """Matches in tokens a..b as the Matcher returns them for doc[a:b]: every match of every pattern, then the
        longest first (earlier first among equals), each kept unless it overlaps one kept before."""
        pairs = set()
        for start in range(a, b):
            word = tokens.lower[start]
            for first_words, pattern in self.patterns:
                if first_words is not None and word not in first_words:
                    continue
                ends = {start}  # where a match can go on, all ways through the optional and repeated tokens
                for test, op in pattern:
                    if op in ("*", "+"):
                        reached, frontier = set(), ends
                        while frontier:
                            frontier = {i + 1 for i in frontier if i < b and test(tokens, i)} - reached
                            reached |= frontier
                        ends = reached | ends if op == "*" else reached
                    else:
                        moved = {i + 1 for i in ends if i < b and test(tokens, i)}
                        ends = moved | ends if op == "?" else moved
                    if not ends:
                        break
                pairs.update((start, end) for end in ends if end > start)
        found, taken = [], set()
        for start, end in sorted(pairs, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
            if taken.isdisjoint(range(start, end)):
                found.append((match_id, start, end))
                taken.update(range(start, end))
        return found


@Language.factory("aw_quantities", default_config={"gazetteer": "default"})
def make_quantity_finder(nlp: Language, name: str, gazetteer: str) -> QuantityFinder:
    register_extensions()
    return QuantityFinder(nlp, get_gazetteer(gazetteer))


class QuantityFinder:
    def __init__(self, nlp: Language, gaz: Gazetteer):
        self.gaz = gaz
        label_id = nlp.vocab.strings.add
        # transmissions and dates matched as spaCy's Matcher would, each set only in windows it can match in
        self.gearboxes = TokenPatterns(TRANSMISSION_PATTERNS, {})
        self.dates = TokenPatterns(DATE_PATTERNS, {YEAR_SHAPE: label_id(YEAR_SHAPE)})
        self.company_type = label_id("COMPANY")
        self.model_types = frozenset(label_id(label) for label in ("MODEL", "MODEL_AMBIG"))
        self.entity_types = frozenset(label_id(label) for label in MODEL_LABELS)
        self.transmission, self.date, self.year_shape = label_id("TRANSMISSION"), label_id("DATE"), label_id(YEAR_SHAPE)
        self.country, self.place = label_id("COUNTRY"), label_id("PLACE")
        self.compact_gearbox_shapes = frozenset(get_string_id(shape) for shape in COMPACT_GEARBOX_SHAPES)
        self._currencies: dict[tuple[str, str, tuple[str, ...]], str] = {}  # _local_currency's answers
        # the first words of the currencies written after a figure, lowercased: "dollars", "us", "pounds"
        self.currency_openers = frozenset(surface.lower().split(" ")[0] for surface in gaz.currencies_suffix)

    def __call__(self, doc: Doc) -> Doc:
        index = doc_index(doc)
        tokens = _Tokens(doc, index)
        found: list[Span] = []
        matches = []
        # "7DCT", "8AT": a compact gearbox code is one token that no pattern can take, matched here by its text
        codes = []
        if not self.compact_gearbox_shapes.isdisjoint(tokens.shape):
            codes = [i for i, shape in enumerate(tokens.shape) if shape in self.compact_gearbox_shapes]
        for a, b in self._trigger_windows(tokens, index, codes):
            if not GEARBOX_WORDS.isdisjoint(tokens.lower[a:b]):
                matches += self.gearboxes(tokens, a, b, self.transmission)
            matches += [(self.transmission, i, i + 1) for i in codes if a <= i < b and COMPACT_GEARBOX_RE.match(tokens.text[i])]
            if self.year_shape in tokens.shape[a:b] or not DATE_WORDS.isdisjoint(tokens.lower[a:b]):
                matches += self._dates(tokens, a, b)
        if matches:
            matches = self._joined_gearboxes(tokens, matches)
        for match_id, start, end in matches:
            if match_id == self.date and not self._plausible_date(tokens, start, end):
                continue
            span = Span(doc, start, end, label=match_id)
            ext = span._
            if match_id == self.transmission:
                ext.value = None
                ext.unit = normalise_transmission(span.text)
            else:
                ext.unit = "date"
            found.append(span)
        found.extend(self._ordinal_shifts(doc, index))
        taken = {i for s in found for i in range(s.start, s.end)}
        words_end = -1
        for start, end in self._number_runs(tokens):
            if any(tokens.ent_type[i] in self.entity_types or i in taken for i in range(start, end)):  # in a model or company name
                continue
            if start == words_end + 1 and _restated(tokens, words_end):
                continue  # "eighteen thousand one hundred (18,100) cars": the digits restate the words, one figure
            if tokens.lower[end - 1] in NUMBER_WORDS:
                words_end = end
            span = self._typed(tokens, index, start, end)
            if span is not None:
                found.append(span)
        doc.spans["quantities"] = doc.user_data[QUANTITIES_KEY] = filter_spans(found)
        return doc

    def _joined_gearboxes(self, tokens: _Tokens, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """'a CVT automatic gearbox', 'a seven-speed dual-clutch automatic transmission': 'automatic' right after a CVT
        or a dual-clutch names the same gearbox, one match; 'manual and automatic transmissions', 'a manual or
        automatic gearbox': two gearboxes, the first kind read with the noun of the second."""
        lower = tokens.lower
        # "CVVT (Continuously Variable Valve Timing)": the engine's valve timing, no gearbox
        gearboxes = sorted((start, end) for match_id, start, end in matches if match_id == self.transmission
                           and not (end < tokens.n and lower[end] in VALVE_WORDS))
        others = [m for m in matches if m[0] != self.transmission]
        if not gearboxes:
            return others
        joined: list[tuple[int, int]] = []
        for start, end in gearboxes:
            if joined and joined[-1][1] == start and lower[start] in ("automatic", "auto") and \
                    normalise_transmission(tokens.doc[joined[-1][0]:joined[-1][1]].text).endswith(("CVT", "DCT")):
                joined[-1] = (joined[-1][0], end)
                continue
            joined.append((start, end))
        taken = {i for start, end in joined for i in range(start, end)}
        kept = []
        for start, end in joined:
            first = start - 2
            if (first >= 0 and lower[start] in GEARBOX_KINDS and lower[start + 1:start + 2] != ["-"] and lower[start - 1] in COORDINATION_WORDS
                    and lower[first] in GEARBOX_KINDS and lower[first] != lower[start] and first not in taken
                    and tokens.index.sent_bounds(first)[0] == tokens.index.sent_bounds(start)[0]):
                kept += [(first, first + 1), (start, end)]
            elif lower[end - 1] not in PLURAL_GEARBOX_NOUNS:  # "buyers want automatic gearboxes": gearboxes in general
                kept.append((start, end))
        return others + [(self.transmission, start, end) for start, end in kept]

    def _plausible_date(self, tokens: _Tokens, start: int, end: int) -> bool:
        years = [tokens.text[i] for i in range(start, end) if tokens.shape[i] == self.year_shape]
        return all(1950 <= int(y) <= 2099 for y in years)

    # -- where to look: the patterns are read only in windows around a trigger
    def _ordinal_shifts(self, doc: Doc, index: DocIndex) -> list[Span]:
        """'a second shift' -> 2 shifts, 'a single-shift operation' -> 1, 'a third shift' -> 3."""
        out = []
        lower = index.lower
        if lx.SHIFT_WORDS.isdisjoint(lower):
            return out
        ordinals = [i for i in index.positions(SHIFT_ORDINAL_WORDS) if i < len(lower) - 1]
        for i in ordinals:
            j = i + 2 if lower[i + 1] == "-" else i + 1
            if j < len(lower) and lower[j] in lx.SHIFT_WORDS:
                out.append(self._span(doc, i, j + 1, "SHIFTS", float(SHIFT_ORDINALS[lower[i]]), "shifts", ""))
        return out

    def _dates(self, tokens: _Tokens, a: int, b: int) -> list[tuple[int, int, int]]:
        """DATE matches in tokens a..b, the longest first, as greedy="LONGEST" keeps them with [YEAR] among the patterns.

        Every pattern starts with one of DATE_OPENERS, so the patterns are read from the first of them; a year taken by
        no longer match is a date alone (one-token matches come last in the longest-first order).
        """
        start = next((i for i in range(a, b) if tokens.lower[i] in DATE_OPENERS), b)
        found = self.dates(tokens, start, b, self.date) if start < b else []
        taken = {i for _, s, e in found for i in range(s, e)}
        found += [(self.date, i, i + 1) for i in range(a, b) if tokens.shape[i] == self.year_shape and i not in taken
                  and not (i + 1 < tokens.n and tokens.lower[i + 1] in DISPLACEMENT_UNITS)]  # "2000 cc", "1998cc": an engine
        return found

    def _trigger_windows(self, tokens: _Tokens, index: DocIndex, codes: list[int]) -> list[tuple[int, int]]:
        """A few tokens around each date or gearbox word, within its sentence, overlapping ones merged.

        The patterns cost a pass over what they read; these phrases are at most ~7 tokens long.
        The triggers are looked up rather than scanned for: the words through a set, four-digit numbers among
        the LIKE_NUM tokens, compact gearbox codes ("7DCT") among the tokens of their word shapes (`codes`).
        """
        lower = tokens.lower
        triggers = [i for i in tokens.numbers if len(lower[i]) == 4 and lower[i].isdigit()]
        triggers += index.positions(OTHER_TRIGGERS)
        triggers += [i for i in codes if COMPACT_GEARBOX_RE.match(lower[i])]
        windows: list[tuple[int, int]] = []
        for i in sorted(set(triggers)):
            sent_start, sent_end = index.sent_bounds(i)
            a, b = max(sent_start, i - 7), min(sent_end, i + 5)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
            else:
                windows.append((a, b))
        return windows

    @staticmethod
    def _number_runs(tokens: _Tokens) -> list[tuple[int, int]]:
        """Spans of one written number: '10,000', 'two thousand', 'twenty-one', '14 m', '3 billion'.

        Read off the LIKE_NUM attribute array: cheaper than a Matcher, which makes a Token per position.
        """
        if not tokens.n:
            return []
        like, lower, n = tokens.like_num, tokens.lower, tokens.n
        runs: list[tuple[int, int]] = []
        vague_until = 0
        for i in tokens.numbers:
            if runs and i < runs[-1][1] or i < vague_until or _wheel_count(lower, i):
                continue
            if _ordinal_word(lower[i]) and i + 1 < n and like[i + 1] and lower[i + 1] in NUMBER_WORDS and not _period_after(tokens, i + 1):
                continue  # "the first four hundred pickups": an ordinal (LIKE_NUM too) is no part of the figure after it
            end = i + 1
            words = lower[i] in NUMBER_WORDS
            if _space_grouped(tokens, i):  # "3 300 people", "350 000 cars": thousands set apart by a space
                while end < n and _digit_group(tokens.text[end]) and tokens.doc[end - 1].whitespace_ == " ":
                    end += 1
            while end < n:
                if like[end] and lower[end] in NUMBER_WORDS and not _wheel_count(lower, end):
                    end += 1  # "two thousand", "3 million" (not "5,500 three-wheelers")
                elif words and lower[end] in ("-", "and") and end + 1 < n and like[end + 1] and lower[end + 1] in NUMBER_WORDS:
                    end += 2  # "twenty-one", "three hundred and fifty"
                else:
                    break
            if end < n and lower[end] in ORDINAL_SCALES:
                end += 1  # "its one millionth export", "the 10 millionth car": a milestone, the count it reaches
            elif lower[end:end + 3] == ["and", "a", "half"] and end + 3 < n and lower[end + 3] in HALF_SCALES:
                end += 4  # "two and a half lakh", "one and a half million"
            elif end < n and lower[end] in SCALE_TOKENS and not (lower[end] in NUMBER_WORDS and like[end]):
                end += 1  # "14 m", "1.2 bn"
            elif not words and end + 1 < n and lower[end] == "-" and lower[end + 1] in HYPHENED_SCALES:
                end += 2  # "a $1.3-billion investment", "a 500-million-euro plant"
            if words and lower[i] in BARE_SCALES and i > 0 and (lower[i - 1] in VAGUE_QUANTIFIERS
                                                               or lower[i - 1] == "-" and lower[i - 2:i - 1] and lower[i - 2] in VAGUE_PREFIXES):
                vague_until = end  # no figure, and no part of it read as one
                continue
            if not words or any(lower[k] in NUMBER_WORDS for k in range(i, end)):
                runs.append((i, end))
        # "half a million vehicles", "half a lakh": a fraction of a scale word (list.index runs in C)
        k = -1
        while True:
            try:
                k = lower.index("half", k + 1)
            except ValueError:
                break
            if lower[k + 1:k + 2] in (["a"], ["an"]) and k + 2 < n and lower[k + 2] in HALF_SCALES and (k == 0 or lower[k - 1] != "and"):
                runs.append((k, k + 3))
        return sorted(runs)

    # -- typing a number by its neighbours ------------------------------------------------
    def _typed(self, tokens: _Tokens, index: DocIndex, start: int, end: int) -> Span | None:
        doc = tokens.doc
        value, scale_end = self._value(tokens, start, end)
        if value is None:
            return None
        qualifier = find_qualifier(tokens.text[max(0, start - 4):start])
        money = self._money(tokens, start, end)
        if money:
            label, unit, s, e = "MONEY", money[0], money[1], money[2]
            if e > end and self.gaz.currency_factors:  # "12 trillion tomans": IRR 120 trillion
                factors = self.gaz.currency_factors
                factor = factors.get(" ".join(tokens.lower[max(end, e - 2):e])) or factors.get(tokens.lower[e - 1], 1.0)
                value = scaled(value, factor)
            return self._span(doc, s, e, label, value, unit, qualifier)
        if _length_after_count(tokens, start) > start:
            return None  # the "12m" of "120 12m buses": the buses' length
        if start > 0 and tokens.lower[start - 1] in REFERENCE_WORDS:
            return None  # "corrects the capacity figure in paragraph 4": a place in the text, not a figure
        nxt = self._after(tokens, end)
        nxt_lower = tokens.lower[nxt.start:nxt.stop]
        first = nxt_lower[0] if nxt_lower else ""
        if first in lx.PERCENT_WORDS or nxt_lower[:2] == ["per", "cent"]:
            return self._span(doc, start, end + (2 if first == "per" else 1), "PERCENT", value, "%", qualifier)
        if first in ENERGY_UNITS:
            return None  # "15.8 GWh a year": a battery plant's energy, not vehicles or anything counted
        if first in lx.SHIFT_WORDS and value <= MAX_SHIFTS:
            return self._span(doc, start, end + 1, "SHIFTS", value, "shifts", qualifier)
        if first in lx.ENGINE_UNITS and lx.ENGINE_UNITS[first] == "l" and (_fluid_litres(tokens.lower, start, nxt.start)
                                                                           or _range_of_engines(tokens.lower, start, end, nxt.start)):
            return None  # "consumes 7.3 litres of fuel per 100 km", "engines of between 0.6 and 1.3 litres": no one engine's size
        if first == "and" and _range_of_engines(tokens.lower, start, end, nxt.start) \
                and lx.ENGINE_UNITS.get(tokens.lower[min(nxt.start + 2, tokens.n - 1)]) == "l":
            return None  # the first size of "engines of between 0.6 and 1.3 litres"
        if first in lx.ENGINE_UNITS and self._engine_context(tokens, nxt, first):
            litres = displacement_to_litres(value, lx.ENGINE_UNITS[first])
            # a size in cc may be a motorcycle's or a scooter's ("a 125cc scooter", "its 373 cc single"); in litres
            # a figure below half a litre is no engine's
            low = MIN_CC_LITRES if first in DISPLACEMENT_UNITS else 0.5
            if low <= litres <= 16:  # heavy-truck engines reach 13-16 litres
                return self._span(doc, start, nxt.start + 1, "ENGINE", litres, "l", qualifier)
        if first in DISPLACEMENT_UNITS:
            return None  # "exporting 125cc motorcycles": a small engine's size (below a car's), never a count of vehicles
        if first in UNITLESS_ENGINE_NOUNS and end == start + 1 and nxt.start == end and UNITLESS_ENGINE_SIZE.match(tokens.text[start]) \
                and 0.6 <= value <= 8.0:
            return self._span(doc, start, end, "ENGINE", value, "l", qualifier)  # "the UII 1.7 engine", "the 2.0 diesel"
        if end == start + 1 and UNITLESS_ENGINE_SIZE.match(tokens.text[start]) and 0.6 <= value <= 8.0 and _cylinders_after(tokens.lower, end):
            return self._span(doc, start, end, "ENGINE", value, "l", qualifier)  # "a 0.8 3-cylinder engine", "a 1.0 three-cylinder"
        if first in lx.POWER_UNITS:
            return self._span(doc, start, nxt.start + 1, "POWER", power_to_hp(value, lx.POWER_UNITS[first]), "hp", qualifier)
        if first in ("and", "or", "/", ",") and 0.5 <= value <= 16 and self._engine_size_shared(tokens, start, nxt):
            # "1.5 and 2.0-litre diesels", "a 1.6 or 2.0 litre engine": the size before the one that carries the unit
            return self._span(doc, start, end, "ENGINE", value, "l", qualifier)
        if first in lx.AREA_UNITS:
            unit = lx.AREA_UNITS[first]
            if unit == "sq":
                unit = "sq km" if "km" in nxt_lower[1:3] or "kilometres" in nxt_lower[1:3] else "sq m"
            return self._span(doc, start, nxt.start + 1, "AREA", area_to_hectares(value, unit), "ha", qualifier)
        if first in ("-", "\u2013") and nxt_lower[1:2] and nxt_lower[1] in FRACTION_NOUNS or first in FRACTION_NOUNS and first.endswith("s"):
            return None  # "some three-quarters have been exported", "two-thirds of the cars": a share, no count
        return self._counted(tokens, index, start, end, value, qualifier)

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

    def _value(self, words: _Tokens, start: int, end: int) -> tuple[float | None, int]:
        tokens = words.text[start:end]
        lowered = [t.lower() for t in tokens]
        if "half" in lowered and lowered[-1] in HALF_SCALES:  # "two and a half lakh", "half a million"
            scale = SCALE_WORDS[lowered[-1]]
            if lowered[:1] == ["half"]:
                return scaled(0.5, scale), end
            whole = self._value(words, start, end - 4)[0] if lowered[-4:-1] == ["and", "a", "half"] and len(tokens) > 4 else None
            return (None if whole is None else scaled(whole + 0.5, scale)), end
        scale = 1.0
        if len(tokens) > 1 and lowered[-1] in ORDINAL_SCALES:  # "one millionth": the million it counts up to
            scale = SCALE_WORDS[ORDINAL_SCALES[lowered[-1]]]
            tokens = tokens[:-1]
        elif len(tokens) > 1 and tokens[-1].lower() in SCALE_WORDS and tokens[-1].lower() not in NUMBER_WORDS:
            scale = SCALE_WORDS[tokens[-1].lower()]
            tokens = tokens[:-1]
        if len(tokens) == 1 and is_digit_number(tokens[0]):
            value = parse_digits(tokens[0])
        elif len(tokens) > 1 and tokens[0].isdigit() and all(_digit_group(t) for t in tokens[1:]):
            value = float("".join(tokens))  # "350 000"
        elif len(tokens) == 1 and "," in tokens[0] and decimal_comma(tokens[0]) is not None:
            value = decimal_comma(tokens[0])  # "48,3 thousand", "1,8 liter": bare ones are dropped in _counted
        else:
            digits = [t for t in tokens if is_digit_number(t) or decimal_comma(t) is not None]
            if digits:  # "3 million", "48,3 thousand": digits then a word scale
                value = decimal_comma(digits[0]) if "," in digits[0] and decimal_comma(digits[0]) is not None else parse_digits(digits[0])
                rest = [t.lower() for t in tokens[tokens.index(digits[0]) + 1:]]
                for w in rest:
                    scale *= SCALE_WORDS.get(w, 1.0)
            else:
                value = parse_number_words(tokens)
        if value is None:
            return None, end
        return scaled(value, scale), end

    def _money(self, tokens: _Tokens, start: int, end: int) -> tuple[str, int, int] | None:
        prefix = tokens.text[start - 1] if start > 0 else None
        if prefix is not None and prefix in self.gaz.currencies_prefix:
            s = start - 1
            # "US $", "USD$": a currency word just before the symbol
            return self._local_currency(tokens, prefix, self.gaz.currencies_prefix[prefix]), s, end
        # suffix: "20 billion rials", "5 million US dollars"; only a currency's first word can open one
        if end + 1 < tokens.n and tokens.lower[end] == "-" and tokens.lower[end - 1] in HYPHENED_SCALES:
            end += 1  # "a 500-million-euro plant": the currency joined by a hyphen
        if end >= tokens.n or tokens.lower[end] not in self.currency_openers and " " not in tokens.text[end]:
            return None
        for width in (2, 1):
            if end + width <= tokens.n:
                words = " ".join(tokens.text[end:end + width])
                code = self.gaz.currencies_suffix.get(words) or self.gaz.currencies_suffix.get(words.lower())
                if code:
                    return self._local_currency(tokens, words, code), start, end + width
        return None

    def _local_currency(self, tokens: _Tokens, surface: str, code: str) -> str:
        """Gazetteer.local_currency with the story's countries, asked once per currency word and Doc, and once per
        currency word and list of countries across Docs (it reads CLDR's table for each country)."""
        key = (surface, code)
        if key not in tokens.currencies:
            asked = (surface, code, tuple(self._story_countries(tokens)))
            local = self._currencies.get(asked)
            if local is None:
                if len(self._currencies) > MAX_CURRENCIES_KEPT:
                    self._currencies.clear()
                local = self._currencies[asked] = self.gaz.local_currency(surface, code, asked[2])
            tokens.currencies[key] = local
        return tokens.currencies[key]

    def _story_countries(self, tokens: _Tokens) -> list[str]:
        """Countries the article names, directly or through its places (read once per Doc).

        Read off the entity columns as doc.ents gives them: an entity starts at a "B" token and runs over the "I" ones.
        """
        doc = tokens.doc
        found = doc.user_data.get(STORY_COUNTRIES_KEY)
        if found is None:
            starts = _positions(tokens.ent_iob, IOB_BEGIN)
            found = [doc[i].ent_id_ for i in starts if tokens.ent_type[i] == self.country]  # a few Tokens
            for i in starts:
                if tokens.ent_type[i] == self.place:
                    end = i + 1
                    while end < tokens.n and tokens.ent_iob[end] == IOB_INSIDE:
                        end += 1
                    start_char, end_char = tokens.index.span_chars(i, end)
                    text = doc_text(doc)[start_char:end_char]
                    if text in self.gaz.places:
                        found.append(self.gaz.places[text].country)
            doc.user_data[STORY_COUNTRIES_KEY] = found
        return found

    @staticmethod
    def _after(tokens: _Tokens, end: int) -> range:
        """The (up to) six tokens after a number, past a hyphen ("a 300,000-unit plant") or a plus sign written tight to
        it ("a 160+ hp petrol": at least that figure, the unit after the sign)."""
        stop = min(end + 6, tokens.n)
        skip = end < stop and (tokens.text[end] == "-" or tokens.text[end] == "+" and not tokens.doc[end - 1].whitespace_)
        return range(end + 1 if skip else end, stop)

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

    @staticmethod
    def _engine_size_shared(tokens: _Tokens, start: int, nxt: range) -> bool:
        """'1.5 and 2.0-litre diesels', '1.6 and 2-liter engines': two engine sizes, the first written with a decimal
        point (so no count of anything), the second followed by its unit in litres."""
        k = nxt.start + 1
        # "1.3, 1.5, and 1.6 liters": a list of sizes, each with a decimal point, the last with the unit
        if tokens.lower[nxt.start] == "," and k < tokens.n and tokens.lower[k] in ("and", "or"):
            k += 1
        while (k + 1 < tokens.n and tokens.text[k][:1].isdigit() and "." in tokens.text[k] and tokens.lower[k + 1] in (",", "and", "or")):
            k += 1 + (tokens.lower[k + 1] == "," and k + 2 < tokens.n and tokens.lower[k + 2] in ("and", "or")) + 1
        # (the second may be whole when its unit follows: "1.6 and 2-liter engines")
        if "." not in tokens.text[start] or k >= tokens.n or not tokens.like_num[k] or not tokens.text[k][:1].isdigit():
            return False
        unit = k + 2 if k + 2 < tokens.n and tokens.text[k + 1] == "-" else k + 1
        return unit < tokens.n and lx.ENGINE_UNITS.get(tokens.lower[unit]) == "l" and tokens.lower[unit] not in ("t", "turbo")

    @staticmethod
    def _engine_context(tokens: _Tokens, nxt: range, first: str) -> bool:
        if first == "turbo":  # "a 1.5 turbo" but not "2 turbo chargers"
            return bool(nxt) and "." in (tokens.text[nxt.start - 1] if nxt.start > 0 else "")
        if first != "t":
            return True
        return any(w in ("engine", "turbo", "petrol", "gasoline", "diesel", "motor") for w in tokens.lower[nxt.start + 1:nxt.start + 4])

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str, value: float, unit: str, qualifier: str) -> Span:
        span = Span(doc, start, min(end, len(doc)), label=label)
        ext = span._
        ext.value = value
        ext.unit = unit
        ext.qualifier = qualifier
        return span
