"""``grader-distill own``: your own question's scored and unscored answers with a teacher's (an LLM's) soft labels.

The file checks need no torch; the last test trains, cross-validates and bundles for real (one thread, a small
sweep) and scores with the bundle through the app's loader, Scorer and ``grader score``.
"""
from __future__ import annotations

import csv
import json
import random

import numpy as np
import pytest

from grader_app.distill.cli import main
from grader_app.distill.softlabels import text_hash

GOOD = "density lower hydrogen bonds lattice open structure expands less dense molecules".split()
MID = "cold water ice floats because light frozen".split()
BAD = "gravity dunno cream like fish boat summer blue".split()


def _answer(rng, score):
    pool = (BAD, MID, GOOD)[score]
    return " ".join(rng.choice(pool) for _ in range(rng.randint(4, 9))).capitalize() + "."


def _probs(rng, score):
    p = np.array([rng.random() * 0.2 for _ in range(3)])
    p[score] += 1.0
    return p / p.sum()


@pytest.fixture
def files(tmp_path):
    """60 scored and 30 unscored answers, and soft labels for all 90 (rows in another order than the answers)."""
    rng = random.Random(3)
    scored = [(f"S{i:03d}", _answer(rng, i % 3), i % 3) for i in range(60)]
    unscored = [(f"U{i:03d}", _answer(rng, i % 3), i % 3) for i in range(30)]
    with open(tmp_path / "scored.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "answer", "score"])
        w.writerows(scored)
    with open(tmp_path / "unscored.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "answer"])
        w.writerows([r[:2] for r in unscored])
    probs = {rid: _probs(rng, s) for rid, _, s in scored + unscored}
    texts = {rid: t for rid, t, _ in scored + unscored}
    order = sorted(probs, reverse=True)
    return {"dir": tmp_path, "probs": probs, "texts": texts, "order": order}


def _labels(f, name, rows=None, header=None, hashes=False):
    """Write soft labels (rows: [id, p...]) as CSV; by default the good ones."""
    if rows is None:
        rows = [[rid] + [f"{x:.6f}" for x in f["probs"][rid]] for rid in f["order"]]
    if hashes:
        rows = [[r[0], text_hash(f["texts"].get(r[0], ""))] + r[1:] for r in rows]
    k = len(rows[0]) - (2 if hashes else 1)
    header = header or (["id"] + (["sha256"] if hashes else []) + [f"p_{c}" for c in range(k)])
    path = f["dir"] / name
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _own(f, labels, *more):
    d = f["dir"]
    return main(["own", "--scored", str(d / "scored.csv"), "--unscored", str(d / "unscored.csv"),
                 "--id-column", "student_id", "--soft-labels", str(labels), *more])


def test_check_accepts_good_files_and_says_what_it_found(files, capsys):
    assert _own(files, _labels(files, "llm.csv"), "--check") == 0
    out = capsys.readouterr().out
    assert "60 scored answers (0: 20, 1: 20, 2: 20), 30 unscored" in out
    assert "p_0 is 0" in out and "matched by id" in out


def test_soft_labels_are_matched_by_id_not_by_row(files):
    from grader_app.distill.own_data import load_own

    d = files["dir"]
    data = load_own(d / "scored.csv", _labels(files, "llm.csv"), d / "unscored.csv", id_column="student_id")
    for ans, p in ((data.scored, data.p_scored), (data.unscored, data.p_unscored)):
        want = np.array([files["probs"][i] for i in ans.ids])
        np.testing.assert_allclose(p, want, atol=1e-5)
    assert data.scored.scores[:3] == [0, 1, 2] and data.labels == [0, 1, 2]


def _refusal(files, capsys, labels, *more):
    assert _own(files, labels, "--check", *more) == 2
    return capsys.readouterr().err


def test_missing_rows_are_refused_with_the_count_and_ids(files, capsys):
    rows = [[rid] + list(files["probs"][rid]) for rid in files["order"] if rid not in ("S010", "U005")]
    err = _refusal(files, capsys, _labels(files, "l.csv", rows))
    assert "no soft labels for 1 of the 60 scored answers (ids S010)" in err


def test_rows_of_no_answer_are_refused_not_dropped(files, capsys):
    rows = [[rid] + list(files["probs"][rid]) for rid in files["order"]] + [["S999", 0.2, 0.3, 0.5]]
    err = _refusal(files, capsys, _labels(files, "l.csv", rows))
    assert "1 row(s) whose id is in neither answers file (ids S999)" in err


def test_ids_written_differently_are_said_to_be_so(files, capsys):
    rows = [["x" + rid if rid == "S001" else rid] + list(files["probs"][rid]) for rid in files["order"]]
    err = _refusal(files, capsys, _labels(files, "l.csv", rows))
    assert "(ids S001), and 1 of its rows have ids in neither answers file (ids xS001)" in err


def test_an_extra_score_point_names_the_scores_option(files, capsys):
    rows = [[rid] + list(files["probs"][rid]) + [0.0] for rid in files["order"]]
    path = _labels(files, "four.csv", rows)
    err = _refusal(files, capsys, path)
    assert "gives 4 probabilities per answer" in err and "--scores 0,1,2,3" in err
    assert _own(files, path, "--check", "--scores", "0,1,2,3") == 0
    assert "3: 0" in capsys.readouterr().out


def test_too_few_probabilities_are_refused(files, capsys):
    rows = [[rid, p[0] + p[1], p[2]] for rid in files["order"] for p in [files["probs"][rid]]]
    err = _refusal(files, capsys, _labels(files, "two.csv", rows))
    assert "gives 2 probabilities per answer" in err and "has 3 points (0, 1, 2" in err


def test_rows_that_do_not_sum_to_one_are_refused(files, capsys):
    rows = [[rid] + list(files["probs"][rid] * (0.8 if rid == "U003" else 1)) for rid in files["order"]]
    err = _refusal(files, capsys, _labels(files, "l.csv", rows))
    assert "answer id U003" in err and "not 1" in err


def test_an_id_in_both_answer_files_is_refused(files, capsys):
    d = files["dir"]
    with open(d / "unscored.csv", "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerow(["S004", "again"])
    err = _refusal(files, capsys, _labels(files, "l.csv"))
    assert "1 id(s) are in both answers files (S004)" in err


def test_a_scored_row_without_a_score_is_refused_with_its_row(files, capsys):
    path = files["dir"] / "scored.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].rsplit(",", 1)[0] + ","
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _refusal(files, capsys, _labels(files, "l.csv"))
    assert "scored.csv row 6 (id S004) has no score" in err


def test_a_wrong_column_name_lists_the_columns(files, capsys):
    d = files["dir"]
    assert main(["own", "--scored", str(d / "scored.csv"), "--soft-labels", str(_labels(files, "l.csv")),
                 "--check"]) == 2
    assert "has no column 'id' (its columns: student_id, answer, score); name the right one with --id-column" \
        in capsys.readouterr().err


def test_hashes_are_checked_where_given(files, capsys):
    assert _own(files, _labels(files, "h.csv", hashes=True), "--check") == 0
    assert "90 text hashes checked" in capsys.readouterr().out
    files["texts"]["U007"] = "another answer"
    err = _refusal(files, capsys, _labels(files, "bad.csv", hashes=True))
    assert "the sha256 of answer id U007 does not match" in err


@pytest.mark.distill
def test_own_cross_validates_and_writes_a_bundle_the_app_scores_with(files, capsys):
    import torch

    torch.set_num_threads(1)
    from grader_app.bundles import read_bundle
    from grader_app.cli import run_cli
    from grader_app.scoring import Scorer

    out = files["dir"] / "out"
    (out / "cv" / "fold-0").mkdir(parents=True)   # what a run stopped in its cross-validation leaves
    (out / "cv" / "fold-0" / "student.json").write_text("{}", encoding="utf-8")
    assert _own(files, _labels(files, "llm.csv"), "--folds", "2", "--quick", "--arch", "linear",
                "--title", "Why ice floats", "--question", "Why does ice float?", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "cross-validated (2 folds, 60 answers), each fold scored by the rule chosen on the other folds" in said
    report = json.loads((out / "own.json").read_text(encoding="utf-8"))
    cv = report["cross_validation"]
    assert [r["n"] for r in cv["per_fold"]] == [30, 30] and cv["n"] == 60
    assert 0 <= cv["kd"]["accepted_share"] <= 1 and -1 <= cv["kd"]["qwk_mean"] <= 1
    assert sorted(p.name for p in out.iterdir()) == ["own.json", "student-hard.gradebundle", "student-kd.gradebundle"]

    bundle = read_bundle(out / "student-kd.gradebundle")
    assert bundle.id == "why-ice-floats" and bundle.labels == [0, 1, 2]
    assert bundle.manifest["item"]["prompt"] == "Why does ice float?"
    metrics = bundle.manifest["metrics"]
    assert metrics["cross_validation"]["qwk"] == round(cv["kd"]["qwk_mean"], 4)
    assert metrics["student"]["cross_validated"] is True and metrics["split"].startswith("2-fold cross-validation")
    # the temperature and threshold come from the out-of-fold predictions of all 60 scored answers, not of a fifth
    assert bundle.manifest["review"]["n"] == 60 and "out-of-fold" in bundle.manifest["review"]["method"]
    assert report["bundle"]["bundles"]["kd"]["threshold"] == bundle.manifest["review"]["threshold"]
    assert "trained on all 60 scored answers" in bundle.manifest["provenance"]["model"]
    probs = Scorer(bundle, threads=1).predict_proba(["Hydrogen bonds make an open lattice, less dense.",
                                                     "gravity dunno fish"])
    assert probs.shape == (2, 3) and probs[0].argmax() == 2 and probs[1].argmax() == 0

    graded = files["dir"] / "graded.csv"
    assert run_cli(["score", str(files["dir"] / "unscored.csv"), "--bundle", str(out / "student-kd.gradebundle"),
                        "--out", str(graded), "--quiet"]) == 0
    with open(graded, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 30 and all(r["model_score"] in ("0", "1", "2") for r in rows)


def test_the_teachers_agreement_is_said(files, capsys):
    assert _own(files, _labels(files, "llm.csv"), "--check") == 0
    out = capsys.readouterr().out
    assert "the teacher's most probable score against yours on the scored answers: QWK 1.000, 100% the same" in out


def test_probability_columns_in_reverse_order_are_refused(files, capsys):
    """An LLM asked for "2, 1, 0" writes p_0 for the highest score: read as given, a student would learn the scale
    upside down (it trained without a word before)."""
    rows = [[rid] + list(files["probs"][rid][::-1]) for rid in files["order"]]
    err = _refusal(files, capsys, _labels(files, "reversed.csv", rows))
    assert "disagree with yours (QWK -1.00)" in err and "reverse the probability columns" in err


def test_training_needs_a_title_not_the_files_name(files, capsys):
    """Without --title the bundle was called after the scored file ('scored', id 'scored'): every bundle made from
    a file of that name would share one id, and the later would replace the earlier in a teacher's models."""
    out = files["dir"] / "out"
    assert _own(files, _labels(files, "llm.csv"), "--folds", "0", "--out", str(out)) == 2
    assert "give the bundle a --title" in capsys.readouterr().err
    assert not out.exists()


def test_labels_of_unscored_answers_without_their_file_point_to_unscored(files, capsys):
    d = files["dir"]
    assert main(["own", "--scored", str(d / "scored.csv"), "--id-column", "student_id",
                 "--soft-labels", str(_labels(files, "llm.csv")), "--check"]) == 2
    assert "30 row(s) whose id is in neither answers file (ids U029, U028, U027, …); give the unscored answers " \
           "with --unscored FILE" in capsys.readouterr().err


def test_an_out_that_is_a_file_is_refused_in_a_sentence(files, capsys):
    labels = _labels(files, "llm.csv")
    assert _own(files, labels, "--title", "Ice", "--out", str(labels)) == 2
    assert "is a file; give a folder (new or empty) for the bundles" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["label", "student"])
def test_the_essay_set_commands_point_to_own(command, capsys):
    """label --check and student ask for an ASAP-SAS --set; their help sends your own question's data to own."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "grader-distill own" in " ".join(capsys.readouterr().out.split()).replace("grader- distill", "grader-distill")


def test_without_cross_validation_the_bundle_says_its_figures_are_a_fifths(files, capsys):
    import torch

    torch.set_num_threads(1)
    from grader_app.bundles import read_bundle

    out = files["dir"] / "out"
    assert _own(files, _labels(files, "llm.csv"), "--folds", "0", "--quick", "--arch", "linear",
                "--title", "Why ice floats", "--out", str(out)) == 0
    assert "--folds 0: no cross-validation; the bundle is trained on four fifths" in capsys.readouterr().out
    for role in ("kd", "hard"):
        m = read_bundle(out / f"student-{role}.gradebundle").manifest
        assert m["review"]["n"] == 12 and m["metrics"]["student"]["cross_validated"] is False
        assert m["metrics"]["split"].startswith("not cross-validated (--folds 0)")
    assert json.loads((out / "own.json").read_text(encoding="utf-8"))["cross_validation"] is None


def test_out_of_fold_routing_takes_nothing_where_no_threshold_qualified():
    """A threshold of 1.0 takes nothing in the app, even an answer whose confidence rounds to 1.0; the out-of-fold
    count own reports (crossfit_vocab.route_oof) takes nothing either where the other folds qualified no threshold."""
    from grader_app.distill.crossfit_vocab import route_oof

    y = np.array([0, 1, 2] * 40)
    folds = np.arange(120) % 2
    logits = np.zeros((120, 3))
    logits[np.arange(120), (y + 1) % 3] = 60.0   # sure of it (1.0 once rounded), and wrong every time
    assert route_oof(logits, y, folds, 2)["n_auto"] == 0
    logits[np.arange(120), (y + 1) % 3] = 0.0
    logits[np.arange(120), y] = 5.0              # fairly sure of it, and right every time: 60 right on each side
    assert route_oof(logits, y, folds, 2)["n_auto"] == 120


def test_an_out_folder_with_other_files_is_refused_and_they_are_named(files, capsys):
    out = files["dir"] / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert _own(files, _labels(files, "llm.csv"), "--title", "Ice", "--out", str(out)) == 2
    assert "holds files own does not write (notes.txt)" in capsys.readouterr().err
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
