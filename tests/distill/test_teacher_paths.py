"""The teacher never hangs or looks for a model hub: a bad folder gets one clear sentence."""
from __future__ import annotations

import pytest

from grader_app.distill.teacher import TeacherError, check_model_dir, context_for


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


def test_cli_reports_missing_init_in_one_line(tmp_path, capsys):
    from grader_app.distill.cli import main

    rc = main(["teacher", "--set", "1", "--init", str(tmp_path / "missing"), "--out", str(tmp_path / "t")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.count("\n") == 0 and "no model folder" in err


def test_unknown_context_is_refused():
    with pytest.raises(TeacherError, match=r"unknown context 'rubric'"):
        context_for(1, "rubric")
    assert context_for(1, "none") == ""
