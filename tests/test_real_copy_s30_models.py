"""Model and people fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests
(people's names and figures made up): a model whose name is also a word, written after 'the' beside its maker's other
models."""
from __future__ import annotations

from tests.pipeline_helpers import read


def model_names(facts) -> set[str]:
    return {m.name for m in facts.models}


# -- a sibling of a model already read ----------------------------------------------------------------------------------
def test_a_word_named_model_beside_its_makers_confirmed_models_is_a_model(nlp):
    text = ("Honda showed the new City sedan at the Bangkok show. Its platform is borrowed from the Fit. "
            "Later this year the Fit gets a hybrid engine as well.")
    assert {"City", "Fit"} <= model_names(read(nlp, text))


def test_a_word_written_once_after_the_stays_a_word(nlp):
    text = "Honda showed the new City sedan at the Bangkok show. Buyers said the Fit of the seats was poor."
    assert "Fit" not in model_names(read(nlp, text))
