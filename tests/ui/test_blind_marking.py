"""Blind marking in the real main window: with the switch on, no student name and no id from the sheet
is anywhere on screen (every label, button, tooltip, accessible name, table cell and header, the
window title, the status bar) through the results table, its search and sort, and a walk through the
review screen (single answers, a group and its members, the comment dialog, pull out, undo); off, they
come back; the project file remembers the switch; the exported sheet still carries every name."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget)

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io.project_store import ProjectStore, project_path_for
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS, REVIEW, START, MainWindow
from test_group_review import LIKE, LIKE_AMONG_OTHERS, OTHERS

STUDENTS = [("ST-58213", "Amelia Hartley"), ("ST-60477", "Bruno Okafor"), ("ST-61902", "Chiara Lindqvist"),
            ("ST-63318", "Dmitri Vasquez"), ("ST-64750", "Esther Nakamura"), ("ST-66021", "Farid Bellamy"),
            ("ST-67589", "Greta Mbeki"), ("ST-69934", "Hiroshi Castellano")]
PROTEIN = ["mRNA leaves the nucleus and tRNA brings amino acids to the ribosome.", "The ribosome reads codons.",
           "", "Proteins are made in the ribosome from amino acids.", "DNA is copied into mRNA.",
           "tRNA carries amino acids.", "I am not sure.", "Codons are read three bases at a time."]
# every name, every part of a name and every id must stay off the screen while blind
SECRETS = sorted({s for sid, name in STUDENTS for s in (sid, name, *name.split())})


def make_sheet(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for (sid, name), text, protein in zip(STUDENTS, LIKE_AMONG_OTHERS, PROTEIN):
            w.writerow([sid, name, "asap-sas-1", text])
            w.writerow([sid, name, "asap-sas-5", protein])
    return path


def model_texts(model) -> list[str]:
    out = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:   # a list model keeps its column count private: one column
        columns = 1
    for r in range(model.rowCount(root)):
        for c in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                out.append(str(model.data(model.index(r, c), role) or ""))
    for c in range(columns):
        out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return out


def screen_texts(window: MainWindow) -> list[str]:
    """Every text the window and its open dialogs can show, hidden widgets in them too (a closed
    dialog, such as the columns dialog with its preview of the sheet, shows nothing)."""
    out = [window.windowTitle(), window.statusBar().currentMessage()]
    for w in [window, *window.findChildren(QWidget)]:
        if not w.window().isVisible():
            continue
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model())
    for a in window.findChildren(type(window.blind_action)):
        out += [a.text(), a.toolTip(), a.statusTip()]
    return out


def leaks(window: MainWindow) -> set[str]:
    texts = screen_texts(window)
    text = "\n".join(texts)
    found = {s for s in SECRETS if s in text}
    if found and window.blind.names.blind:   # say where, for the failure message
        print("on screen while blind:", [t for t in texts if any(s in t for s in found)][:10])
    return found


@pytest.fixture
def window(make_window):
    return make_window((1100, 800))


def open_new(qtbot, window: MainWindow, sheet: Path) -> None:
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    with qtbot.waitSignal(window.learning.groupsReady, timeout=30000):
        window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)


def walk_review(qtbot, window: MainWindow) -> set[str]:
    """Every unit of the review screen (every member of a group chosen in turn), the comment dialog,
    a decision undone and a member pulled out: what leaked at any step."""
    s = window.session
    window.show_review([a.key for a in s.answers], 0)
    view = window.review_view
    assert window.pages.currentIndex() == REVIEW
    found: set[str] = set()
    seen_group = False
    for _ in range(len(view.queue)):
        found |= leaks(window)
        unit = view.current_unit()
        if len(unit) > 1:
            seen_group = True
            for _m in unit:
                qtbot.keyClick(view, Qt.Key.Key_Down)
                found |= leaks(window)
        qtbot.keyClick(view, Qt.Key.Key_C)
        found |= leaks(window)
        assert view.comment_dialog.windowTitle().startswith("Comment on Student ")
        view.comment_dialog.reject()
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen_group, "the sheet was meant to give a group of answers that look alike"
    view.go_to(0)
    qtbot.keyClick(view, Qt.Key.Key_1)                      # a decision, then undone: the undo sentence
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.message_label.text().startswith("Undone: score 1 for Student ")
    found |= leaks(window)
    group_key = None
    for k in window.learning.typical:
        view.go_to(k)
        if len(view.current_unit()) > 1:
            group_key = k
            break
    assert group_key is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_P)                      # "Student 4's answer is out of the group..."
    assert re.match(r"Student \d+'s answer is out of the group", view.message_label.text())
    found |= leaks(window)
    return found


def test_blind_marking_hides_every_name_and_id_until_switched_off(qtbot, window, tmp_path):
    sheet = make_sheet(tmp_path / "answers.csv")
    open_new(qtbot, window, sheet)
    assert leaks(window)                                   # the control: names are on screen as usual
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.results.table.setFocus()
    qtbot.keyClick(window.results.table, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)   # the menu's shortcut
    assert window.blind_action.isChecked() and window.blind.names.blind
    assert leaks(window) == set()

    # the results table: labels instead of names, one per student, none of them in sheet order
    model = window.results.model
    shown = [model.data(model.index(r, rm.STUDENT)) for r in range(model.rowCount())]
    assert all(re.fullmatch(r"Student \d+", t) for t in shown)
    per_student = {s.answers[k].student: shown[k] for s in [window.session] for k in range(len(shown))}
    assert sorted(int(v.split()[1]) for v in per_student.values()) == list(range(1, len(STUDENTS) + 1))
    # the search: a name or an id finds nobody, a neutral label finds that student's answers
    for needle in ("Amelia", "ST-58213", "hartley"):
        window.results.search.setText(needle)
        window.results._apply_search()
        assert window.results.proxy.rowCount() == 0, needle
    label = per_student[f"{STUDENTS[0][1]} · {STUDENTS[0][0]}"]
    window.results.search.setText(label + " ")
    window.results._apply_search()
    rows = window.results.proxy.rowCount()
    assert rows >= 2 and {window.results.proxy.data(window.results.proxy.index(r, rm.STUDENT))
                          for r in range(rows)} >= {label}
    window.results.search.clear()
    window.results._apply_search()
    # sorting by the student column sorts by the neutral numbers, not by the names' alphabet
    window.results.table.sortByColumn(rm.STUDENT, Qt.SortOrder.AscendingOrder)
    numbers = [int(model.data(model.index(r, rm.STUDENT)).split()[1]) for r in range(model.rowCount())]
    assert numbers == sorted(numbers)
    window.results.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert leaks(window) == set()

    assert walk_review(qtbot, window) == set()

    # off again: the review screen and the table show who it is
    window.blind_action.trigger()
    assert not window.blind.names.blind
    assert window.review_view.student_label.text() in {f"{name} · {sid}" for sid, name in STUDENTS} or \
        ("· ▶ " in window.review_view.student_label.text() and " · ST-" in window.review_view.student_label.text())
    window.show_page(RESULTS)
    assert {model.data(model.index(r, rm.STUDENT)) for r in range(model.rowCount())} == \
        {f"{name} · {sid}" for sid, name in STUDENTS}
    assert leaks(window) == set(SECRETS)


def test_the_project_remembers_the_switch_and_exports_keep_the_names(qtbot, window, tmp_path):
    sheet = make_sheet(tmp_path / "answers.csv")
    open_new(qtbot, window, sheet)
    window.blind_action.trigger()
    assert window.store.flush()                       # on disk within milliseconds (the store's writer thread)
    with ProjectStore.open(project_path_for(sheet), read_only=True) as ro:
        assert ro.blind_marking() is True
    labels = [window.results.model.data(window.results.model.index(r, rm.STUDENT))
              for r in range(window.results.model.rowCount())]

    # exporting while blind: the graded sheet carries every name and id
    out = workflow.export_graded(window.session, tmp_path / "graded.csv")
    graded = pd.read_csv(out, dtype=str)
    assert set(graded["Name"]) == {name for _, name in STUDENTS}
    assert set(graded["Student ID"]) == {sid for sid, _ in STUDENTS}

    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    assert window.pages.currentIndex() == START
    window.blind_action.trigger()                     # off on the start screen: no project to remember it
    assert not window.blind_action.isChecked()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    assert window.mapping_dialog is None
    assert window.blind_action.isChecked() and window.blind.names.blind   # the project said so
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=10000)
    again = [window.results.model.data(window.results.model.index(r, rm.STUDENT))
             for r in range(window.results.model.rowCount())]
    assert again == labels                            # the same neutral numbers as before
    assert leaks(window) == set()
    window.show_review([a.key for a in window.session.answers], 0)
    assert leaks(window) == set()


def test_a_new_project_starts_the_way_the_switch_is_set(qtbot, window, tmp_path):
    window.blind_action.trigger()                     # on before any sheet is open
    sheet = make_sheet(tmp_path / "answers.csv")
    open_new(qtbot, window, sheet)
    assert window.blind_action.isChecked()
    assert leaks(window) == set()
    assert window.store.flush()
    with ProjectStore.open(project_path_for(sheet), read_only=True) as ro:
        assert ro.blind_marking() is True


# ----- the columns dialog's preview of the sheet -------------------------------------------------------
def preview_column(dlg, header: str) -> list[str]:
    model = dlg.preview_model
    c = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())].index(header)
    return [model.item(r, c).text() for r in range(model.rowCount())]


def test_the_columns_dialog_hides_who_the_students_are_while_blind(qtbot, window, tmp_path):
    window.blind_action.trigger()                     # on before the sheet is opened: the new project will be blind
    sheet = make_sheet(tmp_path / "answers.csv")
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert leaks(window) == set()                     # no name, no id in any cell, tooltip or accessible text
    headers = [dlg.preview_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Student ID", "Name", "Question", "Answer"]   # which column is which stays visible
    assert set(preview_column(dlg, "Student ID")) == set(preview_column(dlg, "Name")) == {"(hidden)"}
    assert preview_column(dlg, "Question")[:2] == ["asap-sas-1", "asap-sas-5"]
    assert preview_column(dlg, "Answer")[0] == OTHERS[0]
    assert dlg.blind_note.isVisible()
    window.blind_action.trigger()                     # the switch, flipped while the dialog is open: it follows
    assert leaks(window) and preview_column(dlg, "Name")[0] == STUDENTS[0][1] and not dlg.blind_note.isVisible()
    window.blind_action.trigger()
    assert leaks(window) == set()
    with qtbot.waitSignal(window.learning.groupsReady, timeout=30000):
        dlg.ok_button.click()
    with ProjectStore.open(project_path_for(sheet), read_only=True) as ro:
        assert ro.blind_marking() is True


def test_the_hidden_cells_follow_the_column_chosen_for_the_student(qtbot, tmp_path, shipped_bundles):
    from grader_app.ui.mapping_dialog import MappingDialog

    path = tmp_path / "tutor.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Tutor", "Question", "Answer"])
        for (sid, name), text in zip(STUDENTS, PROTEIN):
            w.writerow([sid, name, "Ms Whitcombe", "asap-sas-5", text])
    opened = workflow.open_sheet(path, Library.default())
    dlg = MappingDialog(opened.sheet, Library.default(), opened.mapping, blind=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.hidden_columns() == {"Student ID", "Name"}
    assert preview_column(dlg, "Tutor")[0] == "Ms Whitcombe"
    assert dlg.preview_model.item(0, 1).toolTip().startswith("Hidden while blind marking is on")
    dlg.name_combo.setCurrentIndex(dlg.name_combo.findData("Tutor"))    # the teacher says names are in "Tutor"
    assert dlg.hidden_columns() == {"Student ID", "Name", "Tutor"}      # "Name" still says what it holds
    assert set(preview_column(dlg, "Tutor")) == {"(hidden)"}
    dlg.name_combo.setCurrentIndex(dlg.name_combo.findData(None))       # (none): the tutor column shows again
    assert preview_column(dlg, "Tutor")[0] == "Ms Whitcombe"
    assert set(preview_column(dlg, "Answer")) - {""} <= set(PROTEIN)    # the answers are never hidden
    dlg.set_blind(False)
    assert dlg.hidden_columns() == set() and preview_column(dlg, "Name")[0] == STUDENTS[0][1]
    assert dlg.preview_model.item(0, 1).toolTip() == STUDENTS[0][1]


@pytest.mark.parametrize("recorded", [True, False])
def test_a_project_that_recorded_the_switch_decides_for_the_dialog(qtbot, window, tmp_path, recorded):
    """A project file with no columns yet (the dialog is asked again) says whether names are hidden,
    whatever the window's switch, as it will once the session is open."""
    sheet = make_sheet(tmp_path / "answers.csv")
    with ProjectStore.open(project_path_for(sheet)) as store:
        store.save_blind_marking(recorded)
    if not recorded:
        window.blind_action.trigger()                 # the switch says the opposite
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.blind is recorded
    assert (leaks(window) == set()) is recorded
    with qtbot.waitSignal(window.learning.groupsReady, timeout=30000):
        dlg.ok_button.click()
    assert window.blind.names.blind is recorded       # the session went the same way


