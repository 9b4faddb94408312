"""ArticleReader is composed of one mixin per kind of fact (core/nlp/relations/): a method defined in two of them, or
twice in one, would silently lose to the other by the method resolution order, so every name is defined once."""
from __future__ import annotations

import ast
import inspect
from collections import defaultdict
from pathlib import Path

from core.nlp.relations import ArticleReader

PACKAGE = Path(__file__).resolve().parent.parent / "core" / "nlp" / "relations"
CLASS_DUNDERS = frozenset(["__module__", "__qualname__", "__doc__", "__dict__", "__weakref__", "__firstlineno__",
                           "__static_attributes__"])


def _attributes_defined_twice(cls: type) -> dict[str, list[str]]:
    """Attributes that two classes of cls's MRO (cls itself included, object left out) each define."""
    classes_of: dict[str, list[str]] = defaultdict(list)
    for klass in cls.__mro__[:-1]:
        for name in vars(klass):
            if name not in CLASS_DUNDERS:
                classes_of[name].append(klass.__name__)
    return {name: classes for name, classes in classes_of.items() if len(classes) > 1}


def test_article_reader_is_made_of_mixins():
    assert len(ArticleReader.__mro__) > 10
    assert all(inspect.getmodule(k).__name__.startswith("core.nlp.relations.") for k in ArticleReader.__mro__[:-1])


def test_no_attribute_is_defined_by_two_mixins():
    assert _attributes_defined_twice(ArticleReader) == {}


def test_an_attribute_defined_by_two_mixins_is_found():
    class Plants:
        def _models(self): ...

    class Models:
        def _models(self): ...

    class Reader(Plants, Models):
        pass

    assert _attributes_defined_twice(Reader) == {"_models": ["Plants", "Models"]}


def test_no_class_of_the_package_defines_a_name_twice():
    """A second def of one name in one class body replaces the first as silently as the MRO does."""
    twice = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [n.name for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
                twice += [f"{path.name}:{node.name}.{n}" for n in sorted(set(names)) if names.count(n) > 1]
    assert twice == []
