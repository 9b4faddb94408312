"""Companies, model makers, specs, people and lineage: general constructions, on sentences written for these tests
(names of people and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read


# -- investors and groups behind a carmaker are companies of the story ----------------------------------------------
def test_a_sovereign_fund_holding_a_stake_is_a_company(nlp):
    facts = read(nlp, "The Public Investment Fund holds 60 per cent of the new venture, and Hyundai holds the rest.")
    assert {"Public Investment Fund", "Hyundai"} <= set(facts.companies)


def test_a_conglomerate_partner_is_a_company(nlp):
    facts = read(nlp, "Nishat Group and Hyundai opened the assembly line in Faisalabad in March.")
    assert "Nishat Group" in facts.companies


def test_a_group_in_its_short_form_takes_its_canonical_name(nlp):
    facts = read(nlp, "Thai conglomerate Charoen Pokphand has invested in the joint venture with SAIC Motor.")
    assert "Charoen Pokphand" in facts.companies  # the name written (s27; the canonical CP Group before)


# -- the maker the article names for a model ------------------------------------------------------------------------
def makers(facts) -> dict[str, str | None]:
    return {m.name: m.maker for m in facts.models}


def test_a_group_named_instead_of_the_brand_makes_the_model(nlp):
    facts = read(nlp, "JLR will build the Range Rover Sport at its Nitra plant from next year, the company said.")
    assert makers(facts)["Range Rover Sport"] == "JLR"


def test_the_brand_named_keeps_the_model(nlp):
    facts = read(nlp, "JLR said Land Rover would build the Range Rover Sport at the Nitra plant from next year.")
    assert makers(facts)["Range Rover Sport"] == "Land Rover"


def test_a_subsidiary_maker_in_the_possessive_makes_the_model(nlp):
    facts = read(nlp, "Maruti Suzuki's Fronx was the best-selling compact SUV in March, ahead of rivals.")
    assert makers(facts)["Fronx"] == "Maruti Suzuki"


def test_the_group_written_before_its_sub_brands_model_makes_it(nlp):
    facts = read(nlp, "Dealers expect strong demand for the GWM Tank 300 when it arrives in June.")
    assert makers(facts)["Tank 300"] == "Great Wall Motor"


def test_an_unrelated_company_in_the_possessive_leaves_the_maker(nlp):
    facts = read(nlp, "Hertz's Corolla fleet is being replaced, the rental firm said.")
    assert makers(facts).get("Corolla") == "Toyota"


# -- a company's name as the first word of another proper name ------------------------------------------------------
def test_a_company_word_that_starts_a_trade_areas_name_is_no_company(nlp):
    facts = read(nlp, "Exports to Kenya will go duty-free under the African Continental Free Trade Area from June.")
    assert "Continental" not in facts.companies


def test_a_company_word_that_starts_a_platforms_name_is_no_company(nlp):
    facts = read(nlp, "The new hatchback uses the Smart Car platform that Citroen developed for the C3.")
    assert "Smart" not in facts.companies and "Smart" not in {m.name for m in facts.models}


def test_the_company_before_its_model_and_platform_stays(nlp):
    facts = read(nlp, "Continental will supply brakes for the plant. Renault builds the Kwid on the CMF-A platform.")
    assert {"Continental", "Renault"} <= set(facts.companies)


# -- the name of a body or a company after a title is no person -----------------------------------------------------
def people(facts) -> dict[str, str | None]:
    return {p.name: p.role for p in facts.people}


def test_a_committee_after_the_title_is_no_person(nlp):
    facts = read(nlp, '"Prices will rise," said Aibek Sultanov, Deputy Chairman of the State Customs Committee, on Friday.')
    assert list(people(facts)) == ["Aibek Sultanov"]
    assert people(facts)["Aibek Sultanov"].startswith("Deputy Chairman")


def test_a_provincial_peoples_committee_leaves_the_chairman_his_title(nlp):
    facts = read(nlp, "Nguyen Duc Minh, chairman of the Quang Nam Provincial People's Committee, said the plant would open in June.")
    assert people(facts) == {"Nguyen Duc Minh": "chairman"}


def test_a_plan_before_a_spokesperson_is_no_person(nlp):
    facts = read(nlp, "The sum includes aid from Portugal's Recovery and Resilience Plan, a Volkswagen spokesperson said.")
    assert people(facts) == {}


def test_a_company_name_after_of_is_no_person(nlp):
    facts = read(nlp, '"Demand is strong," said Omar Haddad, managing director of Desert Star Motors.')
    assert people(facts) == {"Omar Haddad": "managing director"}


# -- which model a spec is of ---------------------------------------------------------------------------------------
def specs(facts) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for s in facts.specs:
        out.setdefault(s.model, []).append((s.engine_l, s.power_hp, s.transmission))
    return out


def test_a_model_in_a_which_aside_leaves_the_spec_to_the_subject(nlp):
    facts = read(nlp, "The Chery Tiggo 4, which is also sold in Europe as the Omoda 5, is fitted with a 1.5-litre engine "
                      "producing 147 hp.")
    assert set(specs(facts)) == {"Tiggo 4"}


def test_it_after_a_sentence_opening_with_a_model_is_that_model(nlp):
    facts = read(nlp, "The Hilux is the newest product of the plant and replaced the Isuzu D-Max on its line last year. "
                      "It comes with a 2.8-litre diesel.")
    assert set(specs(facts)) == {"Hilux"}


def test_it_after_a_sentence_ending_with_a_model_is_still_that_model(nlp):
    facts = read(nlp, "Dealers in Lagos have started selling the Creta. It uses a 1.5-litre engine.")
    assert set(specs(facts)) == {"Creta"}


# -- one model name, two makers: the base is named with its maker ----------------------------------------------------
def test_a_rebadge_of_a_model_of_the_same_name_is_based_on_the_other_makers(nlp):
    facts = read(nlp, "Kerman Motor's plant in Bam makes the KMC T8 pickup, which is a licensed copy of the JAC T8.")
    assert {m.name: (m.maker, m.based_on) for m in facts.models}["T8"] == ("KMC", "JAC T8")


def test_the_same_name_said_again_later_takes_the_other_makers_base(nlp):
    facts = read(nlp, "Bam will make the KMC T8 from next year. The T8, a licensed copy of the JAC T8, uses kits from China.")
    assert {m.name: m.based_on for m in facts.models}["T8"] == "JAC T8"


def test_one_model_named_twice_is_no_base_of_itself(nlp):
    facts = read(nlp, "The JAC T9 is a version of the JAC T9 sold in China since 2023.")
    assert all(m.based_on is None for m in facts.models)


# -- a list of models as the subject of a lineage, and lineage with the cue left out ---------------------------------
def lineage(facts) -> dict[str, str | None]:
    return {m.name: m.based_on for m in facts.models}


def test_two_models_that_are_versions_of_a_third_both_take_it(nlp):
    facts = read(nlp, "The Juke and the Leaf are rebadged versions of the Micra, dealers said.")
    assert lineage(facts)["Juke"] == lineage(facts)["Leaf"] == "Nissan Micra"


def test_two_models_that_share_a_platform_with_a_third_both_take_it(nlp):
    facts = read(nlp, "The Arkana and the Captur share their platform with the Clio.")
    assert lineage(facts)["Arkana"] == lineage(facts)["Captur"] == "Renault Clio"


def test_a_list_before_a_singular_verb_gives_only_its_last_model_the_base(nlp):
    facts = read(nlp, "The plant builds the Juke, and the Leaf is a rebadged version of the Micra.")
    assert lineage(facts)["Leaf"] == "Nissan Micra" and lineage(facts)["Juke"] is None


def test_a_second_pair_with_the_cue_left_out_is_a_lineage_too(nlp):
    facts = read(nlp, "Both are Chery designs: the Omoda C5 is based on the Chery Tiggo 4 and the Jaecoo J7 on the Chery Tiggo 7.")
    assert lineage(facts)["C5"] == "Chery Tiggo 4" and lineage(facts)["J7"] == "Chery Tiggo 7"


# -- an ambiguous model name after a verb of making and a modifier --------------------------------------------------
def test_a_generation_before_an_ambiguous_name_after_production_of_keeps_it_a_model(nlp):
    facts = read(nlp, "The Japanese carmaker said production of the third-generation Leaf will begin in Sunderland.")
    assert {m.name: m.maker for m in facts.models} == {"Leaf": "Nissan"}


def test_an_updated_model_after_builds_is_a_model(nlp):
    facts = read(nlp, "The Montgomery plant builds the updated Tucson for North America.")
    assert "Tucson" in {m.name for m in facts.models}


def test_a_town_after_of_with_no_verb_of_making_stays_a_town(nlp):
    facts = read(nlp, "The mayor of Tucson said the new depot of the city would open in May.")
    assert not facts.models


# -- models of the gazetteer: historic and regional line-ups --------------------------------------------------------
def test_historic_models_named_with_their_maker_are_models(nlp):
    facts = read(nlp, "The Pitesti plant built the Dacia 1300 and later the Dacia Solenza, while Lagos assembled the Peugeot 505.")
    assert {m.name: m.maker for m in facts.models} == {"Dacia 1300": "Dacia", "Solenza": "Dacia", "Peugeot 505": "Peugeot"}


def test_a_twin_of_a_city_car_is_a_model(nlp):
    facts = read(nlp, "Bratislava also built the Skoda Citigo and the SEAT Mii until 2023.")
    assert {"Citigo", "Mii"} <= {m.name for m in facts.models}


# -- a model name two makers share: the maker of the models listed with it -------------------------------------------
def test_a_shared_name_listed_with_one_makers_models_is_that_makers(nlp):
    facts = read(nlp, "Tata's Sanand line builds the Nexon, the Harrier and the Curvv.")
    assert {m.name: m.maker for m in facts.models}["Harrier"] in ("Tata", "Tata Motors")


def test_a_shared_name_with_its_maker_named_in_the_sentence_is_that_makers(nlp):
    facts = read(nlp, "Toyota sells the Corolla there. Tata Motors will add the Harrier SUV to the Pune line next year.")
    assert {m.name: m.maker for m in facts.models}["Harrier"] == "Tata Motors"


def test_a_nigerian_makers_model_is_not_audis(nlp):
    facts = read(nlp, "Nord Automobiles assembles the A5 sedan at its plant in Lagos.")
    assert {m.name: m.maker for m in facts.models} == {"A5": "Nord Automobiles"}  # the name written (s27)


# -- a town's plant or agency is no new company -----------------------------------------------------------------------
def test_a_towns_development_corporation_is_no_company(nlp):
    facts = read(nlp, '"The cluster is growing," said Ivan Petrov, director of the Samara Region Development Corporation.')
    assert not [c for c in facts.companies if "Development" in c]


def test_a_plant_named_after_its_town_is_no_company(nlp):
    facts = read(nlp, "Tata builds the Ultra at Pune Truck Manufacturing in India.")
    assert not [c for c in facts.companies if "Manufacturing" in c]


def test_an_unknown_company_opening_a_sentence_is_still_found(nlp):
    facts = read(nlp, "Kovaro Motors will assemble pickups at a new plant, the company said.")
    assert "Kovaro Motors" in facts.companies


# -- people with the titles of the shop floor, unions and research --------------------------------------------------
def test_a_line_worker_and_a_union_delegate_are_people_with_their_roles(nlp):
    facts = read(nlp, 'Line worker Pedro Alves, who joined in 2019, welcomed the news. "We need the shift," said Marta '
                      'Sousa, a delegate of the metalworkers\' union at the plant.')
    assert {name: (role or "").lower() for name, role in people(facts).items()} == {"Pedro Alves": "line worker",
                                                                                   "Marta Sousa": "delegate"}


def test_a_historian_quoted_is_a_person_with_the_role(nlp):
    facts = read(nlp, '"It was a huge number then," says Ana Popescu, an industrial historian at the local university.')
    assert people(facts) == {"Ana Popescu": "industrial historian"}


# -- names ending on a capitalised particle; portfolios that name a region -------------------------------------------
def test_a_name_may_end_on_a_capitalised_particle(nlp):
    facts = read(nlp, "Deputy Minister of Industry Tran Thi Thu Van opened the new paint shop on Monday.")
    assert list(people(facts)) == ["Tran Thi Thu Van"]


def test_a_lowercase_particle_does_not_end_a_name(nlp):
    facts = read(nlp, '"Demand is strong," said Pieter de Vries van, adding that orders had doubled.')
    assert "Pieter de Vries van" not in people(facts)


def test_a_portfolio_may_name_the_region_it_covers(nlp):
    facts = read(nlp, "Renault's head of European manufacturing, Claire Dubois, said the line would restart in May.")
    assert people(facts) == {"Claire Dubois": "head of European manufacturing"}


def test_a_surname_that_is_a_country_before_the_title(nlp):
    facts = read(nlp, '"Orders are up," said Rosa Montenegro, managing director of Nissan Mexicana.')
    assert people(facts) == {"Rosa Montenegro": "managing director"}
    assert "Montenegro" not in facts.countries


def test_a_country_after_a_list_of_places_is_no_surname(nlp):
    facts = read(nlp, "Exports to Chile, Peru and Kenya rose, the sales director said.")
    assert people(facts) == {} and "Kenya" in facts.countries


def test_a_list_of_models_then_all_shares_the_spec(nlp):
    facts = read(nlp, "Valladolid builds the Renault Captur, Renault Symbioz and Renault Clio, all hybrids with the 145 hp system.")
    assert {m: [v[1] for v in vs] for m, vs in specs(facts).items()} == {"Captur": [145], "Symbioz": [145], "Clio": [145]}


def test_a_list_of_models_then_one_models_spec_is_only_its(nlp):
    facts = read(nlp, "Valladolid builds the Renault Captur and the Renault Clio, which has a 145 hp hybrid system.")
    assert set(specs(facts)) == {"Clio"}


def test_like_a_model_the_other_model_shares_its_spec(nlp):
    facts = read(nlp, "Like the Hilux, the Fortuner will be powered by a 2.8-litre diesel engine.")
    assert specs(facts) == {"Fortuner": [(2.8, None, None)], "Hilux": [(2.8, None, None)]}


def test_like_a_company_gives_no_spec_to_anything_else(nlp):
    facts = read(nlp, "Like Toyota, Nissan builds the Navara with a 2.3-litre engine.")
    assert set(specs(facts)) == {"Navara"}


def test_a_longer_known_name_wins_over_its_first_words(nlp):
    facts = read(nlp, "GAC has added the GS3 Emzoom, and Toyota exports the Urban Cruiser EV from India.")
    assert {m.name for m in facts.models} == {"GS3 Emzoom", "Urban Cruiser EV"}


def test_a_code_once_named_as_a_plant_is_no_model_elsewhere(nlp):
    facts = read(nlp, "He managed the A1 plant near Puebla until 2020. The site has two plants, A1 and P2, and "
                      "P2 builds the Jetta.")
    assert {m.name for m in facts.models} == {"Jetta"}


def test_a_code_never_named_as_a_plant_stays_a_model(nlp):
    facts = read(nlp, "Audi builds the A1 and the Q2 at its plant in Ingolstadt.")
    assert {"A1", "Q2"} <= {m.name for m in facts.models}


# -- more ways to say a model derives from another ---------------------------------------------------------------------
def test_the_same_car_as_and_a_development_of_are_lineage(nlp):
    facts = read(nlp, "The Proton X50 is the same car as the Geely Binyue. The Dena is a development of the Samand.")
    assert lineage(facts)["X50"] == "Geely Binyue" and lineage(facts)["Dena"] == "Iran Khodro Samand"


def test_a_local_name_for_another_model_is_lineage(nlp):
    facts = read(nlp, "The Omoda 5 is the European name for the Chery Tiggo 4 Pro.")
    assert lineage(facts)["Omoda 5"] == "Chery Tiggo 4 Pro"


def test_funding_the_development_of_a_model_is_no_lineage(nlp):
    facts = read(nlp, "Sales of the Tiggo 7 fund the development of the Tiggo 9, Chery said.")
    assert all(v is None for v in lineage(facts).values())


# -- an ambassador with two honorifics --------------------------------------------------------------------------------
def test_an_ambassador_to_a_country_behind_two_honorifics(nlp):
    facts = read(nlp, "The Ambassador of Japan to Kenya, H.E. Mr. Kenji Sato, attended the opening of the line.")
    assert people(facts) == {"Kenji Sato": "Ambassador of Japan to Kenya"}


def test_one_honorific_still_opens_a_name(nlp):
    facts = read(nlp, "The plant was opened by the Minister of Industry, Dr. Amina Bello, on Monday.")
    assert list(people(facts)) == ["Amina Bello"]


def test_dongfengs_forthing_brand_takes_the_short_name_news_uses(nlp):
    facts = read(nlp, "Dongfeng Forthing will assemble the T5 EVO in Azerbaijan, Dongfeng said.")
    assert "Forthing" in facts.companies and "Dongfeng Forthing" not in facts.companies
    assert {m.name: m.maker for m in facts.models}["T5 EVO"] == "Forthing"


def test_local_units_take_the_names_news_gives_them(nlp):
    facts = read(nlp, "Honda Atlas Cars raised prices, and BMW South Africa and Toyota Motor Vietnam cut output.")
    assert {"Honda Atlas", "BMW South Africa", "Toyota Motor Vietnam"} <= set(facts.companies)  # as written (s27)


def test_a_committee_coordinator_is_a_person_with_the_role(nlp):
    facts = read(nlp, '"We will talk," said Maria Costa, coordinator of the workers\' committee at the plant.')
    assert people(facts) == {"Maria Costa": "coordinator"}


def test_a_one_word_name_quoted_with_a_title_is_a_person(nlp):
    facts = read(nlp, '"Demand is shifting," said Sutrisno, a senior analyst at a Jakarta brokerage.')
    assert people(facts) == {"Sutrisno": "senior analyst"} or people(facts) == {"Sutrisno": "Analyst"}


def test_a_weekday_after_said_is_no_person(nlp):
    facts = read(nlp, 'The plant will close, the company said Tuesday, a day after the strike began.')
    assert people(facts) == {}


# -- a brand's name used as another maker's model -----------------------------------------------------------------
def test_a_brands_name_before_a_vehicle_noun_is_another_makers_model(nlp):
    facts = read(nlp, "Nord Automobiles assembles the Tank pickup at its Lagos plant.")
    assert {m.name: m.maker for m in facts.models} == {"Tank": "Nord Automobiles"}  # the name written (s27)


def test_a_brand_before_its_own_model_stays_the_brand(nlp):
    facts = read(nlp, "Dealers expect demand for the Tank 300 to grow.")
    assert {m.name: m.maker for m in facts.models} == {"Tank 300": "Tank"}


def test_initials_may_open_a_new_companys_name(nlp):
    facts = read(nlp, "KT Orion Automotive will assemble vans at a new plant in Alexandria.")
    assert "KT Orion Automotive" in facts.companies
