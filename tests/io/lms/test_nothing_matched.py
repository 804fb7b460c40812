"""An LMS file that could take no student is not written (issue found by the QA pass: a header-only grade file was
saved and reported as a success "with 0 students"): NothingMatched says which identifier the system needs and the
sheet lacks, and what to do; a file already at that name, and the list of students left out beside it, are kept.
Adding the column the sentence names makes the export work. Every reason a student is left out carries its kind
and values (the window says it in the teacher's language), and the list of students left out is written in the
words it is given."""
from __future__ import annotations

import copy
import pickle

import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.errors import SheetError
from grader_app.io.lms import FORMATS, ListWords, NothingMatched, Reason, export_format, report_path_for
from grader_app.io.lms.fields import HEADERS
from grader_app.io.readers import read_sheet

BY_ID = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
BY_NAME = ColumnMapping(name_column="Name", item_column="Question", answer_column="Answer")
PEOPLE = [("S01", "Ann Lee", "alee"), ("S02", "Ben Okafor", "bokafor"), ("S03", "Cara Diaz", "cdiaz")]
# what each format matches on, and the column the sentence tells the teacher to add
NEEDS = {"moodle-gradebook": ("email address or username or ID number", "“Email” or “Username” or “ID number”"),
         "google-classroom": ("email address", "“Email”"),
         "blackboard-grade-center": ("username", "“Username”"),
         "brightspace-grades": ("OrgDefinedId or username", "“OrgDefinedId” or “Username”"),
         "canvas-gradebook": ("Canvas user ID or SIS User ID or student id", "“Canvas user ID” or “SIS User ID”")}


def class_sheet(path, extra: str | None = None, value=lambda sid, name, user: user):
    """A teacher's long sheet: Student ID, Name, (``extra`` column, filled by ``value``), Question, Answer."""
    head = ["Student ID", "Name", *([extra] if extra else []), "Question", "Answer"]
    rows = [[sid, name, *([value(sid, name, user)] if extra else []), q, f"{q} answer of {name}"]
            for sid, name, user in PEOPLE for q in ("q1", "q2")]
    return L.write_csv(path, [head, *rows])


def marked(path, mapping=BY_ID) -> GradingSession:
    s = GradingSession(read_sheet(path), mapping)
    for a in s.answers:
        s.decide(a.key, 1)
    return s


@pytest.mark.parametrize("key", sorted(NEEDS))
def test_a_file_nobody_can_be_matched_in_is_not_written_and_says_which_column_to_add(tmp_path, key):
    sheet = class_sheet(tmp_path / "class.csv")
    mapping = BY_NAME if key == "canvas-gradebook" else BY_ID   # Canvas takes the sheet's own id column as SIS id
    out = tmp_path / "out.csv"
    out.write_bytes(b"last week's file\r\n")
    report_path_for(out).write_bytes(b"last week's list\r\n")
    with pytest.raises(NothingMatched) as caught:
        export_format(key).write(marked(sheet, mapping), out)
    problem = caught.value
    assert isinstance(problem, SheetError)
    what, columns = NEEDS[key]
    system = export_format(key).system
    assert str(problem) == (f"out.csv was not saved, because {system} matches students by their {what} and this sheet "
                            f"gives none (no {columns} column, or an empty one); add such a column with each "
                            f"student's {what}, open the sheet again and export again, or choose “Points per question "
                            "(CSV)”, which needs no identifier")
    assert problem.reason.kind == "nothing_matched_missing" and problem.reason.values["name"] == "out.csv"
    shown = [f"{name} · {sid}" if mapping is BY_ID else name for sid, name, _ in PEOPLE]
    assert [u.student for u in problem.unmatched] == shown                  # who, for the teacher's list
    assert out.read_bytes() == b"last week's file\r\n"                       # kept, not replaced by a header
    assert report_path_for(out).read_bytes() == b"last week's list\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.csv", "out-unmatched.csv", "out.csv"]


