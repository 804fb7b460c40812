"""The threshold panel beside the results table folds away in a window too narrow for both (1024 px: the
students' names and the columns' titles were cut in German and Spanish), and a button under the table shows it
again (or hides it): the teacher's choice then stands at every width."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from .filter_guard import passes_when_collected
from .results_layout import ColumnFitter

translate = QCoreApplication.translate


class PanelFold(QObject):
    """Hides ``panel`` (the splitter's second widget) while the splitter is too narrow for the table's columns at
    their natural widths with a readable Answer column beside the panel at its narrowest; ``button`` shows or hides
    it by hand, after which the fold no longer decides."""

    def __init__(self, splitter: QSplitter, panel: QWidget, fitter: ColumnFitter, button: QPushButton) -> None:
        super().__init__(splitter)
        self.splitter, self.panel, self.fitter, self.button = splitter, panel, fitter, button
        self.chosen: bool | None = None   # the teacher's choice (shown or not), once made
        button.setAutoDefault(False)
        button.clicked.connect(self._clicked)
        splitter.installEventFilter(self)
        self._words()

    def table_need(self) -> int:
        """The table's width with every narrow column at its natural width and the Answer column readable."""
        table = self.fitter.table
        return self.fitter.natural_width() + self.fitter.answer_min() + table.width() - table.viewport().width()

    def fits(self, width: int | None = None) -> bool:
        """The table keeps its natural widths beside the panel at its narrowest in a splitter ``width`` wide."""
        width = self.splitter.width() if width is None else width
        return width - self.splitter.handleWidth() - self.panel.minimumSizeHint().width() >= self.table_need()

    def update(self, width: int | None = None) -> None:
        """Show or fold the panel as the width allows (unless the teacher chose)."""
        show = self.fits(width) if self.chosen is None else self.chosen
        if show != (not self.panel.isHidden()):
            self.panel.setVisible(show)
            self._words()

    def _clicked(self) -> None:
        self.chosen = self.panel.isHidden()
        self.panel.setVisible(self.chosen)
        self._words()

    def _words(self) -> None:
        if self.panel.isHidden():
            self.button.setText(translate("ResultsView", "Show the threshold panel"))
            self.button.setToolTip(translate("ResultsView", "The panel that sets how sure the model must be to take "
                                                            "an answer on its own, beside the table"))
        else:
            self.button.setText(translate("ResultsView", "Hide the threshold panel"))
            self.button.setToolTip(translate("ResultsView", "More room for the table: the students' names and the "
                                                            "columns' titles whole in a narrow window"))

    @passes_when_collected
    def eventFilter(self, obj, event) -> bool:
        if obj is self.splitter and event.type() == QEvent.Type.Resize:
            self.update(event.size().width())
        return False
