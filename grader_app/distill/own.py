"""``grader-distill own``: a distilled student for YOUR question, from your files (not ASAP-SAS).

Input (see :mod:`.own_data`): scored answers, unscored answers (optional) and a teacher's soft labels for all of
them, e.g. an LLM's saved probabilities over the score points. Steps:

1. ``--check``: read and cross-check the three files, print what was found, train nothing.
2. Cross-validation (``--folds``, default 5): the scored answers are split into stratified, seeded folds; for each
   fold the whole recipe (:func:`.student.build_student`: feature vocabulary, λ/T sweep, temperature, review
   threshold) runs on the other folds only (a seeded 80/20 inner split of them for its choices), and the bundle it
   writes is read back by the app's loader and scores the held-out fold with the app's ``Scorer``. Reported: QWK
   of the distilled and of the hard-label student (mean ± sd over folds), and the share of answers the distilled
   one would accept on its own at its threshold, with the error rate among them.
3. The bundle to ship: the same recipe on every scored answer (an 80/20 split for its choices) and the unscored
   ones, written to ``OUT/student-kd.gradebundle`` (and the hard-label ``student-hard.gradebundle``), read back
   and run once by the app's loader. ``OUT/own.json`` holds the figures; they also go into the bundle's
   ``metrics.cross_validation``.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from .common import DistillError

DEFAULT_FOLDS = 5
SEED = 20240701
INNER_VALID = 0.2
# what a run writes into --out (cv/ only while it runs): a folder holding only these is written again
WRITTEN = {"cv", "own.json", "student.json", "sweep.json", "student-kd.gradebundle", "student-hard.gradebundle"}


def _say(msg: str) -> None:
    print(msg, flush=True)


def _inner_split(y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Stratified, seeded train / valid positions of ``y`` (80/20)."""
    from sklearn.model_selection import train_test_split

    pos = np.arange(len(y))
    counts = np.bincount(y)
    stratify = y if counts[counts > 0].min() >= 2 else None   # a score given once cannot be in both parts
    tr, va = train_test_split(pos, test_size=INNER_VALID, random_state=seed, stratify=stratify)
    return np.sort(tr), np.sort(va)


def _build(d, train_pos, out_dir: Path, *, bundle_id: str, title: str, question: str, provenance: dict,
           archs, quick: bool, seed: int, log) -> dict:
    from .student import build_student

    ys = np.array([d.labels.index(s) for s in d.scored.scores])
    tr_rel, va_rel = _inner_split(ys[train_pos], seed)
    tr, va = train_pos[tr_rel], train_pos[va_rel]
    texts, scores = d.scored.texts, d.scored.scores
    item = {"id": bundle_id, "prompt": question, "labels": list(d.labels)}
    return build_student([texts[i] for i in tr], [scores[i] for i in tr], d.p_scored[tr],
                         [texts[i] for i in va], [scores[i] for i in va], list(d.unscored.texts), d.p_unscored,
                         d.labels, out_dir, bundle_id=bundle_id, title=title, item=item, provenance=provenance,
                         archs=archs, quick=quick, log=log)


def _score_fold(bundle_path: Path, texts: list[str], y: np.ndarray, labels) -> dict:
    """The app's loader and Scorer on held-out answers: QWK, and what the bundle takes alone at its threshold."""
    from ..bundles import read_bundle
    from ..core.metrics import quadratic_weighted_kappa
    from ..core.review import AUTO, status_for
    from ..scoring import Scorer

    bundle = read_bundle(bundle_path)
    probs = Scorer(bundle, threads=1).predict_proba(texts)
    pred = probs.argmax(1)
    conf = probs.max(1)
    t = float(bundle.manifest["review"]["threshold"])
    # the app's own rule (a threshold of 1.0 takes nothing, even a confidence rounded to 1.0); answers the app flags
    # (a list of terms, another language) go to review too, so it may take a few fewer than this
    taken = np.array([status_for(True, float(c), [], t) == AUTO for c in conf], dtype=bool)
    return {"n": int(len(y)), "qwk": float(quadratic_weighted_kappa(y, pred, labels=list(range(len(labels))))),
            "accuracy": float(np.mean(pred == y)), "threshold": t, "accepted": int(taken.sum()),
            "accepted_errors": int(np.sum(taken & (pred != y)))}


