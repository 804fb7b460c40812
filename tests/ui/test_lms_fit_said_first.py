"""QA (a teacher's pass, after Blackboard and Brightspace said up front that the sheet has no usernames): Google
Classroom on a sheet without email addresses, and Moodle's grading worksheet on a sheet without Moodle's participant
identifiers, were still offered in the export dialog and failed only after Export. Now every LMS file says it before:
one that could take no student is not offered, and a line in its place says which identifier the sheet lacks and (its
tooltip) what to do; one that would leave some students out is offered, and a line under it says how many, its tooltip
and the note under the destination what happens to them and how to include them; the file written then leaves out
exactly those. The real export dialog over real sheets, in English, German and Spanish."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import i18n  # noqa: E402
from grader_app.ui.export_dialog import XLSX  # noqa: E402
from in_language import in_language  # noqa: E402
from test_export_dialog import export  # noqa: E402
from ui_helpers import export_dialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOGLE, WORKSHEET, GRADEBOOK, BY_ID = "google-classroom", "moodle-worksheet", "moodle-gradebook", "moodle-gradebook-by-id"
LONG = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
NO_EMAIL_WHY = ("Google Classroom matches each student by their email address, and your sheet gives none: add an "
                "“Email” column with each student's email address, open the sheet again and export again, or choose "
                "“Points per question (CSV)”, which needs no identifier.")
SOME_WHY = ("Google Classroom matches students by their email address, and 10 of the 150 students in your sheet have "
            "none. Whoever is left out is listed here after saving, with their scores, and in a small “-unmatched.csv” "
            "beside the file, so that you can enter those grades in Google Classroom by hand. To include them, add "
            "their email addresses to the sheet, open it again and export again.")


def class_session(folder: Path, students: int, email) -> tuple[GradingSession, Path]:
    """A teacher's own sheet (Student ID, Name, Email: ``email(i)``, "" for none; two questions), every answer scored."""
    rows = [["Student ID", "Name", "Email", "Question", "Answer"]]
    rows += [[f"S{i:03d}", f"Student {i}", email(i), q, f"answer {i} to {q}"]
             for i in range(1, students + 1) for q in ("q1", "q2")]
    sheet = L.write_csv(folder / "class.csv", rows)
    session = GradingSession(read_sheet(sheet), LONG)
    for a in session.answers:
        session.decide(a.key, 1)
    return session, sheet


def some_without(i: int) -> str:
    return "" if i % 15 == 0 else f"s{i}@school.example"     # 10 of 150 without


def test_a_sheet_without_email_addresses_says_so_where_google_classroom_was(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, 6, lambda i: "")
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert GOOGLE not in dlg.format_buttons                       # used to be offered, and fail after Export
    with pytest.raises(ValueError):
        dlg.set_format(GOOGLE)
    line = dlg.chooser.cannot_match[GOOGLE]
    assert line.isVisibleTo(dlg) and line.text() == "Google Classroom needs email addresses, and your sheet has none."
    assert line.toolTip() == NO_EMAIL_WHY and line.accessibleDescription() == NO_EMAIL_WHY
    assert dlg.chooser.system_labels["Google Classroom"].isVisibleTo(dlg)      # its heading stays, above the line
    heading = dlg.chooser.system_labels["Google Classroom"]
    assert heading.mapTo(dlg, QPoint(0, 0)).y() < line.mapTo(dlg, QPoint(0, 0)).y()
    # Moodle's worksheet: no participant identifiers; the Moodle gradebook by the student id column is offered instead
    worksheet = dlg.chooser.cannot_match[WORKSHEET]
    assert worksheet.text() == ("“Moodle assignment grading worksheet” is not offered, as your sheet has no "
                                "participant identifiers.")
    assert worksheet.toolTip().endswith("or choose “Moodle gradebook by your student id column (CSV import)”.")
    assert "View all submissions > Download grading worksheet" in worksheet.toolTip()
    assert BY_ID in dlg.format_buttons and WORKSHEET not in dlg.format_buttons
    assert dlg.chooser.some_left_out == {}                        # every student has a student id
    # the dialog stays ready to export what the sheet can give
    assert dlg.format == XLSX and dlg.export_button.isEnabled()
    dlg.close()


def test_140_of_150_with_an_email_address_say_how_many_are_left_out_before_and_after(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, 150, some_without)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert GOOGLE in dlg.format_buttons and GOOGLE not in dlg.chooser.cannot_match
    line = dlg.chooser.some_left_out[GOOGLE]
    assert line.isVisibleTo(dlg) and line.text() == "10 of 150 students have no email address and are left out."
    assert line.toolTip() == SOME_WHY
    button = dlg.format_buttons[GOOGLE]
    assert 0 < line.mapTo(dlg, QPoint(0, 0)).y() - button.mapTo(dlg, QPoint(0, 0)).y() <= button.height() + 2  # under it
    assert button.toolTip() == f"In Google Classroom: the grades by email address, one column per question. {SOME_WHY}"
    assert button.accessibleDescription() == button.toolTip()    # a screen reader hears it with the choice
    # the Moodle gradebook matches by the email addresses too: the same 10
    assert dlg.chooser.some_left_out[GRADEBOOK].text() == "10 of 150 students have no email address and are left out."
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dlg.format == GOOGLE and dlg.note_label.text() == button.toolTip()      # said under the destination too
    assert dlg.export_button.isEnabled()                          # offered: it can be exported
    rows = L.read_csv(export(qtbot, dlg, GOOGLE, tmp_path / "classroom.csv"))
    assert len(rows) == 1 + 140                                   # as said: 10 of them left out ...
    assert len(dlg.unmatched_students()) == 10                    # ... and listed after saving
    assert all(u.endswith("no email address for this student, so Google Classroom could not match them")
               for u in (dlg.unmatched_box.list.item(i).text() for i in range(dlg.unmatched_box.list.count())))
    dlg.close()


