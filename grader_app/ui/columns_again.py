"""File ▸ Choose columns…: the open sheet is closed and read again, its columns asked with the project's choices. Chosen,
the sheet opens with them (its decisions go with them). Cancelled, the teacher keeps the columns as they were: the sheet
comes back as it was, opened again with its project's columns and every decision, asking nothing, on the page the
teacher left (the review at the answer it showed). QA: Cancel there left the sheet closed ("Opening cancelled"). The
open worksheet of a workbook is the one asked about and kept, also when it is not the one the workbook's project grades
(it has its own: :func:`grader_app.workflow.worksheet_project`)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from .menus import REVIEW


class ColumnsAgain(QObject):
    """``window``: the :class:`~.main_window.MainWindow` whose open sheet's columns are asked again."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self._place: tuple | None = None     # where the teacher was when they asked (see :meth:`_where`)
        self._back: tuple | None = None      # the sheet kept as it was, being opened again: (path, place)
        self._worksheet: str | None = None   # its worksheet (a workbook's other worksheet has its own project)
        window.opener.kept.connect(self._kept)
        window.opener.failed.connect(self._forget)
        window.sessionReady.connect(self._ready)

    def ask(self) -> None:
        w = self.window_
        if w.sheet_path is None:
            return
        self._place, self._back = self._where(), None
        self._worksheet = w.session.sheet.sheet_name if w.session is not None else None
        w.open_sheet(w.sheet_path, w.opener.project, ask=True, worksheet=self._worksheet)

    def _where(self) -> tuple:
        """The page shown and, on the review, its answers and the one shown, each by its row and question (the keys
        of the session opened again need not be the same numbers)."""
        w = self.window_
        page, review = w.pages.currentIndex(), None
        view, session = w.review_view, w.session
        if page == REVIEW and view is not None and session is not None:
            def spot(key):
                return None if key is None else (session.answers[key].row, session.answers[key].item)
            review = ([spot(k) for k in view.queue.keys()], spot(view.current_key()))
        return page, review

    def _kept(self, path) -> None:
        """Cancel in the columns dialog: the sheet opened again as it was (its project knows the columns)."""
        w = self.window_
        self._back, self._place = (Path(path), self._place), None
        w.open_sheet(path, w.opener.project, worksheet=self._worksheet)

    def _forget(self, *_args) -> None:
        self._place = self._back = None

    def _ready(self) -> None:
        """A sheet is open: the one kept as it was goes back to the page the teacher left."""
        back, self._back, self._place = self._back, None, None
        w = self.window_
        if back is None or w.session is None or w.sheet_path is None or Path(w.sheet_path) != back[0]:
            return
        page, review = back[1]
        if page != REVIEW or not review:
            return
        at = {(a.row, a.item): a.key for a in w.session.answers}
        keys = [at[s] for s in review[0] if s in at]
        if keys:
            w.show_review(keys, at.get(review[1]) if review[1] is not None else None)
