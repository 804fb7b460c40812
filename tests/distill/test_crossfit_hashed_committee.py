"""The hashed committee kind (installation rule, seventh amendment): the rule's choice, and the kind's whole path on
an invented essay set (cross-validated, bundled, installed by ``crossfit-vocab --install``, scored through the app's
own reader and Scorer, parity with its Python models). scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

pytest.importorskip("sklearn")

from grader_app.distill.crossfit_vocab import (HASHED_COMMITTEE_KIND, HASHED_PAIR_KIND, with_hashed_committee,  # noqa: E402
                                               with_hashed_pair)
from test_crossfit_baseline import _vocab, invented_set  # noqa: E402,F401  (set 7's cached students; its invented set)
from test_crossfit_hashed_lr import _kind  # noqa: E402


def test_the_seventh_amendment_installs_the_committee_only_where_it_has_the_best_cv_qwk():
    students = with_hashed_pair(_vocab(hashed_hard=0.603, vocab_kd=0.607, vocab_hard=0.582),
                                _kind(0.640, "hashed-pair-bundle"))
    wins = with_hashed_committee(students, _kind(0.650, "hashed-committee-bundle", threshold=0.8))
    assert wins["pick"] == {"kind": HASHED_COMMITTEE_KIND, "qwk": 0.650, "recipe_qwk": 0.607, "install": True}
    assert wins["pick_before_seventh_amendment"]["kind"] == HASHED_PAIR_KIND
    assert wins["bundle_file"].replace("\\", "/") == "runs/x/hashed-committee-bundle/set-7/asap-sas-7.gradebundle"
    loses = with_hashed_committee(students, _kind(0.639, "hashed-committee-bundle"))
    assert loses["pick"]["kind"] == HASHED_PAIR_KIND and loses["kinds"][HASHED_COMMITTEE_KIND]["qwk"] == 0.639
    assert with_hashed_committee(students, _kind(0.640, "c"))["pick"]["kind"] == HASHED_PAIR_KIND  # a tie: listed first
    with pytest.raises(ValueError, match="other folds"):
        with_hashed_committee(students, _kind(0.7, "h", n=1000))


def test_committee_kind_is_cross_validated_bundled_installed_and_scores_through_the_app(invented_set, tmp_path,  # noqa: F811
                                                                                         monkeypatch):
    import onnx

    from grader_app.core.decision import decide_many
    from grader_app.core.metrics import quadratic_weighted_kappa
    from grader_app.distill import cli, crossfit_hashed_committee
    from grader_app.scoring import Scorer
    from shipped import install_and_check

    full = crossfit_hashed_committee.LR_THIRD  # four configurations: the same code path in seconds
    short = dataclasses.replace(full, grid=tuple(c for c in full.grid if c.features in ("w12+c345", "w12+s5")
                                                 and c.value in (1.0, 10.0)))
    monkeypatch.setattr(crossfit_hashed_committee, "family", lambda: short)
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-committee", "--sets", "7", "--out", str(out), "--executor", "serial"]) == 0
    job = out / crossfit_hashed_committee.FOLDER / "set-7"
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5
    grid = [c.as_dict() for c in short.grid]
    assert all(len(c[HASHED_COMMITTEE_KIND]) == 3 and all(m["config"] in grid for m in c[HASHED_COMMITTEE_KIND])
               for c in summary["choices"])  # three members each fold, all from the written grid
    assert np.load(job / "oof.npz")["logits"].shape == (len(invented_set), 3)

    n = len(invented_set)
    b = install_and_check(out, tmp_path / "models", n, 0.6, HASHED_COMMITTEE_KIND, fig, parity=1e-4)
    m = b.manifest
    assert m["parameters"] <= 50_000 and len(m["provenance"]["choice"]["members"]) == 3
    assert [s["buckets"] for s in m["provenance"]["student_specs"]] == [short.buckets(3)] * 3
    ops = [nd.op_type for nd in onnx.load_from_string(b.model_bytes).graph.node]
    assert ops.count("Tokenizer") < 3 * 2  # the members' shared tokenizers run once
    probs = Scorer(b, threads=1).predict_proba(invented_set["EssayText"].tolist())
    assert probs.shape == (n, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    pred = np.array(b.labels)[decide_many(probs, b.cutpoints)]
    assert quadratic_weighted_kappa(invented_set["Score1"], pred, labels=b.labels) > 0.7
