"""Models named in quotation marks right after a vehicle noun: 'the military trucks “Bogdan 63172”', 'its first
automobile ‘MOZO’', 'the scooter 'Dash''. News copy from many countries (the CIS, Asia, Africa) sets a new model's name
in quotes after the kind of vehicle it is; the gazetteer cannot know every such name, the quotes and the noun say it.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of

# an opening quotation mark and the marks that close it
CLOSING_QUOTES = {"“": ("”", '"'), '"': ('"', "”"), "‘": ("’", "'"), "'": ("'", "’"), "«": ("»",)}
MAX_NAME_TOKENS = 4


class QuotedModelRulesMixin:
    """EntityResolver's rule of this module (see its docstring); it reads the state EntityResolver keeps (self.gaz,
    self.index) and the models rules' _maker_nearby and _story_maker."""

    def _quoted_models(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        text = self.index.text
        entity_at = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for i in self.index.positions(lx.VEHICLE_WORDS):
            opening = i + 1
            if opening + 2 >= len(text) or text[opening] not in CLOSING_QUOTES or self.index.is_boilerplate(i):
                continue
            start = opening + 1
            end = next((k for k in range(start + 1, min(start + MAX_NAME_TOKENS + 1, len(text)))
                        if text[k] in CLOSING_QUOTES[text[opening]]), None)
            if end is None or not (text[start][:1].isupper() or text[start][:1].isdigit()):
                continue
            words = [w.lower() for w in text[start:end]]
            if any(w in STOP_WORDS or w in lx.VEHICLE_WORDS for w in words):
                continue  # '“Made in Macedonia” buses', '“local” vehicle': a phrase, no name
            inside = {entity_at[k] for k in range(start, end) if k in entity_at}
            if any(e.label == Label.MODEL for e in inside):
                continue  # a model the other rules found
            maker_span = next((e for e in inside if e.label == Label.COMPANY and e.start == start and e.end < end), None)
            if any(e is not maker_span for e in inside):
                continue  # a place's, a person's or a company's name
            if maker_span is not None:
                info = self.gaz.companies.get(key_of(maker_span))
                maker = info.name if info is not None else maker_span.text
                start = maker_span.end  # "trucks “Bogdan 63172”": the maker's name, then the model's
            else:
                maker = self._maker_nearby(doc, ents, start) or self._story_maker(ents)
            if maker is None:
                continue
            name = self.index.span_text(start, end)
            found.append(Span(doc, start, end, label="MODEL", span_id=f"{maker}|{name}"))
            chars = self.index.span_chars(start, end)
            unresolved.append(Unresolved(name, "MODEL", self.index.sent_text(start), chars[0], chars[1],
                                         "a name in quotes after a vehicle noun"))
        return found
