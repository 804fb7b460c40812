"""Small invented exports, one per system, laid out as each system documents its download.

Every builder writes a real file into ``folder`` and returns its path; the students, ids and
answers are made up for these tests. ``session_for`` reads a file back the way the app does
(read_sheet -> guess_columns) and gives a session whose questions score 0-2 with a rubric.
"""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet

RUBRIC = {"0": "Not yet: the idea is missing", "1": "Partly: one idea without its reason",
          "2": "Full marks: the idea and its reason"}
ICE = "Why does ice float on water?"
PLANTS = "How do plants make their food?"
A_GOOD = "Ice is less dense than water because its molecules form an open lattice."
A_SOME = "Ice is lighter."
P_GOOD = "By photosynthesis: light energy turns carbon dioxide and water into glucose."
P_SOME = "They use sunlight."


def write_csv(path: Path, rows: list[list[str]], bom: bool = False) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]], title: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def canvas_student_analysis(folder: Path, test_student: str | None = None) -> Path:
    """``test_student``: with a row for "Test Student" (the teacher's Student View, which Canvas sorts among the students
    by name) whose SIS id is that ("": none, as Canvas makes that account)."""
    rows = [["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
             f"4101: {ICE}", "2.0", f"4102: {PLANTS}", "2.0", "n correct", "n incorrect", "score"],
            ["Ann Lee", "1001", "S-01", "Period 2", "77", "SEC2", "2024-03-04 10:02:11 UTC", "1",
             A_GOOD, "0.0", P_SOME, "0.0", "0", "0", "0.0"],
            ["Ben Okafor", "1002", "", "Period 2", "77", "SEC2", "2024-03-04 10:05:40 UTC", "1",
             A_SOME, "0.0", P_GOOD, "0.0", "0", "0", "0.0"],
            ["Cara Diaz", "", "", "Period 2", "77", "SEC2", "2024-03-04 10:09:13 UTC", "1",
             "It is cold.", "0.0", "Roots eat soil.", "0.0", "0", "0", "0.0"]]
    if test_student is not None:
        rows.insert(3, ["Test Student", "1099", test_student, "Period 2", "77", "SEC2", "2024-03-04 09:58:02 UTC", "1",
                        "test", "0.0", "test", "0.0", "0", "0", "0.0"])
    return write_csv(folder / "Quiz 3 Student Analysis Report.csv", rows)


def canvas_item_analysis(folder: Path) -> Path:
    rows = [["Question Id", "Question Title", "Answered Student Count", "Top Student Count", "Middle Student Count",
             "Bottom Student Count", "Quiz Question Count", "Correct Student Count", "Wrong Student Count",
             "Correct Student Ratio", "Wrong Student Ratio", "Difficulty Index", "Point Biserial of Correct"],
            ["4101", "Question", "3", "1", "1", "1", "2", "1", "2", "0.33", "0.67", "0.1", "0.4"]]
    return write_csv(folder / "Quiz 3 Item Analysis Report.csv", rows)


MOODLE_HEAD = ["Last name", "First name", "Email address", "State", "Started on", "Completed", "Time taken",
               "Grade/4.00", "Response 1", "Response 2"]


def moodle_responses(folder: Path, xlsx: bool = False, average: bool = False) -> Path:
    """Moodle's Responses report; ``average``: with the "Overall average" row Moodle adds at its foot."""
    rows = [MOODLE_HEAD,
            ["Lee", "Ann", "ann.lee@school.example", "Finished", "4 March 2024 10:00 AM", "4 March 2024 10:12 AM",
             "12 mins", "-", A_GOOD, P_SOME],
            ["Okafor", "Ben", "ben.okafor@school.example", "Finished", "4 March 2024 10:01 AM",
             "4 March 2024 10:20 AM", "19 mins", "-", A_SOME, P_GOOD],
            ["Diaz", "Cara", "", "Finished", "4 March 2024 10:02 AM", "4 March 2024 10:30 AM", "28 mins", "-",
             "It is cold.", "Roots eat soil."]]
    if average:
        rows.append(["Overall average", "", "", "", "", "", "", "1.50", "", ""])   # its grade, no response
    if xlsx:
        return write_xlsx(folder / "quiz-3-responses.xlsx", rows, title="Responses")
    return write_csv(folder / "quiz-3-responses.csv", rows, bom=True)


WORKSHEET_HEAD = ["Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade",
                  "Grade can be changed", "Last modified (submission)", "Online text", "Last modified (grade)",
                  "Feedback comments"]


