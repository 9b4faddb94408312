"""Models and platforms: each model named becomes a ModelFact with its maker, and its lineage is read from the
sentence (the platform it is built on, the model it is a version, twin or rebadge of, the base it shares).
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import ModelFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence, doc_text
from core.nlp.relations.badges import BADGE_MARKET_VERBS, DISGUISE_WORDS, DUBBING_WORDS, KIN_NOUNS, TAKING_VERBS
from core.nlp.relations.words import ACTIVE_BUILD_VERBS

CUES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(c for c in lx.PLATFORM_CUES if c[0] == w) for w in {cue[0] for cue in lx.PLATFORM_CUES}}
PLATFORM_FIRST_WORDS = frozenset(CUES_BY_FIRST_WORD)
SHARE_VERBS = frozenset(["shares", "share", "shared"])
MANUFACTURE_VERBS = frozenset(["manufacture", "manufactures", "manufacturing", "built", "builds", "produced", "assembled"])
# "known in China as", "sold in Japan as": a market where the model has another name
NAME_USE_WORDS = frozenset(["known", "sold", "marketed"])
# "the X, known as the Y in Kenya", "called the Y overseas": a model's name in another market, and the words after it
EXPORT_NAME_WORDS = NAME_USE_WORDS | {"called"}
ELSEWHERE_WORDS = frozenset(["in", "overseas", "abroad", "internationally", "elsewhere"])
# every word _platform_cues looks at first: "on", "shares", a name-use word, the first word of a cue
PLATFORM_TRIGGERS = frozenset(["on", "shares", "share"]) | NAME_USE_WORDS | PLATFORM_FIRST_WORDS | SHARE_VERBS
POWERTRAIN_WORDS = frozenset(["electric", "hybrid", "plug-in", "diesel", "petrol", "gasoline", "battery-electric", "ev", "phev",
                              "mild-hybrid", "cng", "lpg", "hydrogen"])
LINEAGE_NOUNS = frozenset(["version", "twin", "derivative", "sibling", "rebadge", "clone"])  # "its van version, the X"
PLATFORM_NOUNS = frozenset(["platform", "architecture", "underpinnings", "chassis", "base"])
# "at the launch of the diesel version of the X": a version named as the object of a preposition
VERSION_NOUNS = frozenset(["version", "variant", "derivative"])
OBJECT_PREPOSITIONS = frozenset(["of", "at", "for", "with", "in", "on", "to", "from"])
VARIANT_VERBS = frozenset("add adds adding added launch launches launched introduce introduces introduced offer offers offered get gets plans".split())
# "the X's engine is a derivative of the Y's": parts of a car that have a lineage of their own
LINEAGE_PART_NOUNS = frozenset(["engine", "engines", "motor", "powertrain", "gearbox", "transmission", "drivetrain", "unit"])
# "that underpins the Y", "on which the Y is based": a platform said to be another model's; "will use the P platform"
SHARED_PLATFORM_WORDS = frozenset(["underpins", "underpin", "underpinned", "which"])
PLATFORM_USE_WORDS = frozenset(["on", "use", "uses", "using", "used", "adopt", "adopts", "adopting", "adopted"])
# "the Micra-based sedan will be sold under Sunny badges": verbs a car is put on the market under a name with
SOLD_UNDER_VERBS = frozenset(["sold", "marketed", "badged", "offered", "launched", "branded", "rebadged"])
# "identical to the system in the Myvi", "the same engine as the X": a part named between a lineage cue and a model
CAR_PART_NOUNS = LINEAGE_PART_NOUNS | frozenset(["system", "systems", "interior", "dashboard", "infotainment", "cabin",
                                                 "seats", "suspension", "brakes", "feature", "features", "technology", "setup",
                                                 "screen", "headlights", "headlamps", "wheels", "software", "battery"])
# "the Boyue facelift, on which the X70 is based": words of a model's version after its name
VERSION_WORDS = frozenset(["facelift", "update", "refresh", "generation", "version"])


# "is a rebodied Omoda C5", "is a stretched X": a model built on another, reworked
REWORKED_WORDS = frozenset(["rebodied", "re-bodied", "reskinned", "re-skinned", "re-engineered", "reengineered", "reworked",
                            "restyled", "stretched", "lengthened", "modified", "re-styled", "rebadged", "re-badged", "renamed",
                            "rebranded", "re-branded"])
# "Based on the D-Max, the BT-50 ...", "Derived from the Peugeot 301, the Tara ...": a lineage cue opening the sentence,
# the model after the base's comma
OPENING_LINEAGE_CUES = frozenset([("based", "on"), ("derived", "from"), ("developed", "from"), ("adapted", "from")])

class ModelsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _models(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """Models with their makers; 'A is based on B': A's platform is B, for every such cue in the sentence."""
        models = [e for e in ents if e.label_ == "MODEL"]
        bases: set[int] = set()
        floor = sent.start
        on_platform: list[str] = []  # the models a named platform of this sentence was given to
        for cue in self._platform_cues(sent):
            # the base follows its cue closely, in the cue's clause: not past the dash that closes an aside ("the X truck
            # – based on the Australian ute – and the Y sedan")
            # (not "identical to the system in the Myvi": a part's likeness, no lineage of the car)
            after = [m for m in models if cue <= m.start <= cue + 6 and not self._aside_closes(cue, m.start)
                     and not any(self.index.lower[j] in CAR_PART_NOUNS for j in range(cue, m.start))]
            # "a derivative of the Logan, which was itself developed from the Renault 12": a base may have a base of its own
            before = [m for m in models if m.start < cue and (floor <= m.start and m.start not in bases
                                                              or m.start in bases and self._own_clause(m, cue))]
            if not before and {"a", "an"} & set(self.index.lower[sent.start:cue]) and not self._the_car_is_a(sent, cue) and not (
                    self._it_is_a_version(sent, cue) and self._platform_name(sent, cue) is None):
                continue  # "A Geely-based Renault SUV, derived from the Monjaro": an unnamed new model
            if not before and self._named_trim_version(sent, cue):
                continue  # "reconfirms the TrackHawk version of the X": a trim of the X itself, no lineage of another
            if not before and self._version_as_an_object(sent, cue):
                continue  # "at the launch of the diesel version of the X": a version of the X itself, no lineage of another
            if (not before and after and tuple(w for w in self.index.lower[sent.start:cue] if w not in ("“", '"')) in OPENING_LINEAGE_CUES
                    and any(m.start > after[0].end for m in models)):
                continue  # "Based on the D-Max, the BT-50 ...": the model after the base's comma (_lineage_around_the_name)
            platform = self._platform_name(sent, cue)
            nearest = self._cue_subject(before, cue)
            if not before and self.index.lower[cue:cue + 2] in (["its", "twin"], ["its", "sibling"], ["its", "sister"]):
                continue  # "the go-fast version of its twin, the Baleno RS": a version of another model, named after it
            if nearest is not None and self._a_parts_lineage(nearest, cue):
                continue  # "Aria's turbo engine is a derivative of Pride's engine": the engine's lineage, not the car's
            if platform is not None:  # "all built on the STLA Medium platform": every model listed before
                # a platform alone is no model the car derives from (the real gold writes no based_on for "built on the
                # CMF-B platform", "the MEB platform"): the models get it as their platform, not as FORMAT's based_on
                name, floor = platform
                subjects = [self._model_name(m) for m in before] if "all" in self.index.lower[sent.start:cue] else []
                subjects = subjects or ([self._model_name(nearest)] if nearest else [self.last_model] if self.last_model
                                        and not self._unnamed_models_on(cue) else [])
                for subject in subjects:
                    fact = self._model_fact(subject, None, sent)
                    fact.platform = fact.platform or name
                on_platform = subjects  # "rides on the CMF-B platform of the Duster": the base after it is theirs too
            elif after:
                base = after[0]
                bases.add(base.start)
                spans = self._both_before(before, cue) if nearest else []
                spans = spans or ([nearest] if nearest else [])
                subjects = [self._model_name(m) for m in spans] or (
                    on_platform if on_platform and self.index.lower[cue - 1] == "of" else
                    [self.last_model] if self.last_model and not self._unknown_name_before(sent, cue) else [])
                for k, subject in enumerate(subjects):
                    if subject != self._model_name(base):
                        fact = self._model_fact(subject, None, sent)
                        fact.based_on = fact.based_on or self._display_model(base)
                    elif (twin := self._twin_base(subject, spans[k] if k < len(spans) else None, base)) is not None:
                        fact = self._model_fact(subject, None, sent)
                        fact.based_on = fact.based_on or twin
                floor = base.end
                for other, other_base in self._elliptic_lineage(base, models):
                    bases.add(other_base.start)
                    name = self._model_name(other)
                    if name != self._model_name(other_base):
                        fact = self._model_fact(name, None, sent)
                        fact.based_on = fact.based_on or self._display_model(other_base)
                    elif (twin := self._twin_base(name, other, other_base)) is not None:
                        fact = self._model_fact(name, None, sent)
                        fact.based_on = fact.based_on or twin
                    floor = other_base.end
        for m in models:
            fact = self._model_fact(self._model_name(m), self._model_maker(m), sent)
            fact.maker = fact.maker or self._model_maker(m)
        if self.words & {"based", "sharing", "derived", "developed", "adapted"}:
            self._give_bases(self._lineage_around_the_name(sent, models) + self._on_which_the_model_is_based(sent, models))
            self._based_compounds(sent, models)
        if len(models) >= 2 and self.words & SHARED_PLATFORM_WORDS:
            self._give_bases(self._platform_of_another_model(sent, models))  # "uses the P platform that underpins the Y"
        if len(models) >= 2 and self.words & {"is", "was"}:
            self._give_bases(self._one_car_two_badges(sent, models))  # "sparing some badges, the Toyota X is the Suzuki Y."
        if len(models) >= 2 and self.words & REWORKED_WORDS:
            self._give_bases(self._reworked_model(models))  # "The Jaecoo J7 is a rebodied Omoda C5"
        if len(models) >= 2 and "badged" in self.words:
            self._give_bases(self._badged_compound(sent, models))  # "Pontiac GTO-badged Monaro coupes": the GTO is the Monaro
        if self.words & lx.BADGE_VERBS and "as" in self.words:
            for m, base in self._rebadged_as(sent, models):
                fact = self._model_fact(m, None, sent)
                fact.based_on = fact.based_on or base
        if len(models) >= 2 and self.words & EXPORT_NAME_WORDS and self.words & ELSEWHERE_WORDS:
            self._give_bases(self._known_elsewhere_as(sent, models))  # "the X, known as the Y in Iraq": the Y is the X
        if len(models) >= 2 and self.words & BADGE_MARKET_VERBS and "as" in self.words:
            self._give_bases(self._badges_of_a_car(sent, models))  # "the X, also sold as the Peugeot Y"
        if len(models) >= 2 and self.words & TAKING_VERBS and self.words & lx.SHARED_PARTS:
            self._give_bases(self._takes_another_models_platform(sent, models))  # "the X uses the Y's platform"
        if len(models) >= 2 and self.words & DISGUISE_WORDS:
            self._give_bases(self._another_model_in_disguise(sent, models))  # "the X is a Y with Toyota badges"
        if len(models) >= 2 and "its" in self.words and self.words & KIN_NOUNS:
            self._give_bases(self._its_named_sibling(sent, models))  # "The X, which like its Y sibling ..."
        if models and (self.words & DUBBING_WORDS or "known" in self.words) and self.words & {"version", "take", "interpretation"}:
            self._give_bases(self._version_dubbed(sent, models))  # "Fiat's version of the X, dubbed the Y"
        if self.words & LINEAGE_NOUNS:
            for m, base in self._appositive_lineage(sent, models):
                fact = self.models[self._model_name(m)]
                fact.based_on = fact.based_on or base
        return bases

    def _give_bases(self, pairs: list[tuple[Span, Span]]) -> None:
        """Each (model, base) pair read by a lineage rule: the base goes to a model that has none yet (the first rule
        to read one wins)."""
        for m, base in pairs:
            fact = self.models[self._model_name(m)]
            fact.based_on = fact.based_on or self._display_model(base)

    def _badged_as(self, sent: Sentence, k: int) -> int | None:
        """'rebadged as the Y', 'badged in Bangladesh as the Y': the position after 'as' when a verb of badging at k
        names the new badge (a country or two may stand between: where the badge is worn)."""
        lower = self.index.lower
        if lower[k] not in lx.BADGE_VERBS:
            return None
        j = k + 1
        if j < sent.end and lower[j] == "in":
            j += 1
            while j < sent.end and j - k <= 5 and self.ent_type[j] in ("COUNTRY", "REGION", "PLACE"):
                j += 1
        return j + 1 if j < sent.end - 1 and lower[j] == "as" and j > k + 2 * (lower[k + 1] == "in") else None

    def _unknown_name_before(self, sent: Sentence, cue: int) -> bool:
        """'will stand 3XT based on Tiggo 4': a code-like name no model was read from (capitals and figures) right
        before 'based on': the car based on the model is that one, not the model named before."""
        lower, text = self.index.lower, self.index.text
        k = cue - 3
        if lower[cue - 2:cue] != ["based", "on"] or k < sent.start or self.ent_type[k]:
            return False
        word = text[k]
        return word.isalnum() and any(c.isdigit() for c in word) and any(c.isupper() for c in word)

    def _unnamed_models_on(self, cue: int) -> bool:
        """'will produce two compact models on the STLA Small platform': cars not yet named, in the plural, right before
        the 'on' of a platform: no model named before is built on it."""
        lower = self.index.lower
        return cue >= 2 and lower[cue - 1] == "on" and lower[cue - 2].endswith("s") and lower[cue - 2] in lx.VEHICLE_WORDS

    def _known_elsewhere_as(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'the Zorvex 12, known as the Pima in Kenya', 'the "Tallo" called the "Rika" in Ghana', 'the
        Z5, known as Rika overseas': the name a model is given in another market, right after the model, is the same
        car under an export badge; the model named first is its base (in the maker's own country the name after 'as'
        is the home name, and the base)."""
        lower, out = self.index.lower, []
        for k in range(sent.start + 1, sent.end - 2):
            if lower[k] not in EXPORT_NAME_WORDS:
                continue
            j = k - 1
            while j > sent.start and lower[j] in (",", '"', "“", "”", "'", "("):
                j -= 1
            j = self._before_trim(j, sent.start)  # "a Sealion 6 DM-i (known as ...)"
            old = next((m for m in models if m.end == j + 1), None)
            a = k + 1 + (lower[k + 1] == "as" and lower[k] != "called")
            if old is None or lower[k] != "called" and lower[k + 1] != "as":
                continue
            while a < sent.end and lower[a] in ("the", '"', "“"):
                a += 1
            new = next((m for m in models if m.start == a), None)
            if new is None or self._model_name(new) == self._model_name(old):
                continue
            e = new.end
            while e < sent.end and (lower[e] in ('"', "”", "'") or self._trim_code_at(e)):
                e += 1
            if e >= sent.end or lower[e] not in ELSEWHERE_WORDS:
                continue
            if lower[e] == "in":
                country = next((x for x in self.ents.get(sent.start, []) if x.start == e + 1 + (lower[e + 1] == "the")), None)
                maker = self._model_maker(old)
                if country is None or country.label_ != "COUNTRY":
                    continue
                if maker and self.gaz.home_country(maker) in (country.ent_id_, country.text):
                    # "the Sealion 6, known as the Song Plus in China": the home name is the car the export one is
                    out.append((old, new))
                    continue
            out.append((new, old))
        return out

    def _trim_code_at(self, k: int) -> bool:
        """A token of a trim code after a model's name: 'DM-i' (DM, -, i), 'EV', 'PHEV'."""
        tok = self.doc[k]
        return (tok.is_upper and tok.is_alpha and len(tok) <= 4 or tok.text == "-" and not tok.whitespace_
                or len(tok) == 1 and tok.is_lower and self.doc[k - 1].text == "-" and not self.doc[k - 1].whitespace_)

    def _before_trim(self, j: int, floor: int) -> int:
        """The last token of the model's name when a trim code ends at j ('Sealion 6 DM-i': the '6'), else j."""
        k = j
        while k > floor and self._trim_code_at(k) and self.ent_type[k] != "MODEL":
            k -= 1
        return k if k < j and self.ent_type[k] == "MODEL" else j

    def _rebadged_as(self, sent: Sentence, models: list[Span]) -> list[tuple[str, str]]:
        """(model, base): 'the Monaro will be rebadged as the Chevrolet Lumina', 'exports of Monaros to the US, where
        they would be rebadged as the Chevrolet GTO': the model named after 'as' is the one before the verb, rebadged;
        'The two-door will be rebadged as the Y': the car the sentence before named."""
        lower, out = self.index.lower, []
        for k in range(sent.start, sent.end):
            a = self._badged_as(sent, k) if lower[k] in lx.BADGE_VERBS else None
            if a is None:
                continue
            a += lower[a] == "the"
            while a < sent.end - 1 and self.ent_type[a] == "COMPANY":
                a += 1  # "rebadged as the Chevrolet GTO", the maker's name read apart from the model's
            new = next((m for m in models if m.start == a), None)
            if new is None:
                continue
            before = [m for m in models if m.end <= k]
            base = self._display_model(before[-1]) if before else None
            if base is None and self.last_model and lower[sent.start] in ("the", "it", "they", "this"):
                base = self.last_model  # "The two-door will be rebadged as ...": the car named before
            old_maker = self._model_maker(before[-1]) if before else (self.models[base].maker if base in self.models else None)
            if old_maker and old_maker == self._model_maker(new):
                continue  # "the Highlander (badged as the Toyota Kluger)": one maker's name for the car elsewhere, no lineage
            if base is not None and base != self._model_name(new):
                out.append((self._model_name(new), base))
        return out

    def _aside_closes(self, start: int, end: int) -> bool:
        """A dash or a semicolon between two positions: a clause (or an aside) ends there."""
        lower = self.index.lower
        return any(lower[k] in ("–", "—", ";") or lower[k] == "-" and self.doc[k - 1].whitespace_ for k in range(start, end))

    def _based_compounds(self, sent: Sentence, models: list[Span]) -> None:
        """'1,000 Commodore-based Chevrolet SS sedans': the model after 'X-based' (past a few class words) is based on X."""
        lower = self.index.lower
        for base in models:
            k = base.end
            if k + 2 >= sent.end or lower[k] != "-" or lower[k + 1] != "based":
                continue
            model = next((m for m in models if k + 2 <= m.start <= k + 4), None)
            if model is None and k + 2 < sent.end and lower[k + 2] in lx.VEHICLE_WORDS:
                # "the Micra-based sedan will be sold under Sunny badges in China": the name the car is sold under
                model = self._name_it_is_sold_under(sent, k + 3, models)
            elif model is not None and not all(self.index.text[j].islower() or self.ent_type[j] == "COMPANY"
                                               for j in range(k + 2, model.start)):
                model = None
            if model is None:
                continue
            name, donor = self._model_name(model), self._display_model(base)
            if name != self._model_name(base):
                fact = self._model_fact(name, None, sent)
                fact.based_on = fact.based_on or donor

    def _name_it_is_sold_under(self, sent: Sentence, start: int, models: list[Span]) -> Span | None:
        """'will be sold under Sunny badges', 'will be badged as the X', 'is to be called the Y': the model named after
        a verb of naming or selling and 'under'/'as' (from `start` on, in the clause)."""
        lower = self.index.lower
        for k in range(start, min(sent.end - 1, start + 8)):
            if lower[k] in (",", ";", "while", "but"):
                return None
            if lower[k] in SOLD_UNDER_VERBS and lower[k + 1] in ("under", "as"):
                j = k + 2 + (lower[k + 2:k + 3] == ["the"])
                return next((m for m in models if m.start == j), None)
            if lower[k] in ("called", "named", "dubbed"):
                j = k + 1 + (lower[k + 1:k + 2] == ["the"])
                return next((m for m in models if m.start == j), None)
        return None

    def _lineage_around_the_name(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base) where the cue is not between them: 'Based on the D-Max, the BT-50 went on sale' (the cue opens
        the sentence, the model follows the base's comma) and 'the BT-50 uses the engine of the D-Max, on which it is
        based' (the base, then a relative clause whose 'it' is the sentence's first model)."""
        lower, out = self.index.lower, []
        opening = sent.start + (lower[sent.start] in ("“", '"'))
        # "Sharing its underpinnings with the X, the Y ...": the opening's donor, then the model after its comma;
        # "Sharing a platform and some components with the X, Y is ...": more shared parts before the 'with'
        sharing = lower[opening] == "sharing" and "with" in lower[opening + 1:opening + 9]
        if sharing:
            w = lower.index("with", opening + 1)
            sharing = bool(set(lower[opening + 1:w]) & lx.SHARED_PARTS) and not set(lower[opening + 1:w]) & {",", ";", "."}
        if (tuple(lower[opening:opening + 2]) in OPENING_LINEAGE_CUES or sharing) and len(models) >= 2:
            base, model = models[0], models[1]
            reach = 3 if not sharing else lower.index("with", opening) - opening + 5  # "with Renault India's X"
            if base.start <= opening + reach and ("," in lower[base.end:model.start] and model.start - base.end <= 3):
                out.append((model, base))
        for base in models:
            if lower[base.end:base.end + 3] == [",", "on", "which"] and lower[base.end + 3:base.end + 4] in (["it"], ["they"]) \
                    and lower[base.end + 4:base.end + 6] in (["is", "based"], ["was", "based"], ["are", "based"], ["were", "based"]):
                model = next((m for m in models if m.start < base.start), None)
                if model is not None and self._model_name(model) != self._model_name(base):
                    out.append((model, base))
        return out

    def _on_which_the_model_is_based(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """'similar to the Boyue facelift, on which the X70 is based': the base, a few words of its version, then a
        relative clause whose subject is the model named."""
        lower, out = self.index.lower, []
        for base in models:
            k = base.end
            while k < sent.end and k - base.end < 3 and (lower[k] in lx.VEHICLE_WORDS or lower[k] in VERSION_WORDS):
                k += 1
            if lower[k:k + 3] != [",", "on", "which"] or k + 3 >= sent.end:
                continue
            model = next((m for m in models if m.start == k + 3 + (lower[k + 3] == "the")), None)
            if (model is not None and lower[model.end:model.end + 2] in (["is", "based"], ["was", "based"])
                    and self._model_name(model) != self._model_name(base)):
                out.append((model, base))
        return out

    def _platform_of_another_model(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'the X will use the P architecture that already underpins the Y', 'the X will be based on the
        P platform on which the current Y is based': a platform the model is put on, said to be the Y's, makes the Y its
        base (the model named before the cue that puts it there, not a car named before)."""
        lower, out = self.index.lower, []
        for k in range(sent.start + 2, sent.end - 3):
            if lower[k] not in ("platform", "architecture"):
                continue
            j = k + 1 + (lower[k + 1] == ",")
            if lower[j] in ("which", "that") and sent.end - j > 3:
                j += 1 + (lower[j + 1] in ("also", "already", "currently", "now"))
                if lower[j] not in ("underpins", "underpin", "underpinned"):
                    continue
                base = next((m for m in models if m.start == j + 1 + (lower[j + 1] == "the")), None)
            elif lower[j:j + 2] == ["on", "which"]:
                base = next((m for m in models if j + 2 <= m.start <= j + 7), None)
                if base is None or not {"based", "built"} & set(lower[base.end:min(sent.end, base.end + 8)]):
                    continue
            else:
                continue
            # the cue that puts a model on the platform, a few words before it: "based on", "built on", "will use"
            cue = next((c for c in range(k - 1, max(sent.start, k - 10) - 1, -1) if lower[c] in PLATFORM_USE_WORDS
                        and (lower[c] != "on" or lower[c - 1] in ("based", "built", "rides", "ride", "sits", "sit"))), None)
            model = next((m for m in reversed(models) if cue is not None and m.end <= cue), None)
            if model is not None and ("," in lower[model.end:cue] or cue - model.end > 6):
                continue  # "The plant, which builds the X, will use ...": the model of an aside is not what is put on it
            if base is not None and model is not None and self._model_name(model) != self._model_name(base):
                out.append((model, base))
        return out

    def _badged_compound(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'the Pontiac GTO-badged Monaro coupes', 'Lumina-badged Commodores': a model's name before
        '-badged' and another brand's model right after it: that model under the first one's badge."""
        lower, out = self.index.lower, []
        for m in models:
            if lower[m.end:m.end + 2] != ["-", "badged"] or self.doc[m.end - 1].whitespace_:
                continue
            base = next((b for b in models if b.start == m.end + 2 + (lower[m.end + 2:m.end + 3] == ["the"])), None)
            if base is not None and self._model_maker(m) != self._model_maker(base) and self._model_name(m) != self._model_name(base):
                out.append((m, base))
        return out

    def _reworked_model(self, models: list[Span]) -> list[tuple[Span, Span]]:
        """'The Jaecoo J7 is a rebodied Omoda C5', 'the X is a stretched Y', 'the X SUV, a rebadged Y,': a model that is
        another reworked, so built on it."""
        lower, out = self.index.lower, []
        for m, base in zip(models, models[1:], strict=False):
            k = m.end
            while k < base.start and k - m.end < 2 and lower[k] in lx.VEHICLE_WORDS:
                k += 1  # "the e.MAS 7 SUV, a rebadged ..."
            if lower[k:k + 1] not in (["is"], ["was"], [","]):
                continue
            k += 1 + (lower[k + 1] in ("essentially", "basically", "simply", "effectively"))
            if lower[k:k + 1] in (["a"], ["an"]) and lower[k + 1:k + 2] and lower[k + 1] in REWORKED_WORDS and base.start == k + 2 \
                    and self._model_name(m) != self._model_name(base):
                out.append((m, base))
        return out

    def _one_car_two_badges(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """'Sparing some badges, the Toyota Glanza is the Maruti Suzuki Baleno.': a model that 'is' another maker's
        model, the clause ending there: one car sold under two badges, the second the original."""
        lower, out = self.index.lower, []
        for m, base in zip(models, models[1:], strict=False):
            k = m.end
            while k < base.start and k - m.end < 2 and lower[k] in lx.VEHICLE_WORDS:
                k += 1  # "the Rexton CUV is effectively a ..."
            if lower[k:k + 1] not in (["is"], ["was"]):
                continue
            hedged = lower[k + 1:k + 2] in (["essentially"], ["basically"], ["simply"], ["just"], ["really"], ["effectively"])
            k += 1 + hedged
            if k != base.start - 1 or base.end >= sent.end:
                continue
            # "the X is the Y.", and with an adverb of sameness also "is effectively a Y with a body by ...": a Y
            # under another badge; "the X is a Y" alone may be a comparison and stays out
            if not (lower[k] == "the" and lower[base.end] in (".", ",", ";", "!")
                    or hedged and lower[k] in ("a", "an", "the") and lower[base.end] in (".", ",", ";", "!", "with", "under", "in", "but")):
                continue
            mine, theirs = self._model_maker(m), self._model_maker(base)
            if mine and theirs and not self.gaz.same_group(mine, theirs):
                out.append((m, base))
        return out

    def _a_parts_lineage(self, subject: Span, cue: int) -> bool:
        """'the X's 1.0-litre engine is a derivative of ...': the model's part (its engine, its gearbox) before the cue
        is what the cue speaks of."""
        lower = self.index.lower
        return lower[subject.end:subject.end + 1] in (["'s"], ["’s"]) and bool(set(lower[subject.end:cue]) & LINEAGE_PART_NOUNS)

    def _it_is_a_version(self, sent: Sentence, cue: int) -> bool:
        """'The reason it looks familiar is that it is essentially a restyled version of the X': 'it is' (the model the
        story is about) before 'a ... version of', not a new model described."""
        lower = self.index.lower
        k = next((k for k in range(cue - 1, max(sent.start, cue - 8) - 1, -1) if lower[k] in ("a", "an")), None)
        if k is not None and self._this_vehicle_is(sent, k):
            return True
        # (from the sentence's first word: "It's a rebadged X" opens with the two words before the article)
        return k is not None and k - 2 >= sent.start and any(
            lower[j] == "it" and lower[j + 1] in ("is", "was", "'s", "’s") for j in range(max(sent.start, k - 3), k))

    def _version_as_an_object(self, sent: Sentence, cue: int) -> bool:
        """'Speaking at the launch of the diesel-automatic version of the X', 'sales of the new generation version of
        its rival': 'the ... version of' after a preposition names a version of the model after it, the object of
        another noun; it says nothing of the model the sentence before was about."""
        lower = self.index.lower
        if cue - 2 <= sent.start or lower[cue - 2] not in VERSION_NOUNS or lower[cue - 1] != "of":
            return False
        k = cue - 3
        while k > sent.start and cue - 3 - k < 5 and lower[k] != "the" and self.ent_type[k] == "" and (lower[k] == "-" or not self.doc[k].is_punct):
            k -= 1
        return lower[k] == "the" and k > sent.start and lower[k - 1] in OBJECT_PREPOSITIONS

    def _named_trim_version(self, sent: Sentence, cue: int) -> bool:
        """'the TrackHawk version of the X', 'a Sport Edition version of': 'the' or 'a', then a capitalised name that is
        no model or company (a trim's), then 'version of': the X in that trim, not a model the car named before derives from."""
        lower, text = self.index.lower, self.index.text
        if cue - 3 <= sent.start or lower[cue - 1] != "of" or lower[cue - 2] not in VERSION_NOUNS:
            return False
        k = cue - 3
        while k > sent.start and cue - 3 - k < 3 and text[k][:1].isupper() and not self.ent_type[k]:
            k -= 1
        return k < cue - 3 and lower[k] in ("the", "a", "an")

    def _this_vehicle_is(self, sent: Sentence, k: int) -> bool:
        """'This B segment hatchback is a version of the X': the sentence opens with 'this' and a vehicle noun (the car
        the sentence before named), then 'is' right before the article at k."""
        lower = self.index.lower
        if lower[sent.start] != "this" or k - 1 <= sent.start + 1 or lower[k - 1] not in ("is", "was") or k - 1 - sent.start > 5:
            return False
        return lower[k - 2] in lx.VEHICLE_WORDS and all(self.ent_type[j] == "" for j in range(sent.start + 1, k - 1))

    def _elliptic_lineage(self, base: Span, models: list[Span]) -> list[tuple[Span, Span]]:
        """'the Omoda C5 is based on the Tiggo 4 and the Jaecoo J7 on the Tiggo 7': each further pair after the base, the cue left out."""
        lower, out = self.index.lower, []
        prev = base
        while True:
            nxt = [m for m in models if m.start >= prev.end and m.start - prev.end <= 3]
            if not nxt or not set(lower[prev.end:nxt[0].start]) <= {",", "and", "the"} or "and" not in lower[prev.end:nxt[0].start]:
                return out
            model = nxt[0]
            k = model.end
            if k >= len(lower) or lower[k] not in ("on", "from"):
                return out
            k += 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
            donor = next((m for m in models if m.start == k), None)
            if donor is None:
                return out
            out.append((model, donor))
            prev = donor

    def _twin_base(self, subject: str, span: Span | None, base: Span) -> str | None:
        """'The KMC T8, a licensed copy of the JAC T8': one name, two makers; the base is named with its maker."""
        known = self.models.get(subject)
        mine = (known.maker if known is not None else None) or (self._model_maker(span) if span is not None else None)
        theirs = self._model_maker(base)
        if not mine or not theirs or mine == theirs or not any(base.text.startswith(s + " ") for s in self.gaz.surfaces_of(theirs)):
            return None
        return f"{theirs} {subject}" if not subject.startswith(theirs + " ") else subject

    def _appositive_lineage(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, str]]:
        """A model named in apposition to a version of another: 'the Nomad van and its camper version, the Nomad Life'
        (the model before 'its'), 'A rebadged version of the car, the Lumo X,' (the car the text is about)."""
        lower, out = self.index.lower, []
        for m in models:
            k = m.start - 1 - (lower[m.start - 1] == "the")
            if k - 3 < sent.start or lower[k] != ",":
                continue
            noun = k - 1
            if lower[noun] in LINEAGE_NOUNS:  # "... and its camper version, the X"
                j = noun - 1
                while j > sent.start and j > noun - 4 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] != "its":
                    j -= 1
                if lower[j] != "its" or set(lower[j + 1:noun]) & POWERTRAIN_WORDS:
                    continue  # "its electric version, the X EV": the same car with another powertrain
                donor = next((d for d in reversed(models) if d.end <= j and set(lower[d.end:j]) <= lx.VEHICLE_WORDS | {"and", ","}), None)
                base = self._display_model(donor) if donor is not None and self._model_name(donor) != self._model_name(m) else None
            elif (lower[noun] in lx.VEHICLE_WORDS and lower[noun - 1] in ("the", "this") and lower[noun - 2] == "of"
                  and lower[noun - 3] in LINEAGE_NOUNS and not self._variant_cue(noun - 3, (lower[noun - 3], "of"))):
                base = self.last_model  # "A rebadged version of the car, the X": of the car named before
            else:
                continue
            if base is not None and base != self._model_name(m):
                out.append((m, base))
        return out

    def _model_fact(self, name: str, maker: str | None, sent: Sentence) -> ModelFact:
        if name not in self.models:
            self.models[name] = ModelFact(name=name, maker=maker, source=self._source(sent))
        return self.models[name]

    def _own_clause(self, model: Span, cue: int) -> bool:
        """'the Logan, which was itself developed from': the cue is in a clause about this model."""
        between = self.index.lower[model.end:cue]
        return between[:2] == [",", "which"] and "," not in between[2:]

    def _cue_subject(self, before: list[Span], cue: int) -> Span | None:
        """The model a lineage cue speaks of: the nearest one before it, or the sentence's first when a clause
        stands between ('The new X80, which sits above the X70, is a reworked Xingyue L')."""
        if not before:
            return None
        lower = self.index.lower
        # "The X will be smaller than the Y and will be based on ...": the model compared with is not the subject
        subjects = [m for m in before if not self._compared_with(m)]
        if subjects and len(subjects) < len(before) and before[-1] not in subjects:
            return subjects[-1]
        copula = {"is", "was", "are", "were"} & set(lower[max(0, cue - 4):cue])
        between = lower[before[-1].end:cue]
        # "..., and the Cupra Born, which is a version of the ID.3": a clause about the last model itself
        own_clause = between[:2] in ([",", "which"], [",", "both"], [",", "itself"]) and "," not in between[2:]
        # "..., as well as the Curvv coupe-SUV, which is derived from ...": a body-type word before the clause
        comma = between.index(",") if "," in between else -1
        if 0 < comma <= 3 and all(w in lx.VEHICLE_WORDS or w == "-" for w in between[:comma]):
            own_clause = own_clause or between[comma + 1:comma + 2] == ["which"] and "," not in between[comma + 1:]
        if copula and len(before) > 1 and "," in between and not own_clause:
            return before[0]
        return before[-1]

    def _compared_with(self, model: Span) -> bool:
        """'smaller than the X', 'rather than the X': the model a comparison names after 'than'."""
        lower = self.index.lower
        k = model.start - 1 - (lower[model.start - 1] == "the")
        return k >= 0 and lower[k] == "than"

    def _the_car_is_a(self, sent: Sentence, cue: int) -> bool:
        """'The car is a sister model of the X', 'It is a close cousin of the X': the sentence's subject is the car
        named before, and the 'a' before the cue comes after its verb (not 'A Geely-based SUV, derived from ...')."""
        lower = self.index.lower
        k = sent.start + (lower[sent.start] in ("the", "this", "its"))
        if not (lower[sent.start] == "it" or k > sent.start and lower[k] in lx.VEHICLE_WORDS):
            return False
        k += 1
        return k + 1 < cue and lower[k] in ("is", "was") and lower[k + 1] in ("a", "an") and self.last_model is not None

    def _both_before(self, before: list[Span], cue: int) -> list[Span]:
        """'the Saina and Quick, both derivatives of the Tiba': every model of the list the cue follows."""
        lower = self.index.lower
        # "..., both derived from", "The X and the Y are both derived from"
        if not before:
            return []
        after = lower[before[-1].end:before[-1].end + 2]
        plural = after[:1] in (["are"], ["were"], ["share"], ["both"])  # "The X and the Y are rebadged versions of"
        if after not in ([",", "both"], ["are", "both"], ["were", "both"]) and not plural:
            return []
        out = [before[-1]]
        for m in reversed(before[:-1]):
            if not set(lower[m.end:out[0].start]) <= {",", "and", "the"}:
                break
            out.insert(0, m)
        if plural and (len(out) < 2 or "and" not in lower[out[-2].end:out[-1].start]):
            return []
        return out if len(out) > 1 else []

    def _platform_name(self, sent: Sentence, cue: int) -> tuple[str, int] | None:
        """'on the STLA Medium platform', 'on the CMA architecture': a named platform right after the cue."""
        lower = self.index.lower
        i = cue
        while i < sent.end and lower[i] in ("the", "a", "its", "same", "new", "group's", "brand's", "’s", "'s", "latest"):
            i += 1
        j = i
        doc = self.doc
        while j < sent.end and j - i < 4 and lower[j] not in PLATFORM_NOUNS and (
                doc[j].is_title or doc[j].is_upper or any(c.isdigit() for c in doc[j].text) or doc[j].text == "-"
                or any(c.isupper() for c in doc[j].text[1:])):
            j += 1
        if j == i or j >= sent.end or lower[j] not in PLATFORM_NOUNS or self.ent_type[i] in ("MODEL", "COMPANY"):
            return None
        start, end = self.index.span_chars(i, j)
        return doc_text(self.doc)[start:end], j + 1

    def _platform_cues(self, sent: Sentence) -> list[int]:
        """Token positions just after each platform cue ('based on', 'a version of', ...)."""
        if not self.words & PLATFORM_FIRST_WORDS and not self.words & PLATFORM_NOUNS and not self.words & NAME_USE_WORDS:
            return []
        lower = self.index.lower[sent.start:sent.end]
        found: set[int] = set()  # one position per cue end ("shares its platform with" also ends "platform with")
        for i in [k for k, word in enumerate(lower) if word in PLATFORM_TRIGGERS]:  # the words a cue can start with
            if lower[i] == "on" and self._platform_name(sent, sent.start + i + 1) is not None:
                found.add(sent.start + i + 1)  # "builds the iX3 on the Neue Klasse architecture"
            elif lower[i] in ("shares", "share") and lower[i + 1:i + 2] in (["its"], ["their"], ["a"], ["the"]):
                # "shares its ladder frame with the Navara": a part of one model's build taken from another
                w = next((k for k in range(i + 2, min(len(lower), i + 6)) if lower[k] == "with"), None)
                if w is not None and set(lower[i + 2:w]) & lx.SHARED_PARTS:
                    found.add(sent.start + w + 1)
            elif lower[i] in NAME_USE_WORDS and lower[i + 1:i + 2] == ["in"]:
                # "the Windsor EV, known in China as the Wuling Cloud EV", "sold in Japan as": the same car under a
                # home-market name
                a = next((k for k in range(i + 2, min(len(lower), i + 6)) if lower[k] == "as"), None)
                if a is not None and all(self.ent_type[sent.start + k] == "COUNTRY" for k in range(i + 2, a)) and \
                        self._a_home_market(sent, sent.start + i + 2, sent.start + a) is not False:
                    found.add(sent.start + a + 1)
            for cue in CUES_BY_FIRST_WORD.get(lower[i], ()):  # only the cues this word can start
                if tuple(lower[i:i + len(cue)]) == cue and not self._variant_cue(sent.start + i, cue) and self._badged_as(sent, sent.start + i) is None:
                    found.add(sent.start + i + len(cue))
                elif (len(cue) == 2 and i + 2 < len(lower) and lower[i + 2] == cue[1] and lower[i + 1].endswith("ly")
                      and lower[i + 1].isalpha() and lower[i].endswith("ed")):
                    found.add(sent.start + i + 3)  # "based closely on", "derived directly from": an adverb inside the cue
            # "shares its platform and much of its body with the X": more shared parts before the 'with'
            # "shares its CMA platform and much of its body with": a named platform between
            if lower[i] in SHARE_VERBS and lower[i + 1:i + 2] in (["its"], ["a"]) and set(lower[i + 2:i + 4]) & lx.SHARED_PARTS:
                k = next((k for k in range(i + 3, min(len(lower), i + 10)) if lower[k] in ("with", ",", ";", ".")), None)
                if k is not None and lower[k] == "with":
                    found.add(sent.start + k + 1)
        return sorted(self._same_as(sent, f) for f in found)

    def _a_home_market(self, sent: Sentence, market: int, a: int) -> bool | None:
        """'sold in Japan as the Toyota X': whether the country between market and the 'as' at a is the home of the
        maker of the model after the 'as' (its home name there), or a foreign market (an export badge); None when
        the maker or the country is not known."""
        k = a + 1 + (self.index.lower[a + 1:a + 2] == ["the"])
        model = next((e for e in self.ents.get(sent.start, []) if e.start == k and e.label_ == "MODEL"), None)
        maker = self._model_maker(model) if model is not None else None
        country = next((e for e in self.ents.get(sent.start, []) if market <= e.start < a and e.label_ == "COUNTRY"), None)
        if not maker or country is None or not self.gaz.home_country(maker):
            return None
        return self.gaz.home_country(maker) in (country.ent_id_, country.text)

    def _same_as(self, sent: Sentence, cue: int) -> int:
        """'built on the same CMP platform as the C3': the model after 'as' is the lineage, not the platform between."""
        lower = self.index.lower
        if lower[cue:cue + 2] != ["the", "same"]:
            return cue
        k = next((k for k in range(cue + 2, min(sent.end - 1, cue + 8)) if lower[k] == "as"), None)
        if k is None:
            return cue
        model = k + 1 + (lower[k + 1] == "the")
        return k + 1 if model < sent.end and self.ent_type[model] in ("MODEL", "MODEL_AMBIG") else cue

    def _variant_cue(self, i: int, cue: tuple[str, ...]) -> bool:
        """'will add a hybrid version of the K4': a version being added or launched is a variant, not another model's lineage."""
        if cue[0] not in ("version", "derivative", "versions", "derivatives"):
            return False
        lower = self.index.lower
        # "a locally assembled version of the Staria": the model itself, made somewhere else;
        # "the new Leaf and an electric version of the Juke": the Juke with another powertrain
        if any(lower[k] in VARIANT_VERBS for k in range(max(0, i - 5), i)):
            return True
        # "the factory could also produce new versions of the C-Elysee": versions of a model being built are that model
        # "manufactures the gasoline-powered versions of the Blazer and Equinox": a described version's words between
        if cue[0] == "versions" and any(lower[k] in ACTIVE_BUILD_VERBS or lower[k] in MANUFACTURE_VERBS for k in range(max(0, i - 6), i)):
            return True
        # "four versions of the Insignia are assembled in X": the passive after them, the same
        if cue[0] == "versions" and any(lower[k] in ("are", "were", "be") and lower[k + 1] in MANUFACTURE_VERBS
                                        for k in range(i + 3, min(len(lower) - 1, i + 9))):
            return True
        # "The Atlas is the Belarusian-built version of the Boyue L": a named model said to be one, a lineage
        copula = any(lower[k] in ("is", "was") for k in range(max(0, i - 6), i))
        return i > 0 and (lower[i - 1] in lx.MADE_PARTICIPLES and not copula or lower[i - 1] in POWERTRAIN_WORDS)
