"""The library's "canvas-gradebook" format written for another LMS's sheet (QA s52b, finding 9). The export dialog
offers the Canvas file by the sheet's student id column there instead, but a script may write this one: it wrote the
student's email address or username as their name, and gave email ids only as SIS User IDs, never as SIS Login IDs,
unlike the file by the sheet's id column (docs/lms.md). Each download is written as its LMS writes it, read as the app
reads it, exported both ways and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import export_format, recognise
from test_moodle_languages import german_file


def both(tmp_path, path):
    """(the canvas-gradebook format's rows and result, the rows of the Canvas file by the sheet's id column)."""
    session = L.session_for(path, L.by_text)
    result = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv")
    by_id = write_canvas_csv(session, tmp_path / "by-id.csv", source=recognise(session.sheet).system)
    return L.read_csv(result.path), result, L.read_csv(by_id.path)


def test_a_moodle_download_gives_the_names_and_the_email_addresses_as_sis_login_ids(tmp_path):
    rows, result, by_id = both(tmp_path, L.moodle_responses(tmp_path, average=True))
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert [r[:5] for r in rows[2:]] == [
        ["Ann Lee", "", "ann.lee@school.example", "ann.lee@school.example", ""],      # was the email as the name,
        ["Ben Okafor", "", "ben.okafor@school.example", "ben.okafor@school.example", ""]]   # and no SIS Login ID
    assert [r[:5] for r in rows[2:]] == [r[:5] for r in by_id[2:]]                   # as the file by the sheet's ids
    assert [n.kind for n in result.notes][:2] == ["canvas_gradebook", "canvas_email_ids"]
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]                     # no email address: listed


def test_a_german_moodle_download_too(tmp_path):
    rows, result, by_id = both(tmp_path, german_file(tmp_path, "semicolon csv"))
    assert [r[:4] for r in rows[2:]] == [["Ann Lee", "", "ann.lee@schule.example", "ann.lee@schule.example"],
                                         ["Ben Okafor", "", "ben.okafor@schule.example", "ben.okafor@schule.example"]]
    assert [r[:4] for r in rows[2:]] == [r[:4] for r in by_id[2:]]


def test_usernames_are_sis_user_ids_alone_and_the_name_is_the_students(tmp_path):
    rows, result, by_id = both(tmp_path, L.blackboard_by_user(tmp_path))
    assert [r[:4] for r in rows[2:]] == [["Ann Lee", "", "alee", ""], ["Ben Okafor", "", "bokafor", ""]]   # was alee
    assert [r[:4] for r in rows[2:]] == [r[:4] for r in by_id[2:]]
    assert all(n.kind != "canvas_email_ids" for n in result.notes)


def test_a_canvas_download_is_written_as_before(tmp_path):
    rows, result, _ = both(tmp_path, L.canvas_student_analysis(tmp_path))
    assert [r[:5] for r in rows[2:]] == [["Ann Lee", "1001", "S-01", "", "Period 2"],
                                         ["Ben Okafor", "1002", "", "", "Period 2"]]   # Cara, no id: listed
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]
    assert all(n.kind != "canvas_email_ids" for n in result.notes)
