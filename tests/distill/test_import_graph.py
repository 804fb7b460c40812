"""The distillation package's modules import each other without a cycle (lazy imports included)."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "grader_app" / "distill"


def _edges() -> dict[str, set[str]]:
    """module name (inside grader_app.distill) → the sibling modules it imports anywhere in its body."""
    names = {p.stem for p in PKG.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in PKG.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1 and node.module:
                    deps.add(node.module.split(".")[0])
                elif node.level == 1:
                    deps.update(a.name for a in node.names)  # from . import asap
                elif node.module and node.module.startswith("grader_app.distill."):
                    deps.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                deps.update(a.name.split(".")[2] for a in node.names if a.name.startswith("grader_app.distill."))
        graph[path.stem] = {d for d in deps if d in names and d != path.stem}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None (depth-first search with colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph[m]):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_distill_imports_are_acyclic():
    graph = _edges()
    assert {"cli", "common", "export", "student"} <= set(graph)
    assert "export" in graph["student"] and "common" in graph["export"]  # the edges are really seen
    assert _cycle(graph) is None, " → ".join(_cycle(graph))


def test_the_shared_helpers_import_no_subcommand():
    # common.py is what cli.py and every subcommand share; it may reach only asap.py (for the data folder)
    assert _edges()["common"] <= {"asap"}
