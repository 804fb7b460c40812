"""Found in a QA pass: an answer padded with a copy of another student's (flagged "repeats itself") was grouped with
it in the real window, shown as the group's "most typical answer", and one Enter gave it the model's score for the
genuine one, undoing the flag (models reward padding with key words). An answer whose flags say it may fool a model
comes on its own: in no group, never the typical answer, never reached by a group's score; copies that are only
"identical to another answer" are still grouped, which is the point of groups."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.core.flags import DUPLICATE, REPEATED
from grader_app.ui.main_window import REVIEW
from test_blind_marking import open_new
from test_group_review import LIKE, OTHERS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PADDED = " ".join([LIKE[0]] * 15)         # the genuine answer 15 times
TWICE = LIKE[0] + " " + LIKE[0]           # ... and twice
ANSWERS = [OTHERS[0], LIKE[0], PADDED, LIKE[1], TWICE, OTHERS[1], LIKE[2], LIKE[0], OTHERS[2], LIKE[3]]


def _sheet(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, text in enumerate(ANSWERS):
            w.writerow([f"S{i + 1:02d}", f"Student {i + 1}", "asap-sas-1", text])
    return path


@pytest.fixture
def window(make_window):
    return make_window((1100, 800))


def test_padded_answers_come_on_their_own_and_a_group_score_does_not_reach_them(qtbot, window, tmp_path):
    open_new(qtbot, window, _sheet(tmp_path / "class.csv"))
    s = window.session
    padded, twice, genuine, copy = 2, 4, 1, 7
    assert REPEATED in s.flags[padded] and REPEATED in s.flags[twice]
    assert DUPLICATE in s.flags[genuine] and DUPLICATE in s.flags[copy]
    window.show_review([a.key for a in s.answers], 0)
    assert window.pages.currentIndex() == REVIEW
    view = window.review_view
    units = view.queue.units
    assert [padded] in units and [twice] in units                     # each on its own
    group = units[view.queue.unit_of(genuine)]
    assert copy in group and len(group) >= 3                          # the genuine answers, the copy with them
    assert view.queue.go_to(genuine)
    view.refresh()
    assert view.card.showing_group()
    assert view.group_panel.typical_label.text() in LIKE               # the typical answer is a genuine one
    assert {m.key for m in view.group_panel.members} == set(group)
    view.selected = None
    qtbot.keyClick(view, Qt.Key.Key_Return)                           # the model's score for the whole group
    assert set(group) <= set(s.decisions)
    assert padded not in s.decisions and twice not in s.decisions     # still the teacher's to read and score
    assert view.queue.go_to(padded)
    view.refresh()
    assert not view.card.showing_group() and view.answer_label.text().startswith(LIKE[0][:20])


def test_on_a_question_that_learns_a_suggested_group_leaves_the_padded_answers_out(qtbot, window, tmp_path):
    """A question no model scores: Grader suggests what to mark next, a group first; its groups are the learner's.
    The padded answers are not in the group suggested, nor its typical answer; they come one at a time."""
    sheet = _sheet(tmp_path / "own.csv")
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("asap-sas-1", "my-own-question"), encoding="utf-8")
    open_new(qtbot, window, sheet)
    s = window.session
    padded, twice = 2, 4
    assert window.learning.learns("my-own-question")
    window.show_review([a.key for a in s.answers])            # opens at Grader's suggestion
    view = window.review_view
    groups = 0
    for _ in range(len(ANSWERS)):
        unit = view.current_unit()
        if len(unit) > 1:
            groups += 1
            assert padded not in unit and twice not in unit
            assert view.group_panel.typical_label.text() in LIKE
        qtbot.keyClick(view, Qt.Key.Key_1)
        if len(s.decisions) == len(ANSWERS):
            break
    assert len(s.decisions) == len(ANSWERS) and groups >= 1
