"""EntityRuler patterns from the gazetteer. Each pattern's id is the canonical entity."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from core.fact_keys import model_fold
from core.nlp import lexicon as lx
from core.nlp import tokenizer as tk
from core.nlp.gazetteer import Gazetteer

IOB_INSIDE, IOB_OUTSIDE, IOB_BEGIN = 1, 2, 3  # Token.ent_iob values of "I", "O" and "B"


def _usable(surface: str) -> bool:
    """Surfaces that are stop words ("One", "Up") would match everywhere; they need context."""
    return bool(surface) and surface.lower() not in STOP_WORDS and len(surface) > 1


def _pluralisable(surface: str) -> bool:
    """Model names that news puts in the plural by adding an s ('Corollas', 'RAV4s'); short codes and names in s excepted."""
    last = surface[-1:]
    if 2 <= len(surface) <= 3:  # "H6s", "S07s", "X5s": a short code ending in a figure, with a letter in it
        # "CLAs", "GLBs": a three-letter code in capitals too
        return last.isdigit() and surface[0].isalpha() or len(surface) == 3 and surface.isupper() and surface.isalpha() and last != "S"
    # "WR-Vs", "CR-Vs": a hyphenated code in capitals takes a plural s too
    # (not names in sh or ch: "Splashes", "Punches" take "es")
    return (len(surface) > 3 and last.isalnum() and last not in "sSxXzZ" and surface[-2:] not in ("sh", "ch")
            and (not surface.isupper() or last.isdigit() or "-" in surface))


def _pluralisable_es(surface: str) -> bool:
    """Names in s, x, z, sh or ch take "es" in the plural ("HiLuxes", "Atlases", "Corolla Crosses"); not codes in
    capitals ("GLS", "RX") nor short names."""
    return len(surface) > 3 and not surface.isupper() and (surface[-1] in "sxz" or surface[-2:] in ("sh", "ch"))


def _spelling_variants(surface: str) -> list[str]:
    """A two-part model name with a short code part, written with a hyphen or a space: both spellings; a hyphened code
    in capitals also closed up ('CR-V' / 'CRV', 'CX-5' / 'CX5') when it has a figure or both its parts are short
    (not 'UNI-T', which closed up is a word), and two letters (not 'H-1': 'H1' is a half-year)."""
    for sep, other in ((" ", "-"), ("-", " ")):
        parts = surface.split(sep)
        if len(parts) == 2 and all(parts) and min(len(p) for p in parts) <= 2 and other not in surface:
            variants = [other.join(parts)]
            # two letters at least: 'H-1' closed up is the first half of a year
            code = all(p.isalnum() and (p.isupper() or p.isdigit()) for p in parts) and sum(c.isalpha() for c in surface) >= 2
            if sep == "-" and code and (any(c.isdigit() for c in surface) or max(len(p) for p in parts) <= 2):
                variants.append("".join(parts))
            return variants
    return []


NUMBERED_NAME = re.compile(r"^(?P<word>[A-Z][A-Za-z]{2,})(?P<sep>[ -])(?P<figure>\d{2,}[A-Z]{0,2})$")


def _numbered_variants(surface: str) -> list[str]:
    """'Ural 4320' / 'Ural-4320', 'VAZ-2107' / 'VAZ 2107': a name of a word and a model number (of two figures or
    more) is written with a hyphen or a space, whichever the gazetteer has (a short word: _spelling_variants)."""
    m = NUMBERED_NAME.match(surface)
    if m is None:
        return []
    return [f"{m['word']}{'-' if m['sep'] == ' ' else ' '}{m['figure']}"]


CODE_LETTERS, CODE_FIGURES = re.compile(r"^[A-Z]{1,3}$"), re.compile(r"^\d{2,4}[A-Z]?$")


def _closed_code_variants(surface: str) -> list[str]:
    """'G 310 GS' / 'G310 GS', 'XUV 300' / 'XUV300': a code of capitals and a model number (two figures or more)
    written apart in the gazetteer is as often closed up; a name of a code, a number and a code also wholly ('G310GS', 'R1250GS')."""
    words = surface.split(" ")
    variants = [" ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:]) for i in range(len(words) - 1)
                if CODE_LETTERS.match(words[i]) and CODE_FIGURES.match(words[i + 1])]
    if len(words) == 3 and CODE_FIGURES.match(words[1]) and CODE_LETTERS.match(words[0]) and CODE_LETTERS.match(words[2]):
        variants.append("".join(words))
    return variants


CLOSED_CODE = re.compile(r"^(?P<letters>[A-Z]{2,3})(?P<figures>\d{3,4})(?P<suffix>[A-Z]{0,2})$")


def _spaced_code_variants(surface: str, taken: set[str]) -> list[str]:
    """'XTZ125' / 'XTZ 125', 'CB350 Hness' / 'CB 350 Hness': a code of two or three capitals closed up with a number of three
    or four figures is as often written apart; not a number that reads as a year ('BJ2020': 'BJ 2020'), nor capitals
    that are another name ('EU', 'GM': `taken`), which a figure follows in any story. Other capitals take a figure too
    ('SB 200', a bill), so such a spelling without the maker is an ambiguous name."""
    words = surface.split(" ")
    variants = []
    for i, word in enumerate(words):
        m = CLOSED_CODE.match(word)
        if m is None or m["letters"] in taken or not m["suffix"] and 1900 <= int(m["figures"]) <= 2099:
            continue
        variants.append(" ".join(words[:i] + [f"{m['letters']} {m['figures']}{m['suffix']}"] + words[i + 1:]))
    return variants


SERIES_NAME = re.compile(r"^(?P<code>\S.*?)[ -](?P<word>Series|series|Class|class|Type|type)$")


def _series_variants(surface: str) -> tuple[list[str], list[str]]:
    """'3 Series', 'N-Series', 'R-series', 'E-Class', 'X-Type': a range name written with its class word as news does,
    '3 Series', '3-Series', '3-series' and '3 series'. Returns (spellings matched alone, spellings matched only after
    the maker): '3 series' and 'E class' alone read as ordinary words ('a class of', 'the 5 series of tests')."""
    m = SERIES_NAME.match(surface)
    if m is None:
        return [], []
    code, word = m["code"], m["word"].capitalize()
    alone = [f"{code} {word}", f"{code}-{word}", f"{code}-{word.lower()}"]
    after_maker = [f"{code} {word.lower()}"]
    return [v for v in alone if v != surface], [v for v in after_maker if v != surface]


INNER_CAPITALS = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def _lowered_capitals_variant(surface: str) -> str | None:
    """'Spacetourer', 'Ecosport', 'Citroën Grand C4 Spacetourer': a name whose word joins capitalised words ('SpaceTourer',
    'EcoSport'; six letters or more) as news style writes it, with one capital. Some so written are words ('Proceed',
    'Lacrosse', 'Supernova'), so the variant is matched only after the maker's name."""
    words = surface.split(" ")
    lowered = [w[0] + w[1:].lower() if len(w) >= 6 and INNER_CAPITALS.match(w) else w for w in words]
    return " ".join(lowered) if lowered != words else None


