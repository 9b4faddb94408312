"""A file photo's caption shows an older scene than the story's: it is page furniture and gives no facts."""
from core.nlp.boilerplate import is_boilerplate
from tests.pipeline_helpers import read


def test_file_photo_captions_are_boilerplate():
    assert is_boilerplate("File photo: A worker walks past the logo of Zorvex Motors at its plant in Lyon, France, "
                          "on 4 March 2021. Reuters/Jane Doe/File Photo")
    assert is_boilerplate("FILE PICTURE: Cars wait at the port of Tarvik, May 12, 2019.")
    assert is_boilerplate("Trucks leave the Zorvex plant in Lyon, France, in 2019. Reuters/Jane Doe/File Photo")
    assert is_boilerplate("Archive image - Zorvex's old assembly hall in Lyon, now closed.")


def test_other_captions_and_story_text_about_files_or_photos_are_content():
    assert not is_boilerplate("Production has begun of the new Zorvex Ranger at its assembly plant in Lyon, France. "
                              "Photo: Jane Doe")
    assert not is_boilerplate("The company said it would file photo evidence of the damage with regulators in Lyon, "
                              "France, next week, after the plant flooded.")
    assert not is_boilerplate("Zorvex will invest $300 million in its plant in Lyon, France, its archive of photos shows "
                              "decades of growth.")


def test_a_file_photo_caption_makes_no_plant(nlp):
    text = ("Zorvex Motors will invest $900 million to expand its plant in Tangier, Morocco, to 400,000 cars a year.\n\n"
            "File photo: The logo of Zorvex Motors on its headquarters building in Lyon, France, on 3 May 2022. "
            "Reuters/Jane Doe/File Photo\n\n"
            "The expansion will add 1,500 jobs, the company said.")
    facts = read(nlp, text)
    assert [p.country for p in facts.plants] == ["Morocco"]
    assert "France" not in facts.countries
