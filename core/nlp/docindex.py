"""A per-Doc index shared by the components: sentence bounds, lowercase forms, boilerplate flags.

Creating spaCy Token objects is the main cost of Python components; this reads each token once
(from Doc.to_array) so rules can look words up by index instead of walking Spans.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import (
    IDX,
    LENGTH,
    ORTH,
    SENT_START,
)
from spacy.tokens import Doc, Span

KEY = "aw_index"
TEXT_KEY = "aw_text"
STORY_COUNTRIES_KEY = "aw_story_countries"
QUANTITIES_KEY = "aw_quantity_spans"  # aw_quantities' Spans as a list, for aw_entities (a SpanGroup makes new ones)
TABLES_KEY = "aw_tables"  # the text's tables (core.nlp.tables.doc_tables), for aw_boilerplate and aw_relations
# the tokens' character offsets and lowercase forms (plain lists), kept with the text for the route scorer after the index
TOKENS_KEY = "aw_tokens"


# ORTH id -> the token's text and its lowercase form, learnt as words are first met: a word's text is then one
# dict lookup instead of a slice of the Doc's text (or a Token). spaCy's StringStore keeps every string anyway.
_WORD_TEXT: dict[int, str] = {}
_WORD_LOWER: dict[int, str] = {}
MAX_WORDS_KEPT = 1_000_000


def _word_forms(doc: Doc, orths: list[int]) -> tuple[list[str], list[str]]:
    """The text and lowercase form of each token, from its ORTH id."""
    try:  # list(map(...)) looks the ids up in C, half the cost of a list comprehension
        return list(map(_WORD_TEXT.__getitem__, orths)), list(map(_WORD_LOWER.__getitem__, orths))
    except KeyError:
        if len(_WORD_TEXT) > MAX_WORDS_KEPT:
            _WORD_TEXT.clear()
            _WORD_LOWER.clear()
        strings = doc.vocab.strings
        for o in set(orths).difference(_WORD_TEXT):  # the words not met before, found in C
            text = _WORD_TEXT[o] = strings[o]
            _WORD_LOWER[o] = text.lower()
        return list(map(_WORD_TEXT.__getitem__, orths)), list(map(_WORD_LOWER.__getitem__, orths))


def doc_text(doc: Doc) -> str:
    """Doc.text joins every token on each access; components read it once through here."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class DocIndex:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.doc_text = doc_text(doc)  # the Doc's text, read by the slicing methods below without a user_data lookup
        columns = doc.to_array([SENT_START, IDX, LENGTH, ORTH]) if len(doc) else numpy.zeros((0, 4), dtype="uint64")
        arr = columns[:, :3].astype("int64")
        starts = numpy.flatnonzero(arr[:, 0] == 1).tolist()
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        self.sent_starts: list[int] = starts
        self.token_chars: list[int] = arr[:, 1].tolist()
        self.token_ends: list[int] = (arr[:, 1] + arr[:, 2]).tolist()
        # the tokens' texts and lowercase forms (Token.text, Token.lower_) by their ORTH ids: no Token objects are made
        self.text, self.lower = _word_forms(doc, columns[:, 3].tolist())
        self.boilerplate = numpy.zeros(len(doc), dtype=bool)
        self._boilerplate_tokens: frozenset[int] | None = None  # the True positions of boilerplate, once it is final
        self._where: dict[str, tuple[int, ...]] | None = None  # each lowercase form's token positions, for positions()
        self._sents: dict[int, Span] = {}
        self._sent_chars: dict[int, tuple[int, int]] = {}
        # the bounds of each token's sentence, one tuple per sentence shared by its tokens
        bounds = [*starts, len(doc)]
        self._bounds: list[tuple[int, int]] = []
        for start, end in zip(bounds, bounds[1:], strict=False):
            self._bounds.extend([(start, end)] * (end - start))

    def sent_bounds(self, i: int) -> tuple[int, int]:
        if 0 <= i < len(self._bounds):
            return self._bounds[i]
        k = bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    def sent(self, i: int) -> Span:
        start, end = self.sent_bounds(i)
        if start not in self._sents:
            self._sents[start] = self.doc[start:end]
        return self._sents[start]

    def sent_chars(self, i: int) -> tuple[int, int]:
        """Character span of the sentence holding token i, trailing whitespace excluded."""
        start, end = self.sent_bounds(i)
        chars = self._sent_chars.get(start)
        if chars is None:
            text = self.doc_text
            end_char = self.token_chars[end] if end < len(self.token_chars) else len(text)
            start_char = self.token_chars[start]
            stripped = text[start_char:end_char].rstrip()  # the sentence alone, not the text before it
            chars = (start_char, start_char + len(stripped) if stripped else len(text[:end_char].rstrip()))
            self._sent_chars[start] = chars
        return chars

    def sent_text(self, i: int) -> str:
        """The sentence holding token i, sliced from the text (Span.text would rebuild it token by token)."""
        start, end = self.sent_chars(i)
        return self.doc_text[start:end]

    def span_chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens start..end, as Span.start_char/end_char give them, without making the Span."""
        return self.token_chars[start], self.token_ends[end - 1]

    def span_text(self, start: int, end: int) -> str:
        """Span.text of tokens start..end (end > start), sliced from the text."""
        return self.doc_text[self.token_chars[start]:self.token_ends[end - 1]]

    def sent_span_chars(self, i: int) -> tuple[int, int]:
        """Span offsets of the sentence holding token i."""
        return self.span_chars(*self.sent_bounds(i))

    def sentences(self) -> list[Sentence]:
        """The sentences as token ranges, for rules that read only their bounds (no Span is made)."""
        bounds = [*self.sent_starts, len(self.doc)]
        return [Sentence(s, e) for s, e in zip(bounds, bounds[1:], strict=False) if e > s]

    def sentence(self, i: int) -> Sentence:
        return Sentence(*self.sent_bounds(i))

    def sents(self) -> list[Span]:
        bounds = [*self.sent_starts, len(self.doc)]
        return [self.sent(s) for s, e in zip(bounds, bounds[1:], strict=False) if e > s]

    def positions(self, words: frozenset[str]) -> list[int]:
        """The tokens whose lowercase form is one of `words`, in order: for rules that start at a few words, instead
        of a test per token. The places of every word are listed in one pass on the first call (rules ask for dozens
        of words per Doc: a list.index scan per word cost more than the pass after three)."""
        where = self._where
        if where is None:
            lists: dict[str, list[int]] = {}
            for i, word in enumerate(self.lower):
                places = lists.get(word)
                if places is None:
                    lists[word] = [i]
                else:
                    places.append(i)
            # kept as tuples: a tuple of ints leaves the garbage collector's lists at its first pass, where hundreds
            # of lists per Doc stayed on them and made full collections come sooner (one took over a second)
            where = self._where = {word: tuple(places) for word, places in lists.items()}
        out: list[int] = []
        for word in words if len(words) < len(where) else [w for w in where if w in words]:
            places = where.get(word)
            if places is not None:
                out += places
        out.sort()
        return out

    def token_at_char(self, char: int) -> int:
        return max(0, bisect_right(self.token_chars, char) - 1)

    def mark_boilerplate(self, start: int, end: int) -> None:
        """Tokens start..end are boilerplate (write through here, so is_boilerplate reads the marks again)."""
        self.boilerplate[start:end] = True
        self._boilerplate_tokens = None

    def is_boilerplate(self, i: int) -> bool:
        # a set lookup: cheaper than reading a numpy element, and components ask this for most words
        tokens = self._boilerplate_tokens
        if tokens is None:
            tokens = self._boilerplate_tokens = frozenset(numpy.flatnonzero(self.boilerplate).tolist())
        return i in tokens

    def ent_tags(self, ents: list[Entity]) -> tuple[list[str], list[str]]:
        """Token.ent_type_ and Token.ent_iob_ of every token, for the Doc's entities `ents` (Doc.ents set them,
        so every other token is "O")."""
        types, iobs = [""] * len(self.doc), ["O"] * len(self.doc)
        for e in ents:
            types[e.start:e.end] = [e.label_] * (e.end - e.start)
            iobs[e.start:e.end] = ["B", *["I"] * (e.end - e.start - 1)]
        return types, iobs

    def entities(self) -> list[Entity]:
        """Doc.ents as plain records, read once (Doc.ents builds new Spans on each access)."""
        text = self.doc_text
        return [Entity(e.start, e.end, e.label_, e.ent_id_, text[self.token_chars[e.start]:self.token_ends[e.end - 1]])
                for e in self.doc.ents]



class Sentence:
    """A sentence's token range: Span.start and Span.end without the Span."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Sentence({self.start}:{self.end})"


