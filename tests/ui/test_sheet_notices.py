"""The warnings about an opened sheet are kept whole above the results (QA: in the status bar they were cut at the
window's width, at 1024 px a German note lost half its words, and most went after 8-10 s or at the next decision).
The real window, real sheets opened (two students sharing a name in a sheet without ids; a project whose decided
answer was edited in the sheet), a mark made with the review screen's keys, the notes closed with the keyboard, and a
screenshot at 1024x600 in German."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from grader_app.ui import i18n
from grader_app.ui.main_window import RESULTS, REVIEW
from grader_app.ui.sheet_notices import MAX_LINES
from test_namesakes_in_window import class_csv
from test_reopen_changed_sheet import graded_on_disk, open_in, rows_of, write_rows
from ui_helpers import accept_mapping, make_long_csv


def shown_whole(notices) -> bool:
    """The notes' text fits the area: as tall as it needs at its width (no scrolling), and no wider."""
    label, scroll = notices.text, notices.area
    width = scroll.viewport().width()
    return (notices.isVisible() and label.heightForWidth(width) <= scroll.viewport().height()
            and label.minimumSizeHint().width() <= width and not scroll.verticalScrollBar().isVisible())


def open_namesakes(qtbot, window, tmp_path):
    window.open_sheet(class_csv(tmp_path / "class.csv"))
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.scoring.busy and not window.results.figures_pending(), timeout=30000)


def test_the_shared_names_warning_is_whole_above_the_results_through_a_mark_until_closed(qtbot, window, tmp_path):
    window.resize(1280, 800)
    open_namesakes(qtbot, window, tmp_path)
    notices = window.notices
    assert window.pages.currentIndex() == RESULTS
    [note] = notices.notes
    assert note.startswith("1 name in this sheet belongs to more than one student (“Emily Nguyen”)")
    assert note.endswith("Add a column of student ids to the sheet before you upload grades to a learning platform.")
    assert notices.text.text() == "\u26a0 " + note           # the whole sentence, the advice at its end too
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)
    assert notices.geometry().bottom() < window.results.table.mapTo(window.pages.currentWidget(),
                                                                    window.results.table.rect().topLeft()).y()
    bar = window.statusBar().currentMessage()
    assert bar == "1 note about this sheet is shown above the results."   # short: never cut
    assert window.statusBar().fontMetrics().horizontalAdvance(bar) < window.width() // 2

    window.results.request_review()                      # a mark: the note is not news, it stays
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_1)   # one answer, or the group of alike answers it opens with when grouping is done
    marked = len(window.session.decisions)
    assert marked >= 1
    window.show_page(RESULTS)
    assert notices.notes == [note] and notices.isVisible() and shown_whole(notices)
    window.resize(1024, 600)                             # a narrower window: the note wraps on more lines, whole
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    notices.close_button.setFocus(Qt.FocusReason.TabFocusReason)   # closed with the keyboard
    qtbot.waitUntil(notices.close_button.hasFocus, timeout=2000)
    qtbot.keyClick(notices.close_button, Qt.Key.Key_Return)
    assert notices.isHidden() and window.results.table.hasFocus()   # the keys go on in the table
    assert window.session is not None and len(window.session.decisions) == marked   # Enter closed the notes, nothing else
    window.close_sheet()                                 # closing the sheet clears the notes
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert notices.notes == [] and notices.isHidden()


