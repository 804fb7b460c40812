"""The report's selection-corrected figure (the rule's choice made fold by fold on made-up per-fold QWKs) and its
auto-accepted cells."""
from __future__ import annotations

import pytest

from grader_app.distill.crossfit_report import selection_corrected, selection_lines


def _row(s: int, picked: str, **folds) -> dict:
    kinds = {k: {"qwk": sum(v) / len(v), "folds": v} for k, v in folds.items()}
    return {"set": s, "kinds": kinds, "pick": {"kind": picked}}


def test_a_lucky_winner_is_scored_by_the_kind_the_other_folds_would_have_chosen():
    # hashed_lr wins on the mean only because of fold 0; on folds 1-4 the baseline kind is better
    r = _row(1, "hashed_lr", hashed_lr=[0.95, 0.70, 0.70, 0.70, 0.70], baseline_bundle=[0.60, 0.72, 0.72, 0.72, 0.72])
    assert r["kinds"]["hashed_lr"]["qwk"] > r["kinds"]["baseline_bundle"]["qwk"]
    # fold 0: the others prefer baseline (0.72 > 0.70) → 0.60; folds 1-4: the others prefer hashed_lr
    # (mean with fold 0 in it: 0.7625 > 0.69) → 0.70 each
    assert selection_corrected(r) == pytest.approx((0.60 + 4 * 0.70) / 5)
    lines = selection_lines([r])
    assert "set 1 0.680 (-0.070)" in lines[1] and "Science mean 0.680 against the installed kinds' 0.750" in lines[1]


def test_a_kind_better_on_every_fold_keeps_its_figure_and_odd_rows_are_left_out():
    r = _row(5, "hashed_hard", hashed_hard=[0.8] * 5, vocab_kd=[0.7] * 5, reference_bundle=[0.99] * 5)
    assert selection_corrected(r) == pytest.approx(0.8)      # the uncapped reference kind is not a capped choice
    assert selection_corrected(_row(2, "vocab_kd", vocab_kd=[0.7] * 5, vocab_hard=[0.6] * 4)) is None
    assert selection_lines([]) == []


def test_a_handful_of_auto_accepted_answers_is_shown_as_counts_not_as_a_rounded_zero():
    from grader_app.distill.crossfit_report import _share

    assert _share(2 / 1808, 0.0, 2) == "2 answers (0 right)"  # not "0% (0.0% right)"
    assert _share(1 / 1640, 1.0, 1) == "1 answer (1 right)"
    assert _share(12 / 1657, 11 / 12, 12) == "12 answers (11 right)"
    assert _share(0.64, 0.96, 1149) == "64% (96.0% right)"
    assert _share(0.0, None, 0) == "0 %"
