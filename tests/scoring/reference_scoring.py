"""The scorer's steps written the plain way they were before they were sped up (commit e8b9161):
the reference the faster code in grader_app.text and grader_app.scoring must match exactly."""
from __future__ import annotations

import re
import unicodedata

import numpy as np

_WS = re.compile(r"\s+")
_PARA = re.compile(r"\^p", re.IGNORECASE)


def reference_basic_v1(text):
    """``basic-v1``: NFKC, paragraph marks to spaces, lower case, whitespace runs collapsed, trimmed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = _PARA.sub(" ", text)
    text = text.lower()
    return _WS.sub(" ", text).strip()


def reference_valid_rows(probs):
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 2 or p.shape[1] == 0:
        return np.zeros(p.shape[0] if p.ndim else 0, dtype=bool)
    with np.errstate(invalid="ignore", over="ignore"):
        finite = np.isfinite(p).all(axis=1)
        in_range = ((p >= -1e-6) & (p <= 1.0 + 1e-6)).all(axis=1)
        sums = np.abs(p.sum(axis=1) - 1.0) <= 1e-3
    return finite & in_range & sums


def reference_temperature(probs, temperature):
    if temperature == 1.0:
        return probs.astype(np.float32, copy=False)
    logp = np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)) / temperature
    logp -= logp.max(axis=1, keepdims=True)
    e = np.exp(logp)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


def reference_batches(bundle, texts, batch_size=64):
    """(probabilities, valid) per batch: a fresh onnxruntime session (one thread) on the bundle's graph,
    each text normalised, every row checked, a zero array with the usable rows put back calibrated."""
    from grader_app.scoring.runtime import import_onnxruntime

    ort = import_onnxruntime()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    session = ort.InferenceSession(bundle.model_bytes, sess_options=opts, providers=["CPUExecutionProvider"])
    out = []
    for start in range(0, len(texts), batch_size):
        chunk = [reference_basic_v1(t) for t in texts[start:start + batch_size]]
        (raw,) = session.run(["probabilities"], {"text": np.array(chunk, dtype=object)})
        raw = np.asarray(raw, dtype=np.float32)
        ok = reference_valid_rows(raw)
        probs = np.zeros(raw.shape, dtype=np.float32)
        if ok.any():
            probs[ok] = reference_temperature(raw[ok], bundle.temperature)
        out.append((probs, ok))
    return out
