"""QA pass on the LMS files (real sheets written, read as the app reads them, exported, read back):
Blackboard never declares a column worth 0 points and tells the teacher what the upload leaves to do;
its file quotes every cell as Blackboard asks; two questions never share one column header."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.columns import guess_columns
from grader_app.io.lms import FORMATS, export_format
from grader_app.io.readers import read_sheet

LONG = ColumnMapping(id_column="Username", name_column="Name", item_column="Question", answer_column="Answer")


def marked(path, decide, mapping=LONG) -> GradingSession:
    s = GradingSession(read_sheet(path), mapping)     # no model: no labels
    for a in s.answers:
        score = decide(a)
        if score is not None:
            s.decide(a.key, score)
    return s


def long_sheet(path):
    return L.write_csv(path, [["Username", "Name", "Question", "Answer"],
                              ["alee", "Ann Lee", "q1", "Water moves"], ["bok", "Ben Okafor", "q1", "It diffuses"],
                              ["alee", "Ann Lee", "q2", "No idea"], ["bok", "Ben Okafor", "q2", "?"]])


# ----- K1: Blackboard and points possible nobody knows ---------------------------------------------

def test_blackboard_never_writes_total_pts_0_and_says_what_to_do(tmp_path):
    s = marked(long_sheet(tmp_path / "answers.csv"), decide=lambda a: {"q1": 2 if a.row == 0 else 1, "q2": 0}[a.item])
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    header = L.read_csv(result.path)[0]
    # q2 used to be "q2 [Total Pts: 0 Score]"; both are marked without a model on the review's 0-3 (not "out of 2")
    assert header[4:] == ["q1 [Total Pts: 3 Score]", "q2 [Total Pts: 3 Score]"]
    assert not any("Total Pts: 0" in h for h in header)
    assert "q1: 3, q2: 3" in result.note and "text column worth 0 points" in result.note
    assert [r[2:] for r in L.read_csv(result.path)[1:]] == [["alee", "", "2", "0"], ["bok", "", "1", "0"]]


def test_blackboard_with_nothing_marked_yet_gives_no_points(tmp_path):
    s = marked(long_sheet(tmp_path / "answers.csv"), decide=lambda a: None)
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    assert L.read_csv(result.path)[0][4:] == ["q1", "q2"]
    assert "points possible of q1, q2 are not known" in result.note


def test_blackboard_points_from_the_download_are_in_the_header_and_the_note(tmp_path):
    sheet = read_sheet(L.blackboard_by_user(tmp_path))
    s = GradingSession(sheet, guess_columns(sheet))
    for a in s.answers:
        s.decide(a.key, 0)                                          # only 0s given; the download says 2
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    assert L.read_csv(result.path)[0][4:] == ["Q1 [Total Pts: 2 Score]", "Q2 [Total Pts: 2 Score]"]
    assert "(Q1: 2, Q2: 2)" in result.note and "not known" not in result.note


def test_blackboard_quotes_every_cell_as_its_upload_asks(tmp_path):
    s = marked(long_sheet(tmp_path / "answers.csv"), decide=lambda a: 1)
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    lines = result.path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == '"Last Name","First Name","Username","Student ID","q1 [Total Pts: 3 Score]","q2 [Total Pts: 3 Score]"'
    assert lines[1] == '"Lee","Ann","alee","","1","1"'


# ----- question columns: one header each, and never an identifier -----------------------------

def test_two_questions_never_share_a_header_nor_take_a_column_of_the_file(tmp_path):
    path = L.write_csv(tmp_path / "wide.csv", [["Email", "Name", "Username", "1", "Q1", "Email address"],
                                               ["ann@x.edu", "Ann Lee", "alee", "first", "second", "third"]])
    s = marked(path, decide=lambda a: {"1": 1, "Q1": 2, "Email address": 0}[a.item],
               mapping=ColumnMapping(layout=WIDE, id_column="Email", name_column="Name",
                                     answer_columns={"1": "1", "Q1": "Q1", "Email address": "Email address"}))
    for fmt in FORMATS:
        if fmt.key == "moodle-worksheet":      # no participant identifiers: nothing written (test_nothing_matched)
            continue
        result = fmt.write(s, tmp_path / f"{fmt.key}.csv")
        header = L.read_csv(result.path)[0]
        folded = [h.casefold() for h in header]
        assert len(set(folded)) == len(folded), (fmt.key, header)       # "Q1" twice, "Email address" twice
    canvas = L.read_csv(tmp_path / "canvas-gradebook.csv")
    assert canvas[0][5:] == ["Q1", "Q1 [2]", "Email address"]
    moodle = L.read_csv(tmp_path / "moodle-gradebook.csv")
    assert moodle[0][5:] == ["Q1", "Q1 (2)", "Email address (2)"]
    assert moodle[1][:5] == ["Ann", "Lee", "alee", "", "ann@x.edu"]      # the answer "third" used to be her email
    classroom = L.read_csv(tmp_path / "google-classroom.csv")
    assert classroom[1][2:] == ["ann@x.edu", "1", "2", "0"]
