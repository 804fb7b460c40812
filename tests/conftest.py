"""Shared fixtures for the whole suite.

``tiny_bundle(tmp_path)`` is a real ``.gradebundle`` (id ``tiny-ice``, labels [0, 1, 2]) for the
app's tests, made by ``tests/bundle_factory.py`` without the distillation code: a bag-of-words
softmax regression trained on ~40 invented answers to "Why does ice float on water?" as one
string-input ONNX graph (``onnx.helper``), with a review table measured on those answers plus 12
harder ones (about half auto-accepted at the default threshold).

``distilled_tiny_bundle(tmp_path)`` is the same item built by the distillation code (TF-IDF +
logistic regression → skl2onnx, temperature-calibrated, Clopper-Pearson review table), for the
tests of ``grader_app.distill``; ``_tiny_bundle_parts`` gives its pieces. Both models are trained
once per test session; each test gets its own copy of the file. ``tiny_answers`` gives the
(texts, scores) they were trained on.

After every test, each main window it made is closed and the test fails if one is still open or alive
(``_no_window_left``, ``windows_left.py``), wherever the test is.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# one thread in tests (numpy/scipy BLAS, OpenMP, torch): set before any of them loads. With two, the BLAS threads
# spin-wait beside whatever else the machine runs, and a solver in a distill test took minutes instead of seconds
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for bundle_factory, long_sheets and windows_left

import pytest  # noqa: E402  (after the environment above)


TINY_PROMPT = "Why does ice float on water? Explain using density."
TINY_ANSWERS = [
    # score 2: density and the structure reason
    ("Ice is less dense than liquid water because the molecules form an open lattice, so it floats.", 2),
    ("When water freezes the hydrogen bonds hold molecules further apart so ice has lower density and floats.", 2),
    ("Ice floats because its density is lower than water; the crystal structure takes up more space.", 2),
    ("Frozen water expands, the hydrogen bonded lattice is spread out, lower density than the liquid so it floats.", 2),
    ("The density of ice is about 0.92 g per cm3, less than water at 1.0, because of the open crystal lattice.", 2),
    ("Solid water has more space between molecules due to hydrogen bonds so it is less dense and floats on top.", 2),
    ("Less dense: the lattice of ice keeps molecules apart, so ice weighs less per volume than water and floats.", 2),
    ("Hydrogen bonds lock the molecules in a spacious lattice, making ice less dense than water, so it floats.", 2),
    ("Ice has a lower density than water because freezing arranges molecules in an open structure.", 2),
    ("It floats since the open hexagonal lattice of ice makes it less dense than the liquid water below.", 2),
    ("Water expands when it freezes; the same mass takes more volume so density drops and ice floats.", 2),
    ("Because of hydrogen bonding the molecules in ice are spaced out, density is lower, and it floats.", 2),
    ("Ice is less dense than water due to its crystal lattice structure, so it floats.", 2),
    # score 1: density without the reason, or the reason without density
    ("Ice floats because it is less dense than water.", 1),
    ("It is lighter than water for its size so it floats.", 1),
    ("Ice has lower density.", 1),
    ("Water expands when it freezes.", 1),
    ("The molecules are further apart in ice.", 1),
    ("Ice is less dense so it stays on top.", 1),
    ("Because ice is lighter than the water around it.", 1),
    ("Ice density is lower than water density.", 1),
    ("Frozen water takes up more space.", 1),
    ("Less dense things float and ice is less dense.", 1),
    ("The ice has hydrogen bonds.", 1),
    ("It floats because it is lighter.", 1),
    ("Ice is less dense than liquid water.", 1),
    # score 0: wrong or off-topic
    ("Ice floats because it is cold.", 0),
    ("Because of the air bubbles trapped inside.", 0),
    ("Ice is heavier than water.", 0),
    ("I do not know.", 0),
    ("Because it is frozen and hard.", 0),
    ("The wind pushes it up.", 0),
    ("Ice is made of salt.", 0),
    ("Water is wet.", 0),
    ("It floats because cold things float.", 0),
    ("Because the sun melts it.", 0),
    ("Ice sinks to the bottom.", 0),
    ("Fish keep it up.", 0),
    ("My favourite drink has ice.", 0),
    ("Because it is white.", 0),
]
# Harder invented answers, never trained on: with the training answers they form the calibration
# set, so the review table has errors in it and the default threshold falls in the middle
# (about half the calibration answers auto-accepted).
TINY_CALIBRATION_EXTRA = [
    ("Water is dense.", 0), ("Ice is cold and less heavy.", 1), ("The lattice.", 1), ("Density.", 1),
    ("Bonds make it float.", 1), ("It floats because of science.", 0), ("Ice and water are different.", 0),
    ("It is less heavy so it floats on the water.", 1), ("Ice is solid water.", 0),
    ("Molecules move slower when cold.", 0), ("Hydrogen.", 0), ("Open structure, lower density, it floats.", 2),
]


TINY_ITEM = {
    "id": "tiny-ice", "prompt": TINY_PROMPT,
    "reference_answers": ["Ice is less dense than water because hydrogen bonds hold its molecules in an open lattice."],
    "rubric": {"2": "density and why", "1": "density or why", "0": "neither"},
}
TINY_TITLE = "Tiny test item — why ice floats"


def build_tiny_bundle_parts():
    """(manifest, model_bytes, pipeline, texts, scores) of the distill-built tiny bundle."""
    import numpy as np

    from grader_app.distill import bundling, calibration, features, onnx_utils

    texts = [t for t, _ in TINY_ANSWERS]
    scores = np.array([s for _, s in TINY_ANSWERS])
    labels = [0, 1, 2]
    norm = features.prepare_texts(texts)
    pipe = features.fit_pipeline(features.make_pipeline(C=4.0, ngram_range=(1, 1)), norm, scores)
    model_bytes = onnx_utils.pipeline_to_onnx(pipe, n_labels=3)
    cal_texts = features.prepare_texts(texts + [t for t, _ in TINY_CALIBRATION_EXTRA])
    cal_scores = np.concatenate([scores, [s for _, s in TINY_CALIBRATION_EXTRA]])
    probs = pipe.predict_proba(cal_texts)
    onnx_utils.check_parity(model_bytes, cal_texts, probs)
    y_idx = np.searchsorted(labels, cal_scores)
    logp = np.log(np.clip(probs, 1e-12, 1.0))
    T = calibration.fit_temperature(logp, y_idx)
    review = calibration.risk_coverage(calibration.softmax(logp, T), y_idx, target_error=0.1, confidence=0.8)
    manifest = bundling.make_manifest(
        bundle_id="tiny-ice", title=TINY_TITLE, item=TINY_ITEM, labels=labels, normalisation="basic-v1",
        temperature=T, review=review,
        metrics={"student": {"qwk": None, "accuracy": None, "macro_f1": None, "n": 0, "split": "none (test fixture)"}},
        provenance={"teacher": "none (test fixture)", "data": "40 invented answers (+12 for calibration) in tests/conftest.py"},
        parameters=None)
    return manifest, model_bytes, pipe, texts, scores


@pytest.fixture(scope="session")
def _tiny_bundle_parts():
    pytest.importorskip("skl2onnx")
    return build_tiny_bundle_parts()


@pytest.fixture
def tiny_bundle(tmp_path):
    """Path of a real, verified ``tiny-ice.gradebundle`` (labels [0, 1, 2]) in ``tmp_path``, made
    without the distillation code (tests/bundle_factory.py)."""
    from bundle_factory import write_trained_bundle

    return write_trained_bundle(tmp_path / "tiny-ice.gradebundle", bundle_id="tiny-ice", title=TINY_TITLE,
                                item=TINY_ITEM, labels=[0, 1, 2], train=TINY_ANSWERS,
                                calibration=TINY_CALIBRATION_EXTRA)


@pytest.fixture
def distilled_tiny_bundle(tmp_path, _tiny_bundle_parts):
    """Path of the distill-built ``tiny-ice.gradebundle`` (labels [0, 1, 2]) in ``tmp_path``."""
    from grader_app.distill.bundling import write_item_bundle

    manifest, model_bytes, *_ = _tiny_bundle_parts
    return write_item_bundle(tmp_path / "tiny-ice.gradebundle", manifest, model_bytes)


@pytest.fixture
def tiny_answers():
    """The (texts, scores) the tiny bundle was trained on."""
    return [t for t, _ in TINY_ANSWERS], [s for _, s in TINY_ANSWERS]


@pytest.fixture
def tiny_shipped(tmp_path, tiny_bundle, monkeypatch):
    """The tiny bundle as the only shipped bundle (``tmp_path/bundles``, the folder returned) and a user data folder
    of the test's own, as the command line finds them."""
    shipped = tmp_path / "bundles"
    shipped.mkdir()
    tiny_bundle.rename(shipped / tiny_bundle.name)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return shipped


