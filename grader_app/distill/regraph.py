"""``grader-distill regraph``: rebuild the graph of hashed and baseline bundles with today's graph builder, same weights.

The hashed graph (:func:`grader_app.learn.hashed.to_onnx`) got faster without changing what it computes
(masked positions read a zero row, character n-grams built from the order below). A bundle written before
keeps its slower graph. This command reads such a bundle's table ``W``, bias ``b`` and 1/temperature
``invT`` from its graph and its hashed-feature spec from its provenance (``student_spec``), builds the graph
again (a hashed pair's graph: each half from its own table ``m<i>_W``, ``m<i>_b`` and the specs in its
provenance, ``student_specs``, paired again by :func:`.crossfit_hashed_pair.pair_graph`; a baseline bundle's
converted TF-IDF graph gets today's ending, :func:`.onnx_utils.fast_linear_head`), and rewrites the bundle
only if the new graph gives the same probabilities (max |Δp| ≤ 1e-6) on the
check texts: the set's answers for an ASAP-SAS bundle, and edge cases. The manifest is kept, its stored-number
count updated and a ``graph_rebuilt`` note added to its provenance; the file is written and read back by
:func:`grader_app.distill.bundling.write_item_bundle` (hash-checked). Other bundles are left alone.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np

TOLERANCE = 1e-6
EDGE_TEXTS = ["", "a", "#", "x " * 300, "é ü ß 数字", "the the the", "=sum(a1:a3)"]


from ..learn.hashed import PAIR_GRAPH  # noqa: E402  (a hashed pair's graph, kept importable from here)

BASELINE_GRAPH = "grader_baseline"   # what onnx_utils.pipeline_to_onnx names the converted TF-IDF model


def rebuildable(manifest: dict, model_bytes: bytes) -> bool:
    """Whether the bundle's graph is the hashed graph with a spec in its provenance, or a hashed pair's
    averaging graph (rebuilt by merging the work its two models share)."""
    import onnx

    g = onnx.load_from_string(model_bytes).graph
    names = {i.name for i in g.initializer}
    if g.name == BASELINE_GRAPH:
        return any(n.op_type == "LinearClassifier" for n in g.node)
    if g.name == PAIR_GRAPH:
        specs = manifest.get("provenance", {}).get("student_specs") or []
        return bool(specs) and all({f"m{i}_W", f"m{i}_b"} <= names for i in range(len(specs)))
    if "student_spec" not in manifest.get("provenance", {}):
        return False
    return g.name == "grader_hashed_student" and {"W", "b"} <= names


def rebuild(manifest: dict, model_bytes: bytes) -> bytes:
    """The same model's graph from today's builder."""
    import onnx
    from onnx import numpy_helper

    from ..learn.hashed import to_onnx
    from .crossfit_hashed_pair import pair_graph
    from .onnx_utils import fast_linear_head

    model = onnx.load_from_string(model_bytes)
    if model.graph.name == BASELINE_GRAPH:   # the converted TF-IDF model, its ending rewritten (same numbers)
        fast_linear_head(model)
        onnx.checker.check_model(model)
        return model.SerializeToString()
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    K = len(manifest["labels"])
    if model.graph.name == PAIR_GRAPH:  # each half from its own table (its temperature is 1), paired again
        halves = [SimpleNamespace(spec=_spec(sp), weights_=_weights(init, f"m{i}_"), bias_=init[f"m{i}_b"])
                  for i, sp in enumerate(manifest["provenance"]["student_specs"])]
        return pair_graph(halves, K)
    inv_t = float(init["invT"]) if "invT" in init else 1.0
    student = SimpleNamespace(spec=_spec(manifest["provenance"]["student_spec"]), weights_=_weights(init, ""),
                              bias_=init["b"])
    return to_onnx(student, K, temperature=1.0 / inv_t, producer=model.producer_name or "grader-distill")


def _weights(init: dict, prefix: str) -> np.ndarray:
    """A model's ``weights_``: its table, then its key features' rows where it has them (twenty-first amendment)."""
    W = init[f"{prefix}W"]
    return np.vstack([W, init[f"{prefix}V"]]) if f"{prefix}V" in init else W


def _spec(sp: dict):
    from ..learn.hashed import HashSpec

    return HashSpec.from_dict(sp)


def check_texts(manifest: dict) -> list[str]:
    """Edge cases, plus the set's scored answers for an ASAP-SAS bundle (normalised as the app does)."""
    from ..text import normalise_many

    texts = list(EDGE_TEXTS)
    bid = str(manifest.get("id", ""))
    if bid.startswith("asap-sas-"):
        from .crossfit import set_frame

        texts += normalise_many(set_frame(int(bid.rsplit("-", 1)[1]))["EssayText"].tolist())
    return texts


def regraph_bundle(path: Path, log=print, budget: int | None = None) -> bool:
    """Rewrite ``path`` with the rebuilt graph if it is a hashed bundle, the outputs are the same and the graph
    stores no more numbers than ``budget`` (default: the students' 50,000, or what the bundle stores if more)."""
    from datetime import datetime, timezone

    from ..bundles import read_bundle
    from .bundling import count_onnx_parameters, write_item_bundle
    from .onnx_utils import onnx_probabilities

    b = read_bundle(path)
    if not rebuildable(b.manifest, b.model_bytes):
        log(f"{path.name}: neither a hashed graph with a spec in its provenance nor a baseline graph; left alone")
        return False
    new = rebuild(b.manifest, b.model_bytes)
    if new == b.model_bytes:
        log(f"{path.name}: already today's graph")
        return False
    if budget is None:
        from ..learn.hashed import BUDGET

        budget = max(BUDGET, count_onnx_parameters(b.model_bytes))
    stored = count_onnx_parameters(new)
    if stored > budget:
        log(f"{path.name}: the rebuilt graph would store {stored:,} numbers, over the budget of {budget:,}; "
            "bundle left alone (fit it again to use today's graph)")
        return False
    texts = check_texts(b.manifest)
    old_p, new_p = onnx_probabilities(b.model_bytes, texts, 64), onnx_probabilities(new, texts, 64)
    delta = float(np.abs(old_p - new_p).max())
    if not delta <= TOLERANCE:
        raise ValueError(f"{path.name}: the rebuilt graph differs by {delta:.2e} (> {TOLERANCE:g}); bundle left alone")
    m = json.loads(json.dumps(b.manifest))
    m.pop("sha256", None)
    m["parameters"] = count_onnx_parameters(new)
    m["provenance"]["graph_rebuilt"] = (f"{datetime.now(timezone.utc):%Y-%m-%d}: graph rebuilt by grader-distill regraph "
                                        f"with the same weights; max |Δp| {delta:.1e} on {len(texts)} texts")
    write_item_bundle(path, m, new)
    log(f"{path.name}: graph rebuilt (max |Δp| {delta:.1e} on {len(texts)} texts)")
    return True


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "regraph", help="rebuild hashed and baseline bundles' graphs with today's (faster) builder, same weights",
        description="For each hashed or baseline bundle in --models: rebuild its graph from its own weights (and spec), "
                    "and rewrite it only if the probabilities are the same (max |Δp| ≤ 1e-6).")
    p.add_argument("--models", default="model_bundles")

    def run(args: argparse.Namespace) -> int:
        for path in sorted(Path(args.models).glob("*.gradebundle")):
            regraph_bundle(path)
        return 0

    p.set_defaults(func=run)
