"""The threshold control: how sure the model must be before an answer is accepted without the teacher.

A slider and a spin box bound to ``session.set_threshold`` for all questions or one; a risk plot
shows what the choice costs. The panel only sets the session's threshold and announces what changed
(the session's :class:`~grader_app.core.session.Change`); the results page repaints those rows.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget

from ..core.session import Change, GradingSession
from .risk_plot import RiskPlot

ALL_ITEMS = ""


class ThresholdPanel(QWidget):
    thresholdChanged = Signal(object)   # the session's Change: the questions whose threshold moved

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._session: GradingSession | None = None
        self._updating = False

        self.scope = QComboBox()
        self.scope.setAccessibleName("Which questions the threshold applies to")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName("Confidence needed to accept an answer without you")
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName("Confidence needed, in percent")
        self.plot = RiskPlot()
        self.reset_button = QPushButton("Use the models' own thresholds")
        self.reset_button.setToolTip("Each model's threshold was chosen on its calibration answers so that "
                                     "the answers it accepts stay within the model's error target")
        self.reset_button.clicked.connect(self.reset)

        title = QLabel("<b>Confidence needed to accept an answer without you</b>")
        title.setWordWrap(True)
        help_ = QLabel("Higher: fewer answers accepted automatically, and fewer mistakes among them.")
        help_.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        scope_row = QHBoxLayout()
        lab = QLabel("F&or:")
        lab.setBuddy(self.scope)
        scope_row.addWidget(lab)
        scope_row.addWidget(self.scope, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title)
        lay.addLayout(scope_row)
        lay.addLayout(row)
        lay.addWidget(help_)
        lay.addWidget(self.reset_button)
        lay.addWidget(self.plot, 1)

        self.slider.valueChanged.connect(self._on_value)
        self.spin.valueChanged.connect(self._on_value)
        self.scope.currentIndexChanged.connect(self._on_scope)
        self.setEnabled(False)

    # ----- binding -------------------------------------------------------------------------------
    def set_session(self, session: GradingSession | None) -> None:
        self._session = session
        self._updating = True
        self.scope.clear()
        if session is not None:
            scored = [it for it in session.item_keys() if session.items[it].bundle_id]
            self.scope.addItem("All questions", ALL_ITEMS)
            for it in scored:
                self.scope.addItem(f"{it} — {session.items[it].title}" if session.items[it].title else it, it)
            self.plot.set_tables({it: list(session.items[it].risk) for it in scored})
        else:
            self.plot.set_tables({})
        self._updating = False
        self.setEnabled(session is not None and self.scope.count() > 1)
        self._sync()

    def current_item(self) -> str | None:
        data = self.scope.currentData()
        return data or None

    def value(self) -> float:
        return self.spin.value() / 100.0

    def set_value(self, value: float) -> None:
        """Set the threshold (0–1) as if the teacher moved the slider."""
        self.spin.setValue(int(round(value * 100)))

    def reset(self) -> None:
        """Back to each model's calibrated threshold (for the chosen question, or all)."""
        s = self._session
        if s is None:
            return
        item = self.current_item()
        change = Change()
        for it in ([item] if item else s.item_keys()):
            change = change | s.set_threshold(s.items[it].default_threshold, it)   # set, not removed: the project file keeps it
        self._sync()
        self.thresholdChanged.emit(change)

    # ----- internals -------------------------------------------------------------------------------
    def _shown_threshold(self) -> float:
        s = self._session
        item = self.current_item()
        if s is None:
            return 0.9
        if item:
            return s.threshold(item)
        scored = [it for it in s.item_keys() if s.items[it].bundle_id] or s.item_keys()
        vals = [s.threshold(it) for it in scored]
        return sum(vals) / len(vals) if vals else 0.9

    def _sync(self) -> None:
        self._updating = True
        v = int(round(self._shown_threshold() * 100))
        self.slider.setValue(v)
        self.spin.setValue(v)
        self._updating = False
        self._update_plot()

    def _update_plot(self) -> None:
        s = self._session
        if s is None:
            return
        self.plot.set_thresholds({it: s.threshold(it) for it in s.item_keys()}, self.current_item())

    def _on_scope(self, _i: int) -> None:
        if not self._updating:
            self._sync()

    def _on_value(self, v: int) -> None:
        if self._updating or self._session is None:
            return
        self._updating = True
        self.slider.setValue(v)
        self.spin.setValue(v)
        self._updating = False
        change = self._session.set_threshold(v / 100.0, self.current_item())
        self._update_plot()
        self.thresholdChanged.emit(change)
