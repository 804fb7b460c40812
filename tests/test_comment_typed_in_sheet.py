"""A comment a teacher typed into a graded sheet (in Excel, say) without a score of its own is kept when the sheet is
opened again: on an ``auto`` row whose final score was left as the model's, with that score as the teacher's decision
(as the review keeps a comment on an auto-accepted answer); on a ``needs review`` row with no final score, as a comment
waiting for the answer's score (◷). The window, the project file, the command line and the files written after all
keep or say it; a comment changed in the sheet since Grader last wrote it is weighed like a score. Real graded XLSX and
CSV files written by the real writer, edited with openpyxl / csv as a spreadsheet program would, and read back."""
from __future__ import annotations

import pytest

from test_graded_again import _sheet as class_sheet
from test_typed_in_sheet import TEXTS, _graded, _rows, _save

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core import review


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _commented(tmp_path, graded):
    """The graded sheet with a comment typed on an auto row (its final score left alone) and on a needs-review row (no
    score given). Returns the file and the answer keys (= data rows) of those two, and the auto row's score."""
    rows = _rows(graded)
    status, final, comment = (rows[0].index(c) for c in ("status", "final_score", "comment"))
    auto = next(i for i in range(1, len(rows)) if rows[i][status] == "auto")
    waiting = next(i for i in range(1, len(rows)) if rows[i][status] == "needs review")
    rows[auto][comment] = "Good: names the lattice."
    rows[waiting][comment] = "Say why it floats."
    edited = _save(rows, tmp_path / f"commented{graded.suffix}")
    return edited, auto - 1, waiting - 1, float(rows[auto][final])


def _prepared(path, library):
    from test_sheet_edited_after_project import _open

    return _open(path, library)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_window_keeps_a_comment_typed_beside_the_models_score_and_one_on_an_answer_with_no_score(
        qapp, tmp_path, library, suffix):
    from grader_app.ui import i18n
    from grader_app.ui.opening_notes import opened_is_news, opened_note

    assert i18n.install("en")
    threshold, graded = _graded(tmp_path, library, suffix)
    edited, auto, waiting, score = _commented(tmp_path, graded)
    prepared = _prepared(edited, library)
    try:
        session = prepared.session
        assert (session.decisions[auto].score, session.decisions[auto].comment) == (score, "Good: names the lattice.")
        assert waiting not in session.decisions and session.waiting_comments[waiting] == "Say why it floats."
        said = opened_note(prepared, "commented.grader-project")
        assert "Took over your 1 earlier decision from the sheet." in said
        assert "Took 1 comment typed into the sheet beside the model's score as your decision, with that score." in said
        assert (f"Kept 1 comment typed into the sheet on an answer with no score yet: it waits for the answer's score, "
                f"shown with ◷ in the comment column (row {waiting + 2}, tiny-ice).") in said
        assert not opened_is_news(prepared)
        prepared.store.flush()
    finally:
        workflow.close_project(prepared.store)
    again = _prepared(edited, library)                 # the project holds both; the sheet still says the same
    try:
        session = again.session
        assert session.decisions[auto].comment == "Good: names the lattice."
        assert session.waiting_comments == {waiting: "Say why it floats."}
        assert not again.earlier.waiting and not again.earlier.commented and not again.earlier.unsure
        workflow.score_all(session, {"tiny-ice": library.get("tiny-ice")})
        session.set_thresholds({"tiny-ice": threshold})
        assert session.status(auto) in review.TEACHERS
        session.decide(waiting, 1)                     # the score given next takes the waiting comment
        rows = _rows(workflow.export_graded(session, tmp_path / f"again{suffix}"))
        final, comment = rows[0].index("final_score"), rows[0].index("comment")
        assert (float(rows[auto + 1][final]), rows[auto + 1][comment]) == (score, "Good: names the lattice.")
        assert (float(rows[waiting + 1][final]), rows[waiting + 1][comment]) == (1, "Say why it floats.")
    finally:
        workflow.close_project(again.store)


def test_the_command_line_keeps_the_comment_beside_the_score_and_says_where_the_other_one_is(
        tmp_path, tiny_shipped, capsys):
    _, graded = _graded(tmp_path, Library.load([tiny_shipped]), ".xlsx")
    edited, auto, waiting, score = _commented(tmp_path, graded)
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(edited), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "holds no decisions of yours" not in err
    assert ("your 1 earlier decision is kept. 1 comment typed beside the "
            "model's score is kept with that score as your decision. 1 comment typed on an answer with no score waits "
            "for its score. The model scores the other answers again.") in err
    assert (f"1 comment typed into the sheet on an answer with no score is not in this file (row {waiting + 2}): a "
            "comment waits for its answer's score") in err
    rows = _rows(out)
    final, comment, status = (rows[0].index(c) for c in ("final_score", "comment", "status"))
    assert (float(rows[auto + 1][final]), rows[auto + 1][comment]) == (score, "Good: names the lattice.")
    assert rows[auto + 1][status] in ("reviewed", "overridden")


def test_a_comment_changed_in_the_sheet_since_grader_wrote_it_is_taken_like_a_changed_score(qapp, tmp_path, library):
    from test_sheet_edited_after_project import _export, _open

    first = _open(class_sheet(tmp_path / "class.csv", TEXTS), library)   # graded in the window, exported
    try:
        first.session.decide(0, 2, comment="well put")
        graded = _export(first, tmp_path / "class-graded.xlsx")
    finally:
        workflow.close_project(first.store)
    workflow.close_project(_open(graded, library).store)   # opened once: its own project takes the decision
    rows = _rows(graded)
    comment = rows[0].index("comment")
    assert rows[1][comment] == "well put"
    rows[1][comment] = "well put, but name the bonds"  # only the comment changed, in Excel
    _save(rows, graded)
    again = _open(graded, library)
    try:
        assert (again.session.decisions[0].score, again.session.decisions[0].comment) == (2, "well put, but name the bonds")
        assert again.earlier.edited == [0]
    finally:
        workflow.close_project(again.store)
    third = _open(graded, library)                     # the sheet as Grader last read it: nothing to say
    try:
        assert third.session.decisions[0].comment == "well put, but name the bonds"
        assert not third.earlier.edited and not third.earlier.unsure
    finally:
        workflow.close_project(third.store)