def test_names_under_an_unusual_header_are_hidden_by_their_cells(qtbot, tmp_path, shipped_bundles):
    from grader_app.ui.blind import values_look_like_identity
    from grader_app.ui.mapping_dialog import MappingDialog

    path = tmp_path / "kids.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["No.", "Kid", "Contact", "Tutor", "Question", "Answer"])
        for i, ((sid, name), text) in enumerate(zip(STUDENTS, PROTEIN)):
            w.writerow([i + 1, name, f"{sid.lower()}@school.example", "Ms Whitcombe", "asap-sas-5", text])
    opened = workflow.open_sheet(path, Library.default())
    dlg = MappingDialog(opened.sheet, Library.default(), opened.mapping, blind=True)
    qtbot.addWidget(dlg)
    dlg.show()
    hidden = dlg.hidden_columns()
    assert {"Kid", "Contact"} <= hidden                                  # names and addresses, whatever the header
    assert "Tutor" not in hidden and preview_column(dlg, "Tutor")[0] == "Ms Whitcombe"   # one teacher's name
    assert set(preview_column(dlg, "Kid")) == {"(hidden)"}
    assert set(preview_column(dlg, "Answer")) - {""} <= set(PROTEIN)    # the answers are never hidden
    assert not values_look_like_identity(["3", "2", "1", "0", "2"])
    assert not values_look_like_identity(["Mitosis", "Meiosis", "Osmosis", "Osmosis"])
    dlg.set_blind(False)
    assert dlg.hidden_columns() == set()


