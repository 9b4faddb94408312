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
