"""The models a plant builds: models named with its place ("the X is built at Y", "Y, where the X is
made"), with the plant already described ("the plant builds the X"), moved to or from it, named before its kits
or in an interview's answer; models only hedged ("possibly the Y") are kept apart.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    AUXILIARIES,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    CLOSED_WORDS,
    CONDITION_OPENERS,
    CONTINUE_WORDS,
    COPULAS,
    ENDED_WORDS,
    FOLLOWING_NOUNS,
    FORMER_ADVERBS,
    HEDGE_ADVERBS,
    MODAL_HEDGES,
    MODEL_HEDGES,
    MOVE_VERBS,
    NEGATIONS,
    PARTS_MADE_FOR,
    PASSIVE_AUXILIARIES,
    RAISE_VERBS,
    RIVAL_WORDS,
)

# "the X is to start production there", "the Y was expected to begin production at the facility": what stands between a
# model, the subject, and the verb its making starts with
START_SUBJECT_FILLERS = frozenset(["is", "are", "was", "were", "will", "would", "to", "be", "set", "due", "expected", "scheduled",
                                   "slated", "planned", "also", "then", "now", "should", "shall", "finally", "officially"])
ENTRY_VERBS = frozenset(["enter", "enters", "entered", "entering", "go", "goes", "went", "going"])  # "go into production"
# "start series production", "go into full production"
SERIES_WORDS = frozenset(["series", "serial", "full", "volume", "mass", "local", "commercial", "full-scale", "regular"])
# "the equivalent of the X", "a rival to the Y", "competes with the Z": models named to compare with
COMPARISON_WORDS = frozenset(["equivalent", "rival", "rivals", "rivalling", "rivaling", "competitor", "competitors", "compete",
                              "competes", "competing", "versus", "vs", "counterpart", "counterparts", "alternative"])
# "makes another appearance", "made its debut", "made the announcement": 'make' of no making
MAKE_VERBS = frozenset(["make", "makes", "made", "making"])
DESIGN_WORDS = frozenset(["purpose", "custom", "specially", "bespoke"])  # "the purpose-built X", "custom-built": no making there
# "make the X bigger", "make the Y more efficient": a model changed ("more" and "less" before the adjective)
COMPARATIVES = frozenset("bigger larger smaller longer shorter wider taller lighter heavier cheaper faster safer roomier better "
                         "more less".split())
YEAR = re.compile(r"(19|20)[0-9]{2}")
FORESIGHT_WORDS = frozenset(["will", "would", "plans", "plan", "planned", "expects", "expected", "aims", "intends"])
# "a little bigger", "slightly longer", "even more powerful": words of degree before a comparative
DEGREE_WORDS = frozenset(["a", "little", "bit", "slightly", "much", "even", "far", "considerably", "somewhat", "marginally",
                          "significantly", "also", "both"])
MAKE_IDIOM_OBJECTS = frozenset(["use", "sure", "inroads", "headway", "progress", "money", "amends", "do"])
QUOTE_MARKS = frozenset(['"', "“", "”", "'", "‘", "’"])
MAKE_IDIOM_OPENERS = frozenset(["a", "an", "another", "its", "their", "his", "her", "the", "this", "that"])
MAKE_IDIOM_NOUNS = frozenset(["appearance", "debut", "comeback", "return", "entry", "entrance", "announcement", "decision",
                              "statement", "case", "move", "bid", "push", "offer", "difference", "splash", "impression"])
# "its production lineup", "the product line-up": a lineup of what a plant makes
LINEUP_OF_MAKING = frozenset(["production", "product", "products", "manufacturing", "assembly", "model", "plant", "factory"])
# "similar to the X", "comparable to the Y", "in the same class as the Z", "about the size of the W": a model likened to
LIKENESS_WORDS = frozenset(["similar", "comparable", "akin", "identical", "equivalent"])
LIKENESS_NOUNS = frozenset(["class", "segment", "size", "category", "league", "mould", "mold"])
RETAIL_WORDS = frozenset(["dealership", "dealerships", "dealers", "showroom", "showrooms", "forecourts"])
# "at the weekend", "last week", "on Monday": a time phrase between 'production' and 'of the X'
TIME_PHRASE_WORDS = frozenset(["at", "on", "in", "the", "this", "last", "weekend", "week", "month", "year", "monday", "tuesday",
                               "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"])
FOLLOW_WORDS = frozenset(["follow", "follows"])
ADD_VERBS = frozenset(["add", "adds", "adding"])
# "The plant will end production of the X": making that stops
STOP_VERBS = frozenset(["end", "ends", "stop", "stops", "halt", "halts", "cease", "ceases", "suspend", "suspends", "cut", "cuts",
                        "reduce", "reduces", "phase", "wind", "discontinue", "discontinues", "pause", "pauses", "lose", "loses"])
# "a second shift", "the night shift": the word as a noun of working hours, not a verb of moving production
SHIFT_NOUN_OPENERS = frozenset("a an the one two three second third fourth night day late early extra additional".split())
SOURCE_NOUNS = frozenset(["source", "producer", "maker", "manufacturer", "supplier"])  # "the sole source of the X"
PRODUCTION_FOCUS_VERBS = frozenset(  # "Production centres on ...", "Output is focused on ..."
    "centres centers centred centered focuses focused concentrates concentrated".split())
# "battery capacity", "towing capacity": a capacity that is no plant's output
NON_PLANT_CAPACITIES = frozenset("battery towing seating cargo load boot tank fuel payload storage luggage charging".split())
PAST_CLAUSE_OPENERS = frozenset(["where", "which", "that", "when", ";", "while", "but", "whereas"])
# "cease to assemble the X", "stopped making the Y", "no longer made": a making that ends
ENDING_WORDS = frozenset(["cease", "ceases", "ceased", "stop", "stops", "stopped", "halt", "halts", "halted", "discontinue",
                          "discontinues", "discontinued", "longer"])
PAST_START_CUES = frozenset(["launched", "commenced", "kicked"])  # "launched a local assembly of the X"
# "The factory will handle the X", "The plant will house the Y": a plant taking on models
HOSTING_VERBS = frozenset(["handle", "handles", "house", "houses", "host", "hosts"])
# "the current production of the X", "production and export of our Y": a making going on now
PRESENT_MAKING_CUES = frozenset(["current", "ongoing", "existing", "present", "export", "exports"])
MAKING_NOUNS = frozenset(["production", "assembly", "manufacturing", "manufacture"])
# words that end a vehicle's description: "the X and Y, as well as the Z, which is imported": a clause, not the models' kind
DESCRIPTION_STOPS = frozenset("as well while but which that who than not no is are was were be been will would to from for with in at "
                              "by on into such like including its their his her our or also only".split())
# "a longer version of the X", "the next generation of the Y": a version of a model
MADE_VERSION_NOUNS = frozenset(["version", "versions", "variant", "variants", "generation", "derivative"])
# "The investment will enable the production of the X": the money a plant is given
INVESTMENT_NOUNS = frozenset(["investment", "money", "funds", "funding", "expansion"])
# "production of the X", "assembly of its Y", "manufacture of our new Z": the words between a making and its model
MODEL_DETERMINERS = frozenset(["the", "its", "their", "our", "his", "her", "new", "all-new", "a", "an"])
POWER_SOURCES = frozenset(["engine", "motor", "motors", "unit", "powertrain", "battery"])  # "an engine producing 147 hp"
# "released alongside the X", "unveiled alongside the Y": models shown or put on sale together, no line shared
UNVEIL_VERBS = frozenset("released unveiled revealed launched introduced shown displayed presented sold offered debuted".split())
# "like its X sibling", "like its X stablemate": a model another is likened to
SIBLING_NOUNS = frozenset(["sibling", "siblings", "sister", "stablemate", "twin", "cousin", "predecessor"])
# "the platform which also underpins the X and the Y": the models a platform carries, not the plant's
UNDERPIN_VERBS = frozenset(["underpin", "underpins", "underpinned", "underpinning"])


class PlantModelsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _interview_answer(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'Q: What exactly comes out of Yenikoy? A: The Transit Custom, the Tourneo Custom and the Transporter.', 'Q: Which
        models are built there now? A: The T8, the J7 and the X5.': an interview's question about what a plant makes,
        answered by a list of models."""
        lower = self.index.lower
        if sent.end - sent.start < 3 or lower[sent.start + 1] != ":":
            return
        if lower[sent.start] == "q":
            words = lower[sent.start:sent.end]
            making = bool(set(words) & BUILD_VERBS) or any(words[k:k + 3] in (["comes", "out", "of"], ["come", "out", "of"])
                                                           for k in range(len(words)))
            site = next((p for e in ents if e.label_ == "PLACE" for p in self.plants if p.site in (e.text, e.ent_id_)), None)
            self.asked_plant = (site or (self.current_plant if "there" in words else None), self.sent_no) if making else None
        elif lower[sent.start] == "a" and self.asked_plant is not None:
            plant, asked = self.asked_plant
            self.asked_plant = None
            # the answer opens with the models: "A: The Transit Custom, ..."
            if plant is not None and asked == self.sent_no - 1 and subjects and subjects[0].start - sent.start <= 3:
                add_new(plant.models, (self._model_name(m) for m in subjects))

    def _models_of_relative_clause(self, last: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'its San Antonio plant, which builds the Tundra and the Sequoia, ...': the models of a ', which builds'
        clause right after a plant's name, up to the clause's end."""
        lower = self.index.lower
        k = last
        if k < sent.end and lower[k] == ",":  # "its San Antonio, Texas, plant", "its plant in Zilina, Slovakia, which": past the state
            j = k + 1
            while j < sent.end and self.ent_type[j] in ("PLACE", "COUNTRY"):
                j += 1
            if j > k + 1 and j < sent.end and lower[j] == ",":
                k = j + 1 if j + 1 < sent.end and lower[j + 1] in lx.PLANT_NOUNS else j
        start = k
        while k < min(sent.end, start + 3) and lower[k] in lx.PLANT_NOUNS | {"assembly", "vehicle", "car", "truck", "pickup", "van"}:
            k += 1
        if lower[k:k + 2] == [",", "where"]:
            return self._models_made_where(k + 2, sent, subjects)
        if lower[k:k + 1] == [","] and self._home_of(k + 1):
            k = k + 1 + (lower[k + 1] in ("the", "now"))  # "its Silao pickup plant, home of the Silverado and the Sierra, ..."
        elif lower[k:k + 2] != [",", "which"] and lower[k:k + 2] != [",", "that"]:
            return []
        else:
            k += 2
            while k < sent.end and lower[k] in ADVERBS_BEFORE_VERB:
                k += 1
            if k >= sent.end or lower[k] not in BUILD_VERBS:
                return []
        end = k + 1
        while end < sent.end and lower[end] != ";":
            if lower[end] == "," and not (end + 1 < sent.end and (lower[end + 1] in ("the", "and") or self.ent_type[end + 1] == "MODEL")):
                break
            end += 1
        return [m for m in subjects if k < m.start < end]

    def _models_made_where(self, k: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'the X plant in Michigan, where the A, the B and the C are produced, and ...': the models of a passive clause
        of making opened by 'where' right after a plant's name."""
        lower = self.index.lower
        for j in range(k + 1, min(sent.end - 1, k + 25)):
            if lower[j] in (";", "where", "which"):
                return []
            if lower[j] in PASSIVE_AUXILIARIES:
                verb = j + 1
                while verb < sent.end and lower[verb] in ADVERBS_BEFORE_VERB:
                    verb += 1
                if verb < sent.end and lower[verb] in BUILD_VERBS and self._models_between(k, j):
                    return [m for m in subjects if k <= m.start < j]
                return []
        return []

    def _home_of(self, k: int) -> bool:
        """'home of the X', 'the home of the X', 'now home to the X' at token k."""
        lower = self.index.lower
        k += lower[k:k + 1] in (["the"], ["now"])
        return k + 1 < len(lower) and lower[k] == "home" and lower[k + 1] in ("of", "to")

    def _models_before_kits(self, sent: Sentence, ents: list[Span], subjects: list[Span], source: PlantFact) -> None:
        """'X also assembles the Sonet and the Sportage; Sonet kits arrive from Kia's Anantapur plant': the models of the
        clause before are the assembler's, at its plant named before, not the kit plant's."""
        clause_of = self._clause_breaks(sent)
        start = self._slot_start.get(id(source), sent.end)
        earlier = [m for m in subjects if clause_of(m.start) < clause_of(start)]
        opener = next((e for e in ents if e.label_ == "COMPANY" and e.start == sent.start), None)
        lower = self.index.lower
        if not earlier:
            # "X assembles the Tiggo 4 Pro from kits supplied by Chery's Wuhu plant", "It assembles the X from kits
            # shipped from BAIC's plant in Y": the models before the kits are the assembler's (or the plant's described
            # before), the kit plant builds them as well
            # (a window of 20 words: "semi-knocked-down" alone is five)
            k = next((k for k in range(start - 1, max(sent.start, start - 20) - 1, -1)
                      if lower[k] == "from" and self._kits_supplied_by(k) is not None), None)
            if k is None:
                return
            if opener is not None and opener.ent_id_ != source.company:
                home = next((p for p in self.plants if p.company == opener.ent_id_ and p is not source), None)
            elif opener is None and lower[sent.start] == "it" and self.current_plant is not None and self.current_plant is not source:
                home = self.current_plant
            elif opener is None and self._opens_with_the_plant(sent) and self.current_plant not in (None, source):
                # "The plant, which Nissan ran until 2021, builds the X from kits supplied by Chery's Wuhu plant":
                # the plant described before, its subject; what its own ', which assembles' clause names is not the kit plant's
                home = self.current_plant
                noun = next(j for j in range(sent.start, sent.end) if lower[j] in ("plant", "factory", "facility"))
                own = {self._model_name(m) for m in self._models_of_relative_clause(noun, sent, subjects)}
                source.models[:] = [n for n in source.models if n not in own]
            else:
                home = None
            if home is not None:
                add_new(home.models, (self._model_name(m) for m in subjects if m.start < k))
            return
        if opener is None or opener.ent_id_ == source.company:
            return
        names = {self._model_name(m) for m in earlier}
        own = [self._model_name(m) for m in subjects if clause_of(m.start) == clause_of(start)]
        source.models[:] = [n for n in source.models if n not in names or n in own]
        home = next((p for p in self.plants if p.company == opener.ent_id_ and p is not source), None)
        if home is not None:
            add_new(home.models, (self._model_name(m) for m in earlier))

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
        # (up to a making that goes on: "will stop producing the X and manufacture the Y instead")
        end = next((j for j in range(verb, sent.end) if lower[j] in (";", "while", "but", "whereas", "instead")
                    or lower[j] == "and" and lower[j + 1:j + 2] and (lower[j + 1] in ACTIVE_BUILD_VERBS or lower[j + 1] in ("manufacture", "manufactures"))),
                   sent.end)
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

    def _models_for_slot(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """With several plants in a sentence, each takes the models named between it and the one before."""
        away = self._moved_away(subjects, slots[n]["first"])
        if away:  # "will move production of the Superb from Kvasiny to Bratislava": not Kvasiny's any more
            subjects = [m for m in subjects if m.start not in away]
        if len(slots) == 1:
            # "Its Camry comes from Japan, while the Hilux is shipped from the Samrong plant": models said to come from
            # elsewhere in a clause of their own are not the plant's
            # "Unlike the Y, the X will be made only in Elbonia": a model set against the plant's in an opening phrase is
            # not the plant's
            own = [m for m in subjects if not self._contrasted_model(m, slots[0]["first"])] or subjects
            return [m for m in own if not self._from_elsewhere(m, slots[0]["first"])] or own
        moved = self._moved_models(subjects, slots[n]["first"])
        if moved is not None:  # "since the Superb moved to Bratislava": the models moved there, not the sentence's others
            return moved
        low = slots[n - 1]["last"] if n else -1
        lower = self.index.lower
        # "..., which will build the PV5, while the Gwangmyeong plant makes the EV3": a plant opening a clause of its
        # own takes the models of that clause
        opened = next((k for k in range(slots[n]["first"] - 1, max(low, slots[n]["first"] - 6), -1) if lower[k] in CLAUSE_BREAKS), None)
        # ("in Cologne, Germany; Valencia, Spain; and Rayong, Thailand": a ';' between the items of a list opens no clause)
        if n and opened is not None and not all(lower[k] in (";", ",", "and") or self.ent_type[k] == "COUNTRY"
                                                for k in range(slots[n - 1]["last"], slots[n]["first"])):
            close = next((k for k in range(slots[n]["last"], slots[n + 1]["first"] if n + 1 < len(slots) else len(lower))
                          if lower[k] in CLAUSE_BREAKS), slots[n + 1]["first"] if n + 1 < len(slots) else 10**9)
            return [m for m in subjects if slots[n]["last"] <= m.start < close]
        # "Toyota's factory in Georgetown, Kentucky, builds the Camry, and Honda's plant in Marysville, Ohio, builds the
        # Accord": a plant followed by its own verb of making takes the models after that verb, not those of the plant before
        verb = self._builds_after(slots[n]["last"]) if n else None
        if verb is not None:
            high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
            after = [m for m in subjects if verb < m.start < high]
            if after:
                return after
        before = [m for m in subjects if low <= m.start < slots[n]["first"]]
        if before:
            return before
        shared = self._models_of_listed_site(subjects, slots, n)
        if shared:
            return shared
        high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
        after = [m for m in subjects if slots[n]["last"] <= m.start < high]
        if not after and n + 1 < len(slots) and set(lower[slots[n]["last"]:high]) <= {",", "and", "in", "at", "near"}:
            # "Toyota's two plants, in Tijuana and in Apaseo el Grande, build the Tacoma": plants listed together share
            # the models named after the list
            return self._models_for_slot(subjects, slots, n + 1)
        return after

    def _models_of_listed_site(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """'production of the new X at the A and B plants', 'the X is built at the A plant in China and the GM B plant in
        Brazil': a site listed right after the one before it (only 'and', a comma, a determiner or the operator's name
        between) shares the models named before that first site."""
        if not n:
            return []
        lower = self.index.lower
        # "built at both the A plant in China and the GM B plant in Brazil": a determiner or the operator's name may
        # open the second site
        # ("Bremen in Germany and Beijing in China": the town of the second site, where the tagger read only its country)
        if not all(lower[k] in (",", "and", "&", "the", "its", "their", ";") or self.ent_type[k] == "COMPANY"
                   or lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY"
                   or self.ent_type[k] == "PLACE" or lower[k] == "in" and self.ent_type[k - 1] == "PLACE"
                   # "in Cologne, Germany, and Valencia, Spain": the country of the town before, after its comma
                   or self.ent_type[k] == "COUNTRY" and (self.ent_iob[k] == "I" or lower[k - 1] == ",")
                   for k in range(slots[n - 1]["last"], slots[n]["first"])):
            return []
        low = slots[n - 2]["last"] if n > 1 else -1
        # "builds the X in A, B and C": the third item shares the models named before the first
        return [m for m in subjects if low <= m.start < slots[n - 1]["first"]] or self._models_of_listed_site(subjects, slots, n - 1)

    def _builds_after(self, last: int) -> int | None:
        """The verb of making right after a plant's name ('plant in Marysville, Ohio, builds', 'factory now makes', 'the
        branch in Pitnak which produces'): the plant is the verb's subject."""
        lower, sent_end = self.index.lower, self.index.sent_bounds(last - 1)[1]
        k = last
        while k < min(sent_end, last + 6) and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY")
                                                or lower[k] in lx.PLANT_NOUNS or lower[k] in ADVERBS_BEFORE_VERB
                                                or lower[k] in ("which", "that") and lower[k - 1] != ","):  # "in Pitnak which produces"
            k += 1
        return k if k < sent_end and lower[k] in ACTIVE_BUILD_VERBS else None

    def _moved_models(self, subjects: list[Span], first: int) -> list[Span] | None:
        """The models whose production moves 'to' the place at `first`: 'the Superb moved to Bratislava' (the models
        just before the verb), 'move the production of the Elroq from A to B' (the models between the verb and 'to');
        None when no production moves there."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1  # "from its CIVAC plant in Morelos to its Aguascalientes complex"
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        verb = self._move_verb_before(first - 1, self.index.sent_bounds(first)[0])
        if verb is None:
            return None
        carried = [m for m in subjects if verb < m.start < first]
        if carried:
            return carried
        if verb != first - 2:
            return None
        # the verb's subject: the models right before it, back to the start of their clause
        return [m for m in subjects if m.end <= verb and verb - m.end <= 6
                and not set(lower[m.end:verb]) & {"since", "when", "after", "as", "while", "which", ";"}] or None

    def _moved_away(self, subjects: list[Span], first: int) -> set[int]:
        """The starts of the models whose production moves away 'from' the place at `first`: 'move production of the X
        from A to B', 'By transferring the production of the X from A to B'; empty when none moves from there."""
        lower = self.index.lower
        # (past "its plant in": "from its plant in Smyrna")
        while first >= 2 and (lower[first - 1] in ("its", "their", "the", "in", "at") or lower[first - 1] in lx.PLANT_NOUNS):
            first -= 1
        if first < 2 or lower[first - 1] != "from":
            return set()
        floor = self.index.sent_bounds(first)[0]
        # ("By transferring the production of the X from A to B")
        verb = self._move_verb_before(first - 1, floor) or next(
            (k for k in range(first - 2, max(floor, first - 21) - 1, -1) if lower[k] in ("transferring", "relocating")), None)
        if verb is None or {"part", "some", "share", "portion"} & set(lower[verb:first - 1]):
            return set()  # ("move part of the production of the X from A to B": A keeps making it)
        return {m.start for m in subjects if verb < m.start < first - 1}

    def _moved_count(self, sent: Sentence, first: int) -> int | None:
        """'transfer production of all four vans to its Atessa plant', 'move both models to X': how many of the models
        named last move to the place at `first`, counted by a number word before a vehicle noun."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        # "will transfer production of ...": the verb (not the noun of "a technology transfer to X")
        verb = self._move_verb_before(first - 1, sent.start) or next(
            (k for k in range(first - 2, max(sent.start, first - 21), -1) if lower[k] in ("transfer", "transfers")
             and lower[k - 1] in ("will", "to", "would", "could")), None)
        if verb is None:
            return None
        counts = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
        return next((counts[lower[k]] for k in range(verb + 1, first - 2) if lower[k] in counts
                     and lower[k + 1] in lx.VEHICLE_WORDS), None)

    def _move_verb_before(self, to: int, floor: int) -> int | None:
        """The verb of moving production nearest before the 'to' at `to`, within 20 words and not before `floor`
        ('a second shift to ...' is no move)."""
        lower = self.index.lower
        return next((k for k in range(to - 1, max(floor - 1, to - 21), -1) if lower[k] in MOVE_VERBS
                     and not (lower[k] in ("shift", "shifts") and lower[k - 1] in SHIFT_NOUN_OPENERS)), None)

    def _contrasted_model(self, model: Span, slot_start: int) -> bool:
        """'Unlike the Y, the X ...', 'Unlike Zorvex's Y, ...': the model an opening 'unlike' sets against the sentence's
        subject, before the plant is named."""
        lower = self.index.lower
        k = model.start - 1
        while k >= 0 and (lower[k] in ("the", "its", "their", "'s", "’s") or self.ent_type[k] == "COMPANY"):
            k -= 1
        return model.start < slot_start and k >= 0 and lower[k] == "unlike"

    def _from_elsewhere(self, model: Span, slot_start: int) -> bool:
        """The model comes 'from' some other place in a clause before the plant's, closed by 'while' or ';'."""
        lower = self.index.lower
        if model.start > slot_start:
            return False
        clause_break = next((k for k in range(model.end, slot_start) if lower[k] in CLAUSE_BREAKS), None)
        return clause_break is not None and "from" in lower[model.end:clause_break]

    def _models_between(self, start: int, end: int) -> bool:
        """Only models and their glue ('the', 'and', ',', a maker's name) in [start, end), and at least one model."""
        lower = self.index.lower
        kinds = [self.ent_type[k] for k in range(start, end)]
        return "MODEL" in kinds and all(t in ("MODEL", "MODEL_AMBIG", "COMPANY") or lower[k] in ("the", "and", ",", "new")
                                        for k, t in zip(range(start, end), kinds, strict=True))

    def _models_for_known_plant(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The plant assembles the Tucson and the Creta', 'Hyundai builds the i20 there'."""
        if not subjects:
            return
        if self.words & {"former", "latter"} and self._former_and_latter(sent, subjects):
            return
        lower = self.index.lower
        # (not "an engine producing 147 hp"; but "Tata Motors builds": the company's name)
        # (nor "the purpose-built X": a word of design)
        builds = [k for k in range(sent.start, subjects[-1].start) if lower[k] in BUILD_VERBS
                  and (lower[k - 1] not in POWER_SOURCES or self.ent_type[k - 1] == "COMPANY") and not self._idiom_of_make(k)
                  and not (lower[k - 1] == "-" and lower[k - 2] in DESIGN_WORDS)]
        # "the Tucson and the Creta will be produced": the passive, after the models
        # "The X is also built there": an adverb between the auxiliary and the verb
        builds += [k for k in range(subjects[-1].end, sent.end) if lower[k] in BUILD_VERBS and (
            lower[k - 1] in PASSIVE_AUXILIARIES or lower[k - 1] in ADVERBS_BEFORE_VERB and lower[k - 2] in PASSIVE_AUXILIARIES)]
        # "It turns out small vans for five brands: the X, ..."
        builds += [k for k in range(sent.start, subjects[-1].start) if lower[k] in ("turns", "turn", "turned", "churns", "churn", "churned")
                   and lower[k + 1] == "out"]
        builds.sort()
        builds = [k for k in builds if not self._parts_for_models(k, subjects)]
        # "The X and the Y will be put together from kits"
        builds += [k for k in range(subjects[-1].end, sent.end - 1) if lower[k:k + 2] == ["put", "together"] and lower[k - 1] in PASSIVE_AUXILIARIES]
        # "builds the Hilux ... and exports 70% of its output": shipping after the making; models shipped are not built here
        # (not "production and export of our X": the making and the shipping of one thing)
        shipping = [i for i in range(sent.start, subjects[0].start) if lower[i] in lx.EXPORT_CUES and self._export_cue(i)
                    and lower[i - 2:i] not in (["production", "and"], ["manufacturing", "and"], ["assembly", "and"])]
        if shipping and not (builds and builds[0] < shipping[0]):
            return
        # "the first cars to leave the line", "models from the X and Y ranges rolled off the assembly lines at ..."
        rolls_off = self.words & {"line", "lines"} and self.words & {"leave", "leaves", "off", "roll", "rolls"}
        # "X rolled out its first car, a Brezza, in May": the first car a plant built
        rolls_off = rolls_off or "out" in self.words and "first" in self.words and bool(self.words & {"rolled", "rolls"})
        # "its current range, the Austral, Espace and Rafale"
        own_range = any(lower[k] == "range" and lower[k - 1] in ("its", "current", "existing") for k in range(sent.start + 1, sent.end))
        # "The Yaris and Hilux remain on the same line"
        same_line = "line" in self.words and bool(self.words & {"remain", "remains", "stay", "stays"})
        # (a cue word that is a model's name is none: "behind the Fiesta and Focus")
        assigned = (bool(self.words & lx.MODEL_ASSIGNMENT_CUES) and any(
            lower[k] in lx.MODEL_ASSIGNMENT_CUES and self.ent_type[k] not in ("MODEL", "MODEL_AMBIG") and self._lineup_of_a_plant(k)
            for k in range(sent.start, sent.end))
            or "line" in self.words and "up" in self.words or own_range or same_line)
        # "Production of the Dolphin Surf and the Atto 2 began this autumn": the plant just described starts making them
        # "Production will start in August with the T7, followed by the T4": the models it starts with
        # ("launched a local assembly of its X", "commenced production of the Y": the past of starting too)
        assigned = assigned or bool(self.words & (lx.START_CUES | PAST_START_CUES)) and any(
            lower[k] in ("production", "assembly") and (lower[k + 1] == "of" or k == sent.start and "with" in lower[k:subjects[0].start]
                                                        or self._of_past_time_phrase(k + 1, subjects[0].start))
            for k in range(sent.start, subjects[0].start))
        # "The plant shall continue the assembly of the Tucson and the Creta": making the plant (its noun or 'it' the
        # subject) goes on with
        assigned = assigned or any(
            lower[k] in CONTINUE_WORDS and lower[k + 1 + (lower[k + 1] == "the")] in ("production", "assembly", "manufacture", "manufacturing")
            and (lower[sent.start] == "it" or set(lower[sent.start:k]) & lx.PLANT_NOUNS) for k in range(sent.start, subjects[0].start - 2))
        # "Production currently centres on two models: the S07 and the L07": what the plant just described makes
        assigned = assigned or bool(self.words & PRODUCTION_FOCUS_VERBS) and any(
            lower[k] in ("production", "output", "assembly", "manufacturing") for k in range(sent.start, min(sent.start + 3, subjects[0].start)))
        # "The Tarka plant handles local production of the X and the Y", "will replace the production of the Z": the
        # making of a model, the plant described (or named) its place
        assigned = assigned or bool(self.words & MAKING_NOUNS) and self._production_of_models(sent, subjects)
        assigned = assigned or self._plant_starts_with(sent, subjects[0].start) or self._plant_starts_making_with(sent, subjects[0].start)
        # "The new ID.4 is to start production there in 2022": a model, the subject, whose making starts at the plant
        if not assigned and self.words & (lx.START_CUES | ENTRY_VERBS) and (starting := self._model_starts_production(sent, subjects)):
            # (that model and those listed with it before the verb, not a version named after it: "..., with a lineup that
            # includes the T5")
            assigned, subjects = True, [m for m in subjects if m.start <= starting.start]
        assigned = assigned or self._output_includes(sent, subjects) or self._plant_steps_up_production(sent, subjects)
        assigned = assigned or self._among_the_models_built(sent)
        assigned = assigned or "capacity" in self.words and self._capacity_for_models(sent, subjects)
        assigned = assigned or self._bulleted_models_made(sent, subjects)
        assigned = assigned or bool(self.words & {"factory", "plant"}) and self._became_the_model_plant(sent, subjects)
        assigned = assigned or bool(self.words & SOURCE_NOUNS) and self._plant_is_the_source(sent, subjects)
        assigned = assigned or "responsible" in self.words and self._plant_responsible_for(sent, subjects)
        # "The plant will add the new Tiguan from 2027", "From 2026 the second line will add the X": a model added to
        # what the plant (its noun the sentence's) makes
        assigned = assigned or bool(self.words & ADD_VERBS) and bool(self.words & lx.PLANT_ANAPHORS) and any(
            lower[k] in ADD_VERBS and any(k < m.start <= k + 3 and set(lower[k + 1:m.start]) <= {"the", "new", "a", "an"}
                                          for m in subjects) for k in range(sent.start, subjects[-1].start))
        # "The automaker plans to add production of the next-generation X in 2027": a model added to the plant's making
        assigned = assigned or self._production_added(sent, subjects)
        # "The investment will enable the production of Zorvex's new X model": the making the plant's money goes to
        assigned = assigned or bool(self.words & INVESTMENT_NOUNS) and self._investment_for_production(sent, subjects)
        # "which also benefited the current production of the X and Y pick-ups", "records in production and export of
        # our X and Y models": a making going on now
        assigned = assigned or bool(self.words & PRESENT_MAKING_CUES) and self._present_production_of(sent, subjects)
        # "to accommodate the production lines for the X", "the new assembly line for the Y": a line of the plant for a model
        assigned = assigned or bool(self.words & {"line", "lines"}) and any(
            lower[k] in ("line", "lines") and lower[k - 1] in ("production", "assembly", "manufacturing")
            and lower[k + 1] == "for" and any(k + 2 <= m.start <= k + 3 and set(lower[k + 2:m.start]) <= {"the", "its", "new"} for m in subjects)
            for k in range(sent.start + 1, subjects[-1].start - 1))
        # "The factory will handle the maker's MPVs and SUVs, such as the X and the Y": what the plant takes on
        assigned = assigned or bool(self.words & HOSTING_VERBS) and self._plant_hosts_models(sent, subjects)
        # "The move will increase output of the X and the Y": more of a model made at the plant described
        assigned = assigned or bool(self.words & RAISE_VERBS) and self._production_raised(sent, ents, subjects)
        # "Today it is the home of the Nexon and the Punch", "The plant is now home to the X": what the plant makes
        assigned = assigned or "home" in self.words and any(
            lower[k] in COPULAS and self._home_of(k + 1) for k in range(sent.start, subjects[0].start - 2))
        # "The X is the only model on the line for now. The Y and the Z will follow in 2026": models that follow those
        # the sentence before put on the plant's line
        assigned = assigned or self._models_follow(sent, subjects)
        # "The first full-cycle vehicles are the X and the Y": the models the plant just described opens with
        # "The first models will be the X and the Y"
        assigned = assigned or lower[sent.start:sent.start + 2] == ["the", "first"] and any(
            lower[k] in lx.VEHICLE_WORDS and (lower[k + 1] in COPULAS or lower[k + 1:k + 3] == ["will", "be"])
            for k in range(sent.start + 2, subjects[0].start))
        # "The first model to roll off the lines will be the X", "The first product to be made by the venture is the Y"
        assigned = assigned or lower[sent.start:sent.start + 2] == ["the", "first"] and self._first_models_are(sent, subjects)
        # "Products: Kangoo, Citan": a plant data sheet's line of what the plant described makes
        label = self._past_bullet(sent.start, subjects[0].start)  # "- Products: ...", a bulleted line
        # ("Production models: | Teana, Murano", "Models built: ...": a label of two words)
        if lower[label] in lx.PRODUCT_LABELS and lower[label + 2:label + 3] == [":"] and (
                lower[label + 1] in lx.PRODUCT_LABELS or lower[label + 1] in lx.MADE_PARTICIPLES):
            label += 1
        assigned = assigned or lower[label + 1:label + 2] == [":"] and (
            lower[label] in lx.PRODUCT_LABELS or lower[label] in lx.MADE_PARTICIPLES and lower[label - 1] in lx.PRODUCT_LABELS)
        if not builds and not rolls_off and not assigned:
            return
        if not builds and not self.words & lx.PLANT_NOUNS and (self.words & RETAIL_WORDS or self._on_sale(sent)):
            # "the X will be joined by the new Y at dealerships", "will go on the market alongside the Y": the range on
            # sale, not a plant's line
            return
        target = self._plant_mentioned(ents) or self._plant_by_noun(sent) or self._site_opens_the_sentence(sent, builds)
        if target is not None:  # "Toluca has built the Compass since 2017. Before that it made ...": it is Toluca
            self.current_plant = target
        elif self.current_plant is not None:
            # the models' own brand is no other company ("are assembled the Chevrolet Cobalt")
            brands = {self._model_maker(m) for m in subjects}
            # "retool Spring Hill Manufacturing, which builds the X": a company named after the plant's town is the plant
            town = (self.current_plant.site or "").split(",")[0]
            # "We build the X and the Y for Stellantis": the company the plant builds for is no other builder
            companies = {e.ent_id_ for e in ents if e.label_ == "COMPANY" and not (town and e.text.startswith(town + " "))
                         and self.index.lower[e.start - 1] != "for"} - brands
            # "It will build the X": with no other company named, the plant being described is meant
            # "MMPC said the company expected to start producing here ...": the operator's arm in the plant's country is
            # the operator
            other = self._other_plants_operator(sent, ents, subjects, companies)
            if other is not None:
                target = other
            # "... and now the Chinese X is built there": 'there' after the verb of making is the plant described, whatever
            # companies the sentence names
            elif self.words & lx.PLANT_ANAPHORS or "there" in self.words and any(lower[k + 1] == "there" for k in builds) or all(c == self.current_plant.company or self._local_arm_of(c, self.current_plant)
                                                       for c in companies):
                target = self.current_plant
            elif builds and self._local_operator_builds(sent, ents, companies, builds[0]):
                target = self.current_plant
            # "..., the Hansalpur plant near Ahmedabad ... has turned into an export hub. It makes the X, the maker's
            # first EV, alongside the Y": 'it' opening the sentence after one about a plant is that plant
            # ("It is now making the X", "It will also assemble the Y": auxiliaries and adverbs between; not "It had been
            # building the Z since 1998", a making before)
            elif (lower[sent.start] == "it" and builds and self._verb_of_it(sent.start, builds[0]) and self.previous_words & lx.PLANT_NOUNS
                  and self.current_plant.country):
                target = self.current_plant
            # "The plant, which employs 2,900 people, builds the X. ... From November it will also assemble the Y": 'it'
            # after a time opener, in a sentence right after (or two after) one about the plant, is that plant
            elif (builds and self._it_after_time_opener(sent, builds[0]) and self.current_plant.country
                  and (self.previous_words | self.earlier_words) & lx.PLANT_NOUNS):
                target = self.current_plant
        elif self.source_plant is not None and builds and lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_NOUNS:
            target = self.source_plant  # "The X will come from MMKI's plant in Cikarang. The factory also builds the Y"
        if target is None:
            if not self.plants:
                # "The company already made about 100 Creta SUVs at this factory", "The investment will enable the
                # production of the X", "We will break new records in production and export of our X and Y models": a
                # making said before any plant is known (with or without a plant's noun: the speaker's own output), kept
                # for the one plant the story comes to, when that is of the models' makers' group (_settle_unplaced_models)
                add_new(self.unplaced_models, (self._model_name(m) for m in subjects if self._model_maker(m)))
                if self.unplaced_sent is None and self._starts_production_of(sent):
                    self.unplaced_sent = sent  # ("plans to start production of the X": a home plant, if none is named)
                # ("Of this sum, its largest investment in Spain, 230 million will go toward making the X": the one
                # country the sentence names after 'in' is where the plant is; not a company's nationality, "the Russian
                # maker X")
                countries = {self._country_of(e) for e in ents if e.label_ == "COUNTRY"
                             and lower[e.start - 1 - (lower[e.start - 1] == "the")] == "in"} - {None}
                if len(countries) == 1:
                    self.unplaced_countries.update((self._model_name(m), next(iter(countries))) for m in subjects)
            return
        if builds and target is self.current_plant and not self._plant_mentioned(ents) and all(self._origin_compound(k) for k in builds):
            # "Some Turkish-made vehicles go further afield, such as the X": the country's output, of which the plant
            # just described builds only its own group's models
            subjects = [m for m in subjects if target.company and self.gaz.same_group(self._model_maker(m) or "", target.company)]
        if builds and self.words & CLAUSE_BREAKS:
            subjects = self._models_before_a_clause_of_no_making(sent, subjects, builds)
        add_new(target.models, (self._model_name(m) for m in subjects if not self._rival_model(m, sent, target)
                                and not self._likened_model(m, sent)))

    def _idiom_of_make(self, k: int) -> bool:
        """'Zorvex makes another appearance with the X', 'the Y makes up a third of sales', 'made its debut', 'makes
        sense', 'make the X bigger': 'make' in a phrase of no making (its object no vehicle, or a vehicle changed)."""
        lower = self.index.lower
        if lower[k] not in MAKE_VERBS:
            return False
        after = [w for w in lower[k + 1:k + 6] if w not in QUOTE_MARKS][:3]
        if after[:1] and after[0] in ("up", "way", "sense"):
            return True
        # "make the most of", "make the best of", "make use of", "make sure", "make inroads": no vehicle made
        if after[:1] and after[0] in MAKE_IDIOM_OBJECTS or after[:3] in (["the", "most", "of"], ["the", "best", "of"]):
            return True
        # "plans to make the next X bigger", "to make the Y more affordable": a model changed, not made
        j = k + 1
        while j < min(len(lower), k + 4) and lower[j] in MODEL_DETERMINERS | {"next", "current"}:
            j += 1
        named = j
        while j < len(lower) and self.ent_type[j] in ("MODEL", "MODEL_AMBIG"):
            j += 1
        if j > named and j < len(lower) and lower[j] in COMPARATIVES:
            return True
        if j > named:  # (past a trim's name the model is written with: "the new X Stingray the most powerful")
            j += self.doc[j].is_title and self._made_more_than(j + 1)
        if j > named or lower[k + 1:k + 2] in (["it"], ["them"]):
            return self._made_more_than(k + 2 if j == named else j)
        return len(after) > 1 and after[0] in MAKE_IDIOM_OPENERS and (after[1] in MAKE_IDIOM_NOUNS or after[2:3] and after[2] in MAKE_IDIOM_NOUNS)

    def _made_more_than(self, j: int) -> bool:
        """'making it a little bigger than the X', 'makes the Y the most powerful car to date', 'makes it as quick as
        the Z': from j, after what 'make' takes, the degree it is brought to, so 'make' names no making (and the models
        after, no models made)."""
        lower = self.index.lower
        while j < len(lower) - 1 and lower[j] in DEGREE_WORDS:
            j += 1
        word, after = lower[j:j + 1], lower[j + 1:j + 3]
        if not word:
            return False
        return (word[0] in COMPARATIVES or after[:1] == ["than"] and word[0].endswith("er")
                or word[0] == "the" and after[:1] and (after[0] in ("most", "least") or after[0].endswith("est") and len(after[0]) > 4)
                or word[0] == "as" and after[1:2] == ["as"] and after[0] not in ("well", "many", "much", "soon", "long"))

    def _lineup_of_a_plant(self, k: int) -> bool:
        """'Its current production lineup includes the X', 'the product line-up of the plant': a lineup of what is made;
        not 'the engine lineup', 'a lineup that includes the T5 trim' or 'part of Zorvex's truck lineup' (a range on
        sale); nor 'alongside' after a verb of launching ('released alongside the Y'). Other cue words pass."""
        lower = self.index.lower
        if lower[k] == "alongside":  # ("released alongside Black Badge versions": a launch, not a line)
            return lower[k - 1] not in UNVEIL_VERBS
        return lower[k] not in ("lineup", "line-up") or lower[k - 1] in LINEUP_OF_MAKING

    def _production_of_models(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'handles local production of the X, the Y and the Z', 'in the assembly of the X and Y models', 'will transfer
        production of its X to the new plant': a noun of making, 'of' and a model right after it (an article, a
        possessive or 'new' between at most); not a making said to stop ('the assembly of the X was stopped', 'production
        of the Y ended in 2019')."""
        lower = self.index.lower
        if lower[sent.start] == "it" and not self.previous_words & lx.PLANT_NOUNS:
            return False  # ("Zorvex sold 20,000 cars last year. It will also host the production of the X": 'it' no plant)
        if self._another_place_opens(sent):
            return False
        for k in range(sent.start, subjects[-1].start - 1):
            if lower[k] not in MAKING_NOUNS or lower[k + 1] != "of":
                continue
            model = next((m for m in subjects if k + 2 <= m.start <= k + 4 and set(lower[k + 2:m.start]) <= MODEL_DETERMINERS), None)
            if model is None:
                continue
            # ("Assembly of the X, Y and Z models has been stopped": the words after the whole list of models)
            last = self._last_listed_model(model, subjects)
            before, after = lower[max(sent.start, k - 2):k], lower[model.end:min(sent.end, last.end + 8)]
            # ("to end production of the X", "no local assembly of the Y"; not "a new phase with the production of the Z")
            if set(before) & ((ENDING_WORDS | STOP_VERBS | NEGATIONS | {"no"}) - {"phase"}) or set(after) & (ENDING_WORDS | ENDED_WORDS | STOP_VERBS):
                continue
            if not self._other_groups_making(sent, k):
                return True
        return False

    def _last_listed_model(self, first: Span, subjects: list[Span]) -> Span:
        """The last model of the list 'first' opens ('the X, the Y and Zorvex's Z': commas, 'and', articles and makers'
        names between)."""
        lower, last = self.index.lower, first
        for m in subjects:
            if m.start <= last.start:
                continue
            if m.start - last.end > 3 or not all(lower[j] in (",", "and", "&", "the", "its", "'s", "’s") or self.ent_type[j] == "COMPANY"
                                                 for j in range(last.end, m.start)):
                break
            last = m
        return last

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

    def _another_place_opens(self, sent: Sentence) -> bool:
        """'Hofu No.2 will continue production of the CX-90': a sentence whose subject is a place that is not the town of
        the plant described (nor a place before a plant's noun, 'the Tarka plant'): that place's making, not the plant's."""
        first = sent.start + (self.index.lower[sent.start] == "the")
        if first >= sent.end or self.ent_type[first] != "PLACE":
            return False
        end = first
        while end < sent.end and self.ent_type[end] == "PLACE":
            end += 1
        if end < sent.end and self.index.lower[end] in lx.PLANT_NOUNS:
            return False
        town = ((self.current_plant.site if self.current_plant else None) or "").split(",")[0]
        return bool(town) and self.index.text[first] not in town.split()

    def _other_groups_making(self, sent: Sentence, k: int) -> bool:
        """'GM will invest $100m at its Oshawa plant. Toyota will boost production of the X': the companies named before
        the making at k are all of another group than the plant described's operator (not 'Zorvex signed a deal with
        Tarka Motors to begin production of the X': the plant's operator one of them)."""
        plant = self.current_plant
        named = [e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY" and e.end <= k]
        return bool(named and plant is not None and plant.company) and not any(
            c == plant.company or self.gaz.same_group(c, plant.company) or self._local_arm_of(c, plant) for c in named)

    def _models_before_a_clause_of_no_making(self, sent: Sentence, subjects: list[Span], builds: list[int]) -> list[Span]:
        """'Zorvex Mexico produced 80,000 X units ...; sales of its sedan, the Y, fell 45%': the models of a clause after the
        making (past ';', 'while' or 'whereas') with no verb of making of its own are not the plant's; not a list's
        items parted by semicolons ('has produced the X, launched in 1992; the Y in 2003; and the Z in 2015')."""
        lower = self.index.lower
        clause_of = self._clause_breaks(sent)
        made_in = {clause_of(k) for k in builds}
        last = max(made_in)
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS]

        def list_item(clause: int) -> bool:  # "; the Y in 2003", "; and the Z"
            k = cuts[clause - 1] + 1
            k += lower[k:k + 1] == ["and"]
            k += lower[k:k + 1] == ["the"]
            return any(m.start == k for m in subjects)

        return [m for m in subjects if clause_of(m.start) <= last or clause_of(m.start) in made_in or list_item(clause_of(m.start))]

    def _first_models_are(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The first model to roll off the lines will be the X', 'The first product to be made by the venture is the Y': a
        sentence opening with the first vehicles (a word or two describing them before the noun, a phrase with no comma
        after it), then a copula and the models right after it (the maker's name and a class between at most)."""
        lower = self.index.lower
        noun = next((k for k in range(sent.start + 2, min(sent.start + 5, subjects[0].start))
                     if lower[k] in lx.VEHICLE_WORDS or lower[k] in ("product", "products")), None)
        if noun is None:
            return False
        for j in range(noun + 1, min(noun + 14, subjects[0].start)):
            if lower[j] in (",", ";", "(") or self.ent_type[j] in ("MODEL", "MODEL_AMBIG"):
                return False
            after = j + 1 if lower[j] in COPULAS else j + 2 if lower[j:j + 2] == ["will", "be"] else None
            if after is not None:  # (the maker's name and a class between: "will be Zorvex's C-segment X sedan")
                return after <= subjects[0].start <= after + 8 and all(
                    lower[t] in ("'s", "’s") or self._describes_a_vehicle(t) for t in range(after, subjects[0].start))
        return False

    def _site_opens_the_sentence(self, sent: Sentence, builds: list[int]) -> PlantFact | None:
        """'Tarka Hill produces the X and the Y': a sentence opening with the site of a plant named before (a town the
        tagger did not know as a place), its verb of making right after (an adverb between at most)."""
        if not builds or self.index.lower[builds[0]] not in ACTIVE_BUILD_VERBS:
            return None
        lower, end = self.index.lower, builds[0]
        while end > sent.start and lower[end - 1] in ADVERBS_BEFORE_VERB:
            end -= 1
        # (not a known company's name: "Toyota builds the X" in a story with a plant in Toyota City)
        if not sent.start < end <= sent.start + 4 or not self.doc[sent.start].is_title or any(
                self.ent_type[j] in ("MODEL", "PERSON") for j in range(sent.start, end)) or any(
                e.label_ == "COMPANY" and e.start < end and e.ent_id_ in self.gaz.companies for e in self.ents.get(sent.start, [])):
            return None
        name = self.index.span_text(sent.start, end)
        return next((p for p in reversed(self.plants) if p.site and p.site.split(",")[0] == name), None)

    def _settle_unplaced_models(self) -> None:
        """'The plant has a capacity of 250,000 a year ... It is now making the Jeep X': models a sentence about the
        plant made before any plant was known go to the story's one plant, when it is their maker's group's."""
        if not self.unplaced_models:
            return
        makers = {model.name: model.maker for model in self.models.values()}
        own = [p for p in self.plants if p.company and p.country and id(p) not in self.undecided and all(
            self.gaz.same_group(makers.get(name) or "", p.company) and self.unplaced_countries.get(name, p.country) == p.country
            for name in self.unplaced_models)]
        if len(own) == 1:
            add_new(own[0].models, self.unplaced_models)
        elif not own and self.unplaced_sent is not None:
            self._home_plant_of_unplaced_models(makers)

    def _starts_production_of(self, sent) -> bool:
        """'plans to start production of an automatic variant of its Zorvo', 'began production of the X': production of
        a model started, in so many words."""
        lower = self.index.lower
        return any(lower[k] == "production" and lower[k + 1] == "of" and set(lower[max(sent.start, k - 3):k]) & lx.START_CUES
                   for k in range(sent.start + 1, sent.end - 1))

    def _home_plant_of_unplaced_models(self, makers: dict) -> None:
        """'Zorvex plans to start production of an automatic Zorvo ... demand inside Lorvania': models whose production
        starts, in a story that names no plant at all, all of one maker's group, are made at that maker's plant in its
        home country, when that is the country the story is about (not 'Toyota starts production of the new Camry' in a
        story about the US)."""
        if any(p.country and id(p) not in self.undecided for p in self.plants):
            return
        groups = {self.gaz.group_of(makers.get(name) or "") for name in self.unplaced_models}
        maker = makers.get(self.unplaced_models[0])
        if len(groups) != 1 or not maker:
            return
        # (the company the story names of that group, the maker's own name failing that)
        company = next((c for c in self.named_companies if self.gaz.same_group(c, maker)), maker)
        home = self.gaz.home_country(company) or self.gaz.home_country(maker)
        if home and home == self.main_country and home in self.named_countries:
            plant = self._plant(company, None, home, self.unplaced_sent, 0.5)
            add_new(plant.models, self.unplaced_models)

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

    @staticmethod
    def _said_on_a_condition(export) -> bool:
        """'If the X is built at the plant, it would be exported to Y': a route read in a sentence opening with a
        condition, no shipment of a model made there."""
        words = [w for w in (export.source.sentence.lower().split() if export.source is not None else []) if w.strip('"“‘\'')]
        return bool(words) and words[0].strip('"“‘\',') in CONDITION_OPENERS

    def _locally_made_models(self, sent: Sentence, subjects: list[Span]) -> None:
        """'a shipment of 1,500 locally built Alto and Brio cars', 'the locally-assembled X', 'three locally made models of
        the crossover X and the vans Y and Z', 'will start local assembly of the X': models said to be made locally, kept for
        the plant of their maker's group the story names (_settle_locally_made); not 'locally made parts for the X' (a part
        between)."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 2):
            country = None
            if self.ent_type[k] == "COUNTRY" and lower[k + 1] in MAKING_NOUNS and lower[k + 2:k + 3] == ["of"]:
                # "will commence Argentinian production of the X": a local making in the country named
                ent = next((e for e in self.ents.get(sent.start, []) if e.label_ == "COUNTRY" and e.end == k + 1), None)
                country = self._country_of(ent) if ent is not None else None
                if not country or lower[ent.start - 1] in NEGATIONS or lower[ent.start - 1] == "no":
                    continue
            elif lower[k] not in ("locally", "local") or lower[k - 1] in NEGATIONS or lower[k - 1] in ("longer", "no"):
                continue  # ("the imported, not locally made X", "no longer locally built", "no local assembly of the X")
            verb = k + 1 + (lower[k + 1] == "-")
            if country is not None or lower[k] == "local":  # "will start local assembly of the X", "through local production of its Y"
                if lower[verb] not in MAKING_NOUNS or lower[verb + 1:verb + 2] != ["of"]:
                    continue
                verb += 1
            elif lower[verb] not in lx.MADE_PARTICIPLES:
                continue
            first = next((m for m in subjects if verb < m.start <= verb + 10), None)
            if first is None or any(lower[j] in PARTS_MADE_FOR or not self._describes_a_vehicle(j) for j in range(verb + 1, first.start)):
                continue
            found, last = [first], first
            for m in subjects:
                if m.start <= last.start:
                    continue
                if m.start - last.end > 4 or not all(self._describes_a_vehicle(j) for j in range(last.end, m.start)):
                    break
                found.append(m)
                last = m
            described = self.current_plant if country is None or self.current_plant is not None and self.current_plant.country == country else None
            self.locally_made.extend((self._model_name(m), self._model_maker(m), described, country) for m in found)

    def _describes_a_vehicle(self, j: int) -> bool:
        """A word of a vehicle's description or of a list of models: 'the', 'of', 'and', a comma, a hyphen, a maker's name,
        a plain lowercase word ('left-hand-drive', 'crossover', 'passenger vans'), a short capital class ('SUV'), a number
        or a code ('V6-engined'); no word of a clause ('as well as', 'which', 'imported from')."""
        lower, token = self.index.lower[j], self.doc[j]
        if lower in (",", "and", "&", "the", "of", "-") or self.ent_type[j] == "COMPANY" or token.like_num:
            return True
        if token.is_upper and len(lower) <= 4 or any(c.isdigit() for c in lower):
            return True
        participle = lower.endswith(("ed", "ing")) and self.index.lower[j - 1] != "-"  # ("V6-engined": a compound's)
        return token.is_alpha and token.is_lower and lower not in DESCRIPTION_STOPS and not participle

    def _settle_locally_made(self) -> None:
        """The models said to be made locally go to the plant described when they were named, when it is of their maker's
        group, else to the one plant of that group the story names (in the country named, 'Argentinian production of')."""
        for name, maker, described, country in self.locally_made:
            if not maker:
                continue
            if described is not None and described.company and self.gaz.same_group(described.company, maker):
                add_new(described.models, [name])
                continue
            own = [p for p in self.plants if p.country and p.company and self.gaz.same_group(p.company, maker)
                   and id(p) not in self.undecided and id(p) not in self.parts_plants and (country is None or p.country == country)]
            if len(own) == 1:
                add_new(own[0].models, [name])

    def _plants_of_shipped_models(self) -> None:
        """'Zorvex builds cars at its Tarka plant in Ruritania. ... Zorvex exported 5,000 Alto and Brio cars from Ruritania
        to Chile': the models a route ships from a country are made there, at the one plant the story names in that
        country of the models' maker's group whose models the text did not give (a plant said to make the X and the Y is
        not where a shipped Z comes from); none when the group has two such plants there or none, or the plant makes
        parts or is named as where kits come from ('kits will come from Zorvex's plant in Tarka': its shipments are kits),
        or the route is said on a condition."""
        read = {id(p) for p in self.plants if p.models}
        for export in list(self.exports.values()):
            if not export.models or not export.origin or self._said_on_a_condition(export) or self._shipped_long_ago(export):
                continue
            there = [p for p in self.plants if p.country == export.origin and p.company and id(p) not in self.undecided
                     and id(p) not in self.parts_plants and id(p) not in self.kit_sources and id(p) not in read]
            for name in export.models:
                model = self.models.get(name)
                maker = (model.maker if model is not None else None) or export.company
                own = [p for p in there if self.gaz.same_group(p.company, maker)]
                if len(own) > 1:  # (the group's plants there: the one the shipper runs itself, "Renault" of "Renault and RNAIPL")
                    own = [p for p in own if p.company == export.company]
                if len(own) == 1:
                    add_new(own[0].models, [name])

    @staticmethod
    def _shipped_long_ago(export) -> bool:
        """'40 years after its first shipment of 10 X pickups to Chile in 1975', 'first exported the Y 38 years ago': a
        route in a year of the last century or twenty and more years ago, no model the plant makes now (not 'since 1998':
        a shipping going on)."""
        text = export.source.sentence if export.source is not None else ""
        return bool(re.search(r"\bin 19[0-9]{2}\b|\b([2-9][0-9]|[a-z]+ty(-[a-z]+)?) years ago\b", text, re.IGNORECASE))

    def _verb_of_it(self, it: int, verb: int) -> bool:
        """The verb at `verb` is the one of 'it' at `it`: right after it, or after auxiliaries and adverbs ('It is now
        making', 'It will also assemble'), not after 'had' (a making before)."""
        lower = self.index.lower
        between = lower[it + 1:verb]
        return verb <= it + 2 and "had" not in between or len(between) <= 4 and "had" not in between and all(
            w in AUXILIARIES or w in ADVERBS_BEFORE_VERB for w in between)

    def _other_plants_operator(self, sent: Sentence, ents: list[Span], subjects: list[Span], companies: set[str]) -> PlantFact | None:
        """'... at Zorvex Motor Manufacturing Peru in Lurin. It joins the X built in Chile. ZMMP will add the Y to its
        production of the Z, on the same line': the company the sentence opens with (before its models) is a group's
        local arm at home in another country than the plant described last, and the story has one plant of its group
        there: that plant, not the last (not the group itself, 'Zorvex', at home where none of its plants may be)."""
        current = self.current_plant
        if current is None or not current.country or not companies:
            return None
        first = next((e for e in ents if e.label_ == "COMPANY" and sent.start <= e.start < subjects[0].start), None)
        info = self.gaz.companies.get(first.ent_id_) if first is not None and first.ent_id_ in companies else None
        parent = self.gaz.companies.get(info.parent) if info is not None and info.parent else None
        if info is None or parent is None or not info.country or info.country in (parent.country, current.country):
            return None
        there = [p for p in self.plants if p.country == info.country and p.company and self.gaz.same_group(p.company, info.name)]
        return there[0] if len(there) == 1 else None

    def _local_arm_of(self, company: str, plant: PlantFact) -> bool:
        """'Zorvex Motors Peru' for Zorvex's plant in Peru: a company of the plant operator's group whose home is the
        plant's country (not another brand of the group, at home elsewhere)."""
        info = self.gaz.companies.get(company)
        return (info is not None and bool(plant.country) and info.country == plant.country
                and self.gaz.same_group(company, plant.company))

    def _former_and_latter(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'It has two plants, in Chengdu and Daqing. While the former facility builds the X and the Y, the latter
        makes the Z': 'the former' and 'the latter' are the two plants the sentence before named, in order, each
        making the models after its own verb."""
        pair = self.plants_by_sent.get(self.sent_no - 1)
        if not pair or len(pair) != 2:
            return False
        lower = self.index.lower
        found = False
        for k in range(sent.start + 1, sent.end - 1):
            if lower[k] not in ("former", "latter") or lower[k - 1] != "the":
                continue
            j = k + 1
            while j < sent.end and (lower[j] in lx.PLANT_NOUNS or lower[j] in ADVERBS_BEFORE_VERB or lower[j] in AUXILIARIES):
                j += 1
            # "The latter facility will drop car production and begin making the X": the verb of making a few words on
            j = next((i for i in range(j, min(sent.end, j + 6)) if lower[i] in BUILD_VERBS), j)
            if j >= sent.end or lower[j] not in BUILD_VERBS or any(lower[i] in (",", ";", "former", "latter") for i in range(k + 1, j)):
                continue
            end = next((e for e in range(j + 1, sent.end) if lower[e] in ("former", "latter") or lower[e] in CLAUSE_BREAKS
                        or lower[e] == "," and lower[e + 1:e + 2] in (["which"], ["who"])), sent.end)
            models = [m for m in subjects if j < m.start < end]
            if models:
                add_new(pair[lower[k] == "latter"].models, (self._model_name(m) for m in models))
                found = True
        return found

    def _bulleted_models_made(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The plant will start manufacturing in May for the following models: • Acme X (petrol) • Acme Y': bulleted
        lines opening with a model, under a line of making that ends with a colon (or right after such a line)."""
        label = self._past_bullet(sent.start, subjects[0].start)
        if label == sent.start or label != subjects[0].start or self.current_plant is None:
            return False
        lower = self.index.lower
        if self.bulleted_models_sent == self.sent_no - 1:
            self.bulleted_models_sent = self.sent_no
            return True
        k = sent.start - 1
        while k >= 0 and not lower[k].strip():
            k -= 1
        if k < 0 or lower[k] != ":":
            return False
        before = set(lower[self.index.sent_bounds(k)[0]:k])
        if before & (BUILD_VERBS | {"manufacturing", "production", "producing", "assembling", "assembly"}) and before & {
                "models", "vehicles", "cars"} and not before & (NEGATIONS | lx.EXPORT_CUES):
            self.bulleted_models_sent = self.sent_no
            return True
        return False

    def _became_the_model_plant(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'It then became the Jaguar X-type factory', 'The plant is now the Leaf factory', '... and it then became the
        X factory': the plant described (its noun or 'it' the subject) named after the model it makes."""
        lower = self.index.lower
        opens = lower[sent.start] == "it" or self._plant_opens(sent.start, sent.end)
        for m in subjects:
            if lower[m.end:m.end + 1] not in (["factory"], ["plant"]) or lower[m.start - 1] != "the":
                continue
            # the verb right before 'the' (an adverb between at most: "then became the X factory", not "is near the X plant")
            verbs = [k for k in range(max(sent.start + 1, m.start - 3), m.start - 1) if (lower[k] in COPULAS or lower[k] in ("becomes", "become"))
                     and all(lower[j] in ("then", "later", "now", "also", "effectively") for j in range(k + 1, m.start - 1))]
            # "Its last Ford was the Escort and it then became the X-type factory": 'it' the subject of the verb
            if verbs and not opens and "it" not in lower[max(sent.start, verbs[0] - 2):verbs[0]]:
                continue
            if verbs and not any(lower[j] in NEGATIONS or lower[j] in FORMER_ADVERBS or lower[j] == "former" for j in range(sent.start, m.start)):
                return True
        return False

    def _capacity_for_models(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The plant's capacity of 200 000 units includes 150 000 for the X and the Y', 'with a capacity for the Z of
        40 000 a year', 'will have a capacity of 150,000 units including the X': a plant's capacity (its noun in the
        sentence or the one before) set aside for models named right after 'for' or 'including' (not 'the battery
        capacity for the X')."""
        lower = self.index.lower
        if not (self.words | self.previous_words) & lx.PLANT_NOUNS:
            return False
        for k in range(sent.start + 1, subjects[0].start - 1):
            if lower[k] != "capacity" or lower[k - 1] in NON_PLANT_CAPACITIES:
                continue
            if lower[k + 1] == "for" and any(k + 2 <= m.start <= k + 4 for m in subjects):
                return True
            # "The West plant will have a capacity of 150,000 units including the X and the Y"
            cue = next((j for j in range(k + 1, min(sent.end, k + 10)) if lower[j] in ("including", "includes")), None)
            if (cue is not None and not any(lower[j] in CLAUSE_BREAKS or self.doc[j].pos_ == "VERB" for j in range(k + 1, cue))
                    and any(cue < m.start <= cue + 2 for m in subjects)):
                return True
        return False

    def _models_in_capacity(self, sent: Sentence, subjects: list[Span], slot: dict) -> list[Span]:
        """'production at the A and B plants, with a combined capacity of 300,000 units a year, including the X and the
        Y': the models a plant's capacity, named right after the plant, is said to include (no verb of its own between)."""
        lower = self.index.lower
        k = next((k for k in range(slot["last"], min(sent.end, slot["last"] + 12)) if lower[k] == "capacity"), None)
        if k is None or any(lower[j] in CLAUSE_BREAKS or lower[j] in BUILD_VERBS or self.doc[j].pos_ == "VERB"
                            for j in range(slot["last"], k)) or lower[k - 1] in NON_PLANT_CAPACITIES:
            return []
        cue = next((j for j in range(k + 1, min(sent.end, k + 12)) if lower[j] in ("including", "includes", "include")), None)
        if cue is None or any(lower[j] in CLAUSE_BREAKS or self.doc[j].pos_ == "VERB" for j in range(k + 1, cue)):
            return []
        found: list[Span] = []
        last = cue + 1
        for m in subjects:
            if m.start < last:
                continue
            if not all(lower[j] in ("the", "a", "new", ",", "and") for j in range(last, m.start)):
                break
            found.append(m)
            last = m.end
        return found

    def _plant_is_the_source(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'Valencia is also the sole source of production for the X and the Y', 'The plant is the only producer of the
        X': the plant described (its town or its noun the subject) said to be where the models come from."""
        lower, plant = self.index.lower, self.current_plant
        if plant is None:
            return False
        verb = next((k for k in range(sent.start, min(sent.end, sent.start + 4)) if lower[k] in COPULAS), None)
        if verb is None or verb == sent.start:
            return False
        town = (plant.site or "").split(",")[0]
        subject = set(lower[sent.start:verb]) & lx.PLANT_ANAPHORS or town and self.index.span_text(sent.start, verb) == town
        noun = next((k for k in range(verb + 1, min(sent.end, verb + 6)) if lower[k] in SOURCE_NOUNS), None)
        if not subject or noun is None:
            return False
        k = noun + 1 + (lower[noun + 1:noun + 3] in (["of", "production"], ["of", "manufacturing"], ["of", "assembly"])) * 2
        return k < sent.end and lower[k] in ("for", "of") and any(k < m.start <= k + 2 for m in subjects)

    def _plant_responsible_for(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'This facility is responsible for the X, the Y and the Z', 'The new factory will be responsible for the
        production of the X': the models the plant (its noun the subject, or 'it') is charged with making."""
        lower = self.index.lower
        k = next((k for k in range(sent.start + 1, subjects[0].start) if lower[k] == "responsible" and lower[k + 1] == "for"), None)
        if k is None or any(lower[j] in ("not", "no", "never") for j in range(sent.start, k)):
            return False
        subject = range(sent.start, k)
        return lower[sent.start] == "it" or any(lower[j] in lx.PLANT_NOUNS and lower[j - 1] in ("the", "this", "that", "new", "its")
                                                for j in subject if j > sent.start)

    def _origin_compound(self, k: int) -> bool:
        """'Turkish-made', 'US-built': a verb of making joined by a hyphen to a country or its demonym, the vehicles'
        origin, no maker's act."""
        return k >= 2 and self.index.lower[k - 1] == "-" and self.ent_type[k - 2] == "COUNTRY" and self.index.lower[k] in ("made", "built", "assembled", "produced")

    def _on_sale(self, sent: Sentence) -> bool:
        """'on the market', 'on sale': the sentence is about selling."""
        lower = self.index.lower
        return any(lower[k] == "on" and (lower[k + 1] == "sale" or lower[k + 1:k + 3] == ["the", "market"])
                   for k in range(sent.start, sent.end - 2))

    def _of_past_time_phrase(self, k: int, end: int) -> bool:
        """'began production at the weekend of the X', 'started production last week of the Y': 'of' after a short time
        phrase, then the model."""
        lower = self.index.lower
        j = k
        while j < min(end, k + 4) and (lower[j] in TIME_PHRASE_WORDS or self.doc[j].like_num):
            j += 1
        return j > k and lower[j:j + 1] == ["of"] and j < end

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

    def _local_operator_builds(self, sent: Sentence, ents: list[Span], companies: set[str], verb: int) -> bool:
        """'GM's plant in Asaka employs 8,000 ... Today, GM Uzbekistan produces 10 models: ...': the one company the
        sentence opens with, a local company of the plant's country with no plant of its own in the story, making
        models is the plant's operator making them there."""
        plant = self.current_plant
        if plant is None or not plant.country or len(companies) != 1:
            return False
        company = next(iter(companies))
        info = self.gaz.companies.get(company)
        if info is None or info.country != plant.country or any(p.company == company for p in self.plants):
            return False
        first = next((e for e in ents if e.label_ == "COMPANY"), None)
        lower = self.index.lower
        opener = sent.start
        while opener < sent.end and (lower[opener] in (",", "today", "now", "currently", "meanwhile") or self.doc[opener].like_num):
            opener += 1
        return first is not None and first.ent_id_ == company and first.start == opener and first.end <= verb <= first.end + 2

    def _parts_for_models(self, verb: int, subjects: list[Span]) -> bool:
        """'is beginning to produce hybrid engines locally for Accord sedans': a verb of making whose object is a part
        made for the models named after 'for', not the models."""
        lower = self.index.lower
        first = next((m.start for m in subjects if m.start > verb), None)
        if first is None or first - verb > 8:
            return False
        between = lower[verb + 1:first]
        return "for" in between and bool(set(between[:between.index("for")]) & PARTS_MADE_FOR)

    def _among_the_models_built(self, sent: Sentence) -> bool:
        """'The plant will initially manufacture three models. Among them are the X, ...', '... They include the X': the
        models the sentence before said the plant makes."""
        lower = self.index.lower
        opener = lower[sent.start:sent.start + 2]
        if opener not in (["among", "them"], ["among", "these"], ["they", "include"], ["these", "include"], ["they", "are"]):
            return False
        return (self.current_plant is not None and bool(self.previous_words & {"models", "vehicles", "cars"})
                and bool(self.previous_words & BUILD_VERBS) and bool(self.previous_words & lx.PLANT_ANAPHORS))

    def _output_includes(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'Initial output includes the X, the Y and the Z', 'Production will include the X': the making the sentence
        opens with (the plant's just described) and what it includes."""
        lower = self.index.lower
        for k in range(sent.start, min(sent.start + 3, subjects[0].start)):
            if lower[k] not in ("production", "output", "assembly"):
                continue
            j = k + 1 + (lower[k + 1] == "will")
            if lower[j] in ("includes", "include", "included") and j < subjects[0].start <= j + 3:
                return True
        # "The plant has a capacity of 15,000 trucks. The new models include the X and the Y": the models of the plant
        # the sentence before described (its noun there), said to include those named right after
        if lower[sent.start] in ("the", "its") and self.previous_words & lx.PLANT_NOUNS:
            for k in range(sent.start + 1, min(sent.start + 4, subjects[0].start)):
                if (lower[k] in ("models", "vehicles", "cars", "trucks") and lower[k + 1] in ("include", "includes")
                        and k + 1 < subjects[0].start <= k + 4 and lower[k - 1] not in RIVAL_WORDS):
                    return True
        # "The facility will produce 20,000 buses a year. These will include the X and the Y": the vehicles the plant's
        # making of the sentence before counted, said to include the models named right after
        if lower[sent.start] in ("this", "these", "they") and self.previous_words & lx.PLANT_NOUNS and self.previous_words & BUILD_VERBS:
            j = sent.start + 1 + (lower[sent.start + 1] in ("will", "would"))
            # (past a name the gazetteer lacks, listed first: "the LionA, LionC and LionD")
            return lower[j] in ("include", "includes", "included") and j < subjects[0].start <= j + 6 and all(
                lower[t] in ("the", ",", "and") or self.index.text[t][:1].isupper() for t in range(j + 1, subjects[0].start))
        return False

    def _plant_steps_up_production(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The plant aims to step up production of supermini electric cars - including the X, the Y and the Z': the
        plant (its noun the sentence's subject) making more of models, named right after the making (or after the
        kind of vehicle and 'including'); not making it ends or moves ('The plant will end production of the X')."""
        lower = self.index.lower
        opener = self._plant_subject_end(sent)
        if opener is None:
            return False
        for k in range(opener, subjects[0].start - 1):
            if lower[k] not in ("production", "output", "assembly") or lower[k + 1] != "of":
                continue
            between = lower[opener:k]
            if set(between) & (ENDED_WORDS | MOVE_VERBS | NEGATIONS | STOP_VERBS | CLOSED_WORDS):
                return False
            # (the maker's name before the model no gap: "production of the DS 8")
            gap = [lower[j] for j in range(k + 2, subjects[0].start) if self.ent_type[j] != "COMPANY"]
            return len(gap) <= 1 or len(gap) <= 8 and bool(set(gap) & {"including", "like"})
        return False

    def _plant_subject_end(self, sent: Sentence) -> int | None:
        """Where the subject ends of a sentence whose subject is the plant: 'The plant ...', 'Its Tarka plant ...' (a
        plant's site named), 'It ...' right after a sentence opening with the plant ('The Tarka plant will focus on the
        X. It will also host the production of the Y'); None for any other subject."""
        lower, start = self.index.lower, sent.start
        if lower[start] in ("the", "its") and lower[start + 1] in lx.PLANT_NOUNS:
            return start + 2
        if lower[start] in ("the", "its"):
            noun = next((k for k in range(start + 2, min(sent.end, start + 5)) if lower[k] in ("plant", "factory", "facility")), None)
            name = self.index.span_text(start + 1, noun) if noun is not None else ""
            if name and any((p.site or "").split(",")[0] == name for p in self.plants):
                return noun + 1
            return None
        if lower[start] == "it" and start > 0 and self.current_plant is not None:
            last = start - 1
            while last > 0 and not lower[last].strip():  # (past a line break)
                last -= 1
            before = self.index.sent_bounds(last)[0]
            return start + 1 if self._plant_opens(before, last + 1) else None
        return None

    def _investment_for_production(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The investment will enable the production of Zorvex's new X model', 'The money is for the assembly of the Y':
        a sentence whose subject is the investment (the plant's, described before), going to the making of the model
        named right after 'production of' (its maker's name and a word or two between at most)."""
        lower = self.index.lower
        if lower[sent.start] not in ("the", "this", "that", "its") or lower[sent.start + 1] not in INVESTMENT_NOUNS:
            return False
        for k in range(sent.start + 2, subjects[0].start - 1):
            if lower[k] in MAKING_NOUNS and lower[k + 1] == "of":
                return k + 2 < subjects[0].start + 1 and all(
                    lower[t] in ("the", "its", "'s", "’s", "new", "next", "-", "generation") or self.ent_type[t] == "COMPANY"
                    for t in range(k + 2, subjects[0].start))
            if lower[k] in (",", ";") or lower[k] in NEGATIONS or self.ent_type[k]:
                return False  # ("The investment will not go to the production of the X")
        return False

    def _production_added(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'will add production of the next-generation X', 'to add assembly of the Y': a verb of adding, the making and
        the model right after (a word or two of description between)."""
        lower = self.index.lower
        return any(lower[k] in ADD_VERBS and lower[k + 1:k + 3] in (["production", "of"], ["assembly", "of"], ["manufacturing", "of"])
                   and any(k + 3 <= m.start <= k + 8 for m in subjects) for k in range(sent.start, subjects[-1].start))

    def _plant_hosts_models(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The factory will handle Acme's MPVs and SUVs, such as the X, Y and Z models', 'The plant will house the X': the
        plant (the sentence's subject) taking on models, named right after the verb or after a kind of vehicle and
        'such as' / 'including'."""
        lower = self.index.lower
        opener = self._plant_subject_end(sent)
        if opener is None:
            return False
        verb = opener
        while verb < subjects[0].start and (lower[verb] in AUXILIARIES or lower[verb] in ADVERBS_BEFORE_VERB):
            verb += 1
        if lower[verb] not in HOSTING_VERBS:
            return False
        gap = lower[verb + 1:subjects[0].start]
        if len(gap) <= 1:
            return True
        return len(gap) <= 20 and bool(set(gap) & {"including", "such", "like"}) and not any(
            self.doc[j].pos_ == "VERB" or lower[j] in CLAUSE_BREAKS for j in range(verb + 1, subjects[0].start))

    def _present_production_of(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'the current production of the X and Y pick-ups', 'the ongoing production of the Z', 'production and export of
        our X': a making said to go on now, of the model right after (its maker's name between at most)."""
        lower = self.index.lower
        if self.words & (STOP_VERBS | ENDED_WORDS | MOVE_VERBS | CLOSED_WORDS):
            return False  # "The current production of the X will end in May"
        for k in range(sent.start, subjects[0].start - 1):
            if lower[k] not in MAKING_NOUNS or lower[k + 1] not in ("of", "and"):
                continue
            j = k + 1
            if lower[j] == "and":  # "production and export of"
                if lower[j + 1:j + 3] not in (["export", "of"], ["exports", "of"]):
                    continue
                j += 2
            elif not (lower[k - 1] in PRESENT_MAKING_CUES or lower[k - 1] == "local" and lower[k - 2] in PRESENT_MAKING_CUES):
                continue
            if all(self.ent_type[t] == "COMPANY" or lower[t] in ("the", "our", "its", "their") for t in range(j + 1, subjects[0].start)):
                return True
        return False

    def _production_raised(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'The move will increase output of the X and the Y', 'to ramp up production of its Z': a verb of raising, the
        making and the model right after (its maker's name between at most), with a plant described before and no
        company of another group named ('Kestrel will boost production of the Q' is not the Zorvex plant's)."""
        lower, plant = self.index.lower, self.current_plant
        if plant is None:
            return False
        for k in range(sent.start, subjects[0].start - 2):
            if lower[k] not in RAISE_VERBS:
                continue
            j = k + 1 + (lower[k + 1] == "up")
            j += lower[j] in ("the", "its")
            if lower[j] not in ("production", "output", "assembly", "manufacturing") or lower[j + 1] != "of":
                continue
            if any(self.ent_type[t] != "COMPANY" and lower[t] not in ("the", "its", "new") for t in range(j + 2, subjects[0].start)):
                return False
            return all(plant.company and self.gaz.same_group(e.ent_id_, plant.company) for e in ents if e.label_ == "COMPANY")
        return False

    def _it_after_time_opener(self, sent: Sentence, verb: int) -> bool:
        """'From November it will also assemble', 'Since May it has also been making': 'it' the subject of the verb of
        making at `verb`, after an opening phrase of time."""
        lower = self.index.lower
        if lower[sent.start] not in ("from", "since", "in", "by", "next", "this", "later", "until", "starting"):
            return False
        it = next((k for k in range(sent.start + 1, min(sent.end, sent.start + 6)) if lower[k] == "it"), None)
        if it is None or any(self.doc[k].pos_ in ("VERB", "AUX") or self.ent_type[k] in ("COMPANY", "MODEL", "PLACE", "COUNTRY")
                             for k in range(sent.start + 1, it)):
            return False
        return verb > it and all(lower[k] in AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB for k in range(it + 1, verb))

    def _models_follow(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The X is the only model on the line for now. The Y and the Z will follow in 2026', 'The first model off the
        line is the X. The Y will follow in the spring and the Z in 2026', 'The plant assembles the X and the Y. ...
        A third model, the Z, is to follow': models that follow those the sentence before (or the one before it) put on
        the plant's line; the follow right after one of the models, with only a few plain words between ('The Z will be
        added next year' alike)."""
        if not (self.words & FOLLOW_WORDS or "added" in self.words) or self.current_plant is None:
            return False
        lower = self.index.lower
        # "The Y will follow", "the Y is to follow", "The Y will be added next year"
        follows = any(
            (lower[k] in FOLLOW_WORDS and (lower[k] == "follows" or lower[k - 1] in ("will", "to", "should"))
             or lower[k] == "added" and lower[k - 1] == "be")
            and all(lower[j] in (",", "-") or lower[j] in lx.VEHICLE_WORDS
                    or self.doc[j].is_alpha and self.doc[j].is_lower and lower[j] not in FOLLOWING_NOUNS
                    or self.doc[j].is_upper and len(lower[j]) <= 4  # "The Seal U DM-i plug-in hybrid will follow": a trim
                for j in range(m.end, k))
            # (past an aside: "The X, an entry-level EV now touring the country, will follow"; "The X sport utility vehicle,
            # assembled from the same base, will follow": after the model's class words)
            for m in subjects for k in range(m.end, min(sent.end, m.end + (16 if lower[self._past_class_words(m.end, sent.end):][:1] == [","] else 9))))
        if not follows:
            return False
        if self.previous_words & (lx.PLANT_ANAPHORS | {"lines"}):  # "The first models to roll off the Szeged lines ..."
            return True
        # the models named last are the plant's own, named a sentence or two before
        return (self.sent_no - self.last_model_sent <= 2 and bool(self.last_models)
                and all(name in self.current_plant.models for name in self.last_models))

    def _past_class_words(self, k: int, end: int) -> int:
        """Past up to three words classing the vehicle right after its name ('sport utility vehicle', 'compact SUV')."""
        lower = self.index.lower
        j = k
        while j < min(end, k + 3) and (lower[j] in lx.VEHICLE_WORDS or lower[j] in lx.VEHICLE_CLASS_WORDS
                                        or lower[j] in ("sport", "utility", "multi-purpose", "passenger")):
            j += 1
        return j if j > k and lower[j - 1] in lx.VEHICLE_WORDS else k

    def _plant_starts_with(self, sent: Sentence, first_model: int) -> bool:
        """'The plant will start with the X and the Y', 'The plant ... . It will start with the X': the models a plant
        just described opens with ('it' only right after a sentence whose subject is the plant)."""
        lower = self.index.lower
        if not any(lower[k] in lx.START_CUES and lower[k + 1] == "with" for k in range(sent.start, first_model - 1)):
            return False
        # "The plant will start with ...", "The 2 trillion won ($1.5 billion) plant will ... start with ..."
        if self._plant_opens(sent.start, sent.end):
            return True
        if lower[sent.start] != "it" or sent.start == 0:
            return False
        before = self.index.sent_bounds(sent.start - 1)[0]
        # "The plant ...", "The 8.8 billion baht ($260 million) factory has ...": the plant the subject of the sentence before
        return self._plant_opens(before, sent.start)

    def _plant_starts_making_with(self, sent: Sentence, first_model: int) -> bool:
        """'the factory will start production with the X', 'The plant is to begin assembly in May with the Y', 'It will
        start production with the Z': the model a plant (its noun or 'it' the subject, a few words before the verb)
        starts making first; not 'Zorvex will start production with a capacity of 50,000' (no model right after 'with')."""
        lower = self.index.lower
        with_at = first_model - 1 - (lower[first_model - 1] in ("the", "its", "a", "an"))
        if with_at <= sent.start or lower[with_at] != "with":
            return False
        for k in range(max(sent.start, with_at - 8), with_at - 1):
            if lower[k] not in lx.START_CUES or lower[k + 1] not in ("production", "assembly", "manufacturing", "operations"):
                continue
            # (only a time phrase between: "start production in May 2026 with the X")
            if any(lower[j] in (",", ";") or self.doc[j].pos_ == "VERB" for j in range(k + 2, with_at)):
                return False
            subject = range(max(sent.start, k - 5), k)
            return any(lower[j] == "it" or lower[j] in ("plant", "factory", "facility") and lower[j - 1] not in ("a", "an")
                       for j in subject)
        return False

    def _model_starts_production(self, sent: Sentence, subjects: list[Span]) -> Span | None:
        """'The new ID.4 is to start production there in 2022', 'the XC90 luxury SUV was expected to begin production at the
        facility': a model, the subject (its vehicle noun may follow it), then the start of its making at the plant
        ('there', 'at the plant'); the model, else None. Not 'the X begins production later this year' (no plant said:
        maybe another of the maker's), nor 'the X helped the plant begin production' (another verb between)."""
        lower = self.index.lower
        for m in subjects:
            k = m.end
            # "the XC90 luxury SUV": up to two lowercase words after the model's name, ending in a vehicle noun
            nouns = next((n for n in (2, 1) if k + n <= sent.end and lower[k + n - 1] in lx.VEHICLE_WORDS
                          and all(self.doc[j].is_alpha and not self.ent_type[j] and (self.doc[j].is_lower or lower[j] in lx.VEHICLE_WORDS)
                                  for j in range(k, k + n))), 0)
            k += nouns
            # "the Y, which is also set to enter production at the same factory": a relative clause of the model's own
            k += 2 * (lower[k:k + 2] in ([",", "which"], [",", "that"]))
            start = k
            while k < sent.end and k - start < 5 and lower[k] in START_SUBJECT_FILLERS:
                k += 1
            if k + 1 >= sent.end:
                continue
            if lower[k] in ENTRY_VERBS and lower[k + 1] == "into":
                k += 1
            elif lower[k] in ("enter", "enters", "entered", "entering"):  # "to enter series production there"
                pass
            elif lower[k] not in lx.START_CUES or lower[k] in ("open", "opens", "opening", "launch", "launches"):
                continue
            k += 1 + (k + 1 < sent.end and lower[k + 1] in SERIES_WORDS)
            if k < sent.end and lower[k] in MAKING_NOUNS and self._at_the_plant(k + 1, sent.end):
                return m
        return None

    def _at_the_plant(self, k: int, end: int) -> bool:
        """'there', 'here', 'at the facility', 'at its plant' right at k (a time phrase may come first: 'in 2022 there')."""
        lower = self.index.lower
        for j in range(k, min(end, k + 4)):
            if lower[j] in ("there", "here"):
                return True
            # ("at the same factory": the plant just named)
            noun = j + 2 + (lower[j + 1:j + 3] == ["the", "same"])
            if lower[j] in ("at", "in") and lower[j + 1:j + 2] in (["the"], ["its"], ["this"]) and lower[noun:noun + 1] in (
                    ["plant"], ["factory"], ["facility"], ["site"]):
                return True
        return False

    def _plant_opens(self, start: int, end: int) -> bool:
        """'The plant ...', 'The 8.8 billion baht ($260 million) factory ...': a sentence whose subject is a plant, the
        plant noun within its first ten words, before any verb or name."""
        lower = self.index.lower
        if lower[start] != "the":
            return False
        for k in range(start + 1, min(end, start + 10)):
            if lower[k] in ("plant", "factory", "facility"):
                return True
            if self.doc[k].pos_ in ("VERB", "AUX") or self.ent_type[k] in ("COMPANY", "MODEL", "PERSON"):
                return False
        return False

    def _clause_breaks(self, sent: Sentence):
        """Which clause a token is in, clauses parted at 'while', 'whereas' and ';' only."""
        cuts = [k for k in range(sent.start + 1, sent.end) if self.index.lower[k] in CLAUSE_BREAKS]
        return lambda i: bisect_right(cuts, i)