def test_the_notes_are_reachable_with_tab_and_their_text_can_be_selected(qtbot, window, tmp_path):
    open_namesakes(qtbot, window, tmp_path)
    label = window.notices.text
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus and window.notices.close_button.focusPolicy() & \
        Qt.FocusPolicy.TabFocus
    before = window.results.review_button.previousInFocusChain()   # Shift+Tab from the results' first button
    while not before.focusPolicy() & Qt.FocusPolicy.TabFocus or not before.isVisible():
        before = before.previousInFocusChain()
    assert before is window.notices.close_button and before.previousInFocusChain() is label
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus, timeout=2000)
    qtbot.keyClick(label, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(label, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)   # selected with the keys, to copy
    assert label.hasSelectedText() and label.selectedText() in label.text()


def test_a_decision_not_restored_is_said_whole_and_names_no_one_once_names_are_hidden(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "typo.csv", n_students=6)
    decided = graded_on_disk(sheet, 6)
    rows = rows_of(sheet)
    rows[4][3] = decided[3].text + " (typo fixed)"       # Student 2's answer to asap-sas-5, edited in Excel
    write_rows(sheet, rows)
    open_in(qtbot, window, sheet)
    notices = window.notices
    [note] = notices.notes
    assert note == ("1 decision could not be restored because its answer changed in the sheet (Student 2 · S002 on "
                    "asap-sas-5); score it again.")
    assert window.statusBar().currentMessage() == ("Restored 5 decisions from typo.grader-project. 1 note about this "
                                                   "sheet is shown above the results.")
    window.blind.set_blind(True)                         # blind marking: the note names no one
    assert notices.notes == ["1 decision could not be restored because its answer changed in the sheet (an answer to "
                             "asap-sas-5); score it again."]
    assert "Student 2" not in notices.text.text()
    window.blind.set_blind(False)
    assert notices.notes == [note]


def test_a_hidden_row_of_the_workbook_is_said_again_when_the_project_knows_the_columns(qtbot, window, tmp_path):
    """The columns dialog says it on the first opening; a reopened project skips the dialog, the note stays said."""
    from openpyxl import Workbook

    sheet = tmp_path / "hidden.xlsx"
    wb = Workbook()
    ws = wb.active
    for row in csv.reader(open(make_long_csv(tmp_path / "class.csv", n_students=4), encoding="utf-8")):
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    wb.save(sheet)
    graded_on_disk(sheet, 1)
    open_in(qtbot, window, sheet)
    assert window.mapping_dialog is None
    assert window.notices.notes == ["1 row of the sheet is hidden or filtered out (row 3); it is graded and exported "
                                    "like the others, and the graded workbook keeps it hidden."]


def test_at_1024x600_in_german_the_note_is_whole_and_the_table_keeps_its_room(qtbot, make_window, tmp_path):
    assert i18n.install("de")
    window = make_window((1024, 600))
    open_namesakes(qtbot, window, tmp_path)
    notices, table = window.notices, window.results.table
    [note] = notices.notes
    assert "Fügen Sie der Tabelle eine Spalte mit Schüler-IDs hinzu" in note and note.endswith("hochladen.")
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)
    assert window.notices.close_button.text() == i18n.translate("SheetNotices", "Close") != "Close"
    assert table.viewport().height() >= table.verticalHeader().defaultSectionSize() * 6   # every row of the sheet
    window.grab().save(str(tmp_path / "notices-de-1024x600.png"))

    many = [note] * 8                                    # very long notes scroll; the table keeps its room
    notices.show_notes(lambda: many)
    line = notices.text.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: notices.area.height() == line * MAX_LINES, timeout=3000)
    assert notices.area.verticalScrollBar().maximum() > 0
    assert table.viewport().height() >= table.verticalHeader().defaultSectionSize() * 5


def test_a_project_marked_blind_names_no_one_in_its_notes_from_the_start(qtbot, window, tmp_path):
    from grader_app.io.project_store import ProjectStore, project_path_for

    sheet = make_long_csv(tmp_path / "typo.csv", n_students=6)
    decided = graded_on_disk(sheet, 6)
    with ProjectStore.open(project_path_for(sheet)) as store:   # blind marking was on when the teacher left
        store.save_blind_marking(True)
    rows = rows_of(sheet)
    rows[4][3] = decided[3].text + " (typo fixed)"
    write_rows(sheet, rows)
    assert not window.blind.names.blind                  # the window's switch is off before the project is open
    open_in(qtbot, window, sheet)
    assert window.blind.names.blind
    assert window.notices.notes == ["1 decision could not be restored because its answer changed in the sheet (an "
                                    "answer to asap-sas-5); score it again."]
