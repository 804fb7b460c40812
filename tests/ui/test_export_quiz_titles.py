"""QA s52b finding 2: downloads from Moodle (Responses), Blackboard and Brightspace name their questions only by number,
and every LMS file Grader wrote headed them "Q1", "Q2", so Canvas and Brightspace put next week's quiz's "Q1" into last
week's column; the export dialog offered no way to name them. Now, while an LMS file that heads a column per question is
chosen, the dialog shows one field, the quiz's name (the LMS download's own name for it, else the sheet's file name),
the titles the file will write with it before each generic one, and what that LMS does with a title it already has;
"Each title…" retitles any column; the name is kept in the project file, so the sheet opened again another day exports
with the same titles. The real main window opens real downloads laid out as each LMS writes them; the answers are
marked, the files exported through the real dialog and read back; the dialog keeps to a 1024×600 screen."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_downloads as D  # noqa: E402
from grader_app.core.scale import TEACHER, Scale  # noqa: E402
from grader_app.ui import i18n, mapping_layout  # noqa: E402
from export_clicks import export_as  # noqa: E402
from ui_helpers import counted, open_and_score  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREEN = QRect(0, 0, 1024, 600 - 40)      # a netbook's screen, less a taskbar
ROOM = SCREEN.size() - mapping_layout.FRAME
BB_HEADER = re.compile(r"(?P<title>[^\[\]|]+) \[Total Pts: [0-9.]+ Score\]")
BS_HEADER = re.compile(r"(?P<title>[^<>]+) Points Grade <Numeric MaxPoints:[^<>]+>")


def marked(qtbot, window, sheet: Path):
    """``sheet`` opened in the real window, scored, and every answer marked 1 by the teacher."""
    session = open_and_score(qtbot, window, sheet)
    for a in session.answers:
        session.decide(a.key, 1)
    return session


def export_dialog(qtbot, window):
    window.show_export()
    dlg = counted(qtbot, window)
    qtbot.waitExposed(dlg)
    return dlg


def export(qtbot, dlg, fmt: str, path: Path) -> list[str]:
    """``fmt`` chosen with a click, saved to ``path`` with Export; the file's header row."""
    export_as(qtbot, dlg, fmt, path)
    return D.read_csv(path)[0]


def type_name(qtbot, dlg, name: str) -> None:
    edit = dlg.titles_box.name_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, name)


def test_a_moodle_download_gets_the_quiz_name_before_q1_and_again_after_the_sheet_is_opened_again(qtbot, window,
                                                                                                  tmp_path):
    sheet = D.moodle_responses(tmp_path / "class")
    marked(qtbot, window, sheet)
    dlg = export_dialog(qtbot, window)
    box = dlg.titles_box
    assert dlg.format == "moodle-gradebook" and box.isVisible() and box.name_edit.isVisible()
    assert box.name_edit.text() == "BIO7-Week 3 quiz"              # the name Moodle gave its download
    assert box.preview.text() == ("Column titles: “BIO7-Week 3 quiz – Q1”, “BIO7-Week 3 quiz – Q2”. Moodle's import "
                                  "asks which grade item each column goes into: choose “New grade item” unless it is "
                                  "this quiz's own.")
    type_name(qtbot, dlg, "Week 3 quiz")
    assert box.preview.text().startswith("Column titles: “Week 3 quiz – Q1”, “Week 3 quiz – Q2”.")
    out = tmp_path / "out"
    out.mkdir()
    assert export(qtbot, dlg, "moodle-gradebook", out / "moodle.csv")[5:] == ["Week 3 quiz – Q1", "Week 3 quiz – Q2"]
    head = export(qtbot, dlg, "canvas", out / "canvas.csv")         # the Canvas file by the sheet's student id column
    assert head[5:] == ["Week 3 quiz – Q1", "Week 3 quiz – Q2"]
    assert dlg.titles_box.preview.text().endswith("Canvas puts a column into the assignment that already has its "
                                                  "title, replacing that assignment's grades.")
    qtbot.mouseClick(dlg.format_buttons["points"], Qt.LeftButton, pos=QPoint(8, 8))
    assert not box.isVisible()                                     # the points sheet is the teacher's own: no name
    dlg.reject()

    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    dlg = export_dialog(qtbot, window)
    assert dlg.titles_box.name_edit.text() == "Week 3 quiz"        # kept in the project file
    again = export(qtbot, dlg, "moodle-gradebook", out / "moodle-again.csv")
    assert again[5:] == ["Week 3 quiz – Q1", "Week 3 quiz – Q2"]
    dlg.reject()


