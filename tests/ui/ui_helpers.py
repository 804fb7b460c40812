"""Test helpers for the UI tests: real tiny bundles (skl2onnx → ONNX) and small sheets on disk."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.bundles import write_bundle

_TRAIN = [
    ("the cell membrane controls what enters and leaves the cell", 2),
    ("osmosis moves water across the membrane from high to low", 2),
    ("plants need light and water to grow well", 1),
    ("water is needed", 1),
    ("i do not know the answer to this", 0),
    ("no idea at all sorry", 0),
    ("mrna leaves the nucleus and trna brings amino acids to the ribosome", 3),
    ("the ribosome reads codons of mrna and trna anticodons pair", 3),
]


def tiny_model_bytes(labels=(0, 1, 2, 3)) -> bytes:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType

    texts = [t for t, _ in _TRAIN] * 3
    ys = [labels[min(s, len(labels) - 1)] for _, s in _TRAIN] * 3
    pipe = Pipeline([("tfidf", TfidfVectorizer(token_pattern=r"[a-zA-Z0-9_]+")),
                     ("clf", LogisticRegression(max_iter=300))]).fit(texts, ys)
    model = convert_sklearn(pipe, initial_types=[("text", StringTensorType([None]))], target_opset=17,
                            options={id(pipe.steps[0][1]): {"locale": "C.UTF-8"},
                                     id(pipe.steps[1][1]): {"zipmap": False}})
    return model.SerializeToString()


_MODEL_CACHE: dict[tuple, bytes] = {}


def make_bundle(folder: Path, bundle_id: str = "asap-sas-1", labels=(0, 1, 2, 3), threshold: float = 0.5,
                title: str | None = None, prompt: str = "Explain how the cell membrane works.") -> Path:
    """Write a real, verifiable .gradebundle with a tiny TF-IDF + logistic model into ``folder``."""
    key = tuple(labels)
    if key not in _MODEL_CACHE:
        _MODEL_CACHE[key] = tiny_model_bytes(labels)
    manifest = {
        "format_version": 1,
        "id": bundle_id,
        "title": title or f"Test model {bundle_id}",
        "item": {"prompt": prompt, "rubric": {str(v): f"score {v}" for v in labels}},
        "labels": list(labels),
        "normalisation": "basic-v1",
        "calibration": {"temperature": 1.0},
        "review": {"threshold": threshold, "target_error": 0.05, "confidence": 0.9, "n": 200,
                   "table": [{"threshold": t, "coverage": round(1.0 - t * 0.8, 3), "error": round(0.3 * (1 - t), 3),
                              "error_upper": round(0.35 * (1 - t) + 0.01, 3)}
                             for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]},
        "metrics": {"student": {"qwk": 0.81, "accuracy": 0.7, "n": 100}, "teacher": {"qwk": 0.85}},
        "provenance": {"teacher": "test", "data": "made up for tests", "date": "2026-01-01", "tool": "tests"},
        "sha256": "0" * 64,
        "parameters": 100,
    }
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(folder / f"{bundle_id}.gradebundle", manifest, _MODEL_CACHE[key])


ANSWERS = [
    "the cell membrane controls what enters and leaves the cell",
    "plants need light and water to grow well",
    "i do not know the answer to this",
    "mrna leaves the nucleus and trna brings amino acids to the ribosome",
    "",
    "water",
    "osmosis moves water across the membrane",
    "the ribosome reads codons",
]

_TAILS = ["i think", "as we learned", "in the cell", "because of energy", "that is the reason", "from class"]


def make_long_csv(path: Path, n_students: int = 6, items=("asap-sas-1", "asap-sas-5")) -> Path:
    """A long sheet: one row per answer with Student ID, Name, Question, Answer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        i = 0
        for s in range(n_students):
            for item in items:
                w.writerow([f"S{s + 1:03d}", f"Student {s + 1}", item, ANSWERS[i % len(ANSWERS)]])
                i += 1
    return path


def scored_session(bundle_folder: Path, n_students: int = 6, items=("asap-sas-1", "asap-sas-5")):
    """A GradingSession over a small long sheet, scored for real with the bundles in ``bundle_folder``."""
    import pandas as pd

    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles, score_all
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet

    rows = []
    i = 0
    for s in range(n_students):
        for item in items:
            text = ANSWERS[i % len(ANSWERS)]
            if text and i >= len(ANSWERS):  # later copies differ a little, so not all are duplicates
                text = f"{text} {_TAILS[(i // len(ANSWERS)) % len(_TAILS)]}"
            rows.append({"Student ID": f"S{s + 1:03d}", "Name": f"Student {s + 1}", "Question": item, "Answer": text})
            i += 1
    sheet = Sheet(frame=pd.DataFrame(rows, dtype=object))
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(sheet, mapping)
    lib = Library.load([bundle_folder])
    bundles = match_bundles(session, lib)
    score_all(session, bundles)
    return session
