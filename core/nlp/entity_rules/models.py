"""Model names: an ambiguous name kept as a MODEL only in a vehicle's context, the maker written before a
model, and models the gazetteer lacks (a maker before a model-like name, numbered siblings, apposition, code names).
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
    DRIVE_CODE_NOUNS,
    ENGINE_LAYOUT,
    ENGINE_NOUNS,
    FIRM_NAME_WORDS,
    LEGAL_FORM_ABBREVIATIONS,
    LEGAL_FORM_WORDS,
    LINEAGE_NOUNS,
    LIST_GLUE,
    MAKER_KINDS,
    MODEL_MODIFIERS,
    MONTH_DATE_WORDS,
    NAME_FOLLOWERS,
    NAMED_VEHICLE_NOUNS,
    NAMING_CUE_ENDS,
    NAMING_CUES,
    OBJECT_VERBS,
    PERIOD_CODES,
    PLACE_NAME_HEADS,
    PLACE_NAME_NOUNS,
    PLATFORM_CUES_BY_LAST,
    POSSESSIVE_MARKS,
    PRODUCTION_NOUNS,
    RANGE_NOUNS,
    SAID_VERBS,
    STOCK_TICKER,
    SUCCESSOR_NOUNS,
    THE,
    THOUSANDS_FIGURE,
    WEEKDAYS,
)
from core.nlp.gazetteer import Model
from core.nlp.normalise import SCALE_WORDS

# capitals after a model's name that name no trim of it: a body style, a kit, a gearbox, a hybrid system, a country, a
# pronoun or article ("the Vanta CKD kits", "the Vanta MT", "the Vanta I drove")
GEARBOX_CODES = frozenset(["MT", "AT", "AMT", "CVT", "DCT", "DSG", "IVT"])
# (engines', drives' and units' codes: "the Vanta TSI", "the Vanta AWD", "the Vanta HP" name a version or a figure)
ENGINE_CODES = frozenset("TSI TDI TFSI FSI GDI GDI MPI CRDI VVT VTEC DOHC SOHC CNG LPG AWD FWD RWD LHD RHD HP BHP PS KW NM CC".split())
TRIM_CODE_STOPS = GEARBOX_CODES | ENGINE_CODES | frozenset(
    "I A CKD SKD CBU KD PPV MUV LCV HCV DM ADAS NCAP GCC US USA UK EU UAE CEO AND OR OF THE IN TO FOR ON BY".split())
# class words that news also writes as nouns, for the vehicle itself: "the Chevy Joy subcompact"
CLASS_NOUNS = frozenset(["subcompact", "compact", "midsize", "mid-size", "full-size"])
# the nouns a list of model codes may stand before ("the K30 and K40 crossovers", "the Q200 premium pick-up model")
CODE_BODY_NOUNS = frozenset(["sedan", "sedans", "suv", "suvs", "crossover", "crossovers", "hatchback", "hatchbacks", "pickup",
                             "pickups", "pick-up", "pick-ups", "pick\u2011up", "truck", "trucks", "wagon", "mpv", "minivan", "coupe", "car", "cars",
                             "model", "models", "saloon"])
# "add Vela output", "its Vela export sales": nouns of a model's output or sales written right after its name
OUTPUT_NOUNS = frozenset(["output", "production", "sales", "export", "exports", "volume", "volumes", "deliveries", "orders"])
# "the new Saga", "its electric Spectre": words of a car's newness or power between 'the' and its name
CAR_MODIFIERS = frozenset(["new", "all-new", "latest", "electric", "all-electric", "hybrid", "updated", "facelifted", "flagship"])
# buses and trucks, which a car's name before them does not name ("City AC buses")
HEAVY_VEHICLE_NOUNS = frozenset(["bus", "buses", "coach", "coaches", "minibus", "minibuses", "truck", "trucks", "lorry", "lorries"])
# "the LX version of the X", "the GT trim of the Y": nouns of a model's trim level
TRIM_LEVEL_NOUNS = frozenset(["version", "trim", "grade", "variant"])


# verbs whose object after 'the' is a vehicle ("will build the X at", "launched the X in"), not a plant ("opens")
MADE_OBJECT_VERBS = frozenset(
    "build builds built assemble assembles assembled produce produces produced manufacture manufactures manufactured "
    "launch launches launched unveil unveils unveiled introduce introduces introduced".split())
# what may follow a one-word name that ends there: a preposition, a comma, the sentence's end
NAME_ENDS = frozenset(["at", "in", "from", "for", ",", ".", "and", "next", "this", "later", "on", "to", "with", "under"])
# "launched the Programme in", "introduced the Scheme": capitalised names of plans, not vehicles
PROGRAMME_NOUNS = frozenset(["programme", "program", "scheme", "initiative", "plan", "project", "policy", "strategy", "brand",
                             "platform", "concept", "campaign", "range", "lineup", "line-up", "series", "plant", "facility"])


class ModelRulesMixin:
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

    def _with_body_noun(self, doc: Doc, ent: Span, end: int) -> Span:
        """'NP300 Pickups', 'the Dacia Logan Pickup': the model's name and the capitalised vehicle noun written as part of
        it (a name the gazetteer also gives another maker's model: UAZ's Pickup)."""
        key = key_of(ent)
        maker, name = key.split("|", 1) if "|" in key else ("", key)
        return Span(doc, ent.start, end, label="MODEL", span_id=f"{maker}|{name} {doc[ent.end:end].text}")

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

    def _body_noun_of_model_before(self, ent: Span, model_idx: set[int]) -> bool:
        """'NP300 Pickups', 'the Vela Van': a name that is a vehicle's noun (a pickup, a van), capitalised right after a
        model's name, is part of that model's name, not a model of its own."""
        return ent.start - 1 in model_idx and self.index.lower[ent.start] in lx.VEHICLE_WORDS and len(ent) == 1

    def _trim_of_model(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'the fancier LX version of the Zentara', 'the GT trim of the Y': a shared short name right before 'version of'
        or 'trim of' and a model's name is that model's trim level, not another maker's model."""
        lower = self.index.lower
        k = ent.end
        if lower[k:k + 1] and lower[k] in TRIM_LEVEL_NOUNS and lower[k + 1:k + 2] == ["of"]:
            return any(j in model_idx for j in range(k + 2, min(k + 4, len(doc))))
        return False

    def _maker_in_other_case(self, doc: Doc, ent: Span) -> bool:
        """'Seat Ibiza', 'Saipa Pride', 'Kamaz 5490': the word right before a model's name is its maker's name, which the
        gazetteer writes in capitals (SEAT, SAIPA), written in title case as many papers do."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1]
        if not (prev.is_title and prev.is_alpha and len(prev) >= 3) or prev.ent_type_:
            return False
        upper = prev.text.upper()
        return any(s == upper for m in self.gaz.makers_of(self._text(ent)) for s in self.gaz.surfaces_of(m.maker))

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
        if len(set(named)) != 1 or self._looks_like_person(doc, ent):
            return False
        if any(c.isdigit() for c in text):
            return True  # "the Nord A5 SUV": a code after the first word of its maker's name
        # (one modifier between, a compound or a word of the car's newness or power: "the battery-powered Spectre")
        k = ent.start - 1
        if k >= 3 and doc[k].is_lower and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k - 2].is_lower:
            k -= 3
        elif k >= 1 and self.index.lower[k] in CAR_MODIFIERS:
            k -= 1
        return (k >= 0 and self.index.lower[k] in ("the", "its") and self._story_makers[named[0]] >= 2
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

    def _written_with_maker(self, ent: Span) -> bool:
        """'Nissan LEAF', 'Ford Ranger': a model entity whose words begin with its maker's name."""
        key = key_of(ent)
        if "|" not in key:
            return False
        text = self._text(ent)
        return any(text.startswith(s + " ") for s in self.gaz.surfaces_of(key.split("|", 1)[0]))

    def _maker_before(self, doc: Doc, ent: Span, prev: Span | None) -> Span:
        """'Renault Express': a maker written just before a model name (`prev`, the company entity ending where the
        model's begins) decides whose model it is."""
        if prev is None:
            return ent
        info = self.gaz.companies.get(key_of(prev))
        model = self.gaz.models.get(key_of(ent))
        if info is None or info.kind not in MAKER_KINDS or model is None:
            return ent
        owners = {model.maker, self.gaz.companies[model.maker].parent if model.maker in self.gaz.companies else ""} - {""}
        if (info.name in owners or info.parent in owners) and not self._sibling_brand(info.name, model):
            return ent
        # "Citroen's C5" where the gazetteer's C5 is another maker's other name for its car (Omoda's C5, the Omoda 5):
        # the name as written is this maker's model
        written = self._text(ent)
        name = written if written != model.name and model.key in self.gaz.model_aliases.get(written, []) else model.name
        return Span(doc, ent.start, ent.end, label="MODEL", span_id=f"{info.name}|{name}")

    def _a_makers_model_not_a_place(self, doc: Doc, ent: Span, maker: Span | None) -> Span:
        """"Renault's Laguna", "Seat Toledo": a town's name written right after a maker (or its possessive) that the
        gazetteer holds as that maker's model is the model; not before a plant's noun ("Hyundai's Tucson plant")."""
        if maker is None or ent.end < len(doc) and self.index.lower[ent.end] in lx.PLANT_NOUNS:
            return ent
        info = self.gaz.companies.get(key_of(maker))
        if info is None or info.kind not in MAKER_KINDS:
            return ent
        model = next((m for m in self.gaz.makers_of(self._text(ent)) if m.maker == info.name), None)
        return ent if model is None else Span(doc, ent.start, ent.end, label="MODEL", span_id=model.key)

    def _listed_after_a_maker(self, doc: Doc, ents: list[Span], company_ending: dict[int, Span]) -> list[Span]:
        """"Chery's A1 and A3", "the Zorvex Tiga, Rika and Pima": the maker written before a list's first model is the
        maker of the models listed after it (past commas, 'and', 'the'), unless another maker of such a name is named
        in the story."""
        models = sorted((e for e in ents if e.label == Label.MODEL), key=lambda e: e.start)
        if len(models) < 2:
            return ents
        lower, changed, carried = self.index.lower, {}, set()
        maker = None  # the maker the list so far is written after
        for prev, ent in zip(models, models[1:], strict=False):
            if prev.start in company_ending:
                maker = company_ending[prev.start]
            elif prev.start not in carried:
                maker = None
            between = set(lower[prev.end:ent.start])
            if maker is None or ent.start in company_ending or not between <= {",", "and", "the", "or"} or not between & {",", "and"}:
                continue
            carried.add(ent.start)
            model = self.gaz.models.get(key_of(ent))
            if model is None:
                continue
            info = self.gaz.companies.get(model.maker)
            if {model.maker, info.parent if info else ""} & self._mentioned_companies:
                continue  # "Chery's Tiggo and the Audi A3 ... Audi": a maker of the name named in the story
            new = self._maker_before(doc, ent, maker)
            if new is not ent:
                changed[ent.start] = new
        return [changed.get(e.start, e) if e.label == Label.MODEL else e for e in ents]

    def _sibling_brand(self, brand: str, model: Model) -> bool:
        """'Holden Cruze', 'Vauxhall Corsa': a group's other brand selling the model under its own badge (Holden and
        Chevrolet both General Motors' brands); not the model's maker's parent or subsidiary ('Maruti Suzuki Swift')."""
        info, maker = self.gaz.companies.get(brand), self.gaz.companies.get(model.maker)
        return (info is not None and maker is not None and info.kind == "brand" and maker.kind == "brand"
                and bool(info.parent) and info.parent == maker.parent and brand != model.maker)

    def _with_trim(self, doc: Doc, ent: Span) -> Span:
        """'Golf GTI', 'Dolphin Mini', 'Nexon EV', 'Combo Electric': a known model and the trim written after it;
        'ë-C3', 'e-2008': its electric version written with a hyphened e before it."""
        end = ent.end + self._numbered_grade(doc, ent)
        while end < len(doc) and end - ent.end < 3 and self.index.lower[end] in lx.TRIM_WORDS and not doc[end].is_lower and not doc[end].ent_type_:
            end += 1
        if end == ent.end and (self._trim_code(doc, ent) or self._trim_word(doc, ent)):
            end += 1
        start = ent.start
        if (start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in lx.ELECTRIC_PREFIXES
                and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_):
            start -= 2
        if end == ent.end and start == ent.start:
            return ent
        model = self.gaz.models.get(key_of(ent))
        maker = model.maker if model else key_of(ent).split("|", 1)[0]
        base = model.name if model else key_of(ent).split("|", 1)[-1]
        prefix = doc[start].text + "-" if start < ent.start else ""
        trim = " " + doc[ent.end:end].text if end > ent.end else ""
        return Span(doc, start, end, label="MODEL", span_id=f"{maker}|{prefix}{base}{trim}")

    def _numbered_grade(self, doc: Doc, ent: Span) -> int:
        """'the Lexus RX 350', 'the ES 300 Hybrid': a model named by a code of capitals, then a three-figure number (an
        engine's grade, a letter after it or not) written apart: the number is part of the model's name; 1, or 0 where
        it counts something ('the RX 350 units', 'RX 350,000')."""
        text, k = key_of(ent).split("|", 1)[-1], ent.end
        if not (1 <= len(text) <= 3 and text.isalpha() and text.isupper()) or k >= len(doc) or doc[k].ent_type_:
            return 0
        word = doc[k].text
        if not (3 <= len(word) <= 4 and word[:3].isdigit() and (len(word) == 3 or word[3].isalpha() and word[3].islower())):
            return 0
        after = self.index.lower[k + 1] if k + 1 < len(doc) else ""
        return 0 if after in lx.UNIT_WORDS or after in lx.PERCENT_WORDS or after in (",", "-") and k + 2 < len(doc) and doc[k + 2].like_num else 1

    def _trim_word(self, doc: Doc, ent: Span) -> bool:
        """'the Vanta Getaway and the Rika', 'the Vanta Tiger': a capitalised name right after a model's, in running text
        (not a headline's words: 'Vanta Production Starts'), where the model is never named without it, is a longer
        model name; not a body style, a trim word, a verb, or the first of two such names ('the Vanta Scat Pack')."""
        k = ent.end
        if k + 1 >= len(doc) or doc[k].ent_type_ not in ("", "MODEL_AMBIG") or self._text(ent).isupper():
            return False
        word, nxt = doc[k], doc[k + 1]
        if not (word.is_title and word.is_alpha and len(word) >= 3) or word.lower_ in STOP_WORDS or word.is_sent_start:
            return False
        if word.lower_ in lx.VEHICLE_WORDS or word.lower_ in lx.TRIM_WORDS or word.lower_ in lx.MONTHS or word.lower_ in DAYS:
            return False
        if word.lower_.endswith(("ed", "ing")) or nxt.is_title or nxt.is_upper and nxt.is_alpha or not doc[k].whitespace_ and nxt.text == "-":
            return False
        start, end = self.index.sent_bounds(k)
        words = [t for t in doc[start:end] if t.is_alpha and len(t) >= 4 and not t.ent_type_ and t.i != k]
        if 2 * sum(t.is_title or t.is_upper for t in words) >= len(words):
            return False  # a headline's or a title's words (names aside)
        last = self.index.lower[ent.end - 1]
        # "the Vanta Sport and the Vanta Tiger": each place names the model with a word of its own after it (one of them
        # a trim word), none names it bare: the name of each is the longer one
        return all(self.index.text[i + 1:i + 2] == [word.text] or self._named_with_another_word(i + 1)
                   for i in self.index.positions({last}))

    def _named_with_another_word(self, k: int) -> bool:
        """A capitalised word right after a model's name at k that the name is written with: a trim word or a name."""
        text = self.index.text
        if k >= len(text) or not (text[k].istitle() and text[k].isalpha()):
            return False
        lower = self.index.lower[k]
        return lower in lx.TRIM_WORDS or lower not in STOP_WORDS and lower not in lx.VEHICLE_WORDS and len(lower) >= 3

    def _trim_code(self, doc: Doc, ent: Span) -> bool:
        """'the Zentara II', 'the Kestrel GT', 'Vanta XT and Rika C models': a generation's roman numeral or a short code
        in capitals written right after a model's name is part of that model's name; not a body's, a kit's or a gearbox's
        abbreviation ('Vanta PPV', 'Vanta CKD kits', 'Vanta DM-i', 'Vanta MT'), an initial ('Vanta J. Smith'), a word of a
        line in capitals, or a name after one in capitals ('the VANTA XT')."""
        k = ent.end
        if k >= len(doc) or doc[k].ent_type_ not in ("", "MODEL_AMBIG") or self._text(ent).isupper():
            return False
        word = doc[k].text
        if not (word.isalpha() and word.isupper() and len(word) <= 4) or word in TRIM_CODE_STOPS or word.lower() in lx.VEHICLE_WORDS:
            return False
        if not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text in ("-", ".", "/"):
            return False  # "DM-i", "EX-L", "J.": a longer code, an initial
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in TRIM_LEVEL_NOUNS | {"versions", "variants", "trims", "grades"}:
            return False
        # "the Vanta XT ... the Vanta": a model also named without the code has it as a version's; one named with it
        # wherever it is named has it in its name
        last = self.index.lower[ent.end - 1]
        if any(self.index.text[i + 1:i + 2] != [word] for i in self.index.positions({last})):
            return False
        if nxt is not None and nxt.text in GEARBOX_CODES:
            return False  # "the Vanta G MT variant": a trim grade named with its gearbox, a version of the Vanta
        return nxt is None or not (nxt.is_upper and nxt.is_alpha and len(nxt) >= 3)  # not "the Vanta GT WINS AWARD"

    def _dotted_variants(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Nexon.ev', 'Punch.ev': a known model's electric version written as one word with '.ev'."""
        taken = self._tokens_of(ents)
        found = []
        for i, word in enumerate(self.index.lower):
            if not word.endswith(".ev") or i in taken or self.index.is_boilerplate(i):
                continue
            text = self.index.text[i]
            models = self.gaz.makers_of(text[:-3])
            if not models:
                continue
            model = next((m for m in models if m.maker in self._mentioned_companies), models[0])
            found.append(Span(doc, i, i + 1, label="MODEL", span_id=f"{model.maker}|{model.name}{text[-3:]}"))
        return found

    def _named_version(self, doc: Doc, ent: Span) -> bool:
        """'the Combo Electric', 'a Corsa EV': a model's version named after it, in an article that names a company
        (not a band's or a company's name: 'Combo Electric Company')."""
        return (ent.end + 1 < len(doc) and bool(self._mentioned_companies) and doc[ent.end].text in ("Electric", "EV", "PHEV") and not doc[ent.end].ent_type_
                and not (doc[ent.end + 1].is_title and doc[ent.end + 1].lower_ not in STOP_WORDS))  # not "Combo Electric Company"

    def _model_context(self, doc: Doc, ent: Span, spec_sents: set[int], model_idx: set[int]) -> bool:
        if self._named_version(doc, ent):
            return True
        if self._numbered_vessel(doc, ent) or self._another_groups_platform(ent):
            return False
        if self._based_compound(ent, model_idx):
            return True  # "Commodore-based Chevrolet SS sedans": the model another derives from
        if self._after_naming_cue(ent.start) and lx.VEHICLE_WORDS & set(self.index.lower[max(self.index.sent_bounds(ent.start)[0], ent.start - 14):ent.start]):
            return True  # "its first SUV, code-named Project Gravity"
        if self._maker_in_other_case(doc, ent):
            return True  # "Seat Ibiza", "Saipa Pride": the maker written before it, in title case where the gazetteer has capitals
        if self._looks_like_person(doc, ent) or self._in_hyphen_compound(doc, ent) or self._inside_a_name(doc, ent):
            return False
        if self._model_year_before(ent):
            return True  # "Production for the 2016 Maxima will begin": a model year names a vehicle
        if self._in_capitals_line(doc, ent):
            return False
        if self._styled_in_capitals(ent):
            return self._capitals_context(doc, ent, model_idx)
        if self._opening_participle(ent):
            return False
        # "the 6.2-liter "Boss" V-8": the engine's name after its size, in quotes or not
        quoted = ent.start >= 1 and doc[ent.start - 1].text in ('"', "“", "'", "‘") and ent.start - 1 in self._engine_ends
        if (ent.start in self._engine_ends or quoted) and not self._body_noun_after(ent) or self._engine_layout(ent):
            return False
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        window = self.index.lower[max(sent_start, ent.start - 3):min(sent_end, ent.end + 4)]
        if lx.VEHICLE_WORDS & set(window):
            return True
        if self._listed_with_places(doc, ent):
            return False
        if sent_start in spec_sents:
            return True
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY" and (self._group_makes(prev.ent_id_, ent) or not self._headline_word(doc, ent)):
            return True
        if self._made_or_shipped(ent.start) or self._maker_in_sentence(ent, sent_start, sent_end) or self._lineage_base(ent.start):
            return True
        if self._succeeded_model(doc, ent):
            return True
        # "The X70, launched in 2018, was a locally adapted Boyue": a name a lineage cue derives from a known model
        if any(j in model_idx and j - 1 not in model_idx and self._lineage_base(j) for j in range(ent.end + 2, min(sent_end, ent.end + 14))):
            return True
        if ent.start > 0 and doc[ent.start - 1].like_num and (self._text(ent).endswith("s") or doc[ent.end:ent.end + 1].text in ("'s", "’s")):
            return True  # "2,900 e Vitaras", "a batch of 20 Zorins's": a count of them
        if self._counted_with_modifier(doc, ent):
            return True
        if self._made_in_relative_clause(ent):
            return True
        if self._listed_past_figures(doc, ent, model_idx):
            return True
        if self._counted_output_of_story_maker(doc, ent):
            return True
        if self._listed_with_counts(doc, ent, model_idx):
            return True
        return self._listed_with_models(doc, ent, model_idx) or self._listed_after_modifiers(doc, ent, model_idx)

    def _counted_output_of_story_maker(self, doc: Doc, ent: Span) -> bool:
        """'Zorin plans to add Vela output soon', 'its Vela export sales rose 39%': a name that is also a word, right
        before a noun of output or sales, in a story that names one of its makers: the model whose output it is (not a
        figure, 'Defender 110 sales', nor a town, which its maker's story would not count so)."""
        text = self._text(ent)
        if ent.end >= len(doc) or self.index.lower[ent.end] not in OUTPUT_NOUNS or not text.isalpha() or not text[:1].isupper():
            return False
        groups = {self.gaz.group_of(c) for c in self._mentioned_companies}
        return any(self.gaz.group_of(m.maker) in groups for m in self.gaz.makers_of(text))

    @staticmethod
    def _numbered_vessel(doc: Doc, ent: Span) -> bool:
        """'the car carrier "Kestrel Explorer No. 1"', 'Pioneer No.2': a ship's name (or another single thing's), the word
        'No.' and a number after it, not a vehicle model."""
        k = ent.end
        if k < len(doc) and doc[k].text in ("No.", "No", "no.") and k + 1 < len(doc):
            k += 1
            if doc[k].text == ".":
                k += 1
            return k < len(doc) and doc[k].like_num
        return k < len(doc) and doc[k].text.startswith("No.") and doc[k].text[3:].isdigit()

    def _headline_word(self, doc: Doc, ent: Span) -> bool:
        """'Ford Kicks Off Production': a name in a run of capitalised words (a headline), a word, not a code."""
        text = self._text(ent)
        return ent.end < len(doc) and text.isalpha() and text.istitle() and doc[ent.end].is_title and doc[ent.end].is_alpha

    def _group_makes(self, company: str, ent: Span) -> bool:
        """'Nissan Kicks', 'Opel Combo': the company written before a name that is also a word is of the group of one of
        the name's makers (in a headline 'Ford Kicks Off Production' is a verb after Ford); a company the gazetteer lacks
        may be."""
        group = self.gaz.group_of(company)
        makers = self.gaz.makers_of(self._text(ent))
        return company not in self.gaz.companies or not makers or any(self.gaz.group_of(m.maker) == group for m in makers)

    def _listed_with_models(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'the Creta, the Venue and the Verna': a name listed next to a known model of the same list."""
        for i in (self._skip_glue(doc, ent.start - 1, -1), self._skip_glue(doc, ent.end, 1)):
            if i is not None and i in model_idx and (i < ent.start or i >= ent.end):
                return True
        return False

    def _listed_after_modifiers(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'Both the Leaf and now overseas-only Juke are built there': a name listed after a known model, a few
        lower-case words that describe it (no verb) between the list word and the name."""
        k, skipped = ent.start - 1, 0
        while k >= 0 and skipped < 4 and (doc[k].text == "-" or doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in LIST_GLUE
                                          and doc[k].lower_ != "the" and doc[k].pos_ not in ("VERB", "AUX")):
            k -= 1
            skipped += 1
        if skipped and k >= 1 and doc[k].lower_ == "the":
            k -= 1  # "the Leaf and the now export-only Juke"
        if skipped == 0 or k < 1 or doc[k].lower_ not in ("and", "or", ","):
            return False
        i = self._skip_glue(doc, k, -1)
        return i is not None and i in model_idx

    def _listed_with_counts(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'plans to make 40,000 Alpha, 12,000 Beta and 9,000 Gamma': a count before the name, in a list whose next or
        previous item is a count and a known model."""
        if ent.start < 1 or not doc[ent.start - 1].like_num:
            return False
        after = self._skip_glue(doc, ent.end, 1)
        if after is not None and after + 1 < len(doc) and doc[after].like_num and after + 1 in model_idx:
            return True
        before = self._skip_glue(doc, ent.start - 2, -1)
        if before is None or before not in model_idx:
            return False
        first = before
        while first - 1 in model_idx:
            first -= 1
        return first >= 1 and doc[first - 1].like_num

    def _listed_with_places(self, doc: Doc, ent: Span) -> bool:
        """'ports at Long Beach, Oakland in California, and Tacoma in the state of Washington': a name listed after a town
        ('builds the Tacoma in Mexico' lists nothing) or followed by 'in the state of' is a town of that name."""
        if ent.start > 0 and self.index.lower[ent.start - 1] == "the":
            return False  # "the Duster in Mioveni, and the Logan": a model's article
        before = self._skip_glue(doc, ent.start - 1, -1)
        if before is not None and doc[before].ent_type_ == "PLACE":
            return True
        return self.index.lower[ent.end:ent.end + 4] == ["in", "the", "state", "of"]

    def _styled_in_capitals(self, ent: Span) -> bool:
        """'SPACIA', 'D-MAX': a model's name written in capitals where the gazetteer's is not."""
        model, text = self.gaz.models.get(key_of(ent)), self._text(ent)
        # (a capitals variant made from the gazetteer's name, not a known spelling in capitals such as 'E5')
        return text.isupper() and text not in self.gaz.model_aliases and model is not None and not model.name.isupper()

    def _capitals_context(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """A model's name in capitals alone is a model right before a vehicle word ('the SPACIA minicar'), listed with
        other models ('the ALTO, WAGON R and HUSTLER'), after one ('compact car CULTUS'), as what is made or shipped ('production of the HUSTLER'), or
        with its maker in the sentence: not from vehicle words somewhere near ('the ALTO team will assemble cars')."""
        if ent.end < len(doc) and (self.index.lower[ent.end] in lx.VEHICLE_WORDS or self.index.lower[ent.end] in lx.VEHICLE_CLASS_WORDS):
            return True
        if ent.start > 0 and self.index.lower[ent.start - 1] in lx.VEHICLE_WORDS:
            return True  # "production of compact car CULTUS"
        if self._listed_with_models(doc, ent, model_idx):
            return True
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        return self._made_or_shipped(ent.start) or self._maker_in_sentence(ent, sent_start, sent_end)

    def _in_capitals_line(self, doc: Doc, ent: Span) -> bool:
        """'SUZUKI CELEBRATES RECORD SPACIA OUTPUT': a model's name written in capitals (not a name that is capitals
        anyway, 'RX') in a sentence of words in capitals, a headline's or a banner's, where every word is so written."""
        if not self._styled_in_capitals(ent):
            return False
        start, end = self.index.sent_bounds(ent.start)
        words = [t for t in doc[start:end] if t.is_alpha and len(t) >= 3 and not ent.start <= t.i < ent.end]
        return not words or 2 * sum(t.is_upper for t in words) >= len(words)

    def _made_in_relative_clause(self, ent: Span) -> bool:
        """'the current electric Leaf, which is already manufactured there': a name the relative clause after it says
        is built."""
        lower = self.index.lower
        k = ent.end
        if lower[k:k + 2] not in ([",", "which"], [",", "that"]):
            return False
        k += 2
        while k < len(lower) and k - ent.end < 7 and lower[k] in ("is", "was", "are", "were", "has", "have", "been", "being", "be",
                                                                  "will", "already", "also", "still", "now", "currently", "only"):
            k += 1
        return k < len(lower) and k > ent.end + 2 and lower[k] in lx.MADE_PARTICIPLES

    def _model_year_before(self, ent: Span) -> bool:
        """'the 2016 Maxima', 'a new 2021 Kicks': a year right before the name, after an article or 'new', is a vehicle's
        model year (not 'in 2016 Maxima said': no article before the year)."""
        k = ent.start - 1
        text = self.index.text[k] if k >= 1 else ""
        return (len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")
                and self.index.lower[k - 1] in ("the", "a", "its", "their", "new", "all-new", "this", "his", "her"))

    def _counted_with_modifier(self, doc: Doc, ent: Span) -> bool:
        """'86,000 standard Outlanders, 50,000 plug-in Outlanders': a count of a model in the plural, a word or two
        of description between (lower case: not '3,000 Tigers')."""
        text = self._text(ent)
        if not text.endswith("s") or not text[-2:-1].islower():
            return False
        k = ent.start - 1
        while k >= 0 and ent.start - k <= 3 and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-"):
            k -= 1
        return k < ent.start - 1 and k >= 0 and doc[k].like_num and doc[k + 1].text != "-"

    def _listed_past_figures(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'followed by the Sandero (14.5%) and Logan (10%)': a name listed with a known model, each with its figure
        in brackets."""
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ in LIST_GLUE:
            k -= 1
        if k < 1 or doc[k].text != ")" or k == ent.start - 1:
            return False
        opening = next((j for j in range(k - 1, max(-1, k - 7), -1) if doc[j].text == "("), None)
        return opening is not None and opening - 1 in model_idx and any(doc[j].like_num for j in range(opening, k))

    def _based_compound(self, ent: Span, model_idx: set[int]) -> bool:
        """'the Commodore-based Chevrolet SS': a name joined to '-based' with a model (or its maker) a few words after."""
        lower, text = self.index.lower, self.index.text
        k = ent.end
        if not (k + 2 < len(lower) and lower[k] == "-" and lower[k + 1] == "based" and text[ent.start][:1].isupper()):
            return False
        after = range(k + 2, min(len(lower), k + 5))
        return any(j in model_idx for j in after) or any(start in after for start, _ in self._company_keys)

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

    def _engine_layout(self, ent: Span) -> bool:
        """'a 3.5-litre EcoBoost V6 engine', 'its twin-turbo V8': a cylinder layout's name, an engine's and no model's,
        before the word engine or a few words after an engine's size."""
        if not ENGINE_LAYOUT.match(self._text(ent)):
            return False
        makers = {self.gaz.group_of(m.maker) for m in self.gaz.makers_of(self._text(ent))}
        if not any(self.gaz.group_of(c) in makers for c in self._mentioned_companies):
            return True  # "a conventional V6" in a story that names no maker of a model called V6
        lower = self.index.lower
        if ent.end < len(lower) and lower[ent.end] in ENGINE_NOUNS:
            return True
        return any(ent.start - d in self._engine_ends for d in (1, 2, 3, 4))

    def _body_noun_after(self, ent: Span) -> bool:
        """'the 1.6-litre Waja small-medium sedan': after an engine's size, a name that lower-case words of class (or
        none) join to a vehicle's body noun is the car's, not the engine's ('a 2.0-litre Kappa engine', '... unit')."""
        lower, text = self.index.lower, self.index.text
        k = ent.end
        while k < len(lower) and k - ent.end < 4 and lower[k] not in NAMED_VEHICLE_NOUNS and (lower[k] == "-" or text[k].islower()):
            k += 1
        return k < len(lower) and lower[k] in NAMED_VEHICLE_NOUNS and lower[k] != "vehicle"

    def _opening_participle(self, ent: Span) -> bool:
        """'Carrying 2,000 cars, the ship left ...', 'Touring the plant, the minister said ...': a one-word name in -ing
        that opens its sentence is a participle there, not a model of that name."""
        return len(ent) == 1 and ent.start == self.index.sent_bounds(ent.start)[0] and self.index.lower[ent.start].endswith("ing")

    def _made_or_shipped(self, i: int) -> bool:
        """'builds the CLA', 'will assemble the e Vitara', 'production of the T10F': an object of making or shipping."""
        lower = self.index.lower
        k = i - 1
        while k >= 0 and (lower[k] in ("the", "its", "a", "new", "all-new", "electric") or lower[k] in MODEL_MODIFIERS):
            k -= 1
            if k >= 1 and lower[k] == "-" and lower[k + 1] in MODEL_MODIFIERS:
                k -= 2  # "production of the third-generation Leaf", "the long-wheelbase X"
        if k < 0:
            return False
        return lower[k] in OBJECT_VERBS or lower[k] in lx.EXPORT_CUES or lower[k] == "of" and k > 0 and lower[k - 1] in PRODUCTION_NOUNS

    def _succeeded_model(self, doc: Doc, ent: Span) -> bool:
        """'a successor to the current electric Leaf', 'the replacement for the Tiida': a model another replaces, in a
        story that names its maker; not a word of a longer name ('successor to the Golf club president')."""
        lower = self.index.lower
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.is_alpha and after.is_lower and not after.is_stop and after.lower_ not in lx.VEHICLE_WORDS:
            return False
        makers = {self.gaz.group_of(m.maker) for m in self.gaz.makers_of(self._text(ent))}
        if not any(self.gaz.group_of(c) in makers for c in self._mentioned_companies):
            return False
        i = ent.start
        k = i - 1
        while k >= 0 and (lower[k] in ("the", "a", "an", "its", "their", "electric", "outgoing", "ageing", "aging", "old")
                          or lower[k] in MODEL_MODIFIERS or lower[k] in lx.VEHICLE_CLASS_WORDS) and i - k <= 4:
            k -= 1
        return k >= 1 and lower[k] in ("to", "for", "of") and lower[k - 1] in SUCCESSOR_NOUNS

    def _other_kind_of_vehicle(self, doc: Doc, ent: Span) -> bool:
        """'City AC buses', 'the Metro coaches': a car's name that is also a word, right before (past one code in
        capitals) a noun of buses or trucks: a kind of bus or truck, not the car."""
        models = self.gaz.makers_of(self._text(ent))
        if not models or any(m.body in ("bus", "truck", "van", "") for m in models):
            return False
        k = ent.end + (ent.end < len(doc) and doc[ent.end].is_upper and doc[ent.end].is_alpha)
        return k < len(doc) and self.index.lower[k] in HEAVY_VEHICLE_NOUNS

    def _another_groups_platform(self, ent: Span) -> bool:
        """'GM's Gamma II platform': a name that is also a word, after the possessive of a company of none of its makers'
        groups and right before a noun of platforms (a numeral between), is that company's platform, no car."""
        lower = self.index.lower
        company = self._company_ends.get(ent.start - 1)
        if company is None or lower[ent.start - 1] not in POSSESSIVE_MARKS or self._group_makes(company, ent):
            return False
        k = ent.end + (ent.end < len(lower) and self.index.text[ent.end] in ("I", "II", "III", "IV", "2", "3"))
        return k < len(lower) and lower[k] in LINEAGE_NOUNS

    def _lineage_base(self, i: int) -> bool:
        """'is a rebadged Tiggo 7', 'based on the Sandero', 'shares its platform and body with the Tiggo 8': a donor model."""
        lower = self.index.lower
        k = i
        while k > 0 and lower[k - 1] in ("the", "a", "an"):
            k -= 1
        if k > 0 and any(tuple(lower[max(0, k - len(cue)):k]) == cue for cue in PLATFORM_CUES_BY_LAST.get(lower[k - 1], ())):
            return True
        return k > 0 and lower[k - 1] == "with" and bool(LINEAGE_NOUNS & set(lower[max(0, k - 9):k]))

    def _maker_in_sentence(self, ent: Span, sent_start: int, sent_end: int) -> bool:
        """'Mercedes-Benz, which builds the CLA in Kecskemet': the model's own maker is named in the sentence."""
        # "Outlanders": a plural's makers are its name's
        makers = {m.maker for m in self.gaz.makers_of(self._text(ent)) or self.gaz.makers_of(key_of(ent).split("|", 1)[-1])}
        makers |= {self.gaz.companies[m].parent for m in makers if m in self.gaz.companies}
        return any(sent_start <= start < sent_end and key in makers for start, key in self._company_keys)

    @staticmethod
    def _plant_name_word(doc: Doc, ent: Span) -> bool:
        """'the Saltillo Van Assembly Plant', 'the Rosslyn Bus Plant': a town's name that is a word of the plant's
        name after another town (the town right before it), one word, and the name goes on."""
        return (len(ent) == 1 and ent.end < len(doc) and doc[ent.end].is_title
                and doc[ent.start - 1].whitespace_ == " " and doc[ent.start - 1].is_alpha)

    def _brand_as_model(self, doc: Doc, ent: Span) -> Span:
        """'assembles the Tank pickup': a brand's one-word name between 'the' and a vehicle noun is another maker's
        model of that name, when the gazetteer knows one."""
        info = self.gaz.companies.get(key_of(ent))
        if (info is None or info.kind != "brand" or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent.end >= len(doc)
                or doc[ent.end].lower_ not in lx.VEHICLE_WORDS or doc[ent.end].lower_ in ("model", "models", "version", "versions")):
            return ent
        models = [m for m in self.gaz.makers_of(ent.text) if m.maker != info.name]
        if not models:
            return ent
        return Span(doc, ent.start, ent.end, label="MODEL_AMBIG", span_id=models[0].key)

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

    @staticmethod
    def _inside_a_name(doc: Doc, ent: Span) -> bool:
        """'Bryan County', 'Toyota's Liberty plant' aside: a capitalised word just before that names nothing makes
        the ambiguous word part of another proper name."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1]
        if prev.ent_type_ == "PLACE" and ent.text.lower() in PLACE_NAME_HEADS:
            return True  # "the Spartanburg County site": a county's name, not the Hyundai County
        return prev.is_title and prev.is_alpha and not prev.ent_type_ and not prev.is_sent_start and not prev.is_stop

    @staticmethod
    def _in_hyphen_compound(doc: Doc, ent: Span) -> bool:
        """'GT-Line', 'up-market': an ambiguous name joined to another word by a hyphen is part of that word."""
        after = ent.end + 1 < len(doc) and not doc[ent.end - 1].whitespace_ and doc[ent.end].text == "-" and not doc[ent.end].whitespace_
        before = ent.start >= 2 and doc[ent.start - 1].text == "-" and not doc[ent.start - 2].whitespace_ and not doc[ent.start - 1].whitespace_
        # "the March/Micra-based models": the first of two names joined by a slash into one hyphened modifier
        k = ent.end
        slashed = (k + 2 < len(doc) and doc[k].text == "/" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                   and not doc[k + 1].whitespace_ and doc[k + 2].text == "-")
        return after or before or slashed

    @staticmethod
    def _skip_glue(doc: Doc, i: int, step: int) -> int | None:
        moved = False  # past a list word; "the" alone joins nothing ("the Creta and the Verna" has "and")
        while 0 <= i < len(doc):
            if doc[i].lower_ in LIST_GLUE or doc[i].lower_ == "the":
                moved = moved or doc[i].lower_ != "the"
                i += step
                continue
            # "the Sandero (14.5%) and Logan (10%)": a figure in brackets after a listed name
            close, open_ = (")", "(") if step < 0 else ("(", ")")
            if doc[i].text != close:
                break
            k = i + step
            while 0 <= k < len(doc) and abs(k - i) <= 6 and doc[k].text != open_ and (doc[k].like_num or doc[k].is_punct or doc[k].is_lower):
                k += step
            if not (0 <= k < len(doc)) or doc[k].text != open_:
                break
            i = k + step
        return i if moved and 0 <= i < len(doc) else None

    @staticmethod
    def _prev_word(doc: Doc, i: int) -> Token | None:
        j = i - 1
        while j >= 0 and doc[j].lower_ in ("the", "new", "its", "a", "an", "’s", "'s", "all-new"):
            j -= 1
        return doc[j] if j >= 0 else None

    def _pick_model(self, doc: Doc, ent: Span) -> str:
        """Among makers of a shared model name, the one the article mentions."""
        candidates = self.gaz.makers_of(self._text(ent)) or self.gaz.makers_of(key_of(ent).split("|", 1)[-1])
        if not candidates:
            return key_of(ent)
        for model in candidates:  # "the Ford Ranger ... the Ranger": the maker the name was written with
            if model.key in self._named_in_full:
                return model.key
        mentioned = self._mentioned_companies
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        here = {key for start, key in self._company_keys if sent_start <= start < sent_end}
        here |= {self.gaz.companies[key].parent for key in here if key in self.gaz.companies}
        near = [model for model in candidates if model.maker in here]
        if len(near) == 1 and any(model.maker in mentioned for model in candidates if model is not near[0]):
            return near[0].key  # "Tata Motors Passenger Vehicles will add the Harrier" in a story that names Toyota too
        # "the Nexon, the Harrier and the Curvv": the maker of the other models the sentence names
        beside = {key.split("|", 1)[0] for start, key in self._model_keys if sent_start <= start < sent_end and start != ent.start}
        listed = [model for model in candidates if model.maker in beside]
        if len(listed) == 1:
            return listed[0].key
        named_makers = [model for model in candidates if model.maker in mentioned]
        if len(named_makers) >= 2:
            return self._most_named_maker(named_makers).key
        if named_makers:  # the maker itself named beats a parent group named ("Ford" over Toyota's Hino)
            return named_makers[0].key
        series = self._series_model(ent)
        if series is not None:
            return series
        for model in candidates:
            parent = self.gaz.companies.get(model.maker)
            if parent and parent.parent in mentioned:
                return model.key
        listed_makers = beside | {m.maker for start, text in self._ambiguous_names if sent_start <= start < sent_end and start != ent.start
                                  for m in self.gaz.makers_of(text)}
        if len(listed_makers & mentioned) == 1 and (maker := next(iter(listed_makers & mentioned))) in mentioned:
            # "the final Falcon and Territory": listed with models of a maker the story names, and no maker the
            # gazetteer gives the name is named: that maker's model, one the gazetteer lacks
            return f"{maker}|{candidates[0].name}"
        return candidates[0].key

    def _most_named_maker(self, models: list[Model]) -> Model:
        """'Zentaro India ... Zentaro India ... sold under the Zentaro badge': of two makers the gazetteer gives a model's
        name, both named in the story, the one the story is about: named at least twice as often as the first row's
        maker (a passing mention of the badge does not outweigh it; 'Dacia' three times and 'Renault' twice keeps the
        first row)."""
        if self._story_makers is None:
            self._story_makers = Counter(key for _, key in self._company_keys)
        counts = self._story_makers
        best = max(models, key=lambda model: counts.get(model.maker, 0))
        return best if counts.get(best.maker, 0) >= 2 * counts.get(models[0].maker, 0) else models[0]

    def _series_model(self, ent: Span) -> str | None:
        """'the Galaxy E5 ... shares its platform with the E5', 'Geely's ... E8 sedan': the short name of a series model
        of a maker the article names (Geely's Galaxy E5 and Galaxy E8), when no maker of the name itself is named."""
        if any(m.maker in self._mentioned_companies for m in self.gaz.makers_of(self._text(ent))):
            return None
        series = [m for m in self.gaz.models_ending_with(self._text(ent)) if m.maker in self._mentioned_companies]
        named = [m for m in series if m.key in self._named_models]
        return (named or series)[0].key if len(named) == 1 or len(series) == 1 else None

    def _with_model_key(self, doc: Doc, ent: Span) -> Span:
        if "|" in key_of(ent) and len(self.gaz.makers_of(self._text(ent))) <= 1:
            series = self._series_model(ent)
            return ent if series is None else Span(doc, ent.start, ent.end, label="MODEL", span_id=series)
        return Span(doc, ent.start, ent.end, label="MODEL", span_id=self._pick_model(doc, ent))

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
        for i in self.index.positions(THE):
            j = i + 1
            if i >= len(lower) - 2 or j in taken or self.index.is_boilerplate(j):
                continue
            if lower[j] in CLASSING_WORDS:  # "the compact urban commercial vehicle Carrying": the name after its class
                named = self._name_after_class(doc, j, taken)
                if named is not None and (maker := self._maker_nearby(doc, ents, named)) is not None:
                    found.append(Span(doc, named, named + 1, label="MODEL", span_id=f"{maker}|{doc[named].text}"))
                    taken.add(named)
                    unresolved.append(Unresolved(doc[named].text, "MODEL", self.index.sent_text(named), doc[named].idx,
                                                 doc[named].idx + len(doc[named].text), "named after its vehicle class"))
                continue
            nxt = lower[j + 1]
            appositive = nxt == "," and j + 2 < len(doc) and lower[j + 2] in ("a", "an") and bool(
                set(lower[j + 3:j + 9]) & (lx.VEHICLE_WORDS | {"version", "rebadged"}))
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
        if maker is None:
            return
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
