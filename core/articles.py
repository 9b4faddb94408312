"""Articles as they come in: text plus what is known about them (title, source, url, date)."""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

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
    """The title when known; otherwise the opening words, marked as such with an ellipsis."""
    if article.title:
        return article.title
    first = re.split(r"(?<=[.!?])\s", article.text.strip(), maxsplit=1)[0]
    return first if len(first) <= length else first[: length - 1].rsplit(" ", 1)[0] + "…"


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


def headline(title: str | None, text: str | None, name: str | None = None, length: int = 90) -> str:
    """What an article is called in lists: its title, else its opening sentence (cut with an ellipsis), else its name."""
    if isinstance(title, str) and title.strip():
        return title.strip()
    first = (text.strip() if isinstance(text, str) else "").split("\n", 1)[0]
    for stop in (". ", "! ", "? "):
        if stop in first:
            first = first.split(stop, 1)[0] + stop.strip()
            break
    if not first:
        return str(name or "")
    return first if len(first) <= length else first[: length - 1].rsplit(" ", 1)[0] + "…"
