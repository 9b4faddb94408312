"""Paragraph boundaries and boilerplate: ads, newsletter and award promotions, navigation.

General rules, no site-specific strings: a paragraph is boilerplate when it is a bare
heading or byline, a call to action, or marketing copy addressed to the reader.
"""
from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from core.nlp.docindex import doc_index, doc_text
from core.nlp.extensions import register_extensions
from core.nlp.tables import doc_tables

CALL_TO_ACTION_PATTERN = (
    r"\b(subscribe|sign up|newsletter|nominate|click here|read more|learn more|find out more|register now|"
    r"submit your|download (?:the|our|now)|book (?:a|your) demo|request a demo|contact us|follow us|share this|"
    r"advertisement|sponsored|cookie|all rights reserved|terms of use|privacy policy|related articles?|"
    r"recommended for you|most read|sign in|log in|free trial|enter now|apply now)\b"
)
# "you", "your", "you're", "you’re", "yourself" as whole words: \b(you|your|...)\b, with the check for a word start
# written after the literal (?<!\wyou) so that re scans for "you" instead of trying every position
READER_ADDRESS_PATTERN = r"you(?<!\wyou)(?:|r|'re|’re|rself)\b"
QUOTES = re.compile(r"[\"“”]")
# Marketing copy opens sentences with an imperative addressed to the reader.
IMPERATIVE_OPENING_PATTERN = (
    r"(?:^|[.!?]\s+)(?:don[’']t|do not|stay|get|gain|discover|join|explore|unlock|keep|make sure|try|let|see|find|"
    r"grab|claim|boost|access|start|stand out|elevate|position|showcase|act|reach|connect|download|read|watch)\b"
)


def _leading_words(alternatives: str) -> tuple[str, ...]:
    """The fixed text each alternative of a regex group starts with: 'download ' of 'download (?:the|our|now)',
    'related article' of 'related articles?' (a letter a quantifier follows is not fixed)."""
    branches, depth, current = [], 0, ""
    for ch in alternatives:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += ch
    out = []
    for branch in [*branches, current]:
        fixed = re.match(r"[a-z ]*", branch).group()
        if branch[len(fixed):len(fixed) + 1] in ("?", "*", "{"):
            fixed = fixed[:-1]
        assert fixed, branch
        out.append(fixed)
    return tuple(out)


