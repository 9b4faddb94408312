"""F1 of the tuning sets' articles rewritten into the shapes real copy arrives in, beside F1 as written.

Usage: python benchmarks/format_robustness.py [--sets dev holdout_k ...] [--shapes wrapped blob ...]

Each article of each set is rewritten (its facts stay the same, so the set's gold still holds) and
parsed in this process; score.py (../shared/eval) scores every shape against the set's gold. A shape
far below "as written" is a kind of input the pipeline breaks on. The never-tuned sets are left out:
they measure articles nobody has seen and are not used to find weaknesses.

Shapes:
- wrapped: prose hard-wrapped at 60-80 characters (PDF, e-mail or terminal copy);
- hyphenated: the same with long words split across line ends, as justified PDF text has them;
- html: a web page (nav, byline, aside, footer around <p> paragraphs), read through the HTML extractor;
- markdown: "# " headline and a photo credit line, read as an uploaded .md file;
- markdown_links: a read-later tool's Markdown: names linked or in bold, a picture, read as an uploaded .md file;
- unicode: curly quotes, narrow no-break spaces as thousands separators, en dashes;
- single_newline: paragraphs separated by one line break, not a blank line;
- cruft: "Advertisement", "Read more: ..." and share lines between paragraphs;
- blob: the whole article on one line (a feed's text with its line breaks lost).
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import random
import re
import sys
import textwrap
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.articles import Article, make_article  # noqa: E402
from core.extract import extract_articles  # noqa: E402
from core.ingest import read_files, read_upload  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
UNSEEN = ("holdout_y", "holdout_z", "holdout_aa", "holdout_ab", "holdout_ac")  # never tuned on: not used here
BLOCK = re.compile(r"\s*(?:[-*•|#>]|\d{1,2}[.)]\s)")  # list items, tables, headings: kept as they are
CRUFT = ["Advertisement", "Read more: The ten best-selling cars of the year", "Sign up for our daily newsletter",
         "Share this article", "Photo: company handout"]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _wrap(text: str, rng: random.Random, hyphenate: bool = False) -> str:
    width = rng.choice([60, 66, 70, 72, 76, 80])
    out = []
    for line in text.split("\n"):
        if len(line) <= width or BLOCK.match(line) or "  " in line.strip() or "\t" in line:
            out.append(line)
            continue
        lines = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        for i in range(len(lines) - 1) if hyphenate else ():
            word, _, rest = lines[i + 1].partition(" ")
            if len(word) >= 8 and word.isalpha() and word.islower() and rng.random() < 0.5:
                lines[i] += " " + word[: len(word) // 2] + "-"
                lines[i + 1] = word[len(word) // 2:] + (" " + rest if rest else "")
        out.extend(lines)
    return "\n".join(out)


def _html(text: str, rng: random.Random) -> str:
    head, *body = _paragraphs(text)
    parts = []
    for p in body:
        lines = [line for line in p.split("\n") if line.strip()]
        if all(BLOCK.match(line) and not line.lstrip().startswith("|") for line in lines):
            parts.append("<ul>" + "".join(f"<li>{html.escape(line.lstrip('-*•0123456789.) '))}</li>" for line in lines) + "</ul>")
        elif any("|" in line or "  " in line.strip() for line in lines):
            parts.append("<pre>" + html.escape(p) + "</pre>")
        else:
            parts.extend(f"<p>{html.escape(line)}</p>" for line in lines)
    nav = "".join(f"<li><a href='/{x.lower()}'>{x}</a></li>" for x in ("Home", "News", "Electric", "About us"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(head)} | Motor Daily</title></head>"
            f"<body><header><div class='logo'>Motor Daily</div><nav><ul>{nav}</ul></nav></header><main><article>"
            f"<h1>{html.escape(head)}</h1><p class='byline'>By Staff Reporter</p>{''.join(parts)}</article>"
            "<aside><h3>Most read</h3><ul><li><a href='/a'>Five SUVs to watch</a></li></ul></aside></main>"
            "<footer><p>© 2026 Motor Daily. All rights reserved.</p></footer></body></html>")


def _markdown(text: str, rng: random.Random) -> str:
    head, *body = _paragraphs(text)
    return "\n\n".join(["# " + head.strip(), "*Photo: company handout*", *body])


NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


def _markdown_links(text: str, rng: random.Random) -> str:
    """A read-later tool's Markdown: names linked to their pages or set in bold, a picture between paragraphs."""
    def marked(m: re.Match) -> str:
        name, pick = m.group(0), rng.random()
        if pick < 0.3:
            return f"[{name}](https://example.com/wiki/{name.replace(' ', '_')})"
        return f"**{name}**" if pick < 0.45 else name

    head, *body = _paragraphs(text)
    body = [NAME.sub(marked, p) for p in body]
    return "\n\n".join(["# " + head.strip(), "![A picture of the plant](https://example.com/plant.jpg)", *body])


