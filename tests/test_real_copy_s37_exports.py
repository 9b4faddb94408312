"""Export and spec fixes of 2026-12-06 (s37), from the errors of the tuning sets, on sentences written for these tests
(names and figures made up)."""
from __future__ import annotations

from core.nlp.normalise import cc_to_litres
from tests.pipeline_helpers import read, routes, specs_of


# -- a two-wheeler's engine size in cc --------------------------------------------------------------------------------
def test_a_motorcycles_size_in_cc_is_its_engine(nlp):
    text = "Powered by a 248 cc, single-cylinder, air-cooled engine, the Yamaha Mio has a 5-speed gearbox."
    assert ("engine_l", 0.248) in specs_of(read(nlp, text), "Mio")


def test_a_scooters_size_written_together_with_cc(nlp):
    assert ("engine_l", 0.11) in specs_of(read(nlp, "The Honda Activa runs on a 110cc engine."), "Activa")


def test_a_bound_of_a_class_of_two_wheelers_is_no_models_size(nlp):
    text = "The duty on motorcycles above 150cc was cut, which lifted sales of the Yamaha Mio."
    assert not specs_of(read(nlp, text), "Mio")


def test_a_count_of_small_motorcycles_stays_a_count(nlp):
    text = "Honda shipped 30,000 125cc motorcycles to Nigeria last year."
    assert routes(read(nlp, text)).get(("Honda", "Japan", "Nigeria")) == 30000


def test_small_sizes_keep_their_cc_and_big_ones_round_as_before():
    assert cc_to_litres(125) == 0.125
    assert cc_to_litres(660) == 0.66
    assert cc_to_litres(1598) == 1.6


# -- gazetteer: Royal Enfield's Himalayan by its engine's size -------------------------------------------------------
def test_the_himalayan_named_with_its_size_is_that_model(nlp):
    facts = read(nlp, "Royal Enfield will start deliveries of the Himalayan 450 in Nepal next month.")
    assert "Himalayan 450" in {m.name for m in facts.models}


def test_the_bare_himalayan_is_not_given_a_size(nlp):
    facts = read(nlp, "Royal Enfield said the Himalayan sold well in Nepal last month.")
    assert not {m.name for m in facts.models} & {"Himalayan 450", "Himalayan 411"}
