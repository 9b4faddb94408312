"""Export and shipping news as set V wrote it, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, routes


# -- a markdown table of destinations whose cells are padded to the column's width --------------------------------
def test_a_padded_table_cell_still_gives_its_row_a_route(nlp):
    facts = read(nlp, "Chile exported 40,000 vehicles in March, the association said.\n\n"
                      "| Destination   | Units  |\n"
                      "|---------------|--------|\n"
                      "| Peru          | 12,300 |\n"
                      "| Central America | 9,100 |\n"
                      "| Total         | 40,000 |\n")
    assert routes(facts) == {(None, "Chile", "Peru"): 12300, (None, "Chile", "Central America"): 9100}


def test_a_padded_row_without_a_figure_gives_nothing(nlp):
    facts = read(nlp, "Chile exported 40,000 vehicles in March, the association said.\n\n"
                      "| Destination   | Note   |\n"
                      "|---------------|--------|\n"
                      "| Peru          | strong |\n")
    assert routes(facts) == {}
