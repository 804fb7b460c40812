"""The review screen's counts after each key are kept up to date from what changed (review_tallies, QA s52g: worked out
over every answer, each mark cost a 20,000-answer review up to 200 ms on the GUI thread). Whatever happens, they must
be what working everything out anew gives: after marks, a group's score, undo and redo, a model's rows bringing flags
and taking answers, a threshold moved, a model that learns from the marks coming, more changes than the session's
journal keeps, and a suggestion bringing an answer the review was not opened on."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core.scale import TEACHER, Scale  # noqa: E402
from grader_app.core.change_journal import ChangeJournal
from grader_app.core.flags import scored_alone
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.session_records import LEARNED
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.ui.commands import score_choices
from grader_app.ui.review_end import left_to_decide, needed_elsewhere
from ui_helpers import review_view

ALIKE = ["Ice floats because it is less dense than water", "Ice floats because it is less dense than the water",
         "ice floats because it is less dense than water.", "Ice floats as it is less dense than water"]
LISTS = ["membrane, nucleus, ribosome, mitochondria, cytoplasm", "membrane nucleus ribosome mitochondria cytoplasm"]
DENIES = "Ice does not float because it is not less dense than water"
OWN = ["Plants need light to make their own food in the leaves", "Plants need light to make their food in the leaves",
       "The leaves take in light and make sugar from water and air", "The sun gives the plant the energy it grows with",
       "Without light the plant cannot make food and it dies", "The green parts of the plant catch the light it needs"]
OTHER = ["It sinks", "It floats", "Density", "I do not know"]


@pytest.fixture
def session():
    rows = [("m", t) for t in [*ALIKE, *LISTS, DENIES]] + [("own", t) for t in OWN] + [("x", t) for t in OTHER]
    frame = pd.DataFrame([(f"S{i:02d}", f"Pupil {i:02d}", q, t) for i, (q, t) in enumerate(rows)],
                         columns=["ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    shipped = dict(labels=(0, 1, 2, 3), default_threshold=0.95, prompt="Why does ice float?")
    return GradingSession(Sheet(frame=frame), mapping, items={"m": ItemInfo(item="m", bundle_id="m", **shipped),
                                                              "x": ItemInfo(item="x", bundle_id="x", **shipped)})


class Learning:
    """The window's learning controller as the review screen asks it: which questions learn (``items``), no
    suggestion unless one is set."""

    def __init__(self) -> None:
        self.items: set[str] = set()
        self.next: list[int] | None = None

    def learns(self, item: str) -> bool:
        return item in self.items

    will_learn = learns

    def suggest(self, item: str):
        return self.next

    def marks_counted(self, item: str):
        return None   # no question here goes on teaching a model of the teacher's own (ItemInfo.continues)

    def reason(self, item: str) -> str:
        return "it is next"

    def follow_marks(self) -> None:
        """Nothing to follow: no model learns here."""

    def sentence(self, item: str, awaited=None) -> str:
        return "it learns"


def anew(view) -> dict:
    """The figures worked out over every answer, as the screen worked them out before."""
    s, keys = view.session, view.queue.keys()
    return {"left": sum(1 for k in keys if left_to_decide(view, k)), "need": sum(1 for k in keys if s.needs_teacher(k)),
            "elsewhere": needed_elsewhere(s, keys),
            "choices": {it: score_choices(s, it) for it in s.item_keys()}}


def kept(view) -> dict:
    return {"left": view.tallies.left(), "need": view.tallies.need(), "elsewhere": view.tallies.elsewhere(),
            "choices": {it: view.tallies.choices(it) for it in view.session.item_keys()}}


def check(view) -> None:
    view.refresh()
    want = anew(view)
    assert kept(view) == want
    assert f"{want['left']} of {view.queue.size()} answers left to decide" in (
        spaced(view.progress_label.text() + view.left_label.text()))
    s = view.session
    for unit in view.queue.units:   # an answer a flag scores alone is in no group
        assert len(unit) == 1 or not any(scored_alone(s.flags.get(k, ())) for k in unit)


def test_the_counts_kept_from_what_changed_are_those_worked_out_anew(qtbot, session):
    s = session
    m, own = s.keys_for("m"), s.keys_for("own")
    groups = {**dict.fromkeys(m[:4] + [m[6]], "alike"), **dict.fromkeys(m[4:6], "lists"),
              **dict.fromkeys(own[:2], "light")}
    view = review_view(qtbot, s, groups=groups, typical={m[0], m[4], own[0]})
    learning = view.learning = Learning()
    view.set_queue(m + own, groups=groups, typical={m[0], m[4], own[0]})   # question x waits in the table
    check(view)
    assert view.current_unit() == m[:4] + [m[6]]
    qtbot.keyClick(view, Qt.Key.Key_2)                   # a group's score: five answers at one key
    check(view)
    for digit in (Qt.Key.Key_1, Qt.Key.Key_3):           # on through the list, one answer or group at a time
        qtbot.keyClick(view, digit)
        check(view)
    view.undo()
    check(view)
    view.redo()
    check(view)
    view.go_to(own[3])
    qtbot.keyClick(view, Qt.Key.Key_7)                   # a question of the teacher's: its buttons go up to 8
    check(view)
    assert view.tallies.choices("own") == tuple(range(9)) and view.score_buttons.isVisible()
    view.undo()                                          # and back to Grader's guess, 0-3, with the 7 taken back
    check(view)
    assert view.tallies.choices("own") == score_choices(view.session, "own") == (0, 1, 2, 3)
    view.session.set_scale("own", Scale(top=10, source=TEACHER))   # she sets it out of 10: the buttons follow at once
    assert view.tallies.choices("own") == score_choices(view.session, "own") == tuple(range(11))
    view.session.set_scale("own", None)
    assert view.tallies.choices("own") == (0, 1, 2, 3)

    # a model's rows: flags that score an answer alone (a list of terms, a denial) take it out of its group
    sure = [0.01, 0.01, 0.01, 0.97]
    s.set_predictions(m, [sure] * len(m))
    check(view)
    assert [m[6]] in view.queue.units and [m[5]] in view.queue.units
    s.set_threshold(0.5, "m")                            # a threshold moved: the model takes the open ones
    check(view)
    s.set_threshold(0.99, "m")
    check(view)

    # a model learned from the marks takes answers of "own": left to decide no more, once it learns
    s.set_item_info(ItemInfo(item="own", bundle_id=LEARNED + "own", labels=(0, 1, 2, 3), default_threshold=0.5))
    s.set_predictions(own, [sure] * len(own))
    check(view)
    before = view.tallies.left()
    learning.items.add("own")
    check(view)
    assert view.tallies.left() < before
    learning.items.clear()
    check(view)

    # more changes than the journal keeps: worked out anew, the same figures
    s._journal = ChangeJournal(kept=2)
    view.go_to(own[2])
    for digit in (Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(view, digit)
    check(view)
    for key in s.keys_for("x"):                          # the answers waiting in the table decided there
        s.decide(key, 1)
    check(view)

    # a suggestion brings an answer the review was not opened on: it counts from then on
    learning.items.add("own")
    learning.next = [s.keys_for("x")[0]]
    s.restore(learning.next[0], None)
    view.go_to(own[0])
    qtbot.keyClick(view, Qt.Key.Key_N)
    check(view)
    assert learning.next[0] in view.queue.keys()
