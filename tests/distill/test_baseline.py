"""The baseline path end to end on small invented data: sklearn → ONNX → bundle → the app's Scorer."""
from __future__ import annotations

import json
import re
import zipfile

import numpy as np
import onnx
import pandas as pd
import pytest
from onnx import TensorProto, helper

pytest.importorskip("skl2onnx")

from grader_app.bundles import BundleError, read_bundle  # noqa: E402
from grader_app.distill import baseline, bundling, cli, features, onnx_utils  # noqa: E402
from grader_app.distill.common import progress_bar  # noqa: E402
from grader_app.scoring import Scorer, apply_temperature  # noqa: E402
from grader_app.text import normalise  # noqa: E402

ODD_TEXTS = ["", "   ", "!!!", "ICE is LESS dense^pthan water", "Ice\tis  less\n\ndense", "café crème brûlée",
             "ice_floats 123 h2o", "density " * 200, "Ice floats because it is less dense than water."]


def test_tiny_bundle_verifies_and_scores_like_sklearn(distilled_tiny_bundle, _tiny_bundle_parts, tiny_answers):
    manifest, model_bytes, pipe, _, _ = _tiny_bundle_parts
    bundle = read_bundle(distilled_tiny_bundle)
    assert bundle.id == "tiny-ice" and bundle.labels == [0, 1, 2]
    assert bundle.manifest["parameters"] == bundling.count_onnx_parameters(bundle.model_bytes)
    assert 0.0 < bundle.threshold < 1.0  # the fixture's review table puts some answers to review
    texts = tiny_answers[0] + ODD_TEXTS
    got = Scorer(bundle).predict_proba(texts)
    want = apply_temperature(pipe.predict_proba([normalise(t) for t in texts]), bundle.temperature)
    assert got.shape == (len(texts), 3)
    assert np.abs(got - want).max() <= 1e-5
    # a trained model is more than a constant: right on most training answers
    assert (got[: len(tiny_answers[1])].argmax(1) == np.array(tiny_answers[1])).mean() >= 0.9


