"""The Moodle grading worksheet's ``Feedback comments`` go back as Moodle's upload reads them (walkthrough QA h2).

Moodle's upload (assignfeedback_offline) puts the column's cell, as it is, in place of the student's feedback comment
whenever the two differ, and stores it as HTML (assignfeedback_comments' ``set_editor_text``). So an empty cell
erased a comment the teacher had written in Moodle before downloading the worksheet (a student she marked no comment
for in Grader), and a comment written on several lines ("Good start.\\n- explain density") showed on one line, its
"<" read as a tag. The downloaded comment is kept now (alone where Grader has none, before Grader's where it does not
hold them yet, so a second upload adds nothing twice), and Grader's comment is written as HTML where plain text would
not show as typed. Real worksheets written as Moodle writes them, read as the app reads them, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.lms import export_format

MOODLE_SAID = "<p>Good structure; see me about the diagram.</p>"


def worksheet_with_comments(folder, ann: str = MOODLE_SAID, ben: str = ""):
    """A downloaded worksheet whose Ann already has a feedback comment from Moodle (``ann``), Ben ``ben``."""
    rows = L.read_csv(L.moodle_worksheet(folder))
    rows[1][-1], rows[2][-1] = ann, ben
    return L.write_csv(folder / "Grades-Essay-4.csv", rows)


def comments(session, tmp_path, name: str = "upload.csv") -> list[str]:
    out = L.read_csv(export_format("moodle-worksheet").write(session, tmp_path / name).path)
    assert out[0][-1] == "Feedback comments"
    return [r[-1] for r in out[1:]]


def test_a_comment_written_in_moodle_is_kept_where_grader_has_none(tmp_path):
    s = L.session_for(worksheet_with_comments(tmp_path), None)
    for a in s.answers:
        s.decide(a.key, 1)                       # marked, no comment
    assert comments(s, tmp_path) == [MOODLE_SAID, ""]   # was "", "": Ann's comment erased by the upload


def test_grader_s_comment_follows_moodle_s_once(tmp_path):
    s = L.session_for(worksheet_with_comments(tmp_path), L.by_text)   # "comment on Ice is less" and so on
    first = comments(s, tmp_path)
    assert first == [f"{MOODLE_SAID}<br>comment on Ice is less", "comment on Ice is light"]   # was Grader's alone
    # uploaded, downloaded again (Moodle gives back what it took) and exported again: nothing added twice
    again = L.session_for(worksheet_with_comments(tmp_path, ann=first[0], ben=first[1]), L.by_text)
    assert comments(again, tmp_path, "again.csv") == first


def test_a_comment_on_several_lines_or_with_angle_brackets_is_written_as_html(tmp_path):
    s = L.session_for(worksheet_with_comments(tmp_path, ann=""), None)
    said = {L.A_GOOD: "Good start.\n- explain density\n- mention x<y & why", L.A_SOME: "Too short."}
    for a in s.answers:
        if a.text in said:
            s.decide(a.key, 1, comment=said[a.text])
    assert comments(s, tmp_path) == [   # was the text as typed, a "'" before each "- ", shown on one line
        "Good start.<br>- explain density<br>- mention x&lt;y &amp; why", "Too short."]
