"""The projects Grader has kept for each class's answers, wherever they are: a small index in the user's data folder,
so that a copy of a sheet opened in another place (copied alone onto a USB stick, or e-mailed home, its project file
left behind) can be offered the decisions made on the same answers elsewhere. Pure Python; no Qt.

The index, ``project-index.json`` in the data folder, is keyed by :func:`fingerprint`, a hash of the answers read with
a project's columns (each answer's column, question, student and text, as a project file hashes them:
:func:`.project_records.digests_of`), taken in sorted order: the same whatever the file is called and wherever it is,
for the workbook re-saved by Excel or a CSV saved from it, and for its rows sorted; another class's answers give
another. Each fingerprint keeps the columns it was read with and its worksheet, the project files kept for those
answers (path, last saved, decisions), and the sheets whose teacher chose to start afresh rather than continue.

It is a pointer, never the work: what is offered is read from the project file itself
(:func:`.project_part.shared`), and a project that is gone or does not read is forgotten. Each change reads the file,
changes it and writes it back whole, atomically; a damaged index starts again empty (it holds nothing that is not in
the project files). Every failure of the index is swallowed: it must never stop a sheet from opening.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from ..atomic import write_atomically
from ..core.sheet import Answer, ColumnMapping, Sheet, answers_from_sheet
from ..errors import GraderError
from ..paths import user_data_dir
from .project_near import CANDIDATES, LIKELY, confirmed, counted, estimate, sketch
from .project_part import shared
from .project_places import EarlierProject
from .project_records import digests_of
from .project_store import project_path_for

INDEX_FILE = "project-index.json"
FORMAT = 1
KEPT = 300        # the answers' fingerprints kept, the most recently seen ones
PROJECTS = 8      # the project files kept per fingerprint, the most recently saved ones
DECLINED = 50     # the sheets kept per fingerprint whose teacher started afresh, the latest ones
_lock = threading.Lock()   # one read-change-write at a time in this process (workers of the same window)


@dataclass(frozen=True)
class ElsewhereProject(EarlierProject):
    """A project file in another folder, holding ``decisions`` on the very answers of a sheet without a project."""

    saved: float = 0.0        # when it was last written (seconds since the epoch)
    fingerprint: str = ""     # the answers' :func:`fingerprint`, to remember that the teacher started afresh
    new: int = 0              # this sheet's answers the project does not hold (new or changed): a near match's


def index_path() -> Path:
    """Where the index is kept (``GRADER_DATA_DIR`` moves it, as in tests)."""
    return user_data_dir() / INDEX_FILE


def fingerprint(answers: Sequence[Answer]) -> str:
    """The answers' fingerprint: their hashes (column, question, student, text) in sorted order, hashed."""
    return _fingerprint_of(digests_of(answers))


def _fingerprint_of(digests: Sequence[str]) -> str:
    h = hashlib.sha256()
    for digest in sorted(digests):
        h.update(digest.encode("ascii") + b"\n")
    return h.hexdigest()


def sheet_fingerprint(sheet: Sheet, mapping: ColumnMapping) -> str:
    """The fingerprint of ``sheet``'s answers read with ``mapping`` (as a session reads them)."""
    from .lms import reading_for

    return fingerprint(answers_from_sheet(sheet, mapping, reading_for(sheet, mapping)))


def _read() -> dict:
    try:
        data = json.loads(index_path().read_bytes().decode("utf-8"))
    except (OSError, ValueError):   # none yet, unreadable or damaged: started again
        return {}
    answers = data.get("answers") if isinstance(data, dict) else None
    return answers if isinstance(answers, dict) else {}


def _write(answers: dict) -> None:
    if len(answers) > KEPT:   # the fingerprints seen least recently go
        keep = sorted(answers, key=lambda fp: str(answers[fp].get("seen", "")), reverse=True)[:KEPT]
        answers = {fp: answers[fp] for fp in keep}
    body = json.dumps({"format": FORMAT, "answers": answers}, ensure_ascii=False, indent=1, sort_keys=True)
    path = index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda f: f.write(body.encode("utf-8")))


