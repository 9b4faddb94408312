"""Work done once per snapshot frame and kept while the frame lives (what does not depend on a filter).

The store's frames mapped from a saved snapshot (core.frames.frame_keys) are read-only and shared by every
filter of a store version, so what is derived from a whole frame (a column's codes, each row's place by
date, the frame without its texts) is worked out on the first filter and reused by the others. Any other
frame (built in memory, edited by a caller) gets a new dict on every call: nothing is kept for it.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

from core.frames import frame_keys

T = TypeVar("T")

_MEMOS: dict[int, dict] = {}  # id of a snapshot frame -> what was worked out for it; dropped when it is freed
_LOCK = threading.Lock()


def memo_of(frame: pd.DataFrame) -> dict:
    """The results worked out once for this frame (kind -> result): kept while the frame lives when it is a
    snapshot frame, else a new dict (nothing kept)."""
    memo = _MEMOS.get(id(frame))
    if memo is not None:
        return memo
    if frame_keys(frame) is None:
        return {}
    with _LOCK:
        if id(frame) not in _MEMOS:  # an id is unique while its frame lives: forget the results when it goes
            _MEMOS[id(frame)] = {}
            weakref.finalize(frame, _MEMOS.pop, id(frame), None)
        return _MEMOS[id(frame)]


def is_kept(frame: pd.DataFrame) -> bool:
    """Whether work for this frame is kept (memo_of has been asked for it and it is a snapshot frame)."""
    return id(frame) in _MEMOS


def once(memo: dict, kind: str, build: Callable[[], T]) -> T:
    """memo[kind], built when missing; `kind` names what build computes. Built once however many threads ask: the
    app builds the mentions' index in a thread when a store loads (ui._store), and a filter asking for it meanwhile
    waits for that build instead of doing it again."""
    done = memo.get(kind)
    if done is not None:
        return done
    with memo.setdefault(("building", kind), threading.Lock()):  # one lock per kind: other kinds are not held up
        done = memo.get(kind)
        if done is None:
            done = memo[kind] = build()
    return done


def column(memo: dict, frame: pd.DataFrame, name: str) -> pd.Series:
    """frame[name], looked up once per snapshot frame (memo: memo_of(frame)): each lookup builds a new Series (some
    16 us), and a page's tables look up a dozen columns or more per filter."""
    return once(memo, f"column:{name}", lambda: frame[name])
