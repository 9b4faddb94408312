"""Builds the pipeline once and turns a processed Doc into ArticleFacts (work in progress)."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from core.facts import ArticleFacts


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def facts_from_doc(doc: Doc, article: str) -> ArticleFacts:
    return ArticleFacts(article=article)