def cross_validate(d, out: Path, folds: int, *, archs, quick: bool, log=_say) -> dict:
    """Every scored answer scored once, by a student that never saw it (see the module docstring)."""
    from sklearn.model_selection import StratifiedKFold

    ys = np.array([d.labels.index(s) for s in d.scored.scores])
    counts = np.bincount(ys, minlength=len(d.labels))
    few = [(d.labels[c], int(n)) for c, n in enumerate(counts) if 0 < n < max(folds, 3)]
    if few:
        raise DistillError(f"the score {few[0][0]} has only {few[0][1]} scored answer(s), too few for {folds} folds "
                           f"(each fold's training part needs two of every score); score more answers of it, or lower "
                           "--folds (2 at the least) or give --folds 0 to skip the cross-validation")
    rows = []
    work = out / "cv"
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for f, (rest, held) in enumerate(skf.split(np.zeros(len(ys)), ys)):
        log(f"fold {f + 1} of {folds}: training on {len(rest)} scored answers, scoring {len(held)}")
        fold_dir = work / f"fold-{f}"
        _build(d, rest, fold_dir, bundle_id="own-cv", title="cross-validation fold", question="",
               provenance={"data": "cross-validation fold"}, archs=archs, quick=quick, seed=SEED + f,
               log=lambda m: None)
        held_texts = [d.scored.texts[i] for i in held]
        row = {"fold": f}
        for role in ("kd", "hard"):
            row[role] = _score_fold(fold_dir / f"student-{role}.gradebundle", held_texts, ys[held], d.labels)
        rows.append(row)
        log(f"  distilled QWK {row['kd']['qwk']:.3f}, hard-label QWK {row['hard']['qwk']:.3f}, "
            f"{row['kd']['accepted']} of {len(held)} accepted at {row['kd']['threshold']:.3f}")
    shutil.rmtree(work, ignore_errors=True)
    return summarise(rows, len(ys))


def summarise(rows: list[dict], n: int) -> dict:
    out = {"folds": len(rows), "n": n, "per_fold": rows}
    for role in ("kd", "hard"):
        q = np.array([r[role]["qwk"] for r in rows])
        out[role] = {"qwk_mean": float(q.mean()), "qwk_sd": float(q.std(ddof=1)) if len(q) > 1 else 0.0}
    acc = sum(r["kd"]["accepted"] for r in rows)
    err = sum(r["kd"]["accepted_errors"] for r in rows)
    out["kd"].update({"accepted_share": acc / n, "accepted": acc,
                      "error_among_accepted": (err / acc) if acc else 0.0})
    return out


def run_own(args, log=_say) -> int:
    from .own_data import load_own
    from .student import ARCHITECTURES

    d = load_own(args.scored, args.soft_labels, args.unscored, id_column=args.id_column,
                 answer_column=args.answer_column, score_column=args.score_column, scores=args.scores)
    counts = {s: sum(1 for x in d.scored.scores if x == s) for s in d.labels}
    log(f"{len(d.scored.ids)} scored answers ({', '.join(f'{s}: {n}' for s, n in counts.items())}), "
        f"{len(d.unscored.ids)} unscored; soft labels for all {len(d.scored.ids) + len(d.unscored.ids)} over the "
        f"scores {', '.join(map(str, d.labels))} (p_0 is {d.labels[0]}); "
        + (f"{d.hashed} text hashes checked" if d.hashed else "no sha256 column, matched by id"))
    log(f"the teacher's most probable score against yours on the scored answers: QWK {d.agreement['qwk']:.3f}, "
        f"{d.agreement['exact']:.0%} the same")
    if args.check:
        log("the files fit together; train with the same arguments and --out DIR, without --check")
        return 0
    if not args.out:
        raise DistillError("give --out DIR for the bundle (or --check to only check the files)")
    if not (args.title or "").strip():
        raise DistillError("give the bundle a --title: the name teachers see in the app, and one way it finds the "
                           "bundle for a sheet's question (the file's name would give every such bundle the same one)")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise DistillError(f"--out {out} is a file; give a folder (new or empty) for the bundles")
    others = sorted(p.name for p in out.iterdir() if p.name not in WRITTEN) if out.exists() else []
    if others:
        raise DistillError(f"{out} holds files own does not write ({', '.join(others[:3])}); give an empty or new "
                           "folder with --out")
    out.mkdir(parents=True, exist_ok=True)
    archs = tuple(args.arch) if args.arch else ARCHITECTURES
    title = args.title.strip()
    from ..learn.export import bundle_id_for

    bundle_id = args.bundle_id or bundle_id_for(title)
    cv = cross_validate(d, out, args.folds, archs=archs, quick=args.quick, log=log) if args.folds else None
    if cv:
        log(f"cross-validated ({cv['folds']} folds, {cv['n']} answers): distilled QWK {cv['kd']['qwk_mean']:.3f} ± "
            f"{cv['kd']['qwk_sd']:.3f}, hard-label {cv['hard']['qwk_mean']:.3f} ± {cv['hard']['qwk_sd']:.3f}; "
            f"accepted alone {cv['kd']['accepted_share']:.0%} with {cv['kd']['error_among_accepted']:.1%} wrong")
    provenance = {"teacher": args.teacher_note or "see the soft-label file",
                  "soft_labels": Path(args.soft_labels).name,
                  "data": f"{Path(args.scored).name}: {len(d.scored.ids)} scored answers (80/20 seeded split for the "
                          f"choices); {len(d.unscored.ids)} unscored answers labelled by the teacher"}
    summary = _build(d, np.arange(len(d.scored.ids)), out, bundle_id=bundle_id, title=title,
                     question=args.question or "", provenance=provenance, archs=archs, quick=args.quick, seed=SEED,
                     log=lambda m: None)
    if cv:
        _add_cv(out / "student-kd.gradebundle", cv)
    from ..bundles import read_bundle
    from ..scoring import Scorer

    bundle = read_bundle(out / "student-kd.gradebundle")
    Scorer(bundle, threads=1).predict_proba(d.scored.texts[:3])
    (out / "own.json").write_text(json.dumps({"bundle": summary, "cross_validation": cv}, indent=2),
                                  encoding="utf-8")
    log(f"wrote {out / 'student-kd.gradebundle'} (id {bundle_id}, {summary['bundles']['kd']['parameters']:,} "
        f"parameters); the app's loader reads it; figures in {out / 'own.json'}")
    return 0


