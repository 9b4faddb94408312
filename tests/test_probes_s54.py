"""Rules of round s54, each from a probe or a fresh real story: a car's name in its maker's home market is the base of
its export name; another group's badge in a named market is a lineage; 'a renamed X' is a lineage. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline_helpers import read


def bases(facts) -> dict[str, str]:
    return {m.name: m.based_on for m in facts.models if m.based_on}


@pytest.mark.parametrize("text", ["The BYD Atto 3, known as the Yuan Plus in China, went on sale in Thailand.",
                                  "The BYD Atto 3 (known as the Yuan Plus in China) went on sale in Thailand.",
                                  "A BYD Atto 3 DM-i (known as the Yuan Plus DM-i in China) went on sale in Thailand."])
def test_the_home_market_name_is_the_base_of_the_export_name(nlp, text):
    assert bases(read(nlp, text)) == {"Atto 3": "BYD Yuan Plus"}


def test_a_name_in_a_foreign_market_is_still_the_export_badge(nlp):
    assert bases(read(nlp, "The Toyota Highlander, known as the Kluger in Australia, is built in Indiana.")) == {
        "Kluger": "Toyota Highlander"}


@pytest.mark.parametrize("text, expected", [
    ("The Suzuki Ciaz is sold in Africa as the Toyota Belta.", {"Belta": "Suzuki Ciaz"}),
    ("The Mazda2 sedan is sold in the US as the Toyota Yaris.", {"Yaris": "Mazda2"}),
    ("The MG Windsor EV, known in China as the Wuling Cloud EV, is built in Halol.", {"Windsor EV": "Wuling Cloud EV"})])
def test_a_market_between_the_verb_and_as_decides_which_name_is_the_base(nlp, text, expected):
    assert bases(read(nlp, text)) == expected


@pytest.mark.parametrize("word", ["renamed", "rebranded"])
def test_a_renamed_model_is_based_on_the_original(nlp, word):
    assert bases(read(nlp, f"The Toyota Belta is a {word} Suzuki Ciaz.")) == {"Belta": "Suzuki Ciaz"}
