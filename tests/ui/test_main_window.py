"""The whole flow in the real main window: drop a sheet → confirm the mapping → scoring off the GUI
thread → the table's counts match the session; restoring a project; refused drops; library install."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.io.project_store import ProjectError
from grader_app.ui import results_model as rm
from grader_app.ui.i18n import unbroken
from grader_app.ui.main_window import RESULTS, REVIEW, START, MainWindow
from grader_app.ui.results_view import counts_line
from grader_app.ui.start_screen import ERROR
from ui_helpers import drag_event, make_bundle, make_long_csv, stuck_scoring


def drop_files(widget, paths) -> None:
    """Send the drag-enter, drag-move and drop events a real file drag sends."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    action = Qt.DropAction.CopyAction
    enter = drag_event(QDragEnterEvent, pos, mime, action)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = drag_event(QDragMoveEvent, pos, mime, action)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def _open_by_drop(qtbot, window, sheet: Path):
    """``sheet`` dropped on the start screen: its columns dialog. A sheet with the very answers of a project that holds
    decisions (another test's sheet, say, marked in an earlier window of the same test) is asked about first
    (grader_app.ui.earlier_project: "Continue where you stopped?"); that question fails here by its words, not after a
    wait for a dialog that comes only once it is answered."""
    drop_files(window.start.drop_zone, [sheet])

    def columns() -> bool:
        return window.mapping_dialog is not None and window.mapping_dialog.isVisible()

    def asked():   # a window-modal question other than the columns dialog (which opens window-modal too)
        box = QApplication.activeModalWidget()
        return box if box is not None and box is not window.mapping_dialog else None

    qtbot.waitUntil(lambda: columns() or asked() is not None, timeout=10000)
    box = asked()
    assert box is None or columns(), (f"dropping {sheet.name} asked “{box.windowTitle()}” instead of showing its "
                                      f"columns: {getattr(box, 'text', lambda: '')()}")
    return window.mapping_dialog


def test_drop_map_score_counts_match(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=12,
                          items=("asap-sas-1", "asap-sas-5", "extra-q"))
    dlg = _open_by_drop(qtbot, window, sheet)
    # prefilled from the guess; every question listed, the unknown one without a model (not dropped)
    m = dlg.mapping()
    assert (m.answer_column, m.item_column, m.id_column) == ("Answer", "Question", "Student ID")
    assert dlg.chosen() == {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5", "extra-q": None}
    assert "without a model" in dlg.items_note.text()
    assert dlg.preview_model.rowCount() == 8
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    assert s is not None and window.pages.currentIndex() == RESULTS
    assert len(s.predictions) == 24                       # 12 × 2 questions with a model
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    counts = s.counts()
    assert counts[review.UNSCORED] == 12
    assert window.results.counts.text() == counts_line(counts)
    assert window.results.sentence.text() == unbroken(s.sentence())
    table = window.results.proxy
    shown = [table.data(table.index(r, rm.STATUS)) for r in range(table.rowCount())]
    assert shown.count("Needs review") == counts[review.NEEDS_REVIEW]
    assert shown.count("Auto-accepted") == counts[review.AUTO]
    assert shown.count("Yours to score (no model)") == counts[review.UNSCORED]
    assert not window.strip.isVisible()
    # the project file beside the sheet holds the predictions
    assert (sheet.parent / "answers.grader-project").exists()
    assert window.windowTitle().startswith("answers.csv")


def test_reopen_restores_project_without_asking(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    key = window.session.review_queue()[0]
    window.session.decide(key, 1, comment="checked")
    window.session.set_threshold(0.75)
    window.results.threshold.set_value(0.75)
    window.close_sheet()
    assert window.pages.currentIndex() == START
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    assert window.mapping_dialog is None                     # the project answered the question
    s = window.session
    assert s.decisions[key].score == 1 and s.decisions[key].comment == "checked"
    assert s.threshold("asap-sas-1") == 0.75
    qtbot.waitUntil(lambda: len(s.predictions) == 10, timeout=10000)


def test_scoring_runs_off_gui_thread_and_cancel_keeps_partial(qtbot, window, tmp_path, monkeypatch):
    import grader_app.ui.scoring_controller as sc

    monkeypatch.setattr(sc, "score", _slow(sc.score))
    sheet = make_long_csv(tmp_path / "big.csv", n_students=40)
    dlg = _open_by_drop(qtbot, window, sheet)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.strip.isVisible() and window.strip.bar.value() > 0, timeout=10000)
    assert ticks, "the GUI event loop must keep running while scoring"
    with qtbot.waitSignal(window.scoringFinished, timeout=10000):
        qtbot.mouseClick(window.strip.cancel_button, Qt.MouseButton.LeftButton)
    timer.stop()
    s = window.session
    assert len(s.predictions) == 4          # the first batch only: the worker stopped at the next check
    assert "Scoring stopped" in window.statusBar().currentMessage()


def test_closing_a_sheet_mid_scoring_never_waits_for_the_worker(qtbot, window, tmp_path, monkeypatch):
    """close_sheet returns while the scoring worker is still inside a batch; the project file is
    saved (with the batch scored before) and closed, its lock released, once the worker has stopped."""
    go_on = stuck_scoring(monkeypatch)
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=20)
    dlg = _open_by_drop(qtbot, window, sheet)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.strip.isVisible() and window.strip.bar.value() > 0, timeout=10000)
    store, closed = window.store, []
    window.sheetClosed.connect(lambda: closed.append(1))
    window.close_sheet()
    # back on the start screen while the worker is still in its batch: nothing waited for it
    assert window.pages.currentIndex() == START and window.session is None and not window.strip.isVisible()
    assert window.tasks.pool.activeThreadCount() == 1 and store.locked and not closed
    go_on.set()
    qtbot.waitUntil(lambda: bool(closed), timeout=10000)
    assert not store.locked
    assert _stored_predictions(tmp_path / "answers.grader-project") == 4   # the batch scored before Cancel