# lowercased text without one of these holds no call to action
assert CALL_TO_ACTION_PATTERN.startswith(r"\b(") and CALL_TO_ACTION_PATTERN.endswith(r")\b")
CALL_TO_ACTION_WORDS = _leading_words(CALL_TO_ACTION_PATTERN[3:-3])
CALL_TO_ACTION = re.compile(CALL_TO_ACTION_PATTERN, re.IGNORECASE)
READER_ADDRESS = re.compile(READER_ADDRESS_PATTERN, re.IGNORECASE)
IMPERATIVE_OPENING = re.compile(IMPERATIVE_OPENING_PATTERN, re.IGNORECASE)
# The same patterns (all in lowercase) for lowercased text: IGNORECASE costs Python's re a case fold for every
# character it tries, str.lower() one pass. They find the same matches, except in text with one of the three
# letters that IGNORECASE folds unlike str.lower(), which is searched as written.
CASELESS_SEARCHES = tuple(re.compile(p) for p in (CALL_TO_ACTION_PATTERN, READER_ADDRESS_PATTERN, IMPERATIVE_OPENING_PATTERN))
CASED_SEARCHES = (CALL_TO_ACTION, READER_ADDRESS, IMPERATIVE_OPENING)
FOLDED_APART = ("\u0130", "\u0131", "\u017f")  # "İ", "ı", "ſ"
# "• Annual capacity: 175,000 units", "Working pattern: three shifts": a labelled figure in a fact sheet, not a heading
FIGURE_LINE = re.compile(
    r"^\W{0,3}[A-Za-z][\w ,.()/&'’-]{0,60}:\s*.{0,40}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
# "Toyota 52,300", "2. General Motors 48,112 units": a name and its count with thousands, a row under a heading of
# output by maker ("Production by manufacturer in May:"), content though it has no colon
COUNT_LINE = re.compile(r"^\W{0,3}(?:\d{1,2}[.)]\s+)?[A-Z][\w .&'’-]{0,40}?\s[-–—]?\s?\d{1,3}(?:,\d{3})+"
                        r"(?:\s+(?:units|vehicles|cars))?\s*(?:\([^)]{0,30}\))?\s*$")
OUTPUT_LIST_HEADING = re.compile(r"\b(?:production|output|produced|built|assembled|manufactured)\b[^.!?]{0,80}:\s*$", re.IGNORECASE)
# "- Products: Atto 1, Dolphin, M6": a fact sheet's line of what a plant makes, content though it has no figure
# "Future Products: Honda Fit, Fit SUV", "New models: ...": with a word of when or which before it too
# "Production models: | Teana, Rogue", "Models built: ...": a fact sheet's row of the models a plant makes, its cells
# parted by a column bar
PRODUCT_LINE = re.compile(r"^\W{0,3}(?:main |current |future |new |planned |key |other |upcoming |production |vehicle )?"
                          r"(?:products?|models?)(?: produced| built| made| assembled| manufactured)?\s*:[\s|]*\w",
                          re.IGNORECASE)
# "New Plant: Celaya", "Existing Plants: Aguascalientes, Cuernavaca", "Location: Kecskemet, Hungary": a fact sheet's row
# of a plant's site
SITE_LINE = re.compile(r"^\W{0,3}(?i:(?:(?:new|existing|current|planned|future|main|second|plant|production|factory) ){0,2}"
                       r"(?:plants?|locations?|sites?|factory|factories|facility|facilities))\s*:\s*[A-Z]")
# "Company: KG Mobility", "- Manufacturer: Hyundai Motor": a fact sheet's row of who runs the plant, a name after the label
OPERATOR_LINE = re.compile(r"^\W{0,3}(?i:company|manufacturer|maker|carmaker|automaker|operator|owner|investor)\s*:\s*[A-Z]")
# "Rivals: Ford Fiesta, VW Polo, Honda Jazz": a road test's or a launch story's line of the models it competes with
RIVALS_LINE = re.compile(r"^\W{0,3}(?:main |key |chief )?(?:rivals?|competitors?|competition)\s*:\s*\w", re.IGNORECASE)
# "Canada        22,900     198,400", "Chile | 4,300 | 12%": a row of a text table, a label then a figure after a gap
# of columns, or only figures between column bars ("Posted by Ana Ruiz | 19 June" is a byline)
# "| Germany | 61 200 | Tucson, Kona |": a markdown table's row with a figure in a cell of its own
TABLE_ROW = re.compile(r"^\W{0,3}[A-Za-z][\w .()/&'’-]{0,40}?(?:(?:\s{3,}|\t)[-+−]?\d[\d,.]*|(?:\s*\|\s*[-+−]?\d[\d,.]*\s*%?)+\s*$)"
                       r"|^\s*\|[^\n]*\|\s*[-+−]?\d[\d,. ]*%?\s*\|"
                       # "- Volkswagen Polo - 101,468": a bulleted row, a name and its figure after a dash
                       r"|^\s*[-•*]\s*[A-Z][\w .()/&'’-]{0,40}?\s[-–—]\s+\d[\d,. ]*%?\s*$")
# "Kazakhstan – 26,970", "Ukraine: 929 units": an unbulleted row of a list of markets, under its heading
MARKET_ROW = re.compile(r"^\s*[A-Z][\w .()/&'’-]{0,40}?\s?[-–—:]\s+\d[\d,. ]*%?(?:\s+(?:units|vehicles|cars))?\s*$")
# "Related: ...", "You may also like: ...": a label introducing links to other stories
LINK_LABEL = re.compile(
    r"^\W{0,3}(?:related(?: stories| articles?| news| coverage| content| reading)?|read also|also read|see also|see more|"
    r"read next|more on this|recommended|you may also like|you might also like|further reading|trending|photos|videos?|"
    r"gallery|watch|podcast)\s*[:|–—-]",
    re.IGNORECASE,
)
# "Related", "Read Next", "Most popular", "Editor's picks", "More Industry news": the heading of a list of links;
# every headline under it is a link, even one with a figure or a question ("Tata Motors: 5,000 EVs in May?")
LINK_HEADING = re.compile(
    r"^\W{0,3}(?:related(?: stories| articles?| news| posts?| coverage| content| reading| releases)?|read (?:also|next|more)|"
    r"also read|see (?:also|more)|more stories|more on this|recommended(?: for you)?|you may also like|you might also like|further reading|"
    r"trending(?: now)?|most (?:popular|read|viewed|shared)|editor[’']?s[’']? picks?|latest(?: news| stories| articles)?|"
    r"top stories|more [\w ]{1,25} news|more)\W{0,3}$",
    re.IGNORECASE,
)
# "File photo: The logo of X on its building in Y ...", "... Reuters/A. Name/File Photo": the caption of an archive
# picture shows an older scene than the story's, so its places and names are no facts of the story
FILE_PHOTO_CAPTION = re.compile(r"^\W{0,3}(?:file|archive|archived) (?:photo|picture|image)\b|\bfile (?:photo|picture)\W{0,3}$",
                                re.IGNORECASE)
# the closing sections of a press release: the company profiles, the legal text, the contacts; all that follows is boilerplate
CLOSING_SECTION = re.compile(
    r"^(?:About (?!the\b|this\b|a\b|an\b)[A-Z][\w&.,' -]{1,60}|Forward[- ]looking statements?|Safe harbou?r statement|Media contacts?|"
    r"Press contacts?|For (?:further|more) information)\s*:?$",
)
# "KEY POINTS", "Highlights", "At a glance": a press release's or a wire story's summary; the bullets under it are
# the story's facts, however short, not a list of links
HIGHLIGHTS_HEADING = re.compile(
    r"^\W{0,3}(?:key (?:points|highlights|facts|figures|takeaways)|(?:the )?highlights|at a glance|in brief|"
    r"fast facts|quick facts|facts and figures|summary|in summary|the details)\W{0,3}$",
    re.IGNORECASE,
)
# "Key figures: Acme exports, January-June": such a heading with its own title, which says what the bullets count
TITLED_HIGHLIGHTS_HEADING = re.compile(
    r"^\W{0,3}(?:key (?:points|highlights|facts|figures)|at a glance|fast facts|quick facts|facts and figures|in numbers|"
    r"by the numbers)\s*:\s*\w[^.!?:]{0,60}$",
    re.IGNORECASE,
)
# "Exports go to:", "Main export markets:": a line about exports ending in a colon; the bullets under it are its markets
# "the following countries were the major importers of its cars:", "Its main markets:": the same, said of the buyers
MARKET_LIST_HEADING = re.compile(r"\b(?:exports?|exported|shipments|destinations|export markets|importers|"
                                 r"(?:main|major|key|biggest|largest|top) (?:foreign |overseas |export )?markets)\b(?:[^.!?]|\b[A-Z]\.){0,100}:\s*$",
                                 re.IGNORECASE)
# "325 horsepower", "375 lb-ft", "a 2.7l v6", "1,700 rpm" (lowercased text): a car's figures, which marketing copy
# addressed to the reader seldom gives
SPEC_FIGURE = re.compile(r"\b\d[\d,.]*\s?-?(?:hp|bhp|horsepower|ps|kw|lb-ft|nm|rpm|litres?|liters?|l)\b")
# "Mexico exports to U.S.", "Shipments to Canada": a short line naming one route, over the bulleted models it carries
ROUTE_HEADING = re.compile(r"^\W{0,3}(?:[A-Z][\w.'-]*\s){0,3}(?:exports?|shipments) to(?:\s[A-Z][\w.'-]*){1,3}\s*:?\s*$")
BULLET = re.compile(r"^\s*(?:[•·▪◦‣*–—-]|\d{1,2}[.)])\s+\S")
TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")
MAX_HEADING_WORDS = 9
# "A giant Renault factory inaugurated in Tangier", "Kia opens plant in Nuevo Leon": an article's own headline, its
# first line, naming a plant in lower case (written as a sentence: a headline In Title Case has no names to trust)
# is content; a short heading anywhere else is not
PLANT_HEADLINE = re.compile(r"\b(?:plants?|factory|factories|gigafactory)\b")
BYLINE = re.compile(r"^\W{0,3}(?:by|posted|written|updated|published|photo|file)\b", re.IGNORECASE)
# a line this long is text run together (a feed's or a scraper's, line breaks lost), not one paragraph: its
# sentences are judged one by one, so a share button or a "you" in it does not take the whole story with it
RUN_TOGETHER_CHARS = 1500
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank lines of a text (news text puts one paragraph a line)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _sentence_spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """Character spans (from `offset`) of the sentences of a paragraph, split after final punctuation."""
    spans, start = [], 0
    for m in SENTENCE_BREAK.finditer(paragraph):
        spans.append((offset + start, offset + m.start()))
        start = m.end()
    spans.append((offset + start, offset + len(paragraph)))
    return [(s, e) for s, e in spans if e > s]


def is_link_line(paragraph: str, max_words: int = 16, question: bool = False) -> bool:
    """A short line without final punctuation (or with a question mark, when `question`): a headline in a list of links."""
    text = paragraph.strip()
    return len(text.split()) <= max_words and (not TERMINAL.search(text) or question and text.endswith("?"))


def _teaser(paragraph: str) -> bool:
    """The opening of a linked story, cut off with an ellipsis, in a list of links."""
    text = paragraph.strip()
    return len(text.split()) <= 60 and (text.endswith("...") or text.endswith("…"))


def _file_photo_caption(text: str) -> bool:
    """FILE_PHOTO_CAPTION.search(text), run only on text with a word it needs ("file ", "archive"), since a search
    tries every position. IGNORECASE matches "ı" and "ſ" where str.lower() keeps them apart: such text is searched."""
    lowered = text.lower()
    if "file " not in lowered and "archive" not in lowered and not any(c in text for c in FOLDED_APART):
        return False
    return FILE_PHOTO_CAPTION.search(text) is not None


LOWERCASE_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?\w)")  # also in lowercased text