def _add_cv(path: Path, cv: dict) -> None:
    """Put the cross-validated figures into the bundle's manifest (written and verified again)."""
    from ..bundles import read_bundle
    from .bundling import write_item_bundle

    b = read_bundle(path)
    m = dict(b.manifest)
    m.pop("sha256", None)
    m["metrics"] = dict(m.get("metrics", {}))
    m["metrics"]["cross_validation"] = {
        "folds": cv["folds"], "n": cv["n"], "qwk": round(cv["kd"]["qwk_mean"], 4), "qwk_sd": round(cv["kd"]["qwk_sd"], 4),
        "accepted_share": round(cv["kd"]["accepted_share"], 4),
        "error_among_accepted": round(cv["kd"]["error_among_accepted"], 4)}
    write_item_bundle(path, m, b.model_bytes)


def _scale(value: str) -> list:
    from .common import as_number

    try:
        return [as_number(v) for v in value.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"'{value}' is not a list of scores; write e.g. 0,1,2") from None


def add_parser(subparsers) -> None:
    """``grader-distill own``."""
    from .student import ARCHITECTURES

    p = subparsers.add_parser(
        "own", help="YOUR question: check your files, cross-validate and bundle a student taught by your soft "
                    "labels (e.g. an LLM's)",
        description="A model bundle for your own question (not ASAP-SAS): scored answers + unscored answers + a "
                    "teacher's probabilities over the score points for all of them (id,p_0,...,p_K-1 as CSV, "
                    "p_0 the lowest score; or JSONL / JSON). --check only checks the files; otherwise the distilled "
                    "student is cross-validated (QWK, share accepted at its threshold) and then trained on every "
                    "answer and written to OUT/student-kd.gradebundle. See docs/own-question.md.")
    p.add_argument("--scored", required=True, metavar="FILE", help="CSV or XLSX of scored answers (id, answer, score)")
    p.add_argument("--unscored", metavar="FILE", help="CSV or XLSX of unscored answers the teacher labelled (id, answer)")
    p.add_argument("--soft-labels", required=True, metavar="FILE",
                   help="the teacher's probabilities for every answer of both files: CSV id,p_0,...,p_K-1 "
                        "(optional sha256 column), JSONL or JSON")
    p.add_argument("--id-column", default="id", help="column holding the answer id in both files (default: id)")
    p.add_argument("--answer-column", default="answer", help="column holding the answer text (default: answer)")
    p.add_argument("--score-column", default="score", help="column holding the score (default: score)")
    p.add_argument("--scores", type=_scale, metavar="0,1,2,...",
                   help="the whole score scale, when a score occurs in no scored answer (default: the scores found)")
    p.add_argument("--check", action="store_true", help="only check the three files, train nothing")
    p.add_argument("--folds", type=int, default=DEFAULT_FOLDS,
                   help=f"cross-validation folds before the final bundle (default {DEFAULT_FOLDS}; 0 skips it)")
    p.add_argument("--title", help="the bundle's title, shown in the app (needed to train)")
    p.add_argument("--bundle-id", help="the bundle's id (default: made from the title)")
    p.add_argument("--question", help="the question's text, kept in the bundle (the app matches sheets by it)")
    p.add_argument("--teacher-note", default="", help="what the teacher was, for the bundle's provenance")
    p.add_argument("--arch", action="append", choices=ARCHITECTURES, help="architecture(s) to sweep (default: both)")
    p.add_argument("--quick", action="store_true", help="a small sweep (one λ, one T)")
    p.add_argument("--out", help="folder for the bundles and own.json (new or empty)")

    def run(args) -> int:
        from .export import ExportError

        if args.folds == 1 or args.folds < 0:
            raise DistillError("--folds must be 0 (no cross-validation) or 2 and more")
        try:
            return run_own(args)
        except ExportError as exc:
            raise DistillError(str(exc)) from None
    p.set_defaults(func=run)