def moodle_worksheet(folder: Path) -> Path:
    rows = [WORKSHEET_HEAD,
            ["Participant 5101", "Ann Lee", "ann.lee@school.example", "Submitted for grading", "", "2.00", "Yes",
             "Monday, 4 March 2024, 10:12 AM", A_GOOD, "-", ""],
            ["Participant 5102", "Ben Okafor", "ben.okafor@school.example", "Submitted for grading", "", "2.00",
             "Yes", "Monday, 4 March 2024, 10:20 AM", A_SOME, "-", ""],
            ["", "Cara Diaz", "", "Submitted for grading", "", "2.00", "Yes", "Monday, 4 March 2024, 10:30 AM",
             "It is cold.", "-", ""]]
    return write_csv(folder / "Grades-Essay-4.csv", rows)


def google_forms(folder: Path, xlsx: bool = False) -> Path:
    rows = [["Timestamp", "Email address", "Score", "Your name", "Class", ICE, PLANTS],
            ["2024/03/04 10:02:11 AM GMT", "ann.lee@school.example", "", "Ann Lee", "7B", A_GOOD, P_SOME],
            ["2024/03/04 10:05:40 AM GMT", "ben.okafor@school.example", "", "Ben Okafor", "7B", A_SOME, P_GOOD],
            ["2024/03/04 10:09:13 AM GMT", "", "", "Cara Diaz", "7B", "It is cold.", "Roots eat soil."],
            ["2024/03/04 10:15:00 AM GMT", "ben.okafor@school.example", "", "Ben Okafor", "7B", "Again: lighter.",
             "Sun."]]
    if xlsx:
        return write_xlsx(folder / "Quiz 3 (Responses).xlsx", rows, title="Form Responses 1")
    return write_csv(folder / "Quiz 3 (Responses) - Form Responses 1.csv", rows)


def microsoft_forms(folder: Path) -> Path:
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback",
             ICE, f"Points - {ICE}", f"Feedback - {ICE}", PLANTS, f"Points - {PLANTS}", f"Feedback - {PLANTS}"],
            ["1", "3/4/24 10:00:05", "3/4/24 10:12:40", "ann.lee@school.example", "Ann Lee", "", "", A_GOOD, "", "",
             P_SOME, "", ""],
            ["2", "3/4/24 10:01:00", "3/4/24 10:20:00", "ben.okafor@school.example", "Ben Okafor", "", "", A_SOME,
             "", "", P_GOOD, "", ""],
            ["3", "3/4/24 10:02:00", "3/4/24 10:30:00", "anonymous", "anonymous", "", "", "It is cold.", "", "",
             "Roots eat soil.", "", ""]]
    return write_xlsx(folder / "Quiz 3(1-3).xlsx", rows)


def blackboard_by_user(folder: Path) -> Path:
    head = ["Last Name", "First Name", "Username"]
    for n in (1, 2):
        head += [f"Question ID {n}", f"Question {n}", f"Answer {n}", f"Possible Points {n}", f"Auto Score {n}",
                 f"Manual Score {n}"]
    rows = [head,
            ["Lee", "Ann", "alee", "q_11", ICE, A_GOOD, "2", "", "", "q_12", PLANTS, P_SOME, "2", "", ""],
            ["Okafor", "Ben", "bokafor", "q_11", ICE, A_SOME, "2", "", "", "q_12", PLANTS, P_GOOD, "2", "", ""],
            ["Diaz", "Cara", "", "q_11", ICE, "It is cold.", "2", "", "", "q_12", PLANTS, "Roots eat soil.", "2", "",
             ""]]
    return write_csv(folder / "Test 3 results by user.csv", rows)


def blackboard_by_question(folder: Path) -> Path:
    rows = [["Username", "Last Name", "First Name", "Question ID", "Question", "Answer", "Possible Points",
             "Auto Score", "Manual Score"]]
    for user, last, first, a1, a2 in (("alee", "Lee", "Ann", A_GOOD, P_SOME), ("bokafor", "Okafor", "Ben", A_SOME, P_GOOD),
                                      ("", "Diaz", "Cara", "It is cold.", "Roots eat soil.")):
        rows.append([user, last, first, "q_11", ICE, a1, "2", "", ""])
        rows.append([user, last, first, "q_12", PLANTS, a2, "2", "", ""])
    return write_csv(folder / "Test 3 results by question.csv", rows)


BRIGHTSPACE_HEAD = ["Org Defined ID", "Username", "FirstName", "LastName", "Attempt #", "Attempt Start", "Attempt End",
                    "Section #", "Q #", "Q Type", "Q Title", "Q Text", "Bonus?", "Difficulty", "Answer",
                    "Answer Match", "Score", "Out Of"]


