"""The eighteenth amendment: the distilled and augmented pair kinds' teacher is the candidate whose students score
highest on the MiniLM fold teachers' inner splits. On an invented set with invented MiniLM fold teachers: a teacher
confidently wrong on the unscored answers is judged below the TF-IDF teacher and does not teach; the judgement is kept
once per set and refused when the runs it judged changed; the kinds learn from whichever candidate it took, including
one the fifteenth amendment's rule would not. Nineteenth: the augmented kinds' teacher is judged with the augmented
pair's student, which never learns a copy of an answer it is scored on. scikit-learn only; no torch."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("sklearn")

from test_crossfit_baseline import WORDS, invented_set  # noqa: E402,F401
from test_feature_teacher import _with_probabilities  # noqa: E402
from test_teacher_runs import _runs  # noqa: E402

from grader_app.distill import teacher_judge as tj  # noqa: E402


def _more_unscored(n: int = 300) -> dict[str, int]:
    """Replace the invented set's unscored answers with ``n`` answers written like its scored ones; each one's score
    by the words it uses."""
    data = Path(os.environ["GRADER_SHARED_DATA"]) / "asap_sas"
    rng = np.random.default_rng(11)
    rows, score = [], {}
    for i in range(n):
        s = i % 3
        rows.append({"Id": 20000 + i, "EssaySet": 7, "EssayText": f"{rng.choice(['so', 'well', 'i think'])} "
                                                                  f"{rng.choice(WORDS[s])}"})
        score[str(20000 + i)] = s
    pd.DataFrame(rows).to_csv(data / "unlabeled_private_leaderboard.tsv", sep="\t", index=False)
    return score


def _minilm_wrong_on_unscored(run: Path, score: dict[str, int]) -> None:
    """Each fold teacher under ``run`` sure (0.97) of a wrong score for every unscored answer."""
    for f in range(5):
        path = run / "minilm" / "set-7" / f"fold-{f}" / "probs.npz"
        z = {name: np.array(v) for name, v in np.load(path).items()}
        for j, (i, part) in enumerate(zip(z["ids"], z["part"])):
            if part == "transfer":
                s = score[str(i)]
                z["probs"][j] = np.eye(3)[(s + 1) % 3] * 0.95 + 0.05 / 3
        np.savez(path, **z)


def _rankings() -> dict:
    """A pool of one set whose rankings put each half's first configuration first on every split."""
    from grader_app.distill.crossfit_hashed_pair import halves
    from grader_app.distill.crossfit_hashed_pooled import FINAL

    def table(n):
        return [[1.0, 1.0]] + [[0.0, 0.0]] * (n - 1)
    return {7: {"grids": {fam.kind: "one grid" for fam in halves()},
                "scores": {fam.kind: {split: table(len(fam.grid)) for split in [*map(str, range(5)), FINAL]}
                           for fam in halves()}}}


@pytest.fixture
def minilm_wrong_on_unscored(invented_set, tmp_path):  # noqa: F811
    """Five-epoch MiniLM fold teachers of set 7, sound on their inner splits, sure of a wrong score on every one of
    300 unscored answers."""
    score = _more_unscored()
    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: []})
    _with_probabilities(root / "minilm-e5", wrong_rate=0.0)
    _minilm_wrong_on_unscored(root / "minilm-e5", score)
    return root


def test_a_teacher_sure_of_wrong_scores_on_the_unscored_answers_is_judged_below_tfidf(minilm_wrong_on_unscored):
    from grader_app.distill.crossfit import inner_split, set_data

    root = minilm_wrong_on_unscored
    d = set_data(7)
    verdict = tj.judge(7, d, 5, [root / "minilm-e5"], _rankings(), log=lambda m: None)
    assert set(verdict["inner"]) == set(tj.CANDIDATES) and all(len(q) == 5 for q in verdict["inner"].values())
    mean = verdict["mean"]
    assert mean[tj.TFIDF] > mean[tj.MINILM] + 0.05   # 300 wrong labels cost the student its inner QWK
    assert mean[tj.MINILM] < mean[tj.FEATURES] < mean[tj.TFIDF]   # two sound voices of three: less, not nothing
    assert verdict["taken"] == tj.TFIDF == max(verdict["mean"], key=verdict["mean"].get)
    for f in range(5):   # the students are scored on the MiniLM fold teacher's inner split, which they never learn
        train, valid = inner_split(d, f)
        assert not set(train) & set(valid) and not (d.folds[np.concatenate([train, valid])] == f).any()
        assert len(valid) == len(np.load(root / "minilm-e5" / "minilm" / "set-7" / f"fold-{f}" / "model" /
                                         "valid_logits.npy"))


