"""What the window says once what the project file refused (a full disk) is in it after all, in the teacher's language:
the scores ("The scores are saved in answers.grader-project after all."), the decisions the writer held ("Your 3
decisions that could not be saved are in … after all."), its other held changes, named as their failure named them
("Saved in … after all: your comment and the thresholds."; the comment bank and the blind-marking switch alone each in
a sentence of its own, "The comment bank is saved in … after all."), and several kinds written by one commit said together
("Saved in … after all: your 3 decisions and the thresholds."). The status bar says one sentence at a time, in the room
beside its counts: each of these news, and a project file that had gone written again (with what was held or not), it
says in a few words that say first that nothing is lost ("Nothing is lost: the scores are saved.", "Nothing is lost:
your 3 decisions are saved.", "Nothing is lost: the thresholds are saved.", "Nothing is lost: the comment bank is
saved.", "Nothing is lost: saved after all.", "Nothing is lost: answers.grader-project is back."), whole at 16 pt on a
1024 px window, with the whole news as its tooltip; the notes and the review's message line say each news whole. Plain
functions, in the scoring controller's translation context (:mod:`.scoring_controller` says when)."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ..io.project_store import ProjectError, ProjectRestored
from .problem_words import words

translate = QCoreApplication.translate

DECISIONS = "project.decisions_unsaved"   # the held decisions' failure (its ``count``); the others name ``what``
MORE = "project.decisions_and_more_unsaved"   # the decisions' failure that names what is held with them too (``what``)


def scores_saved(name: str) -> str:
    return translate("ScoringController", "The scores are saved in {name} after all.").format(name=name)


def held_saved(failure: ProjectError, name: str) -> str:
    """The news that what ``failure`` (the last heard of its kind) said could not be saved is in ``name`` after all:
    the decisions counted, the other changes named as the failure named them ("your comment and the thresholds")."""
    if failure.kind == DECISIONS:
        return translate("ScoringController", "Your %n decisions that could not be saved are in {name} after all.", "",
                         _count(failure)).format(name=name)
    if failure.kind == MORE:   # "Saved in … after all: your 3 decisions and your comment."
        return _saved_in(name, _named([failure]))
    part = getattr(failure.values.get("what"), "kind", "")
    if part == "project.part_comment_bank":
        return translate("ScoringController", "The comment bank is saved in {name} after all.").format(name=name)
    if part == "project.part_blind_marking":
        return translate("ScoringController", "The blind-marking setting is saved in {name} after all.").format(
            name=name)
    return _saved_in(name, failure.values.get("what", ""))


def held_saved_together(failures: Iterable[ProjectError], name: str) -> str:
    """One sentence for what several failures, each the last of its kind, said could not be saved, now in ``name``
    after all, in their order ("Saved in … after all: your 3 decisions and the thresholds.")."""
    return _saved_in(name, _named(failures))


def scores_saved_in_brief() -> str:
    """The status bar's few words for the scores written after all (the whole news, :func:`scores_saved`, is its
    tooltip, and in the notes): at 16 pt the whole is cut (591 px in English, 742 in German, for 590 and some 400)."""
    return translate("ScoringController", "Nothing is lost: the scores are saved.")


def held_in_brief(failures: list[ProjectError], name: str) -> tuple[str, str]:
    """The status bar's few words for what ``failures`` (each the last of its kind, in order) said could not be saved,
    written after all by one commit, and the whole news that is their tooltip: at 16 pt the whole is cut before it says
    that nothing is lost. Several kinds together are said as one ("Nothing is lost: saved after all.",
    :func:`held_saved_together` whole); the decisions alone counted; the thresholds or a comment alone named."""
    failures = said_once(failures)
    if len(failures) > 1 or failures[0].kind == MORE:
        return translate("ScoringController", "Nothing is lost: saved after all."), held_saved_together(failures, name)
    failure = failures[0]
    if failure.kind == DECISIONS:
        brief = translate("ScoringController", "Nothing is lost: your %n decisions are saved.", "", _count(failure))
    else:
        brief = _part_in_brief(getattr(failure.values.get("what"), "kind", ""))
    return brief, held_saved(failure, name)


def said_once(failures: list[ProjectError]) -> list[ProjectError]:
    """``failures`` without those whose changes a later decisions' failure names too: held changes are written together,
    so one that names what is held with the decisions (:data:`MORE`) names every other part held before it."""
    if not any(f.kind == MORE for f in failures):
        return failures
    return [f for f in failures if f.kind in (DECISIONS, MORE)]


def _part_in_brief(part: str) -> str:
    """The few words for one part of the held changes other than decisions (its said kind: the thresholds, a comment,
    the comment bank, the blind-marking switch), or for them in general (several parts named by one failure)."""
    if part == "project.part_thresholds":
        return translate("ScoringController", "Nothing is lost: the thresholds are saved.")
    if part == "project.part_comment":
        return translate("ScoringController", "Nothing is lost: your comment is saved.")
    if part == "project.part_comment_bank":
        return translate("ScoringController", "Nothing is lost: the comment bank is saved.")
    if part == "project.part_blind_marking":
        return translate("ScoringController", "Nothing is lost: blind marking is saved.")
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


def held_named(failure: ProjectError) -> str:
    """What a held changes' failure says is held, in the teacher's language, counted and named as it does ("your 3
    decisions and the thresholds", "your comment"): said where the failure itself is not (the file gone, said first)."""
    return words(_named([failure]))


def _named(failures: Iterable[ProjectError]) -> object:
    """What ``failures`` name, joined in their order ("your 3 decisions and the thresholds"; not translated yet)."""
    said = [translate("ScoringController", "your %n decisions", "", _count(f)) if f.kind in (DECISIONS, MORE)
            else f.values.get("what", "") for f in failures]
    said = [ProjectError.said("project.parts", what=part, more=f.values.get("what", "")) if f.kind == MORE else part
            for part, f in zip(said, failures)]   # the decisions, then what was held with them
    joined = said[-1]
    for part in reversed(said[:-1]):   # "a and b": as the failures join what they name
        joined = ProjectError.said("project.parts", what=part, more=joined)
    return joined


def _saved_in(name: str, what: object) -> str:
    return translate("ScoringController", "Saved in {name} after all: {what}.").format(name=name, what=words(what))


def _count(failure: ProjectError) -> int:
    return int(failure.values.get("count", 0))
