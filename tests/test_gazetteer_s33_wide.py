"""The gazetteer widened with older and regional models and makers (Chinese, Russian/CIS, Iranian, Indian, Malaysian,
Korean, Turkish, commercial vehicles, models of 1995-2015) on sentences written for these tests (figures made up): new
rows are found beside their maker or a vehicle word, and a new ambiguous name alone in ordinary text is no model."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


@pytest.mark.parametrize("surface, canonical", [
    ("Qoros", "Qoros"), ("Borgward", "Borgward"), ("TagAZ", "TagAZ"), ("Hawtai", "Hawtai"), ("Changhe", "Changhe"),
    ("Zhongxing Automobile", "ZX Auto"), ("Ravon", "Ravon"), ("Saab Automobile", "Saab"), ("Neoplan", "Neoplan"),
    ("Daewoo Bus", "Daewoo Bus"), ("Likhachev Plant", "ZIL"),
])
def test_new_makers_are_known(gaz, surface, canonical):
    assert gaz.company(surface) == canonical


def test_new_makers_belong_to_their_groups(gaz):
    assert gaz.same_group("Senova", "BAIC")
    assert gaz.same_group("Landwind", "JMC")
    assert gaz.same_group("Neoplan", "MAN")
    assert gaz.same_group("Ravon", "GM Uzbekistan")


def test_chinese_models_beside_their_maker(nlp):
    facts = read(nlp, "Chery said it built 12,000 Arrizo 3 sedans and 8,000 QQ3 hatchbacks in Wuhu last year, while "
                      "Zotye exported 3,000 T600 SUVs.")
    models = makers(facts)
    assert models.get("Arrizo 3") == "Chery"
    assert models.get("QQ3") == "Chery"
    assert models.get("T600") == "Zotye"


def test_russian_truck_and_bus_numbers_with_their_maker(nlp):
    facts = read(nlp, "KAMAZ will deliver 400 KAMAZ-65117 trucks to Uzbekistan, and MAZ shipped 150 MAZ-103 buses to "
                      "Serbia.")
    models = makers(facts)  # a truck's number is given as written, with its maker ("KAMAZ-65117")
    assert [maker for name, maker in models.items() if "65117" in name] == ["KAMAZ"]
    assert [maker for name, maker in models.items() if "103" in name] == ["MAZ"]


def test_older_korean_and_indian_models(nlp):
    facts = read(nlp, "Hyundai sold 5,000 Lantra sedans in Egypt, and Tata Motors will export the Manza and the "
                      "Sumo Grande to Nepal.")
    models = makers(facts)
    assert models.get("Lantra") == "Hyundai"
    assert models.get("Manza") == "Tata Motors"
    assert models.get("Sumo Grande") == "Tata Motors"


def test_an_ambiguous_new_model_beside_its_maker(nlp):
    facts = read(nlp, "SAIPA said output of the SAIPA Nasim rose to 9,000 units in the first quarter.")
    assert makers(facts).get("Nasim") == "SAIPA"


@pytest.mark.parametrize("text", [
    "Nasim, a student from Tehran, said the exam was hard this year.",
    "The Diablo restaurant in Madrid was full every night, and Thalia sang there on Friday.",
])
def test_new_ambiguous_names_alone_are_not_models(nlp, text):
    doc = nlp(text)
    assert not [e for e in doc.ents if e.label_ == "MODEL"]
