"""Teacher outputs kept in the repository (``grader-distill teacher-outputs``): the probabilities, inner-validation
logits and done.json of every finished fold teacher of a set go into one archive without weights or text, come back
byte for byte under another runs/ folder, where the teacher rules find the folds finished; a tampered or foreign
archive restores nothing. Invented fold folders; no torch."""
from __future__ import annotations

import io
import json
import tarfile

import numpy as np
import pytest

from grader_app.distill.cli import main
from grader_app.distill.common import DistillError
from grader_app.distill.teacher import TeacherError, check_model_dir
from grader_app.distill.teacher_outputs import archive_path, read_archive, restore, save
from grader_app.distill.teacher_runs import inner_valid


def _npz(path, **arrays):
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def _fold(runs, kind_root: str, essay_set: int, fold: int, qwk: float):
    """A finished five-epoch MiniLM fold teacher, with its weights and tokenizer beside its outputs."""
    d = runs / "crossfit" / kind_root / "minilm" / f"set-{essay_set}" / f"fold-{fold}"
    (d / "model").mkdir(parents=True)
    (d / "done.json").write_text(json.dumps({"fold": fold, "inner_valid": {"valid_qwk": qwk}}), encoding="utf-8")
    _npz(d / "probs.npz", ids=np.array(["1001", "1002"]), part=np.array(["oof", "transfer"]),
         probs=np.array([[0.2, 0.8], [0.6, 0.4]], dtype=np.float32))
    np.save(d / "model" / "valid_logits.npy", np.array([[1.0, -1.0], [0.5, 0.25]], dtype=np.float32))
    (d / "model" / "model.safetensors").write_bytes(b"\0" * 4096)
    (d / "model" / "config.json").write_text("{}", encoding="utf-8")
    (d / "model" / "tokenizer.json").write_text("{}", encoding="utf-8")
    (d / "model" / "teacher.json").write_text(json.dumps({"context_text": "the scoring key's words"}), encoding="utf-8")
    t = runs / "crossfit" / kind_root / "minilm-train" / f"set-{essay_set}" / f"fold-{fold}"
    t.mkdir(parents=True)
    (t / "done.json").write_text("{}", encoding="utf-8")
    _npz(t / "train_probs.npz", ids=np.array(["1003"]), probs=np.array([[0.1, 0.9]], dtype=np.float32))
    return d


def _five_folds(runs, essay_set=7):
    return [_fold(runs, "minilm-e5", essay_set, f, 0.7 + f / 100) for f in range(5)]


def test_round_trip_keeps_outputs_not_weights(tmp_path):
    runs, other = tmp_path / "runs", tmp_path / "elsewhere" / "runs"
    _five_folds(runs)
    _fold(runs, "minilm-e5", 2, 0, 0.5)   # another set's run stays out of set 7's archive
    archive, n = save(runs, 7, tmp_path / "kept")
    # per fold: done.json, probs.npz, valid_logits.npy, and the in-fold predictions' done.json and train_probs.npz
    assert archive == archive_path(tmp_path / "kept", 7) and n == 5 * 5
    with tarfile.open(archive, "r:xz") as tar:
        names = tar.getnames()
    assert not [m for m in names if m.endswith((".safetensors", "tokenizer.json", "config.json", "teacher.json"))]
    assert not [m for m in names if "set-2" in m]

    result = restore(archive, other)
    assert len(result["written"]) == n and result["kept"] == [] and result["same"] == []
    for name in result["written"]:
        assert (other / name).read_bytes() == (runs / name).read_bytes()
    # the teacher rules now see five finished folds (with their in-fold predictions) on the other machine
    assert inner_valid(other / "crossfit" / "minilm-e5", 7) == pytest.approx([0.70, 0.71, 0.72, 0.73, 0.74])
    assert not (other / "crossfit" / "minilm-e5" / "minilm" / "set-7" / "fold-0" / "model" / "model.safetensors").exists()


def test_saving_again_gives_the_same_bytes(tmp_path):
    runs = tmp_path / "runs"
    _five_folds(runs)
    first = save(runs, 7, tmp_path / "a")[0].read_bytes()
    second = save(runs, 7, tmp_path / "b")[0].read_bytes()
    assert first == second


def test_labelling_with_a_restored_fold_says_the_weights_are_not_here(tmp_path):
    runs = tmp_path / "runs"
    _five_folds(runs)
    restore(save(runs, 7, tmp_path / "kept")[0], tmp_path / "new")
    model = tmp_path / "new" / "crossfit" / "minilm-e5" / "minilm" / "set-7" / "fold-0" / "model"
    with pytest.raises(TeacherError, match="kept outputs .* train it again"):
        check_model_dir(model)


