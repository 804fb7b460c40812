"""A workbook graded worksheet by worksheet, opened again in the real window with real workbooks and project files: it
opens at the worksheet the teacher worked on last, with that worksheet's own columns and decisions, and says above the
results which worksheet it opened and which others have saved work of their own, and how to reach them (File ▸ Choose
columns…). QA: opening the workbook again always opened the worksheet of its first project; a teacher who had graded
"Period 2" the day before landed in "Period 1" and thought that work lost."""
from __future__ import annotations

import pytest

from grader_app.io.project_store import project_path_for
from grader_app.workflow import worksheet_project
from test_ids_added_in_window import asked, opened
from test_worksheet_switch import choose, decided, graded_first, saved, workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOTE = ("Opened the worksheet “{sheet}”, the one you worked on last. Your work on 1 other worksheet is saved too "
        "(“{other}”): to go on there, choose File ▸ Choose columns… and pick the worksheet.")


def closed(qtbot, window) -> None:
    window.close_sheet()
    qtbot.waitUntil(lambda: not window.sheet_life.closing, timeout=30000)


def test_the_workbook_opens_at_the_worksheet_worked_on_last_and_says_the_others_work_is_kept(qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    first = graded_first(qtbot, window, path)            # yesterday: Period 1 graded, then Period 2 begun
    window.columns_action.trigger()
    choose(qtbot, window, asked(qtbot, window), "Period 2")
    asked(qtbot, window).accept()
    session = opened(qtbot, window)
    session.decide(session.answers[2].key, 1, comment="second")
    second = decided(session)
    closed(qtbot, window)

    window.open_sheet(path)                              # today: File ▸ Open (and a recent sheet) opens it so
    session = opened(qtbot, window)                      # was: Period 1, Period 2's work nowhere in sight
    assert session.sheet.sheet_name == "Period 2" and decided(session) == second
    assert window.store.path == worksheet_project(project_path_for(path), "Period 2")
    assert window.notices.isVisible()
    assert NOTE.format(sheet="Period 2", other="Period 1") in window.notices.notes
    assert "1 note about this sheet is shown above the results." in window.statusBar().currentMessage()

    window.columns_action.trigger()                      # the note's way to Period 1: its decisions, all there
    choose(qtbot, window, asked(qtbot, window), "Period 1")
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 1" and decided(session) == first
    assert not any(n.startswith("Opened the worksheet") for n in window.notices.notes)   # the teacher chose it
    closed(qtbot, window)

    window.open_path(path)                               # dropped (or named when Grader starts): Period 1 now
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 1" and decided(session) == first
    assert NOTE.format(sheet="Period 1", other="Period 2") in window.notices.notes
    closed(qtbot, window)
    assert saved(project_path_for(path)) == ("Period 1", 6)
    assert saved(worksheet_project(project_path_for(path), "Period 2")) == ("Period 2", 1)


def test_a_workbook_graded_only_on_another_worksheet_than_the_one_read_first_says_which_it_opened(
        qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    window.open_sheet(path)
    dlg = asked(qtbot, window)
    assert dlg.sheet.sheet_name == "Period 1"
    choose(qtbot, window, dlg, "Period 2")
    asked(qtbot, window).accept()
    session = opened(qtbot, window)
    session.decide(session.answers[0].key, 0)
    assert not any(n.startswith("Opened the worksheet") for n in window.notices.notes)
    closed(qtbot, window)

    window.open_sheet(path)
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 2" and len(session.decisions) == 1
    assert ("Opened the worksheet “Period 2”, the one you worked on last; to grade another worksheet of this workbook, "
            "choose File ▸ Choose columns… and pick it.") in window.notices.notes


def test_a_workbook_graded_on_the_worksheet_read_first_only_says_nothing_of_worksheets(qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    first = graded_first(qtbot, window, path)
    closed(qtbot, window)
    window.open_sheet(path)
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 1" and decided(session) == first
    assert not any("worksheet" in n for n in window.notices.notes)


def test_a_worksheets_own_project_file_opened_by_itself_opens_its_worksheet_and_reaches_the_others(
        qtbot, window, tmp_path):
    path = workbook(tmp_path / "classes.xlsx")
    first = graded_first(qtbot, window, path)
    window.columns_action.trigger()
    choose(qtbot, window, asked(qtbot, window), "Period 2")
    asked(qtbot, window).accept()
    session = opened(qtbot, window)
    session.decide(session.answers[1].key, 0)
    closed(qtbot, window)
    own = worksheet_project(project_path_for(path), "Period 2")

    window.open_path(own)                                # the project file double-clicked or dropped: its worksheet
    session = opened(qtbot, window)
    assert session.sheet.sheet_name == "Period 2" and len(session.decisions) == 1
    window.columns_action.trigger()
    choose(qtbot, window, asked(qtbot, window), "Period 1")
    session = opened(qtbot, window)                      # was: a project for "Period 1" of Period 2's project, asked
    assert session.sheet.sheet_name == "Period 1" and decided(session) == first
    assert window.store.path == project_path_for(path)
    closed(qtbot, window)
    assert sorted(p.name for p in tmp_path.glob("*.grader-project")) == ["classes (Period 2).grader-project",
                                                                         "classes.grader-project"]
