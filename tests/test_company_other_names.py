"""A story keeps the name of a company it writes when that is not the gazetteer's ('Renault Samsung Motors' in a story
from before the maker became Renault Korea): a filter by either name finds the company's rows under both, and the
companies frame gives the written name the gazetteer's parent and home country."""
from __future__ import annotations

import pandas as pd

from core.filters import Filters, apply_filters
from core.frames import canonical_company, company_names


def test_a_former_name_and_the_gazetteers_name_are_one_company() -> None:
    assert canonical_company("Renault Samsung Motors") == "Renault Korea"
    assert {"Renault Korea", "Renault Samsung Motors"} <= company_names()["Renault Samsung Motors"]
    assert canonical_company("No Such Motors") == "No Such Motors"


def test_a_filter_by_the_current_name_finds_rows_under_the_former_one() -> None:
    frames = {
        "plants": pd.DataFrame({"article_id": ["a", "b", "c"], "company": ["Renault Samsung Motors", "Renault Korea", "Kia"],
                                "site": ["Busan", "Busan", "Gwangmyeong"], "country": ["South Korea"] * 3}),
        "companies": pd.DataFrame({"article_id": ["a", "b", "c"], "company": ["Renault Samsung Motors", "Renault Korea", "Kia"]}),
    }
    for name in ("Renault Korea", "Renault Samsung Motors"):
        plants = apply_filters(frames, Filters(companies=(name,)))["plants"]
        assert sorted(plants["article_id"]) == ["a", "b"], name


def test_the_written_name_is_kept_without_its_legal_form(nlp) -> None:
    from tests.pipeline_helpers import read

    facts = read(nlp, "Renault Samsung Motors Corp. will build the XM3 at its Busan plant in South Korea.")
    assert facts.companies == ["Renault Samsung Motors"]
    assert [p.company for p in facts.plants] == ["Renault Samsung Motors"]
