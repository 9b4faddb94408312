"""Shipments, plants and platform lineage as sets D and G wrote them, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read, routes


# -- "sent / dispatched / loaded N <vehicles> ... to|for X" ------------------------------------------------------
def test_a_plant_that_sent_cars_to_a_market_exports_them(nlp):
    found = routes(read(nlp, "Kia's plant in Zilina, Slovakia, sent 24,000 Ceeds to Italy last year."))
    assert found == {("Kia", "Slovakia", "Italy"): 24000}


def test_dispatched_with_the_vehicles_between_verb_and_market(nlp):
    facts = read(nlp, "Geely dispatched a first consignment of 800 Coolray units from Ningbo to Morocco in May.")
    assert routes(facts) == {("Geely", "China", "Morocco"): 800}
    assert facts.exports[0].models == ["Coolray"]


def test_loaded_for_a_region(nlp):
    found = routes(read(nlp, "Great Wall loaded 3,500 Haval Jolion vehicles for the Middle East onto a charter vessel in Tianjin."))
    assert found == {("Great Wall", "China", "Middle East"): 3500}


def test_sending_people_or_parts_is_no_shipment(nlp):
    assert not read(nlp, "The carmaker sent 40 engineers from Turin to Brazil to train the staff.").exports
    assert not read(nlp, "Renault sent its design team to Romania for the launch.").exports


# -- "<vehicles> bound for X" ---------------------------------------------------------------------------------
def test_vehicles_bound_for_a_market_are_an_export_of_the_company_named(nlp):
    facts = read(nlp, "A car carrier left Yantai, China, on Monday with 5,200 vehicles bound for Europe, "
                      "including the Omoda 5, Chery said.")
    assert routes(facts) == {("Chery", "China", "Europe"): 5200}


def test_a_person_bound_for_a_city_is_no_shipment(nlp):
    assert not read(nlp, "The minister, bound for Moscow after the launch in Wuhu, praised Chery.").exports


# -- "to 23 African markets" ----------------------------------------------------------------------------------
def test_a_count_of_markets_named_by_their_region(nlp):
    found = routes(read(nlp, "Toyota exported 14,000 Hilux pickups from South Africa to 30 African markets last year."))
    assert found == {("Toyota", "South Africa", "Africa"): 14000}


# -- plants: a long list of models before "at X"; "Production of X began" -----------------------------------------
def test_a_list_of_models_between_the_verb_and_the_site_costs_no_distance(nlp):
    facts = read(nlp, "Renault, Turkey's second exporter, assembles the Clio, the Captur, the Duster and the "
                      "Symbioz at Bursa.")
    plant = next(p for p in facts.plants if p.site == "Bursa")
    assert plant.company == "Renault" and plant.country == "Turkey"
    assert plant.models == ["Clio", "Captur", "Duster", "Symbioz"]


def test_a_name_used_in_a_country_is_no_plant_there(nlp):
    facts = read(nlp, "The plant will start with the Tiggo 4 crossover, known in some markets as the Omoda 5 in "
                      "Mexico, and the Tiggo 7.")
    assert not any(p.country == "Mexico" for p in facts.plants)


def test_production_of_models_beginning_belongs_to_the_plant_just_described(nlp):
    facts = read(nlp, "Hyundai's new plant near Pune, India, was bought from GM in 2023. "
                      "Production of the Venue and the Creta began in August.")
    plant = next(p for p in facts.plants if p.site == "Pune")
    assert plant.models == ["Venue", "Creta"]


def test_sales_beginning_give_the_plant_no_models(nlp):
    facts = read(nlp, "Hyundai's new plant near Pune, India, was bought from GM in 2023. "
                      "Sales of the Venue and the Creta began in Nepal in August.")
    assert all(not p.models for p in facts.plants)


# -- platform lineage ---------------------------------------------------------------------------------------

def test_a_which_clause_after_the_last_model_of_a_list_speaks_of_that_model(nlp):
    facts = read(nlp, "The plant builds the Tiguan and the Passat, and the Audi Q5, which is a version of the Touareg.")
    found = bases(facts)
    assert found["Q5"] == "Volkswagen Touareg"
    assert found["Tiguan"] is None and found["Passat"] is None


def test_both_derivatives_of_gives_every_model_of_the_list_its_base(nlp):
    found = bases(read(nlp, "Dacia builds the Sandero Stepway and the Jogger, both derivatives of the Logan."))
    assert found["Sandero Stepway"] == found["Jogger"] == "Dacia Logan"


def test_sharing_a_frame_with_another_model_is_lineage_but_sharing_a_showroom_is_not(nlp):
    assert bases(read(nlp, "The Toyota Fortuner shares its ladder frame with the Hilux pickup."))["Fortuner"] == "Toyota Hilux"
    assert bases(read(nlp, "The Toyota Fortuner shares its showroom with the Hilux in most markets."))["Fortuner"] is None


def test_known_in_a_country_as_another_model_names_the_donor(nlp):
    found = bases(read(nlp, "Proton sells the X70, known in China as the Geely Boyue, from its Tanjung Malim plant."))
    assert found["X70"] == "Geely Boyue"


def test_hybrid_versions_of_a_model_are_variants_not_lineage(nlp):
    facts = read(nlp, "Toyota launched locally built hybrid versions of the Corolla Cross and the Yaris in Thailand.")
    assert all(b is None for b in bases(facts).values())


def test_a_close_cousin_of_a_model_is_based_on_it(nlp):
    facts = read(nlp, "Renault's new Boreal SUV, a close cousin of the Dacia Bigster, will be built in Brazil.")
    assert bases(facts).get("Boreal") == "Dacia Bigster"


def test_the_car_that_is_a_sister_model_is_the_one_named_before(nlp):
    """'The Omoda 5 is sold in Russia. The car is a sister model of the Chery Tiggo 4': 'the car' is the Omoda 5 (an
    'a' after the verb is no unnamed new model)."""
    facts = read(nlp, "The Omoda 5 is sold in Russia. The car is a sister model of the Chery Tiggo 4.")
    assert bases(facts).get("Omoda 5") == "Chery Tiggo 4"
