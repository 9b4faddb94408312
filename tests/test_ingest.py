"""Reading each kind of file, each kind of bad input, and the ingest / reextract commands."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core import ingest, store
from core.ingest import MAX_BYTES, collect_files, ingest_articles, ingest_paths, read_files, read_upload

ROOT = Path(__file__).resolve().parent.parent
BODY = "Hyundai will add a second shift at its plant in Chennai, India, lifting output to 850,000 cars a year."

HTML = f"""<!doctype html><html><head><title>Hyundai adds a shift in Chennai</title>
<meta property="article:published_time" content="2024-06-01"><script>var ads = [1,2,3];</script></head>
<body><nav><ul><li>Home</li><li>Subscribe to our newsletter</li><li>Advertise with us</li></ul></nav>
<div class="ad">Buy tyres now! Limited offer!</div>
<article><h1>Hyundai adds a shift in Chennai</h1><p>{BODY}</p>
<p>The company said the move would create 1,500 jobs at the site over the next two years.</p></article>
<footer>Copyright 2024 Example Media. All rights reserved. Cookie settings.</footer></body></html>"""

SCRIPTS_ONLY = "<html><head><script>" + "var x = 1;" * 2000 + "</script></head><body><script>track()</script></body></html>"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.fixture
def blank_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store tests that are not about extraction run without the spaCy pipeline."""
    import core.extract
    from core.facts import ArticleFacts

    monkeypatch.setattr(core.extract, "extract_articles", lambda arts, **kw: (ArticleFacts(a.name) for a in arts))


# --- each kind of file ------------------------------------------------------------------------


def test_txt_with_metadata_row(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", BODY)
    write(tmp_path / "articles.csv", "file,title,source,url,published\none.txt,Chennai shift,Autocar,http://x,2024-06-01\n")
    arts, errors, _ = read_files(collect_files([tmp_path])[0])
    assert errors == [] and len(arts) == 1
    a = arts[0]
    assert (a.name, a.title, a.source, a.url, a.published) == ("one.txt", "Chennai shift", "Autocar", "http://x", "2024-06-01")


def test_markdown_front_matter() -> None:
    md = f"---\ntitle: Chennai shift\nsource: Autocar\npublished: 1 June 2024\n---\n{BODY}\n"
    arts, errors = read_upload("x.md", md.encode())
    assert errors == [] and arts[0].title == "Chennai shift" and arts[0].published == "2024-06-01"
    assert arts[0].text == BODY


def test_markdown_without_front_matter() -> None:
    arts, errors = read_upload("x.md", f"# Heading\n\n{BODY}".encode())
    assert errors == [] and BODY in arts[0].text and arts[0].title == ""


def test_html_main_text_without_navigation_or_ads() -> None:
    arts, errors = read_upload("page.html", HTML.encode())
    assert errors == []
    text = arts[0].text
    assert "second shift" in text and "1,500 jobs" in text
    for junk in ("Subscribe", "Buy tyres", "Cookie", "var ads"):
        assert junk not in text
    assert arts[0].title == "Hyundai adds a shift in Chennai"


def test_jsonl_lines_with_metadata_and_bad_lines() -> None:
    lines = [
        json.dumps({"text": BODY, "title": "One", "published": "2024-06-01", "source": "Autocar"}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY + " Second article.", "name": "second"}),
        json.dumps(["a list"]),
    ]
    arts, errors = read_upload("feed.jsonl", "\n".join(lines).encode())
    assert [a.title for a in arts] == ["One", ""] and arts[1].name == "second" and arts[0].published == "2024-06-01"
    assert [e.file for e in errors] == ["feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:6"]
    assert "not JSON" in errors[0].reason and "no text" in errors[1].reason


def test_a_large_feed_is_read_line_by_line_with_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        json.dumps({"text": BODY, "title": "One", "published": "2024-06-01"}),
        "",
        "{not json",
        json.dumps({"text": BODY + " Line\u2028separator inside a string.", "name": "ls"}, ensure_ascii=False),
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY + " Third.", "name": "third"}) + "\r",  # CRLF line end
    ]
    data = ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")
    feed = write(tmp_path / "feed.jsonl", data)
    monkeypatch.setattr(ingest, "STREAM_HEAD", 64)  # stream a small file
    monkeypatch.setattr(ingest, "_read_bytes", None)  # never read whole
    arts, errors, warnings = read_files([feed])
    assert [a.name for a in arts] == ["feed.jsonl:1", "ls", "third"] and "separator inside" in arts[1].text
    assert [e.file for e in errors] == [f"{feed}:3", f"{feed}:5"] and warnings == []
    monkeypatch.undo()
    upload_arts, upload_errors = read_upload(str(feed), data)
    assert [a.id for a in upload_arts] == [a.id for a in arts] and upload_errors == errors


