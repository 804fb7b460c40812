"""A colleague's model in the teacher's folder that misbehaves on one long answer (fails in onnxruntime, or loops:
the graphs of tests/bundles/bundle_graphs.py), and a class sheet with six answers to the shipped tiny asap-sas-1 before
six to that model's question, opened in the real main window, for the tests of what the window does when such a model
scores."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from grader_app.bundles import write_bundle
from grader_app.paths import user_bundles_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundles"))
from bundle_graphs import fails_on_long_answers_model, manifest, slow_on_long_answers_model  # noqa: E402

__all__ = ["COLLEAGUES", "LONG", "class_sheet", "fails_on_long_answers_model", "keys_of", "opened_with",
           "slow_on_long_answers_model"]

COLLEAGUES = "cell-transport"
LONG = "word " * 1600   # past the models' trigger of 1,500 words (the probe's longest test answer has ~800)


def class_sheet(path: Path) -> Path:
    """Six answers to the shipped tiny asap-sas-1, then six to the colleague's model, the fourth of them 1,600 words."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(6):
            w.writerow([f"S{i}", f"Student {i}", "asap-sas-1", f"the cell membrane controls what enters ({i})"])
        for i in range(6):
            w.writerow([f"S{i}", f"Student {i}", COLLEAGUES, LONG if i == 3 else f"water moves by osmosis ({i})"])
    return path


def keys_of(session, item) -> list[int]:
    return [a.key for a in session.answers if a.item == item]


def opened_with(qtbot, make_window, sheet: Path, model):
    """The window, with ``model`` (an ONNX graph of 3 scores, say ``bundle_graphs.fails_on_long_answers_model(3,
    words=1500)``) installed as the colleague's bundle in the teacher's folder, ``sheet`` (:func:`class_sheet`) opened
    and its columns dialog up with both questions given their models (not accepted yet)."""
    write_bundle(user_bundles_dir() / f"{COLLEAGUES}.gradebundle", manifest(3, id=COLLEAGUES, title="Cell transport"),
                 model)
    window = make_window()
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert window.mapping_dialog.chosen() == {"asap-sas-1": "asap-sas-1", COLLEAGUES: COLLEAGUES}
    return window
