"""A model that passes every check but runs (practically) for ever: it never ties up the app (scoring.run_limit).

A hash proves only that a bundle is the one its maker made, and a teacher may add a colleague's. Before, a ``Loop`` of
2⁶² rounds held the probe's child for its whole 20 s and, once installed, the scoring worker for ever: the progress never
ended and ``grader score`` never returned. Now every run has a time limit: the probe ends each of its runs at
``run_limit.PROBE_SECONDS`` and refuses the bundle in one sentence naming its file; scoring ends a batch at
``run_limit.BATCH_SECONDS`` and stops with one sentence, the batches scored before kept. The limits are injected small
here so that the tests run fast; nothing here asserts a speed, only that a run was stopped and what the teacher reads.
Real graphs (tests/bundles/bundle_graphs.py) in real onnxruntime.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from bundle_graphs import (endless_model, long_conv_model, manifest, matmul_chain_model, row_model,
                           slow_on_long_answers_model)

from grader_app import workflow
from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core.grading import match_bundles
from grader_app.scoring import run_limit
from grader_app.scoring.model import Cancelled, CancelToken, Scorer
from grader_app.scoring.runtime import import_onnxruntime, new_session
from in_language import in_language
from scored_answers import session_over

ROOT = Path(__file__).resolve().parents[2]
ITEM = "cell-transport"
NAME = ITEM + ".gradebundle"   # the bundle file the sentences name
SHORT = "Osmosis moves water across the membrane; active transport uses energy from ATP."
LONG = "word " * 1600   # past the trigger of 1,500 words below (a real answer has a few dozen; the probe's up to ~800)
STOPPED = ("{name} holds a model that took more than 0.5 seconds to score one batch of answers, where a model "
           "of short answers needs a fraction of a second, so Grader stopped it; remove it from your models and ask "
           "whoever made it for a fixed copy")


def refused(name: str, seconds: str) -> str:
    return (f"{name} was refused: its model took more than {seconds} seconds to score a batch of test answers, where a "
            "model of short answers needs a fraction of a second; ask whoever made it for a fixed copy")


def bundle_file(folder: Path, model: bytes, name: str = ITEM) -> Path:
    return write_bundle(folder / f"{name}.gradebundle", manifest(3, id=ITEM, title="Cell transport"), model)


def slow_on_long(folder: Path) -> Path:
    """Honest scores, quick for real answers and the probe's; a batch holding an answer of more than 1,500 words
    loops for ever."""
    return bundle_file(folder, slow_on_long_answers_model(3, words=1500))


@pytest.fixture
def quick_limits(monkeypatch):
    monkeypatch.setattr(run_limit, "PROBE_SECONDS", 0.5)
    monkeypatch.setattr(run_limit, "BATCH_SECONDS", 0.5)


# ----- refused when it is added ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("model", [endless_model, matmul_chain_model], ids=["loop", "matmul-chain"])
def test_a_looping_bundle_is_refused_when_added_and_nothing_is_copied(tmp_path, quick_limits, model):
    """Ended by its run's own limit (0.5 s), not by the child's (20 s), which the sentence would name instead."""
    source = bundle_file(tmp_path / "drops", model(3), name="colleagues-model")
    lib = Library.load([tmp_path / "shipped", tmp_path / "mine"])
    with pytest.raises(BundleError) as caught:
        workflow.install_bundle(lib, source)
    assert caught.value.kind == "bundle.probe_slow"
    assert str(caught.value) == refused("colleagues-model.gradebundle", "0.5")
    assert not (tmp_path / "mine").exists() or not any((tmp_path / "mine").iterdir())
    assert lib.bundles == {}


def test_grader_verify_refuses_it_in_one_sentence(tmp_path, capsys, quick_limits):
    code = run_cli(["verify", str(bundle_file(tmp_path, endless_model(3), name="loop"))])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    assert out.err == "grader: " + refused("loop.gradebundle", "0.5") + ".\n"


# ----- stopped while scoring ------------------------------------------------------------------------------------------
def test_a_model_slow_only_on_a_long_answer_passes_the_probe_and_scores_real_answers(tmp_path):
    bundle = read_bundle(slow_on_long(tmp_path))
    workflow.verify_bundle(bundle.path)   # the probe's answers (up to 5,000 characters) do not trigger it
    probs = Scorer(bundle).predict_proba([SHORT] * 70)
    assert np.allclose(probs, 1 / 3)


def test_the_batch_holding_the_long_answer_is_stopped_with_one_sentence(tmp_path):
    scorer = Scorer(read_bundle(slow_on_long(tmp_path)), batch_seconds=0.5)
    with pytest.raises(BundleError) as caught:
        scorer.predict_proba([SHORT] * 10 + [LONG])
    assert caught.value.kind == "bundle.run_slow" and str(caught.value) == STOPPED.format(name=NAME)
    assert np.allclose(scorer.predict_proba([SHORT] * 3), 1 / 3)   # the same scorer scores again afterwards


def test_scoring_stops_and_keeps_the_batches_scored_before(tmp_path, quick_limits):
    """The long answer is in the second window of 1,024 answers: the first window's scores are kept, and every answer
    without a score (the long one's window) goes to the teacher."""
    lib = Library.load([tmp_path / "shipped", slow_on_long(tmp_path / "mine").parent])
    texts = [f"{SHORT} ({i})" for i in range(1030)]
    texts[1027] = LONG
    session = session_over(texts, item=ITEM)
    with pytest.raises(BundleError) as caught:
        workflow.score_all(session, match_bundles(session, lib))
    assert str(caught.value) == STOPPED.format(name=NAME)
    assert set(session.predictions) == set(range(1024))
    assert all(session.needs_teacher(k) for k in range(1024, 1030))


def test_grader_score_says_one_sentence_and_writes_nothing(tmp_path, capfd, quick_limits):
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Student ID", "Answer"])
        w.writerows([f"S{i}", LONG if i == 3 else f"{SHORT} ({i})"] for i in range(20))
    code = run_cli(["score", str(sheet), "--bundle", str(slow_on_long(tmp_path)), "--out", str(tmp_path / "out.csv"),
                    "--quiet"])
    assert code == 2
    assert capfd.readouterr().err == "grader: " + STOPPED.format(name=NAME) + ".\n"
    assert not (tmp_path / "out.csv").exists()


def test_a_cancel_ends_a_run_under_way_without_waiting_for_the_limit(tmp_path):
    """The teacher's Stop (or closing the sheet, or quitting) while the worker waits for a batch that loops: the run is
    ended, the scoring raises Cancelled, not the limit's BundleError (its limit here is ten minutes)."""
    scorer = Scorer(read_bundle(slow_on_long(tmp_path)), batch_seconds=600)
    hooked = threading.Event()

    class Token(CancelToken):
        def hook(self, fn):   # called as the run begins: now there is a run under way to end
            taken = super().hook(fn)
            hooked.set()
            return taken

    token, ended = Token(), []

    def score():
        try:
            list(scorer.iter_batches([SHORT, LONG], cancel=token))
        except BaseException as exc:   # what the worker saw
            ended.append(exc)

    worker = threading.Thread(target=score, daemon=True)
    worker.start()
    assert hooked.wait(30)
    token.cancel()
    worker.join(60)   # a guard against hanging, not a measure: without the cancel, 600 s
    assert not worker.is_alive() and len(ended) == 1 and isinstance(ended[0], Cancelled)


# ----- the limit itself -----------------------------------------------------------------------------------------------
def test_one_node_that_computes_past_the_limit_is_given_up_and_the_caller_is_free():
    """onnxruntime cannot end a node while it computes: a Conv of seconds is given up after the limit and its grace,
    the caller gets TooLong at once, and the lane finishes the node on its own."""
    ort = import_onnxruntime()
    session = new_session(ort, long_conv_model(3, image=600, kernel=300))
    feeds = {"text": np.array(["an answer"], dtype=object)}
    with pytest.raises(run_limit.TooLong) as caught:
        run_limit.run_each_within(ort, session, ["probabilities"], [feeds], 0.2, grace=0.2)
    assert caught.value.ended is False and caught.value.done == []
    lanes = run_limit.still_computing()
    assert lanes   # the lane still in its node, which the process would not wait for at its end (grader_app.__main__)
    for lane in lanes:   # here it is waited for: it must not come back into a Python that is shutting down
        lane.join(300)
    assert not run_limit.still_computing()


def test_runs_within_the_limit_give_every_output_and_an_error_as_it_was(tmp_path):
    ort = import_onnxruntime()
    session = new_session(ort, row_model([0.2, 0.3, 0.5], {"b": [0.1, 0.1, 0.8]}))
    feeds = [{"text": np.array(t, dtype=object)} for t in (["a"], ["b", "a"], ["b"])]
    got = run_limit.run_each_within(ort, session, ["probabilities"], feeds, 30.0)
    wanted = ([[0.2, 0.3, 0.5]], [[0.1, 0.1, 0.8], [0.2, 0.3, 0.5]], [[0.1, 0.1, 0.8]])
    assert len(got) == 3 and all(np.allclose(g[0], want) for g, want in zip(got, wanted))
    wrong = feeds[:1] + [{"text": np.array([1.5], dtype=np.float32)}] + feeds[2:]   # not text: onnxruntime refuses it
    with pytest.raises(run_limit.RunFailed) as caught:
        run_limit.run_each_within(ort, session, ["probabilities"], wrong, 30.0)
    assert caught.value.index == 1 and len(caught.value.done) == 1


def test_the_shipped_models_give_the_same_bits_within_the_limit():
    """A batch run within its limit (on a lane) gives what onnxruntime called directly gives, bit for bit (set 6's graph;
    tests/scoring/test_scorer_equivalence.py holds every shipped model to the reference scoring)."""
    scorer = Scorer(read_bundle(ROOT / "model_bundles" / "asap-sas-6.gradebundle"))
    texts = [scorer._normalise(f"{SHORT} {' '.join(['cell'] * (i % 40))}") for i in range(64)]
    (direct,) = scorer._session.run(["probabilities"], {"text": np.array(texts, dtype=object)})
    assert scorer.raw_probabilities(texts).tobytes() == np.asarray(direct, dtype=np.float32).tobytes()


def test_a_process_that_ends_while_a_given_up_run_computes_ends_at_once_with_its_code():
    """``grader`` (grader_app.__main__) does not let the lane come back into a Python that is shutting down."""
    code = "\n".join([
        "import sys",
        f"sys.path.insert(0, {str(ROOT / 'tests' / 'bundles')!r})",
        "import numpy as np",
        "from bundle_graphs import long_conv_model",
        "from grader_app.__main__ import _end_now_if_a_model_still_runs",
        "from grader_app.scoring import run_limit",
        "from grader_app.scoring.runtime import import_onnxruntime, new_session",
        "ort = import_onnxruntime()",
        "session = new_session(ort, long_conv_model(3, image=600, kernel=300))",
        "feeds = [{'text': np.array(['an answer'], dtype=object)}]",
        "try:",
        "    run_limit.run_each_within(ort, session, ['probabilities'], feeds, 0.2, grace=0.2)",
        "except run_limit.TooLong:",
        "    print('given up', flush=True)",
        "_end_now_if_a_model_still_runs(7)",
        "print('not ended')",
    ])
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"})
    assert (run.returncode, run.stdout) == (7, "given up\n"), run.stderr


@pytest.mark.parametrize("lang,refused_opening,stopped_opening", [
    ("de", "loop.gradebundle wurde abgelehnt: sein Modell brauchte mehr als 5 Sekunden",
     "cell-transport.gradebundle enthält ein Modell, das mehr als 30 Sekunden brauchte"),
    ("es", "loop.gradebundle se rechazó: su modelo tardó más de 5 segundos",
     "cell-transport.gradebundle contiene un modelo que tardó más de 30 segundos")])
def test_the_new_sentences_are_said_in_the_teachers_language(qapp, lang, refused_opening, stopped_opening):
    from grader_app.ui.messages import plain

    with in_language(lang):
        refused_said = plain(BundleError.said("bundle.probe_slow", name="loop.gradebundle", seconds="5"))
        stopped_said = plain(BundleError.said("bundle.run_slow", name=NAME, seconds="30"))
    assert refused_said.startswith(refused_opening), refused_said
    assert stopped_said.startswith(stopped_opening), stopped_said
