"""Model and people fixes of 2026-12-05 (s30), from the errors of the tuning sets, on sentences written for these tests
(people's names and figures made up): a model whose name is also a word, written after 'the' beside its maker's other
models."""
from __future__ import annotations

from tests.pipeline_helpers import bases, read, roles


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


def engines_of(facts) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for s in facts.specs:
        if s.engine_l is not None:
            out.setdefault(s.model, set()).add(s.engine_l)
    return out


# -- an engine size under a litre ------------------------------------------------------------------------------------
def test_a_small_engine_in_cc_keeps_two_decimals(nlp):
    text = "Suzuki will start local production of the Alto 660cc next year."
    assert engines_of(read(nlp, text)).get("Alto") == {0.66}


def test_an_engine_of_a_litre_or_more_in_cc_is_rounded_to_a_tenth(nlp):
    text = "Suzuki will start local production of the Ciaz 1,498cc next year."
    assert engines_of(read(nlp, text)).get("Ciaz") == {1.5}


# -- a figure that modifies the model after it -------------------------------------------------------------------------
def test_a_figure_before_a_model_is_that_models_not_the_one_before(nlp):
    text = "Suzuki will add the Swift hatchback and the 1.3-litre Ciaz sedan to its range in 2027."
    found = engines_of(read(nlp, text))
    assert found.get("Ciaz") == {1.3} and "Swift" not in found


def test_a_figure_before_a_model_being_produced_is_the_cars(nlp):
    text = "Mitsubishi has launched production of the 1,500-cc Xpander MPV at its Pekan plant."
    assert engines_of(read(nlp, text)).get("Xpander") == {1.5}


def test_a_model_named_engine_after_a_figure_is_no_cars_figure(nlp):
    text = "The Swift will get a 1.2-litre Ciaz engine next year."
    found = engines_of(read(nlp, text))
    assert "Ciaz" not in found


# -- a model's output named by its name ----------------------------------------------------------------------------------
def test_a_word_named_model_before_a_noun_of_output_is_a_model(nlp):
    text = "Ford's joint venture in Yelabuga plans to add Transit output by the end of the year, Ford said."
    assert "Transit" in model_names(read(nlp, text))


def test_a_word_before_a_noun_of_output_in_a_story_of_no_maker_of_it_stays_a_word(nlp):
    text = "The port authority said Transit output of the terminal rose 12% last year."
    assert "Transit" not in model_names(read(nlp, text))


# -- the person a verb of succession names -------------------------------------------------------------------------------
def people_of(facts) -> set[str]:
    return {p.name for p in facts.people}


def test_the_name_after_replacing_is_a_person(nlp):
    text = ("Zorvex Motors has promoted sales director Tomas Brekke to the position of chief operating officer, replacing "
            "Ilse Marlow who resigned last month.")
    assert "Ilse Marlow" in people_of(read(nlp, text))


def test_the_name_after_took_over_from_is_a_person(nlp):
    text = "Under Brekke, who formally took over from Dario Vellani in March, the carmaker returned to profit."
    assert "Dario Vellani" in people_of(read(nlp, text))


def test_capitalised_things_after_a_verb_of_succession_are_no_person(nlp):
    text = "Electric vans will replace Diesel Engines at the Kestrel plant next year."
    assert not people_of(read(nlp, text))


# -- a vehicle's noun after a model ------------------------------------------------------------------------------------
def test_a_capitalised_vehicle_noun_after_a_model_is_part_of_its_name(nlp):
    text = "Nissan will build the Almera, NP300 Pickups and Urvan vans at its Lagos plant."
    names = model_names(read(nlp, text))
    assert "NP300 Pickups" in names and "Pickup" not in names


def test_a_model_named_like_a_vehicle_noun_with_its_maker_stays_a_model(nlp):
    text = "UAZ will build the UAZ Pickup at its Ulyanovsk plant from May."
    assert "Pickup" in model_names(read(nlp, text))


# -- a maker, a name and the engine's size -----------------------------------------------------------------------------
def test_a_makers_name_before_an_engine_size_is_a_model_without_the_size(nlp):
    text = "Pak Zorvex had discontinued the Suzuki Tallo 800cc in 1988 and introduced a new car."
    facts = read(nlp, text)
    assert "Tallo" in model_names(facts) and engines_of(facts).get("Tallo") == {0.8}


def test_a_makers_name_before_an_engine_size_and_engine_is_the_engines_name(nlp):
    text = "The photo shows the Altona plant and the Toyota AR 2.5-litre engine."
    assert not model_names(read(nlp, text))


