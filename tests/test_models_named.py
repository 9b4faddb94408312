"""New models the gazetteer lacks, named as vehicles, and platform lineage cues, on sentences written for these tests
(names made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models(facts) -> dict[str, tuple[str | None, str | None]]:
    """name -> (maker, based_on)."""
    return {m.name: (m.maker, m.based_on) for m in facts.models}


def test_a_name_before_a_class_word_and_a_vehicle_word_is_a_model(nlp):
    facts = read(nlp, "Geely will build the Zorvana compact SUV at its plant in Ningbo from next year.")
    assert models(facts).get("Zorvana", (None,))[0] == "Geely"


def test_a_vehicle_called_a_name_is_a_model(nlp):
    facts = read(nlp, "Renault will build a second model at its plant in Tangier, a small pickup called the Meridor, "
                      "from 2027. The Meridor is based on the Renault Duster.")
    assert models(facts)["Meridor"] == ("Renault", "Renault Duster")


def test_a_class_word_before_a_common_noun_makes_no_model(nlp):
    facts = read(nlp, "Toyota said the Compact electric segment grew. The Large family cars sold less.")
    assert not {"Compact", "Large"} & set(models(facts))


def test_a_facelift_and_an_evolution_of_a_model_are_its_lineage(nlp):
    facts = read(nlp, "SAIPA will build the Shahin Plus at Kashan. The Shahin Plus is a facelift of the Shahin. "
                      "Chery makes the Tiggo 7 at Wuhu; the Tiggo 7 Pro is an evolution of the Tiggo 7.")
    found = models(facts)
    assert (found["Shahin Plus"][1] or "").endswith("Shahin")
    assert (found["Tiggo 7 Pro"][1] or "").endswith("Tiggo 7")


def test_the_evolution_of_a_market_is_no_lineage(nlp):
    facts = read(nlp, "Chery makes the Tiggo 7 at Wuhu. Analysts follow the evolution of the Tiggo 7 market closely.")
    assert all(m.based_on is None for m in facts.models)


def test_a_name_after_a_word_of_newness_and_before_its_vehicle_noun_is_a_model(nlp):
    """'the new Tarvo pickup', 'its next-generation Tarvo pickup': the name between a word of the car's newness (or a
    possessive) and its vehicle noun."""
    for text in ("Geely will build the new Tarvo pickup at its plant in Ningbo.",
                 "Geely will build its next-generation Tarvo pickup at its plant in Ningbo.",
                 "Geely will build its Tarvo pickup at its plant in Ningbo."):
        assert models(read(nlp, text)).get("Tarvo", (None,))[0] == "Geely", text


def test_a_possessive_before_a_name_with_no_vehicle_noun_makes_no_model(nlp):
    facts = read(nlp, "Geely will expand its Ningbo Hangzhou Bay plant next year.")
    assert models(facts) == {}


def test_a_new_makers_model_is_found_once_the_maker_is(nlp):
    """'Velmora Motors today announced ... its next-generation Tarvo pickup': a maker the gazetteer lacks, named by its
    last word, with the word of time after it; its model, found after the maker."""
    facts = read(nlp, "Velmora Motors today announced a $1.2 billion investment in its Monterrey Assembly Plant in "
                      "Nuevo Leon, Mexico, to build its next-generation Tarvo pickup.")
    assert facts.companies == ["Velmora Motors"]
    assert models(facts) == {"Tarvo": ("Velmora Motors", None)}
    assert [(p.company, p.site, list(p.models)) for p in facts.plants] == [("Velmora Motors", "Monterrey", ["Tarvo"])]
