"""A comment that was all the teacher had added to the model's score, cleared in the graded sheet (in Excel, say): the
teacher takes back what they added, so the answer is the model's again (``auto``, not the teacher's decision), saved in
the project at once and said in the opening note; ``grader score`` writes and says the same. Here the row Grader wrote
says ``reviewed``: the comment was saved in the window on an answer the model accepts on its own. A comment cleared on
an answer the teacher accepted from the review (the model was unsure) leaves that decision, without the comment. QA:
both left a decision at the model's score. (An ``auto`` row whose comment was typed in Excel: test_cleared_again_in_sheet.)
Real files: the class sheet scored and graded in the window's way, exported as the export dialog writes it, opened,
edited with openpyxl, opened again; real run_cli."""
from __future__ import annotations

from test_cleared_again_in_sheet import _cells
from test_graded_again import _sheet as class_sheet
from test_sheet_edited_after_project import (_decisions, _export, _note, _open, english, library,  # noqa: F401
                                             scored_by_cli)
from test_typed_in_sheet import TEXTS

from grader_app import workflow
from grader_app.core import review


def _scored(prepared, threshold: float | None = None) -> float:
    """Every answer scored, at ``threshold`` (None: one that accepts about half of them), kept in the project as the
    window keeps the model's scores and the teacher's threshold. Returns the threshold."""
    session = prepared.session
    workflow.score_all(session, prepared.bundles)
    if threshold is None:
        confidences = sorted(p.confidence for p in session.predictions.values())
        threshold = (confidences[3] + confidences[4]) / 2
    session.set_thresholds({"tiny-ice": threshold})
    workflow.save_thresholds(prepared.store, session)
    workflow.save_predictions(prepared.store, session)
    return threshold


def _commented_then_cleared(tmp_path, library):  # noqa: F811 (the fixture's value, passed on)
    """In the window: a comment saved on an answer the model accepts on its own (a decision at the model's score, as
    the review's comment dialog makes it) and on one it was unsure of, accepted with its score; exported; the exported
    sheet opened (its project took both), then both comments cleared in Excel. The file and the two answer keys."""
    graded = tmp_path / "class-graded.xlsx"
    first = _open(class_sheet(tmp_path / "class.csv", TEXTS), library)
    try:
        s = first.session
        threshold = _scored(first)
        auto = next(k for k in range(len(TEXTS)) if s.status(k) == review.AUTO)
        unsure = next(k for k in range(len(TEXTS)) if s.status(k) == review.NEEDS_REVIEW)
        s.decide(auto, s.predictions[auto].score, comment="Nice: the lattice.")
        s.decide(unsure, s.predictions[unsure].score, comment="Right, say more.")
        _export(first, graded)
    finally:
        workflow.close_project(first.store)
    second = _open(graded, library)
    try:
        _scored(second, threshold)
        assert _decisions(second)[auto][1] == "Nice: the lattice." and second.session.status(auto) == review.REVIEWED
    finally:
        workflow.close_project(second.store)
    _cells(graded, {auto: {"comment": None}, unsure: {"comment": None}})
    return graded, auto, unsure


def test_a_comment_cleared_that_was_all_the_teacher_added_gives_the_answer_back_to_the_model(tmp_path, library, english):  # noqa: F811
    graded, auto, unsure = _commented_then_cleared(tmp_path, library)
    third = _open(graded, library)
    try:
        s = third.session
        assert auto not in s.decisions                           # was: a decision at the model's score
        assert s.status(auto) == review.AUTO and s.final_score(auto) == s.predictions[auto].score
        assert _decisions(third)[unsure] == (s.predictions[unsure].score, "")   # the teacher's acceptance stays
        assert third.earlier.given_back == [auto] and sorted(third.earlier.edited) == sorted([auto, unsure])
        assert not third.earlier.unsure and not third.earlier.taken_back
        note, news = _note(third)
        assert (f"1 answer is the model's again, not your decision: what you had added to the model's score was "
                f"cleared in the sheet since Grader last saved or read it (row {auto + 2}, tiny-ice).") in note, note
        assert (f"Took 1 final score or comment changed in the sheet since Grader last saved or read it as your "
                f"decision (row {unsure + 2}, tiny-ice).") in note, note
        assert not news
        third.store.flush()
    finally:
        workflow.close_project(third.store)
    again = _open(graded, library)                               # saved at once; nothing changed since: nothing said
    try:
        assert auto not in again.session.decisions and again.session.status(auto) == review.AUTO
        assert not again.earlier.edited and not again.earlier.given_back and not again.earlier.unsure
        assert "the model's again" not in _note(again)[0]
    finally:
        workflow.close_project(again.store)


def test_grader_score_gives_the_answer_back_to_the_model_in_its_file_and_says_so(
        tmp_path, library, tiny_bundle, monkeypatch, capsys):  # noqa: F811
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tiny_bundle.parent))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    graded, auto, unsure = _commented_then_cleared(tmp_path, library)
    rows, err = scored_by_cli(graded, tmp_path, capsys)   # the project only read: left as it was
    assert (rows[auto]["status"], rows[auto]["comment"]) == ("auto", "")          # was: 'reviewed'
    assert rows[auto]["final_score"] == rows[auto]["model_score"]
    assert (rows[unsure]["status"], rows[unsure]["comment"]) == ("reviewed", "")
    assert (f"grader: 1 answer is the model's again in this file, not your decision: what you had added to the model's "
            f"score was cleared in the sheet since Grader last saved or read it (row {auto + 2}); the project is not "
            f"changed: open the sheet in the window to give it back there too.") in err, err
    assert (f"1 final score or comment changed in the sheet since Grader last saved or read it is in this file as "
            f"your decision (row {unsure + 2})") in err, err