def _unicode(text: str, rng: random.Random) -> str:
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(\d),(\d{3})\b", "\\1\u202f\\2", text)
    return text.replace(" - ", " \u2013 ")


def _cruft(text: str, rng: random.Random) -> str:
    out = []
    for i, p in enumerate(_paragraphs(text)):
        out.append(p)
        if i and i % 2 == 0:
            out.append(rng.choice(CRUFT))
    return "\n\n".join(out)


SHAPES: dict[str, Callable[[str, random.Random], str]] = {
    "as written": lambda text, rng: text,
    "wrapped": _wrap,
    "hyphenated": lambda text, rng: _wrap(text, rng, hyphenate=True),
    "html": _html,
    "markdown": _markdown,
    "markdown_links": _markdown_links,
    "unicode": _unicode,
    "single_newline": lambda text, rng: "\n".join(_paragraphs(text)),
    "cruft": _cruft,
    "blob": lambda text, rng: " ".join(line.strip() for line in text.split("\n") if line.strip()),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(scorer, gold_dir: Path, predictions: dict[str, dict]) -> float:
    import json

    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = Path(gold.get("article", gold_file.stem + ".txt")).name
        scorer.score_article(gold, predictions.get(name, {}), counts, [], name)
    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    return scorer.prf(total)[2]


def shaped(article: Article, shape: str, rng: random.Random) -> Article:
    text = SHAPES[shape](article.text, rng)
    if shape in ("html", "markdown", "markdown_links"):  # read as an uploaded file is: through its reader
        suffix = ".html" if shape == "html" else ".md"
        arts, _errors = read_upload(article.name[:-4] + suffix, text.encode("utf-8"))
        return make_article(article.name, arts[0].text if arts else "")
    return make_article(article.name, text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", help="set names (tests/<set>_articles); default: every tuning set")
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    args = ap.parse_args()
    scorer = _scorer()
    sets = args.sets or sorted(p.name[: -len("_articles")] for p in (ROOT / "tests").glob("*_articles")
                               if p.name[: -len("_articles")] not in UNSEEN and (ROOT / "tests" / (p.name[:-9] + "_gold")).is_dir())
    articles = {s: read_files(sorted((ROOT / "tests" / f"{s}_articles").glob("*.txt")))[0] for s in sets}
    print(f"Mean F1 over {len(sets)} tuning sets ({sum(map(len, articles.values()))} articles), each rewritten into a shape.")
    shapes = ["as written", *[s for s in args.shapes if s != "as written"]]
    for shape in shapes:
        start, scores = time.perf_counter(), []
        for s, arts in articles.items():
            rng = random.Random(f"{shape}/{s}")
            shaped_arts = [shaped(a, shape, rng) for a in arts]
            predictions = {Path(f.article).name: f.to_format() for f in extract_articles(shaped_arts)}
            scores.append(_f1(scorer, ROOT / "tests" / f"{s}_gold", predictions))
        mean = sum(scores) / len(scores)
        print(f"  {shape:<15} {mean:.3f}   lowest set {min(scores):.3f}   ({time.perf_counter() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
