"""Which of the models a sentence names its making covers: models only hedged ("possibly the Y"), studied,
denied, made once or no longer ("has no plans to produce the X", "the line that once produced the Y", "production of
the Z ended in 2019") are kept apart; so are a platform's other models, a sibling or a rival the car is likened to; a
version made of a model read as a base ("a longer version of the X") is made.
"""
from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.plant_models_words import ENDING_WORDS, MAKING_NOUNS, MODEL_DETERMINERS
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    AUXILIARIES,
    BUILD_VERBS,
    CONDITION_OPENERS,
    ENDED_WORDS,
    FORMER_ADVERBS,
    HEDGE_ADVERBS,
    MODAL_HEDGES,
    MODEL_HEDGES,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
)

# "the equivalent of the X", "a rival to the Y", "competes with the Z": models named to compare with
COMPARISON_WORDS = frozenset(["equivalent", "rival", "rivals", "rivalling", "rivaling", "competitor", "competitors", "compete",
                              "competes", "competing", "versus", "vs", "counterpart", "counterparts", "alternative"])
YEAR = re.compile(r"(19|20)[0-9]{2}")
FORESIGHT_WORDS = frozenset(["will", "would", "plans", "plan", "planned", "expects", "expected", "aims", "intends"])
# "similar to the X", "comparable to the Y", "in the same class as the Z", "about the size of the W": a model likened to
LIKENESS_WORDS = frozenset(["similar", "comparable", "akin", "identical", "equivalent"])
LIKENESS_NOUNS = frozenset(["class", "segment", "size", "category", "league", "mould", "mold"])
PAST_CLAUSE_OPENERS = frozenset(["where", "which", "that", "when", ";", "while", "but", "whereas"])
# "a longer version of the X", "the next generation of the Y": a version of a model
MADE_VERSION_NOUNS = frozenset(["version", "versions", "variant", "variants", "generation", "derivative"])
# "like its X sibling", "like its X stablemate": a model another is likened to
SIBLING_NOUNS = frozenset(["sibling", "siblings", "sister", "stablemate", "twin", "cousin", "predecessor"])
# "the platform which also underpins the X and the Y": the models a platform carries, not the plant's
UNDERPIN_VERBS = frozenset(["underpin", "underpins", "underpinned", "underpinning"])


# "slotting between the K2 and K3", "sitting above the X": a car's place in a range
POSITIONING_WORDS = frozenset(["slot", "slots", "slotting", "slotted", "sit", "sits", "sitting", "positioned", "placed", "nestled"])

class PlantModelsFiltersMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _unhedged_models(self, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'will build the X, possibly followed by the Y, Z and other models', 'the X, and potentially the Y as well, may
        also be made there', 'If the Y is built there, ...': the models a hedging adverb comes just before (a few words, no comma between), with those
        listed right after them, those of an opening 'if' clause and those after a denied or past making ('has no plans
        to produce the X', 'the line that once produced the Y') are no plant's models; the others in the sentence are."""
        lower = self.index.lower
        dropped: set[int] = set()
        opening = sent.start + (lower[sent.start] in ('"', "“", "'", "‘", "but", "and", "yet"))
        if opening < sent.end and lower[opening] in CONDITION_OPENERS:
            comma = next((k for k in range(opening, sent.end) if lower[k] == ","), None)
            if comma is not None:
                dropped.update(m.start for m in subjects if m.end <= comma)
        # "Until recently, the line at the A plant was also used for the X": a sentence opening in the past, up to a turn
        # to the present ("; now", "but")
        if self._opens_in_the_past(sent):
            end = next((k for k in range(sent.start, sent.end) if lower[k] in (";", "but", "now", "while", "whereas", "today")), sent.end)
            dropped.update(m.start for m in subjects if m.start < end)
        # "started making vans at the former Astra factory": the model a plant is still named after, made there once
        dropped.update(m.start for m in subjects if self._names_a_former_plant(m))
        for k in range(sent.start, sent.end - 1):
            if lower[k] in ENDING_WORDS and self._making_ended(k, sent, subjects, dropped):
                continue
            if lower[k] in MAKING_NOUNS and lower[k + 1] == "of":
                # "With production of the outgoing X having stopped, ...": a making of models said to have ended
                dropped.update(m.start for m in self._models_of_ended_making(k, subjects))
                continue
            if self._denied_making(k):
                # "Its Texas plant, which previously made the X, will switch to producing the Y": a relative clause of the
                # past ends where the main clause's verb comes back after a comma
                end = next((j for j in range(k, sent.end) if lower[j] in (";", "while", "but", "whereas")
                            or lower[j] == "," and lower[k] in FORMER_ADVERBS and lower[j + 1:j + 2] and lower[j + 1] in AUXILIARIES),
                           sent.end)
                dropped.update(m.start for m in subjects if k < m.start < end)
                continue
            if lower[k] in MODAL_HEDGES:
                # "In addition to the 208, it could produce new versions of the X and the Y": the models the possible
                # making names right after its verb (not "could produce 200,000 units of the X": a capacity)
                dropped.update(m.start for m in self._models_made_maybe(k, sent, subjects))
                continue
            if self._made_before(k):
                # "in Vladivostok, where the X and the Y were previously assembled": the models of the clause, made there once
                opener = next((j for j in range(k - 1, sent.start - 1, -1) if lower[j] in PAST_CLAUSE_OPENERS), sent.start - 1)
                dropped.update(m.start for m in subjects if opener < m.start < k)
                continue
            if lower[k] == "until":
                # "The plant, where GM built the Chevrolet Cruze until 2019, ...": a making in the past that ran until then
                dropped.update(m.start for m in self._made_until(k, sent, subjects))
                continue
            if lower[k] not in HEDGE_ADVERBS:
                continue
            first = next((m for m in subjects if k < m.start <= k + 4), None)
            if first is None or any(lower[j] in (",", ";", ".") or lower[j] in NEGATIONS for j in range(k + 1, first.start)):
                continue
            dropped.add(first.start)
            last = first
            for m in subjects:
                if m.start <= last.start:
                    continue
                gap = range(last.end, m.start)
                if len(gap) > 3 or not all(lower[j] in (",", "and", "or", "the", "a", "an") or self.ent_type[j] == "COMPANY" for j in gap):
                    break
                dropped.add(m.start)
                last = m
        return [m for m in subjects if m.start not in dropped] if dropped else subjects

    def _made_until(self, k: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """The models between a verb of making in the past tense and 'until' at k ('where GM built the X until 2019',
        'which assembled the X and the Y until last year'); not a making that goes on ('will build the X until 2030')."""
        lower = self.index.lower
        for j in range(k - 1, max(sent.start, k - 12) - 1, -1):
            if lower[j] in (",", ";", "where", "which", "that"):
                return []
            if lower[j] in BUILD_VERBS:
                past = lower[j].endswith("ed") or lower[j] in ("built", "made")
                helped = lower[j - 1] in AUXILIARIES or lower[j - 1] in ("to", "will", "would", "has", "have", "had", "be")
                return [m for m in subjects if j < m.start < k] if past and not helped else []
        return []

    def _models_made_maybe(self, k: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """The models named right after 'could (also) build' at k, and those listed with them."""
        lower = self.index.lower
        verb = k + 1
        while verb < sent.end and lower[verb] in ADVERBS_BEFORE_VERB:
            verb += 1
        if verb >= sent.end or lower[verb] not in BUILD_VERBS:
            return []
        first = next((m for m in subjects if verb < m.start <= verb + 6), None)
        if first is None or any(self.doc[j].like_num or lower[j] in (",", ";", "for") for j in range(verb + 1, first.start)):
            return []
        found, last = [first], first
        for m in subjects:
            if m.start <= last.start:
                continue
            if not all(lower[j] in ("the", "a", "an", "and", "or", ",") or self.ent_type[j] == "COMPANY" for j in range(last.end, m.start)):
                break
            found.append(m)
            last = m
        return found

    def _models_of_ended_making(self, k: int, subjects: list[Span]) -> list[Span]:
        """'production of the outgoing X having stopped', 'assembly of the X and the Y ended in 2019': the models right
        after the making at k (an article and a word or two of description between), when a word of ending follows
        their list (an auxiliary or a vehicle noun between at most)."""
        lower = self.index.lower
        first = next((m for m in subjects if k + 2 <= m.start <= k + 5), None)
        if first is None or not all(lower[j] in MODEL_DETERMINERS or self.ent_type[j] == "COMPANY" or self.doc[j].is_lower and self.doc[j].is_alpha
                                    for j in range(k + 2, first.start)):
            return []
        last = self._last_listed_model(first, subjects)
        j = last.end
        while j < min(len(lower), last.end + 4) and (lower[j] in AUXILIARIES or lower[j] in ("having", "been") or lower[j] in lx.VEHICLE_WORDS):
            j += 1
        if j >= len(lower) or lower[j] not in ENDED_WORDS:
            return []
        return [m for m in subjects if first.start <= m.start <= last.start]

    def _opens_in_the_past(self, sent: Sentence) -> bool:
        """'Until recently, ...', 'Previously, ...', 'Formerly, ...', 'In the past, ...', 'From 1974 to 1978, ...': a
        sentence about what was."""
        lower = self.index.lower
        opening = lower[sent.start:sent.start + 4]
        return (opening[:2] == ["until", "recently"] or opening[:2] in (["previously", ","], ["formerly", ","])
                or opening[:4] == ["in", "the", "past", ","] or self._closed_past_years(sent.start, sent))

    def _closed_past_years(self, k: int, sent: Sentence) -> bool:
        """'from 1974 to 1978', 'between 1993 and 1997' at k: a span of years that ended before the latest year the
        article names, in a sentence that foresees nothing ('will', 'would', 'plans'): a making long over."""
        lower = self.index.lower
        if lower[k] not in ("from", "between") or k + 4 > sent.end or lower[k + 2] not in ("to", "and", "until", "-", "–"):
            return False
        first, last = self.index.text[k + 1], self.index.text[k + 3]
        if not (YEAR.fullmatch(first) and YEAR.fullmatch(last)):
            return False
        # (and every verb of making in it past: not "From 2019 to 2022 she ran the Smyrna plant, which builds the X")
        past = all(w.endswith(("ed", "built", "made")) for w in self.words & BUILD_VERBS)
        return int(first) <= int(last) < self._latest_year and not self.words & FORESIGHT_WORDS and past

    @cached_property
    def _latest_year(self) -> int:
        """The latest year the article writes (its own time, or near it)."""
        return max((int(t) for t in self.index.text if YEAR.fullmatch(t)), default=0)

    def _making_ended(self, k: int, sent: Sentence, subjects: list[Span], dropped: set[int]) -> bool:
        """'the factory would cease to assemble the X and would instead produce vans', 'stopped making the Y', 'the Z is
        no longer made at the A facility': a making that stops (or has stopped); the models after the verb, up to the
        clause's end or 'instead', or (a passive) the models just before it, are added to `dropped`."""
        lower = self.index.lower
        verb = k + 1 + (lower[k + 1:k + 2] in (["to"], ["be"]))
        if lower[k] == "longer" and lower[k - 1] != "no" or verb >= sent.end or lower[verb] not in BUILD_VERBS:
            return False
        if lower[verb] in ("made", "built", "produced", "assembled", "manufactured") and lower[k] == "longer":
            # "the Z sedan is no longer made at ...": the models of the clause before the verb
            opener = next((j for j in range(k - 1, sent.start - 1, -1) if lower[j] in (",", ";", "that", "which", "because")), sent.start - 1)
            dropped.update(m.start for m in subjects if opener < m.start < k)
            return True
        # (up to a making that goes on: "will stop producing the X and manufacture the Y instead", "stopped producing
        # the X in 2020 and now builds the Y")
        def goes_on(j: int) -> bool:
            n = j + 1 + (lower[j + 1:j + 2] in (["now"], ["today"], ["currently"], ["instead"]))
            after = lower[n:n + 1]
            return bool(after) and (after[0] in ACTIVE_BUILD_VERBS or after[0] in ("manufacture", "manufactures"))
        end = next((j for j in range(verb, sent.end) if lower[j] in (";", "while", "but", "whereas", "instead")
                    or lower[j] == "and" and goes_on(j)), sent.end)
        dropped.update(m.start for m in subjects if verb < m.start < end)
        return True

    def _names_a_former_plant(self, model: Span) -> bool:
        """'at the former Zorvex Tarka factory', 'a former Tarka plant': a model naming a plant (a maker's name between
        at most) after 'former', the plant that made it once, not a model made there now."""
        lower = self.index.lower
        if lower[model.end:model.end + 1] not in (["plant"], ["factory"], ["facility"], ["works"]):
            return False
        k = model.start - 1
        while k > 0 and (self.ent_type[k] == "COMPANY" or lower[k] in ("'s", "’s")):
            k -= 1
        return k >= 0 and lower[k] in ("former", "erstwhile")

    def _made_before(self, k: int) -> bool:
        """'were previously assembled', 'was formerly built': the passive of making, an adverb of the past between."""
        lower = self.index.lower
        return (lower[k] in ("formerly", "previously") and k > 0 and lower[k - 1] in PASSIVE_AUXILIARIES
                and lower[k + 1] in BUILD_VERBS and lower[k + 1].endswith(("ed", "made", "built")))

    def _denied_making(self, k: int) -> bool:
        """The verb of making at k+2 or k+3 is denied or past: 'has no plans to produce', 'no intention to build', 'the
        line that once produced' (not 'Once built, the cars ...': the adverb after a relative pronoun)."""
        lower = self.index.lower
        if lower[k] == "no" and lower[k + 1] in ("plans", "plan", "intention"):
            return lower[k + 2:k + 3] in (["to"], ["of"]) and lower[k + 3:k + 4] and (
                lower[k + 3] in BUILD_VERBS or lower[k + 3] in ("producing", "building", "making", "assembling"))
        # "which is understood to have previously built the X", "had once produced the Y": the perfect of a past making
        return (lower[k] in FORMER_ADVERBS and k > 0 and lower[k - 1] in ("that", "which", "where", "have", "has", "had")
                and lower[k + 1] in BUILD_VERBS and lower[k + 1].endswith(("ed", "made", "built")))

    def _hedged_models(self, sent: Sentence) -> bool:
        """'Toyota is "looking at" assembling the Yaris Cross at Phuc Yen', 'is considering building the X there':
        a plant's models only rumoured or studied."""
        if self.words & MODEL_HEDGES:
            return True
        lower = self.index.lower
        return "looking" in self.words and any(lower[k] == "looking" and lower[k + 1:k + 2] == ["at"] for k in range(sent.start, sent.end))

    def _without_platform_mates(self, sent: Sentence, models: list[Span]) -> list[Span]:
        """'is based on the G2 platform, which also underpins the X and the Y': the models listed right after a verb of
        underpinning (not 'underpinned by', the model's own base) carry the platform, nothing says where they are made;
        unless a clause of their own says so ('the Y, which is set to enter production at the same factory')."""
        lower = self.index.lower
        dropped: set[int] = set()
        for k in range(sent.start, sent.end - 1):
            if lower[k] not in UNDERPIN_VERBS or lower[k + 1] == "by":
                continue
            first = next((m for m in models if k < m.start <= k + 4 and all(
                lower[j] in ("the", "its", "their", "both") or self.ent_type[j] == "COMPANY" for j in range(k + 1, m.start))), None)
            if first is None:
                continue
            last = self._last_listed_model(first, models)
            if not self._making_said_after(last, sent):
                dropped.update(m.start for m in models if first.start <= m.start <= last.start)
        return [m for m in models if m.start not in dropped] if dropped else models

    def _making_said_after(self, model: Span, sent: Sentence) -> bool:
        """'the Y, which is also set to enter production at the same factory', 'the X and the Y, both built in Z': words
        right after the model (up to a ';') that speak of a making."""
        lower = self.index.lower
        end = next((j for j in range(model.end, sent.end) if lower[j] == ";"), sent.end)
        return any(lower[j] in MAKING_NOUNS or lower[j] in BUILD_VERBS for j in range(model.end, min(end, model.end + 12)))

    def _likened_sibling(self, model: Span) -> bool:
        """'The X, which like its Y sibling qualifies for the scheme, will be built at ...': a model after 'like its' (or
        'like the') and before a noun of kinship, named to liken the car to, not said to be made with it."""
        lower = self.index.lower
        return (lower[model.end:model.end + 1] and lower[model.end] in SIBLING_NOUNS and model.start >= 2
                and lower[model.start - 2] == "like" and lower[model.start - 1] in ("its", "the", "their"))

    def _version_made(self, model: Span, sent: Sentence) -> bool:
        """'to produce a longer version of the X', 'will build an electrified version of the Y', 'manufactures the petrol
        versions of the Z': a version of the model is what the verb of making makes, so the model is made there (a model
        read as another's base elsewhere)."""
        lower = self.index.lower
        k = model.start - 1  # (past the model's maker and a few words of it: "of the recently launched Zorvex X")
        while k > sent.start and model.start - k <= 5 and (self.ent_type[k] == "COMPANY" or self.doc[k].is_alpha and self.doc[k].is_lower
                                                           and lower[k] not in ("of", "and", "or")):
            k -= 1
        if lower[k] != "of" or lower[k - 1] not in MADE_VERSION_NOUNS:
            return False
        k -= 2
        while k > sent.start and model.start - k < 10 and lower[k] not in ("a", "an", "the", "its") and self._describes_a_vehicle(k):
            k -= 1
        return k > sent.start and lower[k] in ("a", "an", "the", "its") and lower[k - 1] in BUILD_VERBS

    def _rival_model(self, model: Span, sent: Sentence, plant: PlantFact) -> bool:
        """'... and is the equivalent of the Volkswagen X and the Skoda Y', 'a rival to the Toyota Z': a model of another
        group that the sentence compares with, not one the plant makes."""
        maker = self._model_maker(model)
        if not maker or not plant.company or self.gaz.same_group(maker, plant.company):
            return False
        lower = self.index.lower
        for k in range(model.start - 1, max(sent.start, model.start - 14) - 1, -1):
            if lower[k] in BUILD_VERBS and self._describes_the_model(k, model):
                continue  # "to compete against locally built Holden Commodores": the rival's own making, an adjective
            if lower[k] in (";", "while", "whereas") or lower[k] in BUILD_VERBS:
                return False
            if lower[k] in COMPARISON_WORDS:
                return True
        return False

    def _positioned_against(self, model: Span, sent: Sentence) -> bool:
        """'Kia's version, slotting between the K2 (Rio) and K3 (Forte) in the range', 'sitting above the X': models a
        car is placed between or above in a range, not made with it."""
        lower = self.index.lower
        for k in range(model.start - 1, max(sent.start, model.start - 10), -1):
            if lower[k] in (";", ".") or lower[k] in BUILD_VERBS:
                return False
            if lower[k] in ("between", "above", "below") and lower[k - 1] in POSITIONING_WORDS:
                return True
        return False

    def _likened_model(self, model: Span, sent: Sentence) -> bool:
        """'a new car in the same class as the Zorvex X', 'an SUV similar (in size) to the Y', 'about the size of the Z': a model
        named only to liken another to, of any maker (the group's own too), not one the plant makes."""
        lower = self.index.lower
        k = model.start - 1
        while k > sent.start and (lower[k] in ("the", "a", "an", "its", "their") or self.ent_type[k] == "COMPANY"):
            k -= 1  # (past the article and the maker's name: "similar to Zorvex's X")
        if k > sent.start and lower[k] in ("'s", "’s"):
            k -= 1
            while k > sent.start and self.ent_type[k] == "COMPANY":
                k -= 1
            k -= lower[k] == "the"
        if lower[k] == "to":
            return lower[k - 1] in LIKENESS_WORDS or lower[k - 3] in LIKENESS_WORDS and lower[k - 2] == "in"  # "similar in size to"
        if lower[k] == "as":  # "in the same class as", "the same size as"
            return lower[k - 2] == "same" and lower[k - 1] in LIKENESS_NOUNS
        return lower[k] == "of" and lower[k - 1] in LIKENESS_NOUNS and lower[k - 2] == "the" and lower[k - 3] in ("about", "roughly", "nearly")

    def _describes_the_model(self, k: int, model: Span) -> bool:
        """'locally built Holden X and Y', 'Thai-made Z': a participle of making at k, right before a model or its maker's
        name, after an adverb of place or a hyphen; an adjective of the models, no verb of the plant's."""
        lower = self.index.lower
        return (lower[k].endswith(("ed", "made", "built")) and k > 0 and lower[k - 1] in ("locally", "domestically", "-")
                and k + 1 <= model.start and self.ent_type[k + 1] in ("COMPANY", "MODEL"))