def _story_before_a_closing_pointer(searched: str, call_to_action: re.Pattern, reader_address: re.Pattern,
                                    imperative_opening: re.Pattern) -> bool:
    """'The carmaker will unveil its second model, the YU7. It will offer three variants. You can read more on the
    SUV here.': two sentences of the story or more, then a last one pointing the reader elsewhere. The paragraph is
    the story's; only the pointer is furniture (and names nothing). Marketing copy addresses the reader before it."""
    sentences = LOWERCASE_SENTENCE_BREAK.split(searched)
    if len(sentences) < 3:
        return False
    story = " ".join(sentences[:-1])
    return not (call_to_action.search(story) or reader_address.search(story) or imperative_opening.search(story))


def is_boilerplate(paragraph: str) -> bool:
    text = paragraph.strip()
    words = text.split()
    if not words:
        return False
    if LINK_LABEL.match(text) or _file_photo_caption(text):  # LINK_LABEL opens with ^: match is search, without the scan
        return True
    if "|" in text and not TERMINAL.search(text) and any(BYLINE.match(part.strip()) for part in text.split("|")[1:]):
        return True  # "27 Nov 2019 | 7384 Views | By Ana Ruiz": a byline with the page's date and counters before it
    if len(words) <= MAX_HEADING_WORDS and not TERMINAL.search(text):
        # heading, byline, navigation, button label; a labelled figure or a plant's products is content
        return not (FIGURE_LINE.search(text) or TABLE_ROW.search(text) or PRODUCT_LINE.search(text) or RIVALS_LINE.search(text)
                    or SITE_LINE.search(text) or OPERATOR_LINE.search(text))
    cased = any(c in text for c in FOLDED_APART)
    if cased:
        (call_to_action, reader_address, imperative_opening), searched = CASED_SEARCHES, text
    else:
        (call_to_action, reader_address, imperative_opening), searched = CASELESS_SEARCHES, text.lower()
    # a substring test per phrase costs less than the regex trying every position (the cased search is left as is)
    calls_to_action = cased or any(word in searched for word in CALL_TO_ACTION_WORDS)
    if calls_to_action and call_to_action.search(searched) and (len(words) < 60 or reader_address.search(searched)):
        return not _story_before_a_closing_pointer(searched, call_to_action, reader_address, imperative_opening)
    addressed = len(reader_address.findall(searched))
    if QUOTES.search(text):
        return False  # quoted speech may say "you"
    if addressed and imperative_opening.search(searched):
        return True
    if addressed and len(words) >= 30 and SPEC_FIGURE.search(searched):
        return False  # a road test speaks to its reader too: "... 325 horsepower. When you leave the trailer at home, ..."
    return addressed >= 2 or (addressed == 1 and bool(re.search(r"[?!]", text)))