class Entity:
    """An entity of Doc.ents with the Span attributes the rules read: Span.ent_id_ and Span.text walk the
    span's tokens on every access, these are read once."""

    __slots__ = ("start", "end", "label_", "ent_id_", "text")

    def __init__(self, start: int, end: int, label: str, ent_id: str, text: str):
        self.start, self.end, self.label_, self.ent_id_, self.text = start, end, label, ent_id, text

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Entity({self.text!r}, {self.label_}, {self.start}:{self.end})"


def doc_index(doc: Doc) -> DocIndex:
    """The index, built on first use after sentence boundaries are final."""
    index = doc.user_data.get(KEY)
    if index is None:
        index = DocIndex(doc)
        doc.user_data[KEY] = index
    return index


def drop_index(doc: Doc, keep_text: bool = False) -> None:
    """The relations component drops the index so Docs serialise (nlp.pipe with n_process > 1); the text and the
    tokens' offsets and lowercase forms (a string and plain lists: see token_columns) may stay for the components after
    it, the last of which drops them (drop_text)."""
    index = doc.user_data.pop(KEY, None)
    if not keep_text:
        drop_text(doc)
    elif index is not None:
        doc.user_data[TOKENS_KEY] = (index.token_chars, index.token_ends, index.lower)
    doc.user_data.pop(STORY_COUNTRIES_KEY, None)
    doc.user_data.pop(QUANTITIES_KEY, None)
    doc.user_data.pop(TABLES_KEY, None)


def token_columns(doc: Doc) -> tuple[list[int], list[int], list[str]]:
    """Token.idx, Token.idx + len(Token) and Token.lower_ of every token: kept from the index (drop_index) or read."""
    columns = doc.user_data.get(TOKENS_KEY)
    if columns is None:
        index = doc.user_data.get(KEY) or DocIndex(doc)
        columns = (index.token_chars, index.token_ends, index.lower)
    return columns


def drop_text(doc: Doc) -> None:
    doc.user_data.pop(TEXT_KEY, None)
    doc.user_data.pop(TOKENS_KEY, None)
