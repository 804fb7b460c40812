"""A model made from a marked sheet shifts its scores' logits by offsets for QWK, tuned on all of its marks' out-of-fold
predictions. Its review bound ("auto-accepted answers at least 95 % right, at 90 % confidence") was built from those
same shifted predictions: offsets tuned on every mark and then judged on the same marks vouch for themselves, so the
bound counted fewer errors than the model makes on answers its offsets were not tuned on, and could take answers an
honest check would not. The bound is now built, as the shown agreement already was, from each half of the marks shifted
by offsets tuned on the other half.

Real data: 100 answers of ASAP-SAS set 6's training split (read in place; skipped without it), written as a marked
sheet and learned by learn_from_sheet as ``grader learn`` and the window do. On these marks the offsets tuned on all of
them make the bound qualify; the honest bound does not (scripts/review_bound_honesty.py measures it over many classes).
"""
from __future__ import annotations

import csv

import numpy as np
import pytest

from grader_app.core.groups import group_answers, group_ids
from grader_app.learn import marks_model
from grader_app.learn.calibration import fit_temperature, risk_coverage, soften
from grader_app.learn.from_sheet import FOLD_DISTANCE, learn_from_sheet
from grader_app.learn.offsets import crossfit_offset_logits, crossfit_offset_predictions


def _marked_class(essay_set: int, draw: int, m: int) -> tuple[list[str], list[int]]:
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = split_set(load_train(), essay_set).train.reset_index(drop=True)
    pick = np.random.default_rng(1000 * essay_set + draw).permutation(len(train))[:m]
    return train["EssayText"].iloc[pick].tolist(), train["Score1"].iloc[pick].astype(int).tolist()


def test_the_review_bound_of_a_model_with_offsets_counts_them_tuned_on_the_other_half(tmp_path, monkeypatch):
    texts, scores = _marked_class(6, 18, 100)
    sheet = tmp_path / "marked.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["answer", "score"])
        w.writerows(zip(texts, scores))
    seen: dict = {}
    real = marks_model.checked_offsets

    def watched(logp, y, k, seed):   # the real offsets; the out-of-fold logits they were checked on kept for the test
        seen.update(logp=np.array(logp), y=np.array(y), k=k, seed=seed)
        return real(logp, y, k, seed)
    monkeypatch.setattr(marks_model, "checked_offsets", watched)
    made = learn_from_sheet(sheet, "score", tmp_path / "models", answer_column="answer").items[0]
    model = made.model
    assert model.offsets is not None and seen   # offsets held up on halves of the marks, and were kept

    logp, y, k = seen["logp"], seen["y"], seen["k"]
    units = group_ids(group_answers(made.texts, distance=FOLD_DISTANCE, near=FOLD_DISTANCE), len(made.texts))

    def bound(z: np.ndarray) -> dict:
        T = fit_temperature(z, y)
        return risk_coverage(soften(marks_model.raw_softmax(z), T), y, target_error=model.review["target_error"],
                             confidence=model.review["confidence"], units=units)
    tuned_on_all = bound(logp + np.asarray(model.offsets))
    honest = bound(crossfit_offset_logits(logp, y, k, seen["seed"]))
    # the construction: offsets tuned on every mark make the bound take answers; tuned on the other half, they do not
    assert tuned_on_all["qualified"] and not honest["qualified"]
    assert not model.qualified and model.threshold == honest["threshold"] == 1.0
    assert len(model.takeable()) == 0

    # the table judges each mark as the shown agreement does: by offsets tuned on the other half of the marks
    pred = crossfit_offset_predictions(logp, y, k, seen["seed"])
    np.testing.assert_array_equal(model.oof.argmax(axis=1), pred)
    widest = max(model.review["table"], key=lambda r: r["answers"])
    assert widest["answers"] == len(y) and widest["answer_errors"] == int((pred != y).sum())
    assert model.review["agreed"] == [int((pred == y).sum()), len(y)]
