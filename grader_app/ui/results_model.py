"""The results table: a thin Qt adapter over a :class:`GradingSession` (no pandas per cell; what each cell holds is
:mod:`.results_cells`', what it gives for each role :mod:`.results_roles`', a painted cell's roles in one call).

Rows are answers in the model's sort order (sheet order until the teacher sorts); ``KeyRole``
gives the answer's key. Sorting happens here, in one Python ``sorted`` over precomputed keys
(10,000 rows in milliseconds), not in the proxy's per-comparison ``data()`` calls. Changes arrive
as targeted ``dataChanged`` signals: a decision repaints one row's decision columns; the
:class:`~grader_app.core.session.Change` a mutator returned (a scoring batch, a threshold)
repaints the rows of the answers it names (:meth:`ResultsModel.apply`); the model is reset only
when a new session is set. The Comment column shows a comment waiting for its answer's score too, marked
(:mod:`.comment_cell`; the session's ``comment_listeners`` repaint its cell), and the search finds it. While a sheet is
being scored (:meth:`ResultsModel.set_scoring`: the questions whose model scores it), an answer its batch has not
reached yet says so ("Scoring…"), uncoloured, and the "Needs review" filter leaves it out: it is nobody's to score yet.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from ..core import review
from ..core.session import Change, GradingSession, Heard
from . import results_roles, tints
from . import results_cells as cells
from .results_roles import DARK_TEXT, DIM_TEXT, NUMERIC, RIGHT, FlagsRole, KeyRole, SortRole, StatusRole
from .blind import StudentNames
from .i18n import QT_TRANSLATE_NOOP
from .results_search import SearchTexts, folded, searchable
from .results_cells import (ANSWER, ANSWER_CHARS, COMMENT, CONFIDENCE, FINAL, FLAGS, MODEL_SCORE, QUESTION, STATUS, STUDENT,
                            elide)

__all__ = ["ALL", "ANSWER", "ANSWER_CHARS", "COMMENT", "CONFIDENCE", "DARK_TEXT", "DIFFERING", "DIM_TEXT", "FILTERS", "FINAL",
           "FLAGGED", "FLAGS", "NUMERIC", "RIGHT",
           "FlagsRole", "HEADERS", "KeyRole", "MODEL_SCORE", "NEEDS_REVIEW", "OVERRIDDEN", "QUESTION", "REVIEWED",
           "ResultsFilterModel", "ResultsModel", "STATUS", "STUDENT", "SortRole", "StatusRole", "elide", "header",
           "searchable"]

HEADERS = (QT_TRANSLATE_NOOP("ResultsModel", "Student"), QT_TRANSLATE_NOOP("ResultsModel", "Question"),
           QT_TRANSLATE_NOOP("ResultsModel", "Answer"), QT_TRANSLATE_NOOP("ResultsModel", "Model"),
           QT_TRANSLATE_NOOP("ResultsModel", "Confidence"), QT_TRANSLATE_NOOP("ResultsModel", "Flags"),
           QT_TRANSLATE_NOOP("ResultsModel", "Status"), QT_TRANSLATE_NOOP("ResultsModel", "Final"),
           QT_TRANSLATE_NOOP("ResultsModel", "Comment"))


def header(column: int) -> str:
    """A column's title in the interface's language."""
    return QCoreApplication.translate("ResultsModel", HEADERS[column])


_Index = QModelIndex | QPersistentModelIndex
MAX_RUNS = 16   # more runs of changed rows than this go out as one signal over their span



class ResultsModel(QAbstractTableModel):
    def __init__(self, session: GradingSession | None = None, parent=None) -> None:
        super().__init__(parent)
        self._session: GradingSession | None = None
        self._order: list[int] = []    # row -> answer key
        self._row_of: list[int] = []   # answer key -> row
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._scoring = cells.NOT_SCORING   # the questions whose model is scoring the sheet now
        self._tints: tints.Tints | None = None   # a dark palette's status colours (None: the light look's)
        self.names = StudentNames()   # the student column's text: names, or neutral labels while blind marking
        self._cell_flags: Qt.ItemFlag | None = None
        if session is not None:
            self.set_session(session)

    # ----- session --------------------------------------------------------------------------------
    @property
    def session(self) -> GradingSession | None:
        return self._session

    def set_session(self, session: GradingSession | None) -> None:
        self.beginResetModel()
        self.detach()
        self._session = session
        n = len(session.answers) if session is not None else 0
        self._order = list(range(n))
        self._row_of = list(range(n))
        self._sorted = None
        if session is not None:
            session.listeners.append(self._heard())
            session.comment_listeners.append(self._on_comment)
        self.endResetModel()

    def detach(self) -> None:
        s = self._session
        if s is not None and self._heard() in s.listeners:
            s.listeners.remove(self._heard())
        if s is not None and self._on_comment in s.comment_listeners:
            s.comment_listeners.remove(self._on_comment)

    def _on_decision(self, key: int, _decision) -> None:
        if 0 <= key < len(self._row_of):
            row = self._row_of[key]
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, COMMENT))

    def _on_decisions(self, decisions) -> None:
        """The decisions of one step (a group's score): their rows repainted as :meth:`apply` repaints a change."""
        self.apply(Change(frozenset(k for k, _d in decisions)), STATUS, COMMENT)

    def _heard(self) -> Heard:
        """This model as the session's listener: each decision, or those of one step together."""
        return Heard(self._on_decision, self._on_decisions)

    def _on_comment(self, key: int, _comment: str) -> None:
        """A comment waiting for its answer's score was written, changed or taken by a score: repaint its cell."""
        if 0 <= key < len(self._row_of):
            cell = self.index(self._row_of[key], COMMENT)
            self.dataChanged.emit(cell, cell)

    def apply(self, change: Change, first_column: int = MODEL_SCORE, last_column: int = COMMENT) -> int:
        """Repaint the rows of the answers a session change names; returns how many signals it took.

        A few rows go as one ``dataChanged`` per run of neighbouring rows; scattered rows (a
        question's answers in a sorted table) as one signal over the rows between the first and the
        last, which costs the view the same single repaint."""
        s = self._session
        n = len(self._order)
        if s is None or not n or not change:
            return 0
        row_of = self._row_of
        rows = sorted(row_of[k] for k in s.affected_keys(change) if 0 <= k < n)
        if not rows:
            return 0
        runs = [[rows[0], rows[0]]]
        for r in rows[1:]:
            if r == runs[-1][1] + 1:
                runs[-1][1] = r
            else:
                runs.append([r, r])
                if len(runs) > MAX_RUNS:
                    runs = [[rows[0], rows[-1]]]
                    break
        for top, bottom in runs:
            self.dataChanged.emit(self.index(top, first_column), self.index(bottom, last_column))
        return len(runs)

    def set_scoring(self, questions: Iterable[str]) -> None:
        """The questions whose model is scoring the sheet now (none: scoring is over, or it failed or was stopped):
        their answers without a score are shown as being scored, not as the teacher's to score."""
        scoring = frozenset(questions)
        if scoring == self._scoring:
            return
        self._scoring = scoring
        n = len(self._order)
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(HEADERS) - 1))

    def scoring(self) -> frozenset[str]:
        return self._scoring

    def status(self, key: int) -> str:
        """The status the table shows for answer ``key`` (:func:`.results_cells.status`)."""
        s = self._session
        return cells.status(s, key, self._scoring) if s is not None else ""

    def set_palette(self, palette) -> None:
        """Colour the rows for the table's ``palette``: a dark one's dark tints and its own words on them (see
        :mod:`.tints`), a light one's the light look's (the table's palette changed: the system's scheme switched)."""
        was, self._tints = self._tints, tints.of(palette)
        n = len(self._order)
        if (was is not None or self._tints is not None) and n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(HEADERS) - 1))

    def set_names(self, names: StudentNames) -> None:
        self.names = names
        self.names_changed()

    def names_changed(self) -> None:
        """Blind marking was switched: repaint the student column, re-sort if it is sorted by student."""
        n = len(self._order)
        if self._sorted is not None and self._sorted[0] == STUDENT:
            self.sort(*self._sorted)
        elif n:
            self.dataChanged.emit(self.index(0, STUDENT), self.index(n - 1, STUDENT))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, STUDENT, STUDENT)

    def key_at(self, row: int) -> int:
        return self._order[row]

    def row_of(self, key: int) -> int:
        return self._row_of[key]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (stable; ties keep sheet order); column -1 restores sheet order."""
        s = self._session
        if s is None:
            return
        n = len(s.answers)
        if 0 <= column < len(HEADERS):
            names = self.names
            scoring = self._scoring
            values = [cells.sort_value(s, names, k, column, scoring) for k in range(n)]
            new = sorted(range(n), key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            new = list(range(n))
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._order = new
        self._row_of = [0] * n
        for row, key in enumerate(new):
            self._row_of[key] = row
        old_list = self.persistentIndexList()
        new_list = [self.index(self._row_of[old_order[i.row()]], i.column()) for i in old_list]
        self.changePersistentIndexList(old_list, new_list)
        self._sorted = (column, order)
        self.layoutChanged.emit()

    # ----- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.answers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:   # a title cut short in a narrow window (German ones are long)
            role = Qt.ItemDataRole.DisplayRole
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and section == STUDENT and self.names.blind:
                return QCoreApplication.translate("ResultsModel", "Student (names hidden)")
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
                return header(section)
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._order):
                return str(self._order[section] + 1)
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, never has children) is what this table
    # needs; not overriding it saves one call into Python per painted cell (the filter proxy answers a cell's flags
    # from cell_flags(), without mapping the cell here).

    def cell_flags(self) -> Qt.ItemFlag:
        """Every cell's flags: QAbstractTableModel's own for a cell."""
        if self._cell_flags is None:
            self._cell_flags = QAbstractTableModel.flags(self, self.createIndex(0, 0))
        return self._cell_flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        s = self._session
        if s is None or not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        return results_roles.value(self, s, self._order[index.row()], index.column(), role)

    def multiData(self, index: _Index, roles) -> None:  # noqa: N802 (Qt's names)
        """All the roles a painted cell asks for, in one call (:mod:`.results_roles`: what ``data()`` gives each)."""
        s = self._session
        if s is None or not index.isValid() or not 0 <= index.row() < len(self._order):
            for rd in roles:
                rd.clearData()
            return
        results_roles.fill(self, s, self._order[index.row()], index.column(), roles)

    def answers_row(self, row: int, column: int, roles) -> bool:
        """``roles`` of the cell at ``row`` and ``column`` (as :meth:`multiData`); False, none given, where there is no
        such cell."""
        s = self._session
        if s is None or not 0 <= row < len(self._order) or not 0 <= column < len(HEADERS):
            return False
        results_roles.fill(self, s, self._order[row], column, roles)
        return True

    def dark_tints(self) -> tints.Tints | None:
        """A dark palette's status colours (None: the light look's)."""
        return self._tints


ALL, NEEDS_REVIEW, FLAGGED, OVERRIDDEN, REVIEWED = "all", "needs review", "flagged", "overridden", "reviewed"
DIFFERING = "differing"   # identical answers that got different scores (core.consistency): shown while there are some
FILTERS = (   # "&" marks the Alt+letter of each filter button; translated where shown
    (ALL, QT_TRANSLATE_NOOP("ResultsView", "&All answers")),
    (NEEDS_REVIEW, QT_TRANSLATE_NOOP("ResultsView", "&Needs review")),
    (FLAGGED, QT_TRANSLATE_NOOP("ResultsView", "F&lagged")),
    (OVERRIDDEN, QT_TRANSLATE_NOOP("ResultsView", "&Changed by you")),
    (REVIEWED, QT_TRANSLATE_NOOP("ResultsView", "&Decided by you")),
    (DIFFERING, QT_TRANSLATE_NOOP("ResultsView", "&Identical, other scores")),
)


class ResultsFilterModel(QSortFilterProxyModel):
    """Filters (needs review, flagged, overridden, all) and a free-text search over the results (in any case, with or
    without accents; an answer or comment as written, as shown and without its hidden characters: :func:`searchable`).

    Qt asks :meth:`filterAcceptsRow` once per row on every pass; the whole pass is worked out at its first row
    (:meth:`_weigh`, over words kept between passes: :class:`~.results_search.SearchTexts`) and each row is then a
    lookup: a filter button or a search took about 0.5 s at 20,000 answers (QA s52g finding 8). What a pass worked
    out is forgotten when the next one may differ: the filter or the search changed, :meth:`refilter` (statuses
    changed), or the source model is about to be reset, sorted or given rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mode = ALL
        self._needle = ""
        self._differing: frozenset[int] = frozenset()   # the answers the DIFFERING filter shows
        self._texts = SearchTexts()
        self._shown: list[bool] | None = None   # per answer key, whether the pass under way shows it
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._passes(old):
                signal.disconnect(self._forget)
        super().setSourceModel(model)
        self._forget()
        if model is not None:   # before Qt's own pass that follows each of them
            for signal in self._passes(model):
                signal.connect(self._forget)

    @staticmethod
    def _passes(model) -> tuple:
        return (model.modelAboutToBeReset, model.layoutAboutToBeChanged, model.rowsAboutToBeInserted,
                model.rowsAboutToBeRemoved)

    def _forget(self, *_args) -> None:
        self._shown = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (fast, over precomputed keys); the proxy only filters."""
        src = self.sourceModel()
        if hasattr(src, "key_at"):
            src.sort(column, order)
        else:
            super().sort(column, order)

    def multiData(self, index: _Index, roles) -> None:  # noqa: N802 (Qt's names)
        """A cell's roles from the source model in one call (Qt's proxy asks its source for each apart). Where no
        filter or search hides a row, the proxy's rows are the source's, in its order (sorting is the source's): the
        cell is answered from its own row and column, not mapped (each mapping asked the model's row and column counts,
        two calls into Python more per painted cell)."""
        src = self.sourceModel()
        if isinstance(src, ResultsModel) and index.isValid():
            if not self.filters() and src.answers_row(index.row(), index.column(), roles):
                return
            src.multiData(self.mapToSource(index), roles)
        else:
            super().multiData(index, roles)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """A cell's flags, the model's (Qt's own for a table: every cell's the same), without mapping the cell to the
        model's: Qt's mapping asked the model's row and column counts, two calls into Python for each painted cell."""
        src = self.sourceModel()
        if isinstance(src, ResultsModel) and index.isValid():
            return src.cell_flags()
        return super().flags(index)

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in dict(FILTERS):
            raise ValueError(f"unknown filter {mode!r}")
        if mode != self._mode:
            self.beginFilterChange()
            self._mode, self._shown = mode, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_text(self) -> str:
        return self._needle

    def set_differing(self, keys) -> None:
        """The answers the "identical, other scores" filter shows (:func:`grader_app.core.consistency.differing_keys`)."""
        keys = frozenset(keys)
        if keys != self._differing:
            self._differing, self._shown = keys, None
            if self._mode == DIFFERING:
                self.beginFilterChange()
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = folded(str(text))   # as the texts it is looked for in: any case, with or without accents
        if needle != self._needle:
            self.beginFilterChange()
            self._needle, self._shown = needle, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filters(self) -> bool:
        """True if some rows may be hidden (a filter other than 'all', or a search)."""
        return self._mode != ALL or bool(self._needle)

    def refilter(self) -> None:
        """Re-apply the filter after statuses changed (e.g. a decision moved a row out of 'needs review')."""
        self._shown = None
        if not self.filters():
            return  # every row is shown whatever the statuses are
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._mode == ALL and not self._needle:
            return True
        src = cast(ResultsModel, self.sourceModel())
        s = getattr(src, "session", None)
        if s is None:
            return False
        shown = self._shown
        if shown is None or len(shown) != len(s.answers):
            shown = self._shown = self._weigh(src, s)
        return shown[src.key_at(source_row)]

    def _weigh(self, src: ResultsModel, s: GradingSession) -> list[bool]:
        """Per answer key, whether the filter and the search show it."""
        mode, needle, scoring = self._mode, self._needle, src.scoring()
        status, flags = cells.status, s.flags
        shown = [True] * len(s.answers)
        if mode != ALL:
            for key in range(len(shown)):
                st = status(s, key, scoring)   # an answer being scored is nobody's to review yet
                if mode == NEEDS_REVIEW and st not in (review.NEEDS_REVIEW, review.UNSCORED):
                    shown[key] = False
                elif mode == FLAGGED and not flags.get(key):
                    shown[key] = False
                elif mode == OVERRIDDEN and st != review.OVERRIDDEN:
                    shown[key] = False
                elif mode == REVIEWED and st not in review.TEACHERS:
                    shown[key] = False
                elif mode == DIFFERING and key not in self._differing:
                    shown[key] = False
        if needle:   # the name as shown (a name typed while blind marking finds nobody), the question, the answer and
            texts, haystack = self._texts.texts(s, src.names), self._texts.haystack   # the comment, as searchable
            for key, text in enumerate(texts):
                if shown[key] and needle not in haystack(s, text, key):
                    shown[key] = False
        return shown