@pytest.mark.parametrize("analyzer, ngram_range", [("word", (1, 1)), ("word", (1, 2)), ("char", (2, 5))])
def test_converted_graph_matches_sklearn_on_odd_texts(analyzer, ngram_range, tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    pipe = features.fit_pipeline(features.make_pipeline(C=2.0, ngram_range=ngram_range, max_features=300,
                                                        analyzer=analyzer), norm, scores)
    model_bytes = onnx_utils.pipeline_to_onnx(pipe)
    odd = features.prepare_texts(ODD_TEXTS)
    delta = onnx_utils.check_parity(model_bytes, norm + odd, pipe.predict_proba(norm + odd))
    assert delta <= 1e-5
    model = onnx.load_from_string(model_bytes)
    assert [i.name for i in model.graph.input] == ["text"]
    assert [o.name for o in model.graph.output] == ["probabilities"]
    assert model.graph.output[0].type.tensor_type.shape.dim[1].dim_value == 3
    assert all(n.op_type != "StringNormalizer" for n in model.graph.node)  # no locale needed
    assert pipe.named_steps["tfidf"].get_params()["token_pattern"] == features.TOKEN_PATTERN
    # the ending is plain operators (onnxruntime's Normalizer loops element by element), with the same numbers
    ops = [n.op_type for n in model.graph.node]
    assert "Normalizer" not in ops and "LinearClassifier" not in ops and ops[-3:] == ["MatMul", "Add", "Softmax"]


def test_a_binary_model_converts_with_its_own_ending_and_the_same_probabilities(tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    binary = [min(s, 1) for s in scores]
    pipe = features.fit_pipeline(features.make_pipeline(C=2.0, ngram_range=(1, 2), max_features=300), norm, binary)
    model_bytes = onnx_utils.pipeline_to_onnx(pipe)
    odd = features.prepare_texts(ODD_TEXTS)
    assert onnx_utils.check_parity(model_bytes, norm + odd, pipe.predict_proba(norm + odd)) <= 1e-5


def test_the_fast_ending_gives_the_converted_graph_s_probabilities(tiny_answers):
    """skl2onnx's own ending (Normalizer → LinearClassifier → Normalizer) against the rewritten one, a blank
    answer (a row of zeros) included."""
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import StringTensorType

    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    pipe = features.fit_pipeline(features.make_pipeline(C=2.0, ngram_range=(2, 5), max_features=300, analyzer="char"),
                                 norm, scores)
    clf = pipe.steps[-1][1]
    model = convert_sklearn(pipe, initial_types=[("text", StringTensorType([None]))],
                            options={id(clf): {"zipmap": False}}, target_opset=onnx_utils.TARGET_OPSET)
    assert onnx_utils.fast_linear_head(model) is False  # its label output is still read: left alone
    del model.graph.output[:1]
    before = model.SerializeToString()
    assert [n.op_type for n in model.graph.node].count("Normalizer") == 2
    assert onnx_utils.fast_linear_head(model) is True
    assert onnx_utils.fast_linear_head(model) is False  # nothing left to rewrite
    onnx.checker.check_model(model)
    probe = norm + features.prepare_texts(ODD_TEXTS) + ["", "zzzz"]
    old = onnx_utils.onnx_probabilities(before, probe)
    new = onnx_utils.onnx_probabilities(model.SerializeToString(), probe)
    assert np.abs(old - new).max() <= 1e-6 and np.isfinite(new).all()
    assert bundling.count_onnx_parameters(model.SerializeToString()) <= bundling.count_onnx_parameters(before) + 1


def test_closed_vocabulary_is_what_makes_truncated_ngrams_convert(tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    plain = features.make_pipeline(ngram_range=(1, 2), max_features=300).fit(norm, scores)
    vocab = plain.named_steps["tfidf"].vocabulary_
    assert any(" " in g and any(w not in vocab for w in g.split()) for g in vocab)  # truncation broke closure
    with pytest.raises(onnx_utils.ParityError):
        onnx_utils.check_parity(onnx_utils.pipeline_to_onnx(plain), norm, plain.predict_proba(norm))
    fixed = features.fit_pipeline(features.make_pipeline(ngram_range=(1, 2), max_features=300), norm, scores)
    closed = fixed.named_steps["tfidf"].vocabulary_
    assert 0 < len(closed) < 300 and set(closed) <= set(features.top_terms(features.make_tfidf((1, 2), 300), norm))
    assert all(w in closed for g in closed for w in g.split())
    assert onnx_utils.check_parity(onnx_utils.pipeline_to_onnx(fixed), norm, fixed.predict_proba(norm)) <= 1e-5


def test_the_max_features_cut_breaks_ties_alphabetically_not_by_numpys_sort():
    """6,000 words seen one to three times, 3,000 kept: about 2,000 tie at the cut. scikit-learn alone keeps an
    arbitrary subset of them (its order follows numpy's unstable sort: 342 of them differed on the machine this was
    written on); the cut must keep every more frequent word and the alphabetically first of the tied ones."""
    rng = np.random.default_rng(0)
    words = np.array([f"w{i:05d}" for i in range(6000)])
    counts = rng.integers(1, 4, size=len(words))
    tokens = np.repeat(words, counts)
    rng.shuffle(tokens)
    texts = [" ".join(tokens[i:i + 5]) for i in range(0, len(tokens), 5)]
    vec, X = features.fit_tfidf(features.make_tfidf((1, 1), max_features=3000), texts)
    by_count_then_name = sorted(range(len(words)), key=lambda i: (-counts[i], words[i]))
    assert set(vec.vocabulary_) == set(words[by_count_then_name[:3000]].tolist())
    assert X.shape == (len(texts), 3000)
    shuffled = list(texts)
    rng.shuffle(shuffled)   # the answers' order does not move the cut either
    assert set(features.fit_tfidf(features.make_tfidf((1, 1), max_features=3000), shuffled)[0].vocabulary_) == \
        set(vec.vocabulary_)


def test_closed_vocabulary_for_characters():
    kept = features.closed_vocabulary(["ab", "bc", "abc", "cd", "bcd", "abcd", "xy", "wxy"], "char", 2)
    # "wxy" lacks "wx"; "abcd" needs ab, bc, cd, abc, bcd which are all there
    assert kept == ["ab", "abc", "abcd", "bc", "bcd", "cd", "xy"]


def test_parity_check_catches_a_different_model(tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    a = features.make_pipeline(C=1.0).fit(norm, scores)
    b = features.make_pipeline(C=50.0).fit(norm, scores)
    with pytest.raises(onnx_utils.ParityError, match="differs from scikit-learn"):
        onnx_utils.check_parity(onnx_utils.pipeline_to_onnx(a), norm, b.predict_proba(norm))


def test_count_onnx_parameters_counts_initializers_and_attributes():
    w = helper.make_tensor("w", TensorProto.FLOAT, [3, 4], np.arange(12, dtype=np.float32))
    node = helper.make_node("TfIdfVectorizer", ["x"], ["y"], mode="TF", min_gram_length=1, max_gram_length=1,
                            max_skip_count=0, ngram_counts=[0], ngram_indexes=[0, 1, 2],
                            pool_strings=["a", "b", "c"])
    g = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.STRING, [None])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 3])], initializer=[w])
    m = helper.make_model(g)
    # 12 weights + 4 single settings + 1 ngram count + 3 indexes + 3 strings
    assert bundling.count_onnx_parameters(m.SerializeToString()) == 12 + 4 + 1 + 3 + 3


