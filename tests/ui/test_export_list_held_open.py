"""An LMS file written while its list of students left out (``<name>-unmatched.csv``) is the file Excel holds open
(Windows refuses the move over the list with a PermissionError, made here by os.replace refusing for the list only:
root may write over anything, and Windows' locking cannot run here): the window says, in its language, that the grade
file was saved and the list was not, because it is probably open in another program such as Excel, to close it and
export again. It used to name the list alone, as though nothing had been saved. The grade file on disk is the new
one, the list the old one, and the export goes through once the list is closed.

The grade file written is the export it is: the dialog says "✔ Saved" with what to do next in the LMS and sends
``exported`` (it used to send ``failed`` and leave the saved line and the import notes out), the list's problem said
above it all the same; a window asked to close while it was being saved stays open to say who is left out."""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.canvas import write_canvas_csv  # noqa: E402
from grader_app.io.lms import ExportResult  # noqa: E402
from grader_app.io.errors import SheetError  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from in_language import in_language  # noqa: E402
from ui_helpers import accept_mapping, counted, export_dialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OLD_LIST = b"Row in sheet,Student\r\n4,Someone from last week\r\n"
SAID = {
    "en": "moodle.csv was saved, but the list of students left out of it, moodle-unmatched.csv, was not: "
          "moodle-unmatched.csv is probably open in another program, such as Excel; close it there and export again "
          "(the moodle-unmatched.csv you have open is the old list).",
    "de": "moodle.csv wurde gespeichert, die Liste der darin ausgelassenen Schülerinnen und Schüler, "
          "moodle-unmatched.csv, aber nicht: moodle-unmatched.csv ist wahrscheinlich in einem anderen Programm "
          "geöffnet, etwa in Excel; schließen Sie die Datei dort und exportieren Sie erneut (die geöffnete Datei "
          "moodle-unmatched.csv ist die alte Liste).",
    "es": "moodle.csv se guardó, pero la lista de estudiantes que quedaron fuera, moodle-unmatched.csv, no: "
          "moodle-unmatched.csv probablemente está abierto en otro programa, como Excel; ciérralo allí y vuelve a "
          "exportar (el moodle-unmatched.csv que tienes abierto es la lista antigua).",
}


def lock_only(monkeypatch, name: str) -> None:
    """os.replace refuses to move a file over ``name`` (as Windows does over a file Excel holds open), and only it."""
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).name == name:
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                                "another process")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_list_of_students_left_out_open_in_excel_says_the_grade_file_was_saved(qtbot, tmp_path, task_manager,
                                                                                 monkeypatch, language):
    sheet_path = L.moodle_responses(tmp_path)   # Cara Diaz has no email address: Moodle's file leaves her out
    session = L.session_for(sheet_path, L.by_text)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "moodle.csv"
    listed = tmp_path / "out" / "moodle-unmatched.csv"
    target.write_bytes(b"last week's grades\r\n")
    listed.write_bytes(OLD_LIST)
    with in_language(language):
        dlg = export_dialog(qtbot, session, sheet_path, task_manager)
        assert dlg.format == "moodle-gradebook"
        dlg.set_destination(target)
        dlg.names.replace_ok[target] = dlg.format   # the teacher chose it in the file dialog: replaced without asking
        lock_only(monkeypatch, listed.name)
        with qtbot.waitSignal(dlg.exported, timeout=20000) as sig:
            dlg.export_button.click()
        assert sig.args[0] == str(target)   # the grade file is the export, saved
        assert dlg.error_text() == SAID[language] and dlg.list_problem == SAID[language]
        assert dlg.error_label.isVisible() and dlg.done_label.isVisible()   # the list's problem beside the saved line
        half = dlg.done_label.text()
    assert dlg.last_path == target and dlg.last_result.written == 2 and dlg.last_result.report is None
    # the grade file is the new one, the list the old one
    assert L.read_csv(target)[1:] == [["Ann", "Lee", "", "", "ann.lee@school.example", "2", "1"],
                                      ["Ben", "Okafor", "", "", "ben.okafor@school.example", "1", "2"]]
    assert listed.read_bytes() == OLD_LIST
    assert sorted(p.name for p in target.parent.iterdir()) == ["moodle-unmatched.csv", "moodle.csv"]
    # the list closed in Excel: the same export goes through, without asking to replace the file it wrote, and says
    # what it said of the grade file before: the same saved line, with the same import notes
    monkeypatch.undo()
    with in_language(language):
        with qtbot.waitSignal(dlg.exported, timeout=20000):
            dlg.export_button.click()
        assert dlg.done_label.text() == half and dlg.error_text() == "" and dlg.list_problem is None
    assert [r[:2] for r in L.read_csv(listed)][1:] == [["4", "Cara Diaz"]]   # (headed in the window's language)
    assert half.startswith("✔ ") and "moodle.csv" in half and "Moodle" in half   # saved, and how to import it
    if language == "en":
        assert half.startswith(f"✔ Saved moodle.csv in {target.parent}, with 2 students. ")


