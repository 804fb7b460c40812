"""A score or a comment the teacher typed into a graded sheet (in Excel, say) on a row whose status Grader never
rewrote (``auto``, ``needs review``), taken by Grader when the sheet was opened, then cleared in the sheet again: the
row holds nothing of the teacher's any more, but the project remembers that the sheet held it (io/sheet_said.py), so
the clear is an edit like another: a typed score's decision taken back, a comment typed beside the model's score (all
the teacher had added) taken back with its decision, the answer the model's again, a comment waiting for a score
forgotten; saved in the project at once and counted in the opening note, and ``grader score`` with the project beside
writes the same and says so. QA (h2e, findings 1 and 2): the decision and the comment came back without a word (the
student got the deleted comment); then the cleared comment left a decision at the model's score. Real files: the class
sheet graded and written, edited with openpyxl, opened with its real project, edited again, opened again, real run_cli."""
from __future__ import annotations

import openpyxl

from test_sheet_edited_after_project import _decisions, _note, _open, english, library, scored_by_cli  # noqa: F401
from test_typed_in_sheet import _graded

from grader_app import workflow


def _cells(path, changes: dict[int, dict[str, object]]) -> dict[str, int]:
    """In Excel: answer key -> {"final_score"/"comment": value (None clears)}. Returns the header's columns."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head = {c.value: i + 1 for i, c in enumerate(ws[1])}
    for key, cells in changes.items():
        for name, value in cells.items():
            ws.cell(key + 2, head[name]).value = value
    wb.save(path)
    return head


def _typed_then_read(tmp_path, library):  # noqa: F811 (the fixture's value, passed on)
    """The graded sheet (no project), in Excel: a score typed on one ``auto`` row (not the model's), a comment alone on
    another ``auto`` row and on a ``needs review`` row; opened in the window once (its project takes them), the typed
    comment then changed in Excel and the sheet opened again. Returns the file and the three answer keys."""
    _, graded = _graded(tmp_path, library, ".xlsx")
    wb = openpyxl.load_workbook(graded)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    wb.close()
    status, model, final = (head.index(c) for c in ("status", "model_score", "final_score"))
    autos = [i for i, r in enumerate(rows) if r[status] == "auto"]
    open_ = next(i for i, r in enumerate(rows) if r[status] == "needs review")
    typed, commented = autos[0], autos[1]
    other = (int(float(rows[typed][model])) + 1) % 3
    assert str(rows[commented][final]) == str(rows[commented][model])
    _cells(graded, {typed: {"final_score": other}, commented: {"comment": "Bitte Einheit angeben"},
                    open_: {"comment": "Sprich mich an"}})
    first = _open(graded, library)
    try:
        assert _decisions(first)[typed] == (other, "") and _decisions(first)[commented][1] == "Bitte Einheit angeben"
        assert first.session.waiting_comments[open_] == "Sprich mich an"
    finally:
        workflow.close_project(first.store)
    _cells(graded, {commented: {"comment": "Neu: Einheit!"}})
    second = _open(graded, library)
    try:
        assert _decisions(second)[commented][1] == "Neu: Einheit!" and second.earlier.edited == [commented]
    finally:
        workflow.close_project(second.store)
    return graded, typed, commented, open_


def test_a_typed_score_and_comments_cleared_in_the_sheet_again_are_taken_as_edits_and_saved(tmp_path, library, english):  # noqa: F811
    graded, typed, commented, open_ = _typed_then_read(tmp_path, library)
    _cells(graded, {typed: {"final_score": None}, commented: {"comment": None}, open_: {"comment": None}})
    third = _open(graded, library)
    try:
        got = _decisions(third)
        assert typed not in got                                   # was: the typed decision stood, without a word
        assert commented not in got                               # the model's again (was: 'Neu: Einheit!' came back)
        assert open_ not in third.session.waiting_comments        # was: the waiting comment stayed
        assert sorted(third.earlier.edited) == sorted([typed, commented, open_]) and not third.earlier.unsure
        assert third.earlier.taken_back == [typed] and third.earlier.given_back == [commented]
        note, _ = _note(third)
        assert "Took 1 final score or comment changed in the sheet since Grader last saved or read it" in note, note
        assert (f"1 final score of your decision was cleared in the sheet since Grader last saved or read it, so that "
                f"decision is taken back (row {typed + 2}, tiny-ice)") in note, note
        assert (f"1 answer is the model's again, not your decision: what you had added to the model's score was "
                f"cleared in the sheet since Grader last saved or read it (row {commented + 2}, tiny-ice).") in note
        third.store.flush()
    finally:
        workflow.close_project(third.store)
    again = _open(graded, library)                                # saved at once; nothing changed since: nothing said
    try:
        got = _decisions(again)
        assert typed not in got and commented not in got
        assert open_ not in again.session.waiting_comments
        assert not again.earlier.edited and not again.earlier.unsure
        assert "changed in the sheet" not in _note(again)[0]
    finally:
        workflow.close_project(again.store)


def test_a_row_the_project_decided_in_grader_only_stays_when_the_sheet_shows_nothing_there(tmp_path, library, english):  # noqa: F811
    graded, typed, commented, open_ = _typed_then_read(tmp_path, library)
    wb = openpyxl.load_workbook(graded)
    ws = wb.worksheets[0]
    status = [c.value for c in ws[1]].index("status")
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    wb.close()
    elsewhere = next(i for i, r in enumerate(rows) if r[status] == "auto" and i not in (typed, commented))
    first = _open(graded, library)
    try:
        first.session.decide(elsewhere, 0, comment="decided in Grader")   # never in the sheet: the sheet says nothing
    finally:
        workflow.close_project(first.store)
    again = _open(graded, library)
    try:
        assert _decisions(again)[elsewhere] == (0, "decided in Grader") and not again.earlier.edited
    finally:
        workflow.close_project(again.store)


def test_grader_score_with_the_project_beside_writes_the_clears_and_says_them(
        tmp_path, library, tiny_bundle, monkeypatch, capsys, english):  # noqa: F811
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tiny_bundle.parent))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    graded, typed, commented, open_ = _typed_then_read(tmp_path, library)
    _cells(graded, {typed: {"final_score": None}, commented: {"comment": None}})   # the waiting comment left alone
    rows, err = scored_by_cli(graded, tmp_path, capsys)   # the project only read: left as it was
    assert rows[typed]["status"] not in ("reviewed", "overridden", "decided")   # was: '1 / overridden'
    assert rows[commented]["comment"] == ""                                     # was: 'Neu: Einheit!'
    assert rows[commented]["status"] not in ("reviewed", "overridden", "decided")   # the model's again
    assert (f"1 final score of your decision was cleared in the sheet since Grader last saved or read it, so that "
            f"decision is taken back in this file (row {typed + 2})") in err, err
    assert (f"1 answer is the model's again in this file, not your decision: what you had added to the model's score "
            f"was cleared in the sheet since Grader last saved or read it (row {commented + 2})") in err, err
    # finding 3: the comment the project keeps waiting is said, as without a project; the counts say what they count
    assert (f"1 comment waiting for its answer's score (◷ in the window) is not in this file (row {open_ + 2})") in err, err
    decided = sum(r["status"] in ("reviewed", "overridden", "decided") for r in rows)
    held = decided + 2                                  # the typed decision and the commented one, not in this file
    assert f"holds {held} decisions made in the window" in err, err
    assert (f"With the changes made in the sheet since Grader last saved or read it (said below), this file holds "
            f"{decided} decision{'' if decided == 1 else 's'} of yours, not the project's {held}.") in err, err
    assert "earlier decision" not in err and "are kept" not in err, err   # the sheet's decisions not counted again
