"""Markdown articles as the plain text the pipeline reads and the Articles page shows.

Read-later tools and scrapers save a story as Markdown: "**Toyota** will build a plant in Georgetown,
[Kentucky](https://...)". Read as it is, a link's address is words of the sentence (the town above was placed
in Guyana, not Kentucky) and emphasis marks stick to names.

Line by line:
- a heading is its words on a line of their own, as in plain text;
- other lines keep their block marks ("- " of a list item, "> ", the pipes of a table row), which the pipeline
  reads as it reads them in plain text;
- what is inside is read by markdown-it-py's inline parser and written out as its text: a link as its words, an
  image not at all (its description is no sentence of the story; a line of a picture alone goes), emphasis and
  code marks dropped, escapes and entities resolved, raw HTML kept as text (the app shows it escaped);
- reference links ("[Kentucky][1]" with "[1]: https://..." below) read as their words too, and the lines that
  define them go;
- fenced code is left as written.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_md = MarkdownIt("commonmark")
# what opens a line without being inline text: quote, list item (kept); a heading's hashes (dropped, with any that close it)
_BLOCK_MARKS = re.compile(r"^(\s*(?:(?:>\s?)+|[-*+]\s+|\d{1,9}[.)]\s+)?)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S")  # "[1]: https://example.com/story"
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # "|---|:--:|"
_INLINE_MARKS = re.compile(r"[\[\]*_`<&\\!]")  # a line without any of these has nothing to read


def markdown_to_text(text: str) -> str:
    """The text of a Markdown article, line for line (see the module's docstring)."""
    lines = text.split("\n")
    env: dict = {}
    if any(_REFERENCE.match(line) for line in lines):
        _md.parse(text, env)  # the reference definitions, for links written "[words][id]" (a whole parse: only then)
    out: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            continue
        if fenced:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:  # "## Plant news ##": the heading's words, a line of their own as in plain text
            line = _HEADING_CLOSE.sub("", line[heading.end():])
        if not _INLINE_MARKS.search(line) or _TABLE_RULE.match(line):
            out.append(line)
            continue
        if env.get("references") and _REFERENCE.match(line):
            continue
        marks = _BLOCK_MARKS.match(line).group(1)
        plain = marks + _plain(_md.parseInline(line[len(marks):], env))
        if plain.strip() or not line.strip():
            out.append(plain)  # (a line of a picture alone, or of marks alone, goes: it held no words)
    return "\n".join(out)


def _plain(tokens: list[Token]) -> str:
    parts: list[str] = []
    for token in tokens:
        for child in token.children or []:
            if child.type in ("text", "code_inline", "html_inline"):  # (raw HTML stays, as text: shown escaped)
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif child.type == "image":
                continue  # its alt text is a child of the image token: not read
    return "".join(parts)
