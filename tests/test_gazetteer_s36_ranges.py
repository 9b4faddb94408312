"""Two-wheeler, powersports, bus, tram and truck ranges and the makers added to the gazetteer in s36, on sentences
written for these tests with made-up figures: model codes as news writes them are read with their makers, names that
are words are read only with their brand, the new makers are companies, and an ambiguous new name alone in ordinary
text is no model."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


def test_motorcycle_codes_beside_their_makers(nlp):
    facts = read(nlp, "Yamaha will build 12,000 XTZ125 and FZ16 motorcycles and the YBR 250 in San Luis, and "
                      "Aprilia will make the RS 457 in India.")
    models = makers(facts)
    for name in ("XTZ125", "FZ16", "YBR 250"):
        assert models.get(name) in ("Yamaha", "Yamaha Motor"), name
    assert models.get("RS 457") == "Aprilia"
    assert "Aprilia" in facts.companies


def test_names_that_are_words_with_their_brand(nlp):
    facts = read(nlp, "Ducati said the Monster 796 and the Ducati Scrambler sold 9,000 units, Harley-Davidson will "
                      "stop the Street 500, and Polaris said the Polaris Ranger sold well.")
    models = makers(facts)
    assert models.get("Monster 796") == "Ducati"
    assert models.get("Ducati Scrambler") == "Ducati"
    assert models.get("Street 500") == "Harley-Davidson"
    assert models.get("Polaris Ranger") == "Polaris"


def test_scooters_and_powersports(nlp):
    facts = read(nlp, "Piaggio will ship 5,000 Vespa LX 125 scooters to Kenya, and Kawasaki Motors will build the "
                      "Kawasaki Versys 650 in Thailand.")
    models = makers(facts)
    assert models.get("Vespa LX 125") == "Piaggio"
    assert models.get("Kawasaki Versys 650") == "Kawasaki Motors"


def test_buses_trams_and_their_makers(nlp):
    facts = read(nlp, "Cherkasy Bus delivered 50 Ataman buses to Kyiv, Solaris shipped 30 Urbino 15 LE buses, and "
                      "CAF will build 40 Urbos trams.")
    models = makers(facts)
    assert models.get("Ataman") == "Cherkasy Bus"
    assert models.get("Urbino 15 LE") == "Solaris Bus & Coach"
    assert models.get("Urbos") == "CAF"
    assert {"Cherkasy Bus", "CAF"} <= set(facts.companies)


def test_local_makers_and_assemblers_are_companies(nlp):
    facts = read(nlp, "Car & General will assemble 10,000 TVS King three-wheelers in Nairobi, while Transinco and "
                      "Tatsa opened bus lines and Jelcz added a truck line.")
    assert {"Car & General", "Transinco", "Tatsa", "Jelcz"} <= set(facts.companies)
    assert makers(facts).get("TVS King") == "TVS Motor"


@pytest.mark.parametrize("text", [
    "The Ataman of the village greeted the guests at the harvest festival.",
    "The RZR team won the regional hackathon on Sunday.",
])
def test_ambiguous_names_alone_are_no_model(nlp, text):
    assert not read(nlp, text).models
