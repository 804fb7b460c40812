"""The hashed augmented pair kind (``grader-distill crossfit-hashed-augmented``; installation rule, tenth amendment in
docs/distillation.md): the distilled pair (:mod:`crossfit_hashed_distilled`), whose transfer set also holds two
augmented copies of every answer of the set (:mod:`augment`), labelled by the same fixed teacher. Sixteenth
amendment: the same kind with six copies (``copies=6``: kind ``hashed_augmented6``, its own job and label folders);
seventeenth: six copies sharing the two copies' total weight (``shared=True``: ``hashed_augmented6_shared``).
Nineteenth: their teacher is the one judged with the augmented pair's student (:func:`teacher_judge.judge_copies`).
Twenty-ninth: the same kinds whose halves read word pieces alone (``pieces=True``: ``…_pieces``, one tokenizer in the
graph), their picks from the word-piece halves' own pooled rankings, their teacher the one judged for the kinds above.

For outer fold f the student learns the copies of the unscored answers and of the scored answers outside fold f,
labelled by fold f's teachers (a copy of a fold-f answer would show the student what it is scored on); the bundle
learns every copy, labelled by the mean of the fold teachers that labelled it. Each copy weighs half an answer.
The MiniLM half of the labels is a teacher inference per (set, fold) (:func:`label_job`, torch), the command's
first stage with the pooled kind's rankings; the kind's own jobs need no torch.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from . import feature_teacher
from .augment import COPIES, Augmented
from .augmented_copies import augmented_set, label_dir, labels_folder, minilm_labels
from .crossfit import K_FOLDS, SetData, set_data, teacher_kind
from .crossfit_hashed_distilled import TEACHERS, _teachers, judgement_of, soft_fitter, teacher_figures
from .crossfit_hashed_lr import featurise_all, summary
from .crossfit_hashed_pair import write_pair_bundle
from .crossfit_hashed_pooled import cross_validate_pooled, families, fit_pooled_final, load_rankings, ranking_jobs
from .crossfit_kind import add_kind_parser, finish_set, load_finished
from .jobs import Job
from .teacher_runs import describe, inner_valid, teacher_root, teacher_roots

KIND, FOLDER = "hashed_augmented", "hashed-augmented-bundle"
COPY_WEIGHT = 1.0 / COPIES   # each copy weighs half an answer, however many copies there are (sixteenth amendment)
CRITERION = ("each half: the eighth amendment's pooled pick (mean inner QWK over sets {pool}); trained on the scored "
             "answers, on the unscored answers and on {n} augmented copies ({copies} of every answer, each weighing "
             "{weight} an answer) with the {teacher} teacher's probabilities as soft targets")
_WORDS = {2: "two", 6: "six"}
_PARTS = {2: "half", 6: "a sixth of"}


def copy_weight(copies: int = COPIES, shared: bool = False) -> float:
    """What one copy weighs: half an answer; with ``shared`` (seventeenth amendment) an answer's copies weigh one
    answer together."""
    return 1.0 / copies if shared else COPY_WEIGHT


def kind_of(copies: int = COPIES, shared: bool = False, keyed: bool | str = False, pieces: bool = False) -> str:
    """The kind's name: ``hashed_augmented`` with today's two copies, ``hashed_augmented<N>`` with N, and
    ``hashed_augmented<N>_shared`` with N sharing one answer's weight; ``_key`` after it with the key features
    (twenty-second amendment; ``_keyz`` with ``keyed="z"``: standardised, twenty-third); ``_pieces`` last with the
    word-piece halves (twenty-ninth)."""
    return (KIND if copies == COPIES else f"{KIND}{copies}") + ("_shared" if shared else "") + (
        f"_key{'z' if keyed == 'z' else ''}" if keyed else "") + ("_pieces" if pieces else "")


def folder_of(copies: int = COPIES, shared: bool = False, keyed: bool | str = False, pieces: bool = False) -> str:
    """The kind's job folder under crossfit-vocab's: ``hashed-augmented-bundle``, ``hashed-augmented<N>-bundle`` or
    ``hashed-augmented<N>-shared-bundle``; ``-key-bundle`` at the end with the key features, ``-pieces-bundle`` with
    the word-piece halves."""
    if pieces:
        return folder_of(copies, shared, keyed).replace("-bundle", "-pieces-bundle")
    if copies == COPIES and not shared and not keyed:
        return FOLDER
    return (f"hashed-augmented{copies if copies != COPIES or not keyed else ''}{'-shared' if shared else ''}"
            f"{('-keyz' if keyed == 'z' else '-key') if keyed else ''}-bundle")


def _say(msg: str) -> None:
    print(msg, flush=True)


def label_job(out: Path, threads: int, essay_set: int, fold: int, k: int = K_FOLDS, teachers: str = TEACHERS,
              minilm_root: str | None = None, copies: int = COPIES) -> dict:
    """Fold ``fold``'s MiniLM teacher under ``minilm_root`` (default: the root the five-epoch rule picks) on every
    copy whose source is not in fold ``fold``: ``aug_probs.npz`` with the copies' indices, probabilities and the
    copies' fingerprint."""
    from .teacher import Teacher

    d = set_data(essay_set, k)
    aug, source_fold = augmented_set(d, copies)
    root = Path(minilm_root) if minilm_root else teacher_root(essay_set, Path(teachers), k)
    rows = np.flatnonzero(source_fold != fold)
    teacher = Teacher(root / teacher_kind(root) / f"set-{essay_set}" / f"fold-{fold}" / "model", threads=threads)
    probs = teacher.predict_proba([aug.texts[i] for i in rows])
    np.savez_compressed(out / "aug_probs.npz", rows=rows, probs=probs.astype(np.float32),
                        digest=np.array(aug.digest()))
    return {"set": essay_set, "fold": fold, "teacher_root": root.name, "n": int(len(rows)), "digest": aug.digest()}


