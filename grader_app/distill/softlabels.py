"""Soft labels: one probability per score for each answer, from a teacher or from any other source.

File formats (chosen by the suffix; read by :mod:`.softlabel_files`): CSV with a header
``id,sha256,p_0,...,p_{K-1}`` (an optional ``part`` column is kept and ignored), one row per answer; JSONL, one object
per line, ``{"id": ..., "sha256": ..., "probabilities": [p_0, ..., p_{K-1}]}``; JSON, a list of such objects or an
object mapping each id to its probabilities. ``p_c`` is the probability of the c-th score, lowest first.

``sha256`` is the hex digest of the answer text after the bundle's normalisation (``basic-v1``),
encoded as UTF-8, so labels cannot silently be attached to different text. An LLM's probabilities
can be written in any of these and checked with :func:`read_soft_labels`, which refuses in one
sentence: ids it needs that are missing, probabilities that do not sum to one (tolerance 1e-3),
the wrong number of classes, and texts whose hash does not match.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..text import DEFAULT_NORMALISATION, get_normaliser
from .softlabel_files import SoftLabelError, file_rows  # noqa: F401  (SoftLabelError is raised and caught by this name)

SUM_TOLERANCE = 1e-3


def text_hash(text: str, normalisation: str = DEFAULT_NORMALISATION) -> str:
    return hashlib.sha256(get_normaliser(normalisation)(text).encode("utf-8")).hexdigest()


@dataclass
class SoftLabels:
    ids: list[str]
    hashes: list[str]
    probs: np.ndarray          # [n, K] float64
    parts: list[str] | None = None

    def as_dict(self) -> dict[str, np.ndarray]:
        return {i: p for i, p in zip(self.ids, self.probs)}


def write_soft_labels(path: str | os.PathLike, ids: Sequence, texts: Sequence[str], probs: np.ndarray,
                      parts: Sequence[str] | None = None, normalisation: str = DEFAULT_NORMALISATION) -> Path:
    """Write soft labels as CSV or JSONL (by suffix); texts are raw answers, hashed after normalising."""
    path = Path(path)
    probs = np.asarray(probs, dtype=np.float64)
    if probs.ndim != 2 or len(probs) != len(ids) or len(ids) != len(texts):
        raise SoftLabelError("ids, texts and probabilities must have one entry per answer")
    path.parent.mkdir(parents=True, exist_ok=True)
    hashes = [text_hash(t, normalisation) for t in texts]
    k = probs.shape[1]
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        if path.suffix.lower() == ".jsonl":
            for j, (i, h, p) in enumerate(zip(ids, hashes, probs)):
                rec = {"id": str(i), "sha256": h, "probabilities": [float(f"{x:.9g}") for x in p]}
                if parts is not None:
                    rec["part"] = parts[j]
                fh.write(json.dumps(rec) + "\n")
        elif path.suffix.lower() == ".csv":
            w = csv.writer(fh)
            w.writerow(["id", "sha256"] + [f"p_{c}" for c in range(k)] + (["part"] if parts is not None else []))
            for j, (i, h, p) in enumerate(zip(ids, hashes, probs)):
                w.writerow([str(i), h] + [f"{x:.9g}" for x in p] + ([parts[j]] if parts is not None else []))
        else:
            raise SoftLabelError(f"{path.name}: soft labels are written as .csv or .jsonl; change the file name")
    os.replace(tmp, path)
    return path


def read_soft_labels(path: str | os.PathLike, answers: Mapping | None = None, n_classes: int | None = None,
                     normalisation: str = DEFAULT_NORMALISATION, require_all: bool = True) -> SoftLabels:
    """Read and validate soft labels.

    ``answers`` maps answer id (compared as text) → raw answer text. When given, every id in it must
    have a row (if ``require_all``) and each row's ``sha256`` must match that answer's normalised
    text; rows for other ids are ignored. ``n_classes`` is the item's number of scores.
    """
    path = Path(path)
    if not path.is_file():
        raise SoftLabelError(f"no soft-label file at {path}; run 'grader-distill label' or check the path")
    rows = file_rows(path)
    if not rows:
        raise SoftLabelError(f"{path.name} holds no soft labels; it is empty")

    seen: dict[str, int] = {}
    ids, hashes, probs, parts = [], [], [], []
    for r in rows:
        rid = r["id"]
        if rid is None or str(rid).strip() == "":
            raise SoftLabelError(f"{path.name} {r['line']} has no answer id; give every row the id of its answer")
        rid = str(rid).strip()
        if isinstance(r["id"], float) and float(r["id"]).is_integer():
            rid = str(int(r["id"]))
        if rid in seen:
            raise SoftLabelError(f"{path.name}: answer id {rid} appears twice ({seen[rid]} and {r['line']}); "
                                 "keep one row per answer")
        seen[rid] = r["line"]
        if n_classes is not None and len(r["p"]) != n_classes:
            raise SoftLabelError(f"{path.name}: answer id {rid} has {len(r['p'])} probabilities but the item has "
                                 f"{n_classes} scores; give one probability per score, in score order")
        try:
            p = np.array([float(x) for x in r["p"]], dtype=np.float64)
        except (TypeError, ValueError):
            raise SoftLabelError(f"{path.name}: answer id {rid} has a probability that is not a number; "
                                 "write plain decimal numbers") from None
        if np.any(np.isnan(p)):
            raise SoftLabelError(f"{path.name}: answer id {rid} has a probability that is NaN (not a number), as a "
                                 "failed or unparsed reply leaves it; label that answer again")
        if not np.all(np.isfinite(p)) or np.any(p < 0) or np.any(p > 1):
            raise SoftLabelError(f"{path.name}: answer id {rid} has a probability outside 0..1; "
                                 "write probabilities, not logits or percentages")
        s = float(p.sum())
        if abs(s - 1.0) > SUM_TOLERANCE:
            raise SoftLabelError(f"{path.name}: the probabilities of answer id {rid} sum to {s:.4f}, not 1 "
                                 f"(tolerance {SUM_TOLERANCE:g}); normalise each row so it sums to one")
        ids.append(rid)
        hashes.append(None if r["sha256"] in (None, "") else str(r["sha256"]).strip().lower())
        probs.append(p)
        parts.append(r["part"] or "")
    widths = {len(p) for p in probs}
    if len(widths) > 1:
        raise SoftLabelError(f"{path.name}: rows have different numbers of probabilities ({sorted(widths)}); "
                             "give every answer one probability per score")

    if answers is not None:
        want = {str(k): v for k, v in answers.items()}
        missing = [i for i in want if i not in seen]
        if missing and require_all:
            raise SoftLabelError(f"{path.name} lacks soft labels for {len(missing)} of the {len(want)} answers "
                                 f"(first missing id: {missing[0]}); label every answer of the item")
        for i, h in zip(ids, hashes):
            if i not in want:
                continue
            if h is None:
                raise SoftLabelError(f"{path.name}: answer id {i} has no sha256 of its text; add the column "
                                     "(sha256 of the normalised answer) so labels cannot be mismatched")
            if h != text_hash(want[i], normalisation):
                raise SoftLabelError(f"{path.name}: the text hash of answer id {i} does not match that answer; "
                                     "the labels were made for different text (check the ids and the normalisation)")
        keep = [j for j, i in enumerate(ids) if i in want]
        ids = [ids[j] for j in keep]
        hashes = [hashes[j] for j in keep]
        probs = [probs[j] for j in keep]
        parts = [parts[j] for j in keep]
    arr = np.array(probs, dtype=np.float64).reshape(len(probs), -1)
    if len(arr):
        arr = arr / arr.sum(axis=1, keepdims=True)  # exact renormalisation within the tolerance
    return SoftLabels(ids=ids, hashes=hashes, probs=arr, parts=parts)


# --- labelling ASAP-SAS answers with a teacher (or an ensemble of teachers) -------------------------

def set_answers(essay_set: int) -> dict[str, "object"]:
    """The answers a teacher labels for one set: train + valid splits and the set's transfer rows.

    Returns ``{"ids", "texts", "parts"}``; the test split is never included.
    """
    from . import asap

    split = asap.split_set(asap.load_train(), essay_set)
    unl = asap.load_unlabeled()
    unl = unl[unl["EssaySet"] == essay_set].sort_values("Id")
    ids, texts, parts = [], [], []
    for part, df in (("train", split.train), ("valid", split.valid), ("transfer", unl)):
        ids += [str(i) for i in df["Id"]]
        texts += df["EssayText"].tolist()
        parts += [part] * len(df)
    return {"ids": ids, "texts": texts, "parts": parts}


LR_MEMBER = "tfidf-lr"


def lr_member_probabilities(essay_set: int, ids: Sequence[str], texts: Sequence[str], parts: Sequence[str],
                            folds: int = 5, C: float = 4.0, seed: int = 0) -> np.ndarray:
    """A second, different kind of teacher: word + character TF-IDF with (class-balanced) logistic regression.

    Fitted on the TRAIN split only. Its probabilities for training answers are out-of-fold (each
    from a model that did not see that answer), so they are as honest as those for other answers.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from . import asap
    from .bundling import ASAP_LABELS
    from ..text import normalise_many

    split = asap.split_set(asap.load_train(), essay_set)
    labels = ASAP_LABELS[int(essay_set)]
    y_of = {str(i): labels.index(v) for i, v in zip(split.train["Id"], split.train["Score1"])}
    norm = normalise_many(texts)

    def model():
        feats = FeatureUnion([
            ("w", TfidfVectorizer(token_pattern=r"[a-zA-Z0-9_]+", ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
        ])
        return make_pipeline(feats, LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))

    def full(proba, classes):
        out = np.zeros((len(proba), len(labels)))
        out[:, classes] = proba
        return out

    tr = np.array([j for j, p in enumerate(parts) if p == "train"])
    rest = np.array([j for j, p in enumerate(parts) if p != "train"])
    y_tr = np.array([y_of[str(ids[j])] for j in tr])
    probs = np.zeros((len(texts), len(labels)))
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for a, b in skf.split(tr, y_tr):
        m = model().fit([norm[j] for j in tr[a]], y_tr[a])
        probs[tr[b]] = full(m.predict_proba([norm[j] for j in tr[b]]), m.classes_)
    if len(rest):
        m = model().fit([norm[j] for j in tr], y_tr)
        probs[rest] = full(m.predict_proba([norm[j] for j in rest]), m.classes_)
    return probs


def ensemble_probabilities(members: Sequence[str], texts: Sequence[str], labels: Sequence | None = None,
                           threads: int = 2, log=print, essay_set: int | None = None,
                           ids: Sequence[str] | None = None, parts: Sequence[str] | None = None
                           ) -> tuple[np.ndarray, list]:
    """Mean probability of several teachers over raw ``texts``; returns (probs, labels).

    A member is a checkpoint folder, or ``tfidf-lr`` (see :func:`lr_member_probabilities`, which
    needs ``essay_set``, ``ids`` and ``parts``).
    """
    from .teacher import Teacher, TeacherError

    total = None
    seen_labels = None
    for m in members:
        if m == LR_MEMBER:
            if essay_set is None or ids is None or parts is None:
                raise TeacherError("the tfidf-lr ensemble member needs the essay set and the answers' parts")
            from .bundling import ASAP_LABELS

            log(f"labelling {len(texts)} answers with {LR_MEMBER} (out-of-fold on train)")
            p = lr_member_probabilities(essay_set, ids, texts, parts)
            lab = list(ASAP_LABELS[int(essay_set)])
            if seen_labels is not None and lab != seen_labels:
                raise TeacherError(f"{LR_MEMBER} scores {lab} but the other teachers score {seen_labels}")
            seen_labels = lab
            total = p if total is None else total + p
            continue
        t = Teacher(m, threads=threads)
        if seen_labels is not None and list(t.labels) != list(seen_labels):
            raise TeacherError(f"teacher {m} scores {t.labels} but the others score {seen_labels}; "
                               "ensemble only teachers of the same item")
        seen_labels = list(t.labels)
        log(f"labelling {len(texts)} answers with {m}")
        p = t.predict_proba(texts)
        total = p if total is None else total + p
    probs = total / len(members)
    if labels is not None and list(labels) != seen_labels:
        raise TeacherError(f"the teachers score {seen_labels} but the item has scores {list(labels)}")
    return probs, seen_labels


def label_set(essay_set: int, members: Sequence[str], out: str | os.PathLike, threads: int = 2, log=print,
              choose_on_valid: bool = False) -> Path:
    """``grader-distill label``: write soft labels for train + valid + transfer answers of a set.

    With several members the teacher is their mean; with ``choose_on_valid`` it is instead whichever
    of {the mean, each member alone} has the best QWK on the VALID split (recorded, with every
    candidate's figure, in ``<out>.teacher.json``).
    """
    import json

    from ..core.metrics import quadratic_weighted_kappa
    from . import asap
    from .bundling import ASAP_LABELS

    a = set_answers(essay_set)
    per = {}
    for m in members:
        p, _ = ensemble_probabilities([m], a["texts"], threads=threads, log=log, essay_set=essay_set,
                                      ids=a["ids"], parts=a["parts"])
        per[m] = p
    cands = {"mean of " + " + ".join(members): list(members)} if len(members) > 1 else {}
    if choose_on_valid or len(members) == 1:
        cands.update({m: [m] for m in members})
        fine_tuned = [m for m in members if m != LR_MEMBER]
        if choose_on_valid and 1 < len(fine_tuned) < len(members):  # the fine-tuned members alone, averaged
            cands["mean of " + " + ".join(fine_tuned)] = fine_tuned
    labels = list(ASAP_LABELS[int(essay_set)])
    valid = asap.split_set(asap.load_train(), essay_set).valid
    y_of = {str(i): labels.index(v) for i, v in zip(valid["Id"], valid["Score1"])}
    vi = [j for j, (i, p) in enumerate(zip(a["ids"], a["parts"])) if p == "valid"]
    yv = [y_of[a["ids"][j]] for j in vi]
    scores = {}
    for name, ms in cands.items():
        pm = np.mean([per[m] for m in ms], axis=0)
        scores[name] = quadratic_weighted_kappa(yv, pm[vi].argmax(1), labels=list(range(len(labels))))
    chosen = max(cands, key=lambda n: (round(scores[n], 4), len(cands[n])))
    probs = np.mean([per[m] for m in cands[chosen]], axis=0)
    log(f"teacher for set {essay_set}: {chosen} (valid QWK " +
        ", ".join(f"{n}: {q:.4f}" for n, q in scores.items()) + ")")
    Path(str(out) + ".teacher.json").write_text(json.dumps(
        {"members": list(members), "chosen": cands[chosen], "valid_qwk": scores}, indent=2), encoding="utf-8")
    return write_soft_labels(out, a["ids"], a["texts"], probs, parts=a["parts"])


def other_rows(path, ids: set) -> list[str]:
    """The ids of the rows of the soft-label file ``path`` that are not in ``ids`` (as read_soft_labels reads them)."""
    return [i for i in read_soft_labels(path).ids if i not in ids]


def other_rows_sentence(path, essay_set: int, others: Sequence[str]) -> str:
    """``label --check``: the rows it ignores, in one sentence. Not refused: every row kept is matched to its answer
    by id and text hash, so an ignored row cannot label a wrong answer, and one file for several sets (or with the
    test split labelled too) is a fair thing to have; but ids written differently look just the same, so they are
    named, with the answer files they are in."""
    from . import asap

    train = asap.load_train()
    mine = {str(i) for i in train.loc[train["EssaySet"] == essay_set, "Id"]}
    known = {str(i) for i in train["Id"]} | {str(i) for i in asap.load_unlabeled()["Id"]}
    test = sum(1 for i in others if i in mine)
    nowhere = [i for i in others if i not in known]
    where = [f"{test} of set {essay_set}'s test split"] if test else []
    where += [f"{len(others) - test - len(nowhere)} of other sets"] if len(others) - test - len(nowhere) else []
    where += [f"{len(nowhere)} of no ASAP-SAS answer"] if nowhere else []
    todo = (f"ids of no answer ({', '.join(nowhere[:3])}{', …' if len(nowhere) > 3 else ''}) are probably written "
            "differently than in the ASAP-SAS files (e.g. 0017 for 17): correct them, else their answers go without "
            "the teacher's labels" if nowhere else "nothing to do if you meant them for other sets or the test split")
    shown = ", ".join(list(others)[:5]) + (", …" if len(others) > 5 else "")
    return (f"{Path(path).name}: {len(others)} row(s) are ignored, their ids not among set {essay_set}'s train, valid "
            f"and transfer answers (ids {shown}: {', '.join(where)}); {todo}")


def add_label_arguments(p) -> None:
    p.add_argument("--set", type=int, required=True, help="ASAP-SAS essay set (1-10)")
    p.add_argument("--teacher", action="append", required=True,
                   help="teacher checkpoint folder, or 'tfidf-lr'; repeat for an ensemble (mean of probabilities)")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", required=True, help="soft-label file to write (.csv or .jsonl)")


def main_label(args) -> int:
    path = label_set(args.set, args.teacher, args.out, threads=args.threads)
    print(f"wrote {path}")
    return 0


def add_parser(subparsers) -> None:
    """``grader-distill label``."""
    p = subparsers.add_parser("label", help="write soft labels with a teacher (or an ensemble), or check a file",
                              description="Run one or more teachers over an essay set's train + valid answers and "
                                          "its transfer rows (unlabeled_private_leaderboard.tsv), writing id, "
                                          "text sha256 and p_0..p_K-1; or, with --check, validate soft labels "
                                          "from any other source (e.g. an LLM) for an essay set's answers. Your own "
                                          "question's answers: grader-distill own --check.")
    p.add_argument("--set", type=int, required=True, help="ASAP-SAS essay set (1-10)")
    p.add_argument("--teacher", action="append", default=[],
                   help="teacher checkpoint folder, or 'tfidf-lr'; repeat for an ensemble (mean of probabilities)")
    p.add_argument("--check", default=None, metavar="FILE", help="validate this soft-label file instead of labelling")
    p.add_argument("--choose-on-valid", action="store_true",
                   help="use whichever of the mean or a single member has the best VALID QWK")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", default=None, help="soft-label file to write (.csv or .jsonl)")

    def run(args) -> int:
        from .bundling import ASAP_LABELS
        from .common import DistillError
        from .teacher import TeacherError

        try:
            if args.check:
                a = set_answers(args.set)
                train = {i: t for i, t, p in zip(a["ids"], a["texts"], a["parts"]) if p == "train"}
                sl = read_soft_labels(args.check, answers=train, n_classes=len(ASAP_LABELS[args.set]))
                extra = read_soft_labels(args.check, answers=dict(zip(a["ids"], a["texts"])),
                                         n_classes=len(ASAP_LABELS[args.set]), require_all=False)
                print(f"{args.check}: soft labels valid for all {len(sl.ids)} training answers "
                      f"({len(extra.ids)} answers of set {args.set} in all)")
                others = other_rows(args.check, set(a["ids"]))
                if others:
                    print(other_rows_sentence(args.check, args.set, others))
                return 0
            if not args.teacher or not args.out:
                raise DistillError("give --teacher DIR (repeatable) and --out FILE, or --check FILE")
            path = label_set(args.set, args.teacher, args.out, threads=args.threads,
                             choose_on_valid=args.choose_on_valid)
            print(f"wrote {path}")
            return 0
        except (SoftLabelError, TeacherError) as exc:
            raise DistillError(str(exc)) from None
    p.set_defaults(func=run)
