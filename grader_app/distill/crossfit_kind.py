"""What the bundle kinds cross-validated beside the students share (``crossfit_baseline``,
``crossfit_reference``): finishing one set's job on disk, the list of jobs, reading a finished job back,
the calibration of a bundle on its out-of-fold predictions (shared with ``crossfit_install``), its
manifest's own figures and its ``final`` record. Each kind keeps its own ``set_job`` (the job runner calls
it by name) and folder."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from .jobs import Job


def calibrate_oof(result: dict, logits: np.ndarray) -> tuple[dict, float, dict]:
    """The bundle's decision rule, temperature and review data, chosen and fitted on the out-of-fold
    ``logits`` of every scored answer (:func:`.decoding.final_rule`): ``(rule, temperature, review)``."""
    from .decoding import final_rule

    K = len(result["labels"])
    rule, review = final_rule(logits, result["_data"]["y"], result["_data"]["folds"], K)
    review["method"] = ("fixed-sequence Clopper-Pearson (Learn-then-Test) on the out-of-fold predictions of "
                        f"{result['k']}-fold cross-validation over every scored answer")
    return rule, rule["temperature"], review


def own_metrics(result: dict, kind: str, how: str) -> dict:
    """A kind's manifest ``metrics``: its own CV figures (``how``: what was chosen on which folds)."""
    n, d = result["n"], result["figures"]
    r = d["routing_oof"]
    return {"split": f"{result['k']}-fold cross-validation over all {n} scored answers (out of fold; {how}); "
                     "the bundle itself is fitted on all of them",
            "student": {"qwk": d["qwk"], "qwk_sd": d["qwk_sd"], "accuracy": d["accuracy"], "n": n, "folds": d["folds"],
                        "auto_share_oof": r["auto_share"], "auto_right_oof": r["auto_right"], "n_auto_oof": r["n_auto"],
                        "kind": kind}}


def final_record(choice, rule: dict, review: dict, parameters: int, **more) -> dict:
    """What a kind's job records of the bundle it wrote (``result["final"]``)."""
    from .decoding import manifest_extra

    return {"teacher": None, "choice": choice, "temperature": rule["temperature"], "threshold": review["threshold"],
            "qualified": review["qualified"], "decision": manifest_extra(rule),
            "coverage_oof": review["coverage_at_threshold"], "parameters": parameters, **more}


def finish_set(out: Path, res: dict, build_bundle: Callable[[dict, Path], Path], summary: Callable[[dict], dict]) -> dict:
    """Write a cross-validated kind's out-of-fold logits, its bundle and its summary into ``out``; its figures."""
    np.savez_compressed(out / "oof.npz", logits=res["_data"]["logits"].astype(np.float32))
    res["bundle"] = build_bundle(res, out).name
    (out / "summary.json").write_text(json.dumps(summary(res), indent=1), encoding="utf-8")
    f = res["figures"]
    return {"qwk": f["qwk"], "qwk_sd": f["qwk_sd"], "auto_share_oof": f["routing_oof"]["auto_share"],
            "parameters": res["final"]["parameters"]}


def set_jobs(module: str, folder: str, sets, vocab_out: Path, k: int) -> list[Job]:
    """One job per set, ``<module>:set_job`` writing to ``<vocab_out>/<folder>/set-<S>``."""
    return [Job(id=f"{folder}-set{s}", func=f"{module}:set_job", out=str(vocab_out / folder / f"set-{s}"),
                kwargs={"essay_set": s, "k": k}) for s in sets]


def load_finished(vocab_out: Path, folder: str, s: int) -> dict | None:
    """The finished job of set ``s`` under ``folder`` (its summary, with ``_dir``), or None."""
    p = vocab_out / folder / f"set-{s}" / "summary.json"
    if not (p.is_file() and (p.parent / "done.json").is_file()):
        return None
    d = json.loads(p.read_text(encoding="utf-8"))
    d["_dir"] = p.parent
    return d


def add_kind_parser(subparsers, command: str, folder: str, jobs: Callable[[list, Path], list[Job]],
                    describe: Callable[[dict], str], help: str, description: str,
                    first: Callable[..., list[Job]] | None = None, options: dict | None = None) -> None:
    """The ``grader-distill`` command of one kind: ``--sets --out --workers --executor``, runs ``first(out, sets)``
    if given (jobs the kind's jobs read, all finished before they start), then ``jobs(sets, out)`` (a finished job is
    read back, never redone) and prints ``describe(figures)`` per set. ``options``: the kind's own flags (flag ->
    ``add_argument`` keywords), passed by name to ``first`` and ``jobs``."""
    import argparse

    from .asap import ALL_SETS
    from .common import parse_sets
    from .jobs import EXECUTORS, run_jobs

    p = subparsers.add_parser(command, help=help, description=description)
    p.add_argument("--sets", type=parse_sets, default=list(ALL_SETS))
    p.add_argument("--out", default="runs/crossfit-vocab", help=f"crossfit-vocab's folder (jobs go to its {folder}/)")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--executor", choices=EXECUTORS, default="process")
    dests = [p.add_argument(flag, **kw).dest for flag, kw in (options or {}).items()]

    def run(args: argparse.Namespace) -> int:
        own = {dest: getattr(args, dest) for dest in dests}
        if first is not None:
            run_jobs(first(Path(args.out), args.sets, **own), executor=args.executor, workers=args.workers)
        for job_id, r in run_jobs(jobs(args.sets, Path(args.out), **own), executor=args.executor,
                                  workers=args.workers).items():
            print(f"{job_id}: CV QWK {r['qwk']:.3f} ± {r['qwk_sd']:.3f}, auto-accepted out of fold "
                  f"{r['auto_share_oof']:.0%}, {describe(r)}", flush=True)
        return 0

    p.set_defaults(func=run)


def write_kind_bundle(result: dict, out_dir: Path, kind: str, model: bytes, provenance: dict, rule: dict,
                      review: dict, n_params: int, how: str = "every choice made on the other folds only",
                      **final_more) -> Path:
    """Write a cross-validated kind's bundle fitted on every scored answer (its manifest: its own CV figures, the
    out-of-fold temperature, rule and threshold) into ``out_dir``; record it in ``result["final"]``."""
    from .bundling import asap_bundle_id, asap_title, item_for_asap, make_manifest, write_item_bundle
    from .decoding import manifest_extra

    s = result["set"]
    manifest = make_manifest(bundle_id=asap_bundle_id(s), title=asap_title(s), item=item_for_asap(s),
                             labels=result["labels"], normalisation="basic-v1", temperature=rule["temperature"],
                             review=review, metrics=own_metrics(result, kind, how),
                             provenance=provenance, parameters=n_params,
                             calibration_method="temperature scaling (out-of-fold NLL)", extra=manifest_extra(rule))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = write_item_bundle(out_dir / f"{asap_bundle_id(s)}.gradebundle", manifest, model)
    result["final"] = final_record(provenance["choice"], rule, review, n_params, **final_more)
    return path