def test_a_candidate_s_labels_are_its_fold_teachers_fitted_without_the_inner_split(minilm_wrong_on_unscored):
    from grader_app.distill import feature_teacher
    from grader_app.distill.crossfit import inner_split, set_data
    from grader_app.distill.crossfit_student import _tfidf_model

    root = minilm_wrong_on_unscored
    d = set_data(7)
    train, _ = inner_split(d, 2)
    labels = tj.candidate_labels(7, d, 2, [root / "minilm-e5"], train)
    tfidf = _tfidf_model().fit([d.texts[i] for i in train], d.y[train]).predict_proba(d.transfer)
    feature = feature_teacher.for_set(7, 3).fit([d.texts[i] for i in train], d.y[train]).predict_proba(d.transfer)
    minilm = 2 * labels[tj.MINILM] - labels[tj.TFIDF]
    assert np.allclose(labels[tj.TFIDF], tfidf) and np.allclose(labels[tj.FEATURES], (minilm + tfidf + feature) / 3)
    wrong = np.array([(s + 1) % 3 for s in (int(i) % 3 for i in d.transfer_df["Id"] - 20000)])
    assert (minilm.argmax(1) == wrong).all()   # fold 2's MiniLM as its probs.npz gives it


def test_the_judgement_is_kept_once_per_set_and_refused_for_other_runs(minilm_wrong_on_unscored, tmp_path,
                                                                        monkeypatch):
    from grader_app.distill.crossfit import set_data

    root, d, vocab = minilm_wrong_on_unscored, set_data(7), tmp_path / "vocab"
    first = tj.judged(vocab, 7, d, 5, [root / "minilm-e5"], _rankings(), log=lambda m: None)
    kept = json.loads((vocab / tj.FOLDER / "set-7" / "judge.json").read_text())
    assert kept == first and kept["roots"] == ["minilm-e5"] and kept["k"] == 5
    monkeypatch.setattr(tj, "judge", lambda *a, **kw: pytest.fail("a kept judgement is not made again"))
    assert tj.judged(vocab, 7, d, 5, [root / "minilm-e5"], _rankings()) == first
    _runs(root, {"three": lambda n: []})   # another MiniLM run now teaches: the kept judgement is not its
    with pytest.raises(ValueError, match="judged other MiniLM runs.*delete it"):
        tj.judged(vocab, 7, d, 5, [root, root / "minilm-e5"], _rankings())
    nothing = tj.judged(vocab, 7, d, 5, [tmp_path / "no-minilm"], _rankings())   # one candidate: nothing to judge
    assert nothing["taken"] == tj.TFIDF and nothing["inner"] == {}


@pytest.mark.parametrize("taken", [tj.TFIDF, tj.MINILM, tj.FEATURES])
def test_the_kinds_learn_from_the_candidate_judged_best_whatever_the_fifteenth_rule_says(minilm_wrong_on_unscored,
                                                                                         taken):
    from grader_app.distill import feature_teacher
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_hashed_distilled import _teachers, teacher_figures
    from grader_app.distill.crossfit_student import tfidf_crossfit

    root, d = minilm_wrong_on_unscored, set_data(7)
    roots = [root / "minilm-e5"]
    fifteenth, _, figures = _teachers(7, d, 5, roots)
    assert fifteenth == tj.MINILM and figures["taken"] is False   # sound on its inner split: features not taken
    judgement = {"taken": taken, "inner": {}, "mean": {}}
    name, per_fold, kept = _teachers(7, d, 5, roots, judgement=judgement)
    assert name == taken and kept is judgement and teacher_figures(kept, judgement) == {"teacher_judge": judgement}
    _, tfidf = tfidf_crossfit(d.texts, d.y, d.folds, d.transfer, 5, 3)
    from grader_app.distill.crossfit_vocab import minilm_transfer

    feature = feature_teacher.fold_probabilities(7, d, 5, d.transfer)
    for f in range(5):
        minilm = minilm_transfer(roots[0], 7, f, list(d.transfer_df["Id"]), 3)
        want = {tj.TFIDF: tfidf[f], tj.MINILM: (minilm + tfidf[f]) / 2, tj.FEATURES: (minilm + tfidf[f] + feature[f]) / 3}
        assert np.allclose(per_fold[f], want[taken], atol=1e-6)


