"""Dates: published dates as written by sources, and relative dates resolved against them.

``resolve_relative("next year", date(2024, 5, 2))`` is ``"2025"``; without a published
date a relative expression stays as written. Absolute years ("in 2027", "by 2030")
resolve on their own.
"""
from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
            ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
_QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}


def parse_date(value: object) -> date | None:
    """A published date from metadata: ISO, RFC-ish or "2 May 2024"; None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.search(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", text)  # 2 May 2024
    if m and m[2].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = re.search(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b", text)  # May 2, 2024
    if m and m[1].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)  # 02/05/2024: day first
    if m:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))
    m = re.match(r"^(\d{4})$", text)
    if m:
        return _safe_date(int(m[1]), 1, 1)
    return None


def iso_or_empty(value: object) -> str:
    d = parse_date(value)
    return d.isoformat() if d else ""


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_relative(text: str | None, published: date | str | None) -> str | None:
    """A date expression resolved against the article's published date.

    Years come out as "YYYY", year ends and quarter ends as "YYYY-MM-DD", months as "YYYY-MM".
    Unknown expressions, and relative ones without a published date, stay as written.
    """
    if text is None:
        return None
    raw = text.strip()
    if not raw:
        return text
    t = re.sub(r"\s+", " ", raw.lower()).strip(" .,")
    t = re.sub(r"^(?:by|in|from|during|before|until|till|around|within|as early as|starting|starting in|beginning|"
               r"early|late|mid|the)\s+", "", t)
    m = re.fullmatch(r"(?:(?:the )?(?:end of|start of|beginning of|middle of|early|late|mid-?)\s*)?(\d{4})", t)
    if m and 1900 <= int(m[1]) <= 2100:
        return m[1]
    m = re.fullmatch(r"(?:end of )?q([1-4]) (\d{4})", t) or re.fullmatch(r"(?:the )?(first|second|third|fourth) quarter of (\d{4})", t)
    if m:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m[1]) or int(m[1])
        return f"{m[2]}-{_QUARTER_END[q]}"
    m = re.fullmatch(r"([a-z]{3,9}) (\d{4})", t)
    if m and m[1] in _MONTHS:
        return f"{m[2]}-{_MONTHS[m[1]]:02d}"
    pub = parse_date(published) if not isinstance(published, date) else published
    if pub is None:
        return text
    y = pub.year
    if re.fullmatch(r"(?:the )?(?:end of (?:the|this) year|year[- ]end|the year[- ]end|(?:the )?end of year|this year'?s end)", t):
        return f"{y}-12-31"
    if re.fullmatch(r"(?:later |early |earlier |the middle of |the end of |the start of |the beginning of )?this year", t):
        return str(y)
    if re.fullmatch(r"(?:early |late |the end of |the start of |the beginning of )?next year", t):
        return str(y + 1)
    if re.fullmatch(r"(?:early |late )?last year", t):
        return str(y - 1)
    if re.fullmatch(r"(?:the )?year after next", t):
        return str(y + 2)
    m = re.fullmatch(r"(?:the )?(?:next|coming) (\w+) years?", t) or re.fullmatch(r"(\w+) years?(?: from now| time)?", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _WORD_NUMBERS.get(m[1])
        if n:
            return str(y + n)
    if t in ("next month",):
        nm = date(y + (pub.month == 12), pub.month % 12 + 1, 1)
        return f"{nm.year}-{nm.month:02d}"
    if t in ("this month", "later this month", "end of the month", "the end of the month", "month-end"):
        return f"{y}-{pub.month:02d}"
    m = re.fullmatch(r"(?:the )?(?:end of )?(?:the )?(first|second|third|fourth) quarter(?: of (?:this|the) year)?", t)
    if m:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m[1]]
        return f"{y}-{_QUARTER_END[q]}"
    if t in ("next quarter",):
        q = (pub.month - 1) // 3 + 2
        return f"{y + (q > 4)}-{_QUARTER_END[(q - 1) % 4 + 1]}"
    m = re.fullmatch(r"([a-z]{3,9})", t)
    if m and m[1] in _MONTHS:  # "in March": this year's March, next year's when already past
        month = _MONTHS[m[1]]
        return f"{y + (month < pub.month)}-{month:02d}"
    return text


HEADER_LINES = 12  # a page's masthead, menu, byline and date line come before the story
HEADER_LINE_WORDS = 16  # "By Dilnoza Karimova | 12 March 2025, 10:41 | Updated 14:05": a line of metadata, not a sentence
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # 09.06.2025: day first


def published_in_text(text: str, earliest: int = 1990, latest: int | None = None) -> str:
    """The publication date a page prints above its story ("Last Updated: Jun 10 2025", "12 March 2025, 10:41",
    "Thursday, 12 June 2025 | 16:20 WIB"), as ISO; "" when none is found. Only short lines near the top are read:
    a date inside the story ("from July 1, 2026") is no publication date."""
    latest = latest or date.today().year + 1
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_LINES]
    for line in lines:
        if len(line.split()) > HEADER_LINE_WORDS or re.search(r"\.\s*$|^\s*[-•*–]\s", line):
            continue  # a sentence or a list item of the story, not a line of metadata
        found = parse_date(line)
        if found is None:
            m = _DOTTED_DATE.search(line)
            found = _safe_date(int(m[3]), int(m[2]), int(m[1])) if m else None
        if found is not None and earliest <= found.year <= latest and not re.fullmatch(r"\s*\d{4}\s*", line):
            return found.isoformat()
    return ""
