"""Command line: python -m core extract|ingest|reextract|stats."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_extract(args: argparse.Namespace) -> int:
    """Facts JSON (FORMAT.md) for files and folders. Unreadable files are reported on stderr, the rest printed; an
    article the parser fails on is reported too and printed with no facts, so every readable article has its record."""
    from core.extract import extract_safely
    from core.facts import ArticleFacts
    from core.ingest import collect_files, read_files
    from core.nlp.pipeline import ModelNotInstalled, get_pipeline

    files, missing = collect_files(args.paths)
    articles, errors, warnings = read_files(files)
    for problem in [*missing, *errors, *warnings]:
        print(problem, file=sys.stderr)
    try:
        get_pipeline()
    except ModelNotInstalled as exc:
        print(exc, file=sys.stderr)
        return 2
    failed: list[str] = []

    def report(article, exc: Exception) -> None:
        failed.append(article.name)
        print(f"failed: {article.name}: the parser stopped on it ({type(exc).__name__}: {exc}); printed with no facts",
              file=sys.stderr)

    parsed = {id(art): f for art, f in extract_safely(articles, report)}
    facts = [(parsed.get(id(art)) or ArticleFacts(article=art.name)).to_format() for art in articles]
    for record in facts:
        record["article"] = Path(record["article"]).name
    text = json.dumps(facts, ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 2 if missing or errors or failed else 0


def _print_summary(summary, verb: str) -> None:
    for err in summary.errors:
        print(f"failed: {err}", file=sys.stderr)
    for warn in summary.warnings:
        print(f"warning: {warn}", file=sys.stderr)
    print(f"{verb}: {summary.new} new, {summary.duplicate} duplicate, {summary.failed} failed", file=sys.stderr)


def cmd_ingest(args: argparse.Namespace) -> int:
    from core.curation import curated_gazetteer
    from core.ingest import ingest_paths

    summary = ingest_paths(  # parsed with the analysts' curation decisions, like uploads in the app
        args.paths, db_path=args.db, progress=not args.quiet, n_process=args.n_process, batch_size=args.batch_size,
        gazetteer=curated_gazetteer(args.db),
    )
    _print_summary(summary, "ingest")
    return 0 if summary.ok else 2


def cmd_reextract(args: argparse.Namespace) -> int:
    from core.curation import curated_gazetteer
    from core.ingest import reextract

    summary = reextract(db_path=args.db, progress=not args.quiet, n_process=args.n_process, batch_size=args.batch_size,
                        gazetteer=curated_gazetteer(args.db))  # the gazetteer plus every curation decision
    for err in summary.errors:
        print(f"failed: {err}", file=sys.stderr)
    print(f"reextract: {summary.new} re-parsed, {summary.failed} failed", file=sys.stderr)
    return 0 if summary.ok else 2


def cmd_stats(args: argparse.Namespace) -> int:
    from core.store import table_counts

    sys.stdout.write(json.dumps(table_counts(args.db)) + "\n")
    return 0


def _store_options(p: argparse.ArgumentParser, writes: bool = True) -> None:
    p.add_argument("--db", type=Path, help="the store (default $AUTOWATCH_DB or data/autowatch.duckdb)")
    if writes:
        from core.ingest import BATCH_SIZE

        p.add_argument("--n-process", type=int, default=None, help="parser processes (default: 2 for large inputs)")
        p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="articles per transaction")
        p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description="Autowatch: facts from automotive news.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print facts JSON (FORMAT.md) for article files and folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--out", type=Path, help="write to this file instead of stdout")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="store articles (.txt, .md, .html, .jsonl files and folders)")
    p.add_argument("paths", nargs="+", type=Path)
    _store_options(p)
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("reextract", help="parse every stored article again (after the gazetteer changed)")
    _store_options(p)
    p.set_defaults(func=cmd_reextract)
    p = sub.add_parser("stats", help="print rows per table as one JSON object")
    _store_options(p, writes=False)
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