def test_a_judgement_that_needs_minilm_is_refused_where_no_minilm_run_is_done(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_hashed_distilled import _teachers

    with pytest.raises(ValueError, match="needs MiniLM fold teachers"):
        _teachers(7, set_data(7), 5, [tmp_path / "none"], judgement={"taken": tj.MINILM})


def test_the_distilled_kind_records_the_judgement_and_learns_from_its_pick(minilm_wrong_on_unscored, tmp_path):
    from grader_app.distill.crossfit_hashed_distilled import cross_validate_distilled

    vocab = tmp_path / "vocab"
    res = cross_validate_distilled(7, _rankings(), root=minilm_wrong_on_unscored, log=lambda m: None, judge_in=vocab)
    assert res["teacher"] == tj.TFIDF and res["teacher_judge"]["taken"] == tj.TFIDF
    assert "feature_teacher_inner" not in res and (vocab / tj.FOLDER / "set-7" / "judge.json").is_file()
    before = cross_validate_distilled(7, _rankings(), root=minilm_wrong_on_unscored, log=lambda m: None)
    assert before["teacher"].startswith(tj.MINILM) and "teacher_judge" not in before   # the rule before it
    assert res["figures"]["qwk"] > before["figures"]["qwk"]   # the wrong teacher cost its student


# The nineteenth amendment: the augmented kinds' teacher is judged with the augmented pair's student, which also learns
# the candidate's labels of the two copies of every unscored answer and of every answer of the inner split's training
# part (never a copy of an inner-split answer).

def _copies_labelled(root: Path, score: dict[str, int], wrong: bool) -> None:
    """Fold teachers under ``root`` label the copies outside their fold, as the augmented kind's first stage writes
    them: sure (0.95) of the copy's own answer's score, or of a wrong one with ``wrong``."""
    from grader_app.distill.augmented_copies import augmented_set, label_dir
    from grader_app.distill.crossfit import set_data

    d = set_data(7)
    aug, source_fold = augmented_set(d)
    ids = list(d.transfer_df["Id"])
    truth = np.array([d.y[i] if i < len(d.texts) else score[str(ids[i - len(d.texts)])] for i in aug.source])
    said = (truth + 1) % 3 if wrong else truth
    for f in range(5):
        out = label_dir(root, 7, f)
        out.mkdir(parents=True)
        rows = np.flatnonzero(source_fold != f)
        np.savez_compressed(out / "aug_probs.npz", rows=rows,
                            probs=(np.eye(3)[said[rows]] * 0.999 + 0.001 / 3).astype(np.float32),
                            digest=np.array(aug.digest()))
        (out / "done.json").write_text("{}")


@pytest.fixture
def minilm_right_on_copies(invented_set, tmp_path):  # noqa: F811
    """Five-epoch MiniLM fold teachers of set 7, sound on their inner splits, sure of a wrong score on every one of
    300 unscored answers and of the right one on every copy they label."""
    score = _more_unscored()
    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: []})
    _with_probabilities(root / "minilm-e5", wrong_rate=0.0)
    _minilm_wrong_on_unscored(root / "minilm-e5", score)
    _copies_labelled(root / "minilm-e5", score, wrong=False)
    return root


def test_a_student_of_one_inner_split_learns_no_copy_of_an_answer_it_is_scored_on(invented_set):  # noqa: F811
    from grader_app.distill.augmented_copies import augmented_set
    from grader_app.distill.crossfit import inner_split, set_data

    d = set_data(7)
    aug, _ = augmented_set(d)
    n = len(d.texts)
    for f in range(5):
        train, valid = inner_split(d, f)
        kept = tj.learnable_copies(d, aug.source, train)
        sources = set(aug.source[kept].tolist())
        assert not sources & set(valid.tolist()) and not sources & set(np.flatnonzero(d.folds == f).tolist())
        wanted = set(train.tolist()) | set(range(n, n + len(d.transfer)))   # every other copy is learned
        assert sources == wanted & set(aug.source.tolist()) and len(kept) == np.isin(aug.source, list(wanted)).sum()


def test_the_copies_judgement_weighs_what_the_teacher_says_of_the_copies(minilm_right_on_copies):
    from grader_app.distill.crossfit import set_data

    roots, d = [minilm_right_on_copies / "minilm-e5"], set_data(7)
    without = tj.judge(7, d, 5, roots, _rankings(), log=lambda m: None)
    verdict = tj.judge_copies(7, d, 5, roots, _rankings(), log=lambda m: None)
    assert verdict["rule"] == "nineteenth amendment" and all(len(q) == 5 for q in verdict["inner"].values())
    assert without["mean"][tj.MINILM] < without["mean"][tj.TFIDF] - 0.05   # wrong on the unscored answers
    assert verdict["mean"][tj.MINILM] > without["mean"][tj.MINILM] + 0.05   # its right labels of the copies count
    assert verdict["mean"][tj.MINILM] >= verdict["mean"][tj.TFIDF] - 0.01
    assert verdict["taken"] == max(tj.CANDIDATES, key=lambda c: (verdict["mean"][c], -tj.CANDIDATES.index(c)))


