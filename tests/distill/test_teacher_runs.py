"""Which MiniLM teacher runs a distilled student learns from (eleventh amendment): the two-run mean is taken only
where both runs are done and it validates better on the fold teachers' inner splits, rebuilt here and checked
against what each run recorded. Invented teacher folders on an invented essay set; no torch."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from test_crossfit_baseline import invented_set  # noqa: E402,F401


def _runs(root, wrong: dict, k: int = 5, recorded_shift: float = 0.0, sure: float = 5.0):
    """Fold teachers of set 7 under ``root`` (three-epoch), ``root/minilm-e5`` and, where ``wrong`` names it,
    ``root/minilm-e5-s2`` (the second seed), each fold's inner-split logits right (logit 4) except on the rows
    ``wrong[run]`` picks (logit ``sure`` on a wrong score there)."""
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill.crossfit import fold_of, inner_valid_mask, set_frame

    df = set_frame(7)
    folds = fold_of(df, 7, k)
    runs = {"three": root, "five": root / "minilm-e5", "seed2": root / "minilm-e5-s2", "mpnet": root / "mpnet-e2",
            "mpnet5": root / "mpnet-e5-lr3", "key": root / "minilm-e5-key"}
    for run, base in ((r, b) for r, b in runs.items() if r in wrong):
        for f in range(k):
            rest = df[folds != f].reset_index(drop=True)
            y = rest["Score1"][inner_valid_mask(rest, f)].to_numpy()
            logits = np.eye(3)[y] * 4.0
            for i in wrong[run](len(y)):
                logits[i] = np.eye(3)[(y[i] + 2) % 3] * sure
            kind = "mpnet" if run.startswith("mpnet") else "minilm"
            d = base / kind / "set-7" / f"fold-{f}"
            (d / "model").mkdir(parents=True)
            np.save(d / "model" / "valid_logits.npy", logits.astype(np.float32))
            q = quadratic_weighted_kappa(y, logits.argmax(1), labels=[0, 1, 2]) + recorded_shift
            (d / "done.json").write_text(json.dumps({"inner_valid": {"valid_qwk": q}}))
            t = base / f"{kind}-train" / "set-7" / f"fold-{f}"
            t.mkdir(parents=True)
            (t / "done.json").write_text("{}")


def test_the_two_run_mean_is_taken_where_it_validates_better_than_the_standing_pick(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, mean_run_inner_qwk, teacher_root, teacher_roots

    root = tmp_path / "crossfit"
    # the five-epoch run errs on the first three rows, the three-epoch run on three other rows (and more often):
    # averaging a confident wrong logit with a confident right one leaves the wrong one ahead, so the mean is no better
    _runs(root, {"three": lambda n: range(3, 7), "five": lambda n: range(3)})
    assert teacher_root(7, root) == root / "minilm-e5"
    qwk = mean_run_inner_qwk([root, root / "minilm-e5"], 7)
    assert len(qwk) == 5 and all(0 < q < 1 for q in qwk)
    assert teacher_roots(7, root) == [root / "minilm-e5"]
    assert describe("minilm+tfidf-lr", [root / "minilm-e5"]) == "minilm+tfidf-lr (five-epoch MiniLM)"


def test_two_runs_that_disagree_unsurely_average_to_a_better_teacher(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_root, teacher_roots

    root = tmp_path / "crossfit"
    # each run wrong on a quarter of its split, on other rows, and unsure where it is wrong: in the mean the other
    # run's sure right score wins
    _runs(root, {"three": lambda n: range(0, n, 4), "five": lambda n: range(2, n, 4)}, sure=1.0)
    assert teacher_roots(7, root) == [root, root / "minilm-e5"]
    assert teacher_roots(7, root, two_runs=False) == [teacher_root(7, root)]
    assert describe("minilm+tfidf-lr", [root, root / "minilm-e5"]).endswith("(three- and five-epoch MiniLM)")
    assert describe("tfidf-lr", [root]) == "tfidf-lr"


def test_inner_predictions_that_do_not_match_their_recorded_qwk_are_refused(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import mean_run_inner_qwk, teacher_roots

    root = tmp_path / "crossfit"
    _runs(root, {"three": lambda n: range(2), "five": lambda n: range(1)}, recorded_shift=0.01)
    with pytest.raises(ValueError, match="do not match the inner split"):
        mean_run_inner_qwk([root, root / "minilm-e5"], 7)
    (root / "minilm-e5" / "minilm-train" / "set-7" / "fold-4" / "done.json").unlink()
    assert teacher_roots(7, root) == [root]          # one run unfinished: the standing rule alone, nothing read


def test_a_second_seed_is_taken_only_where_the_two_seeds_validate_better_than_the_runs_chosen_before(
        invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    # the three-epoch run errs often (the two-run mean loses), the two five-epoch seeds each err unsurely on other rows
    _runs(root, {"three": lambda n: range(0, n, 2), "five": lambda n: range(0, n, 4), "seed2": lambda n: range(2, n, 4)},
          sure=1.0)
    seeds = [root / "minilm-e5", root / "minilm-e5-s2"]
    assert teacher_roots(7, root) == seeds
    assert describe("minilm+tfidf-lr", seeds) == "minilm+tfidf-lr (five-epoch MiniLM, two seeds)"
    assert teacher_roots(7, root, two_runs=False) == [root / "minilm-e5"]
    (root / "minilm-e5-s2" / "minilm-train" / "set-7" / "fold-2" / "done.json").unlink()
    assert teacher_roots(7, root) == [root / "minilm-e5"]       # the second seed unfinished: as before it


def test_a_second_seed_that_errs_on_the_same_answers_adds_nothing(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import teacher_roots

    root = tmp_path / "crossfit"
    _runs(root, {"three": lambda n: range(0, n, 2), "five": lambda n: range(0, n, 4), "seed2": lambda n: range(0, n, 4)})
    assert teacher_roots(7, root) == [root / "minilm-e5"]       # the same errors: a tie keeps the earlier choice


def test_an_mpnet_run_that_validates_better_alone_replaces_the_minilm_pick(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    # the five-epoch MiniLM errs surely on every fourth answer, mpnet surely on one: mpnet alone validates best
    _runs(root, {"five": lambda n: range(0, n, 4), "mpnet": lambda n: range(1)})
    assert teacher_roots(7, root) == [root / "mpnet-e2"]
    assert describe("minilm+tfidf-lr", [root / "mpnet-e2"]) == "mpnet+tfidf-lr (two-epoch mpnet)"
    assert teacher_roots(7, root, two_runs=False) == [root / "minilm-e5"]
    (root / "mpnet-e2" / "mpnet-train" / "set-7" / "fold-0" / "done.json").unlink()
    assert teacher_roots(7, root) == [root / "minilm-e5"]       # mpnet's in-fold predictions unfinished: not a candidate


def test_mpnet_is_averaged_with_the_minilm_pick_where_the_mean_validates_best(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    # each errs unsurely on a quarter of the split, on other rows: the mean beats either alone
    _runs(root, {"five": lambda n: range(0, n, 4), "mpnet": lambda n: range(2, n, 4)}, sure=1.0)
    both = [root / "minilm-e5", root / "mpnet-e2"]
    assert teacher_roots(7, root) == both
    assert describe("minilm+tfidf-lr", both) == "minilm+tfidf-lr (five-epoch MiniLM and two-epoch mpnet)"


def test_an_mpnet_run_no_better_than_the_minilm_pick_is_not_taken(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import teacher_roots

    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: range(0, n, 4), "mpnet": lambda n: range(0, n, 2)})
    assert teacher_roots(7, root) == [root / "minilm-e5"]


def test_an_mpnet_run_folder_holds_mpnet_teachers():
    from pathlib import Path

    from grader_app.distill.crossfit import teacher_kind

    assert teacher_kind(Path("runs/crossfit/mpnet-e2")) == "mpnet"
    assert teacher_kind(Path("runs/crossfit/minilm-e5")) == "minilm"
    assert teacher_kind(Path("runs/crossfit")) == "minilm"


def test_a_run_given_the_scoring_key_is_weighed_like_mpnet_alone_and_averaged(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    # the five-epoch run and the keyed run each err unsurely on a quarter of the split, on other rows: their mean wins
    _runs(root, {"five": lambda n: range(0, n, 4), "key": lambda n: range(2, n, 4)}, sure=1.0)
    both = [root / "minilm-e5", root / "minilm-e5-key"]
    assert teacher_roots(7, root) == both
    assert describe("minilm+tfidf-lr", both) == \
        "minilm+tfidf-lr (five-epoch MiniLM and five-epoch MiniLM given the scoring key)"
    assert describe("minilm+tfidf-lr", [root / "minilm-e5", root / "minilm-e5-s2", root / "minilm-e5-key"]) == \
        "minilm+tfidf-lr (five-epoch MiniLM, two seeds and five-epoch MiniLM given the scoring key)"
    (root / "minilm-e5-key" / "minilm-train" / "set-7" / "fold-3" / "done.json").unlink()
    assert teacher_roots(7, root) == [root / "minilm-e5"]     # its in-fold predictions unfinished: not a candidate


def test_a_keyed_run_that_validates_best_alone_replaces_the_pick_and_a_worse_one_is_not_taken(
        invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    _runs(root, {"five": lambda n: range(0, n, 4), "key": lambda n: range(1)})
    assert teacher_roots(7, root) == [root / "minilm-e5-key"]
    assert describe("minilm+tfidf-lr", [root / "minilm-e5-key"]) == \
        "minilm+tfidf-lr (five-epoch MiniLM given the scoring key)"
    worse = tmp_path / "worse"
    _runs(worse, {"five": lambda n: range(0, n, 4), "key": lambda n: range(0, n, 2)})
    assert teacher_roots(7, worse) == [worse / "minilm-e5"]


def test_the_five_epoch_mpnet_run_is_weighed_like_mpnet_alone_and_averaged(invented_set, tmp_path):  # noqa: F811
    from grader_app.distill.teacher_runs import describe, teacher_roots

    root = tmp_path / "crossfit"
    # twenty-sixth amendment: better alone replaces the pick ...
    _runs(root, {"five": lambda n: range(0, n, 4), "mpnet5": lambda n: range(1)})
    assert teacher_roots(7, root) == [root / "mpnet-e5-lr3"]
    assert describe("minilm+tfidf-lr", [root / "mpnet-e5-lr3"]) == "mpnet+tfidf-lr (five-epoch mpnet)"
    (root / "mpnet-e5-lr3" / "mpnet-train" / "set-7" / "fold-2" / "done.json").unlink()
    assert teacher_roots(7, root) == [root / "minilm-e5"]       # its in-fold predictions unfinished: not a candidate
    # ... the mean with the pick is taken where it validates best ...
    mean = tmp_path / "mean"
    _runs(mean, {"five": lambda n: range(0, n, 4), "mpnet5": lambda n: range(2, n, 4)}, sure=1.0)
    both = [mean / "minilm-e5", mean / "mpnet-e5-lr3"]
    assert teacher_roots(7, mean) == both
    assert describe("minilm+tfidf-lr", both) == "minilm+tfidf-lr (five-epoch MiniLM and five-epoch mpnet)"
    # ... and a worse run is not taken
    worse = tmp_path / "worse"
    _runs(worse, {"five": lambda n: range(0, n, 4), "mpnet5": lambda n: range(0, n, 2)})
    assert teacher_roots(7, worse) == [worse / "minilm-e5"]


def test_a_teachers_members_are_read_from_its_name_mpnet_alone_included(tmp_path):
    from grader_app.distill.feature_teacher import NAME
    from grader_app.distill.teacher_runs import MPNET5, describe, members

    root = tmp_path / "crossfit"
    mpnet_alone = describe(f"minilm+tfidf-lr+{NAME}", [root / MPNET5])
    assert mpnet_alone == "mpnet+tfidf-lr+feature-lr (five-epoch mpnet)"
    assert members(mpnet_alone) == ("runs", "tfidf-lr", "feature-lr")   # set 5's teacher: mpnet was left out before
    assert members(describe("minilm+tfidf-lr", [root, root / "minilm-e5"])) == ("runs", "tfidf-lr")
    assert members(describe("minilm+tfidf-lr", [root / "minilm-e5", root / MPNET5])) == ("runs", "tfidf-lr")
    assert members(f"tfidf-lr+{NAME}") == ("tfidf-lr", "feature-lr")    # judged best without the runs
    assert members("tfidf-lr") == ("tfidf-lr",)


def test_a_manifest_record_that_left_the_runs_out_is_told_apart():
    """Set 5's shipped manifest records its mpnet teacher's figure measured without the mpnet runs (the bug fixed in
    the fifth session); records written since list their members, and MiniLM names were never affected."""
    from grader_app.bundles import read_bundle
    from grader_app.distill.teacher_runs import record_measured_its_members
    from grader_app.paths import bundled_models_dir

    mpnet = "mpnet+tfidf-lr+feature-lr (five-epoch mpnet)"
    assert not record_measured_its_members({"model": mpnet, "qwk": 0.7731})
    assert record_measured_its_members({"model": mpnet, "qwk": 0.79, "members": ["runs", "tfidf-lr", "feature-lr"]})
    assert record_measured_its_members({"model": "minilm+tfidf-lr (three- and five-epoch MiniLM)", "qwk": 0.8})
    assert record_measured_its_members({"model": "tfidf-lr+feature-lr", "qwk": 0.77})
    shipped = read_bundle(bundled_models_dir() / "asap-sas-5.gradebundle").manifest["metrics"]["teacher"]
    if shipped.get("model", "").startswith("mpnet") and "members" not in shipped:
        assert not record_measured_its_members(shipped)


def test_a_teacher_s_name_gives_back_the_runs_it_took_whatever_the_rule_picks_today(tmp_path):
    """Set 5's teacher figure could not be measured where a run the rule had weighed it against was gone: the runs a
    student learned from are the ones its teacher's name says (every list the rule can pick, named and read back)."""
    from grader_app.distill.teacher_runs import describe, possible_roots, roots_named

    root = tmp_path / "crossfit"
    lists = possible_roots(root)
    assert [root / "mpnet-e5-lr3"] in lists and [root / "minilm-e5", root / "mpnet-e5-lr3"] in lists
    for runs in lists:
        for base in ("minilm+tfidf-lr", "minilm+tfidf-lr+feature-lr"):
            assert roots_named(describe(base, runs), root) == runs, describe(base, runs)
    # set 5's installed teacher: the five-epoch mpnet runs alone, none of the runs on disk consulted
    assert roots_named("mpnet+tfidf-lr+feature-lr (five-epoch mpnet)", root) == [root / "mpnet-e5-lr3"]
    assert roots_named("tfidf-lr+feature-lr", root) == []
    with pytest.raises(ValueError, match="names no list of teacher runs"):
        roots_named("minilm+tfidf-lr (nine-epoch MiniLM)", root)


def test_mpnet_runs_alone_on_a_machine_are_the_pick_not_a_type_error(invented_set, tmp_path):  # noqa: F811
    """Set 5 restored from teacher_outputs/ has its mpnet runs only: the standing rule's pick (the MiniLM folder) has
    no finished runs, and weighing mpnet against it stopped in _inner_mean on None (grader-distill
    crossfit-hashed-distilled --sets 5 after teacher-outputs --restore)."""
    from grader_app.distill.teacher_runs import teacher_roots

    root = tmp_path / "crossfit"
    _runs(root, {"mpnet5": lambda n: range(1)})
    assert teacher_roots(7, root) == [root / "mpnet-e5-lr3"]
    nothing = tmp_path / "nothing"
    assert teacher_roots(7, nothing) == [nothing]     # no run finished: the standing rule's folder, as before
