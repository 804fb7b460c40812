"""A decision taken back and made again keeps the origin it had (grader_app.core.origins), while the project is open and
now after it is opened again: the project file keeps the origin of each decision taken back with its answer's hash
(``taken_back``, grader_app.io.project_origins), and the session reads it back with the decisions, under the same rule:
an answer Grader suggests when it is decided again takes that suggestion's origin; else the origin of the decision
taken back (unknown where that one's was); else, never decided, it is the teacher's own. Real project files, written
and read back; the sheet sorted between two openings keeps each origin with its answer."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from grader_app.core.origins import OWN, UNKNOWN, origin_for
from grader_app.io.project_store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import ROWS, make_session  # noqa: E402


def _decide(session, key: int, score, suggested: str | None = None) -> None:
    """Mark ``key`` as the window does: while Grader suggests it (``suggested``: why), or not."""
    if suggested is not None:
        session.offered.offer(session.answers[key].item, [key], suggested)
    session.decide(key, score, origin=origin_for(session, key))
    session.offered.withdraw()


def _on_disk(path: Path) -> tuple[dict, dict]:
    """(answer -> origin in ``decisions``, answer -> origin of its last decision in ``decision_log``)."""
    with sqlite3.connect(path) as db:
        return (dict(db.execute("SELECT answer_key, origin FROM decisions")),
                dict(db.execute("SELECT answer_key, origin FROM decision_log WHERE score IS NOT NULL ORDER BY id")))


def _opened(path: Path, rows=ROWS):
    session = make_session(rows)
    store = ProjectStore.open(path)
    store.restore(session)
    store.attach(session)
    return session, store


def _taken_back(path: Path, marks) -> None:
    """The project at ``path`` opened, each of ``marks`` (answer, score, why Grader suggests it or None) decided in
    turn, then each taken back, and the project closed."""
    session, store = _opened(path)
    with store:
        for key, score, suggested in marks:
            _decide(session, key, score, suggested)
        for key, _score, _suggested in marks:
            session.restore(key, None)


def test_made_again_after_the_project_is_opened_again_as_while_it_is_open(tmp_path):
    path = tmp_path / "p.grader-project"
    session, store = _opened(path)
    with store:
        _decide(session, 0, 1, "sample")
        _decide(session, 1, 2, "unsure")
        session.decide(2, 0)                       # of unknown origin (a graded sheet's, a script's)
        _decide(session, 3, 1, "biggest")
        _decide(session, 4, 0)                     # her own
        for key in (0, 2, 3, 4):                   # taken back (Ctrl+Z, a member pulled out of its group)
            session.restore(key, None)
        _decide(session, 3, 0, "unsure")           # and 3 scored again while Grader suggests it, taken back again
        session.restore(3, None)

    session, store = _opened(path)
    with store:
        session.restore(1, None)                   # taken back after the project was opened again
        for key in (0, 1, 2, 3):
            _decide(session, key, 1)               # made again, nothing suggested
        _decide(session, 4, 1, "sample")           # Grader suggests it now: that goes first
        _decide(session, 5, 0)                     # never decided, not suggested
    origins = {0: "sample", 1: "unsure", 2: UNKNOWN, 3: "unsure", 4: "sample", 5: OWN}
    assert {k: d.origin for k, d in session.decisions.items()} == origins
    assert _on_disk(path) == (origins, origins)


def test_the_sheet_sorted_between_two_openings_keeps_each_origin_with_its_answer(tmp_path):
    path = tmp_path / "p.grader-project"
    _taken_back(path, [(0, 1, "sample"), (3, 1, "blank")])
    rows = list(reversed(ROWS))                    # the sheet sorted: answer k is at 5 - k now
    session, store = _opened(path, rows)           # (taken to the sorted sheet's keys as it is attached)
    store.close()
    session, store = _opened(path, rows)
    with store:
        for key in (5, 2, 0):                      # answers 0 and 3 of before, and the one at 0 now
            _decide(session, key, 0)
    assert {k: d.origin for k, d in session.decisions.items()} == {5: "sample", 2: "blank", 0: OWN}
    assert _on_disk(path)[0] == {5: "sample", 2: "blank", 0: OWN}


def test_an_origin_kept_for_another_answer_than_the_one_there_now_is_not_taken(tmp_path):
    """A Grader that knows no ``taken_back`` table moves the decisions of a sorted sheet and leaves its rows where they
    were: the hash kept with each says whether the answer at its place is still the one it was kept for."""
    path = tmp_path / "p.grader-project"
    _taken_back(path, [(0, 1, "sample")])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE taken_back SET answer_key=1 WHERE answer_key=0")
    session, store = _opened(path)
    with store:
        _decide(session, 1, 0)
        _decide(session, 0, 0)
    assert {k: d.origin for k, d in session.decisions.items()} == {0: OWN, 1: OWN}
