"""Articles in, facts out: the spaCy pipeline run in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from core.articles import Article
from core.facts import ArticleFacts


def extract_articles(
    articles: Iterable[Article], n_process: int = 1, batch_size: int = 32, gazetteer: str = "default"
) -> Iterator[ArticleFacts]:
    """Facts for each article, in order. ArticleFacts.article is the article's name.

    ``gazetteer`` names a registered gazetteer (core.nlp.registry), e.g. one with curation decisions.
    """
    from core.nlp.pipeline import facts_from_doc, get_pipeline, prepare_text

    nlp = get_pipeline(gazetteer)
    articles = list(articles)
    docs = nlp.pipe(((prepare_text(a.text), a) for a in articles), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, article in docs:
        yield facts_from_doc(doc, article.name)
