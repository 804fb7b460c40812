"""The model library: the installed bundles with title, question, held-out QWK and size."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..bundles.library import Library

COLUMNS = ("Model", "Question", "QWK", "Size")


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def one_line(text: str, n: int = 110) -> str:
    t = " ".join(str(text).split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


class LibraryView(QWidget):
    addRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel("<b>Models on this computer</b>")
        self.add_button = QPushButton("Add a model…")
        self.add_button.setToolTip("Add a .gradebundle file to the library (you can also drop it above)")
        self.add_button.clicked.connect(self.addRequested)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName("Installed models")
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        h = self.tree.header()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        h.setStretchLastSection(False)
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.problems)

    def set_library(self, library: Library) -> None:
        self.tree.clear()
        for bid in library.ids():
            b = library.bundles[bid]
            qwk = b.qwk()
            item = QTreeWidgetItem([f"{b.title}\n({b.id})", one_line(b.prompt, 90) or "—",
                                    f"{qwk:.2f}" if qwk is not None else "not measured", human_size(b.size_bytes)])
            item.setData(0, Qt.ItemDataRole.UserRole, b.id)
            item.setToolTip(1, b.prompt)
            item.setToolTip(2, "Agreement with teachers' scores on held-out answers the model never saw "
                               "(quadratic weighted kappa; 1 is perfect, 0.70 is the usual bar)")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        n = len(library.bundles)
        self.heading.setText(f"<b>Models on this computer</b> ({n})" if n else
                             "<b>Models on this computer</b> — none yet: drop a .gradebundle file to add one")
        if library.problems:
            self.problems.setText("⚠ Not loaded: " + "; ".join(f"{name}: {why}" for name, why in library.problems.items()))
            self.problems.setVisible(True)
        else:
            self.problems.setVisible(False)

    def bundle_ids(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.tree.topLevelItemCount())]