def label_jobs(sets, root: Path, k: int = K_FOLDS, threads: int = 1, copies: int = COPIES) -> list[Job]:
    """One labelling job per (set, fold, MiniLM run the students learn from today: :func:`teacher_roots`) whose
    fold teachers are all done."""
    jobs = []
    for s in sets:
        for chosen in teacher_roots(s, root, k):
            if inner_valid(chosen, s, k) is None:
                print(f"set {s}: no finished MiniLM fold teachers under {chosen}; nothing to label", flush=True)
                continue
            run = "" if chosen == root else f"-{chosen.name}"
            jobs += [Job(id=f"{labels_folder(chosen, copies)}{run}-set{s}-fold{f}",
                         func="crossfit_hashed_augmented:label_job", out=str(label_dir(chosen, s, f, copies)),
                         threads=threads, kwargs={"essay_set": s, "fold": f, "k": k, "teachers": str(root),
                                                  "minilm_root": str(chosen), "copies": copies})
                     for f in range(k)]
    return jobs


def transfer_labels(essay_set: int, d: SetData, k: int, root: Path, aug: Augmented, source_fold: np.ndarray,
                    two_runs: bool = True, features: bool = True, copies: int = COPIES,
                    judgement: dict | None = None) -> tuple[str, list[np.ndarray], dict]:
    """The teacher's name and, per fold, its probabilities on the unscored answers then the copies (NaN on the copies
    of that fold's answers); the MiniLM runs by :func:`teacher_runs.teacher_roots` under ``root``; and the figures it
    was taken on: the eighteenth amendment's ``judgement`` where given, else the fifteenth amendment's inner figures
    (:func:`feature_teacher.inner_figures`; empty where it does not apply)."""
    from .crossfit_student import tfidf_crossfit

    roots = teacher_roots(essay_set, root, k, two_runs)
    name, unscored, figures = _teachers(essay_set, d, k, roots, features, judgement)
    _, tfidf = tfidf_crossfit(d.texts, d.y, d.folds, aug.texts, k, d.n_labels)
    if name.startswith("minilm+tfidf-lr"):
        runs = [minilm_labels(r, essay_set, k, aug, d.n_labels, copies) for r in roots]
        minilm = [np.mean([run[f] for run in runs], axis=0) for f in range(k)]
        on_copies = [(m + t) / 2 for m, t in zip(minilm, tfidf)]
        if name.endswith(feature_teacher.NAME):   # fifteenth amendment: NaN where MiniLM left a copy unlabelled
            on_copies = [(2 * c + q) / 3 for c, q in zip(on_copies, feature_teacher.fold_probabilities(
                essay_set, d, k, aug.texts))]
    else:
        on_copies = [np.where((source_fold == f)[:, None], np.nan, t) for f, t in enumerate(tfidf)]
    return describe(name, roots), [np.vstack([u, c]) for u, c in zip(unscored, on_copies)], figures


