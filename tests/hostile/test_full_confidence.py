"""A confidence of 100 % takes no answer past the teacher. Eight of the ten shipped models qualify no threshold and
carry one of 1.0 ("takes none on its own"); an answer stuffed with several top answers' words gets a float32
confidence of exactly 1.0 from them (set 9 and 10's models from about 2,000 characters), which met ``confidence >=
threshold`` and was auto-accepted at the top score, by a model that takes nothing. A threshold of 100 % or more now
takes nothing, whatever the confidence; just below it the rule is as before."""
from __future__ import annotations

from pathlib import Path

import pytest
from scored_answers import scored_by, session_over

from grader_app.core import review
from grader_app.core.session import ItemInfo

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("threshold", [1.0, 1.5])
def test_a_row_of_exactly_one_is_not_taken_at_a_threshold_of_100_percent(threshold):
    session = session_over(["stuffed with every key word", "an honest answer"], item="asap-sas-9")
    session.set_item_info(ItemInfo(item="asap-sas-9", bundle_id="asap-sas-9", labels=(0, 1, 2),
                                   default_threshold=threshold))
    session.set_predictions([0, 1], [(0.0, 0.0, 1.0), (0.2, 0.7, 0.1)])
    assert session.predictions[0].confidence == 1.0 and session.predictions[0].score == 2
    assert session.status(0) == review.NEEDS_REVIEW and session.needs_teacher(0) and session.final_score(0) is None
    session.set_threshold(0.99)                         # the teacher's own lower threshold: taken, as before
    assert session.status(0) == review.AUTO and session.final_score(0) == 2
    assert session.status(1) == review.NEEDS_REVIEW


def test_status_for_takes_nothing_at_100_percent_and_keeps_the_rule_below_it():
    assert review.status_for(True, 1.0, [], 1.0) == review.NEEDS_REVIEW
    assert review.status_for(True, 1.0, [], 0.999999) == review.AUTO
    assert review.status_for(True, 0.9, [], 0.9) == review.AUTO
    assert review.status_for(True, 0.9, [], 0.91) == review.NEEDS_REVIEW


def test_the_shipped_set_9_model_never_takes_a_stuffed_answer():
    """Through the real path (library, onnxruntime, the session's flags): a class whose every answer joins ten of set
    9's top-scored training answers, so that none is longer than the rest or a copy; the model is 100 % sure of some,
    and takes none."""
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = split_set(load_train(), 9).train
    top = train[train["Score1"] == 2]["EssayText"].tolist()[:80]
    stuffed = [" ".join(top[i:i + 10]) for i in range(0, 80, 10)]
    session = scored_by(ROOT / "model_bundles", stuffed, item="asap-sas-9")
    assert session.threshold("asap-sas-9") == 1.0
    sure = [k for k in range(len(stuffed)) if session.predictions[k].confidence == 1.0]
    assert sure, [session.predictions[k].confidence for k in range(len(stuffed))]   # the hole is real
    assert not any(session.flags.get(k) for k in sure)                              # and no flag catches it
    assert all(session.status(k) == review.NEEDS_REVIEW for k in range(len(stuffed)))
