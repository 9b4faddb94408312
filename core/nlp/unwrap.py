"""Hard-wrapped text (PDF, e-mail or terminal copy): line breaks inside a paragraph read as spaces.

The sentence splitter takes a line break for the end of a block (headlines, list items, table rows),
so a sentence wrapped at 70 characters came apart into pieces that each lacked the plant, the verb or
the figure: on the tuning sets wrapped at 60 to 80 characters, F1 fell from 0.95 to 0.71.

A text counts as wrapped when its prose lines are mostly cut at one width and at least MIN_WRAPPED of
them plainly run on into the next line (the next starts in lower case, or the line ends on a comma or
on a word no sentence ends on). In such a text every break after a line cut near the width, not
ending a sentence, is made a space, and a word hyphenated across a break is made whole ("manu-" /
"facturing"; "Rolls-" / "Royce" and "six-" / "speed" keep their hyphen). Texts with one line per
paragraph (web pages, feeds) are returned unchanged, and so are headlines, lists, tables and fact
sheets.

A break becomes a space in place; a rejoined word removes one or two characters, and `Shifts` maps a
position in the unwrapped text back to the original, so the offsets stored with facts point into the
text the analyst reads.
"""
from __future__ import annotations

import re
from bisect import bisect_right

MIN_WIDTH, MAX_WIDTH = 26, 110  # the widths text is wrapped at (72 to 80 is usual; a magazine column of a PDF, 30 to 40)
FULL = 0.6  # a line at least this share of the width was cut by the wrap, not ended by the writer
MIN_WRAPPED = 2  # lines that plainly run on before a text counts as wrapped

_BLOCK_START = re.compile(r"\s*(?:[-*•·–—>|#]|\d{1,2}[.)]\s|\(?[a-z][.)]\s)")  # list items, quotes, tables, headings
_FIELD = re.compile(r"\s*[A-Z][\w/&().' -]{0,30}:(?:\s|$)")  # "Capacity: 150,000 units" in a fact sheet
_ALIGNED = re.compile(r"\S {2,}\S|\t|\|")  # columns of a table
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\"’”)]*\s*$")
_HYPHENATED = re.compile(r"[A-Za-z0-9]-$")
_WORD = re.compile(r"[A-Za-z]+")
# words a sentence cannot end on
RUNS_ON = frozenset("""
the a an of in on at to for with by from and or but nor its their his her this that these those as than into onto over
under about after before between per via will would can could may might shall should must has have had is are was were
be been being which who whose where when while some more most such our your each every both all any no not also
including said says
""".split())
# words that end a hyphenated compound, so a break after the hyphen keeps it: "electric-" / "vehicle"
COMPOUND_ENDS = frozenset("""
based owned made built backed led run speed door seater seat wheel drive litre liter cylinder valve term year month
week day hour scale range size sized class level market end point powered electric hybrid plug in up out off over
free wide time like related focused oriented specific spec volume cost value vehicle vehicles car cars truck trucks
bus buses van vans hand friendly new old long short high low top bound listed linked funded controlled wise
""".split())

Shifts = list[tuple[int, int]]  # (position in the unwrapped text, characters removed before it), ascending


def to_original(position: int, shifts: Shifts) -> int:
    """A position in the unwrapped text as a position in the original."""
    at = bisect_right(shifts, (position, float("inf")))
    return position + (shifts[at - 1][1] if at else 0)


def unwrap(text: str) -> tuple[str, Shifts]:
    """(text with the breaks inside its wrapped paragraphs made spaces, the shifts back); unchanged if not wrapped."""
    if "\n" not in text:
        return text, []
    lines = text.split("\n")
    if sum(1 for line in lines if MIN_WIDTH <= len(line) <= 1.15 * MAX_WIDTH) < MIN_WRAPPED:
        return text, []  # one line a paragraph, as most texts come: no line of a wrap's width to look at
    width = _wrap_width(lines)
    if width is None:
        return text, []
    cut = [i for i in range(len(lines) - 1) if _cut(lines, i, width)]
    runs_on = {i for i in cut if _goes_on(lines[i], lines[i + 1])}
    if len(runs_on) < MIN_WRAPPED:
        return text, []
    first = next(i for i, line in enumerate(lines) if line.strip())
    joins = set(cut) - ({first} - runs_on)  # the first line only when it plainly runs on: not a headline
    out: list[str] = []
    shifts: Shifts = []
    removed = length = 0
    for i, line in enumerate(lines):
        if i > 0 and i - 1 not in joins:
            out.append("\n")
            length += 1
        if i not in joins:
            out.append(line)
            length += len(line)
            continue
        hyphen, word = _HYPHENATED.search(line), _WORD.match(lines[i + 1])
        if hyphen and word:
            part = word.group()
            # "Rolls-" / "Royce", "six-" / "speed", "electric-" / "vehicle" keep the hyphen; "manu-" / "facturing" do not
            keep = part[0].isupper() or line[-2].isdigit() or part.lower() in COMPOUND_ENDS
            out.append(line if keep else line[:-1])
            length += len(out[-1])
            removed += 1 if keep else 2
            shifts.append((length, removed))
        else:
            out.append(line + " ")
            length += len(line) + 1
    return "".join(out), shifts


def _wrap_width(lines: list[str]) -> int | None:
    """The width the prose lines were cut at (nearly every one is at most this long), or None: not cut at a width."""
    prose = sorted(len(line) for line in lines if len(line) >= MIN_WIDTH and _prose(line))
    if len(prose) < MIN_WRAPPED:
        return None
    width = prose[int(0.9 * (len(prose) - 1))]
    return width if MIN_WIDTH <= width <= MAX_WIDTH else None


def _cut(lines: list[str], i: int, width: int) -> bool:
    """Line i was cut by the wrap inside a sentence: near the width, prose, followed by prose, no sentence end."""
    line = lines[i]
    return (FULL * width <= len(line) <= 1.15 * width and _prose(line) and _prose(lines[i + 1])
            and not _ENDS_SENTENCE.search(line))


def _goes_on(line: str, nxt: str) -> bool:
    """The sentence plainly runs on into the next line: it starts in lower case, or the line ends on a comma, a
    hyphen or a word no sentence ends on ("... its plant in" / "Sunderland"). A list of headlines does neither."""
    words = line.split()
    return nxt.lstrip()[:1].islower() or line.rstrip()[-1:] in (",", "-") or bool(words) and words[-1].lower() in RUNS_ON


def _prose(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith("|") and stripped.count("|") == 1:
        stripped = stripped[:-1].rstrip()  # "... were the Bravo and Linea. |": a stray bar of the page's layout, no table
    return bool(stripped) and not (_BLOCK_START.match(line) or _FIELD.match(line) or _ALIGNED.search(stripped))
