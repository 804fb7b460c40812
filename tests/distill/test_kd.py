"""The distillation loss: its terms, the temperature, and rows without human scores."""
from __future__ import annotations

import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from grader_app.distill.kd import KDConfig, kd_loss, soften, train_head  # noqa: E402


@pytest.fixture(autouse=True)
def one_thread():
    torch.set_num_threads(1)


def test_lambda_zero_is_cross_entropy():
    logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
    y = torch.tensor([0, 2])
    has = torch.tensor([True, True])
    soft = torch.full((2, 3), 1 / 3)
    got = kd_loss(logits, y, has, soft, lam=0.0, T=1.0)
    assert got.item() == pytest.approx(torch.nn.functional.cross_entropy(logits, y).item(), rel=1e-6)


def test_soft_term_is_cross_entropy_to_teacher_times_t_squared():
    logits = torch.tensor([[1.0, 0.0, -1.0]])
    p = np.array([[0.7, 0.2, 0.1]])
    T = 2.0
    st = torch.tensor(soften(p, T), dtype=torch.float32)
    got = kd_loss(logits, torch.tensor([0]), torch.tensor([False]), st, lam=1.5, T=T).item()
    q = torch.log_softmax(logits / T, dim=1).numpy()[0]
    want = 1.5 * T * T * -(soften(p, T)[0] * q).sum()
    assert got == pytest.approx(want, rel=1e-5)


def test_soften_flattens_and_keeps_order():
    p = np.array([[0.8, 0.15, 0.05]])
    s2 = soften(p, 2.0)[0]
    assert s2.sum() == pytest.approx(1.0)
    assert s2[0] < 0.8 and s2[2] > 0.05 and s2[0] > s2[1] > s2[2]
    np.testing.assert_allclose(soften(p, 1.0), p, atol=1e-12)


def test_unlabelled_rows_only_feel_the_soft_term():
    logits = torch.tensor([[0.0, 3.0], [0.0, 3.0]], requires_grad=True)
    y = torch.tensor([0, 0])  # row 1's label must be ignored
    has = torch.tensor([True, False])
    soft = torch.tensor([[0.5, 0.5], [0.0 + 1e-6, 1 - 1e-6]])
    loss = kd_loss(logits, y, has, soft, lam=1.0, T=1.0)
    loss.backward()
    g = logits.grad.numpy()
    # row 1: the teacher agrees with the logits (class 1), so its push toward class 0 is tiny
    assert abs(g[1, 0]) < 0.05 and g[0, 0] < -0.4


def test_train_head_learns_a_separable_toy_and_distills():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 5)).astype(np.float32)
    y = (X[:, 0] > 0).astype(int)
    teacher = np.stack([1 / (1 + np.exp(3 * X[:, 0])), 1 / (1 + np.exp(-3 * X[:, 0]))], 1)
    make = lambda: torch.nn.Sequential(torch.nn.Linear(5, 2))  # noqa: E731
    hard = train_head(make, X, y, np.ones(200, bool), None, X[:50], y[:50],
                      KDConfig(lam=0.0, use_transfer=False, epochs=60, eval_every=10), 2)
    kd = train_head(make, X, y, np.r_[np.ones(100, bool), np.zeros(100, bool)], teacher, X[:50], y[:50],
                    KDConfig(lam=1.0, temperature=2.0, epochs=60, eval_every=10), 2)
    assert hard.valid_accuracy > 0.9 and kd.valid_accuracy > 0.9
    assert math.isfinite(kd.valid_nll) and kd.best_step in {h["step"] for h in kd.history}


def test_balanced_weights_lift_the_rare_class():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 4)).astype(np.float32)
    y = (X[:, 0] > 1.3).astype(int)  # about 10 % positives
    make = lambda: torch.nn.Sequential(torch.nn.Linear(4, 2))  # noqa: E731
    runs = {bal: train_head(make, X, y, np.ones(300, bool), None, X, y,
                            KDConfig(lam=0.0, use_transfer=False, epochs=80, eval_every=80, weight_decay=0.05,
                                     balanced=bal), 2) for bal in (False, True)}
    with torch.no_grad():
        pos = {bal: (r.head(torch.as_tensor(X)).argmax(1).numpy() == 1).sum() for bal, r in runs.items()}
    assert pos[True] > pos[False]
    assert "balanced" in KDConfig(balanced=True).label()