def _change(change: Callable[[dict], bool]) -> None:
    """Read the index, ``change`` it (True: it changed) and write it back; any failure leaves it as it was."""
    with _lock:
        answers = _read()
        try:
            if change(answers):
                _write(answers)
        except OSError:   # a data folder that cannot be written to: the index is a convenience
            pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def remember(project, answers: Sequence[Answer], mapping: ColumnMapping, worksheet: str | None,
             decisions: int) -> None:
    """Note that the project file ``project`` is kept for ``answers`` (read with ``mapping`` from ``worksheet``),
    holding ``decisions``, saved now."""
    path, fp = str(Path(project).absolute()), fingerprint(answers)

    def change(index: dict) -> bool:
        entry = index.setdefault(fp, {})
        entry.update(mapping=mapping.to_dict(), worksheet=worksheet, seen=_now(), sketch=sketch(answers))
        projects = [p for p in entry.get("projects", []) if isinstance(p, dict) and p.get("path") != path]
        projects.insert(0, {"path": path, "saved": _now(), "decisions": int(decisions)})
        entry["projects"] = projects[:PROJECTS]
        return True
    _change(change)


def decline(sheet_path, fp: str) -> None:
    """The teacher chose to start afresh on the sheet at ``sheet_path`` rather than continue from the project
    elsewhere: it is not asked again for this sheet."""
    path = str(Path(sheet_path).absolute())

    def change(index: dict) -> bool:
        entry = index.get(fp)
        if not isinstance(entry, dict) or path in entry.get("declined", []):
            return False
        entry["declined"] = [*entry.get("declined", []), path][-DECLINED:]
        return True
    _change(change)


def elsewhere_project(sheet_path, sheet: Sheet, read_worksheet: Callable[[str | None], Sheet] | None = None,
                      ) -> ElsewhereProject | None:
    """The project file in another place that Grader kept for the very answers of ``sheet`` (which has no project of
    its own) and that holds decisions on them, or None: none is known, the teacher chose to start afresh on this sheet
    before, or those known are gone or do not read (they are forgotten). The one with the most decisions if several
    do, then the most recently saved. ``read_worksheet(name)`` reads another worksheet of the same file.

    Failing the very answers, one kept for nearly the same answers (:mod:`.project_near`: a copy with late
    submissions added or a typo corrected), its ``new`` saying how many of this sheet's answers it does not hold and
    its ``decisions`` those on this sheet's answers, which are what continuing brings over."""
    sheet_path = Path(sheet_path).absolute()
    own = project_path_for(sheet_path)
    index = _read()
    found: list[tuple[tuple[int, float], ElsewhereProject]] = []
    forget: dict[str, set[str]] = {}
    read: dict[str, _Read | None] = {}   # the sheet read with each entry's columns, once for the same ones
    for fp, entry in index.items():
        if not isinstance(entry, dict):
            continue
        got = _read_with(entry, sheet, read_worksheet, read)
        if got is None or got.fingerprint != fp:
            continue
        if str(sheet_path) in entry.get("declined", []):
            return None
        for path in _elsewhere(entry, sheet_path, own):
            offer = _offer(path, got.sheet, own, fp)
            if offer is None:
                forget.setdefault(fp, set()).add(str(path))
            elif offer.decisions:
                found.append(((offer.decisions, offer.saved), offer))
    exact = [offer for _rank, offer in found]
    if not found:
        found = _near(index, sheet_path, own, read, forget)
    if forget or exact:
        _change(lambda index: _forget(index, forget, exact))
    return max(found, key=lambda f: f[0])[1] if found else None


@dataclass(frozen=True)
class _Read:
    sheet: Sheet            # the entry's worksheet, where the workbook has it
    fingerprint: str        # of its answers read with the entry's columns
    counted: set[str]       # the hashes of those answers that count for near matches (:mod:`.project_near`)


def _how(entry: dict) -> str:
    """How ``entry``'s answers are read (its columns and worksheet), as a key."""
    return json.dumps([entry.get("mapping"), entry.get("worksheet")], sort_keys=True)


def _read_with(entry: dict, sheet: Sheet, read_worksheet, read: dict[str, _Read | None]) -> _Read | None:
    """The sheet read with ``entry``'s columns (once for the same ones: ``read``), or None if it cannot be."""
    how = _how(entry)
    if how not in read:
        answers = _answers_of(entry, sheet, read_worksheet)
        if answers is None:
            read[how] = None
        else:
            digests = digests_of(answers[1])
            read[how] = _Read(answers[0], _fingerprint_of(digests), {digests[i] for i in counted(answers[1])})
    return read[how]