def _capitals_variant(surface: str) -> str | None:
    """'e VITARA', 'TIGGO 7 PRO': a model name as makers' press releases style it, its words of three letters or more
    in capitals (short words such as the 'e' of 'e Vitara' stay as written)."""
    words = surface.split(" ")
    if len(words) < 2:  # one word: _one_word_capitals, which asks for the maker or context
        return None
    variant = " ".join(w.upper() if len(w) >= 3 and w[:1].isalpha() else w for w in words)
    return variant if variant != surface else None


def _styled_derivatives(gaz: Gazetteer) -> list[tuple[str, str]]:
    """'GAZelle Next', 'GAZelle NEXT', 'HiLux Revo', 'ID4 Crozz': a model named after another of its maker's ('Gazelle
    Next' after 'Gazelle') written with that model's own styling of its name (an alias that is the same name but for
    case, spaces, hyphens and points), and its added word in capitals as press releases style it. (surface, key) pairs."""
    named: dict[tuple[str, str], str] = {(m.maker, m.name): k for k, m in gaz.models.items()}
    styled: dict[str, list[str]] = {}
    for surface, keys in gaz.model_aliases.items():
        for k in keys:
            if model_fold(surface) == model_fold(gaz.models[k].name) and surface != gaz.models[k].name:
                styled.setdefault(k, []).append(surface)
    pairs = []
    for key, model in gaz.models.items():
        words = model.name.split(" ")
        for n in range(1, len(words)):
            base = named.get((model.maker, " ".join(words[:n])))
            rest = " ".join(words[n:])
            for spelling in styled.get(base, []) if base else []:
                pairs.append((f"{spelling} {rest}", key))
                if len(rest) >= 3 and rest.isalpha() and not rest.isupper():
                    pairs.append((f"{spelling} {rest.upper()}", key))
    return pairs


