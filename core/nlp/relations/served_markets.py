"""Markets a plant serves: "the production will target the Mexican and South American markets", "the plant will serve
markets in East Africa", "its output caters to the Kenyan and Ugandan markets": the plant being described (or its
output) as the subject of a verb of serving, each foreign market a route from the plant's country.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    CLAUSE_BREAKS,
    EXPORT_HEDGES,
    HOME_MARKET_WORDS,
    IMPORT_CUES,
    MODAL_HEDGES,
    NEGATIONS,
    PASSIVE_HEDGES,
)

SERVE_VERBS = frozenset(["serve", "serves", "serving", "target", "targets", "targeting", "cater", "caters", "catering"])
# what stands for the plant as the verb's subject: the plant, its output, or "it" while a plant is being described
PLANT_OUTPUT_NOUNS = lx.PLANT_NOUNS | {"production", "output", "vehicles", "cars", "trucks", "buses", "it"}
# what may stand between the verb and its markets: "will target both the X and Y markets", "caters to the X market"
SERVED_FILLERS = frozenset(["the", "both", "to", "primarily", "mainly", "mostly", "chiefly", "largely"])
# "the Mexican, Central American and Caribbean markets": the glue of the markets' adjectives
SERVED_GLUE = frozenset([",", "and", "&", "as", "well"]) | HOME_MARKET_WORDS


class ServedMarketsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _markets_served(self, sent: Sentence, ents: list[Span]) -> None:
        """Routes from the plant being described to the markets its verb of serving names: the adjectives of one
        'markets' noun ('the Mexican and South American markets') or the places after 'markets in'; not the plant's
        own country, nor hedged, denied or imported trade."""
        plant = self.current_plant
        lower = self.index.lower
        if plant is None or not plant.country or self.words & (EXPORT_HEDGES | PASSIVE_HEDGES | NEGATIONS | IMPORT_CUES | MODAL_HEDGES):
            return
        verb = next((k for k in range(sent.start + 1, sent.end) if lower[k] in SERVE_VERBS), None)
        if verb is None or not any(lower[j] in PLANT_OUTPUT_NOUNS for j in range(max(sent.start, verb - 6), verb)):
            return
        if set(lower[sent.start:verb]) & CLAUSE_BREAKS:
            return
        k = verb + 1
        starts = {e.start for e in ents}
        while k < sent.end and lower[k] in SERVED_FILLERS and k not in starts:  # ("the US": the article in the name)
            k += 1
        markets, m = self._served_run(k, sent.end, ents, SERVED_GLUE)
        if markets and lower[m:m + 1] in (["markets"], ["market"]):
            pass  # "the Mexican and South American markets"
        elif not markets and lower[k:k + 2] == ["markets", "in"]:
            markets, m = self._served_run(k + 2, sent.end, ents, SERVED_GLUE | {"the"})  # "markets in East Africa and the Middle East"
        else:
            return
        for ent in markets:
            destination = self._country_of(ent) or ent.ent_id_ or ent.text
            if destination and destination != plant.country:
                self._route(plant.company, plant.country, destination, sent, 0.7)

    def _served_run(self, m: int, end: int, ents: list[Span], glue: frozenset[str]) -> tuple[list[Span], int]:
        """The countries and regions (their adjectives too) written from token m on, joined by `glue`, and where the
        run stops."""
        lower = self.index.lower
        markets: list[Span] = []
        while m < end:
            ent = next((e for e in ents if e.start == m and e.label_ in ("COUNTRY", "REGION")), None)
            if ent is not None:
                markets.append(ent)
                m = ent.end
            elif lower[m] in glue:
                m += 1
            else:
                break
        return markets, m