# -- well-known models the gazetteer lacked ------------------------------------------------------------------------------
def test_well_known_models_added_to_the_gazetteer_are_read(nlp):
    text = ("Hyundai will stop building the Eon hatchback at Chennai, while Toyota keeps the Kijang MPV in Karawang and "
            "Peugeot revives the Peugeot 205 name.")
    assert {"Eon", "Kijang", "Peugeot 205"} <= model_names(read(nlp, text))


def test_a_word_named_model_added_stays_a_word_without_context(nlp):
    text = "The idea took an eon to mature, the minister said."
    assert not model_names(read(nlp, text))


# -- a post held before, in an aside, and the one named now --------------------------------------------------------------
def test_the_post_named_now_replaces_the_former_post_of_the_aside(nlp):
    text = ("Tomas Brekke, former deputy general manager of the Zorvex joint venture in Turkey, has been named president "
            "of Zorvex Motors.")
    assert roles(read(nlp, text)).get("Tomas Brekke") == "president"


def test_a_current_post_in_the_aside_is_kept_without_former(nlp):
    text = "Tomas Brekke, chief financial officer of Zorvex Motors, said sales rose."
    assert roles(read(nlp, text)).get("Tomas Brekke") == "chief financial officer"


# -- a speaker named by an honorific and the surname alone ---------------------------------------------------------------
def test_a_speaker_named_by_honorific_and_surname_only_is_a_person(nlp):
    text = "Speaking to a radio station in Accra, Mr Brekke said he was hopeful that Zorvex will meet its target."
    assert "Brekke" in people_of(read(nlp, text))


def test_a_surname_after_an_honorific_of_a_person_named_in_full_adds_no_person(nlp):
    text = "Tomas Brekke, chief executive of Zorvex Motors, opened the plant. Mr Brekke said sales would rise."
    assert people_of(read(nlp, text)) == {"Tomas Brekke"}


# -- a letter code and its three-figure grade ----------------------------------------------------------------------------
def test_a_letter_coded_model_takes_its_three_figure_grade(nlp):
    text = "Toyota also builds the Corolla and the Lexus RX 350 at its Cambridge plant."
    assert "RX 350" in model_names(read(nlp, text))


def test_a_three_figure_count_after_a_letter_coded_model_is_no_grade(nlp):
    text = "Toyota sold the Lexus RX 350 units to fleet buyers last year."
    names = model_names(read(nlp, text))
    assert "RX" in names and "RX 350" not in names


def test_a_pickup_code_written_with_a_space_is_the_model(nlp):
    text = "The Nissan NP 200 and the NP 300 are built at Rosslyn."
    assert {"NP 200", "NP 300"} <= model_names(read(nlp, text))


# -- a platform is no model a car derives from ---------------------------------------------------------------------------
def test_a_platform_alone_is_no_based_on(nlp):
    text = "The Dacia Duster will be built on the CMF-B platform at Mioveni from 2027."
    assert bases(read(nlp, text)).get("Duster") is None


def test_a_model_named_as_the_base_is_still_the_based_on(nlp):
    text = "The Dacia Logan Pickup is based on the Dacia Logan and will be built at Mioveni."
    assert (bases(read(nlp, text)).get("Logan Pickup") or "").endswith("Logan")


def test_the_post_after_an_aside_of_a_former_post_replaces_it(nlp):
    text = ("Zorvex Motors has put Bo Lindqvist, a former purchasing manager at General Motors, as chief executive "
            "officer, the first foreigner to head the maker.")
    assert roles(read(nlp, text)).get("Bo Lindqvist") == "chief executive officer"


def test_a_figure_after_and_before_a_body_noun_and_a_model_is_that_models(nlp):
    text = "Suzuki would also introduce the imported Suzuki Swift hatchback and 1,300cc Sedan Ciaz in 2027."
    found = engines_of(read(nlp, text))
    assert found.get("Ciaz") == {1.3} and "Swift" not in found


def test_a_range_of_engine_sizes_is_a_class_of_cars_not_a_models_size(nlp):
    text = "Suzuki launched the Mehran, which sold well despite an influx of used imported cars of 660-1,000cc."
    assert "Mehran" not in engines_of(read(nlp, text))


def test_a_models_own_size_in_cc_is_still_read(nlp):
    text = "Suzuki launched the Mehran, which has a 796cc engine."
    assert engines_of(read(nlp, text)).get("Mehran") == {0.8}