def test_blackboard_and_brightspace_downloads_each_title_typed_and_written_as_the_lms_reads_it(qtbot, window,
                                                                                                 tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    marked(qtbot, window, D.blackboard_by_user(tmp_path / "bb"))
    dlg = export_dialog(qtbot, window)
    box = dlg.titles_box
    assert dlg.format == "blackboard-grade-center" and box.name_edit.text() == "Week 4 test"
    assert box.preview.text() == ("Column titles: “Week 4 test – Q1”, “Week 4 test – Q2”. Blackboard makes a new "
                                  "column of each one, even beside a column of the same name.")
    qtbot.mouseClick(box.each_button, Qt.LeftButton)
    editor = box.editor
    qtbot.waitExposed(editor)
    assert [f.text() for f in editor.fields.values()] == ["Week 4 test – Q1", "Week 4 test – Q2"]
    editor.fields["Q1"].setText("Week 4 [ice] | density")
    editor.fields["Q2"].setText("")                               # emptied: the name's title again
    editor.accept()
    assert box.own == {"Q1": "Week 4 [ice] | density"}
    assert box.preview.text().startswith("Column titles: “Week 4 (ice) / density”, “Week 4 test – Q2”.")
    head = export(qtbot, dlg, "blackboard-grade-center", out / "bb.csv")
    assert [BB_HEADER.fullmatch(h)["title"] for h in head[4:]] == ["Week 4 (ice) / density", "Week 4 test – Q2"]
    dlg.reject()
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()

    marked(qtbot, window, D.brightspace_question_details(tmp_path / "bs"))
    dlg = export_dialog(qtbot, window)
    box = dlg.titles_box
    assert dlg.format == "brightspace-grades" and box.name_edit.text() == "Week 5 quiz"
    assert box.preview.text().endswith("Brightspace puts a column into the grade item that already has its name, "
                                       "replacing that item's grades.")
    type_name(qtbot, dlg, "Week 5 <quiz>")
    head = export(qtbot, dlg, "brightspace-grades", out / "bs.csv")
    assert [BS_HEADER.fullmatch(h)["title"] for h in head[1:3]] == ["Week 5 ‹quiz› – Q1", "Week 5 ‹quiz› – Q2"]
    assert head[-1] == "End-of-Line Indicator"
    dlg.reject()


def test_a_download_whose_questions_have_their_own_titles_keeps_them_and_asks_no_name(qtbot, window, tmp_path):
    marked(qtbot, window, D.canvas_student_analysis(tmp_path / "canvas"))
    dlg = export_dialog(qtbot, window)
    box = dlg.titles_box
    assert dlg.format == "canvas-gradebook" and box.isVisible()
    assert not box.name_edit.isVisible() and box.each_button.isVisible()
    assert box.preview.text().startswith("Column titles: “1234567: Why does ice float on water?”, “1234568: What do "
                                         "plants need for photosynthesis?”. Canvas puts")
    head = export(qtbot, dlg, "canvas-gradebook", tmp_path / "canvas.csv")
    assert head[5:7] == ["1234567: Why does ice float on water?", "1234568: What do plants need for photosynthesis?"]
    dlg.reject()


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_dialog_with_the_quiz_name_keeps_to_a_small_screen(qtbot, window, tmp_path, monkeypatch, lang):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: SCREEN)
    assert i18n.install(lang)
    session = marked(qtbot, window, D.moodle_responses(tmp_path / "class"))
    for item in session.item_keys():   # the teacher said what they are out of (else a line says Grader guessed it)
        session.set_scale(item, Scale(top=3, source=TEACHER))
    dlg = export_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dlg.titles_box.preview.isVisible(), timeout=5000)
    assert dlg.height() <= ROOM.height() and dlg.width() <= ROOM.width(), dlg.size()
    assert dlg.body.verticalScrollBar().maximum() == 0              # all of it in view, nothing to scroll to
    for w in (dlg.titles_box.name_edit, dlg.titles_box.preview, dlg.path_edit, dlg.export_button):
        assert w.isVisible() and w.height() >= w.minimumSizeHint().height()
    if lang != "en":
        assert "Moodle" in dlg.titles_box.preview.text() and "Column titles" not in dlg.titles_box.preview.text()
    dlg.reject()
