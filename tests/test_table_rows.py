"""TableRows: a table whose first rows are built when a page shows them, every row only when asked, each kept."""
from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from core.charts.table_rows import TableRows


def _counted(frame: pd.DataFrame) -> tuple[TableRows, list[int]]:
    asked: list[int] = []

    def first(k: int) -> pd.DataFrame:
        asked.append(k)
        return frame.head(k)

    return TableRows(len(frame), first), asked


@given(st.integers(min_value=0, max_value=30), st.lists(st.integers(min_value=-5, max_value=40), max_size=6))
def test_the_head_is_the_whole_tables_head_built_once_per_row_count(n_rows, asks) -> None:
    frame = pd.DataFrame({"a": range(n_rows), "b": [f"r{i}" for i in range(n_rows)]})
    table, asked = _counted(frame)
    assert len(table) == n_rows and table.empty == (n_rows == 0)
    for n in asks:
        pd.testing.assert_frame_equal(table.head(n), frame.head(max(n, 0)))
        assert table.head(n) is table.head(n)  # a rerun draws the frame already built
    pd.testing.assert_frame_equal(table.to_frame(), frame)
    assert len(asked) == len(set(asked)) and all(0 <= k <= n_rows for k in asked)


def test_nothing_is_built_until_a_page_or_a_download_asks() -> None:
    table, asked = _counted(pd.DataFrame({"a": range(5000)}))
    assert len(table) == 5000 and not asked
    table.head(1000)
    assert asked == [1000]
    table.to_frame()
    assert asked == [1000, 5000]