def test_undo_after_switching_blind_marking_on_does_not_bring_a_name_back(qtbot, window, tmp_path):
    """A step made with names shown, undone and redone after the switch went on: the message names the
    student as the screen does now ("Student N"), for a score and for a pull-out."""
    sheet = make_sheet(tmp_path / "answers.csv")
    open_new(qtbot, window, sheet)
    s = window.session
    window.show_review([a.key for a in s.answers], 0)
    view = window.review_view
    while len(view.current_unit()) > 1:        # a single answer first: score it with names shown
        qtbot.keyClick(view, Qt.Key.Key_Right)
    key = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert s.decisions[key].score == 1
    real = s.answers[key].student
    assert real in view.undo_stack.command(view.undo_stack.index() - 1).text()     # the control
    window.blind_action.trigger()
    assert window.blind.names.blind
    view.undo()
    assert key not in s.decisions
    shown = view.message_label.text()
    assert shown.startswith("Undone:") and not any(secret in shown for secret in SECRETS)
    assert view.who(key) in shown
    view.redo()
    shown = view.message_label.text()
    assert shown.startswith("Redone:") and not any(secret in shown for secret in SECRETS)
    assert leaks(window) == set()


def test_undo_names_stay_whole_when_a_neutral_label_is_part_of_a_real_name(qtbot, window, tmp_path):
    """Names such as "Student 4" hold a neutral label: with the switch off, undo shows the name once."""
    path = tmp_path / "plain.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, t in enumerate(OTHERS + LIKE[:1]):
            w.writerow([f"S{i + 1:02d}", f"Student {i + 1}", "asap-sas-1", t])
    open_new(qtbot, window, path)
    s = window.session
    window.show_review([a.key for a in s.answers], 0)
    view = window.review_view
    # the drawn numbers made to match the names, so that every neutral label is part of its student's name
    window.blind.names._numbers = {a.student: int(a.student.split(" · ")[0].rsplit(" ", 1)[1]) for a in s.answers}
    for _ in range(len(s.answers)):
        key = view.current_key()
        if len(view.current_unit()) == 1:
            qtbot.keyClick(view, Qt.Key.Key_1)
            view.undo()
            assert view.message_label.text() == f"Undone: score 1 for {s.answers[key].student}."
            view.redo()
            assert view.message_label.text() == f"Redone: score 1 for {s.answers[key].student}."
        qtbot.keyClick(view, Qt.Key.Key_Right)


