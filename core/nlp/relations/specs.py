"""Specs: engine size, power and transmission figures, each given to the model (and version) the sentence
says they belong to, not to a rival, a donor or another maker's car named beside it; also the engine's donor model
and the rivals a review names.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import SpecFact
from core.nlp import lexicon as lx
from core.nlp import spec_cues
from core.nlp.docindex import Sentence
from core.nlp.normalise import parse_number_words
from core.nlp.relations.words import ENGINE_SUBJECTS, RIVAL_WORDS, SPEC_ATTRS

REPLACE_WORDS = frozenset(["replace", "replaces", "replaced", "replacing", "supersede", "supersedes", "superseding", "succeed",
                           "succeeds", "succeeding", "supplant", "supplants", "ditch", "ditches", "drop", "drops"])
COMPETE_VERBS = frozenset(["compete", "competes", "competing", "competed", "rivals", "rival", "rivalling", "rivaling", "spar", "spars"])
# "began to produce a dual-clutch transmission", "also builds the 3.6-liter Pentastar V-6 engine": making an engine
PART_MAKING_VERBS = frozenset(["produce", "produces", "produced", "producing", "manufacture", "manufactures", "manufacturing",
                               "builds", "build", "building", "assembles", "assemble", "assembling"])
# (of those, the ones a car is built with, not "produce": "began to produce a DCT and the Fiesta" names a part and a car)
BUILDING_VERBS = frozenset(["builds", "build", "building", "assembles", "assemble", "assembling"])
# "three versions of the 1.6-litre engine": nouns of an engine's kinds, between a verb of making and the engine
ENGINE_VERSION_NOUNS = frozenset(["versions", "version", "variants", "variant", "derivatives", "family", "types"])
# "the 1.5-litre X", "its 150hp X", "the new 1.5-liter X": the words before a figure that modifies the model after it
PREMODIFIER_OPENERS = frozenset(["the", "a", "an", "its", "their", "new", "all-new", "and"])
VEHICLE_NOUNS = frozenset(["sedan", "hatchback", "suv", "crossover", "pickup", "mpv", "van", "coupe", "wagon", "saloon"])
RIVAL_LIST_GLUE = frozenset([",", "and", "or", "the", "&", "its", "like"])
# "Its arch rival, the X, ...", "Its closest rival": words that describe a rival
RIVAL_ADJECTIVES = frozenset(["arch", "main", "closest", "nearest", "chief", "direct", "biggest", "key", "fiercest", "natural"])


# "Other engines are ...", "Engine options include ...": a sentence's subject the engines of the car named before
ENGINE_PLURAL_SUBJECTS = frozenset(["engines", "engine", "powertrains", "motors"])
DASHES = frozenset(["–", "—", "--"])  # (not the hyphen: "five-door", "Mercedes-Benz")
# "like the X", "similar to the X", "the same as in the X": the words that liken a car to a model, and those skipped before it
LIKENING_CUES = (["similar", "to"], ["same", "as"], ["just", "as"], ["as", "in"], ["as", "on"], ["as", "with"])
LIKENING_SKIPPED = frozenset(["the", "a", "its", "that", "of"])


ENGINE_PLURALS = frozenset(["engines", "powertrains", "gearboxes", "transmissions", "motors"])  # "manufacture other engines including ..."

class SpecsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _specs(self, sent: Sentence, subjects: list[Span], qs: list[Span]) -> None:
        """Each figure goes to the model named nearest before it ('..., while the Creta uses a 1.6-litre engine')."""
        lower = self.index.lower
        added: set[tuple[str, str, object]] = set()  # (model, attribute, value) this sentence has given
        figures = [q for q in qs if q.label_ in ("ENGINE", "POWER", "TRANSMISSION")]
        if figures and subjects:
            # "This SUV will be smaller than the Duster and will have a 1.0 turbo to compete with the Pulse": the models
            # compared with and the rivals are not the car the figure is of
            mates = self._platform_mates(subjects)
            rivals = self._rival_models(subjects) | mates
            kept = [m for m in subjects if m.start not in rivals and not self._compared_with(m)]
            if not kept:
                return
            subjects = kept
            if mates:
                # "... is also offered" in the sentence after: the car of these figures, not the mate named last
                self._spec_topic = (self.sent_no, self._model_name(kept[0]))
        if not figures and subjects:
            self._engine_then_models(sent, subjects)
        elif figures and not subjects:
            # (not "Chrysler also builds the 3.6-liter Pentastar V-6 engine": an engine made, no car's figure)
            self._engine_figures = (self.sent_no, [q for q in figures if q.label_ != "TRANSMISSION" and not self._part_being_made(q, sent)])
        if figures and not subjects and self._earlier_generations_sentence(sent):
            return  # "The previous model came only with a 77bhp diesel": no figure of the car the story is on
        lenders: set[int] = set()  # the models whose part this sentence fits to another car
        counted_models: list[str] = []  # the models a count before a figure names ("all four vehicles have ...")
        for n, q in enumerate(figures):
            modified = self._model_the_figure_modifies(q, subjects)
            if modified is not None and not spec_cues.is_denied(lower, q.start, sent.start):
                # "the Swift hatchback and the 1.3-litre Ciaz sedan": the figure is the Ciaz's, not the Swift's
                self._add_spec(self._model_name(modified), q, sent)
                continue
            if self._not_the_cars_figure(q, sent, figures[n - 1] if n else None):
                continue
            counted = self._vehicles_counted_for_figure(q, sent)
            # ("... it joins the A, B and C ... Like its siblings, the D ..., and all four vehicles have": with this one's)
            pool = list(dict.fromkeys([*self.last_models, *(self._model_name(m) for m in subjects if m.end <= q.start)]))
            if counted and counted in (len(self.last_models), len(pool)) or counted_models and n and not {";", "while", "but"} & set(
                    lower[figures[n - 1].end:q.start]):
                # "Honda builds the A, B, C and D ... and all four vehicles have a 3.5-liter V-6 good for 280 hp": the
                # models listed before, for the figures after the count too
                counted_models = counted_models or (list(self.last_models) if len(self.last_models) == counted else pool)
                for model in counted_models:
                    self._add_spec(model, q, sent)
                continue
            before = self._outside_asides([m for m in subjects if m.end <= q.start], q.start)
            sharer = None
            if len(before) >= 2 and (self._donors_part(before[-1], q) or before[-1].start in lenders):
                # "a 1.5 litre mill with the X70's seven-speed DCT": the gearbox the X70 lends; "powered by the X's
                # 1.9-litre, which produces 110kW": the figures of the lent engine after it too, and, the engine named
                # as the X's own, the X's figures as well
                lenders.add(before[-1].start)
                sharer = before[-1] if self._powered_by_its_engine(before[-1]) else None
                before = before[:-1]
            named_with = self._base_with_figure(sent, subjects, q)
            if named_with is not None:
                # "its twin, the Baleno RS with a 1.0-litre turbocharged engine": the figure of the model it follows,
                # though that model was read as the other's base
                models = [named_with]
            elif before:
                models = [self._model_name(m) for m in self._coordinated(before)]
                if sharer is not None and self._model_name(sharer) not in models:
                    models.append(self._model_name(sharer))
                # "the X, powered by the same 707-hp V-8 used in the Y and Z models": the engine of those too
                models += [self._model_name(m) for m in self._same_engine_sharers(q, subjects) if self._model_name(m) not in models]
            elif subjects and self._compared_after(subjects, q) and (self.last_model or self.main_model):
                # "The 1.2-litre motor pushes out 90PS, similar to the Baleno": the figure of the car the story is on,
                # and of the one it is likened to
                topic = self.last_model if self.last_model and self.sent_no - self.last_model_sent <= 1 else self.main_model or self.last_model
                models = list(dict.fromkeys([topic, *(self._model_name(m) for m in subjects)]))
            elif subjects and self._about_the_car_before(sent):
                # "The sedan is offered with a 1.5-litre petrol engine that is also offered with the Aura": the figure
                # is the car's the sentence opens with, named before; the models named after it are others
                models = [self._car_before]
                self._spec_topic = (self.sent_no, self._car_before)
            elif subjects and self.main_model and spec_cues.also_in_clause(lower, q.end, subjects[0].start) and \
                    self.main_model not in {self._model_name(m) for m in subjects}:
                # "Honda's new SUV will be powered by the 1.5-litre engine, which also sees duty on the City sedan": the
                # model named in the clause shares the engine; the figure is the car's the story is about
                models = [self.main_model]
                self._spec_topic = (self.sent_no, self.main_model)
            elif subjects and (self._other_clauses_figure(figures, q, subjects[0]) or self._next_clauses_models(figures, q, subjects[0])):
                # "a new 6.2-liter V-8 for GM's pickups, and a new 6.4-liter unit in the X": the model after the second
                # figure is that figure's; the first, in a clause of its own, names no model
                continue
            elif subjects:
                models = [self._model_name(m) for m in self._shared_list(subjects, q.end)]
                if len(models) > 1:
                    self._spec_group = (self.sent_no, models)
            elif "both" in self.words and len(self.last_models) == 2:
                models = self.last_models  # "Both cars use a 1.5-litre engine"
                if self._both_figures(sent, figures):
                    # "The X, a sedan version of the Y, ... Both 1.0- and 1.3-litre engines are available": both
                    # figures, of the car the sentence before was about, named first
                    models = self.last_models[:1]
            elif self.subject_model and (self.index.lower[sent.start] == "it" and (self.sent_no - self.last_model_sent == 1
                                                                                  or self._it_past_an_aside())
                                         or self.sent_no - self.last_model_sent == 1 and self._more_engines_of_subject(sent)):
                # "The Hilux replaced the D-Max. It comes with a 2.8-litre", "The X uses the Y's 1.2L engine. Other
                # engines are a 1.4L diesel and ...": the car the sentence before opened with
                models = [self.subject_model]
            elif self._spec_topic is not None and self.sent_no - self._spec_topic[0] <= 1:
                models = [self._spec_topic[1]]  # "The sedan is offered with ... the Aura. The 1.5 petrol version ..."
                self._spec_topic = (self.sent_no, self._spec_topic[1])
            elif self.last_model and self.sent_no - self.last_model_sent <= 1:
                if self._another_makers_sentence(sent, self.last_model):
                    continue  # "... the Ram 1500. Over at Ford, the 6.2-liter V-8 carries on": another maker's engine
                models = [self.last_model]  # "... the Creta. It uses a 1.6-litre engine"
                if self._spec_group is not None and self._spec_group[0] >= self.sent_no - 1 and self.last_model in self._spec_group[1]:
                    # "The V-8 appears in the X, the Y and the Z. It delivers 420 hp": the engine the models share
                    models = list(self._spec_group[1])
            elif (self.main_model or self.last_model) and self._figure_of_another(self.main_model or self.last_model, q):
                # "the X with a 7.3-liter V8 ... Later: the 7.3-liter option is just getting started": an engine already
                # given to another model, said again far from any model name, is that model's, not the story's car
                continue
            else:  # a spec paragraph far from any model name: the model the article is about
                topic = self._derived_topic(self.main_model) or self.main_model or self.last_model
                models = [topic] if topic else []
                if models and self._another_makers_sentence(sent, models[0]):
                    continue  # "GM's 6.2-liter EcoTec3 is a new engine" in a story about a Ram: GM's engine
            if lower[sent.start] == "like" and subjects and subjects[0].start <= sent.start + 2 and \
                    lower[subjects[0].end:subjects[0].end + 1] == [","] and subjects[0].end < q.start:
                # "Like the Hilux, the Fortuner will be powered by a 2.8-litre": the figure is the Hilux's too
                models = list(dict.fromkeys([*models, self._model_name(subjects[0])]))
            partner = figures[n - 1] if n and figures[n - 1].label_ != q.label_ and 0 <= q.start - figures[n - 1].end <= 2 else None
            for model in models:
                key = (model, q.label_, q._.unit if q.label_ == "TRANSMISSION" else q._.value)
                if key in added:  # "a 1.5 litre petrol and a 1.5 litre diesel": the same figure twice, two versions
                    self._add_version(model, q, sent)
                elif not (partner is not None and self._paired_version(model, q, partner, sent)):
                    self._add_spec(model, q, sent)
                added.add(key)

    def _vehicles_counted_for_figure(self, q: Span, sent: Sentence) -> int:
        """'all four vehicles have a 3.5-liter V-6', 'the three models share a 2.0-litre': the number of vehicles a
        figure is said of, counted a few words before it (0 when none is)."""
        lower = self.index.lower
        for k in range(q.start - 3, max(sent.start, q.start - 8) - 1, -1):
            if lower[k] in ("all", "the") and lower[k + 2:k + 3] and lower[k + 2] in lx.VEHICLE_WORDS and lower[k + 2].endswith("s"):
                value = parse_number_words([lower[k + 1]]) if lower[k + 1].isalpha() else None
                return int(value) if value and 2 < value < 10 else 0
        return 0

    def _same_engine_sharers(self, q: Span, subjects: list[Span]) -> list[Span]:
        """'powered by the same 707-hp V-8 used in the Y and the Z', '... the same 2.0-litre that powers the Y': 'the same'
        before the figure, then the models named after a verb of fitting: they have the engine too."""
        lower = self.index.lower
        if "same" not in lower[max(0, q.start - 3):q.start]:
            return []
        after = [m for m in subjects if m.start >= q.end]
        if not after or after[0].start - q.end > 9 or not spec_cues.engine_shared_by(lower, q.end, after[0].start):
            return []
        return self._shared_list(after, q.end)

    def _more_engines_of_subject(self, sent: Sentence) -> bool:
        """'The X will use the latest engines, including the Y's 1.2L. Other engines are ...', 'Engine options include
        ...': a sentence whose subject is engines, right after one on the engines of the car it opened with: more of
        that car's engines (not 'Engines will come in three sizes' after a sentence on where a car is sold)."""
        if not self.previous_words & ENGINE_PLURAL_SUBJECTS:
            return False
        lower = self.index.lower
        k = sent.start + (lower[sent.start] in ("other", "the", "its", "further", "more"))
        return k < sent.end and lower[k] in ENGINE_PLURAL_SUBJECTS

    def _it_past_an_aside(self) -> bool:
        """'The Kwid is 3.7 m long. The trunk holds 300 litres. It will be equipped with a 0.8 engine': 'It' two
        sentences after one that opened with a model, the sentence between naming no model and opening with no company,
        is still that model."""
        return (self.sent_no - self.last_model_sent == 2 and self.previous_subject is None and self.subject_model == self.last_model
                and self.chain_subject is None)

    def _derived_topic(self, model: str | None) -> str | None:
        """'Sharing a platform with the Fiesta, the EcoSport ...': a story whose first model is the base of one other
        model it names is about that other one (the donor is named first only to place it); None when not so."""
        if model is None:
            return None
        derived = [m.name for m in self.models.values() if m.based_on and m.name != model and (
            m.based_on == model or m.based_on.endswith(" " + model))]
        return derived[0] if len(derived) == 1 else None

    def _donors_part(self, model: Span, q: Span) -> bool:
        """'with the X's seven-speed gearbox', 'borrowing the X's 2.0-litre': a figure right after another model's
        possessive, after 'with', 'from' or a verb of borrowing: that model's part, fitted to the car the sentence is on."""
        lower = self.index.lower
        if lower[model.end:model.end + 1] not in (["'s"], ["’s"]) or q.start - model.end > 2:
            return False
        k = model.start - 1
        while k > 0 and model.start - k <= 3 and (lower[k] in ("the", "its", "their") or self.doc[k].is_upper):
            k -= 1
        # "powered by the X's 1.9-litre": another model's engine driving the car the sentence is on
        powered = lower[k] == "by" and lower[k - 1] in spec_cues.POWERED_WORDS
        return lower[k] in ("with", "from") or lower[k] in spec_cues.BORROW_VERBS or powered

    def _powered_by_its_engine(self, model: Span) -> bool:
        """'powered by the X's 1.9-litre': the engine the car shares is the X's own, a figure of the X as well."""
        lower = self.index.lower
        k = model.start - 1 - (lower[model.start - 1] == "the")
        return k > 0 and lower[k] == "by" and lower[k - 1] in spec_cues.POWERED_WORDS

    def _both_figures(self, sent: Sentence, figures: list[Span]) -> bool:
        """'Both 1.0- and 1.3-litre engines are available': 'both' of two figures, not of two cars."""
        starts = {q.start for q in figures}
        return any(self.index.lower[k] == "both" and k + 1 in starts for k in range(sent.start, sent.end - 1))

    def _earlier_generations_sentence(self, sent: Sentence) -> bool:
        """'The previous model, built since 1997, came only with a 77bhp diesel', 'Its predecessor used a 1.8-litre': a
        sentence that opens with the car an earlier generation, no model named."""
        opener = self.index.lower[sent.start:sent.start + 3]
        if opener[:1] not in (["the"], ["its"], ["their"]):
            return False
        return opener[1:2] in (["predecessor"], ["predecessors"]) or (
            opener[1:2] in (["previous"], ["outgoing"], ["old"], ["former"]) and opener[2:3] in (["model"], ["generation"], ["version"], ["car"]))

    def _another_makers_sentence(self, sent: Sentence, model: str) -> bool:
        """A sentence without a model name that names makers, none of them of the model's group: its figures are not
        that model's."""
        fact = self.models.get(model)
        if fact is None or not fact.maker:
            return False
        makers = [e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"
                  and (info := self.gaz.companies.get(e.ent_id_)) is not None and info.kind in ("automaker", "brand", "group")]
        return bool(makers) and not any(self.gaz.same_group(m, fact.maker) for m in makers)

    def _part_being_made(self, q: Span, sent: Sentence) -> bool:
        """'to prepare the production of the Zorvex 1.0 turbo engine', 'began to produce a dual-clutch transmission and
        the X': an engine or a gearbox a plant makes, the object of a verb (or noun) of making right before it with only
        articles, names and modifiers between: a part, not a car's specification (not 'builds the X with a 1.5-litre
        engine', 'the 1.6-litre engine produces 128 hp')."""
        lower = self.index.lower
        k = q.start - 1
        # (and "the manufacturing of electrified dual-clutch transmissions": a participle between)
        while k > sent.start and k >= q.start - 6 and (lower[k] in ("the", "a", "an", "its", "new", "all-new", "their", "all", "-", "latest")
                                                        or self.ent_type[k] == "COMPANY" or k == q.start - 1 and lower[k].endswith("ed") and lower[k].isalpha()):
            k -= 1
        if lower[k] == "of" and lower[k - 1] in ENGINE_VERSION_NOUNS:
            # "the manufacture of three versions of the 1.6-litre engine": the engine's versions are what is made
            k -= 2
            k -= self.doc[k].like_num
        if lower[k] == "and" and not {"its", "their"} & set(lower[k:q.start]):  # not "the Cruze and its 1.4-liter engine"
            # "builds the Ram trucks and the all-new 3.6-liter Pentastar V-6 engine": a second object of the verb
            j = k - 1
            while j > sent.start and j >= k - 5 and lower[j] not in PART_MAKING_VERBS and self.doc[j].pos_ not in ("VERB", "AUX") and lower[j] not in (",", ";", "with"):
                j -= 1
            if lower[j] in PART_MAKING_VERBS and lower[j] not in ("produce", "produces", "produced", "producing"):
                k = j  # (not "the plant produces cars and the 2.0-litre": a verb of output, not of the engine)
            elif self._second_product_engine(k, q, sent):
                return True
        if lower[k] in PART_MAKING_VERBS:
            # "will build a 1.0-litre engine, which goes into the Picanto": a model named after the engine takes it
            return lower[k] not in BUILDING_VERBS or not any(self.ent_type[j] in ("MODEL", "MODEL_AMBIG") for j in range(q.end, sent.end))
        # "The plant will also manufacture other Volvo engines including the 2.5-litre I5 and a two-litre turbo": engines
        # a verb of making takes, given by example
        for j in range(q.start - 1, max(sent.start, q.start - 12), -1):
            if lower[j] in ("including", "like") or lower[j:j + 2] == ["such", "as"]:
                if lower[j - 1] in ENGINE_PLURALS and any(lower[v] in PART_MAKING_VERBS for v in range(max(sent.start, j - 6), j - 1)):
                    return True
                break
        return lower[k] == "of" and k > sent.start and lower[k - 1] in ("production", "manufacture", "manufacturing", "assembly", "output")

    def _second_product_engine(self, k: int, q: Span, sent: Sentence) -> bool:
        """'began with the production of the Zorin Vela and 1.6-litre 16V petrol engine': an engine named (its noun within
        a few words after the figure) as the second object of a noun of making, after 'and': a part the plant makes."""
        lower = self.index.lower
        made = any(lower[j] == "of" and lower[j - 1] in ("production", "manufacture", "manufacturing", "assembly")
                   for j in range(max(sent.start + 1, k - 6), k))
        return made and any(lower[j] in ENGINE_SUBJECTS for j in range(q.end, min(q.end + 5, sent.end)))

    def _in_dashed_aside(self, model: Span, first: Span, sent: Sentence) -> bool:
        """'The X – and its sibling, the Y – debuted in May': a model between two dashes after the sentence's first
        model, an aside on it."""
        if model.start <= first.end:
            return False
        lower = self.index.lower
        return any(lower[k] in DASHES for k in range(first.end, model.start)) and any(lower[k] in DASHES for k in range(model.end, sent.end))

    def _likened_to(self, model: Span, floor: int = 0) -> bool:
        """'..., like the X', '..., similar to the X', '..., the same as in the X', '..., just as the X': a model the car
        the sentence is about is likened to (articles before it skipped, a doubled 'the the' too), its cue after `floor`."""
        lower = self.index.lower
        k = model.start - 1
        while k > floor and lower[k] in LIKENING_SKIPPED:
            k -= 1
        return k > floor and (lower[k] == "like" or lower[k - 1:k + 1] in LIKENING_CUES)

    def _compared_after(self, subjects: list[Span], q: Span) -> bool:
        """Every model of the sentence comes after the figure, likened to: '..., similar to the Baleno', '..., like the
        Jazz', '..., the same as in the Creta'."""
        return all(ent.start >= q.end and self._likened_to(ent, q.end) for ent in subjects)

    def _engine_size_range(self, q: Span) -> bool:
        """'cars of 660-1,000cc', 'vehicles of 1,000-1,500cc engine capacity': an engine's size that closes a range
        written tight with a hyphen after another figure."""
        doc, k = self.doc, q.start
        return (k >= 2 and doc[k - 1].text in ("-", "–") and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_
                and doc[k - 2].like_num)

    def _model_the_figure_modifies(self, q: Span, subjects: list[Span]) -> Span | None:
        """'the Swift and the 1.3-litre Ciaz sedan', 'production of the 1,500-cc Zorin MPV', 'the Swift and 1,300cc Sedan
        Ciaz': a figure after 'the', 'a', 'new' or 'and' and right before a model's name (a vehicle's noun between or
        not) describes that model (not 'a 1.5-litre Zorin engine', an engine's name)."""
        lower = self.index.lower
        if q.start < 1 or lower[q.start - 1] not in PREMODIFIER_OPENERS:
            return None
        # (a vehicle's noun may stand between: "and the 1,300cc sedan Ciaz")
        skip = q.end < len(lower) and lower[q.end] in VEHICLE_NOUNS
        model = next((m for m in subjects if m.start == q.end + skip), None)
        if model is None or lower[model.end:model.end + 1] and lower[model.end] in ENGINE_SUBJECTS:
            return None
        return model

    def _base_with_figure(self, sent: Sentence, subjects: list[Span], q: Span) -> str | None:
        """A model left out of the sentence's subjects (read as a base or a twin) right before 'with a <figure>'."""
        lower = self.index.lower
        for ent in self.ents.get(sent.start, []):
            if ent.label_ != "MODEL" or ent in subjects or not 2 <= q.start - ent.end <= 3 or lower[ent.end] != "with":
                continue
            if all(lower[k] in ("a", "an", "its", "the") for k in range(ent.end + 1, q.start)):
                return self._model_name(ent)
        return None

    def _before_model_list(self, ent: Span) -> int:
        """The word before the list of models `ent` is in ('... as the Sonet and the Hyundai Venue': 'as')."""
        lower = self.index.lower
        k = ent.start - 1
        while k > 0 and (lower[k] in RIVAL_LIST_GLUE or self.ent_type[k] in ("MODEL", "MODEL_AMBIG", "COMPANY")):
            k -= 1
        return k

    def _platform_mates(self, subjects: list[Span]) -> set[int]:
        """The starts of models named after 'the same platform as', 'the same K1 architecture as' (a list's later names
        go with its first): cars that share the base of the one the sentence is about, not the car of its figures."""
        lower = self.index.lower
        mates: set[int] = set()
        for ent in subjects:
            k = self._before_model_list(ent)
            if lower[k] == "as" and "same" in lower[max(0, k - 4):k] and any(m.start < k - 4 for m in subjects):
                mates.add(ent.start)
        return mates

    def _rival_models(self, subjects: list[Span]) -> set[int]:
        """The starts of models named as rivals: 'takes on the likes of the Yaris and the Alsvin', 'rivals such as the
        Creta', 'competes with the Seltos', 'against the Corolla' (a list's later names go with its first)."""
        lower = self.index.lower
        rivals: set[int] = set()
        for ent in subjects:
            k = self._before_model_list(ent)
            word, before = lower[k], lower[k - 1] if k > 0 else ""
            if lower[k + 1] == "like" or word == "as" and before == "such":
                # "compete with cars like the X", "will compete with highly successful CUVs such as the X": the words of
                # the kind of rival between the cue and 'like' / 'such as'
                j = k if lower[k + 1] == "like" else k - 2
                while j > 0 and k - j <= 5 and lower[j] not in ("with", *RIVAL_WORDS) and self.doc[j].is_alpha and not self.ent_type[j]:
                    j -= 1
                if j > 0 and k - j <= 5 and (lower[j] in RIVAL_WORDS or lower[j] == "with" and lower[j - 1] in COMPETE_VERBS):
                    word, before = lower[j], lower[j - 1]
            if word == "with" and before.endswith("ly") and k > 1 and lower[k - 2] in COMPETE_VERBS:
                before = lower[k - 2]  # "to compete directly with the X"
            if (word in RIVAL_WORDS or word == "of" and before == "likes" or word == "with" and before in COMPETE_VERBS
                    or word == "on" and before in ("take", "takes", "taking", "took") or word == "as" and before == "such"
                    and lower[k - 2:k - 1] and lower[k - 2] in RIVAL_WORDS) and not self._rival_as_subject(k, ent):
                rivals.add(ent.start)
        return rivals

    def _rival_as_subject(self, k: int, ent: Span) -> bool:
        """'Its rival, the Ford Everest, offers a 3.0-litre V6': the rival named in apposition at the sentence's opening
        is the subject of the verb after it, and the figures after that verb are its own."""
        lower = self.index.lower
        opening = k
        while opening > 0 and k - opening < 3 and lower[opening - 1] in RIVAL_ADJECTIVES:
            opening -= 1  # "Its arch rival", "Its closest rival"
        opening -= opening > 0 and lower[opening - 1] in ("its", "their", "a", "the")
        return (opening == self.index.sent_bounds(ent.start)[0] and lower[k + 1:k + 2] == [","]
                and lower[ent.end:ent.end + 1] == [","] and ent.end + 1 < len(lower) and self.index.text[ent.end + 1].islower())

    def _not_the_cars_figure(self, q: Span, sent: Sentence, previous: Span | None) -> bool:
        """'another 5hp', '25 hp more powerful' (a difference), '130hp (96 kW)' (the same figure in other units), 'an
        onboard charger of up to 7 kW' (a charger's power): no rating of the car's."""
        lower = self.index.lower
        if q.start >= sent.start + 2 and (lower[q.start - 2] in REPLACE_WORDS and lower[q.start - 1] in ("the", "its", "a", "an")
                                          or lower[q.start - 3:q.start - 1] in (["instead", "of"], ["place", "of"])):
            return True  # "The 1.6-litre engine will replace the 2.4-litre engine": the engine that goes
        if q.label_ in ("ENGINE", "TRANSMISSION") and self._part_being_made(q, sent):
            return True  # "prepared the production of the 1.0 EcoBoost engine here": a part a plant makes
        if spec_cues.is_denied(lower, q.start, sent.start):
            return True  # "will not be offered with an automatic transmission": a figure the car does not have
        if q.label_ == "TRANSMISSION":
            return q._.unit in ("automatic", "manual")
        if spec_cues.is_class_bound(lower, q.start, q.end, sent.start, sent.end):
            return True  # "a duty on above 1,700 cc vehicles", "cars of up to 1.3 litres": a class of cars, no car's size
        if q.label_ == "ENGINE" and self._engine_size_range(q):
            return True  # "used imported cars of 660-1,000cc": a class of cars by a range of sizes, no car's size
        if spec_cues.is_increment(lower, q.start, q.end, sent.start):
            return True
        if previous is not None and previous.label_ == q.label_ and spec_cues.is_converted_repeat(lower, q.start, previous.end):
            return True
        return q.label_ == "POWER" and spec_cues.is_charging_power(lower, q.start, q.end, sent.start, sent.end)

    def _about_the_car_before(self, sent: Sentence) -> bool:
        """A sentence opening with 'The sedan', 'This SUV' or 'It', right after one that named a model (or in an article
        about one model): the car it means is that model (kept in self._car_before)."""
        if not spec_cues.opens_with_vehicle_anaphor(self.index.lower, sent.start, sent.end):
            return False
        if self.last_model and self.sent_no - self.last_model_sent <= 1:
            self._car_before = self.last_model
        elif self._spec_topic is not None and self._spec_topic[0] == self.sent_no - 1:
            self._car_before = self._spec_topic[1]
        else:
            return False
        return True

    def _add_version(self, model: str, q: Span, sent: Sentence) -> None:
        """A figure a version of the model already has, said again for another version in the same sentence."""
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        variants = self.specs.setdefault(model, [])
        variant = next((v for v in variants if getattr(v, attr) is None), None)
        if variant is None:
            variant = SpecFact(model=model, source=self._source(sent))
            variants.append(variant)
        setattr(variant, attr, value)

    def _paired_version(self, model: str, q: Span, partner: Span, sent: Sentence) -> bool:
        """'a 118bhp 1.5-litre petrol ... a more powerful 148bhp 1.5-litre petrol': a size written right beside another
        power than the versions of that size had is another version, the one of the figure beside it."""
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        other = SPEC_ATTRS[partner.label_]
        other_value = partner._.unit if partner.label_ == "TRANSMISSION" else partner._.value
        variants = self.specs.get(model, [])
        same = [v for v in variants if getattr(v, attr) == value]
        if not same or any(getattr(v, other) in (None, other_value) for v in same):
            return False
        holder = next((v for v in reversed(variants) if getattr(v, other) == other_value and getattr(v, attr) is None), None)
        if holder is None:
            holder = SpecFact(model=model, source=self._source(sent))
            setattr(holder, other, other_value)
            variants.append(holder)
        setattr(holder, attr, value)
        return True

    def _engine_donor(self, sent: Sentence, model: Span) -> bool:
        """'The engine is from the Creta and is a 1.5-litre unit', 'its motor is borrowed from the Seltos': a model named
        as where the engine of the car the story is about comes from, the sentence's subject an engine."""
        lower = self.index.lower
        k = model.start - 1
        while k > sent.start and lower[k] in ("the", "a", "an", "its", "sibling", "smaller", "larger", "bigger"):
            k -= 1
        if lower[k] not in ("from", "with", "in") or k == sent.start:
            return False
        opener = lower[sent.start:k]
        return (lower[k] == "from" or lower[k - 1] in ("shared", "shares", "same")) and bool(set(opener[:3]) & ENGINE_SUBJECTS)

    def _outside_asides(self, before: list[Span], end: int) -> list[Span]:
        """'The Tiggo 4, which is also sold in Europe as the Omoda 5, is fitted with ...': a model in a ', which ... ,'
        aside closed before the figure describes the model before it, not the car the figure is of."""
        lower = self.index.lower
        out = list(before)
        while len(out) >= 2:
            last = out[-1]
            opening = next((k for k in range(last.start - 1, out[-2].end - 1, -1) if lower[k] == ","), None)
            closing = next((k for k in range(last.end, end) if lower[k] == ","), None)
            if opening is None or closing is None or lower[opening + 1] not in ("which", "who", "that"):
                break
            out.pop()
        return out

    def _coordinated(self, before: list[Span]) -> list[Span]:
        """'The X and the Y are powered by ...': a spec after a plural subject of models is each one's."""
        lower = self.index.lower
        last = before[-1]
        # "The X and the Y are ...", "the X, the Y and the Z, all full hybrids with the 200 hp powertrain"
        # "the X and Y twins extract 140kW": a plural noun for the two models just listed
        pair_noun = lower[last.end:last.end + 1] in (["twins"], ["siblings"]) and len(before) >= 2 and \
            set(lower[before[-2].end:last.start]) <= {"and", "the"}
        if lower[last.end:last.end + 1] not in (["are"], ["were"], ["share"], ["both"], ["use"], ["get"]) and not pair_noun and \
                not self._engines_for_models(before) and \
                lower[last.end:last.end + 2] not in ([",", "all"], [",", "both"]):
            return [last]
        k = len(before) - 1
        while k > 0 and set(lower[before[k - 1].end:before[k].start]) <= {",", "and", "the"}:
            k -= 1
        return before[k:]

    def _engines_for_models(self, before: list[Span]) -> bool:
        """'The engines for the X and the Y will be a 2.5 turbodiesel': a sentence opening with engines 'for' the models
        listed, the figure each one's."""
        lower = self.index.lower
        if len(before) < 2:
            return False
        sent_start = self.index.sent_bounds(before[0].start)[0]
        k = before[0].start - 1 - (lower[before[0].start - 1] == "the")
        opener = lower[sent_start:k]
        return lower[k] == "for" and 1 <= len(opener) <= 3 and any(w.rstrip("s") in ENGINE_SUBJECTS for w in opener)

    def _shared_list(self, subjects: list[Span], end: int) -> list[Span]:
        """The first model after the figure (ending at `end`), or with it the models listed after it when the figure is
        of an engine said to be fitted to them all ('a new engine appearing in the X and the Y as well as the Z')."""
        lower = self.index.lower
        after = [m for m in subjects if m.start >= end]
        if not after or after[0] is not subjects[0] or not spec_cues.engine_shared_by(lower, end, after[0].start):
            return subjects[:1]
        listed = [after[0]]
        for m in after[1:]:
            gap = range(listed[-1].end, m.start)
            if len(gap) > 10 or not {"and", ",", "well"} & set(lower[gap.start:gap.stop]) or not all(
                    self.ent_type[k] in ("COMPANY", "MODEL", "MODEL_AMBIG") or lower[k] in spec_cues.LIST_GLUE or lower[k].isdigit()
                    or self._made_at_in_list(gap, k) for k in gap):
                break
            listed.append(m)
        return listed

    def _made_at_in_list(self, gap: range, k: int) -> bool:
        """'the X produced in Kaluga, as well as for the Y': a word of the aside saying where a listed model is made (a
        verb of making, its preposition and the place), in a gap that holds the verb of making."""
        return (self.ent_type[k] in ("PLACE", "COUNTRY") or self.index.lower[k] in spec_cues.LIST_PLACE_ASIDE) and any(
            self.index.lower[j] in spec_cues.LIST_PLACE_ASIDE and self.index.lower[j] not in ("in", "at", "for") for j in gap)

    def _engine_then_models(self, sent: Sentence, subjects: list[Span]) -> None:
        """'GM's 6.2-liter V-8 is a new engine. It appears in the X and the Y as well as the Z': figures of an engine the
        sentence before named with no model, and a sentence opening with the engine that lists the models it is fitted
        to; the figures are each listed model's."""
        lower = self.index.lower
        if self._engine_figures is None or self._engine_figures[0] != self.sent_no - 1:
            return
        if not spec_cues.opens_with_engine(lower, sent.start, sent.end):
            return
        listed = self._shared_list(subjects, sent.start)
        if not spec_cues.engine_shared_by(lower, sent.start, subjects[0].start):
            return
        models = list(dict.fromkeys(self._model_name(m) for m in listed))
        for q in self._engine_figures[1]:
            for model in models:
                self._add_spec(model, q, sent)
        if len(models) > 1:
            self._spec_group = (self.sent_no, models)

    def _other_clauses_figure(self, figures: list[Span], q: Span, model: Span) -> bool:
        """Another figure of the same kind between this one and the model after it, in a clause of its own (after ', and',
        ', while', ', but' or ';')."""
        lower = self.index.lower
        for other in figures:
            if other.label_ == q.label_ and q.end <= other.start and other.end <= model.start:
                between = lower[q.end:other.start]
                return ";" in between or any(between[k] == "," and between[k + 1] in ("and", "while", "but", "whereas")
                                             for k in range(len(between) - 1))
        return False

    def _next_clauses_models(self, figures: list[Span], q: Span, model: Span) -> bool:
        """'The Zorvex 2.4 produces 150kW, and the Tallo and Pima twins extract 140kW': the model after the figure opens a
        clause of its own (after ', and', ', while', ', but', ';') and has a figure of the same kind after it: that figure
        is the model's, this one not (not '... a 150 kW, while a more powerful Seal has 230 kW' in a story on the Seal:
        two versions of the car the story is about)."""
        lower = self.index.lower
        if self._model_name(model) in (self.main_model, self.last_model):
            return False
        between = lower[q.end:model.start]
        if not (";" in between or any(between[k] == "," and between[k + 1] in ("and", "while", "but", "whereas")
                                      for k in range(len(between) - 1))):
            return False
        return any(other.label_ == q.label_ and other.start >= model.end for other in figures)

    def _figure_of_another(self, model: str, q: Span) -> bool:
        """An engine size or power the article already gave to another model and not to this one."""
        if q.label_ == "TRANSMISSION":
            return False
        attr, value = SPEC_ATTRS[q.label_], q._.value
        if any(getattr(v, attr) == value for v in self.specs.get(model, [])):
            return False
        return any(getattr(v, attr) == value for other, variants in self.specs.items() if other != model for v in variants)

    def _add_spec(self, model: str, q: Span, sent: Sentence) -> None:
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        variants = self.specs.setdefault(model, [])
        # (sentence number, model, the version this sentence opened, figures it said again): see _repeat_in_new_version
        said = self.__dict__.get("_version_said")
        if said is None or said[:2] != (self.sent_no, model):
            said = self._version_said = (self.sent_no, model, None, {})
        if any(getattr(v, attr) == value for v in variants):
            self._repeat_in_new_version(said, attr, value)
            return
        if not variants or getattr(variants[-1], attr) is not None:
            # a second engine, power or gearbox for the same model is another version of it:
            # "a 2.0-litre with 147 hp, or a 1.6-litre turbo with 190 hp"
            alternative = variants[-1] if attr == "transmission" and variants and self._alternative_gearbox(q, sent, variants[-1]) else None
            variants.append(SpecFact(model=model, source=self._source(sent)))
            if alternative is not None:  # "a choice of a six-speed manual or an automatic": the same engine with either gearbox
                variants[-1].engine_l, variants[-1].power_hp = alternative.engine_l, alternative.power_hp
            if said[2] is None:
                for other, again in said[3].items():
                    setattr(variants[-1], other, again)
                self._version_said = (*said[:2], variants[-1], said[3])
        setattr(variants[-1], attr, value)

    def _alternative_gearbox(self, q: Span, sent: Sentence, version: SpecFact) -> bool:
        """'... comes with a choice of a six-speed manual or an automatic transmission': a gearbox written after 'or'
        right after the gearbox the version got in this sentence, a choice offered, no other figure between: the
        version's engine with the other gearbox."""
        lower = self.index.lower
        before = [p for p in self.quantities.get(sent.start, []) if p.end <= q.start]
        if not before or before[-1].label_ != "TRANSMISSION" or version.transmission != before[-1]._.unit:
            return False
        between = lower[before[-1].end:q.start]
        if "or" not in between or len(between) > 4 or version.engine_l is None and version.power_hp is None:
            return False
        return "choice" in lower[max(sent.start, before[-1].start - 5):before[-1].start]  # "a choice of", "the choice between"

    def _repeat_in_new_version(self, said: tuple, attr: str, value: object) -> None:
        """'a 1.6-liter mill from the Vesta offers 105 hp' after the 1.6-liter 89 hp version: the engine said again
        with a figure that opens another version is that version's engine too (as said before or after that figure)."""
        opened = said[2]
        if opened is not None:
            if getattr(opened, attr) is None:
                setattr(opened, attr, value)
        elif len(said[3]) < 2:
            said[3].setdefault(attr, value)
