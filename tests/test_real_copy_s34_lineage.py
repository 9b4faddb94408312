"""Lineage cues of s34 (invented sentences): a model 'closely related to', 'a sibling of' or 'the counterpart of' another
is built on it, as badge-engineered twins are."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read


def test_closely_related_sibling_and_counterpart_are_lineage(nlp):
    assert bases(read(nlp, "The Nissan Livina is closely related to the Mitsubishi Xpander.")).get("Livina") == "Mitsubishi Xpander"
    assert bases(read(nlp, "The Nissan Magnite is a sibling of the Renault Kiger.")).get("Magnite") == "Renault Kiger"
    assert bases(read(nlp, "The Attrage is the sedan counterpart of the Mitsubishi Mirage.")).get("Attrage") == "Mitsubishi Mirage"


def test_related_alone_is_no_lineage(nlp):
    assert not any(bases(read(nlp, "The Peugeot Landtrek is related to the Changan F70 only by its maker's partnership.")).values())


def test_a_rebranded_model_is_built_on_it(nlp):
    assert bases(read(nlp, "The Proton X70 is a rebranded Geely Boyue.")).get("X70") == "Geely Boyue"
    assert not any(bases(read(nlp, "Tata rebranded its dealerships last year and launched the Nexon.")).values())
