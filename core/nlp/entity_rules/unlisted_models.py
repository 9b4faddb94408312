"""Models the gazetteer lacks: a maker followed by a model-like name ('Chery Tiggo 9'), numbered siblings ('the
Peugeot 2008 and 3008') and a number named again, a name in apposition ('the King sedan', 'an SUV called the Tengo'),
working and code names ('code-named Project Gravity', 'its upcoming SP2i SUV', 'the K30 and K40 crossovers'), and a
model found once named again.
"""
from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import (
    ALLIANCE_WORDS,
    BATTERY_CHEMISTRIES,
    BODY_STYLE_WORDS,
    CLASSING_WORDS,
    CODE_NAME_MODIFIERS,
    CODE_NAME_OPENERS,
    DAYS,
    DISPLACEMENT,
    DRIVE_CODE,
    ENGINE_LAYOUT,
    ENGINE_NOUNS,
    FIRM_NAME_WORDS,
    LEGAL_FORM_ABBREVIATIONS,
    LEGAL_FORM_WORDS,
    LIST_GLUE,
    MAKER_KINDS,
    NAME_FOLLOWERS,
    NAMED_VEHICLE_NOUNS,
    NAMING_CUE_ENDS,
    NAMING_CUES,
    PERIOD_CODES,
    POSSESSIVE_MARKS,
    STOCK_TICKER,
    THOUSANDS_FIGURE,
)
from core.nlp.normalise import SCALE_WORDS

# class words that news also writes as nouns, for the vehicle itself: "the Chevy Joy subcompact"
CLASS_NOUNS = frozenset(["subcompact", "compact", "midsize", "mid-size", "full-size"])
# "Velmora Motors", "Kestrel Automotive": the last word of a name the gazetteer lacks that calls it a carmaker
NEW_MAKER_NAME_ENDS = frozenset(["Motors", "Motor", "Auto", "Automotive", "Automobile", "Automobiles", "Cars", "Trucks", "Vehicles"])
# "the Tarvo pickup", "its Tarvo pickup": the words a model's name may follow, with a noun of its kind after it
NAME_DETERMINERS = frozenset(["the", "its", "their"])
# "the new Tarvo pickup", "its next-generation Tarvo": a word of a car's newness between the determiner and the name
NAME_MODIFIERS = frozenset(["new", "all-new", "next-generation", "latest", "upcoming", "first", "second-generation",
                            "third-generation", "redesigned", "refreshed"])
# the body nouns of a list of names ("... Flit bus, Aso Truck, Lasgi big bus, Ben SUV")
LISTED_BODY_NOUNS = frozenset(["bus", "truck", "shuttle", "suv", "sedan", "pickup", "van", "minibus", "hatchback", "crossover",
                               "mpv", "coupe", "tipper", "tractor"])
# words of a vehicle's class, capitalised in a heading's list ("Electric Bus, Diesel Truck and City Van"): no model's name
BODY_CLASS_WORDS = frozenset(["electric", "diesel", "petrol", "hybrid", "city", "school", "intercity", "airport", "new", "small",
                              "large", "mini", "light", "heavy", "medium", "luxury", "compact", "family", "double", "single",
                              "passenger", "cargo", "delivery", "utility", "sports", "mid-size", "midsize", "full-size"])
# the nouns a list of model codes may stand before ("the K30 and K40 crossovers", "the Q200 premium pick-up model")
CODE_BODY_NOUNS = frozenset(["sedan", "sedans", "suv", "suvs", "crossover", "crossovers", "hatchback", "hatchbacks", "pickup",
                             "pickups", "pick-up", "pick-ups", "pick\u2011up", "truck", "trucks", "wagon", "mpv", "minivan", "coupe", "car", "cars",
                             "model", "models", "saloon"])


# "its best seller, the Estrel, ...", "the brand's flagship, the Aurix, ...": nouns of a car a name may stand beside
CAR_ROLE_NOUNS = frozenset(["seller", "bestseller", "best-seller", "flagship", "newcomer", "contender", "offering"])
# verbs whose object after 'the' is a vehicle ("will build the X at", "launched the X in"), not a plant ("opens")
MADE_OBJECT_VERBS = frozenset(
    "build builds built assemble assembles assembled produce produces produced manufacture manufactures manufactured "
    "launch launches launched unveil unveils unveiled introduce introduces introduced".split())
# what may follow a one-word name that ends there: a preposition, a comma, the sentence's end
NAME_ENDS = frozenset(["at", "in", "from", "for", ",", ".", "and", "next", "this", "later", "on", "to", "with", "under"])
# "launched the Programme in", "introduced the Scheme": capitalised names of plans, not vehicles
PROGRAMME_NOUNS = frozenset(["programme", "program", "scheme", "initiative", "plan", "project", "policy", "strategy", "brand",
                             "platform", "concept", "campaign", "range", "lineup", "line-up", "series", "plant", "facility"])


class UnlistedModelRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _new_models(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """A maker followed by a model-like name the gazetteer lacks: 'Chery Tiggo 9', 'Lada Iskra'."""
        taken = self._tokens_of(ents)
        engine_starts = {q.start for q in self._quantities if q.label == Label.ENGINE}
        found = []
        for ent in ents:
            if ent.label != Label.COMPANY:
                continue
            info = self.gaz.companies.get(key_of(ent))
            if info is None or info.kind not in MAKER_KINDS:
                continue
            end = ent.end
            while end < len(doc) and end - ent.end < 3 and end not in taken and self._model_like(doc[end]) and end not in engine_starts:
                end += 1  # (not "Suzuki FX 800cc": the engine's size after the model's name)
            if end == ent.end or end < len(doc) and (doc[end].lower_ in lx.PERCENT_WORDS or doc[end].lower_ == "per"):
                continue  # "A holds 51% and Leapmotor 49%", "and Hyundai 30 per cent": a stake, not a model
            if doc[ent.end].text.rstrip(".") in lx.CORPORATE_SUFFIXES or doc[ent.end].text.rstrip(".") in LEGAL_FORM_ABBREVIATIONS:
                continue  # "Toyota Motor Corp.", "Mazda Motor Co.": the rest of the company's legal name
            if STOCK_TICKER.match(doc[ent.end].text):
                continue  # "Hyundai 005380.KS", "Daimler DAIGn.DE": the maker's stock code and its exchange, no model
            if all(t.lower_ in LEGAL_FORM_WORDS for t in doc[ent.end:end]):
                continue  # "Acme Motor Private, Ltd.", "Acme Public Company": the words of a legal form
            if end == ent.end + 1 and doc[ent.end].text.isdigit() and end < len(doc) and (
                    doc[end].lower_ in SCALE_WORDS or doc[end].lower_ in lx.UNIT_WORDS):
                continue  # "A made 58 thousand 999 vehicles, Acme 58 thousand and Zeta 251 vehicles": a maker's count
            if (end + 1 < len(doc) and doc[end - 1].text.isdigit() and doc[end].text == "-" and not doc[end - 1].whitespace_
                    and doc[end + 1].is_lower):
                continue  # "the MINI 3-door", "a Zorvex 7-seater": the maker and a compound of a number, no model's name
            name = doc[ent.end:end]
            if not any(ch.isdigit() for ch in name.text) and not self._named_like_a_model(doc, name) and not self._badge_name(ent):
                continue
            if any(THOUSANDS_FIGURE.fullmatch(t.text) for t in name):
                continue  # "BYD Hits 70,000 Production Milestone": a headline's figure, no model's name
            if end < len(doc) and (doc[end].text in lx.CORPORATE_SUFFIXES or doc[end].text in ("and", "&") and end + 1 < len(doc)
                                   and doc[end + 1].text in lx.CORPORATE_SUFFIXES):
                continue  # "Tata Motors Passenger Vehicles", "Toyota Daihatsu Engineering and Manufacturing": a company's name
            if DISPLACEMENT.fullmatch(name.text):
                continue  # "the Ford 1.0 EcoBoost engine", "a Toyota 2.8 diesel": an engine's size, no model
            if any(t.text in ("No", "No.") or t.text.startswith("No.") for t in name):
                continue  # 'the carrier "Kestrel Explorer No.1"': a ship's name
            if self._letter_of_a_range(doc, name):
                continue  # "BMW X models": a family of the maker's models, no one model
            if name[-1].lower_ in ALLIANCE_WORDS or name[-1].lower_ in FIRM_NAME_WORDS:
                continue  # "the Renault-Nissan Alliance", "Nissan Ashok Leyland Powertrain": the makers' alliance or firm, no model
            key = self._singular_key(info.name, name.text)
            found.append(Span(doc, ent.end, end, label="MODEL", span_id=key))
            sentence = self.index.sent_text(name.start)
            unresolved.append(Unresolved(name.text, "MODEL", sentence, name.start_char, name.end_char, f"after maker {info.name}"))
        return found

    def _numbered_siblings(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Peugeot 2008 and 3008', 'the Fiat 500 and 600': a bare number listed after a brand's numbered model is
        that brand's model of the number, when the gazetteer knows one."""
        found: list[Span] = []
        lower = self.index.lower
        for ent in ents:
            if ent.label != Label.MODEL or len(ent) < 2 or not doc[ent.end - 1].text.isdigit():
                continue
            brand = self.index.span_text(ent.start, ent.end - 1)
            maker = next((m.maker for m in self.gaz.makers_of(self._text(ent))), None)
            i = ent.end
            while maker is not None:
                j = i
                while j < len(doc) and lower[j] in LIST_GLUE and j - i < 2:
                    j += 1
                if j == i or j >= len(doc) or not doc[j].text.isdigit() or j + 1 < len(doc) and lower[j + 1] in lx.UNIT_WORDS:
                    break
                model = next((m for m in self.gaz.makers_of(f"{brand} {doc[j].text}") if m.maker == maker), None)
                if model is None:
                    break
                found.append(Span(doc, j, j + 1, label="MODEL", span_id=model.key))
                i = j + 1
        return found

    def _number_named_again(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Peugeot 208 ... the 208 built in Kenitra', '(208, Ami)': after a numbered model is named with its brand, the
        bare number is that model where it stands as a name: after 'the' or a bracket, or listed beside another model,
        and counting nothing (no unit or noun read with it as a figure)."""
        numbered = {}
        for e in ents:
            if e.label == Label.MODEL and len(e) >= 2 and doc[e.end - 1].text.isdigit() and key_of(e).endswith("|" + doc[e.end - 1].text):
                numbered.setdefault(doc[e.end - 1].text, (e.end, key_of(e)))
        numbered.update({n: v for n, v in self._numbers_of_the_story_maker(ents).items() if n not in numbered})
        if not numbered:
            return []
        taken = self._tokens_of(ents)
        models_at = {i for e in ents if e.label == Label.MODEL for i in (e.start, e.end - 1)}
        figures = {q.start: q for q in self._quantities}
        lower = self.index.lower
        out = []
        for i in sorted(self.index.positions(frozenset(numbered))):
            first_end, key = numbered[lower[i]]
            if i < first_end or i in taken or self.index.is_boilerplate(i) or i + 1 >= len(doc):
                continue
            q = figures.get(i)
            if q is not None and (q.label_ != "COUNT" or len(q) > 1):
                continue  # "208 workers", "208 units": a figure
            before, after = lower[i - 1], lower[i + 1]
            listed = (before in (",", "and") and i - 2 in models_at) or (after in (",", "and") and i + 2 in models_at)
            # "the 208 built in Kenitra", "the 208 is", "the 208 hatchback" (not "the 308 buyers": a count of people)
            named = after in NAME_FOLLOWERS or after in lx.VEHICLE_WORDS or after.endswith("ed") or not after.isalnum()
            if before in ("the", "(") and named or listed:
                out.append(Span(doc, i, i + 1, label="MODEL", span_id=key))
                models_at.add(i)  # "(308, 5008)": the next number is listed beside this one
        return out

    def _numbers_of_the_story_maker(self, ents: list[Span]) -> dict[str, tuple[int, str]]:
        """'Peugeot ... the 508 and the 3008', 'Peugeot ... the 405 is': the numbered models (three or four figures) of the
        maker the story names most, named bare: {number: (0, model key)}, read as _number_named_again reads a number
        named with its brand before."""
        maker = self._story_maker(ents)
        if maker is None:
            return {}
        numbers = self._numbered_models_of().get(maker, {})
        return {self.index.lower[i]: (0, numbers[self.index.lower[i]]) for i in self.index.positions(frozenset(numbers))}

    def _numbered_models_of(self) -> dict[str, dict[str, str]]:
        """maker -> {number: model key} of the gazetteer's models named by three or four figures alone ('508', '3008')."""
        table = getattr(self, "_numbered_table", None)  # made once per resolver (its gazetteer is fixed)
        if table is None:
            table = {}
            for surface, keys in self.gaz.model_aliases.items():
                if surface.isdigit() and 3 <= len(surface) <= 4:
                    for k in keys:
                        table.setdefault(self.gaz.models[k].maker, {}).setdefault(surface, k)
            self._numbered_table = table
        return table

    def _singular_key(self, maker: str, text: str) -> str:
        """'12,000 Dacia 1310s', 'Deepal S07s': a code that ends in a digit takes a plural s; the model is the code."""
        if len(text) > 2 and text[-1] == "s" and text[-2].isdigit():
            text = text[:-1]
            known = next((k for k in self.gaz.model_aliases.get(text, []) if self.gaz.models[k].maker == maker), None)
            if known is not None:
                return known
        return f"{maker}|{text}"

    def _named_again(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A model found by pattern once ('the GAC Aion Kestra') is the same model when named again ('The Kestra has')."""
        found = {self._text(e): key_of(e) for e in ents if e.label == Label.MODEL and key_of(e).split("|", 1)[-1] == self._text(e)
                 and key_of(e) not in self.gaz.models}
        if not found:
            return []
        taken = self._tokens_of(ents)
        lower = self.index.lower
        out = []
        for text, key in found.items():
            words = text.split()
            first = words[0].lower()
            for i, w in enumerate(lower):
                end = i + len(words)
                if w == first and end <= len(doc) and doc[i:end].text == text and not taken.intersection(range(i, end)):
                    out.append(Span(doc, i, end, label="MODEL", span_id=key))
                    taken.update(range(i, end))
        return out

    def _named_like_a_model(self, doc: Doc, name: Span) -> bool:
        """A name of words only is a model when a vehicle word follows it ('the Lada Iskra sedan'),
        or, for one word, when it ends a list item in a sentence about vehicles."""
        nxt = self.index.lower[name.end] if name.end < len(doc) else ""
        engine = next((q for q in self._quantities if q.start == name.end and q.label == Label.ENGINE), None)
        if engine is not None:
            # "the Suzuki FX 800cc", "a Zorvex Tallo 1.6-litre": a car's name and its engine's size (not "the Toyota AR
            # 2.5-litre engine": an engine's own name)
            return engine.end >= len(doc) or self.index.lower[engine.end] not in ENGINE_NOUNS
        if nxt in lx.VEHICLE_CLASS_WORDS and name.end + 1 < len(doc) and self.index.lower[name.end + 1] in lx.VEHICLE_WORDS:
            nxt = self.index.lower[name.end + 1]  # "the Lada Iskra compact sedan": the class word between
        if nxt in CLASS_NOUNS and name.end + 1 < len(doc) and doc[name.end + 1].is_punct and not doc[name.end].is_title:
            return True  # "to manufacture the Chevy Joy subcompact.": a class word standing as the vehicle's noun
        if nxt in lx.VEHICLE_WORDS:
            # "Volkswagen Commercial Vehicles": a capitalised vehicle word ends a company's name, not a model's
            return not doc[name.end].is_title
        return len(name) == 1 and nxt in (",", "and", ".", "or") and self._vehicle_sentence(name)

    def _badge_name(self, maker: Span) -> bool:
        """'will be rebadged as the Zorvex Tallo', 'badged in Kenya as the Zorvex Pima': a maker right after the 'as' of a
        verb of badging (a few words between) opens the name the car is given, a model's name."""
        lower = self.index.lower
        k = maker.start - 1 - (maker.start >= 1 and lower[maker.start - 1] == "the")
        return k >= 1 and lower[k] == "as" and any(lower[j] in lx.BADGE_VERBS for j in range(max(0, k - 4), k))

    def _models_by_apposition(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'the King sedan', 'the Tengo compact SUV', 'an SUV called the Tengo', 'the Chazor, a locally built version of
        the Qin': models named without a maker."""
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        for i in self.index.positions(NAME_DETERMINERS):
            j = i + 1
            if i >= len(lower) - 3 or j in taken or self.index.is_boilerplate(j):
                continue
            newness = self._newness_words(doc, j)
            if newness and j + newness + 1 < len(doc) and doc[j + newness].is_title and j + newness not in taken:
                j += newness  # "the new Tarvo pickup", "its next-generation Tarvo pickup": a word of the car's newness first
            elif lower[j] in CLASSING_WORDS:  # "the compact urban commercial vehicle Carrying": the name after its class
                named = self._name_after_class(doc, j, taken) if lower[i] == "the" else None
                if named is not None and (maker := self._maker_nearby(doc, ents, named)) is not None:
                    found.append(Span(doc, named, named + 1, label="MODEL", span_id=f"{maker}|{doc[named].text}"))
                    taken.add(named)
                    unresolved.append(Unresolved(doc[named].text, "MODEL", self.index.sent_text(named), doc[named].idx,
                                                 doc[named].idx + len(doc[named].text), "named after its vehicle class"))
                continue
            if lower[i] != "the" and lower[j + 1] not in lx.VEHICLE_WORDS:
                continue  # ("its Tarvo pickup": after a possessive, only a name with its vehicle noun)
            if (lower[i] == "the" and lower[j + 1:j + 2] == ["and"] and j + 3 < len(doc) and lower[j + 3] in lx.VEHICLE_WORDS
                    and lower[j + 3].endswith("s") and j + 2 not in taken and self._model_like(doc[j + 2])
                    and (self._model_like(doc[j]) or j in taken)):
                # "the Sable and Orion models": both names the plural vehicle noun after them closes
                if j not in taken:
                    self._add_unlisted_model(doc, ents, j, "named as a vehicle", found, taken, unresolved)
                self._add_unlisted_model(doc, ents, j + 2, "named as a vehicle", found, taken, unresolved)
                continue
            nxt = lower[j + 1]
            appositive = nxt == "," and j + 2 < len(doc) and lower[j + 2] in ("a", "an") and bool(
                set(lower[j + 3:j + 9]) & (lx.VEHICLE_WORDS | {"version", "rebadged"}))
            # "Zorvex's best seller, the Estrel, is exported": the name in apposition to a noun of a car
            appositive = appositive or (lower[i] == "the" and i >= 2 and lower[i - 1] == "," and nxt == ","
                                        and (lower[i - 2] in lx.VEHICLE_WORDS or lower[i - 2] in CAR_ROLE_NOUNS))
            classed = nxt in lx.VEHICLE_CLASS_WORDS and lower[j + 2] in lx.VEHICLE_WORDS  # "the Tengo compact SUV"
            # "a compact SUV called the Tengo", "a pickup named the Kubwa"
            called = i >= 2 and lower[i - 1] in ("called", "named", "dubbed", "badged") and lower[i - 2] in lx.VEHICLE_WORDS
            made = self._object_of_making(doc, i)
            if nxt not in lx.VEHICLE_WORDS and not appositive and not classed and not called and not made:
                continue
            if not (self._model_like(doc[j]) or self._camel_name(doc[j].text)) or any(c.isdigit() for c in doc[j].text):
                continue
            if nxt in lx.VEHICLE_WORDS and self._plant_named_for_vehicles(doc, j + 1):
                continue
            if lower[j] in BATTERY_CHEMISTRIES:
                continue  # "the LFP variant of the Model 3": a battery's chemistry, no model's name
            if nxt in lx.VEHICLE_WORDS and self._opens_a_company_name(doc[j].text, ents):
                continue  # "UD Trucks Corporation ... the UD trucks": the company's short name and its vehicles
            if nxt in lx.VEHICLE_WORDS and nxt.endswith("s") and doc[j + 1].is_title:
                continue  # "the Passenger Vehicles segment", "the Commercial Vehicles division": a segment's name
            self._add_unlisted_model(doc, ents, j, "named as a vehicle", found, taken, unresolved)
        return found

    def _object_of_making(self, doc: Doc, i: int) -> bool:
        """'Suzuki will build the Zorvo at its plant', 'Kia launched the Tasman in Australia': a one-word name after a
        verb of making or launching and 'the' (doc[i]), with a preposition or the sentence's end after it, not a
        plant's or a programme's name."""
        lower, j = self.index.lower, i + 1
        if i < 1 or lower[i - 1] not in MADE_OBJECT_VERBS or j + 1 >= len(doc) or lower[j + 1] not in NAME_ENDS:
            return False
        return lower[j] not in lx.PLANT_NOUNS and lower[j] not in PROGRAMME_NOUNS and doc[j].text not in self.gaz.places

    @staticmethod
    def _camel_name(text: str) -> bool:
        """'eVX', 'iQ', 'bZ': a small letter, then capitals (and figures), as makers write electric models' names."""
        return 2 <= len(text) <= 6 and text.isalnum() and text[0].islower() and sum(c.isupper() for c in text[1:]) >= 1

    def _opens_a_company_name(self, word: str, ents: list[Span]) -> bool:
        """'UD Trucks Corporation ... the UD trucks', 'Ashok Leyland ... the Ashok buses': a word that is the first word of
        a company the story names (or of one the gazetteer knows), not a model of its own."""
        return any(e.label == Label.COMPANY and len(e) > 1 and e[0].text == word for e in ents)

    def _plant_named_for_vehicles(self, doc: Doc, k: int) -> bool:
        """'the Warren Truck Assembly Plant', 'the Dearborn Truck Plant', 'the Rosslyn Car Plant': a capitalised vehicle
        word (doc[k]) in a plant's name, a capitalised word or a plant noun after it, not a model's vehicle noun."""
        if not doc[k].is_title or k + 1 >= len(doc):
            return False
        after = doc[k + 1]
        return after.lower_ in lx.PLANT_NOUNS or after.lower_ in ("assembly", "operations", "manufacturing") or (
            after.is_title and after.is_alpha and not after.is_sent_start)

    def _add_unlisted_model(self, doc: Doc, ents: list[Span], j: int, why: str, found: list[Span], taken: set[int],
                            unresolved: list[Unresolved]) -> None:
        """A one-word name the gazetteer lacks at doc[j], as a model of the maker named nearby (none named: not a model)."""
        maker = self._maker_nearby(doc, ents, j)
        if maker is None or self._numbered_vessel(doc, Span(doc, j, j + 1)):
            return  # (nor a ship's name: "launched the Explorer, its own car carrier")
        text = doc[j].text
        found.append(Span(doc, j, j + 1, label="MODEL", span_id=f"{maker}|{text}"))
        taken.add(j)
        unresolved.append(Unresolved(text, "MODEL", self.index.sent_text(j), doc[j].idx, doc[j].idx + len(text), why))

    def _after_naming_cue(self, i: int) -> bool:
        """doc[i] follows a naming cue ('code-named', 'a concept name of'), past 'the' and 'Project'."""
        lower = self.index.lower
        k = i
        if k >= 1 and lower[k - 1] == "project" and self.index.text[k - 1] == "Project":
            k -= 1
        if k >= 1 and lower[k - 1] == "the":
            k -= 1
        return k >= 1 and lower[k - 1] in NAMING_CUE_ENDS and any(tuple(lower[k - len(cue):k]) == cue for cue in NAMING_CUES)

    def _cued_working_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'its first SUV, currently code-named Project Gravity', 'the new model, with a concept name of Invitation': a
        one-word name after a naming cue is a model of the maker named nearby, whether the gazetteer knows it or not."""
        taken = {i for e in ents if e.label not in Label.MODELS for i in range(e.start, e.end)}
        known = {e.start: e for e in ents if e.label in Label.MODELS}
        found = []
        for k in self.index.positions(NAMING_CUE_ENDS):
            j = k + 1
            if j < len(doc) and self.index.lower[j] == "the":
                j += 1
            if j + 1 < len(doc) and self.index.text[j] == "Project" and doc[j + 1].is_title:
                j += 1
            if j >= len(doc) or j in taken or j in known or self.index.is_boilerplate(j) or not self._after_naming_cue(j):
                continue
            text = doc[j].text
            word = doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper and len(text) > 2) and doc[j].lower_ not in STOP_WORDS
            if not word and not self._model_code(doc, j):  # "its upcoming SUV codenamed D38L": a code as the working name
                continue
            if j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].is_alpha:
                continue  # a longer name: a person's, a place's
            sent_start = self.index.sent_bounds(j)[0]
            if not lx.VEHICLE_WORDS & set(self.index.lower[max(sent_start, k - 10):k]):
                continue  # "the project, code-named Sunrise": the working name of something, not said to be a vehicle
            maker = self._maker_nearby(doc, ents, j) or self._story_maker(ents)
            if maker is None:
                continue
            end = j + 1
            # "codenamed C-SUV", "code-named K-1": a code written with a hyphen is one name, not its first letter
            while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                   and doc[end + 1].text[:1].isalnum() and end + 1 not in taken and end + 1 - j < 4):
                end += 2
            text = doc[j:end].text
            found.append(Span(doc, j, end, label="MODEL", span_id=f"{maker}|{text}"))
            taken.update(range(j, end))
            unresolved.append(Unresolved(text, "MODEL", self.index.sent_text(j), doc[j].idx, doc[j].idx + len(text),
                                         "a working name after a naming cue"))
        return found

    def _story_maker(self, ents: list[Span]) -> str | None:
        """The maker the story names most, when one is named more often than any other."""
        counts = Counter(key_of(e) for e in ents if e.label == Label.COMPANY and (info := self.gaz.companies.get(key_of(e)))
                         and info.kind in MAKER_KINDS)
        ranked = counts.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def _code_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'its upcoming SP2i SUV', 'the new QY3 sedan': a maker's project code (capital letters and figures, one word)
        between 'its'/'the' (and 'upcoming', 'new') and a body style, with the maker nearby."""
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        # "Brilliance's BS6 sedan": a maker's possessive opens a code name too
        company_ends = {e.end for e in ents if e.label == Label.COMPANY}
        possessives = [i for i in self.index.positions(POSSESSIVE_MARKS) if i in company_ends]
        for i in sorted(self.index.positions(CODE_NAME_OPENERS) + possessives):
            j = i + 1 + (i + 1 < len(lower) and lower[i + 1] in CODE_NAME_MODIFIERS)
            if j + 1 >= len(doc) or j in taken or self.index.is_boilerplate(j) or lower[j + 1] not in BODY_STYLE_WORDS:
                continue
            text = doc[j].text
            if not (3 <= len(text) <= 8 and text.isalnum() and text[:1].isupper() and any(c.isdigit() for c in text)
                    and sum(c.isupper() for c in text) >= 2 and not text[:1].isdigit()):
                continue
            self._add_unlisted_model(doc, ents, j, "a code name before a body style", found, taken, unresolved)
        return found

    def _codes_before_a_body(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'the K30 and K40 crossovers', 'the Q200 premium pick-up model': model codes (capitals and figures) after
        'the'/'its', listed ('and', a comma), a few lower-case words of class between the last of them and a body noun,
        with a maker nearby; not an engine's, a drive's or a period's code ('the V6 models', 'the 4WD variant')."""
        taken = self._tokens_of(ents)
        lower, found = self.index.lower, []
        for i in self.index.positions(CODE_NAME_OPENERS):
            codes, k = [], i + 1 + (i + 1 < len(lower) and lower[i + 1] in CODE_NAME_MODIFIERS)
            while k < len(doc) and self._model_code(doc, k) and k not in taken:
                codes.append(k)
                if k + 2 < len(doc) and lower[k + 1] in (",", "and") and self._model_code(doc, k + 2):
                    k += 2
                else:
                    k += 1
                    break
            if not codes or self.index.is_boilerplate(codes[0]) or len(codes) == 1 and k == codes[0] + 1 and lower[k:k + 1] and lower[k] in BODY_STYLE_WORDS:
                continue  # (one code right before a body style: _code_names)
            j = k
            while j < len(doc) and j - k < 3 and doc[j].is_lower and doc[j].is_alpha and lower[j] not in CODE_BODY_NOUNS and lower[j] != "pick":
                j += 1
            if j >= len(doc) or lower[j] not in CODE_BODY_NOUNS and lower[j:j + 3] not in (["pick", "-", "up"], ["pick", "‑", "up"]):
                continue
            for c in codes:
                self._add_unlisted_model(doc, ents, c, "codes before a body noun", found, taken, unresolved)
        # "SAIPA's upcoming sedan model SP100.": a code right after a body style and the word 'model'
        for k in self.index.positions(frozenset(["model"])):
            c = k + 1
            if (c + 1 < len(doc) and k >= 1 and lower[k - 1] in BODY_STYLE_WORDS and c not in taken and self._model_code(doc, c)
                    and not self.index.is_boilerplate(c) and (doc[c + 1].is_punct or lower[c + 1] in ("and", "will", "is"))):
                self._add_unlisted_model(doc, ents, c, "a code after a body style's model", found, taken, unresolved)
        return found

    def _names_listed_with_bodies(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'models ... include the Tank Pick-up, Flit bus, Aso Truck, Lasgi big bus and Tripper bus': a list of three or
        more items, each a capitalised name the gazetteer lacks right before a body noun (a few lower-case words between),
        names the models of the maker named nearby, else of the story's maker."""
        taken = self._tokens_of(ents)
        lower, found = self.index.lower, []
        sentences = sorted({self.index.sent_bounds(k) for k in self.index.positions(LISTED_BODY_NOUNS) if not self.index.is_boilerplate(k)})
        for start, end in sentences:
            items = self._body_items(doc, start, end)
            run: list[int] = []
            for n, (name, _body_end) in enumerate(items):
                # (past an item the gazetteer knows: "..., A3 sedan, A5 SUV, Yarn shuttle")
                joined = n and all(lower[t] in (",", "and", "the", "a", "an") or lower[t] in LISTED_BODY_NOUNS or doc[t].ent_type_
                                   for t in range(items[n - 1][1], name))
                run = [*run, name] if joined else [name]
                if len(run) >= 3:
                    maker = self._maker_nearby(doc, ents, run[0]) or self._story_maker(ents)
                    for j in run:
                        if maker is not None and j not in taken:
                            found.append(Span(doc, j, j + 1, label="MODEL", span_id=f"{maker}|{doc[j].text}"))
                            taken.add(j)
                            unresolved.append(Unresolved(doc[j].text, "MODEL", self.index.sent_text(j), doc[j].idx,
                                                         doc[j].idx + len(doc[j].text), "names listed before body nouns"))
        return found

    def _body_items(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """(the name's token, the end of the body noun) of every 'Name [a few lower-case words] body' in the sentence."""
        lower, out = self.index.lower, []
        for k in range(start, end):
            body_end = None
            if lower[k] in LISTED_BODY_NOUNS or lower[k] in ("pick-up", "pick\u2011up"):
                body_end = k + 1
            elif lower[k:k + 3] == ["pick", "-", "up"]:
                body_end = k + 3
            if body_end is None:
                continue
            j = k - 1
            while j > start and k - j <= 4 and (doc[j].is_lower and (doc[j].is_alpha or "/" in doc[j].text) or lower[j] == "/"):
                j -= 1  # "Lasgi big bus", "Yarn family/business shuttle"
            token = doc[j]
            if (j <= start or token.ent_type_ or not (token.is_title or token.is_upper) or not token.is_alpha or token.lower_ in STOP_WORDS
                    or token.lower_ in BODY_CLASS_WORDS):
                continue  # (not "Electric Bus, Diesel Truck and City Van": a heading's classes, capitalised)
            out.append((j, body_end))
        return out

    def _model_code(self, doc: Doc, k: int) -> bool:
        """'K30', 'Q200', 'EX8': a model's code, one word of capitals (one or more) and figures, no engine's layout
        ('V6'), drive ('4x4', '4WD'), period ('Q1', 'FY23') or known name."""
        text = doc[k].text
        if doc[k].ent_type_ or not (2 <= len(text) <= 6 and text.isalnum() and text[:1].isupper() and text[:1].isalpha()):
            return False
        if not any(c.isdigit() for c in text) or ENGINE_LAYOUT.match(text) or DRIVE_CODE.match(text) or text in PERIOD_CODES:
            return False
        return not text.startswith("FY") and not text.endswith(("WD", "Nm", "HP", "PS", "CC"))

    def _name_after_class(self, doc: Doc, j: int, taken: set[int]) -> int | None:
        """'the compact urban commercial vehicle Carrying, ...', 'the electric pickup Kubwa and ...': a capitalised name
        right after lower-case words that end in a vehicle noun, closing a list item (a comma, 'and', a dash, a stop)."""
        lower, text = self.index.lower, self.index.text
        k = j
        while k < len(lower) and k - j < 5 and text[k].islower() and text[k].replace("-", "").isalpha():
            k += 1
        if k == j or k + 1 >= len(lower) or lower[k - 1] not in NAMED_VEHICLE_NOUNS or k in taken:
            return None
        if not self._model_like(doc[k]) or lower[k] in STOP_WORDS or lower[k] in lx.MONTHS or lower[k] in DAYS:
            return None
        return k if lower[k + 1] in (",", "and", ".", "–", "-", "—", ";") else None

    def _newness_words(self, doc: Doc, j: int) -> int:
        """How many tokens from j say how new a car is, in lower case: 'new', 'all-new', 'next-generation' (0 if none)."""
        lower = self.index.lower
        if lower[j] in NAME_MODIFIERS and doc[j].is_lower:
            return 1
        if j + 2 < len(lower) and lower[j + 1] == "-" and f"{lower[j]}-{lower[j + 2]}" in NAME_MODIFIERS and doc[j].is_lower:
            return 3
        return 0

    @staticmethod
    def _new_makers_named(doc: Doc, companies: list[Span]) -> bool:
        """Some company the gazetteer lacks is named as a carmaker by its last word ('Velmora Motors')."""
        return any(doc[e.end - 1].text in NEW_MAKER_NAME_ENDS for e in companies)

    def _maker_nearby(self, doc: Doc, ents: list[Span], i: int) -> str | None:
        """The maker of a model named in the same sentence, else a maker named in it, else None."""
        start, end = self.index.sent_bounds(i)
        in_sent = [e for e in ents if start <= e.start < end]
        for e in in_sent:
            if e.label == Label.MODEL and "|" in key_of(e):
                return key_of(e).split("|", 1)[0]
        # "Toyota's deal follows one by SsangYong, which will build the Q200": the maker named last before the name, else
        # the first named after it
        makers = [(e.start, info.name) for e in in_sent if e.label == Label.COMPANY
                  and (info := self.gaz.companies.get(key_of(e))) is not None and info.kind in MAKER_KINDS]
        # ("Velmora Motors will build its Tarvo pickup": a maker the gazetteer lacks, named as one by its last word)
        # ("Zorvex Motors ... Zorvex also builds the Tarvo pickup": its short name, resolved to the name so written)
        makers += [(e.start, key_of(e)) for e in in_sent if e.label == Label.COMPANY and key_of(e) not in self.gaz.companies
                   and (doc[e.end - 1].text in NEW_MAKER_NAME_ENDS or key_of(e).rsplit(" ", 1)[-1] in NEW_MAKER_NAME_ENDS)]
        makers.sort()
        before = [name for start, name in makers if start < i]
        return before[-1] if before else makers[0][1] if makers else None

    def _model_like(self, token: Token) -> bool:
        text = token.text
        if token.is_punct or token.is_space or token.lower_ in STOP_WORDS or token.is_sent_start:
            return False
        if text in lx.CORPORATE_SUFFIXES or token.lower_ in self.role_words or token.lower_ in lx.MONTHS:
            return False
        if token.lower_ in lx.VEHICLE_WORDS or token.lower_ in lx.SPEECH_VERBS:
            return False
        has_digit = any(ch.isdigit() for ch in text)
        return (token.is_title or text.isupper() or has_digit) and len(text) <= 12 and not (has_digit and len(text) == 4 and text.isdigit())

    def _vehicle_sentence(self, span: Span) -> bool:
        start, end = self.index.sent_bounds(span.start)
        return bool(set(self.index.lower[start:end]) & lx.VEHICLE_WORDS)
