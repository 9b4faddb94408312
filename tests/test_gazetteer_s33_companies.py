"""Companies added to makers.csv in s33 (assemblers, importers, joint ventures, bus and truck makers, suppliers of
every region) on sentences written for these tests, with made-up figures: the new names are read as companies with
their groups, and names left out or kept only in full (a lion called Simba, the Latin 'momenta') are no company."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


@pytest.mark.parametrize("surface, canonical", [
    ("CJLR", "Chery Jaguar Land Rover"), ("Qingling Isuzu", "Qingling Motors"), ("DICV", "Daimler India Commercial Vehicles"),
    ("Hinopak", "Hinopak Motors"), ("Tri Petch Isuzu", "Tri Petch Isuzu Sales"), ("YaMZ", "Yaroslavl Motor Plant"),
    ("Dogus Otomotiv", "Doğuş Otomotiv"), ("TurkTraktor", "TürkTraktör"), ("Ezz Elarab Group", "Ezz Elarab"),
    ("PAN Nigeria", "Peugeot Automobile Nigeria"), ("Randon", "Randoncorp"), ("Grupo Dina", "Dina Camiones"),
    ("Skoda Transportation", "Škoda Transportation"), ("Kassbohrer", "Kässbohrer"), ("HASCO", "Huayu Automotive"),
    ("VWCO", "MAN Latin America"),
])
def test_new_companies_are_known(gaz, surface, canonical):
    assert gaz.company(surface) == canonical


def test_new_companies_belong_to_their_groups(gaz):
    assert gaz.same_group("Chery Jaguar Land Rover", "Jetour")  # both Chery
    assert gaz.same_group("Chenglong", "Voyah")  # both Dongfeng
    assert gaz.same_group("Daimler India Commercial Vehicles", "BharatBenz")  # both Daimler Truck
    assert gaz.same_group("Nova Bus", "Mack Trucks")  # both Volvo Group
    assert gaz.same_group("Blue Solutions", "Bolloré")
    assert not gaz.same_group("Hinduja Group", "Tata Motors")


def test_assemblers_and_importers_of_a_plant_story(nlp):
    facts = read(nlp, "Hinopak Motors will assemble 900 trucks a year in Karachi, while Millat Tractors and "
                      "Al-Ghazi Tractors plan new lines for 12,000 tractors.")
    assert {"Hinopak Motors", "Millat Tractors", "Al-Ghazi Tractors"} <= set(facts.companies)


def test_bus_makers_and_suppliers_of_the_story(nlp):
    facts = read(nlp, "Bozankaya and Güleryüz will build 150 electric buses for the city, with batteries from "
                      "Forsee Power and axles from Meritor.")
    assert {"Bozankaya", "Güleryüz", "Forsee Power", "Meritor"} <= set(facts.companies)


def test_importers_of_the_gulf(nlp):
    facts = read(nlp, "Petromin and Saud Bahwan Group said they sold 4,300 Chinese cars in the first half.")
    assert {"Petromin", "Saud Bahwan Group"} <= set(facts.companies)


@pytest.mark.parametrize("text", [
    "The zoo said its lion Simba turned twelve this week and the keepers baked him a cake.",
    "The physicist wrote that the momenta of the two particles add up before and after the collision.",
])
def test_names_kept_only_in_full_are_no_company(nlp, text):
    assert not read(nlp, text).companies
