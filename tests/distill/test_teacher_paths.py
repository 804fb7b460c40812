"""The teacher never hangs or looks for a model hub: a bad folder gets one clear sentence."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader_app.distill.teacher import TeacherError, check_model_dir, context_for

ROOT = Path(__file__).resolve().parents[2]


def test_missing_folder_says_no_hub(tmp_path):
    with pytest.raises(TeacherError, match=r"no model folder at .*no model hub is reachable"):
        check_model_dir(tmp_path / "nope")


def test_file_instead_of_folder(tmp_path):
    f = tmp_path / "model.bin"
    f.write_bytes(b"x")
    with pytest.raises(TeacherError, match=r"is a file, not a model folder"):
        check_model_dir(f)


def test_folder_without_config_or_weights(tmp_path):
    with pytest.raises(TeacherError, match=r"has no config.json, so it is not a Hugging Face model directory"):
        check_model_dir(tmp_path)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(TeacherError, match=r"holds no model weights"):
        check_model_dir(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"")
    with pytest.raises(TeacherError, match=r"holds no tokenizer files"):
        check_model_dir(tmp_path)
    (tmp_path / "vocab.txt").write_text("[PAD]\n")
    assert check_model_dir(tmp_path) == tmp_path


@pytest.mark.distill  # with torch present the folder is checked; without it, see the next test
def test_cli_reports_missing_init_in_one_line(tmp_path, capsys):
    from grader_app.distill.cli import main

    rc = main(["teacher", "--set", "1", "--init", str(tmp_path / "missing"), "--out", str(tmp_path / "t")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.count("\n") == 0 and "no model folder" in err


# a child Python where torch and transformers cannot be imported, as after `pip install -e .[test]`
WITHOUT_TORCH = """
import importlib.abc, sys
class NoDistillExtra(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NoDistillExtra())
from grader_app.distill.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_cli_without_torch_says_to_install_the_extra_in_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-c", WITHOUT_TORCH, "teacher", "--set", "1",
                          "--init", str(tmp_path / "missing"), "--out", str(tmp_path / "t")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    err = out.stderr.strip()
    assert out.returncode == 2 and err.count("\n") == 0, err
    assert "torch and transformers are needed" in err and "distill" in err
    assert not (tmp_path / "t").exists()


def test_the_distill_marker_skips_with_the_reason_where_torch_is_absent(tmp_path):
    """Runs the real conftest on the real test above in a child pytest that cannot import torch."""
    plugin = tmp_path / "no_distill_extra.py"
    plugin.write_text(WITHOUT_TORCH.split("from grader_app")[0])
    out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no_distill_extra", "-p", "no:cacheprovider", "-rs",
                          "-q", f"{Path(__file__)}::test_cli_reports_missing_init_in_one_line"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env=dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}"))
    assert out.returncode == 0, out.stdout[-3000:]
    assert "1 skipped" in out.stdout and "needs the distill extra (torch, transformers not installed)" in out.stdout


def test_unknown_context_is_refused():
    with pytest.raises(TeacherError, match=r"unknown context 'rubric'"):
        context_for(1, "rubric")
    assert context_for(1, "none") == ""
