"""The lookups and per-Doc memos that keep the pipeline fast give what the plain scans gave. Texts and gazetteer
entries written for these tests (names made up)."""
from __future__ import annotations

import gc

from core.nlp.docindex import TABLES_KEY, drop_index
from core.nlp.gazetteer import Gazetteer, Model
from core.nlp.pipeline import prepare_text
from core.nlp.tables import doc_tables, find_tables


def _gazetteer(*models: Model) -> Gazetteer:
    gaz = Gazetteer()
    for model in models:
        gaz._add_model(model, [])
    return gaz


def test_models_ending_with_gives_what_a_scan_of_every_name_gives():
    gaz = _gazetteer(Model("Nova E5", "Zentra"), Model("E5", "Kavo"), Model("Orbit Nova E5", "Lumo"), Model("Nova E8", "Zentra"))
    for words in ("E5", "Nova E5", "E8", "Nova", "Orbit Nova E5"):
        scanned = [m for m in gaz.models.values() if m.name.endswith(" " + words)]
        assert gaz.models_ending_with(words) == scanned
    assert [m.name for m in gaz.models_ending_with("E5")] == ["Nova E5", "Orbit Nova E5"]  # not "E5" itself


def test_models_ending_with_sees_a_model_added_later():
    gaz = _gazetteer(Model("Nova E5", "Zentra"))
    assert gaz.models_ending_with("E7") == []
    gaz._add_model(Model("Nova E7", "Zentra"), [])
    assert [m.name for m in gaz.models_ending_with("E7")] == ["Nova E7"]


def test_a_docs_tables_are_found_once_and_dropped_with_the_index(nlp):
    text = "Plant figures\n\n| Plant | Jobs |\n|---|---:|\n| Alpha | 1,200 |\n| Beta | 900 |\n"
    doc = nlp.make_doc(prepare_text(text))
    tables = doc_tables(doc)
    assert tables == find_tables(doc.text) and len(tables) == 1
    assert doc_tables(doc) is tables  # the same list, not found again
    drop_index(doc)
    assert TABLES_KEY not in doc.user_data


def test_reading_an_article_leaves_no_garbage_cycle(nlp):
    """The relation reader and its table reader point at each other; the cycle is broken after reading, so the
    article's objects are freed as soon as the Doc is let go, without waiting for the garbage collector."""
    text = ("Zentra Motors builds the Nova E5 at its plant in Kavala, which has 1,200 workers.\n\n"
            "| Market | Units |\n|---|---:|\n| Chile | 300 |\n| Peru | 200 |\n")
    nlp(prepare_text(text))  # warm up: the first Doc builds caches that live on
    gc.collect()
    gc.disable()
    try:
        doc = nlp(prepare_text(text))
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()


ARTICLE = ("Zentra Motors said on Monday it will build the Nova E5 at its plant in Kavala. Directors Ana Ruiz and Bo Li "
           "said the plant, which has 1,200 workers, will make 50,000 cars a year from 2026.\n\n"
           "File photo: the Zentra plant in Kavala\n\nExports go to:\n- Chile\n- Peru\n\nThe plant said the Nova E5 will be "
           "exported. Ruiz said: \"We are ready.\"\n")


def test_positions_gives_what_a_scan_of_every_token_gives(nlp):
    from core.nlp.docindex import doc_index

    index = doc_index(nlp(prepare_text(ARTICLE)))
    lower = index.lower
    for words in (frozenset(["said"]), frozenset(["the", "plant", "said", "nowhere"]), frozenset(), frozenset(lower),
                  frozenset(["\n\n", ",", "."])):
        assert index.positions(words) == [i for i, w in enumerate(lower) if w in words]


def test_the_token_set_of_a_growing_entity_list_is_the_plain_one(nlp):
    doc = nlp(prepare_text(ARTICLE))
    resolver = nlp.get_pipe("aw_entities")
    ents = list(doc.ents)[:3]
    for more in (list(doc.ents)[3:5], [], list(doc.ents)[5:]):
        ents += more
        taken = resolver._tokens_of(ents)
        assert taken == {i for e in ents for i in range(e.start, e.end)}
        taken.add(-1)  # the caller's own set: the kept one is not changed
    other = list(doc.ents)[1:]
    assert resolver._tokens_of(other) == {i for e in other for i in range(e.start, e.end)}


def test_file_photo_captions_are_found_as_the_plain_search_finds_them():
    from core.nlp.boilerplate import FILE_PHOTO_CAPTION, _file_photo_caption

    for text in ("File photo: the plant in Kavala", "The plant in Kavala. Reuters/A. Name/File Photo", "ARCHIVED IMAGE of the works",
                 "A profile photo of the chief", "Fıle photo: the plant", "The new plant opens in May",
                 "archive picture: the line", "Files show the plant"):
        assert _file_photo_caption(text) == bool(FILE_PHOTO_CAPTION.search(text)), text