def test_parameter_estimate_is_an_upper_bound_of_the_exact_count(tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    for an, ng in (("word", (1, 1)), ("word", (1, 2)), ("char", (2, 4))):
        pipe = features.fit_pipeline(features.make_pipeline(ngram_range=ng, analyzer=an), norm, scores)
        exact = bundling.count_onnx_parameters(onnx_utils.pipeline_to_onnx(pipe))
        est = features.estimate_parameters(pipe)
        vocab = pipe.named_steps["tfidf"].vocabulary_
        assert exact >= pipe.named_steps["clf"].coef_.size + 2 * len(vocab)
        assert exact <= est <= exact + 60


def test_unused_tfidf_weights_are_dropped(tiny_answers):
    texts, scores = tiny_answers
    pipe = features.make_pipeline().fit(features.prepare_texts(texts), scores)
    model = onnx.load_from_string(onnx_utils.pipeline_to_onnx(pipe))
    tfidf = [n for n in model.graph.node if n.op_type == "TfIdfVectorizer"]
    assert tfidf and all("weights" not in {a.name for a in n.attribute} for n in tfidf)


def test_manifest_and_bundle_round_trip(tmp_path, _tiny_bundle_parts):
    manifest, model_bytes, *_ = _tiny_bundle_parts
    assert manifest["format_version"] == 1 and manifest["parameters"] is None
    assert {"date", "tool_version", "teacher", "data"} <= set(manifest["provenance"])
    import sklearn
    assert manifest["provenance"]["libraries"]["scikit-learn"] == sklearn.__version__
    path = bundling.write_item_bundle(tmp_path / "plain", manifest, model_bytes)
    assert path.name == "plain.gradebundle"
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "model.onnx"]
        stored = json.loads(zf.read("manifest.json"))
    assert stored["parameters"] == bundling.count_onnx_parameters(model_bytes)
    assert stored["calibration"]["temperature"] == pytest.approx(manifest["calibration"]["temperature"])
    assert stored["review"]["table"][0]["coverage"] == 1.0


def test_write_item_bundle_refuses_label_mismatch(tmp_path, _tiny_bundle_parts):
    manifest, model_bytes, *_ = _tiny_bundle_parts
    bad = dict(manifest, labels=[0, 1, 2, 3])
    with pytest.raises(BundleError, match="3 scores per answer but its manifest lists 4"):
        bundling.write_item_bundle(tmp_path / "bad.gradebundle", bad, model_bytes)
    assert not (tmp_path / "bad.gradebundle").exists()


def test_select_config_respects_the_parameter_budget(tiny_answers):
    texts, scores = tiny_answers
    norm = features.prepare_texts(texts)
    y = np.array(scores)
    configs = baseline.grid_configs({"ngram_range": [(1, 1), (1, 2)], "max_features": [20, None],
                                     "min_df": [1], "C": [1.0, 10.0]})
    chosen, overall = baseline.select_config(norm, y, norm, y, [0, 1, 2], configs, max_params=400)
    assert chosen.parameters <= 400
    assert overall.key() >= chosen.key()
    exact = bundling.count_onnx_parameters(onnx_utils.pipeline_to_onnx(chosen.pipeline))
    assert exact <= 400
    with pytest.raises(ValueError, match="raise --max-params"):
        baseline.select_config(norm, y, norm, y, [0, 1, 2], configs, max_params=50)


def test_labels_to_index_names_unknown_scores():
    assert baseline.labels_to_index([0, 2, 1], [0, 1, 2]).tolist() == [0, 2, 1]
    with pytest.raises(ValueError, match=r"scores \[7\] are not among"):
        baseline.labels_to_index([0, 7], [0, 1, 2])


def _fake_data_dir(tmp_path, tiny_answers):
    """A shared-data folder in the ASAP layout holding one invented essay set (10, scores 0-2)."""
    rng = np.random.default_rng(0)
    filler = ["really", "so", "i think", "the answer is", "basically", "yes"]
    rows = []
    texts, scores = tiny_answers
    for rep in range(4):
        for t, s in zip(texts, scores):
            text = f"{rng.choice(filler)} {t}" if rep else t
            s2 = s if rng.uniform() < 0.9 else min(2, s + 1)
            rows.append({"Id": len(rows) + 1, "EssaySet": 10, "Score1": s, "Score2": s2, "EssayText": text})
    data = tmp_path / "data"
    (data / "asap_sas" / "prompts").mkdir(parents=True)
    pd.DataFrame(rows).to_csv(data / "asap_sas" / "train_rel_2.tsv", sep="\t", index=False)
    (data / "asap_sas" / "prompts" / "essay_10_description.txt").write_text("Why does ice float on water?")
    return data


