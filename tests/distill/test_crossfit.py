"""Cross-fitting: folds are stratified and stable, and a student scored on fold f never learns from a
teacher label that depended on fold f's scores (the naive out-of-fold labels do: shown as a control)."""
import numpy as np
import pandas as pd
import pytest

pytest.importorskip("scipy")

from grader_app.distill.crossfit import fold_of  # noqa: E402
from grader_app.distill.crossfit_student import honest_targets, tfidf_crossfit  # noqa: E402

WORDS = {0: "no idea blank nothing", 1: "plants need light water",
         2: "photosynthesis makes glucose from light and carbon dioxide"}


def frame(n=90, seed=0):
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3
    texts = [f"{WORDS[c]} {' '.join(rng.choice(['the', 'a', 'so', 'leaf', 'sun', 'cell'], 3))}" for c in y]
    return pd.DataFrame({"Id": np.arange(1000, 1000 + n), "Score1": y, "EssayText": texts}), texts, y


def test_folds_are_stratified_seeded_and_cover_every_answer():
    df, _, y = frame()
    a, b = fold_of(df, 1), fold_of(df, 1)
    assert (a == b).all() and set(a) == set(range(5))
    for c in range(3):
        counts = np.bincount(a[y == c], minlength=5)
        assert counts.max() - counts.min() <= 1
    assert not (fold_of(df, 2) == a).all()  # another set, another shuffle


def test_training_targets_of_fold_f_do_not_depend_on_fold_f_scores():
    df, texts, y = frame()
    folds = fold_of(df, 1)
    f = 0
    tr = np.flatnonzero(folds != f)
    ids = [str(i) for i in df["Id"]]
    honest = honest_targets(f, tr, texts, y, df, 1, 5, 3, {"tfidf-lr": None}, [None] * 5, ids)
    y2 = y.copy()
    y2[folds == f] = (y2[folds == f] + 1) % 3     # every score of fold f changed
    honest2 = honest_targets(f, tr, texts, y2, df, 1, 5, 3, {"tfidf-lr": None}, [None] * 5, ids)
    assert np.array_equal(honest["tfidf-lr"][tr], honest2["tfidf-lr"][tr])
    # control: plain out-of-fold labels of the same training answers do move with fold f's scores
    naive, _ = tfidf_crossfit(texts, y, folds, [], 5, 3)
    naive2, _ = tfidf_crossfit(texts, y2, folds, [], 5, 3)
    assert np.abs(naive[tr] - naive2[tr]).max() > 0.05


def test_a_teacher_model_folder_that_is_not_one_is_refused_before_any_job_runs(tmp_path, capsys):
    from grader_app.distill.cli import main

    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    code = main(["crossfit-teacher", "--sets", "2", "--init", str(tmp_path / "half"), "--kind", "mpnet",
                 "--out", str(tmp_path / "runs")])
    assert code == 2
    assert "holds no model weights" in capsys.readouterr().err
    assert not (tmp_path / "runs").exists()


def test_teacher_jobs_of_another_model_live_in_their_own_folder_and_carry_it():
    from pathlib import Path

    from grader_app.distill.crossfit import teacher_jobs, train_probs_jobs

    jobs = teacher_jobs([2], Path("runs/crossfit/mpnet-e2"), kind="mpnet", epochs=2, init="runs/models/m")
    assert [j.id for j in jobs] == [f"mpnet-set2-fold{f}" for f in range(5)]
    assert all(Path(j.out).parts[-3:] == ("mpnet", "set-2", f"fold-{f}") for f, j in enumerate(jobs))
    assert all(j.kwargs["init"] == "runs/models/m" and j.kwargs["epochs"] == 2 for j in jobs)
    assert train_probs_jobs([2], Path("runs/crossfit/none-such"), kind="mpnet") == []   # no trained fold, no job


def test_a_teacher_given_the_scoring_key_carries_it_and_never_passes_for_a_finished_plain_one(tmp_path):
    import json
    from pathlib import Path

    import pytest

    from grader_app.distill.cli import build_parser, main
    from grader_app.distill.common import DistillError
    from grader_app.distill.crossfit import cli_jobs

    parse = build_parser().parse_args
    plain_out, key_out = str(tmp_path / "minilm-e5"), str(tmp_path / "minilm-e5-key")
    keyed = cli_jobs(parse(["crossfit-teacher", "--sets", "1,5", "--context", "key", "--epochs", "5",
                            "--max-length", "192", "--out", key_out]))
    assert [j.id for j in keyed] == [f"minilm-set{s}-fold{f}" for s in (1, 5) for f in range(5)]
    assert all(j.kwargs["context"] == "key" and j.kwargs["max_length"] == 192 for j in keyed)
    plain = cli_jobs(parse(["crossfit-teacher", "--sets", "1", "--epochs", "5", "--out", plain_out]))
    assert all("context" not in j.kwargs for j in plain)   # finished plain jobs keep their recorded arguments

    # a finished plain fold teacher: asking for the key in its folder is refused before any job runs
    done = Path(plain[0].out)
    done.mkdir(parents=True)
    (done / "done.json").write_text(json.dumps({"job": {"kwargs": plain[0].kwargs}}))
    assert len(cli_jobs(parse(["crossfit-teacher", "--sets", "1", "--epochs", "5", "--out", plain_out]))) == 5
    with pytest.raises(DistillError, match="context: None there, key asked"):
        cli_jobs(parse(["crossfit-teacher", "--sets", "1", "--epochs", "5", "--context", "key", "--out", plain_out]))
    assert main(["crossfit-teacher", "--sets", "1", "--epochs", "3", "--out", plain_out]) == 2   # epochs differ
    assert not (Path(plain_out) / "minilm" / "set-1" / "fold-1").exists()
