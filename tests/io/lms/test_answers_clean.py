"""What the model and the teacher read of an LMS export's answers, on real files written, opened as the app opens
them (``workflow.open_sheet`` -> ``start_session``/``prepare_session``), graded, exported and read back:

* an answer written in HTML (Canvas's Student Analysis, Moodle's and Brightspace's reports for essay questions)
  is read as its text, ``<p>Ice is less dense &amp; floats.</p>`` as ``Ice is less dense & floats.``; a plain
  sheet, or a short-answer question of the same export, keeps ``a < b and c > d`` as written;
* Moodle's ``-`` for a question not answered is a blank answer, flagged blank;
* Moodle's "Overall average" row is no student: not in the session, the review queue or the counts;
* the graded sheet still holds every cell of the file as it was, the average row included.
"""
from __future__ import annotations

import csv

import pytest
from lms_sheets import (ANGLES, ICE, ICE_HTML, ICE_HTML_TEXT, LIGHTER_HTML, LIGHTER_TEXT, MOODLE_HEAD, P_GOOD, P_SOME,
                        PLANTS, brightspace_html_questions, canvas_html_analysis, moodle_essay_responses, moodle_responses,
                        moodle_rows, write_csv)
from openpyxl import load_workbook

import grader_app.io.lms as lms
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.flags import BLANK
from grader_app.io.lms import export_format


@pytest.fixture
def library():
    return Library.load([])


def opened_session(path, library):
    opened = workflow.open_sheet(path, library, with_project=False)
    session, _ = workflow.start_session(opened.sheet, opened.mapping, library)
    return session


def texts(session, item):
    return [a.text for a in session.answers_for(item)]


class Reader:
    """A model that only reads: what it was given, per question."""

    def __init__(self):
        self.read = []

    def iter_batches(self, texts, batch_size=64, cancel=None):
        self.read.extend(texts)
        return iter(())


def model_reads(session, item):
    reader = Reader()
    list(workflow.score(session, {item: None}, sources={item: reader}))
    return reader.read


def graded_csv(session, path):
    workflow.export_graded(session, path)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def test_canvas_html_answers_are_read_as_text_and_the_graded_sheet_keeps_the_cells(tmp_path, library):
    session = opened_session(canvas_html_analysis(tmp_path), library)
    essay, short = f"4101: {ICE}", f"4102: {PLANTS}"
    assert texts(session, essay) == [ICE_HTML_TEXT, LIGHTER_TEXT, ""]
    assert model_reads(session, essay) == [ICE_HTML_TEXT, LIGHTER_TEXT, ""]
    blank = session.answers_for(essay)[2]
    assert BLANK in session.flags[blank.key] and blank.cell == "<p></p>"
    # the short-answer question is no HTML: one student's <b> and another's "<" stay as typed
    assert texts(session, short) == [ANGLES, P_SOME, "<b>sun</b>"]
    assert all(a.cell == a.text for a in session.answers_for(short))

    rows = graded_csv(session, tmp_path / "graded.csv")
    col = rows[0].index(essay)
    assert [r[col] for r in rows[1:]] == [ICE_HTML, LIGHTER_HTML, "<p></p>"]       # the cells, not what was read
    assert [r[rows[0].index(short)] for r in rows[1:]] == [ANGLES, P_SOME, "<b>sun</b>"]
    workflow.export_graded(session, tmp_path / "graded.xlsx")
    ws = load_workbook(tmp_path / "graded.xlsx").worksheets[0]
    head = [c.value for c in ws[1]]
    assert [ws.cell(r, head.index(essay) + 1).value for r in (2, 3, 4)] == [ICE_HTML, LIGHTER_HTML, "<p></p>"]


def test_brightspace_reads_its_written_response_question_as_text_and_its_short_answers_as_written(tmp_path, library):
    session = opened_session(brightspace_html_questions(tmp_path), library)
    assert session.mapping.layout == "long" and session.item_keys() == ["1", "2"]
    assert texts(session, "1") == [ICE_HTML_TEXT, LIGHTER_TEXT]
    assert texts(session, "2") == [ANGLES, P_GOOD]


def test_a_plain_sheet_keeps_every_answer_as_written(tmp_path, library):
    cells = [ANGLES, "<p>x &amp; y</p>", "-", "<b>bold</b> claim"]
    path = write_csv(tmp_path / "class 7B.csv", [["Student", "Student ID", "Question", "Answer"]] +
                     [[f"Student {i}", f"S{i}", "ice", c] for i, c in enumerate(cells)])
    session = opened_session(path, library)
    assert lms.reading_for(session.sheet) is None and session.reading is None
    assert [a.text for a in session.answers] == cells and all(a.sheet_text is None for a in session.answers)


def test_moodle_dash_is_a_blank_answer_and_its_essays_are_read_as_text(tmp_path, library):
    session = opened_session(moodle_essay_responses(tmp_path), library)
    assert session.item_keys() == ["Q1", "Q2"]
    assert texts(session, "Q1") == [ICE_HTML_TEXT, LIGHTER_TEXT, ""]
    assert texts(session, "Q2") == [P_SOME, "", P_GOOD]
    assert model_reads(session, "Q2") == [P_SOME, "", P_GOOD]
    dashes = [a for a in session.answers if a.cell.strip() == "-"]
    assert [(a.student, a.item, a.text) for a in dashes] == [("Ben Okafor · ben.okafor@school.example", "Q2", ""),
                                                             ("Cara Diaz · cara.diaz@school.example", "Q1", "")]
    assert all(BLANK in session.flags[a.key] for a in dashes)
    assert all(BLANK not in session.flags[a.key] for a in session.answers if a.text)