def test_the_library_s_copies_judgement_reproduces_the_probe_that_proposed_it(minilm_right_on_copies, capsys):
    import importlib.util

    from grader_app.distill.crossfit import set_data

    spec = importlib.util.spec_from_file_location("student_probes", Path(__file__).parents[2] / "scripts" /
                                                  "student_probes.py")
    probes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probes)
    roots, d = [minilm_right_on_copies / "minilm-e5"], set_data(7)
    as_judged = tj.judge(7, d, 5, roots, _rankings(), log=lambda m: None)
    probe = probes.judge_with_copies(7, d, roots, _rankings(), as_judged)
    verdict = tj.judge_copies(7, d, 5, roots, _rankings(), log=lambda m: None)
    assert verdict["inner"] == probe and len(set(probe[tj.TFIDF]) | set(probe[tj.MINILM])) > 1
    assert "with copies" in capsys.readouterr().out


def test_a_copy_the_student_may_learn_but_no_minilm_labelled_is_refused(minilm_right_on_copies):
    from grader_app.distill.augmented_copies import label_dir
    from grader_app.distill.crossfit import set_data

    z = dict(np.load(label_dir(minilm_right_on_copies / "minilm-e5", 7, 3) / "aug_probs.npz"))
    np.savez_compressed(label_dir(minilm_right_on_copies / "minilm-e5", 7, 3) / "aug_probs.npz",
                        rows=z["rows"][1:], probs=z["probs"][1:], digest=z["digest"])   # fold 3 forgot one copy
    with pytest.raises(ValueError, match="fold 3.*not labelled by fold 3's MiniLM teacher.*crossfit-hashed-augmented"):
        tj.judge_copies(7, set_data(7), 5, [minilm_right_on_copies / "minilm-e5"], _rankings(), log=lambda m: None)


def test_the_augmented_kinds_learn_from_the_copies_judgement_kept_beside_the_eighteenth(minilm_right_on_copies,
                                                                                        tmp_path, monkeypatch):
    from grader_app.distill.crossfit import set_data
    from grader_app.distill.crossfit_hashed_augmented import cross_validate_augmented

    root, vocab, d = minilm_right_on_copies, tmp_path / "vocab", set_data(7)
    res = cross_validate_augmented(7, _rankings(), root=root, log=lambda m: None, judge_in=vocab)
    kept = json.loads((vocab / tj.FOLDER / "set-7" / "judge-copies.json").read_text())
    assert res["teacher_judge"] == kept and kept["rule"] == "nineteenth amendment" and kept["k"] == 5
    assert res["teacher"] == kept["taken"] and not (vocab / tj.FOLDER / "set-7" / "judge.json").exists()
    monkeypatch.setattr(tj, "judge_copies", lambda *a, **kw: pytest.fail("a kept judgement is not made again"))
    assert tj.judged(vocab, 7, d, 5, [root / "minilm-e5"], _rankings(), copies=True) == kept
    # the kinds learn what the kept judgement took: MiniLM + TF-IDF here, while the eighteenth's judgement (made with
    # the distilled pair, which sees the wrong labels of the unscored answers only) takes TF-IDF
    (vocab / tj.FOLDER / "set-7" / "judge-copies.json").write_text(json.dumps({**kept, "taken": tj.MINILM}))
    taught = cross_validate_augmented(7, _rankings(), root=root, log=lambda m: None, judge_in=vocab)
    eighteenth = cross_validate_augmented(7, _rankings(), root=root, log=lambda m: None, judge_in=vocab,
                                          with_copies=False)
    assert taught["teacher"] == f"{tj.MINILM} (five-epoch MiniLM)" and taught["teacher_judge"]["taken"] == tj.MINILM
    assert eighteenth["teacher"] == tj.TFIDF and eighteenth["teacher_judge"]["rule"] == "eighteenth amendment"
    _runs(root, {"three": lambda n: []})   # another MiniLM run now teaches: the kept judgement is not its
    with pytest.raises(ValueError, match="judged other MiniLM runs.*delete it"):
        tj.judged(vocab, 7, d, 5, [root, root / "minilm-e5"], _rankings(), copies=True)