def _opens_with_own_group(gaz: Gazetteer, surface: str, keys: list[str]) -> bool:
    """'Vortex Corda', 'Lada Granta': an alias whose first words are a company of the group of the model's maker."""
    words = surface.split(" ")
    return any(
        (company := gaz.company(" ".join(words[:n]))) is not None and gaz.same_group(company, gaz.models[k].maker)
        for n in range(1, min(3, len(words))) for k in keys)


def _one_word_capitals(surface: str, alone: bool) -> str | None:
    """A model's one-word name in capitals, as makers' press releases style it: after its maker ('Hyundai AURA',
    'Nissan LEAF', 'Isuzu D-MAX'), or, for names of four letters or more that open with a capital, `alone` ('the
    SPACIA minicar', 'the ALTO and HUSTLER'). Alone it needs context like any ambiguous name (a word in capitals is
    a headline's word as often as a model), and core.nlp.entities takes none from a line in capitals."""
    if " " in surface or not surface.replace("-", "").isalpha() or surface.isupper():
        return None
    if len(surface) < (4 if alone else 3) or alone and not surface[:1].isupper():
        return None
    return surface.upper()


# words of a company's formal name that copy does not write between a maker and its model: "Ford Motor Co",
# "Renault Group", "BMW AG" name the company; "Ford Ranger", "Renault Clio" name the model
_FORMAL_NAME_WORDS = frozenset(["Company", "Corporation", "Group", "Holding", "Holdings", "Industries", "Industrial", "Limited"])


def _model_prefixes(gaz: Gazetteer, maker: str) -> list[str]:
    """The names of a maker copy writes before a model's name: its brand names and short names, not the formal
    names of the company ("Toyota Motor Corporation", "Régie Nationale des Usines Renault"), whose patterns with
    every model would be most of the ruler and never match. The maker's own name always counts ("Lynk & Co")."""
    prefixes = []
    for surface in gaz.surfaces_of(maker):
        words = surface.split()
        formal = len(words) > 3 or any(
            (word.rstrip(".") in _FORMAL_NAME_WORDS or word.rstrip(".") in lx.ABBREVIATED_LEGAL_FORMS
             or word in lx.LEGAL_FORM_CODES) and words[i] not in ("&", "and")
            for i, word in enumerate(words[1:]))
        if surface == maker or not formal:
            prefixes.append(surface)
    return prefixes


