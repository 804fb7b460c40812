"""What the project file's writer (:mod:`.project_writer`) tells the teacher when changes cannot be written: the
parts that could not be saved, in words the window says in the teacher's language (:mod:`grader_app.problem_texts`),
the system's reason, and the one sentence about the changes it holds.

Pure Python; no Qt.
"""
from __future__ import annotations

from typing import Iterable

from .project_schema import ProjectError


# what a change is (Write.what) -> its words in problem_texts.TEXTS, so the window says it in the teacher's language
PARTS = {"a change": "project.part_change", "your decision": "project.part_decision", "your comment": "project.part_comment",
         "the thresholds": "project.part_thresholds", "the comment bank": "project.part_comment_bank",
         "the blind-marking switch": "project.part_blind_marking"}


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
    how many of the teacher's decisions are among them, ``whats`` what each held change is (``Write.what``);
    ``closing``, the project is being closed with them still unwritten (``error``: why)."""
    if closing:
        if decisions:
            return ProjectError.said("project.decisions_unsaved_at_close", count=decisions, name=name, why=detail(error))
        return ProjectError.said("project.unsaved_at_close", what=parts(whats), name=name, why=detail(error))
    if decisions:
        return ProjectError.said("project.decisions_unsaved", name=name, count=decisions)
    return ProjectError.said("project.unsaved_yet", what=parts(whats), name=name)
