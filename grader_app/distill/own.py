"""``grader-distill own``: a distilled student for YOUR question, from your files (not ASAP-SAS).

Input (see :mod:`.own_data`): scored answers, unscored answers (optional) and a teacher's soft labels for all of
them, e.g. an LLM's saved probabilities over the score points. Steps:

1. ``--check``: read and cross-check the three files, print what was found, train nothing.
2. Cross-validation (``--folds``, default 5; :mod:`.own_crossfit`, the ASAP-SAS cross-fitted recipe): the scored
   answers are split into stratified, seeded folds; for each fold the recipe (feature vocabulary, architecture,
   λ/T sweep on a seeded 80/20 split of the other folds, then the chosen settings trained on all the other folds)
   predicts the held-out fold. Reported: QWK of the distilled and of the hard-label student (mean ± sd over folds),
   and the share of answers the distilled one would take alone out of fold, with the error rate among them; each
   fold is scored by the decision rule (arg-max, or cutpoints on the expected score: :mod:`.decoding`), temperature
   and threshold chosen on the other folds' predictions, the arg-max's QWK kept beside.
3. The bundle to ship: the same recipe on ALL the scored answers and every unscored one (its settings chosen on a
   seeded 80/20 split of them, then trained on all), with its decision rule, temperature and review threshold
   chosen and fitted on the out-of-fold predictions of step 2 (every scored answer; the rule in the manifest's
   ``decision``), written to ``OUT/student-kd.gradebundle`` (and the
   hard-label ``student-hard.gradebundle``), read back and run once by the app's loader. ``OUT/own.json`` holds
   the figures; the manifest's ``metrics`` are the cross-validated ones and say so.

With ``--folds 0`` there is no cross-validation and the bundle is made as before cross-fitting: trained on a seeded
four fifths of the scored answers (and every unscored one), the other fifth choosing its settings, temperature and
threshold (:func:`.student.build_student`); its figures are that fifth's and the manifest says so.
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
# what a run writes into --out (cv/: what runs before cross-fitting left while they ran): a folder holding only these
# is written again
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


def _check_folds(d, folds: int) -> None:
    counts = np.bincount([d.labels.index(s) for s in d.scored.scores], minlength=len(d.labels))
    few = [(d.labels[c], int(n)) for c, n in enumerate(counts) if 0 < n < max(folds, 3)]
    if few:
        raise DistillError(f"the score {few[0][0]} has only {few[0][1]} scored answer(s), too few for {folds} folds "
                           f"(each fold's training part needs two of every score); score more answers of it, or lower "
                           "--folds (2 at the least) or give --folds 0 to skip the cross-validation")


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise DistillError(f"--out {out} is a file; give a folder (new or empty) for the bundles")
    others = sorted(p.name for p in out.iterdir() if p.name not in WRITTEN) if out.exists() else []
    if others:
        raise DistillError(f"{out} holds files own does not write ({', '.join(others[:3])}); give an empty or new "
                           "folder with --out")
    shutil.rmtree(out / "cv", ignore_errors=True)   # what a run stopped before cross-fitting left
    out.mkdir(parents=True, exist_ok=True)


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
    if args.folds:
        _check_folds(d, args.folds)
    out = Path(args.out)
    _prepare_out(out)
    archs = tuple(args.arch) if args.arch else ARCHITECTURES
    title = args.title.strip()
    from ..learn.export import bundle_id_for

    bundle_id = args.bundle_id or bundle_id_for(title)
    n, m = len(d.scored.ids), len(d.unscored.ids)
    provenance = {"teacher": args.teacher_note or "see the soft-label file", "soft_labels": Path(args.soft_labels).name}
    if args.folds:
        from .own_crossfit import cross_validate, own_data, write_final

        data = own_data(d)
        cv = cross_validate(data, args.folds, SEED, archs=archs, quick=args.quick, log=log)
        log(f"cross-validated ({cv['folds']} folds, {cv['n']} answers), each fold scored by the rule chosen on the "
            f"other folds ({_rules(cv['kd']['fold_rules'])}): distilled QWK {cv['kd']['qwk_mean']:.3f} ± "
            f"{cv['kd']['qwk_sd']:.3f} (arg-max alone {cv['kd']['argmax']['qwk_mean']:.3f}), hard-label "
            f"{cv['hard']['qwk_mean']:.3f} ± {cv['hard']['qwk_sd']:.3f} (arg-max alone "
            f"{cv['hard']['argmax']['qwk_mean']:.3f}); taken alone out of fold {cv['kd']['accepted_share']:.0%} with "
            f"{cv['kd']['error_among_accepted']:.1%} wrong")
        provenance["data"] = (f"{Path(args.scored).name}: all {n} scored answers ({args.folds}-fold cross-fitting: "
                              "settings chosen on a seeded 80/20 split of them, decision rule, temperature and review "
                              f"threshold on their out-of-fold predictions); {m} unscored answers labelled by the teacher")
        summary = write_final(d, data, cv, out, seed=SEED, archs=archs, quick=args.quick, bundle_id=bundle_id,
                              title=title, question=args.question or "", provenance=provenance)
        cv.pop("_logits")
        cv.pop("_folds")
        kd = summary["bundles"]["kd"]
        log(f"trained on all {n} scored answers and {m} unscored; {_rule_said(kd['decision'], n)}; " + (
            f"threshold {kd['threshold']:.3f} (fitted on the {n} out-of-fold predictions), which takes "
            f"{kd['oof_coverage_at_threshold']:.0%} of them with {kd['oof_error_at_threshold']:.1%} wrong"
            if kd["qualified"] else f"no threshold kept the error of the {n} out-of-fold predictions under 5 % at "
            "90 % confidence, so the bundle's is 1.0: every answer goes to the teacher, with a suggested score"))
    else:
        cv = None
        log("--folds 0: no cross-validation; the bundle is trained on four fifths of the scored answers (and every "
            "unscored one) and the other fifth chooses its settings, temperature and threshold")
        provenance["data"] = (f"{Path(args.scored).name}: {n} scored answers (no cross-validation: trained on a "
                              f"seeded 80 %, settings, temperature and threshold chosen on the other 20 %); {m} "
                              "unscored answers labelled by the teacher")
        summary = _build(d, np.arange(n), out, bundle_id=bundle_id, title=title, question=args.question or "",
                         provenance=provenance, archs=archs, quick=args.quick, seed=SEED, log=lambda m: None)
        for role in ("kd", "hard"):
            _say_not_cross_validated(out / f"student-{role}.gradebundle", n)
    from ..bundles import read_bundle
    from ..scoring import Scorer

    bundle = read_bundle(out / "student-kd.gradebundle")
    Scorer(bundle, threads=1).predict_proba(d.scored.texts[:3])
    (out / "own.json").write_text(json.dumps({"bundle": summary, "cross_validation": cv}, indent=2),
                                  encoding="utf-8")
    for name in ("student.json", "sweep.json") if args.folds else ():   # an earlier --folds 0 run's, not this one's
        (out / name).unlink(missing_ok=True)
    log(f"wrote {out / 'student-kd.gradebundle'} (id {bundle_id}, {summary['bundles']['kd']['parameters']:,} "
        f"parameters); the app's loader reads it; figures in {out / 'own.json'}")
    return 0


def _rules(rules: list[str]) -> str:
    """How many folds each rule scored, e.g. "expected score in 4 folds, arg-max in 1"."""
    from ..core.decision import RULE_EXPECTED

    n = sum(1 for r in rules if r == RULE_EXPECTED)
    return f"expected score in {n} fold(s), arg-max in {len(rules) - n}"


def _rule_said(rule: dict, n: int) -> str:
    """The bundle's decision rule (:mod:`.decoding`), in words, with the inner figures that chose it."""
    from ..core.decision import RULE_EXPECTED

    how = (f"leave-one-fold-out over the {n} out-of-fold predictions: QWK {rule['inner_qwk_expected']:.3f} by the "
           f"expected score, {rule['inner_qwk_argmax']:.3f} by the arg-max")
    if rule["rule"] == RULE_EXPECTED:
        cuts = " / ".join(f"{c:.3f}" for c in rule["cutpoints"])
        return f"it scores by the expected score, cutpoints {cuts} ({how})"
    return f"it scores by the likeliest score, the arg-max ({how})"


def _say_not_cross_validated(path: Path, n: int) -> None:
    """``--folds 0``: the manifest's figures are said to come from the validation fifth, not cross-validation."""
    from ..bundles import read_bundle
    from .bundling import write_item_bundle

    b = read_bundle(path)
    m = dict(b.manifest)
    m.pop("sha256", None)
    m["metrics"] = dict(m.get("metrics", {}))
    m["metrics"]["split"] = (f"not cross-validated (--folds 0): a seeded fifth of the {n} scored answers, which chose "
                             "the settings, temperature and threshold; the bundle is trained on the other four fifths")
    m["metrics"]["student"] = {**m["metrics"].get("student", {}), "cross_validated": False}
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
                   help=f"cross-validation folds (default {DEFAULT_FOLDS}): the bundle is then trained on every scored "
                        "answer, its threshold fitted out of fold; 0 skips them and trains it on four fifths, the "
                        "other fifth setting its threshold")
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
