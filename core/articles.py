"""Articles as they come in: text plus what is known about them (title, source, url, date)."""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from core.dates import parse_date

ARTICLE_SUFFIXES = (".txt", ".md")
METADATA_FILE = "articles.csv"  # file,title,source,url,published beside the articles


@dataclass
class Article:
    id: str  # hash of the normalised text: the same article twice has one id
    name: str  # file name, or a label for pasted text
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""  # ISO date, or "" when the article does not give one


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def article_id(text: str) -> str:
    folded = re.sub(r"\s+", " ", normalise_text(text)).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def display_title(article: Article, length: int = 90) -> str:
    """The title when known; otherwise the headline found in the text (see `headline`)."""
    return headline(article.title, article.text, article.name, length)


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """articles.csv beside the articles: file name -> title, source, url, published."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: {k: (v or "").strip() for k, v in row.items() if k != "file"} for row in csv.DictReader(fh)}


def make_article(name: str, text: str, **meta: str) -> Article:
    text = normalise_text(text)
    fields = {k: meta.get(k, "") or "" for k in ("title", "source", "url", "published")}
    return Article(id=article_id(text), name=name, text=text, **fields)


def read_folder(folder: Path) -> list[Article]:
    """Plain-text articles of a folder, with their metadata row when there is one."""
    meta = read_metadata(folder)
    return [
        make_article(p.name, p.read_text(encoding="utf-8"), **meta.get(p.name, {}))
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
    ]


# What a page puts above an article's headline: a masthead, a section path, a press-release label, a skip link,
# a cookie notice, a date line. Separators split a "Section | Headline" line; the longest part is the candidate.
_TITLE_SEPARATORS = re.compile(r"\s+[|›»>•·]\s+")
_NOT_A_TITLE = re.compile(
    r"^(?:skip to|home\b|(?:prepared |written |reported )?by\b|last updated|updated\b|published\b|posted\b|listen\b|share\b|subscribe|sign (?:in|up)"
    r"|advertisement|menu\b|search\b|follow us|reporter:|editor:|reading time"
    # a link's label, a picture's caption or credit, a call to join or browse, a section's date line
    r"|(?:also read|read also|see also|read more|related\b[^:]{0,20}):|(?:image|photo|picture|video|caption)\s*:|×|expand\b"
    r"|browse\b|become (?:part of|a member)|join (?:us|our)\b|[\w ]{0,20}news of \w+day\b|screenshot\b)"
    r"|cookie|learn more|privacy|newsletter|\b(?:follow|like)(?: and (?:follow|like))? us on\b|\bsource\s*:"
    r"|\((?:photo|image|picture)\s*:|https?://|www\.|\.(?:png|jpe?g|gif|webp)\b|[a-z0-9]+_[a-z0-9]+_", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;]['\"’”)]?$")  # a body sentence or a list's lead; a headline may ask or exclaim
TITLE_MIN_WORDS = 4  # "Tehran Monitor", "Nikkei Asia", "PRESS RELEASE" are mastheads and labels, not headlines
TITLE_SEARCH_LINES = 12  # past a skip link, a masthead, a menu, a cookie notice and a breadcrumb
BODY_PARAGRAPH_WORDS = 25  # a line this long that ends a sentence is the story's body: its headline came before it


# The end of an opening sentence: not the full stop of "Co.", "Corp.", "Aug.", "U.S." or an initial.
_OPENING_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bBhd)(?<!\bPty)(?<!\bPvt)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bGen)(?<!\bGov)(?<!\bvs)(?<!\bJan)(?<!\bFeb)(?<!\bMar)"
    r"(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?](?=\s+\S)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATED_END = re.compile(_MONTH + r"\W*$")
# A wire story's dateline: "LAGOS, Nigeria – ", "DAMMAM, March 3 - ", "LONDON Dec 11 ", "Lagos, May 4: " (a city in
# capitals with a dash or colon, or any city with a date), with the agency in brackets when given.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})?"
    r"(?:,?\s+" + _MONTH + r")?\s*(?:\([^)]{1,30}\))?\s*(?:[:–—-]|(?<=\d)\.?)"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s+" + _MONTH + r"\.?\s*(?:\([^)]{1,30}\))?\s*[:–—-]?)\s+(?=[A-Z\"“‘])")


def _date_line(line: str) -> bool:
    """A line that only dates the page: "Saturday, April 1, 2023", "BAKU, March 23."."""
    words = line.split()
    return len(words) <= 6 and (parse_date(line.strip()) is not None or bool(_DATED_END.search(line)))


def _without_dateline(sentence: str) -> str:
    """The opening sentence without its wire dateline, when enough of it is left to name the story."""
    match = _DATELINE.match(sentence)
    rest = sentence[match.end():] if match else sentence
    return rest if len(rest.split()) >= TITLE_MIN_WORDS else sentence


def _title_candidate(line: str) -> str | None:
    """The line's headline, or None when it reads as a masthead, a section path, a label, a notice or a date line."""
    part = max((p.strip() for p in _TITLE_SEPARATORS.split(line.strip())), key=lambda p: len(p.split()))
    words = part.split()
    if len(words) < TITLE_MIN_WORDS or _NOT_A_TITLE.search(part) or (len(words) <= 6 and parse_date(part)):
        return None
    return part


def _masthead_like(text: str) -> bool:
    """A short name with every word capitalised: "The Peninsula Business Herald", "Anatolia Herald — Economy"."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) <= 5 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def _shouted(text: str) -> bool:
    """Capitals throughout: a masthead or a body's name ("FEDERAL MINISTRY OF INDUSTRY"), or a wire headline."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _lines_before_the_body(lines: list[str]) -> list[str]:
    """The lines up to the first body paragraph, which they end with: a line after it ("US tariffs are shifting - will
    you react?" between two paragraphs) is a promotion, a subheading or a caption, not the story's headline."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if (len(stripped.split()) >= BODY_PARAGRAPH_WORDS and _SENTENCE_END.search(stripped)
                and not _NOT_A_TITLE.search(stripped)):
            return lines[:i + 1]
    return lines


def headline(title: str | None, text: str | None, name: str | None = None, length: int = 90) -> str:
    """What an article is called in lists: its title; else the first of its opening lines that reads as a headline
    (not a masthead, section path, label, notice or date line; in capitals or as a sentence only when no other
    line is); else its opening sentence; else its name. Cut with an ellipsis past `length` characters."""
    if isinstance(title, str) and title.strip():
        return title.strip()
    lines = [line for line in (text.strip() if isinstance(text, str) else "").split("\n") if line.strip()]
    candidates = [c for c in map(_title_candidate, _lines_before_the_body(lines[:TITLE_SEARCH_LINES])) if c]
    first = next((c for c in candidates if not (_shouted(c) or _masthead_like(c) or _SENTENCE_END.search(c))), None)
    if first is None:  # no headline-like line: a capitals headline, or the opening sentence, cut at its end
        opening = next((line.strip() for line in lines if not _NOT_A_TITLE.search(line.strip()) and not _date_line(line)),
                       lines[0] if lines else "")
        first = _without_dateline(candidates[0] if candidates else opening.strip())
        end = _OPENING_SENTENCE_END.search(first)
        if end:
            first = first[: end.start() + 1]
    if not first:
        return str(name or "")
    return first if len(first) <= length else first[: length - 1].rsplit(" ", 1)[0] + "…"
