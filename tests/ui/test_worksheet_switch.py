"""A workbook's other worksheet chosen in the columns dialog, in the real window with real workbooks and project files:
it gets its own columns, guessed for it and shown, and its own project file; the workbook's project (another
worksheet's columns and decisions) is left as it is and comes back when the teacher switches back. Cancel after
choosing another worksheet in File ▸ Choose columns… brings back the sheet as it was. QA: choosing the second
worksheet there closed the sheet with "The project … belongs to another sheet"."""
from __future__ import annotations

import openpyxl
import pytest

from grader_app.io.project_store import ProjectStore, project_path_for
from grader_app.workflow import worksheet_project
from test_ids_added_in_window import asked, opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FIRST = {"id_column": "Student ID", "name_column": "Name", "item_column": "Question", "answer_column": "Answer"}
SECOND = {"id_column": "Learner ID", "name_column": "Pupil", "item_column": "Item", "answer_column": "Response"}


def workbook(path):
    """'Period 1' (6 students, the most text: read first) and 'Period 2' (4 other students, other column names)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Period 1"
    ws.append(list(FIRST.values()))
    for i in range(6):
        ws.append([f"S{i}", f"Student {i}", "asap-sas-1", f"You need the amount of vinegar and the container size {i}"])
    two = wb.create_sheet("Period 2")
    two.append(["Pupil", "Learner ID", "Item", "Response"])
    for i in range(4):
        two.append([f"Pupil {i}", f"P{i}", "asap-sas-1", f"the type of vinegar {i}"])
    wb.save(path)
    return path


def columns(mapping) -> dict:
    return {k: v for k, v in mapping.to_dict().items() if k in FIRST}


def choose(qtbot, window, dlg, name):
    """``name`` chosen in the dialog's list of worksheets, as a click does; the dialog shown for it, if any."""
    i = dlg.worksheet_combo.findData(name)   # its entry may say its saved work after the name
    dlg.worksheet_combo.setCurrentIndex(i)
    dlg.worksheet_combo.activated.emit(i)
    dlg.worksheet_choice.flush()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)


def saved(project) -> tuple[str, int]:
    store = ProjectStore.open(project)
    try:
        return store.load_setup()["sheet_name"], store.decision_count()
    finally:
        store.close()


def graded_first(qtbot, window, path) -> dict[str, int]:
    window.open_sheet(path)
    dlg = asked(qtbot, window)
    assert dlg.sheet.sheet_name == "Period 1"
    dlg.accept()
    session = opened(qtbot, window)
    scores = {}
    for i, a in enumerate(session.answers):
        scores[a.text] = i % 2
        session.decide(a.key, i % 2, comment=f"c{i}")
    return scores


def decided(session) -> dict[str, int]:
    return {session.answers[k].text: d.score for k, d in session.decisions.items()}


def test_a_new_workbooks_other_worksheet_is_asked_with_its_own_columns(qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    window.open_sheet(path)
    dlg = asked(qtbot, window)
    assert columns(dlg.mapping()) == FIRST
    choose(qtbot, window, dlg, "Period 2")
    again = asked(qtbot, window)
    assert again is not dlg and again.sheet.sheet_name == "Period 2" and columns(again.mapping()) == SECOND
    again.accept()
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 2" and len(session.answers) == 4
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)
    assert saved(project_path_for(path)) == ("Period 2", 0)   # the workbook's own project: no other worksheet's yet


def test_choose_columns_on_another_worksheet_gives_it_its_own_project_and_leaves_the_first_as_it_was(
        qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    first = graded_first(qtbot, window, path)
    window.columns_action.trigger()                    # File ▸ Choose columns…
    dlg = asked(qtbot, window)
    assert dlg.sheet.sheet_name == "Period 1" and columns(dlg.mapping()) == FIRST
    choose(qtbot, window, dlg, "Period 2")
    again = asked(qtbot, window)                       # was: the sheet closed, "belongs to another sheet"
    assert again.sheet.sheet_name == "Period 2" and columns(again.mapping()) == SECOND   # its own, guessed, asked
    again.accept()
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 2" and len(session.answers) == 4 and not session.decisions
    session.decide(session.answers[2].key, 1, comment="second")
    own = worksheet_project(project_path_for(path), "Period 2")
    assert own.name == "classes (Period 2).grader-project"

    window.columns_action.trigger()                    # asked again on Period 2: its columns, not Period 1's
    dlg = asked(qtbot, window)
    assert dlg.sheet.sheet_name == "Period 2" and columns(dlg.mapping()) == SECOND
    choose(qtbot, window, dlg, "Period 1")             # back: its project answers, with every decision
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 1" and columns(session.mapping) == FIRST
    assert decided(session) == first
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)
    assert saved(project_path_for(path)) == ("Period 1", 6)
    assert saved(own) == ("Period 2", 1)

    window.open_sheet(path)                            # the workbook opens on its project's worksheet
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 1" and decided(session) == first
    window.columns_action.trigger()
    choose(qtbot, window, asked(qtbot, window), "Period 2")
    session = opened(qtbot, window)                    # Period 2's own project answers
    assert session.sheet.sheet_name == "Period 2" and columns(session.mapping) == SECOND
    assert decided(session) == {session.answers[2].text: 1}


def test_cancel_after_choosing_another_worksheet_brings_back_the_sheet_as_it_was(qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    first = graded_first(qtbot, window, path)
    window.columns_action.trigger()
    choose(qtbot, window, asked(qtbot, window), "Period 2")
    again = asked(qtbot, window)
    assert again.sheet.sheet_name == "Period 2" and columns(again.mapping()) == SECOND
    again.reject()
    session = opened(qtbot, window)
    assert window.sheet_path == path and session.sheet.sheet_name == "Period 1"
    assert columns(session.mapping) == FIRST and decided(session) == first
    assert "Opening cancelled" not in window.statusBar().currentMessage()
    assert not worksheet_project(project_path_for(path), "Period 2").exists()
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)
    assert saved(project_path_for(path)) == ("Period 1", 6)
