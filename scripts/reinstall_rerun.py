"""Fifteenth amendment: install kinds re-run for one set, weighed against the other kinds' figures recorded in the
installed bundle (`crossfit_install.reinstall_rerun`). The manifest's teacher figures are the re-run's teacher out of
fold, decided like the students (TF-IDF, with the fine-tuned pick, MiniLM or mpnet, where it teaches, + the feature
teacher where it was taken).
The teacher a kind learned from is the one its name says (``teacher_runs.roots_named``): the runs it took, whatever
the teacher rule would pick from the runs on this machine today.
Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/reinstall_rerun.py --set 5 --kinds hashed_distilled,hashed_pooled
       OMP_NUM_THREADS=1 .venv/bin/python scripts/reinstall_rerun.py --set 5 --teacher-figure [--record]
       (without --kinds: the installed bundle's teacher; --record writes its figure into the installed manifest)"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.distill import feature_teacher  # noqa: E402
from grader_app.distill.crossfit import K_FOLDS, set_data  # noqa: E402
from grader_app.distill.crossfit_hashed_augmented import folder_of, kind_of  # noqa: E402
from grader_app.distill.crossfit_install import _figure, reinstall_rerun  # noqa: E402
from grader_app.distill.crossfit_vocab import kind_figures, teachers_for  # noqa: E402
from grader_app.distill.teacher_runs import members, roots_named  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

FOLDERS = {"hashed_distilled": "hashed-distilled-bundle", "hashed_augmented": "hashed-augmented-bundle",
           "hashed_pooled": "hashed-pooled-bundle", "hashed_augmented6": "hashed-augmented6-bundle",
           "hashed_augmented6_shared": "hashed-augmented6-shared-bundle", "hashed_lr_key": "hashed-lr-key-bundle",
           "hashed_ordinal_key": "hashed-ordinal-key-bundle", "hashed_pair_key": "hashed-pair-key-bundle",
           "hashed_augmented_key": "hashed-augmented-key-bundle", "hashed_augmented6_key": "hashed-augmented6-key-bundle",
           "hashed_augmented6_shared_key": "hashed-augmented6-shared-key-bundle"}
FOLDERS = {**FOLDERS, **{k.replace("_key", "_keyz"): v.replace("-key-", "-keyz-") for k, v in FOLDERS.items() if "_key" in k}}
# every augmented kind the command can write (copies, shared weight, key features, word pieces: thirty-third and
# thirty-sixth sessions), named by the code that names its folder
FOLDERS = {**FOLDERS, **{kind_of(c, s, k, p): folder_of(c, s, k, p) for c in (2, 6, 12, 24) for s in (False, True)
                         for k in (False, True, "z") for p in (False, True)}}


def teacher(essay_set: int, name: str) -> dict:
    d = set_data(essay_set)
    roots = roots_named(name, ROOT / "runs" / "crossfit")
    runs = [teachers_for(essay_set, r, d.df, d.texts, d.y, d.folds, d.transfer, K_FOLDS, d.n_labels, use_minilm=True)[0]
            for r in roots] or [teachers_for(essay_set, ROOT / "runs" / "crossfit", d.df, d.texts, d.y, d.folds,
                                             d.transfer, K_FOLDS, d.n_labels, use_minilm=False)[0]]
    taken = members(name)   # the eighteenth amendment may judge the TF-IDF teacher alone best
    probs = [runs[0]["tfidf-lr"]]
    if "runs" in taken:      # MiniLM, or mpnet: its probabilities fill the "minilm" slot (crossfit_vocab.teachers_for)
        missing = [r for r, t in zip(roots, runs) if "minilm" not in t]
        if missing:
            raise SystemExit(f"set {essay_set}: the teacher {name!r} takes the fine-tuned runs under "
                             f"{', '.join(str(r.relative_to(ROOT)) for r in missing)}, not all on this machine with "
                             "their in-fold predictions; make them again (docs/distillation.md, \"Rebuilding one set's "
                             "cross-fitted runs from nothing\") or restore them from teacher_outputs/")
        probs.insert(0, np.mean([t["minilm"] for t in runs], axis=0))
    if feature_teacher.NAME in taken:
        probs.append(feature_teacher.out_of_fold(essay_set, d, K_FOLDS))
    p = np.mean(probs, axis=0)
    return {**_figure(kind_figures(np.log(np.clip(p, 1e-12, 1.0)), d.y, d.folds, K_FOLDS, d.n_labels), len(d.y)),
            "model": name, "members": list(taken)}


def record_teacher(models: Path, essay_set: int, fig: dict) -> Path:
    """The installed bundle with ``fig`` as its ``metrics.teacher``: the same graph, calibration and provenance,
    written, read back and verified (``crossfit_baseline.reissue``)."""
    from grader_app.bundles import read_bundle
    from grader_app.distill.crossfit_baseline import reissue

    installed = models / f"asap-sas-{essay_set}.gradebundle"
    metrics = json.loads(json.dumps(read_bundle(installed).manifest["metrics"]))
    metrics["teacher"] = fig
    reissue(installed, metrics, installed)
    read_bundle(installed)
    return installed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=int, required=True)
    ap.add_argument("--kinds", default="", help="comma-separated kinds run again this session: " +
                    ", ".join(sorted(FOLDERS)))
    ap.add_argument("--withdrawn", default="", help="comma-separated kinds an amendment took out of the candidates "
                    "(their recorded figures are not weighed unless run again)")
    ap.add_argument("--out", default="runs/crossfit-vocab-dec")
    ap.add_argument("--teacher-figure", action="store_true", help="only print the out-of-fold figure of the teacher "
                    "each re-run kind learned from (decided as the students are), or without --kinds the installed "
                    "bundle's; install nothing")
    ap.add_argument("--record", action="store_true", help="with --teacher-figure and without --kinds: write the "
                    "figure into the installed bundle's manifest as the teacher its student learned from")
    ap.add_argument("--models", default=str(bundled_models_dir()), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    models = Path(a.models)
    if not a.kinds and not a.teacher_figure:
        ap.error("--kinds is needed (or --teacher-figure for the installed bundle's teacher)")
    if a.record and (a.kinds or not a.teacher_figure):
        ap.error("--record goes with --teacher-figure, without --kinds")
    reruns = {k: ROOT / a.out / FOLDERS[k] / f"set-{a.set}" for k in a.kinds.split(",") if k}

    def figures(summary: dict) -> dict | None:
        if "teacher" not in summary:
            return None
        fig = teacher(a.set, summary["teacher"])
        print(f"set {a.set}: teacher {summary['teacher']}, out of fold decided QWK {fig['qwk']:.4f}")
        return fig
    if a.teacher_figure:
        if reruns:
            names = sorted({json.loads((job / "summary.json").read_text(encoding="utf-8")).get("teacher", "")
                            for job in reruns.values()} - {""})
        else:
            from grader_app.bundles import read_bundle
            names = [read_bundle(models / f"asap-sas-{a.set}.gradebundle").manifest["metrics"]["teacher"]["model"]]
        for name in names:
            fig = teacher(a.set, name)
            print(f"set {a.set}: teacher {name}, out of fold decided QWK {fig['qwk']:.4f} ± {fig['qwk_sd']:.4f} "
                  f"(folds {', '.join(f'{q:.4f}' for q in fig['folds'])})")
            if a.record:
                print(f"set {a.set}: recorded in {record_teacher(models, a.set, fig).name}")
        return 0
    withdrawn = tuple(k for k in a.withdrawn.split(",") if k)
    reinstall_rerun(models, a.set, reruns, teacher=figures, withdrawn=withdrawn)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