def cross_validate_augmented(essay_set: int, rankings: dict, k: int = K_FOLDS, root: Path = Path(TEACHERS),
                             log=_say, two_runs: bool = True, features: bool = True, copies: int = COPIES,
                             shared: bool = False, judge_in: Path | None = None, with_copies: bool = True,
                             key=None, pieces: dict | None = None) -> dict:
    """The pooled pair cross-validated with fold f's teachers' labels on the unscored answers and the copies (the
    teacher judged under ``judge_in`` where given: with the augmented pair's students, nineteenth amendment; with
    ``with_copies=False`` the distilled pair's, the eighteenth's). ``pieces``: the word-piece halves' rankings
    (twenty-ninth amendment): the halves read word pieces and pick from them; the teacher is judged as above, with
    today's halves and ``rankings``."""
    d = set_data(essay_set, k)
    aug, source_fold = augmented_set(d, copies)
    judgement = judgement_of(judge_in, essay_set, d, k, teacher_roots(essay_set, root, k, two_runs), rankings, log,
                             copies=with_copies)
    name, per_fold, figures = transfer_labels(essay_set, d, k, root, aug, source_fold, two_runs, features, copies,
                                              judgement)
    transfer = d.transfer + aug.texts
    weights = np.concatenate([np.ones(len(d.transfer)), np.full(len(aug.texts), copy_weight(copies, shared))])
    Xts = {f.kind: featurise_all(transfer, d.n_labels, f) for f in families(key, pieces is not None)}
    log(f"set {essay_set}: teacher {name}, {len(d.transfer)} unscored answers, {len(aug.texts)} copies")
    extra = {"teacher": name, "n_transfer": len(d.transfer), "n_augmented": len(aug.texts), "copies": copies,
             "copy_weight": copy_weight(copies, shared),
             "operations": dict(sorted(Counter(aug.operations).items())), **teacher_figures(figures, judgement)}
    keyed = False if key is None else "z" if key.center else True
    return cross_validate_pooled(essay_set, rankings if pieces is None else pieces, k, log,
                                 fit=soft_fitter(d.y, d.n_labels, Xts, per_fold, weights),
                                 kind=kind_of(copies, shared, keyed, pieces is not None), d=d, extra=extra, key=key,
                                 pieces=pieces is not None)


def set_job(out: Path, threads: int, essay_set: int, k: int = K_FOLDS, teachers: str = TEACHERS,
            pool: list | None = None, two_runs: bool = True, features: bool = True, copies: int = COPIES,
            shared: bool = False, judged: bool = True, with_copies: bool = True, keyed: bool | str = False,
            pieces: bool = False) -> dict:
    """One set (minutes): its cross-validation and its bundle (the pooled kind's rankings and, where the teacher
    includes MiniLM, the copies' labels must be done). ``two_runs=False``: the tenth amendment's first run, before
    the eleventh's two-run teacher; ``features=False``: the teacher before the fifteenth amendment; ``copies``: the
    sixteenth amendment's kind with that many copies; ``shared``: the seventeenth's, the copies sharing one answer's
    weight; ``judged=False``: the teacher before the eighteenth amendment; ``with_copies=False``: the eighteenth's
    judgement, before the nineteenth made it with the augmented pair; ``keyed``: both halves also read the question's
    key features (twenty-second amendment; the same teacher, picks and copies; ``"z"``: standardised, twenty-third);
    ``pieces``: the halves read word pieces alone (twenty-ninth; the same teacher and copies, their own picks)."""
    from .crossfit_hashed_keyed import key_of

    rankings = load_rankings(out.parent.parent, pool)
    piece_rankings = load_rankings(out.parent.parent, pool, pieces=True) if pieces else None
    judge_in = out.parent.parent if judged and features and two_runs else None
    res = cross_validate_augmented(essay_set, rankings, k=k, root=Path(teachers), two_runs=two_runs,
                                   features=features, copies=copies, shared=shared, judge_in=judge_in,
                                   with_copies=with_copies, key=key_of(essay_set, keyed == "z") if keyed else None,
                                   pieces=piece_rankings)
    share = copy_weight(copies, shared)
    criterion = CRITERION.format(pool=", ".join(map(str, sorted(rankings))), teacher=res["teacher"],
                                 n=res["n_augmented"], copies=_WORDS.get(copies, str(copies)),
                                 weight=_PARTS.get(round(1 / share), f"{share:g} of"))

    def build(result: dict, out_dir: Path) -> Path:
        return write_pair_bundle(result, out_dir, fit_pooled_final(result, piece_rankings or rankings),
                                 kind_of(copies, shared, keyed, pieces),
                                 criterion + (f"; both halves also read {result['key_features']} key features "
                                              f"({'standardised, twenty-third' if keyed == 'z' else 'twenty-second'} "
                                              "amendment)" if keyed else "")
                                 + ("; both halves read word pieces alone, picked on their own pooled rankings "
                                    "(twenty-ninth amendment)" if pieces else ""),
                                 teacher=result["teacher"])

    return finish_set(out, res, build, summary)


