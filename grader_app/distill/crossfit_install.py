"""``grader-distill crossfit-vocab``: the shipped recipe cross-fitted (see :mod:`crossfit_vocab`), one job
per set, and the bundle of the kind the installation rule picks, fitted on every scored answer.

Each job writes ``runs/crossfit-vocab/set-<S>-<teacher>/``: ``summary.json`` (every kind's CV figures,
the choices per fold, the pick) and, when the rule installs, ``asap-sas-<S>.gradebundle``.
``--install`` copies the bundles the rule installs into ``model_bundles/`` (after reading them back).

The rule as amended on 2026-11-30 (docs/distillation.md) also weighs the baseline bundle kind
(:mod:`crossfit_baseline`, ``<out>/baseline-bundle/set-<S>/``): :func:`newest` adds its CV figures to the
newest job's and applies the rule again, so the cached student jobs are read as they are, never redone. The
second amendment adds the reference kind (:mod:`crossfit_reference`, ``<out>/reference-bundle/set-<S>/``) the
same way, installed only where no capped kind reaches the reference's CV QWK.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np

from .calibration import softmax as _softmax
from .crossfit import K_FOLDS, in_fold_teacher_probabilities, oof_teacher_probabilities, transfer_frame
from .crossfit_student import L2S, _fit, _qwk, choose
from .crossfit_vocab import (BASELINE_KIND, KINDS, OWN_BUNDLE_KINDS,
                             REFERENCE_KIND,
                             VOCAB_ARCHS, add_hashed_kd, pick, recipe_choose, refit, summary, with_baseline,
                             with_hashed_augmented, with_hashed_augmented6, with_hashed_augmented6_shared,
                             with_hashed_committee, with_hashed_distilled, with_hashed_lr, with_hashed_ordinal,
                             with_hashed_pair, with_hashed_pooled, with_reference)
from .jobs import EXECUTORS, Job, run_jobs

KIND_WORDS = {
    "vocab_kd": "TF-IDF word 1-2-grams + character 3-5-grams (vocabulary by chi²) → {arch} head, distillation loss "
                "L = CE(y, f) + λ·T²·CE(p_teacher^T, f^T), λ={lam:g} T={T:g}{transfer}",
    "vocab_hard": "TF-IDF word 1-2-grams + character 3-5-grams (vocabulary by chi²) → {arch} head, hard labels only",
    "hashed_hard": "hashed word 1-2-grams and 5-letter chunks (MurmurHash3) → linear, hard labels only, L2={l2:g}",
}
BASELINE_FOLDER = "baseline-bundle"  # crossfit_baseline's jobs, under this command's --out


def _metrics(result: dict, kind: str, teacher: str) -> dict:
    k, n = result["kinds"], result["n"]

    def fig(d: dict) -> dict:
        return _figure(d, n)

    return {
        "split": f"{result['k']}-fold cross-validation over all {n} scored answers (out of fold; every choice made "
                 "on the other folds only); the bundle itself is fitted on all of them",
        "student": {**fig(k[kind]), "kind": kind},
        "teacher": {**fig(result["teachers"][teacher]), "model": teacher},
        "baseline": fig(result["baseline"]),
        "shipped_recipe": fig(k["vocab_kd"]),
        **{f"candidate_{name}": fig(k[name]) for name in KINDS if name in k and name not in (kind, "vocab_kd")},
        "human_human_qwk": result["human_human_qwk"],
    }


def build_bundle(result: dict, out_dir: Path, log=print) -> Path:
    """The picked kind fitted on every scored answer (choices made the same way on all of them, the teacher's
    out-of-fold probabilities as its soft labels); temperature and threshold from its out-of-fold predictions."""
    from ..text import normalise_many
    from .bundling import asap_bundle_id, asap_title, item_for_asap, make_manifest, write_item_bundle
    from .crossfit_kind import calibrate_oof
    from .decoding import manifest_extra

    d = result["_data"]
    s, K, kind = result["set"], len(result["labels"]), result["pick"]["kind"]
    texts, y, transfer = d["texts"], d["y"], d["transfer"]
    idx = np.arange(len(y))
    teacher = max(d["teachers"], key=lambda t: _qwk(y, d["teachers"][t].argmax(1), range(K)))
    P, Ptf = d["teachers"][teacher], np.mean(d["transfer_of"][teacher], axis=0)
    probe = normalise_many(transfer_frame(s)["EssayText"].tolist()[:200]) + ["", "a", "#", "x " * 300] + texts[:100]
    if kind.startswith("vocab"):
        from .export import check_budget, check_parity, student_to_onnx
        from .student import head_layers

        fitted = recipe_choose(texts, y, idx, P, transfer, Ptf, K, seed=6000, archs=d["archs"])[kind]
        head = refit(fitted, texts, y, idx, P, transfer, Ptf, K)
        model = student_to_onnx(fitted.feats.union_, head_layers(head), K)
        n_params = check_budget(model)
        parity = check_parity(model, fitted.feats, head, probe)
        r = fitted.row
        words = KIND_WORDS[kind].format(arch=fitted.arch, lam=r["lam"], T=r["T"],
                                        transfer=" + transfer set" if r["transfer"] else "")
        choice = {key: v for key, v in r.items() if key != "key"}
        spec = fitted.spec.to_dict()
        teacher_note = teacher if kind == "vocab_kd" else "none (hard labels)"
    elif kind == "hashed_hard":
        from .hashed import featurise, to_onnx
        from .onnx_utils import check_parity as check_graph

        hc = choose(d["hspec"], d["Xh"], y, {"none": d["teachers"]["tfidf-lr"]}, d["Xht"], {"none": Ptf}, idx,
                    result["labels"], seed=3000, alphas=(0.0,), transfer_weights=(0.0,), l2s=L2S + (1e-4,))
        st = _fit(d["hspec"], d["Xh"], y, np.ones(len(y), bool), d["teachers"]["tfidf-lr"], hc.l2, 0.0, None)
        model = to_onnx(st, K)
        n_params = None
        parity = check_graph(model, probe, _softmax(st.logits(featurise(probe, d["hspec"]))))
        words, choice, spec, teacher_note = KIND_WORDS[kind].format(l2=hc.l2), {"l2": hc.l2}, d["hspec"].to_dict(), \
            "none (hard labels)"
    else:
        raise ValueError(f"set {s}: the pick {kind!r} is built by crossfit-student, not here")
    logits = d["logits"][kind]
    rule, T, review = calibrate_oof(result, logits)
    what = "distilled student" if kind.endswith("kd") else "student (hard labels, chosen over the distilled one by CV)"
    provenance = {
        "data": f"ASAP-SAS train_rel_2.tsv (Hewlett Foundation, Kaggle 2012), essay set {s}: every scored answer "
                f"(+ {result['n_transfer']} teacher-labelled unlabeled_private_leaderboard.tsv rows where the choice "
                f"used them); {result['k']}-fold cross-fitting",
        "model": f"{what}, cross-fitted, trained on all {result['n']} scored answers: {words}",
        "teacher": f"{teacher_note}; out-of-fold soft labels" if kind == "vocab_kd" else teacher_note,
        "kind": f"crossfit-{kind}",
        "choice": choice,
        "parity_max_abs_dp": parity,
        "student_spec": spec,
    }
    manifest = make_manifest(bundle_id=asap_bundle_id(s), title=asap_title(s), item=item_for_asap(s),
                             labels=result["labels"], normalisation="basic-v1", temperature=T, review=review,
                             metrics=_metrics(result, kind, teacher), provenance=provenance, parameters=n_params,
                             calibration_method="temperature scaling (out-of-fold NLL)",
                             extra=manifest_extra(rule))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = write_item_bundle(out_dir / f"{asap_bundle_id(s)}.gradebundle", manifest, model)
    result["final"] = {"teacher": teacher, "choice": choice, "temperature": T, "threshold": review["threshold"],
                       "qualified": review["qualified"], "coverage_oof": review["coverage_at_threshold"],
                       "decision": manifest_extra(rule)}
    log(f"set {s}: wrote {path.name} ({kind}; threshold {review['threshold']:.3f}, "
        f"{review['coverage_at_threshold']:.0%} of the out-of-fold answers)")
    return path


def wrap_hashed_kd(result: dict, out_dir: Path, log=print) -> Path:
    """The hashed KD student that crossfit-student fitted on every scored answer (threshold and temperature
    from its out-of-fold predictions), re-issued with this pipeline's provenance and CV metrics."""
    from ..bundles import read_bundle
    from .bundling import write_item_bundle

    h = result["kinds"]["hashed_kd"]
    src = Path(h["summary"]).parent / f"asap-sas-{result['set']}.gradebundle"
    old = read_bundle(src)
    m = json.loads(json.dumps(old.manifest))
    m.pop("sha256", None)
    prov = m["provenance"]
    prov["model"] = prov["model"].replace("distilled student:", f"distilled student, cross-fitted, trained on all "
                                          f"{result['n']} scored answers:", 1)
    prov["kind"] = "crossfit-hashed_kd"
    m["metrics"] = _metrics(result, "hashed_kd", h["teacher"])
    path = write_item_bundle(out_dir / src.name, m, old.model_bytes)
    result["final"] = {"teacher": h["teacher"], "choice": {"from": str(src)}, "temperature": m["calibration"]["temperature"],
                       "threshold": m["review"]["threshold"], "qualified": m["review"]["qualified"],
                       "coverage_oof": m["review"]["coverage_at_threshold"]}
    log(f"set {result['set']}: wrote {path.name} (hashed_kd from {src})")
    return path


