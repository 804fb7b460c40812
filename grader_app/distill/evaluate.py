"""``grader-distill evaluate``: teacher, KD student, hard-label student and baseline on the TEST split.

The held-out test part of the fixed split is touched here only: nothing is trained, calibrated or
selected on it. For each model: QWK, accuracy, macro-F1 (argmax of the calibrated probabilities),
parameters, file size, and single-thread answers per second measured in this same run — the
teacher through torch with one thread on the test answers (a few hundred), the ONNX bundles
through the app's own ``grader_app.scoring.Scorer`` with one thread on at least 10,000 answers
(the test answers repeated). Human–human QWK (Score1 vs Score2 on the same answers) is given for
reference.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from .metrics import accuracy, macro_f1, quadratic_weighted_kappa

MIN_SPEED_ANSWERS = 10_000
TEACHER_PARAMETERS_REF = 22_700_000


def _metrics(y_idx: np.ndarray, probs: np.ndarray, k: int) -> dict:
    pred = probs.argmax(1)
    return {"qwk": quadratic_weighted_kappa(y_idx, pred, labels=list(range(k))),
            "accuracy": accuracy(y_idx, pred), "macro_f1": macro_f1(y_idx, pred, labels=list(range(k))),
            "n": int(len(y_idx))}


def bundle_speed(bundle, texts: Sequence[str], min_answers: int = MIN_SPEED_ANSWERS, batch_size: int = 64) -> float:
    """Answers per second through the app's Scorer (one thread, normalisation included)."""
    from ..scoring import Scorer

    scorer = Scorer(bundle, threads=1)
    reps = max(1, -(-min_answers // max(1, len(texts))))
    many = list(texts) * reps
    scorer.predict_proba(many[:256], batch_size=batch_size)  # warm-up
    t = time.perf_counter()
    scorer.predict_proba(many, batch_size=batch_size)
    return len(many) / (time.perf_counter() - t)


def evaluate_bundle(path, texts: Sequence[str], y_idx: np.ndarray, labels: Sequence, speed: bool = True) -> dict:
    from ..bundles import read_bundle
    from ..scoring import Scorer

    b = read_bundle(path)
    if list(b.labels) != list(labels):
        raise ValueError(f"{Path(path).name} scores {b.labels}, the item has scores {list(labels)}")
    probs = Scorer(b, threads=1).predict_proba(list(texts))
    row = _metrics(y_idx, probs, len(labels))
    row.update({"parameters": int(b.manifest["parameters"]), "bytes": len(b.model_bytes),
                "file_bytes": Path(path).stat().st_size, "threshold": b.threshold,
                "answers_per_s": bundle_speed(b, texts) if speed else None})
    conf = probs.max(1)
    acc_mask = conf >= b.threshold
    row["auto_coverage"] = float(acc_mask.mean())
    row["auto_accuracy"] = float((probs.argmax(1)[acc_mask] == y_idx[acc_mask]).mean()) if acc_mask.any() else None
    return row, probs


def teacher_test_probs(members: Sequence[str], essay_set: int, texts, ids, cache: Path | None = None,
                       log=print) -> tuple[dict, np.ndarray]:
    """Each member's test probabilities (cached), the speed of the torch members on one thread."""
    from .softlabels import LR_MEMBER, lr_member_probabilities
    from .teacher import Teacher

    out, speed, params, size = {}, {}, {}, {}
    cached = json.loads(cache.read_text()) if cache and cache.is_file() else {}
    for m in members:
        key = str(m)
        if m == LR_MEMBER:
            from . import asap

            split = asap.split_set(asap.load_train(), essay_set)
            tr_ids = [str(i) for i in split.train["Id"]]
            all_ids = tr_ids + list(ids)
            all_texts = split.train["EssayText"].tolist() + list(texts)
            parts = ["train"] * len(tr_ids) + ["test"] * len(ids)
            out[key] = lr_member_probabilities(essay_set, all_ids, all_texts, parts)[len(tr_ids):]
            continue
        if key in cached:
            out[key] = np.array(cached[key]["probs"])
            speed[key], params[key], size[key] = cached[key]["answers_per_s"], cached[key]["parameters"], cached[key]["bytes"]
            continue
        import torch

        t = Teacher(m, threads=1)
        torch.set_num_threads(1)
        t.predict_proba(list(texts)[:16], batch_size=16)  # warm-up
        t0 = time.perf_counter()
        out[key] = t.predict_proba(list(texts), batch_size=32)
        speed[key] = len(texts) / (time.perf_counter() - t0)
        params[key] = t.parameters
        size[key] = sum(p.stat().st_size for p in Path(m).glob("*.safetensors"))
        log(f"  teacher {Path(m).name}: {speed[key]:.1f} answers/s on one thread")
        cached[key] = {"probs": out[key].tolist(), "answers_per_s": speed[key], "parameters": params[key],
                       "bytes": size[key]}
        if cache:
            cache.write_text(json.dumps(cached))
    return {"speed": speed, "parameters": params, "bytes": size}, out


def evaluate_set(essay_set: int, student_dir, teachers: Sequence[str], baseline: str | None, out: str | None = None,
                 log=print, speed: bool = True, teacher_used: Sequence[str] | None = None) -> dict:
    """All rows for one essay set on its TEST split; written as JSON to ``out`` when given."""
    from . import asap
    from .bundling import ASAP_LABELS

    split = asap.split_set(asap.load_train(), essay_set)
    test = split.test
    labels = list(ASAP_LABELS[int(essay_set)])
    idx = {v: i for i, v in enumerate(labels)}
    y = np.array([idx[v] for v in test["Score1"]])
    texts = test["EssayText"].tolist()
    ids = [str(i) for i in test["Id"]]
    res = {"essay_set": essay_set, "n_test": len(texts), "rows": {},
           "human_human_qwk": quadratic_weighted_kappa(test["Score1"], test["Score2"], labels=labels)}
    student_dir = Path(student_dir)
    for role, name in (("kd", "KD student"), ("hard", "hard-label student")):
        p = student_dir / f"student-{role}.gradebundle"
        if p.is_file():
            row, _ = evaluate_bundle(p, texts, y, labels, speed=speed)
            row["model"] = name
            res["rows"][role] = row
    if baseline and Path(baseline).is_file():
        row, _ = evaluate_bundle(baseline, texts, y, labels, speed=speed)
        row["model"] = "TF-IDF + LR baseline"
        res["rows"]["baseline"] = row
    if teachers:
        cache = student_dir.parent / "teacher-test-cache.json" if student_dir.parent.is_dir() else None
        info, probs = teacher_test_probs(teachers, essay_set, texts, ids, cache=cache, log=log)
        torch_members = [m for m in teachers if str(m) in info["speed"]]
        for m in torch_members:
            row = _metrics(y, probs[str(m)], len(labels))
            row.update({"model": f"teacher {Path(m).name}", "parameters": info["parameters"][str(m)],
                        "bytes": info["bytes"][str(m)], "answers_per_s": info["speed"][str(m)]})
            res["rows"][f"teacher:{Path(m).name}"] = row
        used = list(teacher_used) if teacher_used else list(teachers)
        if len(used) > 1 or used[0] not in torch_members:
            mean = np.mean([probs[str(m)] for m in used], axis=0)
            row = _metrics(y, mean, len(labels))
            torch_used = [m for m in used if m in torch_members]
            slow = [info["speed"][str(m)] for m in torch_used]
            row.update({"model": "teacher used (" + " + ".join(Path(str(m)).name for m in used) + ")",
                        "parameters": sum(info["parameters"][str(m)] for m in torch_used) or None,
                        "bytes": sum(info["bytes"][str(m)] for m in torch_used) or None,
                        "answers_per_s": (1.0 / sum(1.0 / s for s in slow)) if slow else None})
            res["rows"]["teacher"] = row
        else:
            res["rows"]["teacher"] = dict(res["rows"][f"teacher:{Path(used[0]).name}"], model="teacher")
    for row in res["rows"].values():
        log(f"  {row['model'][:48]:48s} QWK {row['qwk']:.4f} acc {row['accuracy']:.4f} F1 {row['macro_f1']:.4f}")
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(res, indent=2, default=float), encoding="utf-8")
    return res


def add_parser(subparsers) -> None:
    """``grader-distill evaluate``."""
    p = subparsers.add_parser("evaluate", help="teacher, KD student, hard-label student and baseline on the TEST split",
                              description="Evaluate on the held-out TEST split only: QWK, accuracy, macro-F1, "
                                          "parameters, size and single-thread answers/s measured in this run, "
                                          "plus human-human QWK.")
    p.add_argument("--set", type=int, required=True)
    p.add_argument("--student-dir", required=True, help="folder with student-kd/student-hard bundles")
    p.add_argument("--teacher", action="append", default=[], help="teacher folder or tfidf-lr (repeat)")
    p.add_argument("--baseline", default=None, help="baseline bundle (e.g. model_bundles/asap-sas-1.gradebundle)")
    p.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    p.add_argument("--out", default=None, help="write the figures as JSON here")

    def run(args) -> int:
        evaluate_set(args.set, args.student_dir, args.teacher, args.baseline, args.out, speed=not args.no_speed)
        return 0
    p.set_defaults(func=run)
