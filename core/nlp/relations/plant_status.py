"""Whether a plant a sentence names is one that builds: hedge words the sentence ends or that doubt nothing
("ended months of speculation", "makes it possible", "its growth potential"), a hedge only in an opening clause of
time; a plant closed before, idle, or where production ended ("has been idle since 2020", "phased out its
manufacturing in Japan"); one only a source of kits or imports ("kits shipped from Chery's plant in Wuhu", "imported
from Subaru's Yajima plant"), or named in an aside about another model; a plant its owner's possessive names, whatever
becomes of talks to buy it; and a plant given figures before, decided whatever is studied there now.
"""
from __future__ import annotations

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    BUILD_VERBS,
    CLOSED_WORDS,
    ENDED_WORDS,
    HEDGE_DURATIONS,
    HEDGE_ENDER_FILLERS,
    HEDGE_ENDERS,
    IMPORT_CUES,
    KIT_WORDS,
    MODEL_HEDGES,
    PLANT_HEDGES,
    SOURCE_VERBS,
)

# a plant that builds no more: "has been idle since 2020", "stood idle", "until X ended production in Y in 2025"
IDLE_WORDS = frozenset(["idle", "mothballed"])
BE_IDLE = frozenset(["been", "is", "was", "are", "were", "stands", "stood", "sits", "sat", "lies", "lay", "remains", "remained"])
OUT_OF_PRODUCTION = IDLE_WORDS | ENDED_WORDS
PRODUCTION_NOUNS_ENDED = frozenset(["production", "manufacturing", "assembly", "output", "operations"])
FUTURE_WORDS = frozenset(["will", "to", "would", "could", "may", "might", "plans", "planned"])
KIT_SUPPLY_VERBS = frozenset(["supplied", "shipped", "sent", "sourced", "made", "built", "produced", "imported", "delivered"])
# "makes it possible to": 'possible' of enabling, no hedge
ENABLING_VERBS = frozenset(["make", "makes", "made", "making", "render", "renders", "rendered"])
# "its growth potential", "the huge potential of the market": a market's promise, no doubt about a plant
PROMISE_WORDS = frozenset(["growth", "market", "export", "sales", "huge", "enormous", "great", "big", "tremendous",
                           "significant", "considerable", "untapped", "unexplored", "vast", "immense"])
PROMISING_THINGS = frozenset(["market", "markets", "industry", "sector", "economy", "country", "region", "growth"])


class PlantStatusMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _hedges_ended(self, sent: Sentence) -> set[str]:
        """'Acme ended months of speculation by announcing that the X will be built in Y', 'the deal was signed following
        lengthy negotiations': hedge words that are the object of a word ending them, a few fillers between, and are
        not written unended elsewhere in the sentence; the sentence is no hedge for them."""
        lower = self.index.lower
        ended: set[str] = set()
        unended: set[str] = set()
        for k in range(sent.start, sent.end):
            if lower[k] not in PLANT_HEDGES and lower[k] not in MODEL_HEDGES:
                continue
            j = k - 1
            while j > sent.start and k - j <= 4 and lower[j] in HEDGE_ENDER_FILLERS:
                j -= 1
            # ("after" and "following" only with a stretch of time or length between: "following speculation that X may
            # build a plant" is still a hedge, "following months of negotiations" is over)
            timed = bool(set(lower[j + 1:k]) & HEDGE_DURATIONS)
            over = j >= sent.start and lower[j] in HEDGE_ENDERS and (timed or lower[j] not in ("after", "following"))
            (ended if over else unended).add(lower[k])
        return ended - unended

    def _hedges_of_no_doubt(self, sent: Sentence) -> set[str]:
        """Hedge words in phrases that doubt nothing, when the sentence writes them only so: 'possible' of enabling or
        of speed ('should make it possible to develop an industry', 'as soon as possible', 'where possible'), and
        'potential' of a market's promise ('the unexplored potential of this market', 'its growth potential')."""
        lower = self.index.lower
        found = set()
        at = [k for k in range(sent.start + 2, sent.end) if lower[k] == "possible"]
        if at and all(lower[k - 1] == "it" and lower[k - 2] in ENABLING_VERBS or lower[k - 1] in ("where", "if", "wherever")
                      or lower[k - 1] == "as" and "as" in lower[max(sent.start, k - 4):k - 2] for k in at):
            found.add("possible")
        at = [k for k in range(sent.start + 1, sent.end) if lower[k] == "potential"]
        if at and all(lower[k - 1] in PROMISE_WORDS or lower[k + 1:k + 2] in (["of"], ["for"]) and any(
                lower[j] in PROMISING_THINGS for j in range(k + 2, min(sent.end, k + 7))) for k in at):
            found.add("potential")
        return found

    def _hedged_only_before(self, sent: Sentence) -> bool:
        """'After two years of considering the idea, the X Group has opened a plant in Y': the hedge is in a clause of
        time opening the sentence, about what came before; the main clause states the plant."""
        lower = self.index.lower
        if lower[sent.start] not in ("after", "following"):
            return False
        comma = next((k for k in range(sent.start + 1, sent.end) if lower[k] == ","), None)
        return comma is not None and not set(lower[comma:sent.end]) & PLANT_HEDGES

    def _owned_plant(self, sent: Sentence, plant: PlantFact) -> bool:
        """'denied it was negotiating to take over Nissan's CIVAC plant in Morelos': a plant its owner's possessive names
        is there whatever becomes of the talks about buying it."""
        start = self._slot_start.get(id(plant))
        if start is None or not plant.company:
            return False
        lower = self.index.lower
        return any(lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY" and set(lower[k + 1:start]) & lx.PLANT_NOUNS
                   for k in range(max(sent.start + 1, start - 6), start))

    def _closed_before(self, sent: Sentence, plant: PlantFact) -> bool:
        """'closed its Sayama plant in 2022', 'the plant, which was shut in 2020': a closure in the past, a few words from
        the plant's name ('will close', 'plans to shut' leave a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        for k in range(max(sent.start, start - 6), min(sent.end, start + 8)):
            if lower[k] not in CLOSED_WORDS or set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS:
                continue
            if set(lower[k + 1:k + 4]) & {"for", "temporarily", "briefly"}:
                continue  # "was shut for two weeks in May": a stoppage, the plant builds again
            between = set(lower[min(k, start) + 1:max(k, start)])
            if not between & ({";", "while", "but", "and", "deal", "agreement", "contract"} | BUILD_VERBS):
                return True
        return False

    def _out_of_production(self, sent: Sentence, plant: PlantFact) -> bool:
        """'the plant at Y, which built the Z, has been idle since 2020', 'until Nissan ended production in Y in 2025':
        the plant's own clause says it builds no more ('was idle for two weeks' is a stoppage; 'will stop production
        in Y' leaves a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        # "ended production in Y", "stopped car production at Y": the end of production right before the place
        at_place = any(e.start == start and e.label_ == "PLACE" for e in self.ents.get(sent.start, []))
        builds_now = {"builds", "assembles", "makes", "produces"} & set(lower[start:sent.end])
        for k in range(max(sent.start, start - 5), start - 1 if at_place and not builds_now else max(sent.start, start - 5)):
            if (lower[k] in ENDED_WORDS and "production" in lower[k + 1:start - 1] and lower[start - 1] in ("in", "at")
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        # "Y, which built the Z, has been idle since 2020": the plant's verb after a clause about its past
        other_places = {e.start for e in self.ents.get(sent.start, []) if e.label_ == "PLACE" and e.start > start + 1}
        for k in range(start + 1, min(sent.end, start + 16)):
            if lower[k] in (";", "while", "but", "whereas") or k in other_places:
                return False  # "X builds the Z, while its plant in W has been idle": the other plant's clause
            if lower[k] in IDLE_WORDS and lower[k - 1] in BE_IDLE and not set(lower[k + 1:k + 3]) & {"for", "during", "temporarily"}:
                return not set(lower[max(sent.start, k - 3):k]) & FUTURE_WORDS
        return False

    def _production_ended_in_country(self, sent: Sentence, plant: PlantFact) -> bool:
        """'phased out its pickup truck manufacturing in Japan', 'ceased car production in Australia': making ended in the
        country written right after (the past tense, not 'will stop production in X')."""
        start = self._slot_start.get(id(plant))
        if start is None or start - 2 < sent.start:
            return False
        lower = self.index.lower
        if lower[start - 1] not in ("in", "at") or not any(e.start == start and e.label_ == "COUNTRY" for e in self.ents.get(sent.start, [])):
            return False
        for k in range(max(sent.start, start - 9), start - 2):
            ended = lower[k] in ENDED_WORDS or lower[k] == "phased" and lower[k + 1] == "out"
            if (ended and set(lower[k + 1:start - 1]) & PRODUCTION_NOUNS_ENDED
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        return False

    def _decided_before(self, plant: PlantFact) -> bool:
        """A plant the article gave figures before this sentence is a real one, whatever is studied there now."""
        return any(v is not None for v in (plant.capacity_per_year, plant.jobs, plant.shifts, plant.investment))

    def _import_source(self, plant: PlantFact) -> bool:
        """'the Forester, which is imported from Subaru's Yajima plant in Ota': a plant the article's cars come from,
        not the plant it is about."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(start)
        window = lower[max(sent_start, start - 8):start]
        if any(lower[k] in BUILD_VERBS for k in range(start, sent_end)):
            return False  # "... come from Mahindra's plant in Nashik, which builds the Scorpio-N": described in its own right
        # "imported from", "kits shipped from the maker's factories in Jinan"
        return "from" in window and bool((IMPORT_CUES | SOURCE_VERBS) & set(window))

    def _made_by_aside(self, plant: PlantFact) -> bool:
        """'The i30 shares its platform with the Kia Ceed, which is made by Kia Slovakia in Zilina': a plant named in a
        relative clause about another model, an aside, while the plant described before stays the one described."""
        start = self._slot_start.get(id(plant))
        if start is None or self.current_plant is None or self.current_plant is plant:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        for k in range(start - 1, max(sent_start, start - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == "," and k - 1 > sent_start:
                return any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, start))
        return False

    def _kit_source(self, plant: PlantFact) -> bool:
        """'Kits will be shipped from Chery's plant in Wuhu, which builds the X': the plant that supplies the parts,
        a plant of its own, but not the one the article goes on to describe."""
        start = self._slot_start.get(id(plant))
        if start is None or not self.words & KIT_WORDS:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        # the kits before the 'from' ("assembles the X from kits at a plant in Y" is the plant that uses them)
        k = next((k for k in range(start - 1, max(sent_start, start - 8) - 1, -1) if lower[k] == "from"), None)
        if k is not None and (bool(KIT_WORDS & set(lower[sent_start:k])) or self._kits_supplied_by(k) is not None):
            return True
        return self._kits_made_at(start, sent_start)

    def _kits_made_at(self, start: int, sent_start: int) -> bool:
        """'will re-assemble X "kits" that are pre-manufactured at the company's plant in Y', 'kits which are made at
        its Wuhu plant': the plant a relative clause after the kits names as where they are made."""
        lower = self.index.lower
        for j in range(start - 1, max(sent_start, start - 16) - 1, -1):
            if lower[j] not in ("at", "in", "by") or j - 1 <= sent_start:
                continue
            verb = lower[j - 1]
            if not (verb in KIT_SUPPLY_VERBS or verb.endswith(("manufactured", "produced", "made", "built"))):
                continue  # "at the company's US facility in Y": the place's own 'in'
            k = j - 2
            while k > sent_start and lower[k] in ("are", "were", "is", "was", "being", "be", "will", "first", "already", "pre", "-"):
                k -= 1
            if lower[k] not in ("that", "which"):
                return False
            k -= 1
            while k > sent_start and lower[k] in ('"', "”", "“", "'", "’", ","):
                k -= 1
            return lower[k] in KIT_WORDS
        return False

    def _kits_supplied_by(self, k: int) -> int | None:
        """'from kits supplied by Chery's Wuhu plant', 'from CKD kits shipped from X': where kits after 'from' (k) are
        said to come from, the participle's position (not 'from kits at a plant in Y', the plant that uses them)."""
        lower = self.index.lower
        # "from kits", "from CKD kits", "from semi-knocked-down kits"
        kits = next((j for j in range(k + 1, min(len(lower), k + 8)) if lower[j] in KIT_WORDS), None)
        if kits is None or kits + 2 >= len(lower) or lower[kits + 1] not in KIT_SUPPLY_VERBS:
            return None
        return kits + 1 if lower[kits + 2] in ("by", "from", "at", "in") else None
