"""A question scored with the teacher's own model (last year's marked sheet), whose marks go on teaching it: after 16
marks of this year the model took 75 answers (72 right), and one mark later, a mark it agreed with, it gave 71 of them
back to the teacher. Every fit drew the folds that check the model afresh (``folds.group_folds``), so each new mark
checked every mark against other marks, and the review's verdict (the fixed-sequence test on the out-of-fold
predictions) swung with the draw; it also gave a lucky pass many chances. The assistant's fits now keep each mark in
its fold as marks come in (``folds.arrival_fold_ids``: the order the marks were given, which the project file keeps in
the decisions' time stamps). Real fits on real classes: the invented class of the other learning tests, and ASAP-SAS
set 6 from the shared data's training split (skipped without the data)."""
from __future__ import annotations


import numpy as np
import pytest

from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.suggestion import ORIGINS
from own_question_marked import fit_now, in_random_order, marked_in_a_sitting, own_class, reopened


def _folds_now(a: MarkingAssistant) -> dict[int, int]:
    """The fold each mark of the assistant's next fit is checked in (answer -> fold)."""
    from grader_app.learn.folds import arrival_fold_ids

    job = a.fit_job()
    marked = sorted(job.marks)
    labels = sorted(set(job.marks.values()))
    place = {i: r for r, i in enumerate(job.order)}
    fold = arrival_fold_ids(np.array([labels.index(job.marks[i]) for i in marked]), np.asarray(job.groups)[marked],
                            np.array([place[i] for i in marked]), 5, job.seed)
    return dict(zip(marked, fold.tolist()))


def test_a_new_mark_moves_no_earlier_mark_to_another_fold(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    order = np.random.default_rng(5).permutation(len(texts))[:90].tolist()
    a.decide(order[:3], scores[order[0]])                # a group decided with one key: one fold
    before = None
    for i in order[3:]:
        a.decide([i], scores[i])
        now = _folds_now(a)
        if before is not None and len(set(before.values())) == 5:
            moved = [j for j in before if now[j] != before[j]]
            assert moved == [], f"the mark of answer {i} moved {len(moved)} earlier marks to another fold"
        before = now
    counts = np.zeros((5, 3), dtype=int)                 # and the folds stay stratified by score
    for j, f in before.items():
        counts[f, scores[j]] += 1
    assert (counts.max(axis=0) - counts.min(axis=0) <= 3).all(), counts


def _last_years_sheet_and_this_class():
    from grader_app.bundles.kept_marks import KeptMarks
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = split_set(load_train(), 6).train
    order = np.random.default_rng(0).permutation(len(train))
    last, now = train.iloc[order[:300]], train.iloc[order[300:450]]
    kept = KeptMarks(tuple(last["EssayText"]), tuple(int(v) for v in last["Score1"]), ("last-year.csv",))
    return kept, now["EssayText"].tolist(), now["Score1"].astype(int).tolist()


def test_marks_this_year_on_last_years_model_do_not_swing_what_it_takes():
    """Set 6 (membrane transport): 300 answers of last year marked, 150 this year; the teacher marks what Grader
    suggests, one answer at a time, right, and the model learns again after every mark."""
    from grader_app.learn.continuing import ContinuingAssistant

    kept, texts, gold = _last_years_sheet_and_this_class()
    a = ContinuingAssistant(texts, kept, labels=[0, 1, 2, 3])
    said = []                                            # after each fit: (marks, answers taken, of them given back)
    taken_before: set[int] = set()
    for _ in range(22):
        a.refit()
        taken = set(a.auto_scores())
        said.append((len(a.marks), len(taken), len(taken_before - taken - set(a.marks))))
        taken_before = taken
        s = a.suggest_next()
        a.decide([s.medoid], gold[s.medoid], origin=ORIGINS[s.reason])
    story = "; ".join(f"{m} marks: takes {n}, gave back {back}" for m, n, back in said)
    assert all(back <= 12 for _, _, back in said), story   # one more mark gives back few of the answers taken
    assert all(n >= 50 for _, n, _ in said), story         # and the model that took answers goes on taking them


def test_marks_made_in_any_order_teach_the_reopened_project_the_same_model(tmp_path, ice_class):
    """The order the marks came in is kept by their time stamps: the same decisions restored at once (in answer order)
    are put back in it, and the folds, and so the model and what it takes, are those of the window that made them."""
    texts, scores = ice_class
    sheet_path = tmp_path / "class.csv"
    session, keys, live = own_class(sheet_path, texts)
    marked = in_random_order(keys, seed=2)[:115]
    marked_in_a_sitting(tmp_path / "class.grader-project", session, live, marked, scores)   # not in the sheet's order
    fit_now(live)
    in_order = tuple(keys.index(k) for k in marked)         # the assistant's answers: places among the keys
    assert live.assistant.arrival() == in_order

    again, restored = reopened(tmp_path / "class.grader-project", sheet_path, len(marked))
    assert restored.sync(again)
    fit_now(restored)
    assert restored.assistant.arrival() == in_order
    assert np.array_equal(restored.assistant.model.oof, live.assistant.model.oof)
    assert np.array_equal(restored.assistant.model.probabilities, live.assistant.model.probabilities)
    assert restored.assistant.auto_scores() == live.assistant.auto_scores()
