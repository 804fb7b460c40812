"""Test helpers for the UI tests: real tiny bundles and small sheets on disk.

The bundles come from ``tests/bundle_factory.py`` (a bag-of-words ONNX graph made with
``onnx.helper``, the manifest written by the app's own writer; no distillation code involved).
``make_bundle`` keeps its signature for every caller, scripts/ci-build-smoke.sh included, which
puts only ``tests/ui`` on ``sys.path``: this module adds ``tests`` itself. Translation catalogues made with Qt's
tools for a test are ``translation_catalogues.py``'s.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from bundle_factory import make_bundle, tiny_model_bytes  # noqa: E402
from failing_disk import failing_writes  # noqa: E402
from sheet_files import write_csv  # noqa: E402  (the one CSV writer, shared with the tests without Qt)

__all__ = ["ANSWERS", "accept_mapping", "closed_losing_the_blind_switch", "collect_let_go", "counted",
           "decisions_on_disk", "drag_event", "export_dialog", "gray_pixels", "group_panel", "item_wrappers", "learn_dialog_for",
           "make_bundle", "make_long_csv", "one_question_session", "open_and_score", "results_view", "review_view",
           "rows_sheet", "scored_csv_session", "scored_on_disk", "scored_project", "scored_rows_project",
           "scored_session", "stuck_scoring", "tiny_bundles", "tiny_model_bytes", "write_csv"]


def drag_event(kind, pos, mime, action=None):
    """A drag-enter or drag-move event (``kind``) of a left-button file drag at ``pos`` (a QPointF), made the way the
    installed PySide6 takes it: 6.12 takes a QPointF (its QPoint form is deprecated and warns), 6.11 and earlier only a
    QPoint (the app runs on 6.11 below Python 3.12: docs/dependencies.md)."""
    from PySide6.QtCore import Qt

    rest = (action or Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return kind(pos, *rest)
    except TypeError:
        return kind(pos.toPoint(), *rest)


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


def tiny_bundles(folder: Path, items=("asap-sas-1", "asap-sas-5")) -> Path:
    """Real tiny bundles for ``items`` (of asap-sas-1 and asap-sas-5) in ``folder``; returns the folder."""
    prompts = {"asap-sas-5": "Describe protein synthesis."}
    for item in items:
        make_bundle(folder, item, **({"prompt": prompts[item]} if item in prompts else {}))
    return folder


def scored_csv_session(sheet_path: Path, bundle_folder: Path, mapping=None):
    """A GradingSession over the long CSV sheet at ``sheet_path`` (read as text, its source kept; mapped Student ID,
    Name, Question, Answer unless ``mapping`` says otherwise), scored for real by the bundles in ``bundle_folder``."""
    import pandas as pd

    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.workflow import score_all

    frame = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    mapping = mapping or ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question",
                                       answer_column="Answer")
    session = GradingSession(Sheet(frame=frame, source=sheet_path), mapping)
    score_all(session, match_bundles(session, Library.load([bundle_folder])))
    return session


def scored_project(tmp_path: Path):
    """The long sheet of :func:`make_long_csv` in ``tmp_path``, scored for real by tiny asap-sas-1 and
    asap-sas-5 bundles through onnxruntime, with its project store (setup and predictions saved)
    attached. Returns (session, store); the caller closes the store."""
    from grader_app.io.project_store import ProjectStore, project_path_for

    sheet_path = make_long_csv(tmp_path / "class.csv")
    session = scored_csv_session(sheet_path, tiny_bundles(tmp_path / "bundles"))
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, session.mapping, {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5"}, {})
    store.save_predictions(session)
    store.attach(session)
    return session, store


COLUMNS = ["Student ID", "Name", "Question", "Answer"]


def _rows_frame(rows):
    import pandas as pd

    return pd.DataFrame([(f"S{i + 1:02d}", f"Student {i + 1}", q, a) for i, (q, a) in enumerate(rows)],
                        columns=COLUMNS, dtype=object)


def rows_sheet(tmp_path: Path, rows) -> tuple[Path, Path]:
    """``rows`` of (question, answer) for students S01…, written to ``tmp_path/class.csv``, and a real tiny
    asap-sas-1 bundle in ``tmp_path/bundles`` (other questions have no model). Returns (sheet, bundle folder)."""
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1")
    sheet_path = tmp_path / "class.csv"
    _rows_frame(rows).to_csv(sheet_path, index=False)
    return sheet_path, folder


def scored_rows_project(tmp_path: Path, rows):
    """The sheet of :func:`rows_sheet`, scored for real by its asap-sas-1 bundle, with its project store (setup
    saved) attached. Returns (session, store); the caller closes the store."""
    from grader_app import workflow
    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.io.project_store import ProjectStore, project_path_for

    sheet_path, folder = rows_sheet(tmp_path, rows)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(Sheet(frame=_rows_frame(rows), source=sheet_path), mapping)
    workflow.score_all(session, match_bundles(session, Library.load([folder])))
    store = ProjectStore.open(project_path_for(sheet_path))
    store.save_setup(sheet_path, mapping, {"asap-sas-1": "asap-sas-1"}, {})
    store.attach(session)
    return session, store


def review_view(qtbot, session, store=None, width=1000, height=800, groups=None, typical=()):
    """The real review screen on ``session`` (and ``store``, if given), shown at ``width``×``height`` with every
    answer in its queue (``groups`` and ``typical`` as ``ReviewView.set_queue`` takes them). Its undo stack
    lives as long as the view (``view._test_stack``)."""
    from PySide6.QtGui import QUndoStack

    from grader_app.ui.review_view import ReviewView

    stack = QUndoStack()
    view = ReviewView(session, stack, store)
    view._test_stack = stack
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_queue([a.key for a in session.answers], groups=groups, typical=typical)
    return view


def results_view(qtbot, session, width=1100, height=600):
    """The real results page on ``session``, shown at ``width``×``height``."""
    from grader_app.ui.results_view import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def accept_mapping(qtbot, window) -> None:
    """Wait for ``window``'s columns dialog of a sheet being opened, press OK and wait until the sheet is scored."""
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.mapping_dialog.ok_button.click()


