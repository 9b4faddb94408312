"""Command line: python -m core extract|ingest|reextract|stats."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_extract(args: argparse.Namespace) -> int:
    from core.extract import extract_articles, read_paths

    articles = read_paths(args.paths)
    facts = [f.to_format() for f in extract_articles(articles)]
    text = json.dumps(facts, ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description="Autowatch: facts from automotive news.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print facts JSON (FORMAT.md) for article files and folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--out", type=Path, help="write to this file instead of stdout")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
