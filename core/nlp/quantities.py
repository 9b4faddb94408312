"""Quantities: money, capacity, jobs, shipment units, engine, power, transmission, area, percent, shifts, dates.

Numbers (digits, number words, scales) are read off the LIKE_NUM column, transmissions and dates matched by
token patterns; each number is then typed by the words around it. Results go to doc.spans["quantities"] with
Span._.value / ._.unit / ._.qualifier set.

This module holds the component (QuantityFinder: numbers, money, engines, power, area, gearboxes and dates); what a
bare count counts is in quantity_counts.py, the tests of the words around a figure in quantity_cues.py, the token
columns and the pattern matcher in quantity_tokens.py, and the word lists more than one of them reads in
quantity_words.py.
"""
from __future__ import annotations

import re
from itertools import product

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
    find_qualifier,
    is_digit_number,
    normalise_transmission,
    parse_digits,
    parse_number_words,
    power_to_hp,
    scaled,
)
from core.nlp.quantity_counts import QuantityCountsMixin
from core.nlp.quantity_cues import _cylinders_after, _fluid_litres, _length_after_count, _range_of_engines, _wheel_count
from core.nlp.quantity_tokens import (
    IOB_BEGIN,
    IOB_INSIDE,
    TokenPatterns,
    _digit_group,
    _ordinal_word,
    _period_after,
    _positions,
    _restated,
    _space_grouped,
    _Tokens,
)
from core.nlp.quantity_words import DISPLACEMENT_UNITS, MAX_SHIFTS, SCALE_TOKENS
from core.nlp.registry import get_gazetteer

REFERENCE_WORDS = frozenset(["paragraph", "paragraphs", "para", "page", "pages", "section", "chapter", "table", "figure", "item"])
ENERGY_UNITS = frozenset(["gwh", "mwh", "kwh", "twh", "gw", "mw", "gigawatt", "gigawatts", "megawatt", "megawatts",
                          "terawatt", "gigawatt-hours", "gigawatt-hour"])
HYPHENED_SCALES = frozenset(["thousand", "million", "billion", "trillion", "lakh", "crore"])  # "$1.3-billion"
# "its one millionth vehicle", "the 15 millionth export": a milestone, counted as the vehicles it reaches
ORDINAL_SCALES = {"thousandth": "thousand", "millionth": "million", "billionth": "billion"}
HALF_SCALES = frozenset(["thousand", "million", "billion", "lakh", "crore"])  # "half a million", "two and a half lakh"
# "several thousand jobs", "a few hundred workers", "many millions of dollars": a scale word after a vague
# quantifier states no figure (read alone, "thousand" would be 1,000)
VAGUE_QUANTIFIERS = frozenset(["several", "few", "many", "numerous", "couple"])
BARE_SCALES = HYPHENED_SCALES | {"hundred"}
# "a multi-billion rand upgrade", "a multi-million-dollar plant": a scale word after "multi-" states no figure either
VAGUE_PREFIXES = frozenset(["multi", "multiple"])
MODEL_LABELS = ("MODEL", "MODEL_AMBIG", "COMPANY")
# "three-quarters", "two-thirds", "four fifths": a fraction written with a number word
FRACTION_NOUNS = frozenset(["quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenths", "halves"])

COMPACT_GEARBOX = r"^\d{1,2}-?(?:DCT|WDCT|DSG|AMT|AT|MT|dct|at|mt)$"  # "7DCT", "8AT", "6MT", as spec sheets write them
# "a six-speed torque-converter automatic": the hyphen of a modifier written as one word goes with it
GEARBOX_MODIFIERS = ["torque", "converter", "tc", "steptronic", "tiptronic", "geartronic", "sequential", "electronic", "sport", "automated", "-",
                     # makers' names for a manual mode ("a six-speed Shiftronic auto", "an eight-speed SelectShift automatic")
                     "shiftronic", "sportronic", "touchtronic", "sportmatic", "selectshift", "speedshift", "manumatic", "adaptive"]
# Each pattern needs one of GEARBOX_WORDS; a compact code ("7DCT"), one token no pattern here can take, is found
# in QuantityFinder.__call__, by the word shapes of COMPACT_GEARBOX_SHAPES.
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
MIN_CC_LITRES = 0.049  # a 49cc moped's engine: the smallest road vehicle's size news gives in cc
# "the 1.7 engine", "a 2.0 diesel": an engine size written with one decimal and no unit, right before the engine
UNITLESS_ENGINE_NOUNS = frozenset(["engine", "petrol", "diesel", "gasoline", "turbodiesel"])
UNITLESS_ENGINE_SIZE = re.compile(r"^\d\.\d$")


COMPACT_GEARBOX_RE = re.compile(COMPACT_GEARBOX)
# the word shapes of what COMPACT_GEARBOX can match: one or two digits, a hyphen or not, two to four letters
COMPACT_GEARBOX_SHAPES = frozenset(
    digits + hyphen + "".join(letters)
    for digits in ("d", "dd") for hyphen in ("", "-") for n in (2, 3, 4) for letters in product("xX", repeat=n)
)
SHIFT_ORDINALS = {"single": 1, "double": 2, "triple": 3, "second": 2, "third": 3, "fourth": 4}
SHIFT_ORDINAL_WORDS = frozenset(SHIFT_ORDINALS)
GEARBOX_WORDS = frozenset(["speed", "cvt", "dct", "e-cvt", "ivt", "dsg", "variator", "clutch", "continuously", "transmission", "gearbox",
                           "transmissions", "gearboxes"])
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


def _first_words(patterns: list[list[dict]]) -> frozenset[str]:
    """The words the patterns can start with: each starts with a LOWER word or set, not optional."""
    words: set[str] = set()
    for pattern in patterns:
        first = pattern[0]
        assert set(first) == {"LOWER"}, first
        words.update(first["LOWER"]["IN"] if isinstance(first["LOWER"], dict) else [first["LOWER"]])
    return frozenset(words)


DATE_OPENERS = _first_words(DATE_PATTERNS)


MAX_CURRENCIES_KEPT = 10_000


@Language.factory("aw_quantities", default_config={"gazetteer": "default"})
def make_quantity_finder(nlp: Language, name: str, gazetteer: str) -> QuantityFinder:
    register_extensions()
    return QuantityFinder(nlp, get_gazetteer(gazetteer))


class QuantityFinder(QuantityCountsMixin):
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
        # the number of gears of each gearbox written with it, by the token after it ("six-speed manual or automatic")
        speeds_before = {end: unit.split(" ", 1)[0] for match_id, start, end in matches if match_id == self.transmission
                         and (unit := normalise_transmission(doc[start:end].text)).split(" ", 1)[0].endswith("-speed")}
        for match_id, start, end in matches:
            if match_id == self.date and not self._plausible_date(tokens, start, end):
                continue
            span = Span(doc, start, end, label=match_id)
            ext = span._
            if match_id == self.transmission:
                ext.value = None
                ext.unit = normalise_transmission(span.text)
                if ext.unit in GEARBOX_KINDS and start >= 1 and tokens.lower[start - 1] in ("or", "and") and start - 1 in speeds_before:
                    # "a six-speed manual or automatic gearbox": the second kind has as many gears as the first
                    ext.unit = f"{speeds_before[start - 1]} {ext.unit}"
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
