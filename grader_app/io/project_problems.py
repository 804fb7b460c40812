"""What the project file's writer (:mod:`.project_writer`) tells the teacher when changes cannot be written: the
parts that could not be saved, in words the window says in the teacher's language (:mod:`grader_app.problem_texts`),
the system's reason, and the one sentence about the changes it holds; and whether a failure means the disk is full.

Pure Python; no Qt.
"""
from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Iterable

from .project_schema import ProjectError


# what a change is (Write.what) -> its words in problem_texts.TEXTS, so the window says it in the teacher's language
PARTS = {"a change": "project.part_change", "your decision": "project.part_decision", "your comment": "project.part_comment",
         "the thresholds": "project.part_thresholds", "the comment bank": "project.part_comment_bank",
         "the blind-marking switch": "project.part_blind_marking", "the sheet's earlier decisions": "project.part_earlier_taken",
         "what the graded sheet says": "project.part_sheet_said", "the quiz's name for its columns": "project.part_export_titles",
         "the answer pulled out of its group": "project.part_pulled_out",
         "what the model learned so far": "project.part_fit_history", "what the question is out of": "project.part_scale",
         "the undo steps": "project.part_undo_steps"}


def parts(whats: Iterable[str]) -> ProjectError | str:
    """What could not be saved, each once in order, joined with "and" ("a change" if nothing is named): as
    said parts whose ``str()`` is the English, or the English itself for a part without a text."""
    said = [ProjectError.said(PARTS[w]) if w in PARTS else w for w in dict.fromkeys(whats)]
    if not said:
        return ProjectError.said("project.part_change")
    joined = said[-1]
    for part in reversed(said[:-1]):
        joined = ProjectError.said("project.parts", what=part, more=joined)
    return joined


DECISION_WHATS = ("your decision", "a change")   # the held changes counted as decisions; the others are named


# the held changes a graded sheet exported now does not carry (it carries the decisions, the comments, and the scores
# and statuses the thresholds give): with only these held, exporting it elsewhere keeps nothing of them
NOT_EXPORTED = ("the comment bank", "the blind-marking switch", "the answer pulled out of its group",
                "what the model learned so far", "the undo steps")


def export_keeps(decisions: int, whats: Iterable[str]) -> bool:
    """Whether a graded sheet exported now keeps some of the held changes: ``decisions`` of the teacher's decisions
    held, ``whats`` what each held change is (``Write.what``)."""
    return decisions > 0 or any(w not in NOT_EXPORTED for w in whats)


def held_others(whats: Iterable[str]) -> list[str]:
    """What the held changes other than the decisions are (``Write.what``), each once, in order: what is named beside the
    decisions' count ("3 of your decisions and your comment")."""
    return [w for w in dict.fromkeys(whats) if w not in DECISION_WHATS]


def detail(error: BaseException | None) -> str:
    why = getattr(error, "values", {}).get("why")   # not from the brackets: a name may have some ("p (recovered)")
    if why is not None:
        return str(why)
    text = str(error or "")
    if "(" in text and ")" in text:
        return text[text.index("(") + 1:text.rindex(")")]
    return text or "unknown error"


def as_project_error(name: str, exc: BaseException) -> ProjectError:
    if isinstance(exc, ProjectError):
        return exc
    return ProjectError.said("project.write_failed", name=name, why=exc)


def unsaved_failure(name: str, decisions: int, whats: Iterable[str], error: BaseException | None,
                    closing: bool = False) -> ProjectError:
    """What the teacher is told about the held changes (said with its kind: the window translates it): ``decisions``,
    how many of the teacher's decisions are among them (counted, and the other changes held with them named: a comment
    or a threshold held after a decision must not go unsaid), ``whats`` what each held change is (``Write.what``);
    ``closing``, the project is being closed with them still unwritten (``error``: why)."""
    whats = list(whats)
    others = held_others(whats)   # held with the decisions: named, as the decisions are counted (a comment, the thresholds)
    if closing:
        if decisions and others:   # lost with them: a teacher told of the decisions only would not redo the rest
            return ProjectError.said("project.decisions_and_more_unsaved_at_close", count=decisions, what=parts(others),
                                     name=name, why=detail(error))
        if decisions:
            return ProjectError.said("project.decisions_unsaved_at_close", count=decisions, name=name, why=detail(error))
        return ProjectError.said("project.unsaved_at_close", what=parts(whats), name=name, why=detail(error))
    if decisions and others:
        return ProjectError.said("project.decisions_and_more_unsaved", name=name, count=decisions, what=parts(others))
    if decisions:
        return ProjectError.said("project.decisions_unsaved", name=name, count=decisions)
    return ProjectError.said("project.unsaved_yet", what=parts(whats), name=name)


SQLITE_FULL, SQLITE_IOERR = 13, 10   # SQLite's result codes (an extended code keeps the primary one in its low byte)
LOW_SPACE = 1 << 20                  # a folder with less free than this (bytes) is taken to be on a full disk
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}   # no space left, or the user's quota used up


def disk_full(problem: BaseException | None, folder: Path | None = None) -> bool:
    """Whether ``problem`` means the disk is full: SQLite's SQLITE_FULL ("database or disk is full"), the system's
    ENOSPC (or a used-up quota), or a problem that kept either as its text (``why``); and, where ``folder`` has less
    than :data:`LOW_SPACE` free, the I/O errors SQLite gives when a full disk refuses its journal or shared memory
    and the failed rollback that follows a write SQLite has already rolled back itself."""
    if problem is None:
        return False
    if isinstance(problem, OSError) and problem.errno in _FULL_ERRNOS:
        return True
    code = getattr(problem, "sqlite_errorcode", None)
    text = detail(problem) if getattr(problem, "kind", None) else str(problem)
    if code == SQLITE_FULL or "database or disk is full" in text or "No space left on device" in text:
        return True
    io_error = (isinstance(code, int) and code & 0xFF == SQLITE_IOERR) or "disk I/O error" in text
    after_full = io_error or "cannot rollback - no transaction is active" in text
    return after_full and folder is not None and _free(folder) < LOW_SPACE


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return LOW_SPACE   # not known: not taken for a full disk
