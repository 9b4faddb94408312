"""The ruler's phrase Docs, put together word by word, are the Docs the tokenizer makes of the whole phrase."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import EntityRuler

from core.nlp.patterns import PhraseDocs, entity_patterns


def _tokens(doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


def test_every_gazetteer_pattern_gets_the_tokens_of_the_whole_phrase(nlp, gaz):
    phrase_doc = PhraseDocs(nlp)
    phrases = [p["pattern"] for p in entity_patterns(gaz)]
    # one in five, and every phrase with a figure, a slash or a full stop, where tokenizing rules act
    sample = [p for i, p in enumerate(phrases) if i % 5 == 0 or any(c.isdigit() or c in "/.'-" for c in p)]
    differing = [p for p in sample if _tokens(phrase_doc(p)) != _tokens(nlp.make_doc(p))]
    assert len(sample) > 10_000 and differing == []


@pytest.mark.parametrize("phrase", [
    "R4 billion", "Toyota R5 bn", "P2 billion", "Maker  Model", " lead", "tail ", "158bhp/159lb ft", "hp/205 Nm",
    "U.S.-built Corollas", "Mitsubishi Corp.", "Model Y.", "Côte d’Ivoire", "Lynk & Co 01", "a", "Maker\tModel",
    "Maker\u00a0Model", "Maker \u00a0Model", "R3bn", "Toyota R3bn", "dont", "Cannot", "gonna sell", "Inc.", "U.S.",
    "CR-V", "1.5L", "US$14m", "110kW/250Nm",
])
def test_phrases_the_tokenizer_reads_across_spaces_get_its_tokens(nlp, phrase):
    assert _tokens(PhraseDocs(nlp)(phrase)) == _tokens(nlp.make_doc(phrase))


WORDS = st.text(alphabet="RPbnilomk0123456789./-'’$£AZaz(),\t\u00a0", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=4))
def test_any_phrase_of_words_gets_the_tokens_of_the_whole_phrase(nlp, words):
    phrase = " ".join(words)
    assert _tokens(PhraseDocs(nlp)(phrase)) == _tokens(nlp.make_doc(phrase))


def test_the_ruler_finds_what_spacys_ruler_finds_with_the_same_patterns(nlp):
    patterns = [{"label": "MODEL", "pattern": "Toyota Corolla", "id": "Toyota Corolla"},
                {"label": "MODEL", "pattern": "Corolla Cross", "id": "Toyota Corolla Cross"},
                {"label": "COMPANY", "pattern": "Toyota", "id": "Toyota"},
                {"label": "COMPANY", "pattern": "Toyota Motor Corp.", "id": "Toyota"},
                {"label": "PLACE", "pattern": "Côte d’Ivoire"},
                {"label": "PLACE", "pattern": "Georgetown", "id": "Georgetown"}]
    text = "Toyota Motor Corp. builds the Toyota Corolla and the Corolla Cross in Georgetown and in Côte d’Ivoire."
    ours = nlp.get_pipe("entity_ruler").__class__(nlp, "ours", overwrite_ents=True)
    ours.add_patterns(patterns)
    stock = EntityRuler(nlp, "stock", overwrite_ents=True)
    stock.add_patterns(patterns)
    found = [[(e.text, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents] for ruler in (ours, stock)]
    assert found[0] == found[1]
    assert ("Toyota Corolla", "MODEL", "Toyota Corolla") in found[0] and len(ours) == len(stock) == len(patterns)
    assert list(itertools.chain(*ours.phrase_patterns.values()))  # kept for the ruler's `patterns` and to_disk


def test_a_models_patterns_open_with_its_makers_short_names_not_its_formal_ones(gaz):
    phrases = {p["pattern"] for p in entity_patterns(gaz)}
    assert {"Toyota Corolla", "Honda Civic", "VW Golf"} <= phrases
    # the formal names of the companies stay company names on their own
    assert not {"Toyota Motor Corporation Corolla", "Honda Motor Company Civic", "Volkswagen AG Golf"} & phrases
    assert {"Toyota Motor Corporation", "Volkswagen AG"} <= phrases


def test_keys_are_the_orth_ids_of_the_whole_phrases_tokens(nlp, gaz):
    """What the PhraseMatcher is given for a phrase: the ORTH ids of the tokens nlp.make_doc makes of it whole."""
    keys = PhraseDocs(nlp).keys
    phrases = [p["pattern"] for p in entity_patterns(gaz)]
    sample = [p for i, p in enumerate(phrases) if i % 25 == 0 or any(c.isdigit() or c in "/.'-" for c in p)]
    sample += ["R4 billion", "Maker  Model", "Maker\u00a0Model", " lead", "Côte d’Ivoire"]
    assert [p for p in sample if keys(p) != [t.orth for t in nlp.make_doc(p)]] == []


def test_the_ruler_matches_as_spacys_on_gazetteer_patterns(nlp, gaz):
    """On a few thousand of the gazetteer's patterns, with ids, the ruler finds in a text of their phrases the
    entities spaCy's EntityRuler finds, and lists the same patterns (what to_disk writes)."""
    every = entity_patterns(gaz)
    patterns = [p for i, p in enumerate(every) if i % 40 == 0 or any(c.isdigit() or c in "/.'-&" for c in p["pattern"])]
    patterns = patterns[:4000]
    ours = nlp.get_pipe("entity_ruler").__class__(nlp, "ours", overwrite_ents=True)
    ours.add_patterns(patterns)
    stock = EntityRuler(nlp, "stock", overwrite_ents=True)
    stock.add_patterns(patterns)
    text = ". ".join(f"They build the {p['pattern']} there" for p in patterns[::3])
    found = [[(e.start, e.end, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents] for ruler in (ours, stock)]
    assert len(found[0]) > 1000 and found[0] == found[1]
    def listed(ruler_patterns: list[dict]) -> list[tuple]:
        return sorted((p["label"], p["pattern"], p.get("id")) for p in ruler_patterns)

    assert listed(ours.patterns) == listed(stock.patterns) == listed(patterns)


def test_every_gazetteer_word_read_as_one_token_is_one_token(nlp, gaz):
    """The words PhraseDocs leaves whole without tokenizing them (most of them) are whole when tokenized."""
    phrase_docs = PhraseDocs(nlp)
    words = {w for p in entity_patterns(gaz) for w in p["pattern"].split(" ") if w}
    whole = [w for w in words if phrase_docs.is_one_token(w)]
    assert len(whole) > len(words) / 2
    assert [w for w in whole if [t.text for t in nlp.make_doc(w)] != [w]] == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=12))
