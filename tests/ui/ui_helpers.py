"""Test helpers for the UI tests: real tiny bundles and small sheets on disk.

The bundles come from ``tests/bundle_factory.py`` (a bag-of-words ONNX graph made with
``onnx.helper``, the manifest written by the app's own writer; no distillation code involved).
``make_bundle`` keeps its signature for every caller, scripts/ci-build-smoke.sh included, which
puts only ``tests/ui`` on ``sys.path``: this module adds ``tests`` itself.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from bundle_factory import make_bundle, tiny_model_bytes  # noqa: E402

__all__ = ["ANSWERS", "make_bundle", "make_long_csv", "scored_session", "tiny_model_bytes"]


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
    from grader_app.core.grading import match_bundles
    from grader_app.workflow import score_all
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


def scored_project(tmp_path: Path):
    """The long sheet of :func:`make_long_csv` in ``tmp_path``, scored for real by tiny asap-sas-1 and
    asap-sas-5 bundles through onnxruntime, with its project store (setup and predictions saved)
    attached. Returns (session, store); the caller closes the store."""
    import pandas as pd

    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.io.project_store import ProjectStore, project_path_for
    from grader_app.workflow import score_all

    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1")
    make_bundle(folder, "asap-sas-5", prompt="Describe protein synthesis.")
    sheet_path = make_long_csv(tmp_path / "class.csv")
    frame = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=frame, source=sheet_path), mapping)
    score_all(session, match_bundles(session, Library.load([folder])))
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, mapping, {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}, {})
    store.save_predictions(session)
    store.attach(session)
    return session, store
