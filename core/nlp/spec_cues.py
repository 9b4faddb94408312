"""Word-level cues that decide which engine, power and gearbox figures are a car's own, and whose.

Pure functions over a sentence's lowercase words (DocIndex.lower) and token positions; core.nlp.relations
calls them while reading specs. No fact of any article lives here: only how news English writes specs.
"""
from __future__ import annotations

# "another 5 hp", "an extra 20 hp", "15 hp more", "up by 10 hp", "a gain of 12 hp": a difference, not a rating
INCREMENT_BEFORE = frozenset(["another", "extra", "additional", "further"])
INCREMENT_AFTER = frozenset(["more", "extra", "less", "fewer", "up", "down"])
CHANGE_WORDS = frozenset(["up", "down", "increased", "increases", "raised", "boosted", "rises", "rose", "risen", "rising",
                          "gains", "gained", "grows", "grew", "cut", "reduced", "improved", "climbs", "climbed", "jumps", "jumped"])
CHANGE_NOUNS = frozenset(["gain", "increase", "boost", "rise", "improvement", "bump", "hike", "jump", "advantage", "deficit"])
# "an onboard charger of up to 7 kW", "150 kW DC fast charging", "charges at 11kW": a charger's power, not the car's
CHARGING_WORDS = frozenset(["charger", "chargers", "charging", "charge", "charges", "charged", "fast-charging", "wallbox",
                            "fast-charge", "recharging", "recharge", "dc", "ac", "onboard", "on-board", "v2l", "bidirectional"])
# the words before a model an engine comes from: "a 1.6-litre engine from the Granta", "a mill borrowed from the Vesta"
ENGINE_NOUNS = frozenset(["engine", "engines", "motor", "motors", "powertrain", "powertrains", "unit", "units", "mill",
                          "powerplant", "gearbox", "transmission", "drivetrain", "lump"])
BORROW_VERBS = frozenset(["borrowed", "sourced", "taken", "lifted", "carried", "inherited", "donated", "shared", "transplanted",
                          "pinched", "poached"])
# "a motor that will come from the Tiago": verbs of an engine's coming from another model
COME_VERBS = frozenset(["come", "comes", "came", "coming"])
# "powered by", "driven by": the engine of another model the car uses
POWERED_WORDS = frozenset(["powered", "driven", "propelled", "motivated"])
DONOR_GLUE = frozenset(["the", "a", "an", "its", "sibling", "smaller", "larger", "bigger", "existing", "current", "older",
                        "outgoing", "previous", "sister", "brand's", "brand’s", "company's", "company’s"])
# "The sedan is offered with ...", "This SUV gets ...", "It comes with ...": a sentence about the car the story is on
VEHICLE_ANAPHORS = frozenset(["car", "sedan", "saloon", "hatchback", "hatch", "suv", "crossover", "pickup", "pick-up", "truck",
                              "van", "mpv", "minivan", "coupe", "model", "vehicle", "wagon", "estate", "roadster", "ute"])
ANAPHOR_DETERMINERS = frozenset(["the", "this", "its"])
ANAPHOR_ADJECTIVES = frozenset(["new", "all-new", "latest", "updated", "refreshed", "facelifted", "revised", "compact",
                                "small", "electric", "mid-size", "midsize", "mid-sized", "full-size", "entry-level", "four-door",
                                "five-door", "three-door", "seven-seat", "seven-seater", "family", "flagship", "luxury",
                                "subcompact", "big", "little", "larger", "smaller"])


def is_increment(lower: list[str], start: int, end: int, floor: int) -> bool:
    """'another 5hp', '25 hp more powerful', 'up by 10 hp', 'a gain of 12 hp': the figure is a difference."""
    before = lower[start - 1] if start - 1 >= floor else ""
    if before in INCREMENT_BEFORE:
        return True
    if before == "by" and start - 2 >= floor and lower[start - 2] in CHANGE_WORDS:
        return True
    if before == "by" and "than" in lower[max(floor, start - 10):start - 1]:
        return True  # "more powerful than the outgoing version by five horsepower": a comparison's margin
    if before == "of" and start - 2 >= floor and lower[start - 2] in CHANGE_NOUNS:
        return True
    after = lower[end] if end < len(lower) else ""
    return after in INCREMENT_AFTER and not (after == "up" and lower[end + 1:end + 2] == ["to"])


