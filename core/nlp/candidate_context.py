"""What a learned fact scorer (core.nlp.route_scorer) reads around a candidate: the sentences
of a read Doc that hold both a cue word of the kind of fact and an entity it could be about, as lowercase words with the
entities' token positions, and the surface features of a candidate's context.

A scorer works from the relations component's output (doc._.facts, its mentions with their sentences), so it sees
the entities as the rules resolved them and reads no Doc attribute the rules did not set.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from core.nlp import lexicon as lx
from core.nlp.docindex import doc_text, token_columns
from core.nlp.gazetteer import Gazetteer
from core.nlp.relations import words as w

# kinds of words that tell a fact from a plan, a study, a denial, parts or people: the word lists the rules read, here
# as one feature per kind, so a model weighs each kind once
CUE_KINDS: dict[str, frozenset[str]] = {
    "maybe": w.MAYBE_WORDS | w.HEDGE_ADVERBS | w.EXPORT_HEDGES | w.PASSIVE_HEDGES | w.MODEL_HEDGES,
    "plan": w.PLANNED - {"will", "would"} | {"hopes", "hope", "goal", "ambition", "intends", "seeks", "wants"},
    "future": frozenset(["will", "would", "soon", "next", "later", "eventually"]),
    "negation": w.NEGATIONS | {"no", "yet", "denied", "denies", "neither", "nor", "inability", "unable", "unlikely"},
    "parts": w.KIT_WORDS | w.COMPONENT_PLURALS | w.PARTS_MADE_FOR,
    "vehicles": lx.VEHICLE_WORDS | lx.UNIT_WORDS,
    "people": frozenset(["manager", "managers", "executive", "executives", "officials", "engineers", "staff", "workers",
                         "delegation", "she", "he", "minister", "ambassador", "students", "experts"]),
    "home": w.HOME_MARKET_WORDS,
    "examples": frozenset(["such", "including", "example", "like"]),
    "import": w.IMPORT_CUES,
    "shipping": w.SHIPPING_VERBS | w.CONSIGNMENT_VERBS,
    "selling": w.SELL_CUES,
    "ended": w.ENDED_WORDS | w.CLOSED_WORDS,
    # "The Ceed is a version of the K3 sold in China", "known as the Omoda 5 in Mexico": one model named as another
    "naming": frozenset(["version", "versions", "known", "called", "badged", "rebadged", "sister", "twin", "counterpart"]),
}
WINDOW = 8  # words read between a cue word and an entity
WORD = re.compile(r"[a-z]+")
HYPHENS = frozenset(["-", "–"])  # "UK-bound", "Japanese-built": a name inside a compound word


@dataclass
class CueSentence:
    """A sentence with a cue word and at least one target entity."""

    number: int  # its place among the sentences that name any entity
    start: int  # character offsets
    end: int
    words: list[str]  # lowercase
    cues: list[int]  # positions of the cue words in `words`
    mentions: list[dict]  # every mention of the sentence (doc._.facts' mentions)
    targets: list[tuple[dict, int, int]]  # (mention, first word, word after it) of the target entities

    def shared_features(self, cue_prefix: str) -> set[str]:
        """Features of the whole sentence: its cue words, the kinds of words it holds, its length."""
        present = set(self.words)
        out = {"bias", f"sent_no={min(self.number, 3)}", f"len={min(len(self.words) // 10, 5)}"}
        out.update(f"{cue_prefix}={self.words[i]}" for i in self.cues)
        out.update(f"cue={kind}" for kind, cue_words in CUE_KINDS.items() if present & cue_words)
        return out

    def context_features(self, i: int, j: int) -> set[str]:
        """Features of the words around the entity at words[i:j] and between it and the nearest cue word."""
        words = self.words
        near = min(self.cues, key=lambda k: abs(k - i))
        out = {
            f"near={words[near]}", f"gap={_bucket(i - near)}",
            f"p1={word_at(words, i - 1)}", f"p2={word_at(words, i - 2)}",
            f"p12={word_at(words, i - 2)}_{word_at(words, i - 1)}",
            f"n1={word_at(words, j)}", f"n2={word_at(words, j + 1)}", f"near_p1={words[near]}_{word_at(words, i - 1)}",
        }
        lo, hi = (near + 1, i) if near < i else (j, near)
        if hi - lo <= WINDOW:
            out.update(f"btw={x}" for x in words[lo:hi])
        else:
            out.add("far")
        return out


def _mentions_by_sentence(facts: dict) -> dict[tuple[int, int], list[dict]]:
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for m in facts.get("mentions") or ():
        if m["label"] != "BOILERPLATE":
            by_sentence.setdefault((m["sentence_start"], m["sentence_end"]), []).append(m)
    return by_sentence


def cue_sentences(doc: Doc, facts: dict, cue_words: frozenset[str], is_target) -> Iterator[CueSentence]:
    """The sentences of `doc` holding a word of `cue_words` and a mention `is_target` accepts, in order."""
    text = doc_text(doc)
    columns: _TokenColumns | None = None  # read once, at the first sentence that needs its tokens
    for n, ((start, end), ms) in enumerate(sorted(_mentions_by_sentence(facts).items())):
        targets = [m for m in ms if is_target(m)]
        if not targets or cue_words.isdisjoint(WORD.findall(text[start:end].lower())):
            continue  # the words of the text first: most sentences hold no cue word, and Tokens cost more to read
        if columns is None:
            columns = _TokenColumns(doc, text)
        sent = columns.char_span(start, end)
        if sent is None:
            continue
        first, last = sent
        words = columns.lower[first:last]
        cues = [i for i, x in enumerate(words) if x in cue_words]
        if not cues:
            continue
        spans = [(m, columns.token_at(m["start"], first), columns.token_at(max(m["end"] - 1, m["start"]), first) + 1)
                 for m in targets]
        yield CueSentence(n, start, end, words, cues, ms, spans)


class _TokenColumns:
    """Doc.char_span(..., "expand") and Token.lower_ read off the tokens' offsets and lowercase forms (token_columns),
    without a Span or a Token per sentence and word."""

    def __init__(self, doc: Doc, text: str):
        self.starts, self.ends, self.lower = token_columns(doc)
        self.length = len(text)

    def _token_by_char(self, char: int) -> int:
        """The token whose characters (with its trailing space) hold `char`, or -1 (spaCy's token_by_char): tokens
        and their spaces cover the text one after another, so it is the last token starting at or before `char`."""
        if not 0 <= char < self.length:
            return -1
        return bisect_right(self.starts, char) - 1

    def char_span(self, start: int, end: int) -> tuple[int, int] | None:
        """(Span.start, Span.end) of Doc.char_span(start, end, alignment_mode="expand"), or None where it is None."""
        first = self._token_by_char(start)
        if first < 0:
            return None
        last = self._token_by_char(end - 1)
        if last < 0:
            return None
        if start == self.ends[first]:  # the trailing space of a token is no part of it
            first += 1
        return first, last + 1

    def token_at(self, char: int, first: int) -> int:
        """The token holding `char` (as Doc.char_span(char, char + 1, "expand") starts), counted from token `first`."""
        span = self.char_span(char, char + 1)
        return (span[0] if span is not None else first) - first


def country_of_mention(m: dict, gaz: Gazetteer) -> str | None:
    """The country a COUNTRY mention names, or the country of a PLACE mention the gazetteer places."""
    if m["label"] == "COUNTRY":
        return m["canonical"]
    if m["label"] == "PLACE" and m["canonical"] in gaz.places:
        return gaz.places[m["canonical"]].country
    return None


def country_counts(mentions: Iterable[dict], gaz: Gazetteer) -> Counter:
    """How often the story names each country, a town counting for its country ("the Wuhu-based company": China)."""
    return Counter(c for c in (country_of_mention(m, gaz) for m in mentions) if c)


def most_common(counts: Counter) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def word_at(words: list[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else "<s>"


def _bucket(gap: int) -> str:
    size = abs(gap)
    band = "1" if size <= 1 else "2-3" if size <= 3 else "4-6" if size <= 6 else "7-12" if size <= 12 else "13+"
    return ("+" if gap > 0 else "-") + band
