"""A graded wide sheet (one column per question) for the tests that edit it in Excel and open it again: its students
and first two questions' answers, the grading done before (the sheet opened as the window would, one decision made,
the project closed), the columns dialog's ticks and the decisions kept."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.bundles.library import Library

CAP_MS = 600_000   # a cap on the window's answer (opening scores the sheet), not an expected time

NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Evans"]
Q1 = ["plants use light to make glucose", "sunlight makes sugar in leaves", "chlorophyll absorbs light", "no idea"]
Q2 = ["water moves across a membrane", "water goes from dilute to concentrated", "diffusion of water", "salt"]


def graded(path, guessed: list[str], unticked: tuple[str, ...] = ()) -> None:
    """``path`` opened as the window would: its guessed answer columns must be ``guessed``; the teacher unticks
    ``unticked``, scores Q1 and Q2, and decides Ann's Q1 answer (1, "good"); the project closed."""
    library = Library.default()
    opened = workflow.open_sheet(path, library)
    assert list(opened.mapping.answer_columns) == guessed
    mapping = replace(opened.mapping, answer_columns={c: q for c, q in opened.mapping.answer_columns.items()
                                                      if c not in unticked})
    prep = workflow.prepare_session(path, opened.sheet, mapping, {"Q1 Photosynthesis": None, "Q2 Osmosis": None},
                                    library)
    s = prep.session
    ann = next(a for a in s.answers if a.item == "Q1 Photosynthesis" and a.student == "Ann Lee")
    s.decide(ann.key, 1, comment="good")
    assert not prep.store.close()


def asked_again(qtbot, window, sheet):
    """``sheet`` opened in ``window``; the columns dialog once it shows (None if the sheet opened straight in)."""
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible()
                    or window.session is not None, timeout=CAP_MS)
    dlg = window.mapping_dialog
    return dlg if dlg is not None and dlg.isVisible() else None


def ticked(dlg) -> dict[str, bool]:
    a = dlg.answer_list
    return {a.item(i).data(Qt.ItemDataRole.UserRole): a.item(i).checkState() == Qt.CheckState.Checked
            for i in range(a.count())}


def decided(session) -> dict[tuple[str, str], tuple]:
    """(student, question) -> (score, comment) of each decision ``session`` holds."""
    return {(session.answers[k].student, session.answers[k].item): (d.score, d.comment)
            for k, d in session.decisions.items()}