@pytest.mark.parametrize("xlsx", [False, True])
def test_moodle_overall_average_row_is_no_student_of_the_session(tmp_path, library, xlsx):
    path = moodle_essay_responses(tmp_path, xlsx=xlsx)
    session = opened_session(path, library)
    assert len(session.sheet) == 4                                     # the sheet keeps the row
    assert sorted({a.row for a in session.answers}) == [0, 1, 2]       # the session has no answer of it
    assert len(session.answers) == 6 and sum(session.counts().values()) == 6
    assert {session.answers[k].row for k in session.review_queue()} <= {0, 1, 2}
    assert not any("average" in a.student.lower() for a in session.answers)
    # the students' keys are where they were: the row was the last
    assert [(a.key, a.row, a.column) for a in session.answers] == \
        [(2 * r + i, r, c) for r in range(3) for i, c in enumerate(("Response 1", "Response 2"))]

    for a in session.answers:
        session.decide(a.key, 1)
    rows = graded_csv(session, tmp_path / "graded.csv")
    assert len(rows) == 5                                              # header and the file's four rows
    head = rows[0]
    assert rows[4][:head.index("Grade/4.00") + 2] == ["Overall average", "", "", "", "", "", "", "2.00", ""]
    assert rows[4][head.index("Response 2")] == "-"                    # a "-" alone is no formula: as it is
    assert all(v == "" for v in rows[4][head.index("Response 2") + 1:])          # no grading cells on it
    assert rows[2][head.index("Response 1")] == LIGHTER_HTML
    assert rows[1][head.index("Response 1 final_score")] == "1"
    workflow.export_graded(session, tmp_path / "graded.xlsx")
    ws = load_workbook(tmp_path / "graded.xlsx").worksheets[0]
    assert [[c.value or "" for c in row] for row in ws.iter_rows(min_row=2, max_col=len(MOODLE_HEAD))] == \
        [[str(c) for c in row] for row in moodle_rows()[1:]]          # every cell of the file, as it was

    book = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert book.written == 3 and book.unmatched == []
    assert any(n.kind == "not_students_left_out" for n in book.notes)


def test_a_moodle_project_made_before_keeps_its_decisions_on_the_same_students(tmp_path, library, monkeypatch):
    path = moodle_responses(tmp_path, average=True)
    with monkeypatch.context() as m:   # a project made before the answers were read: the cells, the average row in
        m.setattr(lms, "reading_for", lambda sheet, mapping=None: None)
        opened = workflow.open_sheet(path, library)
        old = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
        assert len(old.session.answers) == 8
        for a in old.session.answers:
            old.session.decide(a.key, 1, comment=f"{a.student} {a.item}")
        assert workflow.close_project(old.store, old.session) == ""
    before = {(a.row, a.column): old.session.decisions[a.key].comment for a in old.session.answers}

    again = workflow.open_sheet(path, library)
    assert again.project_error is None and again.store is not None
    new = workflow.prepare_session(path, again.sheet, again.setup["mapping"], again.setup["item_bundles"], library,
                                   store=again.store)
    try:
        s = new.session
        kept = {(a.row, a.column): s.decisions[a.key].comment for a in s.answers if a.key in s.decisions}
        # every student's answer keeps its decision, under the same key; the average row's are set aside
        assert kept == {k: v for k, v in before.items() if k[0] != 3} and len(kept) == 6
        assert [(a.key, a.row, a.column) for a in s.answers] == \
            [(a.key, a.row, a.column) for a in old.session.answers if a.row != 3]
        assert new.restored["decisions"] == 6 and new.dropped == []
        assert (new.restored["dropped"], new.restored["set_aside"]) == (0, 2)
    finally:
        workflow.close_project(new.store, new.session)


@pytest.mark.parametrize("build", [canvas_html_analysis, moodle_essay_responses])
def test_a_project_made_before_its_html_was_read_still_opens(tmp_path, library, monkeypatch, build):
    path = build(tmp_path)
    with monkeypatch.context() as m:
        m.setattr(lms, "reading_for", lambda sheet, mapping=None: None)
        opened = workflow.open_sheet(path, library)
        old = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
        for a in old.session.answers:
            old.session.decide(a.key, 1, comment=a.student)
        assert workflow.close_project(old.store, old.session) == ""
    again = workflow.open_sheet(path, library)
    new = workflow.prepare_session(path, again.sheet, again.setup["mapping"], again.setup["item_bundles"], library,
                                   store=again.store)
    try:
        averages = 2 if build is moodle_essay_responses else 0                       # decisions on the average row
        assert new.restored["decisions"] == 6 and new.restored["set_aside"] == averages   # kept aside, not dropped
        assert new.restored["dropped"] == 0 and new.dropped == []
        assert [new.session.decisions[a.key].comment for a in new.session.answers] == [a.student for a in new.session.answers]
    finally:
        workflow.close_project(new.store, new.session)
