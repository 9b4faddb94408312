"""People fixes of 2026-12-04 (s20), on sentences written for these tests (names made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


def people(facts) -> dict[str, tuple[str | None, str | None]]:
    """name -> (role, org)."""
    return {p.name: (p.role, p.org) for p in facts.people}


def test_each_title_in_a_list_of_titled_people_goes_to_the_name_before_it(nlp):
    facts = read(nlp, "The deal was signed in the presence of Jack Wei, President of BAIC, Tom Lane, CEO of Chery, "
                      "and Li Bo, head of sales.")
    found = people(facts)
    assert found["Jack Wei"] == ("President", "BAIC")
    assert found["Tom Lane"] == ("CEO", "Chery")


def test_a_title_of_a_company_then_a_name_still_names_that_person(nlp):
    facts = read(nlp, "The chief executive of Toyota, Akio Kato, said the plant would open in May.")
    assert people(facts)["Akio Kato"][0] == "chief executive"


def test_a_title_then_a_name_with_no_title_after_it_keeps_the_name_after(nlp):
    facts = read(nlp, "Speaking were the president of Kia, Ho Sung Park, and Tom Lane, CEO of Chery.")
    found = people(facts)
    assert found["Ho Sung Park"][0] == "president" and found["Tom Lane"][0] == "CEO"


def test_a_units_name_after_its_company_is_no_part_of_the_persons_name(nlp):
    facts = read(nlp, "Officials met the president of GM International Ravi Desai in Buenos Aires.")
    assert "Ravi Desai" in people(facts)
    assert not any(name.startswith("International") for name in people(facts))


def test_an_expert_and_a_managing_editor_quoted_are_people_with_their_titles(nlp):
    facts = read(nlp, "Car industry expert Petra Varga says wages at the Kia plant were low. Tom Reyes, managing editor "
                      "of an automotive weekly, said Nissan would expand.")
    found = people(facts)
    assert "expert" in (found["Petra Varga"][0] or "") and found["Tom Reyes"][0] == "managing editor"


def test_expert_analysis_names_no_person(nlp):
    facts = read(nlp, "Stay ahead with expert analysis of Kia and Nissan every week.")
    assert not facts.people
