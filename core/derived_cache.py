"""A small thread-safe cache of built values: least recently used first out, each value kept for a time to live.

The app keeps one per store version (ui: the filtered frames and the derived tables and figures of each filter),
inside one st.cache_resource entry, so that a page pays one Streamlit cache call per rerun instead of one per
item: each such call hashes its arguments and inspects the function's signature (0.1-0.4 ms), and a page
reads up to a dozen items. Clearing Streamlit's cache drops these with it.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class DerivedCache:
    """key -> the value build() gave, built once: concurrent callers of one key wait for the first one's build
    (as st.cache_resource does), callers of other keys do not. At most max_entries values, each for ttl seconds."""

    def __init__(self, max_entries: int, ttl: float) -> None:
        self.max_entries, self.ttl = max_entries, ttl
        self._values: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()  # key -> (built at, value)
        self._building: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        found = self._fresh(key)
        if found is not None:
            return found[1]
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            found = self._fresh(key)  # built by another caller meanwhile
            if found is not None:
                return found[1]
            try:
                value = build()
                with self._lock:
                    self._values[key] = (time.monotonic(), value)
                    while len(self._values) > self.max_entries:
                        self._values.popitem(last=False)
            finally:
                with self._lock:
                    self._building.pop(key, None)
            return value

    def _fresh(self, key: Hashable) -> tuple[float, Any] | None:
        with self._lock:
            found = self._values.get(key)
            if found is None:
                return None
            if time.monotonic() - found[0] > self.ttl:
                del self._values[key]
                return None
            self._values.move_to_end(key)
            return found

    def __len__(self) -> int:
        return len(self._values)
