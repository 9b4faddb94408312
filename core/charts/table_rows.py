"""A table that a page shows the first rows of: its length known at once, the rows shown built when drawn, every row
built only when asked for (a download).

At 100k articles a broad filter lists tens of thousands of rows, and a page sends a thousand of them to the browser
(ui.MAX_TABLE_ROWS). Both are kept once built, so a rerun on the same filter draws the same frames again without
building them: the object is shared by every session of a filter and read-only once built (two sessions may both
build a part; the results are equal).
"""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd


class TableRows:
    """len(), .empty, .head(n) (a frame of the first n rows) and .to_frame() (every row) of a table built by
    `first(k)`, its first k rows for any 0 <= k <= n_rows, in the order and dtypes of the whole table's first k."""

    def __init__(self, n_rows: int, first: Callable[[int], pd.DataFrame]):
        self._n_rows = n_rows
        self._first = first
        self._built: dict[int, pd.DataFrame] = {}

    def __len__(self) -> int:
        return self._n_rows

    @property
    def empty(self) -> bool:
        return self._n_rows == 0

    def head(self, n: int) -> pd.DataFrame:
        k = min(max(n, 0), self._n_rows)
        built = self._built.get(k)
        if built is None:
            built = self._built.setdefault(k, self._first(k))
        return built

    def to_frame(self) -> pd.DataFrame:
        return self.head(self._n_rows)
