"""Brightspace writes "#" before every username ("#jmuller") so a spreadsheet keeps it text. The app shows the student
without it, in the review, the results and the list of students left out (QA: "#jmuller · Jürgen Müller" was shown,
though docs/lms.md says reading a Brightspace file takes it off), while a project file's hashes of the answers keep
the sheet's "#jmuller": a project saved by a Grader that showed the "#" keeps every decision when it is opened again."""
from __future__ import annotations

import lms_sheets as L
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.session import GradingSession
from grader_app.io.lms import brightspace, cleaning, export_format, reading_for
from grader_app.io.readers import read_sheet
from grader_app.io.report import student_table

PEOPLE = (("", "#jmuller", "Jürgen", "Müller"), ("#00246", "#znunez", "Zoë", "Ñúñez"))


def questions(folder, second_attempt: bool = False):
    """Brightspace's question details for two students, each answering questions 1 and 2 (Zoë question 1 twice when
    ``second_attempt``)."""
    rows = [L.BRIGHTSPACE_HEAD]
    for org, user, first, last in PEOPLE:
        answers = [("1", L.ICE, f"ice, by {first}"), ("2", L.PLANTS, f"plants, by {first}")]
        if second_attempt and first == "Zoë":
            answers.append(("1", L.ICE, f"ice again, by {first}"))
        for q, text, answer in answers:
            rows.append([org, user, first, last, "1", "Mar 4, 2024 10:00 AM", "Mar 4, 2024 10:20 AM", "", q, "WR", "",
                         text, "FALSE", "1", answer, "", "", "2"])
    return L.write_csv(folder / "Quiz 5 - Question Details.csv", rows)


def session_of(path) -> GradingSession:
    sheet = read_sheet(path)
    return GradingSession(sheet, workflow.guess_columns(sheet), reading=reading_for(sheet))


def test_the_student_is_shown_without_brightspaces_hash_and_the_sheet_keeps_it(tmp_path):
    s = session_of(questions(tmp_path))
    assert [a.student for a in s.answers] == ["Jürgen Müller · jmuller"] * 2 + ["Zoë Ñúñez · znunez"] * 2
    assert [a.sheet_student for a in s.answers] == ["#jmuller · Jürgen Müller"] * 2 + ["#znunez · Zoë Ñúñez"] * 2
    assert [row[0] for row in student_table(s)[1]] == ["Jürgen Müller · jmuller", "Zoë Ñúñez · znunez"]


def test_the_list_of_students_left_out_shows_them_without_the_hash(tmp_path):
    s = session_of(questions(tmp_path, second_attempt=True))
    for a in s.answers:
        s.decide(a.key, 1)
    result = export_format("brightspace-grades").write(s, tmp_path / "grades.csv")
    assert [u.student for u in result.unmatched] == ["Zoë Ñúñez · znunez"]
    assert [row[1] for row in L.read_csv(result.report)[1:]] == ["Zoë Ñúñez · znunez"]
    assert [row[0] for row in L.read_csv(result.path)[1:]] == ["#jmuller"]   # the import file keeps Brightspace's "#"


def test_a_project_saved_while_the_hash_was_shown_keeps_its_decisions_on_a_sorted_sheet(tmp_path, monkeypatch):
    sheet = questions(tmp_path)
    library = Library.load([])
    monkeypatch.setattr(brightspace, "BRIGHTSPACE", cleaning.HTML)    # the Grader before: the "#" in the label
    first = workflow.open_sheet(sheet, library)
    before = workflow.prepare_session(sheet, first.sheet, first.mapping, {}, library)
    try:
        assert before.session.answers[0].student == "Jürgen Müller · #jmuller"
        before.session.decide(1, 2, comment="good")
        before.session.decide(2, 0, comment="no")
    finally:
        workflow.close_project(before.store, before.session)
    monkeypatch.undo()                                                # this Grader
    head, *rows = L.read_csv(sheet)
    L.write_csv(sheet, [head, *rows[::-1]])          # and the teacher sorted the sheet: answers found by their hashes
    again = workflow.open_sheet(sheet, library)
    assert again.project_error is None and again.store is not None
    prepared = workflow.prepare_session(sheet, again.sheet, again.setup["mapping"], again.setup["item_bundles"],
                                        library, store=again.store)
    try:
        s = prepared.session
        assert s.answers[0].student == "Zoë Ñúñez · znunez"
        assert prepared.restored["decisions"] == 2 and prepared.restored["dropped"] == 0
        assert {(s.answers[k].student, s.answers[k].text): (d.score, d.comment) for k, d in s.decisions.items()} == {
            ("Jürgen Müller · jmuller", "plants, by Jürgen"): (2, "good"), ("Zoë Ñúñez · znunez", "ice, by Zoë"): (0, "no")}
    finally:
        workflow.close_project(prepared.store, prepared.session)
