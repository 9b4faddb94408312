"""The phrasings that put models on the line of the plant described with no plain verb of making: "production of
the X", "the plant will start with the Y", "Initial output includes the Z", "The Y and the Z will follow", "The first
models will be the X", "This facility is responsible for the Y", bulleted lines under a line of making, a capacity
set aside for a model.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.plant_models_words import (
    ADD_VERBS,
    ENDING_WORDS,
    ENTRY_VERBS,
    HOSTING_VERBS,
    INVESTMENT_NOUNS,
    MAKING_NOUNS,
    MODEL_DETERMINERS,
    NON_PLANT_CAPACITIES,
    PRESENT_MAKING_CUES,
    SOURCE_NOUNS,
)
from core.nlp.relations.words import (
    ADVERBS_BEFORE_VERB,
    AUXILIARIES,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    CLOSED_WORDS,
    COPULAS,
    ENDED_WORDS,
    FOLLOWING_NOUNS,
    FORMER_ADVERBS,
    MOVE_VERBS,
    NEGATIONS,
    RAISE_VERBS,
    RIVAL_WORDS,
)

# "the X is to start production there", "the Y was expected to begin production at the facility": what stands between a
# model, the subject, and the verb its making starts with
START_SUBJECT_FILLERS = frozenset(["is", "are", "was", "were", "will", "would", "to", "be", "set", "due", "expected", "scheduled",
                                   "slated", "planned", "also", "then", "now", "should", "shall", "finally", "officially"])
# "start series production", "go into full production"
SERIES_WORDS = frozenset(["series", "serial", "full", "volume", "mass", "local", "commercial", "full-scale", "regular"])
# "its production lineup", "the product line-up": a lineup of what a plant makes
LINEUP_OF_MAKING = frozenset(["production", "product", "products", "manufacturing", "assembly", "model", "plant", "factory"])
# "at the weekend", "last week", "on Monday": a time phrase between 'production' and 'of the X'
TIME_PHRASE_WORDS = frozenset(["at", "on", "in", "the", "this", "last", "weekend", "week", "month", "year", "monday", "tuesday",
                               "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"])
FOLLOW_WORDS = frozenset(["follow", "follows"])
# "The plant will end production of the X": making that stops
STOP_VERBS = frozenset(["end", "ends", "stop", "stops", "halt", "halts", "cease", "ceases", "suspend", "suspends", "cut", "cuts",
                        "reduce", "reduces", "phase", "wind", "discontinue", "discontinues", "pause", "pauses", "lose", "loses"])
# "released alongside the X", "unveiled alongside the Y": models shown or put on sale together, no line shared
UNVEIL_VERBS = frozenset("released unveiled revealed launched introduced shown displayed presented sold offered debuted".split())


class PlantModelsCuesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

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

    def _plant_is_the_source(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'Valencia is also the sole source of production for the X and the Y', 'The plant is the only producer of the
        X': the plant described (its town or its noun the subject) said to be where the models come from."""
        lower, plant = self.index.lower, self.current_plant
        if plant is None:
            return False
        verb = next((k for k in range(sent.start, min(sent.end, sent.start + 4)) if lower[k] in COPULAS), None)
        # "exported from BMW's plant, which is the hub of production for its X3": the plant's noun before the clause
        clause = next((k + 3 for k in range(sent.start, subjects[0].start - 3) if lower[k] in lx.PLANT_ANAPHORS
                       and lower[k + 1:k + 3] == [",", "which"] and lower[k + 3] in COPULAS), None)
        verb = verb if clause is None else clause
        if verb is None or verb == sent.start:
            return False
        town = (plant.site or "").split(",")[0]
        subject = (clause is not None or set(lower[sent.start:verb]) & lx.PLANT_ANAPHORS
                   or town and self.index.span_text(sent.start, verb) == town)
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

    def _of_past_time_phrase(self, k: int, end: int) -> bool:
        """'began production at the weekend of the X', 'started production last week of the Y': 'of' after a short time
        phrase, then the model."""
        lower = self.index.lower
        j = k
        while j < min(end, k + 4) and (lower[j] in TIME_PHRASE_WORDS or self.doc[j].like_num):
            j += 1
        return j > k and lower[j:j + 1] == ["of"] and j < end

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
