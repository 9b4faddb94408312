"""The models of a plant already known: the plant described builds them ("the plant builds the X", "It makes the
Y", "Hyundai builds the i20 there"), the plant a sentence about making means (the one described, one named, 'the former'
and 'the latter'), models named before its kits or in an interview's answer, and the words that make 'make' no making
("makes its debut", "make the X bigger").
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from core.facts import PlantFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.plant_models_words import (
    ADD_VERBS,
    ENTRY_VERBS,
    HOSTING_VERBS,
    INVESTMENT_NOUNS,
    MAKING_NOUNS,
    MODEL_DETERMINERS,
    PRESENT_MAKING_CUES,
    SOURCE_NOUNS,
)
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    AUXILIARIES,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    CONTINUE_WORDS,
    COPULAS,
    PARTS_MADE_FOR,
    PASSIVE_AUXILIARIES,
    RAISE_VERBS,
)

# "makes another appearance", "made its debut", "made the announcement": 'make' of no making
MAKE_VERBS = frozenset(["make", "makes", "made", "making"])
DESIGN_WORDS = frozenset(["purpose", "custom", "specially", "bespoke"])  # "the purpose-built X", "custom-built": no making there
# "make the X bigger", "make the Y more efficient": a model changed ("more" and "less" before the adjective)
COMPARATIVES = frozenset("bigger larger smaller longer shorter wider taller lighter heavier cheaper faster safer roomier better "
                         "more less".split())
# "a little bigger", "slightly longer", "even more powerful": words of degree before a comparative
DEGREE_WORDS = frozenset(["a", "little", "bit", "slightly", "much", "even", "far", "considerably", "somewhat", "marginally",
                          "significantly", "also", "both"])
MAKE_IDIOM_OBJECTS = frozenset(["use", "sure", "inroads", "headway", "progress", "money", "amends", "do"])
QUOTE_MARKS = frozenset(['"', "“", "”", "'", "‘", "’"])
MAKE_IDIOM_OPENERS = frozenset(["a", "an", "another", "its", "their", "his", "her", "the", "this", "that"])
MAKE_IDIOM_NOUNS = frozenset(["appearance", "debut", "comeback", "return", "entry", "entrance", "announcement", "decision",
                              "statement", "case", "move", "bid", "push", "offer", "difference", "splash", "impression",
                              # "the ship made its second voyage", "made a significant step", "made a $1bn investment"
                              "voyage", "voyages", "trip", "journey", "visit", "stop", "call", "step", "steps", "stride", "strides",
                              "history", "switch", "transition", "shift", "profit", "loss", "deal", "pledge", "commitment",
                              "promise", "contribution", "donation", "investment", "acquisition", "effort", "attempt", "mistake"])
RETAIL_WORDS = frozenset(["dealership", "dealerships", "dealers", "showroom", "showrooms", "forecourts"])
PRODUCTION_FOCUS_VERBS = frozenset(  # "Production centres on ...", "Output is focused on ..."
    "centres centers centred centered focuses focused concentrates concentrated".split())
PAST_START_CUES = frozenset(["launched", "commenced", "kicked"])  # "launched a local assembly of the X"
POWER_SOURCES = frozenset(["engine", "motor", "motors", "unit", "powertrain", "battery"])  # "an engine producing 147 hp"


# "builds 12 models in North America": a count of what a maker makes across a region
COUNTED_RANGE_NOUNS = frozenset(["models", "vehicles", "nameplates", "cars", "brands"])

class PlantModelsDescribedMixin:
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
        builds = [k for k in builds if not self._parts_for_models(k, subjects) and not self._range_in_a_region(k)]
        # "The X and the Y will be put together from kits"
        builds += [k for k in range(subjects[-1].end, sent.end - 1) if lower[k:k + 2] == ["put", "together"] and lower[k - 1] in PASSIVE_AUXILIARIES]
        # "builds the Hilux ... and exports 70% of its output": shipping after the making; models shipped are not built here
        # (not "production and export of our X": the making and the shipping of one thing)
        # (not "exported from BMW's plant, which is the hub of production for its X3": a clause of its own about the plant)
        shipping = [i for i in range(sent.start, subjects[0].start) if lower[i] in lx.EXPORT_CUES and self._export_cue(i)
                    and lower[i - 2:i] not in (["production", "and"], ["manufacturing", "and"], ["assembly", "and"])
                    and not any(lower[k:k + 2] == [",", "which"] for k in range(i + 1, subjects[0].start - 1))]
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
        elif self.current_plant is not None and builds and self._another_country_makes(ents, builds[0]):
            return  # "In 2022, Uzbekistan produced 327,639 Chevrolet cars, in particular the Cobalt": not the plant described
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
            other = self._other_plants_operator(sent, ents, subjects, companies) or self._subjects_own_plant(sent, ents, subjects)
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
                                and not self._likened_model(m, sent) and not self._positioned_against(m, sent)))

    def _range_in_a_region(self, k: int) -> bool:
        """'the company, which builds 12 models in North America, including the X': a count of models made across a
        region or a country after the verb at k, the maker's range there, not the plant's."""
        lower = self.index.lower
        j = k + 1
        if not (j + 2 < len(lower) and self.doc[j].like_num and lower[j + 1] in COUNTED_RANGE_NOUNS and lower[j + 2] in ("in", "across")):
            return False
        j += 3 + (lower[j + 3:j + 4] == ["the"])
        return j < len(lower) and self.ent_type[j] in ("REGION", "COUNTRY")

    def _another_country_makes(self, ents: list[Span], verb: int) -> bool:
        """'Uzbekistan produced 327,639 cars', 'Thailand also builds the X': a country, the subject right before the verb
        of making (auxiliaries and adverbs between), other than that of the plant described."""
        lower = self.index.lower
        subject = next((e for e in ents if e.label_ == "COUNTRY" and e.end <= verb
                        and all(lower[k] in AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB for k in range(e.end, verb))), None)
        return (subject is not None and lower[subject.start - 1:subject.start] != ["in"]
                and self._country_of(subject) not in (None, self.current_plant.country))

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

    def _subjects_own_plant(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> PlantFact | None:
        """'... the Tangier plant and the SOMACA plant in Casablanca. The Tangier factory makes the X. SOMACA, which
        assembles the Y, ...': a company opening the sentence that runs one other plant of the story, by its own name
        (not the plant described last, of its group), makes the models there."""
        first = next((e for e in ents if e.label_ == "COMPANY" and e.start < subjects[0].start), None)
        if first is None or first.start != sent.start + (self.index.lower[sent.start] == "the"):
            return None
        own = [p for p in self.plants if p.company == first.ent_id_]
        return own[0] if len(own) == 1 and own[0] is not self.current_plant and own[0].site else None

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

    def _origin_compound(self, k: int) -> bool:
        """'Turkish-made', 'US-built': a verb of making joined by a hyphen to a country or its demonym, the vehicles'
        origin, no maker's act."""
        return k >= 2 and self.index.lower[k - 1] == "-" and self.ent_type[k - 2] == "COUNTRY" and self.index.lower[k] in ("made", "built", "assembled", "produced")

    def _on_sale(self, sent: Sentence) -> bool:
        """'on the market', 'on sale': the sentence is about selling."""
        lower = self.index.lower
        return any(lower[k] == "on" and (lower[k + 1] == "sale" or lower[k + 1:k + 3] == ["the", "market"])
                   for k in range(sent.start, sent.end - 2))

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

    def _clause_breaks(self, sent: Sentence):
        """Which clause a token is in, clauses parted at 'while', 'whereas' and ';' only."""
        cuts = [k for k in range(sent.start + 1, sent.end) if self.index.lower[k] in CLAUSE_BREAKS]
        return lambda i: bisect_right(cuts, i)
