"""Markdown articles read as the plain text of their lines: links as their words, marks dropped, blocks kept."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest import read_upload
from core.markdown import markdown_to_text


def test_links_emphasis_and_code_read_as_their_words():
    text = ('**Velmora** will build a plant in Georgetown, [Kentucky](https://example.com/ky "KY"), with '
            "__2,000__ *new* `jobs` and a [second site][1] later.\n\n[1]: https://example.com/second")
    assert markdown_to_text(text) == ("Velmora will build a plant in Georgetown, Kentucky, with 2,000 new jobs and a "
                                      "second site later.\n")


def test_block_marks_stay_headings_are_their_words_and_pictures_go():
    text = "# Plant news\n\n![The plant at dusk](img/plant.jpg)\n\n* One [item](u)\n- Two\n> Quoted **words**\n1. First"
    assert markdown_to_text(text) == "Plant news\n\n\n* One item\n- Two\n> Quoted words\n1. First"
    assert markdown_to_text("## Kestrel in *Pune* ##\nText.") == "Kestrel in Pune\nText."


def test_tables_keep_their_pipes_and_rules():
    text = "| Plant | Capacity |\n|---|---:|\n| [Zilina](http://x) | **350,000** |"
    assert markdown_to_text(text) == "| Plant | Capacity |\n|---|---:|\n| Zilina | 350,000 |"


def test_escapes_entities_and_raw_html_as_text():
    # raw HTML is kept as text: the Articles page shows it escaped
    assert markdown_to_text(r"US\$14m for R&amp;D, <script>alert(1)</script>") == "US$14m for R&D, <script>alert(1)</script>"


def test_fenced_code_and_plain_text_are_left_as_written():
    fenced = "```\n**not** [touched](x)\n```"
    assert markdown_to_text(fenced) == fenced
    plain = "Kestrel Motors said on Monday it would add a third shift at its Pune plant.\n\nIt employs 1,800 people."
    assert markdown_to_text(plain) == plain


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_text_line_for_line(text):
    """Whatever the file holds, a text comes back, with as many lines or fewer (reference definitions go)."""
    out = markdown_to_text(text)
    assert isinstance(out, str) and out.count("\n") <= text.count("\n")


def test_a_markdown_article_is_read_as_its_words(nlp):
    """A linked place is the place, not the link's address; the stored text is what the analyst reads."""
    md = ("---\ntitle: Velmora to build in Kentucky\n---\n"
          "**Velmora Motors** will build a plant in Georgetown, [Kentucky](https://example.com/kentucky), "
          "creating 300 jobs.\n")
    arts, errors = read_upload("velmora.md", md.encode())
    assert errors == [] and "](" not in arts[0].text and "**" not in arts[0].text
    from core.extract import extract_articles

    facts = list(extract_articles(arts))[0]
    plants = [(p.site, p.country, p.jobs) for p in facts.plants]
    assert plants == [("Georgetown, Kentucky", "United States", 300)]