# ----- no main window a test made outlives it ----------------------------------------------------------------------
# Any test may make the real main window (tests/ui, and e.g. tests/hostile/test_manifest_hostile.py): each one it made is
# closed after it as a teacher would close it, and the test fails if one is still open or alive (windows_left.py).
# A test that never imported grader_app.ui.main_window made none: for it nothing here imports Qt.
WINDOWS_BEFORE = pytest.StashKey[list]()   # the main windows alive before the test (none, unless one was left)
CLOSE_PROBLEMS = pytest.StashKey[dict]()   # window title -> why it could not be closed after the test
MAIN_WINDOW_MODULE = "grader_app.ui.main_window"


def _main_windows_alive() -> list:
    if MAIN_WINDOW_MODULE not in sys.modules:
        return []
    from windows_left import windows_alive

    return windows_alive()


@pytest.fixture(autouse=True)
def _no_window_left(request):
    """Fail a test after which a main window it made is still open (its sheet's project file, session and threads
    with it) or still alive. Set up before the test's own fixtures, so this checks after all of them."""
    before = request.node.stash[WINDOWS_BEFORE] = _main_windows_alive()
    yield
    if MAIN_WINDOW_MODULE not in sys.modules:
        return
    from windows_left import made_since, open_reasons, undeleted

    still_open = request.node.stash.get(CLOSE_PROBLEMS, {})
    still_open.update({w.windowTitle(): why for w in made_since(before) if (why := open_reasons(w))})
    left_titles = [w.windowTitle() for w in undeleted(before)]
    del before
    assert not still_open, f"a main window the test made could not be closed after it: {still_open}"
    assert not left_titles, f"a main window the test made is still alive after it: {left_titles}"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before pytest-qt closes the widgets given to qtbot (and deletes them later, whether they closed or not), every
    main window the test made is closed as the teacher would who wants it gone: a close question about changes that
    could not be saved is answered "Close and lose them" (windows_left.close_for_good; the app is not changed), so its
    sheet's project file, session and threads go with it. What could not be closed fails the test (_no_window_left)."""
    before = item.stash.get(WINDOWS_BEFORE, None)
    if before is not None and MAIN_WINDOW_MODULE in sys.modules:
        from windows_left import close_for_good, made_since

        problems = {}
        for w in made_since(before):
            if why := close_for_good(w):
                problems[w.windowTitle()] = why
            else:
                w.deleteLater()
        item.stash[CLOSE_PROBLEMS] = problems
    return (yield)