@pytest.mark.parametrize("key", sorted(set(NEEDS) - {"canvas-gradebook"}))
def test_the_column_the_sentence_names_makes_the_export_work(tmp_path, key):
    problem = None
    try:
        export_format(key).write(marked(class_sheet(tmp_path / "bare.csv")), tmp_path / "bare-out.csv")
    except NothingMatched as nobody:
        problem = nobody
    assert problem is not None
    header = problem.reason.values["headers"][0]
    assert header in HEADERS.values()
    made = {"Email": lambda sid, name, user: f"{user}@school.example"}.get(header, lambda sid, name, user: user)
    sheet = class_sheet(tmp_path / "class.csv", extra=header, value=made)
    result = export_format(key).write(marked(sheet), tmp_path / "out.csv")
    assert result.written == 3 and result.unmatched == [] and result.report is None
    rows = L.read_csv(result.path)
    assert sum(1 for r in rows if any(user in " ".join(r) for _, _, user in PEOPLE)) == 3


def test_canvas_without_any_id_says_so_and_matches_once_the_id_column_is_chosen(tmp_path):
    sheet = class_sheet(tmp_path / "class.csv")
    with pytest.raises(NothingMatched):
        export_format("canvas-gradebook").write(marked(sheet, BY_NAME), tmp_path / "canvas.csv")
    result = export_format("canvas-gradebook").write(marked(sheet, BY_ID), tmp_path / "canvas.csv")
    assert result.written == 3 and [r[2] for r in L.read_csv(result.path)[2:]] == ["S01", "S02", "S03"]


def test_a_moodle_worksheet_needs_the_worksheet_downloaded_from_moodle(tmp_path):
    with pytest.raises(NothingMatched) as caught:
        export_format("moodle-worksheet").write(marked(class_sheet(tmp_path / "class.csv")), tmp_path / "ws.csv")
    assert caught.value.reason.kind == "nothing_matched_participant"
    assert "View all submissions > Download grading worksheet" in str(caught.value)
    assert not (tmp_path / "ws.csv").exists()
    # the downloaded worksheet: the two with their participant identifier are written, the third is listed
    result = export_format("moodle-worksheet").write(L.session_for(L.moodle_worksheet(tmp_path), L.by_text),
                                                    tmp_path / "ws.csv")
    assert result.written == 2 and [u.student for u in result.unmatched] == ["Cara Diaz"]


def test_students_each_left_out_for_their_own_reason_are_listed_with_it(tmp_path):
    """Everyone typed the same email (a column copied down): no file, and each one's reason names the others."""
    sheet = class_sheet(tmp_path / "class.csv", extra="Email", value=lambda sid, name, user: "class@school.example")
    with pytest.raises(NothingMatched) as caught:
        export_format("google-classroom").write(marked(sheet), tmp_path / "gc.csv")
    problem = caught.value
    assert problem.reason.kind == "nothing_matched" and str(problem) == (
        "gc.csv was not saved, because Google Classroom could not match any student of this sheet; the list says why "
        "for each: correct the sheet, open it again and export again")
    assert [(u.row, u.reason.kind, u.reason.values["rows"]) for u in problem.unmatched] == [
        (2, "shared_identifier", [4, 6]), (4, "shared_identifier", [2, 6]), (6, "shared_identifier", [2, 4])]
    assert not (tmp_path / "gc.csv").exists() and not report_path_for(tmp_path / "gc.csv").exists()


def test_every_reason_carries_its_kind_and_values_and_keeps_them_when_copied(tmp_path):
    path = L.write_csv(tmp_path / "wide.csv", [["Username", "Email", "Name", "A"],
                                               ["alee", "ann@x.edu", "Ann Lee", "x"],       # matched
                                               ["", "", "Ben Okafor", "y"],                # no username
                                               ["=cmd()", "", "Cara Diaz", "z"],           # a formula
                                               ["dup", "", "Dan Ito", "v"], ["DUP", "", "Eve Ma", "w"]])   # shared
    s = GradingSession(read_sheet(path), ColumnMapping(layout=WIDE, id_column="Username", name_column="Name",
                                                       answer_columns={"A": "q1"}))
    for a in s.answers:
        s.decide(a.key, 1)
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    reasons = [u.reason for u in result.unmatched]
    assert [(r.kind, r.values) for r in reasons] == [
        ("no_identifier", {"fields": ["username"], "options": ["username"], "system": "Blackboard"}),
        ("unsafe_identifier", {"field": "username", "value": "=cmd()", "cause": "formula", "sign": "=",
                               "system": "Blackboard"}),
        ("shared_identifier", {"field": "username", "value": "dup", "rows": [6]}),
        ("shared_identifier", {"field": "username", "value": "DUP", "rows": [5]})]
    assert [str(r) for r in reasons] == [
        "no username for this student, so Blackboard could not match them",
        "the username “=cmd()” starts with “=”, which a spreadsheet could read as a formula, so it cannot be written "
        "safely; correct it in the sheet, open the sheet again and export again, or, if Blackboard has it so, enter "
        "this student's grade in Blackboard by hand",
        "the same username (dup) as the student on row 6 (a second attempt?); they were not merged, enter these "
        "grades by hand",
        "the same username (DUP) as the student on row 5 (a second attempt?); they were not merged, enter these "
        "grades by hand"]
    for r in reasons:
        for again in (copy.deepcopy(r), pickle.loads(pickle.dumps(r))):
            assert isinstance(again, Reason) and (str(again), again.kind, again.values) == (str(r), r.kind, r.values)
    problem = pickle.loads(pickle.dumps(NothingMatched(reasons[0], result.unmatched)))
    assert str(problem) == str(reasons[0]) and problem.reason.kind == "no_identifier" and len(problem.unmatched) == 4


