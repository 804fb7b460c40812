"""The keyed hashed kinds (twenty-first amendment) and the keyed augmented kinds (twenty-second): their whole path on
invented essay sets with a scoring key (cross-validated, bundled with the key features in the graph, read back and
scored through the app's Scorer), and the jobs they make. scikit-learn and onnxruntime only; no torch."""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import numpy as np
import onnx
import pytest

pytest.importorskip("sklearn")

from test_crossfit_baseline import invented_set  # noqa: E402,F401  (the invented set 7)
from test_crossfit_hashed_distilled import short_pooled_kind  # noqa: E402
from test_crossfit_hashed_pooled import two_invented_sets  # noqa: E402,F401
from test_regraph import _with_older_graph  # noqa: E402

from grader_app.bundles import read_bundle  # noqa: E402


def _short(family):
    """Two configurations: the same code path in seconds."""
    return dataclasses.replace(family, grid=tuple(c for c in family.grid if c.features in ("w12+c345", "w12+s5")
                                                  and c.value == family.grid[1].value))


@pytest.fixture
def short_grids(monkeypatch):
    from grader_app.distill import crossfit_hashed_keyed, crossfit_hashed_pair

    lr, ordinal = _short(crossfit_hashed_pair.LR_HALF), _short(crossfit_hashed_pair.ORDINAL_HALF)
    monkeypatch.setattr(crossfit_hashed_keyed, "halves", lambda: (lr, ordinal))
    monkeypatch.setattr(crossfit_hashed_keyed, "LR", _short(crossfit_hashed_keyed.LR))
    monkeypatch.setattr(crossfit_hashed_keyed, "ORDINAL", _short(crossfit_hashed_keyed.ORDINAL))


