"""The distillation loss and the training loop of the student's head.

L = CE(y, f(x)) + λ · T² · CE(softmax(log p_teacher / T), softmax(f(x) / T))

(Latif, Fang, Ma and Zhai, AIED 2024; the T² factor keeps the soft term's gradient on the same
scale when T changes, as in Hinton et al., 2015). Rows without a human score (the teacher-labelled
transfer set) contribute only the soft term. λ = 0 with no transfer rows is the hard-label student.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..core.metrics import accuracy, quadratic_weighted_kappa
from .calibration import nll, soften  # noqa: F401  (soften: the teacher targets, kept importable from here)


@dataclass
class KDConfig:
    lam: float = 1.0             # λ, weight of the soft term
    temperature: float = 1.0     # T of the soft term
    use_transfer: bool = True    # train on the teacher-labelled transfer rows too
    epochs: int = 300            # full-batch Adam steps
    lr: float = 0.02
    weight_decay: float = 1e-4   # L2 on the weights (not the biases), added to the loss
    eval_every: int = 20
    seed: int = 0
    balanced: bool = False       # weight rows by inverse class frequency (scores 0 dominate some items)

    def label(self) -> str:
        bal = " balanced" if self.balanced else ""
        if self.lam == 0 and not self.use_transfer:
            return "hard labels only" + bal
        return f"λ={self.lam:g} T={self.temperature:g}{' +transfer' if self.use_transfer else ''}{bal}"


def kd_loss(logits, y_idx, has_label, soft_targets, lam: float, T: float, class_weight=None, row_weight=None):
    """The loss on a batch (torch tensors): ``y_idx`` is ignored where ``has_label`` is False.

    ``soft_targets`` are the teacher's probabilities already softened at ``T`` (:func:`soften`).
    ``class_weight`` (per class) weights the hard term; ``row_weight`` (per row, mean 1) the soft term.
    """
    import torch.nn.functional as F

    loss = logits.new_zeros(())
    if bool(has_label.any()):
        if class_weight is None:
            loss = loss + F.cross_entropy(logits[has_label], y_idx[has_label])
        else:
            w = class_weight[y_idx[has_label]]
            ce = F.cross_entropy(logits[has_label], y_idx[has_label], reduction="none")
            loss = loss + (w * ce).sum() / w.sum()
    if lam > 0:
        logq = F.log_softmax(logits / T, dim=1)
        per_row = -(soft_targets * logq).sum(dim=1)
        if row_weight is not None:
            per_row = per_row * row_weight
        loss = loss + lam * (T * T) * per_row.mean()
    return loss


@dataclass
class TrainResult:
    head: object
    config: KDConfig
    best_step: int
    valid_qwk: float
    valid_accuracy: float
    valid_nll: float
    history: list = field(default_factory=list)


class _SparseMatMul:
    """X @ W with X a fixed scipy CSR matrix: the TF-IDF matrix is ~2 % dense, so the first layer
    and its weight gradient (Xᵀ @ G) run as sparse products instead of dense ones (~50× faster)."""

    _fn = None

    @classmethod
    def fn(cls):
        if cls._fn is None:
            import torch

            class F(torch.autograd.Function):
                @staticmethod
                def forward(ctx, W, X, XT):
                    ctx.XT = XT
                    return torch.from_numpy(np.asarray(X @ W.detach().numpy(), dtype=np.float32))

                @staticmethod
                def backward(ctx, g):
                    return torch.from_numpy(np.asarray(ctx.XT @ g.numpy(), dtype=np.float32)), None, None

            cls._fn = F
        return cls._fn


def forward(head, X, XT=None):
    """The head on features X (a dense array or a scipy sparse matrix; XT = X.T as CSR if sparse)."""
    import scipy.sparse as sp
    import torch
    from torch import nn

    layers = list(head)
    first = layers[0]
    if not isinstance(first, nn.Linear):
        raise ValueError("the head must start with a linear layer")
    if sp.issparse(X):
        if XT is None:
            XT = X.T.tocsr()
        z = _SparseMatMul.fn().apply(first.weight.T.contiguous(), X, XT) + first.bias
    else:
        z = first(torch.as_tensor(X, dtype=torch.float32))
    for m in layers[1:]:
        z = m(z)
    return z


def train_head(make_head: Callable[[], object], X: np.ndarray, y: np.ndarray, has_label: np.ndarray,
               teacher_p: np.ndarray | None, X_valid: np.ndarray, y_valid: np.ndarray, config: KDConfig,
               n_labels: int) -> TrainResult:
    """Full-batch Adam on (X, y / teacher p); keep the step with the best valid QWK (then NLL)."""
    import copy

    import torch

    torch.manual_seed(config.seed)
    head = make_head()
    import scipy.sparse as sp

    X = sp.csr_matrix(X, dtype=np.float32)
    XT = X.T.tocsr()
    Xv = sp.csr_matrix(X_valid, dtype=np.float32)
    cw = rw = None
    if config.balanced:  # "balanced" weights from the human scores of the labelled rows
        counts = np.bincount(np.asarray(y)[has_label], minlength=n_labels).astype(np.float64)
        w = np.where(counts > 0, counts.sum() / (n_labels * np.maximum(counts, 1)), 0.0)
        cw = torch.as_tensor(w, dtype=torch.float32)
        if teacher_p is not None and config.lam > 0:
            r = np.asarray(teacher_p, dtype=np.float64) @ w  # expected class weight under the teacher
            rw = torch.as_tensor(r / r.mean(), dtype=torch.float32)
    yt = torch.as_tensor(np.where(has_label, y, 0), dtype=torch.long)
    ht = torch.as_tensor(has_label, dtype=torch.bool)
    if config.lam > 0:
        if teacher_p is None:
            raise ValueError("λ > 0 needs teacher probabilities")
        st = torch.as_tensor(soften(teacher_p, config.temperature), dtype=torch.float32)
    else:
        st = None
    weights = [p for n, p in head.named_parameters() if n.endswith("weight")]
    opt = torch.optim.Adam(head.parameters(), lr=config.lr)
    labels = list(range(n_labels))
    best = None
    history = []
    for step in range(1, config.epochs + 1):
        head.train()
        opt.zero_grad()
        logits = forward(head, X, XT)
        loss = kd_loss(logits, yt, ht, st, config.lam, config.temperature, class_weight=cw, row_weight=rw)
        if config.weight_decay:
            loss = loss + config.weight_decay * sum((w * w).sum() for w in weights)
        loss.backward()
        opt.step()
        if step % config.eval_every == 0 or step == config.epochs:
            head.eval()
            with torch.no_grad():
                lv = forward(head, Xv).numpy().astype(np.float64)
            pred = lv.argmax(1)
            rec = (quadratic_weighted_kappa(y_valid, pred, labels=labels), accuracy(y_valid, pred), nll(lv, y_valid))
            history.append({"step": step, "valid_qwk": rec[0], "valid_accuracy": rec[1], "valid_nll": rec[2]})
            key = (round(rec[0], 4), -rec[2])
            if best is None or key > best[0]:
                best = (key, step, rec, copy.deepcopy(head.state_dict()))
    head.load_state_dict(best[3])
    head.eval()
    return TrainResult(head=head, config=config, best_step=best[1], valid_qwk=best[2][0],
                       valid_accuracy=best[2][1], valid_nll=best[2][2], history=history)


def default_grid() -> list[KDConfig]:
    """The λ × T × transfer sweep (plus the hard-label run) tried for each architecture."""
    grid = [KDConfig(lam=0.0, temperature=1.0, use_transfer=False)]
    for use_transfer in (False, True):
        for lam in (0.5, 1.0, 2.0, 4.0):
            for T in (1.0, 2.0, 4.0):
                grid.append(KDConfig(lam=lam, temperature=T, use_transfer=use_transfer))
    return grid
