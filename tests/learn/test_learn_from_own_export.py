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


def test_models_learned_from_the_export_sit_beside_the_shipped_ones_and_never_replace_them(graded_wide, tmp_path):
    """Learned back from the app's own export (mostly the shipped models' scores), asap-sas-1 was written as bundle
    asap-sas-1 and replaced the distilled model for every later sheet, without a word. Now each gets its own id and a
    title that says it was learned from the teacher's marks; the questions keep the shipped models, and the learned one
    is scored with only where the teacher chooses it."""
    from grader_app.core.grading import find_bundle_for

    shipped, user = ROOT / "model_bundles", tmp_path / "user"
    library = Library.load([shipped, user])
    score_column = workflow.guess_score_column(read_sheet(graded_wide))
    bundles, result = workflow.make_models_from_sheet(library, graded_wide, score_column)
    for b in bundles:
        library.add(b)
    assert sorted(b.id for b in bundles) == sorted(f"{q}-learned" for q in QUESTIONS)
    assert {b.title for b in bundles} == {f"{q} (learned from your marks)" for q in QUESTIONS}
    assert {b.manifest["provenance"]["question"] for b in bundles} == set(QUESTIONS)
    assert {it.beside for it in result.items} == set(QUESTIONS)
    assert sorted(p.name for p in user.iterdir()) == sorted(f"{q}-learned{ext}" for q in QUESTIONS
                                                       for ext in (".gradebundle", ".marks.json"))
    for again in (library, Library.load([shipped, user])):   # now, and when Grader starts again
        for q in QUESTIONS:
            assert again.get(q).path.parent == shipped and again.get(q).replaces is None
            assert find_bundle_for(q, again).path.parent == shipped
            assert again.get(f"{q}-learned").path.parent == user
    # a new class's sheet: every question scored by the shipped model, unless the teacher chooses theirs
    opened = workflow.open_sheet(ROOT / "assets" / "sample-class-wide.csv", library, with_project=False)
    _, chosen = workflow.start_session(opened.sheet, opened.mapping, library)
    assert {q: b.path.parent for q, b in chosen.items()} == {q: shipped for q in QUESTIONS}
    _, mine = workflow.start_session(opened.sheet, opened.mapping, library, chosen={"asap-sas-1": "asap-sas-1-learned"})
    assert mine["asap-sas-1"].id == "asap-sas-1-learned" and mine["asap-sas-5"].id == "asap-sas-5"
    # learned again from the same marks: the teacher's learned models are replaced, the shipped ones still untouched
    again, _ = workflow.make_models_from_sheet(library, graded_wide, score_column)
    assert sorted(b.id for b in again) == sorted(b.id for b in bundles)
    assert sorted(p.name for p in user.iterdir()) == sorted(f"{q}-learned{ext}" for q in QUESTIONS
                                                       for ext in (".gradebundle", ".marks.json"))
