"""The import graph of grader_app at the package level, as a text picture (and as SVG with Graphviz).

    .venv/bin/python scripts/import_graph.py                        # print it; exit 1 if there is a cycle
    .venv/bin/python scripts/import_graph.py --write docs/architecture.md   # refresh the picture there
    .venv/bin/python scripts/import_graph.py --svg docs/img/import-graph.svg  # needs Graphviz's `dot`

A node is a direct part of grader_app (a subpackage with everything in it, or a top-level module);
an arrow means some module of one imports some module of the other. The graph is read by grimp,
the library behind import-linter, so it is the graph the layering contracts in pyproject.toml are
checked on (imports under ``if TYPE_CHECKING:`` left out, as there). Rows follow those layers, top
to bottom; an arrow to a row above would be marked ``UP``. The parts in no layer follow: first any the app
imports (none should be: tests/test_architecture.py fails on one), then those beside it, which the app never
imports (distill).
Third-party packages a part imports are listed after it.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "grader_app"
BEGIN = "<!-- import-graph: begin (scripts/import_graph.py --write docs/architecture.md) -->"
END = "<!-- import-graph: end -->"
SHOWN_EXTERNAL = ("PySide6", "shiboken6", "onnxruntime", "onnx", "numpy", "pandas", "openpyxl", "sklearn", "scipy",
                  "torch", "transformers", "skl2onnx", "matplotlib", "tqdm", "ray")


def layers() -> list[list[str]]:
    """The layers contract of pyproject.toml: rows of part names, top first."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["type"] == "layers":
            return [[p.strip().removeprefix(PACKAGE + ".") for p in row.split("|")] for row in contract["layers"]]
    raise SystemExit("pyproject.toml has no layers contract")


def part_of(module: str) -> str | None:
    """``grader_app.io.readers`` -> ``io``; the package's own ``__init__`` -> None."""
    parts = module.split(".")
    return parts[1] if parts[0] == PACKAGE and len(parts) > 1 else None


def read_graph() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
    """(part -> parts it imports, part -> third-party packages it imports, part -> number of modules)."""
    import grimp

    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(PACKAGE, include_external_packages=True, exclude_type_checking_imports=True,
                              cache_dir=None)
    edges: dict[str, set[str]] = {}
    external: dict[str, set[str]] = {}
    size: dict[str, int] = {}
    for module in graph.modules:
        src = part_of(module)
        if src is None:
            continue
        size[src] = size.get(src, 0) + 1
        edges.setdefault(src, set())
        for imported in graph.find_modules_directly_imported_by(module):
            dst = part_of(imported)
            if imported.split(".")[0] != PACKAGE:
                name = imported.split(".")[0]
                if name in SHOWN_EXTERNAL:
                    external.setdefault(src, set()).add(name)
            elif dst is not None and dst != src:
                edges[src].add(dst)
    return edges, external, size


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one part (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def used_by_app(edges: dict[str, set[str]], ranked: set[str]) -> set[str]:
    """The parts outside the layers that some part of the layers imports, directly or through another such part."""
    found: set[str] = set()
    todo = [dst for src in ranked for dst in edges.get(src, ())]
    while todo:
        part = todo.pop()
        if part not in ranked and part not in found:
            found.add(part)
            todo.extend(edges.get(part, ()))
    return found


def picture(edges: dict[str, set[str]], external: dict[str, set[str]], size: dict[str, int]) -> str:
    rows = layers()
    rank = {part: i for i, row in enumerate(rows) for part in row}
    used = used_by_app(edges, set(rank))
    unplaced = sorted(p for p in edges if p in used)
    outside = sorted(p for p in edges if p not in rank and p not in used)
    width = max(len(p) for p in [*edges, *rank]) + 1
    lines = []

    def line(part: str) -> str:
        here = rank.get(part)
        targets = []
        for dst in sorted(edges.get(part, ()), key=lambda d: (rank.get(d, len(rows)), d)):
            up = here is not None and dst in rank and rank[dst] < here
            targets.append(dst + (" UP" if up else ""))
        libs = sorted(external.get(part, ()), key=str.lower)
        text = f"  {part:<{width}} ({size.get(part, 0):>3}) -> {', '.join(targets) if targets else '(nothing of grader_app)'}"
        return text + (f"   [{', '.join(libs)}]" if libs else "")

    for i, row in enumerate(rows):
        if i:
            lines.append("  " + " " * width + "       |")
        for part in row:
            lines.append(line(part))
    if unplaced:
        lines.append("")
        lines.append("  used by the app (it imports them), though the layers contract in pyproject.toml places them in no layer:")
        lines.extend(line(part) for part in unplaced)
    if outside:
        lines.append("")
        lines.append("  beside the app (it may use the app; the app never imports it):")
        lines.extend(line(part) for part in outside)
    found = cycles(edges)
    lines.append("")
    lines.append("  cycles between parts: " + ("; ".join(" <-> ".join(c) for c in found) if found else "none"))
    return "\n".join(lines)


def write_into(doc: Path, text: str) -> None:
    old = doc.read_text(encoding="utf-8")
    if BEGIN not in old or END not in old:
        raise SystemExit(f"{doc} has no {BEGIN!r} ... {END!r} markers")
    head, rest = old.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{BEGIN}\n```text\n{text}\n```\n{END}{tail}", encoding="utf-8")


def svg(edges: dict[str, set[str]], out: Path) -> None:
    dot = shutil.which("dot")
    if dot is None:
        raise SystemExit("Graphviz's dot is not installed (Debian: apt-get install graphviz)")
    rows = layers()
    lines = ["digraph grader_app {", '  rankdir=TB; node [shape=box, fontname="sans-serif"];']
    for row in rows:
        lines.append("  { rank=same; " + " ".join(f'"{p}";' for p in row if p in edges) + " }")
    ranked = {p for row in rows for p in row}
    used = used_by_app(edges, ranked)
    for part in sorted(set(edges) - ranked):   # in no layer: used by the app (dotted), or beside it (dashed)
        lines.append(f'  "{part}" [style={"dotted" if part in used else "dashed"}];')
    for src in sorted(edges):
        for dst in sorted(edges[src]):
            lines.append(f'  "{src}" -> "{dst}";')
    lines.append("}")
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([dot, "-Tsvg", "-o", str(out)], input="\n".join(lines), text=True, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", type=Path, help="replace the picture between the markers in this Markdown file")
    ap.add_argument("--svg", type=Path, help="also draw the graph as SVG (needs Graphviz's dot)")
    args = ap.parse_args(argv)
    edges, external, size = read_graph()
    text = picture(edges, external, size)
    if args.write:
        write_into(args.write, text)
    else:
        print(text)
    if args.svg:
        svg(edges, args.svg)
    return 1 if cycles(edges) else 0


if __name__ == "__main__":
    raise SystemExit(main())
