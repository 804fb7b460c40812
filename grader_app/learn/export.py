"""A learned model as a bundle: its ONNX graph, its manifest (DESIGN §4) and the written file.

The graph is the hashed n-gram graph of :func:`grader_app.learn.hashed.to_onnx` with the learned
weights; it gives the raw probabilities and the manifest holds the temperature, which the app's
scorer applies (``softmax(log p / T)``) exactly as :func:`grader_app.learn.calibration.soften` does
in :meth:`LearnedModel.predict_proba`, so the bundle scores as the model did when it was learned.

A model adapted from a shipped bundle (``prior``) carries that bundle's graph inside its own: the
bundle's nodes (names prefixed) give its probabilities, which go through the bundle's temperature
and the same clipped log as in training, times the learned [K0, K] weights, into the logits.

The manifest says the model was learned from a teacher's N marks and when; its ``metrics`` and
``review`` are the out-of-fold figures of :func:`grader_app.learn.marks_model.fit_marks`.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..bundles.learned import LEARNED_FROM   # provenance["learned_from"]: what says a bundle was learned
from ..bundles.manifest import WINDOWS_RESERVED
from ..core.scale import Scale
from ..errors import GraderError
from .. import __version__

TOOL = "grader"
PRIOR_FLOOR = 1e-6           # a prior probability is clipped to [PRIOR_FLOOR, 1] before its log (as in training)
PRIOR_PREFIX = "prior__"
CALIBRATION_METHOD = "temperature scaling (out-of-fold predictions of the teacher's marks)"


class ExportError(GraderError, ValueError):
    """The model cannot be written as a bundle; the message is one sentence."""


def model_to_onnx(model: Any, prior_model: bytes | None = None, prior_temperature: float = 1.0) -> bytes:
    """The learned model's graph: normalised text [N] → raw probabilities [N, K]."""
    from .hashed import to_onnx

    k = len(model.labels)
    if model.prior_weights_ is None:
        return to_onnx(model, k, temperature=1.0, producer=TOOL)
    if prior_model is None:
        raise ExportError("this model was adapted from a bundle; give that bundle's model to export it")
    nodes, inits, opsets, term = _prior_part(prior_model, float(prior_temperature), model.prior_weights_)
    return to_onnx(model, k, temperature=1.0, producer=TOOL, extra_nodes=nodes, extra_initializers=inits,
                   extra_terms=[term], extra_opsets=opsets)


def _prior_part(prior_model: bytes, temperature: float, V: np.ndarray):
    """The bundle's nodes, renamed, then log-softmax(log clip(p) / T) floored at log PRIOR_FLOOR, times V."""
    import onnx
    from onnx import defs, helper, numpy_helper

    from .hashed import INPUT_NAME, OUTPUT_NAME
    from .hashed_graph import all_nodes, rename_inside

    m = onnx.load_from_string(prior_model)
    g = m.graph
    opsets = {o.domain or "": int(o.version) for o in m.opset_import}
    std = opsets.get("", 0)
    for node in all_nodes(g.node):
        if any(a.type == onnx.AttributeProto.GRAPHS for a in node.attribute):
            raise ExportError("the bundle's model has control flow with lists of subgraphs, so it cannot be combined "
                              "with the learned model; export the model learned without the bundle instead")
        if (node.domain or "") == "" and std < 19:
            try:
                same = (defs.get_schema(node.op_type, std, "").since_version
                        == defs.get_schema(node.op_type, 19, "").since_version)
            except Exception:
                same = False
            if not same:
                raise ExportError(f"the bundle's model uses the operator {node.op_type} of an older ONNX version, "
                                  "so it cannot be combined with the learned model")
    opsets.pop("", None)

    def rn(name: str) -> str:
        return name if name in ("", INPUT_NAME) else PRIOR_PREFIX + name

    nodes = []
    for node in g.node:
        new = onnx.NodeProto()
        new.CopyFrom(node)
        del new.input[:]
        del new.output[:]
        new.input.extend(rn(x) for x in node.input)
        new.output.extend(rn(x) for x in node.output)
        rename_inside(new, rn)   # an If's branches (hashed_graph picks the layout with one) read renamed names too
        new.name = PRIOR_PREFIX + (node.name or f"node{len(nodes)}")
        nodes.append(new)
    inits = []
    for t in g.initializer:
        new = onnx.TensorProto()
        new.CopyFrom(t)
        new.name = rn(t.name)
        inits.append(new)
    if len(g.sparse_initializer):
        raise ExportError("the bundle's model stores sparse weights, so it cannot be combined with the learned model")

    p = rn(OUTPUT_NAME)
    c = PRIOR_PREFIX + "calib_"
    inits += [numpy_helper.from_array(np.array(1e-12, dtype=np.float32), c + "lo"),
              numpy_helper.from_array(np.array(1.0, dtype=np.float32), c + "hi"),
              numpy_helper.from_array(np.array(1.0 / temperature, dtype=np.float32), c + "invT"),
              numpy_helper.from_array(np.array(math.log(PRIOR_FLOOR), dtype=np.float32), c + "floor"),
              numpy_helper.from_array(np.ascontiguousarray(V, dtype=np.float32), c + "V")]
    nodes += [helper.make_node("Clip", [p, c + "lo", c + "hi"], [c + "clipped"]),
              helper.make_node("Log", [c + "clipped"], [c + "log"]),
              helper.make_node("Mul", [c + "log", c + "invT"], [c + "scaled"]),
              helper.make_node("LogSoftmax", [c + "scaled"], [c + "logp"], axis=-1),
              helper.make_node("Max", [c + "logp", c + "floor"], [c + "floored"]),
              helper.make_node("MatMul", [c + "floored", c + "V"], [c + "term"])]
    return nodes, inits, opsets, c + "term"