def has_minilm(root: Path, s: int, k: int = K_FOLDS) -> bool:
    return oof_teacher_probabilities(root, s, "minilm", k) is not None and all(
        in_fold_teacher_probabilities(root, s, f) is not None for f in range(k))


def set_job(out: Path, threads: int, essay_set: int, crossfit_root: str, hashed_summary: str = "",
            k: int = K_FOLDS, use_minilm: bool = True, archs: list | None = None) -> dict:
    from .crossfit_vocab import cross_validate

    res = cross_validate(essay_set, Path(crossfit_root), k=k, use_minilm=use_minilm, archs=tuple(archs or VOCAB_ARCHS))
    add_hashed_kd(res, Path(hashed_summary) if hashed_summary else None)
    np.savez_compressed(out / "oof.npz", folds=res["_data"]["folds"],
                        **{kind: lg.astype(np.float32) for kind, lg in res["_data"]["logits"].items()})
    res["pick"] = pick(res)
    if res["pick"]["install"]:
        if res["pick"]["kind"] == "hashed_kd":
            res["bundle"] = wrap_hashed_kd(res, out).name
        else:
            res["bundle"] = build_bundle(res, out).name
    (out / "summary.json").write_text(json.dumps(summary(res), indent=1), encoding="utf-8")
    return {"pick": res["pick"], "kinds": {kd: v["qwk"] for kd, v in res["kinds"].items()}}