def trailing_headlines(text: str, read: list[tuple[int, int, bool | None]]) -> list[tuple[int, int]]:
    """'Ford hires close to 1,000 employees at Romanian plant for new EcoSport model': headlines of other stories set
    between the story's last paragraph and the page's furniture below it (a copyright line, a share button). Lines
    without final punctuation after the story's last sentence, with boilerplate after them, are links, however long
    (up to is_link_line's 16 words); a labelled figure, a table's row, a product line or a bullet stays content."""
    candidates: list[tuple[int, int]] = []
    furniture_after = False
    for start, end, flagged in reversed(read):
        if flagged is None:
            break
        if flagged:
            furniture_after = furniture_after or not candidates
            continue
        line = text[start:end]
        if not is_link_line(line) or FIGURE_LINE.search(line) or TABLE_ROW.search(line) or PRODUCT_LINE.search(line) \
                or RIVALS_LINE.search(line) or BULLET.match(line):
            break  # the story's last paragraph
        candidates.append((start, end))
    return candidates if furniture_after else []


SENTENCE_FINAL = ("." , "!", "?", "…", "。", "!", "?")
# company suffixes the tokenizer keeps with their full stop: "... supplies Subaru Canada, Inc. In 2024 the plant ..."
COMPANY_ABBREVIATIONS = ("Inc.", "Ltd.", "Corp.", "Co.", "Bhd.", "Pty.", "Pvt.", "LLC.", "plc.")
DOTTED_MODEL_PREFIXES = frozenset(["ID"])  # model families named with a full stop: "ID. Buzz", "ID. Polo"
CLOSERS = frozenset(['"', "”", "’", "'", ")", "]", "»", "…", ".", "!", "?"])


