"""`grader --self-test` from source: the real main window, real bundles, real files, offscreen."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "ui"))  # ui_helpers: tiny real bundles

from ui_helpers import make_bundle  # noqa: E402

from grader_app.ui.selftest import run_self_test  # noqa: E402

SAMPLE = ROOT / "assets" / "sample-class.xlsx"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
STEPS = ("qt", "text", "models", "window", "sheet", "match", "score", "export", "read-back")


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """Private settings/data folders and an empty shipped-bundles folder."""
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(tmp_path / "settings"))
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    return shipped


@pytest.fixture
def sample_models(isolated):
    """Tiny real bundles for the three questions of the sample sheet."""
    if not SAMPLE.is_file():
        pytest.skip("assets/sample-class.xlsx is not in the repo")
    make_bundle(isolated, "asap-sas-1")
    make_bundle(isolated, "asap-sas-5")
    make_bundle(isolated, "asap-sas-10", labels=(0, 1, 2))
    return isolated


def test_self_test_passes_on_the_sample_sheet_and_keeps_a_readable_export(qtbot, sample_models, tmp_path, capsys):
    keep = tmp_path / "kept"
    assert run_self_test(["--keep", str(keep)]) == 0
    out = capsys.readouterr().out
    for step in STEPS:
        assert f"ok    {step}" in out, f"step {step} not reported as ok:\n{out}"
    assert "Self-test passed" in out

    from grader_app.io.readers import read_sheet

    graded = read_sheet(keep / "self-test-graded.xlsx")
    original = read_sheet(SAMPLE)
    assert len(graded) == len(original) == 90
    assert set(original.columns) <= set(graded.columns)
    scores = [c for c in graded.columns if "score" in c.lower() and c not in original.columns]
    assert scores, graded.columns
    assert all(v.strip() != "" for v in graded.frame[scores[0]])


def _file_state(path: Path) -> tuple[int, bytes] | None:
    """None if there is no file at ``path``, else its modification time and its bytes."""
    if not path.exists():
        return None
    return path.stat().st_mtime_ns, path.read_bytes()


def test_self_test_leaves_the_teachers_settings_alone(qtbot, sample_models, tmp_path):
    settings = Path(os.environ["GRADER_SETTINGS_DIR"])
    # a project may already be beside the asset: `bash scripts/run.sh` (the README's first command) opens the sample
    # sheet itself, and scoring it there writes one (git ignores it); the self-test must neither make nor touch it
    beside = SAMPLE.parent / (SAMPLE.stem + ".grader-project")
    before = _file_state(beside)
    assert run_self_test([]) == 0
    assert os.environ["GRADER_SETTINGS_DIR"] == str(settings)   # restored afterwards
    assert not settings.exists() or not any(settings.iterdir())  # nothing written there
    assert _file_state(beside) == before   # no project made, and none changed, beside the asset


def test_no_models_fails_at_the_models_step(qtbot, isolated, capsys):
    assert run_self_test([]) == 1
    out = capsys.readouterr().out
    assert "FAIL  models" in out and "no model bundles found" in out
    assert "Self-test FAILED at step 'models'" in out


def test_missing_sheet_fails_at_the_sheet_step(qtbot, sample_models, tmp_path, capsys):
    assert run_self_test(["--sheet", str(tmp_path / "nope.xlsx")]) == 1
    out = capsys.readouterr().out
    assert "ok    window" in out
    assert "Self-test FAILED at step 'sheet'" in out and "nope.xlsx is missing" in out


def test_a_question_without_a_model_fails_at_the_match_step(qtbot, isolated, capsys):
    if not SAMPLE.is_file():
        pytest.skip("assets/sample-class.xlsx is not in the repo")
    make_bundle(isolated, "asap-sas-1")  # -5 and -10 have no model
    assert run_self_test([]) == 1
    out = capsys.readouterr().out
    assert "Self-test FAILED at step 'match'" in out and "asap-sas-5" in out


def test_a_damaged_bundle_fails_at_the_models_step(qtbot, sample_models, capsys):
    bad = sample_models / "asap-sas-5.gradebundle"
    bad.write_bytes(bad.read_bytes()[:-200])
    assert run_self_test([]) == 1
    out = capsys.readouterr().out
    assert "Self-test FAILED at step 'models'" in out and "asap-sas-5.gradebundle" in out


def test_grader_self_test_command_runs_offscreen_in_a_fresh_process(sample_models, tmp_path):
    """The route the frozen app takes: `python -m grader_app --self-test`, no display variables."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    res = subprocess.run([sys.executable, "-m", "grader_app", "--self-test"], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "platform offscreen" in res.stdout
    assert "Self-test passed: 9 steps" in res.stdout


@pytest.mark.skipif(not any((ROOT / "model_bundles").glob("*.gradebundle")), reason="no bundled models yet")
def test_self_test_passes_with_the_shipped_models(qtbot, monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("GRADER_BUNDLES_DIR", raising=False)
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(tmp_path / "settings"))
    assert run_self_test([]) == 0, capsys.readouterr().out
