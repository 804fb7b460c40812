"""Last year's marked sheet is often this app's own wide graded export: its added columns
("asap-sas-1 status", "... final_score") are neither questions nor answers, and every question
learns from its own score column (the shipped models, the bundled sample class twice over, as two classes of a year:
one class of 30 gives fewer marks than a model needs, marks_model.MIN_MARKS; real files)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.io import read_sheet
from grader_app.io.columns import guess_columns
from grader_app.learn.from_sheet import learn_from_sheet

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ["asap-sas-1", "asap-sas-5", "asap-sas-10"]


@pytest.fixture
def graded_wide(tmp_path) -> Path:
    library = Library.load([ROOT / "model_bundles"])
    sheet_path = tmp_path / "class.csv"
    with open(ROOT / "assets" / "sample-class-wide.csv", encoding="utf-8-sig", newline="") as fh:
        head, *rows = list(csv.reader(fh))
    rows += [[f"B{i + 1:02d}", f"{r[1]} (class B)", *r[2:]] for i, r in enumerate(rows)]   # a second class, the same answers
    with open(sheet_path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([head, *rows])
    opened = workflow.open_sheet(sheet_path, library)
    _, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    prepared = workflow.prepare_session(sheet_path, opened.sheet, opened.mapping,
                                        {k: (b.id if b else None) for k, b in bundles.items()}, library)
    session = prepared.session
    workflow.score_all(session, prepared.bundles)
    for a in session.answers:      # the teacher decides every answer, by the answer's length
        if session.needs_teacher(a.key):
            labels = session.items[a.item].labels
            session.decide(a.key, labels[min(len(labels) - 1, len(a.text) // 60)])
    out = workflow.export_graded(session, tmp_path / "class-graded.xlsx")
    workflow.close_project(prepared.store, session, save=True)
    return out


def test_reopened_wide_export_maps_its_answer_columns_not_its_statuses(graded_wide):
    mapping = guess_columns(read_sheet(graded_wide))
    assert sorted(mapping.answer_columns) == sorted(QUESTIONS)
    assert mapping.item_column is None


def test_learning_from_the_wide_export_learns_every_question_from_its_own_scores(graded_wide, tmp_path):
    sheet = read_sheet(graded_wide)
    score_column = workflow.guess_score_column(sheet)
    assert score_column.endswith(" final_score")
    result = learn_from_sheet(graded_wide, score_column, tmp_path / "learned")
    assert sorted(it.item for it in result.items) == sorted(QUESTIONS)
    for it in result.items:
        answers = [t for t in sheet.frame[it.item].tolist()]
        finals = sheet.frame[f"{it.item} final_score"].tolist()
        assert it.n_marks == sum(1 for f in finals if str(f).strip())
        assert set(it.texts) <= set(answers)          # each question learned from its own answers
        assert it.path.is_file()