def _slow(real):
    """workflow.score in batches of 4 that, after each batch, waits (up to 10 s) for Cancel."""
    import time

    def gen(session, bundles, **kw):
        kw["batch_size"] = 4
        token = kw["cancel"]
        for p in real(session, bundles, **kw):
            yield p
            if p.done:
                end = time.monotonic() + 10
                while not token.cancelled and time.monotonic() < end:
                    time.sleep(0.005)
    return gen


def test_refused_drop_says_why(qtbot, window, tmp_path):
    doc = tmp_path / "essay.pdf"
    doc.write_bytes(b"%PDF-1.4")
    drop_files(window.start.drop_zone, [doc])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR, timeout=5000)   # folders are told apart on a worker
    assert "essay.pdf" in window.start.message.text() and ".xlsx" in window.start.message.text()
    assert "essay.pdf" not in window.statusBar().currentMessage()   # said once, on the start screen
    assert window.session is None and window.mapping_dialog is None


def test_unreadable_sheet_shows_reader_sentence(qtbot, window, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a workbook")
    drop_files(window.start.drop_zone, [bad])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR and "broken.xlsx" in window.start.message.text(),
                    timeout=10000)
    assert window.pages.currentIndex() == START


def test_library_install_by_drop(qtbot, window, tmp_path):
    src = make_bundle(tmp_path / "downloads", "asap-sas-10", labels=(0, 1, 2), title="Science: heat")
    assert "asap-sas-10" not in window.start.library.bundle_ids()
    drop_files(window.start.drop_zone, [src])
    qtbot.waitUntil(lambda: "asap-sas-10" in window.start.library.bundle_ids(), timeout=10000)
    assert "Added the model" in window.start.message.text()
    from grader_app.paths import user_bundles_dir

    assert (user_bundles_dir() / "asap-sas-10.gradebundle").exists()
    # a damaged bundle is refused with the reader's sentence and not installed
    broken = tmp_path / "broken.gradebundle"
    data = bytearray(src.read_bytes())
    broken.write_bytes(bytes(data[: len(data) // 2]))
    drop_files(window.start.drop_zone, [broken])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR, timeout=10000)
    assert "broken.gradebundle" in window.start.message.text()
    assert not (user_bundles_dir() / "broken.gradebundle").exists()


def test_review_page_and_undo_through_menu(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    queue = s.review_queue()
    window.results.table.setFocus()
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == REVIEW
    first = window.review_view.current_key()
    assert first == queue[0]
    qtbot.keyClick(window.review_view, Qt.Key.Key_2)
    assert s.decisions[first].score == 2
    window.undo_action.trigger()
    assert first not in s.decisions
    qtbot.keyClick(window.review_view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS


def test_about_states_no_data_leaves(qtbot, window):
    window.about_action.trigger()
    dlg = window.about_dialog
    assert dlg.isVisible()
    text = dlg.plain_text()
    assert "No data leaves this computer" in text
    assert "asap-sas-1" in text
    dlg.close()


def test_ctrl_e_exports_graded_xlsx_with_decisions(qtbot, window, tmp_path):
    """The window's Export action (Ctrl+E) opens UI-B's ExportDialog on this session; the file it
    writes through the window's TaskManager holds the teacher's decision."""
    import openpyxl

    from grader_app.ui.export_dialog import XLSX, ExportDialog

    sheet = make_long_csv(tmp_path / "answers.csv", n_students=4)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    key = s.review_queue()[0]
    s.decide(key, 3, comment="full marks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.results.table.setFocus()
    qtbot.keyClick(window.results.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    exp = window.export_dialog
    assert isinstance(exp, ExportDialog) and exp.isVisible()
    assert exp.session is s and exp.tasks is window.tasks
    out = tmp_path / "graded.xlsx"
    exp.set_format(XLSX)
    exp.set_destination(out)
    with qtbot.waitSignal(exp.exported, timeout=30000):
        assert exp.export()
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = rows[0]
    assert "final_score" in header and "comment" in header
    row = rows[1 + s.answers[key].row]
    assert str(row[header.index("final_score")]) == "3" and row[header.index("comment")] == "full marks"
    assert "Summary" in wb.sheetnames
    exp.reject()


def test_closing_the_window_mid_scoring_stops_the_worker(qtbot, shipped_bundles, tmp_path, monkeypatch):
    """Closing while a worker scores cancels it and waits: no thread is left behind, the project is closed."""
    import grader_app.ui.scoring_controller as sc
    from grader_app.ui.tasks import TaskManager

    monkeypatch.setattr(sc, "score", _slow(sc.score))
    tasks = TaskManager()
    w = MainWindow(library=Library.default(), tasks=tasks)
    qtbot.addWidget(w)
    w.show()
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=20)
    dlg = _open_by_drop(qtbot, w, sheet)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: w.strip.isVisible() and w.strip.bar.value() > 0, timeout=10000)
    store = w.store
    w.close()
    assert tasks.pool.activeThreadCount() == 0
    assert w.session is None and w.store is None
    with pytest.raises(ProjectError, match="already closed"):   # the project file was closed: it refuses further use
        store.decision_count()


@pytest.mark.parametrize("name, layout", [("sample-class.xlsx", "long"), ("sample-class-wide.csv", "wide")])
def test_sample_sheets_open_and_score(qtbot, window, tmp_path, name, layout):
    """The shipped sample sheets (long XLSX with a title row; wide CSV) open, map and score."""
    from grader_app.paths import assets_dir

    src = assets_dir() / name
    if not src.exists():
        pytest.skip(f"assets/{name} is not in this checkout")
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-10", labels=(0, 1, 2), title="Science: doghouse")
    window.library = Library.default()
    sheet = tmp_path / "copy" / name
    sheet.parent.mkdir()
    shutil.copyfile(src, sheet)
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.mapping().layout == layout
    assert dlg.chosen() == {"asap-sas-1": "asap-sas-1", "asap-sas-5": "asap-sas-5", "asap-sas-10": "asap-sas-10"}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    assert len(s.answers) == 90 and len(s.predictions) == 90
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert window.results.sentence.text() == unbroken(s.sentence())


def test_unguessable_columns_open_the_dialog_with_the_reason(qtbot, window, tmp_path):
    odd = tmp_path / "numbers.csv"
    odd.write_text("ID,Mark\n1,3\n2,4\n3,5\n", encoding="utf-8")
    drop_files(window.start.drop_zone, [odd])
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    text = window.mapping_dialog.error.text()
    assert window.mapping_dialog.error.isVisible() and "Choose the columns above" in text
    dlg = window.mapping_dialog   # the sentence is under the columns it points to
    columns = dlg.id_combo.parentWidget()
    assert dlg.error.mapTo(dlg, dlg.error.rect().topLeft()).y() > columns.mapTo(dlg, columns.rect().bottomLeft()).y()
    assert "answer" in text.lower()
    window.mapping_dialog.reject()
    assert window.session is None


def test_drop_on_the_results_page_opens_the_new_sheet(qtbot, window, tmp_path):
    first = make_long_csv(tmp_path / "first.csv", n_students=3)
    dlg = _open_by_drop(qtbot, window, first)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    second = make_long_csv(tmp_path / "second.csv", n_students=4)
    drop_files(window, [second])
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    assert window.session is None            # the first sheet was closed (its decisions are in its project)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.mapping_dialog.ok_button.click()
    assert window.sheet_path == second and len(window.session.answers) == 8
    # a refused file dropped on the table says why in the status bar
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    drop_files(window, [other])
    qtbot.waitUntil(lambda: "photo.png" in window.statusBar().currentMessage(), timeout=5000)


def test_whole_flow_by_keyboard(qtbot, window, tmp_path):
    """Enter confirms the columns, Enter opens the review, digits decide, Esc returns, Ctrl+E exports."""
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=3)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    s = window.session
    queue = s.review_queue()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.results.review_button.setFocus()
    qtbot.keyClick(window.results.review_button, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == REVIEW
    qtbot.keyClick(window.review_view, Qt.Key.Key_1)
    assert s.decisions[queue[0]].score == 1
    qtbot.keyClick(window.review_view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    qtbot.keyClick(window.results.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.export_dialog is not None and window.export_dialog.isVisible()
    window.export_dialog.reject()


def test_large_sheet_path_figures_on_worker(qtbot, window, tmp_path, monkeypatch):
    """The path taken from 2,000 answers up (forced here at 4): while scoring the sentence waits, the
    figures are then worked out on a worker and match the session; search waits for a typing pause."""
    import grader_app.ui.results_view as rv
    import grader_app.ui.scoring_controller as sc

    monkeypatch.setattr(rv, "ASYNC_FROM", 4)
    monkeypatch.setattr(sc, "score", _slow(sc.score))
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=10)
    dlg = _open_by_drop(qtbot, window, sheet)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.strip.isVisible() and window.strip.bar.value() > 0, timeout=10000)
    qtbot.waitUntil(lambda: window.results.sentence.text().startswith("Scoring"), timeout=5000)
    # let the slow scorer finish: stop waiting between batches
    window.scoring.cancel()
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=10000)
    s = window.session
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    assert window.results.sentence.text() == unbroken(s.sentence())
    assert window.results.counts.text() == counts_line(s.counts())
    window.results.search.setText("ribosome")
    assert window.results.proxy.search_text() == ""          # not yet: typing may go on
    qtbot.waitUntil(lambda: window.results.proxy.search_text() == "ribosome", timeout=3000)
    assert all("ribosome" in s.answers[k].text for k in window.results.visible_keys())


def _stored_predictions(project: Path) -> int:
    import sqlite3

    con = sqlite3.connect(project)
    try:
        return con.execute("SELECT COUNT(*) FROM predictions").fetchone()[0]
    finally:
        con.close()


def test_scores_reach_the_project_file_after_the_figures_are_shown(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    project = tmp_path / "answers.grader-project"
    qtbot.waitUntil(lambda: not window.scoring.save_pending and not window.tasks.busy, timeout=10000)
    assert _stored_predictions(project) == 10


def test_closing_right_after_scoring_still_saves_the_scores(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    assert window.scoring.save_pending   # the save waits for the final repaint...
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()             # ...but closing does not lose it
    assert _stored_predictions(tmp_path / "answers.grader-project") == 10
