"""Which cross-fitted teacher runs a distilled student learns from (docs/distillation.md): the standing rule
for the five-epoch MiniLM runs (:func:`teacher_root`), the eleventh amendment's two-run mean, the twelfth's two-seed
mean, the fourteenth's and twenty-sixth's mpnet runs and the twentieth's run given the scoring key
(:func:`teacher_roots`), all decided on the fold teachers' shared inner validation splits only, never on a fold
that is scored. No torch.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .crossfit import K_FOLDS, fold_of, inner_valid_mask, set_frame, teacher_kind

LONGER = "minilm-e5"   # the five-epoch runs' folder under the teachers' folder
SEED2 = "minilm-e5-s2"  # the second seed's five-epoch runs (twelfth amendment)
MPNET = "mpnet-e2"      # the two-epoch all-mpnet-base-v2 runs (fourteenth amendment)
MPNET5 = "mpnet-e5-lr3"  # the five-epoch mpnet runs at 3e-5 (twenty-sixth amendment), weighed as MPNET, after it
KEY = "minilm-e5-key"   # the five-epoch MiniLM runs given the scoring key as second segment (twentieth amendment)


def inner_valid(root: Path, essay_set: int, k: int = K_FOLDS) -> list[float] | None:
    """The k fold teachers' inner-validation QWKs under ``root`` (MiniLM, or mpnet in an mpnet run), or None unless
    all k folds and their in-fold predictions are done."""
    out = []
    kind = teacher_kind(root)
    for f in range(k):
        done = root / kind / f"set-{essay_set}" / f"fold-{f}" / "done.json"
        train = root / f"{kind}-train" / f"set-{essay_set}" / f"fold-{f}" / "done.json"
        if not (done.is_file() and train.is_file()):
            return None
        out.append(float(json.loads(done.read_text(encoding="utf-8"))["inner_valid"]["valid_qwk"]))
    return out


def teacher_root(essay_set: int, root: Path, k: int = K_FOLDS) -> Path:
    """The standing rule for longer-trained MiniLM teachers: the five-epoch folds under ``root/minilm-e5`` where all
    k are done and their mean inner-validation QWK is higher than the three-epoch folds' under ``root``; else
    ``root``."""
    longer, base = inner_valid(root / LONGER, essay_set, k), inner_valid(root, essay_set, k)
    if longer is not None and (base is None or np.mean(longer) > np.mean(base)):
        return root / LONGER
    return root


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def mean_run_inner_qwk(roots: list[Path], essay_set: int, k: int = K_FOLDS) -> list[float]:
    """Per fold, the QWK on its inner validation split of the arg-max of the runs' mean softmax probabilities (each
    run's ``valid_logits.npy``, in the split's order). A run alone must give the QWK its ``done.json`` records: a
    clear error otherwise (the split would not be the one it was trained with)."""
    from ..core.metrics import quadratic_weighted_kappa
    from .bundling import ASAP_LABELS

    labels = list(ASAP_LABELS[int(essay_set)])
    df = set_frame(essay_set)
    folds = fold_of(df, essay_set, k)
    out = []
    for f in range(k):
        rest = df[folds != f].reset_index(drop=True)
        y = np.array([labels.index(v) for v in rest["Score1"][inner_valid_mask(rest, f)]])
        probs = []
        for r in roots:
            d = r / teacher_kind(r) / f"set-{essay_set}" / f"fold-{f}"
            p = _softmax(np.load(d / "model" / "valid_logits.npy").astype(np.float64))
            recorded = json.loads((d / "done.json").read_text(encoding="utf-8"))["inner_valid"]["valid_qwk"]
            alone = quadratic_weighted_kappa(y, p.argmax(1), labels=list(range(len(labels))))
            if len(p) != len(y) or abs(alone - recorded) > 1e-9:
                raise ValueError(f"set {essay_set} fold {f}: {d}'s inner validation predictions do not match the "
                                 "inner split rebuilt here; were these teachers trained with other settings?")
            probs.append(p)
        out.append(quadratic_weighted_kappa(y, np.mean(probs, axis=0).argmax(1), labels=list(range(len(labels)))))
    return out


def _inner_mean(roots: list[Path], essay_set: int, k: int) -> float:
    if len(roots) == 1:
        return float(np.mean(inner_valid(roots[0], essay_set, k)))
    return float(np.mean(mean_run_inner_qwk(roots, essay_set, k)))


def teacher_roots(essay_set: int, root: Path, k: int = K_FOLDS, two_runs: bool = True) -> list[Path]:
    """The runs whose mean is the MiniLM teacher. Eleventh amendment: both runs' folders (three- and five-epoch)
    where both are done with their in-fold predictions and the two-run mean's mean inner-validation QWK is higher
    than the standing rule's pick alone (:func:`teacher_root`); else that pick alone. Twelfth amendment: the two
    five-epoch seeds instead, where the second seed is done and their mean validates higher still. Fourteenth
    amendment: where the mpnet run is done, the mpnet run alone or the mean of the pick so far and the mpnet run,
    whichever validates highest, if higher than the pick so far; twenty-sixth amendment: the five-epoch mpnet run the
    same way, after it. Twentieth amendment: the same for the five-epoch MiniLM run given the scoring key, weighed
    after mpnet. ``two_runs=False``: the standing rule's pick alone (the rule
    before all four)."""
    picked = [teacher_root(essay_set, root, k)]
    if not two_runs:
        return picked
    chosen = picked

    def done(runs: list[Path]) -> bool:
        return all(inner_valid(r, essay_set, k) is not None for r in runs)

    def score(runs: list[Path]) -> float:   # a pick with no finished runs (none on this machine) loses to any
        return _inner_mean(runs, essay_set, k) if done(runs) else float("-inf")
    both = [root, root / LONGER]
    if all(inner_valid(r, essay_set, k) is not None for r in both) and \
            _inner_mean(both, essay_set, k) > _inner_mean(picked, essay_set, k):
        chosen = both
    seeds = [root / LONGER, root / SEED2]
    if all(inner_valid(r, essay_set, k) is not None for r in seeds) and \
            _inner_mean(seeds, essay_set, k) > _inner_mean(chosen, essay_set, k):
        chosen = seeds
    for other in (root / MPNET, root / MPNET5, root / KEY):
        if inner_valid(other, essay_set, k) is not None:
            so_far = chosen
            for candidate in ([other], so_far + [other]):
                if done(candidate) and _inner_mean(candidate, essay_set, k) > score(chosen):
                    chosen = candidate
    return chosen if done(chosen) else picked


def describe(name: str, roots: list[Path]) -> str:
    """The teacher's name as the reports show it."""
    if "minilm" not in name:
        return name
    names = [r.name for r in roots]
    for run, what in ((KEY, "five-epoch MiniLM given the scoring key"), (MPNET, "two-epoch mpnet"),
                      (MPNET5, "five-epoch mpnet")):
        if run in names:
            if len(roots) == 1:
                return f"{name.replace('minilm', 'mpnet') if run in (MPNET, MPNET5) else name} ({what})"
            others = describe(name, [r for r in roots if r.name != run])
            return others[:-1] + f" and {what})" if others.endswith(")") else f"{others} (with {what})"
    if names == [LONGER, SEED2]:
        return f"{name} (five-epoch MiniLM, two seeds)"
    if len(roots) > 1:
        return f"{name} (three- and five-epoch MiniLM)"
    return f"{name} (five-epoch MiniLM)" if roots[0].name == LONGER else name


