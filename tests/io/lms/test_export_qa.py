"""QA findings on the LMS files, each on a real sheet written, read as the app reads it, exported and
read back: a stale report of the students left out is removed by a clean export; the points
possible come from the sheet, else the model's labels, else the scores given (never 0 when points
were given); the report's row numbers are the rows the teacher sees, blank rows counted."""
from __future__ import annotations

import pandas as pd

import lms_sheets as L
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.io.canvas import canvas_rows
from grader_app.io.columns import guess_columns
from grader_app.io.lms import export_format, report_path_for
from grader_app.io.readers import read_sheet

LONG_EMAIL = ColumnMapping(id_column="Email", name_column="Name", item_column="Question", answer_column="Answer")


def long_csv(path, rows, usernames: bool = False):
    """A long sheet by email; with ``usernames`` a Username column too (each student's email before the @)."""
    if usernames:
        return L.write_csv(path, [["Email", "Username", "Name", "Question", "Answer"],
                                  *([r[0], r[0].split("@")[0], *r[1:]] for r in rows)])
    return L.write_csv(path, [["Email", "Name", "Question", "Answer"], *rows])


def session(path, mapping=None, labels=None, decide=None) -> GradingSession:
    sheet = read_sheet(path)
    mapping = mapping or LONG_EMAIL
    s = GradingSession(sheet, mapping)
    if labels is not None:
        s = GradingSession(sheet, mapping, items={i: ItemInfo(item=i, labels=labels) for i in s.item_keys()})
    for a in s.answers:
        score = decide(a) if decide else 1
        if score is not None:
            s.decide(a.key, score)
    return s


def recognised(path, decide) -> GradingSession:
    """The session of an LMS download mapped as the app maps it, with no model (so no labels)."""
    sheet = read_sheet(path)
    s = GradingSession(sheet, guess_columns(sheet))
    for a in s.answers:
        s.decide(a.key, decide(a))
    return s


# ----- a clean export removes the old report of the same name ----------------------------------

