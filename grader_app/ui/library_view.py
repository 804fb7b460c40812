"""The model library: the installed bundles with title, the question they score, how well they agree
with teachers and how much they take on their own, in words (the figures are in the tooltips). A model of the
teacher's own (learned from their marks, or added) can be removed; those that came with Grader cannot."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPushButton, QStyledItemDelegate, QStyleOptionViewItem,
                               QTreeView, QTreeWidget, QTreeWidgetItem, QHBoxLayout, QVBoxLayout, QWidget)

from ..bundles.library import Library
from .i18n import QT_TRANSLATE_NOOP, number
from .learning_words import bundle_title
from .results_layout import FlowLayout
from .wording import agreement_words, bundle_takes, short_question

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("LibraryView", "Model"), QT_TRANSLATE_NOOP("LibraryView", "Question"),
           QT_TRANSLATE_NOOP("LibraryView", "Agrees with teachers"), QT_TRANSLATE_NOOP("LibraryView", "Takes on its own"))


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{number(n / 1024, 0)} KB"
    return f"{number(n / 1024 / 1024, 1)} MB"


def one_line(text: str, n: int = 110) -> str:
    t = " ".join(str(text).split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


class _ColumnWidthDelegate(QStyledItemDelegate):
    """Measures a cell's wrapped text at its column's width: Qt's tree asks for a row's height without one, and
    then counts only the lines a text breaks itself (a model's name and id), never those it wraps onto."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(1, self._tree.columnWidth(index.column())), max(1, option.rect.height()))
        return super().sizeHint(measured, index)


class _WrappingTree(QTreeWidget):
    """A list whose rows grow to the lines their wrapped text takes at the columns' present widths, so at a large
    font in a narrow pane no line is cut off ("…"); every change of a column's width measures them again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_ColumnWidthDelegate(self))
        self.header().sectionResized.connect(self._remeasure)

    def _remeasure(self, *_args) -> None:
        self.scheduleDelayedItemsLayout()
        head, wrap = self.header(), int(Qt.TextFlag.TextWordWrap)
        lines = [head.fontMetrics().boundingRect(QRect(0, 0, max(1, head.sectionSize(c) - 12), 1 << 16), wrap,
                                                 self.headerItem().text(c)).height() for c in range(self.columnCount())]
        head.setMinimumHeight(max(lines, default=0) + 8)   # the header is as tall as its longest wrapped title

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class LibraryView(QWidget):
    addRequested = Signal()
    learnRequested = Signal()
    removeRequested = Signal(str)   # the id of a model of the teacher's own, to remove (after asking)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel("<b>" + self.tr("Models on this computer") + "</b>")
        self.add_button = QPushButton(self.tr("Add a model…"))
        self.add_button.setToolTip(self.tr("Add a .gradebundle file to the library (you can also drop it above)"))
        self.add_button.clicked.connect(self.addRequested)
        self.learn_button = QPushButton(self.tr("Make models from a marked sheet…"))
        self.learn_button.setToolTip(self.tr("Learn a model per question from a sheet whose answers you have already scored"))
        self.learn_button.clicked.connect(self.learnRequested)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self._remove_chosen)
        self._removable: set[str] = set()
        self.tree = _WrappingTree()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([translate("LibraryView", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Installed models"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        h = self.tree.header()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        h.setStretchLastSection(False)
        # a column's title wraps onto a second line rather than being cut ("Agrees with tea") at a large font
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        top = FlowLayout(stretch_last=False)    # the heading and buttons wrap in a narrow pane, never widen it
        top.addWidget(self.heading)
        top.addWidget(self.learn_button)
        top.addWidget(self.add_button)
        below = QHBoxLayout()   # under the list it acts on (in the row above it would widen the pane)
        below.addWidget(self.problems, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addLayout(below)
        self._selection_changed()

    def set_library(self, library: Library) -> None:
        self.tree.clear()
        self._removable = {bid for bid in library.ids() if library.is_users(bid)}
        for bid in library.ids():
            b = library.bundles[bid]
            qwk = b.qwk()
            humans = (b.manifest.get("metrics") or {}).get("human_human_qwk")
            title = bundle_title(b)   # a model learned from the teacher's marks beside another says so
            item = QTreeWidgetItem([f"{title}\n({b.id})", one_line(short_question(b.prompt, title), 90),
                                    agreement_words(qwk, humans), bundle_takes(b.manifest)])
            item.setData(0, Qt.ItemDataRole.UserRole, b.id)
            item.setToolTip(0, f"{title} ({b.id}), {human_size(b.size_bytes)}")
            item.setToolTip(1, b.prompt)
            figures = number(qwk) if qwk is not None else self.tr("not measured")
            if humans is not None:
                figures += "; " + self.tr("two teachers agree {kappa}").format(kappa=number(humans))
            item.setToolTip(2, self.tr("How closely the model's scores match teachers' on answers it never saw (quadratic "
                                       "weighted kappa {figures}; 1 is perfect, {bar} is the usual bar)").format(
                                           figures=figures, bar=number(0.7)))
            item.setToolTip(3, self.tr("Answers the model scores without you at its own threshold, and how many of them "
                                       "could be wrong at most; the rest come to you"))
            self.tree.addTopLevelItem(item)
        n = len(library.bundles)
        heading = "<b>" + self.tr("Models on this computer") + "</b>"
        self.heading.setText(f"{heading} ({n})" if n else
                             heading + " — " + self.tr("none yet: drop a .gradebundle file to add one"))
        if library.problems:
            self.problems.setText("⚠ " + self.tr("Not loaded: {problems}").format(
                problems="; ".join(f"{name}: {why}" for name, why in library.problems.items())))
            self.problems.setVisible(True)
        else:
            self.problems.setVisible(False)

    def chosen_id(self) -> str | None:
        """The id of the model chosen in the list, if any."""
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        bid = self.chosen_id()
        mine = bid in self._removable
        self.remove_button.setEnabled(mine)
        if mine:
            self.remove_button.setToolTip(self.tr("Remove the chosen model, one of your own, from this computer"))
        elif bid is not None:
            self.remove_button.setToolTip(self.tr("The models that came with Grader cannot be removed"))
        else:
            self.remove_button.setToolTip(self.tr("Choose one of your own models in the list to remove it"))

    def _remove_chosen(self) -> None:
        bid = self.chosen_id()
        if bid in self._removable:
            self.removeRequested.emit(bid)

    def bundle_ids(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [it.data(0, Qt.ItemDataRole.UserRole) for it in items if it is not None]
