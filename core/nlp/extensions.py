"""Doc/Span/Token extensions that carry Autowatch's annotations between components."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    if Doc.has_extension("facts"):
        return
    Doc.set_extension("boilerplate", default=None)  # list of (start_char, end_char) paragraphs
    Doc.set_extension("facts", default=None)  # core.facts.ArticleFacts without the article name
    Doc.set_extension("unresolved", default=None)  # list of core.facts.Unresolved
    Doc.set_extension("people", default=None)  # list of (name Span, role str, org str)
    Token.set_extension("is_boilerplate", default=False)
    Span.set_extension("canonical", getter=lambda span: span.ent_id_ or span.text)
    Span.set_extension("value", default=None)  # normalised number of a quantity
    Span.set_extension("unit", default=None)  # "USD", "hp", "l", "ha", "units/year", ...
    Span.set_extension("qualifier", default="")  # "at least", "around", "up to", ...
