"""The learning line said what it said depending on when the background fits landed, not on the marks alone (QA, a
teacher's own question from ASAP-SAS set 10: "needs at least 1 more mark" in one run, "will probably not take answers"
in another). A fit starts when the marks grew by 5 %, the teacher marks on while it runs, and the line follows the last
few fits: on a busy computer those had learned from other marks than on an idle one. Now the fits the line follows
learn from the marks as they stood at fixed points of their order (grader_app.learn.checkpoints), whenever they land.

Real fits on the shared ASAP-SAS data's training split (skipped without it), one answer at a time in a fixed order; a
fit lands some marks after it started, one at a time, as the window runs them; at every pause the fits catch up."""
from __future__ import annotations

from grader_app.learn.checkpoints import checkpoints, due
from grader_app.learn.in_session import QuestionLearner
from grader_app.learn.marks_model import NotEnoughMarks
from test_progress_cannot_help_only_when_so import _asap_class


def _said_at_pauses(texts, scores, upto: int, late: int, pause_every: int) -> list[str]:
    """The line after each pause (every ``pause_every`` marks), with each fit landing ``late`` marks after it started:
    the fits the window runs (``QuestionLearner.fit_function``), one at a time, each started when the last landed if the
    marks ask for one (``wants_fit``), and at a pause while the model is behind the marks."""
    learner = QuestionLearner("q", range(len(texts)), texts)
    a = learner.assistant
    running: list = []   # the fit in flight and the count of marks it lands at

    def land() -> None:
        fit, _ = running.pop()
        try:
            a.use_model(fit())
        except NotEnoughMarks:
            return
        a.progress()   # the window notes the fit's estimate
        if learner.wants_fit():
            start()

    def start() -> None:
        running.append((learner.fit_function(), len(a.marks) + late))
        if late == 0:
            land()

    said = []
    for i in range(upto):
        a.decide([i], scores[i])
        if running and len(a.marks) >= running[0][1]:
            land()
        if not running and learner.wants_fit():
            start()
        a.progress()
        if (i + 1) % pause_every == 0:   # the teacher pauses: the fit running lands, then the model catches up
            if running:
                land()
            while learner.behind():
                a.use_model(learner.fit_function()())
                a.progress()
            said.append(a.progress_sentence())
    return said


def test_set_10_marked_at_two_paces_reads_the_same_at_every_pause():
    texts, scores = _asap_class(10)
    at_once = _said_at_pauses(texts, scores, 24, 0, 4)
    late = _said_at_pauses(texts, scores, 24, 3, 4)
    # before: after 4 marks "at least 44 more" against "at least 43 more"; after 8, "cannot promise when" against
    # "needs at least 41 more"
    assert late == at_once
    assert len(set(at_once)) > 2   # the line moved as the marks came (not one sentence throughout)


def test_the_points_follow_the_marks_and_never_cut_a_decision():
    marks = {i: i % 2 for i in range(60)}
    one_by_one = checkpoints(list(range(60)), {i: i for i in range(60)}, marks, lambda s: len(set(s)) >= 2, 0.05)
    assert one_by_one[:3] == [2, 3, 4] and 21 in one_by_one and 22 not in one_by_one   # 5 % of 21 is 2 marks
    grouped = {i: (0 if i < 18 else i) for i in range(60)}   # the first 18 decided at once
    points = checkpoints(list(range(60)), grouped, {i: 0 if i < 18 else 1 for i in range(60)},
                         lambda s: len(set(s)) >= 2, 0.05)
    assert points[0] == 19   # the group and the first mark of another score: one fit, never part of the group
    assert due(points, 19, 20) == 20 and due(points, 20, 20) is None
