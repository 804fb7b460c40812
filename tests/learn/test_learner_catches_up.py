"""The model a question ends with depends on its marks alone (and on which of them were decided together), not on when
the fits ran: the same decisions restored from the project file all at once teach the same model.

Found in a QA pass: a model refits at once only when the marks grew by 5 % (``needs_refit``), so the model in use when
the window closed had learned from 93 of 96 marks and took 23 answers; opened again, the fit on all 96 took none. A
learner now says when its model is behind the marks (``behind``), and the window fits it again once the teacher
pauses (tests/ui/test_learning_reopen.py). Real sheet, real project file written and read back, real fits."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

from grader_app.core.session import Decision
from own_question_marked import fit_now, in_random_order, learner_of, marked_in_a_sitting, own_class, reopened

MARKED = 113


def test_a_learner_behind_its_marks_catches_up_to_the_model_the_reopened_project_gives(tmp_path, ice_class):
    texts, scores = ice_class
    sheet_path = tmp_path / "class.csv"
    session, keys, live = own_class(sheet_path, texts)
    marked_in_a_sitting(tmp_path / "class.grader-project", session, live, keys[:MARKED], scores,
                        after_each=lambda: fit_now(live) if live.wants_fit() else None)   # fitted as the app does
    a = live.assistant
    assert not live.wants_fit() and live.behind() and a.model.n_marks < MARKED   # the last marks are not learned yet
    fit_now(live)                                                               # the pause: it learns from all of them
    assert not live.behind() and a.model.n_marks == MARKED

    again, restored = reopened(tmp_path / "class.grader-project", sheet_path, MARKED)
    assert restored.sync(again) and restored.behind()
    fit_now(restored)
    assert not restored.behind()
    assert np.array_equal(restored.assistant.model.probabilities, a.model.probabilities)
    assert restored.assistant.model.threshold == a.model.threshold
    assert restored.assistant.auto_scores() == a.auto_scores() != {}


def test_behind_follows_how_marks_were_decided_not_how_the_batches_are_numbered(ice_class):
    from grader_app.learn.assistant import MarkingAssistant

    texts, scores = ice_class
    a = MarkingAssistant(texts[:40], labels=[0, 1, 2])
    group = [i for i in range(40) if scores[i] == 0][:3]
    a.decide(group, 0, at="09:00:00")                    # a group decided at once: one batch, one fold
    for i in range(40):
        if i not in group:
            a.decide([i], scores[i], at=f"09:{i:02d}:01")
    a.refit()
    assert not a.behind()
    lone = next(i for i in range(40) if i not in group)
    a.undo(lone)
    a.decide([lone], scores[lone], at=f"09:{lone:02d}:01")   # taken back and put back (an undo): a batch of its own,
    assert not a.behind()                                    # in its place, as before
    a.undo(lone)
    a.decide([lone], scores[lone], at="10:00:00")        # taken back and given again: now the last, other folds
    assert a.behind() and not a.needs_refit()
    a.refit()
    assert not a.behind()
    a.decide([group[0]], 0)                              # the same score, but now apart from its group: another fold
    assert a.behind() and not a.needs_refit()
    a.refit()
    assert not a.behind()
    a.undo(group[1])                                     # a mark taken back
    assert a.behind()


def test_a_decision_given_again_or_undone_is_batched_as_the_project_file_gives_it_back(tmp_path, ice_class):
    """The batches a learner makes as decisions come in are those the same decisions make restored at once: a group
    member given its score again (a new time stamp) leaves the group's fold, and undone back to the group's decision
    joins it again. (Before, a mark that kept its score kept its old batch live, but not once the project was opened
    again: the two fits saw other folds.)"""
    texts, scores = ice_class
    session, keys, live = own_class(tmp_path / "class.csv", texts[:30])
    start = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    group = [k for k in keys if scores[k] == 0][:3]
    together = Decision(score=0, at=start.isoformat())             # a group decided at once: one time stamp
    for k in group:
        session.restore(k, together)
    live.sync(session)
    for n, k in enumerate(k for k in keys if k not in group):
        session.restore(k, Decision(score=scores[k], at=(start + timedelta(seconds=n + 1)).isoformat()))
        live.sync(session)

    def same_as_restored() -> bool:
        again = learner_of(session)
        again.sync(session)                                        # every decision at once, as a reopened project
        return (again.assistant._lesson() == live.assistant._lesson()
                and np.array_equal(again.assistant.fold_groups(), live.assistant.fold_groups()))
    assert same_as_restored()
    session.restore(group[1], Decision(score=0, at=(start + timedelta(minutes=5)).isoformat()))   # the same score again
    assert live.sync(session) and same_as_restored()
    folds = live.assistant.fold_groups()
    near = live.assistant._near
    assert folds[group[1]] != folds[group[0]] or near[group[1]] == near[group[0]]   # out of its group's fold
    session.restore(group[1], together)                            # undone: the group's decision back
    assert live.sync(session) and same_as_restored()
    assert live.assistant.fold_groups()[group[1]] == live.assistant.fold_groups()[group[0]]


def test_a_mark_cleared_and_given_again_with_its_score_is_learned_again_as_the_reopened_project_learns_it(tmp_path,
                                                                                                        ice_class):
    """A mark taken back (cleared) and given again with the same score is a new decision, stamped now: it comes last in
    the order the marks' checking folds are chosen by (its old place kept by the mark taken back, a ghost:
    ``core.marks_given``, so no mark moves; it follows its own group's fold). Its lesson (``MarkingAssistant._lesson``)
    left the order out, so the learner read it as unchanged and kept the model fitted with the folds of before, which
    the project opened again did not give: the model in the window and the one after opening were two."""
    texts, scores = ice_class
    sheet_path = tmp_path / "class.csv"
    session, keys, live = own_class(sheet_path, texts)
    marked = in_random_order(keys)[:60]
    project = tmp_path / "class.grader-project"
    marked_in_a_sitting(project, session, live, marked, scores)
    fit_now(live)
    before = live.assistant.model
    assert not live.behind()

    from grader_app.io.project_store import ProjectStore
    with ProjectStore.open(project) as store:            # as the window does: cleared, then the same score given again
        store.attach(session)
        session.restore(marked[2], None)
        live.sync(session)
        session.decide(marked[2], scores[marked[2]])
        assert live.sync(session) and store.flush()
    assert live.behind()
    fit_now(live)
    assert not live.behind()
    assert np.array_equal(live.assistant.model.folds, before.folds)   # the folds kept: its ghost holds its old place

    again, restored = reopened(project, sheet_path, len(marked))
    assert restored.sync(again)
    fit_now(restored)
    assert np.array_equal(restored.assistant.model.folds, live.assistant.model.folds)
    assert np.array_equal(restored.assistant.model.probabilities, live.assistant.model.probabilities)
    assert restored.assistant.auto_scores() == live.assistant.auto_scores()