def test_cli_baseline_builds_a_bundle_from_a_data_folder(tmp_path, tiny_answers, capsys, monkeypatch):
    monkeypatch.setattr(baseline, "DEFAULT_GRID", {"ngram_range": [(1, 1)], "max_features": [None],
                                                   "min_df": [1], "C": [1.0, 10.0]})
    data = _fake_data_dir(tmp_path, tiny_answers)
    out = tmp_path / "bundles"
    code = cli.main(["baseline", "--sets", "10", "--data", str(data), "--out", str(out), "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "science mean (1,2,5,6,10): QWK" in printed
    b = read_bundle(out / "asap-sas-10.gradebundle")
    m = b.manifest
    assert b.id == "asap-sas-10" and b.labels == [0, 1, 2]
    assert m["title"].startswith("ASAP-SAS 10 — Science:")
    assert m["item"]["prompt"] == "Why does ice float on water?" and m["item"]["reference_answers"] == []
    assert m["provenance"]["teacher"].startswith("none (baseline")
    assert "train_rel_2.tsv, essay set 10" in m["provenance"]["data"]
    assert m["metrics"]["teacher"] is None and 0 <= m["metrics"]["human_human_qwk"] <= 1
    student = m["metrics"]["student"]
    from grader_app.distill.asap import load_train, split_set

    test = split_set(load_train(data / "asap_sas" / "train_rel_2.tsv"), 10).test
    assert student["n"] == len(test) and 28 <= len(test) <= 36 and student["split"] == "test"  # ~20 % of 160
    assert m["parameters"] <= baseline.DEFAULT_MAX_PARAMS
    # the figures in the manifest are what the app's Scorer gives on the same held-out answers
    pred = Scorer(b).predict_proba(test["EssayText"].tolist()).argmax(1)
    from grader_app.core.metrics import accuracy, quadratic_weighted_kappa

    assert accuracy(test["Score1"], pred) == pytest.approx(student["accuracy"], abs=1e-4)
    assert quadratic_weighted_kappa(test["Score1"], pred, labels=[0, 1, 2]) == pytest.approx(student["qwk"], abs=1e-4)


@pytest.mark.parametrize("max_params, message", [("-5", "--max-params must be 0"),
                                                 ("100", "no configuration fits within 100 parameters")])
def test_cli_bad_budget_is_one_sentence_and_exit_2(max_params, message, tmp_path, tiny_answers, capsys, monkeypatch):
    monkeypatch.setattr(baseline, "DEFAULT_GRID", {"ngram_range": [(1, 1)], "max_features": [None],
                                                   "min_df": [1], "C": [1.0]})
    data = _fake_data_dir(tmp_path, tiny_answers)
    code = cli.main(["baseline", "--sets", "10", "--data", str(data), "--out", str(tmp_path / "o"),
                     "--max-params", max_params, "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.strip().count("\n") == 0
    assert not (tmp_path / "o" / "asap-sas-10.gradebundle").exists()


def test_cli_missing_data_folder_is_one_sentence_and_exit_2(tmp_path, capsys):
    code = cli.main(["baseline", "--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no ASAP-SAS data found" in err and "asap_sas/train_rel_2.tsv" in err and "--data DIR" in err
    assert err.strip().count("\n") == 0
    assert not (tmp_path / "o").exists()


def test_cli_default_data_location_is_named_relatively(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("GRADER_SHARED_DATA", str(tmp_path / "missing"))
    assert cli.main(["baseline", "--sets", "1"]) == 2
    assert "../shared/data" in capsys.readouterr().err


@pytest.mark.parametrize("sets", ["0", "11", "a,b", ""])
def test_cli_bad_sets_are_refused(sets, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["baseline", "--sets", sets])
    assert exc.value.code == 2
    assert "essay sets" in capsys.readouterr().err


def test_parse_sets_ranges():
    assert cli.parse_sets("1,2,5-6,10") == [1, 2, 5, 6, 10]


def test_cli_without_subcommand_prints_help(capsys):
    assert cli.main([]) == 2
    assert "baseline" in capsys.readouterr().err


def test_progress_bar_shows_count_and_time_left_on_stderr(capsys):
    with progress_bar(20, "set 1") as bar:
        for _ in range(20):
            bar.update()
    err = capsys.readouterr().err
    assert "set 1" in err and "20/20" in err
    assert re.search(r"\d\d:\d\d<\d\d:\d\d", err)  # elapsed<time left
    with progress_bar(5, "quiet", enabled=False) as bar:
        bar.update(5)
    assert capsys.readouterr().err == ""
