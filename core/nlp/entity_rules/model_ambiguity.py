"""Ambiguous model names (MODEL_AMBIG: a name that is also a word, a month, a town, an engine's layout): kept as a
MODEL only where the story confirms it (named with its maker before, a sibling confirmed, the story's maker's model,
a vehicle's context: model_context) and it is not a date, a place's or a longer name's first word, an engine's code or
layout, a drive code, a fuel, a vessel or a bus; and the words of other names that are not companies or places.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import (
    DRIVE_CODE,
    DRIVE_CODE_NOUNS,
    ENGINE_LAYOUT,
    MONTH_DATE_WORDS,
    PLACE_NAME_NOUNS,
    RANGE_NOUNS,
    SAID_VERBS,
    WEEKDAYS,
)

# "the new Saga", "its electric Spectre": words of a car's newness or power between 'the' and its name
CAR_MODIFIERS = frozenset(["new", "all-new", "latest", "electric", "all-electric", "hybrid", "updated", "facelifted", "flagship"])
# buses and trucks, which a car's name before them does not name ("City AC buses")
HEAVY_VEHICLE_NOUNS = frozenset(["bus", "buses", "coach", "coaches", "minibus", "minibuses", "truck", "trucks", "lorry", "lorries"])


class ModelAmbiguityRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    # -- models ------------------------------------------------------------------------------
    def _resolve_ambiguous_models(self, doc: Doc, ents: list[Span]) -> list[Span]:
        spec_sents = {self.index.sent_bounds(q.start)[0] for q in self._quantities if q.label in Label.SPECS}
        # "a 3.0-litre V6", "its 2.8 V8": a name right after an engine size is the engine's layout
        self._engine_ends = {q.end for q in self._quantities if q.label == Label.ENGINE}
        model_idx = {i for e in ents if e.label in Label.MODELS for i in range(e.start, e.end)}
        self._company_keys = [(e.start, key_of(e)) for e in ents if e.label == Label.COMPANY]
        self._company_ends = {e.end: key_of(e) for e in ents if e.label == Label.COMPANY}
        # "the Nissan LEAF ..., the Juke launch": a maker written as part of a model's name is named there too
        self._company_keys += [(e.start, key_of(e).split("|", 1)[0]) for e in ents if e.label == Label.MODEL and self._written_with_maker(e)]
        # a bare name several makers share ("Trax": Chevrolet, Holden) carries the first maker's key, which says nothing
        self._model_keys = [(e.start, key_of(e)) for e in ents if e.label == Label.MODEL and "|" in key_of(e)
                            and len(self.gaz.makers_of(self._text(e))) <= 1]
        confirmed: set[str] = set()
        # "the Chevrolet Cobalt ... the Cobalt": a name already read as this model with its maker
        named = {key_of(e) for e in ents if e.label == Label.MODEL}
        # "the Ford Ranger ... the Ranger": the same name, whichever maker's key the bare name carries (Hino has a Ranger too)
        named_names = {key_of(e).split("|", 1)[-1] for e in ents if e.label == Label.MODEL}
        self._named_models = named
        self._story_makers: Counter[str] | None = None  # how often the story names each maker, counted when first asked
        self._ambiguous_names = [(e.start, self._text(e)) for e in ents if e.label == Label.MODEL_AMBIG]
        # models named so that the words say which maker's: "Holden Trax", not a bare "Trax" that carries its first maker's key
        self._named_in_full = {key_of(e) for e in ents if e.label == Label.MODEL and len(self.gaz.makers_of(self._text(e))) <= 1}
        for ent in ents:
            if ent.label == Label.MODEL_AMBIG and self._styled_in_capitals(ent) and self._first_word_of_longer_name(doc, ent):
                continue
            if ent.label == Label.MODEL_AMBIG and self._opens_a_place_name(doc, ent):
                continue  # "the Hunter Industrial Estate", "the Ranger Valley": a place's name that opens with the word
            if ent.label == Label.MODEL_AMBIG and self._month_as_date(doc, ent):
                continue  # "in March and May 2010": a date says nothing of a model named like a month
            if ent.label == Label.MODEL_AMBIG and (key_of(ent) in named or self._text(ent) in named_names
                                                or self._model_context(doc, ent, spec_sents, model_idx)
                                                or self._model_of_story_maker(doc, ent)):
                confirmed.add(self._text(ent))
        confirmed |= self._siblings_of_confirmed(doc, ents, confirmed, named)
        out = []
        bodies: dict[int, int] = {}  # start -> end of a vehicle's noun written as part of the model's name before it
        for ent in ents:
            if ent.label != Label.MODEL_AMBIG:
                out.append(ent)
            elif self._body_noun_of_model_before(ent, model_idx):
                bodies[ent.start] = ent.end
            elif self._text(ent) in confirmed and (self._named_version(doc, ent) or not self._looks_like_person(doc, ent)) \
                    and not self._bare_layout(doc, ent) and not self._numbered_vessel(doc, ent) and not self._month_as_date(doc, ent) \
                    and not self._drive_code(doc, ent) and not self._trim_of_model(doc, ent, model_idx) and not self._fuel_kind(ent) \
                    and not self._other_kind_of_vehicle(doc, ent):
                out.append(Span(doc, ent.start, ent.end, label="MODEL", span_id=self._pick_model(doc, ent)))
        out = [self._with_trim(doc, self._with_model_key(doc, e)) if e.label == Label.MODEL else e for e in out]
        return [self._with_body_noun(doc, e, bodies[e.end]) if e.label == Label.MODEL and e.end in bodies else e for e in out]

    def _siblings_of_confirmed(self, doc: Doc, ents: list[Span], confirmed: set[str], named: set[str]) -> set[str]:
        """'Zorin unveiled the new Vela ... its underpinnings come from the Pica': a name that is also a word, written
        after 'the' or 'its', is a model where its one maker is named in the story and another model of that maker is
        already read as a model there (not a first name before a surname, nor a word inside a longer proper name)."""
        makers = {key.split("|", 1)[0] for key in named}
        makers |= {m.maker for text in confirmed for m in self.gaz.makers_of(text)}
        if self._story_makers is None:
            self._story_makers = Counter(key for _, key in self._company_keys)
        makers &= set(self._story_makers)
        if not makers:
            return set()
        out = set()
        for ent in ents:
            text = self._text(ent)
            if ent.label != Label.MODEL_AMBIG or text in confirmed or text in out or ent.start == 0:
                continue
            own = {m.maker for m in self.gaz.makers_of(text)}
            if len(own) != 1 or not own <= makers or self.index.lower[ent.start - 1] not in ("the", "its"):
                continue
            if self._looks_like_person(doc, ent) or self._inside_a_name(doc, ent) or self._in_hyphen_compound(doc, ent):
                continue
            if sum(self._text(e) == text and e.start > 0 and self.index.lower[e.start - 1] in ("the", "its") for e in ents) < 2:
                continue  # written so once only: a word, as likely
            out.add(text)
        return out

    def _engine_code(self, ent: Span) -> bool:
        """'a new range of 0.9 and 1.2-liter engines (with internal codes H4 and H5)': a model's name after the word 'code'
        or 'codes' (or listed after one so named) in a sentence about engines, in a story that names none of the
        model's makers, is an engine's code."""
        lower = self.index.lower
        k = ent.start - 1
        while k > 0 and ent.start - k <= 4 and (lower[k] in (",", "and", "or") or self.index.text[k][:1].isupper() and any(c.isdigit() for c in self.index.text[k])):
            k -= 1  # "codes H4 and H5": back to the word before the list
        if lower[k] not in ("code", "codes", "codenamed", "code-named"):
            return False
        start, end = self.index.sent_bounds(ent.start)
        if not {"engine", "engines", "motor", "motors", "unit", "units"} & set(lower[start:end]):
            return False
        makers = {self.gaz.group_of(m.maker) for m in self.gaz.makers_of(self._text(ent))}
        return bool(makers) and not any(self.gaz.group_of(c) in makers for c in self._mentioned_companies)

    def _month_as_date(self, doc: Doc, ent: Span) -> bool:
        """'said in March', 'by March 2026', 'March 3', '12 March': a model's name that is a month's (Nissan's March)
        written as a date: after a preposition or adverb of time or a day's number, or before a figure."""
        lower = self.index.lower
        if lower[ent.start] in WEEKDAYS and len(ent) == 1:
            return self._weekday_as_date(ent)
        if lower[ent.start] not in lx.MONTHS:
            return False
        before = lower[ent.start - 1] if ent.start > 0 else ""
        after = doc[ent.end] if ent.end < len(doc) else None
        if before in ("and", "or", "-", "–", "to") and ent.start >= 2 and lower[ent.start - 2] in lx.MONTHS:
            return True  # "between January and March", "January-March"
        if ent.end + 1 < len(doc) and lower[ent.end] in ("and", "or", "-", "–", "to") and lower[ent.end + 1] in lx.MONTHS:
            return True  # "in March and May 2010"
        return before in MONTH_DATE_WORDS or ent.start > 0 and doc[ent.start - 1].like_num or after is not None and after.like_num

    def _weekday_as_date(self, ent: Span) -> bool:
        """'Acme said Friday', 'on Friday', 'last Friday': a model's name that is a weekday's (Forthing's Friday) written
        as a date: after a verb of speech or a word of time, or a comma or full stop right after it ('..., Acme said
        Friday.')."""
        lower = self.index.lower
        before = lower[ent.start - 1] if ent.start > 0 else ""
        after = lower[ent.end] if ent.end < len(lower) else ""
        return before in MONTH_DATE_WORDS or before in lx.SPEECH_VERBS or before in SAID_VERBS or after in (".", ",", ";")

    def _model_of_story_maker(self, doc: Doc, ent: Span) -> bool:
        """'Proton ... is the Saga, followed by the X70', 'demand for its Commodore range': a name the gazetteer gives
        several makers (or that is also a word) is the model of the one of them the story names: a code with a figure
        ('X70') when that maker is named once, a word ('Saga') after 'the' or 'its' when it is named twice and the word
        is no part of a longer proper name ('Project Gravity'); never a first name before a surname."""
        if self._story_makers is None:
            self._story_makers = Counter(key for _, key in self._company_keys)
        text = self._text(ent)
        named = [m.maker for m in self.gaz.makers_of(text) if self._story_makers.get(m.maker)]
        # ("Dacia ... Renault officials said ... the Logan": a name two makers of one group share, both named)
        if not named or len({self.gaz.group_of(m) for m in named}) != 1 or self._looks_like_person(doc, ent):
            return False
        if any(c.isdigit() for c in text):
            return True  # "the Nord A5 SUV": a code after the first word of its maker's name
        # (one modifier between, a compound or a word of the car's newness or power: "the battery-powered Spectre")
        k = ent.start - 1
        if k >= 3 and doc[k].is_lower and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k - 2].is_lower:
            k -= 3
        elif k >= 1 and self.index.lower[k] in CAR_MODIFIERS:
            k -= 1
        return (k >= 0 and self.index.lower[k] in ("the", "its") and sum(self._story_makers[m] for m in set(named)) >= 2
                and not self._inside_a_name(doc, ent))

    @staticmethod
    def _first_word_of_longer_name(doc: Doc, ent: Span) -> bool:
        """'Sinotruk's HOWO range', 'the HOWO TX tipper': a name in capitals that opens a range's or a longer name."""
        after = doc[ent.end] if ent.end < len(doc) else None
        return after is not None and (after.lower_ in RANGE_NOUNS or after.is_upper and after.is_alpha or after.like_num)

    @staticmethod
    def _opens_a_place_name(doc: Doc, ent: Span) -> bool:
        """'the Hunter Industrial Estate', 'Tiguan Road': a capitalised noun of a place right after the name."""
        after = doc[ent.end] if ent.end < len(doc) else None
        return after is not None and after.is_title and after.lower_ in PLACE_NAME_NOUNS

    def _bare_layout(self, doc: Doc, ent: Span) -> bool:
        """'a conventional V6', 'the little EcoBoost V6:': a cylinder layout's name is a model's ('Brilliance V6') only
        where its maker is written right before it; elsewhere it names an engine, whatever other mentions say."""
        if not ENGINE_LAYOUT.match(self._text(ent)):
            return False
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY":
            return False
        # "the Brilliance V6 ... The V6 costs less": named with its maker elsewhere, and no engine's name here
        return key_of(ent) not in self._named_models or self._engine_layout(ent)

    def _fuel_kind(self, ent: Span) -> bool:
        """'a 1.6-litre 16V Flex fuel engine', 'a Flex-fuel version': a name that is also a word, right before 'fuel'
        (a hyphen between or not), names the kind of fuel an engine runs on, no model."""
        lower = self.index.lower
        k = ent.end + (ent.end < len(lower) and lower[ent.end] == "-")
        return k < len(lower) and lower[k] in ("fuel", "fuels")

    def _drive_code(self, doc: Doc, ent: Span) -> bool:
        """'the 4x4 variants', 'a 4x4 grey Duster': a drive code ('4x4', '6x2') named without its maker before it, a
        word of a vehicle's version or body or another model's name close after it, is the vehicle's drive, no model
        ('Lada 4x4' still is one)."""
        if not DRIVE_CODE.match(self._text(ent)):
            return False
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY":
            return False
        lower = self.index.lower
        after = lower[ent.end] if ent.end < len(lower) else ""
        if after in DRIVE_CODE_NOUNS or after in lx.VEHICLE_WORDS:
            return True
        # "a 4x4 caju brown Dacia Duster": lower-case words, then a model's (or its maker's) name
        k = ent.end
        while k < len(doc) and k - ent.end < 4 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        return k > ent.end and k < len(doc) and doc[k].ent_type_ in ("COMPANY", "MODEL", "MODEL_AMBIG")

    def _other_kind_of_vehicle(self, doc: Doc, ent: Span) -> bool:
        """'City AC buses', 'the Metro coaches': a car's name that is also a word, right before (past one code in
        capitals) a noun of buses or trucks: a kind of bus or truck, not the car."""
        models = self.gaz.makers_of(self._text(ent))
        if not models or any(m.body in ("bus", "truck", "van", "") for m in models):
            return False
        k = ent.end + (ent.end < len(doc) and doc[ent.end].is_upper and doc[ent.end].is_alpha)
        return k < len(doc) and self.index.lower[k] in HEAVY_VEHICLE_NOUNS

    @staticmethod
    def _plant_name_word(doc: Doc, ent: Span) -> bool:
        """'the Saltillo Van Assembly Plant', 'the Rosslyn Bus Plant': a town's name that is a word of the plant's
        name after another town (the town right before it), one word, and the name goes on."""
        return (len(ent) == 1 and ent.end < len(doc) and doc[ent.end].is_title
                and doc[ent.start - 1].whitespace_ == " " and doc[ent.start - 1].is_alpha)

    @staticmethod
    def _starts_another_name(doc: Doc, ent: Span) -> bool:
        """'the African Continental Free Trade Area', 'the Smart Car platform', 'Smart Trade International': a one-word
        company name followed by capitalised words that end in a trade area's or a platform's noun, or in another
        trade's firm (two words or more after it), is a word of that name, not the company."""
        if len(ent) != 1:
            return False
        j = ent.end
        while j < len(doc) and j - ent.end < 4 and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ in ("", "MODEL_AMBIG"):
            j += 1
        if j == ent.end or j >= len(doc):
            return False
        last, after = doc[j - 1].lower_, doc[j].lower_
        return (last in lx.NON_COMPANY_NAME_HEADS or last in lx.OTHER_FIRM_HEADS and j - ent.end >= 2
                or j - ent.end == 1 and after in ("platform", "architecture"))
