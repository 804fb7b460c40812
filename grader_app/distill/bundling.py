"""Assembling a bundle: the manifest (DESIGN §4), the parameter count, and the ASAP-SAS items.

Shared by ``grader-distill baseline`` and the distillation pipeline: whatever produced the ONNX
graph, :func:`make_manifest` + :func:`write_item_bundle` write a bundle the app reads with
``grader_app.bundles.read_bundle`` (the written file is read back and verified before returning).
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import onnx

from .. import __version__
from ..bundles import FORMAT_VERSION, read_bundle, write_bundle
from ..bundles.archive import SUFFIX
from .common import as_number

TOOL_NAME = "grader-distill"

ASAP_LABELS = {s: [0, 1, 2, 3] if s in (1, 2, 5, 6) else [0, 1, 2] for s in range(1, 11)}
ASAP_SUBJECTS = {1: "Science", 2: "Science", 3: "English", 4: "English", 5: "Biology", 6: "Biology",
                 7: "English", 8: "English", 9: "English", 10: "Science"}
ASAP_TOPICS = {
    1: "replicating the vinegar experiment",
    2: "improving the plastic stretch investigation",
    3: "pandas, koalas and pythons (invasive species article)",
    4: "the word 'invasive' in the article",
    5: "protein synthesis from mRNA",
    6: "moving substances across the cell membrane",
    7: "a trait of Rose ('Crossing Over')",
    8: "Mr. Leonard's background ('Gifts')",
    9: "how the author organises 'Orbiting Junk'",
    10: "lid colour and temperature: painting the doghouse",
}
# How many key elements each score asks for, read from the prompt wording of the sets that ship a
# scoring key ("at least three pieces of information", "four major steps", "three processes").
_KEY_ELEMENTS = {1: 3, 5: 4, 6: 3}


def asap_bundle_id(essay_set: int) -> str:
    return f"asap-sas-{int(essay_set)}"


def asap_title(essay_set: int) -> str:
    return f"ASAP-SAS {int(essay_set)} — {ASAP_SUBJECTS[int(essay_set)]}: {ASAP_TOPICS[int(essay_set)]}"


def _rubric_from_key(essay_set: int) -> dict:
    need = _KEY_ELEMENTS.get(essay_set)
    if need is None:
        return {}
    if essay_set == 5:  # four steps asked for, 3 points top
        return {"3": "four key elements from the scoring key", "2": "three key elements",
                "1": "one or two key elements", "0": "no key element, off-topic or blank"}
    words = {3: "three", 4: "four"}
    return {"3": f"{words[need]} key elements from the scoring key", "2": "two key elements",
            "1": "one key element", "0": "no key element, off-topic or blank"}


def item_for_asap(essay_set: int, data_dir: str | os.PathLike | None = None) -> dict:
    """The manifest ``item`` of an ASAP-SAS essay set: prompt text, scoring key, rubric, labels.

    Reads the prompt (and the scoring key of sets 1, 5 and 6) from the shared data's
    ``asap_sas/prompts`` folder (``data_dir`` replaces ``../shared/data``). The key's lines become
    ``reference_answers``; the rubric (score → description) is given only where a key exists and counts its elements.
    """
    from .asap import shared_data_dir

    s = int(essay_set)
    if s not in ASAP_LABELS:
        raise ValueError(f"ASAP-SAS has essay sets 1 to 10, not {essay_set!r}")
    folder = Path(data_dir if data_dir is not None else shared_data_dir()) / "asap_sas" / "prompts"
    prompt_file = folder / f"essay_{s}_description.txt"
    if not prompt_file.is_file():
        raise FileNotFoundError(f"the prompt of essay set {s} is missing: expected asap_sas/prompts/{prompt_file.name} "
                                "in the shared data folder")
    key_file = folder / f"essay_{s}_key.txt"
    key = key_file.read_text(encoding="utf-8", errors="replace").strip() if key_file.is_file() else None
    refs = [line.strip() for line in key.splitlines() if line.strip()] if key else []
    item = {
        "id": asap_bundle_id(s),
        "source": f"ASAP-SAS essay set {s}",
        "subject": ASAP_SUBJECTS[s],
        "prompt": prompt_file.read_text(encoding="utf-8", errors="replace").strip(),
        "reference_answers": refs,
        "rubric": _rubric_from_key(s) if refs else {},
        "labels": list(ASAP_LABELS[s]),
    }
    return item


def make_manifest(*, bundle_id: str, title: str, item: dict, labels: Sequence, normalisation: str,
                  temperature: float, review: dict, metrics: dict, provenance: dict,
                  parameters: int | None, calibration_method: str = "temperature scaling (validation NLL)",
                  extra: dict | None = None) -> dict:
    """A format-1 manifest (without ``sha256``, which :func:`write_item_bundle` fills in).

    ``parameters`` may be None; :func:`write_item_bundle` then counts them from the graph.
    ``provenance`` gets ``date`` (UTC, ISO 8601), ``tool_version`` and ``libraries`` (the versions of the libraries
    that shape a model, :func:`.jobs.library_versions`) if it lacks them.
    """
    from .jobs import library_versions

    prov = dict(provenance)
    prov.setdefault("date", datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    prov.setdefault("tool_version", f"{TOOL_NAME} {__version__}")
    prov.setdefault("libraries", library_versions())
    m = {
        "format_version": FORMAT_VERSION,
        "id": str(bundle_id),
        "title": str(title),
        "item": dict(item),
        "labels": [as_number(v) for v in labels],
        "normalisation": str(normalisation),
        "calibration": {"temperature": float(temperature), "method": calibration_method},
        "review": dict(review),
        "metrics": dict(metrics),
        "provenance": prov,
        "parameters": None if parameters is None else int(parameters),
    }
    if extra:
        for k, v in extra.items():
            m.setdefault(k, v)
    return m


def write_item_bundle(path: str | os.PathLike, manifest: dict, model_bytes: bytes) -> Path:
    """Write ``path`` (``.gradebundle`` added if missing), then read it back and verify it.

    Fills in ``parameters`` from the graph when it is None. Returns the written path; raises
    ``grader_app.bundles.BundleError`` if the result would not open in the app.
    """
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    manifest = dict(manifest)
    if manifest.get("parameters") is None:
        manifest["parameters"] = count_onnx_parameters(model_bytes)
    write_bundle(path, manifest, model_bytes)
    read_bundle(path)
    return path


def _attr_count(attr: onnx.AttributeProto) -> int:
    A = onnx.AttributeProto
    if attr.type in (A.FLOAT, A.INT, A.STRING):
        return 1
    if attr.type == A.FLOATS:
        return len(attr.floats)
    if attr.type == A.INTS:
        return len(attr.ints)
    if attr.type == A.STRINGS:
        return len(attr.strings)
    if attr.type == A.TENSOR:
        return _tensor_count(attr.t)
    if attr.type == A.TENSORS:
        return sum(_tensor_count(t) for t in attr.tensors)
    if attr.type == A.GRAPH:
        return _graph_count(attr.g)
    if attr.type == A.GRAPHS:
        return sum(_graph_count(g) for g in attr.graphs)
    return 0


def _tensor_count(t: onnx.TensorProto) -> int:
    n = 1
    for d in t.dims:
        n *= int(d)
    return n


def _graph_count(g: onnx.GraphProto) -> int:
    total = sum(_tensor_count(t) for t in g.initializer)
    total += sum(_tensor_count(t.values) + _tensor_count(t.indices) for t in g.sparse_initializer)
    for node in g.node:
        total += sum(_attr_count(a) for a in node.attribute)
    return total


def count_onnx_parameters(model_bytes: bytes) -> int:
    """Every number or string the graph stores: initializer elements and node attribute values.

    That includes a ``TfIdfVectorizer``'s pool strings, n-gram indexes and idf weights, a
    ``Tokenizer``'s separators or pattern, a linear model's coefficients and intercepts, constants,
    and the single-valued settings of each node (each counts as one), in subgraphs too.
    """
    model = onnx.load_from_string(model_bytes)
    return int(_graph_count(model.graph))
