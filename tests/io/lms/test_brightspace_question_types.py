"""Brightspace's question types by the codes its Question Library gives them (D2L's help on creating quiz questions:
True or False "T/F", Multiple Choice "M/C" or "MC", Multi-Select "M-S", Written Response "WR" (called Long Answer "LA"
before), Short Answer "SA", Multi-Short Answer "MSA", Fill in the Blanks "FIB", Matching "MAT", Ordering "ORD",
Arithmetic "2+2", Significant Figures "x10", Likert "LIK"), as the question details download's "Q Type" column says
them. Before, "2+2", "x10" and "LA" were not known: an arithmetic or significant-figures question answered by few
students was graded with the written ones (and its grade item written to the grades file), and a long-answer question
answered with numbers was left out as closed. A real question details file written as Brightspace writes it, opened as
the app opens it, graded, and the grades import file written and read back."""
from __future__ import annotations

import csv

from grader_app import workflow
from grader_app.core.session import GradingSession
from grader_app.io.lms import export_format, reading_for
from lms_sheets import BRIGHTSPACE_HEAD, write_csv
from quiz_reports import WRITTEN

NUMBERS = ["12", "12", "15", "9", "12", "12", "18", "12", "12", "6"]


def question_details(folder):
    """Ten students: 1 written response (WR), 2 long answer (LA) answered with numbers, 3 arithmetic (2+2) and 4
    significant figures (x10), each of these two answered by three students only (a quiz's later questions)."""
    rows = [BRIGHTSPACE_HEAD]
    for i in range(10):
        for q, kind, answer in (("1", "WR", WRITTEN[i]), ("2", "LA", NUMBERS[i]),
                                ("3", "2+2", NUMBERS[i] if i < 3 else None),
                                ("4", "x10", f"{i + 3}.40e2" if i < 3 else None)):
            if answer is not None:
                rows.append([f"#00{i:02}", f"#s{i}", f"Ann{i}", f"Lee{i}", "1", "Mar 4, 2024 10:00 AM",
                             "Mar 4, 2024 10:20 AM", "", q, kind, "", f"Question {q}", "FALSE", "1", answer, "", "",
                             "2"])
    return write_csv(folder / "Quiz 5 - Question Details.csv", rows)


def test_arithmetic_and_significant_figures_are_left_out_and_a_long_answer_kept(tmp_path):
    opened = workflow.open_sheet(question_details(tmp_path), with_project=False)
    m = opened.mapping
    assert m is not None and m.left_out == ["3", "4"]   # was: [] (3 and 4 graded) and "2" left out by its numbers
    sheet = opened.sheet
    s = GradingSession(sheet, m, reading=reading_for(sheet, m))
    assert sorted({a.item for a in s.answers}) == ["1", "2"] and len(s.answers) == 20
    for a in s.answers:
        s.decide(a.key, 2 if a.item == "1" else 1)
    out = tmp_path / "grades.csv"
    export_format("brightspace-grades").write(s, out)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["OrgDefinedId", "Q1 Points Grade <Numeric MaxPoints:2>", "Q2 Points Grade <Numeric MaxPoints:2>",
                       "End-of-Line Indicator"]
    assert rows[1] == ["#0000", "2", "1", "#"]   # the id's zeros kept behind Brightspace's "#", each line ends "#"
    assert len(rows) == 11 and all(r[-1] == "#" for r in rows[1:])


def test_a_type_given_by_its_full_name_decides_as_its_code(tmp_path):
    """Types given by the names the help gives them ("True or False", "Long Answer") decide as their codes do."""
    path = question_details(tmp_path)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    names = {"LA": "Long Answer", "2+2": "True or False", "x10": "Significant Figures"}
    write_csv(path, [rows[0], *[[*r[:9], names.get(r[9], r[9]), *r[10:]] for r in rows[1:]]])
    opened = workflow.open_sheet(path, with_project=False)
    assert opened.mapping is not None and opened.mapping.left_out == ["3", "4"]   # was: ["4"], "True or False" unknown
