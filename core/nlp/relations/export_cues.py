"""Whether a sentence speaks of exports at all: the cue words and shapes ("exported", "shipped to", "a deal for
500 vehicles", "vehicles bound for", kits as the subject) and the clauses a sentence's export cues part it into.
"""
from __future__ import annotations

from bisect import bisect_right

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    CONSIGNMENT_VERBS,
    DEPARTURE_VERBS,
    EXPORT_FIRST_WORDS,
    HOME_MARKET_WORDS,
    KIT_WORDS,
    MIX_WORDS,
    MOVEMENT_VERBS,
    PASSIVE_AUXILIARIES,
    SELL_CUES,
    SEND_VERBS,
    SHARE_PRONOUNS,
    SHARE_WORDS,
)

FUTURE_MODALS = frozenset(["will", "would", "should", "could", "may", "might", "also"])
# "an order ... to supply 723 trucks", "a contract to deliver 500 buses": the verb a deal's vehicles are named after
DEAL_SUPPLY_VERBS = frozenset(["supply", "deliver", "provide"])
# "a shipping route", "a shipping line", "shipping costs": "shipping" naming the trade of carrying goods, no vehicles shipped
SHIPPING_TRADE_NOUNS = frozenset(["route", "routes", "line", "lines", "lane", "lanes", "company", "companies", "firm", "firms",
                                  "group", "costs", "cost", "rates", "container", "containers", "service", "services",
                                  "agent", "agents", "giant", "industry", "operator", "operators", "corridor", "hub", "terminal"])
# "the first ship carrying ...", "a cargo ship": "ship" as the vessel
SHIP_NOUN_OPENERS = frozenset(["the", "a", "first", "second", "each", "every", "cargo", "container", "this", "that", "one"])
# "won an order from Kenya", "has bagged a contract from Ghana": the verbs of a maker's deal with a buyer abroad
DEAL_WON_VERBS = frozenset(["won", "wins", "win", "bagged", "bags", "bag", "secured", "secures", "received", "receives",
                            "clinched", "clinches", "landed", "lands", "got", "gets", "obtained", "obtains"])
# "he will be sent to Italy", "managers were sent to China": people, not vehicles, as the subject of a passive verb of sending
PERSON_PRONOUNS = frozenset(["he", "she", "i", "we", "you"])
# "The engines will also be exported to Turkey": parts made for cars, shipped on their own, like kits
SHIPPED_PART_WORDS = KIT_WORDS | frozenset(["engines", "gearboxes", "transmissions", "axles", "batteries", "powertrains"])


class ExportCuesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _export_cue(self, i: int) -> bool:
        lower = self.index.lower
        word = lower[i]
        if word == "enter":
            return "market" in self.words or "markets" in self.words
        if word == "supplier":  # "the Kariega plant will become the sole supplier (of the Polo) to Europe": a market after 'to'
            to = next((k for k in range(i + 1, min(len(lower), i + 6)) if lower[k] == "to"), None)
            k = to + 1 + (to + 1 < len(lower) and lower[to + 1] == "the") if to is not None else None
            return (k is not None and k < len(lower) and self.ent_type[k] in ("COUNTRY", "REGION")
                    and any(w in lx.PLANT_NOUNS for w in lower[max(0, i - 12):i]))
        if word in ("consignment", "batch"):  # "the first consignment was for UK and Ireland": its market after 'for'
            k = i + 1
            while k < len(lower) and lower[k] in ("is", "was", "will", "be", "are", "were", "would"):
                k += 1
            return k > i + 1 and k < len(lower) and lower[k] == "for"
        if word == "volumes":  # "Volumes to Kenya were projected at 1,300 vehicles a year": an export noun with its market
            return i + 1 < len(lower) and lower[i + 1] in ("to", "into") and (self.exporter is not None or bool(self.exports))
        if self.words & SHIPPED_PART_WORDS and self._kits_as_subject(i):
            return False
        if word in MOVEMENT_VERBS:  # "the rest goes to France", "crossovers bound for the United States"
            if self.exporter is None:
                if self._vehicles_moving(i):
                    return True
                # "with 7,000 new energy vehicles (NEVs) bound for Europe": vehicles right before the phrase
                # ("80 percent of the factory's production is destined for ...": a plant's output)
                return word in ("bound", "destined", "headed") and lower[i + 1:i + 2] == ["for"] and any(
                    self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                    or lower[k] in lx.UNIT_WORDS or lower[k] in ("production", "output") and any(
                        lower[j] in lx.PLANT_ANAPHORS for j in range(max(0, k - 3), k))
                    for k in range(max(0, i - 6), i))
            # "Into Uzbekistan went about 600 units": the destination opens the sentence; "its vans go mainly to ..."
            k = self._past_mix_word(i + 1)
            return k < len(lower) and lower[k] in ("to", "for") or bool(set(lower[max(0, i - 5):i]) & {"to", "into"})
        if word in lx.DEAL_NOUNS:
            return self._deal_for_vehicles(i) or self._deal_won_from_abroad(i)
        if word in DEPARTURE_VERBS:
            if "for" in lower[i + 1:i + 8] or self._departs_for(i):
                return True
            # "The first 900 Atto 3s for Chile will leave Rayong port": the cars named before their market
            k = next((k for k in range(i - 1, max(-1, i - 7), -1) if lower[k] == "for"), None)
            return k is not None and any(self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.UNIT_WORDS
                                         for j in range(max(0, k - 4), k))
        if word == "shipping" and i + 1 < len(lower) and lower[i + 1] in SHIPPING_TRADE_NOUNS:
            return False  # "inaugurated a shipping route linking Chu Lai and Japan": the trade of carrying, not a shipment
        if word == "ship" and i > 0 and lower[i - 1] in SHIP_NOUN_OPENERS:
            return False  # "the first ship carrying parts from Japan": the vessel, not the verb
        if word in CONSIGNMENT_VERBS and self._person_sent(i):
            return False
        if word in SEND_VERBS or word in CONSIGNMENT_VERBS and word not in lx.EXPORT_CUES:
            # "will send a first batch of 1,200 Tiggo 4 Pro to Kazakhstan", "sent 31,000 Clios to France",
            # "loaded 4,600 MG4 vehicles for Europe": vehicles named between the verb and their market
            if self._vehicles_then_market(i, ("to", "into") if word in SEND_VERBS else ("to", "into", "for")):
                return True
            if word in SEND_VERBS:
                return False
            # "... for Indonesia would be loaded", "were sent to Iraq", "dispatched to Kenya"
            # "A further 5% are sent in total to Japan", "were shipped mainly to Chile": the passive, a word between
            return ("for" in lower[max(0, i - 6):i] or word != "loaded" and i + 1 < len(lower) and lower[i + 1] in ("to", "into")
                    or self._passive_sent_to(i))
        if word == "delivery":  # "following its delivery of 183 buses to Chile": the noun, its vehicles, then the market
            return lower[i + 1:i + 2] == ["of"] and self._vehicles_then_market(i, ("to",))
        if word == "marketed":  # "The new model should be marketed in Europe and Africa": a passive sale, like "sold in"
            return i > 0 and lower[i - 1] in PASSIVE_AUXILIARIES and lower[i + 1:i + 2] == ["in"]
        if word not in lx.EXPORT_CUES:
            return False
        if word == "supplied" and i + 1 < len(lower) and lower[i + 1] == "by":
            return False  # "kits supplied by Chery": where parts come from, not a shipment of cars
        if word == "selling" and i > 0 and lower[i - 1] in ("-", "best", "top"):
            return False  # "best-selling"
        if word in SELL_CUES and i > 0 and lower[i - 1] in HOME_MARKET_WORDS:
            return False  # "with domestic sales of 41,000 units, and shipped 9,000 to Chile": sales at home ship nothing
        # "the Qin Plus sold in China": a participle after a model name describes it, it ships nothing
        return not (word == "sold" and self._after_model_name(i))

    def _deal_won_from_abroad(self, i: int) -> bool:
        """'received an export order from Kenya', 'has won orders from Ghana': the deal noun at i, right before 'from'
        and a country or region (the buyer's), written as an export deal or as one the subject won (not 'an order from
        Ford', a company; nor 'placed an order from its dealers', no market)."""
        lower = self.index.lower
        start, end = self.index.sent_bounds(i)
        if lower[i - 1] == "export" and lower[i + 1:i + 2] != ["from"]:
            # "the growing export orders coming through, especially from Africa": the 'from' a little later
            i_from = next((f for f in range(i + 2, min(end, i + 8)) if lower[f] == "from"), None)
            if i_from is None or self._export_deal_before_from(i_from, start) != i:
                return False
            k = i_from + 1 + (lower[i_from + 1:i_from + 2] == ["the"])
            return k < end and self.ent_type[k] in ("COUNTRY", "REGION") and self.doc[k].text not in self.gaz.demonyms
        k = i + 2 + (lower[i + 2:i + 3] == ["the"])
        if lower[i + 1:i + 2] != ["from"] or k >= len(lower) or self.ent_type[k] not in ("COUNTRY", "REGION"):
            return False
        if self.ent_type[k] == "COUNTRY" and self.doc[k].text in self.gaz.demonyms:
            return False  # "an order from Kenyan operators": the buyer, read by the rule of buyers
        return lower[i - 1] == "export" or any(lower[j] in DEAL_WON_VERBS for j in range(max(start, i - 5), i))

    def _person_sent(self, i: int) -> bool:
        """'after which he will be sent to Italy', 'Smith was dispatched to Japan': a person (a personal pronoun or a
        person's name) as the subject of the passive verb at i."""
        lower = self.index.lower
        k = i - 1
        if k < 0 or lower[k] not in PASSIVE_AUXILIARIES:
            return False
        while k > 0 and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in FUTURE_MODALS or lower[k] in ("to", "not", "then", "soon", "later")):
            k -= 1
        return lower[k] in PERSON_PRONOUNS or self.ent_type[k] == "PERSON"

    def _passive_sent_to(self, i: int) -> bool:
        """'are sent to X', 'were sent mainly to X', 'is sent in total to X': the verb at i in the passive, its market next."""
        lower = self.index.lower
        if i < 1 or lower[i - 1] not in PASSIVE_AUXILIARIES:
            return False
        k = i + 1 + 2 * (lower[i + 1:i + 3] == ["in", "total"])
        k = self._past_mix_word(k)
        return k < len(lower) and lower[k] in ("to", "into")

    def _deal_for_vehicles(self, i: int) -> bool:
        """'had an order from the Gambia for 120 Taras', 'signed a contract, for 700 K3s to Chile': a deal noun at i, then
        'for' and a figure of vehicles, in the same clause."""
        lower = self.index.lower
        start, end = self.index.sent_bounds(i)
        if i > start and lower[i - 1] == "in":  # "in order to"
            return False
        k = next((k for k in range(i + 1, min(end, i + 9)) if lower[k] == "for"), None)
        if k is not None and not set(lower[i + 1:k]) & (CLAUSE_BREAKS | {"which", "that"}):
            return any(q.label_ == "UNITS" and q.start == k + 1 for q in self.quantities.get(start, []))
        # "bagged an order worth $36 million from the government of Togo to supply 723 trucks": the deal's verb of
        # supply and its figure of vehicles after the buyer
        k = next((k for k in range(i + 1, min(end - 2, i + 18)) if lower[k] == "to" and lower[k + 1] in DEAL_SUPPLY_VERBS), None)
        if k is None or set(lower[i + 1:k]) & (CLAUSE_BREAKS | {"which", "that", "to", "for"}):
            return False
        return any(q.label_ == "UNITS" and q.start == k + 2 for q in self.quantities.get(start, []))

    def _vehicles_moving(self, i: int) -> bool:
        """'74,000 of the cars built in Tychy went to ...', 'Its vans go mainly to ...': vehicles as the subject of the
        movement verb at i, and a market after it."""
        lower = self.index.lower
        k = self._past_mix_word(i + 1)
        if k >= len(lower) or lower[k] != "to":
            return False
        start = self.index.sent_bounds(i)[0]
        if i == start + 2 and self._opens_with_its_vehicles(start):
            return True
        if i - 1 > start and (self.ent_type[i - 1] in ("MODEL", "MODEL_AMBIG") or lower[i - 1] in lx.VEHICLE_WORDS):
            return True  # "Isuzu's Thai-built D-Max goes to more than 100 markets", "the pickup goes to ...": the model moves
        # "About 9,000 units will go to Chile": the same subject before a modal of the verb
        while i - 1 > start and lower[i - 1] in FUTURE_MODALS:
            i -= 1
        if self._counted_vehicles_before(i, start):
            return True
        # "About 70 per cent of the plant's output goes to ...", "most of Palencia's production goes to ...": a share of
        # a plant's output as the subject
        if i - 1 > start and lower[i - 1] in ("output", "production") and any(
                lower[j] == "of" and (self.doc[j - 1].like_num or lower[j - 1] in SHARE_PRONOUNS | {"cent", "percent", "%"})
                for j in range(max(start + 1, i - 5), i - 1)):
            return True
        # "74,000 of the cars built in ...", "about 70% of the cars it makes in ...": a figure or a share of the vehicles
        for j in range(max(start, i - 11), i - 3):
            if not self.doc[j].like_num:
                continue
            k = j + 1
            while k < i and lower[k] in SHARE_WORDS:
                k += 1
            if lower[k:k + 2] in (["of", "the"], ["of", "its"]) and any(w in lx.VEHICLE_WORDS or w in lx.UNIT_WORDS for w in lower[k + 2:k + 4]):
                return True
        # "Nearly half of the 300,000 cars built at the Kolin plant go to ...": a share of the vehicles, counted or not
        for j in range(max(start, i - 14), i - 3):
            if (lower[j] in SHARE_PRONOUNS and lower[j + 1:j + 3] in (["of", "the"], ["of", "its"])
                    and any(w in lx.VEHICLE_WORDS or w in lx.UNIT_WORDS for w in lower[j + 3:j + 6])):
                return True
        return False

    def _counted_vehicles_before(self, i: int, start: int) -> bool:
        """'41,000 Avengers went to France', '9,000 cars went to Chile': a figure and the vehicles it counts (a model
        name or a vehicle noun) right before the movement verb at i."""
        return self._counted_vehicles_start(i, start) is not None

    def _counted_vehicles_start(self, i: int, start: int) -> int | None:
        """Where the figure of '9,000 cars went', '7,200 Xs and Ys went' stands, before the movement verb at i."""
        lower = self.index.lower
        k = i - 1
        # "7,200 Granta and Vesta cars went to ...": a short list of models before the vehicle noun
        while k > start and (self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                             or lower[k] in ("and", ",") and self.ent_type[k - 1] in ("MODEL", "MODEL_AMBIG")) and i - k <= 8:
            k -= 1
        return k if k < i - 1 and self.doc[k].like_num and lower[k - 1:k] != ["of"] else None

    def _kits_as_subject(self, i: int) -> bool:
        """'Kits will be shipped from Wuhu to Poti', 'parts are also sent to ...', 'The engines will also be exported to
        Turkey': parts on the move, not vehicles exported."""
        lower = self.index.lower
        # "The vehicle kits, exported into Africa from ...", "CKD kits shipped to Kenya": the participle right after the kits
        if i >= 2 and (lower[i - 1] in SHIPPED_PART_WORDS or lower[i - 1] == "," and lower[i - 2] in SHIPPED_PART_WORDS):
            return True
        if not any(lower[k] in PASSIVE_AUXILIARIES for k in range(max(0, i - 3), i)):
            return False
        kit = next((k for k in range(i - 1, max(-1, i - 9), -1) if lower[k] in SHIPPED_PART_WORDS), None)
        return kit is not None and not any(lower[k] in lx.UNIT_WORDS - KIT_WORDS for k in range(kit + 1, i))

    def _after_model_name(self, i: int) -> bool:
        """'the BYD Qin Plus DM-i sold in China': a model name (and its trim) right before token i."""
        lower = self.index.lower
        for k in range(i - 1, max(-1, i - 5), -1):
            if self.ent_type[k] == "MODEL":
                return True
            if self.doc[k].is_punct and self.doc[k].text != "-" or lower[k] in AUXILIARIES:
                return False
        return False

    def _clauses(self, sent: Sentence):
        """Which clause of the sentence a token is in: clauses part at 'while', 'whereas', ';' and ', but'."""
        lower = self.index.lower
        cues = [k for k in range(sent.start, sent.end) if lower[k] in EXPORT_FIRST_WORDS and self._export_cue(k)]
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS or lower[k] == "but" and lower[k - 1] == ","
                or lower[k] == "and" and lower[k - 1] == "," and (
                    self._model_subject_at(k + 1, sent.end)
                    # "2,400 have been shipped to Australia, and a first batch of 600 left for Britain": a verb of shipping each
                    or cues and cues[0] < k < cues[-1])]
        return lambda i: bisect_right(cuts, i)

    def _model_subject_at(self, k: int, end: int) -> bool:
        """', and the Tiago has been sent to Bhutan': a model opening a clause of its own, then its verb."""
        k += k < end and self.index.lower[k] == "the"
        if k >= end or self.ent_type[k] != "MODEL" or self.ent_iob[k] != "B":
            return False
        while k + 1 < end and self.ent_iob[k + 1] == "I":
            k += 1
        return k + 1 < end and self.index.lower[k + 1] in AUXILIARIES

    def _past_mix_word(self, k: int) -> int:
        """k, or the token after it when it is 'mainly', 'mostly', ... ('go mainly to')."""
        return k + (k < len(self.index.lower) and self.index.lower[k] in MIX_WORDS)
