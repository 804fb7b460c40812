"""A miniature end-to-end distillation, as CI runs it: a tiny randomly initialised BERT teacher (the
MiniLM tokenizer's vocabulary, one layer) trained for a few steps on ~50 invented answers → soft
labels written and validated → the TF-IDF student trained with the KD loss → one-file bundle →
read back and verified by the app's reader and scored by the app's Scorer. Torch on one thread."""
from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

TRANSFER = ["Ice is less dense than water so it floats on top.", "It is cold.", "The lattice keeps molecules apart.",
            "Ice floats because the hydrogen bonds make an open structure with low density.", "I like ice cream.",
            "Frozen water expands and becomes less dense.", "Because of gravity.", "Ice has lower density."]


@pytest.fixture(scope="module")
def tiny_init(tmp_path_factory):
    """A 1-layer BERT with the MiniLM vocabulary, saved like any local Hugging Face folder."""
    torch.set_num_threads(1)
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    from grader_app.distill.teacher import default_init_dir

    vocab = default_init_dir() / "vocab.txt"
    if not vocab.is_file():
        pytest.skip("the MiniLM vocabulary is not installed")
    d = tmp_path_factory.mktemp("tiny-init")
    tok = BertTokenizerFast(vocab_file=str(vocab), do_lower_case=True)
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64)
    torch.manual_seed(0)
    BertForSequenceClassification(cfg).save_pretrained(str(d), safe_serialization=True)
    tok.save_pretrained(str(d))
    return d


def test_mini_distillation_end_to_end(tmp_path, tiny_init, tiny_answers):
    torch.set_num_threads(1)
    from grader_app.bundles import read_bundle
    from grader_app.distill.softlabels import read_soft_labels, write_soft_labels
    from grader_app.distill.student import PARAMETER_BUDGET, build_student
    from grader_app.distill.teacher import Teacher, TeacherConfig, TeacherMeta, train_teacher
    from grader_app.scoring import Scorer

    texts, scores = tiny_answers
    rng = np.random.default_rng(0)
    order = rng.permutation(len(texts))
    va_idx, tr_idx = order[:12], order[12:]
    tr_t, tr_y = [texts[i] for i in tr_idx], [scores[i] for i in tr_idx]
    va_t, va_y = [texts[i] for i in va_idx], [scores[i] for i in va_idx]

    # 1. teacher: a few optimiser steps, length 32, one thread
    meta = train_teacher(tr_t, tr_y, va_t, va_y, tmp_path / "teacher",
                         TeacherConfig(epochs=1, max_length=32, batch_size=8, threads=1, seed=0),
                         init=tiny_init, labels=[0, 1, 2], log=lambda s: None, max_steps=3)
    assert meta.labels == [0, 1, 2] and meta.best_epoch == 1
    assert (tmp_path / "teacher" / "model.safetensors").is_file()
    assert TeacherMeta.load(tmp_path / "teacher").history[0]["epoch"] == 1

    # 2. soft labels for train + valid + transfer, written and read back through the validator
    teacher = Teacher(tmp_path / "teacher", threads=1)
    all_t = tr_t + va_t + TRANSFER
    ids = [f"a{i}" for i in range(len(all_t))]
    probs = teacher.predict_proba(all_t)
    assert probs.shape == (len(all_t), 3)
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=1e-5)
    path = write_soft_labels(tmp_path / "soft.jsonl", ids, all_t, probs)
    sl = read_soft_labels(path, answers=dict(zip(ids, all_t)), n_classes=3)
    p = sl.as_dict()

    # 3. student with the KD loss (small sweep) → bundles
    n_tr, n_va = len(tr_t), len(va_t)
    summary = build_student(
        tr_t, tr_y, np.array([p[i] for i in ids[:n_tr]]), va_t, va_y,
        TRANSFER, np.array([p[i] for i in ids[n_tr + n_va:]]), [0, 1, 2], tmp_path / "student",
        bundle_id="tiny-ice", title="Tiny ice item", item={"prompt": "Why does ice float?"},
        provenance={"teacher": "tiny random BERT", "data": "invented answers"}, archs=("linear", "mlp"),
        quick=True, log=lambda s: None)
    assert summary["chosen"]["lam"] > 0 and summary["hard"]["lam"] == 0
    assert summary["bundles"]["kd"]["parity_max_abs_dp"] <= 1e-5

    # 4. the app's own reader verifies it and its Scorer scores with it
    bundle = read_bundle(tmp_path / "student" / "student-kd.gradebundle")
    assert bundle.id == "tiny-ice" and bundle.labels == [0, 1, 2]
    assert 0 < bundle.manifest["parameters"] <= PARAMETER_BUDGET
    assert bundle.manifest["review"]["n"] == n_va
    scorer = Scorer(bundle, threads=1)
    out = scorer.predict_proba(va_t + ["Ice is less dense than water."])
    assert out.shape == (n_va + 1, 3)
    np.testing.assert_allclose(out.sum(1), 1.0, atol=1e-5)
    assert np.isfinite(out).all() and not np.allclose(out, out[0])  # answers get different scores
