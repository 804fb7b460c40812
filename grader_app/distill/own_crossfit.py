"""``grader-distill own`` cross-fitted, as the ASAP-SAS cross-fitted path does it (issue 11's recipe).

The recipe (:func:`.crossfit_vocab.recipe_choose`: feature vocabulary, architecture, weight decay and class
weighting by the hard-label runs, then λ × T × with/without the unscored answers, early stopping by the inner QWK,
all on a seeded, stratified 80/20 split of the answers it is given; :func:`.crossfit_vocab.refit`: the chosen
configuration trained again on all of them for the steps chosen inside) runs

* once per fold on the other folds: the held-out fold's predictions are out of fold (no choice saw them);
* once on every scored answer (and every unscored one with the teacher's labels): the bundle to ship. Its settings
  are chosen the same way on all of them; no figure of it comes from the answers those choices saw.

The decision rule is part of the recipe, as for the ASAP-SAS kinds (:mod:`.decoding`): the arg-max, or cutpoints
on the expected score (optimised rounding) where, by leave-one-fold-out over the folds given, they beat the arg-max's
QWK by more than ``decoding.MARGIN``. The figures are :func:`.crossfit_vocab.kind_figures`': fold f is decided by
the rule and temperature chosen on the other folds' out-of-fold predictions only, and routed at the threshold fitted
on those predictions decided by that rule (the arg-max figures are kept beside). The bundle's rule, temperature and
review threshold (:func:`.crossfit_kind.calibrate_oof`: the rule chosen on every fold, the threshold by
Clopper–Pearson, at most 5 % wrong at 90 % confidence, on the out-of-fold predictions decided by it) are fitted on
the out-of-fold predictions of every scored answer, not on a fifth; the manifest's ``decision`` carries the rule.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

ROLES = (("kd", "vocab_kd"), ("hard", "vocab_hard"))


def _qwk(y: np.ndarray, pred: np.ndarray, k: int) -> float:
    from ..core.metrics import quadratic_weighted_kappa

    return float(quadratic_weighted_kappa(y, pred, labels=list(range(k))))


def _settings(fitted) -> dict:
    r = fitted.row
    return {"arch": fitted.arch, "lam": r["lam"], "T": r["T"], "weight_decay": r["weight_decay"],
            "balanced": r["balanced"], "transfer": r["transfer"], "steps": int(r["steps"]),
            "inner_qwk": r["inner_qwk"], "n_features": fitted.feats.n_features_}


def _choose(data: dict, idx: np.ndarray, seed: int, archs, quick: bool) -> dict:
    from .crossfit_vocab import recipe_choose

    return recipe_choose(data["texts"], data["y"], idx, data["P"][idx], data["transfer"], data["Ptf"], data["K"],
                         seed=seed, archs=archs, quick=quick, log=lambda m: None)


def _refit(data: dict, fitted, idx: np.ndarray):
    from .crossfit_vocab import refit

    return refit(fitted, data["texts"], data["y"], idx, data["P"][idx], data["transfer"], data["Ptf"], data["K"])


def own_data(d) -> dict:
    """The texts (normalised as the app does), score indices and teacher probabilities the recipe takes."""
    from ..text import normalise_many

    return {"texts": normalise_many(d.scored.texts), "y": np.array([d.labels.index(s) for s in d.scored.scores]),
            "P": np.asarray(d.p_scored, dtype=np.float64), "transfer": normalise_many(d.unscored.texts),
            "Ptf": np.asarray(d.p_unscored, dtype=np.float64).reshape(len(d.unscored.ids), len(d.labels)),
            "K": len(d.labels)}


def cross_validate(data: dict, folds: int, seed: int, *, archs, quick: bool, log) -> dict:
    """Every scored answer predicted once by each role's student trained without it; the out-of-fold logits and
    folds (under ``_logits`` and ``_folds``, not written to own.json) and the figures, each fold decided by the
    rule chosen on the other folds (:func:`.crossfit_vocab.kind_figures`)."""
    from sklearn.model_selection import StratifiedKFold

    from .crossfit_vocab import head_logits, kind_figures

    y, K = data["y"], data["K"]
    fold = np.zeros(len(y), dtype=int)
    logits = {role: np.zeros((len(y), K)) for role, _ in ROLES}
    rows = []
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for f, (rest, held) in enumerate(skf.split(np.zeros(len(y)), y)):
        log(f"fold {f + 1} of {folds}: training on {len(rest)} scored answers, scoring {len(held)}")
        fold[held] = f
        chosen = _choose(data, rest, seed + f, archs, quick)
        row = {"fold": f, "n": int(len(held))}
        for role, kind in ROLES:
            head = _refit(data, chosen[kind], rest)
            logits[role][held] = head_logits(chosen[kind], head, [data["texts"][i] for i in held])
            row[role] = {"qwk_argmax": _qwk(y[held], logits[role][held].argmax(1), K),
                         "settings": _settings(chosen[kind])}
        rows.append(row)
        log(f"  arg-max QWK: distilled {row['kd']['qwk_argmax']:.3f}, hard-label {row['hard']['qwk_argmax']:.3f}")
    out = {"folds": folds, "n": int(len(y)), "cross_validated": True, "per_fold": rows, "_logits": logits,
           "_folds": fold}
    for role, _ in ROLES:
        figs = kind_figures(logits[role], y, fold, folds, K)
        for f, row in enumerate(rows):
            row[role].update({"qwk": figs["folds"][f], "rule": figs["fold_rules"][f]})
        plain = figs["argmax"]
        out[role] = {"qwk_mean": figs["qwk"], "qwk_sd": figs["qwk_sd"], "accuracy": figs["accuracy"],
                     "fold_rules": figs["fold_rules"],
                     "argmax": {"qwk_mean": plain["qwk"], "qwk_sd": plain["qwk_sd"], "accuracy": plain["accuracy"],
                                "accepted_share": plain["routing_oof"]["auto_share"],
                                "accepted_right": plain["routing_oof"]["auto_right"]}}
        if role == "kd":
            routed = figs["routing_oof"]
            out["kd"].update({"accepted": routed["n_auto"], "accepted_share": routed["auto_share"],
                              "error_among_accepted": (1.0 - routed["auto_right"]) if routed["n_auto"] else 0.0,
                              "routing": "fold f decided and taken alone by the rule, temperature and threshold "
                                         "chosen on the other folds' out-of-fold predictions"})
    return out


def calibrate(cv: dict, role: str, y: np.ndarray, labels) -> tuple[dict, dict]:
    """The bundle's decision rule (with its temperature) and review data, chosen and fitted on the out-of-fold
    logits of every scored answer as the ASAP-SAS kinds' (:func:`.crossfit_kind.calibrate_oof`)."""
    from .crossfit_kind import calibrate_oof

    result = {"labels": list(labels), "k": cv["folds"], "_data": {"y": y, "folds": cv["_folds"]}}
    rule, _, review = calibrate_oof(result, cv["_logits"][role])
    return rule, review


