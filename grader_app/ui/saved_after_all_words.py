"""What the window says once what the project file refused (a full disk) is in it after all, in the teacher's language:
the scores ("The scores are saved in answers.grader-project after all."), the decisions the writer held ("Your 3
decisions that could not be saved are in … after all."), its other held changes, named as their failure named them
("Saved in … after all: your comment and the thresholds."), and several kinds written by one commit said together
("Saved in … after all: your 3 decisions and the thresholds."). The status bar says one sentence at a time, in the room
beside its counts: the decisions written after all, several kinds written together, and a project file that had gone
written again (with what was held or not), it says in a few words that say first that nothing is lost ("Nothing is
lost: your 3 decisions are saved.", "Nothing is lost: saved after all.", "Nothing is lost: answers.grader-project is
back."), whole at 16 pt on a 1024 px window, with the whole news as its tooltip; the notes and the review's message
line say each news whole. Plain functions, in the scoring controller's translation context
(:mod:`.scoring_controller` says when)."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ..io.project_store import ProjectError, ProjectRestored
from .problem_words import words

translate = QCoreApplication.translate

DECISIONS = "project.decisions_unsaved"   # the held decisions' failure (its ``count``); the others name ``what``


def scores_saved(name: str) -> str:
    return translate("ScoringController", "The scores are saved in {name} after all.").format(name=name)


def held_saved(failure: ProjectError, name: str) -> str:
    """The news that what ``failure`` (the last heard of its kind) said could not be saved is in ``name`` after all:
    the decisions counted, the other changes named as the failure named them ("your comment and the thresholds")."""
    if failure.kind == DECISIONS:
        return translate("ScoringController", "Your %n decisions that could not be saved are in {name} after all.", "",
                         _count(failure)).format(name=name)
    return _saved_in(name, failure.values.get("what", ""))


def held_saved_together(failures: Iterable[ProjectError], name: str) -> str:
    """One sentence for what several failures, each the last of its kind, said could not be saved, now in ``name``
    after all, in their order ("Saved in … after all: your 3 decisions and the thresholds.")."""
    return _saved_in(name, _named(failures))


def decisions_saved_in_brief(failure: ProjectError) -> str:
    """The status bar's few words for the decisions ``failure`` (the last of its kind) counted, written after all (the
    whole news, :func:`held_saved`, is its tooltip, and in the notes): at 16 pt the whole is cut before it says that
    they are not lost (834 px in English, 1226 in German, for some 590 and 400 beside the counts)."""
    return translate("ScoringController", "Nothing is lost: your %n decisions are saved.", "", _count(failure))


def held_saved_in_brief() -> str:
    """The status bar's few words for several kinds of held changes written after all by one commit (the whole of it,
    :func:`held_saved_together`, is its tooltip and each kind's news is in the notes)."""
    return translate("ScoringController", "Nothing is lost: saved after all.")


def written_again_in_brief(restored: ProjectRestored) -> str:
    """The status bar's few words for a project file that had gone, written again (``restored``), alone or by the
    commit that wrote what a full disk held: that nothing is lost first, then where the work is. Short, so that it is
    whole on the bar at 1024 px and 16 pt in each language (a file's name may give way in its middle:
    :mod:`.message_bar`); what happened to the file and what was held are said whole in the notes, each news in its
    warning's place, and in the bar's tooltip."""
    if restored.kind == "project.rewritten_beside":
        return translate("ScoringController", "Nothing is lost: saved in {recovered}.").format(
            recovered=restored.values.get("recovered", ""))
    return translate("ScoringController", "Nothing is lost: {name} is back.").format(
        name=restored.values.get("name", ""))


def _named(failures: Iterable[ProjectError]) -> object:
    """What ``failures`` name, joined in their order ("your 3 decisions and the thresholds"; not translated yet)."""
    said = [translate("ScoringController", "your %n decisions", "", _count(f)) if f.kind == DECISIONS
            else f.values.get("what", "") for f in failures]
    joined = said[-1]
    for part in reversed(said[:-1]):   # "a and b": as the failures join what they name
        joined = ProjectError.said("project.parts", what=part, more=joined)
    return joined


def _saved_in(name: str, what: object) -> str:
    return translate("ScoringController", "Saved in {name} after all: {what}.").format(name=name, what=words(what))


def _count(failure: ProjectError) -> int:
    return int(failure.values.get("count", 0))