def vocab_jobs(sets, crossfit_root: Path, hashed_root: Path, out: Path, k: int = K_FOLDS, archs=VOCAB_ARCHS,
               minilm: bool = True) -> list[Job]:
    jobs = []
    for s in sets:
        tag = "minilm" if minilm and has_minilm(crossfit_root, s, k) else "tfidf"
        hashed = hashed_root / f"set-{s}-{tag}" / "summary.json"
        if not hashed.is_file():  # the hashed KD student made with the TF-IDF teacher, on the same folds
            hashed = hashed_root / f"set-{s}-tfidf" / "summary.json"
        jobs.append(Job(id=f"vocab-set{s}-{tag}", func="crossfit_install:set_job", out=str(out / f"set-{s}-{tag}"),
                        kwargs={"essay_set": s, "crossfit_root": str(crossfit_root), "k": k, "use_minilm": tag == "minilm",
                                "hashed_summary": str(hashed) if hashed.is_file() else "", "archs": list(archs)}))
    return jobs


def newest(out: Path, s: int) -> dict | None:
    """The newest crossfit-vocab job of set ``s`` (its summary with ``_dir``), the baseline bundle kind's
    cross-validation added and the installation rule applied again (:func:`crossfit_vocab.with_baseline`), then
    the hashed LR, ordinal, pair, committee, pooled, distilled and augmented pair kinds' (fourth to tenth
    amendments) and the six-copy augmented pair kinds' (sixteenth and seventeenth), then the reference kind's (second amendment,
    :func:`crossfit_vocab.with_reference`)."""
    from . import (crossfit_hashed_augmented, crossfit_hashed_committee, crossfit_hashed_distilled, crossfit_hashed_lr,
                   crossfit_hashed_pair, crossfit_hashed_pooled, crossfit_reference)
    from .crossfit_baseline import load
    from .crossfit_hashed_ordinal import ORDINAL

    runs = sorted(out.glob(f"set-{s}-*/summary.json"), key=lambda p: p.stat().st_mtime)
    if not runs:
        return None
    d = json.loads(runs[-1].read_text(encoding="utf-8"))
    d["_dir"] = runs[-1].parent
    capped = with_hashed_lr(with_baseline(d, load(out, s)), crossfit_hashed_lr.load(out, s))  # fourth amendment
    capped = with_hashed_ordinal(capped, crossfit_hashed_lr.load(out, s, ORDINAL))  # fifth amendment
    capped = with_hashed_pair(capped, crossfit_hashed_pair.load(out, s))  # sixth amendment
    capped = with_hashed_committee(capped, crossfit_hashed_committee.load(out, s))  # seventh amendment
    capped = with_hashed_pooled(capped, crossfit_hashed_pooled.load(out, s))  # eighth amendment
    capped = with_hashed_distilled(capped, crossfit_hashed_distilled.load(out, s))  # ninth amendment
    capped = with_hashed_augmented(capped, crossfit_hashed_augmented.load(out, s))  # tenth amendment
    capped = with_hashed_augmented6(capped, crossfit_hashed_augmented.load(out, s, copies=6))  # sixteenth amendment
    capped = with_hashed_augmented6_shared(capped, crossfit_hashed_augmented.load(out, s, 6, shared=True))  # 17th
    return with_reference(capped, crossfit_reference.load(out, s))


