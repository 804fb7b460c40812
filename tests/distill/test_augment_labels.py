"""The augmented copies' MiniLM labels (tenth amendment): a real (tiny, randomly initialised) fold teacher labels
every copy whose answer is outside its fold, and the kind reads exactly those labels back. Torch on one thread."""
from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("sklearn")

from test_crossfit_baseline import invented_set  # noqa: E402,F401
from test_mini_pipeline import tiny_init  # noqa: E402,F401


def test_a_fold_teacher_labels_the_copies_outside_its_fold_and_the_kind_reads_them_back(invented_set, tiny_init,  # noqa: F811
                                                                                        tmp_path):
    torch.set_num_threads(1)
    from grader_app.distill.crossfit import fold_of, inner_valid_mask, set_data, set_frame
    from grader_app.distill.augmented_copies import augmented_set, label_dir, minilm_labels
    from grader_app.distill.crossfit_hashed_augmented import label_job
    from grader_app.distill.teacher import Teacher, TeacherConfig, train_teacher

    root = tmp_path / "crossfit"
    df = set_frame(7)
    folds = fold_of(df, 7)
    rest = df[folds != 0].reset_index(drop=True)
    valid = inner_valid_mask(rest, 0)
    model = root / "minilm" / "set-7" / "fold-0" / "model"
    train_teacher(rest["EssayText"][~valid].tolist(), rest["Score1"][~valid].tolist(), rest["EssayText"][valid].tolist(),
                  rest["Score1"][valid].tolist(), model, TeacherConfig(epochs=1, max_length=32, batch_size=8, threads=1),
                  init=tiny_init, labels=[0, 1, 2], log=lambda s: None, max_steps=2)

    out = label_dir(root, 7, 0)
    out.mkdir(parents=True)
    record = label_job(out, 1, 7, 0, minilm_root=str(root))
    aug, source_fold = augmented_set(set_data(7))
    z = np.load(out / "aug_probs.npz", allow_pickle=False)
    assert record["n"] == len(z["rows"]) == int((source_fold != 0).sum()) and str(z["digest"]) == aug.digest()
    assert set(source_fold[z["rows"]]) == {-1, 1, 2, 3, 4}          # never a copy of a fold-0 answer
    expected = Teacher(model, threads=1).predict_proba([aug.texts[i] for i in z["rows"]])
    assert np.abs(z["probs"] - expected).max() <= 1e-6 and np.allclose(z["probs"].sum(1), 1.0, atol=1e-5)

    (out / "done.json").write_text("{}")
    got = minilm_labels(root, 7, 1, aug, 3)[0]                       # one fold is enough to read it back
    assert np.isnan(got[source_fold == 0]).all()
    assert np.array_equal(got[z["rows"]], z["probs"].astype(np.float64))
