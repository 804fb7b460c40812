"""The model library: the installed bundles with title, the question they score, how well they agree
with teachers and how much they take on their own, in words (the figures are in the tooltips). A model of the
teacher's own (learned from their marks, or added) can be removed; those that came with Grader cannot."""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTreeWidgetItem, QHBoxLayout, QVBoxLayout, QWidget

from ..bundles.library import Library
from ..bundles.manifest import bundle_takes_alone
from .i18n import QT_TRANSLATE_NOOP, number
from .learning_words import bundle_title
from .problem_words import words
from .flow_layout import FlowLayout
from .library_table import FILE_ROLE, FORMS_ROLE, TIP_ROLE, LibraryTree, fixed_columns
from .wording import bundle_agreement_forms, bundle_takes_forms, learned_agreement_forms, short_question
from grader_app.ui.plain_tip import plain_tip

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


class _Heading(QLabel):
    """The library's heading: on one line where its row has room, beside the buttons; wrapped where it has not (on one
    line, "— none yet: drop a .gradebundle file to add one" after it made a 1024 px window 1620 px wide in German at a
    16 pt font, and the heading was cut)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font())
        doc.setHtml(self.text())
        m = self.contentsMargins()
        width = math.ceil(doc.idealWidth()) + m.left() + m.right() + 2 * self.margin()
        return QSize(width, self.heightForWidth(width))


class LibraryView(QWidget):
    addRequested = Signal()
    learnRequested = Signal()
    removeRequested = Signal(str)   # the id of a model of the teacher's own, to remove (after asking)
    removeFileRequested = Signal(str)   # the name of a file of the teacher's models folder that was not loaded

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = _Heading("<b>" + self.tr("Models on this computer") + "</b>")
        self.add_button = QPushButton(self.tr("Add a model…"))
        self.add_button.setToolTip(self.tr("Add a .gradebundle file to the library (you can also drop it above)"))
        self.add_button.clicked.connect(self.addRequested)
        self.learn_button = QPushButton(self.tr("Make models from a marked sheet…"))
        self.learn_button.setToolTip(self.tr("Learn a model per question from a sheet whose answers you have already scored"))
        self.learn_button.clicked.connect(self.learnRequested)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self._remove_chosen)
        self._removable: set[str] = set()
        self._refused: set[str] = set()   # the files not loaded that are in the teacher's models folder
        self.tree = LibraryTree()
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
        fixed_columns(self.tree)   # as wide as what they hold, each cell at most three lines (library_table)
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)   # file names, as written
        self.problems.setVisible(False)
        top = FlowLayout(stretch_last=False)    # the heading and buttons wrap in a narrow pane, never widen it
        top.addWidget(self.heading)
        top.addWidget(self.learn_button)
        top.addWidget(self.add_button)
        below = QHBoxLayout()   # under the list it acts on (in the row above it would widen the pane)
        below.addWidget(self.problems, 1)
        # its own width at the right, under the list (alone in the row it ran the whole width of the list)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addLayout(below)
        self._selection_changed()

    def set_library(self, library: Library) -> None:
        self.tree.clear()
        self._removable = {bid for bid in library.ids() if library.is_users(bid)}
        self._refused = {name for name in library.problems if library.refused_in_users(name)}
        for bid in library.ids():
            b = library.bundles[bid]
            qwk = b.qwk()
            humans = (b.manifest.get("metrics") or {}).get("human_human_qwk")
            title = bundle_title(b)   # a model learned from the teacher's marks beside another says so
            # the question whole on one line: the list says its first lines, ending in "…" (library_table)
            measured = learned_agreement_forms(b.manifest)   # learned from the teacher's marks: what was measured
            agrees, takes = measured or bundle_agreement_forms(qwk, humans), bundle_takes_forms(b.manifest)
            shipped = library.replaced(bid)   # a file of the teacher's own folder used instead of one that came with Grader
            note = "\n" + self.tr("your own file, used instead of the model that came with Grader") if shipped else ""
            item = QTreeWidgetItem([f"{title}\n({b.id}){note}", one_line(short_question(b.prompt, title), 400),
                                    agrees[0], takes[0]])
            if names_id(title, b.id):   # where the cell is short of lines, the title alone says the id
                item.setData(0, FORMS_ROLE, [item.text(0), title + note])
            item.setData(0, Qt.ItemDataRole.UserRole, b.id)
            item.setData(2, FORMS_ROLE, agrees)   # shorter forms, for a narrow column
            item.setData(3, FORMS_ROLE, takes)
            tell(item, 0, f"{title} ({b.id}), {human_size(b.size_bytes)}")
            tell(item, 1, b.prompt)
            figures = number(qwk) if qwk is not None else self.tr("not measured")
            if humans is not None:
                figures += "; " + self.tr("a second teacher agrees {kappa}").format(kappa=number(humans))
            tip = self.tr("How closely the model's scores match teachers' on answers it never saw (quadratic weighted "
                          "kappa {figures}; 1 is perfect, {bar} is the usual bar)").format(figures=figures, bar=number(0.7))
            if measured:
                tip = self.tr("Checked on your own marks: each answer was scored by a model that had learned from the "
                              "others, and it gave your mark on {share} of them ({measured}); quadratic weighted kappa "
                              "{figures}, which counts a mark one off as nearly right").format(
                    share=measured[-1], measured=measured[0], figures=figures)
            if bundle_takes_alone(b.manifest) is None:   # agreeing over a class is not being sure of one
                tip += "\n" + self.tr("Agreeing with teachers over a whole class is not the same as being sure of each "
                                      "answer: this model is not sure enough of any answer to score it without you, so "
                                      "every answer comes to you and its score is only a suggestion.")
            tell(item, 2, tip)
            tell(item, 3, self.tr("Answers the model scores without you at its own threshold, and how many of them "
                                  "could be wrong at most; the rest come to you"))
            if shipped is not None:
                tell(item, 0, replaced_words(b, shipped))
            self.tree.addTopLevelItem(item)
        for name, why in library.problems.items():   # each file that could not be loaded on a line of its own
            # most problems begin with the file's name already: then it is not said twice
            said = words(library.said.get(name, why))
            line = said if said.startswith(name + " ") else self.tr("{name} was not loaded: {why}").format(name=name, why=said)
            item = QTreeWidgetItem(["⚠ " + line])
            item.setData(0, Qt.ItemDataRole.UserRole, None)
            item.setData(0, FILE_ROLE, name)
            tell(item, 0, item.text(0))
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self.tree.contents_changed()   # the columns' widths for what they now hold
        n = len(library.bundles)
        heading = "<b>" + self.tr("Models on this computer") + "</b>"
        self.heading.setText(f"{heading} ({n})" if n else
                             heading + " — " + self.tr("none yet: drop a .gradebundle file to add one"))
        notes = [replaced_words(library.bundles[bid], shipped) for bid in library.ids()
                 if (shipped := library.replaced(bid)) is not None]
        if self._refused:
            notes.append(self.tr("%n files in your models folder could not be loaded (marked ⚠ in the list): choose one "
                                 "and Remove… it, or put a fresh copy from whoever made it in its place. The folder: "
                                 "{folder}.", "", len(self._refused)).format(folder=library.users_folder()))
        others = len(library.problems) - len(self._refused)
        if others:
            notes.append(self.tr("%n files that came with Grader could not be loaded (marked ⚠ in the list): install a "
                                 "fresh copy of Grader.", "", others))
        self.problems.setText("\n".join("⚠ " + n for n in notes))
        self.problems.setVisible(bool(notes))

    def show_loading(self, text: str) -> None:
        """While the models are read (:mod:`.library_loading`): ``text`` after the heading, the list empty."""
        self.tree.clear()
        self._removable, self._refused = set(), set()
        self.heading.setText("<b>" + self.tr("Models on this computer") + "</b> — " + text)
        self.problems.setVisible(False)
        self._selection_changed()

    def show_models(self, ids) -> None:
        """The first of the models ``ids`` (just made or added) chosen in the list and scrolled into sight: the list
        ends with the teacher's own, and at 1024×600 the one just made was below the fold, out of sight."""
        wanted = set(ids)
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        item = next((it for it in items if it is not None and it.data(0, Qt.ItemDataRole.UserRole) in wanted), None)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def chosen_id(self) -> str | None:
        """The id of the model chosen in the list, if any."""
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def chosen_file(self) -> str | None:
        """The name of the file that could not be loaded chosen in the list, if any."""
        items = self.tree.selectedItems()
        return items[0].data(0, FILE_ROLE) if items else None

    def _selection_changed(self) -> None:
        bid, name = self.chosen_id(), self.chosen_file()
        mine = bid in self._removable or name in self._refused
        self.remove_button.setEnabled(mine)
        if name in self._refused:
            self.remove_button.setToolTip(self.tr("Remove the chosen file, which could not be loaded, from your models "
                                                  "folder"))
        elif name is not None:
            self.remove_button.setToolTip(self.tr("This file came with Grader and cannot be removed; get a fresh copy of "
                                                  "Grader"))
        elif mine:
            self.remove_button.setToolTip(self.tr("Remove the chosen model, one of your own, from this computer"))
        elif bid is not None:
            self.remove_button.setToolTip(self.tr("The models that came with Grader cannot be removed"))
        else:
            self.remove_button.setToolTip(self.tr("Choose one of your own models in the list to remove it"))

    def _remove_chosen(self) -> None:
        bid, name = self.chosen_id(), self.chosen_file()
        if bid in self._removable:
            self.removeRequested.emit(bid)
        elif name in self._refused:
            self.removeFileRequested.emit(name)

    def refused_lines(self) -> list[str]:
        """The lines of the files that could not be loaded, one each, as the list shows them."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [it.text(0) for it in items if it is not None and it.data(0, FILE_ROLE)]

    def bundle_ids(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [it.data(0, Qt.ItemDataRole.UserRole) for it in items
                if it is not None and it.data(0, Qt.ItemDataRole.UserRole) is not None]


def names_id(title: str, bid: str) -> bool:
    """``title`` names the model's id ``bid``, whatever its case and marks ("ASAP-SAS 1 — Science: …" names
    asap-sas-1, not asap-sas-10)."""
    words, of_id = re.findall(r"[^\W_]+", title.casefold()), re.findall(r"[^\W_]+", bid.casefold())
    return bool(of_id) and any(words[i:i + len(of_id)] == of_id for i in range(len(words)))


def tell(item: QTreeWidgetItem, column: int, tip: str) -> None:
    """``tip`` as the tooltip of ``item``'s cell in ``column``, kept plain too (a cell said short puts its whole text
    before it)."""
    item.setToolTip(column, plain_tip(tip))
    item.setData(column, TIP_ROLE, tip)


def replaced_words(bundle, shipped) -> str:
    """That a model of the teacher's models folder takes the place of the one that came with Grader (the same id)."""
    return translate("LibraryView", "“{title}” ({id}) is a file in your models folder ({folder}) and takes the place of "
                     "the model that came with Grader, “{shipped}”, which has the same id; to use that one again, remove "
                     "yours.").format(title=bundle_title(bundle), id=bundle.id, shipped=shipped.title,
                                      folder=bundle.path.parent if bundle.path is not None else "")