def install(out: Path, sets, models: Path, log=print) -> list[int]:
    """Copy into ``models`` the bundle of each set whose newest job's rule (amended: the baseline bundle
    kind is a candidate, where its job is done) says install, its graph rebuilt by today's builder where that
    gives the same probabilities (:func:`.regraph.regraph_bundle`)."""
    from ..bundles import read_bundle
    from .crossfit_baseline import reissue
    from .regraph import regraph_bundle

    done = []
    for s in sets:
        d = newest(out, s)
        if d is None:
            log(f"set {s}: no finished crossfit-vocab job; today's bundle stays")
            continue
        run_dir = Path(d["_dir"])
        p = d["pick"]
        if p["install"] and p["kind"] == "hashed_kd" and "bundle" not in d:  # a job that ran before hashed KD was wrapped
            raw = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
            raw["bundle"] = wrap_hashed_kd(raw, run_dir, log=log).name
            (run_dir / "summary.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
            d["bundle"] = raw["bundle"]
        if p["install"] and p["kind"] in OWN_BUNDLE_KINDS:
            # a bundle kind's own bundle (not a student's), its manifest given every kind's CV figures on the same folds
            src = reissue(Path(d["bundle_file"]), _metrics(d, p["kind"], d["final"]["teacher"]),
                          Path(d["bundle_file"]))
        elif p["install"] and "bundle" in d:
            src = run_dir / d["bundle"]
        else:
            log(f"set {s}: the rule keeps today's bundle ({p['kind']} {p['qwk']:.3f} vs recipe {p['recipe_qwk']:.3f})")
            continue
        read_bundle(src)
        shutil.copyfile(src, models / src.name)
        # a kind's job wrote its graph with the builder of its day: today's may be faster for the same probabilities
        regraph_bundle(models / src.name, log=lambda msg, s=s: log(f"set {s}: {msg}"))
        done.append(s)
        log(f"set {s}: installed {src.name} ({p['kind']}, CV QWK {p['qwk']:.3f}; recipe {p['recipe_qwk']:.3f})")
    return done


def add_parser(subparsers) -> None:
    from .asap import SCIENCE_SETS
    from .common import parse_sets

    p = subparsers.add_parser(
        "crossfit-vocab",
        help="the shipped recipe's vocabulary student, cross-fitted and cross-validated beside the hashed ones",
        description="k-fold CV (choices on the other folds only) of the vocabulary student with cross-fitted soft "
                    "labels (vocab_kd, the shipped recipe) and on hard labels (vocab_hard), the hashed student on "
                    "hard labels, and the baseline bundle kind (crossfit-baseline); the kind with the best mean CV QWK "
                    "is fitted on every scored answer and bundled, and --install copies it into model_bundles/.")
    p.add_argument("--sets", type=parse_sets, default=list(SCIENCE_SETS))
    p.add_argument("--crossfit", default="runs/crossfit", help="folder of the cross-fitted teacher jobs")
    p.add_argument("--hashed", default="runs/crossfit-students", help="crossfit-student's folder (hashed KD figures)")
    p.add_argument("--out", default="runs/crossfit-vocab")
    p.add_argument("--arch", action="append", choices=VOCAB_ARCHS, help="architecture(s) of the recipe (default: both)")
    p.add_argument("--no-minilm", action="store_true", help="the TF-IDF teacher only, even where MiniLM folds exist")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--executor", choices=EXECUTORS, default="process")
    p.add_argument("--install", action="store_true", help="copy the bundles the rule installs into model_bundles/")
    p.add_argument("--models", default="model_bundles")

    def run(args: argparse.Namespace) -> int:
        from .crossfit_baseline import baseline_jobs

        jobs = vocab_jobs(args.sets, Path(args.crossfit), Path(args.hashed), Path(args.out),
                          archs=tuple(args.arch or VOCAB_ARCHS), minilm=not args.no_minilm)
        if not args.install:  # the students' jobs, then the baseline bundle kind's (a candidate of the amended rule)
            for job_id, r in run_jobs(jobs + baseline_jobs(args.sets, Path(args.out)), executor=args.executor,
                                      workers=args.workers).items():
                if "kinds" in r:
                    print(f"{job_id}: " + ", ".join(f"{kd} {q:.3f}" for kd, q in r["kinds"].items()) +
                          f"; pick among the students {r['pick']['kind']}", flush=True)
                else:
                    print(f"{job_id}: {BASELINE_KIND} CV QWK {r['qwk']:.3f}", flush=True)
            for s in args.sets:
                d = newest(Path(args.out), s)
                if d is not None:
                    print(f"set {s}: the rule picks {d['pick']['kind']} (install: {d['pick']['install']})", flush=True)
        else:
            install(Path(args.out), args.sets, Path(args.models))
        return 0

    p.set_defaults(func=run)


def _figure(figures: dict, n: int) -> dict:
    """A kind's CV figures (its summary's ``figures``) as a manifest's metrics hold them."""
    out = {"qwk": figures["qwk"], "qwk_sd": figures["qwk_sd"], "accuracy": figures["accuracy"], "n": n,
           "folds": figures["folds"]}
    if "routing_oof" in figures:
        r = figures["routing_oof"]
        out.update({"auto_share_oof": r["auto_share"], "auto_right_oof": r["auto_right"], "n_auto_oof": r["n_auto"]})
    return out


def reinstall_rerun(models: Path, essay_set: int, reruns: dict[str, Path], teacher=None, log=print,
                    withdrawn: tuple[str, ...] = ()) -> str | None:
    """Fifteenth amendment: kinds run again for one set (``reruns``: kind -> its job folder; the kinds whose teacher
    changed, and any rebuilt unchanged to be installable), weighed with the other kinds' figures recorded in the
    installed bundle's manifest (their code and data unchanged). The capped kind with the best CV QWK is installed
    if it is among ``reruns`` (its bundle, these metrics: the replaced kind's figures kept as a candidate's;
    ``teacher``: a callable giving the teacher figures of a kind's summary, or None for a kind without one, which
    keeps the manifest's teacher entry), with
    today's graph; where it is not, today's bundle stays and the log says which kind the rule now picks.
    ``withdrawn``: kinds an amendment took out of the candidates (twenty-fifth: the untied keyed pairs); their
    recorded figures are neither weighed nor kept, unless a re-run of the kind is among ``reruns``. Returns the
    installed kind, or None."""
    from ..bundles import read_bundle
    from .crossfit_baseline import reissue
    from .regraph import regraph_bundle

    installed = models / f"asap-sas-{essay_set}.gradebundle"
    metrics = json.loads(json.dumps(read_bundle(installed).manifest["metrics"]))
    student = metrics["student"]
    figures = {name[len("candidate_"):]: fig for name, fig in metrics.items() if name.startswith("candidate_")}
    figures[student["kind"]] = {key: v for key, v in student.items() if key != "kind"}
    summaries = {kind: json.loads((job / "summary.json").read_text(encoding="utf-8")) for kind, job in reruns.items()}
    for kind in set(withdrawn) - set(reruns):
        if figures.pop(kind, None) is not None:
            log(f"set {essay_set}: {kind} withdrawn from the candidates; its recorded figure is not weighed")
    for kind, done in summaries.items():
        figures[kind] = _figure(done["figures"], int(student["n"]))
    capped = {name: fig for name, fig in figures.items() if name != REFERENCE_KIND}
    best = max(capped, key=lambda name: (capped[name]["qwk"], name == student["kind"]))   # ties keep today's
    said = ", ".join(f"{k} {figures[k]['qwk']:.4f}" for k in sorted(reruns))
    if best not in reruns:
        log(f"set {essay_set}: re-run {said}; the rule now picks {best} ({capped[best]['qwk']:.4f}), which was not "
            "run again; today's bundle stays")
        return None
    metrics = {key: v for key, v in metrics.items() if not key.startswith("candidate_")}
    metrics.update({f"candidate_{name}": fig for name, fig in figures.items() if name != best})
    metrics["student"] = {**figures[best], "kind": best}
    learned_from = teacher(summaries[best]) if teacher is not None else None
    if learned_from is not None:   # a kind without a teacher keeps the run's reference teacher, as _metrics records
        metrics["teacher"] = learned_from
    job = reruns[best]
    src = reissue(job / summaries[best]["bundle"], metrics, job / summaries[best]["bundle"])
    read_bundle(src)
    shutil.copyfile(src, installed)
    regraph_bundle(installed, log=lambda msg: log(f"set {essay_set}: {msg}"))
    log(f"set {essay_set}: re-run {said}; installed {best} (CV QWK {figures[best]['qwk']:.4f}; was {student['kind']} "
        f"{student['qwk']:.4f})")
    return best