def augmented_jobs(sets, vocab_out: Path, k: int = K_FOLDS, two_runs: bool = True, copies: int = COPIES,
                   shared: bool = False, keyed: bool | str = False, pieces: bool = False) -> list[Job]:
    folder = folder_of(copies, shared, keyed, pieces)
    more = {} if copies == COPIES else {"copies": copies}   # today's jobs keep their kwargs (and so their ids' records)
    more.update({"shared": True} if shared else {})
    more.update({"keyed": keyed} if keyed else {})
    more.update({"pieces": True} if pieces else {})
    return [Job(id=f"{folder}-set{s}", func="crossfit_hashed_augmented:set_job", out=str(vocab_out / folder / f"set-{s}"),
                kwargs={"essay_set": s, "k": k, "teachers": TEACHERS, "two_runs": two_runs, **more}) for s in sets]


def load(vocab_out: Path, s: int, copies: int = COPIES, shared: bool = False, keyed: bool | str = False,
         pieces: bool = False) -> dict | None:
    """The finished job of set ``s`` (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, folder_of(copies, shared, keyed, pieces), s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-augmented", FOLDER,
        lambda sets, out, copies, shared_weight, keyed, standardised, pieces: augmented_jobs(
            sets, out, copies=copies, shared=shared_weight, keyed=("z" if standardised else True) if keyed else False,
            pieces=pieces),
        lambda r: f"{r['parameters']} stored numbers",
        help="the hashed augmented pair kind (the distilled pair, also taught two augmented copies of every answer) "
             "cross-validated",
        description="k-fold CV of the hashed augmented pair kind on the folds of crossfit-vocab: the distilled pair "
                    "whose transfer set also holds two augmented copies of every answer, labelled by fold f's "
                    "teachers, and its bundle fitted on every scored answer. First stage, where not done: the pooled "
                    "kind's rankings, and each MiniLM fold teacher's labels of the copies (torch, one thread a job; "
                    "under runs/crossfit, only for sets whose MiniLM folds exist). Resumable: a finished job is "
                    "never redone.",
        first=lambda out, sets, copies, shared_weight, keyed, standardised, pieces: ranking_jobs(out) + (
            ranking_jobs(out, pieces=True) if pieces else []) + label_jobs(sets, Path(TEACHERS), copies=copies),
        options={"--copies": {"type": int, "default": COPIES,
                              "help": f"augmented copies of every answer (default {COPIES}; 6: the sixteenth "
                                      "amendment's kind, its own folders)"},
                 "--shared-weight": {"action": "store_true",
                                     "help": "an answer's copies weigh one answer together (each 1/copies) instead of "
                                             "half an answer each: the seventeenth amendment's kind, its own folder"},
                 "--keyed": {"action": "store_true",
                             "help": "both halves also read the question's key features (the twenty-second "
                                     "amendment's kinds, their own folders)"},
                 "--standardised": {"action": "store_true",
                                    "help": "with --keyed: the key features as z-scores over the set's unscored "
                                            "answers (the twenty-third amendment's kinds, their own folders)"},
                 "--pieces": {"action": "store_true",
                              "help": "both halves read word pieces alone (one tokenizer in the graph), picked on "
                                      "their own pooled rankings: the twenty-ninth amendment's kinds, their own "
                                      "folders"}})
