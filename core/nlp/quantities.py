"""Quantities: money, capacity, jobs, shipment units, engine, power, transmission, area, percent, shifts, dates.

A Matcher finds numbers (digits, number words, scales), transmissions and dates; each number
is then typed by the words around it. Results go to doc.spans["quantities"] with
Span._.value / ._.unit / ._.qualifier set.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.nlp import lexicon as lx
from core.nlp.docindex import STORY_COUNTRIES_KEY, DocIndex, doc_index
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


def _plausible_date(span: Span) -> bool:
    years = [t.text for t in span if t.shape_ == "dddd"]
    return all(1950 <= int(y) <= 2099 for y in years)


SCALE_TOKENS = [w for w in SCALE_WORDS if w not in ("a",)]
JOB_MOVE_WORDS = frozenset(["transferring", "transferred", "relocating", "relocated", "redeploying", "redeployed"])
REFERENCE_WORDS = frozenset(["paragraph", "paragraphs", "para", "page", "pages", "section", "chapter", "table", "figure", "item"])
ENERGY_UNITS = frozenset(["gwh", "mwh", "kwh", "twh", "gw", "mw"])
HALF_SCALES = frozenset(["thousand", "million", "billion", "lakh", "crore"])  # "half a million", "two and a half lakh"
MODEL_LABELS = ("MODEL", "MODEL_AMBIG", "COMPANY")

COMPACT_GEARBOX = r"^\d{1,2}-?(?:DCT|WDCT|DSG|AMT|AT|MT|dct|at|mt)$"  # "7DCT", "8AT", "6MT", as spec sheets write them
GEARBOX_MODIFIERS = ["torque", "converter", "tc", "steptronic", "tiptronic", "geartronic", "sequential", "electronic", "sport", "automated"]
TRANSMISSION_PATTERNS = [
    [{"TEXT": {"REGEX": COMPACT_GEARBOX}}],
    [{"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LOWER": "speed"}, {"ORTH": "-", "OP": "?"},
     {"LOWER": {"IN": GEARBOX_MODIFIERS}, "OP": "*"},
     {"LOWER": {"IN": ["automatic", "manual", "mechanical", "auto", "dct", "dsg", "cvt", "ivt", "amt", "dual", "double", "wet", "dry"]}},
     {"ORTH": "-", "OP": "?"}, {"LOWER": "clutch", "OP": "?"}],
    [{"LOWER": {"IN": ["cvt", "dct", "e-cvt", "ivt", "dsg", "variator"]}}],  # "variator": a CVT in translated specs
    [{"LOWER": "continuously"}, {"LOWER": "variable"}],
    [{"LOWER": {"IN": ["dual", "double"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "clutch"}],
    # "a mechanical gearbox" (a manual, in translated specs); "automatic transmission of 7 speeds"
    [{"LOWER": {"IN": ["automatic", "manual", "mechanical"]}}, {"LOWER": {"IN": ["transmission", "gearbox"]}},
     {"LOWER": {"IN": ["of", "with"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["speeds", "gears"]}, "OP": "?"}],
]
COMPACT_GEARBOX_RE = re.compile(COMPACT_GEARBOX)
SHIPPING_OR_MAKING = lx.EXPORT_CUES | frozenset(
    "built builds build produced produces produce made makes assembled assembles sold delivered imported".split()
)
SHIPPED_AUXILIARIES = frozenset(["will", "would", "are", "is", "to", "be", "being", "were", "was", "shall"])
SHIFT_ORDINALS = {"single": 1, "double": 2, "triple": 3, "second": 2, "third": 3, "fourth": 4}
OTHER_TRIGGERS = frozenset(
    ["speed", "cvt", "dct", "e-cvt", "ivt", "dsg", "variator", "clutch", "continuously", "transmission", "gearbox", "year", "year-end",
     "month", "quarter", "week", "decade", "q1", "q2", "q3", "q4", "h1", "h2", *lx.MONTHS]
)
YEAR = {"SHAPE": "dddd"}  # checked to be a plausible year afterwards
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
    [YEAR],
]


@Language.factory("aw_quantities", default_config={"gazetteer": "default"})
def make_quantity_finder(nlp: Language, name: str, gazetteer: str) -> QuantityFinder:
    register_extensions()
    return QuantityFinder(nlp, get_gazetteer(gazetteer))


class QuantityFinder:
    def __init__(self, nlp: Language, gaz: Gazetteer):
        self.gaz = gaz
        self.others = Matcher(nlp.vocab)
        self.others.add("TRANSMISSION", TRANSMISSION_PATTERNS, greedy="LONGEST")
        self.others.add("DATE", DATE_PATTERNS, greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        index = doc_index(doc)
        in_entity = {i for ent in doc.ents if ent.label_ in MODEL_LABELS for i in range(ent.start, ent.end)}
        found: list[Span] = []
        for match_id, start, end in self._match_windows(self.others, doc, self._trigger_windows(index)):
            span = Span(doc, start, end, label=doc.vocab.strings[match_id])
            if span.label_ == "DATE" and not _plausible_date(span):
                continue
            if span.label_ == "TRANSMISSION":
                span._.value = None
                span._.unit = normalise_transmission(span.text)
            else:
                span._.unit = "date"
            found.append(span)
        found.extend(self._ordinal_shifts(doc, index))
        taken = {i for s in found for i in range(s.start, s.end)}
        for start, end in self._number_runs(doc, index):
            if any(i in in_entity or i in taken for i in range(start, end)):
                continue
            span = self._typed(doc, index, start, end)
            if span is not None:
                found.append(span)
        doc.spans["quantities"] = filter_spans(found)
        return doc

    # -- where to look: a Matcher costs a pass per pattern, so it reads only sentences with a trigger
    def _ordinal_shifts(self, doc: Doc, index: DocIndex) -> list[Span]:
        """'a second shift' -> 2 shifts, 'a single-shift operation' -> 1, 'a third shift' -> 3."""
        out = []
        lower = index.lower
        for i, word in enumerate(lower[:-1]):
            if word in SHIFT_ORDINALS:
                j = i + 2 if lower[i + 1] == "-" else i + 1
                if j < len(lower) and lower[j] in lx.SHIFT_WORDS:
                    out.append(self._span(doc, i, j + 1, "SHIFTS", float(SHIFT_ORDINALS[word]), "shifts", ""))
        return out

    @staticmethod
    def _match_windows(matcher: Matcher, doc: Doc, windows: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        out = []
        for a, b in windows:
            out.extend((m, a + s, a + e) for m, s, e in matcher(doc[a:b]))
        return out

    @staticmethod
    def _trigger_windows(index: DocIndex) -> list[tuple[int, int]]:
        """A few tokens around each date or gearbox word, within its sentence, overlapping ones merged.

        A Matcher costs a pass per pattern over what it reads; these phrases are at most ~7 tokens long.
        """
        windows: list[tuple[int, int]] = []
        for i, w in enumerate(index.lower):
            if w in OTHER_TRIGGERS or len(w) == 4 and w.isdigit() or w[:1].isdigit() and COMPACT_GEARBOX_RE.match(w):
                sent_start, sent_end = index.sent_bounds(i)
                a, b = max(sent_start, i - 7), min(sent_end, i + 5)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
                else:
                    windows.append((a, b))
        return windows

    @staticmethod
    def _number_runs(doc: Doc, index: DocIndex) -> list[tuple[int, int]]:
        """Spans of one written number: '10,000', 'two thousand', 'twenty-one', '14 m', '3 billion'.

        Read off the LIKE_NUM attribute array: cheaper than a Matcher, which makes a Token per position.
        """
        if not len(doc):
            return []
        like = doc.to_array(LIKE_NUM).astype(bool)
        lower = index.lower
        runs: list[tuple[int, int]] = []
        n = len(doc)
        for i in numpy.flatnonzero(like).tolist():
            if runs and i < runs[-1][1]:
                continue
            end = i + 1
            words = lower[i] in NUMBER_WORDS
            while end < n:
                if like[end] and lower[end] in NUMBER_WORDS:
                    end += 1  # "two thousand", "3 million"
                elif words and lower[end] in ("-", "and") and end + 1 < n and like[end + 1] and lower[end + 1] in NUMBER_WORDS:
                    end += 2  # "twenty-one", "three hundred and fifty"
                else:
                    break
            if lower[end:end + 3] == ["and", "a", "half"] and end + 3 < n and lower[end + 3] in HALF_SCALES:
                end += 4  # "two and a half lakh", "one and a half million"
            elif end < n and lower[end] in SCALE_TOKENS and not (lower[end] in NUMBER_WORDS and like[end]):
                end += 1  # "14 m", "1.2 bn"
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
    def _typed(self, doc: Doc, index: DocIndex, start: int, end: int) -> Span | None:
        value, scale_end = self._value(doc, start, end)
        if value is None:
            return None
        before = [t.text for t in doc[max(0, start - 4):start]]
        qualifier = find_qualifier(before)
        money = self._money(doc, start, end)
        if money:
            label, unit, s, e = "MONEY", money[0], money[1], money[2]
            return self._span(doc, s, e, label, value, unit, qualifier)
        if start > 0 and doc[start - 1].lower_ in REFERENCE_WORDS:
            return None  # "corrects the capacity figure in paragraph 4": a place in the text, not a figure
        nxt = self._after(doc, end)
        nxt_lower = [t.lower_ for t in nxt]
        first = nxt_lower[0] if nxt_lower else ""
        if first in lx.PERCENT_WORDS or nxt_lower[:2] == ["per", "cent"]:
            return self._span(doc, start, end + (2 if first == "per" else 1), "PERCENT", value, "%", qualifier)
        if first in ENERGY_UNITS:
            return None  # "15.8 GWh a year": a battery plant's energy, not vehicles or anything counted
        if first in lx.SHIFT_WORDS:
            return self._span(doc, start, end + 1, "SHIFTS", value, "shifts", qualifier)
        if first in lx.ENGINE_UNITS and self._engine_context(nxt, first):
            litres = displacement_to_litres(value, lx.ENGINE_UNITS[first])
            if 0.5 <= litres <= 16:  # heavy-truck engines reach 13-16 litres
                return self._span(doc, start, nxt[0].i + 1, "ENGINE", litres, "l", qualifier)
        if first in lx.POWER_UNITS:
            return self._span(doc, start, nxt[0].i + 1, "POWER", power_to_hp(value, lx.POWER_UNITS[first]), "hp", qualifier)
        if first in lx.AREA_UNITS:
            unit = lx.AREA_UNITS[first]
            if unit == "sq":
                unit = "sq km" if "km" in nxt_lower[1:3] or "kilometres" in nxt_lower[1:3] else "sq m"
            return self._span(doc, start, nxt[0].i + 1, "AREA", area_to_hectares(value, unit), "ha", qualifier)
        return self._counted(doc, index, start, end, value, qualifier)

    def _counted(self, doc: Doc, index: DocIndex, start: int, end: int, value: float, qualifier: str) -> Span | None:
        """Jobs, capacity or shipped units: a count of something."""
        if end - start == 1 and "," in doc[start].text and decimal_comma(doc[start].text) is not None:
            return None  # "3,5 cars" counts nothing whole: a decimal comma needs a scale or a unit after it
        if end - start == 1 and "." in doc[start].text:
            value = dot_thousands(doc[start].text) or value  # "1.245 vehicles", "300.000 units": nobody counts fractions of cars
        sent_start, sent_end = index.sent_bounds(start)
        words = self._after_skipping_models(doc, end, sent_end)
        lower = [t.lower_ for t in words]
        sent_lower = set(index.lower[sent_start:sent_end])
        before = index.lower[max(sent_start, start - 5):start]
        head, head_i = self._head_noun(words)
        if head not in lx.UNIT_WORDS and head not in lx.VEHICLE_WORDS and (self._model_after(doc, end) or self._brand_plural(doc, end)):
            return self._span(doc, start, end, "UNITS", value, "units", qualifier)  # "2,900 e Vitaras", "41,000 Indian-built Toyotas"
        # "cut 2,300 jobs", "reduce the workforce through 1,400 exits", "transferring 600 workers to other plants"
        cut = bool(set(before[-5:]) & (lx.JOB_CUT_WORDS | JOB_MOVE_WORDS))
        working_places = head == "places" and "working" in lower[:head_i]  # "1,000 new working places"
        # "1,500 direct employment opportunities"
        working_places = working_places or head == "opportunities" and head_i > 0 and lower[head_i - 1] in ("employment", "job")
        if head in lx.JOB_WORDS or working_places or head in ("people", "persons") and sent_lower & lx.JOB_PEOPLE_CUES:
            # "10,000 indirect jobs", "four jobs at suppliers": work the plant brings elsewhere, not its own staff
            elsewhere = "indirect" in lower[:head_i] and "direct" not in lower[:head_i] or lower[head_i + 1:head_i + 3] in (["at", "suppliers"], ["at", "supplier"]) \
                or lower[head_i + 1:head_i + 4] == ["in", "the", "supply"]
            label_qualifier = "cut" if cut else ("indirect" if elsewhere else qualifier)
            return self._span(doc, start, words[head_i].i + 1, "JOBS", value, "jobs", label_qualifier)
        if before[-2:-1] and before[-1] == "to" and before[-2] in lx.SHIFT_WORDS:
            return self._span(doc, start, end, "SHIFTS", value, "shifts", qualifier)  # "from two shifts to one"
        if {"workforce", "headcount"} & set(before) or before[-1:] == [":"] and len(before) > 1 and before[-2] in lx.JOB_WORDS:
            # "the workforce of 3,000", "Jobs: 4,300"
            return self._span(doc, start, end, "JOBS", value, "jobs", "cut" if cut else qualifier)
        annual = self._per_year(lower[head_i + 1:head_i + 3] if head_i >= 0 else lower[:2]) or bool(lx.ANNUAL_WORDS & set(before))
        # "a 300,000-unit plant", "a 150,000 unit-a-year factory"
        hyphen_unit = lower[:2] in (["-", "unit"], ["-", "units"], ["-", "vehicle"]) or lower[:1] == ["unit"] and "-" in lower[1:2]
        if hyphen_unit and (set(lower[2:6]) & lx.PLANT_NOUNS or "year" in lower[2:6]):
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        monthly = tuple(lower[head_i + 1:head_i + 3]) in lx.PER_MONTH if head_i >= 0 else False
        if monthly and (head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS):
            # "can produce 2,000 units a month": capacity is stated per year
            return self._span(doc, start, min(len(doc), words[head_i].i + 3), "CAPACITY", value * 12, "units/year", qualifier)
        if head in lx.UNIT_WORDS or head in lx.VEHICLE_WORDS:
            # "double the annual capacity of its plant to 300,000 vehicles": capacity named earlier in the clause
            # "... from 300,000 to 500,000 vehicles": a change of the figure named before the range, further back
            ranged = start - 3 >= sent_start and index.lower[start - 1] == "to" and index.lower[start - 3] == "from"
            # "capacity of the new line is 10 man-dai (100,000 units)": a figure restated in brackets, further back
            restated = start > sent_start and index.lower[start - 1] == "("
            clause = index.lower[max(sent_start, start - (18 if ranged or restated else 10)):start]
            # "ship 9,000 pickups a year": a yearly export volume, not what the plant can make
            shipped = bool(set(before) & lx.EXPORT_CUES) and "capacity" not in clause
            # "under which 2,000 cars a year will be supplied": the verb of shipping after the yearly figure, passive
            later = lower[head_i + 3:head_i + 7] if head_i >= 0 and annual else []
            verb = next((w for w in later if w not in SHIPPED_AUXILIARIES), None)
            shipped = shipped or bool(later) and later[0] in SHIPPED_AUXILIARIES and verb in lx.EXPORT_CUES and verb.endswith("ed")
            label = "CAPACITY" if (annual and not shipped) or "capacity" in clause else "UNITS"
            stop = words[head_i].i + 1
            if head_i >= 0 and self._per_year(lower[head_i + 1:head_i + 3]):
                stop = min(len(doc), stop + 2)  # "... vehicles a year"
            return self._span(doc, start, stop, label, value, "units/year" if label == "CAPACITY" else "units", qualifier)
        if "capacity" in before and lower[:1] != ["%"]:
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        if annual and set(before) & lx.CAPACITY_CUES:
            return self._span(doc, start, end, "CAPACITY", value, "units/year", qualifier)
        return self._span(doc, start, end, "COUNT", value, "", qualifier)  # a bare figure; relations may use it

    @staticmethod
    def _head_noun(words: list) -> tuple[str, int]:
        """The counted noun, past lowercase modifiers: '3,000 completely built-up vehicles', '10,000 direct and indirect jobs'."""
        for i, token in enumerate(words[:6]):
            word = token.lower_
            if word in lx.UNIT_WORDS or word in lx.VEHICLE_WORDS or word in lx.JOB_WORDS or word == "people":
                return word, i
            if word == "places" and i > 0 and words[i - 1].lower_ == "working":  # "1,000 new working places"
                return word, i
            if word == "opportunities" and i > 0 and words[i - 1].lower_ in ("employment", "job"):
                return word, i
            # lowercase modifiers, or a name or two ("200 Carrier buses", "2,000 Hyundai employees")
            modifier = token.is_lower and (token.is_alpha or token.text == "-") or token.is_title and token.is_alpha and i < 2
            # another number is not a modifier: "in 1403, three thousand units" counts the second figure only
            if not modifier or word in ("of", "per", "a", "to", "in") or word in NUMBER_WORDS and token.like_num:
                break
        first = words[0].lower_ if words else ""
        return first, 0 if words else -1

    @staticmethod
    def _per_year(pair: list[str]) -> bool:
        return tuple(pair[:2]) in lx.PER_YEAR or (len(pair) > 0 and pair[0] in ("annually", "yearly"))

    def _value(self, doc: Doc, start: int, end: int) -> tuple[float | None, int]:
        tokens = [t.text for t in doc[start:end]]
        lowered = [t.lower() for t in tokens]
        if "half" in lowered and lowered[-1] in HALF_SCALES:  # "two and a half lakh", "half a million"
            scale = SCALE_WORDS[lowered[-1]]
            if lowered[:1] == ["half"]:
                return scaled(0.5, scale), end
            whole = self._value(doc, start, end - 4)[0] if lowered[-4:-1] == ["and", "a", "half"] and len(tokens) > 4 else None
            return (None if whole is None else scaled(whole + 0.5, scale)), end
        scale = 1.0
        if len(tokens) > 1 and tokens[-1].lower() in SCALE_WORDS and tokens[-1].lower() not in NUMBER_WORDS:
            scale = SCALE_WORDS[tokens[-1].lower()]
            tokens = tokens[:-1]
        if len(tokens) == 1 and is_digit_number(tokens[0]):
            value = parse_digits(tokens[0])
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

    def _money(self, doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
        prefix = doc[start - 1] if start > 0 else None
        if prefix is not None and prefix.text in self.gaz.currencies_prefix:
            s = start - 1
            # "US $", "USD$": a currency word just before the symbol
            return self.gaz.local_currency(prefix.text, self.gaz.currencies_prefix[prefix.text], self._story_countries(doc)), s, end
        # suffix: "20 billion rials", "5 million US dollars"
        for width in (2, 1):
            words = " ".join(t.text for t in doc[end:end + width])
            if len(doc[end:end + width]) == width:
                code = self.gaz.currencies_suffix.get(words) or self.gaz.currencies_suffix.get(words.lower())
                if code:
                    return self.gaz.local_currency(words, code, self._story_countries(doc)), start, end + width
        return None

    def _story_countries(self, doc: Doc) -> list[str]:
        """Countries the article names, directly or through its places (read once per Doc)."""
        found = doc.user_data.get(STORY_COUNTRIES_KEY)
        if found is None:
            found = [e.ent_id_ for e in doc.ents if e.label_ == "COUNTRY"]
            found += [self.gaz.places[e.text].country for e in doc.ents if e.label_ == "PLACE" and e.text in self.gaz.places]
            doc.user_data[STORY_COUNTRIES_KEY] = found
        return found

    @staticmethod
    def _after(doc: Doc, end: int) -> list:
        out = list(doc[end:end + 6])
        if out and out[0].text == "-":
            out = out[1:]
        return out

    @staticmethod
    def _model_after(doc: Doc, end: int) -> bool:
        """A model right after the number counts vehicles: '100,000 Corollas', 'shipped 42,000 Hilux'."""
        k = QuantityFinder._past_made_in(doc, end)
        while k < len(doc) and doc[k].ent_type_ == "COMPANY":
            k += 1
        if k >= len(doc) or doc[k].ent_type_ not in ("MODEL", "MODEL_AMBIG") or doc[k].ent_iob_ != "B":
            return False
        last = k
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        if doc[last].text.endswith("s") and not doc[last].text.endswith("ss"):
            return True
        k = end - 1  # "shipped 42,000 Hilux to Brazil": a count of a model after a verb of making or shipping
        while k > 0 and doc[k - 1].lower_ in ("about", "around", "some", "nearly", "almost", "over", "roughly", "than", "more"):
            k -= 1  # "shipped about 42,000 Hilux"
        if k > 1 and doc[k - 1].lower_ in ("of", "for") and doc[k - 2].lower_ in lx.CONSIGNMENT_NOUNS:
            return True  # "a first batch of 400 Tiggo 4", "an order for 250 Hilux": a count of the model's cars
        return k > 0 and doc[k - 1].lower_ in SHIPPING_OR_MAKING

    def _brand_plural(self, doc: Doc, end: int) -> bool:
        """'41,000 Toyotas', '3,000 locally built Hyundais': a maker's name in the plural counts its cars."""
        k = self._past_made_in(doc, end)
        if k >= len(doc):
            return False
        text = doc[k].text
        return len(text) > 3 and text.endswith("s") and text[0].isupper() and bool(self.gaz.company(text[:-1]))

    @staticmethod
    def _past_made_in(doc: Doc, k: int) -> int:
        """The token after how vehicles were made: '18,000 [South African-built] Hilux', '2,500 [fully built] cars'."""
        if k + 1 < len(doc) and doc[k].lower_ in lx.MADE_ADVERBS and doc[k + 1].lower_ in lx.MADE_PARTICIPLES:
            return k + 2
        j = k
        while j < len(doc) and j - k < 4 and (j == k or doc[j].ent_iob_ == "I"):
            j += 1  # one word, or the words of one entity ("South African")
        if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in lx.MADE_PARTICIPLES:
            return j + 2
        return k

    @staticmethod
    def _after_skipping_models(doc: Doc, end: int, sent_end: int) -> list:
        """Words after a number, skipping model names between it and the noun ("2,000 Sandero and Logan units")."""
        out = []
        i = QuantityFinder._past_made_in(doc, end)
        while i < sent_end and len(out) < 6:
            token = doc[i]
            if token.ent_type_ in ("MODEL", "MODEL_AMBIG", "COMPANY"):
                i += 1
                continue
            if token.lower_ in (",", "and", "or", "/") and out == []:
                i += 1
                continue
            out.append(token)
            i += 1
        return out

    @staticmethod
    def _engine_context(nxt: list, first: str) -> bool:
        if first == "turbo":  # "a 1.5 turbo" but not "2 turbo chargers"
            return bool(nxt) and "." in (nxt[0].nbor(-1).text if nxt[0].i > 0 else "")
        if first != "t":
            return True
        return any(t.lower_ in ("engine", "turbo", "petrol", "gasoline", "diesel", "motor") for t in nxt[1:4])

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str, value: float, unit: str, qualifier: str) -> Span:
        span = Span(doc, start, min(end, len(doc)), label=label)
        span._.value = value
        span._.unit = unit
        span._.qualifier = qualifier
        return span