# --- the manifest ------------------------------------------------------------------------------

def bundle_id_for(name: str, prefix: str = "") -> str:
    """A valid bundle id from a question's name: lower case, accented letters as plain ones (ö → o, ß → ss),
    runs of other characters as '-'. A name with letters or digits that have no such spelling (日本語,
    Вопрос 1) ends in eight hex digits of its hash, so two such questions never share an id (the second
    bundle would replace the first in the user's models) and the same name always gets the same id. A soft hyphen or
    a zero-width space (Unicode's format characters) counts for nothing: "Expla\u00adin" is "explain", not "expla-in"."""
    name = "".join(c for c in str(name) if unicodedata.category(c) != "Cf").strip()
    plain = _ascii(name.lower())
    slug = re.sub(r"[^a-z0-9._-]+", "-", plain).strip("-._")
    lost = any(c.isalnum() and not c.isascii() for c in plain)
    slug = (prefix + slug)[:64].rstrip("-._") if slug else (prefix.rstrip("-") or "learned")
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", slug):
        slug = "learned-" + re.sub(r"[^a-z0-9]+", "", slug)[:50] or "learned"
    if lost:
        import hashlib

        slug = f"{slug[:55].rstrip('-._')}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}"
    if slug.split(".")[0] in WINDOWS_RESERVED:   # a question named "COM1": com1.gradebundle cannot exist on Windows
        slug = "q-" + slug
    return slug


_SPELLED = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"}


