"""A bundle's decision rule through the real pipeline: the bundle file, the Scorer (onnxruntime, the
bundle's temperature) and the session's predictions. The graphs give rows the test chooses
(``bundle_graphs.row_model``), so a row where the rule and the arg-max part ways is certain."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from bundle_factory import make_bundle
from bundle_graphs import row_model

from grader_app.bundles import read_bundle
from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.decision import decide
from grader_app.core.flags import INVALID_OUTPUT
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession, ItemInfo, Prediction
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.scoring import Scorer
from grader_app.text import normalise
from grader_app.workflow import score_all, use_learned_model

LABELS = (0, 1, 2, 3)
RULE = {"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]}
COIN_TOSS = "A coin toss between nought and three"           # (0.40, 0.05, 0.15, 0.40): arg-max 0, rule 2
CLEAR_TWO = "Clearly a two, the model is sure"                # both say 2
BROKEN = "A row that does not add up"                         # not a probability row
ROWS = {COIN_TOSS: (0.40, 0.05, 0.15, 0.40), CLEAR_TWO: (0.05, 0.10, 0.80, 0.05), BROKEN: (0.5, 0.5, 0.5, 0.5)}
DEFAULT = (0.70, 0.10, 0.10, 0.10)                            # every other answer: arg-max 0, expected 0.6
TEXTS = [COIN_TOSS, CLEAR_TWO, "Anything else at all", BROKEN]


def crafted_model() -> bytes:
    return row_model(DEFAULT, {normalise(t): r for t, r in ROWS.items()}, declared=("N", len(LABELS)))


def session_over(texts, item="asap-sas-1") -> GradingSession:
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(texts))], "Question": [item] * len(texts),
                          "Answer": list(texts)}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping)


def scored(folder, texts=TEXTS) -> GradingSession:
    session = session_over(texts)
    score_all(session, match_bundles(session, Library.load([folder])))
    return session


def test_the_scorer_and_session_give_the_rules_score_and_its_probability(tmp_path):
    bundle = read_bundle(make_bundle(tmp_path, "asap-sas-1", decision=RULE, model_bytes=crafted_model()))
    assert bundle.rule == "expected-score" and bundle.cutpoints == (0.5, 1.5, 2.5)
    rows = Scorer(bundle, threads=1).predict_proba(TEXTS)            # calibrated (temperature 1 here)
    session = scored(tmp_path)
    assert session.items["asap-sas-1"].cutpoints == (0.5, 1.5, 2.5)
    for key, row in enumerate(rows[:3]):
        pred = session.predictions[key]
        want = decide(list(row), bundle.cutpoints)
        assert pred.valid and pred.index == want and pred.score == LABELS[want]
        assert pred.confidence == pytest.approx(float(row[want]), abs=1e-7)
    coin = session.predictions[0]
    assert int(np.argmax(rows[0])) == 0 and coin.index == 2       # the rule parts ways with the arg-max
    assert coin.score == 2 and coin.confidence == pytest.approx(0.15, abs=1e-6)
    assert session.predictions[1].score == 2 and session.predictions[1].confidence == pytest.approx(0.8, abs=1e-6)
    assert session.predictions[2].score == 1 and session.predictions[2].confidence == pytest.approx(0.1, abs=1e-6)
    broken = session.predictions[3]                                 # invalid rows behave as before the rule
    assert not broken.valid and broken.index == 0 and broken.confidence == 0.0
    assert INVALID_OUTPUT in session.flags[3] and session.needs_teacher(3)
    session.set_threshold(0.1)
    assert session.final_score(0) == 2 and session.final_score(2) == 1
    session.accept(0)
    assert session.decisions[0].score == 2


def test_without_a_rule_the_same_rows_give_the_arg_max(tmp_path):
    make_bundle(tmp_path, "asap-sas-1", model_bytes=crafted_model())
    session = scored(tmp_path)
    assert session.items["asap-sas-1"].cutpoints is None
    assert [session.predictions[k].score for k in range(3)] == [0, 2, 0]
    assert session.predictions[0].confidence == pytest.approx(0.40, abs=1e-6)


def test_the_rule_reads_the_calibrated_probabilities(tmp_path):
    # temperature 2 flattens (0.7, 0.1, 0.1, 0.1) to about (0.469, 0.177, 0.177, 0.177): expected index
    # 1.06 after calibration, 0.6 before; with a cutpoint at 0.8 only the calibrated row reaches score 1
    rule = {"rule": "expected-score", "cutpoints": [0.8, 1.5, 2.5]}
    bundle = read_bundle(make_bundle(tmp_path, "asap-sas-1", decision=rule, temperature=2.0,
                                     model_bytes=crafted_model()))
    (calibrated,) = Scorer(bundle, threads=1).predict_proba(["Anything else at all"])
    assert calibrated == pytest.approx(np.sqrt(DEFAULT) / np.sqrt(DEFAULT).sum(), abs=1e-6)
    assert decide(DEFAULT, bundle.cutpoints) == 0 and decide(list(calibrated), bundle.cutpoints) == 1
    pred = scored(tmp_path, ["Anything else at all"]).predictions[0]
    assert pred.index == 1 and pred.confidence == pytest.approx(float(calibrated[1]), abs=1e-7)


def test_a_new_model_for_a_question_drops_the_old_rows_and_decides_new_ones_by_its_rule(tmp_path):
    make_bundle(tmp_path, "asap-sas-1", decision=RULE, model_bytes=crafted_model())
    session = scored(tmp_path)
    assert session.predictions[0].score == 2
    plain = tmp_path / "plain"
    make_bundle(plain, "asap-sas-1", model_bytes=crafted_model())
    bundle = Library.load([plain]).get("asap-sas-1")
    change = session.set_item_info(ItemInfo.from_bundle("asap-sas-1", bundle))
    assert "asap-sas-1" in change.items
    assert not session.predictions and session.item_keys() == ["asap-sas-1"]   # no row decided by the old rule
    assert all(session.status(k) == review.UNSCORED for k in range(len(TEXTS)))
    score_all(session, {"asap-sas-1": bundle})
    assert session.predictions[0].score == 0 and session.predictions[0].cutpoints is None
    session.set_item_info(ItemInfo.from_bundle("asap-sas-1", read_bundle(tmp_path / "asap-sas-1.gradebundle")))
    session.set_predictions([0], [ROWS[COIN_TOSS]])
    assert session.predictions[0].score == 2 and session.predictions[0].cutpoints == (0.5, 1.5, 2.5)


def test_a_learned_model_keeps_the_arg_max(tmp_path, tiny_answers):
    from grader_app.learn.marks_model import fit_marks

    make_bundle(tmp_path, "asap-sas-1", labels=(0, 1, 2), decision={"rule": "expected-score", "cutpoints": [0.5, 1.5]},
                model_bytes=row_model((0.45, 0.1, 0.45), declared=("N", 3)))
    texts, scores = tiny_answers
    session = scored(tmp_path, texts)
    assert session.items["asap-sas-1"].cutpoints == (0.5, 1.5) and session.predictions[0].score == 1
    model = fit_marks(texts, dict(enumerate(scores)), labels=[0, 1, 2])
    use_learned_model(session, "asap-sas-1", model)
    assert session.items["asap-sas-1"].cutpoints is None
    probs = np.asarray(model.probabilities)
    assert [session.predictions[k].index for k in range(len(texts))] == probs.argmax(axis=1).tolist()


def test_item_info_and_prediction_check_the_cutpoints():
    assert ItemInfo(item="q", labels=(0, 1, 2), cutpoints=[0.5, 1]).cutpoints == (0.5, 1.0)
    with pytest.raises(ValueError, match="needs 2 cutpoints for 3 scores, not 3"):
        ItemInfo(item="q", labels=(0, 1, 2), cutpoints=(0.5, 1.0, 1.5))
    with pytest.raises(ValueError, match="strictly increasing"):
        ItemInfo(item="q", labels=(0, 1, 2), cutpoints=(1.0, 0.5))
    with pytest.raises(ValueError, match="needs 3 cutpoints for 4 scores, not 2"):
        Prediction((0.4, 0.05, 0.15, 0.4), LABELS, (0.5, 1.5))
    p = Prediction((0.4, 0.05, 0.15, 0.4), LABELS, (0.5, 1.5, 2.5))
    assert (p.index, p.score, p.confidence) == (2, 2, 0.15)
    assert Prediction((0.4, 0.05, 0.15, 0.4), LABELS).index == 0
    bad = Prediction((float("nan"), 0.5, 0.2, 0.3), LABELS, (0.5, 1.5, 2.5))
    assert not bad.valid and bad.index == 0 and bad.confidence == 0.0 and bad.probabilities == (0.0,) * 4
