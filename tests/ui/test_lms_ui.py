"""Issue 13 in the window: a sheet a learning management system exported is recognised in the
columns dialog (its sentence in a banner, its columns prefilled); the export dialog offers every
LMS format under its system, preselects the one the sheet came from, lists the students a file
could not take, and writes feedback for each student. Every file is read back."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.session import ItemInfo  # noqa: E402
from long_sheets import long_sheet_session  # noqa: E402
from grader_app.core.sheet import WIDE, ColumnMapping  # noqa: E402
from grader_app.io.lms import FORMATS, recognise  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.app import open_main_window  # noqa: E402
from grader_app.ui.export_dialog import FEEDBACK_CSV, FEEDBACK_XLSX, XLSX, ExportDialog  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402
from ui_helpers import counted, export_dialog, make_long_csv  # noqa: E402

MOODLE_SENTENCE = "This looks like a Moodle quiz responses export; the columns are mapped for you."
MOODLE_MAPPING = ColumnMapping(layout=WIDE, id_column="Email address", name_column="Last name",
                               answer_columns={"Response 1": "Q1", "Response 2": "Q2"}, first_name_column="First name")


def checked_columns(dlg: MappingDialog) -> list[str]:
    return [dlg.answer_list.item(i).text() for i in range(dlg.answer_list.count())
            if dlg.answer_list.item(i).checkState() == Qt.CheckState.Checked]


def click(qtbot, button) -> None:
    """Click a radio button on its indicator, as a teacher does (its text may be shorter than the widget)."""
    qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(8, button.height() // 2))


def export(qtbot, dlg: ExportDialog, fmt: str | None, path: Path) -> Path:
    """Pick ``fmt`` (None: keep the preselected one), set the file, press Export, wait for the file."""
    if fmt is not None:
        click(qtbot, dlg.format_buttons[fmt])
        assert dlg.format == fmt
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=20000) as sig:
        qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    assert sig.args == [str(path)] and path.is_file()
    assert dlg.done_label.text().startswith("✔ Saved " + path.name)
    return path


def shown_unmatched(dlg: ExportDialog) -> list[str]:
    return [dlg.unmatched_list.item(i).text() for i in range(dlg.unmatched_list.count())]


# ----- the columns dialog ------------------------------------------------------------------------------

def test_opened_moodle_export_shows_the_sentence_and_its_mapping(qtbot, shipped_bundles, tmp_path, task_manager):
    path = L.moodle_responses(tmp_path, xlsx=True)
    window = open_main_window([str(path)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.lms_banner.isVisible() and dlg.lms_banner.text() == "✓ " + MOODLE_SENTENCE
    # prominent: above the columns and the preview of the sheet
    assert dlg.lms_banner.mapTo(dlg, dlg.lms_banner.rect().topLeft()).y() < dlg.preview.mapTo(dlg, dlg.preview.rect()
                                                                                              .topLeft()).y()
    assert dlg.wide_radio.isChecked()
    assert dlg.wide_id_combo.currentData() == "Email address" and dlg.wide_name_combo.currentData() == "Last name"
    assert checked_columns(dlg) == ["Response 1", "Response 2"]
    assert dlg.mapping() == MOODLE_MAPPING
    assert dlg.ok_button.isEnabled() and dlg.ok_button.text() == "Score 6 answers"
    # the teacher only confirms; the session keeps the mapping, so the export finds its identifiers
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None and not window.scoring.busy, timeout=20000)
    assert window.session.mapping == MOODLE_MAPPING and window.session.item_keys() == ["Q1", "Q2"]
    window.show_export()
    exp = counted(qtbot, window)   # the sheet's LMS is found with the counts, on a worker
    qtbot.waitUntil(exp.isVisible, timeout=5000)
    assert exp.format == "moodle-gradebook"
    assert exp.chooser.system_labels["Moodle"].text() == "<b>Moodle</b> — your sheet came from here"
    assert "This sheet came from Moodle" in exp.summary_label.text()
    exp.reject()
    window.close()


def test_the_columns_dialog_counts_the_answers_the_session_holds_without_moodles_average_row(qtbot, shipped_bundles,
                                                                                             tmp_path, task_manager):
    """Moodle's "Overall average" row is no student: the session leaves it out, and so must the counts the teacher
    confirms (found in a QA pass: 9 answers a question and "Score 18 answers" for 8 students, 16 scored)."""
    path = L.moodle_responses(tmp_path, average=True)   # three students and the average row
    window = open_main_window([str(path)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    intro = dlg.intro_label.text()                       # was "4 rows": the average row counted as a student
    assert intro.startswith("<b>quiz-3-responses.csv</b>: 3 rows, 10 columns. Check what each column holds, then "
                            "start scoring. Left out 1 row")     # (its English singular: translations/grader_en.ts)
    assert intro.endswith(" (Moodle's “Overall average”).")
    assert dlg.items() == [("Q1", 3), ("Q2", 3)]
    assert [dlg.items_table.item(r, 1).text() for r in range(dlg.items_table.rowCount())] == ["3", "3"]
    assert dlg.ok_button.text() == "Score 6 answers"
    click(qtbot, dlg.long_radio)                         # one row per answer, no question column: one question
    dlg.answer_combo.setCurrentIndex(dlg.answer_combo.findData("Response 1"))
    dlg.item_combo.setCurrentIndex(dlg.item_combo.findData(None))
    assert [n for _, n in dlg.items()] == [3] and dlg.ok_button.text() == "Score 3 answers"
    click(qtbot, dlg.wide_radio)                         # back to the export's own layout
    assert dlg.mapping() == MOODLE_MAPPING and dlg.ok_button.text() == "Score 6 answers"
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None and not window.scoring.busy, timeout=20000)
    assert len(window.session.answers) == 6 and [len(window.session.keys_for(q)) for q in ("Q1", "Q2")] == [3, 3]
    window.close()


def test_the_columns_dialog_leaves_out_canvass_test_student_and_says_why(qtbot, shipped_bundles, tmp_path, task_manager):
    """Canvas's "Test Student" (the teacher's Student View) is no student either, and the dialog says so in Canvas's
    words (QA: its answers were counted and scored; the note, had there been one, named Moodle's "Overall average")."""
    path = L.canvas_student_analysis(tmp_path, test_student="")     # three students and the teacher's Student View
    window = open_main_window([str(path)], tasks=task_manager)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.intro_label.text() == (
        "<b>Quiz 3 Student Analysis Report.csv</b>: 3 rows, 15 columns. Check what each column holds, then start "
        "scoring. Left out 1 row that is not a student (Canvas's “Test Student”, your Student View).")
    assert [n for _, n in dlg.items()] == [3, 3] and dlg.ok_button.text() == "Score 6 answers"
    window.close()


def test_google_forms_sheet_is_prefilled_without_a_guess_and_a_plain_sheet_gets_no_banner(qtbot, shipped_bundles,
                                                                                         tmp_path):
    lib = Library.load([shipped_bundles])
    sheet = read_sheet(L.google_forms(tmp_path))
    dlg = MappingDialog(sheet, lib, None)        # nothing guessed by the caller: the recognition maps it
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.lms_banner.isVisible()
    assert dlg.lms_banner.text() == "✓ This looks like a Google Forms responses export; the columns are mapped for you."
    assert "rows, " in dlg.intro_label.text() and "Left out" not in dlg.intro_label.text()   # every row a student
    m = dlg.mapping()
    assert m.layout == WIDE and m.id_column == "Email address" and m.name_column == "Your name"
    assert list(m.answer_columns) == [L.ICE, L.PLANTS]
    assert checked_columns(dlg) == [L.ICE, L.PLANTS]   # not Timestamp, Score, Class
    assert dlg.ok_button.text() == "Score 8 answers"

    plain = read_sheet(make_long_csv(tmp_path / "class.csv"))
    dlg2 = MappingDialog(plain, lib, None)
    qtbot.addWidget(dlg2)
    dlg2.show()
    assert dlg2.recognition is None and not dlg2.lms_banner.isVisible() and dlg2.lms_banner.text() == ""


# ----- the export dialog: every format, preselection, files read back -------------------------------------

def test_every_lms_format_is_listed_under_its_system_with_where_to_upload(qtbot, tmp_path, task_manager):
    sheet_path = make_long_csv(tmp_path / "class.csv", n_students=3)
    session = L.session_for(sheet_path, L.by_text)
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    assert dlg.recognition is None and dlg.format == XLSX      # a teacher's own sheet: nothing preselected
    assert not any("came from here" in lab.text() for lab in dlg.chooser.system_labels.values())
    assert set(dlg.chooser.system_labels) == {f.system for f in FORMATS}
    for f in FORMATS:
        if f.key == "canvas-gradebook":   # no Canvas ids in this sheet: the same file as the sheet's Canvas choice
            assert f.key not in dlg.format_buttons and dlg.chooser.canvas_elsewhere.isVisible()
            continue
        if f.key == "moodle-gradebook":   # student ids and no email, username or ID number: Moodle's by those ids
            assert f.key not in dlg.format_buttons and "moodle-gradebook-by-id" in dlg.format_buttons
            continue
        if f.key in ("blackboard-grade-center", "brightspace-grades", "moodle-worksheet", "google-classroom"):
            # no usernames, no participant identifiers (only a worksheet downloaded from Moodle gives them), no email
            # addresses: said in their place
            assert f.key not in dlg.format_buttons and dlg.chooser.cannot_match[f.key].isVisible()
            continue
        rb = dlg.format_buttons[f.key]
        assert rb.isVisible() and rb.text() == f.name
        # under its system's heading
        heading = dlg.chooser.system_labels[f.system]
        assert heading.isVisible() and heading.mapTo(dlg, heading.rect().topLeft()).y() < rb.mapTo(dlg, rb.rect()
                                                                                                   .topLeft()).y()
        click(qtbot, rb)
        assert dlg.format == f.key
        assert dlg.note_label.text().startswith(f.upload)
        assert dlg.path_edit.text() == str(tmp_path / f"class-{f.key}{f.suffix}")


def test_moodle_and_points_exports_read_back_and_the_unmatched_student_is_shown(qtbot, tmp_path, task_manager):
    sheet_path = L.moodle_responses(tmp_path)
    session = L.session_for(sheet_path, L.by_text)
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    assert dlg.format == "moodle-gradebook"          # preselected: the sheet came from Moodle
    assert dlg.note_label.text().startswith("In Moodle: Grades > Import > CSV file.")
    (tmp_path / "out").mkdir()
    out = export(qtbot, dlg, None, tmp_path / "out" / "moodle.csv")
    assert L.read_csv(out) == [["First name", "Last name", "Username", "ID number", "Email address", "quiz-3 – Q1",
                                "quiz-3 – Q2"],   # Moodle's "Response 1": the sheet's name before "Q1"
                               ["Ann", "Lee", "", "", "ann.lee@school.example", "2", "1"],
                               ["Ben", "Okafor", "", "", "ben.okafor@school.example", "1", "2"]]
    assert "with 2 students" in dlg.done_label.text() and "map from “Email address”" in dlg.done_label.text()
    # Cara has no email address: not in the file, but in the dialog and in the report beside it
    report = tmp_path / "out" / "moodle-unmatched.csv"
    assert dlg.unmatched_box.isVisible()
    assert shown_unmatched(dlg) == ["Cara Diaz (row 4): no email address for this student, so Moodle could not match them"]
    assert dlg.unmatched_students() == ["Cara Diaz"]
    assert "1 student could not be matched" in dlg.unmatched_label.text() and str(report) in dlg.unmatched_label.text()
    assert [r[:2] for r in L.read_csv(report)] == [["Row in sheet", "Student"], ["4", "Cara Diaz"]]

    # a second format: the points sheet takes everyone, so the list goes away
    out = export(qtbot, dlg, "points", tmp_path / "out" / "points.csv")
    rows = L.read_csv(out)
    assert rows[0] == ["Student", "Email", "Q1", "Q2", "Total", "Out of"]   # the email once: it is no student id
    assert [r[0] for r in rows[1:]] == ["Ann Lee", "Ben Okafor", "Cara Diaz"]
    assert [r[2:] for r in rows[1:]] == [["2", "1", "3", "4"], ["1", "2", "3", "4"], ["0", "0", "0", "4"]]
    assert not dlg.unmatched_box.isVisible() and shown_unmatched(dlg) == []


def test_google_forms_to_classroom_lists_two_submissions_and_the_missing_email(qtbot, tmp_path, task_manager):
    sheet_path = L.google_forms(tmp_path)
    session = L.session_for(sheet_path, L.by_text)
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    assert dlg.format == "google-classroom"
    assert dlg.chooser.system_labels["Google Classroom"].text() == ("<b>Google Classroom</b> — takes the grades of "
                                                                    "your Google Forms sheet")
    out = export(qtbot, dlg, None, tmp_path / "classroom.csv")
    assert L.read_csv(out) == [["Last Name", "First Name", "Email Address", L.ICE, L.PLANTS],
                               ["Lee", "Ann", "ann.lee@school.example", "2", "1"]]
    shown = shown_unmatched(dlg)
    assert len(shown) == 3 and "3 students could not be matched" in dlg.unmatched_label.text()
    assert shown[0].startswith("Ben Okafor · ben.okafor@school.example (row 3): the same email address")
    assert shown[1] == "Cara Diaz (row 4): no email address for this student, so Google Classroom could not match them"
    assert shown[2].startswith("Ben Okafor · ben.okafor@school.example (row 5): the same email address")
    # Blackboard matches on usernames, which a form does not have: not offered, and its heading says so before
    # (it used to be offered and say it only after Export; tests/ui/test_lms_without_ids_said_first.py)
    assert "blackboard-grade-center" not in dlg.format_buttons
    assert dlg.chooser.cannot_match["blackboard-grade-center"].text() == ("Blackboard needs usernames, and your sheet "
                                                                           "has none.")


# ----- feedback for students ----------------------------------------------------------------------------

@pytest.fixture
def shuffled_long(tmp_path):
    """9 students x 3 questions, rows shuffled; scores and comments decided per (student, question)."""
    rng = random.Random(7)
    items = ("ice", "plants", "moon")
    rows = [(f"S{s}", f"Pupil {s}", f"p{s}@school.example", q, f"{q} answer of pupil {s}: {rng.random():.5f}")
            for s in range(9) for q in items]
    rng.shuffle(rows)
    info = {q: ItemInfo(item=q, title=f"About {q}", labels=(0, 1, 2), rubric=dict(L.RUBRIC)) for q in items}
    path = tmp_path / "answers.csv"
    session = long_sheet_session(rows, info, path, write=True)
    frame = session.sheet.frame
    expected: dict[str, dict[str, tuple]] = {}
    for a in session.answers:
        sid = frame.iat[a.row, 0]
        score = (int(sid[1:]) + items.index(a.item)) % 3
        session.decide(a.key, score, comment=f"{sid} on {a.item}")
        expected.setdefault(sid, {})[a.item] = (a.text, score, f"{sid} on {a.item}")
    return session, path, items, expected


def _feedback_rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        rows = L.read_csv(path)
    else:
        ws = load_workbook(path)["Feedback"]
        rows = [["" if c.value is None else str(c.value) for c in r] for r in ws.iter_rows()]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.mark.parametrize("fmt", [FEEDBACK_XLSX, FEEDBACK_CSV])
def test_feedback_has_one_row_per_student_with_exactly_their_own_answers(qtbot, shuffled_long, tmp_path,
                                                                          task_manager, fmt):
    session, sheet_path, items, expected = shuffled_long
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    assert dlg.format == XLSX
    suffix = ".xlsx" if fmt == FEEDBACK_XLSX else ".csv"
    click(qtbot, dlg.format_buttons[fmt])
    assert dlg.path_edit.text() == str(tmp_path / f"answers-feedback{suffix}")
    out = export(qtbot, dlg, fmt, tmp_path / f"feedback{suffix}")
    rows = _feedback_rows(out)
    assert [r["Student ID"] for r in rows] == sorted(expected, key=lambda sid: min(
        a.row for a in session.answers if session.sheet.frame.iat[a.row, 0] == sid))   # sheet order, once each
    assert len(rows) == 9
    for r in rows:
        sid = r["Student ID"]
        assert r["Email"] == f"p{sid[1:]}@school.example"
        for n, q in enumerate(items, start=1):
            text, score, comment = expected[sid][q]
            assert r[f"Q{n} question"] == q                   # the sheet's name for it, not the title
            assert r[f"Q{n} answer"] == text                  # their own answer, and only theirs
            assert r[f"Q{n} score"] == str(score) and r[f"Q{n} out of"] == "2"
            assert r[f"Q{n} rubric"] == L.RUBRIC[str(score)] and r[f"Q{n} comment"] == comment
        assert r["Total"] == str(sum(expected[sid][q][1] for q in items)) and r["Out of"] == "6"
    assert not dlg.unmatched_box.isVisible()


def test_recognition_is_what_the_layer_says(tmp_path):
    """The dialogs show the LMS layer's own sentence: check it names the system (a control for the tests above)."""
    found = recognise(read_sheet(L.moodle_responses(tmp_path)))
    assert found is not None and found.sentence == MOODLE_SENTENCE and found.mapping == MOODLE_MAPPING
