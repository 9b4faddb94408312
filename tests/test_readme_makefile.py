"""The README's two commands are Makefile targets, so the two cannot drift apart."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S).group(1)
    return [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.M))


def test_first_code_block_is_make_run_then_make_test():
    assert readme_commands() == ["make run", "make test"]


def test_readme_commands_are_makefile_targets():
    targets = makefile_targets()
    for command in readme_commands():
        assert command.split()[1] in targets


def test_ci_runs_the_second_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_make_test_installs_chromium_and_runs_lint_and_tests():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = re.search(r"^test:(.*)$", text, re.M).group(1)
    assert {"system-deps", "lint", "pytest"} <= set(test_rule.split())
    assert "apt-get install" in (ROOT / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
