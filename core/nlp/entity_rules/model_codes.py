"""Model codes the gazetteer lacks, listed beside a known model: 'the Crypton, YBR125, XTZ125E and FZ16'."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.facts import Unresolved
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import DRIVE_CODE, ENGINE_LAYOUT, PERIOD_CODES

# a model's code: capitals and figures in one word ('XTZ125E', 'FZ16', 'P1'), or figures then capitals ('2523R')
LISTED_CODE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,3}|\d{3,4}[A-Z]{1,3})$")
# codes that are no model's: units, gases, standards, networks
NON_MODEL_CODES = re.compile(r"^(?:CO2|NO2|PM\d+|FY\d+|ISO\d+|Euro\d|BS\d|[1-9]G|\d+(?:WD|HP|PS|CC|KW|Nm|kW|Ah|V))$")
ITEM_GLUE = (",", "and", "or")
LETTERS_NUMBER = re.compile(r"^([A-Z]+)-?\d+$")  # "L7", "V-8": a model's code of letters and a number
ITEM_ENDS = frozenset([",", "and", "or", ".", ")", ";", ":", "–", "—", "-"])


class ModelCodeRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps."""

    def _codes_listed_with_models(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'six models sold in Argentina: Crypton, YBR125, XTZ125E, FZ16 and XTZ250': a model's code the gazetteer lacks,
        a whole item of a list (commas, 'and', 'or') that names a known model of one maker, is that maker's model."""
        models = [e for e in ents if e.label == Label.MODEL and "|" in key_of(e)]
        if not models:
            return []
        taken = self._tokens_of(ents)
        found: list[Span] = []
        for model in sorted(models, key=lambda e: e.start):
            maker = key_of(model).split("|", 1)[0]
            for k in self._listed_codes(doc, model.start, model.end, taken, self._text(model)):
                text = doc[k].text
                found.append(Span(doc, k, k + 1, label="MODEL", span_id=f"{maker}|{text}"))
                taken.add(k)
                unresolved.append(Unresolved(text, "MODEL", self.index.sent_text(k), doc[k].idx, doc[k].idx + len(text),
                                             "a code listed beside a model"))
        return found

    def _codes_of_the_listed_maker(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Yutong's ... the E12 and E9 models': a code the gazetteer gives a maker the article never names, listed right
        beside a code of the same letters that a named maker makes, is that maker's (not GAC's Trumpchi E9)."""
        named = {self.gaz.group_of(key_of(e)) for e in ents if e.label == Label.COMPANY}
        models = sorted((e for e in ents if e.label == Label.MODEL and "|" in key_of(e)), key=lambda e: e.start)
        lower = self.index.lower
        changed: dict[int, Span] = {}
        for a, b in zip(models, models[1:], strict=False):
            if not set(lower[a.end:b.start]) <= {",", "and", "or", "the"} or a.end == b.start:
                continue
            for known, other in ((a, b), (b, a)):
                maker, other_maker = key_of(known).split("|", 1)[0], key_of(other).split("|", 1)[0]
                shapes = LETTERS_NUMBER.match(self._text(known)), LETTERS_NUMBER.match(self._text(other))
                if (maker != other_maker and all(shapes) and shapes[0].group(1) == shapes[1].group(1)
                        and self.gaz.group_of(maker) in named and self.gaz.group_of(other_maker) not in named):
                    changed[other.start] = Span(doc, other.start, other.end, label=other.label, span_id=f"{maker}|{self._text(other)}")
        return [changed.get(e.start, e) if e.label == Label.MODEL else e for e in ents] if changed else ents

    def _listed_codes(self, doc: Doc, start: int, end: int, taken: set[int], model: str = "") -> list[int]:
        """The codes listed right after the span (and after each other), then right before it."""
        lower, out = self.index.lower, []
        for step in (1, -1):
            i, chain = (end if step == 1 else start - 1), []
            while True:
                j = i
                while 0 <= j < len(doc) and lower[j] in ITEM_GLUE and abs(j - i) < 2:
                    j += step
                if j == i or not 0 <= j < len(doc) or j in taken or not self._listed_code(doc, j, model):
                    break
                after = j + 1
                if after < len(doc) and lower[after] not in ITEM_ENDS and not (lower[after] in STOP_WORDS and doc[after].is_lower):
                    # ('the FZ16 engine': a word more, not 'from' or 'will', makes the code part of another name, and
                    # the codes listed before it with it: 'the Corolla, E10 and E85 fuels')
                    chain = []
                    break
                chain.append(j)
                i = j + step
            out += chain
        return out

    def _listed_code(self, doc: Doc, k: int, model: str = "") -> bool:
        text = doc[k].text
        # ("the L6, L7, L8 and L9": a cylinder layout's shape, listed with a model of that letter and a number, is a sibling)
        sibling = LETTERS_NUMBER.match(model)
        layout = ENGINE_LAYOUT.match(text) is not None and not (sibling and LETTERS_NUMBER.match(text)
                                                                 and text.startswith(sibling.group(1)))
        return (not self.index.is_boilerplate(k) and LISTED_CODE.match(text) is not None and NON_MODEL_CODES.match(text) is None
                and not layout and DRIVE_CODE.match(text) is None and text not in PERIOD_CODES
                and any(c.isupper() for c in text))