DENIALS = frozenset(["not", "n't", "never", "without"])


def is_denied(lower: list[str], start: int, floor: int) -> bool:
    """'will not be offered with an automatic transmission', 'comes without a manual': a figure the car is said not to
    have, the denial a few words before it in the same clause (not 'not only a 1.5-litre but also ...')."""
    for k in range(start - 1, max(floor, start - 7) - 1, -1):
        if lower[k] in (",", ";", "but", "and", "while"):
            return False
        if lower[k] in DENIALS:
            return lower[k + 1:k + 2] != ["only"]
    return False


def is_charging_power(lower: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """'an onboard charger of up to 7 kW', '11kW AC charging', 'charges at 150 kW': a charger's power."""
    window = lower[max(floor, start - 5):start] + lower[end:min(ceiling, end + 3)]
    return any(w in CHARGING_WORDS or w.startswith("charg") for w in window)


def is_converted_repeat(lower: list[str], start: int, previous_end: int | None) -> bool:
    """'130hp (96 kW)', '1.5 litres (1,498cc)': the same figure again in other units, in brackets right after it."""
    return previous_end is not None and start >= 1 and lower[start - 1] == "(" and 0 <= start - 1 - previous_end <= 1


def borrowed_from(lower: list[str], model_start: int, floor: int) -> bool:
    """'a 1.6-litre engine from the Granta', 'a mill borrowed from the Vesta', 'the unit shared with the Seltos': a model
    named as where an engine comes from, not the car the figure is for."""
    k = model_start - 1
    while k > floor and lower[k] in DONOR_GLUE:
        k -= 1
    if k <= floor or lower[k] not in ("from", "with"):
        return False
    prev = lower[k - 1]
    if lower[k] == "with":
        return prev in ("shared", "shares", "share")
    if prev in COME_VERBS:  # "a 1.2-litre 85 PS petrol motor that will come from the Tiago": an engine's donor
        return any(lower[j] in ENGINE_NOUNS for j in range(max(floor, k - 8), k - 1))
    return prev in ENGINE_NOUNS or prev in BORROW_VERBS or (prev in ("directly", "straight") and lower[k - 2] in BORROW_VERBS)


# "However, it ...", "But the sedan ...": linking words a sentence may open with before its subject
DISCOURSE_OPENERS = frozenset(["however", "but", "meanwhile", "moreover", "still", "instead", "and", "also"])


def opens_with_vehicle_anaphor(lower: list[str], start: int, end: int) -> bool:
    """'The sedan is offered with ...', 'This new SUV gets ...', 'It comes with ...', 'Its 1.5-litre engine ...': the
    sentence is about a car named before, not one it names later."""
    if start + 1 < end and lower[start] in DISCOURSE_OPENERS:
        start += 1 + (lower[start + 1] == ",")  # "However, it is powered by ...": a linking word before the subject
    first = lower[start] if start < end else ""
    if first in ("it", "it's", "it’s"):
        return True
    if first not in ANAPHOR_DETERMINERS:
        return False
    k = start + 1
    while k < end and k - start <= 3 and lower[k] in ANAPHOR_ADJECTIVES:
        k += 1
    return k < end and lower[k] in VEHICLE_ANAPHORS and (k + 1 >= end or lower[k + 1] not in ("'s", "’s", "of"))


# "an engine appearing in the X and the Y", "the unit used in ...", "powers the X, the Y and the Z"
SHARED_IN_VERBS = frozenset(["appearing", "appears", "appear", "used", "offered", "available", "found", "fitted", "installed",
                             "featured", "featuring", "sold", "standard"])
SHARED_IN_PREPS = frozenset(["in", "on", "to", "under", "across", "for"])  # "the engine, used for the X and the Y"
SHARED_POWER_VERBS = frozenset(["powers", "powering", "power"])
SHARER_WORDS = frozenset(["also", "already", "too", "other"])
LIST_GLUE = frozenset([",", "and", "as", "well", "the", "a", "an", "its", "their", "his", "company", "group", "'s", "’s",
                       "new", "all-new", "newly", "unveiled", "redesigned", "upcoming", "latest", "revealed"])
# "the X produced in Kaluga, as well as for the Y": where a listed model is made, and the preposition the list repeats
LIST_PLACE_ASIDE = frozenset(["produced", "built", "made", "assembled", "manufactured", "in", "at", "for", "locally"])


def engine_shared_by(lower: list[str], figure_end: int, first_model: int) -> bool:
    """'GM's 6.2-liter V-8 is a new engine appearing in the top trims of the X and the Y', '... a 2.0-litre that
    powers the X, the Y and the Z': the figure, said first, of an engine the models named after a verb of fitting
    have; not one that is 'also' in them (a sharer, not the car the sentence is about)."""
    window = range(max(figure_end, first_model - 9), first_model)
    words = [lower[k] for k in window]
    if "." in words or ";" in words or SHARER_WORDS & set(lower[figure_end:first_model]):
        return False
    for k in window:
        if lower[k] in SHARED_POWER_VERBS or lower[k] in SHARED_IN_VERBS and lower[k + 1] in SHARED_IN_PREPS:
            return True
    # "the 1.6-litre engine for Zorin's models, such as the X, the Y and the Z": the engine of the models it is for, listed
    listed = lower[figure_end:first_model]
    if len(listed) <= 30 and "." not in listed and ";" not in listed and (
            listed[-3:] == ["for", "both", "the"] or listed[-2:] == ["for", "both"]):
        return True  # "a 1.5-litre engine ..., rated at 114 horsepower, put together in Poland, for both the X and the Y"
    return len(listed) <= 16 and "for" in listed and "." not in listed and (
        "including" in listed or any(listed[k:k + 2] == ["such", "as"] for k in range(len(listed) - 1)))


ENGINE_OPENERS = frozenset(["engine", "motor", "unit", "powertrain", "v8", "v-8", "v6", "v-6", "mill", "powerplant"])


def opens_with_engine(lower: list[str], start: int, end: int) -> bool:
    """'It is fitted to ...', 'It's considered ...', 'The engine appears in ...', 'This V-8 is used in ...'."""
    first = lower[start] if start < end else ""
    if first in ("it", "it's", "it’s"):
        return True
    return first in ("the", "this", "that") and start + 1 < end and lower[start + 1] in ENGINE_OPENERS


def also_in_clause(lower: list[str], figure_end: int, model_start: int) -> bool:
    """'a 1.5-litre engine, which also sees duty on the X', 'a 1.0 turbo that is already offered with the X': the model
    after the figure is in a clause saying it has the engine too."""
    for k in range(figure_end, model_start):
        if lower[k] in (".", ";"):
            return False
        if lower[k] in ("which", "that") and SHARER_WORDS & set(lower[k + 1:min(k + 4, model_start)]) - {"other"}:
            return True
    return False


# words before a figure that make it a bound of a class of cars ("above 1,700 cc", "up to 1.3 litres")
CLASS_BOUND_WORDS = frozenset(["above", "below", "over", "under", "exceeding", "upto", "beyond"])
CLASS_NOUNS = frozenset(["vehicles", "cars", "models", "segment", "category", "class", "bracket",
                         # two-wheelers' classes go by their size in cc: "motorcycles above 150cc"
                         "motorcycles", "motorbikes", "bikes", "scooters", "mopeds", "wheelers"])


def is_class_bound(lower: list[str], start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """'a duty on above 1,700 cc vehicles', 'cars below 1000cc', 'vehicles up to 1,300cc': a bound of a class of cars
    (a comparative before the figure, the class's plural noun right after it or just before the comparative), not the
    figure of one car."""
    k = start - 1
    if k >= sent_start + 1 and lower[k] == "to" and lower[k - 1] == "up":
        k -= 1
    elif k < sent_start or lower[k] not in CLASS_BOUND_WORDS:
        return False
    return end < sent_end and lower[end] in CLASS_NOUNS or k - 1 >= sent_start and lower[k - 1] in CLASS_NOUNS
