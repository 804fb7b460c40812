"""Score offsets for QWK: they raise QWK where a model leans to the middle scores, are kept only when
they hold up on the other half of the marks, and go into the model's bias, so the exported bundle
scores exactly as the model does."""
from __future__ import annotations

import numpy as np
import pytest

from grader_app.bundles import read_bundle
from grader_app.core.metrics import quadratic_weighted_kappa
from grader_app.learn import marks_model
from grader_app.learn.export import write_learned_bundle
from grader_app.learn.marks_model import fit_marks
from grader_app.learn.offsets import checked_offsets, qwk_offsets
from grader_app.scoring.model import Scorer


def _middle_leaning(n: int, seed: int = 0):
    """Log-probabilities of a model that knows the order of 0-3 but rarely says 0 or 3."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    latent = y + rng.normal(0, 0.6, n)
    centres = np.array([0.6, 1.2, 1.8, 2.4])   # squeezed towards the middle
    logits = -((latent[:, None] - (centres[None, :] - 0.6) * 1.5) ** 2)
    logits[:, [0, 3]] -= 1.0
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True)), y


def test_offsets_raise_qwk_of_a_middle_leaning_model():
    logp, y = _middle_leaning(400)
    d = qwk_offsets(logp, y, 4)
    assert d[0] == 0.0 and np.any(d != 0)
    before = quadratic_weighted_kappa(y, logp.argmax(axis=1), [0, 1, 2, 3])
    after = quadratic_weighted_kappa(y, (logp + d).argmax(axis=1), [0, 1, 2, 3])
    assert after > before


def test_offsets_are_kept_only_when_they_hold_up_on_the_other_half():
    logp, y = _middle_leaning(400)
    assert np.any(checked_offsets(logp, y, 4) != 0)            # a real lean: kept
    perfect = np.log(np.eye(4)[y] * 0.97 + 0.01)              # already right: nothing beats plain argmax
    assert not np.any(checked_offsets(perfect, y, 4))
    assert not np.any(checked_offsets(logp[:15], y[:15], 4))   # too few marks to check: none


def test_offsets_go_into_the_bias_and_the_bundle(tmp_path, ice_class, monkeypatch):
    texts, scores = ice_class
    marks = {i: s for i, s in enumerate(scores) if i % 2 == 0}
    plain = fit_marks(texts, marks)
    monkeypatch.setattr(marks_model, "checked_offsets", lambda logp, y, k, seed: np.array([0.0, 0.7, -0.4][:k]))
    m = fit_marks(texts, marks, offsets=True)
    assert m.offsets == pytest.approx((0.0, 0.7, -0.4)) and plain.offsets is None
    np.testing.assert_allclose(m.bias_ - plain.bias_, [0.0, 0.7, -0.4], atol=1e-9)
    path = write_learned_bundle(tmp_path / "ice", m, bundle_id="ice-offsets", title="Ice")
    b = read_bundle(path)
    assert "score offsets for QWK" in b.manifest["provenance"]["model"]
    np.testing.assert_allclose(Scorer(b).predict_proba(texts), m.probabilities, atol=1e-5)


def test_the_figures_of_a_model_with_offsets_are_those_of_offsets_tuned_on_the_other_half(ice_class, monkeypatch):
    """Offsets tuned on every mark and judged on the same marks flatter themselves; the model's reported
    figures are those of each half scored with offsets tuned on the other half."""
    from grader_app.learn.offsets import crossfit_offset_predictions

    logp, y = _middle_leaning(400)
    pred = crossfit_offset_predictions(logp, y, 4)
    in_sample = quadratic_weighted_kappa(y, (logp + qwk_offsets(logp, y, 4)).argmax(axis=1), [0, 1, 2, 3])
    assert pred is not None and quadratic_weighted_kappa(y, pred, [0, 1, 2, 3]) < in_sample
    assert crossfit_offset_predictions(logp[:15], y[:15], 4) is None

    # the model's figures come from those predictions, whenever offsets are kept
    texts, scores = ice_class
    marks = {i: s for i, s in enumerate(scores) if i % 2 == 0}
    monkeypatch.setattr(marks_model, "checked_offsets", lambda logp, y, k, seed: np.array([0.0, 0.7, -0.4][:k]))
    seen: dict = {}

    def shifted(logp, y, k, seed):
        seen["y"] = np.asarray(y).copy()
        return np.log(np.tile([0.9] + [0.1 / (k - 1)] * (k - 1), (len(y), 1)))   # "every answer gets the lowest score"
    monkeypatch.setattr(marks_model, "crossfit_offset_logits", shifted)
    m = fit_marks(texts, marks, offsets=True)
    assert m.offsets is not None and "y" in seen
    assert m.metrics["accuracy"] == pytest.approx(float(np.mean(seen["y"] == 0)))
