"""ui.with_links: the `open` column joined in Arrow (ids that need no quoting) is the one written row by row."""
from __future__ import annotations

from urllib.parse import urlencode

import numpy as np
import pandas as pd
import pytest

import ui
from core.filters import Filters


def _row_by_row(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    ids = df["article_id"].to_numpy(dtype=object, na_value=None).tolist()
    rest = urlencode(ui.filter_query(filters))
    rest = f"&{rest}" if rest else ""
    prefix = f"{ui._base_url()}Articles?article="
    return df.assign(open=[f"{prefix}{ui._quoted(a)}{rest}" if isinstance(a, str) and a else None for a in ids])


@pytest.mark.parametrize("ids", [["ab12", None, "cd.3"], ["a b", "x"], [None, None], [], ["", "ab"], ["ab", "c&d"],
                                 ["64aca1da225c552b"] * 3])
@pytest.mark.parametrize("dtype", ["str", object])
@pytest.mark.parametrize("filters", [Filters(), Filters(countries=("Côte d'Ivoire",), query="a b")], ids=repr)
def test_links_are_the_row_by_row_ones(ids, dtype, filters) -> None:
    column = pd.array(ids, dtype="str") if dtype == "str" else pd.Series(ids, dtype=object)
    df = pd.DataFrame({"article_id": column, "n": range(len(ids))}, index=np.arange(len(ids)) * 2 + 5)
    got, want = ui.with_links(df, filters), _row_by_row(df, filters)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)
