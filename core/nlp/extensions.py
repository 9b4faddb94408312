"""Doc/Span/Token extensions that carry Autowatch's annotations between components."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    if Doc.has_extension("facts"):
        return
    Doc.set_extension("boilerplate", default=None)  # list of (start_char, end_char) paragraphs
    # facts as plain data (dataclasses.asdict of core.facts.ArticleFacts), so Docs serialise
    Doc.set_extension("facts", default=None)
    Doc.set_extension("unresolved", default=None)  # core.facts.Unresolved, until relations folds them in
    Doc.set_extension("people", default=None)  # (name Span, role, org), until relations folds them in
    Token.set_extension("is_boilerplate", getter=_in_boilerplate)
    Span.set_extension("canonical", getter=lambda span: span.ent_id_ or span.text)
    Span.set_extension("value", default=None)  # normalised number of a quantity
    Span.set_extension("unit", default=None)  # "USD", "hp", "l", "ha", "units/year", ...
    Span.set_extension("qualifier", default="")  # "at least", "around", "up to", ...


def _in_boilerplate(token: Token) -> bool:
    return any(start <= token.idx < end for start, end in token.doc._.boilerplate or ())