def test_a_large_feed_that_is_not_utf8_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "STREAM_HEAD", 64)
    good = json.dumps({"text": BODY, "name": "a"})
    later = json.dumps({"text": "Renault’s plant in Bursa will build 300,000 Clio cars — a “record”.", "name": "b"},
                       ensure_ascii=False)
    feed = write(tmp_path / "cp.jsonl", "\n".join([good] * 3 + [later]).encode("cp1252"))
    arts, errors, warnings = read_files([feed])
    assert errors == [] and [a.name for a in arts] == ["a", "a", "a", "b"] and "Renault’s" in arts[3].text
    assert len(warnings) == 1 and "not UTF-8" in warnings[0].reason
    binary = write(tmp_path / "bin.jsonl", bytes(range(256)) * 4)
    blank = write(tmp_path / "blank.jsonl", b"\n" * 200)
    arts, errors, _ = read_files([binary, blank])
    assert arts == [] and [(e.file, e.reason) for e in errors] == [
        (str(binary), "binary file, not text"), (str(blank), "empty file")]


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("image.txt", bytes(range(256)) * 40, "binary"),
        ("pdf.md", b"%PDF-1.7\n" + bytes([0, 1, 2, 3, 200, 201]) * 500, "binary"),
        ("big.txt", b"a" * (MAX_BYTES + 1), "5 MB"),
        ("scripts.html", SCRIPTS_ONLY.encode(), "no article text"),
        ("garbage.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xFF, 0xFE, 0xC0]) * 300, "undecodable"),
        ("notes.docx", b"PK\x03\x04 zip", "unsupported"),
        ("bad.jsonl", b"\xff\xfe\x00", "undecodable"),
    ],
)
def test_bad_input_is_reported_with_reason(name: str, data: bytes, reason: str) -> None:
    arts, errors = read_upload(name, data)
    assert arts == []
    assert len(errors) == 1 and errors[0].file == name
    assert reason in errors[0].reason, errors[0].reason


def test_size_limit_is_per_article_in_a_jsonl_feed() -> None:
    small = json.dumps({"text": BODY})
    big = json.dumps({"text": "word " * (MAX_BYTES // 5 + 10)})
    arts, errors = read_upload("feed.jsonl", "\n".join([small, big, small + " "]).encode())
    assert len(arts) == 2 and [e.file for e in errors] == ["feed.jsonl:2"] and "5 MB" in errors[0].reason


def test_non_utf8_text_is_detected_and_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Renault’s plant in Bursa, Türkiye, will build 300,000 Clio cars a year — a “record”, said the company. " * 3
    write(tmp_path / "cp1252.txt", text.replace("ü", "u").encode("cp1252"))
    arts, errors, warnings = read_files([tmp_path / "cp1252.txt"])
    assert errors == [] and "Renault’s plant" in arts[0].text
    assert len(warnings) == 1 and "not UTF-8" in warnings[0].reason


def test_bad_files_are_reported_and_the_rest_go_in(tmp_path: Path, blank_parser: None) -> None:
    src = tmp_path / "in"
    write(src / "good1.txt", BODY)
    write(src / "good2.md", "---\ntitle: Two\n---\nToyota will build the Corolla in Wuhan, China.")
    write(src / "page.html", HTML)
    write(src / "empty.txt", b"")
    write(src / "binary.txt", bytes(range(256)) * 10)
    write(src / "scripts.html", SCRIPTS_ONLY)
    write(src / "ignored.png", b"\x89PNG")  # unknown kinds inside a folder are skipped, not failures
    db = tmp_path / "s.duckdb"
    summary = ingest_paths([src, tmp_path / "missing.txt"], db_path=db, progress=False)
    assert (summary.new, summary.duplicate, summary.failed) == (3, 0, 4)
    failed = {Path(e.file).name: e.reason for e in summary.errors}
    assert set(failed) == {"empty.txt", "binary.txt", "scripts.html", "missing.txt"}
    assert store.table_counts(db)["articles"] == 3


def test_interrupted_ingest_keeps_committed_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank_parser: None
) -> None:
    from core.articles import make_article

    arts = [make_article(f"{i}.txt", f"{BODY} Article number {i}.") for i in range(10)]
    db = tmp_path / "s.duckdb"
    calls = {"n": 0}
    real = store.write_batch

    def interrupt_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "write_batch", interrupt_third)
    with pytest.raises(KeyboardInterrupt):
        ingest_articles(arts, db_path=db, batch_size=3, progress=False)
    monkeypatch.setattr(store, "write_batch", real)
    assert store.table_counts(db)["articles"] == 6
    summary = ingest_articles(arts, db_path=db, batch_size=3, progress=False)  # resume
    assert (summary.new, summary.duplicate) == (4, 6)


def test_ingest_saves_the_frames_once_at_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank_parser: None
) -> None:
    import core.frames
    from core.articles import make_article

    arts = [make_article(f"{i}.txt", f"{BODY} Article number {i}.") for i in range(7)]
    db = tmp_path / "s.duckdb"
    saves, real = [], core.frames.save_frames
    monkeypatch.setattr(core.frames, "save_frames", lambda db_path=None: saves.append(db_path) or real(db_path))
    summary = ingest_articles(arts, db_path=db, batch_size=3, progress=False)
    assert summary.new == 7 and len(saves) == 1  # three batches, one save
    assert (core.frames._snapshot_dir(db, store.store_version(db)) / "complete").exists()
    assert ingest_articles(arts, db_path=db, batch_size=3, progress=False).duplicate == 7
    assert len(saves) == 1  # nothing written, nothing to save


