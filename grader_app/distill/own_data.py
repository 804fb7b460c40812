"""Your own question's data for ``grader-distill own``: scored answers, unscored answers and a teacher's soft labels.

Three files, each read in full and checked before anything is trained:

* the scored answers (CSV or XLSX, read by the app's sheet reader, so any delimiter and encoding it copes with):
  an id column, an answer column and a score column;
* the unscored answers (optional; the transfer set the teacher also labelled): an id and an answer column;
* the soft labels (:mod:`.softlabels` formats: ``id, p_0 … p_K-1`` as CSV, or JSONL), e.g. an LLM's saved
  probabilities. ``p_c`` is the probability of the c-th score of the scale in ascending order. A ``sha256``
  column is optional here (the ids are the link); where given, it must match the answer's text.

Nothing is dropped or matched loosely: every answer of both files needs exactly one row of soft labels, every row
of soft labels must belong to an answer, ids are compared as the text in the cell (``007`` is not ``7``), and each
refusal is one :class:`~.common.DistillError` sentence saying what is wrong, where, and what to do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from .common import DistillError, as_number

_SHOWN = 3  # ids quoted in a message


@dataclass
class OwnAnswers:
    ids: list[str]
    texts: list[str]
    scores: list = field(default_factory=list)   # empty for the unscored file


@dataclass
class OwnData:
    scored: OwnAnswers
    unscored: OwnAnswers
    labels: list                  # the score scale, ascending: p_c is the probability of labels[c]
    p_scored: np.ndarray          # [n_scored, K], rows in the scored file's order
    p_unscored: np.ndarray        # [n_unscored, K]
    hashed: int                   # soft-label rows whose sha256 was given and checked
    agreement: dict = field(default_factory=dict)   # the teacher against your scores: {"qwk", "exact"}


def _some(ids: Sequence[str]) -> str:
    shown = ", ".join(str(i) for i in list(ids)[:_SHOWN])
    return shown + (", …" if len(ids) > _SHOWN else "")


def _column(frame, want: str, flag: str, name: str) -> str:
    cols = [str(c) for c in frame.columns]
    if want in cols:
        return want
    folded = [c for c in cols if c.strip().lower() == want.strip().lower()]
    if len(folded) == 1:
        return folded[0]
    raise DistillError(f"{name} has no column '{want}' (its columns: {', '.join(cols)}); "
                       f"name the right one with {flag} COLUMN")


def read_answers(path: str | Path, id_column: str = "id", answer_column: str = "answer",
                 score_column: str | None = None, sheet_name: str | None = None) -> OwnAnswers:
    """One answers file: ids, raw texts and (with ``score_column``) scores as numbers, in file order."""
    from ..io.errors import SheetError
    from ..io.readers import read_sheet

    name = Path(path).name
    try:
        sheet = read_sheet(path, sheet_name)
    except SheetError as exc:
        raise DistillError(str(exc)) from None
    frame = sheet.frame
    idc = _column(frame, id_column, "--id-column", name)
    ansc = _column(frame, answer_column, "--answer-column", name)
    scc = _column(frame, score_column, "--score-column", name) if score_column else None
    ids, texts, scores, seen = [], [], [], {}
    for r in range(len(frame)):
        row = sheet.row_number(r)
        rid = str(frame.at[r, idc] if frame.at[r, idc] is not None else "").strip()
        if not rid:
            raise DistillError(f"{name} row {row} has no id in column '{idc}'; give every answer an id "
                               "(the soft labels are matched to the answers by it)")
        if rid in seen:
            raise DistillError(f"{name}: id {rid} is on rows {seen[rid]} and {row}; ids must be unique, "
                               "one row per answer")
        seen[rid] = row
        text = frame.at[r, ansc]
        texts.append("" if text is None else str(text))
        ids.append(rid)
        if scc is not None:
            cell = str(frame.at[r, scc] if frame.at[r, scc] is not None else "").strip()
            if not cell:
                raise DistillError(f"{name} row {row} (id {rid}) has no score in column '{scc}'; score it, or move "
                                   "the answer to the unscored file")
            try:
                decimal_comma = cell.count(",") == 1 and "." not in cell   # "1,5" from a German spreadsheet
                scores.append(as_number(cell.replace(",", ".") if decimal_comma else cell))
            except (TypeError, ValueError):
                raise DistillError(f"{name} row {row} (id {rid}) has the score '{cell}', which is not a number; "
                                   "write scores as numbers (0, 1, 2, …)") from None
    if not ids:
        raise DistillError(f"{name} holds no answers below its header; check the file")
    return OwnAnswers(ids=ids, texts=texts, scores=scores)


def score_scale(scores: Sequence, given: Sequence | None, name: str) -> list:
    """The scale: ``given`` (``--scores``), or the scores that occur, ascending. Every score must be on it."""
    seen = sorted({as_number(s) for s in scores})
    if given:
        labels = sorted({as_number(s) for s in given})
        off = [s for s in seen if s not in labels]
        if off:
            raise DistillError(f"{name} holds the score(s) {_some(off)}, which are not on the scale given with "
                               f"--scores ({', '.join(map(str, labels))}); fix those scores or the scale")
    else:
        labels = seen
    if len(labels) < 2:
        raise DistillError(f"every answer of {name} has the score {labels[0]}; a model needs at least two scores "
                           "(give the whole scale with --scores if some scores occur only among the unscored answers)")
    return labels


def align(path: str | Path, scored: OwnAnswers, unscored: OwnAnswers, labels: Sequence,
          scale_from_file: bool = True) -> tuple[np.ndarray, np.ndarray, int]:
    """The soft labels of every answer, in the answers' order: (p_scored, p_unscored, rows with a checked hash).

    Refuses (DistillError) rows that are not probabilities, a number of columns that is not the scale's, an answer
    without a row, a row without an answer, an id in both answers files and a sha256 that does not match its text.
    """
    from .softlabels import SoftLabelError, read_soft_labels, text_hash

    name = Path(path).name
    try:
        sl = read_soft_labels(path)
    except SoftLabelError as exc:
        raise DistillError(str(exc)) from None
    k, width = len(labels), sl.probs.shape[1]
    if width != k:
        where = "the scores that occur in the scored answers" if scale_from_file else "--scores"
        if scale_from_file and width > k:
            todo = ("if the scale has a score nobody got yet, give the whole scale with --scores (e.g. --scores "
                    f"{','.join(str(i) for i in range(width))}), else give one probability per score")
        else:
            todo = "give one probability per score of the scale, lowest score first"
        raise DistillError(f"{name} gives {width} probabilities per answer (p_0 … p_{width - 1}) but the score scale "
                           f"has {k} points ({', '.join(map(str, labels))}, from {where}); {todo}")
    both = set(scored.ids) & set(unscored.ids)
    if both:
        raise DistillError(f"{len(both)} id(s) are in both answers files ({_some(sorted(both))}); an answer is "
                           "either scored or unscored, so keep each id in one file")
    row_of = {i: j for j, i in enumerate(sl.ids)}
    known = set(scored.ids) | set(unscored.ids)
    stray = [i for i in sl.ids if i not in known]
    for what, ans in (("scored", scored), ("unscored", unscored)):
        missing = [i for i in ans.ids if i not in row_of]
        if missing:
            also = (f", and {len(stray)} of its rows have ids in neither answers file (ids {_some(stray)}): the ids "
                    "may be written differently there" if stray else "")
            raise DistillError(f"{name} has no soft labels for {len(missing)} of the {len(ans.ids)} {what} answers "
                               f"(ids {_some(missing)}){also}; label every answer, with its id written exactly as "
                               "in the answers file")
    if stray:
        todo = ("give the unscored answers with --unscored FILE, or remove those rows" if not unscored.ids
                else "remove them or add their answers")
        raise DistillError(f"{name} has {len(stray)} row(s) whose id is in neither answers file (ids {_some(stray)}); "
                           f"{todo}, so no label is attached to the wrong answer")
    hashed = 0
    for ans in (scored, unscored):
        for i, text in zip(ans.ids, ans.texts):
            h = sl.hashes[row_of[i]]
            if h is None:
                continue
            hashed += 1
            if h != text_hash(text):
                raise DistillError(f"{name}: the sha256 of answer id {i} does not match that answer's text; the "
                                   "labels were made for other text (check the ids), or leave the sha256 column out")
    p_sc = np.array([sl.probs[row_of[i]] for i in scored.ids]).reshape(len(scored.ids), k)
    p_un = np.array([sl.probs[row_of[i]] for i in unscored.ids]).reshape(len(unscored.ids), k)
    return p_sc, p_un, hashed


def teacher_agreement(p_scored: np.ndarray, scores: Sequence, labels: Sequence, name: str) -> dict:
    """The teacher's most probable score against yours on the scored answers: QWK and exact agreement.

    Refuses soft labels whose columns run the other way (p_0 the HIGHEST score, as a prompt listing "2, 1, 0" may
    give): read as given they disagree with your scores (QWK below 0) and reversed they agree better, and a student
    taught by them would learn the scale upside down.
    """
    from ..core.metrics import quadratic_weighted_kappa

    y = np.array([list(labels).index(s) for s in scores])
    k = len(labels)
    pred = p_scored.argmax(1)
    qwk = float(quadratic_weighted_kappa(y, pred, labels=list(range(k))))
    flipped = float(quadratic_weighted_kappa(y, k - 1 - pred, labels=list(range(k))))
    if qwk < 0 < flipped:
        raise DistillError(f"{name}: the teacher's most probable scores disagree with yours (QWK {qwk:.2f}), and read "
                           f"the other way round they agree (QWK {flipped:.2f}); p_0 must be the probability of the "
                           f"lowest score ({labels[0]}), so reverse the probability columns")
    return {"qwk": qwk, "exact": float(np.mean(pred == y))}


def load_own(scored_path, soft_labels_path, unscored_path=None, *, id_column: str = "id",
             answer_column: str = "answer", score_column: str = "score", scores: Sequence | None = None) -> OwnData:
    """Read and cross-check the three files (see the module docstring)."""
    scored = read_answers(scored_path, id_column, answer_column, score_column)
    unscored = (read_answers(unscored_path, id_column, answer_column) if unscored_path
                else OwnAnswers(ids=[], texts=[]))
    labels = score_scale(scored.scores, scores, Path(scored_path).name)
    p_sc, p_un, hashed = align(soft_labels_path, scored, unscored, labels, scale_from_file=not scores)
    agreement = teacher_agreement(p_sc, scored.scores, labels, Path(soft_labels_path).name)
    return OwnData(scored=scored, unscored=unscored, labels=labels, p_scored=p_sc, p_unscored=p_un, hashed=hashed,
                   agreement=agreement)