def entity_patterns(gaz: Gazetteer) -> list[dict]:
    patterns: list[dict] = []
    seen: set[str] = set()

    def add(label: str, surface: str, ident: str) -> None:
        if _usable(surface) and surface not in seen:
            seen.add(surface)
            patterns.append({"label": label, "pattern": surface, "id": ident})
            if "'" in surface:  # "Côte d’Ivoire": copy set with a typographic apostrophe
                add(label, surface.replace("'", "\u2019"), ident)

    # Longer, more specific surfaces first: "Maker Model" before the maker or model alone.
    surfaces_by_model: dict[str, list[str]] = {}  # model key -> its aliases, in the gazetteer's order
    for surface, keys in gaz.model_aliases.items():
        for key in dict.fromkeys(keys):
            surfaces_by_model.setdefault(key, []).append(surface)
    prefixes_of: dict[str, list[str]] = {}  # maker -> _model_prefixes, worked out once a maker (it has many models)
    for key, model in gaz.models.items():
        if (maker_surfaces := prefixes_of.get(model.maker)) is None:
            maker_surfaces = prefixes_of[model.maker] = _model_prefixes(gaz, model.maker)
        model_surfaces = list(surfaces_by_model.get(key, []))
        model_surfaces += [v for s in model_surfaces for v in sum(_series_variants(s), []) if v not in gaz.model_aliases]
        # "Citroën Spacetourer": after its maker, a name written with one capital is the model
        model_surfaces += [v for s in model_surfaces if (v := _lowered_capitals_variant(s)) is not None and v not in gaz.model_aliases]
        for maker_surface in maker_surfaces:
            for model_surface in model_surfaces:
                if not model_surface.startswith(maker_surface):
                    add("MODEL", f"{maker_surface} {model_surface}", key)
                    if (capitals := _one_word_capitals(model_surface, alone=False)) is not None and capitals not in gaz.model_aliases:
                        add("MODEL", f"{maker_surface} {capitals}", key)
                    # "Hyundai IONIQ 5", "Chery TIGGO 7 PRO": a longer name in capitals after its maker (not read as
                    # "Hyundai IONIQ", the one-word name in capitals, and a stray figure)
                    if (capitals := _capitals_variant(model_surface)) is not None and capitals not in gaz.model_aliases:
                        add("MODEL", f"{maker_surface} {capitals}", key)
    for surface, canonical in gaz.publishers.items():
        add("PUBLISHER", surface, canonical)
    for surface, canonical in gaz.company_aliases.items():
        add("COMPANY", surface, canonical)
    for surface, canonical in gaz.company_aliases.items():  # "Mitsubishi Corp.": an abbreviated legal form with its full stop
        if " " in surface and surface.rsplit(" ", 1)[1] in lx.ABBREVIATED_LEGAL_FORMS:
            add("COMPANY", surface + ".", canonical)
    for surface, canonical in gaz.company_aliases.items():  # "THACO AUTO", "GEELY": a press release's own styling
        if len(surface) >= 5 and surface.upper() != surface and surface.upper() not in gaz.company_aliases:
            add("COMPANY", surface.upper(), canonical)
    # names a capitals variant of a model may not take: "GENERAL", "VICTORIA" are others' in capitals
    taken = set(gaz.company_aliases) | set(gaz.countries) | set(gaz.places) | set(gaz.publishers) | set(gaz.regions)
    taken |= {s.upper() for s in taken}
    for surface, keys in gaz.model_aliases.items():
        if surface in gaz.countries or surface in gaz.places or surface in gaz.demonyms:
            continue
        if surface.replace(",", "").replace(".", "").isdigit():
            continue  # "500", "301": figures far more often than models; "Fiat 500" is matched with its maker
        # "Peugeot 405"; "Vortex Corda": a brand of the maker's group written first, as the maker's own name is
        with_maker = any(surface.startswith(gaz.models[k].maker + " ") for k in keys) or _opens_with_own_group(gaz, surface, keys)
        short_code = len(surface) <= 3 and not any(c.isdigit() for c in surface)  # "GT", "ZS": need context
        # several makers' models under one name need context, unless the makers are one group ("Fronx": Suzuki, Maruti Suzuki)
        groups = {gaz.group_of(gaz.models[k].maker) for k in keys}
        ambiguous = not with_maker and (any(gaz.models[k].ambiguous for k in keys) or len(groups) > 1 or short_code)
        add("MODEL_AMBIG" if ambiguous else "MODEL", surface, keys[0])
        # "Scorpio-N", "CX 5", "3-series", "Ural-4320", "G310 GS"
        for variant in (_spelling_variants(surface) + _series_variants(surface)[0] + _numbered_variants(surface)
                        + _closed_code_variants(surface)):
            if variant not in gaz.model_aliases:
                add("MODEL_AMBIG" if ambiguous else "MODEL", variant, keys[0])
        for variant in _spaced_code_variants(surface, taken):  # "XTZ 125": alone, capitals and a figure need context
            if variant not in gaz.model_aliases:
                add("MODEL_AMBIG" if ambiguous or not with_maker else "MODEL", variant, keys[0])
        if _pluralisable(surface):
            add("MODEL_AMBIG" if ambiguous else "MODEL", surface + "s", keys[0])  # "2,900 e Vitaras", "Corollas"
        elif _pluralisable_es(surface):
            add("MODEL_AMBIG" if ambiguous else "MODEL", surface + "es", keys[0])  # "58,000 HiLuxes", "Yaris Crosses"
        if (capitals := _capitals_variant(surface)) is not None and capitals not in gaz.model_aliases:
            add("MODEL_AMBIG" if ambiguous else "MODEL", capitals, keys[0])
        if ((capitals := _one_word_capitals(surface, alone=True)) is not None and capitals not in gaz.model_aliases
                and not {capitals, capitals.title()} & taken):
            add("MODEL_AMBIG", capitals, keys[0])
    for surface, key in _styled_derivatives(gaz):
        if surface not in gaz.model_aliases:
            add("MODEL_AMBIG" if gaz.models[key].ambiguous else "MODEL", surface, key)
    for surface, canonical in gaz.regions.items():
        add("REGION", surface, canonical)
    for surface, canonical in gaz.countries.items():
        add("COUNTRY", surface, canonical)
    for surface, canonical in gaz.countries.items():  # "GHANA - Kantanka Automobile will ...": a dateline in capitals
        if len(surface) > 4 and surface[:1].isupper() and not surface.isupper():
            add("COUNTRY", surface.upper(), canonical)
    for surface, canonical in gaz.demonyms.items():
        add("COUNTRY", surface, canonical)
    for surface, place in gaz.places.items():
        add("PLACE", surface, place.name)
    for surface, place in gaz.places.items():  # "MEXICO CITY - ...": a city named after its country stays a city in capitals
        if " " in surface and surface.split(" ", 1)[0] in gaz.countries:
            add("PLACE", surface.upper(), place.name)
    # Possessives of places and companies ("Iran's") are split by the tokenizer; nothing to add.
    return [p for p in patterns if p["pattern"] not in gaz.dismissed]


