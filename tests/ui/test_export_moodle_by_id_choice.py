"""The export dialog offers the Moodle gradebook by the sheet's student id column, as it offers the Canvas gradebook by
that column (QA: a sheet with a "Student ID" column and no email address was refused by the Moodle gradebook, with no
way to say that its ids are Moodle's ID numbers). As with Canvas, the Moodle heading keeps one gradebook: for a sheet
with a student id column of its own and no email address, username or ID number, the one by that column instead of
the ordinary one, which could match no one there; the file written from the dialog holds the sheet's ids as
``ID number`` and the saved line says to map that column. One that also gives email addresses, and a Moodle download
(whose identifiers are Moodle's own) keep the ordinary one; a sheet of names alone is offered neither, and the Moodle
heading says what it lacks (tests/ui/test_lms_fit_said_first.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from test_moodle_by_student_id import own_sheet  # noqa: E402
from ui_helpers import export_dialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
BY_ID = "moodle-gradebook-by-id"


def moodle_offered(dlg) -> list[str]:
    return [k for k, b in dlg.format_buttons.items() if "moodle" in k and b.isVisibleTo(dlg)]


def test_a_sheet_with_a_student_id_column_is_offered_the_moodle_gradebook_by_it(qtbot, tmp_path, task_manager):
    from test_export_dialog import export

    sheet = own_sheet(tmp_path)
    session = L.session_for(sheet, L.by_text)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert moodle_offered(dlg) == [BY_ID]      # instead of the ordinary one (the worksheet: no participant ids)
    assert "moodle-gradebook" not in dlg.format_buttons
    button = dlg.format_buttons[BY_ID]
    assert button.text() == "Moodle gradebook by your student id column (CSV import)"
    assert button in dlg.chooser.system_labels["Moodle"].options     # under the Moodle heading
    assert button.toolTip().startswith("In Moodle: Grades > Import > CSV file; your student ids go in as ID numbers.")
    rows = L.read_csv(export(qtbot, dlg, BY_ID, tmp_path / "class-7b-moodle-gradebook-by-id.csv"))
    assert rows[0][:5] == ["First name", "Last name", "Username", "ID number", "Email address"]
    assert [r[3] for r in rows[1:]] == ["S0001", "S0002"]
    assert "map from “ID number” to Moodle's ID number field" in dlg.done_label.text()
    assert dlg.unmatched_students() == ["Diaz, Cara"]     # no id: listed, not in the file
    assert dlg.chooser.some_left_out[BY_ID].text() == "1 of 3 students has no student id and is left out."   # said before
    dlg.close()


def test_a_sheet_without_a_student_id_column_is_not_offered_it(qtbot, tmp_path, task_manager):
    sheet = own_sheet(tmp_path, with_id=False)
    session = L.session_for(sheet, L.by_text)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert moodle_offered(dlg) == []     # nor the ordinary one: no email address, username or ID number either
    for key in (BY_ID, "moodle-gradebook"):
        with pytest.raises(ValueError):
            dlg.set_format(key)
    assert dlg.chooser.cannot_match["moodle-gradebook"].text() == (
        "“Moodle gradebook (CSV import)” is not offered, as your sheet has no email addresses, usernames or ID "
        "numbers.")
    dlg.close()


def test_a_sheet_with_a_student_id_and_an_email_column_keeps_the_ordinary_one(qtbot, tmp_path, task_manager):
    rows = [["Student ID", "Name", "Email", "Cell membrane"], ["S0001", "Lee, Ann", "ann@school.org", L.A_GOOD],
            ["S0002", "Okafor, Ben", "ben@school.org", L.A_SOME]]
    sheet = L.write_xlsx(tmp_path / "class-7b.xlsx", rows)
    session = L.session_for(sheet, L.by_text)
    assert session.mapping.id_column == "Student ID"
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert moodle_offered(dlg) == ["moodle-gradebook"]   # it matches on the email addresses
    dlg.close()


def test_a_moodle_download_is_not_offered_it(qtbot, tmp_path, task_manager):
    sheet = L.moodle_responses(tmp_path)
    session = L.session_for(sheet, L.by_text)
    assert session.mapping.id_column    # its email address: Moodle's own identifier, never an ID number
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    assert moodle_offered(dlg) == ["moodle-gradebook"]
    dlg.close()
