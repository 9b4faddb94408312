"""Purchases by a country: "Sudan buys 50 Russian trucks", "The Kenyan government has bought 120 buses from China",
"Ghana bought 40 trucks from Kamaz": a state (or its government, army, police) buying vehicles made abroad, read as
a route from the seller's country to the buyer's, with the figure.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import NEGATIONS

PURCHASE_VERBS = frozenset(["buys", "bought", "buy", "purchased", "purchases", "purchase", "procured", "procures", "acquired"])
# "The Sudanese government has bought": a state's bodies buy for it
STATE_BODIES = frozenset(["government", "army", "military", "police", "ministry", "authorities", "state"])
BUY_AUXILIARIES = frozenset(["has", "have", "had", "will", "to", "plans", "is", "recently", "also", "just"])


class PurchasesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _bought_abroad(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """'Sudan buys 50 Russian trucks', 'The Kenyan army has bought 120 trucks from Kamaz': the buyer's country as the
        verb's subject, the vehicles counted after it, made in the country of their adjective or of the seller named
        after 'from'; a route with that figure and the models named. Not a company's purchase, nor a negated one."""
        if self.words & NEGATIONS:
            return False
        lower = self.index.lower
        verb = next((k for k in range(sent.start + 1, sent.end) if lower[k] in PURCHASE_VERBS), None)
        if verb is None:
            return False
        buyer = self._buying_state(sent, ents, verb)
        units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and 0 < q.start - verb <= 2), None)
        if buyer is None or units is None:
            return False
        after = [e for e in ents if e.start >= units.start and e.start - units.end <= 12]
        made = next((e for e in after if e.label_ == "COUNTRY" and e.text in self.gaz.demonyms and e.start < units.end + 3), None)
        seller = next((e for e in after if e.label_ in ("COUNTRY", "PLACE", "COMPANY") and "from" in lower[units.end:e.start]), None)
        company = seller.ent_id_ if seller is not None and seller.label_ == "COMPANY" else None
        origin = self._country_of(made) if made is not None else None
        if origin is None and seller is not None:
            # "from the Ural truck plant located in Russia's Chelyabinsk Region": the country named after the seller
            place = seller if seller.label_ != "COMPANY" else None
            place = place or next((e for e in after if e.label_ == "COUNTRY" and e.start > seller.end), None)
            origin = self._country_of(place) if place is not None else self.gaz.home_country(company) if company else None
        if not origin or origin == buyer:
            return False
        if not any(lower[j] in lx.VEHICLE_WORDS or self.ent_type[j] == "MODEL" for j in range(units.start, min(sent.end, units.end + 4))):
            return False  # "bought 5% of the company": no vehicles
        export = self._route(company, origin, buyer, sent, 0.7)
        add_new(export.models, (self._model_name(m) for m in subjects if units.start <= m.start <= units.end + 2))  # "50 Ural-4320 trucks"
        self._set_units(export, units, sent, 0.7)
        return True

    def _buying_state(self, sent: Sentence, ents: list[Span], verb: int) -> str | None:
        """The country buying: its name right before the verb ('Sudan buys'), or its adjective before a state body
        ('The Sudanese government has bought', 'the Kenyan army bought'); None for any other subject."""
        lower = self.index.lower
        k = verb - 1
        while k > sent.start and lower[k] in BUY_AUXILIARIES:
            k -= 1
        state = lower[k] in STATE_BODIES
        if state:
            k -= 1
        e = next((e for e in ents if e.label_ == "COUNTRY" and e.end == k + 1), None)
        if e is None or (e.text in self.gaz.demonyms) != state:
            return None  # ("Sudanese buys", "Sudan government": neither a state nor its body)
        if any(c.label_ == "COMPANY" and c.start < e.start for c in ents):
            return None  # "Acme's Sudan unit bought": a company's purchase
        return self._country_of(e)
