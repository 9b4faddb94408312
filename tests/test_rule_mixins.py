"""ArticleReader is composed of one mixin per kind of fact (core/nlp/relations/), EntityResolver of one per kind of
entity (core/nlp/entity_rules/): a method defined in two of them, or twice in one, would silently lose to the other by
the method resolution order, so every name is defined once."""
from __future__ import annotations

import ast
import inspect
from collections import defaultdict
from pathlib import Path

import pytest

from core.nlp.entities import EntityResolver
from core.nlp.relations import ArticleReader

NLP = Path(__file__).resolve().parent.parent / "core" / "nlp"
# each rule class, the modules its classes come from, and the files whose classes are checked for a name defined twice
COMPOSED = [(ArticleReader, ("core.nlp.relations.",), sorted((NLP / "relations").glob("*.py"))),
            (EntityResolver, ("core.nlp.entity_rules.", "core.nlp.entities"),
             [NLP / "entities.py", *sorted((NLP / "entity_rules").glob("*.py"))])]
IDS = [cls.__name__ for cls, _, _ in COMPOSED]
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


@pytest.mark.parametrize(("cls", "modules", "files"), COMPOSED, ids=IDS)
def test_rule_class_is_made_of_mixins(cls, modules, files):
    assert len(cls.__mro__) > 4
    assert all(inspect.getmodule(k).__name__.startswith(modules) for k in cls.__mro__[:-1])


@pytest.mark.parametrize(("cls", "modules", "files"), COMPOSED, ids=IDS)
def test_no_attribute_is_defined_by_two_mixins(cls, modules, files):
    assert _attributes_defined_twice(cls) == {}


def test_an_attribute_defined_by_two_mixins_is_found():
    class Plants:
        def _models(self): ...

    class Models:
        def _models(self): ...

    class Reader(Plants, Models):
        pass

    assert _attributes_defined_twice(Reader) == {"_models": ["Plants", "Models"]}


@pytest.mark.parametrize(("cls", "modules", "files"), COMPOSED, ids=IDS)
def test_no_class_of_the_package_defines_a_name_twice(cls, modules, files):
    """A second def of one name in one class body replaces the first as silently as the MRO does."""
    twice = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [n.name for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
                twice += [f"{path.name}:{node.name}.{n}" for n in sorted(set(names)) if names.count(n) > 1]
    assert twice == []