def test_one_student_without_is_said_in_the_singular(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, 3, lambda i: "" if i == 2 else f"s{i}@school.example")
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert dlg.chooser.some_left_out[GOOGLE].text() == "1 of 3 students has no email address and is left out."
    assert "and 1 of the 3 students in your sheet has none." in dlg.chooser.some_left_out[GOOGLE].toolTip()
    dlg.close()


def test_a_form_that_collected_no_email_addresses_is_not_said_to_go_back_to_classroom(qtbot, tmp_path, task_manager):
    rows = [["Timestamp", "Your name", L.ICE], ["2024/03/04 10:02:11 AM GMT", "Ann Lee", L.A_GOOD],
            ["2024/03/04 10:05:40 AM GMT", "Ben Okafor", L.A_SOME]]
    sheet = L.write_csv(tmp_path / "Quiz (Responses).csv", rows)
    dlg = export_dialog(qtbot, L.session_for(sheet, L.by_text), sheet, task_manager)
    assert dlg.recognition is not None and dlg.recognised_format == GOOGLE     # a Google form, which gives it back ...
    assert GOOGLE not in dlg.format_buttons and dlg.format == XLSX            # ... but not without email addresses
    assert dlg.chooser.cannot_match[GOOGLE].text() == "Google Classroom needs email addresses, and your sheet has none."
    assert "is chosen to give the grades back" not in dlg.summary_label.text()
    assert dlg.export_button.isEnabled()
    dlg.close()


def test_a_downloaded_worksheet_is_offered_and_says_who_has_no_participant_identifier(qtbot, tmp_path, task_manager):
    sheet = L.moodle_worksheet(tmp_path)
    dlg = export_dialog(qtbot, L.session_for(sheet, L.by_text), sheet, task_manager)
    assert dlg.format == WORKSHEET and WORKSHEET not in dlg.chooser.cannot_match      # preselected: it came from there
    assert dlg.chooser.some_left_out[WORKSHEET].text() == "1 of 3 students has no participant identifier and is left out."
    assert "download the grading worksheet from Moodle again" in dlg.note_label.text()
    assert "This sheet came from Moodle" in dlg.summary_label.text()
    dlg.close()


def test_a_sheet_of_names_alone_is_told_what_moodles_gradebook_needs(qtbot, tmp_path, task_manager):
    rows = [["Name", "Question", "Answer"], ["Ann Lee", "q1", "a"], ["Ben Okafor", "q1", "b"]]
    sheet = L.write_csv(tmp_path / "names.csv", rows)
    session = GradingSession(read_sheet(sheet), ColumnMapping(name_column="Name", item_column="Question",
                                                              answer_column="Answer"))
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    moodle = [k for k in dlg.format_buttons if k.startswith("moodle")]
    assert moodle == []                                           # no Moodle file could take anyone
    line = dlg.chooser.cannot_match[GRADEBOOK]
    assert line.text() == ("“Moodle gradebook (CSV import)” is not offered, as your sheet has no email addresses, "
                           "usernames or ID numbers.")
    assert "add an “Email”, “Username” or “ID number” column" in line.toolTip()
    assert dlg.chooser.cannot_match[WORKSHEET].toolTip().endswith("or choose “Points per question (CSV)”.")
    assert "points" in dlg.format_buttons
    dlg.close()


