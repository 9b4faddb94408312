"""Articles in, facts out: the spaCy pipeline run in batches, in parallel for large inputs."""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator

from core.articles import Article
from core.facts import ArticleFacts, facts_from_dict, facts_to_dict


def extract_articles(
    articles: Iterable[Article], n_process: int = 1, batch_size: int = 32, gazetteer: str = "default"
) -> Iterator[ArticleFacts]:
    """Facts for each article, in order. ArticleFacts.article is the article's name.

    ``gazetteer`` names a registered gazetteer (core.nlp.registry), e.g. one with curation decisions.
    With n_process > 1, forked workers each run nlp.pipe over a chunk of articles and send back plain
    facts: measured here, spaCy's own nlp.pipe(n_process=2) was slower than one process (255 vs 213
    articles/s), as every Doc travels back to the parent serialised.
    """
    from core.nlp.pipeline import get_pipeline

    articles = list(articles)
    get_pipeline(gazetteer)  # built before any fork, so workers inherit it
    if n_process > 1 and len(articles) >= 2 * batch_size and "fork" in multiprocessing.get_all_start_methods():
        yield from _in_processes(articles, n_process, batch_size, gazetteer)
        return
    for record in _extract_chunk((gazetteer, [(a.text, a.name) for a in articles], batch_size)):
        yield facts_from_dict(record)


def extract_safely(
    articles: list[Article], on_failure: Callable[[Article, Exception], None], n_process: int = 1, gazetteer: str = "default"
) -> Iterator[tuple[Article, ArticleFacts]]:
    """(article, facts) pairs in order; an article the parser fails on goes to on_failure and is skipped, the rest
    are parsed (a failing batch is parsed again one article at a time to find the culprit)."""
    kw = {"gazetteer": gazetteer} if gazetteer != "default" else {}  # a curated gazetteer (core.curation)
    done = 0
    try:
        for art, facts in zip(articles, extract_articles(articles, n_process=n_process, **kw), strict=False):
            done += 1
            yield art, facts
        return
    except Exception:  # a batch failed: parse the rest one by one to find the culprit
        pass
    for art in articles[done:]:
        try:
            facts = next(iter(extract_articles([art], n_process=1, **kw)))
        except Exception as exc:  # reported per article; the others still go in
            on_failure(art, exc)
            continue
        yield art, facts


def _extract_chunk(job: tuple[str, list[tuple[str, str]], int]) -> list[dict]:
    """Facts (as plain data) for (text, name) pairs; runs in the parent or in a forked worker."""
    from core.nlp.pipeline import facts_from_doc, get_pipeline, prepare_article

    gazetteer, items, batch_size = job
    nlp = get_pipeline(gazetteer)
    def prepared():  # each text as the pipeline reads it, with its name and the shifts back to the original
        for text, name in items:
            text, shifts = prepare_article(text)
            yield text, (name, shifts)

    docs = nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size)
    return [facts_to_dict(facts_from_doc(doc, name, shifts)) for doc, (name, shifts) in docs]


def _in_processes(articles: list[Article], n_process: int, batch_size: int, gazetteer: str) -> Iterator[ArticleFacts]:
    chunk = batch_size * 4
    jobs = [(gazetteer, [(a.text, a.name) for a in articles[i:i + chunk]], batch_size) for i in range(0, len(articles), chunk)]
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        for records in pool.imap(_extract_chunk, jobs):  # in order
            for record in records:
                yield facts_from_dict(record)
