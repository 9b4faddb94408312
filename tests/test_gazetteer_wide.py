"""The wider gazetteer (trucks, buses, vans, EV brands, battery and parts suppliers) on sentences written for
these tests: new makers and models are recognised, and a new ambiguous model name alone in ordinary text is not
a model."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


@pytest.mark.parametrize("surface, canonical", [
    ("Mercedes-Benz Trucks", "Mercedes-Benz Trucks"), ("EvoBus", "Daimler Buses"), ("Western Star", "Western Star"),
    ("New Flyer", "New Flyer"), ("Alexander Dennis", "Alexander Dennis"), ("Solaris Bus & Coach", "Solaris Bus & Coach"),
    ("Irizar", "Irizar"), ("Van Hool", "Van Hool"), ("Nikola", "Nikola"), ("Farizon", "Farizon"),
    ("Jidu", "Jiyue"), ("Lantu", "Voyah"), ("Verkor", "Verkor"), ("Automotive Cells Company", "Automotive Cells Company"),
    ("Plastic Omnium", "OPmobility"), ("Webasto", "Webasto"), ("Nidec", "Nidec"), ("Kumho Tire", "Kumho Tire"),
])
def test_new_makers_and_suppliers_are_known(gaz, surface, canonical):
    assert gaz.company(surface) == canonical


def test_new_makers_belong_to_their_groups(gaz):
    assert gaz.same_group("Western Star", "Freightliner")  # both Daimler Truck
    assert gaz.same_group("Mercedes-Benz Trucks", "Daimler Truck")
    assert gaz.same_group("Volkswagen Commercial Vehicles", "Volkswagen")
    assert gaz.same_group("New Flyer", "Alexander Dennis")  # both NFI Group
    assert gaz.same_group("Optare", "Ashok Leyland")  # through Switch Mobility
    assert not gaz.same_group("Solaris Bus & Coach", "Solaris")  # the Polish bus maker is not the Russian car brand


def test_truck_model_of_daimler_truck(nlp, gaz):
    facts = read(nlp, "Daimler Truck said the Mercedes-Benz eActros 600 will be built at its plant in Wörth, Germany, "
                      "from next spring.")
    assert gaz.company("Daimler Truck") in facts.companies
    assert makers(facts).get("eActros 600") == gaz.company("Mercedes-Benz")


def test_bus_models_of_bus_makers(nlp):
    facts = read(nlp, "Yutong shipped 120 Yutong E10 buses to Chile, while Solaris Bus & Coach will supply 40 Urbino 12 "
                      "hydrogen buses to an operator in Italy.")
    assert {"Yutong", "Solaris Bus & Coach"} <= set(facts.companies)
    models = makers(facts)
    assert models.get("E10") == "Yutong"
    assert models.get("Urbino 12 hydrogen") == "Solaris Bus & Coach"


def test_electric_vans(nlp):
    facts = read(nlp, "Renault will build the Kangoo E-Tech and the Master E-Tech in France, and Opel showed the "
                      "Vivaro Electric van.")
    models = makers(facts)
    assert models.get("Kangoo E-Tech") == "Renault" and models.get("Master E-Tech") == "Renault"
    assert models.get("Vivaro Electric") == "Opel"


def test_suppliers_are_companies_of_the_story(nlp):
    facts = read(nlp, "Webasto and Nidec will open a joint plant for heat pumps in Serbia next year.")
    assert {"Webasto", "Nidec"} <= set(facts.companies)


@pytest.mark.parametrize("text", [
    "Rosa Lopez, a teacher from Madrid, said the charity Gala raised money for the school.",
    "The Pioneer spirit of the town is on show at the Century club every summer.",
])
def test_new_ambiguous_names_alone_are_not_models(nlp, text):
    doc = nlp(text)
    assert not [e for e in doc.ents if e.label_ == "MODEL"]
