"""The threshold control: how sure the model must be before an answer is accepted without the teacher.

A slider and a spin box bound to ``session.set_threshold`` for one question at a time (the figure
the review screen quotes for it), a button that gives every question the same value, and a risk plot
with a sentence saying what the choice costs. The panel only sets the session's thresholds and
announces what changed (the session's :class:`~grader_app.core.session.Change`); the results page
repaints those rows.

A dragged slider (or a held arrow key) moves many steps a second. Each step sets the session's threshold and moves
the plot's ring at once; what counts the question's answers (the sentence: at 20,000 answers ~30 ms a step, with the
table's repaint and the figures ~250 ms a step on a busy machine, QA s52g) waits until the slider rests for
``SETTLE_MS``: then the sentence counts at the last value and ``thresholdChanged`` announces every step's change at
once (a sheet of ``SETTLE_FROM`` answers or more; a smaller one's follow each step). :meth:`ThresholdPanel.set_value`,
another question or session, and the two buttons do it at once.

The project file hears of a threshold apart from that, as soon as the teacher's choice is made (every decision is on
disk the moment it is made): ``thresholdChosen`` when the gesture ends (the slider let go, a key or the wheel on the
slider or the box, a typed value committed with Enter or by leaving the box, either button), ``thresholdMoving`` for
a step of a gesture still going on (the slider held and dragged, a value being typed), which is written once it rests.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from ..core.session import Change, GradingSession
from ..core import review
from ..core.review import point_at
from ..io.question_headings import column_name, column_names, heading_name
from .eliding_combo import ElidingCombo
from .risk_plot import RiskPlot
from .i18n import needed_tenths, percent, percent_needed, unbroken
from .learning_words import question_name, with_question
from .percent_spin import PercentSpin
from .plain_tip import plain_tip
from .wording import takes_below_table_words, takes_words

WHOLE_ROLE = Qt.ItemDataRole.UserRole + 1   # a choice's whole question name and model title, as typed


SETTLE_MS = 120   # the slider resting this long: the sentence counts, and the change is announced
SETTLE_FROM = 2000   # from this many answers (the results page's ASYNC_FROM); a smaller sheet's counts follow each step


class ThresholdPanel(QWidget):
    thresholdChanged = Signal(object)   # the session's Change: the questions whose threshold moved
    thresholdChosen = Signal()          # a threshold set in the session by a gesture that ended: to the disk now
    thresholdMoving = Signal()          # one set by a gesture going on (dragged, typed): to the disk once it rests

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._session: GradingSession | None = None
        self._updating = False
        self._yours: dict[str, object] = {}   # learned question -> the model (its ItemInfo) the teacher's threshold was for
        self._renewed: set[str] = set()       # learned questions whose new model brought its own threshold back
        self._moved: Change | None = None     # the steps not announced yet (the slider still moving), None: none
        self._unchosen = False                # a step of a gesture still going on (dragged, typed) was set
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

        # each question by its short name, as "Each question now needs" says it; the whole name and the model's title
        # in the tooltip ("asap-sas-1 — ASAP-SAS 1 — Science: …" was cut with "…" in the narrow panel at 1366×768)
        self.scope = ElidingCombo()
        self.scope.setAccessibleName(self.tr("Which questions the threshold applies to"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName(self.tr("Confidence needed to accept an answer without you"))
        self.spin = PercentSpin()   # a model's own threshold to a tenth where it is not a whole percent (82.4 %)
        self.spin.setAccessibleName(self.tr("Confidence needed, in percent"))
        self.plot = RiskPlot()
        self.all_button = QPushButton(self.tr("Use this for every question"))
        self.all_button.setToolTip(self.tr("Give every question the confidence shown here"))
        self.all_button.clicked.connect(lambda: self.apply_to_all(self.value()))
        self.reset_button = QPushButton(self.tr("Use the models' own thresholds"))
        self.reset_button.setToolTip(self.tr("Each model's threshold was chosen on its calibration answers so that the "
                                             "answers it accepts stay within the model's error target"))
        self.reset_button.clicked.connect(self.reset)
        self.effect = QLabel("")
        self.effect.setWordWrap(True)
        self.effect.setTextFormat(Qt.TextFormat.PlainText)   # the questions' names from the sheet, as written
        self.effect.setAccessibleName(self.tr("what this threshold gives"))
        self.each = QLabel("")
        self.each.setWordWrap(True)
        self.each.setTextFormat(Qt.TextFormat.PlainText)

        title = QLabel("<b>" + self.tr("Confidence needed to accept an answer without you") + "</b>")
        title.setWordWrap(True)
        help_ = QLabel(self.tr("Higher: fewer answers accepted automatically, and fewer mistakes among them."))
        help_.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        scope_row = QHBoxLayout()
        lab = QLabel(self.tr("F&or:"))
        lab.setBuddy(self.scope)
        scope_row.addWidget(lab)
        scope_row.addWidget(self.scope, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title)
        lay.addLayout(scope_row)
        lay.addLayout(row)
        lay.addWidget(help_)
        lay.addWidget(self.effect)
        lay.addWidget(self.all_button)
        lay.addWidget(self.reset_button)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.each)

        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._gesture_ended)
        self.spin.valueChanged.connect(self._on_spin)
        self.spin.editingFinished.connect(self._gesture_ended)
        self.scope.currentIndexChanged.connect(self._on_scope)
        self.setEnabled(False)

    def heightForWidth(self, width: int) -> int:
        """The least height at ``width`` (the word-wrapped sentences whole, the plot at its minimum): what the scroll
        area around the panel (ResultsView) gives it at least; a taller page gives the plot the rest."""
        lay = self.layout()
        return lay.minimumHeightForWidth(width) if lay is not None else super().heightForWidth(width)

    # ----- binding -------------------------------------------------------------------------------
    def set_session(self, session: GradingSession | None) -> None:
        self._announce_moved()   # the last steps on the session before (its project file saves them)
        self._session, self._unchosen = session, False   # (the controller wrote or closes the one before)
        self._yours, self._renewed = {}, set()
        self.refresh_items(keep=False)

    def refresh_items(self, keep: bool = True) -> None:
        """The questions with a model (a learned one too) in the scope list, keeping the one chosen."""
        session, chosen = self._session, self.current_item() if keep else None
        if session is not None:   # a model learned again: the teacher's threshold was for the one before it
            self._renewed |= {it for it, info in self._yours.items() if session.items.get(it) is not info
                              and it not in session.thresholds}
            self._note_yours()
        self._updating = True
        self.scope.clear()
        if session is not None:
            scored = [it for it in session.item_keys() if session.items[it].bundle_id]
            names = [question_name(it, session.mapping) for it in scored]
            for it, whole, short in zip(scored, names, column_names(names)):
                # a model learned from a sheet: its question
                name, title = heading_name(whole), session.items[it].title
                self.scope.addItem(short, it)
                whole_name = f"{name} — {title}" if title and title not in (it, name) else name
                self.scope.setItemData(self.scope.count() - 1, whole_name, WHOLE_ROLE)
                # the sheet's text: a tooltip would read "<i>…" or "<img src=…>" in it as markup
                self.scope.setItemData(self.scope.count() - 1, plain_tip(whole_name), Qt.ItemDataRole.ToolTipRole)
            if chosen in scored:
                self.scope.setCurrentIndex(scored.index(chosen))
            self._set_tables(session, scored)
        else:
            self.plot.set_tables({})
        self._updating = False
        self.setEnabled(session is not None and self.scope.count() > 0)
        self._sync()

    def current_item(self) -> str | None:
        data = self.scope.currentData()
        return data or None

    def current_whole_name(self) -> str:
        """The chosen question's whole name and its model's title, as its tooltip says them ("" for none)."""
        return self.scope.currentData(WHOLE_ROLE) or ""

    def value(self) -> float:
        return self.spin.value() / 100.0

    def set_value(self, value: float) -> None:
        """Set the chosen question's threshold (0–1) as if the teacher moved the slider and let it rest."""
        self.spin.setValue(needed_tenths(value))
        if self._settle.isActive():
            self._settled()

    def apply_to_all(self, value: float) -> None:
        """Every question a model scores gets ``value`` (not one that no model scores yet, nor one whose model learned
        from the teacher's marks cannot vouch for any answer yet: the threshold would outlive that, and the model that
        comes later would take answers at it, with or without a guarantee)."""
        s = self._session
        if s is None:
            return
        change = s.set_thresholds({it: value for it in self._adjustable()})
        self._renewed.difference_update(change.items)
        self._note_yours()
        self._sync()
        self.thresholdChosen.emit()
        self.thresholdChanged.emit(change)

    def reset(self) -> None:
        """Back to each model's calibrated threshold, for every question."""
        s = self._session
        if s is None:
            return
        # set, not removed: the project file keeps them
        change = s.set_thresholds({it: s.items[it].default_threshold for it in self._adjustable()})
        self._renewed.difference_update(change.items)
        self._note_yours()
        self._sync()
        self.thresholdChosen.emit()
        self.thresholdChanged.emit(change)

    # ----- internals -------------------------------------------------------------------------------
    def _note_yours(self) -> None:
        """Which model each learned question's threshold set by the teacher is for."""
        s = self._session
        self._yours = {it: s.items[it] for it in s.thresholds if it in s.items and s.items[it].learned} if s else {}

    def _adjustable(self) -> list[str]:
        """The questions the two buttons set: those a model scores that can take answers on its own."""
        s = self._session
        if s is None:
            return []
        return [it for it in s.item_keys() if s.items[it].bundle_id and s.items[it].default_threshold <= 1.0]

    def _set_tables(self, session: GradingSession, scored: list[str]) -> None:
        """The plot's lines: each model's risk table, or for a model learned from the marks that cannot vouch for any
        answer yet, the table of its check on those marks (its line drawn without a ring: it takes nothing)."""
        infos = [session.items[it] for it in scored]
        checks = [info.item for info in infos if not info.risk and info.check]
        empty = ""
        if len(infos) == 1 and infos[0].held_from_marks and not infos[0].check:
            empty = (self.tr("Its model learns from your marks and has not been checked on them yet")
                     if self._learns(infos[0]) else self.tr("Its model learned from too few marks to be checked on them"))
        self.plot.set_tables({info.item: list(info.risk or info.check) for info in infos}, checks, empty)

    @staticmethod
    def _learns(info) -> bool:
        """Its model learns from the marks given here: learned in the session, or the teacher's own that goes on."""
        return info.learned or bool(info.continues)

    def _not_yet_words(self, item: str) -> str:
        """What a question's model learned from the marks that cannot vouch for any answer says: keep marking, or,
        with every answer decided, that nothing is left to mark here and what would help it; a saved model that does
        not learn here (the teacher chose it, and it keeps no marks to go on from) says only what it did."""
        s = self._session
        assert s is not None
        if not self._learns(s.items[item]):
            if s.items[item].check:
                return self.tr("its model, learned from your marks, could not vouch for any answer in its check on "
                               "them, so it takes none on its own and its scores are suggestions (the plot shows that "
                               "check)")
            return self.tr("its model learned from too few of your marks to be checked on them, so it takes none on "
                           "its own and its scores are suggestions")
        if all(k in s.decisions for k in s.keys_for(item)):
            return self.tr("its model learned from your marks but could not vouch for any answer, so it took none on "
                           "its own; every answer to this question is decided, so nothing is left to mark here, and "
                           "marks on more answers to this question, on a later sheet, are what it needs to vouch for "
                           "some")
        if s.items[item].check:
            return self.tr("its model learns from your marks and cannot vouch for any answer yet, so it takes none on "
                           "its own and its scores are suggestions (the plot shows how it did in its check on your "
                           "marks); keep marking, and once a check of your marks vouches for it, the threshold can be "
                           "set")
        return self.tr("its model learns from your marks and cannot vouch for any answer yet, so it takes none on "
                       "its own and its scores are suggestions; keep marking, and once a check of your marks vouches "
                       "for it, the threshold can be set")

    def _sync(self) -> None:
        self._announce_moved()
        s, item = self._session, self.current_item()
        self.scope.setToolTip(plain_tip(self.current_whole_name()))
        self.scope.setAccessibleDescription(self.current_whole_name())
        self._updating = True
        v = needed_tenths(min(1.0, s.threshold(item))) if s is not None and item else 90.0
        self.slider.setValue(round(v))
        self.spin.setValue(v)
        # a learned model without a guarantee takes nothing at any threshold (the session refuses one): nothing to move
        fixed = s is not None and item is not None and s.items[item].takes_no_threshold
        self.slider.setEnabled(not fixed)
        self.spin.setEnabled(not fixed)
        self._updating = False
        self._update_plot()

    def _update_plot(self) -> None:
        s, item = self._session, self.current_item()
        if s is None or item is None:
            self._show_effect("")
            self.each.setText("")
            return
        self.plot.set_thresholds({it: s.threshold(it) for it in s.item_keys()}, item)
        table, threshold = list(s.items[item].risk), s.threshold(item)
        point = point_at(table, threshold) if table else None
        if point is None and table and threshold <= 1.0:   # below the lowest threshold the model was checked at
            keys = s.keys_for(item)
            taken = sum(1 for k in keys if s.status(k) == review.AUTO)
            words = takes_below_table_words(taken, len(keys), min(p.threshold for p in table))
        elif s.items[item].unsealed:
            words = self.tr("its model's file carries no seal of its settings, so it takes none on its own and its "
                            "scores are suggestions; install a fresh copy of the model to set a threshold")
        elif s.items[item].held_from_marks:
            words = self._not_yet_words(item)
        elif threshold >= 1.0 and s.items[item].default_threshold >= 1.0:   # its model's own: it qualified none
            words = self.tr("its model is not sure enough of any answer to score it without you, so every answer comes "
                            "to you and its scores are suggestions")
        elif point is not None and point.coverage > 0:   # this sheet's count: the check answers' share is not this sheet's
            keys = s.keys_for(item)
            taken = sum(1 for k in keys if s.status(k) == review.AUTO)
            words = self.tr("the model takes {taken} of this question's %n answers on its own (of the answers it was "
                            "checked on, it took {share}, at most {wrong} of those wrong)", "", len(keys)).format(
                taken=taken, share=percent(point.coverage), wrong=percent(point.error_upper))
        elif table or threshold > 1.0:
            words = takes_words(point)
        else:
            words = self.tr("no calibration data for this model")
        if item in self._renewed and not s.items[item].held_from_marks:   # that one says why it has no threshold
            words = self.tr("its model learned again from your marks and uses its own threshold again (yours was for "
                            "the model before); {effect}").format(effect=words)
        # a number and its % sign stay on one line of these wrapping labels
        self._show_effect(unbroken(with_question(self.tr("Question {question}: {effect}."), joined(item, s.mapping),
                                                 effect=words)))
        scored = [it for it in s.item_keys() if s.items[it].bundle_id]
        self.each.setText(unbroken(self.tr("Each question now needs: {thresholds}.").format(thresholds=", ".join(
            f"{joined(it, s.mapping, column_name)} {percent_needed(min(1.0, s.threshold(it)))}" for it in scored))))

    def _show_effect(self, text: str) -> None:
        """What the threshold gives, under the slider; and the slider's and the box's accessible description, so that a
        screen reader, which says only the percent of the control moved, says what it gives too (Qt tells it when the
        description changes: with each step of the keys, or once the slider rests on a large sheet)."""
        self.effect.setText(text)
        said = text.replace(WORD_JOINER, "")
        self.slider.setAccessibleDescription(said)
        self.spin.setAccessibleDescription(said)

    def refresh_effect(self) -> None:
        """The answers' statuses changed (a decision, a score): the sentence on what the threshold gives follows (once
        the slider rests, if it is moving)."""
        if not self._settle.isActive():
            self._update_plot()

    def _on_scope(self, _i: int) -> None:
        if not self._updating:
            self._sync()

    def _on_slider(self, v: int) -> None:
        self._on_value(v, ended=not self.slider.isSliderDown())   # held down: dragged, the gesture goes on

    def _on_spin(self, v: float) -> None:
        self._on_value(v, ended=not self.spin.typing())   # typed: committed with Enter or by leaving the box

    def _gesture_ended(self) -> None:
        """The slider let go, or the box's typing committed: the threshold its steps set goes to the disk now."""
        if self._unchosen:
            self._unchosen = False
            self.thresholdChosen.emit()

    def _on_value(self, v: float, ended: bool = True) -> None:
        item = self.current_item()
        if self._updating or self._session is None or item is None:
            return
        if self._session.items[item].takes_no_threshold:   # the session takes no threshold for it
            self._sync()                                                 # (core.session.set_thresholds): shown back
            return
        self._updating = True
        self.slider.setValue(round(v))
        self.spin.setValue(v)
        self._updating = False
        s = self._session
        self._moved = (self._moved or Change()) | s.set_threshold(round(v * 10) / 1000, item)   # (82.4: 0.824)
        self._renewed.discard(item)
        self._note_yours()
        self._unchosen = not ended
        (self.thresholdChosen if ended else self.thresholdMoving).emit()
        if len(s.answers) < SETTLE_FROM:   # counted at once
            self._settled()
            return
        self.plot.set_thresholds({it: s.threshold(it) for it in s.item_keys()}, item)   # the ring follows at once
        self._settle.start()   # the sentence and the table once the slider rests

    def _settled(self) -> None:
        """The slider rests: the sentence counts at its value, and its steps are announced."""
        self._settle.stop()
        self._update_plot()
        self._announce_moved()

    def _announce_moved(self) -> None:
        self._settle.stop()
        change, self._moved = self._moved, None
        if change is not None:   # (empty too: the value the session had; the project file still saves it)
            self.thresholdChanged.emit(change)


WORD_JOINER = "\u2060"


def joined(item: str, mapping=None, short: Callable[[str], str] = heading_name) -> str:
    """A question as these wrapping labels name it (:func:`~.learning_words.question_name`; a name that is the whole
    question by its first words, ``short``: :mod:`grader_app.io.question_headings`), never broken at its
    hyphens: "asap-sas-10" wrapped as "asap-" / "sas-10" (a word joiner after each hyphen keeps it on one line)."""
    return short(question_name(item, mapping)).replace("-", "-" + WORD_JOINER)