def rule_record(rule: dict) -> dict:
    """What own.json and the log say of a bundle's rule (:func:`.decoding.choose_rule`'s)."""
    return {"rule": rule["rule"], "cutpoints": rule["cutpoints"], "temperature": rule["temperature"],
            "inner_qwk_argmax": rule["inner_qwk_argmax"], "inner_qwk_expected": rule["inner_qwk_expected"]}


def metrics(cv: dict, role: str) -> dict:
    """The manifest's ``metrics``: every figure cross-validated, and saying so."""
    c = cv[role]
    student = {"qwk": round(c["qwk_mean"], 4), "qwk_sd": round(c["qwk_sd"], 4), "accuracy": round(c["accuracy"], 4),
               "n": cv["n"], "folds": cv["folds"], "cross_validated": True,
               "qwk_argmax": round(c["argmax"]["qwk_mean"], 4), "fold_rules": c["fold_rules"]}
    out = {"split": f"{cv['folds']}-fold cross-validation over all {cv['n']} scored answers (out of fold; every "
                    "choice, the decision rule among them, made on the other folds only); the bundle itself is "
                    "trained on all of them",
           "student": student}
    if role == "kd":
        kd = cv["kd"]
        out["cross_validation"] = {
            "folds": cv["folds"], "n": cv["n"], "qwk": student["qwk"], "qwk_sd": student["qwk_sd"],
            "qwk_argmax": student["qwk_argmax"], "fold_rules": student["fold_rules"],
            "hard_label_qwk": round(cv["hard"]["qwk_mean"], 4), "hard_label_qwk_sd": round(cv["hard"]["qwk_sd"], 4),
            "accepted_share": round(kd["accepted_share"], 4), "error_among_accepted": round(kd["error_among_accepted"], 4),
            "routing": kd["routing"]}
    return out