@Language.factory("aw_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp)


class SentenceSplitter:
    """Sentence starts after final punctuation (and its closing quotes) and after every line break.

    Like spaCy's sentencizer, plus line breaks, so headings and captions stand alone; set in
    one array write instead of token by token.
    """

    def __init__(self, nlp: Language):
        # token texts as their ORTH ids: the columns of Doc.to_array, compared without making Token objects
        self.final = frozenset(nlp.vocab.strings.add(p) for p in SENTENCE_FINAL)
        self.abbreviations = frozenset(nlp.vocab.strings.add(p) for p in COMPANY_ABBREVIATIONS)
        self.closers = frozenset(nlp.vocab.strings.add(p) for p in CLOSERS)
        self.marks = self.final | self.abbreviations

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        orths, chars, spaced = doc.to_array([ORTH, IDX, SPACY]).T.tolist()
        starts = [-1] * n
        starts[0] = 1
        text = doc_text(doc)
        for i in [i for i, orth in enumerate(orths) if orth in self.marks]:
            if orths[i] in self.abbreviations:
                # the suffix ends a sentence when a capitalised function word follows ("Inc. In 2024", "Ltd. The plant")
                if i + 1 < n and doc[i + 1].is_title and doc[i + 1].is_stop:
                    starts[i + 1] = 1
                continue
            if self._initial(doc, i, orths, spaced):
                continue
            j = i + 1
            while j < n and orths[j] in self.closers:
                j += 1
            if j < n and not self._abbreviation_goes_on(doc, i, j, spaced):
                starts[j] = 1
        # after each run of line breaks (what re.finditer(r"\n+") finds, found by str.find: the regex engine read
        # every character of the text one by one)
        k = text.find("\n")
        while k != -1:
            k += 1
            while text.startswith("\n", k):
                k += 1
            j = bisect_left(chars, k)
            if 0 < j < n:
                starts[j] = 1
            k = text.find("\n", k)
        doc.from_array([SENT_START], numpy.array(starts, dtype="int32").reshape(-1, 1).astype("uint64"))
        return doc

    @staticmethod
    def _abbreviation_goes_on(doc: Doc, i: int, j: int, spaced: list[int]) -> bool:
        """'a 2.4L 4-cyl. in its new sedan', 'a 2.0L 4-cyl., making 176 hp': a full stop closing an abbreviated word
        before a comma or a lowercase function word, on the same line, ends no sentence (no sentence opens so)."""
        if j != i + 1 or i == 0 or spaced[i - 1] or doc[i].text != "." or "\n" in doc[i].whitespace_:
            return False
        before, following = doc[i - 1], doc[j]
        if not before.text[-1:].isalpha():
            return False
        return following.text in (",", ";") or (following.is_alpha and following.is_lower and following.is_stop)

    @staticmethod
    def _initial(doc: Doc, i: int, orths: list[int], spaced: list[int]) -> bool:
        """'John F. Kennedy': a capital and a full stop before a name that is not a sentence opener ('Model Y. The ...')."""
        if i == 0 or i + 1 >= len(doc) or spaced[i - 1]:
            return False
        before = doc.vocab.strings[orths[i - 1]]
        if before in DOTTED_MODEL_PREFIXES and (i < 2 or spaced[i - 2]):
            # "the ID. Every1": a model family written with its full stop before the model's name
            following = doc[i + 1]
            return (following.is_title or following.text[:1].isdigit()) and not following.is_stop and "\n" not in doc[i].whitespace_
        if not _is_single_capital(before):
            return False
        if i >= 2 and not spaced[i - 2] and doc.vocab.strings[orths[i - 2]] == "-":
            return False  # "... and the HR-V. Toyota ...": a model code's last letter, not an initial
        following = doc[i + 1]
        return following.is_title and not following.is_stop and "\n" not in doc[i].whitespace_


def _plant_headline(paragraph: str) -> bool:
    """A short first line without final punctuation that names a plant: the article's headline, not a heading."""
    text = paragraph.strip()
    return (len(text.split()) <= MAX_HEADING_WORDS and not TERMINAL.search(text) and bool(PLANT_HEADLINE.search(text))
            and not BYLINE.match(text) and not LINK_LABEL.match(text) and not _file_photo_caption(text))


@Language.factory("aw_boilerplate")
def make_boilerplate_marker(nlp: Language, name: str) -> BoilerplateMarker:
    register_extensions()
    return BoilerplateMarker()


def _is_single_capital(text: str) -> bool:
    return len(text) == 1 and "A" <= text <= "Z"


class BoilerplateMarker:
    """Marks boilerplate paragraphs (doc._.boilerplate, and the shared index); later components take no facts from them."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = []
        previous_was_boilerplate = False
        links = False  # in a list of links under a heading such as "Related" or "Most popular"
        closing = False  # past a press release's "About Acme Motors" or "Forward-looking statements" heading
        highlights = False  # in the bullets under a "Key points" or "Highlights" heading
        counts = False  # in the rows under a heading of output by maker ("Production by manufacturer:")
        # the lines of a table (core.nlp.tables) are content, however short: "| | Creta | Venue |", "| Plant | Kenitra |"
        # and so is the caption over one, which names whose figures they are ("Where Nosovice cars went in 2024")
        table_lines = [(t.caption.start if t.caption else t.start, t.end) for t in doc_tables(doc)]
        # (start, end, flagged) of each paragraph; flagged None for content read whole (a table, a highlight, run-on text)
        read: list[tuple[int, int, bool | None]] = []
        for n, (start, end) in enumerate(paragraphs(text)):
            paragraph = text[start:end]
            # (after a section label or two at the top, "News", "Home > Industry": still the headline)
            labels_only = all(flagged and len(text[s:e].split()) <= 3 for s, e, flagged in read)
            if (n == 0 or labels_only) and _plant_headline(paragraph):
                read.append((start, end, False))
                continue
            if end - start >= RUN_TOGETHER_CHARS and not closing:
                spans.extend(span for span in _sentence_spans(paragraph, start) if is_boilerplate(text[span[0]:span[1]]))
                previous_was_boilerplate = links = highlights = False
                read.append((start, end, None))
                continue
            closing = closing or bool(CLOSING_SECTION.match(paragraph.strip()))
            if table_lines and not closing and any(s <= start < e for s, e in table_lines):
                previous_was_boilerplate = links = highlights = False
                read.append((start, end, None))
                continue
            counts = counts and bool(COUNT_LINE.match(paragraph.strip()))
            if counts and not closing:  # "Toyota 52,300" under "Production by manufacturer:": one maker's row
                previous_was_boilerplate = links = highlights = False
                read.append((start, end, None))
                continue
            counts = paragraph.rstrip().endswith(":") and bool(OUTPUT_LIST_HEADING.search(paragraph))
            highlights = highlights and bool(BULLET.match(paragraph) or MARKET_ROW.match(paragraph))
            if highlights and not closing:
                previous_was_boilerplate = links = False
                read.append((start, end, None))
                continue
            titled = bool(TITLED_HIGHLIGHTS_HEADING.match(paragraph.strip()))
            # MARKET_LIST_HEADING ends in ":\s*$": searched (at every position) only in a line that ends so
            highlights = titled or bool(HIGHLIGHTS_HEADING.match(paragraph.strip())) \
                or paragraph.rstrip().endswith(":") and bool(MARKET_LIST_HEADING.search(paragraph)) \
                or bool(ROUTE_HEADING.match(paragraph.strip()))
            if titled and not closing:  # its title is content: "Key figures: Acme exports, January-June"
                previous_was_boilerplate = links = False
                read.append((start, end, None))
                continue
            # link lists under a boilerplate heading ("Related articles" then "- Headline ...") go with it
            # "... after Tesla's price cuts, stepping up the price wars in a ...": a linked story's cut-off teaser
            listed = links and (is_link_line(paragraph, question=True) or _teaser(paragraph))
            flagged = closing or listed or is_boilerplate(paragraph) or (previous_was_boilerplate and is_link_line(paragraph)
                                                                         and not FIGURE_LINE.search(paragraph)
                                                                         and not TABLE_ROW.search(paragraph)
                                                                         and not PRODUCT_LINE.search(paragraph)
                                                                         and not SITE_LINE.search(paragraph)
                                                                         and not OPERATOR_LINE.search(paragraph))
            if flagged:
                spans.append((start, end))
            read.append((start, end, flagged))
            previous_was_boilerplate = flagged
            links = flagged and (listed or bool(LINK_HEADING.match(paragraph.strip())))
        spans = sorted(spans + trailing_headlines(text, read))
        doc._.boilerplate = spans
        index = doc_index(doc)
        for start, end in spans:
            index.mark_boilerplate(bisect_left(index.token_chars, start), bisect_left(index.token_chars, end))
        return doc
