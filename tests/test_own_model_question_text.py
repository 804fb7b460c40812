"""A question scored by the teacher's own model (learned from last year's marked sheet) had no text: a model learned
from marks carries none, and only a question without a model took its wording from the sheet (workflow: "Explain
why a cell placed in salt water shrinks (3 marks)", the header of a wide sheet's answer column). So an answer that
copied the question back was not flagged as copied, as it was the year before with no model (the flag compares the
answer with the question's text), and the review card said "(Grader has no text for this question)" under a heading
that quoted it. Now a question whose model carries no text takes its wording from the sheet as one without a model
does; a model's own text still comes first. The real `grader learn` and `grader score`, real sheets and fits."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core.comment_bank import CommentBank, UserBank, question_identity
from grader_app.core.flags import COPIED
from grader_app.core.sheet import WIDE, ColumnMapping

from test_cli_learn import env, invented_class  # noqa: F401  (env: a fixture)

QUESTION = "Explain why a cell placed in salt water shrinks (3 marks)"
COPY = "Explain why a cell placed in salt water shrinks."


def _wide(path: Path, texts, marks=None) -> Path:
    """A wide sheet: the question is the header of the answers' column (a form's or a quiz export's)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student no.", "Name", QUESTION] + (["Mark"] if marks else []))
        for i, t in enumerate(texts):
            w.writerow([f"{i + 1:04d}", f"Student {i}", t] + ([marks[i]] if marks else []))
    return path


def test_a_question_scored_by_the_teachers_own_model_flags_an_answer_copying_it(tmp_path, env, capsys):  # noqa: F811
    texts, marks = invented_class(70, seed=3)
    assert run_cli(["learn", str(_wide(tmp_path / "last-year.csv", texts, marks)), "--score-column", "Mark"]) == 0
    this_year = _wide(tmp_path / "this-year.csv", [*invented_class(30, seed=103)[0], COPY])
    graded = tmp_path / "graded.csv"
    assert run_cli(["score", str(this_year), "--out", str(graded)]) == 0
    rows = list(csv.DictReader(open(graded, encoding="utf-8-sig")))
    flags = {r[QUESTION]: r[f"{QUESTION} flags"] for r in rows}
    assert flags[COPY] == "copied from prompt"
    assert sum(1 for f in flags.values() if "copied" in f) == 1

    # the window's way (workflow.start_session, learning as in the window): the question's text is its wording
    sheet = workflow.read_sheet(this_year)
    mapping = ColumnMapping(layout=WIDE, id_column="Student no.", name_column="Name", answer_columns={QUESTION: QUESTION})
    session, bundles = workflow.start_session(sheet, mapping, Library.default(), learning=True)
    assert bundles[QUESTION] is not None and bundles[QUESTION].id == "explain-why-a-cell-placed-in-salt-water-shrinks-3-marks"
    info = session.items[QUESTION]
    assert info.prompt == QUESTION and info.bundle_id == bundles[QUESTION].id and info.continues
    copied = [a.key for a in session.answers if a.text == COPY]
    assert copied and all(COPIED in session.flags[k] for k in copied)

    # the comments the teacher kept for the question: those kept while it was known by its wording (a year without a
    # model) and those kept under its id (scored by this model before it had the wording as its text) are both offered
    user = UserBank(tmp_path / "bank.json")
    user.add(question_identity(QUESTION, QUESTION), "Name the membrane.", QUESTION)
    user.add(question_identity(QUESTION), "Say which way the water moves.", QUESTION)
    bank = CommentBank(session, None, user)
    assert sorted(bank.texts(QUESTION)) == ["Name the membrane.", "Say which way the water moves."]
    bank.remove(QUESTION, "Say which way the water moves.")
    assert bank.texts(QUESTION) == ["Name the membrane."]
    assert UserBank(tmp_path / "bank.json").entries(question_identity(QUESTION)) == []
