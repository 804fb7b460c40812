"""The export dialog after an LMS export that leaves students out (QA pass): it keeps to a 1024×600 screen in every
language, the formats never squashed or drawn over and Export/Close in view, and is no taller than what it shows
after a later failed export; a file no student can go into is not saved under a green tick but said why, naming the
identifier the system needs; the reasons a student is left out, in the list and in the -unmatched.csv beside the
file, are said in the teacher's language (here through a catalogue Qt's own tools build from the module)."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
import translation_catalogues  # noqa: E402
from grader_app.core.scale import TEACHER, Scale  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.lms import NothingMatched, export_format, report_path_for  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import i18n, mapping_layout, unmatched_words  # noqa: E402
from grader_app.ui.export_dialog import XLSX, ExportDialog  # noqa: E402
from export_clicks import export_as  # noqa: E402
from ui_helpers import counted  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REASONS = ROOT / "grader_app" / "io" / "lms" / "reasons.py"
WORDS = ROOT / "grader_app" / "ui" / "unmatched_words.py"
LONG = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
SCREEN = QRect(0, 0, 1024, 600 - 40)      # a netbook's screen, less a taskbar
ROOM = SCREEN.size() - mapping_layout.FRAME


def class_sheet(path: Path, students: int, username=lambda i: f"user{i}" if i % 2 == 0 else "") -> Path:
    """A long sheet of ``students`` × 3 questions; every other student has a username (Blackboard's identifier)."""
    rows = [["Student ID", "Name", "Username", "Question", "Answer"]]
    rows += [[f"S{i:03d}", f"Student {i} Surname", username(i), q, f"{q}: answer {i}"]
             for i in range(1, students + 1) for q in ("q1", "q2", "q3")]
    return L.write_csv(path, rows)


def open_dialog(qtbot, task_manager, sheet: Path) -> ExportDialog:
    session = GradingSession(read_sheet(sheet), LONG)
    for item in session.item_keys():   # the teacher said they are out of 3 (else a line says Grader guessed it: 23e0abb)
        session.set_scale(item, Scale(top=3, source=TEACHER))
    for a in session.answers:
        session.decide(a.key, int(a.row) % 3)
    dlg = ExportDialog(session, sheet, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return counted(qtbot, dlg)


def export(qtbot, dlg: ExportDialog, fmt: str, path: Path, signal: str = "exported"):
    return export_as(qtbot, dlg, fmt, path, signal).args[0]


def inside(widget, area) -> bool:
    """Is ``widget`` wholly inside ``area`` (an ancestor of it)?"""
    return area.rect().contains(QRect(widget.mapTo(area, QPoint(0, 0)), widget.size()))


def assert_whole_and_on_screen(dlg: ExportDialog) -> None:
    assert dlg.height() <= ROOM.height() and dlg.width() <= ROOM.width(), dlg.size()
    squashed = {k: (b.height(), b.minimumSizeHint().height()) for k, b in dlg.format_buttons.items()
                if b.height() < b.minimumSizeHint().height()}
    assert squashed == {}
    for system, heading in dlg.chooser.system_labels.items():      # no heading drawn over a radio button
        for key, b in dlg.format_buttons.items():
            if b.parent() is heading.parent():
                assert not heading.geometry().intersects(b.geometry()), (system, key)
    assert heading.height() >= heading.minimumSizeHint().height()
    for b in (dlg.export_button, dlg.close_button):
        assert b.isVisible() and inside(b, dlg)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_dialog_keeps_to_a_small_screen_with_the_list_of_students_left_out(qtbot, tmp_path, task_manager,
                                                                               monkeypatch, lang):
    """The list used to squash the formats to 10 px and grow the dialog to 665 px, Export and Close off a 600 px
    screen; after a later failed export it kept that height, empty below the sentence."""
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: SCREEN)
    assert i18n.install(lang)                     # (the UI tests' own fixture puts English back)
    sheet = class_sheet(tmp_path / "class.csv", 50)
    dlg = open_dialog(qtbot, task_manager, sheet)
    assert_whole_and_on_screen(dlg)

    export(qtbot, dlg, "blackboard-grade-center", tmp_path / "bb.csv")
    assert len(L.read_csv(tmp_path / "bb.csv")) == 26 and dlg.unmatched_list.count() == 25
    assert_whole_and_on_screen(dlg)
    assert dlg.unmatched_box.isVisible() and dlg.height() == ROOM.height()    # as tall as it may be: it scrolls
    viewport = dlg.body.viewport()
    qtbot.waitUntil(lambda: inside(dlg.done_label, viewport), timeout=5000)   # what was saved is in view
    assert dlg.body.verticalScrollBar().maximum() > 0

    message = export(qtbot, dlg, XLSX, tmp_path / "no such folder" / "x.xlsx", signal="failed")
    assert "x.xlsx" in message and dlg.unmatched_box.isHidden()
    assert_whole_and_on_screen(dlg)
    qtbot.waitUntil(lambda: inside(dlg.error_label, viewport), timeout=5000)
    # no empty area where the list was (under the body: where the file goes, then the buttons)
    below = dlg.path_edit.mapTo(dlg, QPoint(0, 0)).y() - dlg.error_label.mapTo(dlg, QPoint(0, dlg.error_label.height())).y()
    assert below < 3 * dlg.fontMetrics().height(), below
    assert dlg.body.verticalScrollBar().maximum() == 0


def test_a_file_no_student_can_go_into_is_not_saved_and_the_dialog_says_why(qtbot, tmp_path, task_manager):
    """What the dialog cannot know before writing: every student has a username, but one copied down the column, so
    Blackboard could tell no one apart. (A sheet without usernames is not even offered Blackboard's file, and the
    Moodle gradebook, which this sheet's empty Username column and missing email addresses do not serve, gives way to
    the one by the student id column: tests/ui/test_lms_without_ids_said_first.py, tests/ui/test_lms_fit_said_first.py.)"""
    sheet = class_sheet(tmp_path / "class.csv", 4, username=lambda i: "user")
    dlg = open_dialog(qtbot, task_manager, sheet)
    assert "blackboard-grade-center" not in dlg.chooser.some_left_out and not dlg.chooser.cannot_match.get(
        "blackboard-grade-center")                    # everyone has a username: nothing said before
    target = tmp_path / "bb.csv"
    target.write_bytes(b"last week's grades\r\n")
    button = dlg.format_buttons["blackboard-grade-center"]
    qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(8, button.height() // 2))
    dlg.set_destination(target)
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.replace_box is not None and dlg.replace_box.isVisible(), timeout=20000)
    replace = next(b for b in dlg.replace_box.buttons() if b.text() == "&Replace")
    with qtbot.assertNotEmitted(dlg.exported), qtbot.waitSignal(dlg.failed, timeout=20000) as sig:
        replace.click()                               # even agreed to: a header alone does not replace it
    assert sig.args[0] == ("bb.csv was not saved, because Blackboard could not match any student of this sheet; the "
                           "list says why for each: correct the sheet, open it again and export again.")
    assert dlg.error_text() == sig.args[0] and dlg.done_label.text() == "" and "✔" not in dlg.error_label.text()
    assert target.read_bytes() == b"last week's grades\r\n" and not report_path_for(target).exists()
    assert len(dlg.unmatched_students()) == 4          # and why for each: the username they share
    assert not dlg.busy and dlg.export_button.isEnabled()


def test_students_each_left_out_for_a_reason_of_their_own_are_listed_when_nothing_is_saved(qtbot, tmp_path,
                                                                                           task_manager):
    sheet = class_sheet(tmp_path / "class.csv", 3, username=lambda i: "same")   # one username copied down
    dlg = open_dialog(qtbot, task_manager, sheet)
    message = export(qtbot, dlg, "blackboard-grade-center", tmp_path / "bb.csv", signal="failed")
    assert message.startswith("bb.csv was not saved, because Blackboard could not match any student of this sheet")
    assert not (tmp_path / "bb.csv").exists()
    assert dlg.unmatched_box.isVisible() and dlg.unmatched_box.title() == "Students who could not be matched"
    assert dlg.unmatched_students() == ["Student 1 Surname · S001", "Student 2 Surname · S002",
                                        "Student 3 Surname · S003"]
    assert [dlg.unmatched_list.item(i).text() for i in range(3)][0] == (
        "Student 1 Surname · S001 (row 2): the same username (same) as the student on row 5, 8 (a second attempt?); "
        "they were not merged, enter these grades by hand")


# ----- the reasons in the teacher's language ----------------------------------------------------------------

def reason_kinds() -> set[str]:
    """Every kind a Reason(...) call in grader_app/io/lms/reasons.py gives (a copy's kind is the one copied)."""
    kinds = set()
    for node in ast.walk(ast.parse(REASONS.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Reason" \
                and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            kinds.add(node.args[1].value)
    return kinds


def real_reasons(tmp_path: Path) -> list:
    """Reasons from real exports (and the problems of exports that took nobody), one of each kind."""
    found = []
    sheet = L.write_csv(tmp_path / "mixed.csv", [
        ["Username", "Name", "Question", "Answer"], ["alee", "Ann Lee", "q1", "x"], ["", "Ben Ito", "q1", "y"],
        ["=cmd()", "Cy Ma", "q1", "z"], ["dup", "Dan Oz", "q1", "v"], ["dup", "Dan Oz", "q2", "w"],
        ["DUP", "Eve Ng", "q1", "u"], ["alee", "Ann Lee", "q2", "t"], ["twice", "Flo Li", "q1", "a"],
        ["twice", "Flo Li", "q1", "b"]])
    mapping = ColumnMapping(id_column="Username", name_column="Name", item_column="Question", answer_column="Answer")
    session = GradingSession(read_sheet(sheet), mapping)
    result = export_format("blackboard-grade-center").write(session, tmp_path / "bb.csv")
    found += [u.reason for u in result.unmatched] + [u.reason for u in result.ungraded]   # (no answer scored)
    bare = GradingSession(read_sheet(class_sheet(tmp_path / "bare.csv", 2, username=lambda i: "")), LONG)
    same = GradingSession(read_sheet(class_sheet(tmp_path / "same.csv", 2, username=lambda i: "one")), LONG)
    for key, s in (("blackboard-grade-center", bare), ("moodle-worksheet", bare), ("blackboard-grade-center", same)):
        with pytest.raises(NothingMatched) as caught:
            export_format(key).write(s, tmp_path / f"{key}.csv")
        found.append(caught.value.reason)
    return found


def test_every_kind_has_its_sentence_and_english_says_it_as_the_export_wrote_it(tmp_path):
    assert reason_kinds() == set(unmatched_words.SAYERS)
    reasons = real_reasons(tmp_path)
    assert {r.kind for r in reasons} == set(unmatched_words.SAYERS)        # every kind met in a real export
    for r in reasons:
        assert unmatched_words.reason_words(r) == str(r), r.kind
    assert unmatched_words.reason_words("A plain sentence.") == "A plain sentence."
    assert unmatched_words.reason_words(type(reasons[0])("Its own words.", "no_identifier")) == "Its own words."


def test_every_translate_call_has_literal_words_lupdate_can_read():
    """Literal words, or words marked where they are kept (the identifiers' names here, the formats' names in
    export_formats); the points sheet's headers (PointsSheet) are said here too."""
    for node in ast.walk(ast.parse(WORDS.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
            context, text = node.args[:2]
            assert isinstance(context, ast.Constant) and context.value in ("ExportReasons", "export_formats", "PointsSheet")
            marked = isinstance(text, ast.Subscript) and ast.unparse(text) in ("FIELDS[field]", "v['points']")
            assert isinstance(text, ast.Constant) or marked, node.lineno


def test_the_list_and_the_file_beside_it_say_the_reasons_through_the_catalogue(qtbot, tmp_path, task_manager):
    sheet = class_sheet(tmp_path / "class.csv", 4)
    with translation_catalogues.marked_catalogue(tmp_path, WORDS) as sources:
        assert "no {what} for this student, so {system} could not match them" in sources
        dlg = open_dialog(qtbot, task_manager, sheet)
        export(qtbot, dlg, "blackboard-grade-center", tmp_path / "bb.csv")
        shown = [dlg.unmatched_list.item(i).text() for i in range(dlg.unmatched_list.count())]
        assert shown == [f"Student {i} Surname · S00{i} (row {3 * i - 1}): «no «username» for this student, so "
                         "Blackboard could not match them»" for i in (1, 3)]
        report = L.read_csv(tmp_path / "bb-unmatched.csv")
        assert report[0] == ["«Row in sheet»", "«Student»", "«Why a grade is missing in Blackboard»", "class – q1",
                             "class – q2", "class – q3"]   # named only by number: the sheet's name before them
        assert report[1][:3] == ["2", "Student 1 Surname · S001",
                                 "«no «username» for this student, so Blackboard could not match them»"]
        # a sheet without any identifier the Moodle gradebook matches by: the dialog does not offer that file (it says
        # so before, tests/ui/test_lms_fit_said_first.py); written all the same, it says why in the teacher's words
        bare = GradingSession(read_sheet(class_sheet(tmp_path / "bare.csv", 2, username=lambda i: "")), LONG)
        with pytest.raises(NothingMatched) as raised:
            export_format("moodle-gradebook").write(bare, tmp_path / "moodle.csv", words=unmatched_words.list_words())
        message = unmatched_words.problem_words(raised.value)
        assert message.startswith("«moodle.csv was not saved, because Moodle matches students by their «")
        assert "«email address» or «username»" in message and "«ID number»" in message   # "{one} or {other}": «»
        assert "“Email”" in message and "“Points per question (CSV)”" in message and "{" not in message
    # the command line's words, and the window's in English, are the export's own
    english = export_format("blackboard-grade-center").write(dlg.session, tmp_path / "bb2.csv")
    assert L.read_csv(english.report)[1][2] == "no username for this student, so Blackboard could not match them"