def test_a_clean_export_removes_the_stale_report_of_the_same_name(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    sheet = src / "answers.csv"
    classroom = export_format("google-classroom")
    long_csv(sheet, [["a@x.edu", "Ana", "q1", "vinegar"], ["", "Bo", "q1", "container"]])
    first = classroom.write(session(sheet), out / "classroom.csv")
    assert first.report == report_path_for(out / "classroom.csv") and first.report.is_file()
    assert first.removed_report is None
    other = out / "other-unmatched.csv"                   # another export's report, and a near name: kept
    other.write_text("Row in sheet\n")
    near = out / "classroom-unmatched.csv.bak"
    near.write_text("x\n")

    long_csv(sheet, [["a@x.edu", "Ana", "q1", "vinegar"], ["bo@x.edu", "Bo", "q1", "container"]])
    second = classroom.write(session(sheet), out / "classroom.csv")
    assert second.unmatched == [] and second.report is None and second.written == 2
    assert not first.report.exists()                      # used to stay, still listing Bo as left out
    assert second.removed_report == first.report
    assert "classroom-unmatched.csv" in second.note and "deleted" in second.note
    assert sorted(p.name for p in out.iterdir()) == ["classroom-unmatched.csv.bak", "classroom.csv", "other-unmatched.csv"]
    assert [r[2] for r in L.read_csv(out / "classroom.csv")[1:]] == ["a@x.edu", "bo@x.edu"]

    third = classroom.write(session(sheet), out / "classroom.csv")      # nothing to remove: nothing said
    assert third.removed_report is None and "deleted" not in (third.note or "")


# ----- points possible ------------------------------------------------------------------------

BB_HEAD = ["Username", "Last Name", "First Name", "Question ID", "Question", "Answer", "Possible Points",
           "Auto Score", "Manual Score"]


def test_blackboard_points_come_from_the_downloads_possible_points(tmp_path):
    rows = [BB_HEAD] + [[f"u{i}", f"Last{i}", "Sam", "Q-7", "Explain osmosis", t, "3", "", ""]
                        for i, t in enumerate(["Water moves", "It diffuses"])]
    s = recognised(L.write_csv(tmp_path / "bb.csv", rows), decide=lambda a: 2 if a.row == 0 else 1)
    assert s.items["Q-7"].labels == ()                     # no model: no labels; 2 the highest score given
    out = export_format("blackboard-grade-center").write(s, tmp_path / "to-bb.csv")
    assert L.read_csv(out.path)[0][4] == "Q-7 [Total Pts: 3 Score]"        # used to be "Total Pts: 0"


def test_blackboard_by_user_and_brightspace_take_their_points_from_the_sheet(tmp_path):
    def no_labels(path):
        return recognised(path, decide=lambda a: 1)

    bb = export_format("blackboard-grade-center").write(no_labels(L.blackboard_by_user(tmp_path)), tmp_path / "bb.csv")
    assert L.read_csv(bb.path)[0][4:] == ["Q1 [Total Pts: 2 Score]", "Q2 [Total Pts: 2 Score]"]
    d2l = export_format("brightspace-grades").write(no_labels(L.brightspace_questions(tmp_path)), tmp_path / "d2l.csv")
    assert L.read_csv(d2l.path)[0][1:3] == ["Q1 Points Grade <Numeric MaxPoints:2>", "Q2 Points Grade <Numeric MaxPoints:2>"]
    canvas = export_format("canvas-gradebook").write(no_labels(L.canvas_student_analysis(tmp_path)), tmp_path / "cv.csv")
    assert L.read_csv(canvas.path)[1] == ["Points Possible", "", "", "", "", "2", "2"]


def test_points_possible_from_labels_else_from_the_scale_the_review_offered(tmp_path):
    path = long_csv(tmp_path / "answers.csv", [["a@x.edu", "Ana", "q1", "x"], ["b@x.edu", "Bo", "q1", "y"],
                                               ["a@x.edu", "Ana", "q2", "z"], ["b@x.edu", "Bo", "q2", "w"]],
                    usernames=True)   # Brightspace matches on usernames
    given = session(path, decide=lambda a: {"q1": 2 if a.row == 0 else 1, "q2": 0}[a.item])   # no model, no labels
    canvas = export_format("canvas-gradebook").write(given, tmp_path / "canvas.csv")
    # marked without a model on the review's 0-3: out of 3 (q1's highest mark, 2, is not its maximum; q2's 0s not 0)
    assert L.read_csv(canvas.path)[1][5:] == ["3", "3"]
    assert canvas_rows(given)[1][5:] == ["3", "3"]           # the Canvas file by the student id column too
    d2l = export_format("brightspace-grades").write(given, tmp_path / "d2l.csv")
    assert [c for c in L.read_csv(d2l.path)[0] if "Points Grade" in c] == ["q1 Points Grade <Numeric MaxPoints:3>",
                                                                            "q2 Points Grade <Numeric MaxPoints:3>"]
    labelled = session(path, labels=(0, 1, 2, 3), decide=lambda a: 1)
    canvas = export_format("canvas-gradebook").write(labelled, tmp_path / "canvas2.csv")
    assert L.read_csv(canvas.path)[1][5:] == ["3", "3"]     # the model's labels before the scores given


# ----- row numbers as the teacher's spreadsheet shows them ---------------------------------------

def test_report_rows_count_the_blank_rows_of_the_sheet(tmp_path):
    path = tmp_path / "blank_rows.csv"
    path.write_text("Email,Name,Question,Answer\n"
                    "a@x.edu,Ana,q1,vinegar\n"
                    ",,,\n"
                    ",,,\n"
                    ",Bo,q1,container\n"                 # file row 5, no email
                    "a@x.edu,Ann,q1,again\n"             # file row 6
                    "\n"
                    "a@x.edu,Ann,q1,and again\n"       # file row 8
                    "c@x.edu,Cy,q1,lid\n", encoding="utf-8")   # file row 9: matched, so the file is written
    s = session(path, mapping=ColumnMapping(layout=WIDE, id_column="Email", name_column="Name",
                                            answer_columns={"Answer": "q1"}))
    result = export_format("google-classroom").write(s, tmp_path / "out.csv")
    assert [(u.student, u.row) for u in result.unmatched] == [("Ana · a@x.edu", 2), ("Bo", 5), ("Ann · a@x.edu", 6),
                                                              ("Ann · a@x.edu", 8)]      # Bo used to be on row 3
    assert "on row 6, 8" in result.unmatched[0].reason and "on row 2, 8" in result.unmatched[2].reason
    report = L.read_csv(result.report)
    assert [r[0] for r in report[1:]] == ["2", "5", "6", "8"]


def test_rows_of_an_xlsx_with_a_title_and_blank_rows(tmp_path):
    path = L.write_xlsx(tmp_path / "answers.xlsx", [["Year 9 quiz"], [], ["Email", "Name", "Question", "Answer"],
                                                    ["a@x.edu", "Ana", "q1", "vinegar"], [], ["", "Bo", "q1", "jar"]])
    s = session(path)
    assert s.sheet.file_rows == (4, 6)
    result = export_format("google-classroom").write(s, tmp_path / "out.csv")
    assert [(u.student, u.row) for u in result.unmatched] == [("Bo", 6)]


def test_a_sheet_built_in_memory_counts_rows_from_the_header():
    sheet = Sheet(frame=pd.DataFrame([["a"], ["b"]], columns=["Answer"], dtype=object), header_row=2)
    assert [sheet.row_number(r) for r in range(2)] == [4, 5]
