"""People fixes of 2026-12-05 (s35), from the errors of the tuning sets, on sentences written for these tests (names
made up): a public office's holder quoted by the surname alone."""
from __future__ import annotations

from tests.pipeline_helpers import read, roles


# -- 'said Governor Okello.' ------------------------------------------------------------------------------------------
def test_a_governor_quoted_by_the_surname_after_said(nlp):
    text = '"The new line brings jobs to our state," said Governor Okello. "We welcome Zorvex."'
    assert roles(read(nlp, text)) == {"Okello": "Governor"}


def test_a_minister_quoted_by_the_surname_after_according_to(nlp):
    text = "The plant will build 9,000 vans a year, according to Prime Minister Haddad, who toured it on Monday."
    assert roles(read(nlp, text)) == {"Haddad": "Prime Minister"}


def test_a_title_after_said_with_no_surname_is_no_person(nlp):
    assert not roles(read(nlp, '"We will grow," said Mayor of Leeds.'))
    assert not roles(read(nlp, '"We will grow," said Chairman Motors.'))