def open_and_score(qtbot, window, sheet: Path, active: bool = False):
    """``sheet`` opened in the real main window with the columns it guesses, scored, its results' figures shown (and
    the window made the active one if ``active``). Returns the window's session."""
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window.session


def closed_losing_the_blind_switch(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """A sheet of 3 students opened and scored, then the disk full (tests/failing_disk.py): blind marking turned on, the
    one change held, the sheet closed and, asked (tests/ui/test_close_names_what_is_held.py), closed losing it."""
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=3))
    accept_mapping(qtbot, window)
    failing_writes(monkeypatch)                      # every write fails, as on a full disk
    window.blind.set_blind(True)                     # remembered in the project file: this write fails
    qtbot.waitUntil(lambda: window.store.held_changes == ["the blind-marking switch"], timeout=10000)
    window.close_sheet()                             # asked first
    qtbot.waitUntil(lambda: window.unsaved_close.box is not None, timeout=30000)
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.unsaved_close.lose_button.click()


def stuck_scoring(monkeypatch):
    """The main window's scoring in batches of 4 that waits after each batch until the returned Event is set (at
    most 20 s a batch): a batch that lasts as long as the test wants."""
    import threading

    import grader_app.ui.scoring_controller as sc

    go_on = threading.Event()
    real = sc.score

    def stuck(session, bundles, **kw):
        kw["batch_size"] = 4
        for batch in real(session, bundles, **kw):
            yield batch
            if batch.done:
                go_on.wait(20)

    monkeypatch.setattr(sc, "score", stuck)
    return go_on


def _read_decisions(store, columns: str, flush: bool):
    import sqlite3

    if flush:
        assert store.flush()
    con = sqlite3.connect(str(store.path))
    try:
        return list(con.execute(f"SELECT answer_key, {columns} FROM decisions"))
    finally:
        con.close()


def decisions_on_disk(store, flush: bool = True) -> dict:
    """{answer key: (score, comment)} as a second connection reads the project file, once the store's writer thread
    has committed what was queued (it does so within milliseconds; ``flush`` only waits for it)."""
    import json

    return {k: (json.loads(s), c) for k, s, c in _read_decisions(store, "score, comment", flush)}


def scored_on_disk(store) -> dict:
    """{answer key: score} as a second connection reads the project file, once the store's writer is done."""
    import json

    return {k: json.loads(s) for k, s in _read_decisions(store, "score", True)}


def gray_pixels(image):
    """A rendered page (transparent where nothing is drawn) laid on white, as a height × width array of grey levels."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    gray = flat.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(gray.constBits(), dtype=np.uint8).reshape(gray.height(), gray.bytesPerLine())
    return rows[:, :gray.width()].copy()


def learn_dialog_for(qtbot, window, sheet: Path, monkeypatch):
    """The dialog of "Make models from a marked sheet…" on ``sheet`` (chosen in the file dialog, which is answered
    here), opened from the real window's library button and shown."""
    from PySide6.QtCore import Qt

    from grader_app.ui import model_actions

    monkeypatch.setattr(model_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    qtbot.mouseClick(window.start.library.learn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.models.learn_dialog is not None and window.models.learn_dialog.isVisible(),
                    timeout=10000)
    return window.models.learn_dialog


def export_dialog(qtbot, session, sheet_path: Path, task_manager):
    """The real export dialog of ``session`` (read from ``sheet_path``), its work on ``task_manager``, shown, its
    LMS files' counts in."""
    from grader_app.ui.export_dialog import ExportDialog

    dlg = ExportDialog(session, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    return counted(qtbot, dlg)


def counted(qtbot, dialog, timeout: int = 10000):
    """``dialog`` (an export dialog, or a main window whose ``export_dialog`` it is) once the LMS files' counts a
    worker works out are in (a dialog opened before they are says it is counting: grader_app/ui/export_offer.py)."""
    dlg = getattr(dialog, "export_dialog", dialog)
    qtbot.waitUntil(lambda: not dlg.counting, timeout=timeout)
    return dlg


def one_question_session(rows):
    """A session over ``rows`` of (ID, Name, Answer), every answer one to question q1 (no model)."""
    import pandas as pd

    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet

    frame = pd.DataFrame(rows, columns=["ID", "Name", "Answer"], dtype=object)
    return GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", name_column="Name", answer_column="Answer",
                                                            default_item="q1"))


def group_panel(qtbot, width=900, height=700):
    """The real member list of the review screen's group card on its own, shown at ``width``×``height``."""
    from grader_app.ui.group_panel import GroupPanel

    panel = GroupPanel()
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    return panel


def item_wrappers(layout) -> list:
    """The Python wrappers of ``layout``'s items (not its child layouts or widgets) that its own wrapper holds: each is
    one PySide made when an item was read back (``itemAt``) or added filled, and the collector may free its item twice."""
    import gc

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLayoutItem

    return [o for o in gc.get_referents(layout) if isinstance(o, QLayoutItem) and not isinstance(o, QObject)]


def collect_let_go(rounds: int = 3) -> None:
    """What a window let go of needs to be freed: its deferred deletes run and the collector run, a few times over
    (a deleteLater posted while one round frees a widget tree is run by the next)."""
    import gc

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        gc.collect()
