"""What a student's feedback says a score is out of when the LMS gives the question other points
(grader_app/io/lms_points.py's scale_maxima; QA: a 2 on a 0-3 model read "2 out of 100" on a Moodle worksheet whose
Maximum Grade is 100). The feedback sheet (CSV and XLSX) and the PDF are written and read back: the question's own
scale, as the teacher marked it; the LMS's points only for a question marked by hand, whose marks are in them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.feedback import feedback_pages, write_feedback  # noqa: E402
from grader_app.ui.feedback_pdf import write_feedback_pdf  # noqa: E402
from test_feedback import as_text, read_back  # noqa: E402
from test_points_scaled import ZERO_TO_THREE, moodle_worksheet_out_of_100  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_moodle_worksheet_out_of_100_gives_the_student_2_out_of_3(qtbot, tmp_path):
    from test_feedback_pdf import read_pdf

    s = L.session_for(moodle_worksheet_out_of_100(tmp_path), lambda a: 2 if a.row == 0 else 3, labels=ZERO_TO_THREE)
    for suffix in (".csv", ".xlsx"):
        rows = read_back(write_feedback(s, tmp_path / f"feedback{suffix}"))
        assert [(r["Student ID"], as_text(r["Q1 score"]), as_text(r["Q1 out of"]), as_text(r["Total"]),
                 as_text(r["Out of"])) for r in rows[:2]] == [("Participant 5101", "2", "3", "2", "3"),
                                                               ("Participant 5102", "3", "3", "3", "3")]   # was 100
        assert "100" not in {as_text(v) for r in rows for v in r.values()}
    _doc, texts = read_pdf(write_feedback_pdf(s, tmp_path / "feedback.pdf"))
    ann = " ".join(texts[0].split())
    assert "Total: 2 out of 3" in ann and "Score: 2 out of 3" in ann
    assert "out of 100" not in " ".join(" ".join(t.split()) for t in texts)


def test_a_question_marked_by_hand_is_out_of_the_lms_points_unless_a_mark_is_above_them(tmp_path):
    # no model: the teacher marks out of the worksheet's Maximum Grade of 100
    s = L.session_for(moodle_worksheet_out_of_100(tmp_path), lambda a: 70 if a.row == 0 else 100, labels=())
    assert [(p.questions[0].score, p.questions[0].out_of, p.out_of) for p in feedback_pages(s)[:2]] == [
        (70, 100, 100), (100, 100, 100)]
    # Maximum Grade 2, marks up to 3: the marks are not in the LMS's points, so the highest mark given it is
    s = L.session_for(L.moodle_worksheet(tmp_path), lambda a: 3 if a.row == 0 else 1, labels=())
    assert [(p.questions[0].score, p.questions[0].out_of) for p in feedback_pages(s)] == [(3, 3), (1, 3), (1, 3)]