def test_answer_text_is_never_saved(tmp_path):
    runs = tmp_path / "runs"
    d = _fold(runs, "minilm-e5", 7, 0, 0.7)
    _npz(d / "probs.npz", ids=np.array(["Rose is caring because she works hard to help her family pay the bills"]),
         probs=np.array([[0.5, 0.5]], dtype=np.float32))
    with pytest.raises(DistillError, match="longer than 40 characters"):
        save(runs, 7, tmp_path / "kept")
    assert not (tmp_path / "kept" / "set-7.tar.xz").exists()


def test_a_tampered_archive_restores_nothing(tmp_path):
    runs = tmp_path / "runs"
    _five_folds(runs)
    archive = save(runs, 7, tmp_path / "kept")[0]
    with tarfile.open(archive, "r:xz") as tar:
        files = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    victim = sorted(n for n in files if n.endswith("probs.npz"))[0]
    files[victim] = files[victim][:-8] + b"\0" * 8
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:xz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive.write_bytes(buf.getvalue())
    with pytest.raises(DistillError, match="does not match its SHA-256"):
        restore(archive, tmp_path / "new")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("name", ["../outside/done.json", "/etc/done.json", "crossfit/set-7/fold-0/evil.py",
                                  "crossfit/../../done.json"])
def test_a_foreign_archive_restores_nothing(tmp_path, name):
    archive = tmp_path / "set-7.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        info = tarfile.TarInfo(name)
        info.size = 2
        tar.addfile(info, io.BytesIO(b"{}"))
    with pytest.raises(DistillError, match="not a teacher output"):
        read_archive(archive)
    with pytest.raises(DistillError):
        restore(archive, tmp_path / "runs")
    assert not (tmp_path / "runs").exists() and not (tmp_path / "outside").exists()


def test_a_differing_file_on_disk_is_kept_and_said(tmp_path, capsys):
    runs, other = tmp_path / "runs", tmp_path / "other"
    _five_folds(runs)
    save(runs, 7, tmp_path / "kept")
    mine = other / "crossfit" / "minilm-e5" / "minilm" / "set-7" / "fold-0" / "done.json"
    mine.parent.mkdir(parents=True)
    mine.write_text('{"mine": true}', encoding="utf-8")
    assert main(["teacher-outputs", "--sets", "7", "--restore", "--runs", str(other),
                 "--folder", str(tmp_path / "kept")]) == 0
    out = capsys.readouterr().out
    assert "set 7: 24 files restored" in out and "kept the file on disk" in out and "fold-0/done.json" in out
    assert mine.read_text(encoding="utf-8") == '{"mine": true}'


def test_cli_save_says_what_is_missing(tmp_path, capsys):
    assert main(["teacher-outputs", "--sets", "7", "--save", "--runs", str(tmp_path / "runs"),
                 "--folder", str(tmp_path / "kept")]) == 2
    assert "no finished teacher run of set 7" in capsys.readouterr().err


def test_the_archives_in_the_repository_are_whole_and_hold_numbers_and_ids_only():
    """What is committed under teacher_outputs/ passes the restore's checks, and each kept array file holds numbers
    or short ids only (the same rule --save applies)."""
    from pathlib import Path

    from grader_app.distill.teacher_outputs import MAX_ID_CHARS

    archives = sorted((Path(__file__).resolve().parents[2] / "teacher_outputs").glob("set-*.tar.xz"))
    assert archives, "teacher_outputs/ holds no archive"
    for archive in archives:
        files = read_archive(archive)
        assert files and all(name.startswith("crossfit/") for name in files)
        for name, data in files.items():
            if name.endswith(".npz"):
                z = np.load(io.BytesIO(data), allow_pickle=False)
                for key in z.files:
                    a = z[key]
                    assert a.dtype.kind in "fiub" or max((len(v) for v in a.ravel()), default=0) <= MAX_ID_CHARS, name


def test_a_fold_still_training_leaves_nothing_in_the_archive(tmp_path):
    """Set 5's archive took the inner-validation logits of a MiniLM fold in its third epoch (rewritten every epoch,
    no done.json yet): restored elsewhere they would pass for that fold's final ones."""
    runs = tmp_path / "runs"
    _five_folds(runs)
    training = runs / "crossfit" / "minilm-more" / "minilm" / "set-7" / "fold-0"
    (training / "model").mkdir(parents=True)
    np.save(training / "model" / "valid_logits.npy", np.zeros((2, 2), dtype=np.float32))
    names = set(read_archive(save(runs, 7, tmp_path / "kept")[0]))
    assert not [n for n in names if "minilm-more" in n]
    assert len([n for n in names if n.endswith("valid_logits.npy")]) == 5
