"""What the project store's writer says, told the teacher once, on the GUI thread (for :mod:`.scoring_controller`, whose
signals say it): a write that failed (``saveFailed`` for the status bar and the notes, ``writeFailed`` for the review
screen), what it had held written after all (``savedAfterAll`` for each kind of held change the teacher was told could
not be saved, not if the failure was heard only once they were written; ``savedInBrief``, a few words for what one
commit wrote), and a project file that had gone written again (``savedAfterAll`` in the place of the failures that said
it could not be, :data:`GONE`, and ``savedInBrief``, with the held changes' news in its detail if the commit wrote them
too): the whole sentences are cut on the bar at 16 pt. A failure of held changes is said with those of its kind said
before, whose place it takes: it says them all (:data:`HELD`); the decisions' failure that names what is held with them
takes the place of the other held changes' warnings too, as it names them (a threshold held, then decisions: one
warning, then one news, each naming the threshold once); one that says what was said last (a try refused again
with the same changes held or the same problem) is not said again: the warning stands in the notes. One said again while
the file is gone is followed on the bar by a few words that say the file is gone (``warnedInBrief``): the more serious
and lasting problem, what the teacher must act on (keep Grader open: the work is kept only while it runs), where the
held changes' warning alone would read as a full disk only; the notes say the held changes' warning whole, in its
place, and the review screen's message line says what the bar says with what is held, counted as the warning counts
it ("Not saved yet: answers.grader-project is gone; keep Grader open or you lose your 3 decisions.": :func:`gone_line`),
until the news that they are written, or that the file is, takes its place."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..io.project_store import FileBehind, FileCaughtUp, ProjectError, ProjectRestored, ProjectStore
from .messages import plain
from .saved_after_all_words import held_in_brief, held_named, held_saved, said_once, written_again_in_brief

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .scoring_controller import ScoringController

# The store's writer's failures about the changes it holds and tries again with the next (io.project_problems): one
# says all of its kind held then, so it takes the place of those of its kind said before; once the writer writes them
# after all (on_saved), each kind said is resolved by its news (:func:`.saved_after_all_words.held_saved`).
# The decisions' failure names the other changes held with them if any ("3 of your decisions and your comment ..."): one
# kind, said in the place of the decisions' failures before it, whichever of the two they were.
HELD = ("project.decisions_unsaved", "project.decisions_and_more_unsaved", "project.unsaved_yet")
# The store's writer's failures to write a project file that had gone while open again (io.project_writer): the news
# that it is written again after all (a ProjectRestored) resolves them, as the news of held changes resolves theirs.
GONE = ("project.deleted_not_rewritten", "project.replaced_not_rewritten")


class WriterNews:
    """The writer's news for one controller's bound store: what was told and heard since it was last written."""

    def __init__(self, controller: ScoringController) -> None:
        self.controller = controller
        self.held_told: dict[str, list[str]] = {}   # the held changes' failures said since they were written, by kind
        self.held_heard: dict[str, ProjectError] = {}   # the last failure heard of each kind, said or not
        self.gone_told: list[str] = []      # the failures said since that the file that had gone could not be written
        self.held_news: list[ProjectError] = []   # the held changes' failures whose news the writer's last news said
        self.gone_kind = GONE[0]            # how the file went, as its last failure said (deleted, or replaced)
        self.lines_told: list[str] = []     # the review line's words said since for held changes while the file is gone
        self.behind_told: list[str] = []    # the warning said that the file is behind its -wal (until it caught up)

    def forget(self) -> None:
        """Another store, or none: nothing told or heard of it."""
        self.held_told, self.held_heard, self.gone_told, self.held_news, self.lines_told = {}, {}, [], [], []
        self.behind_told = []

    def written_after_all(self, store: ProjectStore) -> None:
        """The store's writer wrote again after a failed write: the changes it held are in, said so for each kind whose
        failure was said."""
        c = self.controller
        told, heard, self.held_told, self.held_heard = self.held_told, self.held_heard, {}, {}
        self.held_news = [heard[kind] for kind in told]
        lines, self.lines_told = (self.lines_told, []) if told else ([], self.lines_told)   # no longer true either
        for kind, said in told.items():
            c.savedAfterAll.emit(held_saved(heard[kind], store.path.name), 20000, tuple(said) + tuple(lines))
        if told:   # one sentence at a time on the bar, in a few words: the whole is cut at 16 pt (its tooltip)
            brief, whole = held_in_brief(self.held_news, store.path.name)
            c.savedInBrief.emit(brief, 20000, whole)

    def write_failed(self, store: ProjectStore | None, error: ProjectError) -> None:
        """A background write of ``store``'s project file failed, or the file that had gone was written again (a
        ProjectRestored): say so, unless it is written since (or it was another sheet's project)."""
        c = self.controller
        current = c.store
        if isinstance(error, ProjectRestored):   # the file had gone and was written again: nothing lost
            if store is current:   # in the place of the failures that said it could not be, no longer true
                told, self.gone_told, lines, self.lines_told = self.gone_told, [], self.lines_told, []
                told = told + lines   # the review line's words for the file gone are no longer true
                said = plain(error)
                c.savedAfterAll.emit(said, 30000, tuple(told))
                name = store.path.name if store is not None else ""
                wrote = self.held_news if error.saved_too else []   # what was held, written by the same commit: its news
                detail = " ".join([said] + [held_saved(failure, name) for failure in said_once(wrote)])
                c.savedInBrief.emit(written_again_in_brief(error), 30000, detail)   # whole at 16 pt
                c.retrying.update()
            self.held_news = []
            return
        if current is None or store is not current:
            return
        if isinstance(error, FileBehind):   # nothing held: the file itself is behind its -wal (said once, by the writer)
            self.behind_told.append(plain(error))
            c.saveFailed.emit(self.behind_told[-1], 30000, ())
            return
        if isinstance(error, FileCaughtUp):   # room again: the warning that it was behind is no longer true
            told, self.behind_told = self.behind_told, []
            if told:
                c.savedAfterAll.emit(plain(error), 20000, tuple(told))
            return
        kind = error.kind or ""
        held = kind in HELD
        if kind == HELD[1]:   # the decisions' failure, naming what is held with them: of the decisions' kind
            kind = HELD[0]
        if held:   # heard if not said too: the news that they are written after all counts or names them as it does
            self.held_heard[kind] = error
        if current.last_error is None:
            return
        said = plain(error)   # a held changes' failure says all of its kind: it takes the place of those said before
        told = self.held_told.setdefault(kind, []) if held else self.gone_told if kind in GONE else []
        if error.kind == HELD[1] and HELD[2] in self.held_told:   # it names what was held before the decisions too (a
            told[:0] = self.held_told.pop(HELD[2])                # threshold): in the place of that warning, said once,
            self.held_heard.pop(HELD[2], None)                    # and so is the news once they are written
        if told and told[-1] == said:   # a try refused again (in time, or with a change) that says nothing new: the
            c.retrying.update()         # warning stands in the notes; said again, it would take the review's message
            return                      # line and flash on the bar each time (a larger count or another problem is new)
        gone = held and bool(self.gone_told)   # the file is still gone: said first, as on the bar, with what is held
        line = gone_line(self.gone_kind, current.path.name, error) if gone else None
        c.writeFailed.emit(error if line is None else line)
        if line is not None:
            self.lines_told.append(plain(line))
        c.saveFailed.emit(said, 15000, tuple(told))
        told.append(said)
        if kind in GONE:
            self.gone_kind = kind
        elif gone:   # the file is still gone: the bar says that first, both warnings its tooltip
            c.warnedInBrief.emit(gone_in_brief(self.gone_kind, current.path.name), 15000, f"{self.gone_told[-1]} {said}")
        c.retrying.update()


def gone_in_brief(kind: str, name: str) -> str:
    """The status bar's few words while the project file ``name`` is gone (``kind``: deleted, or replaced by another
    file) and changes are held: that they are not saved yet, why, and what to do (the whole warning, cut on the bar at
    16 pt, is the bar's tooltip and in the notes)."""
    if kind == "project.replaced_not_rewritten":
        return translate("ScoringController", "Not saved yet: {name} was replaced; keep Grader open.").format(name=name)
    return translate("ScoringController", "Not saved yet: {name} is gone; keep Grader open.").format(name=name)


def gone_line(kind: str, name: str, failure: ProjectError) -> str:
    """The review screen's message line while the project file ``name`` is gone (``kind``, as for :func:`gone_in_brief`)
    and changes are held: what the bar says, and what is lost if Grader is closed, counted and named as ``failure``
    (the held changes' warning, whole in the notes) counts and names it."""
    what = held_named(failure)
    if kind == "project.replaced_not_rewritten":
        return translate("ScoringController", "Not saved yet: {name} was replaced; keep Grader open or you lose "
                                              "{what}.").format(name=name, what=what)
    return translate("ScoringController", "Not saved yet: {name} is gone; keep Grader open or you lose {what}.").format(
        name=name, what=what)
