"""Tokenizer rules so figures split the way trade news writes them: "US$14m", "RMB5bn", "110kW", "1.5L"."""
from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

# Currency codes written straight before digits.
CURRENCY_PREFIXES = [r"(?:US|A|C|R|HK|S|NZ)\$(?=\d)", r"(?:RMB|Rs\.?|USD|EUR|CNY|INR|GBP|JPY|KRW|RUB|IRR|AED|SAR|TRY|AZN|KZT)(?=\d)"]
# Scales and units written straight after digits.
UNIT_SUFFIXES = [
    r"(?<=\d)(?:bn|mn|mln|k|m|b|tn|kW|kw|kWh|kwh|hp|bhp|PS|ps|cc|L|l|T|ha|km)$",
    # a full stop after a unit ("110kW."): one lookbehind per unit length, as lookbehinds are fixed-width
    r"(?<=\d[A-Za-z])\.$", r"(?<=\d[A-Za-z]{2})\.$", r"(?<=\d[A-Za-z]{3})\.$",
    # ... and after a unit written on its own ("150 kW.")
    r"(?<=^kW)\.$", r"(?<=^kWh)\.$", r"(?<=^PS)\.$", r"(?<=^L)\.$", r"(?<=^hp)\.$", r"(?<=^bhp)\.$", r"(?<=^cc)\.$",
]


def customise_tokenizer(nlp: Language) -> None:
    prefixes = CURRENCY_PREFIXES + list(nlp.Defaults.prefixes)
    suffixes = UNIT_SUFFIXES + list(nlp.Defaults.suffixes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
