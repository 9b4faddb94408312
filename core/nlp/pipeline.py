"""Builds the pipeline once and reads facts off processed Docs.

Order: sentences (+ line breaks) -> boilerplate -> [optional statistical NER] -> EntityRuler
(gazetteer) -> quantities -> entity resolution -> relations -> learned route scorer.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from core.facts import ArticleFacts, facts_from_dict
from core.nlp import boilerplate, entities, quantities, relations, route_scorer  # noqa: F401  (registers factories)
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Extra, load_gazetteer
from core.nlp.patterns import entity_patterns
from core.nlp.registry import get_gazetteer, register_gazetteer
from core.nlp.tokenizer import customise_tokenizer, ready_for_articles
from core.nlp.unwrap import Shifts, to_original, unwrap

# Unicode spaces, each replaced by one plain space so character offsets stay valid against the original text
# (a regex scan: str.translate cost twenty times as much on text that has none)
UNICODE_SPACE = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000]")
# "3’000 workers", "100'000 vehicles": an apostrophe between thousands (as Swiss copy writes them), read as a comma
APOSTROPHE_THOUSANDS = re.compile("(?<=[0-9])['’](?=[0-9]{3}(?![0-9]))")
MODEL_SETTING = "AUTOWATCH_SPACY_MODEL"  # e.g. en_core_web_sm, for general NER beside the gazetteer


class ModelNotInstalled(RuntimeError):
    pass


def _base(model_name: str | None) -> Language:
    if not model_name:
        return spacy.blank("en")
    try:
        # sentences come from aw_sentences (line breaks matter in web text); NER is what we want
        return spacy.load(model_name, exclude=["parser", "senter", "lemmatizer", "textcat"])
    except OSError as exc:
        raise ModelNotInstalled(
            f"{MODEL_SETTING}={model_name} names a spaCy pipeline that is not installed. Install it with "
            f"`.venv/bin/python -m pip install {model_name}` (from a wheel file when offline), or unset "
            f"{MODEL_SETTING} to use the gazetteer alone."
        ) from exc


def build_pipeline(gazetteer: str = "default", model_name: str | None = None) -> Language:
    register_extensions()
    gaz = get_gazetteer(gazetteer)
    nlp = _base(model_name)
    customise_tokenizer(nlp)
    nlp.add_pipe("aw_sentences", before="ner" if "ner" in nlp.pipe_names else None)
    nlp.add_pipe("aw_boilerplate")
    ruler = nlp.add_pipe("aw_entity_ruler", name="entity_ruler")
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(entity_patterns(gaz))
    cfg = {"gazetteer": gazetteer}
    nlp.add_pipe("aw_quantities", config=cfg)
    nlp.add_pipe("aw_entities", config=cfg)
    nlp.add_pipe("aw_relations", config=cfg)
    nlp.add_pipe("aw_route_scorer", config=cfg)  # routes the rules did not read, scored by a trained model
    ready_for_articles(nlp)
    return nlp


def get_pipeline(gazetteer: str = "default") -> Language:
    """The pipeline, built once per gazetteer (the app wraps this in st.cache_resource)."""
    return _pipeline(gazetteer)  # one cache key per name, however the caller passes it


@lru_cache(maxsize=4)
def _pipeline(gazetteer: str) -> Language:
    return build_pipeline(gazetteer, os.environ.get(MODEL_SETTING) or None)


def pipeline_with_extras(extras: Iterable[Extra], name: str = "curated") -> Language:
    """A pipeline whose gazetteer includes analysts' curation decisions."""
    register_gazetteer(name, load_gazetteer(extras=list(extras)))
    return get_pipeline(name)  # cached per gazetteer name; callers name each distinct set of decisions


def prepare_text(text: str) -> str:
    """Text as the pipeline reads it: Unicode spaces made plain, hard-wrapped paragraphs unwrapped."""
    return prepare_article(text)[0]


def prepare_article(text: str) -> tuple[str, Shifts]:
    """(prepare_text(text), the shifts that map its positions back to `text`'s: see core.nlp.unwrap)."""
    return unwrap(APOSTROPHE_THOUSANDS.sub(",", UNICODE_SPACE.sub(" ", text)))  # one character for one: every position kept


def facts_from_doc(doc: Doc, article: str, shifts: Shifts | None = None) -> ArticleFacts:
    """The facts of a processed Doc; `shifts` (from prepare_article) put their offsets back into the original text."""
    facts = facts_from_dict(doc._.facts) if doc._.facts else ArticleFacts(article="")
    facts.article = article
    if shifts:
        facts.map_offsets(lambda position: to_original(position, shifts))
    return facts
