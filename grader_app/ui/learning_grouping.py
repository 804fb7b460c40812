"""What the learning controller's grouping worker does (:mod:`.learning_controller`, ``LearningController.start``):
each question's texts gathered from the session's answers, the fitting child started, learning's imports made, the
marks the teacher's own models learned from read (:mod:`grader_app.bundles.kept_marks`: a question scored by one goes
on teaching it), then every question's answers grouped: on a worker, never on the GUI thread.
"""
from __future__ import annotations

from .. import workflow
from ..bundles.errors import BundleError
from ..bundles.kept_marks import read_kept
from ..core.flags import scored_alone
from ..learn import pausing
from ..learn.fit_process import FitProcess
from . import gc_guard


def questions_of(answers, keys: dict[str, list[int]], flags: dict) -> dict:
    """Each question's keys, their texts and the keys scored alone (padded, copied...: never in a group), from the
    session's answers (a list no one changes), its keys per question and a copy of its flags: on the worker, not on the
    GUI thread, where it took tens of milliseconds on 20,000 answers as a reopened sheet settles (QA s52g finding 5)."""
    alone = {k for k, f in flags.items() if scored_alone(f)}
    return {it: (ks, [answers[k].text for k in ks], alone.intersection(ks)) for it, ks in keys.items()}


def group_on_worker(questions: tuple, learn: set, warm: bool, fitter: FitProcess | None = None,
                    models: dict | None = None) -> tuple:
    """On the worker: start the fitting child (its imports, seconds of work in its own process, overlap
    the grouping rather than what the window does once the groups are there), import what learning
    needs here (the first time), read the marks the teacher's own models of ``models`` (question → (bundle, the labels
    its marks are limited to, None where the question has a scale of its own)) learned from (checked against their
    manifests), then group the answers (``questions``: :func:`questions_of`' arguments). Returns (groups, learners,
    question → the problem with its model's marks, for those that could not be read: those questions do not learn)."""
    if learn and fitter is not None:
        fitter.warm()
    if warm:   # modules imported once stay out of the full passes too (thawed once the sheet is closed)
        pausing.warm_up(after_each=gc_guard.freeze_with_session)
    from ..learn.continuing import fit_of   # here, on the worker: learning's imports stay off the GUI thread

    earlier, unread = {}, {}
    for item, (bundle, labels) in (models or {}).items():
        try:
            earlier[item] = (read_kept(bundle), labels, fit_of(bundle.manifest))   # its recipe: learn.continuing
        except BundleError as exc:
            unread[item] = exc
    return (*workflow.group_questions(questions_of(*questions), learn - set(unread), earlier), unread)
