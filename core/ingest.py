"""Files in, articles stored: reading each kind of file, checking bad input, batching writes.

Every file is read and checked on its own; a bad one becomes an `IngestError` (file and
reason) and the rest go in. Parsing runs outside any database lock; each batch of parsed
articles is written in one transaction, so an interrupted ingest keeps every batch that
committed and never leaves half an article behind.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.articles import METADATA_FILE, Article, make_article, read_metadata
from core.dates import iso_or_empty, published_in_text
from core.extract import extract_safely
from core.facts import ArticleFacts
from core.markdown import markdown_to_text

MAX_BYTES = 5 * 1024 * 1024  # per article: a file, or one line of a .jsonl feed
MAX_FEED_BYTES = 2 * 1024 * 1024 * 1024  # a .jsonl feed as a whole
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
BATCH_SIZE = int(os.environ.get("AUTOWATCH_BATCH_SIZE", "256"))
PARALLEL_FROM = 200  # articles: below this one process parses faster than starting workers
META_KEYS = ("title", "source", "url", "published")


@dataclass
class IngestError:
    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # ids of the articles written
    frames_s: float = 0.0  # time spent saving the frames for the app at the end (core.frames.save_frames)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, object]:
        return {"new": self.new, "duplicate": self.duplicate, "failed": self.failed}


class BadInput(ValueError):
    """A file that cannot become an article; the message is the reason shown to the user."""


# --- decoding and checks ----------------------------------------------------------------------


def _too_large(size: int, limit: int = MAX_BYTES) -> BadInput:
    return BadInput(f"larger than the {limit // (1024 * 1024)} MB limit ({size / 1048576:.1f} MB)")


def decode(data: bytes, limit: int = MAX_BYTES) -> tuple[str, str | None]:
    """Text of a file's bytes and a warning when it was not UTF-8. Raises BadInput."""
    if not data or not data.strip():
        raise BadInput("empty file")
    if len(data) > limit:
        raise _too_large(len(data), limit)
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc)), None if enc == "utf-8-sig" else f"decoded as {enc}"
            except UnicodeDecodeError as exc:
                raise BadInput(f"undecodable text ({enc} byte order mark, {exc.reason})") from exc
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise BadInput("binary file, not text")
    try:
        return _check_text(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BadInput("undecodable text: not UTF-8 and no other encoding fits")
    text = str(best)
    sample = text[:20000]
    spaces = sum(c.isspace() for c in sample) / max(len(sample), 1)
    if best.chaos > 0.3 or spaces < 0.05:  # a "decoding" without words is noise
        raise BadInput(f"undecodable text: not UTF-8, and as {best.encoding} it is not prose")
    return _check_text(text), f"not UTF-8: decoded as {best.encoding}"


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


def _check_text(text: str) -> str:
    if not text.strip():
        raise BadInput("empty file")
    sample = text[:20000]
    odd = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f"))
    if odd / len(sample) > 0.05:
        raise BadInput("binary file, not text")
    return text


def html_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page (trafilatura): navigation, ads and scripts fall away. Tables in the
    article stay, written as markdown pipe tables ("| Plant | Capacity |" over "|---|---|"), which core.nlp.tables reads."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, with_metadata=True)
    if doc is None:
        raise BadInput("no article text in HTML (only scripts, markup or navigation)")
    get = doc.get if isinstance(doc, dict) else (lambda k, default=None: getattr(doc, k, default))
    text = (get("text") or "").strip()
    if len(text) < 40:
        raise BadInput("no article text in HTML (only scripts, markup or navigation)")
    meta = {"title": get("title") or "", "source": get("sitename") or "", "url": get("url") or "",
            "published": get("date") or ""}
    return text, {k: str(v) for k, v in meta.items() if v}


def markdown_text(text: str) -> tuple[str, dict[str, str]]:
    """The text of a Markdown article (core.markdown: links read as their words, marks dropped) and the metadata of
    its front matter (title, source, url, published or date)."""
    import frontmatter

    try:
        post = frontmatter.loads(text)
    except Exception:  # malformed front matter: the file is still an article
        return markdown_to_text(text), {}
    meta = {k: str(post.metadata[k]) for k in META_KEYS if post.metadata.get(k) not in (None, "")}
    if "date" in post.metadata and "published" not in meta:
        meta["published"] = str(post.metadata["date"])
    return markdown_to_text(post.content), meta


def _meta(meta: dict[str, str]) -> dict[str, str]:
    out = {k: str(meta.get(k) or "").strip() for k in META_KEYS}
    if out["published"]:
        out["published"] = iso_or_empty(out["published"])
    return out


def _article(name: str, text: str, meta: dict[str, str]) -> Article:
    """The article with its metadata; without a published date given, the one the page prints above the story."""
    if not text.strip():
        raise BadInput("no text")
    fields = _meta(meta)
    if not fields["published"]:
        fields["published"] = published_in_text(text)
    return make_article(name, text, **fields)


def read_upload(name: str, data: bytes, meta: dict[str, str] | None = None) -> tuple[list[Article], list[IngestError]]:
    """Articles in one file's bytes (by its name's suffix), with the same checks as files on disk."""
    articles, errors, _warning = _read_bytes(name, data, meta)
    return articles, errors


def _read_bytes(
    name: str, data: bytes, meta: dict[str, str] | None = None
) -> tuple[list[Article], list[IngestError], str | None]:
    suffix = Path(name).suffix.lower()
    try:
        if suffix not in SUFFIXES:
            raise BadInput(f"unsupported file type {suffix or '(none)'}: use .txt, .md, .html or .jsonl")
        text, warning = decode(data, MAX_FEED_BYTES if suffix == ".jsonl" else MAX_BYTES)
        if suffix == ".jsonl":
            return (*_read_jsonl(name, text), warning)
        extra: dict[str, str] = {}
        if suffix in (".md", ".markdown"):
            text, extra = markdown_text(text)
        elif suffix in (".html", ".htm"):
            text, extra = html_text(text)
        article = _article(Path(name).name, text, {**extra, **{k: v for k, v in (meta or {}).items() if v}})
        return [article], [], warning
    except BadInput as exc:
        return [], [IngestError(name, str(exc))], None


def _read_jsonl(name: str, text: str) -> tuple[list[Article], list[IngestError]]:
    return _jsonl_articles(name, enumerate(text.split("\n"), start=1))


def _jsonl_articles(name: str, lines: Iterable[tuple[int, str]]) -> tuple[list[Article], list[IngestError]]:
    """Articles and per-line errors ("feed.jsonl:3") of numbered JSON Lines (split on "\n" only:
    a U+2028 inside a JSON string is text, not a line break)."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    for n, line in lines:
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{name}:{n}"
        if len(line) > MAX_BYTES:
            errors.append(IngestError(where, str(_too_large(len(line.encode("utf-8"))))))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(IngestError(where, f"not JSON ({exc.msg})"))
            continue
        if not isinstance(obj, dict):
            errors.append(IngestError(where, "not a JSON object"))
            continue
        body = obj.get("text") or obj.get("body") or obj.get("content")
        if not isinstance(body, str) or not body.strip():
            errors.append(IngestError(where, "no text field"))
            continue
        meta = {k: str(obj[k]) for k in META_KEYS if obj.get(k) not in (None, "")}
        if "published" not in meta and obj.get("date"):
            meta["published"] = str(obj["date"])
        label = str(obj.get("name") or obj.get("file") or obj.get("id") or f"{Path(name).name}:{n}")
        try:
            articles.append(_article(label, body, meta))
        except BadInput as exc:
            errors.append(IngestError(where, str(exc)))
    return articles, errors


STREAM_HEAD = 64 * 1024  # a .jsonl file larger than this is read line by line, never held whole


class _NotUtf8(Exception):
    """A streamed feed that is not UTF-8 after all: read it whole, so its encoding can be detected."""


def _read_jsonl_file(path: Path) -> tuple[list[Article], list[IngestError], str | None]:
    """A .jsonl feed on disk, one line at a time: memory is the articles, not the file three times over
    (bytes, text, lines). The checks of `decode` (binary, empty) run on the file's head; a feed that is
    not UTF-8 (a UTF-16 byte order mark, or an undecodable line) is read whole by `_read_bytes` instead."""
    name = str(path)
    with path.open("rb") as fh:
        head = fh.read(STREAM_HEAD)
        if len(head) < STREAM_HEAD or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _read_bytes(name, head + fh.read())  # small, or not UTF-8: whole
        try:
            import codecs

            sample = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        except UnicodeDecodeError:
            return _read_bytes(name, head + fh.read())
        try:
            if b"\x00" in head[:8192] or _control_ratio(head[:8192]) > 0.1:
                raise BadInput("binary file, not text")
            if sample.strip():
                _check_text(sample)
        except BadInput as exc:
            return [], [IngestError(name, str(exc))], None
        fh.seek(0)

        def lines():
            for n, raw in enumerate(fh, start=1):
                try:
                    text = raw.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise _NotUtf8 from exc
                yield n, text.removesuffix("\n")

        try:
            articles, errors = _jsonl_articles(name, lines())
        except _NotUtf8:
            fh.seek(0)
            return _read_bytes(name, fh.read())
    if not articles and not errors:
        return [], [IngestError(name, "empty file")], None
    return articles, errors, None


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[IngestError]]:
    """Article files under the given files and folders (recursively), sorted; missing paths are errors."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        elif path.is_file():
            files.append(path)
        else:
            errors.append(IngestError(str(path), "no such file or folder"))
    return list(dict.fromkeys(files)), errors


def read_files(files: Sequence[Path]) -> tuple[list[Article], list[IngestError], list[IngestError]]:
    """Articles, errors and warnings (non-UTF-8 text that was decoded) for files on disk."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    warnings: list[IngestError] = []
    meta_cache: dict[Path, dict[str, dict[str, str]]] = {}
    for f in files:
        if f.name == METADATA_FILE:
            continue
        try:
            size = f.stat().st_size
            limit = MAX_FEED_BYTES if f.suffix.lower() == ".jsonl" else MAX_BYTES
            if size > limit:
                raise _too_large(size, limit)
            # a feed is read line by line (its metadata is per line, not from the folder's metadata file)
            feed = _read_jsonl_file(f) if f.suffix.lower() == ".jsonl" else None
            data = f.read_bytes() if feed is None else b""
        except BadInput as exc:
            errors.append(IngestError(str(f), str(exc)))
            continue
        except OSError as exc:
            errors.append(IngestError(str(f), f"cannot read: {exc.strerror or exc}"))
            continue
        if f.parent not in meta_cache:
            try:
                meta_cache[f.parent] = read_metadata(f.parent)
            except (OSError, UnicodeDecodeError, KeyError, ValueError):
                meta_cache[f.parent] = {}
        arts, errs, warning = feed or _read_bytes(str(f), data, meta=meta_cache[f.parent].get(f.name))
        if warning:
            warnings.append(IngestError(str(f), warning))
        articles.extend(arts)
        errors.extend(errs)
    return articles, errors, warnings


# --- orchestration --------------------------------------------------------------------------


Progress = Callable[[int, int], None]  # (done, total)


def _bar(total: int, progress: bool | Progress | None, desc: str):
    if callable(progress) or not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="article", file=sys.stderr, dynamic_ncols=True)


def _default_processes(n: int) -> int:
    return max(1, min(os.cpu_count() or 1, 2)) if n >= PARALLEL_FROM else 1


def ingest_articles(
    articles: list[Article],
    db_path: str | os.PathLike[str] | None = None,
    progress: bool | Progress | None = None,
    n_process: int | None = None,
    batch_size: int = BATCH_SIZE,
    replace: bool = False,
    desc: str = "ingest",
    gazetteer: str = "default",
    save_frames: bool = True,
) -> IngestSummary:
    """Parse and store articles; already stored ones count as duplicates (or are re-parsed with replace).

    ``gazetteer`` names the registered gazetteer to parse with (see core.curation for curated ones).
    When something was written, the frames are saved for the app once at the end (``save_frames``;
    a caller that still holds large inputs passes False and calls `finish` after dropping them).
    """
    from core import store

    summary = IngestSummary()
    total = len(articles)
    if replace:
        todo = articles
    else:
        known = store.stored_ids(db_path)
        todo, seen = [], set(known)
        for a in articles:
            if a.id in seen:
                summary.duplicate += 1
            else:
                seen.add(a.id)
                todo.append(a)
    bar = _bar(total, progress, desc)
    done = total - len(todo)
    if bar is not None:
        bar.update(done)
        bar.set_postfix(new=0, duplicate=summary.duplicate, failed=0)

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if bar is not None:
            bar.update(n)
            bar.set_postfix(new=summary.new, duplicate=summary.duplicate, failed=summary.failed, refresh=False)
        elif callable(progress):
            progress(done, total)

    def failed(art: Article, exc: Exception) -> None:
        summary.failed += 1
        summary.errors.append(IngestError(art.name, f"parse failed: {type(exc).__name__}: {exc}"))
        tick(1)

    def flush(batch: list[tuple[Article, ArticleFacts]]) -> None:
        try:
            written, dupes = store.write_batch(db_path, batch, replace=replace, save_frames=False)
        except Exception as exc:
            summary.failed += len(batch)
            summary.errors.extend(IngestError(a.name, f"store failed: {type(exc).__name__}: {exc}") for a, _ in batch)
        else:
            summary.new += len(written)
            summary.duplicate += len(dupes)
            summary.ids.extend(written)
        tick(len(batch))

    if todo:
        procs = n_process if n_process is not None else _default_processes(len(todo))
        batch: list[tuple[Article, ArticleFacts]] = []
        try:
            for pair in extract_safely(todo, failed, n_process=procs, gazetteer=gazetteer):
                batch.append(pair)
                if len(batch) >= batch_size:
                    flush(batch)
                    batch = []
            if batch:
                flush(batch)
        finally:
            if bar is not None:
                bar.close()
    elif bar is not None:
        bar.close()
    if save_frames:
        finish(summary, db_path)
    if callable(progress):
        progress(total, total)
    return summary


def finish(summary: IngestSummary, db_path: str | os.PathLike[str] | None = None) -> None:
    """Save the frames for the app once for a whole ingest (not per batch), when it wrote anything."""
    from core import store

    if summary.new:
        t = time.perf_counter()
        store.save_frames_quietly(db_path)
        summary.frames_s = time.perf_counter() - t


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    db_path: str | os.PathLike[str] | None = None,
    progress: bool | Progress | None = True,
    n_process: int | None = None,
    batch_size: int = BATCH_SIZE,
    gazetteer: str = "default",
) -> IngestSummary:
    """Read files and folders, store what can be read; read failures are in the summary's errors."""
    files, errors = collect_files(paths)
    articles, read_errors, warnings = read_files(files)
    summary = ingest_articles(articles, db_path=db_path, progress=progress, n_process=n_process, batch_size=batch_size,
                              gazetteer=gazetteer, save_frames=False)
    del articles  # the texts of a large feed: gone before the frames are built
    finish(summary, db_path)
    summary.errors = errors + read_errors + summary.errors
    summary.failed += len(errors) + len(read_errors)
    summary.warnings = warnings
    return summary


def reextract(
    db_path: str | os.PathLike[str] | None = None,
    progress: bool | Progress | None = True,
    n_process: int | None = None,
    batch_size: int = BATCH_SIZE,
    gazetteer: str = "default",
) -> IngestSummary:
    """Parse every stored article again (after the gazetteer changed) and swap its facts, per batch."""
    from core import store

    articles = store.stored_articles(db_path)
    summary = ingest_articles(
        articles, db_path=db_path, progress=progress, n_process=n_process, batch_size=batch_size, replace=True,
        desc="reextract", gazetteer=gazetteer, save_frames=False,
    )
    del articles
    finish(summary, db_path)
    return summary
