"""The hashed distilled pair kind (``grader-distill crossfit-hashed-distilled``; installation rule, ninth amendment
in docs/distillation.md): the hashed pooled pair (:mod:`crossfit_hashed_pooled`: the same halves, pooled picks,
weights and graph), each half trained on the set's scored answers and on its unscored answers labelled by a teacher.

Knowledge distillation through the transfer set: a cross-fitted teacher's labels on the student's own training
answers are memorised (near the human scores, :func:`crossfit_student.honest_targets`), but on answers nobody scored
its probabilities carry what it learned. The teacher (eighteenth amendment, :mod:`teacher_judge`): of the TF-IDF
teacher, the MiniLM + TF-IDF ensemble and that ensemble with the feature teacher, the one whose students score highest
on the MiniLM fold teachers' inner splits; the TF-IDF teacher where the set has no MiniLM folds. Before it, the
ensemble was fixed (:func:`teacher_name`) and the feature teacher joined by its own inner QWK (fifteenth amendment).
Fold f's students learn the transfer answers from fold f's teachers (which never saw fold f); the bundle's from
the mean of the k fold teachers. Soft targets: the ordinal half takes probabilities as they are; the logistic
regression half sees each unscored answer once per score, weighted by the teacher's probability of that score
(the same cross-entropy).
No torch.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np

from .crossfit import K_FOLDS, set_data
from .crossfit_hashed_lr import featurise_all, summary
from .crossfit_hashed_pair import halves, write_pair_bundle
from .crossfit_hashed_pooled import FINAL, cross_validate_pooled, fit_pooled_final, load_rankings, ranking_jobs
from .crossfit_kind import add_kind_parser, finish_set, load_finished
from .jobs import Job
from .soft_fit import fit_soft
from .teacher_runs import describe, teacher_roots

KIND, FOLDER = "hashed_distilled", "hashed-distilled-bundle"
TEACHERS = "runs/crossfit"   # the cross-fitted teachers' folder (grader-distill crossfit-teacher)
CRITERION = ("each half: the eighth amendment's pooled pick (mean inner QWK over sets {pool}); trained on the scored "
             "answers and on the unscored answers with the {teacher} teacher's probabilities as soft targets")


def _say(msg: str) -> None:
    print(msg, flush=True)


def teacher_name(teachers: dict) -> str:
    """The fixed teacher: the MiniLM + TF-IDF ensemble where MiniLM folds exist, else the TF-IDF teacher."""
    return "minilm+tfidf-lr" if "minilm+tfidf-lr" in teachers else "tfidf-lr"


def _teachers(essay_set: int, d, k: int, roots: list[Path], features: bool = True, judgement: dict | None = None
              ) -> tuple[str, list[np.ndarray], dict]:
    """The teacher's name, its transfer probabilities from each fold's teachers, and the inner figures it was taken
    on. With two MiniLM runs (eleventh amendment) each fold's MiniLM probabilities are the mean of its two runs'.
    Fifteenth amendment (``features``): where the MiniLM + TF-IDF ensemble is the teacher, the feature teacher joins it
    (the mean of the three) if that validates higher on the MiniLM fold teachers' inner splits. Eighteenth amendment
    (``judgement``, :func:`teacher_judge.judged`): the candidate whose students scored highest on those inner splits
    teaches instead, whichever it is."""
    from . import feature_teacher
    from .crossfit_vocab import teachers_for

    runs = [teachers_for(essay_set, r, d.df, d.texts, d.y, d.folds, d.transfer, k, d.n_labels, use_minilm=True)
            for r in roots]
    teachers, transfer_of, _ = runs[0]
    name = teacher_name(teachers)
    if judgement is not None:
        taken = judgement["taken"]
        if taken != "tfidf-lr" and name == "tfidf-lr":
            raise ValueError(f"set {essay_set}: the teacher judged best ({taken}) needs MiniLM fold teachers, and "
                             "none are done; delete the set's teacher-judge folder and run the kind again")
        if taken == "tfidf-lr":
            return taken, [np.asarray(p, dtype=np.float64) for p in transfer_of["tfidf-lr"]], judgement
    if len(runs) > 1 and name == "minilm+tfidf-lr":
        minilm = [np.mean([r[1]["minilm"][f] for r in runs], axis=0) for f in range(k)]
        transfer_of = {name: [(m + t) / 2 for m, t in zip(minilm, transfer_of["tfidf-lr"])]}
    per_fold = [np.asarray(p, dtype=np.float64) for p in transfer_of[name]]
    figures: dict = {}
    if judgement is not None:
        figures = judgement
    elif features and name == "minilm+tfidf-lr":
        figures = feature_teacher.inner_figures(essay_set, d, k, roots)
    with_features = f"{name}+{feature_teacher.NAME}"
    if figures and figures["taken"] in (True, with_features):   # the fifteenth's verdict, or the eighteenth's pick
        extra = feature_teacher.fold_probabilities(essay_set, d, k, d.transfer)
        per_fold = [(2 * p + q) / 3 for p, q in zip(per_fold, extra)]
        name = with_features
    return name, per_fold, figures


def soft_fitter(y: np.ndarray, K: int, Xts: dict, per_fold: list[np.ndarray], wt: np.ndarray | None = None
                ) -> Callable:
    """How the distilled pair fits a half (the signature of :func:`crossfit_hashed_pooled.hard_fitter`): on the human
    scores of ``rows`` and on the transfer answers ``Xts`` with fold f's teachers' probabilities (``per_fold[f]``),
    or, for :data:`FINAL`, their mean. A transfer row fold f's teachers did not label (NaN in ``per_fold[f]``) is
    left out of fold f's fit, and the final fit takes the mean of the teachers that labelled it; ``wt`` weighs each
    transfer row (default 1)."""
    stack = np.asarray(per_fold, dtype=np.float64)
    labelled = ~np.isnan(stack).any(axis=2)                      # [k, n_t]
    if not labelled.any(axis=0).all():
        raise ValueError("a transfer answer is labelled by none of the fold teachers")
    mean = np.nansum(stack, axis=0) / labelled.sum(axis=0)[:, None]
    wt = np.ones(stack.shape[1]) if wt is None else np.asarray(wt, dtype=np.float64)

    def fit(family, config, X, rows: np.ndarray, split: str):
        keep = np.ones(len(mean), bool) if split == FINAL else labelled[int(split)]
        Pt = mean if split == FINAL else stack[int(split)]
        Xt = Xts[family.kind][config.features]
        if not keep.all():
            Xt = Xt[np.flatnonzero(keep)]
        return fit_soft(family, config, K, X[rows], y[rows], Xt, Pt[keep], wt[keep])
    return fit


def cross_validate_distilled(essay_set: int, rankings: dict, k: int = K_FOLDS, root: Path = Path(TEACHERS),
                             log=_say, features: bool = True, judge_in: Path | None = None) -> dict:
    """The pooled pair cross-validated with fold f's teachers' labels on the transfer set added to its training
    (the MiniLM runs by :func:`teacher_runs.teacher_roots`; the teacher judged under ``judge_in`` where given)."""
    d = set_data(essay_set, k)
    roots = teacher_roots(essay_set, root, k)
    judgement = judgement_of(judge_in, essay_set, d, k, roots, rankings, log)
    name, per_fold, figures = _teachers(essay_set, d, k, roots, features, judgement)
    name = describe(name, roots)
    Xts = {f.kind: featurise_all(d.transfer, d.n_labels, f) for f in halves()}
    log(f"set {essay_set}: teacher {name}, {len(d.transfer)} unscored answers")
    return cross_validate_pooled(essay_set, rankings, k, log, fit=soft_fitter(d.y, d.n_labels, Xts, per_fold),
                                 kind=KIND, d=d, extra={"teacher": name, "n_transfer": len(d.transfer),
                                                        **teacher_figures(figures, judgement)})


def judgement_of(judge_in: Path | None, essay_set: int, d, k: int, roots: list[Path], rankings: dict, log,
                 copies: bool = False) -> dict | None:
    """The eighteenth amendment's judgement of the set's teachers (``copies``: the nineteenth's, made with the
    augmented pair), kept under the crossfit-vocab folder ``judge_in`` (None: the rule before it)."""
    if judge_in is None:
        return None
    from .teacher_judge import judged

    return judged(judge_in, essay_set, d, k, roots, rankings, log, copies=copies)


def teacher_figures(figures: dict, judgement: dict | None) -> dict:
    """A summary's record of how its teacher was taken: the eighteenth amendment's judgement, or the fifteenth's
    inner figures."""
    return {"teacher_judge": judgement} if judgement is not None else {"feature_teacher_inner": figures}


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS, teachers: str = TEACHERS,
            pool: list | None = None, features: bool = True, judged: bool = True) -> dict:
    """One set (minutes): its cross-validation and its bundle (the rankings of the pooled kind must be done).
    ``features=False``: the teacher before the fifteenth amendment (to check that rebuilt teacher runs reproduce);
    ``judged=False``: the teacher before the eighteenth (the fifteenth's, with ``features``)."""
    rankings = load_rankings(out.parent.parent, pool)
    res = cross_validate_distilled(essay_set, rankings, k=k, root=Path(teachers), features=features,
                                   judge_in=out.parent.parent if judged and features else None)
    criterion = CRITERION.format(pool=", ".join(map(str, sorted(rankings))), teacher=res["teacher"])

    def build(result: dict, out_dir: Path) -> Path:
        return write_pair_bundle(result, out_dir, fit_pooled_final(result, rankings), KIND, criterion,
                                 teacher=result["teacher"])

    return finish_set(out, res, build, summary)


def distilled_jobs(sets, vocab_out: Path, k: int = K_FOLDS) -> list[Job]:
    return [Job(id=f"{FOLDER}-set{s}", func="crossfit_hashed_distilled:set_job", out=str(vocab_out / FOLDER / f"set-{s}"),
                kwargs={"essay_set": s, "k": k, "teachers": TEACHERS}) for s in sets]


def load(vocab_out: Path, s: int) -> dict | None:
    """The finished job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, FOLDER, s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-distilled", FOLDER, distilled_jobs, lambda r: f"{r['parameters']} stored numbers",
        help="the hashed distilled pair kind (the pooled pair, also trained on a teacher's labels of the unscored "
             "answers) cross-validated",
        description="k-fold CV of the hashed distilled pair kind on the folds of crossfit-vocab (the pooled pair's "
                    "picks; the unscored answers labelled by fold f's teachers, read from runs/crossfit) and its bundle "
                    "fitted on every scored answer. Runs the pooled kind's ranking stage first if it is not done. "
                    "Resumable: a finished job is never redone.",
        first=lambda out, sets: ranking_jobs(out))
