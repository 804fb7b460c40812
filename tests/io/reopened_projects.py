"""Helpers for the tests that open a project an older Grader saved (test_old_project_number_formats.py,
test_old_project_question_above.py): the sheet opened as the window opens it, what the session then holds, what the
file holds, and the checks that everything came back and comes back again once saved.

The test files import this module by name (``tests/io`` on ``sys.path``); tests/io/conftest.py has pytest rewrite
its asserts."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from grader_app import workflow
from grader_app.bundles.library import Library


def opened(path) -> workflow.Prepared:
    """The sheet opened as the window opens it when its project knows the columns."""
    library = Library.load([])
    again = workflow.open_sheet(path, library)
    assert again.project_error is None and again.store is not None, again.project_error
    return workflow.prepare_session(path, again.sheet, again.setup["mapping"], again.setup["item_bundles"], library,
                                    store=again.store)


def what(prepared: workflow.Prepared):
    """The session's decisions, waiting comments and answers pulled out, by (student, question, text)."""
    s = prepared.session
    who = {k: (a.student, a.item, a.text) for k, a in enumerate(s.answers)}
    return ({who[k]: (d.score, d.comment) for k, d in s.decisions.items()},
            {who[k]: c for k, c in s.waiting_comments.items()},
            {who[k] for k in prepared.store.pulled_out})


def on_disk(project: Path) -> tuple[list, int]:
    """The decisions the file holds (score, comment), sorted, and how many lines its decision log has."""
    con = sqlite3.connect(str(project))
    try:
        decisions = sorted((json.loads(s), c) for s, c in con.execute("SELECT score, comment FROM decisions"))
        return decisions, con.execute("SELECT count(*) FROM decision_log").fetchone()[0]
    finally:
        con.close()


def check_all_restored(prepared: workflow.Prepared, decided: dict, waiting: dict, pulled_out: set) -> None:
    """Every decision of the old project taken, none dropped, left out or set aside, and the decisions, waiting
    comments and answers pulled out (as ``what`` gives them) those expected."""
    assert prepared.restored["decisions"] == len(decided) and prepared.restored["dropped"] == 0
    assert prepared.restored["left_out"] == 0 and prepared.restored["set_aside"] == 0
    assert what(prepared) == (decided, waiting, pulled_out)


def check_read_back(sheet: Path, decided: dict, waiting: dict, pulled_out: set) -> None:
    """The sheet opened once more after its project was saved: the file now hashes today's reading (no check to
    make), and the same decisions, waiting comments and answers pulled out come back."""
    again = opened(sheet)
    try:
        assert again.store.check(again.session) is None
        assert what(again) == (decided, waiting, pulled_out)
    finally:
        workflow.close_project(again.store, again.session)
