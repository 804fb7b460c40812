"""What a question without a model is out of (grader_app/io/lms_points.py's question_top; QA: a class the teacher
marked 1 on such a question read "Score: 1 out of 1" in the feedback PDF and "Out of 1" in the points CSV, full marks
for everyone). It is the scale the review offered: 0-3, or higher once the teacher gave a higher score, or the points
the sheet gives the question; never the highest mark alone. Real exports are written and read back."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.feedback import write_feedback  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.commands import score_choices  # noqa: E402
from grader_app.ui.feedback_pdf import write_feedback_pdf  # noqa: E402
from test_feedback import as_text, read_back  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = ColumnMapping(id_column="Username", name_column="Name", item_column="Question", answer_column="Answer")
STUDENTS = [("alee", "Ann Lee", "Water moves in"), ("bok", "Ben Okafor", "It diffuses"), ("cruz", "Cy Cruz", "Osmosis")]


def hand_marked(tmp_path: Path, marks: list, points: list | None = None) -> GradingSession:
    """One question no model scores ("q1"), each student marked by the teacher (``marks``, None: open); ``points``:
    an "Out of" column the sheet gives it."""
    head = ["Username", "Name", "Question", "Answer", *(["Out of"] if points else [])]
    rows = [[u, n, "q1", a, *([p] if points else [])] for (u, n, a), p in zip(STUDENTS, points or [None] * 3)]
    s = GradingSession(read_sheet(L.write_csv(tmp_path / "class.csv", [head, *rows])), LONG)
    assert not s.items["q1"].labels and not s.items["q1"].bundle_id          # no model: the teacher marks it
    for a, mark in zip(s.answers, marks):
        if mark is not None:
            s.decide(a.key, mark)
    return s


def exported_out_of(s: GradingSession, tmp_path: Path) -> dict[str, object]:
    """What each real export says q1 is out of, read back from the files."""
    from test_feedback_pdf import read_pdf

    out: dict[str, object] = {}
    rows = read_back(write_feedback(s, tmp_path / "feedback.xlsx"))
    out["feedback"] = {as_text(r["Q1 out of"]) for r in rows}
    _doc, texts = read_pdf(write_feedback_pdf(s, tmp_path / "feedback.pdf"))
    out["pdf"] = " ".join(" ".join(t.split()) for t in texts)
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    header = points[0]
    out["points"] = {r[header.index("Out of")] for r in points[1:]}
    board = L.read_csv(export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv").path)
    out["blackboard"] = board[0][-1]
    return out


def test_a_class_marked_1_on_a_question_without_a_model_is_1_out_of_3_in_every_export(qtbot, tmp_path):
    s = hand_marked(tmp_path, [1, 1, 1])
    assert score_choices(s, "q1") == (0, 1, 2, 3)            # what the review offered: 0 to 3
    got = exported_out_of(s, tmp_path)
    assert got["feedback"] == {"3"}                          # was 1: full marks for everyone
    assert "Score: 1 out of 3" in got["pdf"] and "out of 1" not in got["pdf"]
    assert got["points"] == {"3"}
    assert got["blackboard"] == "q1 [Total Pts: 3 Score]"


def test_a_higher_score_given_widens_the_scale_and_the_sheets_points_set_it(qtbot, tmp_path):
    s = hand_marked(tmp_path, [5, 1, None])                  # the teacher typed 5: the scale is 0-5 now
    assert score_choices(s, "q1") == (0, 1, 2, 3, 4, 5, 6)   # and one above the highest, as before
    got = exported_out_of(s, tmp_path)
    assert got["feedback"] == {"5"} and got["points"] == {"5"}
    assert "Score: 1 out of 5" in got["pdf"]
    (tmp_path / "pts").mkdir()
    s = hand_marked(tmp_path / "pts", [1, 1, 1], points=[2, 2, 2])   # the sheet says out of 2: the teacher set it
    got = exported_out_of(s, tmp_path / "pts")
    assert got["feedback"] == {"2"} and got["points"] == {"2"} and "Score: 1 out of 2" in got["pdf"]


def test_a_question_nobody_marked_yet_has_no_maximum_rather_than_a_guess(qtbot, tmp_path):
    s = hand_marked(tmp_path, [None, None, None])
    got = exported_out_of(s, tmp_path)
    assert got["feedback"] == {""} and got["blackboard"] == "q1"


def test_a_model_learned_from_marks_up_to_2_leaves_the_question_out_of_3(qtbot, tmp_path):
    from dataclasses import replace

    from grader_app.core.session_records import LEARNED

    s = hand_marked(tmp_path, [2, 1, 0])
    s.items["q1"] = replace(s.items["q1"], bundle_id=LEARNED + "q1", labels=(0, 1, 2))   # learned from those marks
    assert s.items["q1"].learned
    got = exported_out_of(s, tmp_path)
    assert got["feedback"] == {"3"} and got["points"] == {"3"} and "Score: 2 out of 3" in got["pdf"]   # was 2


def test_points_in_the_questions_name_set_its_scale_the_buttons_and_every_export(qtbot, tmp_path):
    """ "q1 (5 marks)" in the question cells: the review offers 0-5 and every export says out of 5 for a class marked
    2 (was 0-3 and "out of 3": the points in the name were stripped for matching and then forgotten)."""
    head = ["Username", "Name", "Question", "Answer"]
    rows = [[u, n, "q1 (5 marks)", a] for u, n, a in STUDENTS]
    s = GradingSession(read_sheet(L.write_csv(tmp_path / "class.csv", [head, *rows])), LONG)
    assert score_choices(s, "q1 (5 marks)") == (0, 1, 2, 3, 4, 5)
    for a in s.answers:
        s.decide(a.key, 2)
    got = exported_out_of(s, tmp_path)
    assert got["feedback"] == {"5"} and got["points"] == {"5"}
    assert "Score: 2 out of 5" in got["pdf"]


def test_points_heading_a_wide_sheets_answer_column_set_its_scale(qtbot, tmp_path):
    path = L.write_csv(tmp_path / "wide.csv", [["Name", "Photosynthesis (2 points)", "Osmosis [4 pts]"],
                                               ["Ann Lee", "light to sugar", "water moves"],
                                               ["Ben Okafor", "plants eat", "it diffuses"]])
    s = GradingSession(read_sheet(path), ColumnMapping(layout="wide", name_column="Name",
                                                       answer_columns={"Photosynthesis (2 points)": "photosynthesis",
                                                                       "Osmosis [4 pts]": "osmosis"}))
    first, second = s.item_keys()
    assert score_choices(s, first) == (0, 1, 2) and score_choices(s, second) == (0, 1, 2, 3, 4)
    for a in s.answers:
        s.decide(a.key, 1)
    rows = read_back(write_feedback(s, tmp_path / "feedback.xlsx"))
    outs = sorted({as_text(v) for r in rows for k, v in r.items() if str(k).endswith("out of")})
    assert outs == ["2", "4"], rows[0]


def test_points_the_sheet_gives_a_question_set_its_scale_and_a_long_scale_gets_no_row_of_buttons(qtbot, tmp_path):
    """An "Out of" of 5 (a Canvas question worth 5): the teacher's marks are those points, so the review offers 0-5.
    Moodle's 100: the question is out of 100 (its score's digits are typed, or the teacher sets another "out of": the
    review's Change…); no row of 101 buttons is shown (was 0-3 buttons, and no way to give what the exports said)."""
    from grader_app.ui.score_buttons import ScoreButtons

    assert score_choices(hand_marked(tmp_path, [None] * 3, points=[5, 5, 5]), "q1") == (0, 1, 2, 3, 4, 5)
    (tmp_path / "moodle").mkdir()
    s = hand_marked(tmp_path / "moodle", [None] * 3, points=[100] * 3)
    assert score_choices(s, "q1") == tuple(range(101))
    buttons = ScoreButtons()
    qtbot.addWidget(buttons)
    buttons.set_scores(score_choices(s, "q1"))
    assert buttons.buttons == []
    buttons.set_scale("out of 100 · as the sheet says", True, "type a score's digits one after another")
    assert buttons.scale_label.text() == "out of 100 · as the sheet says · type a score's digits one after another"
    buttons.set_scores(tuple(range(11)))
    assert [b.text() for b in buttons.buttons] == [str(i) for i in range(11)]
