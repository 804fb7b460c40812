""""Mark about N more answers" is steady and rough, as the figure read off a few dozen marks is: QA saw it swing
between consecutive marks (1 → 38; 26 → 61 → 28) and read "about 1 more answer". A fall is said at once, a rise once
two of the last three fits agree (grader_app.learn.progress.steady_target); the figure is rounded up to a step of 5
(10 above 50) and never below 5 (said_marks). The policy on QA's sequences, and on a real assistant's fits."""
from __future__ import annotations

import random

import grader_app.learn.assistant as assistant_module
from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.progress import said_marks, steady_target


def _said(sequence, left: int = 100) -> list[int]:
    """What the sentence asks for after each fit: (marks made, further marks the fit estimated) in turn."""
    targets, out = [], []
    for decided, needed in sequence:
        targets.append(decided + needed)
        out.append(said_marks(max(1, steady_target(targets) - decided), left))
    return out


def test_one_stray_estimate_does_not_move_the_sentence():
    assert _said([(20, 26), (21, 61), (22, 28)]) == [30, 25, 30]


def test_a_rise_two_fits_agree_on_is_said():
    assert _said([(20, 1), (21, 38), (22, 38)]) == [5, 5, 40]


def test_a_fall_is_said_at_once():
    assert _said([(20, 40), (21, 12)]) == [40, 15]


def test_the_figure_is_rough_and_never_below_five():
    assert [said_marks(n, 200) for n in (1, 4, 5, 6, 26, 50, 51, 61)] == [5, 5, 5, 10, 30, 50, 60, 70]
    assert said_marks(7, 8) == 7 and said_marks(0, 50) == 0   # never as many as the answers left; none: none


def test_the_assistant_steadies_its_fits(ice_class, monkeypatch):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    qa = iter([26, 61, 28])   # what three fits in a row read off their tables (QA's sequence)
    monkeypatch.setattr(assistant_module, "estimate_more", lambda *args: (next(qa), 40))
    monkeypatch.setattr(assistant_module, "fewest_more_marks", lambda *args: 0)
    rng = random.Random(0)
    said = []
    for decided in (20, 21, 22):
        for i in range(len(a.marks), decided):
            a.decide([i], scores[i] if rng.random() > 0.3 else rng.choice([0, 1, 2]))
        a.use_model(a.fit_snapshot()())
        p = a.progress()
        assert not p.qualified
        said.append(p.marks_needed)
    assert said == [30, 25, 30]
    assert a.progress_sentence().startswith("Mark about 30 more answers")
