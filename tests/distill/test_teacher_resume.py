"""A teacher run stopped between epochs (a session that ends, a reboot) goes on from its last finished epoch and
learns exactly what an unbroken run learns: the same loss every epoch, the same weights at the end. A run asked
something else, or a damaged resume file, starts over. A tiny random BERT on invented answers, one thread."""
from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from test_mini_pipeline import tiny_init  # noqa: E402,F401


class Stop(Exception):
    pass


def _train(tmp_path, tiny_init, tiny_answers, out, lr=5e-4, stop_at=None, logs=None):  # noqa: F811
    from grader_app.distill.teacher import TeacherConfig, train_teacher

    torch.set_num_threads(1)
    texts, scores = tiny_answers

    def log(line):
        if logs is not None:
            logs.append(line)
        if stop_at is not None and line.startswith(stop_at):
            raise Stop(line)

    return train_teacher(texts[12:], scores[12:], texts[:12], scores[:12], out,
                         TeacherConfig(epochs=3, max_length=32, batch_size=8, threads=1, seed=0, learning_rate=lr),
                         init=tiny_init, labels=[0, 1, 2], log=log)


def _weights(folder):
    from safetensors.numpy import load_file

    return load_file(str(folder / "model.safetensors"))


def test_a_stopped_run_goes_on_from_its_last_epoch_and_learns_the_same(tmp_path, tiny_init, tiny_answers):  # noqa: F811
    from grader_app.distill.teacher_resume import RESUME

    whole = _train(tmp_path, tiny_init, tiny_answers, tmp_path / "whole")
    assert not (tmp_path / "whole" / RESUME).exists()              # removed when the run finishes

    out = tmp_path / "stopped"
    with pytest.raises(Stop):                                       # stopped while epoch 3 is scored
        _train(tmp_path, tiny_init, tiny_answers, out, stop_at="epoch 3:")
    assert (out / RESUME).is_file()
    logs: list[str] = []
    resumed = _train(tmp_path, tiny_init, tiny_answers, out, logs=logs)
    assert logs[0].startswith("resumed after epoch 2")
    assert not any(line.startswith(("epoch 1:", "epoch 2:")) for line in logs)   # only epoch 3 was trained again
    assert [h["epoch"] for h in resumed.history] == [1, 2, 3]
    assert [h["train_loss"] for h in resumed.history] == [h["train_loss"] for h in whole.history]
    assert [h["valid_qwk"] for h in resumed.history] == [h["valid_qwk"] for h in whole.history]
    assert resumed.best_epoch == whole.best_epoch
    a, b = _weights(tmp_path / "whole"), _weights(out)
    assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
    assert not (out / RESUME).exists()


def test_a_resume_file_from_another_run_or_damaged_is_not_used(tmp_path, tiny_init, tiny_answers):  # noqa: F811
    from grader_app.distill.teacher_resume import RESUME

    out = tmp_path / "run"
    with pytest.raises(Stop):
        _train(tmp_path, tiny_init, tiny_answers, out, stop_at="epoch 2:")
    logs: list[str] = []
    other = _train(tmp_path, tiny_init, tiny_answers, out, lr=1e-3, logs=logs)   # another learning rate
    assert logs[0] == f"{RESUME} belongs to a run asked something else; starting over"
    assert [h["epoch"] for h in other.history] == [1, 2, 3]

    with pytest.raises(Stop):
        _train(tmp_path, tiny_init, tiny_answers, out, stop_at="epoch 2:")
    (out / RESUME).write_bytes((out / RESUME).read_bytes()[:100])                 # cut short
    logs.clear()
    again = _train(tmp_path, tiny_init, tiny_answers, out, logs=logs)
    assert logs[0].startswith(f"{RESUME} could not be read") and logs[0].endswith("starting over")
    assert [h["epoch"] for h in again.history] == [1, 2, 3]


def test_a_finished_run_is_not_trained_again_but_another_run_is(tmp_path, tiny_init, tiny_answers):  # noqa: F811
    """A fold's job stopped after its teacher was trained, while the teacher labelled the answers, finds the
    teacher on its next start instead of spending another hour training it."""
    from grader_app.distill.teacher_resume import FINISHED

    out = tmp_path / "run"
    first = _train(tmp_path, tiny_init, tiny_answers, out)
    assert (out / FINISHED).is_file()
    before = _weights(out)
    logs: list[str] = []
    again = _train(tmp_path, tiny_init, tiny_answers, out, logs=logs)
    assert len(logs) == 1 and logs[0].endswith("not trained again")
    assert again.history == first.history and again.best_epoch == first.best_epoch
    after = _weights(out)
    assert all(np.array_equal(before[k], after[k]) for k in before)

    logs.clear()
    other = _train(tmp_path, tiny_init, tiny_answers, out, lr=1e-3, logs=logs)   # asked something else
    assert not any(line.endswith("not trained again") for line in logs)
    assert [h["epoch"] for h in other.history] == [1, 2, 3]
    assert other.history != first.history