def test_parse_failure_of_one_article_spares_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.extract
    from core.articles import make_article
    from core.facts import ArticleFacts

    def extract(articles, n_process=1, batch_size=32):
        for a in articles:
            if "poison" in a.text:
                raise ValueError("parser crashed")
            yield ArticleFacts(a.name)

    monkeypatch.setattr(core.extract, "extract_articles", extract)
    arts = [make_article(f"{i}.txt", f"{BODY} {i} {'poison' if i == 2 else ''}") for i in range(5)]
    summary = ingest_articles(arts, db_path=tmp_path / "s.duckdb", progress=False)
    assert (summary.new, summary.failed) == (4, 1) and "parser crashed" in summary.errors[0].reason


def test_progress_callback_reaches_total(tmp_path: Path, blank_parser: None) -> None:
    from core.articles import make_article

    seen = []
    arts = [make_article(f"{i}.txt", f"{BODY} {i}") for i in range(5)]
    ingest_articles(arts, db_path=tmp_path / "s.duckdb", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)


# --- the commands -----------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=240)


def test_cli_ingest_is_idempotent_and_exit_status(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src / "a.txt", BODY)
    write(src / "b.md", "---\ntitle: B\n---\nToyota will build the Corolla in Wuhan, China.")
    write(src / "c.jsonl", json.dumps({"text": "Kia builds the Sportage in Zilina, Slovakia."}) + "\n")
    db = str(tmp_path / "s.duckdb")
    first = run_cli("ingest", str(src), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 duplicate, 0 failed" in first.stderr
    copy = write(tmp_path / "elsewhere" / "copy-of-a.txt", BODY + "\n\n")  # same article, other file
    second = run_cli("ingest", str(src), str(src / "a.txt"), str(copy), "--db", db)
    assert second.returncode == 0 and "0 new, 4 duplicate, 0 failed" in second.stderr
    write(src / "empty.txt", b"")
    third = run_cli("ingest", str(src), "--db", db, "--quiet")
    assert third.returncode == 2 and "empty.txt: empty file" in third.stderr
    assert "0 new, 3 duplicate, 1 failed" in third.stderr
    stats = json.loads(run_cli("stats", "--db", db).stdout)
    assert stats["articles"] == 3
    re = run_cli("reextract", "--db", db)
    assert re.returncode == 0 and "3 re-parsed, 0 failed" in re.stderr
    assert json.loads(run_cli("stats", "--db", db).stdout)["articles"] == 3


def test_reextract_replaces_facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.extract
    from core.facts import ArticleFacts

    db = tmp_path / "s.duckdb"
    write(tmp_path / "in" / "a.txt", BODY)
    monkeypatch.setattr(core.extract, "extract_articles", lambda arts, **kw: (ArticleFacts(a.name) for a in arts))
    ingest_paths([tmp_path / "in"], db_path=db, progress=False)
    assert store.table_counts(db)["companies"] == 0

    def extract(articles, n_process=1, batch_size=32):
        for a in articles:
            yield ArticleFacts(a.name, companies=["Hyundai"], countries=["India"])

    monkeypatch.setattr(core.extract, "extract_articles", extract)
    for _ in range(2):  # twice: facts are replaced, not added
        summary = ingest.reextract(db_path=db, progress=False)
        assert summary.new == 1 and summary.failed == 0
        counts = store.table_counts(db)
        assert counts["articles"] == 1 and counts["companies"] == 1 and counts["countries"] == 1


def test_a_text_without_metadata_takes_the_date_printed_above_its_story(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", f"Gulf Motor Ledger\nPublished: 3 March 2026\n{BODY}")
    write(tmp_path / "two.txt", f"Published: 3 March 2026\n{BODY} Again.")
    write(tmp_path / "articles.csv", "file,title,source,url,published\ntwo.txt,,,,2024-06-01\n")
    arts, errors, _ = read_files(collect_files([tmp_path])[0])
    assert errors == []
    assert {a.name: a.published for a in arts} == {"one.txt": "2026-03-03", "two.txt": "2024-06-01"}  # metadata wins