def test_a_word_read_as_one_token_is_one_token(nlp, word):
    if PhraseDocs(nlp).is_one_token(word):
        assert [t.text for t in nlp.make_doc(word)] == [word]


def test_the_words_of_the_text_keep_their_lexical_attributes_after_the_build():
    """The ruler's keys with an id get lexemes without lexical attributes while it is built; the labels and words
    of a text keep theirs ("TESLA MODEL 3": MODEL is a word, and a label), and the vocab reads them again after."""
    import spacy

    from core.nlp.tokenizer import customise_tokenizer

    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    getters = nlp.vocab.lex_attr_getters
    ruler = nlp.add_pipe("aw_entity_ruler", name="entity_ruler")
    ruler.add_patterns([{"label": "MODEL", "pattern": "Model 3", "id": "Tesla|Model 3"},
                        {"label": "MODEL", "pattern": "Zephyrion"}])
    assert nlp.vocab.lex_attr_getters is getters
    doc = ruler(nlp.make_doc("TESLA MODEL 3 and the Zephyrion"))
    assert [(t.is_alpha, t.is_upper, t.shape_) for t in doc[:2]] == [(True, True, "XXXX"), (True, True, "XXXX")]
    assert nlp.vocab["MODEL"].lower_ == "model" and nlp.vocab["Zephyrion"].shape_ == "Xxxxx"
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Zephyrion", "")]
