"""Tokenizer rules so figures split the way trade news writes them: "US$14m", "RMB5bn", "110kW", "1.5L"."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from core.nlp.docindex import TEXT_KEY

# Currency codes written straight before digits.
CURRENCY_PREFIXES = [r"(?:US|A|C|R|HK|S|NZ|N)\$(?=\d)",
                     # "$US469 million", "$A50m": the dollar sign before the country's letters (Australian, NZ copy)
                     r"\$(?:US|A|NZ)(?=\d)",
                     # "Sh500m", "KSh2bn" (East African shillings), "PhP701 million" (the peso's own spelling)
                     r"(?:Sh|Shs|KSh|Ksh|Kshs|PhP|Php)(?=\d)",
                     # the rand written "R3.1 billion", "R250,000": only before a figure with a separator, so "R8" stays a name
                     r"R(?=\d{1,3}(?:[.,]\d+)+\b)",
                     # the Philippine peso "P4.3 billion", "P697,000", "P40M": only before a figure with a separator or a
                     # scale letter, so "P1" stays a name; the baht "Bt50 billion" (Thai copy)
                     r"P(?=\d{1,3}(?:[.,]\d+)+\b)", r"P(?=\d+(?:\.\d+)?[MB]\b)", r"Bt(?=\d)",
                     r"(?:RMB|Rs\.?|USD|EUR|CNY|INR|GBP|JPY|KRW|RUB|IRR|AED|SAR|TRY|AZN|KZT)(?=\d)",
                     # "RM310 million", "EGP2.4 billion", "Rp1.9 trillion": the gazetteer's other prefixes written on the figure
                     r"(?:RM|Rp|MYR|IDR|THB|EGP|MXN|PKR|BRL|ZAR|NGN|VND|UZS|PHP)(?=\d)",
                     # "SR359 million" (Saudi riyals), "Tk400 crore" (taka), "Won253bn": local spellings on the figure
                     r"(?:SR|Tk|Won)(?=\d)",
                     # "Dh1.5 billion" (UAE dirhams), "QR2 billion" (Qatari riyals): Gulf spellings on the figure
                     # (only before a plain figure, maybe with a scale: not the gearbox code "QR8HP")
                     r"(?:Dhs|Dh|QR)(?=\d[\d.,]*(?:bn|mn|m|b|k)?\b)"]
# Currency abbreviations written with a full stop, before a space and the figure.
CURRENCY_ABBREVIATIONS = ["Rs."]
# Hedges written short with a full stop before a figure ("Approx. 430,000 units", "approx. 3,600 employees").
HEDGE_ABBREVIATIONS = ["approx.", "Approx.", "APPROX."]
# legal forms written short that always go on with another ("Korvela Motors Pvt. Ltd.", "Zorvex Sdn. Bhd.", "Kestrel Pty.
# Ltd.", "Lion Pte. Ltd."): their full stop ends no sentence
LEGAL_FORM_OPENERS = ["Pvt.", "Pte.", "Pty.", "Sdn.", "PVT.", "PTE.", "PTY.", "SDN."]
# The dollar sign before the country's letters, written apart from the figure ("$US 469 million"): one token.
CURRENCY_CHUNKS = ["$US", "$A", "$NZ"]
# Scales and units written straight after digits.
UNIT_SUFFIXES = [
    r"(?<=\d)(?:bn|mn|mln|k|m|b|tn|kW|kw|kWh|kwh|hp|bhp|PS|ps|cc|l|T|ha|km)$",
    # litres written "L" on the figure ("1.5L"), not the L that ends a model's code after a letter and figures ("C4L",
    # "A4L", "D38L": a long-wheelbase version, a project code)
    r"(?<=\d)(?<![A-Za-z]\d)(?<![A-Za-z]\d\d)(?<![A-Za-z]\d\d\d)L$",
    # "a new £3billion scheme", "$2.5million": a scale word written on the figure
    r"(?<=\d)(?:billion|million|trillion)$",
    # a full stop after a unit ("110kW."): one lookbehind per unit length, as lookbehinds are fixed-width
    r"(?<=\d[A-Za-z])\.$", r"(?<=\d[A-Za-z]{2})\.$", r"(?<=\d[A-Za-z]{3})\.$",
    # ... and after a unit written on its own ("150 kW.")
    # a full stop after a single capital ("Model Y.", "Aion V."): split, so the model name is found;
    # aw_sentences keeps initials ("John F. Kennedy") inside the sentence
    r"(?<=^[A-Z])\.$",
    # ... and after a hyphenated code ending in a capital ("... the City, Civic and HR-V.", "CR-V.")
    r"(?<=-[A-Z])\.$",
    r"(?<=^kW)\.$", r"(?<=^kWh)\.$", r"(?<=^PS)\.$", r"(?<=^L)\.$", r"(?<=^hp)\.$", r"(?<=^bhp)\.$", r"(?<=^cc)\.$",
]


# power and torque written as one chunk, "158bhp/159lb ft", "110kW/250Nm": split at the slash, so each figure is read
POWER_SLASH = re.compile(r"^(\d+(?:\.\d+)?)(bhp|hp|PS|ps|kW|kw)(/)(\S+)$")
# ... and the unit alone, its figure before the space: "134 hp/205 Nm" -> "hp" "/" "205"
UNIT_SLASH = re.compile(r"^(bhp|hp|PS|ps|kW|kw)(/)(\d\S*)$")
# what both need in the text, a unit right before a slash: most texts with a slash have none ("km/h", a date, a URL)
UNIT_BEFORE_SLASH = re.compile(r"(?:bhp|hp|PS|ps|kW|kw)/")

# the rand before a bare figure and a scale word ("R4 billion", "R12 million", "R3bn", "an R160-million investment"):
# "R4" alone stays a name (the Renault 4)
RAND_BEFORE_SCALE = re.compile(r"\bR(?=\d{1,3}(?:[ -](?:billion|million|trillion|bn|mn)| ?(?:bn|mn)\b))")
# the Philippine peso the same way ("P2 billion", "P700 million", "a P2-billion investment"): "P1" alone stays a name
PESO_BEFORE_SCALE = re.compile(r"\bP(?=\d{1,3}(?:[ -](?:billion|million|trillion|bn|mn)| ?(?:bn|mn)\b))")


class TextKeepingTokenizer:
    """spaCy's tokenizer, keeping the text it was given on the Doc.

    Doc.text rebuilds the string token by token (a sixth of the pipeline's time when it was
    profiled); the tokenizer never alters the text, so components read this copy instead.
    """

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer
        self.seen_chunks: set[str] = set()  # the whitespace-separated chunks tokenized on their own (see _cache_chunks)

    def __call__(self, text: str) -> Doc:
        self._cache_chunks(text)
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        if "R" in text:
            _split_rand(doc, text)
        if "P" in text:
            _split_rand(doc, text, PESO_BEFORE_SCALE)
        if "/" in text and UNIT_BEFORE_SLASH.search(text):  # (else no token to split, and no Token made to see that)
            _split_power_slash(doc)
        if "-e." in text:
            _split_electric_letter(doc)
        return doc

    def _cache_chunks(self, text: str) -> None:
        """Each chunk of the text not met before, tokenized once on its own, so spaCy's cache holds its tokens.

        spaCy saves a chunk's tokens in its cache only while no special case ("Inc.", "'s", "U.S.") has been met
        earlier in the same text (explosion/spaCy#1250: the flag stays set for the rest of the call), so in news text,
        where one comes early, the words after it were split by the affix rules anew in every article: 1 ms an article,
        where the cache reads one in 0.05. On its own a chunk is cached unless it holds a special case itself; the text
        is then tokenized as before, its chunks read from the cache: the same tokens, which the same rules made.
        """
        if len(self.seen_chunks) >= TOKENIZER_CACHE_SIZE:
            return  # spaCy's cache is full by then (a chunk is one entry): it saves nothing more
        new = set(text.split()).difference(self.seen_chunks)
        if not new:
            return
        if len(new) == 1 and text in new:  # one chunk alone (a pattern's word): the call itself caches it the same way
            self.seen_chunks.add(text)
            return
        tokenize = self.tokenizer
        for chunk in new:
            tokenize(chunk)
        self.seen_chunks.update(new)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # rules, serialisation, explain(): the wrapped tokenizer's
        return getattr(self.tokenizer, name)


def reads_across_spaces(text: str) -> bool:
    """Whether the tokenizer's tokens of `text` may differ from those of its space-separated words, one by one:
    "R4 billion" is split as the rand because of the word after the space."""
    if "R" not in text and "P" not in text:  # (the gazetteer's 170,000 phrases are asked while the pipeline is built)
        return False
    return bool(RAND_BEFORE_SCALE.search(text) or PESO_BEFORE_SCALE.search(text))


def _split_rand(doc: Doc, text: str, pattern: re.Pattern = RAND_BEFORE_SCALE) -> None:
    """'R4 billion' -> 'R' '4' 'billion', so the figure reads as rand, not as a model called R4 (and 'P2 billion' as
    pesos, with PESO_BEFORE_SCALE)."""
    starts = [m.start() for m in pattern.finditer(text)]
    if not starts:
        return
    with doc.retokenize() as retokenizer:
        for start in starts:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            token = span[0] if span is not None and len(span) == 1 else None
            if token is not None and token.idx == start and len(token.text) > 1:
                retokenizer.split(token, [token.text[0], token.text[1:]], heads=[(token, 1), (token, 1)])


def _split_electric_letter(doc: Doc) -> None:
    """'... the Corsa-e and the Mokka-e.' -> 'Mokka' '-' 'e' '.': an electric version's letter ending the sentence, then
    its full stop (spaCy's special case 'e.' glues them after the hyphen splits off, and the model's name goes unread;
    as a special case of our own it would split 'e.MAS 5' too)."""
    found = [t for t in doc if t.text == "e." and t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, ["e", "."], heads=[(token, 1), (token, 1)])


def _split_power_slash(doc: Doc) -> None:
    """'158bhp/159' -> '158' 'bhp' '/' '159', 'hp/205' -> 'hp' '/' '205': the power figure and its unit, then what the slash adds."""
    found = [(token, m) for token in doc if "/" in token.text and (m := POWER_SLASH.match(token.text) or UNIT_SLASH.match(token.text))]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for token, m in found:
            parts = list(m.groups())
            retokenizer.split(token, parts, heads=[(token, 1)] * len(parts))


# "U.S.-built Corollas", "U.K.-made cars": a country's dotted initials against a participle of making, split like
# "Thai-built" so the country is read (spaCy keeps the chunk whole, its full stops inside)
DOTTED_COUNTRY_CODES = ["U.S.", "U.K.", "U.A.E."]
MADE_PARTICIPLES = ["made", "built", "assembled", "produced", "manufactured", "bound"]

# a dash written against the word before it ("The car- - Hyundai AURA- has been made"): the word and the dash; and a
# suspended hyphen after a figure ("1.5- and 2.0-litre engines"): the figure and its hyphen
DASH_SUFFIXES = [r"(?<=[A-Za-z]{2})-$", r"(?<=\d)-$"]
# a trademark sign as plain-text wire copy writes it, glued to the name ("the RANGER(R) and RZR(R) vehicles", "Model Y(TM)"):
# split off whole, so the name is read (the signs ® and ™ split already)
TRADEMARK_SUFFIXES = [r"(?<=\w)\((?:r|R|tm|TM)\)$"]
# a wire service's dateline glued to the story by a dash, "TAIPEI (CENS)--China Motor Corp. said", "(Reuters)—Toyota":
# the bracket and the dash split off, so the story's first name is read (spaCy splits "--" between letters only)
DATELINE_INFIXES = [r"(?<=\w)\)(?=--|—|–)", r"(?<=\))(?:--|—|–)(?=\w)"]


def customise_tokenizer(nlp: Language) -> None:
    prefixes = CURRENCY_PREFIXES + list(nlp.Defaults.prefixes)
    suffixes = UNIT_SUFFIXES + DASH_SUFFIXES + TRADEMARK_SUFFIXES + list(nlp.Defaults.suffixes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + DATELINE_INFIXES).finditer
    for abbreviation in CURRENCY_ABBREVIATIONS:  # "invest Rs. 1,500 crore": the rupee's full stop ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for abbreviation in HEDGE_ABBREVIATIONS + LEGAL_FORM_OPENERS:  # "employs approx. 3,600": the hedge's full stop ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for chunk in CURRENCY_CHUNKS:
        nlp.tokenizer.add_special_case(chunk, [{ORTH: chunk}])
    for code in DOTTED_COUNTRY_CODES:
        for participle in MADE_PARTICIPLES:
            nlp.tokenizer.add_special_case(f"{code}-{participle}", [{ORTH: code}, {ORTH: "-"}, {ORTH: participle}])
    for scale in ("m.", "k."):  # "the plant will cost US$90m.": a scale ending the sentence, then its full stop
        nlp.tokenizer.add_special_case(scale, [{ORTH: scale[0]}, {ORTH: "."}])
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)


# Whitespace-separated chunks the tokenizer remembers; spaCy's default (10,000) is filled by the gazetteer's
# ~20k patterns alone, and a news corpus meets far more distinct chunks than that.
TOKENIZER_CACHE_SIZE = 200_000


def ready_for_articles(nlp: Language) -> None:
    """Empty the tokenizer's cache of the gazetteer patterns it tokenized while the pipeline was built.

    Measured: with the cache full of pattern chunks, every article word took the slow path and
    the tokenizer ran at a quarter of its speed (400 vs 1,700 articles/s).
    """
    tokenizer = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)
    tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    tokenizer.rules = tokenizer.rules  # the setter flushes the cache; spaCy's Tokenizer has no public flush
    if isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer.seen_chunks.clear()  # (their tokens are no longer cached)