def brightspace_questions(folder: Path, with_org_ids: bool = True) -> Path:
    rows = [BRIGHTSPACE_HEAD]
    people = (("700101", "alee", "Ann", "Lee", A_GOOD, P_SOME), ("700102", "bokafor", "Ben", "Okafor", A_SOME, P_GOOD),
              ("", "", "Cara", "Diaz", "It is cold.", "Roots eat soil."))
    for org, user, first, last, a1, a2 in people:
        for q, text, answer in (("1", ICE, a1), ("2", PLANTS, a2)):
            rows.append([org if with_org_ids else "", user, first, last, "1", "Mar 4, 2024 10:00 AM",
                         "Mar 4, 2024 10:20 AM", "", q, "WR", "", text, "FALSE", "1", answer, "", "", "2"])
    return write_csv(folder / "Quiz 3 - Question Details.csv", rows)


# ----- each system's own gradebook download: grades (or nothing yet), no answers ---------------------------------
PEOPLE = (("Ann", "Lee", "alee", "S-01"), ("Ben", "Okafor", "bokafor", "S-02"), ("Cara", "Diaz", "cdiaz", "S-03"))


def moodle_gradebook(folder: Path, graded: bool = True) -> Path:
    """Moodle's Grades > Export > Plain text file: identity fields, a column per grade item, the date of the download."""
    rows = [["First name", "Last name", "ID number", "Institution", "Department", "Email address",
             "Assignment: Ice (Real)", "Quiz: Plants (Real)", "Course total (Real)", "Last downloaded from this course"]]
    for i, (first, last, user, sid) in enumerate(PEOPLE):
        marks = [f"{i}.00", "-", f"{i}.00"] if graded else ["-", "-", "-"]
        rows.append([first, last, sid, "", "", f"{user}@school.example", *marks, "1709630000"])
    return write_csv(folder / "Biology 9 Grades.csv", rows)


def blackboard_grade_center(folder: Path, graded: bool = True) -> Path:
    """Blackboard's Grade Center > Work Offline > Download (full Grade Center, comma-delimited)."""
    rows = [["Last Name", "First Name", "Username", "Student ID", "Last Access", "Availability",
             "Ice [Total Pts: 2 Score] |14001", "Weighted Total [Total Pts: up to 0 Percentage] |14002"]]
    for i, (first, last, user, sid) in enumerate(PEOPLE):
        rows.append([last, first, user, sid, "2024-03-04 10:20:00", "Available", str(i) if graded else "",
                     f"{50 * i}.00%" if graded else ""])
    return write_csv(folder / "gc_Biology9_fullgc_2024-03-05-10-00-00.csv", rows)


def brightspace_gradebook(folder: Path, graded: bool = True) -> Path:
    """Brightspace's Grades > Export: the org id and username with a "#", names, a column per grade item, its end."""
    rows = [["OrgDefinedId", "Username", "Last Name", "First Name", "Email", "Ice Points Grade <Numeric MaxPoints:2>",
             "Calculated Final Grade Numerator", "Calculated Final Grade Denominator", "End-of-Line Indicator"]]
    for i, (first, last, user, sid) in enumerate(PEOPLE):
        marks = [str(i), str(i), "2"] if graded else ["", "", ""]
        rows.append([f"#{sid}", f"#{user}", last, first, f"{user}@school.example", *marks, "#"])
    return write_csv(folder / "Biology 9_GradesExport_2024-03-05-10-00.csv", rows)


def classroom_grades(folder: Path, graded: bool = True) -> Path:
    """Google Classroom's Grades > Download these grades as CSV: names, email, a column per assignment, its points."""
    rows = [["Last Name", "First Name", "Email Address", "Ice", "Plants"], ["", "", "", "Points: 2", "Points: 2"]]
    for i, (first, last, user, _sid) in enumerate(PEOPLE):
        rows.append([last, first, f"{user}@school.example", str(i) if graded else "", ""])
    return write_csv(folder / "Biology 9 - Grades.csv", rows)


# ----- answers as the systems write them for questions answered in a rich-text editor ---------------------------
ICE_HTML = "<p>Ice is less dense &amp; floats.</p>"
ICE_HTML_TEXT = "Ice is less dense & floats."
LIGHTER_HTML = '<p dir="ltr" style="text-align: left;">It is lighter.<br>It floats.</p>'
LIGHTER_TEXT = "It is lighter.\nIt floats."
ANGLES = "a < b and c > d"


def canvas_html_analysis(folder: Path) -> Path:
    """Canvas's Student Analysis with an essay question (HTML, one left empty: ``<p></p>``) and a short answer
    question (plain text, one answer with angle brackets)."""
    rows = [["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
             f"4101: {ICE}", "2.0", f"4102: {PLANTS}", "1.0", "n correct", "n incorrect", "score"]]
    for name, uid, essay, short in (("Ann Lee", "1001", ICE_HTML, ANGLES), ("Ben Okafor", "1002", LIGHTER_HTML, P_SOME),
                                    ("Cara Diaz", "1003", "<p></p>", "<b>sun</b>")):
        rows.append([name, uid, "", "Period 2", "77", "SEC2", "2024-03-04 10:02:11 UTC", "1", essay, "0.0", short,
                     "0.0", "0", "0", "0.0"])
    return write_csv(folder / "Quiz 4 Student Analysis Report.csv", rows)