def write_final(d, data: dict, cv: dict, out: Path, *, seed: int, archs, quick: bool, bundle_id: str, title: str,
                question: str, provenance: dict) -> dict:
    """The recipe on every scored and unscored answer; each role's bundle calibrated on its out-of-fold logits."""
    from .bundling import make_manifest, write_item_bundle
    from .decoding import manifest_extra
    from .export import check_budget, check_parity, student_to_onnx
    from .student import head_layers
    from ..text import DEFAULT_NORMALISATION

    everyone = np.arange(len(data["y"]))
    chosen = _choose(data, everyone, seed, archs, quick)
    probe = data["transfer"][:200] + ["", "a", "#", "x " * 300] + data["texts"][:100]
    item = {"id": bundle_id, "prompt": question, "labels": list(d.labels)}
    summary = {"id": bundle_id, "labels": list(d.labels), "bundles": {}}
    for role, kind in ROLES:
        fitted = chosen[kind]
        head = _refit(data, fitted, everyone)
        model = student_to_onnx(fitted.feats.union_, head_layers(head), data["K"])
        n_params = check_budget(model, fitted.spec.budget)
        delta = check_parity(model, fitted.feats, head, probe)
        rule, review = calibrate(cv, role, data["y"], d.labels)
        settings = _settings(fitted)
        what = "distilled student" if role == "kd" else "hard-label student"
        prov = {**provenance, "parity_max_abs_dp": delta, "student_spec": fitted.spec.to_dict(), "choice": settings,
                "model": f"{what}, cross-fitted, trained on all {len(everyone)} scored answers: TF-IDF word 1-2-grams "
                         f"+ character 3-5-grams ({settings['n_features']} n-grams) → {settings['arch']} head; loss "
                         f"L = CE(y, f) + λ·T²·CE(p_teacher^T, f^T), λ={settings['lam']:g} T={settings['T']:g}"
                         + (" + unscored answers" if settings["transfer"] else "")}
        manifest = make_manifest(bundle_id=bundle_id, title=title, item=item, labels=d.labels,
                                 normalisation=DEFAULT_NORMALISATION, temperature=rule["temperature"], review=review,
                                 metrics=metrics(cv, role), provenance=prov, parameters=n_params,
                                 calibration_method="temperature scaling (out-of-fold NLL)",
                                 extra=manifest_extra(rule))
        path = write_item_bundle(out / f"student-{role}.gradebundle", manifest, model)
        summary["bundles"][role] = {"path": path.name, "parameters": n_params, "bytes": len(model), "settings": settings,
                                    "temperature": rule["temperature"], "decision": rule_record(rule),
                                    "parity_max_abs_dp": delta, "threshold": review["threshold"],
                                    "qualified": review["qualified"],
                                    "oof_coverage_at_threshold": review["coverage_at_threshold"],
                                    "oof_error_at_threshold": review["error_at_threshold"]}
    return summary