_SPACE_BUT_A_SPACE = re.compile(r"[^\S ]")  # a tab, a no-break space, a line break: what str.isspace() holds but " "


class PhraseDocs:
    """The Doc of a phrase pattern, as nlp.make_doc would tokenize it, from the tokens of its space-separated words,
    each word tokenized once. A phrase the tokenizer reads across a space ("R4 billion", split as rand; two spaces
    in a row; a tab or a no-break space, which are tokens of their own) is tokenized whole.

    keys(phrase): the same tokens as the PhraseMatcher reads them (their ORTH ids), with no Doc made for the phrase."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.tokenizer = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)  # spaCy's, inside TextKeepingTokenizer
        # word -> (its tokens' texts, their trailing spaces, their ORTH ids)
        self.word_tokens: dict[str, tuple[list[str], list[bool], list[int]]] = {}

    def is_one_token(self, word: str) -> bool:
        """Whether the tokenizer leaves the word whole, read off its rules without tokenizing it: no special case, no
        prefix, suffix or infix (spaCy's Tokenizer splits a chunk by nothing else), and nothing the text-keeping
        tokenizer splits after it ("R3bn", "110kW/250Nm"). Three in four of the gazetteer's words ("Corolla"): each
        tokenized took a Doc and new lexemes, a second of the build."""
        tokenizer = self.tokenizer
        return (word not in tokenizer.rules and tokenizer.prefix_search(word) is None
                and tokenizer.suffix_search(word) is None and next(tokenizer.infix_finditer(word), None) is None
                and "/" not in word and not tk.reads_across_spaces(word))

    def _words(self, phrase: str) -> tuple[list[str], list[bool], list[int]] | None:
        """The phrase's tokens put together from its words' (None: the phrase is to be tokenized whole)."""
        if (not phrase or "  " in phrase or phrase != phrase.strip() or tk.reads_across_spaces(phrase)
                or _SPACE_BUT_A_SPACE.search(phrase)):
            return None
        words: list[str] = []
        spaces: list[bool] = []
        orths: list[int] = []
        for chunk in phrase.split(" "):
            tokens = self.word_tokens.get(chunk)
            if tokens is None:
                if self.is_one_token(chunk):
                    tokens = ([chunk], [False], [self.nlp.vocab.strings.add(chunk)])
                else:
                    doc = self.nlp.make_doc(chunk)
                    tokens = ([t.text for t in doc], [bool(t.whitespace_) for t in doc], [t.orth for t in doc])
                self.word_tokens[chunk] = tokens
            if spaces:
                spaces[-1] = True
            words += tokens[0]
            spaces += tokens[1]
            orths += tokens[2]
        return words, spaces, orths

    def __call__(self, phrase: str) -> Doc:
        found = self._words(phrase)
        if found is None:
            return self.nlp.make_doc(phrase)
        return Doc(self.nlp.vocab, words=found[0], spaces=found[1])

    def keys(self, phrase: str) -> list[int]:
        """The ORTH ids of the phrase's tokens: what PhraseMatcher.add reads of a Doc (its default attribute), which
        it also takes as they are. Making a Doc of each of 170,000 phrases was 3 s of the pipeline's build."""
        found = self._words(phrase)
        return [t.orth for t in self.nlp.make_doc(phrase)] if found is None else found[2]


class PhrasePattern:
    """A phrase pattern as EntityRuler keeps it for its `patterns` (and to_disk): only its text is read there."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"PhrasePattern({self.text!r})"


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler, with its pattern count kept instead of recounted on every Doc.

    EntityRuler.__call__ checks `len(self)`, which sums over every pattern; with a gazetteer
    of ~14k patterns that costs more than the matching itself. set_annotations reads the tokens
    of a match only when entities are not to be overwritten, and writes entity columns instead of Spans.
    """

    _count: int | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._match_labels: dict[int, tuple[int, int]] = {}  # match id -> (label, entity id) as string ids

    def __len__(self) -> int:
        if self._count is None:
            self._count = super().__len__()
        return self._count

    def add_patterns(self, patterns: list[dict]) -> None:
        """EntityRuler.add_patterns, with each phrase given to the PhraseMatcher as its tokens' ORTH ids, put together
        from the tokens of its words, each word tokenized once: most patterns are a maker's name and a model's
        ("Toyota Corolla", "Toyota Camry"), and tokenizing every one of them whole was half the time the pipeline
        took to build; making a Doc of each was 3 s more. The tokenizer splits at spaces before anything else, so
        the tokens are the same (tests/test_patterns_build.py compares them, and the matches with spaCy's ruler)."""
        self._count = None
        phrases = [p for p in patterns if isinstance(p["pattern"], str)]
        if len(phrases) < len(patterns):
            super().add_patterns([p for p in patterns if not isinstance(p["pattern"], str)])
        attr = self.phrase_matcher_attr
        if attr not in (None, ORTH) and str(attr).upper() != "ORTH":  # keys are ORTH ids: another attribute reads Docs
            super().add_patterns(phrases)
            return
        keys_by_label: dict[str, list[list[int]]] = {}
        phrase_keys = PhraseDocs(self.nlp).keys
        for entry in phrases:
            label = entry["label"]
            if entry.get("id"):
                ent_label, label = label, self._create_label(label, entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (ent_label, entry["id"])
            self.phrase_patterns[label].append(PhrasePattern(entry["pattern"]))
            keys_by_label.setdefault(label, []).append(phrase_keys(entry["pattern"]))
        # PhraseMatcher.add makes a lexeme of each match key ("MODEL||Toyota|Corolla", 34,000 of them), each with every
        # lexical attribute worked out (its shape, whether it looks like a number ...): a second of the build. A key
        # with an id is never a token (the ruler's separator is inside it), so its lexeme is made without them; a
        # bare label ("MODEL", "PLACE") may be a word of a text ("TESLA MODEL 3") and gets them.
        with_ids = {label: keys for label, keys in keys_by_label.items() if self.ent_id_sep in label}
        for label, keys in keys_by_label.items():
            if label not in with_ids:
                self.phrase_matcher.add(label, keys)
        vocab = self.nlp.vocab
        getters, vocab.lex_attr_getters = vocab.lex_attr_getters, {}
        try:
            for label, keys in with_ids.items():
                self.phrase_matcher.add(label, keys)
        finally:
            vocab.lex_attr_getters = getters

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """EntityRuler.match, without calling the token Matcher when it has no patterns (all patterns here are
        phrases) and so without the warnings filter that silences its "no patterns" warning: the same matches."""
        if len(self.matcher):
            return super().match(doc)
        final_matches = {(m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """EntityRuler.set_annotations, which asks whether a match's tokens have an entity type before whether
        that matters (overwrite_ents is set here): the same entities, without a Token object per matched word.

        A Doc without entities yet (no statistical NER before the ruler) gets them as entity columns in one
        Doc.from_array, as `doc.ents = spans` would set them, without a Span per match (made twice by that setter).
        """
        if not self.overwrite:
            super().set_annotations(doc, matches)
            return
        if not len(doc):
            return
        columns = doc.to_array([ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID])
        if not (columns[:, 0] % 2).any():  # no ent_iob 1 ("I") or 3 ("B"): no entities yet
            self._set_columns(doc, matches, columns)
            return
        entities = list(doc.ents)
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            # check for end - 1 here because boundaries are inclusive
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen_tokens.update(range(start, end))
        doc.set_ents(entities + new_entities, default="outside")  # what `doc.ents = ...` does, without new Spans

    def _set_columns(self, doc: Doc, matches: list[tuple[int, int, int]], columns: numpy.ndarray) -> None:
        """Doc.set_ents(spans, default="outside") for a Doc without entities, written as columns: the entity tokens
        take "B"/"I", their label and id (kb id 0); every other token is "O" with no type and keeps its ids."""
        starts, ends, labels, ent_ids = [], [], [], []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            # check for end - 1 here because boundaries are inclusive
            if start not in seen_tokens and end - 1 not in seen_tokens:
                seen_tokens.update(range(start, end))
                label, ent_id = self._label_ids(doc, match_id)
                if label:  # set_ents skips a span without a label
                    starts.append(start)
                    ends.append(end)
                    labels.append(label)
                    ent_ids.append(ent_id)
        iob, types = numpy.full(len(doc), IOB_OUTSIDE, dtype="uint64"), numpy.zeros(len(doc), dtype="uint64")
        if starts:
            begins = numpy.array(starts)
            widths = numpy.array(ends) - begins
            # the token positions of all spans, span after span
            offsets = numpy.cumsum(widths) - widths
            tokens = numpy.arange(widths.sum()) - numpy.repeat(offsets, widths) + numpy.repeat(begins, widths)
            iob[tokens] = IOB_INSIDE
            iob[begins] = IOB_BEGIN
            types[tokens] = numpy.repeat(numpy.array(labels, dtype="uint64"), widths)
            columns[tokens, 3] = 0  # ENT_KB_ID
            token_ids = numpy.repeat(numpy.array(ent_ids, dtype="uint64"), widths)
            named = token_ids != 0  # Doc.set_ents keeps a token's ent_id when the span has none
            columns[tokens[named], 2] = token_ids[named]
        columns[:, 0] = iob
        columns[:, 1] = types
        doc.from_array([ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID], columns)

    def _label_ids(self, doc: Doc, match_id: int) -> tuple[int, int]:
        """The label's and the entity id's string ids of a match (as a Span made with them would add them)."""
        ids = self._match_labels.get(match_id)
        if ids is None:
            add = doc.vocab.strings.add
            if match_id in self._ent_ids:
                label, ent_id = self._ent_ids[match_id]
                ids = (add(label), add(ent_id) if ent_id else 0)
            else:
                ids = (match_id, 0)
            self._match_labels[match_id] = ids
        return ids


@Language.factory(
    "aw_entity_ruler",
    default_config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": True, "ent_id_sep": "||"},
)
def make_gazetteer_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None, validate: bool,
                         overwrite_ents: bool, ent_id_sep: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                          overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)