def _ascii(text: str) -> str:
    """Latin letters without their accents (NFKD, combining marks dropped); other scripts as they are."""
    text = "".join(_SPELLED.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def graph_here(model: Any, prior_model: bytes | None = None, prior_temperature: float = 1.0) -> tuple[bytes, int]:
    """(the model's ONNX graph, the numbers it stores), made in this process (:func:`write_learned_bundle`)."""
    data = model_to_onnx(model, prior_model=prior_model, prior_temperature=prior_temperature)
    return data, count_parameters(data)


def count_parameters(model_bytes: bytes) -> int:
    """Numbers the graph stores: initializer elements plus node attribute values (one each, lists by length)."""
    import onnx

    m = onnx.load_from_string(model_bytes)
    total = 0
    for t in m.graph.initializer:
        total += int(np.prod(t.dims)) if len(t.dims) else 1
    A = onnx.AttributeProto
    for node in m.graph.node:
        for a in node.attribute:
            if a.type in (A.FLOATS, A.INTS, A.STRINGS):
                total += len(a.floats) + len(a.ints) + len(a.strings)
            elif a.type == A.TENSOR:
                total += int(np.prod(a.t.dims)) if len(a.t.dims) else 1
            else:
                total += 1
    return int(total)


def learned_manifest(model: Any, *, bundle_id: str, title: str, prompt: str = "",
                     rubric: dict | None = None, reference_answers: list | None = None, source: str = "",
                     prior_id: str | None = None, when: datetime | None = None, parameters: int | None = None,
                     question: str | None = None, scale: Scale | None = None) -> dict:
    """A format-1 manifest for a learned model (``sha256`` is filled in by ``write_bundle``).

    ``source`` says where the marks came from in words (a sheet's file name, never a full path); ``question``, the
    question's name as the marks' sheet writes it (:mod:`grader_app.learn.library_names` reads it back); ``scale``,
    what the question is out of (:mod:`grader_app.core.scale`; else the scale its marks, the model's labels, were
    given on): a later sheet marks the question on it, not only on the marks seen (0, 4.5 and 10: 0-10 in halves).
    """
    from ..bundles import FORMAT_VERSION

    when = when or datetime.now(timezone.utc)
    date = when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    n = model.n_marks
    spec = model.spec.to_dict()
    what = (("adjacent-category ordinal " if getattr(model, "ordinal", False) else "")
            + f"logistic regression on hashed word 1-2-grams, {spec['stems']}-letter chunks and character "
            f"{'-'.join(str(c) for c in spec['chars']) or 'no'}-grams ({spec['buckets']} buckets), C={model.C:g}"
            + (", balanced class weights" if model.class_weight == "balanced" else "")
            + (", score offsets for QWK " + "/".join(f"{v:+g}" for v in model.offsets)
               if getattr(model, "offsets", None) else ""))
    prov = {
        "learned_from": LEARNED_FROM,
        "marks": n,
        "date": date,
        "tool_version": f"{TOOL} {__version__}",
        "model": what + (f", adapted from bundle {prior_id} (its log-probabilities as features)" if prior_id else ""),
        "data": (f"{n} marked answers" + (f" from {source}" if source else "")),
        "spec": spec,
    }
    if question is not None:
        prov["question"] = str(question)
    if prior_id:
        prov["adapted_from"] = prior_id
    if getattr(model, "variant", None):   # the recipe later marks go on teaching it with (learn.continuing)
        prov["fit"] = str(model.variant)
    metrics = {"student": dict(model.metrics), "teacher": None,
               "note": "out-of-fold figures on the teacher's marks (no separate held-out set)"}
    item = {"id": bundle_id, "prompt": prompt or "", "rubric": {str(k): str(v) for k, v in (rubric or {}).items()},
            "reference_answers": list(reference_answers or []), "labels": [_number(v) for v in model.labels]}
    scale = scale or Scale.of_marks(model.labels)
    return {
        **({"scale": scale.to_json()} if scale is not None and not scale.labels else {}),
        "format_version": FORMAT_VERSION,
        "id": bundle_id,
        "title": title,
        "item": item,
        "labels": [_number(v) for v in model.labels],
        "normalisation": model.normalisation,
        "calibration": {"temperature": float(model.temperature), "method": CALIBRATION_METHOD},
        "review": dict(model.review),
        "metrics": metrics,
        "provenance": prov,
        "parameters": parameters if parameters is not None else 0,
    }


def _number(v):
    f = float(v)
    return int(f) if f.is_integer() else f


def write_learned_bundle(path: str | os.PathLike, model: Any, *, bundle_id: str, title: str,
                         prompt: str = "", rubric: dict | None = None, source: str = "",
                         prior_bundle=None, when: datetime | None = None, question: str | None = None,
                         scale: Scale | None = None, kept=None, graph=None) -> Path:
    """Write ``path`` (``.gradebundle`` added if missing), read it back and verify it; return the path.

    ``prior_bundle`` (a ``grader_app.bundles.Bundle``) is needed for a model adapted from a bundle; ``scale``: what the
    question is out of (:func:`learned_manifest`). ``kept`` (a :class:`~grader_app.bundles.kept_marks.KeptMarks`): the
    answers and marks it learned from, written beside it and named by its manifest (:mod:`grader_app.bundles.kept_marks`),
    so that later marks go on teaching it. ``graph``: what makes the ONNX graph and counts its numbers
    (:class:`~grader_app.learn.graph_child.GraphChild`, for the window); by default :func:`graph_here`.
    """
    from ..bundles import read_bundle, write_bundle
    from ..bundles.archive import SUFFIX
    from ..bundles.kept_marks import FIELD, manifest_field, remove_kept, write_kept

    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    if model.prior_weights_ is not None and prior_bundle is None:
        raise ExportError("this model was adapted from a bundle; give that bundle to export it")
    model_bytes, parameters = (graph or graph_here)(
        model, prior_bundle.model_bytes if prior_bundle is not None else None,
        prior_bundle.temperature if prior_bundle is not None else 1.0)
    manifest = learned_manifest(model, bundle_id=bundle_id, title=title, prompt=prompt, rubric=rubric, source=source,
                                prior_id=prior_bundle.id if prior_bundle is not None else None, when=when,
                                parameters=parameters, question=question, scale=scale)
    if kept is not None:   # first: the bundle, once there, finds the marks its manifest names
        data = kept.to_bytes()
        manifest["provenance"][FIELD] = manifest_field(data, kept)
        write_kept(path, data)
    else:
        remove_kept(path)   # the marks of a model written there before go with it
    write_bundle(path, manifest, model_bytes)
    read_bundle(path)
    return path