def test_the_grade_file_written_before_its_list_is_said_by_every_lms_file(tmp_path, monkeypatch):
    """Both writers of a list, an LMS format and the Canvas file by the sheet's ids, say which file was saved."""
    session = L.session_for(L.moodle_responses(tmp_path), L.by_text)
    (tmp_path / "moodle-unmatched.csv").write_bytes(OLD_LIST)
    lock_only(monkeypatch, "moodle-unmatched.csv")
    with pytest.raises(SheetError) as raised:
        export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert str(raised.value) == SAID["en"][:-1]
    assert raised.value.kind == "write.list_locked"
    assert len(L.read_csv(tmp_path / "moodle.csv")) == 3

    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)   # Cara Diaz has no id
    (tmp_path / "canvas-unmatched.csv").write_bytes(OLD_LIST)
    lock_only(monkeypatch, "canvas-unmatched.csv")
    with pytest.raises(SheetError) as raised:
        write_canvas_csv(session, tmp_path / "canvas.csv")
    assert str(raised.value).startswith("canvas.csv was saved, but the list of students left out of it, "
                                        "canvas-unmatched.csv, was not")
    assert (tmp_path / "canvas.csv").is_file() and (tmp_path / "canvas-unmatched.csv").read_bytes() == OLD_LIST


def test_exporting_again_replaces_the_file_written_before_its_list_without_asking(qtbot, tmp_path, task_manager,
                                                                                   monkeypatch):
    """The grade file did not exist, the list did (open in Excel): the file written by the export that could not replace
    the list is the window's own, so Export again replaces it without asking, as after a whole export."""
    sheet_path = L.moodle_responses(tmp_path)
    session = L.session_for(sheet_path, L.by_text)
    target, listed = tmp_path / "moodle.csv", tmp_path / "moodle-unmatched.csv"
    listed.write_bytes(OLD_LIST)
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    dlg.set_destination(target)
    lock_only(monkeypatch, listed.name)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.export_button.click()
    assert dlg.error_text() == SAID["en"] and target.is_file()
    monkeypatch.undo()
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.export_button.click()
    assert dlg.replace_box is None
    assert [r[:2] for r in L.read_csv(listed)] == [["Row in sheet", "Student"], ["4", "Cara Diaz"]]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_students_left_out_are_listed_though_their_list_could_not_be_written(qtbot, tmp_path, task_manager,
                                                                                  monkeypatch, language):
    """The grade file was written, its list of students left out was not (open in Excel): the dialog says so and still
    lists who is not in the grade file, as after a whole export, so the teacher can enter them by hand (it used to show
    the sentence alone, and nobody said who was missing from the file just saved)."""
    sheet_path = L.moodle_responses(tmp_path)   # Cara Diaz has no email address: Moodle's file leaves her out
    session = L.session_for(sheet_path, L.by_text)
    target, listed = tmp_path / "moodle.csv", tmp_path / "moodle-unmatched.csv"
    listed.write_bytes(OLD_LIST)
    with in_language(language):
        dlg = export_dialog(qtbot, session, sheet_path, task_manager)
        dlg.show()
        dlg.set_destination(target)
        lock_only(monkeypatch, listed.name)
        with qtbot.waitSignal(dlg.exported, timeout=20000):
            dlg.export_button.click()
        assert dlg.error_text() == SAID[language]
        assert dlg.unmatched_students() == ["Cara Diaz"] and dlg.unmatched_box.isVisible()
        said = dlg.unmatched_label.text()
        assert "moodle.csv" in said and "moodle-unmatched.csv" not in said   # not "listed in" the list never written
        assert said.startswith("⚠ " + {"en": "1 student could not be matched, so this student is not in moodle.csv.",
                                       "de": "1 Schülerin oder Schüler konnte nicht zugeordnet werden"}[language])
        assert dlg.unmatched_list.count() == 1 and dlg.unmatched_list.item(0).text().startswith("Cara Diaz (")
        assert target.is_file() and listed.read_bytes() == OLD_LIST
        # once the list is closed the same export lists her as ever, with the list named
        monkeypatch.undo()
        with qtbot.waitSignal(dlg.exported, timeout=20000):
            dlg.export_button.click()
        assert dlg.unmatched_students() == ["Cara Diaz"] and "moodle-unmatched.csv" in dlg.unmatched_label.text()


