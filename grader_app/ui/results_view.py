"""The results page: the plain sentence, counts per status, the next step (their words: :mod:`.results_words`),
filters, search, the table (made: :mod:`.results_controls`), and the threshold panel; what the teacher does on it
(filter, search, Enter, open a row, ask for the review): :mod:`.results_actions`."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..core import review
from ..core.session import Change, GradingSession
from . import results_model as rm
from . import style
from .i18n import unbroken
from .control_glyph import StatusGlyph
from .differing_scores import DifferingLine
from .results_actions import ResultsActions
from .results_controls import FilterBar, results_table
from .results_count_heard import HeardCount
from .results_layout import ColumnFitter, PanelScroll
from .results_room import folding_label
from .panel_fold import PanelFold
from .results_words import ENTER, counts_line, figures, next_step, review_tip, scoring_line
from .threshold_panel import ThresholdPanel

__all__ = ["ASYNC_FROM", "ResultsView", "counts_line", "figures"]

ASYNC_FROM = 2000   # from this many answers the sentence and counts are worked out off the GUI thread


class ResultsView(ResultsActions, QWidget):
    reviewRequested = Signal(list, object)   # keys, start key (or None)
    exportRequested = Signal()               # nothing left to review: the next step is the export
    thresholdChanged = Signal(object)         # the session's Change (the questions whose threshold moved)
    figuresShown = Signal()                   # the sentence and counts on screen are up to date

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._session: GradingSession | None = None
        self._changed = Change()   # scored rows not repainted yet
        self._refilter_pending = False
        self._scoring = False
        self._awaited: list[str] = []   # questions whose first model is learning from the teacher's marks
        self._need = 0
        self._decided: int | None = None   # the teacher's decisions as the figures on screen count them (none yet: None)
        self._tasks = None
        self._figures_task = None
        self._figures_pending = False
        self._epoch = 0   # moves on when the session or the scoring changes: figures worked out before are stale
        self.model = rm.ResultsModel(parent=self)
        self.proxy = rm.ResultsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        # --- the sentence and the next step -------------------------------------------------------
        # both fold to one line ending in "…" while the table shows too few rows (.results_room, whole in their tooltip)
        self.sentence = folding_label(self, 1.35, bold=True)   # questions' titles from the sheet, shown as written
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = folding_label()
        self.learning = folding_label(self, 1.0, bold=True)   # how far the models learning from the teacher's marks are
        self.learning.setVisible(False)
        self.review_button = QPushButton(self.tr("Review"))
        self.review_button.setDefault(True)
        self.review_button.setFont(style.scaled_font(self, 1.15, bold=True))
        self.review_glyph = StatusGlyph(self.review_button, review.NEEDS_REVIEW)   # its icon, on a dark face too
        self.review_button.setToolTip(review_tip())
        self.review_button.clicked.connect(self._next_step)

        # --- filters and search --------------------------------------------------------------------
        bar = FilterBar(self, self.set_filter)   # the filter buttons and the search box, on a line that wraps
        self.filter_group, self.filter_buttons, self.search, filters_row = bar.group, bar.buttons, bar.search, bar.layout
        # wraps at its words beside the panel's button in a narrow page (a 16 pt font); heard as the teacher filters
        self.shown = HeardCount(self.search, self.filter_buttons.values())
        self.filter_buttons[rm.ALL].setChecked(True)
        self.differing = DifferingLine(self)   # identical answers that got different scores, and the filter of them
        self.search.textChanged.connect(self._on_search)

        # --- table ------------------------------------------------------------------------------
        self.table = results_table(self.proxy)
        self.table.doubleClicked.connect(self._open_row)
        self.columns = ColumnFitter(self.table, self.model)

        # --- threshold -----------------------------------------------------------------------------
        self.threshold = ThresholdPanel()
        self.threshold.thresholdChanged.connect(self._on_threshold)

        top = QHBoxLayout()
        text_col = QVBoxLayout()
        text_col.addWidget(self.sentence)
        text_col.addWidget(self.counts)
        text_col.addWidget(self.learning)
        text_col.addWidget(self.differing)
        top.addLayout(text_col, 1)
        top.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters_row)
        ll.addWidget(self.table, 1)
        under = QHBoxLayout()
        under.addWidget(self.shown, 1)
        self.panel_button = QPushButton()   # shows or hides the threshold panel (folded in a narrow window)
        under.addWidget(self.panel_button)
        ll.addLayout(under)
        right = QFrame()
        right.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QVBoxLayout(right)
        self.threshold_scroll = PanelScroll(self.threshold)   # scrolls when the page is too short for it
        rl.addWidget(self.threshold_scroll)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.fold = PanelFold(splitter, right, self.columns, self.panel_button)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(splitter, 1)

        # Ctrl+F when the page stands alone; in the main window Edit ▸ Find owns it (menus.build_menus turns this
        # one off: two owners of one key make Qt fire neither)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        for seq in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._on_enter)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_search)
        self.refresh()

    # ----- binding ------------------------------------------------------------------------------
    @property
    def session(self) -> GradingSession | None:
        return self._session

    def set_session(self, session: GradingSession | None) -> None:
        self._session = session
        self._changed = Change()
        self._decided = None   # another sheet's count is not this one's
        self._awaited = []
        self._epoch += 1
        self._pace()
        self.model.set_session(session)
        self.threshold.set_session(session)
        self.fit_columns()
        self.refresh()

    def set_names(self, names) -> None:
        """What the student column shows (a :class:`~.blind.StudentNames`, shared with the review screen)."""
        self.model.set_names(names)

    def names_changed(self) -> None:
        """Blind marking was switched: the student column, its sort and the search follow; the columns are fitted
        again where the names look otherwise than when they were last fitted (not as a sheet just fitted is shown and
        blind marking follows its project as it was: a second fit, in the gap before the results' first paint)."""
        self.model.names_changed()
        self.proxy.refilter()
        if not self.columns.fitted_to_names():
            self.fit_columns()
        if self._session is not None:
            self.set_filter(self.proxy.mode())   # says how many rows are shown

    def fit_columns(self, sample: int = 30) -> None:
        """Size the narrow columns to their header and the first rows' text (not all rows: fast on 10,000),
        leaving the Answer column a readable width (they give way when the table is narrow)."""
        self.columns.fit(sample)
        self.fold.update()

    def predictions_changed(self, change: Change) -> None:
        """Scored batches landed: repaint their rows and the sentence soon (coalesced)."""
        self._changed = self._changed | change
        self.schedule_refresh()

    def model_learned(self, change: Change) -> None:
        """A model learned from the teacher's marks now scores a question: its rows, and its threshold."""
        self.predictions_changed(change)
        self.threshold.refresh_items()

    def decisions_changed(self) -> None:
        self.proxy.refilter()
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def set_scoring(self, scoring: bool, questions: Iterable[str] = ()) -> None:
        """While a sheet is being scored (or is about to be: the window says so before the first batch) the sentence
        and the counts wait for the last answer, and say how many answers are scored: figures worked out meanwhile
        would count the answers not scored yet as answers no model scores (and, on a large sheet, only compete with
        the scoring worker). A large sheet's table repaints once a second meanwhile. ``questions``: those whose model
        scores the sheet; until its batch lands, an answer of one of them says in the table that it is being scored."""
        was, self._scoring = self._scoring, scoring
        if was != scoring:
            self._epoch += 1
        self._pace()
        before = self.model.scoring()
        self.model.set_scoring(questions if scoring else ())
        if self.model.scoring() != before:
            self._refilter_pending = True   # the answers being scored are in no filter's rows but "All answers"
        if scoring:
            self._show_scoring()
        else:
            if was:
                self._show_scoring()   # every score is in: the count says so until the figures replace it
                self.threshold.set_session(self._session)   # the scored questions' plots and values
            if was and not self._large():
                self.refresh()   # a small sheet's figures at once: the review button counts as scoring ends
            else:
                self.schedule_refresh()

    def set_awaited(self, items) -> None:
        """The questions whose model is learning from the teacher's marks and has not scored them yet (the learning
        controller's ``awaited``): the sentence says the model is learning, and their answers wait for it (they are not
        answers no model scores), until its scores are in."""
        items = list(items)
        if items != self._awaited:
            self._awaited = items
            self.refresh()   # at once: "no model scores them" is never shown in between

    def _large(self) -> bool:
        """The sentence and the counts are worked out on a worker (a large session)."""
        return self._tasks is not None and self._session is not None and len(self._session.answers) >= ASYNC_FROM

    def _many(self) -> bool:
        """A large session: its table repaints once a second while it is scored, and the search and a moved threshold
        filter it once the teacher pauses (each pass visits every answer)."""
        return self._session is not None and len(self._session.answers) >= ASYNC_FROM

    def _pace(self) -> None:
        self._refresh_timer.setInterval(1000 if self._scoring and self._many() else 200)

    def _show_scoring(self) -> None:
        """The sentence while the scores are coming, and how many have come (the figures follow)."""
        self.sentence.setText(self.tr("Scoring… the summary follows when every answer has its score."))
        s = self._session
        self.counts.setText(scoring_line(len(s.predictions), len(s.answers)) if s is not None else "")

    @property
    def need(self) -> int:
        """Answers that need the teacher, as the sentence on screen counts them."""
        return self._need

    @property
    def decided(self) -> int | None:
        """The teacher's decisions at the moment :attr:`need` was counted (None before the session's first figures): the
        status bar says both, so they never count more answers than the sheet has while the figures follow a decision."""
        return self._decided

    def set_learning(self, text: str, tip: str = "") -> None:
        self.learning.setText(unbroken(text))   # a number and its % sign stay on one line
        self.learning.setToolTip(tip)           # why fewer earlier marks are counted than were given, if so
        self.learning.setVisible(bool(text))

    def set_tasks(self, tasks) -> None:
        """A TaskManager for working out the figures of large sessions off the GUI thread."""
        self._tasks = tasks

    def figures_pending(self) -> bool:
        return self._figures_task is not None or self._figures_pending or self._refresh_timer.isActive()

    def refresh(self) -> None:
        """Recompute the sentence, the counts and the review button (in the background for large sessions)."""
        if self._changed:
            change, self._changed = self._changed, Change()
            self.model.apply(change)
            self._refilter_pending = True   # scored rows: a filter's rows follow their statuses
        if self._refilter_pending:
            self._refilter_pending = False
            if self.proxy.mode() != rm.ALL:
                self.proxy.refilter()
                self._show_count()
        s = self._session
        if s is None:
            self.sentence.setText(self.tr("No answers to grade yet."))
            self.counts.setText("")
            self.set_learning("")
            self._need = 0
            self._decided = None
            self.review_button.setEnabled(False)
            self.review_button.setText(self.tr("Review"))
            self.review_button.setAccessibleName("")   # its text, as shown
            self.differing.update_for(None)
            self.shown.setText("")
            self.figuresShown.emit()
            return
        if self._scoring:
            self._show_scoring()
            self.figuresShown.emit()
            return
        if self._tasks is not None and len(s.answers) >= ASYNC_FROM:
            if self._figures_task is not None:
                self._figures_pending = True
                return
            copy = s.snapshot()   # (a few ms) one state, whatever the GUI thread changes meanwhile
            self._figures_task = self._tasks.run(
                figures, copy, on_done=lambda fig, s=s, c=copy, e=self._epoch: self._show_figures(s, fig, e, c),
                on_error=lambda _exc: self._figures_failed(), name="figures")
            return
        self._show_figures(s, figures(s))

    def _figures_failed(self) -> None:
        self._figures_task = None
        if self._figures_pending:
            self._figures_pending = False
            self.schedule_refresh()

    def _show_figures(self, s: GradingSession, fig, epoch: int | None = None, copy: GradingSession | None = None) -> None:
        """``fig``: :func:`figures` of ``s`` (on this thread), or of ``copy``, its snapshot, worked out on a worker."""
        if copy is not None:
            self._figures_task = None
            s.take_statuses(copy)   # the statuses the worker worked out, where nothing changed since
        if epoch is not None and epoch != self._epoch:   # worked out before the scoring began or ended: stale
            self._figures_pending = True
        elif s is self._session:
            c, sentence, found, revision = fig
            waiting = sum(1 for it in self._awaited if it in s.items for k in s.keys_for(it)
                          if s.status(k) == review.UNSCORED)
            if waiting:
                sentence = self.tr("Learning from your marks… the summary follows when the model has scored the answers.")
            self.sentence.setText(unbroken(sentence))   # "95 %" never wraps between the number and its sign
            self.counts.setText(counts_line(c, waiting))
            need = c[review.NEEDS_REVIEW] + c[review.UNSCORED]
            # the next step, always: review what needs you, then export
            self._need = need
            self._decided = len((copy if copy is not None else s).decisions)   # the moment ``need`` was counted at
            self.review_button.setEnabled(True)
            text, status, tip = next_step(need)
            self.review_button.setText(text + ENTER)
            self.review_button.setAccessibleName(text)   # the words, without the "⏎" a screen reader would spell out
            self.review_glyph.show(status)
            self.review_button.setToolTip(tip)
            self.differing.update_for(s, found, revision)   # worked out with the figures (on the worker)
            self._show_count()
            self.threshold.refresh_effect()
        if self._figures_pending:
            self._figures_pending = False
            self.schedule_refresh()
        else:
            self.figuresShown.emit()
