"""What the window says while a model learns from the teacher's marks, where the marks are few decisions (QA s52a,
findings 1, 8 and 9), in the real main window, in English.

1. Groups of near-copies, each marked with one key: after 8 decisions the model took answers "expected at least 95 %
   right" (its check counted every copy as a trial). Now it takes none, and the line says how few groups the marks
   fall in, never "agreed with 0 of your N marks".
2. Every mark the same score: the line said only "the model cannot yet take any answer with a guarantee"; now it says
   why ("All your marks so far are 1: mark an answer that deserves another score ...").
3. A refit that takes fewer answers sends those it had taken back to the teacher (the safe way), and now says so in
   one sentence on the status bar and in the notes above the results."""
from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.core import review
from test_learning_window import (MORE_OFF, MORE_SCIENCE, OWN, mark_until, _open,  # noqa: F401  (the fixture)
                                  quick_catch_up, truth)
from test_main_window import _open_by_drop

ENDS = ["", ".", "!", " I think.", " so yeah", " :)", " ok", "..."]
SCIENCE = ("membrane osmosis diffusion protein channel transport active passive gradient energy cell nucleus ribosome "
           "enzyme glucose oxygen carbon lipid bilayer receptor").split()
OFF = ("plants green sun water happy dog house car blue music pizza football holiday beach movie game phone friend "
       "school bus").split()


def copies_sheet(path: Path, groups: int = 10, size: int = 8, singles: int = 60) -> Path:
    """A class whose answers are ``groups`` groups of ``size`` near-copies (science words: 2, other words: 0, in
    turn), what a class that copied from a few sources looks like, then ``singles`` answers of its own each."""
    rng = random.Random(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for g in range(groups):
            base = " ".join(rng.sample(SCIENCE if g % 2 == 0 else OFF, 6))
            for j in range(size):
                k = g * size + j
                w.writerow([f"S{k:03d}", f"Student {k}", OWN, (base if j % 2 else base.capitalize()) + ENDS[j]])
        for i in range(singles):
            w.writerow([f"T{i:03d}", f"Student T{i}", OWN, " ".join(rng.sample(MORE_SCIENCE if i % 2 == 0 else MORE_OFF,
                                                                                 6))])
    return path


def _open_copies(qtbot, window, tmp_path):
    dlg = _open_by_drop(qtbot, window, copies_sheet(tmp_path / "class" / "copies.csv"))
    assert dlg.chosen()[OWN] is None                     # no model for it: it learns from the marks
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    return window.session


def _key(qtbot, window, score: int) -> None:
    qtbot.keyClick(window.review_view, Qt.Key.Key_0 + score)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)


def _truth(s, key: int) -> int:
    return 2 if s.answers[key].text.split()[0].lower() in set(SCIENCE) | set(MORE_SCIENCE) else 0


def test_eight_groups_of_copies_marked_with_one_key_each_take_no_answer(qtbot, window, tmp_path):
    s = _open_copies(qtbot, window, tmp_path)
    keys, rv = s.keys_for(OWN), window.review_view
    for g in range(8):                                  # a group at a time, its score with one key
        rv.go_to(keys[8 * g])
        assert len(rv.current_unit()) == 8
        _key(qtbot, window, _truth(s, keys[8 * g]))
        assert sum(1 for k in keys if k in s.decisions) == 8 * (g + 1)
    model = window.learning.models[OWN]
    assert model.review["units"] == 8 and not model.qualified
    assert not [k for k in keys if s.status(k) == review.AUTO]     # before: it took 74 of the 76 answers left
    line = ("your marks so far fall in only 8 groups of similar answers or answers marked together, each counted once; "
            "the model needs marks on at least 37 more answers unlike these before it can take one.")
    assert rv.learning_label.text() == f"Learning from your marks: keep marking, since {line}"
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    assert window.results.learning.text() == f"Question {OWN} (no shipped model): keep marking, since {line}"
    assert "agreed with" not in window.results.learning.text()


def test_marks_all_one_score_say_why_nothing_learns(qtbot, window, tmp_path):
    s = _open_copies(qtbot, window, tmp_path)
    rv = window.review_view
    for _ in range(3):
        _key(qtbot, window, 1)                          # three groups, all given 1
    assert {d.score for d in s.decisions.values()} == {1} and OWN not in window.learning.models
    line = "all your marks so far are 1: mark an answer that deserves another score and the model starts learning."
    assert rv.learning_label.text() == f"Learning from your marks: {line}"
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    assert window.results.learning.text() == f"Question {OWN} (no shipped model): {line}"


BACK = re.compile(rf"The model for question {OWN} (no longer takes answers|now takes fewer answers): (\d+) answers? it "
                  r"had taken (is|are) back with you\.")


def test_answers_the_model_gave_back_are_said(qtbot, quick_catch_up, make_window, tmp_path):  # noqa: F811
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    keys = s.keys_for(OWN)
    window.results.request_review()
    # answers unlike each other, one at a time: it takes some
    mark_until(qtbot, window, lambda: any(s.status(k) == review.AUTO for k in keys), 70)
    taken = [k for k in keys if s.status(k) == review.AUTO]
    assert taken and not BACK.search(window.statusBar().currentMessage())
    # the teacher gives five answers it took another score: the next fit finds it wrong where it was sure
    for k in taken[:5]:
        s.decide(k, 2 - truth(s.answers[k].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    back = [k for k in taken[5:] if s.status(k) != review.AUTO]
    assert back and all(s.status(k) == review.NEEDS_REVIEW for k in back)
    said = BACK.fullmatch(window.statusBar().currentMessage())
    assert said, window.statusBar().currentMessage()
    assert (said.group(1) == "no longer takes answers") == (not any(s.status(k) == review.AUTO for k in keys))
    notes = [m for m in map(BACK.fullmatch, window.notices.infos) if m]   # kept whole above the results too
    assert said.group(0) == notes[-1].group(0)
    # each fit that gave answers back said how many (an answer taken again later, and given back again, twice)
    assert sum(int(m.group(2)) for m in notes) >= len(back)
