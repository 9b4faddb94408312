"""A known model's name as written: whose model it is (the maker written before it, in another case or as a
sibling brand, before a list of models; the maker the story names most among a shared name's makers) and where the
name ends (a trim, a grade, a code or a version written after it, '.ev', a capitalised body noun; a brand's one-word
name before a vehicle noun read as a model).
"""
from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import DAYS, MAKER_KINDS
from core.nlp.first_names import first_names
from core.nlp.gazetteer import Model

# capitals after a model's name that name no trim of it: a body style, a kit, a gearbox, a hybrid system, a country, a
# pronoun or article ("the Vanta CKD kits", "the Vanta MT", "the Vanta I drove")
GEARBOX_CODES = frozenset(["MT", "AT", "AMT", "CVT", "DCT", "DSG", "IVT"])
# (engines', drives' and units' codes: "the Vanta TSI", "the Vanta AWD", "the Vanta HP" name a version or a figure)
ENGINE_CODES = frozenset("TSI TDI TFSI FSI GDI MPI CRDI VVT VTEC DOHC SOHC CNG LPG AWD FWD RWD LHD RHD HP BHP PS KW NM CC".split())
TRIM_CODE_STOPS = GEARBOX_CODES | ENGINE_CODES | frozenset(
    "I A CKD SKD CBU KD PPV MUV LCV HCV DM ADAS NCAP GCC US USA UK EU UAE CEO AND OR OF THE IN TO FOR ON BY".split())
# "the LX version of the X", "the GT trim of the Y": nouns of a model's trim level
TRIM_LEVEL_NOUNS = frozenset(["version", "trim", "grade", "variant"])


class ModelNameRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _with_body_noun(self, doc: Doc, ent: Span, end: int) -> Span:
        """'NP300 Pickups', 'the Dacia Logan Pickup': the model's name and the capitalised vehicle noun written as part of
        it (a name the gazetteer also gives another maker's model: UAZ's Pickup)."""
        key = key_of(ent)
        maker, name = key.split("|", 1) if "|" in key else ("", key)
        return Span(doc, ent.start, end, label="MODEL", span_id=f"{maker}|{name} {doc[ent.end:end].text}")

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
            model = self.gaz.models.get(key_of(ent))
            if model is not None and any(self._text(ent).startswith(s + " ") for s in self.gaz.surfaces_of(model.maker)):
                continue  # "most Nissan Navaras, the Holden Colorado, Isuzu D-Max": a model written with its own maker ends the list
            carried.add(ent.start)
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
        if ent.start > 0 and not doc[ent.start - 1].ent_type_ and doc[ent.start - 1].text in first_names():
            return False  # "Minister Ana Passo Ribeirinho": a given name before, the words a person's name
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
