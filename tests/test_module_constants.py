"""No module of core/ binds one module-level name twice: merged branches once each added a POWERTRAIN_WORDS to
core/nlp/relations.py, and the second silently replaced the first for every rule written against it. A package split
from one module (core/nlp/relations/) binds each name in one of its modules only, so a word list has one definition."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "core"
SPLIT_PACKAGES = [CORE / "nlp" / "relations", CORE / "nlp" / "entity_rules"]  # packages made of one module: a name defined twice there is a fork


def _module_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_no_module_level_name_is_bound_twice(path: Path):
    names = _module_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_a_second_binding_is_found():
    assert _module_level_names(ast.parse("A = 1\nB = 2\nA = 3\n")).count("A") == 2


def _names_bound_in_two_modules(package: Path) -> dict[str, list[str]]:
    modules_of: dict[str, list[str]] = defaultdict(list)
    for path in sorted(package.glob("*.py")):
        for name in set(_module_level_names(ast.parse(path.read_text(encoding="utf-8")))):
            modules_of[name].append(path.name)
    return {name: modules for name, modules in modules_of.items() if len(modules) > 1}


@pytest.mark.parametrize("package", SPLIT_PACKAGES, ids=lambda p: str(p.relative_to(CORE)))
def test_no_name_is_bound_in_two_modules_of_a_split_package(package: Path):
    assert package.is_dir() and any(package.glob("*.py"))
    assert _names_bound_in_two_modules(package) == {}


def test_a_name_bound_in_two_modules_is_found(tmp_path: Path):
    (tmp_path / "a.py").write_text("WORDS = 1\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from a import WORDS\nWORDS = 2\n", encoding="utf-8")
    assert _names_bound_in_two_modules(tmp_path) == {"WORDS": ["a.py", "b.py"]}


def _methods_defined_twice(classes: list[type]) -> dict[str, list[str]]:
    """The names of methods (and properties) that more than one of the classes defines."""
    owners: dict[str, list[str]] = defaultdict(list)
    for cls in classes:
        for name in vars(cls):
            if not name.startswith("__"):
                owners[name].append(cls.__name__)
    return {name: found for name, found in owners.items() if len(found) > 1}


@pytest.mark.parametrize("reader", ["core.nlp.relations.reader:ArticleReader", "core.nlp.entities:EntityResolver"])
def test_no_method_is_defined_by_two_mixins(reader: str):
    """A mixin's method of the same name as another's replaces it for every rule of the other: a _counted_vehicles_before
    of the spec rules once replaced the export cues' own, and every story stopped with an error."""
    import importlib

    module, name = reader.split(":")
    cls = getattr(importlib.import_module(module), name)
    mixins = [c for c in cls.__mro__ if c.__module__.startswith("core.nlp")]
    assert _methods_defined_twice(mixins) == {}


def test_a_method_defined_twice_is_found():
    class A:
        def rule(self): ...

    class B:
        def rule(self): ...

    assert _methods_defined_twice([A, B]) == {"rule": ["A", "B"]}