def possible_roots(root: Path) -> list[list[Path]]:
    """Every list of runs :func:`teacher_roots` can pick under ``root``, in the order it builds them."""
    out = [[root], [root / LONGER], [root, root / LONGER], [root / LONGER, root / SEED2]]
    for other in (root / MPNET, root / MPNET5, root / KEY):
        out = out + [c for so_far in out for c in ([other], so_far + [other])]
    unique: list[list[Path]] = []
    for c in out:
        if c not in unique:
            unique.append(c)
    return unique


def roots_named(name: str, root: Path) -> list[Path]:
    """The runs a teacher named as :func:`describe` names it takes (its inverse): the runs the student learned from,
    whatever :func:`teacher_roots` would pick from the runs on disk today (a run added since, or one of those it was
    weighed against and since lost, does not change which teacher it was). ``[]`` for a teacher without fine-tuned
    runs; a clear error for a name :func:`describe` cannot write."""
    if "runs" not in members(name):
        return []
    head, _, rest = name.partition(" (")
    base = "+".join(["minilm"] + head.split("+")[1:])
    found = [c for c in possible_roots(root) if describe(base, c) == name]
    if len(found) != 1:
        raise ValueError(f"the teacher name {name!r} names {'no' if not found else 'more than one'} list of teacher "
                         "runs that the teacher rule can pick (teacher_runs.describe); was it written by another "
                         "version of grader-distill?")
    return found[0]


def members(name: str) -> tuple[str, ...]:
    """The members of a teacher named as :func:`describe` names it, in the order its mean takes them: ``"runs"`` (the
    mean of its fine-tuned runs, MiniLM, mpnet or both) where it takes them, ``"tfidf-lr"``, and ``"feature-lr"``
    where the feature teacher was taken. :func:`describe` writes "mpnet+…" where mpnet alone is the pick, so a test
    for "minilm" alone would leave mpnet out (as ``scripts/reinstall_rerun.py`` did until 2026-12-02's fifth session)."""
    head = name.split(" (", 1)[0].split("+")
    return (("runs",) if head[0] in ("minilm", "mpnet") else ()) + ("tfidf-lr",) + \
        (("feature-lr",) if "feature-lr" in head else ())


def record_measured_its_members(recorded: dict) -> bool:
    """Whether a manifest's teacher record (``metrics.teacher``) measured every member its name names. Records
    written since the fix (fifth session of 2026-12-02) list their ``members``; an older one whose teacher takes
    fine-tuned runs under a name not starting with "minilm" (mpnet alone, set 5's) measured them without the runs."""
    name = str(recorded.get("model", ""))
    return "members" in recorded or "runs" not in members(name) or name.startswith("minilm")
