"""A model that passes every check but asks for gigabytes in the app's own process (QA s51b, finding 9).

The shipped set-6 graph with a side branch that fills N³·K floats for a batch of N answers (its sum, 0, added to the
probabilities, so its scores are the model's own) passed the hash, the manifest, `grader verify` and the capped probe,
which ran 6 test answers (3.5 MB at K = 4000); scoring 64 real answers in the app's process then asked for 1 GB at
K = 1000 and 4 GB at K = 4000, and the OOM killer ended the app every time the sheet was opened with it.

Now onnxruntime runs the app's models within one memory budget (``scoring.runtime.RUN_MEMORY``), so such a request is
refused where it is made, in the app's process, whatever the batch, the answers or the model's trigger; the probe runs a
batch of the scorer's size and long answers within the same budget, so such a model is refused before it is added.
Everything here runs real graphs in real onnxruntime; the teacher reads one sentence: what is wrong, what to do.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from bundle_graphs import (batch_cubed_model, constant_size_model, length_cubed_model, manifest,
                           with_side_branch)

from grader_app import workflow
from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.core.grading import match_bundles
from grader_app.scoring.model import DEFAULT_BATCH, Scorer
from grader_app.scoring.probe import probe_bundle
from in_language import in_language
from scored_answers import session_over

ROOT = Path(__file__).resolve().parents[2]
SIX = ROOT / "model_bundles" / "asap-sas-6.gradebundle"
ANSWER = "Osmosis moves water across the membrane; active transport uses energy from ATP to move ions against it."
REFUSED_WHEN_ADDED = ("{name} was refused: its model asks for more than 512 MB of memory to score a batch of test "
                      "answers, far more than a model of short answers needs; ask whoever made it for a fixed copy")
STOPPED_WHILE_SCORING = ("{name} holds a model that asked for more than 512 MB of memory while scoring answers, far "
                         "more than a model of short answers needs, so Grader stopped it; remove it from your models and "
                         "ask whoever made it for a fixed copy")


def trojan(folder: Path, per: int) -> Path:
    """QA's bundle: the shipped set-6 model and manifest, its graph with the side branch, sealed as a colleague's."""
    six = read_bundle(SIX)
    m = dict(six.manifest)
    m.pop("manifest_sha256")
    m.update(id="cell-transport", title="Cell transport (shared by a colleague)")
    return write_bundle(folder / f"cell-transport-{per}.gradebundle", m, with_side_branch(six.model_bytes, per))


def own_bundle(folder: Path, model: bytes, name: str = "greedy") -> Path:
    return write_bundle(folder / f"{name}.gradebundle", manifest(3, id=name), model)


def class_of(n: int):
    return session_over([f"{ANSWER} Student {i} wrote this." for i in range(n)], item="cell-transport")


@pytest.mark.parametrize("per", [1000, 4000])
def test_grader_verify_refuses_it_in_one_sentence(tmp_path, capsys, per):
    code = run_cli(["verify", str(trojan(tmp_path, per))])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    assert out.err == "grader: " + REFUSED_WHEN_ADDED.format(name=f"cell-transport-{per}.gradebundle") + ".\n"


@pytest.mark.parametrize("per", [1000, 4000])
def test_adding_it_to_the_library_refuses_it_and_copies_nothing(tmp_path, per):
    source = trojan(tmp_path / "drops", per)
    lib = Library.load([tmp_path / "shipped", tmp_path / "mine"])
    with pytest.raises(BundleError) as caught:
        workflow.install_bundle(lib, source)
    assert str(caught.value) == REFUSED_WHEN_ADDED.format(name=f"cell-transport-{per}.gradebundle")
    assert caught.value.kind == "bundle.probe_memory"
    assert not (tmp_path / "mine" / "cell-transport.gradebundle").exists() and lib.bundles == {}


def test_the_shipped_set_6_model_itself_still_passes_the_probe():
    probs = probe_bundle(read_bundle(SIX))
    assert probs.shape[1] == 4


@pytest.mark.parametrize("per", [1000, 4000])
def test_one_already_installed_is_stopped_while_scoring_in_the_apps_process(tmp_path, per):
    """Installed by an earlier Grader (or dropped into the models folder by hand): read as any bundle, it is stopped
    at its first batch of 64 answers, which it asks 1 GB or 4 GB for, without the app's process getting that memory."""
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(trojan(tmp_path, per), mine / "cell-transport.gradebundle")
    lib = Library.load([mine])
    session = class_of(DEFAULT_BATCH)
    with pytest.raises(BundleError) as caught:
        workflow.score_all(session, match_bundles(session, lib))
    assert str(caught.value) == STOPPED_WHILE_SCORING.format(name="cell-transport.gradebundle")
    assert caught.value.kind == "bundle.run_memory" and session.predictions == {}


def test_it_scores_a_class_smaller_than_its_trigger_with_the_models_own_scores(tmp_path):
    """The budget stops a request, not a model: 6 answers ask this one for 0.9 MB, and get set 6's own scores."""
    six = Scorer(read_bundle(SIX)).predict_proba([ANSWER] * 6)
    got = Scorer(read_bundle(trojan(tmp_path, 1000))).predict_proba([ANSWER] * 6)
    assert (got == six).all()


