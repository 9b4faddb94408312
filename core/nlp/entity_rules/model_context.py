"""A vehicle's context for an ambiguous model name (_model_context): vehicle words near it, a spec sentence, its
maker written before it or named in the sentence, an object of making or shipping, a model year, a count of it, a list
with known models, a lineage ('based on the X'), a successor; and what rules it out (a person's or a longer proper name,
a hyphened compound, an engine's name after its size, a headline or a line in capitals, another group's platform).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import key_of
from core.nlp.entity_rules.words import (
    ENGINE_LAYOUT,
    ENGINE_NOUNS,
    LINEAGE_NOUNS,
    LIST_GLUE,
    MODEL_MODIFIERS,
    NAMED_VEHICLE_NOUNS,
    OBJECT_VERBS,
    PLACE_NAME_HEADS,
    PLATFORM_CUES_BY_LAST,
    POSSESSIVE_MARKS,
    PRODUCTION_NOUNS,
    SUCCESSOR_NOUNS,
)

# "the Explorer 1, its own vehicle cargo ship": a ship's noun (lx.SHIP_WORDS) in apposition to a name, after one of these
SHIP_APPOSITION_OPENERS = frozenset(["its", "their", "the", "a", "an"])
FAMILY_NOUNS = frozenset(["models", "range", "ranges", "series", "family", "line-up", "lineup", "vehicles", "cars", "suvs"])
BADGE_NOUNS = frozenset(["badge", "badges", "badging", "nameplate", "nameplates"])
# "add Vela output", "its Vela export sales": nouns of a model's output or sales written right after its name
OUTPUT_NOUNS = frozenset(["output", "production", "sales", "export", "exports", "volume", "volumes", "deliveries", "orders"])


class ModelContextRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _model_context(self, doc: Doc, ent: Span, spec_sents: set[int], model_idx: set[int]) -> bool:
        if self._named_version(doc, ent):
            return True
        if (self._numbered_vessel(doc, ent) or self._another_groups_platform(ent) or self._place_name_head(doc, ent)
                or self._letter_of_a_range(doc, ent)):
            return False  # (a county's name before "-based" too: "Spartanburg County-based BMW Manufacturing")
        if self._based_compound(ent, model_idx):
            return True  # "Commodore-based Chevrolet SS sedans": the model another derives from
        if ent.end < len(doc) and doc[ent.end].lower_ in BADGE_NOUNS and ent.start > 0 and doc[ent.start - 1].lower_ in ("under", "with", "wearing"):
            return True  # "will be sold under Sunny badges": a model's name on a car's badges
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
        'No.' and a number after it, not a vehicle model; 'the Explorer 1, its own vehicle cargo ship': a name a ship's
        noun stands in apposition to."""
        if ModelContextRulesMixin._ship_in_apposition(doc, ent):
            return True
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
        """'the current electric Leaf, which is already manufactured there', 'the Vela, which is a compact crossover': a
        name the relative clause after it says is built, or is a vehicle of some class."""
        lower = self.index.lower
        k = ent.end
        if lower[k:k + 2] not in ([",", "which"], [",", "that"]):
            return False
        k += 2
        while k < len(lower) and k - ent.end < 7 and lower[k] in ("is", "was", "are", "were", "has", "have", "been", "being", "be",
                                                                  "will", "already", "also", "still", "now", "currently", "only"):
            k += 1
        if k < len(lower) and k > ent.end + 2 and lower[k] in lx.MADE_PARTICIPLES:
            return True
        # "Ghibli, which is a smaller model aimed at ...": the clause says what it is, a vehicle of some class
        if k == ent.end + 2 or lower[k - 1] not in ("is", "was", "will", "be") or k >= len(lower) or lower[k] not in ("a", "an"):
            return False
        words = lower[k + 1:k + 5]
        return any(word in lx.VEHICLE_WORDS and all(x.isalpha() or "-" in x for x in words[:j]) for j, word in enumerate(words))

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
    def _ship_in_apposition(doc: Doc, ent: Span) -> bool:
        """'the Explorer 1, its own vehicle cargo ship', 'Toscana, the ship carrying ...': a name a ship's noun stands in
        apposition to (a number may close the name)."""
        k = ent.end + (ent.end < len(doc) and doc[ent.end].like_num)
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in SHIP_APPOSITION_OPENERS:
            j = k + 2
            while j < min(len(doc), k + 7) and doc[j].is_alpha and doc[j].lower_ not in lx.SHIP_WORDS:
                j += 1
            # (a "carrier" a ship only when it carries cars: "a car carrier", not "a people carrier")
            return j < len(doc) and doc[j].lower_ in lx.SHIP_WORDS and (doc[j].lower_ != "carrier" or doc[j - 1].lower_ in ("car", "vehicle", "cargo"))
        return False

    @staticmethod
    def _letter_of_a_range(doc: Doc, ent: Span) -> bool:
        """'BMW X models', 'the Q range': one letter before a noun of several models names a family, no one model."""
        return len(ent.text) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in FAMILY_NOUNS

    @staticmethod
    def _place_name_head(doc: Doc, ent: Span) -> bool:
        """'the Spartanburg County site': a county's (a city's, a valley's) name after its place, not the Hyundai County."""
        return ent.start > 0 and doc[ent.start - 1].ent_type_ == "PLACE" and ent.text.lower() in PLACE_NAME_HEADS

    @staticmethod
    def _inside_a_name(doc: Doc, ent: Span) -> bool:
        """'Bryan County', 'Toyota's Liberty plant' aside: a capitalised word just before that names nothing makes
        the ambiguous word part of another proper name."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1]
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