def test_the_export_dialog_names_no_student_while_blind(qtbot, window, tmp_path):
    """Students the LMS file leaves out (a shared id) are listed by their neutral labels, the Canvas warning about
    shared ids and the sentence of a file that could take no one (no e-mail) name no one, while names are hidden;
    the files keep the names."""
    from PySide6.QtWidgets import QListWidget

    from grader_app.ui.export_dialog import CANVAS
    from ui_helpers import counted

    path = tmp_path / "shared.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, ((sid, name), text) in enumerate(zip(STUDENTS, OTHERS + LIKE)):
            w.writerow([STUDENTS[1][0] if i == 2 else sid, name, "asap-sas-1", text])   # Chiara typed with Bruno's id
    open_new(qtbot, window, path)
    for a in window.session.answers:
        window.session.decide(a.key, 1)
    window.blind_action.trigger()
    assert window.blind.names.blind
    window.show_export()
    dlg = counted(qtbot, window)   # what the LMS files could take: counted on a worker
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    # Google Classroom matches on emails, which this sheet has none of: not offered, and the line that says so names no
    # one; the Moodle gradebook by the sheet's ids (offered as the sheet has no email) lists the shared id's two students
    assert "google-classroom" not in dlg.format_buttons
    said = [(w.text(), w.toolTip()) for w in (*dlg.chooser.cannot_match.values(), *dlg.chooser.some_left_out.values())]
    assert said and not [s for s in SECRETS if any(s in t for pair in said for t in pair)], said
    for fmt, out, signal in ((CANVAS, "canvas.csv", dlg.exported), ("moodle-gradebook-by-id", "moodle.csv", dlg.exported)):
        dlg.set_format(fmt)
        dlg.set_destination(tmp_path / out)
        with qtbot.waitSignal(signal, timeout=20000):
            dlg.export()
        shown = [dlg.done_label.text(), dlg.unmatched_label.text(), dlg.error_text()]
        shown += [lst.item(i).text() for lst in dlg.findChildren(QListWidget) for i in range(lst.count())]
        assert len(shown) > 3 or "left out" in shown[0] or "not saved" in shown[2], fmt   # and it is said
        assert not [s for s in SECRETS if any(s in t for t in shown)], (fmt, shown)
    assert not (tmp_path / "classroom.csv").exists()
    assert "Amelia Hartley" in (tmp_path / "canvas.csv").read_text(encoding="utf-8-sig")   # the files keep the names


def test_the_neutral_numbers_of_a_brightspace_sheet_stay_those_drawn_while_its_hash_was_shown():
    """Reading a Brightspace file now takes the "#" off the students' ids; the neutral numbers are drawn on the label as
    the sheet writes it, so a blind project made before keeps every student's number."""
    from dataclasses import replace

    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.ui.blind import StudentNames

    ids = [f"user{i}" for i in range(12)]
    frame = pd.DataFrame({"Username": ids, "Answer": [f"answer {i}" for i in range(12)]})
    session = GradingSession(Sheet(frame), ColumnMapping(id_column="Username", answer_column="Answer", default_item="q1"))
    before, after = [], []
    for a in session.answers:
        before.append(replace(a, student="#" + a.student))
        after.append(replace(a, sheet_student="#" + a.student))
    numbers = []
    for answers in (before, after):
        session.answers = answers
        names = StudentNames()
        names.set_session(session, seed="a project's key")
        numbers.append([names.number(a.student) for a in answers])
    assert numbers[0] == numbers[1] and sorted(numbers[0]) == list(range(1, 13))
