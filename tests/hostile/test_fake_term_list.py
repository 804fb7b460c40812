"""Keyword stuffing through the real scoring path: a real .gradebundle (tests/bundle_factory.py: a bag of words in
an ONNX graph, run by onnxruntime) gives a bare list of the key terms the top score, confidently enough to be
auto-accepted once the teacher lowers the threshold to 0.4; the "only a list of terms" flag sends it to the
teacher instead. The honest answers beside it are still auto-accepted, a question that asks for a list takes
the list, the flag goes and comes with the model's row, and the graded file names it. On the bundled sample
class, the shipped models flag nothing: no more answers go to review."""
from __future__ import annotations

import pandas as pd
import pytest
from bundle_factory import make_bundle

from grader_app.bundles.library import Library
from grader_app.core import flags as F
from grader_app.core import review
from grader_app.core.session import GradingSession
from grader_app.io import write_graded
from grader_app.workflow import score_all
from scored_answers import HONEST, ITEM, scored_by

HONEST = HONEST[:4]   # the first four of the honest answers in scored_answers.py
LISTS = [
    "mRNA, tRNA, codons, anticodons, ribosome, amino acids.",
    "mrna and trna and ribosome and amino acids",
    "- mRNA\n- tRNA\n- ribosome\n- amino acids",
    "1. mRNA 2. tRNA 3. ribosome 4. amino acids",
    "mRNA tRNA ribosome amino acids nucleus codons",
]
THRESHOLD = 0.4


def scored(tmp_path, prompt: str) -> GradingSession:
    make_bundle(tmp_path, ITEM, prompt=prompt)
    session = scored_by(tmp_path, HONEST + LISTS)
    session.set_threshold(THRESHOLD)
    return session


def without_the_flag(session: GradingSession, key: int) -> str:
    pred = session.predictions[key]
    rest = [f for f in session.flags[key] if f != F.TERM_LIST]
    return review.status_for(True, pred.confidence, rest, session.threshold(ITEM), valid=pred.valid)


def test_a_keyword_list_the_model_would_accept_goes_to_the_teacher(tmp_path):
    session = scored(tmp_path, "Explain how the cell makes a protein.")
    top = max(session.items[ITEM].labels)
    lists = range(len(HONEST), len(HONEST) + len(LISTS))
    for k in lists:
        pred = session.predictions[k]
        assert pred.valid and pred.score == top, (k, pred)
        assert session.flags[k] == [F.TERM_LIST], (k, session.flags[k])
        assert session.status(k) == review.NEEDS_REVIEW
    # the hole it closes: most of them would have been auto-accepted with the top score
    assert sum(without_the_flag(session, k) == review.AUTO for k in lists) >= 3
    assert all(session.flags[k] == [] and session.status(k) == review.AUTO for k in range(len(HONEST)))
    frame = pd.read_csv(write_graded(session, tmp_path / "graded.csv"), dtype=str, keep_default_na=False)
    assert frame["flags"].tolist() == [""] * len(HONEST) + [F.TERM_LIST] * len(LISTS)
    assert frame["status"].tolist()[len(HONEST):] == [review.NEEDS_REVIEW] * len(LISTS)


def test_a_question_that_asks_for_a_list_takes_the_list(tmp_path):
    session = scored(tmp_path, "Name four things a cell needs to make a protein.")
    assert not any(F.TERM_LIST in session.flags[k] for k in range(len(session.answers)))
    assert sum(session.status(k) == review.AUTO for k in range(len(HONEST), len(session.answers))) >= 3


def test_the_flag_comes_and_goes_with_the_models_row(tmp_path):
    session = scored(tmp_path, "Explain how the cell makes a protein.")
    k = len(HONEST)
    session.clear_predictions()
    assert F.TERM_LIST not in session.flags[k] and session.status(k) == review.UNSCORED
    session.set_predictions([k], [[0.9, 0.05, 0.03, 0.02]])          # scored 0: no credit, nothing faked
    assert session.flags[k] == [] and session.status(k) == review.AUTO
    session.set_predictions([k], [[0.02, 0.03, 0.05, 0.9]])          # the top score, as a project file restores it
    assert session.flags[k] == [F.TERM_LIST] and session.status(k) == review.NEEDS_REVIEW
    session.set_predictions([k], [[float("nan"), 0.3, 0.3, 0.4]])
    assert session.flags[k] == [F.INVALID_OUTPUT]


def test_the_bundled_sample_class_sends_no_more_answers_to_review():
    """The sample sheet with the shipped models (scripts/term_list_rates.py prints the same)."""
    from grader_app import workflow
    from grader_app.paths import assets_dir, bundled_models_dir

    sample = assets_dir() / "sample-class.xlsx"
    library = Library.load([bundled_models_dir()])
    if not sample.is_file() or not library.get("asap-sas-5"):
        pytest.skip("no sample sheet or shipped models")
    sheet = workflow.read_sheet(sample)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    score_all(session, bundles)
    keys = [a.key for a in session.answers]
    assert keys and all(k in session.predictions for k in keys)
    assert not any(F.TERM_LIST in session.flags[k] for k in keys)