def moodle_essay_responses(folder: Path, xlsx: bool = False) -> Path:
    """Moodle's Responses report of an essay (HTML) and a short answer question: "-" where a student did not
    answer, and the "Overall average" row at its foot."""
    rows = moodle_rows()
    if xlsx:
        return write_xlsx(folder / "quiz-4-responses.xlsx", rows, title="Responses")
    return write_csv(folder / "quiz-4-responses.csv", rows, bom=True)


def moodle_rows() -> list[list[str]]:
    """The rows of :func:`moodle_essay_responses`, header first."""
    return [MOODLE_HEAD,
            ["Lee", "Ann", "ann.lee@school.example", "Finished", "4 March 2024 10:00 AM", "4 March 2024 10:12 AM",
             "12 mins", "3.00", ICE_HTML, P_SOME],
            ["Okafor", "Ben", "ben.okafor@school.example", "Finished", "4 March 2024 10:01 AM",
             "4 March 2024 10:20 AM", "19 mins", "2.00", LIGHTER_HTML, " - "],
            ["Diaz", "Cara", "cara.diaz@school.example", "Finished", "4 March 2024 10:02 AM", "4 March 2024 10:30 AM",
             "28 mins", "1.00", "-", P_GOOD],
            ["Overall average", "", "", "", "", "", "", "2.00", "", "-"]]


def brightspace_html_questions(folder: Path) -> Path:
    """Brightspace's question details, one row per answer: question 1 a written response (HTML), question 2 a
    short answer (plain text) in the same ``Answer`` column."""
    rows = [BRIGHTSPACE_HEAD]
    for org, user, first, last, a1, a2 in (("700101", "alee", "Ann", "Lee", ICE_HTML, ANGLES),
                                           ("700102", "bokafor", "Ben", "Okafor", LIGHTER_HTML, P_GOOD)):
        for q, qtype, text, answer in (("1", "WR", ICE, a1), ("2", "SA", PLANTS, a2)):
            rows.append([org, user, first, last, "1", "Mar 4, 2024 10:00 AM", "Mar 4, 2024 10:20 AM", "", q, qtype, "",
                         text, "FALSE", "1", answer, "", "", "2"])
    return write_csv(folder / "Quiz 4 - Question Details.csv", rows)


OWN_HEAD = ["Student ID", "Name", "Email", "Cell membrane"]


def own_class(folder: Path, header: str = "Cell membrane", cara_id: str = "") -> Path:
    """A teacher's own workbook of one question and no question column: Student ID, Name ("Last, First"), Email and
    the answers under ``header``; Ben has no email address, Cara no student id (unless ``cara_id``)."""
    rows = [[*OWN_HEAD[:3], header],
            ["S0001", "Lee, Ann", "ann.lee@school.example", A_GOOD],
            ["S0002", "Okafor, Ben", "", A_SOME],
            [cara_id, "Diaz, Cara", "cara.diaz@school.example", "It is cold."],
            ["S0004", "Evans, Dan", "dan.evans@school.example", P_GOOD]]
    return write_xlsx(folder / "class-7b.xlsx", rows)


def session_for(path: Path, decide=None, labels: tuple = (0, 1, 2)) -> GradingSession:
    """Read ``path`` as the app does, map it with guess_columns, and give each question a 0-2 rubric (scored in
    ``labels``). A sheet that names no question gets the key the columns dialog gives its one question ("whole
    sheet")."""
    from grader_app.core.sheet import LONG
    from grader_app.learn.library_names import WHOLE_SHEET

    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    if mapping.layout == LONG and not mapping.item_column and not mapping.default_item:
        mapping.default_item = WHOLE_SHEET
    items = {}
    s = GradingSession(sheet, mapping)
    for item in s.item_keys():
        items[item] = ItemInfo(item=item, title=item, labels=tuple(labels), rubric=dict(RUBRIC))
    s = GradingSession(sheet, mapping, items=items)
    if decide is not None:
        for a in s.answers:
            score = decide(a)
            if score is not None:
                s.decide(a.key, score, comment=f"comment on {a.text[:12]}")
    return s


def by_text(a) -> int | None:
    """A score per answer text: good answers 2, some 1, the rest 0."""
    return 2 if a.text in (A_GOOD, P_GOOD) else 1 if a.text in (A_SOME, P_SOME) else 0


def read_csv(path: Path) -> list[list[str]]:
    raw = Path(path).read_bytes()
    assert b"\r\n" in raw
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))
