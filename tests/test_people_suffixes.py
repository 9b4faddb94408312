"""A person's name with a generational suffix ("Jr.", "III") and a monarch's regnal number ("King Mohammed VI")."""
from __future__ import annotations

from tests.pipeline_helpers import read


def people(nlp, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in read(nlp, text).people}


def test_a_suffix_after_the_surname_is_part_of_the_name(nlp):
    found = people(nlp, "Kenji Arata met President Ramon Velasco Jr. during a visit to the Toyota plant in Santa Rosa.")
    assert ("Ramon Velasco Jr.", "President") in found


def test_a_name_with_a_numeral_before_its_title(nlp):
    found = people(nlp, "Walter Brandt III, the state's secretary of commerce, said Volvo would build the plant in Ridgeville.")
    assert any(name == "Walter Brandt III" for name, _ in found)


def test_a_monarch_is_named_with_the_regnal_number_and_the_title_is_the_role(nlp):
    found = people(nlp, "The Kenitra plant opened in the presence of King Idris IV and Renault's chief executive, Ana Ruiz.")
    assert ("Idris IV", "King") in found


def test_a_model_numeral_or_a_surname_king_is_no_monarch(nlp):
    found = people(nlp, "Toyota builds the Mark II in Japan. Rachel King, plant manager at Ford, said the plant will close.")
    assert ("Rachel King", "plant manager") in found
    assert not any(role == "King" for _, role in found)
    assert not any("Mark" in name for name, _ in found)
