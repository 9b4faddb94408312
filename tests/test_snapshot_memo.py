"""core.snapshot_memo.once: one build per kind, whichever threads ask."""
from __future__ import annotations

import threading
import time

from core.snapshot_memo import once


def test_a_kind_asked_by_two_threads_at_once_is_built_once() -> None:
    memo: dict = {}
    builds: list[int] = []
    started = threading.Event()

    def slow_build() -> list[int]:
        builds.append(1)
        started.set()
        time.sleep(0.2)  # long enough for the second thread to ask while the first still builds
        return [42]

    results: list[list[int]] = []
    first = threading.Thread(target=lambda: results.append(once(memo, "index", slow_build)))
    first.start()
    started.wait(5)
    second = once(memo, "index", slow_build)
    first.join(5)
    assert builds == [1]
    assert second is results[0] == [42]


def test_other_kinds_are_built_while_one_is_being_built() -> None:
    memo: dict = {}
    release = threading.Event()
    started = threading.Event()

    def blocked_build() -> str:
        started.set()
        release.wait(5)
        return "slow"

    thread = threading.Thread(target=lambda: once(memo, "slow", blocked_build))
    thread.start()
    started.wait(5)
    assert once(memo, "quick", lambda: "quick") == "quick"  # not held up by the other kind's build
    release.set()
    thread.join(5)
    assert memo["slow"] == "slow"
