"""Relations: model -> maker and platform, specs, plants, export routes, people -> facts on doc._.facts.

Rules read each sentence's entities and quantities in order; a little discourse state carries
facts across sentences ("the company", "the plant", "the site", a model named again). The ArticleReader (reader.py)
is composed of one mixin per kind of fact, each in its own module; shared word lists are in words.py.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from core.facts import facts_to_dict
from core.nlp.docindex import drop_index
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Gazetteer
from core.nlp.registry import get_gazetteer
from core.nlp.relations.context import add_new
from core.nlp.relations.reader import ArticleReader

__all__ = ["ArticleReader", "RelationExtractor", "add_new", "make_relation_extractor"]


@Language.factory("aw_relations", default_config={"gazetteer": "default"})
def make_relation_extractor(nlp: Language, name: str, gazetteer: str) -> RelationExtractor:
    register_extensions()
    return RelationExtractor(get_gazetteer(gazetteer))


class RelationExtractor:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def __call__(self, doc: Doc) -> Doc:
        reader = ArticleReader(doc, self.gaz)
        facts = reader.read()
        # the table reader points back at the reader: with that cycle broken, the reader's objects (and the Doc, once
        # the caller lets it go) are freed at once, not left to the garbage collector, which then also runs less often
        reader.tables = None
        # plain data on the Doc, so it crosses process borders (nlp.pipe(n_process=...))
        doc._.facts = facts_to_dict(facts)
        doc._.people = None
        doc._.unresolved = None
        drop_index(doc, keep_text=True)  # the route scorer reads the text after it, then drops it
        return doc
