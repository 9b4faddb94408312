"""The token columns the quantity rules read (_Tokens, taken once per Doc), tests of how a number is written on
them (digit groups, ordinals, a figure restated in brackets, a period in words), and TokenPatterns, the Matcher the
gearbox and date patterns run on.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LIKE_NUM, SHAPE
from spacy.tokens import Doc

from core.nlp.docindex import DocIndex
from core.nlp.normalise import NUMBER_WORDS

PERIOD_WORDS = frozenset(["days", "weeks", "months", "quarters", "years", "decades", "day", "week", "month", "quarter", "year"])


def _positions(words: list, word) -> list[int]:
    """Where word occurs in words (list.index runs in C)."""
    out: list[int] = []
    try:
        while True:
            out.append(words.index(word, out[-1] + 1 if out else 0))
    except ValueError:
        return out
IOB_BEGIN, IOB_INSIDE = 3, 1  # Token.ent_iob values of "B" and "I"


def _digit_group(text: str) -> bool:
    return len(text) == 3 and text.isdigit()


def _ordinal_word(word: str) -> bool:
    """'first', 'second', 'twentieth': spaCy reads ordinals as LIKE_NUM, but they count nothing."""
    return word.isalpha() and word not in NUMBER_WORDS and word.endswith(("first", "second", "third", "th"))


def _restated(tokens: _Tokens, k: int) -> bool:
    """'(18,100)' at k, right after a figure written in words: the same figure in digits."""
    return (k > 0 and k + 2 < tokens.n and tokens.text[k] == "(" and tokens.like_num[k + 1] and tokens.text[k + 2] == ")"
            and tokens.lower[k - 1] in NUMBER_WORDS and tokens.text[k + 1][:1].isdigit())


def _period_after(tokens: _Tokens, i: int) -> bool:
    """'the first nine months': number words then a span of time; the whole phrase is a period, no figure."""
    k = i
    while k < tokens.n and tokens.like_num[k] and tokens.lower[k] in NUMBER_WORDS:
        k += 1
    return k < tokens.n and tokens.lower[k] in PERIOD_WORDS


def _space_grouped(tokens: _Tokens, i: int) -> bool:
    """'3 300', '350 000', '61 200': one to three digits, then groups of three after single spaces (the thin or
    non-breaking spaces of European and scraped text, made plain), not a figure after another ('in 2024 200')."""
    text = tokens.text
    return (len(text[i]) <= 3 and text[i].isdigit() and i + 1 < tokens.n and _digit_group(text[i + 1])
            and tokens.doc[i].whitespace_ == " " and not (i > 0 and text[i - 1][-1:].isdigit()))


class _Tokens:
    """The token columns the typing rules read, taken once per Doc (doc[i] makes a new Token on every access)."""

    def __init__(self, doc: Doc, index: DocIndex):
        self.doc = doc
        self.n = len(doc)
        self.text: list[str] = index.text
        self.lower: list[str] = index.lower
        array = doc.to_array([LIKE_NUM, ENT_TYPE, ENT_IOB, SHAPE]) if self.n else numpy.zeros((0, 4), dtype="uint64")
        self.numbers: list[int] = numpy.flatnonzero(array[:, 0]).tolist()  # LIKE_NUM tokens
        self.like_num, self.ent_type, self.ent_iob, self.shape = array.T.tolist()
        self.index = index
        self.currencies: dict[tuple[str, str], str] = {}  # (surface, code) -> the story's currency


class TokenPatterns:
    """A spaCy Matcher with greedy="LONGEST" for a few plain patterns, read off the token columns.

    Only the token specs these patterns use are understood: LOWER (a word or {"IN": words}), ORTH, SHAPE,
    LIKE_NUM, TEXT {"REGEX"}, and OP "?", "*", "+". spaCy runs the "IN" and "REGEX" tests as Python calls for
    every token and pattern of the window it reads; here a pattern that starts with a required LOWER is tried only
    where its first word is.
    """

    def __init__(self, patterns: list[list[dict]], strings: dict[str, int]):
        # each pattern with the words it starts with, if it starts with a required LOWER (else None: tried everywhere)
        self.patterns = [(self._first_words(pattern[0]), [self._test(spec, strings) for spec in pattern]) for pattern in patterns]

    @staticmethod
    def _first_words(spec: dict) -> frozenset[str] | None:
        if set(spec) != {"LOWER"}:
            return None
        return frozenset(spec["LOWER"]["IN"] if isinstance(spec["LOWER"], dict) else [spec["LOWER"]])

    @staticmethod
    def _test(spec: dict, strings: dict[str, int]):
        spec = dict(spec)
        op = spec.pop("OP", "1")
        assert len(spec) == 1 and op in ("1", "?", "*", "+"), spec
        (attr, value), = spec.items()
        if attr == "LOWER" and isinstance(value, dict):
            words = frozenset(value["IN"])
            return (lambda t, i: t.lower[i] in words), op
        if attr == "LOWER":
            return (lambda t, i: t.lower[i] == value), op
        if attr == "ORTH":
            return (lambda t, i: t.text[i] == value), op
        if attr == "SHAPE":
            shape = strings[value]
            return (lambda t, i: t.shape[i] == shape), op
        if attr == "LIKE_NUM" and isinstance(value, bool):
            return (lambda t, i: bool(t.like_num[i]) == value), op
        if attr == "TEXT" and set(value) == {"REGEX"}:
            regex = re.compile(value["REGEX"])
            return (lambda t, i: regex.search(t.text[i]) is not None), op
        raise ValueError(f"token spec not supported: {spec}")

    def __call__(self, tokens: _Tokens, a: int, b: int, match_id: int) -> list[tuple[int, int, int]]:
        """Matches in tokens a..b as the Matcher returns them for doc[a:b]: every match of every pattern, then the
        longest first (earlier first among equals), each kept unless it overlaps one kept before."""
        pairs = set()
        for start in range(a, b):
            word = tokens.lower[start]
            for first_words, pattern in self.patterns:
                if first_words is not None and word not in first_words:
                    continue
                ends = {start}  # where a match can go on, all ways through the optional and repeated tokens
                for test, op in pattern:
                    if op in ("*", "+"):
                        reached, frontier = set(), ends
                        while frontier:
                            frontier = {i + 1 for i in frontier if i < b and test(tokens, i)} - reached
                            reached |= frontier
                        ends = reached | ends if op == "*" else reached
                    else:
                        moved = {i + 1 for i in ends if i < b and test(tokens, i)}
                        ends = moved | ends if op == "?" else moved
                    if not ends:
                        break
                pairs.update((start, end) for end in ends if end > start)
        found, taken = [], set()
        for start, end in sorted(pairs, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
            if taken.isdisjoint(range(start, end)):
                found.append((match_id, start, end))
                taken.update(range(start, end))
        return found
