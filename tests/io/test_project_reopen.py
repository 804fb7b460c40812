"""Reopening a project on a sheet that changed, with real project files on disk: a sheet that grew keeps
every decision (another sheet is still refused), a damaged page is one sentence naming the file, and the
answers edited since (whose decisions are dropped) are told apart where the sheet says which they are."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_helpers import ROWS, make_session, read_decisions  # noqa: E402

LATE = [(f"s{i}", f"Late {i}", q, f"late answer {i} to {q}") for i in range(4, 14) for q in ("q1", "q2")]


def _graded(path, rows=ROWS):
    s = make_session(rows)
    with ProjectStore.open(path) as store:
        store.save_predictions(s)
        store.attach(s)
        for key in range(len(rows)):
            s.decide(key, 1, comment=f"kept {key}")
        assert store.flush()
    return s


def test_a_sheet_that_grew_keeps_every_decision(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    grown = make_session(ROWS + LATE)    # the same six answers first, twenty late ones after them
    with ProjectStore.open(path) as store:
        counts = store.restore(grown)
        store.attach(grown)
    assert counts["decisions"] == len(ROWS) and counts["dropped"] == 0
    assert {k: (d.score, d.comment) for k, d in grown.decisions.items()} == {k: (1, f"kept {k}") for k in range(6)}
    assert read_decisions(path) == {k: (1, f"kept {k}") for k in range(6)}


def test_a_sheet_sharing_few_of_the_stored_answers_is_still_refused(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    other = [(sid, name, q, text + " (another class)") for sid, name, q, text in ROWS[:4]] + list(ROWS[4:]) + LATE
    with ProjectStore.open(path) as store:
        with pytest.raises(ProjectError, match="belongs to another sheet"):
            store.restore(make_session(other))


def test_a_damaged_page_is_one_sentence_naming_the_file(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)        # every page after the first one damaged
    path.write_bytes(bytes(data))
    store = ProjectStore.open(path)                    # the header and the schema page still read
    try:
        with pytest.raises(ProjectError, match=r"^class\.grader-project is not a Grader project file or is damaged; "
                                               r"move it aside and open the sheet again$"):
            store.load_setup()
    finally:
        store.close()


def test_the_answers_edited_since_are_named_by_their_place(tmp_path):
    path = tmp_path / "class.grader-project"
    _graded(path)
    edited = list(ROWS)
    edited[3] = ("s1", "Ann", "q2", "Plants use sunlight to make glucose.")   # Ann's answer to q2, a typo fixed
    again = make_session(edited + LATE)
    with ProjectStore.open(path) as store:
        counts = store.restore(again)
        assert counts["dropped"] == 1 and store.dropped_answers == [3]
    assert 3 not in again.decisions and set(again.decisions) == {0, 1, 2, 4, 5}
