"""Models and makers the gazetteer lacks (round s51): a new maker's short name before a verb of making names it again,
a name in apposition to a noun of a car ("its best seller, the Estrel, ...") and both names before a plural vehicle noun
("the Sable and Orion models") are models. Names invented for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import read


def models(facts) -> dict[str, str | None]:
    return {m.name: m.maker for m in facts.models}


def test_a_new_makers_short_name_before_a_verb_of_making_names_the_maker(nlp):
    found = models(read(nlp, "Velmora Motors opened a plant in Lima. Velmora also builds the Tarvo pickup there."))
    assert found.get("Tarvo") == "Velmora Motors"


def test_a_name_in_apposition_to_a_best_seller_is_a_model(nlp):
    found = models(read(nlp, "Velmora Motors opened a plant in Lima. Velmora's best seller, the Estrel, is exported to Chile."))
    assert found.get("Estrel") == "Velmora Motors"


def test_both_names_before_a_plural_vehicle_noun_are_models(nlp):
    found = models(read(nlp, "Toyota will build the Sable and Orion models in Brazil."))
    assert {"Sable", "Orion"} <= set(found)


def test_a_role_word_before_a_plural_noun_is_no_model(nlp):
    found = models(read(nlp, "Toyota will build the Premier and League models in Brazil."))
    assert "Premier" not in found


def test_a_name_ending_in_assemblers_is_a_company(nlp):
    facts = read(nlp, "GF Vehicle Assemblers has opened a truck assembly plant in Kibaha, Tanzania.")
    assert "GF Vehicle Assemblers" in facts.companies
    assert [p.company for p in facts.plants] == ["GF Vehicle Assemblers"]
