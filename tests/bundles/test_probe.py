"""Issue 9 item 3 (verify): `grader verify` and installing run the model once on a few answers (the
empty one included) in a child process with a time and memory cap, and check the output itself:
its width against the labels whatever the graph declares, and that every row is a probability."""
from __future__ import annotations

import sys

import pytest
from bundle_graphs import constant_model, endless_model, greedy_model, manifest, row_model

from grader_app import workflow
from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.scoring.probe import PROBE_TEXTS, probe_bundle

NAN = float("nan")


def verify(path, capsys):
    code = run_cli(["verify", str(path)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_probe_texts_include_the_empty_answer():
    assert "" in PROBE_TEXTS and len(PROBE_TEXTS) >= 3


def test_good_bundle_verifies(tmp_path, capsys):
    path = write_bundle(tmp_path / "ok.gradebundle", manifest(3), constant_model([0.2, 0.3, 0.5]))
    code, out, err = verify(path, capsys)
    assert code == 0 and "OK" in out, err
    probs = probe_bundle(read_bundle(path))
    assert probs.shape == (len(PROBE_TEXTS), 3)


@pytest.mark.parametrize("width,labels", [(5, 3), (3, 4)])
def test_width_is_checked_on_the_actual_output_when_the_graph_declares_N_K(tmp_path, capsys, width, labels):
    row = [1.0 / width] * width
    path = write_bundle(tmp_path / "w.gradebundle", manifest(labels), constant_model(row, declared=("N", "K")))
    code, out, err = verify(path, capsys)
    assert code == 2
    assert f"gives {width} scores per answer but its manifest lists {labels} labels" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("row", [[NAN, 0.5, 0.5], [-0.2, 0.6, 0.6], [1.5, 0.0, -0.5], [0.3, 0.3, 0.3]])
def test_outputs_that_are_not_probabilities_fail_verify(tmp_path, capsys, row):
    path = write_bundle(tmp_path / "p.gradebundle", manifest(3), constant_model(row))
    code, out, err = verify(path, capsys)
    assert code == 2 and "not probabilities" in err and err.count("\n") == 1


def test_a_model_that_breaks_only_on_the_empty_answer_fails_verify(tmp_path, capsys):
    model = row_model([0.2, 0.3, 0.5], {"": [NAN, NAN, NAN]})
    path = write_bundle(tmp_path / "e.gradebundle", manifest(3), model)
    code, out, err = verify(path, capsys)
    assert code == 2 and "not probabilities" in err


def test_time_cap(tmp_path):
    """The whole child's time limit, for what each run's own limit (run_limit.PROBE_SECONDS, here longer) cannot end:
    the child is killed, and the model refused in the same sentence."""
    path = write_bundle(tmp_path / "slow.gradebundle", manifest(3), endless_model(3))
    with pytest.raises(BundleError) as caught:
        probe_bundle(read_bundle(path), timeout=3.0, run_seconds=60.0)
    assert caught.value.kind == "bundle.probe_slow"
    assert str(caught.value).startswith("slow.gradebundle was refused: its model took more than 3 seconds to score")


@pytest.mark.skipif(sys.platform == "win32", reason="the memory cap is RLIMIT_AS (POSIX)")
def test_memory_cap(tmp_path):
    path = write_bundle(tmp_path / "greedy.gradebundle", manifest(3), greedy_model(3, gib_per_answer=4))
    with pytest.raises(BundleError, match="memory"):
        probe_bundle(read_bundle(path), memory_bytes=1 << 30)


def test_install_runs_the_probe(tmp_path):
    bad = write_bundle(tmp_path / "bad.gradebundle", manifest(4), constant_model([0.5, 0.5, 0.0]))
    lib = Library.load([tmp_path / "shipped", tmp_path / "user"])
    with pytest.raises(BundleError, match="gives 3 scores per answer but its manifest lists 4 labels"):
        workflow.install_bundle(lib, bad)
    assert not (tmp_path / "user" / "test-item.gradebundle").exists() and lib.bundles == {}
