"""On a question that learns from the teacher's marks, a comment written on an answer she had marked gave her decision
a new time stamp, which moved her mark to the end of the order the marks were given: the learned model's checking
folds follow that order (``learn.folds.arrival_fold_ids``), so the folds of every mark given after it were drawn anew,
and what the model could take changed though not one mark had (ASAP-SAS set 6, 80 marks: "The model can take 50 of
..." became 53 after a comment on the thirty-first mark). A mark changed and changed back did the same.
A decision made again for an answer now keeps its place in that order (``commands.make_decision``: the earlier
decision's time stamp), so the same marks check the same model; a group's score given at once still takes one new time
stamp of its own. Real decisions through the window's undo commands, real fits on real answers (the shared data's
training split; skipped without it)."""
from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from grader_app import workflow
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from grader_app.ui.commands import DecideCommand, make_decision


def _class_of_set_6(tmp_path) -> tuple[GradingSession, list[int]]:
    """150 answers of set 6's training split as a sheet of a question with no model (its gold scores aside)."""
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = split_set(load_train(), 6).train
    rows = train.iloc[np.random.default_rng(0).permutation(len(train))[300:450]]
    texts, gold = rows["EssayText"].tolist(), rows["Score1"].astype(int).tolist()
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Score"])
        w.writerows((f"S{i}", "own", t, "") for i, t in enumerate(texts))
    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    return GradingSession(sheet, mapping), gold


def test_a_comment_or_a_mark_changed_back_leaves_what_the_model_takes_as_it_was(qapp, tmp_path):
    session, gold = _class_of_set_6(tmp_path)
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    stack = QUndoStack()

    def give(key: int, score, comment: str | None = None) -> None:   # as the review screen does (review_actions)
        stack.push(DecideCommand(session, key, make_decision(session, key, score, comment)))
        learner.sync(session)

    def taken() -> dict:
        learner.sync(session)
        learner.assistant.use_model(learner.fit_function()())
        return dict(learner.assistant.auto_scores())

    for _ in range(80):   # the answers Grader suggests, marked right one at a time
        i = learner.assistant.suggest_next().medoid
        give(keys[i], gold[i])
    first = taken()
    assert len(first) >= 20   # the model takes answers: what the teacher reads as "The model can take N of ..."
    order = learner.assistant.arrival()
    for place in (30, 0):
        key = keys[order[place]]
        mine = session.decisions[key].score
        give(key, mine, f"comment on mark {place}")           # a comment: no mark changed
        now = taken()
        assert now == first, f"a comment on mark {place}: the model takes {len(now)}, not {len(first)}"
        assert learner.assistant.arrival() == order
        other = next(v for v in sorted(set(gold)) if v != mine)
        give(key, other)                                     # changed by mistake, then back
        give(key, mine)
        now = taken()
        assert now == first, f"mark {place} changed and back: the model takes {len(now)}, not {len(first)}"
        assert learner.assistant.arrival() == order
    stack.undo()   # undo and redo put back the very decisions
    stack.redo()
    assert learner.assistant.arrival() == order and taken() == first