def test_two_attempts_are_a_reason_with_the_counts():
    from grader_app.io.lms import reasons

    one = reasons.several_answers(2, "q1", 0)
    assert str(one) == "2 answers to “q1” (more than one attempt?); enter this student's grade by hand"
    assert (one.kind, one.values) == ("several_answers", {"count": 2, "item": "q1", "more": 0})
    assert str(reasons.several_answers(3, "q1", 1)).startswith("3 answers to “q1” and 1 more question (")
    assert str(reasons.several_answers(2, "q1", 2)).startswith("2 answers to “q1” and 2 more questions (")


def test_the_list_of_students_left_out_is_written_in_the_words_it_is_given(tmp_path):
    session = L.session_for(L.blackboard_by_user(tmp_path), L.by_text)
    words = ListWords(row="Zeile", student="Person", why="Warum {system} sie nicht nahm",
                      reason=lambda r: f"<{r.kind}: {', '.join(r.values['fields'])}>")
    result = export_format("blackboard-grade-center").write(session, tmp_path / "bb.csv", words=words)
    assert L.read_csv(result.report) == [["Zeile", "Person", "Warum Blackboard sie nicht nahm", "Q1", "Q2"],
                                         ["4", "Cara Diaz", "<no_identifier: username>", "0", "0"]]
    english = export_format("blackboard-grade-center").write(session, tmp_path / "bb2.csv")
    assert L.read_csv(english.report)[0][:3] == ["Row in sheet", "Student", "Why a grade is missing in Blackboard"]
    assert L.read_csv(english.report)[1][2] == "no username for this student, so Blackboard could not match them"


# matched on the sheet's own student id column alone: no column of the system's to name, the general sentence
BY_SHEET_ID = {"moodle-gradebook-by-id"}


@pytest.mark.parametrize("key", sorted(BY_SHEET_ID))
def test_a_format_by_the_sheets_student_id_column_with_no_id_in_it_is_not_written(tmp_path, key):
    rows = L.read_csv(class_sheet(tmp_path / "class.csv"))
    sheet = L.write_csv(tmp_path / "class.csv", [rows[0], *(["", *r[1:]] for r in rows[1:])])   # the ids emptied
    out = tmp_path / "out.csv"
    out.write_bytes(b"last week's file\r\n")
    with pytest.raises(NothingMatched) as caught:
        export_format(key).write(marked(sheet), out)
    system = export_format(key).system
    assert str(caught.value) == (f"out.csv was not saved, because {system} could not match any student of this "
                                 "sheet; the list says why for each: correct the sheet, open it again and export again")
    assert caught.value.reason.kind == "nothing_matched"
    assert out.read_bytes() == b"last week's file\r\n"
    written = export_format(key).write(marked(class_sheet(tmp_path / "ids.csv")), tmp_path / "ids-out.csv")
    assert written.written == len(PEOPLE) and not written.unmatched      # with the ids in it, everyone goes in


def test_every_format_that_matches_on_an_identifier_is_covered_here():
    assert {f.key for f in FORMATS} - {"points", "moodle-worksheet"} == set(NEEDS) | BY_SHEET_ID
