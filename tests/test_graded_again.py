"""A sheet Grader graded before, opened again to go on grading: its grading columns are recognised and set aside,
the teacher's earlier decisions are taken over (the model's earlier scores are not), a note says so, and the next
export has one set of grading columns. Real graded XLSX and CSV files written by the real writers and read back."""
from __future__ import annotations

import csv

import openpyxl
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.formula_guard import ADDED
from grader_app.io.project_store import project_path_for
from sheet_files import write_csv

TEXTS = ["Ice is less dense than water because of hydrogen bonds.", "Ice floats because it is cold.",
         "The molecules in ice are spaced out so it floats.", "Ice is less dense than water.", "no idea",
         "=1+2 floats"]


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _sheet(path, texts=TEXTS):
    """A long CSV at ``path``: one student (S0, S1, …) per text, each an answer to tiny-ice."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, t in enumerate(texts):
            w.writerow([f"S{i}", f"Student {i}", "tiny-ice", t])
    return path


def wide_graded(tmp_path, library, rows):
    """A wide CSV sheet at ``tmp_path``/wide.csv ("Student ID", "Q1", "Q2": ``rows``, both answer columns tiny-ice's)
    scored, Q2's second answer decided 1 with the comment "half", exported as wide-graded.xlsx: the mapping and the
    graded workbook's path."""
    path = write_csv(tmp_path / "wide.csv", ["Student ID", "Q1", "Q2"], rows)
    sheet = workflow.read_for_grading(path)
    mapping = ColumnMapping(layout=WIDE, id_column="Student ID", answer_columns={"Q1": "tiny-ice", "Q2": "tiny-ice"})
    session, _ = workflow.start_session(sheet, mapping, library)
    session.decide([a.key for a in session.answers if a.column == "Q2"][1], 1, comment="half")
    return mapping, workflow.export_graded(session, tmp_path / "wide-graded.xlsx")


def _graded(tmp_path, library, suffix):
    """Yesterday's work: the sheet scored, three answers decided by the teacher, exported as ``suffix``."""
    sheet = workflow.read_for_grading(_sheet(tmp_path / "class.csv"))
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    workflow.score_all(session, bundles)
    session.decide(0, 2, comment="well put")
    session.decide(1, 0)
    session.accept(2)
    graded = workflow.export_graded(session, tmp_path / f"class-graded{suffix}")
    return session, graded


def _header(path):
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return next(csv.reader(fh))
    return [c.value for c in next(openpyxl.load_workbook(path, read_only=True)["Graded"].iter_rows(max_row=1))]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_reopened_graded_sheet_keeps_the_teachers_decisions_and_is_exported_with_one_set(tmp_path, library, suffix):
    yesterday, graded = _graded(tmp_path, library, suffix)
    sheet = workflow.read_for_grading(graded)
    assert sheet.columns == ["Student ID", "Name", "Question", "Answer"]   # the grading columns set aside
    assert [n for n in sheet.notes if n.kind == "graded_before"][0].values == {"count": 3}
    said = " ".join(sheet.notes)   # how the other answers are scored: said once the models are chosen, not as it is read
    assert said.endswith("your 3 earlier decisions are kept.") and "the model" not in said.lower()
    mapping = workflow.guess_columns(sheet, library)
    assert (mapping.answer_column, mapping.item_column, mapping.id_column) == ("Answer", "Question", "Student ID")

    session, bundles = workflow.start_session(sheet, mapping, library)
    taken = workflow.take_over_earlier(session)
    assert taken.kept == 3 and not taken.not_scores
    assert {k: (d.score, d.comment) for k, d in session.decisions.items()} == {
        k: (d.score, d.comment) for k, d in yesterday.decisions.items()}
    assert not session.predictions                       # the model's earlier scores are not taken over
    workflow.score_all(session, bundles)
    assert session.status(0) in review.TEACHERS and session.final_score(0) == 2
    again = workflow.export_graded(session, tmp_path / f"again{suffix}")
    header = _header(again)
    assert header == ["Student ID", "Name", "Question", "Answer", *ADDED]
    assert _header(graded) == header


def test_a_decision_whose_score_is_no_score_of_its_question_is_skipped_and_counted(tmp_path, library):
    _, graded = _graded(tmp_path, library, ".csv")
    with open(graded, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("final_score")] = "7"      # the tiny model scores 0, 1 or 2
    rows[2][rows[0].index("final_score")] = "lots"
    edited = tmp_path / "edited.csv"
    with open(edited, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    sheet = workflow.read_for_grading(edited)
    session, _ = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    taken = workflow.take_over_earlier(session)
    assert taken.kept == 1 and sorted(taken.not_scores) == [0, 1] and list(session.decisions) == [2]


def test_learning_from_the_graded_sheet_still_reads_its_final_scores(tmp_path, library):
    _, graded = _graded(tmp_path, library, ".xlsx")
    assert "final_score" in workflow.read_sheet(graded).columns


def test_a_wide_graded_sheet_keeps_each_answer_columns_decisions(tmp_path, library):
    mapping, graded = wide_graded(tmp_path, library, [[f"S{i}", TEXTS[i], TEXTS[i + 3]] for i in range(3)])
    back = workflow.read_for_grading(graded)
    assert back.columns == ["Student ID", "Q1", "Q2"]
    again, _ = workflow.start_session(back, mapping, library)
    assert workflow.take_over_earlier(again).kept == 1
    assert {(again.answers[k].column, again.answers[k].row): (d.score, d.comment) for k, d in again.decisions.items()} \
        == {("Q2", 1): (1, "half")}
    assert _header(workflow.export_graded(again, tmp_path / "wide-again.xlsx")) == _header(graded)


def test_in_a_project_they_are_written_at_once_taken_over_once_and_the_projects_own_win(tmp_path, library):
    _, graded = _graded(tmp_path, library, ".xlsx")
    opened = workflow.open_sheet(graded, library)
    prepared = workflow.prepare_session(graded, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    try:
        assert prepared.earlier.kept == 3
        prepared.store.flush()
        assert prepared.store.decision_count() == 3           # on disk the moment the session starts
        prepared.session.restore(1, None)                     # the teacher undoes one
        prepared.session.decide(0, 1)                         # and changes another
    finally:
        workflow.close_project(prepared.store)
    again = workflow.open_sheet(graded, library)
    prepared = workflow.prepare_session(graded, again.sheet, again.setup["mapping"], again.setup["item_bundles"],
                                        library, store=again.store)
    try:
        assert prepared.earlier.kept == 0 and project_path_for(graded).exists()
        assert {k: d.score for k, d in prepared.session.decisions.items()} == {0: 1, 2: prepared.session.decisions[2].score}
    finally:
        workflow.close_project(prepared.store)


def test_the_command_line_says_so_and_writes_one_set(tmp_path, tiny_shipped, capsys):
    _, graded = _graded(tmp_path, Library.load([tiny_shipped]), ".csv")
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(graded), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "This sheet was graded with Grader before: your 3 earlier decisions are kept" in said.err
    assert "You decided 3 answers" in said.out
    assert _header(out) == ["Student ID", "Name", "Question", "Answer", *ADDED]


def test_the_window_says_how_many_were_taken_over_and_why_some_were_not(qapp, tmp_path, library):
    from grader_app.ui import i18n
    from grader_app.ui.opening_notes import opened_is_news, opened_note
    from grader_app.ui.sheet_notes import note_words

    assert i18n.install("en")   # the English catalogue: its singulars ("1 earlier decision ... was")

    _, graded = _graded(tmp_path, library, ".csv")
    with open(graded, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("final_score")] = "7"
    edited = tmp_path / "edited.csv"
    with open(edited, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    opened = workflow.open_sheet(edited, library)
    assert "your 3 earlier decisions are kept" in " ".join(note_words(n) for n in opened.sheet.notes)
    prepared = workflow.prepare_session(edited, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    try:
        said = opened_note(prepared, "edited.grader")
        assert "Took over your 2 earlier decisions from the sheet." in said
        assert "1 earlier decision in the sheet was not taken over because its final score is not a score of " \
               "its question; score that answer again." in said
        assert not opened_is_news(prepared)
    finally:
        workflow.close_project(prepared.store)
