"""The strip above the results while the models score: what is happening, a progress bar, Cancel."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ScoringStrip(QWidget):
    """Progress of the scoring worker with a Cancel button (shown only while scoring)."""

    cancelRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Scoring…"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setFormat(self.tr("%v of %m answers"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop scoring; the answers scored so far keep their scores"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.setVisible(False)

    def show_started(self) -> None:
        self.label.setText(self.tr("Scoring the answers…"))
        self.bar.setRange(0, 0)   # busy until the first batch gives the total
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def show_progress(self, done: int, total: int) -> None:
        if total:
            if self.bar.maximum() != total:
                self.bar.setRange(0, total)
            self.bar.setValue(done)

    def show_stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def show_ended(self) -> None:
        self.setVisible(False)
