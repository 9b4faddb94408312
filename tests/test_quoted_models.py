"""Models named in quotation marks right after a vehicle noun (core.nlp.entity_rules.quoted_models), and quoted
phrases that are no names. Sentences written for these tests (names made up)."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import makers, read


def test_quoted_names_after_vehicle_nouns_are_the_makers_models(nlp):
    facts = read(nlp, "KAMAZ has started making military trucks “Tornado 4350”, armored cars “Zarya” and the "
                      "sanitary car ‘Volna-2’.")
    assert makers(facts) == {"Tornado 4350": "KAMAZ", "Zarya": "KAMAZ", "Volna-2": "KAMAZ"}


def test_a_quoted_name_that_opens_with_the_maker_is_the_makers_model(nlp):
    found = makers(read(nlp, "The plant builds military trucks “KAMAZ 63501” for the army."))
    assert [maker for name, maker in found.items() if "63501" in name] == ["KAMAZ"]


@pytest.mark.parametrize(("text", "words"), [
    ("KAMAZ buses “Made in Tatarstan” were shown at the fair.", "Made in Tatarstan"),
    ("KAMAZ said the “local” vehicle was cheaper.", "local"),
    ("KAMAZ delivered trucks “On Time” to the army.", "On Time"),
    ("Buses “Zarya” were shown by a local firm.", "Zarya"),  # no maker named: no model
])
def test_no_model_from_a_quoted_phrase_or_without_a_maker(nlp, text, words):
    assert not any(words in name for name in makers(read(nlp, text)))
