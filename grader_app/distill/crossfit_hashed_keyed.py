"""The keyed hashed kinds (``grader-distill crossfit-hashed-keyed``; installation rule, twenty-first amendment in
docs/distillation.md): the hashed LR, ordinal and pair kinds with the question's key features
(:mod:`grader_app.learn.key_features`) beside their hashed n-grams.

Everything else is the plain kinds' recipe: the same grids, inner splits, folds, decision rule, temperature and
review threshold (:mod:`crossfit_hashed_lr`, :mod:`crossfit_hashed_pair`). The key features take their stored
numbers out of the table's buckets, so every bundle stays within the 50,000-number budget. On a set without a scoring
key the features are the length and the prompt's words only. No teacher, no torch.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .crossfit import K_FOLDS
from .crossfit_hashed_lr import LR, Family, cross_validate, fit_final, run_set, summary
from .crossfit_hashed_ordinal import ORDINAL
from .crossfit_hashed_pair import average_log_probs, halves, write_pair_bundle
from .crossfit_kind import add_kind_parser, finish_set, load_finished
from .jobs import Job

MODELS = ("lr", "ordinal", "pair")
KINDS = {"lr": "hashed_lr_key", "ordinal": "hashed_ordinal_key", "pair": "hashed_pair_key"}
FOLDERS = {"lr": "hashed-lr-key-bundle", "ordinal": "hashed-ordinal-key-bundle", "pair": "hashed-pair-key-bundle"}
# twenty-third amendment: the key features standardised on the set's unscored answers, kinds of their own
KINDS_Z = {m: f"{k}z" for m, k in KINDS.items()}
FOLDERS_Z = {m: f.replace("-key-", "-keyz-") for m, f in FOLDERS.items()}


def _say(msg: str) -> None:
    print(msg, flush=True)


def key_of(essay_set: int, standardise: bool = False):
    """The set's key features: its scoring key (if any) and its prompt; ``standardise`` (twenty-third amendment):
    as z-scores over the set's unscored answers, which no kind is scored on."""
    from ..learn.key_features import key_features_of, standardised
    from ..text import normalise_many
    from . import asap

    kf = key_features_of(asap.load_key(essay_set), asap.load_prompt(essay_set))
    if not standardise:
        return kf
    from ..learn.hashed import word_hashes
    from .crossfit import transfer_frame

    return standardised(kf, word_hashes(normalise_many(transfer_frame(essay_set)["EssayText"].tolist())))


def names(key) -> tuple[dict, dict]:
    """The kinds' and folders' names for ``key``: standardised features (twenty-third amendment) have their own."""
    return (KINDS_Z, FOLDERS_Z) if key.center else (KINDS, FOLDERS)


def keyed(family: Family, model: str, key) -> Family:
    kinds, folders = names(key)
    return dataclasses.replace(family, kind=kinds[model], folder=folders[model], module=__name__.rsplit(".", 1)[1],
                               key=key)


def cross_validate_pair(essay_set: int, key, k: int = K_FOLDS, log=_say) -> dict:
    """Both keyed halves cross-validated on the students' folds, averaged (as the plain pair kind)."""
    from .crossfit_vocab import kind_figures

    families = [keyed(f, "pair", key) for f in halves()]
    parts = [cross_validate(essay_set, k=k, family=f, log=log, kind=plain.kind)
             for f, plain in zip(families, halves())]
    first = parts[0]
    y, folds, K = first["_data"]["y"], first["_data"]["folds"], len(first["labels"])
    logits = average_log_probs(*(p["_data"]["logits"] for p in parts))
    choices = [{"fold": f, **{p["kind"]: c[p["kind"]] for p, c in zip(parts, cs)}}
               for f, cs in enumerate(zip(*(p["choices"] for p in parts)))]
    return {"set": essay_set, "labels": first["labels"], "k": k, "n": len(y), "kind": names(key)[0]["pair"],
            "figures": kind_figures(logits, y, folds, k, K), "choices": choices,
            "halves": {p["kind"]: {"qwk": p["figures"]["qwk"], "qwk_sd": p["figures"]["qwk_sd"]} for p in parts},
            "key_features": key.count,
            "_data": {"texts": first["_data"]["texts"], "y": y, "folds": folds, "logits": logits},
            "_parts": parts, "_families": families}


def build_pair_bundle(result: dict, out_dir: Path, log=_say) -> Path:
    fitted = [fit_final(part, family) for part, family in zip(result["_parts"], result["_families"])]
    z = result["kind"] == KINDS_Z["pair"]
    return write_pair_bundle(result, out_dir, fitted, result["kind"], "each half: QWK on an inner stratified 20 % of "
                             f"the scored answers; both halves also read {result['key_features']} key features "
                             f"(twenty-first amendment{'; standardised on the unscored answers, twenty-third' if z else ''})",
                             log=log)


def set_job(out: Path, threads: int, essay_set: int, model: str, k: int = K_FOLDS, standardise: bool = False) -> dict:
    """One set and one keyed kind (minutes): its cross-validation and its bundle fitted on every scored answer."""
    if model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}, not {model!r}")
    key = key_of(essay_set, standardise)
    if model == "pair":
        return finish_set(out, cross_validate_pair(essay_set, key, k=k), build_pair_bundle, summary)
    return run_set(keyed(LR if model == "lr" else ORDINAL, model, key), out, essay_set, k)


def keyed_jobs(sets, vocab_out: Path, k: int = K_FOLDS, models: str = ",".join(MODELS),
               standardised: bool = False) -> list[Job]:
    chosen = [m.strip() for m in models.split(",") if m.strip()]
    unknown = [m for m in chosen if m not in MODELS]
    if unknown:
        raise ValueError(f"unknown keyed kinds {unknown}; choose among {', '.join(MODELS)}")
    folders = FOLDERS_Z if standardised else FOLDERS
    more = {"standardise": True} if standardised else {}
    return [Job(id=f"{folders[m]}-set{s}", func=f"{__name__.rsplit('.', 1)[1]}:set_job",
                out=str(vocab_out / folders[m] / f"set-{s}"), kwargs={"essay_set": s, "k": k, "model": m, **more})
            for m in chosen for s in sets]


def load(vocab_out: Path, s: int, model: str, standardised: bool = False) -> dict | None:
    """The finished job of set ``s`` of the keyed ``model`` kind (its summary, with ``_dir``), or None."""
    return load_finished(vocab_out, (FOLDERS_Z if standardised else FOLDERS)[model], s)


def add_parser(subparsers) -> None:
    add_kind_parser(
        subparsers, "crossfit-hashed-keyed", FOLDERS["pair"], keyed_jobs,
        lambda r: f"{r['parameters']} stored numbers",
        help="the hashed LR, ordinal and pair kinds with the question's key features, cross-validated",
        description="k-fold CV (choices on the other folds only) of the hashed kinds with key features (twenty-first "
                    "amendment) on the folds of crossfit-vocab, and their bundles fitted on every scored answer. "
                    "Resumable: a finished set is never redone.",
        options={"--models": {"default": ",".join(MODELS), "help": "which keyed kinds: lr, ordinal, pair (comma-"
                                                                   "separated)"},
                 "--standardised": {"action": "store_true",
                                    "help": "the key features as z-scores over the set's unscored answers (the "
                                            "twenty-third amendment's kinds, their own folders)"}})