def test_the_sheets_canvas_file_says_who_has_no_student_id(qtbot, tmp_path, task_manager):
    session, sheet = class_session(tmp_path, 4, lambda i: f"s{i}@school.example")
    frame = session.sheet.frame
    frame.loc[frame["Name"] == "Student 3", "Student ID"] = ""
    session = GradingSession(session.sheet, LONG)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    line = dlg.chooser.some_left_out["canvas"]
    assert line.text() == "1 of 4 students has no student id and is left out."
    assert line.toolTip().startswith("This file gives Canvas your student id column, and 1 of the 4 students in your "
                                     "sheet has no id in it.")
    dlg.set_format("canvas")
    assert dlg.note_label.text().startswith("Import it in Canvas under Grades ▸ Import.")
    assert dlg.note_label.text().endswith(line.toolTip())
    dlg.close()


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_lines_are_said_in_the_teachers_language(qtbot, tmp_path, task_manager, lang):
    session, sheet = class_session(tmp_path, 150, some_without)
    (tmp_path / "bare").mkdir()
    bare, bare_sheet = class_session(tmp_path / "bare", 6, lambda i: "")
    with in_language(lang):
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        some = dlg.chooser.some_left_out[GOOGLE]
        said = (some.text(), some.toolTip())
        dlg.close()
        dlg = export_dialog(qtbot, bare, bare_sheet, task_manager)
        cannot = dlg.chooser.cannot_match[GOOGLE]
        said += (cannot.text(), cannot.toolTip(), dlg.chooser.cannot_match[WORKSHEET].text())
        dlg.close()
    if lang == "de":
        assert said[0] == "10 von 150 ohne E-Mail-Adresse fehlen in der Datei."
        assert "10 der 150 Schülerinnen und Schüler in Ihrer Tabelle haben keine" in said[1]
        assert "„-unmatched.csv“" in said[1] and "in Google Classroom von Hand" in said[1]
        assert said[2] == "Google Classroom braucht E-Mail-Adressen, und Ihre Tabelle hat keine."
        assert "„Email“" in said[3] and "„Punkte pro Frage (CSV)“" in said[3]
    else:
        assert said[0] == "10 de 150 estudiantes no tienen correo electrónico y quedan fuera."
        assert "10 de los 150 estudiantes de tu hoja no tienen ninguna" in said[1] and "«-unmatched.csv»" in said[1]
        assert said[2] == "Google Classroom necesita direcciones de correo electrónico y tu hoja no tiene ninguna."
        assert "«Email»" in said[3]
    assert all("your sheet" not in t and "{" not in t for t in said)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_lines_in_place_of_a_choice_read_after_their_heading_without_a_colon(qtbot, tmp_path, task_manager, lang):
    """A teacher read the Canvas heading and its line as "Canvas: No Canvas ids in your sheet: see “Your sheet,
    graded”." (one colon too many, and it read as "no Canvas export", although the gradebook by the student id column
    is offered under the sheet's files). Each line in place of a choice is now one sentence without a colon, and the
    Canvas one names where its gradebook is to be chosen. Every such line of this dialog: a sheet without email
    addresses (Canvas, Moodle's worksheet, Blackboard, Brightspace, Google Classroom) and one of names alone (Moodle's
    gradebook)."""
    from grader_app.ui.export_formats import GROUP_TITLES, SHEET

    session, sheet = class_session(tmp_path, 6, lambda i: "")
    rows = [["Name", "Question", "Answer"], ["Ann Lee", "q1", "a"], ["Ben Okafor", "q1", "b"]]
    names = L.write_csv(tmp_path / "names.csv", rows)
    named = GradingSession(read_sheet(names), ColumnMapping(name_column="Name", item_column="Question",
                                                            answer_column="Answer"))
    with in_language(lang):
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        canvas = dlg.chooser.canvas_elsewhere
        assert canvas is not None and canvas.isVisibleTo(dlg)
        lines = {"canvas": canvas.text(), **{k: label.text() for k, label in dlg.chooser.cannot_match.items()}}
        group = i18n.translate("export_formats", GROUP_TITLES[SHEET])
        dlg.close()
        dlg = export_dialog(qtbot, named, names, task_manager)
        lines[GRADEBOOK] = dlg.chooser.cannot_match[GRADEBOOK].text()
        dlg.close()
    assert set(lines) == {"canvas", WORKSHEET, "blackboard-grade-center", "brightspace-grades", GOOGLE, GRADEBOOK}
    assert [k for k, text in lines.items() if ":" in text] == []
    assert group in lines["canvas"]                     # where the Canvas gradebook is offered


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_line_under_an_offered_moodle_file_names_the_one_it_is_about(qtbot, tmp_path, task_manager, lang):
    """QA (a Spanish teacher): right under the offered "Moodle grades (CSV import)" the line said "Moodle's grading
    worksheet needs participant identifiers and your sheet has none", which read as if the choice above could not
    work. Moodle's heading holds more than one file, so the line names the file it is about, as its choice would be
    named, and says it is not offered."""
    from grader_app.ui.export_formats import choice

    session, sheet = class_session(tmp_path, 6, lambda i: f"s{i}@school.example")
    with in_language(lang):
        dlg = export_dialog(qtbot, session, sheet, task_manager)
        assert GRADEBOOK in dlg.format_buttons and WORKSHEET not in dlg.format_buttons
        line = dlg.chooser.cannot_match[WORKSHEET].text()
        worksheet, gradebook = (choice(k).label.replace("&", "") for k in (WORKSHEET, GRADEBOOK))
        dlg.close()
    assert worksheet in line and gradebook not in line
    assert line == {"en": "“Moodle assignment grading worksheet” is not offered, as your sheet has no participant "
                          "identifiers.",
                    "de": "„Moodle-Bewertungstabelle einer Aufgabe“ wird nicht angeboten, da Ihre Tabelle keine "
                          "Teilnehmerkennungen hat.",
                    "es": "«Hoja de calificación de una tarea de Moodle» no se ofrece porque tu hoja no tiene "
                          "identificadores de participante."}[lang]
