"""Each file names each identifier for what it is, the same in the points sheet, the feedback sheet and the feedback
PDF (QA: the Blackboard and Brightspace PDFs printed the username as "Student ID: alee", while Brightspace's points
sheet gave the OrgDefinedId as the student id; Moodle's and Google's points sheets wrote the email under both
"Student ID" and "Email"), and the Canvas gradebook keeps the download's section. Every file is written for real by
its export and read back: the CSVs as text, the PDF with Qt's own PDF reader."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.feedback import write_feedback  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.lms.grade_files import grades_file  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.feedback_pdf import write_feedback_pdf  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _files(tmp_path, download):
    """The points sheet and the feedback sheet (rows as dicts by header) and the PDF's text per page."""
    session = L.session_for(download(tmp_path), L.by_text)
    points = L.read_csv(export_format("points").write(session, tmp_path / "points.csv").path)
    feedback = L.read_csv(write_feedback(session, tmp_path / "feedback.csv"))
    doc = QtPdf.QPdfDocument(None)
    assert doc.load(str(write_feedback_pdf(session, tmp_path / "feedback.pdf"))) == QtPdf.QPdfDocument.Error.None_
    pages = [doc.getAllText(p).text() for p in range(doc.pageCount())]
    return ([dict(zip(points[0], r)) for r in points[1:]], [dict(zip(feedback[0], r)) for r in feedback[1:]], pages)


def test_brightspace_student_id_is_the_org_defined_id_everywhere_and_the_username_is_so_named(qtbot, tmp_path):
    points, feedback, pages = _files(tmp_path, L.brightspace_questions)
    assert [r["Student ID"] for r in points] == ["700101", "700102", ""]
    assert [r["Student ID"] for r in feedback] == ["700101", "700102", ""]
    assert [r["Username"] for r in points] == [r["Username"] for r in feedback] == ["alee", "bokafor", ""]
    assert "Student ID: 700101" in pages[0] and "Username: alee" in pages[0]
    assert "Student ID: alee" not in "".join(pages)


def test_blackboard_username_is_never_called_a_student_id(qtbot, tmp_path):
    points, feedback, pages = _files(tmp_path, L.blackboard_by_question)
    # Blackboard's results give no student id: no such column, the username under its own name
    assert "Student ID" not in points[0] and "Student ID" not in feedback[0]
    assert [r["Username"] for r in points] == [r["Username"] for r in feedback] == ["alee", "bokafor", ""]
    assert "Username: alee" in pages[0] and "Student ID" not in "".join(pages)


@pytest.mark.parametrize("download", [L.moodle_responses, L.google_forms])
def test_an_email_is_written_once_under_its_own_name(qtbot, tmp_path, download):
    points, feedback, pages = _files(tmp_path, download)
    for rows in (points, feedback):
        assert "Student ID" not in rows[0] and "Username" not in rows[0]
        assert rows[0]["Email"] == "ann.lee@school.example"
    assert "ann.lee@school.example" in pages[0] and "Student ID" not in "".join(pages)
    # the points sheet without the id column is still known as the points sheet when opened again
    assert grades_file(read_sheet(tmp_path / "points.csv")) == ""


def test_a_school_id_beside_the_email_stays_the_student_id(qtbot, tmp_path):
    points, feedback, pages = _files(tmp_path, L.own_class)   # "Student ID" S0001..., and an email column
    assert points[0]["Student ID"] == feedback[0]["Student ID"] == "S0001"
    assert points[0]["Email"] == feedback[0]["Email"] == "ann.lee@school.example"
    assert "Student ID: S0001" in pages[0]


def test_the_canvas_gradebook_keeps_the_downloads_section(tmp_path):
    session = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)
    rows = L.read_csv(export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv").path)
    section = rows[0].index("Section")
    assert [r[section] for r in rows[2:]] == ["Period 2", "Period 2"]   # Cara has no Canvas id: left out
