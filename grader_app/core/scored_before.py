"""The models a graded workbook says scored its questions, checked against the models installed now.

The graded workbook the window exports names, on its Summary sheet, the model that scored each question: its title, id
and a short version check code, the first digits of its fingerprint (:func:`fingerprint`, :func:`version_code`;
written and read back by :mod:`grader_app.io.scored_by`; an older workbook wrote the whole fingerprint, which is read
too). Opened again without the project that remembered the choice (the project deleted, or the workbook alone in
another folder), the question gets that model again, so the answers it accepted last time are scored again, as the
sheet shows them, instead of losing their final scores to "No model". Only the same model: one of the same id whose
fingerprint starts with the recorded code (where one is recorded: :func:`same_version`). A model of that id that
differs (retrained, its settings changed, replaced by a teacher's own copy) may score otherwise, and one that is
missing scores nothing: neither is chosen from the record, and the teacher is told, in words (:func:`unlike`), as well
as how the other answers are scored now (:func:`scoring`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

SAME, CHANGED, MISSING = "same", "changed", "missing"   # the installed model against the recorded one
# how the answers the teacher did not decide are scored now (the opening note's last sentence says it)
AGAIN, CHOSEN, SOME, NONE = "again", "chosen", "some", "none"
SHOWN = 60   # characters of a question named in a sentence, beyond which it is cut with "…"
# The fingerprint as the Summary sheet shows it: its first CODE hex digits ("16f09a0a5c19"), under a column named for
# what it is, a version check. 64 hex digits mean nothing to a teacher; 12 still tell one version of a model from
# another as surely as the whole: they are 48 bits of a SHA-256, so two versions of one model id share them by chance
# once in about 3·10^14, and this is no defence against a forger anyway (who edits the workbook can name any model
# whatever its length): it only keeps a retrained or re-tuned model from being taken for the one that scored the sheet.
# A recorded code shorter than CODE, or not hex, is no check at all: such a model is taken as another version.
CODE = 12
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class ScoredBy:
    """What a graded workbook says of one question's model."""

    question: str            # the question as the workbook names it
    bundle_id: str
    title: str = ""
    fingerprint: str = ""    # :func:`version_code` then (an older workbook's: the whole fingerprint; "": none)


@dataclass(frozen=True)
class Checked:
    said: ScoredBy
    state: str               # SAME, CHANGED or MISSING
    bundle: object | None    # the installed model of that id (None when missing)


def fingerprint(bundle) -> str:
    """What tells one version of a model from another: the digest of its manifest (which covers the model's own
    digest, so the model and all its settings), else the model's digest alone (a bundle without the seal)."""
    m = getattr(bundle, "manifest", None) or {}
    return str(m.get("manifest_sha256") or m.get("sha256") or "")


def version_code(fp: str) -> str:
    """What the Summary sheet writes of the fingerprint ``fp``: its first :data:`CODE` hex digits ("" for none)."""
    return str(fp or "")[:CODE]


def same_version(installed: str, recorded: str) -> bool:
    """Is the model of fingerprint ``installed`` the version a workbook recorded as ``recorded``: the short code the
    Summary sheet writes now (:func:`version_code`), or the whole fingerprint an older one wrote? A recorded value that
    is too short or not hex digits matches nothing."""
    recorded = str(recorded or "").strip().lower()
    return len(recorded) >= CODE and set(recorded) <= _HEX and str(installed or "").lower().startswith(recorded)


def _tidy(text) -> str:
    return " ".join(str(text or "").split())


def check(records: Sequence[ScoredBy], library) -> tuple[Checked, ...]:
    """Each recorded model against the installed one of its id."""
    out = []
    for said in records:
        b = library.get(said.bundle_id) if library is not None else None
        if b is None:
            out.append(Checked(said, MISSING, None))
        elif said.fingerprint and not same_version(fingerprint(b), said.fingerprint):
            out.append(Checked(said, CHANGED, b))
        else:
            out.append(Checked(said, SAME, b))
    return tuple(out)


def recorded_for(checked: Sequence[Checked], item: str, shown: str = "") -> Checked | None:
    """The record of question ``item`` (named ``shown`` in the files written, where that differs: a sheet that
    names no question, its answer column's header)."""
    names = {_tidy(item), _tidy(shown)} - {""}
    return next((c for c in checked if _tidy(c.said.question) in names), None)


def choices(checked: Sequence[Checked], names: Mapping[str, str]) -> dict[str, str]:
    """Question -> the id of the model that scored it before, for every question of ``names`` (question -> its name
    in the files written) whose recorded model is installed and the same."""
    out = {}
    for item, shown in names.items():
        found = recorded_for(checked, item, shown)
        if found is not None and found.state == SAME:
            out[item] = found.said.bundle_id
    return out


def scoring(models: Mapping[str, str | None], checked: Sequence[Checked], names: Mapping[str, str]) -> str:
    """How the answers the teacher did not decide are scored with ``models`` (question -> model id or None):
    :data:`AGAIN` when every question has a model and none is known to differ from the one that scored it before,
    :data:`CHOSEN` when every question has one but some differ, :data:`SOME` when some questions have none,
    :data:`NONE` when none has one."""
    given = {item: bid for item, bid in models.items() if bid}
    if not given:
        return NONE
    if len(given) < len(models):
        return SOME
    for item, bid in given.items():
        found = recorded_for(checked, item, names.get(item, ""))
        if found is not None and (found.state != SAME or found.said.bundle_id != bid):
            return CHOSEN
    return AGAIN


def unlike(checked: Sequence[Checked], models: Mapping[str, str | None],
           names: Mapping[str, str]) -> tuple[tuple[str, str, str, bool], ...]:
    """(state, the model's name, the question, whether that model scores the question now) of each question of ``names``
    whose recorded model is missing or differs (:data:`MISSING`, :data:`CHANGED`), for the opening note to say."""
    out = []
    for item, shown in names.items():
        found = recorded_for(checked, item, shown)
        if found is None or found.state == SAME:
            continue
        model = getattr(found.bundle, "title", "") or found.said.title or found.said.bundle_id
        question = _tidy(shown or item)
        question = question if len(question) <= SHOWN else question[:SHOWN - 1].rstrip() + "…"
        out.append((found.state, model, question, models.get(item) == found.said.bundle_id))
    return tuple(out)