def test_a_list_not_written_carries_the_students_left_out(tmp_path, monkeypatch):
    """Both writers of a list give the students left out with the problem, for the window to show."""
    session = L.session_for(L.moodle_responses(tmp_path), L.by_text)
    (tmp_path / "moodle-unmatched.csv").write_bytes(OLD_LIST)
    lock_only(monkeypatch, "moodle-unmatched.csv")
    with pytest.raises(SheetError) as raised:
        export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert [u.student for u in raised.value.unmatched] == ["Cara Diaz"]
    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)   # Cara Diaz has no id
    (tmp_path / "canvas-unmatched.csv").write_bytes(OLD_LIST)
    lock_only(monkeypatch, "canvas-unmatched.csv")
    with pytest.raises(SheetError) as raised:
        write_canvas_csv(session, tmp_path / "canvas.csv")
    assert [u.student for u in raised.value.unmatched] == ["Cara Diaz"]


def test_the_grade_file_written_carries_its_result_when_its_list_is_not(tmp_path, monkeypatch):
    """Both writers give the result of the file they did write with the list's problem: the students in it, who is
    left out, and the notes saying how to import it (no list)."""
    for sheet, write, name in [(L.moodle_responses, export_format("moodle-gradebook").write, "moodle"),
                               (L.canvas_student_analysis, write_canvas_csv, "canvas")]:
        session = L.session_for(sheet(tmp_path), L.by_text)
        whole = write(session, tmp_path / f"{name}.csv")   # the list closed: as a whole export says it
        lock_only(monkeypatch, f"{name}-unmatched.csv")
        with pytest.raises(SheetError) as raised:
            write(session, tmp_path / f"{name}.csv")
        monkeypatch.undo()
        result = raised.value.result
        assert isinstance(result, ExportResult) and result.path == tmp_path / f"{name}.csv" and result.report is None
        assert (result.written, [u.student for u in result.unmatched]) == (whole.written, ["Cara Diaz"])
        assert result.notes == whole.notes and result.notes   # how to import it (nothing about a stale list)


STAYED_OPEN = {
    "en": "moodle.csv was saved, but its list of students left out was not, so Grader stayed open; the export window "
          "says why.",
    "de": "moodle.csv wurde gespeichert, die Liste der darin ausgelassenen Schülerinnen und Schüler aber nicht, daher "
          "bleibt Grader geöffnet; das Exportfenster sagt, warum.",
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_closing_while_the_list_is_refused_keeps_the_window_open_to_say_who_is_left_out(qtbot, tmp_path, task_manager,
                                                                                        monkeypatch, language):
    """The window asked to close while the grade file was being saved: the file is saved, its list is not, so the
    window stays open (closing would lose who is left out, and the old list on disk would pass for theirs) and says
    why; a second close closes it."""
    from grader_app.ui.app import open_main_window

    sheet_path = L.moodle_responses(tmp_path)   # Cara Diaz has no email address: Moodle's file leaves her out
    target, listed = tmp_path / "moodle.csv", tmp_path / "moodle-unmatched.csv"
    listed.write_bytes(OLD_LIST)
    with in_language(language):
        window = open_main_window([str(sheet_path)], tasks=task_manager)
        qtbot.addWidget(window)
        accept_mapping(qtbot, window)
        window.show_export()
        dlg = counted(qtbot, window)
        qtbot.waitUntil(dlg.isVisible, timeout=5000)
        assert dlg.format == "moodle-gradebook"
        dlg.set_destination(target)
        lock_only(monkeypatch, listed.name)
        with qtbot.waitSignal(dlg.exported, timeout=30000):
            assert dlg.export() is True and dlg.busy
            assert window.close() is False   # refused: the file is not written yet
        assert window.isVisible() and dlg.isVisible() and target.is_file() and listed.read_bytes() == OLD_LIST
        assert window.statusBar().currentMessage() == STAYED_OPEN[language]
        assert dlg.error_text() == SAID[language]
        # who is left out, then (no model scores every answer here) who is in it without a grade
        assert dlg.unmatched_students() == ["Cara Diaz", *(u.student for u in dlg.last_result.ungraded)]
        monkeypatch.undo()
        assert window.close() is True and not window.isVisible()   # nothing is being saved now: it closes at once
