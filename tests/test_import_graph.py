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


def _listed_under(text: str, heading: str) -> list[str]:
    """The parts the picture lists under the heading that starts with ``heading`` (up to the next empty line)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().startswith(heading)), None)
    if start is None:
        return []
    listed = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        listed.append(line.split()[0])
    return listed


def test_a_part_the_app_imports_is_never_drawn_beside_the_app():
    """problem_texts (and the catalogues it gathers) stand in no layer of the contract, and were drawn "beside the app
    (... the app never imports it)" with distill, while errors, io and ui import them."""
    g = _script()
    edges = {"errors": {"texts"}, "texts": {"words"}, "words": set(), "tool": {"errors", "texts"}}
    text = g.picture(edges, {}, {p: 1 for p in edges})
    assert _listed_under(text, "beside the app") == ["tool"]
    assert _listed_under(text, "used by the app") == ["texts", "words"]


def test_what_the_real_picture_draws_beside_the_app_no_part_imports():
    g = _script()
    edges, external, size = g.read_graph()
    text = g.picture(edges, external, size)
    beside = _listed_under(text, "beside the app")
    assert "distill" in beside
    imported = set().union(*edges.values())
    assert [part for part in beside if part in imported] == []
    # the problem texts stand in the bottom rows now: no part the app imports is left outside the layers
    assert _listed_under(text, "used by the app") == []
    assert {"problem_texts", "problem_texts_bundles", "problem_texts_learning", "problem_singulars"} <= {
        part for row in g.layers() for part in row}


def test_docs_carry_a_picture_between_the_markers():
    g = _script()
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc.split(g.BEGIN, 1)[1].split(g.END, 1)[0]
    assert "cycles between parts: none" in block and "-> workflow" in block
    assert _listed_under(block, "used by the app") == [] and _listed_under(block, "beside") == ["distill"]
    assert any(row.split()[:1] == ["problem_texts"] for row in block.splitlines())   # drawn, in a row of its own
    assert "grader_app/workflow.py" in doc and "scripts/import_graph.py --write docs/architecture.md" in doc


def test_the_drawing_draws_only_distill_outside_the_layers():
    """The SVG drew the problem texts dotted, as parts the app imports from outside every layer."""
    svg = (ROOT / "docs" / "img" / "import-graph.svg").read_text(encoding="utf-8")
    nodes = {}
    for group in svg.split('<g id="node')[1:]:
        title = group.split("<title>", 1)[1].split("</title>", 1)[0]
        nodes[title] = "stroke-dasharray" in group.split("</g>", 1)[0]
    assert {"problem_texts", "problem_singulars", "errors", "distill", "ui"} <= set(nodes)
    assert sorted(name for name, outside in nodes.items() if outside) == ["distill"]
