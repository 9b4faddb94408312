"""Entity-level fixes of 2026-12-04 (s20): models, makers and lineage, on sentences written for these tests."""
from __future__ import annotations

from tests.pipeline_helpers import read


def makers(facts) -> dict[str, str | None]:
    """model name -> maker."""
    return {m.name: m.maker for m in facts.models}


def test_a_shared_code_is_the_model_of_the_maker_the_story_names(nlp):
    facts = read(nlp, "Proton has opened an assembly plant in Lahore with a local partner. The first car off the line "
                      "next month is the sedan, to be followed later by the X70 before the end of the year.")
    assert makers(facts).get("X70") == "Proton"


def test_a_word_named_after_the_is_the_model_of_the_maker_named_twice(nlp):
    facts = read(nlp, "Proton has opened an assembly plant in Lahore, Proton said on Monday. The first one off the "
                      "line will be the Saga, managers said.")
    assert makers(facts).get("Saga") == "Proton"


def test_a_word_is_no_model_when_the_maker_is_named_once_or_not_at_all(nlp):
    once = read(nlp, "Proton has opened an assembly plant in Lahore. Managers called it the Saga of the year.")
    never = read(nlp, "Toyota has opened an assembly plant in Lahore. Toyota said the Saga of the strike was over.")
    assert "Saga" not in makers(once) and "Saga" not in makers(never)


def test_a_shared_code_stays_unresolved_when_two_of_its_makers_are_named(nlp):
    facts = read(nlp, "Proton and Jetour both sell cars in Lahore. Dealers said the X70 before the holidays was popular.")
    assert "X70" not in makers(facts)


def test_a_town_before_a_capitalised_vehicle_word_in_a_plant_name_is_no_model(nlp):
    facts = read(nlp, "Stellantis will spend $80 million at the Belmont Truck Assembly Plant so it can build a "
                      "plug-in version of the Ram 1500.")
    assert "Belmont" not in makers(facts)


def test_a_name_before_a_lower_case_vehicle_word_is_still_a_model(nlp):
    facts = read(nlp, "Geely will build the Zorvana compact SUV at its plant in Ningbo, and the Kestrin truck in Jinan.")
    assert {"Zorvana", "Kestrin"} <= set(makers(facts))


def test_a_makers_count_in_a_list_of_makers_is_no_model(nlp):
    facts = read(nlp, "In the province, Ford Otosan made 61 thousand 204 vehicles, Tofas 40 thousand 118 and "
                      "Karsan 312 vehicles in the first half.")
    assert not [name for name in makers(facts) if any(c.isdigit() for c in name)]


def test_a_maker_and_an_unknown_number_with_a_vehicle_word_after_it_stays_a_model(nlp):
    facts = read(nlp, "Karsan will build the Karsan 407 minibus at its plant in Bursa from next year.")
    assert any("407" in name for name in makers(facts))


def test_a_half_year_before_a_comma_and_a_year_is_no_model(nlp):
    facts = read(nlp, "The new facility of Great Wall Motor in Rayong will go on stream in H2, 2027 with 80,000 units.")
    assert "H2" not in makers(facts)


def test_a_name_after_an_engine_size_before_a_body_noun_is_the_cars(nlp):
    facts = read(nlp, "The first sign of the plan will be the 1.6-litre Saga small-medium sedan, which goes on sale "
                      "in May at Proton dealers.")
    assert makers(facts).get("Saga") == "Proton"
    assert any(s.model == "Saga" and s.engine_l == 1.6 for s in facts.specs)


def test_a_name_after_an_engine_size_before_the_word_engine_stays_the_engines(nlp):
    facts = read(nlp, "Proton will make the 1.3-litre Saga engine at Tanjung Malim, its suppliers said.")
    assert "Saga" not in makers(facts)


def companies(facts) -> list[str]:
    return list(facts.companies)


def test_a_short_name_is_the_company_the_story_names_in_full_with_it(nlp):
    facts = read(nlp, "Volvo Trucks has started building electric trucks at its plant in Ghent. Volvo said the FM "
                      "Electric would follow next year.")
    assert "Volvo Cars" not in companies(facts) and "Volvo Trucks" in companies(facts)  # the group, as written (s27)


def test_a_short_name_stays_its_own_company_when_that_one_is_named_in_full_too(nlp):
    facts = read(nlp, "Volvo Cars and Volvo Trucks share a logo. Volvo said its Torslanda plant would build the EX90.")
    assert "Volvo Cars" in companies(facts)


def test_a_short_name_beside_a_unit_of_its_company_stays_the_company(nlp):
    facts = read(nlp, "GM Korea will build a new crossover at Changwon. GM said it would invest $300 million there.")
    assert "General Motors" in companies(facts)


def test_a_donor_model_is_not_read_past_the_dash_that_closes_an_aside(nlp):
    facts = read(nlp, "The Pontiac G8 sport truck – based on the Australian ute – and the G8 GXP sedan will be shown "
                      "in New York.")
    assert all(m.based_on != "Pontiac G8 GXP" for m in facts.models)


def test_a_donor_model_right_after_its_cue_is_still_read(nlp):
    facts = read(nlp, "The Dacia Logan Pickup – based on the Dacia Logan – goes on sale in May.")
    assert any((m.based_on or "").endswith("Logan") for m in facts.models)


def test_a_brands_current_models_written_with_the_brand_are_models(nlp):
    facts = read(nlp, "The MINI Plant Oxford builds the MINI 3-door, the MINI 5-door and the MINI Convertible.")
    assert {"Mini 3-door", "Mini 5-door", "Mini Convertible"} <= set(makers(facts))


def test_a_local_unit_is_named_as_news_names_it(nlp):
    facts = read(nlp, "GM de Mexico will add a shift at Ramos Arizpe. Ford Motor Company of Canada will build engines "
                      "in Windsor.")
    assert {"GM de Mexico", "Ford Motor Company of Canada"} <= set(companies(facts))  # as written (s27)


def test_versions_of_models_a_plant_manufactures_are_no_lineage_of_another_model(nlp):
    facts = read(nlp, "Honda may also build the Prologue there. The Ramos Arizpe plant manufactures the gasoline-powered "
                      "versions of the Chevrolet Blazer and Chevrolet Equinox.")
    assert all(m.based_on is None for m in facts.models)


def test_a_model_that_is_one_of_the_rebadged_versions_of_another_keeps_its_lineage(nlp):
    facts = read(nlp, "The Tigra is one of the rebadged versions of the Chery Tiggo 4 sold in Europe.")
    assert (next(m for m in facts.models if m.name == "Tigra").based_on or "").endswith("Tiggo 4")
