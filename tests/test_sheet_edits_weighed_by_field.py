"""A graded sheet edited in Excel and a comment edited in Grader, both since Grader last read the sheet: each is weighed on
its own (grader_app/io/sheet_said.py). The side that changed a score or a comment since wins for it; where both changed
the same one differently, the project keeps its own and the row is named. QA: a score cleared (or changed) in the sheet
brought the sheet's older comment back over the one the teacher had written in Grader since, without a word. Real
files: the class sheet graded, exported as the export dialog writes it, the exported XLSX opened once in the window (its
project took its decisions), a comment edited there, the XLSX edited with openpyxl, opened again; real run_cli."""
from __future__ import annotations

import pytest

from test_cleared_again_in_sheet import _cells
from test_score_cleared_in_sheet import _graded_and_taken
from test_sheet_edited_after_project import (_decisions, _note, _open, english, library,  # noqa: F401
                                             said_it_cannot_tell_row_3, scored_by_cli)

from grader_app import workflow

EXCEL = {"cleared": {"final_score": None},                                     # the score cleared, its comment left
         "changed": {"final_score": 0},                                        # the score changed, its comment left
         "both": {"final_score": None, "comment": "written in Excel"}}         # the comment changed there too


def _comment_edited_in_grader(tmp_path, library, edit: str):  # noqa: F811 (the fixture's value, passed on)
    """Answer 1 (1, "half of it"), taken by the exported sheet's project; its comment then edited in Grader (the
    window's comment dialog keeps the score); then ``edit`` (:data:`EXCEL`) made to its row in Excel. The file."""
    graded = _graded_and_taken(tmp_path, library)
    second = _open(graded, library)
    try:
        assert _decisions(second)[1] == (1, "half of it")
        second.session.decide(1, 1, comment="edited in Grader")
    finally:
        workflow.close_project(second.store)
    _cells(graded, {1: EXCEL[edit]})
    return graded


@pytest.mark.parametrize("edit", list(EXCEL))
def test_a_comment_edited_in_grader_since_the_sheet_was_read_is_not_replaced_by_the_sheets(
        tmp_path, library, english, edit):  # noqa: F811
    graded = _comment_edited_in_grader(tmp_path, library, edit)
    third = _open(graded, library)
    try:
        got, earlier = _decisions(third), third.earlier
        if edit == "cleared":   # the decision taken back (the sheet's edit); the comment waiting is Grader's
            assert 1 not in got and earlier.taken_back == [1]
            assert third.session.waiting_comments == {1: "edited in Grader"}   # was: 'half of it', the sheet's older one
        elif edit == "changed":   # the sheet's score, Grader's comment
            assert got[1] == (0, "edited in Grader")                            # was: (0, 'half of it')
        else:   # both changed the comment: the project's kept, the row named
            assert got[1] == (1, "edited in Grader") and earlier.unsure == [1] and not earlier.edited
            said_it_cannot_tell_row_3(third)
        assert got[0] == (2, "well put")
        if edit != "both":
            assert earlier.edited == [1] and not earlier.unsure
            said = ("1 final score of your decision was cleared in the sheet since Grader last saved or read it, so "
                    "that decision is taken back" if edit == "cleared" else
                    "Took 1 final score or comment changed in the sheet since Grader last saved or read it")
            assert said in _note(third)[0]
        third.store.flush()
        kept = (_decisions(third), dict(third.session.waiting_comments))
    finally:
        workflow.close_project(third.store)
    again = _open(graded, library)                # saved at once; nothing changed since: nothing said, nothing moved
    try:
        assert (_decisions(again), dict(again.session.waiting_comments)) == kept
        assert not again.earlier.edited and not again.earlier.unsure
    finally:
        workflow.close_project(again.store)


@pytest.mark.parametrize("edit", ["changed", "both"])
def test_grader_score_weighs_the_comment_on_its_own_too(tmp_path, library, tiny_bundle, monkeypatch, capsys, edit):  # noqa: F811
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tiny_bundle.parent))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    graded = _comment_edited_in_grader(tmp_path, library, edit)
    rows, err = scored_by_cli(graded, tmp_path, capsys)   # the project only read: left as it was
    if edit == "changed":
        assert (rows[1]["final_score"], rows[1]["comment"]) == ("0", "edited in Grader")   # was: 'half of it'
        assert ("1 final score or comment changed in the sheet since Grader last saved or read it is in this file as "
                "your decision (row 3)") in err, err
    else:
        assert (rows[1]["final_score"], rows[1]["comment"]) == ("1", "edited in Grader")   # was: taken back
        assert ("1 final score or comment in the sheet differs from what the project holds, and Grader cannot tell "
                "which is newer, so this file has the project's (row 3)") in err, err


def test_a_comment_typed_in_excel_edited_in_grader_then_cleared_in_excel_keeps_grader_s_and_names_the_row(
        tmp_path, library, english):  # noqa: F811
    """An ``auto`` row whose comment typed in Excel the project took; the comment then edited in Grader, and cleared in
    Excel: both changed it since, so the project's stands and the row is named (it was: a decision at the model's
    score, Grader's comment gone without a word)."""
    from test_cleared_again_in_sheet import _typed_then_read

    graded, _typed, commented, _open_ = _typed_then_read(tmp_path, library)
    second = _open(graded, library)
    try:
        score = _decisions(second)[commented][0]
        second.session.decide(commented, score, comment="edited in Grader")
    finally:
        workflow.close_project(second.store)
    _cells(graded, {commented: {"comment": None}})
    third = _open(graded, library)
    try:
        assert _decisions(third)[commented] == (score, "edited in Grader")
        assert third.earlier.unsure == [commented] and not third.earlier.edited
        assert (f"1 final score or comment in the sheet differs from what class-graded.grader-project holds, and Grader "
                f"cannot tell which is newer, so it kept the project's (row {commented + 2}, tiny-ice)") in _note(third)[0]
    finally:
        workflow.close_project(third.store)
