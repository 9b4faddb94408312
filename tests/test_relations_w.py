"""General constructions behind set W's and X's misses, on sentences written for these tests (names and figures made up)."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles, routes


# -- a title is reported as the text writes it ----------------------------------------------------------------------
def test_a_spelled_out_title_is_kept_as_written(nlp):
    facts = read(nlp, "“Orders are strong,” said Lena Hofmann, chief executive of Renault.")
    assert roles(facts) == {"Lena Hofmann": "chief executive"}


def test_an_abbreviated_title_stays_abbreviated(nlp):
    assert roles(read(nlp, "Renault CEO Lena Hofmann told reporters that prices would rise.")) == {"Lena Hofmann": "CEO"}
