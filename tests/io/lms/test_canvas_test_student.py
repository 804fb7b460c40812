"""Canvas's "Test Student" (the account of the teacher's Student View: that name, no SIS id) is no student (QA: its
row of a Student Analysis report was scored, counted in the class figures, learned from and written to the gradebook
upload). It is left out as Moodle's "Overall average" row is, and the upload's note says why; a real student of that
name, who has an SIS id, stays. Real downloads written to disk, read as the app reads them, the upload read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.io.lms import export_format, reading_for, recognise

ZERO_TO_TWO = (0, 1, 2)


def opened(path) -> GradingSession:
    """The download as the app opens it: its reading (the rows that are no student left out) and a 0-2 rubric."""
    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    plain = L.session_for(path, labels=ZERO_TO_TWO)
    s = GradingSession(sheet, mapping, items=plain.items, reading=reading_for(sheet, mapping))
    for a in s.answers:
        s.decide(a.key, L.by_text(a))
    return s


def test_the_test_student_is_left_out_and_the_upload_says_why(tmp_path):
    path = L.canvas_student_analysis(tmp_path, test_student="")     # the teacher tried the quiz in Student View
    found = recognise(read_sheet(path))
    assert found is not None and found.system == "Canvas"
    assert found.reading is not None and found.reading.skip == {2}   # its row (the frame's third), and no other
    assert found.identifiers.not_students() == ["Test Student"]
    s = opened(path)
    assert not [a for a in s.answers if "Test Student" in a.student]   # its two answers were scored
    assert len(s.answers) == 6 and "test" not in {a.text for a in s.answers}
    out = tmp_path / "canvas.csv"
    result = export_format("canvas-gradebook").write(s, out)   # the upload the export dialog offers
    rows = L.read_csv(out)
    assert [r[0] for r in rows[2:]] == ["Ann Lee", "Ben Okafor"]    # Cara Diaz has no id: listed apart
    assert "Test Student" not in {r[0] for r in rows}
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]   # not listed as a student left out either
    assert result.notes[-1].kind == "not_students_left_out"
    assert str(result.notes[-1]) == ("The row “Test Student” of the downloaded report is not a student, so it is not "
                                     "in this file.")


def test_a_real_student_named_test_student_stays(tmp_path):
    path = L.canvas_student_analysis(tmp_path, test_student="S-77")  # an SIS id: a student the school enrolled
    found = recognise(read_sheet(path))
    assert found is not None and not found.reading.skip and found.identifiers.not_students() == []
    s = opened(path)
    assert "Test Student · S-77" in {a.student for a in s.answers}
    out = tmp_path / "canvas.csv"
    export_format("canvas-gradebook").write(s, out)
    assert ["Test Student", "S-77"] in [[r[0], r[2]] for r in L.read_csv(out)]
