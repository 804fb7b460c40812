"""The id and title a model learned from a teacher's marks takes in the model library.

A learned model is named after its question (:func:`grader_app.learn.export.bundle_id_for`, titled with the question's
name), so the next sheet with that question finds it: a sheet's question matches a model by id, title or its own question
(:func:`grader_app.core.grading.find_bundle_for`). It never takes another model's place, though. Where an installed
model that was not learned from marks (one that came with Grader, or one the teacher added) already scores the
question, the learned model gets an id of its own (``<question>-learned``) and a title that says it was learned from
the teacher's marks (:data:`TITLE`), which no sheet's question is: the question keeps that model by default, and the
columns dialog offers the learned one beside it, for the teacher to choose (the project remembers the choice). Where
such a model only has the id (another question's), the learned model takes the ``-learned`` id and keeps its title.
Learned from the app's own graded export, a model learns the shipped model's scores back, and installed under its id
it replaced the shipped model for every later sheet without a word.

A model learned again for its question takes the earlier learned one's place (the same id), as the teacher expects.

A title holds at most 200 characters and no invisible ones (a soft hyphen, a zero-width space: the manifest's rule), so
a question too long for it, or holding such characters, titles its model cut after a whole word, "…" after it
(:func:`~grader_app.bundles.learned.fit_title`): refused whole, the teacher could not save a model for it at all. Such
a model keeps the whole question as its prompt, so a sheet's question still finds it (word for word, as a shipped
model's question is found), and in its provenance as every learned model does.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..bundles import kept_marks
from ..bundles.archive import Bundle
from ..bundles.learned import TITLE, beside_title, fit_title, id_beside, is_learned
from ..bundles.library import Library
from ..core.grading import find_bundle_for
from ..errors import GraderError
from .export import bundle_id_for

WHOLE_SHEET = "whole sheet"   # the question of a sheet that names none (data, not translated; the columns dialog's)
NAMELESS = frozenset({WHOLE_SHEET, "bundle"})   # the command line's is "bundle"


class NamelessQuestion(GraderError, ValueError):
    """A model learned for a question the sheet does not name is not saved under that non-name (see :data:`NAMELESS`)."""


def names_no_question(item: str) -> bool:
    """Whether ``item`` is the key of a sheet that names no question ("whole sheet"): a learned model is never saved
    under it, nor does a saved model match it by itself (the teacher chooses the sheet's model)."""
    return " ".join(str(item).split()).casefold() in NAMELESS


def takes_nothing(bundle: Bundle) -> bool:
    """Whether ``bundle`` is a model learned from a teacher's marks whose review threshold never qualified out of fold:
    it would send every answer to the teacher ("Make models from a marked sheet" of too few or too varied marks)."""
    review = bundle.manifest.get("review")
    return is_learned(bundle.manifest) and isinstance(review, Mapping) and not review.get("qualified", True)


def learns_on(bundle: Bundle) -> bool:
    """Whether ``bundle`` is a model learned from a teacher's marks that keeps those marks beside it
    (:mod:`grader_app.bundles.kept_marks`): a question scored with it in the window goes on teaching it with the marks
    given there (:mod:`grader_app.learn.continuing`)."""
    return is_learned(bundle.manifest) and kept_marks.named(bundle.manifest) is not None


def proposed_model(item: str, library: Library | None) -> Bundle | None:
    """The model a sheet's question gets unless the teacher chooses another: the library's match for it
    (:func:`~grader_app.core.grading.find_bundle_for`), except for a sheet that names no question (:data:`NAMELESS`),
    and except a learned model that takes nothing and keeps no marks to learn on from (:func:`turned_down`).

    The teacher's own model that keeps the marks it learned from (:func:`learns_on`) is proposed even while it takes no
    answer on its own: with it, the question learns from those marks and the marks given in the session together, so
    it is never worse off than a question without a model, and the earlier marks are not thrown away. One that keeps no
    marks (made by an older Grader, or passed on without them) learns nothing in the session: proposing it while it
    takes nothing would leave its question sending every answer to the teacher for good, so its question goes on
    learning from the marks given in the session instead. Such a model is not hidden: the columns dialog lists it for
    the question and says it is there and how to choose it; chosen, it scores the question and its scores are
    suggestions the teacher confirms (every answer goes to review, :mod:`grader_app.learn.held_back`). The command line
    learns nothing from marks, so there the question has nothing to lose: ``grader score`` scores with the model the
    same way (``proposed_model`` is the window's; :func:`grader_app.workflow.start_session`)."""
    if library is None or names_no_question(item):
        return None
    found = find_bundle_for(item, library)
    return None if _declined(found) else found


def turned_down(item: str, library: Library | None) -> Bundle | None:
    """The model learned from the teacher's marks for ``item`` that :func:`proposed_model` does not propose because it
    takes nothing and keeps no marks to learn on from, for the columns dialog to say it is there; None if there is
    none."""
    if library is None or names_no_question(item):
        return None
    found = find_bundle_for(item, library)
    return found if _declined(found) else None


def _declined(found: Bundle | None) -> bool:
    """Whether the library's match ``found`` is not proposed: learned, taking nothing and keeping no marks."""
    return found is not None and takes_nothing(found) and not learns_on(found)


class QuestionModels:
    """:func:`proposed_model` and :func:`turned_down` of a sheet's questions, each question matched to the library
    (:func:`~grader_app.core.grading.find_bundle_for`, a pass over every model's question) once while the library lists
    the same models. The columns dialog asked both of every question each time it filled its table, and again for its
    note on every choice of a model: on a quiz of 60 whole questions as headers, 120 matches, 150-300 ms of the GUI
    thread as it opened. The worker that reads the sheet matches the questions it opens with (:meth:`warm`); the models
    listed are copied in one step (the window's thread may list a new one meanwhile), and a model listed, replaced or
    taken away since has every question matched again."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._listed: list[Bundle] = []
        self._found: dict[str, Bundle | None] = {}
        self._same()

    def _same(self) -> Library:
        """The models listed as they were matched against (every match let go of if the library lists others now)."""
        listed = dict(self.library.bundles)   # one step: safe while another thread lists a model
        values = list(listed.values())
        if len(values) != len(self._listed) or any(a is not b for a, b in zip(values, self._listed)):
            self._listed, self._found = values, {}
        return Library(folders=list(self.library.folders), bundles=listed)

    def warm(self, items) -> None:
        """Match each of ``items`` (questions) now (on the worker that reads the sheet)."""
        listed = self._same()
        for item in items:
            self._match(item, listed)

    def _match(self, item: str, listed: Library) -> Bundle | None:
        if names_no_question(item):
            return None
        if item not in self._found:
            self._found[item] = find_bundle_for(item, listed)
        return self._found[item]

    def proposed(self, item: str) -> Bundle | None:
        """:func:`proposed_model` of ``item``."""
        found = self._match(item, self._same())
        return None if _declined(found) else found

    def turned_down(self, item: str) -> Bundle | None:
        """:func:`turned_down` of ``item``."""
        found = self._match(item, self._same())
        return found if _declined(found) else None


@dataclass(frozen=True)
class LearnedName:
    bundle_id: str
    title: str
    beside: Bundle | None = None   # the model that keeps the question by default; None: the learned one is its model
    prompt: str = ""   # the whole question, where the title is cut from it (a sheet's question finds the model by it)


def learned_beside(manifest: Mapping) -> str | None:
    """The question of a learned bundle titled as one beside another model (:data:`TITLE`), else None."""
    if not is_learned(manifest):
        return None
    question = manifest["provenance"].get("question")
    if isinstance(question, str) and manifest.get("title") in (beside_title(question), TITLE.format(question=question)):
        return question
    return None


def not_learned(library: Library) -> Library:
    """The library's models that were not learned from marks (shipped, or added), as a library to match against (on a
    worker too: the window's thread may list a new model meanwhile, so its list is copied in one step first)."""
    listed, shadowed = dict(library.bundles), dict(library.shadowed)
    for bid, b in listed.items():   # a learned model that took a shipped one's id (before it could not): the shipped one
        if is_learned(b.manifest) and bid in shadowed:
            listed[bid] = shadowed[bid]
    return Library(folders=list(library.folders),
                   bundles={bid: b for bid, b in listed.items() if not is_learned(b.manifest)})


def learned_name(question: str, library: Library) -> LearnedName:
    """The id and title of the model learned for ``question`` (see the module notes)."""
    bid = bundle_id_for(question)
    others = not_learned(library)
    beside = find_bundle_for(question, others)
    title = fit_title(question) or bid
    prompt = question if title != question else ""
    if beside is None and others.get(bid) is None:
        return LearnedName(bid, title, prompt=prompt)
    bid = id_beside(bid, lambda b: others.get(b) is not None)   # a number after it: an added model named so itself
    if beside is None:   # another question's model has the id: the learned one is still its question's model
        return LearnedName(bid, title, prompt=prompt)
    return LearnedName(bid, beside_title(question), beside)   # no prompt: the question keeps the other model
