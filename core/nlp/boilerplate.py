"""Paragraph boundaries and boilerplate: ads, newsletter and award promotions, navigation.

General rules, no site-specific strings: a paragraph is boilerplate when it is a bare
heading or byline, a call to action, or marketing copy addressed to the reader.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from core.nlp.extensions import register_extensions

CALL_TO_ACTION = re.compile(
    r"\b(subscribe|sign up|newsletter|nominate|click here|read more|learn more|find out more|register now|"
    r"submit your|download (?:the|our|now)|book (?:a|your) demo|request a demo|contact us|follow us|share this|"
    r"advertisement|sponsored|cookie|all rights reserved|terms of use|privacy policy|related articles?|"
    r"recommended for you|most read|sign in|log in|free trial|enter now|apply now)\b",
    re.IGNORECASE,
)
READER_ADDRESS = re.compile(r"\b(you|your|you're|you’re|yourself)\b", re.IGNORECASE)
QUOTES = re.compile(r"[\"“”]")
# Marketing copy opens sentences with an imperative addressed to the reader.
IMPERATIVE_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:don[’']t|do not|stay|get|gain|discover|join|explore|unlock|keep|make sure|try|let|see|find|"
    r"grab|claim|boost|access|start|stand out|elevate|position|showcase|act|reach|connect|download|read|watch)\b",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")
MAX_HEADING_WORDS = 9


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank lines of a text (news text puts one paragraph a line)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def is_boilerplate(paragraph: str) -> bool:
    text = paragraph.strip()
    words = text.split()
    if not words:
        return False
    if len(words) <= MAX_HEADING_WORDS and not TERMINAL.search(text):
        return True  # heading, byline, navigation, button label
    if CALL_TO_ACTION.search(text) and (len(words) < 60 or READER_ADDRESS.search(text)):
        return True
    addressed = len(READER_ADDRESS.findall(text))
    if QUOTES.search(text):
        return False  # quoted speech may say "you"
    if addressed and IMPERATIVE_OPENING.search(text):
        return True
    return addressed >= 2 or (addressed == 1 and bool(re.search(r"[?!]", text)))


@Language.factory("aw_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


class ParagraphSplitter:
    """Sentences never cross a line break: headings and captions stand alone."""

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory("aw_boilerplate")
def make_boilerplate_marker(nlp: Language, name: str) -> BoilerplateMarker:
    register_extensions()
    return BoilerplateMarker()


class BoilerplateMarker:
    """Marks tokens of boilerplate paragraphs; later components take no facts from them."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [(s, e) for s, e in paragraphs(doc.text) if is_boilerplate(doc.text[s:e])]
        doc._.boilerplate = spans
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    token._.is_boilerplate = True
        return doc
