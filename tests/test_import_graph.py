"""scripts/import_graph.py: the package-level picture in docs/architecture.md, and its cycle check."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cycles_are_found_and_a_dag_has_none():
    g = _script()
    assert g.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert g.cycles({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_an_upward_import_is_marked_in_the_picture():
    g = _script()
    edges = {"ui": {"core"}, "core": {"ui"}, "text": set()}
    text = g.picture(edges, {}, {"ui": 1, "core": 1, "text": 1})
    assert "core" in text and "-> ui UP" in text and "cycles between parts: core <-> ui" in text


def test_the_app_graph_follows_the_layers_with_no_cycle():
    g = _script()
    edges, external, _ = g.read_graph()
    assert g.cycles(edges) == []
    text = g.picture(edges, external, {p: 1 for p in edges})
    assert " UP" not in text and "cycles between parts: none" in text
    assert "workflow" in edges["cli"] and "workflow" in edges["ui"]   # the CLI and the window share the workflow
    qt = {"PySide6", "shiboken6"}   # Qt's binding and its object-lifetime helper (is a C++ object still alive)
    # and numpy, which the risk plot's label placement uses to weigh every place at once (ui/risk_label.py, 10ad351)
    assert "PySide6" in external.get("ui", set()) <= qt | {"numpy"}
    assert not qt & set().union(*(external.get(p, set()) for p in edges if p != "ui"))


def test_docs_carry_a_picture_between_the_markers():
    g = _script()
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc.split(g.BEGIN, 1)[1].split(g.END, 1)[0]
    assert "cycles between parts: none" in block and "-> workflow" in block
    assert "grader_app/workflow.py" in doc and "scripts/import_graph.py --write docs/architecture.md" in doc
