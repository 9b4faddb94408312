"""No module of core/ binds one module-level name twice: merged branches once each added a POWERTRAIN_WORDS to
core/nlp/relations.py, and the second silently replaced the first for every rule written against it."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "core"


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
