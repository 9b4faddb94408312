from datetime import date

import pytest

from core.dates import parse_date, resolve_relative

PUB = date(2024, 5, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("next year", "2025"),
        ("by year-end", "2024-12-31"),
        ("by the end of the year", "2024-12-31"),
        ("later this year", "2024"),
        ("this year", "2024"),
        ("in 2027", "2027"),
        ("by 2030", "2030"),
        ("early next year", "2025"),
        ("within two years", "2026"),
        ("in March", "2025-03"),
        ("in September", "2024-09"),
        ("the fourth quarter", "2024-12-31"),
        ("Q3 2026", "2026-09-30"),
        ("June 2025", "2025-06"),
        ("soon", "soon"),
    ],
)
def test_relative_dates_resolve_against_published(text: str, expected: str) -> None:
    assert resolve_relative(text, PUB) == expected


@pytest.mark.parametrize("text", ["next year", "by year-end", "later this year"])
def test_relative_dates_stay_as_written_without_published(text: str) -> None:
    assert resolve_relative(text, None) == text
    assert resolve_relative(text, "") == text


def test_absolute_years_need_no_published_date() -> None:
    assert resolve_relative("in 2027", None) == "2027" and resolve_relative("by 2030", None) == "2030"
    assert resolve_relative(None, PUB) is None


@pytest.mark.parametrize(
    "raw, expected",
    [("2024-05-02", PUB), ("2024-05-02T10:00:00Z", PUB), ("2 May 2024", PUB), ("May 2, 2024", PUB),
     ("02/05/2024", PUB), ("", None), ("yesterday", None), ("2024-13-40", None)],
)
def test_parse_date(raw: str, expected: date | None) -> None:
    assert parse_date(raw) == expected


# --- the publication date a page prints above its story ------------------------------------------
@pytest.mark.parametrize(
    "header, expected",
    [
        ("Gulf Motor Ledger\nBy Lina Haddad | 3 March 2026, 09:12 | Updated 11:40\nStory starts here.", "2026-03-03"),
        ("Last Updated : Apr 7 2026 | 2:41 PM IST\nBody.", "2026-04-07"),
        ("Friday, 6 February 2026 | 16:20 WIB\nBody.", "2026-02-06"),
        ("Published: 6:12 AM EDT Jan. 9, 2026 | Updated: 2:45 PM EDT Jan. 9, 2026\nBody.", "2026-01-09"),
        ("Elena Petrova | SOFIA | 05.03.2026 - 10:24\nBody.", "2026-03-05"),
    ],
)
def test_published_date_from_the_lines_above_the_story(header, expected):
    from core.dates import published_in_text

    assert published_in_text(header, latest=2030) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Autos will start production at its new plant on 1 July 2026, the company said.",  # a sentence
        "Key figures\n- Cash stood at RMB 61.5 billion as of 30 September 2025\nMore.",  # a list item of the story
        "Orbit Autos sales\n2025\nBody.",  # a year alone
        "Head\n" + "Line of the story without a date\n" * 12 + "Updated 3 March 2026",  # far below the top
        "Dated 3 March 1890 in the archive",  # out of range
        "",
    ],
)
def test_no_publication_date_from_the_story_itself(text):
    from core.dates import published_in_text

    assert published_in_text(text, latest=2030) == ""
