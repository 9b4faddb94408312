"""Normalisers: number words, scales, units and transmissions to plain values.

Pure functions over strings, used by the quantity component and tested on their own.
"""
from __future__ import annotations

import re

from text_to_num import text2num

# Words that can make up a spelled-out number ("two thousand", "twenty-one").
NUMBER_WORDS = frozenset(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"]
)
SCALE_WORDS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# "a dozen", "half a million": uncommon in trade news, handled where cheap.
SPECIAL_WORDS = {"dozen": 12, "single": 1, "double": 2, "triple": 3, "a": 1, "an": 1}
# "1,63,386", "5,98,666": Indian grouping (lakh and crore places, pairs of digits before the last three)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")

QUALIFIERS = (
    "at least", "more than", "over", "upwards of", "in excess of", "as many as", "up to", "at most",
    "less than", "under", "below", "nearly", "almost", "close to", "around", "about", "roughly",
    "approximately", "approx", "approx.", "some", "an estimated", "estimated", "circa", "a further", "another",
)


def is_digit_number(text: str) -> bool:
    return bool(_DIGITS.match(text))


def scaled(value: float, scale: float) -> float:
    """value times scale without binary noise: 2.55 lakh is 255000, not 254999.99999999997."""
    return float(f"{value * scale:.12g}")


def parse_digits(text: str) -> float:
    return float(text.replace(",", ""))


# Regional-portal number habits. "48,3 thousand", "1,8 liter": a comma before one or two digits is a decimal comma
# (a thousands separator always has three digits after it, so "1,200" stays twelve hundred).
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
# "19.500 units", "1.200 jobs": a dot before groups of three digits separates thousands when whole things are counted.
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def decimal_comma(text: str) -> float | None:
    """'48,3' -> 48.3, '2,0' -> 2.0; None for '1,200' or anything else."""
    return float(text.replace(",", ".")) if _DECIMAL_COMMA.match(text) else None


def dot_thousands(text: str) -> float | None:
    """'19.500' -> 19500, '1.200.000' -> 1200000; None for '1.5' or '1.2345'. Only for counts of whole things."""
    return float(text.replace(".", "")) if _DOT_THOUSANDS.match(text) else None


def parse_number_words(words: list[str]) -> float | None:
    """'two thousand' -> 2000, 'twenty-one' -> 21, 'one' -> 1; None when not a number."""
    cleaned = [w.lower() for w in words if w not in ("-", "and")]
    if not cleaned:
        return None
    if len(cleaned) == 1 and cleaned[0] in SPECIAL_WORDS:
        return float(SPECIAL_WORDS[cleaned[0]])
    if not all(w in NUMBER_WORDS for w in cleaned):
        return None
    text = " ".join(cleaned)
    try:
        return float(text2num(text, "en"))
    except ValueError:
        # text2num refuses some forms ("thousand" alone); fall back to a small reading.
        return _fallback_words(cleaned)


def _fallback_words(words: list[str]) -> float | None:
    total, current = 0.0, 0.0
    for w in words:
        if w in ("hundred",):
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += (current or 1) * SCALE_WORDS[w]
            current = 0
        else:
            try:
                current += text2num(w, "en")
            except ValueError:
                return None
    return total + current


def parse_number(text: str) -> float | None:
    """A number as written: '10,000', '1.6', 'two thousand', '14m', '1.2bn', '200k'."""
    text = text.strip()
    if is_digit_number(text):
        return parse_digits(text)
    m = re.match(r"^(\d+(?:[.,]\d+)?)\s*([a-zA-Z]+)$", text)
    if m and m.group(2).lower() in SCALE_WORDS:
        number = m.group(1)
        value = decimal_comma(number) if "," in number else float(number)  # "1,2bn" is 1.2 billion
        return scaled(value if value is not None else float(number.replace(",", "")), SCALE_WORDS[m.group(2).lower()])
    return parse_number_words(re.split(r"[\s-]+", text))


# -- units ------------------------------------------------------------------------------------
KW_TO_HP = 1.341
PS_TO_HP = 0.9863


def power_to_hp(value: float, unit: str) -> float:
    u = unit.lower()
    if u in ("kw", "kilowatt", "kilowatts"):
        return round(value * KW_TO_HP, 1)
    if u in ("ps", "cv", "metric horsepower"):
        return round(value * PS_TO_HP, 1)
    return value


def displacement_to_litres(value: float, unit: str) -> float:
    u = unit.lower()
    if u in ("cc", "cm3", "cubic centimetres", "cubic centimeters"):
        return cc_to_litres(value)
    return value


def cc_to_litres(value: float) -> float:
    """'1,598cc' = 1.6 litres, as news rounds a size of a litre or more; '660cc' = 0.66, where a tenth of a litre is
    too coarse for the small engine (0.7 would be another engine's size); '125cc' = 0.125, a motorcycle's size to the
    cc."""
    return round(value / 1000, 1 if value >= 1000 else 2 if value >= 500 else 3)


def area_to_hectares(value: float, unit: str) -> float:
    u = unit.lower()
    if u in ("acre", "acres"):
        return round(value * 0.4047, 2)
    if u in ("sq m", "square metres", "square meters", "m2", "sqm"):
        return round(value / 10_000, 2)
    if u in ("sq km", "square kilometres", "square kilometers", "km2"):
        return value * 100
    return value


def normalise_transmission(text: str) -> str:
    """'six-speed automatic gearbox' -> '6-speed automatic'; 'dual-clutch' -> 'DCT'; 'CVT' -> 'CVT'."""
    t = text.lower().replace("–", "-")
    compact = re.fullmatch(r"(\d{1,2}) ?-? ?(w?dct|dsg|amt|at|mt)", t.strip())
    if compact:  # "7DCT", "8AT", "6MT", "6 MT" (a table's cell)
        n, code = int(compact.group(1)), compact.group(2)
        kind = {"at": "automatic", "mt": "manual", "amt": "automated manual"}.get(code, "DCT")
        return f"{n}-speed {kind}"
    if "cvt" in t or "ivt" in t.split() or "continuously variable" in t or "variator" in t:
        return "CVT"
    m = re.search(r"(\d+|[a-z]+)\s*-?\s*(?:speed|spd\b|gears\b)", t)
    n = None
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else parse_number_words([m.group(1)])
    # (and "7-speed dual dry clutch", "twin-clutch": the clutch's kind between)
    if "dct" in t or "dsg" in t or re.search(r"\b(?:dual|double|twin)[- ](?:(?:dry|wet)[- ])?clutch", t):
        kind = "DCT"
    elif "amt" in t.split() or "automated manual" in t:
        kind = "automated manual"  # spelled out: "AMT" means nothing to many readers
    elif "auto" in t:
        kind = "automatic"
    elif "manual" in t or "mechanical" in t:  # "5-speed mechanical gearbox", as translated specs say
        kind = "manual"
    else:
        kind = ""
    if n and kind:
        return f"{int(n)}-speed {kind}"
    if n and not kind and re.search(r"\b(?:transmission|gearbox)\b", t):
        return f"{int(n)}-speed"  # "a 10-speed transmission": how many gears, not of what kind
    return kind or text.strip()


def find_qualifier(words_before: list[str]) -> str:
    """The hedge just before a figure ("at least", "around", "up to"), lowercased; '' if none."""
    text = " ".join(w.lower() for w in words_before if w not in ('"', "“", "”", "'", "‘", "’", "(", ")"))
    if not text.endswith(QUALIFIERS):
        return ""  # one test for the common case, no hedge
    for q in QUALIFIERS:
        if text == q or text.endswith(" " + q):
            return q
    return ""
