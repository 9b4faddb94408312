"""Relation rules added for held-out set I, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- a plant that changes hands: its new owner ---------------------------------------------------------------
def test_a_plant_sold_to_a_company_is_the_buyers(nlp):
    facts = read(nlp, "Ford's former plant in Valencia now belongs to Geely, which builds the Geely Coolray there. "
                           "Renault's Barcelona factory was sold to Chery last year.")
    companies = {p.company for p in facts.plants}
    assert "Geely" in companies and "Chery" in companies
    assert not companies & {"Ford", "Renault"}


def test_a_plant_sold_by_its_owner_stays_the_sellers_without_a_buyer(nlp):
    facts = read(nlp, "Renault builds the Clio at its Bursa plant in Turkey, where sales rose.")
    assert {p.company for p in facts.plants} == {"Renault"}


# -- an assembler's plant is in its home country -----------------------------------------------------------
def test_an_assemblers_plant_is_in_its_home_country_when_both_are_named(nlp):
    facts = read(nlp, "China's Chery has signed an agreement with Kazakhstan's Allur to assemble cars at the Allur plant.")
    assert [(p.company, p.country) for p in facts.plants] == [("Allur", "Kazakhstan")]


# -- lineage: "shares its platform and X with", "is the locally built version of", "a rebadged <ambiguous name>" --
def bases(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


def test_shares_its_platform_and_more_with_names_the_donor(nlp):
    facts = read(nlp, "Nissan has revealed the Magnite, a small SUV that shares its platform and most of its panels with the Renault Kiger.")
    assert bases(facts).get("Magnite") == "Renault Kiger"


def test_shares_a_showroom_with_is_no_lineage(nlp):
    facts = read(nlp, "The Nissan Magnite shares a showroom and its service staff with the Renault Kiger.")
    assert bases(facts).get("Magnite") is None


def test_a_named_model_that_is_the_locally_built_version_of_another(nlp):
    facts = read(nlp, "Geely builds the Emgrand at Minsk in Belarus. The Emgrand is the Belarusian-built version of the Geely Preface.")
    assert bases(facts).get("Emgrand") == "Geely Preface"


def test_a_locally_assembled_version_added_is_still_no_lineage(nlp):
    facts = read(nlp, "From next year the company will add the Tucson and a locally assembled version of the Staria.")
    assert all(b is None for b in bases(facts).values())


def test_a_model_name_after_rebadged_is_a_model(nlp):
    facts = read(nlp, "Chery builds cars in Russia with AGR. The Tenet T7 is a rebadged Tiggo 7 Pro.")
    assert bases(facts).get("T7") == "Chery Tiggo 7 Pro"


# -- a spec after a plural subject of models ---------------------------------------------------------------
def specs_of(facts) -> dict[str, set]:
    out: dict[str, set] = {}
    for s in facts.specs:
        out.setdefault(s.model, set()).update(v for v in (s.engine_l, s.transmission) if v is not None)
    return out


def test_the_x_and_y_are_powered_by_gives_both_the_spec(nlp):
    facts = read(nlp, "Kia sells the Seltos and the Sonet in Chile. The Seltos and Sonet are powered by a 1.4-litre engine.")
    found = specs_of(facts)
    assert 1.4 in found.get("Seltos", set()) and 1.4 in found.get("Sonet", set())


def test_a_spec_after_one_model_of_a_list_stays_its_own(nlp):
    facts = read(nlp, "Kia sells the Seltos and the Sonet in Chile. The Sonet uses a 1.2-litre engine.")
    found = specs_of(facts)
    assert 1.2 in found.get("Sonet", set()) and 1.2 not in found.get("Seltos", set())