def _elsewhere(entry: dict, sheet_path: Path, own: Path) -> list[Path]:
    """The project files ``entry`` keeps that are not the sheet's own nor beside it (earlier_project's)."""
    paths = [Path(str(p.get("path", ""))) for p in entry.get("projects", []) if isinstance(p, dict)]
    return [p for p in paths if p != own and p.parent != sheet_path.parent]


def _near(index: dict, sheet_path: Path, own: Path, read: dict[str, _Read | None],
          forget: dict[str, set[str]]) -> list[tuple[tuple[int, float], ElsewhereProject]]:
    """The projects kept for nearly this sheet's answers (the entries' sketches likely, then each confirmed from its
    project file: :mod:`.project_near`), none the teacher started afresh from on this sheet; those gone are added to
    ``forget``."""
    declined = {str(p) for entry in index.values() if isinstance(entry, dict)
                and str(sheet_path) in entry.get("declined", []) for p in _elsewhere(entry, sheet_path, own)}
    candidates: list[tuple[float, str, Path]] = []
    for fp, entry in index.items():
        got = read.get(_how(entry)) if isinstance(entry, dict) else None
        shares = None if got is None else estimate(entry.get("sketch"), got.counted)
        if shares is None or min(shares) < LIKELY:
            continue
        candidates += [(min(shares), fp, path) for path in _elsewhere(entry, sheet_path, own)
                       if str(path) not in declined]
    found: list[tuple[tuple[int, float], ElsewhereProject]] = []
    looked: set[Path] = set()
    for _likely, fp, path in sorted(candidates, key=lambda c: c[0], reverse=True):
        if path in looked or len(looked) >= CANDIDATES:
            continue
        looked.add(path)
        got = read[_how(index[fp])]
        assert got is not None   # a candidate's sheet was read
        offer = _offer(path, got.sheet, own, fp, near=True)
        if offer is None:
            forget.setdefault(fp, set()).add(str(path))
        elif offer.decisions:
            found.append(((offer.decisions, offer.saved), offer))
    return found


def _answers_of(entry, sheet: Sheet, read_worksheet) -> tuple[Sheet, list[Answer]] | None:
    """The sheet (the entry's worksheet, where the workbook has it) and its answers read with the entry's columns, or
    None when the sheet lacks one of them (another kind of sheet)."""
    from .lms import reading_for

    try:
        mapping = ColumnMapping.from_dict(entry["mapping"])
        if not set(mapping.read_columns()) <= set(sheet.columns):
            return None
        worksheet = entry.get("worksheet")
        if worksheet and worksheet != sheet.sheet_name and worksheet in sheet.sheet_names and read_worksheet:
            sheet = read_worksheet(worksheet)
        return sheet, answers_from_sheet(sheet, mapping, reading_for(sheet, mapping))
    except (GraderError, OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _offer(path: Path, sheet: Sheet, own: Path, fp: str, near: bool = False) -> ElsewhereProject | None:
    """What the project file at ``path`` holds of ``sheet``'s answers, or None if it is gone or does not read; no
    decisions when it holds too few of them (``near``: :func:`.project_near.confirmed`)."""
    try:
        saved = max(os.stat(p).st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists())
        # the sheet read for the index is the one shared() needs: another worksheet name (a CSV saved from the
        # workbook has none) reads no other sheet
        share = shared(path, sheet, lambda _name: sheet)
    except (GraderError, OSError, sqlite3.Error, ValueError, KeyError):
        return None
    if share is None:
        return None
    offered = share.decisions and confirmed(share) if near else share.offered
    return ElsewhereProject(path, share.decisions if offered else 0, share.made_for, own, found=len(share.keymap),
                            stored=share.stored, saved=saved, fingerprint=fp,
                            new=len(share.answers) - len(share.keymap))


def _forget(index: dict, forget: dict[str, set[str]], found: list[ElsewhereProject]) -> bool:
    """The projects ``forget`` names (gone, or not reading) taken out of the index; those ``found`` noted as read."""
    for fp, paths in forget.items():
        entry = index.get(fp)
        if isinstance(entry, dict):
            entry["projects"] = [p for p in entry.get("projects", []) if str(p.get("path")) not in paths]
    for offer in found:
        for project in (index.get(offer.fingerprint) or {}).get("projects", []):
            if isinstance(project, dict) and project.get("path") == str(offer.path):
                saved = datetime.fromtimestamp(offer.saved, timezone.utc).isoformat(timespec="seconds")
                project.update(saved=saved, decisions=offer.decisions)
    return True