def test_keyed_kinds_are_cross_validated_bundled_and_score_through_the_app(invented_set, short_grids,  # noqa: F811
                                                                          tmp_path):
    from grader_app.distill import cli, crossfit_hashed_keyed
    from grader_app.distill.regraph import regraph_bundle
    from grader_app.learn.hashed import HashSpec, featurise
    from grader_app.scoring import Scorer
    from grader_app.text import normalise_many

    prompts = Path(os.environ["GRADER_SHARED_DATA"]) / "asap_sas" / "prompts"
    (prompts / "essay_7_key.txt").write_text("Rose is caring and helps her family\nRose is selfless, supports Anna\n")
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-keyed", "--sets", "7", "--out", str(out), "--executor", "serial",
                     "--models", "lr,pair"]) == 0
    assert not (out / crossfit_hashed_keyed.FOLDERS["ordinal"]).exists()
    texts = invented_set["EssayText"].tolist()
    for model in ("lr", "pair"):
        job = out / crossfit_hashed_keyed.FOLDERS[model] / "set-7"
        summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
        assert summary["kind"] == crossfit_hashed_keyed.KINDS[model]
        fig = summary["figures"]
        assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5
        b = read_bundle(job / summary["bundle"])
        prov = b.manifest["provenance"]
        specs = [HashSpec.from_dict(s) for s in (prov.get("student_specs") or [prov["student_spec"]])]
        assert all(len(s.key.elements) == 2 and len(s.key.prompt) == 4 for s in specs)   # describe one trait rose
        assert b.manifest["parameters"] <= 50_000 and prov["parity_max_abs_dp"] <= 1e-4
        if model == "pair":   # the halves' buckets stay tied (twenty-fourth amendment): the one-lookup graph
            assert specs[1].buckets == 3 * specs[0].buckets
            assert onnx.load_from_string(b.model_bytes).graph.node[0].op_type == "Tile"
        probs = Scorer(b, threads=1).predict_proba(texts)
        assert probs.shape == (len(texts), 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
        X = featurise(normalise_many(texts), specs[0])
        assert X.shape[1] == specs[0].buckets + specs[0].key.count
        assert (X[:, specs[0].buckets:].toarray()[:, 3:5] > 0).any()   # the key's elements are seen in the answers
        # as a job of an earlier day left it: regraph (which every installation runs) rebuilds it from its tables
        older = tmp_path / f"older-{model}.gradebundle"
        _with_older_graph(job / summary["bundle"], older)
        assert regraph_bundle(older, log=lambda msg: None)
        rebuilt = read_bundle(older)
        assert rebuilt.model_bytes == b.model_bytes
        assert np.abs(Scorer(rebuilt, threads=1).predict_proba(texts) - probs).max() < 1e-6


def test_keyed_jobs_name_their_folders_and_refuse_unknown_kinds(tmp_path):
    from grader_app.distill.crossfit_hashed_keyed import FOLDERS, keyed_jobs

    jobs = keyed_jobs([1, 5], tmp_path, models="pair,lr")
    assert [(j.kwargs["model"], j.kwargs["essay_set"]) for j in jobs] == [("pair", 1), ("pair", 5), ("lr", 1), ("lr", 5)]
    assert all(Path(j.out) == tmp_path / FOLDERS[j.kwargs["model"]] / f"set-{j.kwargs['essay_set']}" for j in jobs)
    assert len({j.id for j in jobs}) == 4 and all(j.func == "crossfit_hashed_keyed:set_job" for j in jobs)
    z = keyed_jobs([6], tmp_path, models="lr", standardised=True)
    assert Path(z[0].out) == tmp_path / "hashed-lr-keyz-bundle" / "set-6" and z[0].kwargs["standardise"] is True
    with pytest.raises(ValueError, match="unknown keyed kinds"):
        keyed_jobs([1], tmp_path, models="lr,mlp")



def test_the_keyed_six_copy_kind_learns_the_copies_with_the_key_features_in_its_own_folder(two_invented_sets,  # noqa: F811
                                                                                           tmp_path, monkeypatch):
    from grader_app.distill import cli, crossfit_hashed_augmented
    from grader_app.learn.hashed import HashSpec
    from grader_app.scoring import Scorer

    prompts = Path(os.environ["GRADER_SHARED_DATA"]) / "asap_sas" / "prompts"
    (prompts / "essay_7_key.txt").write_text("Rose is caring and helps her family\nRose is selfless, supports Anna\n")
    short_pooled_kind(monkeypatch, crossfit_hashed_augmented, tmp_path / "no-minilm-here")
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-augmented", "--sets", "7", "--out", str(out), "--executor", "serial",
                     "--copies", "6", "--keyed"]) == 0
    assert [p.name for p in out.glob("hashed-augmented*")] == ["hashed-augmented6-key-bundle"]
    summary = json.loads((out / "hashed-augmented6-key-bundle" / "set-7" / "summary.json").read_text())
    assert summary["kind"] == "hashed_augmented6_key" and summary["key_features"] == 1 + 2 + 2 + 3
    assert summary["teacher"] == "tfidf-lr" and summary["copies"] == 6
    fig = summary["figures"]
    assert len(fig["folds"]) == 5 and fig["qwk"] == pytest.approx(np.mean(fig["folds"])) and fig["qwk"] > 0.5
    b = read_bundle(out / "hashed-augmented6-key-bundle" / "set-7" / summary["bundle"])
    prov = b.manifest["provenance"]
    assert "key features (twenty-second amendment)" in prov["choice"]["criterion"]
    assert all(HashSpec.from_dict(s).key.count == 8 for s in prov["student_specs"])
    assert b.manifest["parameters"] <= 50_000 and prov["parity_max_abs_dp"] <= 1e-4
    probs = Scorer(b, threads=1).predict_proba(two_invented_sets["EssayText"].tolist())
    assert probs.shape == (len(two_invented_sets), 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)


def test_a_standardised_keyed_kind_names_itself_keyz_in_its_summary_and_its_bundle(two_invented_sets,  # noqa: F811
                                                                                  tmp_path, monkeypatch):
    from grader_app.distill import cli, crossfit_hashed_augmented
    from grader_app.learn.hashed import HashSpec

    short_pooled_kind(monkeypatch, crossfit_hashed_augmented, tmp_path / "no-minilm-here")
    out = tmp_path / "crossfit-vocab"
    assert cli.main(["crossfit-hashed-augmented", "--sets", "7", "--out", str(out), "--executor", "serial",
                     "--keyed", "--standardised"]) == 0
    job = out / "hashed-augmented-keyz-bundle" / "set-7"
    summary = json.loads((job / "summary.json").read_text())
    assert summary["kind"] == "hashed_augmented_keyz"
    b = read_bundle(job / summary["bundle"])
    assert b.manifest["provenance"]["kind"] == "crossfit-hashed_augmented_keyz"
    assert all(HashSpec.from_dict(s).key.center for s in b.manifest["provenance"]["student_specs"])
