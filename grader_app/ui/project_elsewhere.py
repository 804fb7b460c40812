"""The sheet opener's work with the index of projects (:mod:`grader_app.io.project_index`), each step run on its
worker (none of it on the GUI thread; no Qt here):

* :func:`earlier_work`: for a sheet with no project of its own, the project beside it that holds its answers (a
  renamed sheet: :func:`grader_app.io.project_places.earlier_project`), else one Grader kept for the same answers in
  another place (a copy of the sheet taken home alone, its project file left at school);
* :func:`prepare_and_remember`: a session prepared as :func:`grader_app.workflow.prepare_session` prepares it, its
  project file then noted in the index for its answers;
* :func:`started_afresh`: the teacher chose to start afresh rather than continue from a project elsewhere, which is not
  asked again for this sheet.
"""
from __future__ import annotations

from pathlib import Path

from .. import workflow
from ..io.project_index import ElsewhereProject, decline, elsewhere_project, remember


def earlier_work(opened: workflow.OpenedSheet) -> workflow.EarlierProject | None:
    """The project of another name beside the sheet holding its answers, else one kept elsewhere for them, or None."""
    path, sheet = opened.path, opened.sheet

    def read(name: str | None):
        return workflow.read_for_grading(path, sheet_name=name)
    return workflow.earlier_project(path, sheet, read) or elsewhere_project(path, sheet, read)


def prepare_and_remember(path, sheet, *args) -> workflow.Prepared:
    """:func:`grader_app.workflow.prepare_session`, then its project file noted in the index (never failing the
    opening: the index is a convenience)."""
    prepared = workflow.prepare_session(path, sheet, *args)
    session = prepared.session
    remember(prepared.store.path, session.answers, session.mapping, sheet.sheet_name, len(session.decisions))
    return prepared


def started_afresh(earlier: workflow.EarlierProject, sheet_path: Path) -> None:
    """The teacher started afresh: a project kept elsewhere is not offered to this sheet again."""
    if isinstance(earlier, ElsewhereProject):
        decline(sheet_path, earlier.fingerprint)
