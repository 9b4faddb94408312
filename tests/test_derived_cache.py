"""core.derived_cache: built once per key (also when callers ask at once), least recently used out first, values
kept for their time to live."""
from __future__ import annotations

import threading
import time

import pytest

from core.derived_cache import DerivedCache


def test_a_value_is_built_once_and_the_least_recently_used_goes_first() -> None:
    cache = DerivedCache(max_entries=2, ttl=3600)
    built = []
    build = lambda k: (lambda: built.append(k) or k.upper())  # noqa: E731
    assert cache.get("a", build("a")) == "A" and cache.get("a", build("a")) == "A" and built == ["a"]
    cache.get("b", build("b"))
    cache.get("a", build("a"))  # a used last: b goes when c comes
    cache.get("c", build("c"))
    assert len(cache) == 2 and built == ["a", "b", "c"]
    cache.get("a", build("a"))
    cache.get("b", build("b"))
    assert built == ["a", "b", "c", "b"]


def test_a_value_past_its_time_to_live_is_built_again() -> None:
    cache = DerivedCache(max_entries=8, ttl=0.05)
    built = []
    cache.get("a", lambda: built.append(1))
    time.sleep(0.1)
    cache.get("a", lambda: built.append(2))
    assert built == [1, 2]


def test_callers_of_one_key_wait_for_one_build_and_a_failed_build_is_not_kept() -> None:
    cache = DerivedCache(max_entries=8, ttl=3600)
    started, release, built = threading.Event(), threading.Event(), []

    def slow():
        started.set()
        release.wait(5)
        built.append(1)
        return "value"

    results = []
    first = threading.Thread(target=lambda: results.append(cache.get("k", slow)))
    first.start()
    started.wait(5)
    second = threading.Thread(target=lambda: results.append(cache.get("k", slow)))
    second.start()
    assert cache.get("other", lambda: "free") == "free"  # another key does not wait
    release.set()
    first.join(5)
    second.join(5)
    assert results == ["value", "value"] and built == [1]

    def failing():
        raise ValueError("no")

    with pytest.raises(ValueError):
        cache.get("bad", failing)
    assert cache.get("bad", lambda: "fine") == "fine"
