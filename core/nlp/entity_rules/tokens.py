"""Entity label ids and the token tests the entity rules share (core.nlp.entities, core.nlp.entity_rules)."""
from __future__ import annotations

import itertools

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from core.nlp import lexicon as lx
from core.nlp.docindex import doc_index
from core.nlp.entity_rules.words import MALAY_TITLE_SECONDS, MALAY_TITLES, MONTH_OPENERS, PERIOD_CODES, SPEC_LABELS


class Label:
    """Entity labels as string ids: rules compare Span.label, an int, where Span.label_ looks the string up on each access."""

    COMPANY, COUNTRY, ENGINE, MODEL, MODEL_AMBIG, PERSON, PLACE, REGION = (
        get_string_id(label) for label in ("COMPANY", "COUNTRY", "ENGINE", "MODEL", "MODEL_AMBIG", "PERSON", "PLACE", "REGION"))
    MODELS = (MODEL, MODEL_AMBIG)
    COMPANY_OR_COUNTRY = (COMPANY, COUNTRY)
    SPECS = tuple(get_string_id(label) for label in SPEC_LABELS)


def key_of(span: Span) -> str:
    """The entity a span stands for: `id_` on a span made here, `ent_id_` once it is in doc.ents."""
    return span.id_ or span.ent_id_


def past_malay_title(doc: Doc, i: int) -> int:
    """'Datuk Seri Tan Wei Ming', 'Tan Sri Lim Ah Kow', "Dato' Aziz Omar": the name starts after the title ('Tan' opens
    one only before 'Sri': it is a surname too)."""
    n = len(doc)
    index = doc_index(doc)  # Token.lower_, .is_title: str.lower, .istitle of the token's text
    text, lower = index.text, index.lower
    if i + 1 < n and text[i] == "Tan" and text[i + 1] in ("Sri", "Seri"):
        return i + 2
    if i < n and lower[i] in MALAY_TITLES and text[i].istitle():
        i += 1
        if i < n and text[i] in ("'", "’"):
            i += 1
        if i < n and lower[i] in MALAY_TITLE_SECONDS and text[i].istitle():
            i += 1
    return i


def reads_as_age(text: str) -> bool:
    """'52' in 'Ana Ruiz, 52, vice president': a figure that reads as a grown person's age."""
    return text.isdigit() and 18 <= int(text) <= 99


def clock_pm(span: Span) -> bool:
    """'at 3 PM', 'at 5 pm': the time of day, not a prime minister (who is written 'PM' in capitals, no figure before)."""
    if span.text.lower() != "pm":
        return False
    return span.text != "PM" or span.start > 0 and (span.doc[span.start - 1].like_num or span.doc[span.start - 1].text in (":", "."))


def camel_case(token: Token) -> bool:
    """'UzAuto', 'AzerKaz': a word with a capital first and inside, not an acronym."""
    return camel_case_word(token.text)


def camel_case_word(text: str) -> bool:
    """camel_case of a token's text (Token.is_alpha is str.isalpha)."""
    return text.isalpha() and len(text) > 2 and text[0].isupper() and text[1].islower() and any(c.isupper() for c in text[2:])


def past_bracketed_acronym(doc: Doc, k: int) -> int:
    """'Hyundai Motor India Ltd. (HMIL) Unsoo Kim', 'the Road Safety Council (RSTC), Ada Obi': past an organisation's
    short name in brackets at k."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
        return k + 3
    return k


def period_code(doc: Doc, ent: Span) -> bool:
    """'in H2 2027', 'in H2, 2027', 'Q3 of 2026': a half or quarter of a year, not the Haval H2."""
    if ent.label not in Label.MODELS or len(ent) != 1 or ent.text not in PERIOD_CODES:
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.text == "," and ent.end + 1 < len(doc):
        following = doc[ent.end + 1]  # "will go on stream in H2, 2027"
        return following.shape_ == "dddd"
    return following is not None and (following.shape_ == "dddd" or following.lower_ in ("of", "results", "sales"))


def month_in_a_date(token: Token) -> bool:
    """'Jan 5', '5 May 2026', 'in March': a month; 'Jan Novak' and 'May Chen' are names."""
    if token.lower_ not in lx.MONTHS:
        return False
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    if (after is not None and after.like_num) or (before is not None and before.like_num):
        return True  # "Jun 5", "5 May"
    return before is None or before.lower_ in MONTH_OPENERS or after is None  # "in March"; "Wang Jun" is a name


def hyphen_variants(role: str) -> set[str]:
    """'executive vice president' -> also 'executive vice-president', 'executive-vice president', ..."""
    words = role.split()
    return {"".join(w + sep for w, sep in zip(words, (*seps, ""), strict=True)) for seps in itertools.product((" ", "-"), repeat=len(words) - 1)}
