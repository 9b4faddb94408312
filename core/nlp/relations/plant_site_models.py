"""The models the plant at a site takes, past those named with it: the model a clause of making set off
after it is about ("the X, built near Sunderland", "which is made by Kia Slovakia in Zilina"), the vehicles a sentence
opens with ("The cars are built at ..."), a country's ranking of several groups' models, the models a move makes room
for, each maker's own plant for its models, and the models between two named ones ("the X3 through X7").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    BUILD_VERBS,
    MAYBE_WORDS,
    MODEL_HEDGES,
    PASSIVE_AUXILIARIES,
)

# "The new sedan goes into production in X", "The SUV will enter series production at Y"
INTO_PRODUCTION_VERBS = frozenset(["go", "goes", "went", "going", "enter", "enters", "entered", "entering"])
# "In future", "From next year", "Now", "Soon": words that open a phrase of time before a sentence's subject
TIME_OPENERS = frozenset(["in", "from", "by", "now", "today", "currently", "soon", "later", "eventually", "initially",
                          "meanwhile", "starting", "beginning", "also", "at"])
# "the original model was built at Douai": a generation made before, not the one just named
PAST_GENERATION_WORDS = frozenset(["original", "previous", "old", "older", "outgoing", "former", "first", "last", "earlier"])


class PlantSiteModelsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _with_model_ranges(self, names: list[str], subjects: list[Span]) -> list[str]:
        """'makes the X3 through X7 models': the models between two named ones (_models_in_range) are made too."""
        for a, b in zip(subjects, subjects[1:], strict=False):
            between = self._models_in_range(a, b) if self._model_name(a) in names else []
            if between:
                at = names.index(self._model_name(a)) + 1
                names = [*names[:at], *(n for n in between if n not in names), *names[at:]]
        return names

    def _room_made_for(self, sent: Sentence, plant: PlantFact, names: list[str], subjects: list[Span], slot: dict) -> list[str]:
        """'Ranger assembly was moved to Thailand, making way for the assembly of the Escape and the Tribute': the models
        a move makes room for are built at the plant the text describes, not where the moved model goes."""
        if "way" not in self.words and "room" not in self.words:
            return names
        lower = self.index.lower
        cue = next((k for k in range(slot["last"], sent.end - 1) if lower[k] in ("way", "room") and lower[k + 1] == "for"
                    and lower[k - 1] in ("making", "make", "makes", "made")), None)
        if cue is None:
            return names
        after = [self._model_name(m) for m in subjects if m.start > cue]
        if after and self.current_plant is not None and self.current_plant is not plant:
            add_new(self.current_plant.models, after)
        return [n for n in names if n not in after]

    def _own_of_mixed_list(self, plant: PlantFact, names: list[str], subjects: list[Span]) -> list[str]:
        """'The top model made in the UK is the Nissan Qashqai, built near Sunderland, followed by the Mini One, the
        Vauxhall Astra and the Honda Civic': models of the plant's own group listed with those of two or more other
        groups are a country's ranking; the plant builds its own group's only (a contract assembler, with no model of
        its own group in the list, keeps them all)."""
        if len(names) < 3 or not plant.company:
            return names
        makers = {self._model_name(m): self._model_maker(m) for m in subjects}
        groups = {self.gaz.group_of(makers[n]) for n in names if makers.get(n)}
        own = [n for n in names if makers.get(n) and self.gaz.same_group(makers[n], plant.company)]
        if not own or len(groups - {self.gaz.group_of(plant.company)}) < 2:
            return names
        return own

    def _plants_of_models_makers(self, plant: PlantFact, created: bool, names: list[str], subjects: list[Span], slot: dict,
                                 sent: Sentence, ents: list[Span], confidence: float) -> list[PlantFact]:
        """'Australia's two best-selling models, the Toyota HiLux and Ford Ranger utes, are both built in Thailand': the
        models of makers of two groups or more, in a sentence that names no company, are made at each maker's own plant
        there, not at the plant of a company named before (each plant takes its maker's models); [] when that is not so."""
        if any(e.label_ == "COMPANY" for e in ents):
            return []
        maker_of = {self._model_name(m): self._model_maker(m) for m in subjects}
        makers = [maker_of.get(name) for name in names]
        # (the models as the subject of a passive of making, right before the place: "... are both built in X")
        lower, last = self.index.lower, max((m.end for m in subjects if self._model_name(m) in names), default=slot["first"])
        if last > slot["first"] or not any(lower[k] in BUILD_VERBS and lower[k - 1] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB | {"both", "all"}
                                           for k in range(last, slot["first"])):
            return []
        if not all(makers) or len({self.gaz.group_of(m) for m in makers}) < 2:
            return []
        if plant.company and any(self.gaz.same_group(plant.company, m) for m in makers):
            return []  # (the company named before makes one of them: its plant, as read)
        out: list[PlantFact] = []
        for n, maker in enumerate(dict.fromkeys(makers)):
            # (the plant made for this sentence is the first maker's; one known before keeps its company)
            own = plant if n == 0 and (created or not plant.company) else self._plant(maker, slot["site"], slot["country"], sent, confidence)
            if own is plant:
                plant.company = maker
            add_new(own.models, self._with_model_ranges([name for name, m in zip(names, makers, strict=True) if m == maker], subjects))
            if own not in out:
                out.append(own)
        return out

    def _made_by_clause_head(self, first: int, sent: Sentence, subjects: list[Span]) -> Span | None:
        """The model right before ', which is made by X in <first>' (the clause's verb of making followed by 'by')."""
        lower = self.index.lower
        for k in range(first - 1, max(sent.start, first - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == ",":
                if not any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, first)):
                    return None
                return next((m for m in self.ents.get(sent.start, []) if m.end == k - 1 and m.label_ in ("MODEL", "MODEL_AMBIG")), None)
        return None

    def _participle_made_in_head(self, first: int, sent: Sentence) -> Span | None:
        """'the Nissan X, built in a factory near <first>', 'the Y, assembled at <first>': the model right before a
        participle of making set off by a comma, the place a few words after it."""
        lower = self.index.lower
        k = next((k for k in range(first - 1, max(sent.start + 1, first - 8), -1) if lower[k] in lx.MADE_PARTICIPLES), None)
        if k is None or lower[k - 1] != "," or lower[k + 1] not in ("in", "at", "near"):
            return None
        if not all(lower[j] in ("in", "at", "near", "outside", "a", "an", "the", "its", "factory", "plant", "facility")
                   for j in range(k + 1, first)):
            return None
        return next((m for m in self.ents.get(sent.start, []) if m.end == k - 1 and m.label_ in ("MODEL", "MODEL_AMBIG")), None)

    def _list_ending_with(self, last: Span, sent: Sentence) -> list[Span]:
        """'the Cobalt, Onix and Tracker': the models of a list whose last is `last`, joined by commas, 'and' and 'the'
        alone."""
        models = [m for m in self.ents.get(sent.start, []) if m.label_ in ("MODEL", "MODEL_AMBIG") and m.end <= last.start]
        out = [last]
        for m in reversed(models):
            if not set(self.index.lower[m.end:out[0].start]) <= {",", "and", "the"} or m.end == out[0].start:
                break
            out.insert(0, m)
        return out

    def _bracketed_made_in_head(self, first: int, sent: Sentence) -> Span | None:
        """'the X and the Y pickup-based minivan (which is produced in <first>)': a bracketed clause of making is about the
        model right before the bracket (past the words that class it), not the sentence's other models."""
        lower = self.index.lower
        k = first - 1
        if k - 3 < sent.start or lower[k] not in ("in", "at"):
            return None
        k -= 1
        if lower[k] not in BUILD_VERBS:
            return None
        k -= 1
        while k > sent.start and lower[k] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB:
            k -= 1
        if lower[k] not in ("which", "that") or lower[k - 1] != "(":
            return None
        j = k - 2
        while j > sent.start and k - j <= 6 and self.ent_type[j] not in ("MODEL", "MODEL_AMBIG") and (self.doc[j].is_lower or lower[j] == "-"):
            j -= 1  # "pickup-based minivan"
        if self.ent_type[j] not in ("MODEL", "MODEL_AMBIG"):
            return None
        return next((m for m in self.ents.get(sent.start, []) if m.start <= j < m.end and m.label_ in ("MODEL", "MODEL_AMBIG")), None)

    def _maybe_before(self, sent: Sentence, first: int) -> bool:
        """'could move some X output to ...', 'has no plans to move ...': what the sentence says before the plant only may be."""
        lower = self.index.lower
        return any(lower[k] in MAYBE_WORDS or lower[k] in ("plans", "plan") and lower[k - 1] == "no" for k in range(sent.start, first))

    def _made_in_clause(self, sent: Sentence, site: int) -> bool:
        """'Togg, which makes the T10X at Gemlik, is studying exports': the site in a clause of its own that says what is
        made there, with no hedge inside it; a hedge in the main clause is about something else."""
        lower = self.index.lower
        # "dismissed speculation that it would close its plant in Faisalabad, where it assembles the X": the clause after
        # the site says what is made there
        where = next((k for k in range(site + 1, min(sent.end - 1, site + 5)) if lower[k] == "where" and lower[k - 1] == ","), None)
        if where is not None and any(lower[j] in ACTIVE_BUILD_VERBS for j in range(where + 1, min(sent.end, where + 4))):
            end = next((k for k in range(where, sent.end) if lower[k] == ","), sent.end)
            return not any(lower[k] in MODEL_HEDGES for k in range(where, end))
        which = next((k for k in range(site - 1, sent.start, -1) if lower[k] in ("which", "that") and lower[k - 1] == ","), None)
        if which is None or not (lower[which + 1] in BUILD_VERBS or lower[which + 1] in ADVERBS_BEFORE_VERB and lower[which + 2] in BUILD_VERBS):
            return False
        end = next((k for k in range(site, sent.end) if lower[k] == ","), sent.end)
        return end < sent.end and not any(lower[k] in MODEL_HEDGES for k in range(which, end))

    def _vehicles_as_subject(self, sent: Sentence) -> bool:
        """'The cars are built at ...', 'These SUVs will be assembled in ...', 'The new global model will be made at ...', 'The
        Japanese pickup is also produced in ...': vehicles named just before (a word or two describing them, not a past
        generation's: 'the original model was built at ...'), made here."""
        lower = self.index.lower
        start = sent.start
        if lower[start] not in ("the", "these", "those"):
            # "In future the buses will be produced at ...", "From next year, these SUVs will be built in ...": the
            # vehicles after a short opening phrase of time (no name and no verb of making in it)
            if lower[start] not in TIME_OPENERS:
                return False
            start = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 6)) if lower[k] in ("the", "these", "those")
                          and any(lower[j] in lx.VEHICLE_WORDS for j in range(k + 1, min(sent.end, k + 4)))), None)
            if start is None or any(self.ent_type[j] or lower[j] in BUILD_VERBS for j in range(sent.start, start)):
                return False
        noun = next((k for k in range(start + 1, min(sent.end, start + 4)) if lower[k] in lx.VEHICLE_WORDS), None)
        if noun is None or any(lower[j] in PAST_GENERATION_WORDS or not self.doc[j].is_alpha for j in range(start + 1, noun)):
            return False
        # ("is also produced", "are currently built": an adverb between)
        # ("The new sedan goes into production soon in Vigo", "The SUV will enter series production at X": a vehicle's
        # production starting there)
        return any(lower[k] in BUILD_VERBS and (lower[k - 1] in PASSIVE_AUXILIARIES or lower[k - 1] in ADVERBS_BEFORE_VERB
                                                and lower[k - 2] in PASSIVE_AUXILIARIES)
                   or lower[k] in INTO_PRODUCTION_VERBS and "production" in lower[k + 1:k + 4]
                   and set(lower[k + 1:lower.index("production", k + 1)]) <= {"into", "series", "full", "mass", "volume"}
                   for k in range(noun + 1, min(sent.end, noun + 6)))