@pytest.mark.parametrize("per", [1000, 4000])
def test_grader_score_says_one_sentence_and_writes_nothing(tmp_path, capfd, per):
    """onnxruntime's own error line ("[E:onnxruntime:, sequential_executor.cc …]") does not reach stderr either."""
    sheet = tmp_path / "class64.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Student ID", "Answer"])
        w.writerows([f"S{i}", f"{ANSWER} ({i})"] for i in range(DEFAULT_BATCH))
    code = run_cli(["score", str(sheet), "--bundle", str(trojan(tmp_path, per)), "--out", str(tmp_path / "out.csv"),
                    "--quiet"])
    err = capfd.readouterr().err
    assert code == 2
    assert err == "grader: " + STOPPED_WHILE_SCORING.format(name=f"cell-transport-{per}.gradebundle") + ".\n"
    assert not (tmp_path / "out.csv").exists()


def test_a_model_that_grows_with_the_batch_is_refused_by_the_probe(tmp_path):
    """N³·1000 floats: 0.9 MB for the probe's six answers, 1 GB for a batch of the scorer's size."""
    with pytest.raises(BundleError, match="asks for more than 512 MB of memory to score a batch of test answers"):
        probe_bundle(read_bundle(own_bundle(tmp_path, batch_cubed_model(3, 1000))))


def test_a_model_that_grows_with_the_answers_length_is_refused_by_the_probe(tmp_path):
    """T³ floats for T words in the longest answer: 0.3 GB at the six answers' longest (440 words), which the old probe's
    child held, and gigabytes for the long answers of a real class, which the probe's batch now has."""
    with pytest.raises(BundleError, match="asks for more than 512 MB of memory to score a batch of test answers"):
        probe_bundle(read_bundle(own_bundle(tmp_path, length_cubed_model(3, 1))))


def test_a_size_made_of_constants_is_not_computed_while_the_model_loads(tmp_path):
    """onnxruntime's constant folding would fill the 1 GiB while the session is made, outside any budget; it runs only
    for the models that came with Grader, so this one's request is made (and refused) while scoring, like any other."""
    b = read_bundle(own_bundle(tmp_path, constant_size_model(3, 1 << 28)))
    scorer = Scorer(b)
    with pytest.raises(BundleError) as caught:
        scorer.predict_proba(["an answer"])
    assert caught.value.kind == "bundle.run_memory"


def test_only_the_models_that_came_with_grader_are_folded_while_loading(tmp_path, monkeypatch):
    """Their folded weights keep them 3-10 % faster; a copy of the very same file elsewhere is not folded."""
    monkeypatch.delenv("GRADER_BUNDLES_DIR", raising=False)
    assert Scorer(read_bundle(SIX)).folded
    shutil.copy(SIX, tmp_path / SIX.name)
    copy = Scorer(read_bundle(tmp_path / SIX.name))
    assert not copy.folded
    assert (copy.predict_proba([ANSWER] * 3) == Scorer(read_bundle(SIX)).predict_proba([ANSWER] * 3)).all()


def test_an_extremely_long_answer_is_said_as_such(tmp_path):
    """A legitimate model's memory grows with the answers' length; a batch stopped because an answer is a whole pasted
    document says so (the model is not to blame), and what to do."""
    b = read_bundle(own_bundle(tmp_path, length_cubed_model(3, 1), name="words"))
    with pytest.raises(BundleError) as caught:
        Scorer(b).predict_proba(["word " * 6000])
    assert caught.value.kind == "bundle.answer_memory"
    assert str(caught.value) == ("words.gradebundle holds a model that would need more than 512 MB of memory to score "
                                 "an extremely long answer (a whole pasted document, perhaps), so Grader stopped it; "
                                 "shorten that answer in the sheet and try again")


@pytest.mark.parametrize(("kind", "lang", "opening"), [
    ("bundle.probe_memory", "de", "cell-transport.gradebundle wurde abgelehnt: sein Modell fordert mehr als 512 MB"),
    ("bundle.probe_memory", "es", "cell-transport.gradebundle se rechazó: su modelo pide más de 512 MB"),
    ("bundle.run_memory", "de", "cell-transport.gradebundle enthält ein Modell, das beim Bewerten der Antworten mehr "
                                "als 512 MB"),
    ("bundle.run_memory", "es", "cell-transport.gradebundle contiene un modelo que pidió más de 512 MB"),
    ("bundle.answer_memory", "de", "cell-transport.gradebundle enthält ein Modell, das mehr als 512 MB"),
    ("bundle.answer_memory", "es", "cell-transport.gradebundle contiene un modelo que necesitaría más de 512 MB")])
def test_the_new_sentences_are_said_in_the_teachers_language_naming_the_file(qapp, kind, lang, opening):
    from grader_app.ui.messages import plain

    problem = BundleError.said(kind, name="cell-transport.gradebundle", mb=512)
    with in_language(lang):
        said = plain(problem)
    assert said.startswith(opening), said
